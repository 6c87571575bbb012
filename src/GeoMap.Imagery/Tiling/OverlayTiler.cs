using System.Globalization;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Formats;
using GeoMap.Imagery.Georeferencing;
using GeoMap.Imagery.Projections;
using GeoMap.Imagery.Reading;
using NetVips;

namespace GeoMap.Imagery.Tiling;

/// <summary>Cuts a georeferenced image into an XYZ tile pyramid in EPSG:3857.</summary>
/// <remarks>
/// <para>One call does everything: sniff the format, read the header (refusing decompression
/// bombs before decoding), resolve the georeference, warp the top zoom row by row with the
/// source read one window at a time, average the lower zooms from the level above, write
/// metadata.json, and publish the folder atomically. A failed or cancelled job leaves nothing.</para>
/// <para>libvips' operation cache is switched off process-wide: cached crops of a large image
/// would otherwise hold hundreds of megabytes.</para>
/// </remarks>
public sealed class OverlayTiler
{
    static OverlayTiler()
    {
        Cache.Max = 0;
    }

    /// <summary>Creates a tiler with the given options.</summary>
    public OverlayTiler(TilerOptions? options = null)
    {
        Options = options ?? new TilerOptions();
    }

    /// <summary>The options of this tiler.</summary>
    public TilerOptions Options { get; }

    /// <summary>Tiles <paramref name="inputPath"/> into <paramref name="outputDirectory"/> with default options.</summary>
    public static Task<TileResult> TileAsync(string inputPath, string outputDirectory, IProgress<TileProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new OverlayTiler().RunAsync(inputPath, outputDirectory, progress, cancellationToken);

    /// <summary>Tiles <paramref name="inputPath"/> into <paramref name="outputDirectory"/>
    /// ({z}/{x}/{y}.png and metadata.json), replacing an earlier pyramid there only on success.</summary>
    /// <exception cref="ImageryException">The input cannot be tiled; the message says why and what to do.</exception>
    /// <exception cref="OperationCanceledException">The job was cancelled; nothing was published.</exception>
    public Task<TileResult> RunAsync(string inputPath, string outputDirectory, IProgress<TileProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Run(inputPath, outputDirectory, progress, cancellationToken), cancellationToken);

    private TileResult Run(string inputPath, string outputDirectory, IProgress<TileProgress>? progress, CancellationToken cancellationToken)
    {
        if (!File.Exists(inputPath))
        {
            throw new FileNotFoundException($"The image '{inputPath}' does not exist.", inputPath);
        }

        var format = ImageFormatSniffer.Detect(inputPath);
        var tiff = format == ImageFormat.Tiff ? TiffHeaderReader.Read(inputPath, Options.MaxPixels, Options.MaxChunks) : null;
        var (width, height) = tiff is null ? ProbeSize(inputPath) : (tiff.Width, tiff.Height);
        if (tiff is null && width * height > Options.MaxPixels)
        {
            throw new PixelBudgetExceededException(width, height, Options.MaxPixels);
        }

        var georeference = GeoreferenceResolver.Resolve(inputPath, width, height, tiff, Options.Georeference);
        var probe = new SourceMapper(georeference, georeference.Pixels);
        var footprint = ImageFootprint.Trace(probe, (int)width, (int)height);
        double resolution = MercatorResolution(georeference, width, height);
        var (minZoom, maxZoom) = ChooseZooms(resolution, Math.Max(width, height));

        // Box-shrink the source to about the top zoom's resolution, but keep a few pixels: an
        // image far smaller than one output pixel (a drone shot at --maxzoom 8) still shows.
        long shrinkLimit = Math.Max(1, Math.Min(width, height) / 4);
        int shrink = (int)Math.Clamp(Math.Floor(WebMercator.Resolution(maxZoom) / resolution), 1, shrinkLimit);
        using IRasterSource source = (IRasterSource?)(shrink == 1 && tiff is not null ? DirectTiffRaster.TryOpen(inputPath, tiff) : null)
            ?? SourceRaster.Open(inputPath, tiff?.GdalNoData, shrink);
        var pixels = shrink > 1 ? georeference.Pixels.Scaled(shrink) : georeference.Pixels;

        using var staging = new StagingFolder(outputDirectory);
        var writer = new TileWriter(staging.Folder, Options);
        // Past 1.25 source pixels per output pixel, bilinear sampling starts to alias: average 2 x 2 samples.
        bool supersample = WebMercator.Resolution(maxZoom) / (resolution * shrink) > 1.25;
        var job = new TopLevelJob(georeference, pixels, source, footprint, maxZoom, supersample, Options, cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Options.Threads), CancellationToken = cancellationToken };
        var levels = new PyramidLevels(minZoom, maxZoom, writer, parallel);
        job.Run(writer, levels, parallel, rowsDone => progress?.Report(new TileProgress(maxZoom, rowsDone, job.RowCount, writer.Tiles)));
        levels.FlushAll();
        cancellationToken.ThrowIfCancellationRequested();

        var result = new TileResult
        {
            OutputDirectory = Path.GetFullPath(outputDirectory),
            Footprint = footprint.Polygon,
            MinZoom = minZoom,
            MaxZoom = maxZoom,
            TileCount = writer.Tiles,
            TileBytes = writer.Bytes,
            SourceCrs = georeference.Crs.ToString(),
            GeoreferenceOrigin = georeference.Origin,
            ResolutionMercator = resolution,
        };
        TileMetadata.Write(staging.Folder, result, Options, writer.Extension);
        var bounds = footprint.Polygon.EnvelopeInternal;
        Quicklook.Write(staging.Folder, bounds.MinX, bounds.MinY, bounds.MaxX, bounds.MaxY, minZoom, maxZoom);
        staging.Publish();
        progress?.Report(new TileProgress(maxZoom, job.RowCount, job.RowCount, writer.Tiles));
        return result;
    }

    private (int Min, int Max) ChooseZooms(double resolution, long longestSide)
    {
        int max = Options.MaxZoom ?? WebMercator.ZoomForResolution(resolution);
        int min = Options.MinZoom ?? Math.Min(max, WebMercator.ZoomForResolution(resolution * longestSide / WebMercator.TileSize));
        if (min < 0 || max > 24 || min > max)
        {
            throw new InvalidZoomException(string.Create(CultureInfo.InvariantCulture,
                $"The zoom range {min}..{max} is invalid: give 0 <= minzoom <= maxzoom <= 24."));
        }

        return (min, max);
    }

    private static double MercatorResolution(Georeference georeference, long width, long height)
    {
        var mapper = new SourceMapper(georeference, georeference.Pixels);
        double col = width / 2.0, row = height / 2.0;
        var centre = Mercator(mapper, col, row);
        var right = Mercator(mapper, col + 1, row);
        var down = Mercator(mapper, col, row + 1);
        double ax = right.X - centre.X, ay = right.Y - centre.Y, bx = down.X - centre.X, by = down.Y - centre.Y;
        return Math.Sqrt(Math.Abs((ax * by) - (ay * bx)));
    }

    private static (double X, double Y) Mercator(SourceMapper mapper, double col, double row)
    {
        var (lon, lat) = mapper.PixelToLonLat(col, row);
        return WebMercator.FromLonLat(lon, lat);
    }

    private static (long Width, long Height) ProbeSize(string path)
    {
        try
        {
            using var header = Image.NewFromFile(path, access: Enums.Access.Sequential);
            return (header.Width, header.Height);
        }
        catch (VipsException e)
        {
            throw new CorruptImageException($"'{Path.GetFileName(path)}' cannot be read: {e.Message.Split('\n')[0].Trim()}. Re-export or re-upload the file.", e);
        }
    }
}
