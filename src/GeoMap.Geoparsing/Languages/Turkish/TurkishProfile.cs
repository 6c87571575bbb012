namespace GeoMap.Geoparsing.Languages.Turkish;

/// <summary>Turkish function words, for detection only: a report in Turkish is found unsupported.</summary>
internal static class TurkishProfile
{
    /// <summary>The Turkish detection profile.</summary>
    public static DetectionProfile Profile { get; } = new("tr", ["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "olan", "daha", "çok", "göre", "sonra", "kadar", "gibi", "ancak", "ise", "değil", "her", "açıkladı", "dedi", "ki", "en"]);
}
