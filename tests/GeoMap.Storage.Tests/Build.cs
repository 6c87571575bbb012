using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Time;

namespace GeoMap.Storage.Tests;

/// <summary>Small builders for test data.</summary>
internal static class Build
{
    private static long nextCurated;

    public static Place Place(string name, double lon, double lat, long? geonameId = null, string? country = null) => new()
    {
        GeonameId = geonameId,
        CuratedKey = geonameId is null ? $"test:{name.ToLowerInvariant()}:{Interlocked.Increment(ref nextCurated)}" : null,
        Name = name,
        CountryCode = country,
        Lon = lon,
        Lat = lat,
    };

    public static Movement Movement(string actor, Period period, params Place[] route) => new()
    {
        Actor = actor,
        Origin = route.Length > 1 ? route[0] : null,
        Via = route.Length > 2 ? route[1..^1] : [],
        Destination = route.Length > 0 ? route[^1] : null,
        Period = period,
        Sentence = $"{actor} moved.",
        Confidence = 0.8,
    };

    public static Period Days(string first, string last) => Period.Days(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));

    public static DateTimeOffset Utc(string date) => DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
}
