using GeoMap.Core;
using GeoMap.Core.Registry;
using NetTopologySuite.Geometries;

namespace GeoMap.Rendering.Basemap;

/// <summary>
/// Builds a <see cref="BasemapLayer"/> from a world-atlas topology: land, coastlines, borders drawn once,
/// and Ukraine's internationally recognised borders.
/// </summary>
/// <remarks>
/// Natural Earth draws Crimea and Sevastopol inside Russia. Every polygon of Russia whose interior point lies in
/// <see cref="TransferredArea"/> (the admin-1 outlines of UA-43 and UA-40) is given to Ukraine before borders are
/// found, so the Perekop isthmus stops being an international border and the peninsula is Ukraine's outline.
/// A border is an arc shared by two different countries (the TopoJSON "mesh" idea): it is never a coast.
/// </remarks>
public sealed class CountryLayerBuilder
{
    private const string Ukraine = "Ukraine";
    private const string Russia = "Russia";

    private readonly Topology topology;

    /// <summary>Prepares a builder for a world-atlas topology with <c>countries</c> and <c>land</c> objects.</summary>
    public CountryLayerBuilder(Topology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        this.topology = topology;
    }

    /// <summary>The area Natural Earth assigns to Russia that is drawn as Ukraine's; null draws the data as is.</summary>
    public Geometry? TransferredArea { get; init; }

    /// <summary>Builds the layer.</summary>
    public BasemapLayer Build()
    {
        if (!topology.Objects.TryGetValue("countries", out var countries) || !topology.Objects.TryGetValue("land", out var land))
        {
            throw new InvalidDataException("The world-atlas topology has no 'countries' or 'land' object.");
        }

        var ukraine = IndexOf(countries, Ukraine);
        var russia = IndexOf(countries, Russia);

        // owner of each polygon of each country, after the transfer
        var parts = new List<(int Owner, int[][] Rings)>();
        for (var c = 0; c < countries.Count; c++)
        {
            foreach (var polygon in countries[c].Polygons)
            {
                var owner = c == russia && ukraine >= 0 && IsTransferred(polygon) ? ukraine : c;
                parts.Add((owner, polygon));
            }
        }

        return new BasemapLayer(
            LandRings(land),
            Coastlines(land),
            Borders(parts),
            Countries(countries, parts, ukraine));
    }

    private static int IndexOf(IReadOnlyList<TopoFeature> countries, string name)
    {
        for (var i = 0; i < countries.Count; i++)
        {
            if (countries[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private bool IsTransferred(int[][] polygon)
    {
        if (TransferredArea is null)
        {
            return false;
        }

        var shell = ToPolygon([polygon[0]]);
        return shell.IsValid ? TransferredArea.Covers(shell.InteriorPoint) : TransferredArea.Covers(shell.Centroid);
    }

    private List<GeoLine> LandRings(IReadOnlyList<TopoFeature> land) =>
        [.. land.SelectMany(f => f.Polygons).SelectMany(p => p).Select(r => topology.Ring(r)).Where(r => r.Length >= 8).Select(r => new GeoLine(Antimeridian.UnwrapRing(r)))];

    private List<GeoLine> Coastlines(IReadOnlyList<TopoFeature> land)
    {
        var arcs = new SortedSet<int>();
        foreach (var ring in land.SelectMany(f => f.Polygons).SelectMany(p => p))
        {
            foreach (var index in ring)
            {
                arcs.Add(index < 0 ? ~index : index);
            }
        }

        var lines = new List<GeoLine>();
        foreach (var index in arcs)
        {
            lines.AddRange(Antimeridian.SplitLine(topology.Arcs[index]));
        }

        return lines;
    }

    private List<GeoLine> Borders(List<(int Owner, int[][] Rings)> parts)
    {
        var owners = new Dictionary<int, (int First, bool Shared)>();
        foreach (var (owner, rings) in parts)
        {
            foreach (var index in rings.SelectMany(r => r))
            {
                var arc = index < 0 ? ~index : index;
                if (!owners.TryGetValue(arc, out var seen))
                {
                    owners[arc] = (owner, false);
                }
                else if (seen.First != owner)
                {
                    owners[arc] = (seen.First, true);
                }
            }
        }

        return [.. owners.Where(o => o.Value.Shared).Select(o => o.Key).Order().SelectMany(a => Antimeridian.SplitLine(topology.Arcs[a]))];
    }

    private List<Country> Countries(IReadOnlyList<TopoFeature> countries, List<(int Owner, int[][] Rings)> parts, int ukraine)
    {
        var result = new List<Country>(countries.Count);
        for (var c = 0; c < countries.Count; c++)
        {
            var polygons = parts.Where(p => p.Owner == c).Select(p => ToPolygon(p.Rings)).ToArray();
            if (polygons.Length == 0)
            {
                continue;
            }

            Geometry geometry = GeometryFactories.Wgs84.CreateMultiPolygon(polygons);
            if (c == ukraine && polygons.Length > 1)
            {
                // The transferred polygons share the Perekop arc with mainland Ukraine: dissolve it.
                geometry = geometry.Union();
            }

            result.Add(new Country(countries[c].Name, countries[c].Id, geometry));
        }

        return result;
    }

    private Polygon ToPolygon(int[][] rings)
    {
        var f = GeometryFactories.Wgs84;
        var linear = rings.Select(r => topology.Ring(r)).Where(r => r.Length >= 8).Select(r => f.CreateLinearRing(ToCoordinates(Antimeridian.UnwrapRing(r)))).ToArray();
        return linear.Length == 0 ? f.CreatePolygon() : f.CreatePolygon(linear[0], linear[1..]);
    }

    private static Coordinate[] ToCoordinates(float[] values)
    {
        var coordinates = new Coordinate[values.Length / 2];
        for (var i = 0; i < coordinates.Length; i++)
        {
            coordinates[i] = new Coordinate(values[2 * i], values[(2 * i) + 1]);
        }

        if (!coordinates[0].Equals2D(coordinates[^1]))
        {
            coordinates = [.. coordinates, coordinates[0].Copy()];
        }

        return coordinates;
    }
}
