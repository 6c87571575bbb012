using GeoMap.Core.Places;

namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>One place of the compiled gazetteer: a GeoNames feature, a country, a region or a curated place.</summary>
/// <remarks>Kept as a small mutable class so the builder can merge sources into it; treat it as read-only after loading.</remarks>
public sealed class GazetteerEntry
{
    /// <summary>GeoNames identifier, 0 when the entry has none.</summary>
    public long GeonameId { get; set; }

    /// <summary>Key of a curated entry (<c>base:ussuriysk</c>, <c>country:XK</c>), null for a GeoNames entry.</summary>
    public string? CuratedKey { get; set; }

    /// <summary>Preferred English or ASCII name.</summary>
    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country code, empty when unknown (seas).</summary>
    public string CountryCode { get; set; } = "";

    /// <summary>GeoNames admin1 code within the country, empty when unknown.</summary>
    public string Admin1Code { get; set; } = "";

    /// <summary>GeoNames admin2 code within the first-level region (a county, a province, a raion), empty when unknown.</summary>
    public string Admin2Code { get; set; } = "";

    /// <summary>GeoNames feature code (PPLC, ADM1, PCLI) or a curated one (MILB, NVB, AIRF).</summary>
    public string FeatureCode { get; set; } = "PPL";

    /// <summary>Population, 0 when unknown.</summary>
    public long Population { get; set; }

    /// <summary>Latitude in degrees.</summary>
    public double Lat { get; set; }

    /// <summary>Longitude in degrees.</summary>
    public double Lon { get; set; }

    /// <summary>A capital (of a country or a first-level region) or a city of 100,000 people or more: what a bare name in news
    /// text means over a namesake village.</summary>
    public bool IsCityOrCapital => Population >= 100_000 || FeatureCode is "PPLC" or "PPLA";

    /// <summary>Coarse kind, derived from the feature code.</summary>
    public PlaceKind Kind => FeatureCodes.KindOf(FeatureCode);

    /// <summary>A key unique across sources: <c>gn:2014006</c> or <c>cur:base:ussuriysk</c>.</summary>
    public string Key => GeonameId != 0 ? "gn:" + GeonameId.ToString(System.Globalization.CultureInfo.InvariantCulture) : "cur:" + CuratedKey;

    /// <summary>Converts the entry to the Core place record.</summary>
    /// <returns>A new <see cref="Place"/>.</returns>
    public Place ToPlace() => new()
    {
        GeonameId = GeonameId != 0 ? GeonameId : null,
        CuratedKey = CuratedKey,
        Name = Name,
        CountryCode = CountryCode.Length > 0 ? CountryCode : null,
        Admin1Code = Admin1Code.Length > 0 ? Admin1Code : null,
        Kind = Kind,
        FeatureCode = FeatureCode,
        Population = Population,
        Lat = Lat,
        Lon = Lon,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Key}, {CountryCode}, {FeatureCode})";
}
