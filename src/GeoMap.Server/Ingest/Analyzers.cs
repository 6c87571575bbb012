using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Server.Ingest;

/// <summary>Builds the report analyzer the server uses.</summary>
public static class Analyzers
{
    /// <summary>The geoparser's default analyzer: the shared gazetteer plus the curated lists of data/gazetteer.</summary>
    public static ReportAnalyzer Create() => ReportAnalyzer.CreateDefault();
}
