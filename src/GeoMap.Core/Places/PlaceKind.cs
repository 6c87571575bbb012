namespace GeoMap.Core.Places;

/// <summary>The coarse kinds of place GeoMap distinguishes when resolving and drawing.</summary>
public enum PlaceKind
{
    /// <summary>A city, town or village (GeoNames class P).</summary>
    PopulatedPlace,

    /// <summary>A country (GeoNames PCLI and friends).</summary>
    Country,

    /// <summary>A first-level region: oblast, province, state, krai (GeoNames ADM1).</summary>
    Region,

    /// <summary>A military facility: base, airfield, training ground.</summary>
    MilitaryFacility,

    /// <summary>A port or naval base.</summary>
    Port,

    /// <summary>A railhead or station.</summary>
    Railhead,

    /// <summary>A sea, strait, river or other water body.</summary>
    WaterBody,

    /// <summary>Anything else: a mountain range, a border crossing, a landmark.</summary>
    Other,
}
