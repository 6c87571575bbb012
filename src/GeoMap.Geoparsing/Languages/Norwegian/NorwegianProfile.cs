namespace GeoMap.Geoparsing.Languages.Norwegian;

/// <summary>Norwegian function words, for detection only: a report in Norwegian is found unsupported.</summary>
internal static class NorwegianProfile
{
    /// <summary>The Norwegian detection profile.</summary>
    public static DetectionProfile Profile { get; } = new("no", ["og", "at", "det", "som", "for", "med", "på", "er", "av", "den", "til", "en", "et", "ikke", "har", "var", "om", "fra", "ifølge", "sa", "også", "etter", "ved", "de", "vil", "ble"]);
}
