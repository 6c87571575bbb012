using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Queries;
using GeoMap.Core.Regions;
using GeoMap.Rendering.Projection;

namespace GeoMap.Rendering;

/// <summary>What to draw: a lon/lat box at a pixel size, the date range it shows, and what lies on it.</summary>
public sealed record MapRequest
{
    /// <summary>Largest width or height accepted, in pixels.</summary>
    public const int MaxSide = 8000;

    /// <summary>Smallest width or height accepted, in pixels (room for the legend and scale bar).</summary>
    public const int MinSide = 200;

    /// <summary>The area to show (west, south, east, north; west greater than east crosses the antimeridian).</summary>
    public required BoundingBox Box { get; init; }

    /// <summary>Image width in pixels.</summary>
    public int Width { get; init; } = 1600;

    /// <summary>Image height in pixels.</summary>
    public int Height { get; init; } = 1000;

    /// <summary>First day shown, printed on the map.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day shown, printed on the map.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Title printed at the top left; null prints none.</summary>
    public string? Title { get; init; }

    /// <summary>Movements to draw as arrows.</summary>
    public IReadOnlyList<Movement> Movements { get; init; } = [];

    /// <summary>
    /// The actors colours are assigned over (<see cref="Styling.ActorPalette.Assign"/>), null for a movement whose actor
    /// is not stated; those of <see cref="Movements"/> are added. Give every actor of the data the map is drawn from (the
    /// server and <c>geomap render</c> give every stored actor, as the web client assigns over) so that an actor has the
    /// colour the screen gives it; empty: the movements' actors alone.
    /// </summary>
    public IReadOnlyList<string?> Actors { get; init; } = [];

    /// <summary>Extra places to mark and label (the places of movements are marked anyway).</summary>
    public IReadOnlyList<Place> Places { get; init; } = [];

    /// <summary>Regions to highlight (the country or oblast the briefing is about), drawn under the movements.</summary>
    public IReadOnlyList<Region> Regions { get; init; } = [];

    /// <summary>
    /// Outlines (EPSG:4326 polygons) of the countries and regions the movements name, by place key
    /// (<see cref="Place.Key"/>): a movement to such an area ends at its edge and the area is drawn as its outline.
    /// An area without an outline here is named at its point, with no marker. Outlines are drawn simplified for the
    /// image's scale (<c>AreaDestinations.ForScale</c>), so they may be given as stored.
    /// </summary>
    public IReadOnlyDictionary<string, NetTopologySuite.Geometries.Geometry> Areas { get; init; } = new Dictionary<string, NetTopologySuite.Geometries.Geometry>();

    /// <summary>Ground photos to mark where they were taken (those with a position), pointing where the camera faced.</summary>
    public IReadOnlyList<GeoMap.Core.Photos.Photo> Photos { get; init; } = [];

    /// <summary>Tile overlays, drawn in order above the basemap and below the movements.</summary>
    public IReadOnlyList<MapOverlay> Overlays { get; init; } = [];

    /// <summary>Throws <see cref="MapRequestException"/> when the request cannot be drawn.</summary>
    public MapRequest Validate()
    {
        if (Box is null)
        {
            throw new MapRequestException("bbox", "No bbox given; give west,south,east,north in degrees, for example 30,44,40,52.");
        }

        CheckSide(Width, "width");
        CheckSide(Height, "height");
        if (Box.West == Box.East)
        {
            throw new MapRequestException("bbox", $"The bbox has no width (west = east = {Box.West.ToString(System.Globalization.CultureInfo.InvariantCulture)}); give two different longitudes.");
        }

        if (Box.South == Box.North || Box.North <= -WebMercator.MaxLatitude || Box.South >= WebMercator.MaxLatitude)
        {
            throw new MapRequestException("bbox",
                "The bbox has no height on a Web Mercator map: south must be below north, and the box must reach between 85°S and 85°N.");
        }

        if (From is { } from && To is { } to && to < from)
        {
            throw new MapRequestException("to", $"The date range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}); swap the two dates.");
        }

        foreach (var overlay in Overlays)
        {
            ArgumentNullException.ThrowIfNull(overlay);
            overlay.Validate();
        }

        return this;
    }

    private static void CheckSide(int value, string name)
    {
        if (value is < MinSide or > MaxSide)
        {
            throw new MapRequestException("size",
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"The image {name} {value} px is out of range; give {MinSide} to {MaxSide} px, for example --size 1600x1000."));
        }
    }
}
