using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Resolution;

/// <summary>Opt-in: reads the seed report when ../shared/seed exists next to the repository (developer machines only).</summary>
public class SeedAcceptanceTests
{
    [Fact]
    public void The_seed_report_places_resolve_when_the_seed_is_present()
    {
        var seedDir = Path.GetFullPath(Path.Combine(TestGazetteer.RepositoryRoot, "..", "shared", "seed"));
        var file = Directory.Exists(seedDir) ? Directory.EnumerateFiles(seedDir, "*.txt").Order(StringComparer.Ordinal).FirstOrDefault() : null;
        if (file is null)
        {
            return; // Not a developer machine with the shared seed: nothing to check.
        }

        var found = TestGazetteer.Recognizer.Recognize(File.ReadAllText(file));
        var ids = found.Select(m => m.Place.GeonameId).ToHashSet();
        Assert.Contains(2014006L, ids); // Ussuriysk
        Assert.Contains(2013348L, ids); // Vladivostok
        Assert.Contains(1835848L, ids); // Seoul
        Assert.DoesNotContain(found, m => m.Surface is "Kim" or "Mark" or "Otan" or "OTAN");
    }
}
