using GeoMap.Core.Movements;

namespace GeoMap.Geoparsing.Languages.Polish;

/// <summary>The Polish words: function words, numbers, months, weekdays, the case endings of place names and the words of movements (verbs by aspect, prepositions with their cases, units, modes, sources).</summary>
public static class PolishRules
{
    /// <summary>The Polish rule set.</summary>
    public static LanguageRules Rules { get; } = new()
    {
        Code = "pl",
        LowerCaseDemonyms = true,
        OrdinalDot = true,
        // Verbal nouns (rzeczowniki odczasownikowe) in every case: "natarcie", "wycofania", "przerzuceniu", "przejście" name a
        // movement but tell no tense, so the clause's verb leads ("Aby zatrzymać natarcie, dowództwo przerzuciło …").
        NotTenseEndings = ["anie", "ania", "aniu", "aniem", "enie", "enia", "eniu", "eniem", "ęcie", "ęcia", "ęciu", "arcie", "arcia", "arciu",
            "jście", "jścia", "jściu"],
        // The defence ministry's abbreviation (Ministerstwo Obrony Narodowej, "szef MON"), which an island's code also spells.
        NotPlaceWords = ["MON"],
        Stopwords = ["i", "w", "z", "na", "do", "się", "że", "nie", "jest", "to", "o", "jak", "od", "po", "przez", "oraz", "są", "został", "została",
            "zostały", "zostali", "ich", "tym", "który", "która", "które", "których", "dla", "przy", "ze", "we", "także", "według", "jego", "już",
            "będą", "będzie", "też", "tys", "roku", "tego", "ma", "mają", "łącznie", "tak", "aby", "jako", "jednak", "również", "tam", "gdzie"],
        Abbreviations = ["ok", "gen", "płk", "ppłk", "mjr", "kpt", "por", "dr", "prof", "tys", "mln", "mld", "r", "ul", "m", "in", "tj", "np",
            "itd", "godz", "ws", "św", "wg", "woj", "pow", "nr", "ds", "tzw", "adm", "kmdr", "sierż", "proc"],
        NumberWords = new Dictionary<string, int>
        {
            ["jeden"] = 1, ["jedna"] = 1, ["jedno"] = 1, ["dwa"] = 2, ["dwie"] = 2, ["dwóch"] = 2, ["trzy"] = 3, ["trzech"] = 3, ["cztery"] = 4,
            ["czterech"] = 4, ["pięć"] = 5, ["pięciu"] = 5, ["sześć"] = 6, ["sześciu"] = 6, ["siedem"] = 7, ["siedmiu"] = 7, ["osiem"] = 8,
            ["ośmiu"] = 8, ["dziewięć"] = 9, ["dziewięciu"] = 9, ["dziesięć"] = 10, ["dziesięciu"] = 10, ["jedenaście"] = 11,
            ["dwanaście"] = 12, ["trzynaście"] = 13, ["czternaście"] = 14, ["piętnaście"] = 15, ["szesnaście"] = 16, ["siedemnaście"] = 17,
            ["osiemnaście"] = 18, ["dziewiętnaście"] = 19, ["dwadzieścia"] = 20, ["dwudziestu"] = 20, ["trzydzieści"] = 30,
            ["trzydziestu"] = 30, ["czterdzieści"] = 40, ["czterdziestu"] = 40, ["pięćdziesiąt"] = 50, ["pięćdziesięciu"] = 50,
            ["sześćdziesiąt"] = 60, ["siedemdziesiąt"] = 70, ["osiemdziesiąt"] = 80, ["dziewięćdziesiąt"] = 90,
            // The oblique cases after "około", "ponad", "do" ("około sześćdziesięciu", "ponad dwustu"), and the hundreds, one word each.
            ["piętnastu"] = 15, ["sześćdziesięciu"] = 60, ["siedemdziesięciu"] = 70, ["osiemdziesięciu"] = 80, ["dziewięćdziesięciu"] = 90,
            ["dwieście"] = 200, ["dwustu"] = 200, ["trzysta"] = 300, ["trzystu"] = 300, ["czterysta"] = 400, ["czterystu"] = 400,
            ["pięćset"] = 500, ["pięciuset"] = 500, ["sześćset"] = 600, ["sześciuset"] = 600, ["siedemset"] = 700, ["siedmiuset"] = 700,
            ["osiemset"] = 800, ["ośmiuset"] = 800, ["dziewięćset"] = 900, ["dziewięciuset"] = 900,
        },
        ScaleWords = new Dictionary<string, int>
        {
            ["sto"] = 100, ["stu"] = 100, ["tysiąc"] = 1000, ["tysiąca"] = 1000, ["tysiące"] = 1000, ["tysięcy"] = 1000, ["tys"] = 1000,
            ["milion"] = 1_000_000, ["miliony"] = 1_000_000, ["milionów"] = 1_000_000, ["mln"] = 1_000_000,
        },
        NumberJoiners = ["i"],
        Months = new Dictionary<string, int>
        {
            ["styczeń"] = 1, ["stycznia"] = 1, ["styczniu"] = 1, ["luty"] = 2, ["lutego"] = 2, ["lutym"] = 2, ["marzec"] = 3, ["marca"] = 3,
            ["marcu"] = 3, ["kwiecień"] = 4, ["kwietnia"] = 4, ["kwietniu"] = 4, ["maj"] = 5, ["maja"] = 5, ["maju"] = 5, ["czerwiec"] = 6,
            ["czerwca"] = 6, ["czerwcu"] = 6, ["lipiec"] = 7, ["lipca"] = 7, ["lipcu"] = 7, ["sierpień"] = 8, ["sierpnia"] = 8,
            ["sierpniu"] = 8, ["wrzesień"] = 9, ["września"] = 9, ["wrześniu"] = 9, ["październik"] = 10, ["października"] = 10,
            ["październiku"] = 10, ["listopad"] = 11, ["listopada"] = 11, ["listopadzie"] = 11, ["grudzień"] = 12, ["grudnia"] = 12,
            ["grudniu"] = 12,
        },
        Weekdays = new Dictionary<string, DayOfWeek>
        {
            ["poniedziałek"] = DayOfWeek.Monday, ["poniedziałku"] = DayOfWeek.Monday, ["wtorek"] = DayOfWeek.Tuesday, ["wtorku"] = DayOfWeek.Tuesday,
            ["środa"] = DayOfWeek.Wednesday, ["środę"] = DayOfWeek.Wednesday, ["środy"] = DayOfWeek.Wednesday, ["czwartek"] = DayOfWeek.Thursday,
            ["czwartku"] = DayOfWeek.Thursday, ["piątek"] = DayOfWeek.Friday, ["piątku"] = DayOfWeek.Friday, ["sobota"] = DayOfWeek.Saturday,
            ["sobotę"] = DayOfWeek.Saturday, ["soboty"] = DayOfWeek.Saturday, ["niedziela"] = DayOfWeek.Sunday, ["niedzielę"] = DayOfWeek.Sunday,
            ["niedzieli"] = DayOfWeek.Sunday,
        },
        VagueQuantities = new Dictionary<string, (int?, int?)>
        {
            ["tysiące"] = (null, null), ["kilka tysięcy"] = (null, null), ["kilku tysięcy"] = (null, null), ["kilkanaście tysięcy"] = (null, null),
            ["kilkunastu tysięcy"] = (null, null), ["dziesiątki tysięcy"] = (null, null), ["dziesiątek tysięcy"] = (null, null), ["setki tysięcy"] = (null, null),
            ["setki"] = (null, null), ["setek"] = (null, null), ["kilkuset"] = (null, null), ["kilkaset"] = (null, null), ["dziesiątki"] = (null, null),
            ["kilkadziesiąt"] = (null, null), ["kilkudziesięciu"] = (null, null), ["kilkunastu"] = (null, null), ["kilkanaście"] = (null, null),
        },
        UpperBoundCues = ["do", "nie więcej niż", "maksymalnie", "mniej niż", "poniżej"],
        LowerBoundCues = ["ponad", "więcej niż", "co najmniej", "przynajmniej", "nie mniej niż", "powyżej"],
        ApproximateCues = ["około", "ok", "blisko", "niemal", "prawie", "mniej więcej", "łącznie", "szacunkowo"],
        RangeOpeners = ["od", "między", "pomiędzy"],
        RangeJoiners = ["do", "i", "a", "-", "–"],
        NonCountUnits = ["proc*", "%", "km", "kilometr*", "złotych", "zł", "dolar*", "euro", "ton*", "metr*"],
        RelativeDays = new Dictionary<string, int>
        {
            ["wczoraj"] = -1, ["przedwczoraj"] = -2, ["dzisiaj"] = 0, ["dziś"] = 0, ["jutro"] = 1, ["minionej nocy"] = -1, ["ubiegłej nocy"] = -1, ["tej nocy"] = 0,
        },
        RelativeWeeks = new Dictionary<string, int>
        {
            ["w zeszłym tygodniu"] = -1, ["w ubiegłym tygodniu"] = -1, ["w minionym tygodniu"] = -1, ["w tym tygodniu"] = 0, ["w przyszłym tygodniu"] = 1,
        },
        // "w ciągu ostatnich dwóch tygodni": the days up to the report's.
        PastSpans = new Dictionary<string, int>
        {
            ["w ciągu ostatniej doby"] = 1, ["w ciągu ostatnich trzech dni"] = 3, ["w ciągu ostatniego tygodnia"] = 7, ["w ostatnim tygodniu"] = 7,
            ["w ciągu ostatnich dwóch tygodni"] = 14, ["przez ostatnie dwa tygodnie"] = 14, ["w ostatnich dwóch tygodniach"] = 14,
        },
        // "Tego samego dnia …", "wkrótce potem": the day the report was last telling of.
        SameDayPhrases = ["tego samego dnia", "tego dnia", "wkrótce potem", "zaraz potem", "tuż potem"],
        // "w weekend", "w miniony weekend": the latest weekend; "ubiegłego roku" after a month gives its year.
        Weekends = new Dictionary<string, int>
        {
            ["weekend"] = 0, ["w weekend"] = 0, ["w miniony weekend"] = 0, ["w ostatni weekend"] = 0, ["w przyszły weekend"] = 1, ["w najbliższy weekend"] = 1,
        },
        RelativeYears = new Dictionary<string, int>
        {
            ["w zeszłym roku"] = -1, ["zeszłego roku"] = -1, ["w ubiegłym roku"] = -1, ["ubiegłego roku"] = -1, ["w tym roku"] = 0, ["tego roku"] = 0,
            ["bieżącego roku"] = 0, ["w przyszłym roku"] = 1, ["przyszłego roku"] = 1,
        },
        RelativeMonths = new Dictionary<string, int>
        {
            ["w zeszłym miesiącu"] = -1, ["w ubiegłym miesiącu"] = -1, ["w tym miesiącu"] = 0, ["w przyszłym miesiącu"] = 1,
        },
        MonthParts = new Dictionary<string, MonthPart>
        {
            ["na początku"] = MonthPart.Early, ["początku"] = MonthPart.Early, ["w połowie"] = MonthPart.Mid, ["połowie"] = MonthPart.Mid,
            ["pod koniec"] = MonthPart.Late, ["na koniec"] = MonthPart.Late, ["końcu"] = MonthPart.Late, ["w końcu"] = MonthPart.Late,
            // "do końca sierpnia" (by the end of August): the month's last part, as "by the end of" is read.
            ["do końca"] = MonthPart.Late,
        },
        TimeLeads = ["w", "we", "od", "do", "z", "na", "przez", "począwszy od"],
        // "przesunęły się w kierunku Wowczańska": a direction, not an arrival.
        TowardsPrepositions = ["w kierunku", "w stronę", "ku"],
        PlacePrepositions = new Dictionary<string, PlaceRole>
        {
            ["z"] = PlaceRole.Origin, ["ze"] = PlaceRole.Origin, ["od"] = PlaceRole.Origin, ["ze strony"] = PlaceRole.Origin, ["od strony"] = PlaceRole.Origin,
            // Where a force is stationed is where a movement of it starts ("brygada stacjonująca w bazie X wróci do …"): the
            // participle only, which says where the force is now; the infinitive and the future ("będzie stacjonować w …") say
            // where it is going. An adverb of degree or time may stand between the participle and its preposition.
            ["stacjonując* w"] = PlaceRole.Origin, ["stacjonując* we"] = PlaceRole.Origin, ["stacjonując* na"] = PlaceRole.Origin,
            ["stacjonując* głównie w"] = PlaceRole.Origin, ["stacjonując* obecnie w"] = PlaceRole.Origin, ["stacjonując* dotąd w"] = PlaceRole.Origin,
            ["stacjonując* dotychczas w"] = PlaceRole.Origin, ["stacjonując* na stałe w"] = PlaceRole.Origin,
            ["przez"] = PlaceRole.Via, ["tranzytem przez"] = PlaceRole.Via,
            ["do"] = PlaceRole.Destination, ["na"] = PlaceRole.Destination, ["w"] = PlaceRole.Destination, ["we"] = PlaceRole.Destination,
            ["w kierunku"] = PlaceRole.Destination, ["w stronę"] = PlaceRole.Destination, ["ku"] = PlaceRole.Destination, ["aż do"] = PlaceRole.Destination,
            ["pod"] = PlaceRole.Near, ["koło"] = PlaceRole.Near, ["obok"] = PlaceRole.Near, ["w pobliżu"] = PlaceRole.Near, ["niedaleko"] = PlaceRole.Near,
            ["przy"] = PlaceRole.Near, ["u"] = PlaceRole.Near, ["w rejonie"] = PlaceRole.Near, ["na granicy z"] = PlaceRole.Near, ["w okolicach"] = PlaceRole.Near, ["w okolice"] = PlaceRole.Destination, ["spod"] = PlaceRole.Origin,
            ["na północ od"] = PlaceRole.Near, ["na południe od"] = PlaceRole.Near, ["na wschód od"] = PlaceRole.Near, ["na zachód od"] = PlaceRole.Near,
        },
        // "w" + locative ("w Polsce", "w Kijowie") is being there; "na" + accusative ("na Litwę", "na Ukrainę") is motion towards,
        // "na" + locative ("na Litwie", "na Ukrainie") being there; "do" + genitive is motion to; "z/ze" + genitive is motion
        // from, + instrumental ("z Białorusią", "z Rosją", "z Niemcami") is "with" (a border with), never an origin.
        PlaceRoleMarkers =
        [
            new("ę", PlaceRole.Destination, "na"),
            // "pod" + accusative is motion to the outskirts ("przerzucono pod Sudżę", "pod Kursk"), + instrumental is being there
            // ("pod Sudżą", "pod Kurskiem"): the instrumental ends in -em, -ą or -ami (tried first), a final consonant or -ę is the
            // accusative; a vowel ending (an indeclinable name) tells neither, and "pod" keeps its meaning "near".
            new("b", PlaceRole.Destination, "pod"), new("c", PlaceRole.Destination, "pod"), new("ć", PlaceRole.Destination, "pod"),
            new("d", PlaceRole.Destination, "pod"), new("f", PlaceRole.Destination, "pod"), new("g", PlaceRole.Destination, "pod"),
            new("h", PlaceRole.Destination, "pod"), new("j", PlaceRole.Destination, "pod"), new("k", PlaceRole.Destination, "pod"),
            new("l", PlaceRole.Destination, "pod"), new("ł", PlaceRole.Destination, "pod"), new("m", PlaceRole.Destination, "pod"),
            new("n", PlaceRole.Destination, "pod"), new("ń", PlaceRole.Destination, "pod"), new("p", PlaceRole.Destination, "pod"),
            new("r", PlaceRole.Destination, "pod"), new("s", PlaceRole.Destination, "pod"), new("ś", PlaceRole.Destination, "pod"),
            new("t", PlaceRole.Destination, "pod"), new("w", PlaceRole.Destination, "pod"), new("z", PlaceRole.Destination, "pod"),
            new("ź", PlaceRole.Destination, "pod"), new("ż", PlaceRole.Destination, "pod"), new("ę", PlaceRole.Destination, "pod"),
            new("em", PlaceRole.Near, "pod"), new("iem", PlaceRole.Near, "pod"), new("ą", PlaceRole.Near, "pod"), new("ami", PlaceRole.Near, "pod"),
            new("ach", PlaceRole.Near, "pod"),
            new("ą", PlaceRole.Near, "z"), new("em", PlaceRole.Near, "z"), new("ami", PlaceRole.Near, "z"),
            new("ą", PlaceRole.Near, "ze"), new("em", PlaceRole.Near, "ze"), new("ami", PlaceRole.Near, "ze"),
        ],
        LocativePrepositions = ["w", "we", "na"],
        PlaceHeads = ["pozycje", "pozycji", "pozycjach", "pozycja", "pozycję", "port", "portu", "porcie", "baz*", "bazy lotniczej", "bazę lotniczą", "bazie lotniczej", "lotnisk*", "poligon*", "obóz", "obozu", "obozie",
            "miasto", "miasta", "mieście", "miejscowość*", "wieś", "wsi", "rejon", "rejonu", "region", "regionu", "regionie", "teren", "terenu", "terenie",
            "garnizon*", "punkt*",
            // Nouns of an administrative unit or an island group written before its name ("do stanu Zulia", "do prowincji Kiwu
            // Południowe", "na wyspy Matsu"), and the headquarters a force leaves ("opuścił sztab dywizji w …").
            "stan", "stanu", "stanie", "prowincji", "prowincję", "prowincja", "wyspy", "wysp", "wyspę", "wyspie", "archipelag", "archipelagu", "sztab", "sztabu", "sztabie",
            // A part of a country by its side ("na południe Libanu", "na południu Libanu"): the preposition before it governs the place.
            "południe", "południu", "północ", "północy", "wschód", "wschodzie", "zachód", "zachodzie",
            // "home" before the base or port a unit belongs to ("wróci do macierzystego Fort Campbell", "do macierzystej bazy").
            "macierzyst*"],
        // An object pronoun opening an impersonal form ("Ich przerzucono …", they were moved) is the force named before.
        AnaphoricSubjects = ["oni", "ich", "je", "im", "one", "ci żołnierze", "te wojska", "te oddziały", "te jednostki", "żołnierze", "kolumna", "kontyngent", "oddziały"],
        IntelligenceWords = ["wywiad", "wywiadu", "wywiadzie", "służby wywiadowcze", "służb wywiadowczych", "służby specjalne"],
        ReactionCues = ["ambasador*", "ambasad*", "wizyt*", "odwiedził*", "potępił*", "potępi*", "protest*", "sankcj*", "zaniepokojeni*", "wezwał*"],
        FrontNouns = ["front", "frontu", "froncie", "kierunek", "kierunku"],
        SourceOpeners = ["według", "wg", "jak podaje", "jak podał*", "jak poinformował*", "zgodnie z", "powołując się na", "jak wynika z", "jak przekazał*", "jak twierdzą", "jak twierdzi", "jak pisze",
            "jak piszą"],
        ReportingVerbs = ["powiedział*", "poinformował*", "podał*", "podaje", "podają", "przekazał*", "oświadczył*", "stwierdził*", "potwierdził*", "ogłosił*",
            "twierdzi", "twierdzą", "ocenia", "oceniają", "szacuje", "szacują", "dodał*", "pisze", "piszą", "zaznaczył*", "relacjonuje"],
        // Status from aspect and tense: a future or an intention is planned ("zostaną przerzuceni", "planuje wysłać", "wyśle"), the
        // imperfective present is under way ("przerzuca", "zmierzają"), the perfective past and the passive with "został" are done
        // ("przerzucił", "zostały wycofane"). The first cue of the sentence wins, so the auxiliary is read before its participle.
        // "Nowa zmiana liczy ok. 230 żołnierzy": how many the force numbers.
        CountVerbs = ["liczy", "liczą", "liczyć będzie", "będzie liczyć", "liczyła", "liczył"],
        // "rozpoczęła wycofywanie", "zaczęły przemieszczać się": a movement said to have begun is under way.
        Inchoatives = ["rozpoczął", "rozpoczęła", "rozpoczęło", "rozpoczęli", "rozpoczęły", "zaczął", "zaczęła", "zaczęło", "zaczęli", "zaczęły",
            "rozpoczyna", "rozpoczynają", "zaczyna", "zaczynają"],
        StatusCues = new Dictionary<string, MovementStatus>
        {
            // Setting out ("wyruszyła do Rumunii", "ruszyły w stronę …"): the force left, it has not arrived.
            ["wyruszył*"] = MovementStatus.UnderWay, ["ruszył*"] = MovementStatus.UnderWay,
            // An order to send ("polecił wysłać", "nakazał przerzucić") is a movement to come.
            ["polecił*"] = MovementStatus.Planned, ["nakazał*"] = MovementStatus.Planned, ["zarządził*"] = MovementStatus.Planned,
            ["będzie"] = MovementStatus.Planned, ["będą"] = MovementStatus.Planned, ["zostanie"] = MovementStatus.Planned, ["zostaną"] = MovementStatus.Planned,
            ["planuj*"] = MovementStatus.Planned, ["planowan*"] = MovementStatus.Planned, ["plany"] = MovementStatus.Planned, ["zamierza*"] = MovementStatus.Planned, ["obiecał*"] = MovementStatus.Planned, ["obiecuj*"] = MovementStatus.Planned, ["obiecali"] = MovementStatus.Planned,
            ["ma zostać"] = MovementStatus.Planned, ["mają zostać"] = MovementStatus.Planned, ["ma trafić"] = MovementStatus.Planned, ["mają trafić"] = MovementStatus.Planned,
            ["mają dotrzeć"] = MovementStatus.Planned, ["ma dotrzeć"] = MovementStatus.Planned, ["może"] = MovementStatus.Planned, ["mogą"] = MovementStatus.Planned,
            ["przygotowuj*"] = MovementStatus.Planned, ["zdecydował*"] = MovementStatus.Planned, ["zapowiedzia*"] = MovementStatus.Planned, ["zapowiada*"] = MovementStatus.Planned,
            ["decyzj*"] = MovementStatus.Planned, ["wyśle"] = MovementStatus.Planned, ["wyślą"] = MovementStatus.Planned, ["przerzuci"] = MovementStatus.Planned, ["wycofa"] = MovementStatus.Planned, ["wycofają"] = MovementStatus.Planned, ["rozmieści"] = MovementStatus.Planned, ["dotrze"] = MovementStatus.Planned, ["trafi"] = MovementStatus.Planned, ["trafią"] = MovementStatus.Planned, ["dotrą"] = MovementStatus.Planned, ["przybędą"] = MovementStatus.Planned,
            ["przybędzie"] = MovementStatus.Planned, ["wróci"] = MovementStatus.Planned, ["wrócą"] = MovementStatus.Planned, ["przyjedzie"] = MovementStatus.Planned,
            ["przyjadą"] = MovementStatus.Planned, ["ma przyjechać"] = MovementStatus.Planned, ["mają przyjechać"] = MovementStatus.Planned, ["przyleci"] = MovementStatus.Planned,
            ["przylecą"] = MovementStatus.Planned, ["wyleci"] = MovementStatus.Planned, ["wylecą"] = MovementStatus.Planned, ["przeniesie"] = MovementStatus.Planned,
            ["przeniosą"] = MovementStatus.Planned, ["skieruje"] = MovementStatus.Planned, ["skierują"] = MovementStatus.Planned, ["przemieści"] = MovementStatus.Planned,
            ["przerzuca"] = MovementStatus.UnderWay, ["przerzucają"] = MovementStatus.UnderWay, ["wysyła"] = MovementStatus.UnderWay, ["wysyłają"] = MovementStatus.UnderWay,
            ["wycofuje"] = MovementStatus.UnderWay, ["wycofują"] = MovementStatus.UnderWay, ["przemieszcza*"] = MovementStatus.UnderWay, ["zmierza*"] = MovementStatus.UnderWay,
            ["kierują się"] = MovementStatus.UnderWay, ["kieruje się"] = MovementStatus.UnderWay, ["posuwa*"] = MovementStatus.UnderWay, ["naciera*"] = MovementStatus.UnderWay,
            ["trwa"] = MovementStatus.UnderWay, ["trwają"] = MovementStatus.UnderWay, ["kontynuuj*"] = MovementStatus.UnderWay, ["w drodze"] = MovementStatus.UnderWay,
            ["ściąga*"] = MovementStatus.UnderWay, ["przybywają"] = MovementStatus.UnderWay, ["płyn*"] = MovementStatus.UnderWay,
            ["przerzucił*"] = MovementStatus.Completed, ["przerzucon*"] = MovementStatus.Completed, ["przerzuceni"] = MovementStatus.Completed, ["wysłał*"] = MovementStatus.Completed,
            ["wysłan*"] = MovementStatus.Completed, ["wysłano"] = MovementStatus.Completed, ["skierował*"] = MovementStatus.Completed, ["skierowan*"] = MovementStatus.Completed,
            ["skierowano"] = MovementStatus.Completed, ["wycofał*"] = MovementStatus.Completed, ["wycofan*"] = MovementStatus.Completed, ["wycofano"] = MovementStatus.Completed,
            ["dotarł*"] = MovementStatus.Completed, ["trafił*"] = MovementStatus.Completed, ["trafili"] = MovementStatus.Completed, ["dotarli"] = MovementStatus.Completed, ["przybył*"] = MovementStatus.Completed, ["przybyli"] = MovementStatus.Completed,
            ["opuścił*"] = MovementStatus.Completed, ["opuścili"] = MovementStatus.Completed, ["rozmieścił*"] = MovementStatus.Completed, ["przemieścił*"] = MovementStatus.Completed,
            ["przemieszczon*"] = MovementStatus.Completed, ["przetransportowa*"] = MovementStatus.Completed, ["przewieźli"] = MovementStatus.Completed,
            ["przewieziono"] = MovementStatus.Completed, ["przewiezion*"] = MovementStatus.Completed, ["wkroczył*"] = MovementStatus.Completed, ["wkroczyli"] = MovementStatus.Completed,
            ["przekroczył*"] = MovementStatus.Completed, ["przekroczyli"] = MovementStatus.Completed, ["przeszli"] = MovementStatus.Completed, ["przeszł*"] = MovementStatus.Completed,
            ["wrócił*"] = MovementStatus.Completed, ["wrócili"] = MovementStatus.Completed, ["powrócił*"] = MovementStatus.Completed, ["ewakuowa*"] = MovementStatus.Completed,
            ["został"] = MovementStatus.Completed, ["została"] = MovementStatus.Completed, ["zostały"] = MovementStatus.Completed, ["zostali"] = MovementStatus.Completed,
            ["zostało"] = MovementStatus.Completed, ["wylądował*"] = MovementStatus.Completed, ["ściągnię*"] = MovementStatus.Completed, ["ściągnął*"] = MovementStatus.Completed,
            ["przedyslokowa*"] = MovementStatus.Completed, ["rozlokowa*"] = MovementStatus.Completed, ["przyjechał*"] = MovementStatus.Completed,
            ["przyjechali"] = MovementStatus.Completed, ["przypłynął"] = MovementStatus.Completed, ["przypłynęł*"] = MovementStatus.Completed,
            ["przyleciał*"] = MovementStatus.Completed, ["przylecieli"] = MovementStatus.Completed, ["przejechał*"] = MovementStatus.Completed, ["przejechali"] = MovementStatus.Completed,
            ["wyleciał*"] = MovementStatus.Completed, ["wylecieli"] = MovementStatus.Completed, ["przeniesion*"] = MovementStatus.Completed, ["przenieśli"] = MovementStatus.Completed,
            ["przeniósł"] = MovementStatus.Completed,
        },
        // Verbs and nouns of movement, every aspect, tense, participle and reflexive form by their common stem.
        MovementVerbs = new Dictionary<string, MovementKind>
        {
            ["przerzuc*"] = MovementKind.Deployment, ["ruszył*"] = MovementKind.Transit, ["przerzut*"] = MovementKind.Deployment, ["wysła*"] = MovementKind.Deployment, ["wysyła*"] = MovementKind.Deployment,
            ["wyśle"] = MovementKind.Deployment, ["wyślą"] = MovementKind.Deployment, ["skierowa*"] = MovementKind.Deployment, ["skieruj*"] = MovementKind.Deployment,
            ["skierowano"] = MovementKind.Deployment, ["rozmieści*"] = MovementKind.Deployment, ["rozmieszczą"] = MovementKind.Deployment, ["rozmieszczeni*"] = MovementKind.Deployment,
            ["przemieści*"] = MovementKind.Deployment, ["przemieszcz*"] = MovementKind.Deployment, ["dotar*"] = MovementKind.Deployment, ["dotrze*"] = MovementKind.Deployment,
            ["dotrą"] = MovementKind.Deployment, ["przyby*"] = MovementKind.Deployment, ["przybędą"] = MovementKind.Deployment, ["przybędzie"] = MovementKind.Deployment,
            ["przetransportowa*"] = MovementKind.Deployment, ["przewie*"] = MovementKind.Deployment, ["przewoż*"] = MovementKind.Deployment, ["rozlokowa*"] = MovementKind.Deployment,
            ["ściąga*"] = MovementKind.Deployment, ["ściągnię*"] = MovementKind.Deployment, ["ściągnął*"] = MovementKind.Deployment, ["rotacj*"] = MovementKind.Deployment,
            ["przedyslokowa*"] = MovementKind.Deployment, ["dyslokacj*"] = MovementKind.Deployment, ["wylądowa*"] = MovementKind.Deployment, ["trafi*"] = MovementKind.Deployment,
            ["wycofa*"] = MovementKind.Withdrawal, ["wycofuj*"] = MovementKind.Withdrawal, ["opuści*"] = MovementKind.Withdrawal, ["opuszcza*"] = MovementKind.Withdrawal,
            // "wróci", "wrócą", "wrócić", "wrócił": every form of the perfective "return".
            ["wróc*"] = MovementKind.Withdrawal,
            ["powróci*"] = MovementKind.Withdrawal, ["wracaj*"] = MovementKind.Withdrawal, ["odwrót"] = MovementKind.Withdrawal, ["odwrotu"] = MovementKind.Withdrawal,
            ["posuwa*"] = MovementKind.Advance, ["posunęl*"] = MovementKind.Advance, ["naciera*"] = MovementKind.Advance, ["natarci*"] = MovementKind.Advance,
            ["ofensyw*"] = MovementKind.Advance, ["wkroczy*"] = MovementKind.Advance, ["wkracza*"] = MovementKind.Advance, ["wdarli"] = MovementKind.Advance,
            ["wdarł*"] = MovementKind.Advance, ["weszli"] = MovementKind.Advance, ["weszł*"] = MovementKind.Advance, ["wszedł"] = MovementKind.Advance,
            ["przekroczy*"] = MovementKind.Transit, ["przekracza*"] = MovementKind.Transit, ["przeszli"] = MovementKind.Transit, ["przeszł*"] = MovementKind.Transit,
            ["przechodz*"] = MovementKind.Transit, ["przepraw*"] = MovementKind.Transit, ["zmierza*"] = MovementKind.Transit, ["kierują się"] = MovementKind.Transit,
            ["kieruje się"] = MovementKind.Transit, ["płyną"] = MovementKind.Transit, ["płynie"] = MovementKind.Transit, ["przepłynę*"] = MovementKind.Transit,
            ["wypłynę*"] = MovementKind.Transit, ["wyruszy*"] = MovementKind.Transit, ["jechał*"] = MovementKind.Transit, ["jadą"] = MovementKind.Transit,
            // Verbs of arrival by the way of travel (przy- "to here"): by land, by sea, by air; and "przenieść" (transfer), whose
            // passive participle "przeniesieni" is how a unit's transfer is usually reported.
            ["przyjecha*"] = MovementKind.Deployment, ["przyjedzie"] = MovementKind.Deployment, ["przyjadą"] = MovementKind.Deployment,
            ["przypłyn*"] = MovementKind.Deployment, ["przyleci*"] = MovementKind.Deployment, ["przylecą"] = MovementKind.Deployment, ["przenies*"] = MovementKind.Deployment, ["przeniesion*"] = MovementKind.Deployment,
            ["przeniosą"] = MovementKind.Deployment, ["przeniesie"] = MovementKind.Deployment, ["przejecha*"] = MovementKind.Transit,
            ["wyleci*"] = MovementKind.Transit, ["wylecą"] = MovementKind.Transit,
        },
        Units = new Dictionary<string, (string, int)>
        {
            ["brygad*"] = ("brigade", 2), ["batalion*"] = ("battalion", 2), ["pułk*"] = ("regiment", 2), ["dywizj*"] = ("division", 2), ["kompani*"] = ("company", 2),
            ["armii"] = ("army", 2), ["armia"] = ("army", 2), ["armię"] = ("army", 2), ["żołnierz*"] = ("soldiers", 1), ["oficer*"] = ("officers", 1), ["wojskowych"] = ("soldiers", 1),
            ["wojska"] = ("troops", 1), ["wojsk"] = ("troops", 1), ["wojskami"] = ("troops", 1), ["osób"] = ("men", 0), ["ludzi"] = ("men", 0), ["siły"] = ("forces", 0),
            ["sił"] = ("forces", 0), ["oddział*"] = ("units", 0), ["jednost*"] = ("units", 0), ["kontyngent*"] = ("contingent", 1), ["żołnierzy piechoty morskiej"] = ("marines", 3),
            ["piechot* morsk*"] = ("marines", 3), ["piechot*"] = ("infantry", 1), ["marines"] = ("marines", 3), ["spadochroniarz*"] = ("paratroopers", 3), ["najemnik*"] = ("mercenaries", 2),
            ["bojownik*"] = ("fighters", 1), ["komandos*"] = ("special forces", 3), ["sił specjalnych"] = ("special forces", 3), ["specjals*"] = ("special forces", 3),
            ["rezerwist*"] = ("reservists", 2), ["poborow*"] = ("conscripts", 2), ["instruktor*"] = ("instructors", 2), ["doradc*"] = ("advisers", 1),
            ["doradców"] = ("advisers", 1), ["czołg*"] = ("tanks", 2), ["pojazd*"] = ("vehicles", 0), ["wozów bojowych"] = ("armoured vehicles", 1), ["pododdział*"] = ("units", 0), ["wagnerowc*"] = ("mercenaries", 2),
            ["okręt*"] = ("warships", 1), ["fregat*"] = ("warships", 1), ["niszczyciel*"] = ("warships", 1), ["samolot*"] = ("aircraft", 1), ["myśliwc*"] = ("fighter jets", 1),
            ["myśliwców"] = ("fighter jets", 1), ["bombowc*"] = ("bombers", 1), ["bombowców"] = ("bombers", 1), ["śmigłow*"] = ("helicopters", 1),
            ["grup* bojow*"] = ("battlegroup", 1), ["posiłk*"] = ("reinforcements", 0), ["wzmocnie*"] = ("reinforcements", 0), ["rezerwy"] = ("reserves", 0), ["rezerw"] = ("reserves", 0), ["personel*"] = ("personnel", 0),
        },
        Modes = new Dictionary<string, TransportMode>
        {
            // "koleją" (by rail), "kolejowy" (of the railway), but never "kolejny" (next: "kolejna zmiana", the next rotation).
            ["kolej"] = TransportMode.Rail, ["koleją"] = TransportMode.Rail, ["kolei"] = TransportMode.Rail, ["kolejow*"] = TransportMode.Rail, ["pociąg*"] = TransportMode.Rail, ["transport* kolejow*"] = TransportMode.Rail, ["eszelon*"] = TransportMode.Rail,
            ["samolot*"] = TransportMode.Air, ["drogą lotniczą"] = TransportMode.Air, ["most* powietrzn*"] = TransportMode.Air, ["transportow* samolot*"] = TransportMode.Air,
            ["okręt*"] = TransportMode.Sea, ["statk*"] = TransportMode.Sea, ["prom*"] = TransportMode.Sea, ["drogą morską"] = TransportMode.Sea, ["morzem"] = TransportMode.Sea,
            ["kolumn*"] = TransportMode.Road, ["konwoj*"] = TransportMode.Road, ["konwój"] = TransportMode.Road, ["ciężarówk*"] = TransportMode.Road,
            ["drogą lądową"] = TransportMode.Road, ["pieszo"] = TransportMode.Foot,
            // Verbs of flying and landing tell the way on their own ("przylecieli do Rygi", "mają wylądować w Pembie"); boats go by water.
            ["przylecia*"] = TransportMode.Air, ["przylecą"] = TransportMode.Air, ["wylecia*"] = TransportMode.Air, ["wylecą"] = TransportMode.Air,
            ["przelecia*"] = TransportMode.Air, ["wylądowa*"] = TransportMode.Air, ["wylądują"] = TransportMode.Air, ["ląduj*"] = TransportMode.Air,
            ["łodzi*"] = TransportMode.Sea, ["łódź*"] = TransportMode.Sea, ["łodzią"] = TransportMode.Sea,
        },
        Demonyms = WithVirilePlurals(new Dictionary<string, string>
        {
            // Adjectives of every gender, case and number by their stem ("rosyjskie", "rosyjskich", "rosyjskim"), and the plural nouns.
            ["rosyjsk*"] = "RU", ["rosjanie"] = "RU", ["rosjan"] = "RU", ["północnokoreańsk*"] = "KP", ["południowokoreańsk*"] = "KR", ["ukraińsk*"] = "UA",
            ["ukraińcy"] = "UA", ["białorusk*"] = "BY", ["amerykańsk*"] = "US", ["amerykanie"] = "US", ["francusk*"] = "FR", ["niemieck*"] = "DE",
            ["brytyjsk*"] = "GB", ["polsk*"] = "PL", ["chińsk*"] = "CN", ["irańsk*"] = "IR", ["syryjsk*"] = "SY", ["tureck*"] = "TR", ["izraelsk*"] = "IL",
            ["libańsk*"] = "LB", ["sudańsk*"] = "SD", ["litewsk*"] = "LT", ["fińsk*"] = "FI", ["japońsk*"] = "JP", ["tajwańsk*"] = "TW", ["ormiańsk*"] = "AM",
            ["azerbejdżańsk*"] = "AZ", ["gruzińsk*"] = "GE", ["irack*"] = "IQ", ["jemeńsk*"] = "YE", ["libijsk*"] = "LY", ["malijsk*"] = "ML",
            ["kazachsk*"] = "KZ", ["mołdawsk*"] = "MD", ["szwedzk*"] = "SE", ["wenezuelsk*"] = "VE", ["łotewsk*"] = "LV", ["estońsk*"] = "EE",
            ["rumuńsk*"] = "RO", ["włosk*"] = "IT", ["hiszpańsk*"] = "ES", ["kanadyjsk*"] = "CA", ["holendersk*"] = "NL", ["norwesk*"] = "NO", ["egipsk*"] = "EG", ["rwandyjsk*"] = "RW", ["burundyjsk*"] = "BI", ["kongijsk*"] = "CD", ["brazylijsk*"] = "BR",
        }),
        NameNouns = ["prowincja", "prowincji", "prowincję", "stan", "stanu", "stanie", "wyspa", "wyspy", "wyspie", "wyspę", "półwysep", "półwyspu",
            "półwyspie", "obwód", "obwodu", "obwodzie", "województwo", "województwa", "województwie", "morze", "morza", "morzu", "cieśnina",
            "cieśniny", "cieśninie", "cieśninę", "cieśniną", "zatoka", "zatoki", "zatoce", "zatokę", "jezioro", "jeziora", "jeziorze", "ocean", "oceanu", "oceanie",
            "oceanem", "most", "mostu", "moście", "mostem"],
        // A contrastive conjunction after a comma opens a clause with its own subject and verb ("…, a oddziały libańskie
        // wkroczyły …"); a relative pronoun after a comma opens a clause about the noun before it ("na Podlasie, gdzie trwają
        // ćwiczenia", "do Wilna, dokąd …", "600 żołnierzy, którzy przybyli …"). Polish always writes the comma before them.
        RemainderOpeners = [", pozostali", ", a pozostali", ", pozostałe", ", a pozostałe", ", reszta", ", a reszta"],
        RelativeOpeners = [", gdzie", ", dokąd", ", skąd"],
        // Staying and losses: "pozostają w Syrii", "zginęło", "rannych" state no movement.
        // "nie zostały wysłane", "nie wyśle", "żadnych żołnierzy", "odmówił wysłania": see NegationWords.
        Negation = new()
        {
            // "Nie widzimy potrzeby przerzucania sił na …" (we see no need to move forces to …): no movement is intended.
            Before = ["nie", "nigdy", "nie widzimy potrzeby", "nie widzi potrzeby", "nie widzą potrzeby", "nie ma potrzeby"],
            Determiners = ["żaden", "żadna", "żadne", "żadnych", "żadnego", "żadnej", "ani jeden", "ani jednego"],
            Denials = ["odmówił*", "odmawia*", "zaprzeczył*", "zaprzecza*", "wykluczył*", "wyklucza*", "zdementował*", "dementuje", "dementują"],
            Bridges = ["się", "je", "ich", "go", "zostały", "został", "została", "zostało", "zostali", "zostaną", "zostanie", "będą", "będzie", "były",
                "był", "była", "było", "byli", "jeszcze", "już", "ma", "mają", "planuje", "planują", "zamierza", "zamierzają", "chce", "chcą", "może",
                "mogą", "oficjalnie", "natychmiast"],
            Exceptions = ["nie tylko", "nie więcej", "nie mniej", "nie dalej", "nie opodal"],
            Yet = ["jeszcze"],
            Conjunctions = ["i", "oraz", "ale", "lecz", "a", "albo", "lub", "podczas gdy", "ponieważ", "zanim", "gdy"],
        },
        NoMovementCues = ["pozostają", "pozostaje", "pozostaną", "pozostanie", "zostaną na miejscu", "zginęł*", "zginął", "zginęli", "zabit*", "rannych", "ranni", "ranny"],
        // "w ten rejon", "tam": the latest place named before.
        PlaceBackReferences = ["tam", "ten rejon", "tego rejonu", "tym rejonie", "ten region", "tego regionu", "miasto", "miasta", "mieście", "miastem",
            "region", "regionu", "regionie"],
        // "do miasta", "z regionu": the latest town or smaller place named before, when no name follows. "Kraj" is left out: "do kraju" is home.
        TownBackReferences = ["miasto", "miasta", "mieście", "miastem"],
        AreaBackReferences = ["ten rejon", "tego rejonu", "tym rejonie", "ten region", "tego regionu", "region", "regionu", "regionie"],
        HomeReferences = ["do kraju", "do domu", "do ojczyzny", "do miejsc stałej dyslokacji"],
        PastDayMarkers = ["ubiegły", "ubiegłą", "ubiegłe", "ubiegłego", "zeszły", "zeszłą", "zeszłe", "zeszłego", "miniony", "minioną", "ostatni", "ostatnią"],
        NextDayMarkers = ["przyszły", "przyszłą", "przyszłe", "przyszłego", "najbliższy", "najbliższą", "najbliższe", "najbliższego", "nadchodzący", "nadchodzącą"],
        Morphology = new WordForms
        {
            // Oblique cases back to the nominative, with the ó/o alternation (Kijowa, Kijowie, Kijowem →
            // Kijów; Rzeszowa → Rzeszów). Feminine -a (Warszawy, Warszawie, Warszawę, Warszawą → Warszawa;
            // Polsce → Polska; Rosji, Rosję → Rosja), masculine in a consonant (Gdańska, Gdańsku → Gdańsk;
            // Berlinie → Berlin), neuter -o (Grodnie, Grodna → Grodno), -ś nouns (Białorusi → Białoruś).
            Suffixes =
            [
                ("a", ["", "o", "e"]), ("u", ["", "e"]), ("em", [""]), ("ie", ["", "a", "o"]), ("y", ["a"]), ("ę", ["a"]), ("ą", ["a"]), ("i", ["a"]),
                ("owa", ["ów"]), ("owie", ["ów"]), ("owem", ["ów"]), ("owi", ["ów"]), ("ji", ["ja"]), ("ję", ["ja"]), ("ją", ["ja"]),
                ("sce", ["ska"]), ("ce", ["ka"]), ("dze", ["ga"]), ("si", ["ś"]), ("ni", ["ń"]), ("ci", ["ć"]), ("zi", ["ź"]),
                ("skiej", ["ska"]), ("ską", ["ska"]), ("skiego", ["ski"]), ("skim", ["ski"]), ("kiej", ["ka"]), ("kiego", ["ki"]),
                // Korea → Korei; adjectives of two-word names (Korei Północnej → Korea Północna, obwodu kurskiego → obwód kurski);
                // ó/o in -ód (obwodzie → obwód); the fleeting e of -ec (Zgorzelca, Zgorzelcu → Zgorzelec); neuter -o (Wilnem →
                // Wilno); plural names (Rudnikach → Rudniki).
                ("ei", ["ea"]), ("ej", ["a"]), ("ego", ["y", "i"]), ("ym", ["y"]), ("odu", ["ód"]), ("odzie", ["ód"]), ("odem", ["ód"]),
                ("cu", ["ec"]), ("ca", ["ec"]), ("cem", ["ec"]), ("em", ["o"]), ("ach", ["i", "y", "e"]), ("ami", ["i", "y", "e"]),
                // Neuter names in -e (Podlasia, Podlasiu → Podlasie; Pomorza, Pomorzu → Pomorze: the "e" of -a and -u above), plural names in -e (Katowicach,
                // Osipowiczami → Katowice, Osipowicze), the instrumental of -ś nouns (Białorusią → Białoruś), and names made of
                // an adjective and a noun, both declined (Białegostoku, Białymstoku → Białystok; Krasnegostawu → Krasnystaw).
                ("sią", ["ś"]),
                ("egostoku", ["ystok"]), ("ymstoku", ["ystok"]), ("ymstokiem", ["ystok"]), ("egostawu", ["ystaw"]), ("ymstawie", ["ystaw"]),
                ("ymstawem", ["ystaw"]),
            ],
        },
    };

    // The masculine personal plural softens the k of -ski, -cki, -dzki: "amerykańscy żołnierze", "niemieccy", "szwedzcy", which
    // the stem "amerykańsk*" does not reach; each adjective stem also gets that form.
    private static Dictionary<string, string> WithVirilePlurals(Dictionary<string, string> demonyms)
    {
        foreach (var (form, country) in demonyms.ToList())
        {
            if (form.EndsWith("k*", StringComparison.Ordinal))
            {
                demonyms.TryAdd(form[..^2] + "cy", country);
            }
        }

        return demonyms;
    }
}
