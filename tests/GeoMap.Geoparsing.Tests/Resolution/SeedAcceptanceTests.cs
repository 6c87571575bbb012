using GeoMap.Geoparsing.Tests.Analysis;
using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Resolution;

/// <summary>Opt-in: reads the seed report where it is present (GEOMAP_SEED_DIR or ../shared/seed); reported as skipped elsewhere.</summary>
public class SeedAcceptanceTests
{
    [SeedFact]
    public void The_seed_report_places_resolve_when_the_seed_is_present()
    {
        var found = TestGazetteer.Recognizer.Recognize(File.ReadAllText(SeedReportAcceptanceTests.SeedFile()!));
        var ids = found.Select(m => m.Place.GeonameId).ToHashSet();
        Assert.Contains(2014006L, ids); // Ussuriysk
        Assert.Contains(2013348L, ids); // Vladivostok
        Assert.Contains(1835848L, ids); // Seoul
        Assert.DoesNotContain(found, m => m.Surface is "Kim" or "Mark" or "Otan" or "OTAN");
    }
}
