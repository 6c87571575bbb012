namespace GeoMap.Server.Ogc;

/// <summary>A feature collection served under <c>/ogc/collections/{Id}</c>.</summary>
/// <param name="Id">The path segment.</param>
/// <param name="Title">Human title.</param>
/// <param name="Description">What the features are and how datetime applies to them.</param>
/// <param name="HasTime">Whether datetime filters this collection.</param>
public sealed record CollectionInfo(string Id, string Title, string Description, bool HasTime);

/// <summary>The collections of the OGC API, in the order the landing page lists them.</summary>
public static class Collections
{
    /// <summary>Troop movements with a route: LineStrings along origin, via, destination; datetime matches the movement's period.</summary>
    /// <remarks>
    /// Movements known by one place are Points and live in <see cref="MovementPoints"/>: GIS clients type a layer by
    /// one geometry type (QGIS hid the points of a mixed collection, GDAL typed it "Unknown").
    /// </remarks>
    public static readonly CollectionInfo Movements = new("movements", "Troop movements (routes)",
        "Tracked movements with a route, as LineStrings origin -> via -> destination (a movement with no place has a null geometry). Movements known by one place only are in movement-points. datetime is matched against the period of the movement (overlap).", true);

    /// <summary>Troop movements known by one place: Points.</summary>
    public static readonly CollectionInfo MovementPoints = new("movement-points", "Troop movements (one place)",
        "Tracked movements known by one place only (usually a destination with no origin), as Points. Together with movements, every tracked movement once. datetime is matched against the period of the movement (overlap).", true);

    /// <summary>Places referenced by reports or curated.</summary>
    public static readonly CollectionInfo Places = new("places", "Places",
        "Gazetteer places that reports mention, and curated facilities. Places have no time; datetime does not filter them.", false);

    /// <summary>Reports, without geometry.</summary>
    public static readonly CollectionInfo Reports = new("reports", "Reports",
        "Source reports (without text; see /api/reports/{id}). They have no geometry, so a bbox matches none. datetime is matched against the publication time.", true);

    /// <summary>Overlay footprints.</summary>
    public static readonly CollectionInfo Overlays = new("overlays", "Imagery overlays",
        "Footprints of satellite and aerial imagery overlays; tiles at /tiles/{id}/{z}/{x}/{y}.png, and as OGC API - Tiles at /ogc/collections/overlay-{id} (the ogcCollection property). datetime is matched against the acquisition time.", true);

    /// <summary>Ground photos: Points where they were taken.</summary>
    public static readonly CollectionInfo Photos = new("photos", "Ground photos",
        "Ground photos placed on the map (by the camera's GPS, an analyst or a report), as Points, with the direction the camera faced (bearing), the time taken and links to the thumbnail and screen copy; photos not yet placed have a null geometry. datetime is matched against the time taken.", true);

    /// <summary>All collections.</summary>
    public static IReadOnlyList<CollectionInfo> All { get; } = [Movements, MovementPoints, Places, Reports, Overlays, Photos];

    /// <summary>Whether the collection holds movements (and takes the movement filters).</summary>
    public static bool HoldsMovements(CollectionInfo c) => c == Movements || c == MovementPoints;

    /// <summary>The collection with this id, or null.</summary>
    public static CollectionInfo? Find(string id) => All.FirstOrDefault(c => c.Id == id);
}
