namespace GeoMap.Geoparsing.Languages.Spanish;

/// <summary>The Spanish words: function words, abbreviations, numbers, months and weekdays.</summary>
public static class SpanishRules
{
    /// <summary>The Spanish rule set.</summary>
    public static LanguageRules Rules { get; } = new()
    {
        Code = "es",
        Stopwords = ["el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "por", "con", "para", "se", "su", "sus", "al", "es",
            "lo", "como", "más", "pero", "fue", "han", "ha", "según", "este", "esta", "estos", "unos", "unas", "desde", "hacia", "también", "sobre",
            "entre", "sin", "tras"],
        Abbreviations = ["Sr", "Sra", "Srta", "Dr", "Dra", "Gral", "Gen", "Cnel", "Tte", "Cap", "núm", "pág", "etc", "EE", "UU", "aprox", "ene", "feb",
            "mar", "abr", "jun", "jul", "ago", "sept", "oct", "nov", "dic", "St", "Av", "Ud", "Uds"],
        NumberWords = new Dictionary<string, int>
        {
            ["un"] = 1, ["uno"] = 1, ["una"] = 1, ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6, ["siete"] = 7,
            ["ocho"] = 8, ["nueve"] = 9, ["diez"] = 10, ["once"] = 11, ["doce"] = 12, ["trece"] = 13, ["catorce"] = 14, ["quince"] = 15,
            ["dieciséis"] = 16, ["diecisiete"] = 17, ["dieciocho"] = 18, ["diecinueve"] = 19, ["veinte"] = 20, ["treinta"] = 30,
            ["cuarenta"] = 40, ["cincuenta"] = 50, ["sesenta"] = 60, ["setenta"] = 70, ["ochenta"] = 80, ["noventa"] = 90,
        },
        ScaleWords = new Dictionary<string, int> { ["cien"] = 100, ["ciento"] = 100, ["mil"] = 1000, ["millón"] = 1_000_000, ["millones"] = 1_000_000 },
        NumberJoiners = ["y"],
        Months = new Dictionary<string, int>
        {
            ["enero"] = 1, ["ene"] = 1, ["febrero"] = 2, ["feb"] = 2, ["marzo"] = 3, ["abril"] = 4, ["abr"] = 4, ["mayo"] = 5, ["junio"] = 6,
            ["julio"] = 7, ["agosto"] = 8, ["ago"] = 8, ["septiembre"] = 9, ["setiembre"] = 9, ["sept"] = 9, ["octubre"] = 10, ["oct"] = 10,
            ["noviembre"] = 11, ["nov"] = 11, ["diciembre"] = 12, ["dic"] = 12,
        },
        Weekdays = new Dictionary<string, DayOfWeek>
        {
            ["lunes"] = DayOfWeek.Monday, ["martes"] = DayOfWeek.Tuesday, ["miércoles"] = DayOfWeek.Wednesday, ["jueves"] = DayOfWeek.Thursday,
            ["viernes"] = DayOfWeek.Friday, ["sábado"] = DayOfWeek.Saturday, ["domingo"] = DayOfWeek.Sunday,
        },
    };
}
