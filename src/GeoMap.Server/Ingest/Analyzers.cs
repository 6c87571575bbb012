using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Server.Ingest;

/// <summary>Builds the report analyzer the server and CLI share, from the repository's data folder.</summary>
public static class Analyzers
{
    /// <summary>The analyzer with the curated lexicons (data/gazetteer) and the geoparser's place finder.</summary>
    public static ReportAnalyzer Create() => new(ReportAnalyzer.LoadCuratedLexicons());
}
