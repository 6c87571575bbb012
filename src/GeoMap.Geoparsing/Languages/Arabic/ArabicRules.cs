using GeoMap.Core.Movements;

namespace GeoMap.Geoparsing.Languages.Arabic;

/// <summary>The Arabic lexicons: clitics glued to names, numbers, dates, units, transport, status, sources and prepositions.</summary>
/// <remarks>
/// Arabic writes the conjunctions و and ف and the prepositions ب, ل and ك attached to the next word
/// (<c>وبغداد</c>, "and Baghdad"; <c>لسوريا</c>, "to Syria"), and ل before the article contracts to لل
/// (<c>للعراق</c>); recognition strips them (the proclitics of its <see cref="LanguageRules.Morphology"/>) and looks a name up
/// with and without the article ال, which sources write inconsistently (الخرطوم, خرطوم). Folding removes
/// harakat and hamza marks on alif, so أ, إ, آ and ا compare equal. Month names come in both the Levantine
/// (تشرين الأول) and the Gregorian (أكتوبر) series.
/// </remarks>
public static class ArabicRules
{
    /// <summary>The Arabic rule set.</summary>
    public static LanguageRules Rules { get; } = new()
    {
        Code = "ar",
        Stopwords = ["في", "من", "إلى", "على", "أن", "عن", "مع", "التي", "الذي", "هذا", "هذه", "قد", "كان", "بعد", "قبل", "وقال", "ما", "لا", "أو",
            "حيث", "كما", "إن", "وفي", "ومن", "منذ", "خلال", "وأضاف", "أنه", "التي", "الذين", "وقد", "كانت", "بين", "عند", "إلا", "حتى"],
        Abbreviations = [],
        Morphology = new WordForms
        {
            Proclitics = new Dictionary<string, string>
            {
                ["و"] = "", ["ف"] = "", ["ب"] = "", ["ل"] = "", ["ك"] = "", ["وب"] = "", ["فب"] = "", ["ول"] = "", ["فل"] = "", ["وك"] = "",
                ["لل"] = "ال", ["ولل"] = "ال", ["فلل"] = "ال",
            },
            Articles = ["ال"],
        },
        RegionHeads = ["محافظة", "ولاية", "مقاطعة", "أوبلاست", "إقليم", "منطقة", "كراي", "جمهورية", "إمارة"],
        NotPlaceWords = ["الحكومة", "البلاد", "المدينة", "التحالف", "الشرق", "الغرب", "الشمال", "الجنوب", "الغربي", "الشرقي", "الشمالي", "الجنوبي", "الأوسط",
            "جنوب", "شمال", "شرق", "غرب", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "ولاية", "مدينة", "منطقة", "محافظة", "إقليم",
            "دير", "عين", "تل", "كان", "له", "دون", "مقر", "بيان", "سحب", "ينقل", "يوما", "جديدة", "ألفا", "دم", "دوا", "بري", "ري", "با", "متن", "كوري",
            "المنطقة", "الحدود", "العاصمة", "الجيش", "القوات", "الدولة", "الحرب", "القاعدة", "الميناء", "المطار", "الساحل", "الوسط", "الداخل", "الخارج",
            "الأمن", "السلام", "النصر", "الوحدة", "الثورة", "الحرية", "الأمل", "بنان", "وسط", "قرب", "نحو", "عبر", "أمس", "اليوم",
            "الله", "مصدر", "مصادر", "يوما", "إنه", "أنه", "صباح", "صباحا", "مساء", "حكومة", "ليل", "الليل", "ليلة", "وإن", "إن", "فصائل", "شيوخ", "البحرية",
            "بيرة", "عاصمة", "أشهر", "الأشهر", "خرج", "غربي", "شمالي", "شرقي", "جنوبي", "آب", "الكوري", "قوات", "جنود", "عسكري", "مسؤول", "رئيس", "وزير",
            "وزارة", "الوزارة", "الرئيس", "قائد", "شهود", "سكان", "مدني", "لواء", "كتيبة", "فرقة", "هجوم", "غارة", "قصف", "اتفاق", "وقف", "النار", "حزب",
            "حركة", "جماعة", "وكالة", "تقرير", "شهر", "يوم", "سنة", "عام", "أسبوع", "ساعة", "الثاني", "الأول", "الأخير", "جديد", "كبير", "عدد", "بعض", "كل",
            "محمد", "أحمد", "علي", "حسن", "حسين", "عمر", "خالد", "عبد", "أبو", "وان", "ان", "اب", "أب", "الفا", "ألفا"],
        NumberWords = new Dictionary<string, int>
        {
            ["واحد"] = 1, ["اثنان"] = 2, ["اثنين"] = 2, ["ثلاثة"] = 3, ["ثلاث"] = 3, ["أربعة"] = 4, ["أربع"] = 4, ["خمسة"] = 5, ["خمس"] = 5,
            ["ستة"] = 6, ["ست"] = 6, ["سبعة"] = 7, ["سبع"] = 7, ["ثمانية"] = 8, ["ثماني"] = 8, ["ثمان"] = 8, ["تسعة"] = 9, ["تسع"] = 9,
            ["عشرة"] = 10, ["عشر"] = 10, ["عشرين"] = 20, ["عشرون"] = 20, ["ثلاثين"] = 30, ["ثلاثون"] = 30, ["أربعين"] = 40, ["أربعون"] = 40,
            ["خمسين"] = 50, ["خمسون"] = 50, ["ستين"] = 60, ["سبعين"] = 70, ["ثمانين"] = 80, ["تسعين"] = 90,
        },
        ScaleWords = new Dictionary<string, int>
        {
            ["مئة"] = 100, ["مائة"] = 100, ["مئات"] = 100, ["ألف"] = 1000, ["آلاف"] = 1000, ["ألفا"] = 1000,
            ["مليون"] = 1_000_000, ["ملايين"] = 1_000_000,
        },
        NumberJoiners = ["و"],
        VagueQuantities = new Dictionary<string, (int?, int?)>
        {
            ["آلاف"] = (null, null), ["الآلاف"] = (null, null), ["عشرات الآلاف"] = (null, null), ["مئات"] = (null, null), ["المئات"] = (null, null),
            ["بضع مئات"] = (null, null), ["بضعة آلاف"] = (null, null), ["عشرات"] = (null, null), ["بضع"] = (null, null), ["بضعة"] = (null, null),
        },
        // "لم ترسل" (did not send), "لن تنشر" (will not deploy), "رفضت إرسال" (refused to send), "نفت إرسال" (denied sending): see
        // NegationWords. The negator stands right before the verb, or before the auxiliary "يتم" of a passive ("لم يتم نشر").
        Negation = new()
        {
            Before = ["لم", "ولم", "لن", "ولن", "لا", "ولا"],
            Denials = ["رفض*", "ورفض*", "نفى", "ونفى", "نفت", "ونفت", "تنفي", "ينفي", "استبعد*", "واستبعد*"],
            Bridges = ["يتم", "تتم", "يكن", "تكن", "يعد", "تعد", "بعد", "أن", "عن"],
            Exceptions = ["لا يقل", "لا سيما", "لا تبعد", "لا يبعد"],
            Yet = ["بعد"],
            Conjunctions = ["و", "لكن", "ولكن", "أو", "بينما", "في حين", "بعد أن", "قبل أن"],
        },
        UpperBoundCues = ["حتى", "ما يصل إلى", "يصل إلى", "أقل من"],
        LowerBoundCues = ["أكثر من", "ما لا يقل عن", "أزيد من", "على الأقل"],
        ApproximateCues = ["نحو", "حوالي", "قرابة", "زهاء", "ما يقارب", "ما يقرب من", "نحو من", "تقريبا"],
        RangeOpeners = ["بين", "من"],
        RangeJoiners = ["و", "إلى", "حتى", "-", "–"],
        NonCountUnits = ["%", "بالمئة", "بالمائة", "في المئة", "دولار", "دولارا", "يورو", "كيلومتر", "كيلومترا", "كلم", "كم", "متر", "مترا", "عام", "سنة", "سنوات",
            "أشهر", "شهر", "يوم", "أيام", "يوما", "ساعة", "ساعات", "دقيقة", "طن", "مليار", "سفينة", "سفن", "طائرة", "طائرات", "مركبة", "مركبات", "دبابة", "دبابات"],
        Months = new Dictionary<string, int>
        {
            ["يناير"] = 1, ["كانون الثاني"] = 1, ["فبراير"] = 2, ["شباط"] = 2, ["مارس"] = 3, ["آذار"] = 3, ["أبريل"] = 4, ["إبريل"] = 4, ["نيسان"] = 4,
            ["مايو"] = 5, ["أيار"] = 5, ["يونيو"] = 6, ["يونيه"] = 6, ["حزيران"] = 6, ["يوليو"] = 7, ["يوليه"] = 7, ["تموز"] = 7, ["أغسطس"] = 8, ["آب"] = 8,
            ["سبتمبر"] = 9, ["أيلول"] = 9, ["أكتوبر"] = 10, ["تشرين الأول"] = 10, ["نوفمبر"] = 11, ["تشرين الثاني"] = 11, ["ديسمبر"] = 12, ["كانون الأول"] = 12,
            ["جانفي"] = 1, ["فيفري"] = 2, ["أفريل"] = 4, ["ماي"] = 5, ["جوان"] = 6, ["جويلية"] = 7, ["أوت"] = 8,
        },
        Weekdays = new Dictionary<string, DayOfWeek>
        {
            ["الاثنين"] = DayOfWeek.Monday, ["الإثنين"] = DayOfWeek.Monday, ["الثلاثاء"] = DayOfWeek.Tuesday, ["الأربعاء"] = DayOfWeek.Wednesday,
            ["الخميس"] = DayOfWeek.Thursday, ["الجمعة"] = DayOfWeek.Friday, ["السبت"] = DayOfWeek.Saturday, ["الأحد"] = DayOfWeek.Sunday,
        },
        RelativeDays = new Dictionary<string, int> { ["أمس"] = -1, ["الأمس"] = -1, ["أول أمس"] = -2, ["اليوم"] = 0, ["غدا"] = 1, ["الليلة الماضية"] = -1 },
        RelativeWeeks = new Dictionary<string, int> { ["الأسبوع الماضي"] = -1, ["الأسبوع الفائت"] = -1, ["هذا الأسبوع"] = 0, ["الأسبوع المقبل"] = 1, ["الأسبوع القادم"] = 1 },
        // "خلال الأسبوعين الماضيين" (over the past two weeks): the days up to the report's.
        PastSpans = new Dictionary<string, int>
        {
            ["الساعات الأربع والعشرين الماضية"] = 1, ["الأيام الثلاثة الماضية"] = 3, ["الأيام العشرة الماضية"] = 10, ["الأسبوعين الماضيين"] = 14,
            ["الأسبوعين الأخيرين"] = 14, ["الأسابيع الثلاثة الماضية"] = 21,
        },
        RelativeMonths = new Dictionary<string, int> { ["الشهر الماضي"] = -1, ["الشهر الفائت"] = -1, ["هذا الشهر"] = 0, ["الشهر الجاري"] = 0, ["الشهر المقبل"] = 1, ["الشهر القادم"] = 1 },
        MonthParts = new Dictionary<string, MonthPart>
        {
            ["مطلع"] = MonthPart.Early, ["أوائل"] = MonthPart.Early, ["بداية"] = MonthPart.Early, ["منتصف"] = MonthPart.Mid, ["أواسط"] = MonthPart.Mid,
            ["أواخر"] = MonthPart.Late, ["نهاية"] = MonthPart.Late, ["آخر"] = MonthPart.Late,
        },
        Units = new Dictionary<string, (string, int)>
        {
            ["القوات الخاصة"] = ("special forces", 3), ["قوات خاصة"] = ("special forces", 3), ["مشاة البحرية"] = ("marines", 3), ["المظليين"] = ("paratroopers", 3),
            ["لواء"] = ("brigade", 2), ["اللواء"] = ("brigade", 2), ["ألوية"] = ("brigade", 2), ["كتيبة"] = ("battalion", 2), ["الكتيبة"] = ("battalion", 2),
            ["فوج"] = ("regiment", 2), ["فرقة"] = ("division", 2), ["الفرقة"] = ("division", 2), ["سرية"] = ("company", 2), ["مرتزقة"] = ("mercenaries", 2),
            ["مدربين"] = ("instructors", 2), ["مستشارين"] = ("advisers", 1), ["جندي"] = ("soldiers", 1), ["جنديا"] = ("soldiers", 1), ["جنود"] = ("soldiers", 1),
            ["عسكري"] = ("soldiers", 1), ["عسكريا"] = ("soldiers", 1), ["عسكريين"] = ("soldiers", 1), ["مقاتل"] = ("fighters", 1), ["مقاتلا"] = ("fighters", 1),
            ["مقاتلين"] = ("fighters", 1), ["عنصر"] = ("fighters", 1), ["عنصرا"] = ("fighters", 1), ["عناصر"] = ("fighters", 1), ["قوات"] = ("forces", 0),
            ["القوات"] = ("forces", 0), ["تعزيزات"] = ("reinforcements", 0), ["بتعزيزات"] = ("reinforcements", 0), ["التعزيزات"] = ("reinforcements", 0),
            // With the article, a pronoun or a conjunction written on: "الجنود", "قواتها", "وقوات".
            ["الجنود"] = ("soldiers", 1), ["العسكريين"] = ("soldiers", 1), ["المقاتلين"] = ("fighters", 1), ["العناصر"] = ("fighters", 1),
            ["الجيش"] = ("army", 0), ["جيش"] = ("army", 0), ["وحدات"] = ("units", 0), ["الوحدات"] = ("units", 0), ["قواتها"] = ("forces", 0),
            ["قواته"] = ("forces", 0), ["قواتهم"] = ("forces", 0), ["وقوات"] = ("forces", 0), ["والقوات"] = ("forces", 0), ["قوة"] = ("forces", 0),
            ["القوة"] = ("forces", 0), ["ميليشيات"] = ("militia", 1),
            ["حاملة الطائرات"] = ("warships", 2), ["حاملة"] = ("warships", 2), ["مدمرة"] = ("warships", 2), ["مدمرات"] = ("warships", 2),
            ["سفن حربية"] = ("warships", 2), ["بارجة"] = ("warships", 2), ["مقاتلات"] = ("fighter jets", 2), ["طائرات"] = ("aircraft", 2),
            ["الدبابات"] = ("tanks", 2), ["الآليات"] = ("vehicles", 2), ["آليات"] = ("vehicles", 2), ["دبابات"] = ("tanks", 2), ["مدرعات"] = ("armoured vehicles", 2),
        },
        Modes = new Dictionary<string, TransportMode>
        {
            ["سفينة"] = TransportMode.Sea, ["سفن"] = TransportMode.Sea, ["حاملة"] = TransportMode.Sea, ["حاملة الطائرات"] = TransportMode.Sea, ["بحرا"] = TransportMode.Sea,
            ["مدمرة"] = TransportMode.Sea, ["بارجة"] = TransportMode.Sea, ["زوارق"] = TransportMode.Sea,
            ["قطار"] = TransportMode.Rail, ["القطار"] = TransportMode.Rail, ["قطارات"] = TransportMode.Rail, ["السكك الحديدية"] = TransportMode.Rail, ["سكة الحديد"] = TransportMode.Rail,
            ["طائرة"] = TransportMode.Air, ["طائرات"] = TransportMode.Air, ["جوا"] = TransportMode.Air, ["جسر جوي"] = TransportMode.Air, ["مروحيات"] = TransportMode.Air,
            ["رحلة"] = TransportMode.Air, ["رحلات"] = TransportMode.Air,
            ["شاحنات"] = TransportMode.Road, ["شاحنة"] = TransportMode.Road, ["قافلة"] = TransportMode.Road, ["قوافل"] = TransportMode.Road, ["رتل"] = TransportMode.Road,
            ["أرتال"] = TransportMode.Road, ["آليات"] = TransportMode.Road, ["مركبات"] = TransportMode.Road, ["سيارات"] = TransportMode.Road, ["برا"] = TransportMode.Road,
            ["سيرا على الأقدام"] = TransportMode.Foot,
            // The means after the preposition ب written onto it, with or without the article ("بالقطارات" by trains, "بطائرات" by planes).
            ["بالقطارات"] = TransportMode.Rail, ["بالقطار"] = TransportMode.Rail, ["بقطارات"] = TransportMode.Rail, ["بقطار"] = TransportMode.Rail,
            ["بالطائرات"] = TransportMode.Air, ["بطائرات"] = TransportMode.Air, ["بطائرة"] = TransportMode.Air, ["بالطائرة"] = TransportMode.Air,
            ["بالسفن"] = TransportMode.Sea, ["بسفن"] = TransportMode.Sea, ["بالسفينة"] = TransportMode.Sea, ["بسفينة"] = TransportMode.Sea, ["بالزوارق"] = TransportMode.Sea,
            ["بالشاحنات"] = TransportMode.Road, ["بشاحنات"] = TransportMode.Road, ["بالحافلات"] = TransportMode.Road, ["بحافلات"] = TransportMode.Road,
        },
        StatusCues = ArabicVerbs.StatusCues,
        MovementVerbs = ArabicVerbs.MovementVerbs,
        SubjectAfterVerb = true,
        // "قوامها نحو 230 جندياً" (numbering about 230 soldiers), "يبلغ عددها" (whose number reaches): how many the force numbers.
        CountVerbs = ["قوامها", "قوامه", "قوامهم", "يبلغ عددها", "يبلغ عددهم", "يبلغ عدده", "ويبلغ عددها", "ويبلغ عددهم", "تعدادها", "تعداده"],
        RelativeOpeners = ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"],
        SourceOpeners = ["وفقا لـ", "وفقا ل", "وفقاً لـ", "وفق", "بحسب", "حسب", "نقلا عن", "نقلاً عن", "طبقا لـ"],
        ReportingVerbs = ["قال", "قالت", "وقال", "وقالت", "أعلن", "أعلنت", "وأعلن", "وأعلنت", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد", "أفادت", "أوضح", "أوضحت",
            "أضاف", "أضافت", "وأضاف", "وأضافت", "صرح", "زعم", "نقلت", "أشار", "أشارت", "قدرت", "قدر", "كشف", "كشفت"],
        ReactionCues = ["استدعاء", "استدعت", "أدان", "أدانت", "ندد", "نددت", "احتجاج", "قلق", "عقوبات", "تنديد"],
        PlacePrepositions = new Dictionary<string, PlaceRole>
        {
            ["من"] = PlaceRole.Origin, ["مغادرة"] = PlaceRole.Origin, ["غادر"] = PlaceRole.Origin, ["غادرت"] = PlaceRole.Origin,
            ["عبر"] = PlaceRole.Via, ["مرورا ب"] = PlaceRole.Via, ["مرورا"] = PlaceRole.Via, ["عن طريق"] = PlaceRole.Via,
            ["إلى"] = PlaceRole.Destination, ["الى"] = PlaceRole.Destination, ["نحو"] = PlaceRole.Destination, ["باتجاه"] = PlaceRole.Destination,
            ["في"] = PlaceRole.Destination, ["داخل"] = PlaceRole.Destination, ["دخل"] = PlaceRole.Destination, ["دخلت"] = PlaceRole.Destination,
            ["وصلت"] = PlaceRole.Destination, ["وصل"] = PlaceRole.Destination, ["صوب"] = PlaceRole.Destination,
            ["قرب"] = PlaceRole.Near, ["بالقرب من"] = PlaceRole.Near, ["قرب من"] = PlaceRole.Near, ["محيط"] = PlaceRole.Near, ["جنوب"] = PlaceRole.Near,
            ["شمال"] = PlaceRole.Near, ["شرق"] = PlaceRole.Near, ["غرب"] = PlaceRole.Near,
            // The verbs that take the place as their object, with the conjunction "و" (and) written onto them: "ودخلت البحر الأحمر"
            // (and entered the Red Sea), "وغادرت المنطقة" (and left the area).
            ["ودخلت"] = PlaceRole.Destination, ["ودخل"] = PlaceRole.Destination, ["ووصلت"] = PlaceRole.Destination, ["ووصل"] = PlaceRole.Destination,
            ["وغادرت"] = PlaceRole.Origin, ["وغادر"] = PlaceRole.Origin,
        },
        // "في" (in) and the attached "ب" (in, at) give a destination only when no "إلى" (to) names one.
        LocativePrepositions = ["في", "داخل", "ب", "وب", "فب"],
        AttachedPrepositions = new Dictionary<string, PlaceRole>
        {
            ["ل"] = PlaceRole.Destination, ["لل"] = PlaceRole.Destination, ["ول"] = PlaceRole.Destination, ["ولل"] = PlaceRole.Destination,
            ["فل"] = PlaceRole.Destination, ["فلل"] = PlaceRole.Destination, ["ب"] = PlaceRole.Destination, ["وب"] = PlaceRole.Destination,
            ["فب"] = PlaceRole.Destination,
        },
        AnaphoricSubjects = ["هذه القوات", "القوات", "الجنود", "هؤلاء الجنود", "القافلة"],
        // "من البلدة" (from the town), "نحو المدينة" (towards the city), "في البلاد" (in the country), "إلى المنطقة" (to the area): the
        // latest place of that kind named before, when no name follows. "إلى بلادها" (to its country): home.
        PlaceBackReferences = ["البلدة", "المدينة", "هذه البلدة", "هذه المدينة", "البلاد", "المنطقة", "هذه المنطقة", "هناك"],
        TownBackReferences = ["البلدة", "المدينة", "هذه البلدة", "هذه المدينة"],
        CountryBackReferences = ["البلاد"],
        AreaBackReferences = ["المنطقة", "هذه المنطقة"],
        HomeReferences = ["إلى بلادها", "إلى بلاده", "إلى بلادهم", "إلى الوطن", "إلى أراضيها"],
        PlaceHeads = ["معسكرات تدريب", "الجبهة", "جبهة", "خطوط المواجهة", "معسكرات", "معسكر", "مواقع", "قواعد", "قاعدتي", "قواعدها", "ثكنة", "مديرية", "مديريات", "ممر", "مخيم", "مدينة", "بلدة", "قرية", "منطقة", "محافظة", "ولاية", "إقليم", "قاعدة", "ميناء", "مطار", "معبر", "محور", "قطاع", "مرتفعات", "شمال", "جنوب", "شرق", "غرب"],
        FrontNouns = ["الجبهة", "جبهة"],
        IntelligenceWords = ["الاستخبارات", "المخابرات", "استخبارات"],
        TimeLeads = ["في", "منذ", "خلال", "حتى", "بحلول", "مطلع", "أواخر", "شهر"],
    };
}
