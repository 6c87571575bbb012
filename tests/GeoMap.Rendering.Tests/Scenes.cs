using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Queries;
using GeoMap.Core.Time;

namespace GeoMap.Rendering.Tests;

/// <summary>The places and movements the rendering tests draw; each test builds its own request from them.</summary>
public static class Scenes
{
    public static Place Town(string name, double lon, double lat, long population = 0, string? country = null) =>
        new() { GeonameId = Math.Abs((long)name.GetHashCode(StringComparison.Ordinal)) % 1_000_000, Name = name, Lon = lon, Lat = lat, Population = population, CountryCode = country };

    public static Place Base(string key, string name, double lon, double lat) =>
        new() { CuratedKey = key, Name = name, Lon = lon, Lat = lat, Kind = PlaceKind.MilitaryFacility, FeatureCode = "MILB" };

    public static Movement Move(long id, string? actor, MovementStatus status, int? strength, params Place[] route) => new()
    {
        Id = id,
        Actor = actor,
        Status = status,
        Strength = strength is { } s ? Strength.Exactly(s, s.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null,
        Origin = route[0],
        Via = route.Length > 2 ? route[1..^1] : [],
        Destination = route.Length > 1 ? route[^1] : null,
        Period = Period.Days(new DateOnly(2024, 10, 8), new DateOnly(2024, 10, 13)),
    };

    // Ukraine / Russia border region
    public static readonly Place Belgorod = Town("Belgorod", 36.5983, 50.5977, 391_554, "RU");
    public static readonly Place Kharkiv = Town("Kharkiv", 36.2527, 49.9808, 1_430_885, "UA");
    public static readonly Place Rostov = Town("Rostov-on-Don", 39.7015, 47.2364, 1_074_482, "RU");
    public static readonly Place Mariupol = Town("Mariupol", 37.5413, 47.0971, 481_626, "UA");
    public static readonly Place Melitopol = Town("Melitopol", 35.3653, 46.8489, 160_000, "UA");
    public static readonly Place Dnipro = Town("Dnipro", 35.0462, 48.4593, 968_502, "UA");
    public static readonly Place Zaporizhzhia = Town("Zaporizhzhia", 35.1396, 47.8229, 710_052, "UA");
    public static readonly Place Kursk = Town("Kursk", 36.1874, 51.7373, 409_431, "RU");
    public static readonly Place Sumy = Town("Sumy", 34.8003, 50.9216, 268_409, "UA");

    public static MapRequest UkraineBorder() => new()
    {
        Box = new BoundingBox(30, 44, 42, 52.5),
        Width = 1600,
        Height = 1000,
        From = new DateOnly(2024, 10, 1),
        To = new DateOnly(2024, 10, 31),
        Title = "Force movements near the Ukraine–Russia border",
        Movements =
        [
            Move(1, "Russia", MovementStatus.Completed, 12_000, Belgorod, Kharkiv),
            Move(2, "Russia", MovementStatus.Planned, 5_000, Rostov, Mariupol, Melitopol),
            Move(3, "Ukraine", MovementStatus.UnderWay, 1_500, Dnipro, Zaporizhzhia),
            // A withdrawal: a second head behind the first.
            Move(4, "Ukraine", MovementStatus.Completed, 800, Kursk, Sumy) with { Kind = MovementKind.Withdrawal },
        ],
    };

    // Ussuriysk / Vladivostok (the seed report)
    public static readonly Place Chongjin = Town("Chongjin", 129.7758, 41.7956, 614_892, "KP");
    public static readonly Place Vladivostok = Town("Vladivostok", 131.8735, 43.1056, 587_022, "RU");
    public static readonly Place UssuriyskBase = Base("base:ussuriysk", "Ussuriysk base", 131.9510, 43.8000);

    public static MapRequest Ussuriysk() => new()
    {
        Box = new BoundingBox(128.5, 40.8, 134.5, 45.2),
        Width = 1400,
        Height = 1000,
        From = new DateOnly(2024, 10, 8),
        To = new DateOnly(2024, 10, 13),
        Title = "North Korean troops to Ussuriysk",
        Movements =
        [
            Move(10, "North Korea", MovementStatus.Completed, 1_500, Chongjin, Vladivostok, UssuriyskBase),
            Move(11, "North Korea", MovementStatus.Planned, 12_000, Chongjin, UssuriyskBase),
        ],
    };

    // Across the antimeridian: Chukotka and Alaska
    public static readonly Place Anadyr = Town("Anadyr", 177.5089, 64.7337, 13_045, "RU");
    public static readonly Place Provideniya = Town("Provideniya", -173.2333, 64.4235, 2_000, "RU");
    public static readonly Place Nome = Town("Nome", -165.4064, 64.5011, 3_699, "US");

    public static MapRequest Antimeridian() => new()
    {
        Box = new BoundingBox(165, 58, -155, 70),
        Width = 1200,
        Height = 800,
        From = new DateOnly(2024, 10, 1),
        To = new DateOnly(2024, 10, 31),
        Title = "Across the antimeridian",
        Movements =
        [
            Move(20, "Russia", MovementStatus.Completed, 600, Anadyr, Provideniya),
            Move(21, "United States", MovementStatus.Planned, 300, Nome, Provideniya),
        ],
    };
}
