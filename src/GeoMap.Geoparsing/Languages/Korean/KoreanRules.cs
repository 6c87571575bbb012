using GeoMap.Core.Movements;

namespace GeoMap.Geoparsing.Languages.Korean;

/// <summary>The Korean lexicons: particles glued to names, numbers, dates, units, transport, status, sources.</summary>
/// <remarks>
/// Korean writes particles attached to the noun (<c>블라디보스토크로</c>, "to Vladivostok"; <c>서울에서는</c>,
/// "in Seoul, as for"), so recognition strips the particles of its <see cref="LanguageRules.Morphology"/> from the last word of a
/// name and the place's role comes from the particle after it. Verbs come last and carry tense in their
/// endings, so status cues are verb stems with their endings as prefixes ("파병했*", "배치될*").
/// </remarks>
public static class KoreanRules
{
    /// <summary>The Korean rule set.</summary>
    public static LanguageRules Rules { get; } = new()
    {
        Code = "ko",
        Stopwords = ["및", "등", "이", "그", "수", "것", "것으로", "있다", "있는", "했다", "밝혔다", "말했다", "전했다", "이번", "지난", "위해", "따르면", "또한",
            "이날", "현재", "이후", "대한", "통해", "이는", "그는", "한편", "또", "더", "중", "약", "당시", "관련", "함께", "이에", "있으며", "했으며", "있다고", "했다고"],
        Abbreviations = [],
        Morphology = new WordForms
        {
            Particles = ["은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "로", "으로", "와", "과", "도", "만", "까지", "부터", "이나", "나",
                "엔", "에선", "으론", "론", "이라고", "라고", "이라는", "라는", "이며", "이고", "에도", "처럼", "보다", "께", "측", "쪽", "행", "발", "상", "내", "서"],
            Heads = ["주", "성", "도", "시", "섬", "항", "공항", "항구", "고원", "해협", "반도", "기지", "작전기지", "공군기지", "해군기지", "열도", "군도", "광역시", "특별시", "지역", "일대", "인근"],
        },
        RegionHeads = ["지방", "주", "현", "성", "도", "시", "구", "지역"],
        NotPlaceWords = ["남부", "북부", "동부", "서부", "중부", "남동부", "북동부", "남서부", "북서부", "북쪽", "남쪽", "동쪽", "서쪽", "수도", "기자", "위해",
            "해안", "지역", "국경", "전선", "인근", "일대", "현지", "본토", "내륙", "시내", "도시", "항구", "기지", "공항", "해군", "공군", "육군", "라고", "가오", "중화", "반",
            "보", "신", "함", "호", "모", "본", "바", "레", "갈", "두", "주", "이", "수", "도", "해", "만", "강", "산", "섬"],
        OrganisationNouns = ["국방부", "정부", "대사관", "외무부", "외교부", "국방성", "대통령", "총리", "당국", "군", "해군", "공군", "육군", "국방장관", "외무장관",
            "대통령실", "의회", "국영", "언론", "매체", "관영", "측", "정보총국", "정보기관", "국가정보원", "대사", "군대", "통신", "방송", "총참모부", "태평양함대",
            "함대", "군부", "국방정보국", "전쟁", "대통령궁", "외교관", "합참", "합동참모본부", "국가안보실", "정보당국", "군사정보국"],
        NumberWords = new Dictionary<string, int>
        {
            ["한"] = 1, ["두"] = 2, ["세"] = 3, ["네"] = 4, ["다섯"] = 5, ["여섯"] = 6, ["일곱"] = 7, ["여덟"] = 8, ["아홉"] = 9, ["열"] = 10,
        },
        ScaleWords = new Dictionary<string, int> { ["백"] = 100, ["천"] = 1000, ["만"] = 10_000, ["십만"] = 100_000, ["백만"] = 1_000_000 },
        NumberJoiners = [],
        VagueQuantities = new Dictionary<string, (int?, int?)>
        {
            ["수천"] = (null, null), ["수천 명"] = (null, null), ["수만"] = (null, null), ["수만 명"] = (null, null),
            ["수백"] = (null, null), ["수백 명"] = (null, null), ["수십"] = (null, null), ["수십 명"] = (null, null),
            ["수천여"] = (null, null), ["수백여"] = (null, null), ["수천*"] = (null, null), ["수만*"] = (null, null), ["수백*"] = (null, null),
            ["수십*"] = (null, null), ["수많은"] = (null, null), ["대규모"] = (null, null),
        },
        LowerBoundSuffixes = ["여"],
        PersonCounters = ["명"],
        // Korean negates after the verb ("보내지 않았다", did not send; "파견하지 못했다", could not dispatch) or right before it
        // ("안 보냈다"), and refuses after the movement noun ("파병을 거부했다"): see NegationWords.
        Negation = new()
        {
            Before = ["안", "못"],
            After = ["않*", "못*"],
            DenialsAfter = ["거부*", "부인*", "거절*"],
            Yet = ["아직"],
        },
        UpperBoundCues = ["최대"],
        LowerBoundCues = ["최소", "적어도"],
        ApproximateCues = ["약", "대략", "모두", "총"],
        RangeOpeners = [],
        RangeJoiners = ["-", "–", "∼", "~"],
        // Nationals abroad, civilians, residents, refugees, evacuees, tourists, workers: "교민 28명을 철수시켰다" evacuated civilians.
        CiviliansBeforeCount = ["교민", "교민들", "국민", "민간인", "주민", "난민", "피란민", "피난민", "관광객", "근로자", "노동자", "승객",
            // "교민 등 97명": nationals and others, still no force.
            "교민 등", "국민 등", "민간인 등"],
        NonCountUnits = ["%", "퍼센트", "달러", "원", "km", "킬로미터", "㎞", "m", "미터", "년", "개월", "일", "시간", "분", "톤", "척", "대", "기", "발", "차", "번째", "회", "세", "월", "시"],
        Months = new Dictionary<string, int>(),
        Weekdays = new Dictionary<string, DayOfWeek>
        {
            ["월요일"] = DayOfWeek.Monday, ["화요일"] = DayOfWeek.Tuesday, ["수요일"] = DayOfWeek.Wednesday, ["목요일"] = DayOfWeek.Thursday,
            ["금요일"] = DayOfWeek.Friday, ["토요일"] = DayOfWeek.Saturday, ["일요일"] = DayOfWeek.Sunday,
        },
        RelativeDays = new Dictionary<string, int> { ["어제"] = -1, ["그제"] = -2, ["오늘"] = 0, ["이날"] = 0, ["내일"] = 1 },
        RelativeWeeks = new Dictionary<string, int> { ["지난주"] = -1, ["지난 주"] = -1, ["이번 주"] = 0, ["이번주"] = 0, ["금주"] = 0, ["다음 주"] = 1, ["다음주"] = 1 },
        RelativeMonths = new Dictionary<string, int> { ["지난달"] = -1, ["지난 달"] = -1, ["이달"] = 0, ["이번 달"] = 0, ["다음 달"] = 1, ["다음달"] = 1 },
        // "지난 주말" (last weekend), "주말 동안": the weekend just gone; "다음 주말", the one after it.
        Weekends = new Dictionary<string, int> { ["주말*"] = 0, ["지난 주말*"] = 0, ["지난주말*"] = 0, ["이번 주말*"] = 0, ["다음 주말*"] = 1 },
        MonthParts = new Dictionary<string, MonthPart> { ["초"] = MonthPart.Early, ["중순"] = MonthPart.Mid, ["말"] = MonthPart.Late },
        Units = ForcesOf(["북한", "러시아", "우크라이나", "미", "주한미", "이스라엘", "시리아", "프랑스", "중국", "대만", "레바논", "수단", "폴란드", "영국", "이란",
            "한국", "일본", "독일", "튀르키예", "터키", "이라크", "예멘", "벨라루스", "연합", "다국적", "유엔", "나토"], new Dictionary<string, (string, int)>
        {
            ["특수부대*"] = ("special forces", 3), ["특수작전부대*"] = ("special forces", 3), ["특전사*"] = ("special forces", 3),
            ["해병대*"] = ("marines", 3), ["공수부대*"] = ("paratroopers", 3), ["공병*"] = ("military engineers", 3), ["건설인력*"] = ("construction workers", 2),
            ["여단*"] = ("brigade", 2), ["대대*"] = ("battalion", 2), ["연대*"] = ("regiment", 2), ["사단*"] = ("division", 2), ["중대*"] = ("company", 2),
            ["부대*"] = ("troops", 1), ["병력*"] = ("troops", 1), ["병사*"] = ("soldiers", 1), ["장병*"] = ("soldiers", 1), ["군인*"] = ("soldiers", 1),
            ["전투병*"] = ("combat troops", 2), ["전투 병력*"] = ("combat troops", 2), ["용병*"] = ("mercenaries", 2), ["교관*"] = ("instructors", 2),
            ["명"] = ("personnel", 0), ["명을"] = ("personnel", 0), ["명이"] = ("personnel", 0), ["명은"] = ("personnel", 0), ["명의"] = ("personnel", 0),
            ["명도"] = ("personnel", 0), ["명과"] = ("personnel", 0),
            // "특임단 요원들은" (the special-mission agents): personnel of a unit named before.
            ["요원*"] = ("personnel", 1),
            ["전차*"] = ("tanks", 2), ["탱크*"] = ("tanks", 2), ["장갑차*"] = ("armoured vehicles", 2),
            // Compounds that name a formation by its arm: "기갑여단전투단" (armoured brigade combat team), "기계화보병사단".
            ["기갑*"] = ("armoured troops", 2), ["기계화*"] = ("mechanised troops", 2), ["보병*"] = ("infantry", 2), ["기병*"] = ("cavalry", 2),
            ["특수임무*"] = ("special forces", 3), ["특수작전군*"] = ("special forces", 3), ["특수부대원*"] = ("special forces", 3),
            ["해군*"] = ("navy", 1), ["공군*"] = ("air force", 1), ["육군*"] = ("army", 1), ["해경*"] = ("coast guard", 1), ["해안경비대*"] = ("coast guard", 1),
            ["군대*"] = ("troops", 1), ["국군*"] = ("troops", 1), ["반군*"] = ("rebels", 1), ["정부군*"] = ("troops", 1), ["민병대*"] = ("militia", 1),
            ["군은"] = ("troops", 0), ["군이"] = ("troops", 0), ["군을"] = ("troops", 0), ["군도"] = ("troops", 0),
            // Ships and aircraft: they move forces but are not head counts.
            ["함정*"] = ("warships", 2), ["군함*"] = ("warships", 2), ["항공모함*"] = ("warships", 2), ["항모*"] = ("warships", 2), ["구축함*"] = ("warships", 2),
            ["호위함*"] = ("warships", 2), ["순양함*"] = ("warships", 2), ["잠수함*"] = ("warships", 2), ["상륙함*"] = ("ships", 2), ["수송선*"] = ("ships", 2),
            ["함대*"] = ("warships", 2), ["전단*"] = ("warships", 2), ["전투기*"] = ("fighter jets", 2), ["폭격기*"] = ("bombers", 2), ["수송기*"] = ("aircraft", 2),
            ["군용기*"] = ("aircraft", 2), ["공중급유기*"] = ("aircraft", 2), ["급유기*"] = ("aircraft", 2), ["헬기*"] = ("helicopters", 2),
        }),
        Modes = new Dictionary<string, TransportMode>
        {
            ["함정*"] = TransportMode.Sea, ["상륙함*"] = TransportMode.Sea, ["수송선*"] = TransportMode.Sea, ["선박*"] = TransportMode.Sea, ["해상*"] = TransportMode.Sea,
            ["항공모함*"] = TransportMode.Sea, ["항모*"] = TransportMode.Sea, ["구축함*"] = TransportMode.Sea, ["호위함*"] = TransportMode.Sea, ["배편*"] = TransportMode.Sea,
            ["열차*"] = TransportMode.Rail, ["기차*"] = TransportMode.Rail, ["철도*"] = TransportMode.Rail, ["철로*"] = TransportMode.Rail,
            ["수송기*"] = TransportMode.Air, ["항공기*"] = TransportMode.Air, ["군용기*"] = TransportMode.Air, ["공수*"] = TransportMode.Air, ["전투기*"] = TransportMode.Air,
            ["비행기*"] = TransportMode.Air, ["헬기*"] = TransportMode.Air, ["공중급유기*"] = TransportMode.Air, ["공중급유수송기*"] = TransportMode.Air, ["항공편*"] = TransportMode.Air,
            ["트럭*"] = TransportMode.Road, ["차량*"] = TransportMode.Road, ["호송대*"] = TransportMode.Road, ["버스*"] = TransportMode.Road, ["육로*"] = TransportMode.Road,
            ["도보*"] = TransportMode.Foot, ["걸어서"] = TransportMode.Foot, ["기어서"] = TransportMode.Foot,
        },
        StatusCues = KoreanVerbs.StatusCues,
        MovementVerbs = KoreanVerbs.MovementVerbs,
        VerbFinal = true,
        // "중동으로 향하기 시작했다" (began heading to the Middle East): a movement said to have begun is under way.
        Inchoatives = ["시작했*", "시작됐*", "시작되었*", "시작하였*", "개시했*"],
        ClauseEndings = ["고", "며", "다가", "지만", "으나", "는데"],
        SourceClosers = ["따르면"],
        SubjectParticles = ["이", "가", "은", "는", "께서"],
        ReportingVerbs = ["밝혔*", "말했*", "전했*", "주장했*", "발표했*", "보도했*", "추정했*", "예상했*", "확인했*", "설명했*", "알려졌*", "분석했*", "파악했*",
            "보고 있*", "라고", "이라고", "했다고", "전망했*"],
        ReactionCues = ["초치*", "규탄*", "항의*", "비난*", "우려*", "제재*", "부인*"],
        PlacePrepositions = new Dictionary<string, PlaceRole>(),
        // Particles written onto the place give its role (longest first: 로부터 before 로, 에서 before 에).
        PlaceRoleMarkers =
        [
            new("으로", PlaceRole.Destination, Particle: true), new("로", PlaceRole.Destination, Particle: true),
            new("까지", PlaceRole.Destination, Particle: true), new("에게로", PlaceRole.Destination, Particle: true),
            new("에", PlaceRole.Destination, Locative: true, Particle: true), new("엔", PlaceRole.Destination, Locative: true, Particle: true),
            new("로부터", PlaceRole.Origin, Particle: true), new("으로부터", PlaceRole.Origin, Particle: true), new("에서부터", PlaceRole.Origin, Particle: true),
            new("에서", PlaceRole.Origin, Weak: true, Particle: true), new("에선", PlaceRole.Origin, Weak: true, Particle: true),
        ],
        // Verbs that take the place as object, right after it: "부산을 거쳐" (via Busan), "괌을 떠나" (leaving Guam).
        PlacePostpositions = new Dictionary<string, PlaceRole>
        {
            ["거쳐*"] = PlaceRole.Via, ["경유*"] = PlaceRole.Via, ["통과*"] = PlaceRole.Via, ["지나"] = PlaceRole.Via, ["지나서"] = PlaceRole.Via,
            ["떠나*"] = PlaceRole.Origin, ["떠난*"] = PlaceRole.Origin, ["떠났*"] = PlaceRole.Origin, ["출발*"] = PlaceRole.Origin, ["출항*"] = PlaceRole.Origin,
            ["빠져나*"] = PlaceRole.Origin, ["이륙*"] = PlaceRole.Origin,
            ["향해*"] = PlaceRole.Destination, ["향하*"] = PlaceRole.Destination, ["향한"] = PlaceRole.Destination, ["향했*"] = PlaceRole.Destination,
            ["방면*"] = PlaceRole.Destination,
            // Having been somewhere, after a place with 에 ("타르투스항에 정박해 있던", "쿠르스크에 배치돼 있던", "괌에 주둔하던"): where the
            // force was, so where its movement starts. Only the forms of a state before the movement: "주둔할" (will be
            // stationed) is a destination, and the bare connective "정박해" (anchored and …) may be an arrival.
            ["정박해 있던"] = PlaceRole.Origin, ["정박해 있다가"] = PlaceRole.Origin, ["정박하던"] = PlaceRole.Origin, ["정박 중이던"] = PlaceRole.Origin,
            ["주둔하던"] = PlaceRole.Origin, ["주둔해 있던"] = PlaceRole.Origin, ["주둔해 온"] = PlaceRole.Origin, ["주둔해 있다가"] = PlaceRole.Origin,
            ["주둔 중이던"] = PlaceRole.Origin, ["머물던"] = PlaceRole.Origin, ["머물러 있던"] = PlaceRole.Origin, ["배치돼 있던"] = PlaceRole.Origin,
            ["배치되어 있던"] = PlaceRole.Origin,
        },
        AnaphoricSubjects = ["이들은", "이들", "이 부대는", "병력은", "이 병력은"],
        // Nouns of place written after a name that carry its particle instead: "청진 일대에서", "한반도 인근 해역으로".
        PlaceHeads = ["일대*", "인근*", "부근*", "근처*", "지역*", "해역*", "해상*", "상공*", "전선*", "국경*", "접경*", "방면*", "쪽*", "북쪽*", "남쪽*",
            "동쪽*", "서쪽*", "북부*", "남부*", "동부*", "서부*", "중부*", "남동부*", "북동부*", "남서부*", "북서부*", "남동쪽*", "북동쪽*", "남서쪽*", "북서쪽*", "기지*", "항구*", "공항*", "등지*", "외곽*", "주변*", "내부*", "앞바다*", "근해*", "해협*", "일원*",
            // Zones: "골란고원 완충지대에" (into the Golan buffer zone), "국경 지대로".
            "지대*", "완충지대*",
            // Coasts and villages: "레바논 남부 해안 지역으로" (to the coast of southern Lebanon), "라미야 마을에" (in the village of Ramyah).
            "해안*", "연안*", "마을*",
            // A country's home territory: "미국 본토에서" (from the US mainland).
            "본토*"],
        FrontNouns = ["전선"],
        IntelligenceWords = ["정보기관", "정보당국", "정보총국", "정보국"],
        TimeLeads = [],
        DateCounters = new DateCounters("년", "월", "일", Particles: ["에", "에는", "엔", "께", "경", "쯤", "의", "부터는", "까지는", "중"],
            From: ["부터"], Until: ["까지"], Past: ["지난"], Coming: ["오는"]),
    };

    // "북한군", "러시아군", "미군": a country's name with 군 (army, forces) written onto it names its troops.
    private static Dictionary<string, (string, int)> ForcesOf(string[] countries, Dictionary<string, (string, int)> units)
    {
        foreach (var country in countries)
        {
            units.TryAdd(country + "군*", ("troops", 1));
        }

        return units;
    }
}
