namespace GeoMap.Geoparsing.Languages.Danish;

/// <summary>Danish function words, for detection only: a report in Danish is found unsupported.</summary>
internal static class DanishProfile
{
    /// <summary>The Danish detection profile.</summary>
    public static DetectionProfile Profile { get; } = new("da", ["og", "at", "det", "som", "for", "med", "på", "er", "af", "den", "til", "en", "et", "ikke", "har", "var", "om", "fra", "ifølge", "sagde", "også", "efter", "ved", "de", "vil", "blev"]);
}
