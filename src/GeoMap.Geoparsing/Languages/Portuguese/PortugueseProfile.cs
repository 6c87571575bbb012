namespace GeoMap.Geoparsing.Languages.Portuguese;

/// <summary>Portuguese function words, for detection only: a report in Portuguese is found unsupported.</summary>
internal static class PortugueseProfile
{
    /// <summary>The Portuguese detection profile.</summary>
    public static DetectionProfile Profile { get; } = new("pt", ["não", "uma", "um", "os", "as", "das", "dos", "ao", "aos", "à", "pelo", "pela", "em", "no", "na", "nos", "nas", "foi", "são", "mais", "também", "está", "com", "para", "seu", "sua", "ele", "ela", "já", "que", "de", "do", "da", "e", "o", "a", "se", "por", "segundo", "após", "disse"]);
}
