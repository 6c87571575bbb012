using GeoMap.Core.Movements;

namespace GeoMap.Geoparsing.Languages.Russian;

/// <summary>The Russian words: function words, abbreviations, numbers, months, weekdays and the case endings of place names.</summary>
public static class RussianRules
{
    /// <summary>The Russian rule set.</summary>
    public static LanguageRules Rules { get; } = new()
    {
        Code = "ru",
        LowerCaseDemonyms = true,
        // Verbal nouns in -ние/-тие in every case ("наступление", "отступления", "развёртыванием") name a movement but tell no tense.
        NotTenseEndings = ["ние", "ния", "нию", "нием", "нии", "тие", "тия", "тию", "тием", "тии",
            // Past active participles and past gerunds ("подразделения, наступавшие с юго-востока", "выдвинувшись из …") say what a
            // force had been doing, not that a movement goes on: the clause's finite verb tells that.
            "вший", "вшая", "вшее", "вшие", "вших", "вшим", "вшими", "вшего", "вшей", "вшему", "вшую", "вшись"],
        Stopwords = ["и", "в", "во", "не", "что", "на", "с", "со", "как", "а", "но", "по", "из", "к", "у", "за", "от", "о", "об", "для", "это", "его",
            "её", "их", "был", "была", "были", "было", "также", "который", "которая", "которые", "которых", "уже", "после", "при", "более",
            "будет", "будут", "чтобы", "или", "еще", "ещё", "этом", "этого", "года", "году", "заявил", "сообщил", "словам", "тысяч"],
        // Nouns that open sentences or are capitalised in the names of forces ("Силы обороны", "Силы быстрого реагирования").
        NotPlaceWords = ["силы", "силами", "силам", "сил", "передовая", "решение", "дивизия", "бригада", "бойцы", "хунта",
            // Pronouns that open sentences ("Они пришли …" is no Oni, Georgia).
            "они", "он", "она", "оно", "мы"],
        Abbreviations = ["г", "гг", "тыс", "млн", "млрд", "ул", "обл", "им", "ген", "см", "т", "е", "др", "пр", "чел", "км", "ст", "пос", "дер",
            "янв", "фев", "февр", "мар", "апр", "авг", "сент", "окт", "нояб", "дек"],
        NumberWords = new Dictionary<string, int>
        {
            ["один"] = 1, ["одна"] = 1, ["одно"] = 1, ["одного"] = 1, ["два"] = 2, ["две"] = 2, ["двух"] = 2, ["три"] = 3, ["трех"] = 3,
            ["четыре"] = 4, ["четырех"] = 4, ["пять"] = 5, ["пяти"] = 5, ["шесть"] = 6, ["шести"] = 6, ["семь"] = 7, ["семи"] = 7,
            ["восемь"] = 8, ["восьми"] = 8, ["девять"] = 9, ["девяти"] = 9, ["десять"] = 10, ["десяти"] = 10, ["одиннадцать"] = 11,
            ["двенадцать"] = 12, ["тринадцать"] = 13, ["четырнадцать"] = 14, ["пятнадцать"] = 15, ["шестнадцать"] = 16,
            ["семнадцать"] = 17, ["восемнадцать"] = 18, ["девятнадцать"] = 19, ["двадцать"] = 20, ["двадцати"] = 20, ["тридцать"] = 30,
            ["тридцати"] = 30, ["сорок"] = 40, ["сорока"] = 40, ["пятьдесят"] = 50, ["пятидесяти"] = 50, ["шестьдесят"] = 60,
            ["семьдесят"] = 70, ["восемьдесят"] = 80, ["девяносто"] = 90,
            // The oblique cases after "около", "более", "до" ("около шестидесяти", "более двухсот"), and the hundreds, one word each.
            ["пятнадцати"] = 15, ["шестидесяти"] = 60, ["семидесяти"] = 70, ["восьмидесяти"] = 80, ["девяноста"] = 90,
            ["двести"] = 200, ["двухсот"] = 200, ["триста"] = 300, ["трехсот"] = 300, ["четыреста"] = 400, ["четырехсот"] = 400,
            ["пятьсот"] = 500, ["пятисот"] = 500, ["шестьсот"] = 600, ["шестисот"] = 600, ["семьсот"] = 700, ["семисот"] = 700,
            ["восемьсот"] = 800, ["восьмисот"] = 800, ["девятьсот"] = 900, ["девятисот"] = 900,
        },
        ScaleWords = new Dictionary<string, int>
        {
            ["сто"] = 100, ["ста"] = 100, ["тысяча"] = 1000, ["тысячи"] = 1000, ["тысяч"] = 1000, ["тысячу"] = 1000, ["тыс"] = 1000,
            ["миллион"] = 1_000_000, ["миллиона"] = 1_000_000, ["миллионов"] = 1_000_000, ["млн"] = 1_000_000,
        },
        NumberJoiners = ["и"],
        Months = new Dictionary<string, int>
        {
            ["январь"] = 1, ["января"] = 1, ["январе"] = 1, ["февраль"] = 2, ["февраля"] = 2, ["феврале"] = 2, ["март"] = 3, ["марта"] = 3,
            ["марте"] = 3, ["апрель"] = 4, ["апреля"] = 4, ["апреле"] = 4, ["май"] = 5, ["мая"] = 5, ["мае"] = 5, ["июнь"] = 6,
            ["июня"] = 6, ["июне"] = 6, ["июль"] = 7, ["июля"] = 7, ["июле"] = 7, ["август"] = 8, ["августа"] = 8, ["августе"] = 8,
            ["сентябрь"] = 9, ["сентября"] = 9, ["сентябре"] = 9, ["октябрь"] = 10, ["октября"] = 10, ["октябре"] = 10,
            ["ноябрь"] = 11, ["ноября"] = 11, ["ноябре"] = 11, ["декабрь"] = 12, ["декабря"] = 12, ["декабре"] = 12,
        },
        Weekdays = new Dictionary<string, DayOfWeek>
        {
            ["понедельник"] = DayOfWeek.Monday, ["понедельника"] = DayOfWeek.Monday, ["вторник"] = DayOfWeek.Tuesday, ["вторника"] = DayOfWeek.Tuesday,
            ["среда"] = DayOfWeek.Wednesday, ["среду"] = DayOfWeek.Wednesday, ["среды"] = DayOfWeek.Wednesday, ["четверг"] = DayOfWeek.Thursday,
            ["четверга"] = DayOfWeek.Thursday, ["пятница"] = DayOfWeek.Friday, ["пятницу"] = DayOfWeek.Friday, ["пятницы"] = DayOfWeek.Friday,
            ["суббота"] = DayOfWeek.Saturday, ["субботу"] = DayOfWeek.Saturday, ["субботы"] = DayOfWeek.Saturday,
            ["воскресенье"] = DayOfWeek.Sunday, ["воскресенья"] = DayOfWeek.Sunday,
        },
        VagueQuantities = new Dictionary<string, (int?, int?)>
        {
            // "тысячи", "десятки тысяч": a vague amount, not 1000 (the scale word alone would give it).
            ["тысячи"] = (null, null), ["тысяч"] = (null, null), ["несколько тысяч"] = (null, null), ["нескольких тысяч"] = (null, null),
            ["десятки тысяч"] = (null, null), ["десятков тысяч"] = (null, null), ["сотни тысяч"] = (null, null), ["сотни"] = (null, null),
            ["сотен"] = (null, null), ["несколько сотен"] = (null, null), ["нескольких сотен"] = (null, null), ["десятки"] = (null, null),
            ["десятков"] = (null, null), ["несколько десятков"] = (null, null), ["нескольких десятков"] = (null, null),
        },
        UpperBoundCues = ["до", "не более", "не больше", "менее", "меньше"],
        LowerBoundCues = ["более", "больше", "свыше", "не менее", "по меньшей мере", "как минимум", "не меньше"],
        ApproximateCues = ["около", "порядка", "примерно", "приблизительно", "почти", "ориентировочно", "в общей сложности"],
        RangeOpeners = ["с", "со", "от", "между"],
        RangeJoiners = ["по", "до", "и", "-", "–"],
        NonCountUnits = ["процент*", "%", "км", "километр*", "рубл*", "доллар*", "евро", "тонн*", "метр*"],
        RelativeDays = new Dictionary<string, int>
        {
            ["вчера"] = -1, ["позавчера"] = -2, ["сегодня"] = 0, ["завтра"] = 1, ["накануне"] = -1, ["минувшей ночью"] = 0, ["этой ночью"] = 0,
        },
        RelativeWeeks = new Dictionary<string, int>
        {
            ["на прошлой неделе"] = -1, ["на минувшей неделе"] = -1, ["на этой неделе"] = 0, ["на следующей неделе"] = 1, ["на будущей неделе"] = 1,
        },
        // "за последние две недели": the days up to the report's.
        PastSpans = new Dictionary<string, int>
        {
            ["за последние сутки"] = 1, ["за минувшие сутки"] = 1, ["за последние два дня"] = 2, ["за последние три дня"] = 3,
            ["за последнюю неделю"] = 7, ["за прошедшую неделю"] = 7, ["за последние десять дней"] = 10, ["за последние две недели"] = 14,
            ["в течение последних двух недель"] = 14, ["за последние три недели"] = 21,
        },
        // "Тогда же …", "в тот же день": the day the report was last telling of.
        SameDayPhrases = ["тогда же", "в тот же день", "в тот же вечер", "тем же вечером", "позднее в тот же день", "вскоре после этого",
            "сразу после этого"],
        // "все выходные шли колонны", "на прошлых выходных": the latest weekend; "прошлого года" after a month gives its year.
        Weekends = new Dictionary<string, int>
        {
            ["выходные"] = 0, ["в выходные"] = 0, ["на выходных"] = 0, ["все выходные"] = 0, ["прошлые выходные"] = 0, ["в прошлые выходные"] = 0,
            ["на прошлых выходных"] = 0, ["в минувшие выходные"] = 0, ["следующие выходные"] = 1, ["в следующие выходные"] = 1,
        },
        RelativeYears = new Dictionary<string, int>
        {
            ["в прошлом году"] = -1, ["прошлого года"] = -1, ["в минувшем году"] = -1, ["минувшего года"] = -1, ["в этом году"] = 0, ["этого года"] = 0,
            ["текущего года"] = 0, ["в текущем году"] = 0, ["в следующем году"] = 1, ["следующего года"] = 1, ["в будущем году"] = 1, ["будущего года"] = 1,
        },
        RelativeMonths = new Dictionary<string, int>
        {
            ["в прошлом месяце"] = -1, ["в минувшем месяце"] = -1, ["в этом месяце"] = 0, ["в следующем месяце"] = 1,
        },
        MonthParts = new Dictionary<string, MonthPart>
        {
            ["в начале"] = MonthPart.Early, ["начале"] = MonthPart.Early, ["в середине"] = MonthPart.Mid, ["середине"] = MonthPart.Mid,
            ["в конце"] = MonthPart.Late, ["конце"] = MonthPart.Late,
            // "до конца августа" (by the end of August): the month's last part, as "by the end of" is read.
            ["до конца"] = MonthPart.Late, ["к концу"] = MonthPart.Late,
        },
        TimeLeads = ["в", "во", "с", "со", "до", "к", "начиная с", "в течение"],
        PlacePrepositions = new Dictionary<string, PlaceRole>
        {
            ["из"] = PlaceRole.Origin, ["изо"] = PlaceRole.Origin, ["со стороны"] = PlaceRole.Origin, ["от"] = PlaceRole.Origin, ["с"] = PlaceRole.Origin,
            ["со"] = PlaceRole.Origin, ["из-под"] = PlaceRole.Origin,
            // Where a force is stationed is where a movement of it starts ("бригада, дислоцированная в Пскове, переброшена в …"):
            // the long participles only, which say where the force is now; the short ones ("будут размещены в …") say where it goes.
            ["дислоцированн* в"] = PlaceRole.Origin, ["дислоцированн* во"] = PlaceRole.Origin, ["дислоцированн* на"] = PlaceRole.Origin,
            ["дислоцирующ* в"] = PlaceRole.Origin, ["дислоцирующ* во"] = PlaceRole.Origin, ["дислоцирующ* на"] = PlaceRole.Origin,
            ["базирующ* в"] = PlaceRole.Origin, ["базирующ* во"] = PlaceRole.Origin, ["базирующ* на"] = PlaceRole.Origin,
            ["размещенн* в"] = PlaceRole.Origin, ["размещенн* во"] = PlaceRole.Origin, ["размещенн* на"] = PlaceRole.Origin,
            ["через"] = PlaceRole.Via, ["транзитом через"] = PlaceRole.Via, ["по территории"] = PlaceRole.Via,
            ["в"] = PlaceRole.Destination, ["во"] = PlaceRole.Destination, ["на"] = PlaceRole.Destination, ["к"] = PlaceRole.Destination,
            ["ко"] = PlaceRole.Destination, ["до"] = PlaceRole.Destination, ["в направлении"] = PlaceRole.Destination, ["в сторону"] = PlaceRole.Destination, ["по направлению к"] = PlaceRole.Destination,
            ["под"] = PlaceRole.Near, ["возле"] = PlaceRole.Near, ["около"] = PlaceRole.Near, ["у"] = PlaceRole.Near, ["вблизи"] = PlaceRole.Near,
            ["близ"] = PlaceRole.Near, ["неподалеку от"] = PlaceRole.Near, ["недалеко от"] = PlaceRole.Near, ["в районе"] = PlaceRole.Near,
            ["на границе с"] = PlaceRole.Near, ["севернее"] = PlaceRole.Near, ["южнее"] = PlaceRole.Near, ["восточнее"] = PlaceRole.Near, ["западнее"] = PlaceRole.Near,
        },
        // "продвинулись в направлении Волчанска": a direction, not an arrival.
        TowardsPrepositions = ["в направлении", "в сторону", "по направлению к"],
        // The case of the place decides what "в", "на" and "с" mean: "в Курск", "в Москву", "на Украину" (accusative) is motion
        // towards it, "в Курске", "в Москве", "на Украине", "в России" (locative, -е/-и) is being there; "из"/"с" + genitive is
        // motion from, "с Беларусью", "с Россией" (instrumental) is "with" (a border with), never an origin.
        PlaceRoleMarkers =
        [
            new("е", PlaceRole.Destination, "в", Locative: true), new("и", PlaceRole.Destination, "в", Locative: true),
            new("е", PlaceRole.Destination, "во", Locative: true), new("и", PlaceRole.Destination, "во", Locative: true),
            new("е", PlaceRole.Destination, "на", Locative: true), new("и", PlaceRole.Destination, "на", Locative: true),
            new("ью", PlaceRole.Near, "с"), new("ей", PlaceRole.Near, "с"), new("ой", PlaceRole.Near, "с"), new("ом", PlaceRole.Near, "с"),
            new("ем", PlaceRole.Near, "с"), new("ью", PlaceRole.Near, "со"), new("ей", PlaceRole.Near, "со"), new("ой", PlaceRole.Near, "со"),
            new("ом", PlaceRole.Near, "со"), new("ем", PlaceRole.Near, "со"),
            // "под" + accusative is motion to the outskirts ("перебросили под Суджу", "под Курск"), + instrumental is being there
            // ("под Суджей", "под Курском"). The instrumental always ends in -м or -ю after a vowel (longer endings are tried first);
            // a final consonant, -й, -ь or the feminine -у/-ю is the accusative. A final -о/-е/-и/-а is a neuter or an indeclinable
            // name ("под Бамако"), which tells neither: "под" keeps its meaning "near".
            new("б", PlaceRole.Destination, "под"), new("в", PlaceRole.Destination, "под"), new("г", PlaceRole.Destination, "под"),
            new("д", PlaceRole.Destination, "под"), new("ж", PlaceRole.Destination, "под"), new("з", PlaceRole.Destination, "под"),
            new("к", PlaceRole.Destination, "под"), new("л", PlaceRole.Destination, "под"), new("м", PlaceRole.Destination, "под"),
            new("н", PlaceRole.Destination, "под"), new("п", PlaceRole.Destination, "под"), new("р", PlaceRole.Destination, "под"),
            new("с", PlaceRole.Destination, "под"), new("т", PlaceRole.Destination, "под"), new("ф", PlaceRole.Destination, "под"),
            new("х", PlaceRole.Destination, "под"), new("ц", PlaceRole.Destination, "под"), new("ч", PlaceRole.Destination, "под"),
            new("ш", PlaceRole.Destination, "под"), new("щ", PlaceRole.Destination, "под"), new("й", PlaceRole.Destination, "под"),
            new("ь", PlaceRole.Destination, "под"), new("у", PlaceRole.Destination, "под"), new("ю", PlaceRole.Destination, "под"),
            new("ом", PlaceRole.Near, "под"), new("ем", PlaceRole.Near, "под"), new("ём", PlaceRole.Near, "под"), new("ой", PlaceRole.Near, "под"),
            new("ей", PlaceRole.Near, "под"), new("ою", PlaceRole.Near, "под"), new("ею", PlaceRole.Near, "под"), new("ью", PlaceRole.Near, "под"),
            new("ами", PlaceRole.Near, "под"), new("ями", PlaceRole.Near, "под"), new("им", PlaceRole.Near, "под"), new("ым", PlaceRole.Near, "под"),
        ],
        LocativePrepositions = ["у"],
        PlaceHeads = ["порт", "порта", "порту", "портом", "баз*",
            // The service's adjective before the base: "с военно-морской базы Карлскруна", "на военно-воздушную базу …".
            "военно-морск* баз*", "военно-воздушн* баз*", "авиабаз*", "военную базу", "военной базы", "военной базе", "аэродром*", "аэропорт*",
            "полигон*", "лагер*", "учебный лагерь", "учебного лагеря", "учебном лагере", "город", "города", "городе", "поселок", "поселка", "поселке",
            "село", "села", "селе", "район", "района", "регион", "региона", "регионе", "территорию", "территории", "гарнизон*", "пункт*", "военный городок",
            // Nouns of an administrative unit or an island group written before its name ("в штат Дельта-Амакуро", "в провинцию
            // Южное Киву", "к островам Мацзу"), and the headquarters a force leaves ("оставил штаб дивизии в …").
            "штат", "штата", "штате", "провинцию", "провинции", "провинция", "остров", "острова", "острове", "островам", "островов", "архипелаг",
            "архипелага", "архипелагу", "архипелаге", "штаб", "штаба", "штабе",
            // Positions a force holds or leaves ("сняла с позиций в Херсонской области").
            "позиции", "позиций", "позициях", "позиция", "позицию",
            // A part of a country by its side ("на юг Ливана", "на юге Ливана"): the preposition before it governs the place.
            "юг", "юге", "север", "севере", "восток", "востоке", "запад", "западе"],
        // An object pronoun opening an impersonal plural ("Их перебросили …", they were moved) is the force named before.
        AnaphoricSubjects = ["они", "их", "им", "эти военные", "эти войска", "эти подразделения", "эти бойцы", "военнослужащие", "колонна", "контингент", "подразделения"],
        IntelligenceWords = ["разведка", "разведки", "разведке", "разведывательная служба", "разведывательной службы", "спецслужбы", "спецслужба"],
        ReactionCues = ["посол", "посла", "послом", "посольств*", "визит*", "посетил*", "осудил*", "осуждени*", "протест*", "санкци*", "обеспокоенност*",
            "вызвал* посла", "нота протеста"],
        FrontNouns = ["фронт", "фронта", "фронте", "направление", "направлении", "направления"],
        // Status from aspect and tense: a future or an intention is planned ("будут переброшены", "планирует перебросить",
        // "перебросит"), the imperfective present is under way ("перебрасывает", "движутся"), the perfective past and the
        // past passive participle are done ("перебросил", "переброшены"). The first cue of the sentence wins, so the
        // auxiliary ("будут") is read before the participle it governs.
        // "Контингент насчитывает около 230 военных": how many the force numbers ("составляет" is left out: losses and distances
        // "amount to" a number too).
        CountVerbs = ["насчитывает", "насчитывают", "насчитывал*", "будет насчитывать"],
        // "начали отвод", "приступили к переброске": a movement said to have begun is under way ("начала" is left out: it is also the
        // genitive of the noun, "после начала войны").
        Inchoatives = ["начал", "начали", "начинает", "начинают", "приступил", "приступила", "приступили"],
        StatusCues = new Dictionary<string, MovementStatus>
        {
            // An order to send ("распорядился направить", "приказал перебросить") is a movement to come.
            // Setting out ("направилась в Дагестан", "выдвинулись к островам"): the perfective tells that the force left, not that it
            // arrived, so the movement is under way.
            ["направилась"] = MovementStatus.UnderWay, ["направились"] = MovementStatus.UnderWay, ["направился"] = MovementStatus.UnderWay,
            ["выдвинулась"] = MovementStatus.UnderWay, ["выдвинулись"] = MovementStatus.UnderWay, ["выдвинулся"] = MovementStatus.UnderWay,
            ["распорядил*"] = MovementStatus.Planned, ["приказал*"] = MovementStatus.Planned, ["поручил*"] = MovementStatus.Planned,
            ["будет"] = MovementStatus.Planned, ["будут"] = MovementStatus.Planned, ["планиру*"] = MovementStatus.Planned, ["планы"] = MovementStatus.Planned,
            ["намерен*"] = MovementStatus.Planned, ["пообещал*"] = MovementStatus.Planned, ["обеща*"] = MovementStatus.Planned, ["намерева*"] = MovementStatus.Planned, ["собира*"] = MovementStatus.Planned, ["готовит*"] = MovementStatus.Planned,
            ["готовя*"] = MovementStatus.Planned, ["могут"] = MovementStatus.Planned, ["может"] = MovementStatus.Planned, ["должн*"] = MovementStatus.Planned,
            ["предполага*"] = MovementStatus.Planned, ["решил*"] = MovementStatus.Planned, ["решени*"] = MovementStatus.Planned,
            ["направят"] = MovementStatus.Planned, ["направит"] = MovementStatus.Planned, ["отправят"] = MovementStatus.Planned, ["отправит"] = MovementStatus.Planned,
            ["перебросят"] = MovementStatus.Planned, ["перебросит"] = MovementStatus.Planned, ["разместят"] = MovementStatus.Planned, ["разместит"] = MovementStatus.Planned,
            ["выведут"] = MovementStatus.Planned, ["выведет"] = MovementStatus.Planned, ["отведут"] = MovementStatus.Planned, ["прибудут"] = MovementStatus.Planned,
            ["прибудет"] = MovementStatus.Planned, ["развернут"] = MovementStatus.Planned, ["развернет"] = MovementStatus.Planned, ["передислоцируют"] = MovementStatus.Planned, ["вернут"] = MovementStatus.Planned,
            ["вернутся"] = MovementStatus.Planned, ["доберут*"] = MovementStatus.Planned, ["доберет*"] = MovementStatus.Planned, ["вылетят"] = MovementStatus.Planned,
            ["вылетит"] = MovementStatus.Planned, ["оставят"] = MovementStatus.Planned, ["вылетают"] = MovementStatus.UnderWay, ["вылетает"] = MovementStatus.UnderWay,
            ["добрал*"] = MovementStatus.Completed, ["вылетел*"] = MovementStatus.Completed, ["оставил*"] = MovementStatus.Completed, ["вышл*"] = MovementStatus.Completed,
            ["вышел"] = MovementStatus.Completed,
            ["перебрасыва*"] = MovementStatus.UnderWay, ["направляю*"] = MovementStatus.UnderWay, ["направляет*"] = MovementStatus.UnderWay, ["движут*"] = MovementStatus.UnderWay,
            ["движется"] = MovementStatus.UnderWay, ["стягива*"] = MovementStatus.UnderWay, ["выдвига*"] = MovementStatus.UnderWay, ["выводит"] = MovementStatus.UnderWay,
            ["выводят"] = MovementStatus.UnderWay, ["отводит"] = MovementStatus.UnderWay, ["отводят"] = MovementStatus.UnderWay, ["продвига*"] = MovementStatus.UnderWay,
            ["наступа*"] = MovementStatus.UnderWay, ["прибывают"] = MovementStatus.UnderWay, ["прибывает"] = MovementStatus.UnderWay, ["следуют"] = MovementStatus.UnderWay,
            ["следует"] = MovementStatus.UnderWay, ["перемещают*"] = MovementStatus.UnderWay, ["продолжа*"] = MovementStatus.UnderWay,
            ["наращива*"] = MovementStatus.UnderWay, ["отходят"] = MovementStatus.UnderWay, ["покидают"] = MovementStatus.UnderWay, ["в пути"] = MovementStatus.UnderWay,
            ["переброшен*"] = MovementStatus.Completed, ["перебросил*"] = MovementStatus.Completed, ["направил*"] = MovementStatus.Completed,
            ["направлен*"] = MovementStatus.Completed, ["отправил*"] = MovementStatus.Completed, ["отправлен*"] = MovementStatus.Completed,
            ["прибыл*"] = MovementStatus.Completed, ["вывел*"] = MovementStatus.Completed, ["выведен*"] = MovementStatus.Completed, ["отвел*"] = MovementStatus.Completed,
            ["отведен*"] = MovementStatus.Completed, ["отошл*"] = MovementStatus.Completed, ["отошел"] = MovementStatus.Completed, ["покинул*"] = MovementStatus.Completed,
            ["развернул*"] = MovementStatus.Completed, ["развернут*"] = MovementStatus.Completed, ["разместил*"] = MovementStatus.Completed, ["доставил*"] = MovementStatus.Completed,
            ["доставлен*"] = MovementStatus.Completed, ["передислоцировал*"] = MovementStatus.Completed, ["передислоцирован*"] = MovementStatus.Completed,
            ["перевезл*"] = MovementStatus.Completed, ["перевели"] = MovementStatus.Completed, ["перевел"] = MovementStatus.Completed, ["перевела"] = MovementStatus.Completed,
            ["переведен*"] = MovementStatus.Completed, ["переведут"] = MovementStatus.Planned, ["перевезен*"] = MovementStatus.Completed, ["переместил*"] = MovementStatus.Completed, ["перемещен*"] = MovementStatus.Completed,
            ["вошл*"] = MovementStatus.Completed, ["вошел"] = MovementStatus.Completed, ["пересекл*"] = MovementStatus.Completed, ["пересек"] = MovementStatus.Completed,
            ["стянул*"] = MovementStatus.Completed, ["стянут*"] = MovementStatus.Completed, ["высадил*"] = MovementStatus.Completed, ["ушл*"] = MovementStatus.Completed,
            ["ушел"] = MovementStatus.Completed, ["вернул*"] = MovementStatus.Completed, ["продвинул*"] = MovementStatus.Completed, ["прошли"] = MovementStatus.Completed,
            ["прошла"] = MovementStatus.Completed, ["прошел"] = MovementStatus.Completed, ["вывезл*"] = MovementStatus.Completed, ["вывезен*"] = MovementStatus.Completed,
            ["вывозят"] = MovementStatus.UnderWay, ["вывозит"] = MovementStatus.UnderWay, ["вывезут"] = MovementStatus.Planned, ["подтягива*"] = MovementStatus.UnderWay, ["подтянул*"] = MovementStatus.Completed, ["подтянут*"] = MovementStatus.Completed, ["подошл*"] = MovementStatus.Completed, ["подошел"] = MovementStatus.Completed,
            ["шли"] = MovementStatus.Completed, ["перешл*"] = MovementStatus.Completed, ["ввел*"] = MovementStatus.Completed, ["введен*"] = MovementStatus.Completed,
            ["эвакуировал*"] = MovementStatus.Completed, ["выдвинул*"] = MovementStatus.Completed, ["снял*"] = MovementStatus.Completed,
        },
        // Verbs and nouns of movement, every aspect, tense, participle and reflexive form by their common stem.
        MovementVerbs = new Dictionary<string, MovementKind>
        {
            ["перебро*"] = MovementKind.Deployment, ["перебрас*"] = MovementKind.Deployment, ["направил*"] = MovementKind.Deployment, ["направит"] = MovementKind.Deployment,
            ["направят"] = MovementKind.Deployment, ["направлен*"] = MovementKind.Deployment, ["направля*"] = MovementKind.Deployment, ["направить"] = MovementKind.Deployment,
            ["отправ*"] = MovementKind.Deployment, ["разверн*"] = MovementKind.Deployment, ["развертыва*"] = MovementKind.Deployment, ["развертывани*"] = MovementKind.Deployment,
            ["развернут*"] = MovementKind.Deployment, ["разместил*"] = MovementKind.Deployment, ["разместит*"] = MovementKind.Deployment, ["разместят"] = MovementKind.Deployment,
            ["размещени*"] = MovementKind.Deployment, ["перемещ*"] = MovementKind.Deployment, ["перемест*"] = MovementKind.Deployment, ["передислоц*"] = MovementKind.Deployment,
            ["доставил*"] = MovementKind.Deployment, ["доставлен*"] = MovementKind.Deployment, ["доставят"] = MovementKind.Deployment, ["доставк*"] = MovementKind.Deployment,
            ["перевез*"] = MovementKind.Deployment, ["перевели"] = MovementKind.Deployment, ["перевел"] = MovementKind.Deployment, ["перевела"] = MovementKind.Deployment,
            ["переведен*"] = MovementKind.Deployment, ["переведут"] = MovementKind.Deployment, ["перевоз*"] = MovementKind.Deployment, ["прибыл*"] = MovementKind.Deployment, ["прилетел*"] = MovementKind.Deployment, ["прилетят"] = MovementKind.Deployment, ["прилетит"] = MovementKind.Deployment, ["прибыва*"] = MovementKind.Deployment,
            ["прибуд*"] = MovementKind.Deployment, ["прибыти*"] = MovementKind.Deployment, ["стягива*"] = MovementKind.Deployment, ["стянул*"] = MovementKind.Deployment,
            ["стянут*"] = MovementKind.Deployment, ["ввел*"] = MovementKind.Deployment, ["введен*"] = MovementKind.Deployment, ["ввод"] = MovementKind.Deployment,
            ["ввода"] = MovementKind.Deployment, ["высадил*"] = MovementKind.Deployment, ["высадк*"] = MovementKind.Deployment, ["высажен*"] = MovementKind.Deployment,
            ["наращива*"] = MovementKind.Deployment, ["наращивани*"] = MovementKind.Deployment, ["ротаци*"] = MovementKind.Deployment, ["подкреплени*"] = MovementKind.Deployment,
            ["вывел*"] = MovementKind.Withdrawal, ["вывод*"] = MovementKind.Withdrawal, ["выведен*"] = MovementKind.Withdrawal, ["выведут"] = MovementKind.Withdrawal,
            ["выведет"] = MovementKind.Withdrawal, ["вывест*"] = MovementKind.Withdrawal, ["отвел*"] = MovementKind.Withdrawal, ["отвод*"] = MovementKind.Withdrawal,
            ["отведен*"] = MovementKind.Withdrawal, ["отвест*"] = MovementKind.Withdrawal, ["отведут"] = MovementKind.Withdrawal, ["отошл*"] = MovementKind.Withdrawal,
            ["отошел"] = MovementKind.Withdrawal, ["отойт*"] = MovementKind.Withdrawal, ["отойд*"] = MovementKind.Withdrawal, ["отход*"] = MovementKind.Withdrawal,
            ["отступ*"] = MovementKind.Withdrawal, ["покинул*"] = MovementKind.Withdrawal, ["покинут*"] = MovementKind.Withdrawal, ["покида*"] = MovementKind.Withdrawal,
            ["ушл*"] = MovementKind.Withdrawal, ["ушел"] = MovementKind.Withdrawal, ["уйдут"] = MovementKind.Withdrawal, ["вернул*"] = MovementKind.Withdrawal, ["вернут*"] = MovementKind.Withdrawal, ["возвраща*"] = MovementKind.Withdrawal,
            ["возвращени*"] = MovementKind.Withdrawal, ["вывоз*"] = MovementKind.Withdrawal, ["подтягива*"] = MovementKind.Deployment, ["подтянул*"] = MovementKind.Deployment, ["подтянут*"] = MovementKind.Deployment, ["подошл*"] = MovementKind.Deployment, ["подошел"] = MovementKind.Deployment, ["вывез*"] = MovementKind.Withdrawal,
            ["продвига*"] = MovementKind.Advance, ["продвинул*"] = MovementKind.Advance, ["продвижени*"] = MovementKind.Advance, ["наступа*"] = MovementKind.Advance,
            ["наступлени*"] = MovementKind.Advance, ["вошл*"] = MovementKind.Advance, ["вошел"] = MovementKind.Advance, ["войдут"] = MovementKind.Advance,
            ["ворвал*"] = MovementKind.Advance, ["прорвал*"] = MovementKind.Advance, ["вторгл*"] = MovementKind.Advance, ["вторжени*"] = MovementKind.Advance,
            ["зашл*"] = MovementKind.Advance, ["выдвига*"] = MovementKind.Advance, ["выдвинул*"] = MovementKind.Advance, ["выдвинут*"] = MovementKind.Advance,
            ["пересекл*"] = MovementKind.Transit, ["пересек"] = MovementKind.Transit, ["пересека*"] = MovementKind.Transit, ["пересеч*"] = MovementKind.Transit,
            ["прошли"] = MovementKind.Transit, ["прошла"] = MovementKind.Transit, ["прошел"] = MovementKind.Transit, ["проход*"] = MovementKind.Transit, ["перешл*"] = MovementKind.Transit, ["переправ*"] = MovementKind.Transit,
            ["следуют"] = MovementKind.Transit, ["следовал*"] = MovementKind.Transit, ["движут*"] = MovementKind.Transit, ["движется"] = MovementKind.Transit,
            ["двигал*"] = MovementKind.Transit, ["шли"] = MovementKind.Transit, ["шла"] = MovementKind.Transit,
            ["марш"] = MovementKind.Transit, ["вышл*"] = MovementKind.Transit, ["вышел"] = MovementKind.Transit,
            // Reaching a place ("добрались до", "доберутся до"), flying out ("вылетели в", "вылетят из") and abandoning it
            // ("оставили позиции", "оставили город": the perfective of leaving a place behind).
            ["добрал*"] = MovementKind.Deployment, ["доберут*"] = MovementKind.Deployment, ["доберет*"] = MovementKind.Deployment,
            ["вылетел*"] = MovementKind.Transit, ["вылета*"] = MovementKind.Transit, ["вылетят"] = MovementKind.Transit, ["вылетит"] = MovementKind.Transit,
            ["оставил*"] = MovementKind.Withdrawal, ["оставят"] = MovementKind.Withdrawal,
        },
        Units = new Dictionary<string, (string, int)>
        {
            ["бригад*"] = ("brigade", 2), ["батальон*"] = ("battalion", 2), ["полк*"] = ("regiment", 2), ["дивизи*"] = ("division", 2),
            ["роты"] = ("company", 2), ["роту"] = ("company", 2), ["армия"] = ("army", 2), ["армии"] = ("army", 2), ["армию"] = ("army", 2),
            ["военнослужащи*"] = ("soldiers", 1), ["офицер*"] = ("officers", 1), ["солдат*"] = ("soldiers", 1), ["военных"] = ("soldiers", 1), ["военные"] = ("soldiers", 1), ["войск*"] = ("troops", 1),
            ["человек"] = ("men", 0), ["силы"] = ("forces", 0), ["сил"] = ("forces", 0), ["подразделени*"] = ("units", 0), ["контингент*"] = ("contingent", 1),
            ["морпех*"] = ("marines", 3), ["морской пехот*"] = ("marines", 3), ["пехот*"] = ("infantry", 1), ["десантник*"] = ("paratroopers", 3), ["наемник*"] = ("mercenaries", 2),
            ["бойц*"] = ("fighters", 1), ["боевик*"] = ("fighters", 1), ["спецназ*"] = ("special forces", 3), ["сил специальных операций"] = ("special forces", 3),
            ["резервист*"] = ("reservists", 2), ["мобилизованн*"] = ("conscripts", 2), ["призывник*"] = ("conscripts", 2), ["инструктор*"] = ("instructors", 2),
            ["советник*"] = ("advisers", 1), ["миротвор*"] = ("peacekeepers", 2), ["танки"] = ("tanks", 2), ["танков"] = ("tanks", 2), ["бронетехник*"] = ("armoured vehicles", 1), ["бронемашин*"] = ("armoured vehicles", 1),
            ["воинские части"] = ("units", 0), ["воинских частей"] = ("units", 0), ["армейские части"] = ("units", 0), ["армейских частей"] = ("units", 0),
            ["вагнеровц*"] = ("mercenaries", 2),
            ["техник*"] = ("vehicles", 0), ["корабл*"] = ("warships", 1), ["фрегат*"] = ("warships", 1), ["эсминц*"] = ("warships", 1), ["авианос*"] = ("warships", 1),
            ["самолет*"] = ("aircraft", 1), ["истребител*"] = ("fighter jets", 1), ["бомбардировщик*"] = ("bombers", 1), ["вертолет*"] = ("helicopters", 1),
            ["группировк*"] = ("forces", 0), ["подкреплени*"] = ("reinforcements", 0), ["резервы"] = ("reserves", 0), ["резервов"] = ("reserves", 0), ["личного состава"] = ("personnel", 0), ["личный состав"] = ("personnel", 0), ["персонал"] = ("personnel", 0), ["персонала"] = ("personnel", 0), ["персоналом"] = ("personnel", 0), ["штурмовы*"] = ("assault groups", 2),
        },
        Modes = new Dictionary<string, TransportMode>
        {
            ["эшелон*"] = TransportMode.Rail, ["по железной дороге"] = TransportMode.Rail, ["железнодорож*"] = TransportMode.Rail, ["поезд*"] = TransportMode.Rail,
            ["самолет*"] = TransportMode.Air, ["по воздуху"] = TransportMode.Air, ["авиацией"] = TransportMode.Air, ["бортами"] = TransportMode.Air,
            ["военно-транспортн*"] = TransportMode.Air, ["авиарейс*"] = TransportMode.Air, ["перелет*"] = TransportMode.Air,
            ["корабл*"] = TransportMode.Sea, ["авианос*"] = TransportMode.Sea, ["по морю"] = TransportMode.Sea, ["судах"] = TransportMode.Sea, ["суда"] = TransportMode.Sea, ["судами"] = TransportMode.Sea,
            ["паром*"] = TransportMode.Sea, ["морем"] = TransportMode.Sea,
            ["колонн*"] = TransportMode.Road, ["автоколонн*"] = TransportMode.Road, ["грузовик*"] = TransportMode.Road, ["автомобильн*"] = TransportMode.Road,
            ["своим ходом"] = TransportMode.Road, ["пешком"] = TransportMode.Foot, ["пешим порядком"] = TransportMode.Foot,
            // Verbs of flying tell the way on their own ("прилетели в Ригу", "вылетели из Стокгольма"); boats go by water.
            ["прилетел*"] = TransportMode.Air, ["прилетит"] = TransportMode.Air, ["прилетят"] = TransportMode.Air, ["вылетел*"] = TransportMode.Air,
            ["вылетят"] = TransportMode.Air, ["вылетит"] = TransportMode.Air, ["перелетел*"] = TransportMode.Air, ["переброшен* по воздуху"] = TransportMode.Air,
            ["лодк*"] = TransportMode.Sea, ["катер*"] = TransportMode.Sea,
        },
        SourceOpeners = ["по данным", "по словам", "по информации", "как сообщает", "как сообщил*", "как утверждает", "как утверждают", "как пишет",
            "как пишут", "как заявил*", "как передает", "как передают", "согласно", "по оценке", "по оценкам", "со ссылкой на"],
        ReportingVerbs = ["заявил*", "сообщил*", "сообщает", "сообщают", "отметил*", "подтвердил*", "утверждает", "утверждают", "пишет", "пишут",
            "считают", "считает", "оценивает", "оценивают", "передает", "передают", "рассказал*", "уточнил*", "добавил*"],
        Demonyms = new Dictionary<string, string>
        {
            // Adjectives of every gender, case and number by their stem ("российские", "российских", "российским").
            ["российск*"] = "RU", ["северокорейск*"] = "KP", ["южнокорейск*"] = "KR", ["украинск*"] = "UA", ["белорусск*"] = "BY",
            ["американск*"] = "US", ["французск*"] = "FR", ["германск*"] = "DE", ["немецк*"] = "DE", ["британск*"] = "GB", ["польск*"] = "PL",
            ["китайск*"] = "CN", ["иранск*"] = "IR", ["сирийск*"] = "SY", ["турецк*"] = "TR", ["израильск*"] = "IL", ["ливанск*"] = "LB",
            ["суданск*"] = "SD", ["литовск*"] = "LT", ["финск*"] = "FI", ["японск*"] = "JP", ["тайваньск*"] = "TW", ["армянск*"] = "AM",
            ["азербайджанск*"] = "AZ", ["грузинск*"] = "GE", ["иракск*"] = "IQ", ["йеменск*"] = "YE", ["ливийск*"] = "LY", ["малийск*"] = "ML",
            ["казахстанск*"] = "KZ", ["молдавск*"] = "MD", ["шведск*"] = "SE", ["венесуэльск*"] = "VE", ["латвийск*"] = "LV", ["эстонск*"] = "EE",
            ["румынск*"] = "RO", ["итальянск*"] = "IT", ["испанск*"] = "ES", ["канадск*"] = "CA", ["нидерландск*"] = "NL", ["норвежск*"] = "NO",
            ["египетск*"] = "EG", ["руандийск*"] = "RW", ["бурундийск*"] = "BI", ["конголезск*"] = "CD", ["бразильск*"] = "BR",
        },
        NameNouns = ["воеводство", "воеводства", "воеводстве", "провинция", "провинции", "провинцию", "штат", "штата", "штате", "округ", "округа",
            "округе", "остров", "острова", "острове", "полуостров", "полуострова", "полуострове", "область", "области", "областью", "край", "края", "крае", "краем", "район", "района", "районе", "республика", "республики",
            "республике", "республику", "море", "моря", "морем", "морю", "пролив", "пролива", "проливе", "проливом", "проливу", "озеро", "озера", "озере", "озером", "залив", "залива",
            "заливе", "заливом", "заливу", "океан", "океана", "океане", "океаном", "океану", "мост", "моста", "мосту", "мостом", "мосте"],
        // A contrastive conjunction after a comma opens a clause with its own subject and verb ("…, а армейские части
        // переправились …"); a relative pronoun after a comma opens a clause about the noun before it ("в Курскую область, где
        // идут бои", "в Гюмри, куда …", "2000 военных, которые прибыли …"). Russian always writes the comma before them.
        RemainderOpeners = [", остальные", ", а остальные"],
        RelativeOpeners = [", где", ", куда", ", откуда", ", чьи", ", чей", ", чья", ", чьё"],
        // Staying and losses: "остаются в Сирии", "погибли", "ранены" state no movement.
        // "не были переброшены", "не направит", "ни один военный", "отказалась направить": see NegationWords.
        Negation = new()
        {
            // "Мы не видим необходимости перебрасывать силы в …" (we see no need to move forces to …): no movement is intended.
            Before = ["не", "никогда не", "не видим необходимости", "не видит необходимости", "не видят необходимости", "нет необходимости",
                "не видим нужды", "нет нужды"],
            Determiners = ["ни один", "ни одного", "ни одной", "никакие", "никаких", "никакого"],
            Denials = ["отказал*", "отказыва*", "отрица*", "опроверг*", "исключил*", "исключает", "исключают"],
            Bridges = ["был", "была", "было", "были", "будет", "будут", "стал", "стала", "стали", "станет", "станут", "собирается", "собираются",
                "планирует", "планируют", "намерен", "намерена", "намерены", "намерено", "ещё", "еще", "уже", "официально", "сразу", "их", "его", "её",
                "себя", "от", "должен", "должна", "должны", "может", "могут"],
            Exceptions = ["не только", "не более", "не менее", "не больше", "не меньше", "не далее", "не дальше"],
            Yet = ["ещё", "еще", "пока"],
            Conjunctions = ["и", "а", "но", "или", "однако", "тогда как", "хотя", "потому что", "после", "перед"],
        },
        NoMovementCues = ["остаются", "остается", "остаётся", "останутся", "останется", "оставались", "погиб*", "убит*", "ранен", "ранены", "раненых"],
        // "туда", "в этот регион": the latest place named before (a bare noun, "в регион", may open a new name).
        PlaceBackReferences = ["туда", "этот регион", "этот район", "город", "города", "городе", "городу", "городом", "этот город", "этого города",
            "регион", "региона", "регионе", "региону", "регионом", "страну", "страны", "стране", "страной", "оттуда"],
        // "Оттуда бойцов вывозят в Россию" (from there): the latest place named is where they start.
        OriginBackReferences = ["оттуда"],
        // "в город вошли подразделения", "из страны", "в регионе": the latest town, country or smaller place named before, when no name follows.
        TownBackReferences = ["город", "города", "городе", "городу", "городом", "этот город", "этого города"],
        CountryBackReferences = ["страну", "страны", "стране", "страной"],
        AreaBackReferences = ["этот регион", "этот район", "регион", "региона", "регионе", "региону", "регионом"],
        // "вернулись на родину", "в пункты постоянной дислокации": to the mover's own country.
        HomeReferences = ["на родину", "домой", "в пункты постоянной дислокации", "в места постоянной дислокации", "к местам постоянной дислокации"],
        PastDayMarkers = ["прошлый", "прошлую", "прошлое", "прошлой", "минувший", "минувшую", "минувшее", "минувшей"],
        NextDayMarkers = ["следующий", "следующую", "следующее", "ближайший", "ближайшую", "ближайшее", "предстоящий", "предстоящую"],
        Morphology = new WordForms
        {
            // Latin spellings for names the gazetteer holds only in Latin script: BGN/PCGN first, then the spellings of
            // English and French news and of names first written in Latin (w, j, h, ou).
            Romanization =
            [
                ("дж", ["dzh", "j"]), ("ия", ["iya", "ia"]), ("ий", ["iy", "i", "y"]), ("ье", ["ye", "ie", "e"]), ("ья", ["ya", "ia"]),
                ("ью", ["yu", "iu"]), ("а", ["a"]), ("б", ["b"]), ("в", ["v", "w"]), ("г", ["g", "h"]), ("д", ["d"]), ("е", ["e", "ye"]),
                ("ё", ["yo", "e", "o"]), ("ж", ["zh", "j", "z"]), ("з", ["z"]), ("и", ["i", "y"]), ("й", ["y", "i"]), ("к", ["k"]),
                ("л", ["l"]), ("м", ["m"]), ("н", ["n"]), ("о", ["o"]), ("п", ["p"]), ("р", ["r"]), ("с", ["s"]), ("т", ["t"]),
                ("у", ["u", "ou"]), ("ф", ["f"]), ("х", ["kh", "h"]), ("ц", ["ts", "tz"]), ("ч", ["ch"]), ("ш", ["sh"]), ("щ", ["shch", "sch"]),
                ("ъ", [""]), ("ы", ["y", "i"]), ("ь", [""]), ("э", ["e"]), ("ю", ["yu", "iu", "u"]), ("я", ["ya", "ia", "a"]),
            ],
            // Endings of the oblique cases back to the nominative. Nouns: masculine in a consonant
            // (Курска, Курску, Курском, Курске → Курск), feminine in -а/-я (Москвы, Москве, Москву, Москвой →
            // Москва; России, Россию, Россией → Россия), soft-sign nouns (Керчи → Керчь), -ий/-ай names
            // (Крыма; края, крае → край). Adjectives of two-word names (Курскую, Курской → Курская;
            // Краснодарском, Краснодарского → Краснодарский; Северной → Северная).
            Suffixes =
            [
                ("а", ["", "о"]), ("у", ["", "а"]), ("е", ["", "а", "о", "й", "ь"]), ("ом", [""]), ("ем", ["ь", "й", ""]),
                ("ы", ["а"]), ("и", ["а", "ь", "я"]), ("ой", ["а", "ая"]), ("ою", ["а"]), ("ю", ["я", "ь"]), ("ей", ["я", "ь"]), ("я", ["й", "ь"]),
                ("ии", ["ия"]), ("ию", ["ия"]), ("ией", ["ия"]), ("ью", ["ь"]),
                ("ую", ["ая"]), ("ая", ["ая"]), ("ого", ["ий", "ый", "ой"]), ("ому", ["ий", "ый", "ой"]), ("ом", ["ий", "ый"]), ("ым", ["ый"]), ("им", ["ий"]),
                ("ей", ["яя"]), ("юю", ["яя"]), ("ами", ["и", "ы"]), ("ах", ["и", "ы"]),
                // A region named after its centre with -щина/-чина is that centre's oblast (Курщина, Брянщину → Курская,
                // Брянская область; Белгородчины → Белгородская область).
                ("щина", ["ская область"]), ("щины", ["ская область"]), ("щину", ["ская область"]), ("щине", ["ская область"]),
                ("щиной", ["ская область"]), ("дчина", ["дская область"]), ("дчины", ["дская область"]), ("дчину", ["дская область"]),
                ("дчине", ["дская область"]), ("дчиной", ["дская область"]),
            ],
        },
    };
}
