namespace GeoMap.Geoparsing.Languages.Swedish;

/// <summary>Swedish function words, for detection only: a report in Swedish is found unsupported.</summary>
internal static class SwedishProfile
{
    /// <summary>The Swedish detection profile.</summary>
    public static DetectionProfile Profile { get; } = new("sv", ["och", "att", "det", "som", "för", "med", "på", "är", "av", "den", "till", "en", "ett", "inte", "har", "var", "om", "från", "enligt", "sade", "också", "efter", "vid", "de", "kommer", "skulle"]);
}
