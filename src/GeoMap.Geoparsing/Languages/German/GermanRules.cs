namespace GeoMap.Geoparsing.Languages.German;

/// <summary>The German words: function words, abbreviations, numbers, months and weekdays.</summary>
public static class GermanRules
{
    /// <summary>The German rule set.</summary>
    public static LanguageRules Rules { get; } = new()
    {
        Code = "de",
        Stopwords = ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "einem", "dem", "den", "des", "im", "zu", "mit", "von",
            "für", "auf", "auch", "sich", "wird", "wurde", "wurden", "hat", "haben", "nach", "bei", "aus", "über", "vom", "zum", "zur", "sind",
            "war", "dass", "als", "noch", "nur", "durch", "sowie", "soll", "sollen", "laut", "seit", "gegen", "wie", "oder"],
        Abbreviations = ["Nr", "Dr", "Prof", "Gen", "Hr", "Fr", "bzw", "ca", "vgl", "usw", "z", "B", "St", "Jan", "Feb", "Mär", "Apr", "Jun", "Jul",
            "Aug", "Sep", "Sept", "Okt", "Nov", "Dez", "Mio", "Mrd", "Tsd", "Abs", "Bd", "sog", "u", "a", "Oberstlt", "Brig"],
        NumberWords = new Dictionary<string, int>
        {
            ["ein"] = 1, ["eine"] = 1, ["einen"] = 1, ["eins"] = 1, ["zwei"] = 2, ["drei"] = 3, ["vier"] = 4, ["fünf"] = 5, ["sechs"] = 6,
            ["sieben"] = 7, ["acht"] = 8, ["neun"] = 9, ["zehn"] = 10, ["elf"] = 11, ["zwölf"] = 12, ["dreizehn"] = 13, ["vierzehn"] = 14,
            ["fünfzehn"] = 15, ["sechzehn"] = 16, ["siebzehn"] = 17, ["achtzehn"] = 18, ["neunzehn"] = 19, ["zwanzig"] = 20, ["dreißig"] = 30,
            ["vierzig"] = 40, ["fünfzig"] = 50, ["sechzig"] = 60, ["siebzig"] = 70, ["achtzig"] = 80, ["neunzig"] = 90,
        },
        ScaleWords = new Dictionary<string, int>
        {
            ["hundert"] = 100, ["tausend"] = 1000, ["Tsd"] = 1000, ["Million"] = 1_000_000, ["Millionen"] = 1_000_000, ["Mio"] = 1_000_000,
        },
        NumberJoiners = ["und"],
        Months = new Dictionary<string, int>
        {
            ["Januar"] = 1, ["Jänner"] = 1, ["Jan"] = 1, ["Februar"] = 2, ["Feb"] = 2, ["März"] = 3, ["Mär"] = 3, ["April"] = 4, ["Apr"] = 4,
            ["Mai"] = 5, ["Juni"] = 6, ["Jun"] = 6, ["Juli"] = 7, ["Jul"] = 7, ["August"] = 8, ["Aug"] = 8, ["September"] = 9, ["Sept"] = 9,
            ["Sep"] = 9, ["Oktober"] = 10, ["Okt"] = 10, ["November"] = 11, ["Nov"] = 11, ["Dezember"] = 12, ["Dez"] = 12,
        },
        Weekdays = new Dictionary<string, DayOfWeek>
        {
            ["Montag"] = DayOfWeek.Monday, ["Dienstag"] = DayOfWeek.Tuesday, ["Mittwoch"] = DayOfWeek.Wednesday, ["Donnerstag"] = DayOfWeek.Thursday,
            ["Freitag"] = DayOfWeek.Friday, ["Samstag"] = DayOfWeek.Saturday, ["Sonnabend"] = DayOfWeek.Saturday, ["Sonntag"] = DayOfWeek.Sunday,
        },
    };
}
