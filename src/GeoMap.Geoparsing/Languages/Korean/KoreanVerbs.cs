using GeoMap.Core.Movements;

namespace GeoMap.Geoparsing.Languages.Korean;

/// <summary>Korean movement verbs, their kinds, and the status their endings tell.</summary>
/// <remarks>
/// <para>Most Korean verbs of troop movement are a Sino-Korean noun with 하다 (active), 되다 (passive) or 시키다
/// (causative): 파병하다 "to send troops", 배치되다 "to be deployed", 이동시키다 "to move (something)". The noun
/// alone is the movement too ("파병 계획", "2차 수송"), so every word starting with the noun states one, and the
/// conjugated forms tell its status:</para>
/// <list type="bullet">
/// <item>done: past 했/됐/시켰 ("파병했다", "배치됐다고"), past adnominal 한/된 ("파견된 부대"), connective 해/돼/하여
/// ("이동해 왔다");</item>
/// <item>planned: prospective 할/될/시킬 ("이동할 예정이다", "배치될 것으로"), intent 하기로 ("보내기로 했다");</item>
/// <item>under way: progressive 하고 있다 ("철수하고 있다"), 중 ("이동 중"), and for verbs of going the present adnominal 하는
/// ("향하는 함정").</item>
/// </list>
/// <para>Native verbs are conjugated in the same four shapes and written out below. The verb at the end of the clause
/// is the main one (<see cref="LanguageRules.VerbFinal"/>); nouns of plan after it ("예정", "계획", "방침") make it a plan.</para>
/// </remarks>
internal static class KoreanVerbs
{
    // Sino-Korean verbal nouns of movement and the kind each gives.
    private static readonly (string Noun, MovementKind Kind)[] Nouns =
    [
        ("파병", MovementKind.Deployment), ("파견", MovementKind.Deployment), ("배치", MovementKind.Deployment), ("재배치", MovementKind.Deployment),
        ("증파", MovementKind.Deployment), ("급파", MovementKind.Deployment), ("투입", MovementKind.Deployment), ("수송", MovementKind.Deployment),
        ("이동", MovementKind.Deployment), ("이송", MovementKind.Deployment), ("전개", MovementKind.Deployment), ("도착", MovementKind.Deployment),
        ("입항", MovementKind.Deployment), ("상륙", MovementKind.Deployment), ("집결", MovementKind.Deployment), ("착륙", MovementKind.Deployment),
        ("철수", MovementKind.Withdrawal), ("철군", MovementKind.Withdrawal), ("철병", MovementKind.Withdrawal), ("후퇴", MovementKind.Withdrawal),
        ("퇴각", MovementKind.Withdrawal), ("귀환", MovementKind.Withdrawal), ("복귀", MovementKind.Withdrawal), ("귀국", MovementKind.Withdrawal),
        ("진격", MovementKind.Advance), ("진입", MovementKind.Advance), ("진군", MovementKind.Advance), ("진출", MovementKind.Advance),
        ("침투", MovementKind.Advance), ("침공", MovementKind.Advance), ("돌파", MovementKind.Advance), ("월경", MovementKind.Advance),
        ("통과", MovementKind.Transit), ("횡단", MovementKind.Transit), ("항해", MovementKind.Transit), ("항행", MovementKind.Transit),
        ("경유", MovementKind.Transit), ("출항", MovementKind.Transit), ("출발", MovementKind.Transit), ("북상", MovementKind.Transit),
        ("남하", MovementKind.Transit), ("이륙", MovementKind.Transit),
    ];

    // Native verbs, each as its forms: done, planned, connective/under way, going-adnominal.
    private static readonly (MovementKind Kind, string[] Done, string[] Planned, string[] Progressive)[] Native =
    [
        (MovementKind.Deployment, ["보냈*", "보낸", "보내"], ["보낼*", "보내기로*"], ["보내고 있*"]),
        (MovementKind.Deployment, ["옮겼*", "옮긴", "옮겨"], ["옮길*", "옮기기로*"], ["옮기고 있*"]),
        (MovementKind.Withdrawal, ["떠났*", "떠난", "떠나"], ["떠날*", "떠나기로*"], ["떠나고 있*"]),
        (MovementKind.Withdrawal, ["물러났*", "물러난", "물러나"], ["물러날*", "물러나기로*"], ["물러나고 있*"]),
        (MovementKind.Withdrawal, ["빠져나갔*", "빠져나간", "빠져나가"], ["빠져나갈*", "빠져나가기로*"], ["빠져나가고 있*"]),
        (MovementKind.Withdrawal, ["돌아갔*", "돌아간", "돌아가"], ["돌아갈*", "돌아가기로*"], ["돌아가고 있*"]),
        (MovementKind.Advance, ["들어갔*", "들어간", "들어가"], ["들어갈*", "들어가기로*"], ["들어가고 있*"]),
        (MovementKind.Advance, ["들어왔*", "들어온", "들어와"], ["들어올*", "들어오기로*"], ["들어오고 있*"]),
        // 빼내다, to pull (troops) out: "병력을 빼내고 있다".
        (MovementKind.Withdrawal, ["빼냈*", "빼낸", "빼내"], ["빼낼*", "빼내기로*"], ["빼내고 있*"]),
        (MovementKind.Transit, ["향했*", "향한", "향해", "향하기"], ["향할*"], ["향하고 있*", "향하는"]),
        (MovementKind.Transit, ["넘었*", "넘은", "넘어"], ["넘을*", "넘기로*"], ["넘고 있*"]),
        (MovementKind.Transit, ["건넜*", "건넌", "건너"], ["건널*", "건너기로*"], ["건너고 있*"]),
    ];

    /// <summary>Every word that states a movement, with its kind.</summary>
    public static IReadOnlyDictionary<string, MovementKind> MovementVerbs { get; } = BuildVerbs();

    /// <summary>The forms that tell a movement's status, and the nouns of plan and progress after a verb.</summary>
    public static IReadOnlyDictionary<string, MovementStatus> StatusCues { get; } = BuildStatus();

    private static Dictionary<string, MovementKind> BuildVerbs()
    {
        var verbs = new Dictionary<string, MovementKind>(StringComparer.Ordinal);
        foreach (var (noun, kind) in Nouns)
        {
            verbs[noun + "*"] = kind;
        }

        foreach (var (kind, done, planned, progressive) in Native)
        {
            foreach (var form in done.Concat(planned).Concat(progressive.Select(p => p.Split(' ')[0])))
            {
                verbs[form] = kind;
            }
        }

        // 공수 is also the first half of 공수부대 (paratroopers): only its verb forms state an airlift.
        foreach (var form in new[] { "공수했*", "공수됐*", "공수한", "공수된", "공수해", "공수할*", "공수하기로*" })
        {
            verbs[form] = MovementKind.Deployment;
        }

        return verbs;
    }

    private static Dictionary<string, MovementStatus> BuildStatus()
    {
        var cues = new Dictionary<string, MovementStatus>(StringComparer.Ordinal)
        {
            // Nouns of plan after the verb: "이동할 예정이다", "파병 계획을", "철수 방침".
            ["예정*"] = MovementStatus.Planned, ["계획*"] = MovementStatus.Planned, ["방침*"] = MovementStatus.Planned,
            ["공수했*"] = MovementStatus.Completed, ["공수됐*"] = MovementStatus.Completed, ["공수할*"] = MovementStatus.Planned,
        };
        foreach (var (noun, kind) in Nouns)
        {
            foreach (var ending in new[] { "했*", "됐*", "시켰*", "한", "된", "해", "돼", "하여", "되어", "시킨" })
            {
                cues[noun + ending] = MovementStatus.Completed;
            }

            foreach (var ending in new[] { "할*", "될*", "시킬*", "하기로*", "되기로*", "시키기로*", "하려*" })
            {
                cues[noun + ending] = MovementStatus.Planned;
            }

            cues[noun + "하고 있*"] = MovementStatus.UnderWay;
            cues[noun + "되고 있*"] = MovementStatus.UnderWay;
            cues[noun + " 중*"] = MovementStatus.UnderWay;
            cues[noun + "중*"] = MovementStatus.UnderWay;
            if (kind == MovementKind.Transit)
            {
                cues[noun + "하는"] = MovementStatus.UnderWay;
            }
        }

        foreach (var (_, done, planned, progressive) in Native)
        {
            foreach (var form in done)
            {
                cues[form] = MovementStatus.Completed;
            }

            foreach (var form in planned)
            {
                cues[form] = MovementStatus.Planned;
            }

            foreach (var form in progressive)
            {
                cues[form] = MovementStatus.UnderWay;
            }
        }

        return cues;
    }
}
