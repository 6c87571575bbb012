using System.ComponentModel.DataAnnotations;

using GeoMap.Storage.Repositories;

namespace GeoMap.Server;

/// <summary>Settings of the HTTP service, bound from <c>GeoMap:Server</c> (see appsettings.Example.json).</summary>
public sealed class GeoMapServerOptions
{

    /// <summary>The configuration section.</summary>
    public const string Section = "GeoMap:Server";

    /// <summary>When true, every read needs a key with at least the viewer role; when false reads are open.</summary>
    public bool ReadsRequireKey { get; set; }

    /// <summary>Largest accepted report body in bytes (JSON, text or upload).</summary>
    [Range(1, 1L << 30)]
    public long MaxReportBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// Largest accepted body of <c>POST /api/reports:batch</c> (JSON lines of reports, each line within
    /// <see cref="MaxReportBytes"/>), in bytes.
    /// </summary>
    [Range(1, 1L << 40)]
    public long MaxBatchBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Largest accepted imagery upload in bytes.</summary>
    [Range(1, 1L << 40)]
    public long MaxOverlayBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Largest accepted photo file in bytes (each file of an upload).</summary>
    [Range(1, 1L << 34)]
    public long MaxPhotoBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>
    /// Most pixels a photo's header may claim (width x height); checked before any pixel is decoded. 64 megapixels
    /// take about 200 MB to decode.
    /// </summary>
    [Range(1, 1L << 32)]
    public long MaxPhotoPixels { get; set; } = 64_000_000;

    /// <summary>Most photos in one upload.</summary>
    [Range(1, 10_000)]
    public int MaxPhotosPerUpload { get; set; } = 50;

    /// <summary>
    /// Whether the served copies of a photo (screen size and thumbnail) keep its GPS position and camera direction.
    /// Every other metadata is always stripped from them; the original, with all of it, is served to analysts only.
    /// </summary>
    public bool PhotoCopiesKeepGps { get; set; }

    /// <summary>
    /// A photo or an overlay is near a tracked movement (the movement's panel lists it, the photo's panel lists the
    /// movement) when its position or footprint is at most this many kilometres from the movement's route ...
    /// </summary>
    [Range(0.001, 1000)]
    public double NearKm { get; set; } = 5;

    /// <summary>
    /// ... and it was taken or acquired at most this many days before or after the movement's period (a photo, overlay or
    /// movement with no time is near by place alone).
    /// </summary>
    [Range(0, 365)]
    public double NearDays { get; set; } = 7;

    /// <summary><see cref="NearKm"/> and <see cref="NearDays"/> as the storage's rule.</summary>
    internal Nearness Near => new(NearKm, NearDays);

    /// <summary>
    /// Folder of the photos (<c>{PhotosFolder}/{id}/original.jpg</c>, <c>screen.jpg</c>, <c>thumb.jpg</c>); a relative path
    /// is taken from the state folder, as <see cref="TilesFolder"/>.
    /// </summary>
    [Required]
    public string PhotosFolder { get; set; } = "photos";

    /// <summary>
    /// Bytes that must stay free on the tiles disk beside an upload (its tiles are written there next): an upload whose
    /// declared size plus this exceeds the free space is refused at once with 507.
    /// </summary>
    [Range(0, 1L << 50)]
    public long MinFreeDiskBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>
    /// Folder holding the tile pyramids (<c>{TilesFolder}/{overlayId}/{z}/{x}/{y}.png</c>) and the uploads being tiled;
    /// a relative path is taken from the state folder (<c>GeoMap:Database:DataDirectory</c>, <c>GEOMAP_DATA_DIR</c>,
    /// by default ~/.local/share/geomap or /var/lib/geomap), so each database's overlays keep their own tiles.
    /// </summary>
    [Required]
    public string TilesFolder { get; set; } = "tiles";

    /// <summary>Writes (POST, PATCH, DELETE) each key may make per <see cref="WriteWindowSeconds"/>.</summary>
    [Range(1, 1_000_000)]
    public int WritesPerWindow { get; set; } = 120;

    /// <summary>Length of the write rate-limit window in seconds.</summary>
    [Range(1, 86_400)]
    public int WriteWindowSeconds { get; set; } = 60;

    /// <summary>
    /// When true (the default), countries and first-level regions are loaded into an empty database in the
    /// background after start, so named-region queries work on a fresh install. Tests that bring their own
    /// regions turn it off.
    /// </summary>
    public bool SeedRegionsOnStart { get; set; } = true;

    /// <summary>
    /// A basemap package (an .mbtiles or .pmtiles file of raster or vector tiles) that the map client and /api/map.png draw
    /// instead of the built-in basemap; null or empty keeps the built-in one. A relative path is taken from the working
    /// folder. A file that cannot be read stops the server at start with the reason.
    /// </summary>
    public string? BasemapPackage { get; set; }

    /// <summary>How long clients and CDNs may cache a tile, in seconds.</summary>
    [Range(0, 31_536_000)]
    public int TileMaxAgeSeconds { get; set; } = 86_400;

    /// <summary>
    /// Longest accepted URL (path and query) in bytes; a longer one is a 414 problem. The web server's own ceiling is
    /// set above it, so a person gets GeoMap's explanation rather than a bare status.
    /// </summary>
    [Range(1024, 1 << 20)]
    public int MaxUrlBytes { get; set; } = 32 * 1024;

    /// <summary>Largest accepted total of request headers in bytes; more is a 431 problem.</summary>
    [Range(1024, 1 << 20)]
    public int MaxHeaderBytes { get; set; } = 32 * 1024;

    /// <summary>
    /// Longest a request may run, in seconds, before it is stopped and answered with a 503 problem (0: no limit). Work
    /// that honours cancellation stops with it: database queries are cancelled on the server, report analysis between
    /// sentences. Imagery uploads are exempt (they are bounded by MaxOverlayBytes and tiled in the background).
    /// </summary>
    [Range(0, 86_400)]
    public double RequestTimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// Most vertices of a query area (a <c>geometry</c> parameter, a POSTed search or stored area); more is a 400 naming
    /// the field. Checking and intersecting an area costs time in proportion to its vertices.
    /// </summary>
    [Range(4, 10_000_000)]
    public int MaxAreaVertices { get; set; } = 250_000;

    /// <summary>Largest accepted body of a query area or search in bytes (<c>POST /api/areas</c>, <c>POST /api/movements/search</c>); more is a 413 problem.</summary>
    [Range(1024, 1L << 30)]
    public long MaxAreaBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>
    /// Web origins whose pages may call the API from a browser (CORS), e.g. <c>https://analysts.example.org</c>; <c>*</c>
    /// (the default) allows any origin. Keys travel in a header, never in cookies, so an open policy exposes no
    /// ambient credentials; list origins to restrict which sites may use a key their users paste.
    /// </summary>
    public string[] CorsOrigins { get; set; } = ["*"];

    /// <summary>The tiles folder as an absolute path (see <see cref="TilesFolder"/>).</summary>
    /// <exception cref="InvalidOperationException">When a relative folder has not been anchored by the host.</exception>
    public string TilesRoot => Path.IsPathRooted(TilesFolder)
        ? Path.GetFullPath(TilesFolder)
        : throw new InvalidOperationException($"The tiles folder '{TilesFolder}' is relative and was not anchored to the state folder.");

    /// <summary>The photos folder as an absolute path (see <see cref="PhotosFolder"/>).</summary>
    /// <exception cref="InvalidOperationException">When a relative folder has not been anchored by the host.</exception>
    public string PhotosRoot => Path.IsPathRooted(PhotosFolder)
        ? Path.GetFullPath(PhotosFolder)
        : throw new InvalidOperationException($"The photos folder '{PhotosFolder}' is relative and was not anchored to the state folder.");

    /// <summary>Anchors a relative <see cref="TilesFolder"/> and <see cref="PhotosFolder"/> in <paramref name="stateDirectory"/>.</summary>
    public void AnchorTiles(string stateDirectory)
    {
        TilesFolder = Path.GetFullPath(Path.Combine(stateDirectory, TilesFolder));
        PhotosFolder = Path.GetFullPath(Path.Combine(stateDirectory, PhotosFolder));
    }
}
