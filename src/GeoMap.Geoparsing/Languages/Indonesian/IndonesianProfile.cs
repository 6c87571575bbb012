namespace GeoMap.Geoparsing.Languages.Indonesian;

/// <summary>Indonesian function words, for detection only: a report in Indonesian is found unsupported.</summary>
internal static class IndonesianProfile
{
    /// <summary>The Indonesian detection profile.</summary>
    public static DetectionProfile Profile { get; } = new("id", ["dan", "yang", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "tidak", "akan", "pada", "juga", "dalam", "adalah", "oleh", "telah", "sebagai", "kata", "menurut", "mereka", "setelah"]);
}
