using GeoMap.Core.Places;

namespace GeoMap.Geoparsing.Gazetteer;

/// <summary>Maps GeoNames and curated feature codes to coarse kinds and ranking weights.</summary>
public static class FeatureCodes
{
    /// <summary>The curated code of a union of states (the European Union): a region when it is the territory ("countries in
    /// the EU"), a body when it acts or rules ("the EU said", "EU rules"), which text names far more often.</summary>
    public const string UnionOfStates = "UNION";

    /// <summary>The coarse kind of a feature code.</summary>
    /// <param name="code">GeoNames feature code or curated code.</param>
    /// <returns>The kind GeoMap draws and filters by.</returns>
    public static PlaceKind KindOf(string code) => code switch
    {
        "PCLI" or "PCLD" or "PCLF" or "PCLS" or "PCLIX" or "PCL" or "TERR" => PlaceKind.Country,
        "ADM1" or "ADM2" or "ADMD" or "RGN" or UnionOfStates => PlaceKind.Region,
        "MILB" or "INSM" or "TRNG" or "AIRB" or "AIRF" or "AIRM" => PlaceKind.MilitaryFacility,
        "PRT" or "NVB" or "HBR" => PlaceKind.Port,
        "RSTN" or "RSTP" or "RLHD" => PlaceKind.Railhead,
        "SEA" or "OCN" or "GULF" or "STRT" or "BAY" or "STM" or "LK" or "CHN" => PlaceKind.WaterBody,
        "CONT" => PlaceKind.Other,
        _ when code.StartsWith("PPL", StringComparison.Ordinal) => PlaceKind.PopulatedPlace,
        _ => PlaceKind.Other,
    };

    /// <summary>A prior weight in [0, 1] reflecting how often news text means this kind of feature.</summary>
    /// <param name="code">GeoNames feature code or curated code.</param>
    /// <returns>Countries and capitals high, villages low.</returns>
    public static double Prominence(string code) => code switch
    {
        "CONT" => 1.0,
        "PCLI" or "PCLD" or "PCLF" or "PCLS" or "PCL" or "TERR" => 0.95,
        "PPLC" => 0.85,
        "ADM1" => 0.7,
        "SEA" or "OCN" or "GULF" or "STRT" => 0.75,
        "PPLA" => 0.6,
        "PPLA2" => 0.45,
        "ADM2" => 0.45,
        "RGN" or UnionOfStates => 0.55,
        "MILB" or "NVB" or "AIRB" or "PRT" or "TRNG" or "RLHD" => 0.5,
        "PPLA3" or "PPLA4" => 0.35,
        _ => 0.3,
    };
}
