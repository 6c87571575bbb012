using GeoMap.Core.Movements;

namespace GeoMap.Geoparsing.Languages.Arabic;

/// <summary>Arabic movement verbs, their kinds, and the status their tense tells.</summary>
/// <remarks>
/// <para>Each verb is given by its past (3rd person masculine singular, أرسل), the stem its present takes after the
/// person prefix (يُرسل: رسل) and its verbal noun (إرسال). From them come the forms news copy writes: the past with
/// its person endings (أرسلت، أرسلوا) and object pronouns (نقلها، سحبهم), the present (يرسل، ترسل، يرسلون), the future
/// with سـ (سيرسل، ستنسحب), the verbal noun alone, with the article or a pronoun (الانسحاب، انسحابها) and after تم
/// ("تم نقل", was moved); each also with the conjunctions و and ف written onto it (وانسحبت، فنقلت). Folding drops
/// the vowel marks, so the passive (نُقلوا) reads as the past.</para>
/// <para>The tense tells the status: the past is done, the present is under way (news Arabic reports what is happening
/// in the present: تنسحب القوات, the forces are withdrawing), the future and سيتم are planned; a verbal noun alone tells
/// nothing, and the cues of plan before it (من المقرر، يعتزم، قرر) decide.</para>
/// <para>عبر is left out in its bare past form: it is far more often the preposition "via" (عبر قناة السويس) than "he
/// crossed"; its other forms (عبرت، يعبر، عبور) are kept.</para>
/// </remarks>
internal static class ArabicVerbs
{
    private static readonly (string Past, string Present, string? Noun, MovementKind Kind)[] Verbs =
    [
        ("أرسل", "رسل", "إرسال", MovementKind.Deployment), ("بعث", "بعث", null, MovementKind.Deployment),
        ("نشر", "نشر", "نشر", MovementKind.Deployment), ("انتشر", "نتشر", "انتشار", MovementKind.Deployment),
        ("نقل", "نقل", "نقل", MovementKind.Deployment), ("انتقل", "نتقل", "انتقال", MovementKind.Deployment),
        ("دفع", "دفع", null, MovementKind.Deployment), ("حشد", "حشد", "حشد", MovementKind.Deployment),
        ("وصل", "صل", "وصول", MovementKind.Deployment), ("عزز", "عزز", "تعزيز", MovementKind.Deployment),
        ("رسا", "رسو", "رسو", MovementKind.Deployment),
        ("انسحب", "نسحب", "انسحاب", MovementKind.Withdrawal), ("سحب", "سحب", "سحب", MovementKind.Withdrawal),
        ("غادر", "غادر", "مغادرة", MovementKind.Withdrawal), ("عاد", "عود", "عودة", MovementKind.Withdrawal),
        ("أخلى", "خلي", "إخلاء", MovementKind.Withdrawal), ("تراجع", "تراجع", "تراجع", MovementKind.Withdrawal),
        ("تقدم", "تقدم", "تقدم", MovementKind.Advance), ("دخل", "دخل", "دخول", MovementKind.Advance),
        ("توغل", "توغل", "توغل", MovementKind.Advance), ("اقتحم", "قتحم", "اقتحام", MovementKind.Advance),
        ("زحف", "زحف", "زحف", MovementKind.Advance),
        ("توجه", "توجه", "توجه", MovementKind.Transit), ("اتجه", "تجه", null, MovementKind.Transit),
        ("أبحر", "بحر", "إبحار", MovementKind.Transit), ("انطلق", "نطلق", "انطلاق", MovementKind.Transit),
        ("اجتاز", "جتاز", "اجتياز", MovementKind.Transit), ("عبر", "عبر", "عبور", MovementKind.Transit),
    ];

    // Participles of going: "متجهة إلى" (heading to), "في طريقها" (on its way): the way is still being travelled.
    private static readonly string[] Going = ["متجه", "متجهة", "متجها", "متجهين", "متجهون", "في طريقها", "في طريقهم", "في طريقه"];

    // "قادمة من" (coming from) says where a movement started, not that it goes on: "عبرت القناة قادمة من …، ودخلت البحر الأحمر"
    // (crossed the canal coming from …, and entered the Red Sea) is done. It states a movement and leaves its status to the verb.
    private static readonly string[] Coming = ["قادم", "قادمة", "قادما", "قادمين", "قادمون"];

    private static readonly string[] Conjunctions = ["", "و", "ف"];

    private static readonly (Dictionary<string, MovementKind> Kinds, Dictionary<string, MovementStatus> Statuses) Built = Build();

    /// <summary>Every form that states a movement, with its kind.</summary>
    public static IReadOnlyDictionary<string, MovementKind> MovementVerbs => Built.Kinds;

    /// <summary>The forms that tell a status by their tense, and the cues of plan and progress.</summary>
    public static IReadOnlyDictionary<string, MovementStatus> StatusCues => Built.Statuses;

    private static (Dictionary<string, MovementKind> Kinds, Dictionary<string, MovementStatus> Statuses) Build()
    {
        var kinds = new Dictionary<string, MovementKind>(StringComparer.Ordinal);
        var statuses = new Dictionary<string, MovementStatus>(StringComparer.Ordinal)
        {
            ["يعتزم"] = MovementStatus.Planned, ["تعتزم"] = MovementStatus.Planned, ["من المقرر"] = MovementStatus.Planned,
            ["ومن المقرر"] = MovementStatus.Planned, ["من المتوقع"] = MovementStatus.Planned, ["ومن المتوقع"] = MovementStatus.Planned,
            ["يخطط"] = MovementStatus.Planned, ["تخطط"] = MovementStatus.Planned, ["يتوقع"] = MovementStatus.Planned, ["قرر"] = MovementStatus.Planned,
            ["قررت"] = MovementStatus.Planned, ["يستعد"] = MovementStatus.Planned, ["تستعد"] = MovementStatus.Planned, ["سيتم"] = MovementStatus.Planned,
            ["ستتم"] = MovementStatus.Planned, ["وسيتم"] = MovementStatus.Planned, ["جارية"] = MovementStatus.UnderWay, ["تواصل"] = MovementStatus.UnderWay,
            ["يواصل"] = MovementStatus.UnderWay,
            // "بدأت القوات سحب …" (began withdrawing): the movement is in progress when reported.
            ["بدأ"] = MovementStatus.UnderWay, ["بدأت"] = MovementStatus.UnderWay, ["بدأوا"] = MovementStatus.UnderWay, ["وبدأ"] = MovementStatus.UnderWay,
            ["وبدأت"] = MovementStatus.UnderWay, ["تبدأ"] = MovementStatus.UnderWay, ["يبدأ"] = MovementStatus.UnderWay,
            // "ينص الاتفاق على انسحاب …" (the agreement provides for a withdrawal): a plan.
            ["ينص"] = MovementStatus.Planned, ["وينص"] = MovementStatus.Planned, ["تنص"] = MovementStatus.Planned, ["وتنص"] = MovementStatus.Planned,
        };

        void Add(string form, MovementKind kind, MovementStatus? status)
        {
            foreach (var conjunction in Conjunctions)
            {
                kinds.TryAdd(conjunction + form, kind);
                if (status is { } s)
                {
                    statuses.TryAdd(conjunction + form, s);
                }
            }
        }

        foreach (var (past, present, noun, kind) in Verbs)
        {
            // The bare past عبر is mostly the preposition "via".
            if (past != "عبر")
            {
                Add(past, kind, MovementStatus.Completed);
            }

            foreach (var ending in new[] { "ت", "وا", "تا", "ها", "هم", "ه", "تها", "تهم", "وها" })
            {
                Add(past + ending, kind, MovementStatus.Completed);
            }

            foreach (var person in new[] { "ي", "ت" })
            {
                foreach (var ending in new[] { "", "ون", "ان", "ها", "هم" })
                {
                    Add(person + present + ending, kind, MovementStatus.UnderWay);
                    Add("س" + person + present + ending, kind, MovementStatus.Planned);
                }
            }

            if (noun is not null)
            {
                foreach (var form in new[] { noun, "ال" + noun, noun + "ها", noun + "ه", noun + "هم" })
                {
                    Add(form, kind, null);
                }

                Add("تم " + noun, kind, MovementStatus.Completed);
                Add("يتم " + noun, kind, MovementStatus.UnderWay);
                Add("سيتم " + noun, kind, MovementStatus.Planned);
            }
        }

        foreach (var form in Going)
        {
            Add(form, MovementKind.Transit, MovementStatus.UnderWay);
        }

        foreach (var form in Coming)
        {
            Add(form, MovementKind.Transit, null);
        }

        Add("إعادة نشر", MovementKind.Deployment, null);
        Add("إعادة انتشار", MovementKind.Deployment, null);
        return (kinds, statuses);
    }
}
