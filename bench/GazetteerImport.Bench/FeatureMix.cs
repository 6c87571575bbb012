namespace GazetteerImport.Bench;

/// <summary>A GeoNames feature code with its share of the synthetic allCountries.txt and how its rows are named and peopled.</summary>
/// <param name="Class">Feature class letter.</param>
/// <param name="Code">Feature code.</param>
/// <param name="PerThousand">Rows per thousand in the dump.</param>
/// <param name="Templates">Name patterns; <c>{0}</c> is the name of the town the row is derived from.</param>
/// <param name="PeopledShare">Share of rows that carry a population.</param>
/// <param name="LogPopulation">Range of log10(population) for those rows.</param>
internal sealed record FeatureKind(char Class, string Code, double PerThousand, string[] Templates, double PeopledShare = 0, (double Lo, double Hi) LogPopulation = default);

/// <summary>The mix of feature classes and codes of the synthetic dump.</summary>
/// <remarks>
/// Shaped after geonames.org/statistics: about 12.4 million features, of which populated places
/// (class P) are under two fifths and mostly have no population, followed by spots and buildings
/// (S), streams and lakes (H), mountains, hills and islands (T), areas (L), administrative units
/// (A), vegetation (V), roads (R) and undersea features (U). The per-code shares are rounded
/// estimates, good to within a factor; what matters for the import is that the codes the importer
/// keeps (islands, stations, bays, seats of government, towns with a population) are a minority,
/// as in the real dump. Countries, first- and second-level areas are written separately from the
/// registry's lists (one row each), so they are not in this table.
/// </remarks>
internal static class FeatureMix
{
    private static readonly string[] Plain = ["{0}"];

    public static readonly FeatureKind[] Kinds =
    [
        new('P', "PPL", 335, Plain, 0.05, (1.0, 5.0)),
        new('P', "PPLX", 20, ["{0}", "{0} Heights", "Nova {0}"], 0.02, (2.0, 5.0)),
        new('P', "PPLL", 12, ["{0}", "Lower {0}", "Upper {0}"]),
        new('P', "PPLA4", 5, Plain, 0.6, (2.0, 4.5)),
        new('P', "PPLA3", 6, Plain, 0.6, (2.5, 5.0)),
        new('P', "PPLA2", 3.5, Plain, 0.6, (3.0, 5.5)),
        new('P', "PPLQ", 2, ["{0}", "Old {0}"]),
        new('P', "PPLH", 1, ["{0}", "Historic {0}"]),
        new('P', "PPLF", 1, ["{0} Village"]),
        new('P', "PPLW", 0.5, ["{0}"]),
        new('H', "STM", 90, ["{0} Creek", "{0} River", "Rio {0}", "Ruisseau de {0}", "Reka {0}"]),
        new('H', "STMI", 8, ["{0} Wash"]),
        new('H', "LK", 30, ["Lake {0}", "Lac de {0}", "Ozero {0}", "{0} See"]),
        new('H', "PND", 10, ["{0} Pond"]),
        new('H', "RSV", 10, ["{0} Reservoir"]),
        new('H', "SPNG", 10, ["{0} Spring"]),
        new('H', "WLL", 8, ["{0} Well", "Bir {0}"]),
        new('H', "CNL", 5, ["{0} Canal"]),
        new('H', "DAM", 5, ["{0} Dam"]),
        new('H', "MRSH", 3, ["{0} Marsh"]),
        new('H', "WTRF", 2, ["{0} Falls"]),
        new('H', "BAY", 4, ["{0} Bay", "Baie de {0}"]),
        new('H', "CHN", 0.5, ["{0} Channel"]),
        new('H', "STRT", 0.5, ["{0} Strait"]),
        new('H', "GULF", 0.12, ["Gulf of {0}"]),
        new('H', "HBR", 1, ["{0} Harbour"]),
        new('S', "SCH", 40, ["{0} School", "École de {0}", "Shkola {0}"]),
        new('S', "FRM", 35, ["{0} Farm", "Ferme {0}"]),
        new('S', "CH", 30, ["{0} Church", "Église de {0}"]),
        new('S', "HTL", 25, ["Hotel {0}", "{0} Inn"]),
        new('S', "CMTY", 15, ["{0} Cemetery"]),
        new('S', "BLDG", 10, ["{0} Building"]),
        new('S', "EST", 10, ["{0} Estate"]),
        new('S', "HSP", 8, ["{0} Hospital"]),
        new('S', "MSQE", 5, ["{0} Mosque"]),
        new('S', "TMPL", 5, ["{0} Temple"]),
        new('S', "MN", 5, ["{0} Mine"]),
        new('S', "RSTN", 5, ["{0} Station", "Gare de {0}"]),
        new('S', "RSTP", 3, ["{0} Halt"]),
        new('S', "MUS", 3, ["{0} Museum"]),
        new('S', "TOWR", 3, ["{0} Tower"]),
        new('S', "AIRP", 3, ["{0} Airport", "Aéroport de {0}"]),
        new('S', "AIRF", 1, ["{0} Airfield"]),
        new('S', "PRT", 0.5, ["Port of {0}"]),
        new('S', "MILB", 0.3, ["{0} Military Base"]),
        new('S', "INSM", 0.2, ["{0} Barracks"]),
        new('S', "RSRT", 2, ["{0} Resort"]),
        new('T', "MT", 50, ["Mount {0}", "{0} Mountain", "Pic de {0}", "Gora {0}"]),
        new('T', "HLL", 45, ["{0} Hill", "Colline de {0}"]),
        new('T', "PK", 10, ["{0} Peak"]),
        new('T', "ISL", 17, ["{0} Island", "Île {0}", "Ostrov {0}"]),
        new('T', "ISLS", 2.5, ["{0} Islands"]),
        new('T', "MTS", 6, ["{0} Mountains", "Monts {0}"]),
        new('T', "PEN", 1.2, ["{0} Peninsula"]),
        new('T', "VAL", 5, ["{0} Valley"]),
        new('T', "CAPE", 3, ["Cape {0}"]),
        new('T', "PASS", 2, ["{0} Pass"]),
        new('T', "RDGE", 3, ["{0} Ridge"]),
        new('A', "ADM4", 15, ["{0}"], 0.3, (2.0, 4.5)),
        new('A', "ADM3", 14, ["{0}", "Gmina {0}", "Commune de {0}"], 0.3, (2.5, 5.0)),
        new('A', "ADMD", 2, ["{0} District"]),
        new('A', "ADM5", 1, ["{0}"]),
        new('L', "LCTY", 15, ["{0}", "{0} Locality"]),
        new('L', "AREA", 10, ["{0} Area"]),
        new('L', "PRK", 10, ["{0} Park", "Parc de {0}"]),
        new('L', "RESF", 2, ["{0} Forest Reserve"]),
        new('L', "RGN", 1.7, ["{0} Region", "Pays de {0}"]),
        new('L', "PRT", 0.3, ["Port {0}"]),
        new('V', "FRST", 8, ["{0} Forest", "Forêt de {0}"]),
        new('V', "GRSLD", 2, ["{0} Grassland"]),
        new('V', "SCRB", 1, ["{0} Scrub"]),
        new('R', "RD", 4, ["{0} Road"]),
        new('R', "TNL", 1, ["{0} Tunnel"]),
        new('R', "TRL", 1, ["{0} Trail"]),
        new('U', "SMU", 0.5, ["{0} Seamount"]),
        new('U', "RDGU", 0.5, ["{0} Ridge"]),
    ];

    public static WeightedTable<FeatureKind> Table() => new(Kinds.Select(k => (k, k.PerThousand)));
}
