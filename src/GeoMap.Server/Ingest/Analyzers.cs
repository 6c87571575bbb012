using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Server.Ingest;

/// <summary>Builds the report analyzer the server and CLI share, from the repository's data folder.</summary>
public static class Analyzers
{
    /// <summary>The analyzer with the curated lexicons (data/gazetteer) and the gazetteer place finder.</summary>
    /// <remarks>
    /// Minimal fix by the web-client session (issue 6): the server built its analyzer without the gazetteer finder, so
    /// dry runs and ingests found only curated places (no Vladivostok, no Kursk) while <c>geomap extract</c> found them.
    /// <see cref="ReportAnalyzer.CreateDefault"/> is documented as "what the CLI and the server use".
    /// </remarks>
    public static ReportAnalyzer Create() => ReportAnalyzer.CreateDefault();
}
