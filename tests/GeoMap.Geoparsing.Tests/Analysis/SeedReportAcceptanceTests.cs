using GeoMap.Core.Movements;
using GeoMap.Core.Time;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Analysis;

/// <summary>Runs only where the shared seed report is present (GEOMAP_SEED_DIR, or ../shared/seed above the repository).</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (SeedReportAcceptanceTests.SeedFile() is null)
        {
            Skip = "The seed report is not present (set GEOMAP_SEED_DIR to the folder holding it).";
        }
    }
}

public class SeedReportAcceptanceTests
{
    internal static string? SeedFile()
    {
        var dirs = new List<string>();
        if (Environment.GetEnvironmentVariable("GEOMAP_SEED_DIR") is { Length: > 0 } env)
        {
            dirs.Add(env);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            dirs.Add(Path.Combine(dir.FullName, "shared", "seed"));
        }

        return dirs.Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d, "000_*.txt")).FirstOrDefault();
    }

    [SeedFact]
    public void The_seed_report_comes_out_right()
    {
        var text = File.ReadAllText(SeedFile()!);
        var result = ReportAnalyzer.CreateDefault().Analyze(text, new DateTimeOffset(2024, 10, 18, 0, 0, 0, TimeSpan.Zero), "auto");

        Assert.Equal("fr", result.Language);
        Assert.Equal(2, result.Movements.Count);

        var planned = Assert.Single(result.Movements, m => m.Status == MovementStatus.Planned);
        Assert.Equal("KP", planned.ActorCountry);
        Assert.Equal(12000, planned.Strength!.Min);
        Assert.Equal(12000, planned.Strength.Max);
        Assert.Contains(planned.Destination!.CountryCode, new[] { "UA", "RU" });
        Assert.Equal(new Attribution("NIS", "KR"), planned.Source);

        var moved = Assert.Single(result.Movements, m => m.Status == MovementStatus.Completed);
        Assert.Equal("KP", moved.ActorCountry);
        Assert.Equal(1500, moved.Strength!.Min);
        Assert.Equal("special forces", moved.Unit);
        Assert.Equal(TransportMode.Sea, moved.Mode);
        Assert.True(moved.Destination!.GeonameId == 2014006 || moved.Destination.CuratedKey == "base:ussuriysk", moved.Destination.Key);
        Assert.Equal(Period.Days(new DateOnly(2024, 10, 8), new DateOnly(2024, 10, 13)), moved.Period);
        Assert.Equal(new Attribution("NIS", "KR"), moved.Source);
        Assert.Equal(moved.Sentence, text.Substring(moved.SentenceStart, moved.Sentence.Length));

        // Seoul summoning the ambassador and the reactions are not movements; Vladivostok is only a hint.
        Assert.DoesNotContain(result.Movements, m => m.Destination?.Name == "Vladivostok");
        Assert.DoesNotContain(result.Movements, m => m.Sentence.Contains("ambassadeur", StringComparison.Ordinal));
        Assert.Contains(result.Places, p => p.Place.GeonameId == 2014006 || p.Place.CuratedKey == "base:ussuriysk");
    }
}
