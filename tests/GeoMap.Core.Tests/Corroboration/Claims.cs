using System.Globalization;
using GeoMap.Core.Corroboration;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Time;

namespace GeoMap.Core.Tests.Corroboration;

/// <summary>Claims and places for the corroboration tests, written for them (not taken from any evaluation set).</summary>
internal static class Claims
{
    public static readonly Place Ussuriysk = Place("Ussuriysk", 131.9511, 43.8019, 2014006);
    public static readonly Place UssuriyskBase = new() { CuratedKey = "ussuriysk-base", Name = "Ussuriysk base", Lon = 131.99, Lat = 43.78, Kind = PlaceKind.MilitaryFacility, FeatureCode = "MILB" };
    public static readonly Place TownNorthOfUssuriysk = Place("Town north of Ussuriysk", 131.9511, 44.0719, 900000001);
    public static readonly Place SuburbOfUssuriysk = Place("Suburb of Ussuriysk", 131.9511, 43.8739, 900000002);
    public static readonly Place Vladivostok = Place("Vladivostok", 131.8735, 43.1056, 2013348);
    public static readonly Place Khabarovsk = Place("Khabarovsk", 135.0721, 48.4827, 2022890);

    private static long nextId = 1;

    public static Claim Of(
        string? actor = "Russia", Place? to = null, Place? from = null, string? days = "2024-10-08..2024-10-13", int? strength = 1500,
        MovementStatus status = MovementStatus.Completed, string source = "NIS", string published = "2024-10-18", string? outlet = "Yonhap",
        long? copyOf = null, string? actorCountry = null, MovementKind kind = MovementKind.Deployment, string? sourceCountry = null)
    {
        var id = Interlocked.Increment(ref nextId);
        Period period = Period.Unbounded;
        if (days is not null)
        {
            var parts = days.Split("..");
            period = Period.Days(DateOnly.Parse(parts[0], CultureInfo.InvariantCulture), DateOnly.Parse(parts[^1], CultureInfo.InvariantCulture));
        }

        return new Claim
        {
            Id = id,
            Statement = new Movement
            {
                Id = id,
                ReportId = id,
                Actor = actor,
                ActorCountry = actorCountry,
                Destination = to,
                Origin = from,
                Period = period,
                Strength = strength is { } s ? Strength.Exactly(s, s.ToString("N0", CultureInfo.InvariantCulture)) : null,
                Status = status,
                Kind = kind,
                Source = new Attribution(source, sourceCountry),
                Confidence = 0.7,
            },
            PublishedAt = DateTimeOffset.Parse(published, CultureInfo.InvariantCulture),
            Outlet = outlet,
            OriginalOutlet = outlet,
            CopyOfReportId = copyOf,
        };
    }

    /// <summary>The tracked movement a list of claims makes.</summary>
    public static Movement Tracked(params Claim[] claims) => ClaimDerivation.Derive(claims, new GroupingSettings());

    private static Place Place(string name, double lon, double lat, long geonameId) =>
        new() { GeonameId = geonameId, Name = name, CountryCode = "RU", Lon = lon, Lat = lat };
}
