using GeoMap.Core.Movements;

namespace GeoMap.Geoparsing.Languages.Ukrainian;

/// <summary>The Ukrainian words: function words, numbers, months, weekdays, the case endings of place names and the words of movements (verbs by aspect, prepositions with their cases, units, modes, sources).</summary>
public static class UkrainianRules
{
    /// <summary>The Ukrainian rule set.</summary>
    public static LanguageRules Rules { get; } = new()
    {
        Code = "uk",
        LowerCaseDemonyms = true,
        // Verbal nouns in -ння/-ття in every case ("відведення", "перекидання", "розгортанням") name a movement but tell no tense.
        NotTenseEndings = ["ння", "нню", "нням", "нні", "ття", "ттю", "ттям", "тті",
            // Past gerunds ("перетнувши кордон", "повернувшись до …") say what a force had done, not what the clause tells of it.
            "вши", "вшись"],
        Stopwords = ["і", "й", "та", "що", "це", "було", "були", "від", "із", "як", "який", "яка", "які", "якого", "також", "вже", "або", "але",
            "його", "її", "їх", "вони", "він", "вона", "щоб", "після", "під", "через", "для", "до", "на", "не", "у", "в", "з", "буде", "будуть",
            "має", "мають", "заявив", "повідомив", "словами", "тисяч", "року", "році", "тим", "крім", "куди", "звідки", "де"],
        // Nouns that open sentences or are capitalised in the names of forces ("Сили оборони", "Сили швидкого реагування").
        NotPlaceWords = ["сили", "силами", "силам", "сил", "дивізія", "бригада", "бійці", "термін", "хунта"],
        Abbreviations = ["р", "рр", "тис", "млн", "млрд", "вул", "обл", "ген", "див", "т", "ін", "км", "ст", "с", "смт", "січ", "лют", "бер",
            "квіт", "трав", "черв", "лип", "серп", "вер", "жовт", "лист", "груд"],
        NumberWords = new Dictionary<string, int>
        {
            ["один"] = 1, ["одна"] = 1, ["одне"] = 1, ["два"] = 2, ["дві"] = 2, ["двох"] = 2, ["три"] = 3, ["трьох"] = 3, ["чотири"] = 4,
            ["чотирьох"] = 4, ["п'ять"] = 5, ["п'яти"] = 5, ["шість"] = 6, ["шести"] = 6, ["сім"] = 7, ["семи"] = 7, ["вісім"] = 8,
            ["восьми"] = 8, ["дев'ять"] = 9, ["дев'яти"] = 9, ["десять"] = 10, ["десяти"] = 10, ["одинадцять"] = 11, ["дванадцять"] = 12,
            ["тринадцять"] = 13, ["чотирнадцять"] = 14, ["п'ятнадцять"] = 15, ["шістнадцять"] = 16, ["сімнадцять"] = 17,
            ["вісімнадцять"] = 18, ["дев'ятнадцять"] = 19, ["двадцять"] = 20, ["тридцять"] = 30, ["сорок"] = 40, ["п'ятдесят"] = 50,
            ["шістдесят"] = 60, ["сімдесят"] = 70, ["вісімдесят"] = 80, ["дев'яносто"] = 90,
            // The oblique cases after "близько", "понад", "до" ("близько п'ятдесяти", "понад двохсот"), and the hundreds, one word each.
            ["одинадцяти"] = 11, ["дванадцяти"] = 12, ["п'ятнадцяти"] = 15, ["двадцяти"] = 20, ["тридцяти"] = 30, ["сорока"] = 40, ["п'ятдесяти"] = 50,
            ["шістдесяти"] = 60, ["сімдесяти"] = 70, ["вісімдесяти"] = 80, ["дев'яноста"] = 90,
            ["двісті"] = 200, ["двохсот"] = 200, ["триста"] = 300, ["трьохсот"] = 300, ["чотириста"] = 400, ["чотирьохсот"] = 400,
            ["п'ятсот"] = 500, ["п'ятисот"] = 500, ["шістсот"] = 600, ["шестисот"] = 600, ["сімсот"] = 700, ["семисот"] = 700,
            ["вісімсот"] = 800, ["восьмисот"] = 800, ["дев'ятсот"] = 900, ["дев'ятисот"] = 900,
        },
        ScaleWords = new Dictionary<string, int>
        {
            ["сто"] = 100, ["тисяча"] = 1000, ["тисячі"] = 1000, ["тисяч"] = 1000, ["тисячу"] = 1000, ["тис"] = 1000,
            ["мільйон"] = 1_000_000, ["мільйона"] = 1_000_000, ["мільйони"] = 1_000_000, ["мільйонів"] = 1_000_000, ["млн"] = 1_000_000,
        },
        NumberJoiners = ["і", "й", "та"],
        Months = new Dictionary<string, int>
        {
            ["січень"] = 1, ["січня"] = 1, ["січні"] = 1, ["лютий"] = 2, ["лютого"] = 2, ["лютому"] = 2, ["березень"] = 3, ["березня"] = 3,
            ["березні"] = 3, ["квітень"] = 4, ["квітня"] = 4, ["квітні"] = 4, ["травень"] = 5, ["травня"] = 5, ["травні"] = 5,
            ["червень"] = 6, ["червня"] = 6, ["червні"] = 6, ["липень"] = 7, ["липня"] = 7, ["липні"] = 7, ["серпень"] = 8, ["серпня"] = 8,
            ["серпні"] = 8, ["вересень"] = 9, ["вересня"] = 9, ["вересні"] = 9, ["жовтень"] = 10, ["жовтня"] = 10, ["жовтні"] = 10,
            ["листопад"] = 11, ["листопада"] = 11, ["листопаді"] = 11, ["грудень"] = 12, ["грудня"] = 12, ["грудні"] = 12,
        },
        Weekdays = new Dictionary<string, DayOfWeek>
        {
            ["понеділок"] = DayOfWeek.Monday, ["понеділка"] = DayOfWeek.Monday, ["вівторок"] = DayOfWeek.Tuesday, ["вівторка"] = DayOfWeek.Tuesday,
            ["середа"] = DayOfWeek.Wednesday, ["середу"] = DayOfWeek.Wednesday, ["середи"] = DayOfWeek.Wednesday, ["четвер"] = DayOfWeek.Thursday,
            ["четверга"] = DayOfWeek.Thursday, ["п'ятниця"] = DayOfWeek.Friday, ["п'ятницю"] = DayOfWeek.Friday, ["п'ятниці"] = DayOfWeek.Friday,
            ["субота"] = DayOfWeek.Saturday, ["суботу"] = DayOfWeek.Saturday, ["суботи"] = DayOfWeek.Saturday, ["неділя"] = DayOfWeek.Sunday,
            ["неділю"] = DayOfWeek.Sunday, ["неділі"] = DayOfWeek.Sunday,
        },
        VagueQuantities = new Dictionary<string, (int?, int?)>
        {
            ["тисячі"] = (null, null), ["кілька тисяч"] = (null, null), ["кількох тисяч"] = (null, null), ["декілька тисяч"] = (null, null),
            ["десятки тисяч"] = (null, null), ["десятків тисяч"] = (null, null), ["сотні тисяч"] = (null, null), ["сотні"] = (null, null),
            ["сотень"] = (null, null), ["кілька сотень"] = (null, null), ["десятки"] = (null, null), ["десятків"] = (null, null),
            ["кілька десятків"] = (null, null), ["кількох десятків"] = (null, null),
        },
        UpperBoundCues = ["до", "не більше", "не більш як", "менше"],
        LowerBoundCues = ["понад", "більше", "більш як", "щонайменше", "не менше", "принаймні"],
        ApproximateCues = ["близько", "приблизно", "орієнтовно", "майже", "біля", "загалом"],
        RangeOpeners = ["з", "із", "від", "між"],
        RangeJoiners = ["по", "до", "і", "та", "-", "–"],
        NonCountUnits = ["відсот*", "%", "км", "кілометр*", "гривень", "долар*", "євро", "тонн*", "метр*"],
        RelativeDays = new Dictionary<string, int>
        {
            ["вчора"] = -1, ["учора"] = -1, ["позавчора"] = -2, ["сьогодні"] = 0, ["завтра"] = 1, ["напередодні"] = -1, ["минулої ночі"] = -1, ["цієї ночі"] = 0,
        },
        RelativeWeeks = new Dictionary<string, int>
        {
            ["минулого тижня"] = -1, ["цього тижня"] = 0, ["наступного тижня"] = 1,
        },
        // "за останні два тижні": the days up to the report's.
        PastSpans = new Dictionary<string, int>
        {
            ["за останню добу"] = 1, ["за минулу добу"] = 1, ["за останні два дні"] = 2, ["за останні три дні"] = 3, ["за останній тиждень"] = 7,
            ["за останні десять днів"] = 10, ["за останні два тижні"] = 14, ["протягом останніх двох тижнів"] = 14, ["за останні три тижні"] = 21,
        },
        // "Тоді ж …", "того ж дня": the day the report was last telling of.
        SameDayPhrases = ["тоді ж", "того ж дня", "того самого дня", "того ж вечора", "невдовзі після цього", "одразу після цього", "відразу після цього"],
        // "у вихідні", "на вихідних": the latest weekend; "минулого року" after a month gives its year.
        Weekends = new Dictionary<string, int>
        {
            ["вихідні"] = 0, ["у вихідні"] = 0, ["в вихідні"] = 0, ["на вихідних"] = 0, ["минулі вихідні"] = 0, ["у минулі вихідні"] = 0,
            ["наступні вихідні"] = 1, ["у наступні вихідні"] = 1,
        },
        RelativeYears = new Dictionary<string, int>
        {
            ["минулого року"] = -1, ["торік"] = -1, ["у минулому році"] = -1, ["цього року"] = 0, ["поточного року"] = 0, ["у цьому році"] = 0,
            ["наступного року"] = 1, ["у наступному році"] = 1,
        },
        RelativeMonths = new Dictionary<string, int>
        {
            ["минулого місяця"] = -1, ["цього місяця"] = 0, ["наступного місяця"] = 1,
        },
        MonthParts = new Dictionary<string, MonthPart>
        {
            ["на початку"] = MonthPart.Early, ["початку"] = MonthPart.Early, ["в середині"] = MonthPart.Mid, ["у середині"] = MonthPart.Mid,
            ["середині"] = MonthPart.Mid, ["наприкінці"] = MonthPart.Late, ["в кінці"] = MonthPart.Late, ["у кінці"] = MonthPart.Late, ["кінці"] = MonthPart.Late,
            // "до кінця серпня" (by the end of August): the month's last part, as "by the end of" is read.
            ["до кінця"] = MonthPart.Late,
        },
        TimeLeads = ["в", "у", "з", "із", "від", "до", "протягом", "починаючи з"],
        // "просунулися у напрямку Доброполля": a direction, not an arrival.
        TowardsPrepositions = ["в напрямку", "у напрямку", "в бік", "у бік"],
        PlacePrepositions = new Dictionary<string, PlaceRole>
        {
            ["з"] = PlaceRole.Origin, ["із"] = PlaceRole.Origin, ["зі"] = PlaceRole.Origin, ["від"] = PlaceRole.Origin, ["з боку"] = PlaceRole.Origin, ["з-під"] = PlaceRole.Origin, ["із-під"] = PlaceRole.Origin,
            // Where a force is stationed is where a movement of it starts ("бригада, дислокована в Житомирі, вирушила до …"): the
            // participle, which says where the force was. Not "розміщені", which is also the future "будуть розміщені в …", nor the
            // present "базуються в …", which after a movement says where it ended ("пройшли протокою і тепер базуються в …").
            ["дислокован* в"] = PlaceRole.Origin, ["дислокован* у"] = PlaceRole.Origin, ["дислокован* на"] = PlaceRole.Origin,
            ["через"] = PlaceRole.Via, ["транзитом через"] = PlaceRole.Via, ["територією"] = PlaceRole.Via,
            ["в"] = PlaceRole.Destination, ["у"] = PlaceRole.Destination, ["на"] = PlaceRole.Destination, ["до"] = PlaceRole.Destination,
            ["в напрямку"] = PlaceRole.Destination, ["у напрямку"] = PlaceRole.Destination, ["в бік"] = PlaceRole.Destination, ["у бік"] = PlaceRole.Destination,
            ["під"] = PlaceRole.Near, ["біля"] = PlaceRole.Near, ["поблизу"] = PlaceRole.Near, ["неподалік"] = PlaceRole.Near, ["неподалік від"] = PlaceRole.Near,
            ["поруч із"] = PlaceRole.Near, ["в районі"] = PlaceRole.Near, ["у районі"] = PlaceRole.Near, ["на кордоні з"] = PlaceRole.Near,
            ["північніше"] = PlaceRole.Near, ["південніше"] = PlaceRole.Near, ["східніше"] = PlaceRole.Near, ["західніше"] = PlaceRole.Near,
        },
        // "в/у/на" + accusative ("у Київ", "в Україну", "на Донбас") is motion towards, + locative ("у Києві", "в Україні", "на
        // Донбасі", "в Росії") is being there; "з/із/зі" + genitive is motion from, + instrumental ("з Білоруссю", "з Росією") is
        // "with" (a border with), never an origin.
        PlaceRoleMarkers =
        [
            new("і", PlaceRole.Destination, "в", Locative: true), new("ї", PlaceRole.Destination, "в", Locative: true),
            new("і", PlaceRole.Destination, "у", Locative: true), new("ї", PlaceRole.Destination, "у", Locative: true),
            new("і", PlaceRole.Destination, "на", Locative: true), new("ї", PlaceRole.Destination, "на", Locative: true),
            new("ою", PlaceRole.Near, "з"), new("єю", PlaceRole.Near, "з"), new("ею", PlaceRole.Near, "з"), new("ом", PlaceRole.Near, "з"),
            new("ссю", PlaceRole.Near, "з"), new("ою", PlaceRole.Near, "із"), new("єю", PlaceRole.Near, "із"), new("ом", PlaceRole.Near, "із"),
            new("ою", PlaceRole.Near, "зі"), new("єю", PlaceRole.Near, "зі"), new("ом", PlaceRole.Near, "зі"),
            // "під" + accusative is motion to the outskirts ("перекинули під Суджу", "під Куп'янськ"), + instrumental is being there
            // ("під Суджею", "під Курськом"). The instrumental always ends in -м or -ю after a vowel (longer endings are tried first);
            // a final consonant, -й, -ь or the feminine -у/-ю is the accusative; a vowel ending (a neuter or an indeclinable name,
            // "під Бамако") tells neither, and "під" keeps its meaning "near".
            new("б", PlaceRole.Destination, "під"), new("в", PlaceRole.Destination, "під"), new("г", PlaceRole.Destination, "під"),
            new("д", PlaceRole.Destination, "під"), new("ж", PlaceRole.Destination, "під"), new("з", PlaceRole.Destination, "під"),
            new("к", PlaceRole.Destination, "під"), new("л", PlaceRole.Destination, "під"), new("м", PlaceRole.Destination, "під"),
            new("н", PlaceRole.Destination, "під"), new("п", PlaceRole.Destination, "під"), new("р", PlaceRole.Destination, "під"),
            new("с", PlaceRole.Destination, "під"), new("т", PlaceRole.Destination, "під"), new("ф", PlaceRole.Destination, "під"),
            new("х", PlaceRole.Destination, "під"), new("ц", PlaceRole.Destination, "під"), new("ч", PlaceRole.Destination, "під"),
            new("ш", PlaceRole.Destination, "під"), new("щ", PlaceRole.Destination, "під"), new("й", PlaceRole.Destination, "під"),
            new("ь", PlaceRole.Destination, "під"), new("у", PlaceRole.Destination, "під"), new("ю", PlaceRole.Destination, "під"),
            new("ом", PlaceRole.Near, "під"), new("ем", PlaceRole.Near, "під"), new("єм", PlaceRole.Near, "під"), new("ою", PlaceRole.Near, "під"),
            new("ею", PlaceRole.Near, "під"), new("єю", PlaceRole.Near, "під"), new("ям", PlaceRole.Near, "під"), new("ами", PlaceRole.Near, "під"),
            new("ями", PlaceRole.Near, "під"), new("им", PlaceRole.Near, "під"), new("ім", PlaceRole.Near, "під"),
        ],
        PlaceHeads = [
            // The service's adjective before the base: "з військово-морської бази Карлскруна", "на військово-повітряну базу …".
            "військово-морськ* баз*", "військово-повітрян* баз*", "позиції", "позицій", "позиціях", "позиція", "позицію", "порт", "порту", "портом", "баз*", "авіабаз*", "військову базу", "військової бази", "аеродром*", "аеропорт*", "полігон*", "табір", "табору",
            "таборі", "місто", "міста", "місті", "селище", "селища", "селищі", "село", "села", "селі", "район", "району", "регіон", "регіону", "регіоні",
            "територію", "території", "гарнізон*", "пункт*",
            // Nouns of an administrative unit or an island group written before its name ("у штат Зулія", "до провінції Південне
            // Ківу", "до островів Мацзу"), and the headquarters a force leaves ("залишив штаб дивізії в …").
            "штат", "штату", "штаті", "провінцію", "провінції", "провінція", "острів", "острова", "острові", "островів", "островам", "архіпелаг",
            "архіпелагу", "штаб", "штабу", "штабі",
            // A part of a country by its side ("на південь Лівану", "на півдні Лівану"): the preposition before it governs the place.
            "південь", "півдні", "північ", "півночі", "схід", "сході", "захід", "заході"],
        // An object pronoun opening an impersonal plural ("Їх перекинули …", they were moved) is the force named before.
        AnaphoricSubjects = ["вони", "їх", "їм", "ці військові", "ці війська", "ці підрозділи", "ці бійці", "військовослужбовці", "колона", "контингент", "підрозділи"],
        IntelligenceWords = ["розвідка", "розвідки", "розвідці", "розвідувальна служба", "спецслужби", "спецслужба"],
        ReactionCues = ["посол", "посла", "послом", "посольств*", "візит*", "відвідав*", "засудил*", "засудив", "протест*", "санкці*", "стурбован*"],
        FrontNouns = ["фронт", "фронту", "фронті", "напрямок", "напрямку"],
        SourceOpeners = ["за даними", "за словами", "за інформацією", "як повідомляє", "як повідомив*", "згідно з", "за оцінкою", "за оцінками", "з посиланням на", "як стверджують", "як стверджує",
            "як пише", "як пишуть", "як заявив*", "як заявили"],
        ReportingVerbs = ["заявив", "заявила", "заявили", "повідомив", "повідомила", "повідомили", "повідомляє", "повідомляють", "зазначив*", "зазначила",
            "підтвердив*", "підтвердила", "стверджує", "стверджують", "пише", "пишуть", "вважають", "вважає", "оцінює", "оцінюють", "розповів", "розповіла", "додав", "додала"],
        // Status from aspect and tense: a future or an intention is planned ("будуть перекинуті", "планує перекинути",
        // "перекинуть"), the imperfective present is under way ("перекидає", "рухаються"), the perfective past and the past
        // passive participle are done ("перекинули", "перекинуто"). The first cue of the sentence wins.
        // "Контингент налічує близько 230 військових": how many the force numbers ("становить" is left out: losses and distances
        // "amount to" a number too).
        CountVerbs = ["налічує", "налічують", "налічувал*", "налічуватиме"],
        // "почала перекидати", "розпочали відведення": a movement said to have begun is under way.
        Inchoatives = ["почав", "почала", "почали", "почало", "розпочав", "розпочала", "розпочали", "розпочало", "починає", "починають"],
        StatusCues = new Dictionary<string, MovementStatus>
        {
            // Setting out ("рушили на схід", "попрямувала до …"): the force left, it has not arrived.
            ["рушил*"] = MovementStatus.UnderWay, ["рушив"] = MovementStatus.UnderWay, ["попрямува*"] = MovementStatus.UnderWay,
            ["буде"] = MovementStatus.Planned, ["будуть"] = MovementStatus.Planned, ["плану*"] = MovementStatus.Planned, ["плани"] = MovementStatus.Planned,
            ["має намір"] = MovementStatus.Planned, ["мають намір"] = MovementStatus.Planned, ["намір*"] = MovementStatus.Planned, ["пообіця*"] = MovementStatus.Planned, ["обіця*"] = MovementStatus.Planned, ["збира*"] = MovementStatus.Planned,
            ["готу*"] = MovementStatus.Planned, ["можуть"] = MovementStatus.Planned, ["може"] = MovementStatus.Planned, ["повинн*"] = MovementStatus.Planned,
            ["мають прибути"] = MovementStatus.Planned, ["має прибути"] = MovementStatus.Planned, ["вирішил*"] = MovementStatus.Planned, ["вирішив"] = MovementStatus.Planned,
            ["рішення"] = MovementStatus.Planned, ["перекинуть"] = MovementStatus.Planned, ["перекине"] = MovementStatus.Planned, ["направить"] = MovementStatus.Planned,
            ["направлять"] = MovementStatus.Planned, ["відправить"] = MovementStatus.Planned, ["відправлять"] = MovementStatus.Planned, ["розгорне"] = MovementStatus.Planned,
            ["розгорнуть"] = MovementStatus.Planned, ["розмістить"] = MovementStatus.Planned, ["розмістять"] = MovementStatus.Planned, ["виведе"] = MovementStatus.Planned,
            ["виведуть"] = MovementStatus.Planned, ["відведе"] = MovementStatus.Planned, ["відведуть"] = MovementStatus.Planned, ["прибуде"] = MovementStatus.Planned,
            ["прибудуть"] = MovementStatus.Planned, ["повернуть"] = MovementStatus.Planned, ["повернеться"] = MovementStatus.Planned,
            ["перекида*"] = MovementStatus.UnderWay, ["прямує"] = MovementStatus.UnderWay, ["прямують"] = MovementStatus.UnderWay, ["рухаєт*"] = MovementStatus.UnderWay,
            ["рухают*"] = MovementStatus.UnderWay, ["стягує"] = MovementStatus.UnderWay, ["стягують"] = MovementStatus.UnderWay, ["просуває*"] = MovementStatus.UnderWay,
            ["просувают*"] = MovementStatus.UnderWay, ["наступає"] = MovementStatus.UnderWay, ["наступають"] = MovementStatus.UnderWay, ["виводить"] = MovementStatus.UnderWay,
            ["виводять"] = MovementStatus.UnderWay, ["відводить"] = MovementStatus.UnderWay, ["відводять"] = MovementStatus.UnderWay, ["прибувають"] = MovementStatus.UnderWay,
            ["триває"] = MovementStatus.UnderWay, ["тривають"] = MovementStatus.UnderWay, ["продовжу*"] = MovementStatus.UnderWay, ["нарощу*"] = MovementStatus.UnderWay,
            ["в дорозі"] = MovementStatus.UnderWay,
            // The imperfective present of "to send" ("Пентагон направляє на Близький Схід …"): being sent.
            ["направляє"] = MovementStatus.UnderWay, ["направляють"] = MovementStatus.UnderWay, ["відправляє"] = MovementStatus.UnderWay,
            ["відправляють"] = MovementStatus.UnderWay,
            // An order to send ("наказав направити", "розпорядився перекинути") is a movement to come.
            ["наказав"] = MovementStatus.Planned, ["наказала"] = MovementStatus.Planned, ["наказало"] = MovementStatus.Planned, ["наказали"] = MovementStatus.Planned,
            ["розпорядив*"] = MovementStatus.Planned, ["розпорядил*"] = MovementStatus.Planned, ["доручив"] = MovementStatus.Planned, ["доручила"] = MovementStatus.Planned,
            // "підтягує резерви під Куп'янськ" (pulls reserves up to): the imperfective present is under way, the perfective past done.
            ["підтягує"] = MovementStatus.UnderWay, ["підтягують"] = MovementStatus.UnderWay, ["підтягнул*"] = MovementStatus.Completed, ["підтягнув"] = MovementStatus.Completed,
            ["перекинул*"] = MovementStatus.Completed, ["перекинув"] = MovementStatus.Completed, ["перекинут*"] = MovementStatus.Completed, ["направил*"] = MovementStatus.Completed,
            ["направив"] = MovementStatus.Completed, ["направлен*"] = MovementStatus.Completed, ["відправил*"] = MovementStatus.Completed, ["відправив"] = MovementStatus.Completed,
            ["відправлен*"] = MovementStatus.Completed, ["прибул*"] = MovementStatus.Completed, ["прибув"] = MovementStatus.Completed, ["вивел*"] = MovementStatus.Completed,
            ["вивів"] = MovementStatus.Completed, ["виведен*"] = MovementStatus.Completed, ["відвел*"] = MovementStatus.Completed, ["відвів"] = MovementStatus.Completed,
            ["відведен*"] = MovementStatus.Completed, ["відійшл*"] = MovementStatus.Completed, ["відійшов"] = MovementStatus.Completed, ["покинул*"] = MovementStatus.Completed,
            ["покинув"] = MovementStatus.Completed, ["залишил*"] = MovementStatus.Completed, ["розгорнул*"] = MovementStatus.Completed, ["розгорнув"] = MovementStatus.Completed,
            ["розгорнут*"] = MovementStatus.Completed, ["розмістил*"] = MovementStatus.Completed, ["розмістив"] = MovementStatus.Completed, ["доставил*"] = MovementStatus.Completed,
            ["доставив"] = MovementStatus.Completed, ["доставлен*"] = MovementStatus.Completed, ["передислокувал*"] = MovementStatus.Completed,
            ["передислокован*"] = MovementStatus.Completed, ["перевели"] = MovementStatus.Completed, ["перевів"] = MovementStatus.Completed,
            ["перевела"] = MovementStatus.Completed, ["переведен*"] = MovementStatus.Completed, ["переведуть"] = MovementStatus.Planned, ["перевезл*"] = MovementStatus.Completed, ["перевіз"] = MovementStatus.Completed, ["перевезен*"] = MovementStatus.Completed,
            ["перемістил*"] = MovementStatus.Completed, ["перемістив"] = MovementStatus.Completed, ["переміщен*"] = MovementStatus.Completed, ["увійшл*"] = MovementStatus.Completed,
            ["увійшов"] = MovementStatus.Completed, ["перетнул*"] = MovementStatus.Completed, ["перетнув"] = MovementStatus.Completed, ["стягнул*"] = MovementStatus.Completed,
            ["висадил*"] = MovementStatus.Completed, ["повернул*"] = MovementStatus.Completed, ["просунул*"] = MovementStatus.Completed, ["пройшл*"] = MovementStatus.Completed,
            ["перейшл*"] = MovementStatus.Completed, ["ввел*"] = MovementStatus.Completed, ["ввів"] = MovementStatus.Completed, ["введен*"] = MovementStatus.Completed,
            ["дістал*"] = MovementStatus.Completed, ["вилетіл*"] = MovementStatus.Completed, ["вилетів"] = MovementStatus.Completed,
            ["дістану*"] = MovementStatus.Planned, ["вилетять"] = MovementStatus.Planned, ["вилетить"] = MovementStatus.Planned, ["вилітают*"] = MovementStatus.UnderWay,
            ["евакуювал*"] = MovementStatus.Completed, ["вирушил*"] = MovementStatus.Completed, ["вирушив"] = MovementStatus.Completed,
        },
        // Verbs and nouns of movement, every aspect, tense, participle and reflexive form by their common stem.
        MovementVerbs = new Dictionary<string, MovementKind>
        {
            ["підтяг*"] = MovementKind.Deployment, ["рушил*"] = MovementKind.Transit, ["рушив"] = MovementKind.Transit, ["попрямува*"] = MovementKind.Transit,
            ["перекину*"] = MovementKind.Deployment, ["перекида*"] = MovementKind.Deployment, ["перекинув"] = MovementKind.Deployment, ["направ*"] = MovementKind.Deployment,
            ["відправ*"] = MovementKind.Deployment, ["розгорну*"] = MovementKind.Deployment, ["розгорне"] = MovementKind.Deployment, ["розгорта*"] = MovementKind.Deployment,
            ["розмісти*"] = MovementKind.Deployment, ["розміщенн*"] = MovementKind.Deployment, ["перемісти*"] = MovementKind.Deployment, ["переміщ*"] = MovementKind.Deployment,
            ["передислок*"] = MovementKind.Deployment, ["перевели"] = MovementKind.Deployment, ["перевів"] = MovementKind.Deployment,
            ["перевела"] = MovementKind.Deployment, ["переведен*"] = MovementKind.Deployment, ["переведуть"] = MovementKind.Deployment, ["достав*"] = MovementKind.Deployment, ["перевез*"] = MovementKind.Deployment, ["перевіз"] = MovementKind.Deployment,
            ["перевоз*"] = MovementKind.Deployment, ["прибу*"] = MovementKind.Deployment, ["прилеті*"] = MovementKind.Deployment, ["прилетять"] = MovementKind.Deployment, ["прилетить"] = MovementKind.Deployment, ["прибув"] = MovementKind.Deployment, ["стягу*"] = MovementKind.Deployment,
            ["стягну*"] = MovementKind.Deployment, ["ввел*"] = MovementKind.Deployment, ["ввів"] = MovementKind.Deployment, ["введен*"] = MovementKind.Deployment,
            ["введенн*"] = MovementKind.Deployment, ["висади*"] = MovementKind.Deployment, ["висадк*"] = MovementKind.Deployment, ["нарощу*"] = MovementKind.Deployment,
            ["ротаці*"] = MovementKind.Deployment, ["підкріпленн*"] = MovementKind.Deployment,
            ["відве*"] = MovementKind.Withdrawal, ["відвів"] = MovementKind.Withdrawal, ["відвод*"] = MovementKind.Withdrawal, ["виве*"] = MovementKind.Withdrawal,
            ["вивів"] = MovementKind.Withdrawal, ["вивод*"] = MovementKind.Withdrawal, ["відійш*"] = MovementKind.Withdrawal, ["відійти"] = MovementKind.Withdrawal,
            ["відхо*"] = MovementKind.Withdrawal, ["відступ*"] = MovementKind.Withdrawal, ["покину*"] = MovementKind.Withdrawal, ["покида*"] = MovementKind.Withdrawal,
            ["залишили"] = MovementKind.Withdrawal, ["залишив"] = MovementKind.Withdrawal, ["залишила"] = MovementKind.Withdrawal, ["повернул*"] = MovementKind.Withdrawal,
            ["повернут*"] = MovementKind.Withdrawal, ["поверта*"] = MovementKind.Withdrawal,
            ["просува*"] = MovementKind.Advance, ["просуну*"] = MovementKind.Advance, ["наступають"] = MovementKind.Advance, ["наступає"] = MovementKind.Advance,
            ["наступ"] = MovementKind.Advance, ["наступу"] = MovementKind.Advance, ["наступом"] = MovementKind.Advance, ["увійш*"] = MovementKind.Advance,
            ["зайшл*"] = MovementKind.Advance, ["вторгл*"] = MovementKind.Advance, ["вторгненн*"] = MovementKind.Advance, ["прорва*"] = MovementKind.Advance,
            ["висуну*"] = MovementKind.Advance, ["висува*"] = MovementKind.Advance,
            ["перетну*"] = MovementKind.Transit, ["перетнув"] = MovementKind.Transit, ["перетина*"] = MovementKind.Transit, ["пройшл*"] = MovementKind.Transit,
            ["проходять"] = MovementKind.Transit, ["перейшл*"] = MovementKind.Transit, ["переправ*"] = MovementKind.Transit, ["рухаю*"] = MovementKind.Transit,
            ["рухаєт*"] = MovementKind.Transit, ["рухалис*"] = MovementKind.Transit, ["прямую*"] = MovementKind.Transit, ["прямує"] = MovementKind.Transit,
            ["прямува*"] = MovementKind.Transit, ["йшли"] = MovementKind.Transit, ["вируши*"] = MovementKind.Transit,
            // Reaching a place ("дісталися до", "дістануться до") and flying out ("вилетіли з", "вилетять до").
            ["дістал*"] = MovementKind.Deployment, ["дістану*"] = MovementKind.Deployment, ["вилеті*"] = MovementKind.Transit,
            ["вилітают*"] = MovementKind.Transit, ["вилетять"] = MovementKind.Transit, ["вилетить"] = MovementKind.Transit,
        },
        Units = new Dictionary<string, (string, int)>
        {
            ["бригад*"] = ("brigade", 2), ["батальйон*"] = ("battalion", 2), ["полк*"] = ("regiment", 2), ["дивізі*"] = ("division", 2), ["армії"] = ("army", 2),
            ["армію"] = ("army", 2), ["армія"] = ("army", 2), ["військовослужбовц*"] = ("soldiers", 1), ["офіцер*"] = ("officers", 1), ["військових"] = ("soldiers", 1), ["військові"] = ("soldiers", 1),
            ["солдат*"] = ("soldiers", 1), ["військ"] = ("troops", 1), ["війська"] = ("troops", 1), ["військами"] = ("troops", 1), ["осіб"] = ("men", 0),
            ["людей"] = ("men", 0), ["сили"] = ("forces", 0), ["сил"] = ("forces", 0), ["підрозділ*"] = ("units", 0), ["контингент*"] = ("contingent", 1),
            ["морпіх*"] = ("marines", 3), ["морської піхоти"] = ("marines", 3), ["десантник*"] = ("paratroopers", 3), ["найманц*"] = ("mercenaries", 2),
            ["бійц*"] = ("fighters", 1), ["бійців"] = ("fighters", 1), ["бойовик*"] = ("fighters", 1), ["спецназ*"] = ("special forces", 3),
            ["сил спеціальних операцій"] = ("special forces", 3), ["резервіст*"] = ("reservists", 2), ["мобілізован*"] = ("conscripts", 2),
            ["інструктор*"] = ("instructors", 2), ["радник*"] = ("advisers", 1), ["миротвор*"] = ("peacekeepers", 2), ["танки"] = ("tanks", 2),
            ["танків"] = ("tanks", 2), ["техніки"] = ("vehicles", 0), ["техніку"] = ("vehicles", 0), ["технікою"] = ("vehicles", 0), ["бойові машини"] = ("armoured vehicles", 1), ["бойових машин"] = ("armoured vehicles", 1), ["піхот*"] = ("infantry", 1), ["бронетехні*"] = ("armoured vehicles", 1), ["бронемашин*"] = ("armoured vehicles", 1), ["вагнерівц*"] = ("mercenaries", 2), ["кораблі"] = ("warships", 1),
            ["кораблів"] = ("warships", 1), ["фрегат*"] = ("warships", 1), ["есмін*"] = ("warships", 1), ["авіанос*"] = ("warships", 1), ["літак*"] = ("aircraft", 1),
            ["винищувач*"] = ("fighter jets", 1), ["бомбардувальник*"] = ("bombers", 1), ["гелікоптер*"] = ("helicopters", 1), ["вертольот*"] = ("helicopters", 1),
            ["угруповання"] = ("forces", 0), ["підкріплення"] = ("reinforcements", 0), ["поповнення"] = ("reinforcements", 0), ["резерви"] = ("reserves", 0), ["резервів"] = ("reserves", 0), ["особового складу"] = ("personnel", 0), ["особовий склад"] = ("personnel", 0), ["персонал"] = ("personnel", 0), ["персоналу"] = ("personnel", 0), ["персоналом"] = ("personnel", 0), ["штурмов*"] = ("assault groups", 2),
        },
        Modes = new Dictionary<string, TransportMode>
        {
            ["ешелон*"] = TransportMode.Rail, ["залізниц*"] = TransportMode.Rail, ["залізничн*"] = TransportMode.Rail, ["потяг*"] = TransportMode.Rail,
            ["поїзд*"] = TransportMode.Rail, ["літак*"] = TransportMode.Air, ["повітрям"] = TransportMode.Air, ["повітряним шляхом"] = TransportMode.Air,
            ["військово-транспортн*"] = TransportMode.Air, ["авіарейс*"] = TransportMode.Air, ["морем"] = TransportMode.Sea, ["кораб*"] = TransportMode.Sea, ["авіанос*"] = TransportMode.Sea,
            ["судн*"] = TransportMode.Sea, ["пором*"] = TransportMode.Sea, ["колон*"] = TransportMode.Road, ["автоколон*"] = TransportMode.Road,
            ["вантажівк*"] = TransportMode.Road, ["автомобільн*"] = TransportMode.Road, ["своїм ходом"] = TransportMode.Road, ["пішки"] = TransportMode.Foot,
            // Verbs of flying tell the way on their own ("прилетіли до Риги", "вилетіли зі Стокгольма"); boats go by water.
            ["прилеті*"] = TransportMode.Air, ["прилетить"] = TransportMode.Air, ["прилетять"] = TransportMode.Air, ["вилеті*"] = TransportMode.Air,
            ["вилетять"] = TransportMode.Air, ["вилетить"] = TransportMode.Air, ["вилітают*"] = TransportMode.Air, ["переліт*"] = TransportMode.Air,
            ["човн*"] = TransportMode.Sea, ["катер*"] = TransportMode.Sea,
        },
        Demonyms = new Dictionary<string, string>
        {
            // Adjectives of every gender, case and number by their stem ("російські", "російських", "російським").
            ["російськ*"] = "RU", ["північнокорейськ*"] = "KP", ["південнокорейськ*"] = "KR", ["українськ*"] = "UA", ["білоруськ*"] = "BY",
            ["американськ*"] = "US", ["французьк*"] = "FR", ["німецьк*"] = "DE", ["британськ*"] = "GB", ["польськ*"] = "PL", ["китайськ*"] = "CN",
            ["іранськ*"] = "IR", ["сирійськ*"] = "SY", ["турецьк*"] = "TR", ["ізраїльськ*"] = "IL", ["ліванськ*"] = "LB", ["суданськ*"] = "SD",
            ["литовськ*"] = "LT", ["фінськ*"] = "FI", ["японськ*"] = "JP", ["тайванськ*"] = "TW", ["вірменськ*"] = "AM", ["азербайджанськ*"] = "AZ",
            ["грузинськ*"] = "GE", ["іракськ*"] = "IQ", ["єменськ*"] = "YE", ["лівійськ*"] = "LY", ["малійськ*"] = "ML", ["казахстанськ*"] = "KZ",
            ["молдовськ*"] = "MD", ["шведськ*"] = "SE", ["венесуельськ*"] = "VE", ["латвійськ*"] = "LV", ["естонськ*"] = "EE", ["румунськ*"] = "RO",
            ["італійськ*"] = "IT", ["іспанськ*"] = "ES", ["канадськ*"] = "CA", ["нідерландськ*"] = "NL", ["норвезьк*"] = "NO", ["єгипетськ*"] = "EG", ["руандійськ*"] = "RW", ["бурундійськ*"] = "BI", ["конголезьк*"] = "CD", ["бразильськ*"] = "BR",
        },
        // Ukrainian official and press reports call Russia's forces "the enemy" and "the occupiers" and never anyone else's
        // (the General Staff's "противник підтягує резерви", "окупанти перекинули", "ворожі підрозділи").
        SideNouns = new Dictionary<string, string> { ["противник*"] = "RU", ["ворог*"] = "RU", ["окупант*"] = "RU", ["рашист*"] = "RU" },
        SideAdjectives = new Dictionary<string, string> { ["ворож*"] = "RU", ["окупаційн*"] = "RU" },
        NameNouns = ["воєводство", "воєводства", "воєводстві", "провінція", "провінції", "провінцію", "штат", "штату", "штаті", "округ", "округу",
            "окрузі", "острів", "острова", "острові", "півострів", "півострова", "півострові", "область", "області", "областю", "край", "краю", "краї", "район", "району", "районі", "республіка", "республіки",
            "республіці", "море", "моря", "морі", "морем", "протока", "протоки", "протоці", "протокою", "протоку", "затока", "затоки", "затоці", "затокою",
            "затоку", "озеро", "озера", "озері", "озером", "океан", "океану", "океані", "океаном", "міст", "мосту", "мостом", "мості"],
        // A contrastive conjunction after a comma opens a clause with its own subject and verb ("…, а російські підрозділи
        // відійшли …"); a relative pronoun after a comma opens a clause about the noun before it ("до Курської області, де
        // тривають бої", "до Гюмрі, куди …", "2000 військових, які прибули …"). Ukrainian always writes the comma before them.
        RemainderOpeners = [", решта", ", а решта", ", інші", ", а інші"],
        RelativeOpeners = [", де", ", куди", ", звідки", ", чиї", ", чий", ", чия", ", чиє"],
        // Staying and losses: "залишаються в Сирії", "загинули", "поранені" state no movement.
        // "не були перекинуті", "не направить", "жодного військового", "відмовилася направити": see NegationWords.
        Negation = new()
        {
            // "Ми не бачимо потреби перекидати сили на …" (we see no need to move forces to …): no movement is intended.
            Before = ["не", "ніколи не", "не бачимо потреби", "не бачить потреби", "не бачать потреби", "немає потреби", "немає необхідності",
                "не бачимо необхідності", "не бачить необхідності", "не бачать необхідності"],
            Determiners = ["жоден", "жодна", "жодне", "жодні", "жодного", "жодної", "жодних", "ніякі", "ніяких"],
            Denials = ["відмовил*", "відмовля*", "заперечу*", "заперечив*", "заперечил*", "спростува*", "спростову*", "виключи*"],
            Bridges = ["був", "була", "було", "були", "буде", "будуть", "стане", "стануть", "збирається", "збираються", "планує", "планують", "має",
                "мають", "має намір", "мають намір", "ще", "вже", "офіційно", "одразу", "їх", "його", "її", "себе", "від", "повинен", "повинна",
                "повинні", "може", "можуть"],
            Exceptions = ["не лише", "не тільки", "не більше", "не більш", "не менше", "не далі"],
            Yet = ["ще", "поки"],
            Conjunctions = ["і", "й", "та", "а", "але", "або", "однак", "тоді як", "хоча", "тому що", "після", "перед"],
        },
        NoMovementCues = ["залишаються", "залишається", "залишатимуться", "залишиться", "залишаться", "лишаються", "загину*", "загинув", "загиблих", "вбит*", "убит*", "поранен*"],
        // "туди", "до цього регіону": the latest place named before.
        PlaceBackReferences = ["туди", "цей регіон", "цього регіону", "цей район", "місто", "міста", "місті", "місту", "містом", "це місто", "цього міста",
            "регіон", "регіону", "регіоні", "регіоном", "країну", "країни", "країні", "країною", "звідти", "звідтіля"],
        // "вивели звідти свій персонал" (from there): the latest place named is where they start.
        OriginBackReferences = ["звідти", "звідтіля"],
        // "до міста", "з країни", "у регіоні": the latest town, country or smaller place named before, when no name follows.
        TownBackReferences = ["місто", "міста", "місті", "місту", "містом", "це місто", "цього міста"],
        CountryBackReferences = ["країну", "країни", "країні", "країною"],
        AreaBackReferences = ["цей регіон", "цього регіону", "цей район", "регіон", "регіону", "регіоні", "регіоном"],
        // "повернуться на батьківщину", "до місць постійної дислокації": to the mover's own country.
        HomeReferences = ["на батьківщину", "додому", "до місць постійної дислокації", "у місця постійної дислокації", "в місця постійної дислокації"],
        PastDayMarkers = ["минулий", "минулу", "минуле", "минулого", "минулої", "останній", "останню"],
        NextDayMarkers = ["наступний", "наступну", "наступне", "наступного", "наступної", "найближчий", "найближчу", "прийдешній"],
        Morphology = new WordForms
        {
            // Latin spellings for names the gazetteer holds only in Latin script: the Ukrainian national system (2010, as
            // BGN/PCGN) first, then the spellings of English and French news and of names first written in Latin (w, j, g).
            Romanization =
            [
                ("дж", ["dzh", "j"]), ("ія", ["iya", "ia"]), ("ій", ["iy", "i", "y"]), ("ьо", ["o", "io"]), ("а", ["a"]), ("б", ["b"]),
                ("в", ["v", "w"]), ("г", ["h", "g"]), ("ґ", ["g"]), ("д", ["d"]), ("е", ["e"]), ("є", ["ye", "ie", "e"]), ("ж", ["zh", "j", "z"]),
                ("з", ["z"]), ("и", ["y", "i"]), ("і", ["i"]), ("ї", ["yi", "i"]), ("й", ["y", "i"]), ("к", ["k"]), ("л", ["l"]),
                ("м", ["m"]), ("н", ["n"]), ("о", ["o"]), ("п", ["p"]), ("р", ["r"]), ("с", ["s"]), ("т", ["t"]), ("у", ["u", "ou"]),
                ("ф", ["f"]), ("х", ["kh", "h"]), ("ц", ["ts", "tz"]), ("ч", ["ch"]), ("ш", ["sh"]), ("щ", ["shch", "sch"]), ("ь", [""]),
                ("ю", ["yu", "iu", "u"]), ("я", ["ya", "ia", "a"]), ("'", [""]), ("’", [""]),
            ],
            // Two letters may stay before an alternating ending: Києва → Київ.
            MinimumStem = 2,
            // Oblique cases back to the nominative, with the і/о/е alternation of closed syllables
            // (Харкова, Харкові, Харковом → Харків; Києва, Києві → Київ; Львова → Львів). Feminine -а/-я
            // (України, Україні, Україну, Україною → Україна; Росії, Росію, Росією → Росія), masculine in a
            // consonant (Покровська, Покровську, Покровськом → Покровськ), adjectives of two-word names
            // (Запорізької, Запорізьку, Запорізькій → Запорізька; Північного → Північний), neuter names in -е
            // (моря, морі → море; Гуляйполя → Гуляйполе; Червоному, Чорного → Червоне, Чорне).
            Suffixes =
            [
                ("а", ["", "о"]), ("у", ["", "а"]), ("і", ["", "а", "е", "ь", "о"]), ("ом", [""]), ("ем", ["ь", "й", ""]), ("ю", ["я", "ь", "й"]),
                ("и", ["а"]), ("ою", ["а"]), ("ї", ["я", "й"]), ("єю", ["я"]), ("ею", ["я"]),
                ("ова", ["ів"]), ("ові", ["ів"]), ("овом", ["ів"]), ("ову", ["ів"]), ("єва", ["їв"]), ("єві", ["їв"]), ("євом", ["їв"]),
                ("ії", ["ія"]), ("ію", ["ія"]), ("ією", ["ія"]),
                // The same alternation before -л (Оскола, Осколом → Оскіл) and in neuter -ілля (Доброполля, Доброполлі → Добропілля).
                ("ола", ["іл"]), ("олу", ["іл"]), ("олом", ["іл"]), ("олі", ["іл"]), ("олля", ["ілля"]), ("оллі", ["ілля"]), ("оллям", ["ілля"]),
                ("ої", ["а"]), ("ій", ["а"]), ("ого", ["ий", "е", "ій"]), ("ому", ["ий", "е", "ій"]), ("им", ["ий"]), ("ім", ["ий", "ій"]),
                ("я", ["ь", "е", "й", ""]), ("ем", ["ь"]), ("ами", ["і", "и"]), ("ах", ["і", "и"]),
                // A region named after its centre with -щина/-ччина is that centre's oblast (Курщина, Харківщина, Житомирщину →
                // Курська, Харківська, Житомирська область; Донеччини → Донецька область).
                ("щина", ["ська область"]), ("щини", ["ська область"]), ("щину", ["ська область"]), ("щині", ["ська область"]),
                ("щиною", ["ська область"]), ("ччина", ["цька область"]), ("ччини", ["цька область"]), ("ччину", ["цька область"]),
                ("ччині", ["цька область"]), ("ччиною", ["цька область"]),
            ],
        },
    };
}
