namespace GeoMap.Geoparsing.Languages.Italian;

/// <summary>The Italian words: function words, elisions, abbreviations, numbers, months and weekdays.</summary>
public static class ItalianRules
{
    /// <summary>The Italian rule set.</summary>
    public static LanguageRules Rules { get; } = new()
    {
        Code = "it",
        Stopwords = ["il", "lo", "gli", "di", "del", "della", "dei", "delle", "degli", "e", "è", "che", "un", "una", "per", "con", "non", "nel",
            "nella", "nei", "al", "alla", "ai", "sono", "ha", "hanno", "da", "dal", "dalla", "anche", "secondo", "questo", "questa", "come",
            "dell'", "all'", "nell'", "sull'", "dall'", "stato", "stati", "ieri", "verso"],
        Elisions = ["l'", "d'", "dell'", "dall'", "all'", "nell'", "sull'", "coll'", "un'", "quest'", "quell'"],
        Abbreviations = ["Sig", "Sigg", "Dott", "Gen", "Col", "Magg", "Ten", "Cap", "Prof", "ecc", "pag", "gen", "feb", "mar", "apr", "mag", "giu",
            "lug", "ago", "set", "ott", "nov", "dic", "St", "on", "sen"],
        NumberWords = new Dictionary<string, int>
        {
            ["un"] = 1, ["uno"] = 1, ["una"] = 1, ["due"] = 2, ["tre"] = 3, ["quattro"] = 4, ["cinque"] = 5, ["sei"] = 6, ["sette"] = 7,
            ["otto"] = 8, ["nove"] = 9, ["dieci"] = 10, ["undici"] = 11, ["dodici"] = 12, ["tredici"] = 13, ["quattordici"] = 14,
            ["quindici"] = 15, ["sedici"] = 16, ["diciassette"] = 17, ["diciotto"] = 18, ["diciannove"] = 19, ["venti"] = 20, ["trenta"] = 30,
            ["quaranta"] = 40, ["cinquanta"] = 50, ["sessanta"] = 60, ["settanta"] = 70, ["ottanta"] = 80, ["novanta"] = 90,
        },
        ScaleWords = new Dictionary<string, int> { ["cento"] = 100, ["mille"] = 1000, ["mila"] = 1000, ["milione"] = 1_000_000, ["milioni"] = 1_000_000 },
        NumberJoiners = ["e"],
        Months = new Dictionary<string, int>
        {
            ["gennaio"] = 1, ["febbraio"] = 2, ["marzo"] = 3, ["aprile"] = 4, ["maggio"] = 5, ["giugno"] = 6, ["luglio"] = 7, ["agosto"] = 8,
            ["settembre"] = 9, ["ottobre"] = 10, ["novembre"] = 11, ["dicembre"] = 12,
        },
        Weekdays = new Dictionary<string, DayOfWeek>
        {
            ["lunedì"] = DayOfWeek.Monday, ["martedì"] = DayOfWeek.Tuesday, ["mercoledì"] = DayOfWeek.Wednesday, ["giovedì"] = DayOfWeek.Thursday,
            ["venerdì"] = DayOfWeek.Friday, ["sabato"] = DayOfWeek.Saturday, ["domenica"] = DayOfWeek.Sunday,
        },
    };
}
