using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.Operation.Valid;

namespace GeoMap.Core.Queries;

/// <summary>Checks geometries that people send, with messages that say what to fix.</summary>
public static class GeometryValidation
{
    /// <summary>
    /// Returns the geometry if it is a valid polygon or multipolygon inside lon/lat bounds; otherwise
    /// throws <see cref="InvalidQueryException"/> naming the problem and where it is.
    /// </summary>
    /// <param name="geometry">The area.</param>
    /// <param name="parameter">The parameter or field it came in, for the message.</param>
    /// <param name="maxVertices">
    /// The most vertices accepted; more is refused before the validity check, whose work grows with the vertex count.
    /// </param>
    public static Geometry RequireValidArea(Geometry geometry, string parameter, int maxVertices = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        if (geometry.NumPoints > maxVertices)
        {
            throw new InvalidQueryException(parameter, string.Create(CultureInfo.InvariantCulture,
                $"{parameter} has {geometry.NumPoints:N0} vertices, above the limit of {maxVertices:N0}; simplify the polygon (most GIS tools do this with a tolerance of a few hundred metres) or split the query."));
        }

        if (geometry is not (Polygon or MultiPolygon))
        {
            throw new InvalidQueryException(parameter,
                $"{parameter} is a {geometry.GeometryType}; give a Polygon or MultiPolygon.");
        }

        if (geometry.IsEmpty)
        {
            throw new InvalidQueryException(parameter, $"{parameter} is empty.");
        }

        foreach (var c in geometry.Coordinates)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y) || c.X < -180 || c.X > 180 || c.Y < -90 || c.Y > 90)
            {
                throw new InvalidQueryException(parameter,
                    $"{parameter} has a coordinate ({c.X}, {c.Y}) outside lon -180..180, lat -90..90; coordinates are lon,lat in degrees (EPSG:4326).");
            }
        }

        var error = new IsValidOp(geometry).ValidationError;
        if (error is not null)
        {
            throw new InvalidQueryException(parameter,
                $"{parameter} is not a valid polygon: {error.Message} at ({error.Coordinate?.X}, {error.Coordinate?.Y}). Rings must be closed and must not cross themselves.");
        }

        geometry.SRID = 4326;
        return geometry;
    }

    /// <summary>Parses WKT into a valid area; malformed text (an unclosed ring, a typo) is an <see cref="InvalidQueryException"/>.</summary>
    /// <param name="wkt">The text.</param>
    /// <param name="parameter">The parameter or field it came in, for the message.</param>
    /// <param name="maxVertices">The most vertices accepted (see <see cref="RequireValidArea"/>).</param>
    public static Geometry ParseWkt(string wkt, string parameter, int maxVertices = int.MaxValue)
    {
        if (string.IsNullOrWhiteSpace(wkt))
        {
            throw new InvalidQueryException(parameter, $"{parameter} is empty; give WKT such as POLYGON((30 44, 40 44, 40 52, 30 52, 30 44)).");
        }

        Geometry geometry;
        try
        {
            geometry = new WKTReader(GeometryFactories.Wgs84.GeometryServices).Read(wkt);
        }
        catch (Exception e) when (e is ParseException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw new InvalidQueryException(parameter, $"{parameter} is not valid WKT: {e.Message}", []);
        }

        return RequireValidArea(geometry, parameter, maxVertices);
    }
}
