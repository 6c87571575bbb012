using System.Text.Json;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Registry;
using GeoMap.Core.Time;
using GeoMap.Geoparsing.Analysis;
using GeoMap.Geoparsing.Gazetteer;
using GeoMap.Geoparsing.Tests.Extraction;

namespace GeoMap.Geoparsing.Tests.Analysis;

/// <summary>The committed sample reports (data/samples) read right, given the right places.</summary>
/// <remarks>Places are given by hand so that these tests measure movement extraction, not toponym resolution.</remarks>
public class SampleReportsTests
{
    private static readonly Place Baranovichi = new() { GeonameId = 630429, Name = "Baranovichi", CountryCode = "BY", Lon = 26.01, Lat = 53.13 };
    private static readonly Place Smolensk = new() { GeonameId = 491687, Name = "Smolensk", CountryCode = "RU", Lon = 32.04, Lat = 54.78 };
    private static readonly Place Sudzha = new() { GeonameId = 485660, Name = "Sudzha", CountryCode = "RU", Lon = 35.27, Lat = 51.19 };
    private static readonly Place Hmeimim = new() { CuratedKey = "airbase:hmeimim", Name = "Khmeimim air base", CountryCode = "SY", Kind = PlaceKind.MilitaryFacility, Lon = 35.95, Lat = 35.41 };
    private static readonly Place Latakia = new() { GeonameId = 173579, Name = "Latakia", CountryCode = "SY", Lon = 35.79, Lat = 35.52 };
    private static readonly Place Moscow = new() { GeonameId = 524901, Name = "Moscow", CountryCode = "RU", Lon = 37.62, Lat = 55.75 };
    private static readonly Place Asipovichy = new() { GeonameId = 625665, Name = "Asipovichy", CountryCode = "BY", Lon = 28.64, Lat = 53.3 };

    private static readonly (string, Place)[] Places =
    [
        ("Baranovitchi", Baranovichi), ("Smolensk", Smolensk), ("Minsk", Fixtures.Minsk), ("Vladivostok", Fixtures.Vladivostok),
        ("Kursk", Fixtures.Kursk), ("Sudzha", Sudzha), ("Novorossiisk", Fixtures.Novorossiysk), ("Novorossiysk", Fixtures.Novorossiysk),
        ("Sébastopol", Fixtures.Sevastopol), ("Hmeimim", Hmeimim), ("Latakia", Latakia), ("Moscow", Moscow), ("Tartus", Fixtures.Tartus),
        ("Asipovichy", Asipovichy), ("Rostov-on-Don", Fixtures.Rostov), ("Russia", Fixtures.Country("RU")), ("Bélarus", Fixtures.Country("BY")),
        ("Belarus", Fixtures.Country("BY")),
    ];

    private static string SamplesDirectory => Path.Combine(DataPaths.FindDataDirectory(), "samples");

    public static TheoryData<string> Files() => [.. Directory.GetFiles(Path.Combine(DataPaths.FindDataDirectory(), "samples"), "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sample_has_a_sidecar_and_yields_movements(string file)
    {
        var (text, published, language) = Load(file);
        Assert.Contains(language, new[] { "fr", "en" });
        var result = Analyze(text, published, "auto");
        Assert.Equal(language, result.Language);
        Assert.NotEmpty(result.Movements);
        Assert.All(result.Movements, m => Assert.Equal(m.Sentence, text.Substring(m.SentenceStart, m.Sentence.Length)));
    }

    [Fact]
    public void Belarus_by_rail_in_french()
    {
        var movements = Movements("001_belarus_rail_fr.txt");
        Assert.Equal(2, movements.Count);
        var arrived = movements[0];
        Assert.Equal(("RU", 3000, MovementStatus.Completed, TransportMode.Rail), (arrived.ActorCountry, arrived.Strength!.Min!.Value, arrived.Status, arrived.Mode));
        Assert.Equal((Smolensk, Baranovichi), (arrived.Origin, arrived.Destination));
        Assert.Equal(new Period(Day(2024, 11, 11), Day(2024, 11, 18), TimePrecision.Week), arrived.Period);
        Assert.Equal("Belarusian Ministry of Defence", arrived.Source!.Name);
        var planned = movements[1];
        Assert.Equal((MovementStatus.Planned, (int?)null, 10000), (planned.Status, planned.Strength!.Min, planned.Strength.Max!.Value));
        Assert.Equal((Fixtures.Minsk, TransportMode.Air), (planned.Destination, planned.Mode));
        Assert.Equal(Day(2024, 12, 1), planned.Period.Start);
    }

    [Fact]
    public void Kursk_in_english()
    {
        var movements = Movements("002_kursk_en.txt");
        Assert.Equal(2, movements.Count);
        Assert.All(movements, m => Assert.Equal(("KP", "HUR"), (m.ActorCountry, m.Source!.Name)));
        Assert.Equal((MovementStatus.UnderWay, TransportMode.Rail, Fixtures.Vladivostok, Fixtures.Kursk), (movements[0].Status, movements[0].Mode, movements[0].Origin, movements[0].Destination));
        Assert.Null(movements[0].Strength); // "several thousand" is a vague amount: no head count
        Assert.Equal("soldiers", movements[0].Unit);
        Assert.Equal((2000, 3000, MovementStatus.Completed), (movements[1].Strength!.Min!.Value, movements[1].Strength!.Max!.Value, movements[1].Status));
        Assert.Equal(TimePrecision.Week, movements[1].Period.Precision);
    }

    [Fact]
    public void Crimea_by_landing_ship_in_french()
    {
        var m = Assert.Single(Movements("003_crimea_fr.txt"));
        Assert.Equal(("RU", "marines", 1200, MovementStatus.Completed, TransportMode.Sea), (m.ActorCountry, m.Unit, m.Strength!.Min!.Value, m.Status, m.Mode));
        Assert.Equal((Fixtures.Novorossiysk, Fixtures.Sevastopol), (m.Origin, m.Destination));
        Assert.Equal(Period.Days(new DateOnly(2024, 11, 2), new DateOnly(2024, 11, 4)), m.Period);
        Assert.Equal(new Attribution("Ukrainian General Staff", "UA"), m.Source);
    }

    [Fact]
    public void Syria_airlift_in_english()
    {
        var movements = Movements("004_syria_en.txt");
        Assert.Equal(2, movements.Count);
        Assert.Equal((400, TransportMode.Air, Hmeimim, Moscow, "SOHR"), (movements[0].Strength!.Min!.Value, movements[0].Mode, movements[0].Origin, movements[0].Destination, movements[0].Source!.Name));
        var battalion = movements[1];
        Assert.Equal(("battalion", (Strength?)null, MovementStatus.Planned, TransportMode.Sea), (battalion.Unit, battalion.Strength, battalion.Status, battalion.Mode));
        Assert.Equal((Fixtures.Tartus, Fixtures.Novorossiysk), (battalion.Origin, battalion.Destination));
        Assert.Equal(new Period(Day(2025, 1, 1), Day(2025, 1, 11), TimePrecision.Week), battalion.Period);
    }

    [Fact]
    public void Wagner_leaving_belarus_in_english()
    {
        var m = Assert.Single(Movements("005_wagner_belarus_en.txt"));
        Assert.Equal(("RU", (int?)null, 2500, MovementStatus.Completed, TransportMode.Road), (m.ActorCountry, m.Strength!.Min, m.Strength.Max!.Value, m.Status, m.Mode));
        Assert.Equal(Fixtures.Rostov, m.Destination);
        Assert.Equal(Period.Days(new DateOnly(2023, 8, 14), new DateOnly(2023, 8, 14)), m.Period);
    }

    private static DateTimeOffset Day(int y, int m, int d) => new(y, m, d, 0, 0, 0, TimeSpan.Zero);

    private static List<Movement> Movements(string file)
    {
        var (text, published, language) = Load(file);
        return [.. Analyze(text, published, language).Movements];
    }

    private static AnalysisResult Analyze(string text, DateTimeOffset published, string language) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, published, language);

    private static (string Text, DateTimeOffset Published, string Language) Load(string file)
    {
        var path = Path.Combine(SamplesDirectory, file);
        using var sidecar = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(path, ".json")));
        var root = sidecar.RootElement;
        Assert.StartsWith("http", root.GetProperty("url").GetString(), StringComparison.Ordinal);
        return (File.ReadAllText(path), root.GetProperty("publishedAt").GetDateTimeOffset(), root.GetProperty("language").GetString()!);
    }
}
