namespace GeoMap.Geoparsing.Languages.Polish;

/// <summary>The Polish words: function words, abbreviations, numbers, months, weekdays and the case endings of place names.</summary>
public static class PolishRules
{
    /// <summary>The Polish rule set.</summary>
    public static LanguageRules Rules { get; } = new()
    {
        Code = "pl",
        Stopwords = ["i", "w", "z", "na", "do", "się", "że", "nie", "jest", "to", "o", "jak", "od", "po", "przez", "oraz", "są", "został", "została",
            "zostały", "zostali", "ich", "tym", "który", "która", "które", "których", "dla", "przy", "ze", "we", "także", "według", "jego", "już",
            "będą", "będzie", "też", "tys", "roku", "tego", "ma", "mają"],
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
        NameNouns = ["obwód", "obwodu", "obwodzie", "województwo", "województwa", "województwie", "morze", "morza", "morzu", "cieśnina",
            "cieśniny", "cieśninie", "zatoka", "zatoki", "zatoce", "jezioro", "jeziora", "jeziorze"],
        Morphology = new WordForms
        {
            // Oblique cases back to the nominative, with the ó/o alternation (Kijowa, Kijowie, Kijowem →
            // Kijów; Rzeszowa → Rzeszów). Feminine -a (Warszawy, Warszawie, Warszawę, Warszawą → Warszawa;
            // Polsce → Polska; Rosji, Rosję → Rosja), masculine in a consonant (Gdańska, Gdańsku → Gdańsk;
            // Berlinie → Berlin), neuter -o (Grodnie, Grodna → Grodno), -ś nouns (Białorusi → Białoruś).
            Suffixes =
            [
                ("a", ["", "o"]), ("u", [""]), ("em", [""]), ("ie", ["", "a", "o"]), ("y", ["a"]), ("ę", ["a"]), ("ą", ["a"]), ("i", ["a"]),
                ("owa", ["ów"]), ("owie", ["ów"]), ("owem", ["ów"]), ("owi", ["ów"]), ("ji", ["ja"]), ("ję", ["ja"]), ("ją", ["ja"]),
                ("sce", ["ska"]), ("ce", ["ka"]), ("dze", ["ga"]), ("si", ["ś"]), ("ni", ["ń"]), ("ci", ["ć"]), ("zi", ["ź"]),
                ("skiej", ["ska"]), ("ską", ["ska"]), ("skiego", ["ski"]), ("skim", ["ski"]), ("kiej", ["ka"]), ("kiego", ["ki"]),
            ],
        },
    };
}
