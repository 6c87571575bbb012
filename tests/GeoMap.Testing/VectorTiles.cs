using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.VectorTiles;
using NetTopologySuite.IO.VectorTiles.Mapbox;

namespace GeoMap.Testing;

/// <summary>A feature to write into a fixture vector tile: its layer, its geometry in lon/lat, and its attributes.</summary>
/// <param name="Layer">The vector tile layer (an OpenMapTiles or Shortbread name, say "water" or "streets").</param>
/// <param name="Geometry">Lon/lat geometry.</param>
/// <param name="Attributes">Attribute names and values ("class", "name"...).</param>
public sealed record FixtureFeature(string Layer, Geometry Geometry, params (string Key, object Value)[] Attributes);

/// <summary>Writes Mapbox Vector Tiles for basemap package fixtures, with the NTS writer.</summary>
public static class VectorTiles
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>The encoded (not gzipped) vector tile z/x/y (XYZ) holding the features (in lon/lat; what lies outside the tile is written as the writer does, not clipped here).</summary>
    public static byte[] Tile(int z, int x, int y, IEnumerable<FixtureFeature> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var definition = new NetTopologySuite.IO.VectorTiles.Tiles.Tile(x, y, z);
        var tile = new VectorTile { TileId = definition.Id };
        foreach (var group in features.GroupBy(f => f.Layer, StringComparer.Ordinal))
        {
            var layer = new Layer { Name = group.Key };
            foreach (var feature in group)
            {
                var attributes = new AttributesTable();
                foreach (var (key, value) in feature.Attributes)
                {
                    attributes.Add(key, value);
                }

                layer.Features.Add(new Feature(feature.Geometry, attributes));
            }

            tile.Layers.Add(layer);
        }

        using var stream = new MemoryStream();
        tile.Write(stream, MapboxTileWriter.DefaultMinLinealExtent, MapboxTileWriter.DefaultMinPolygonalExtent);
        return stream.ToArray();
    }

    /// <summary>
    /// The vector tile z/x/y as a tiler writes it from features over a larger area: only those that touch the tile, cut to
    /// it with a buffer of 1/64 of the tile on each side (so polygons of neighbouring tiles overlap and leave no seam);
    /// null when none touches it.
    /// </summary>
    public static byte[]? Cut(int z, int x, int y, IEnumerable<FixtureFeature> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        const double Buffer = 1 / 64.0;
        double n = 1 << z;
        var box = Box(
            GeoMap.Core.Projections.WebMercator.Lon((x - Buffer) / n), GeoMap.Core.Projections.WebMercator.Lat((y + 1 + Buffer) / n),
            GeoMap.Core.Projections.WebMercator.Lon((x + 1 + Buffer) / n), GeoMap.Core.Projections.WebMercator.Lat((y - Buffer) / n));
        var touching = features.Where(f => f.Geometry.Intersects(box))
            .Select(f => f.Geometry is Point ? f : f with { Geometry = f.Geometry.Intersection(box) })
            .ToList();
        return touching.Count == 0 ? null : Tile(z, x, y, touching);
    }

    /// <summary>A lon/lat box as a polygon.</summary>
    public static Polygon Box(double west, double south, double east, double north) => Factory.CreatePolygon(
        [new(west, south), new(east, south), new(east, north), new(west, north), new(west, south)]);

    /// <summary>A lon/lat line through the points.</summary>
    public static LineString Line(params (double Lon, double Lat)[] points) => Factory.CreateLineString([.. points.Select(p => new Coordinate(p.Lon, p.Lat))]);

    /// <summary>A lon/lat point.</summary>
    public static Point Point(double lon, double lat) => Factory.CreatePoint(new Coordinate(lon, lat));

    /// <summary>The XYZ column and row of the tile of <paramref name="z"/> holding (lon, lat).</summary>
    public static (int X, int Y) TileAt(double lon, double lat, int z)
    {
        var (xMercator, yMercator) = GeoMap.Core.Projections.WebMercator.FromLonLat(lon, lat);
        return (GeoMap.Core.Projections.WebMercator.TileX(xMercator, z), GeoMap.Core.Projections.WebMercator.TileY(yMercator, z));
    }
}
