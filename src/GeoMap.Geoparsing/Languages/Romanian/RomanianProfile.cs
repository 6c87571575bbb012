namespace GeoMap.Geoparsing.Languages.Romanian;

/// <summary>Romanian function words, for detection only: a report in Romanian is found unsupported.</summary>
internal static class RomanianProfile
{
    /// <summary>The Romanian detection profile.</summary>
    public static DetectionProfile Profile { get; } = new("ro", ["și", "în", "de", "la", "cu", "pe", "care", "este", "din", "pentru", "să", "nu", "au", "mai", "fost", "că", "sunt", "un", "o", "a", "al", "ale", "lui", "potrivit", "după", "spus", "trupe"]);
}
