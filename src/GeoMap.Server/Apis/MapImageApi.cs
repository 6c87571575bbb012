using System.Globalization;
using GeoMap.Core.Movements;
using GeoMap.Core.Overlays;
using GeoMap.Core.Queries;
using GeoMap.Rendering;
using GeoMap.Rendering.Basemap;
using GeoMap.Server.Auth;
using GeoMap.Server.Basemap;
using GeoMap.Server.Hosting;
using GeoMap.Server.Http;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Apis;

/// <summary><c>/api/map.png</c>: a static briefing map of the movements in a bbox and date range, with overlays.</summary>
/// <remarks>
/// Rendering is CPU- and memory-heavy (a 4096 px square image is 64 MB of pixels), so images are capped at
/// <see cref="MaxPixels"/>, at most <see cref="MaxConcurrentRenders"/> renders run at once per server, at most
/// <see cref="MaxWaitingRenders"/> more wait for a slot, and any beyond those get a 429 problem with Retry-After. The first
/// request loads the registry basemap (a few seconds); later ones share it. A configured basemap package
/// (<see cref="ServedBasemap"/>) is drawn over it, as the web client draws it.
/// </remarks>
public static class MapImageApi
{
    /// <summary>Largest image served, in pixels (width × height).</summary>
    public const long MaxPixels = 4096L * 4096;

    /// <summary>Renders running at the same time on one server.</summary>
    public const int MaxConcurrentRenders = 2;

    /// <summary>Most movements drawn on one map.</summary>
    public const int MaxMovements = 10_000;

    /// <summary>Renders that may wait for a free slot; a request beyond them is refused with 429 at once.</summary>
    public const int MaxWaitingRenders = 4;

    /// <summary>Seconds a refused caller is told to wait (Retry-After): about one large render.</summary>
    public const int RetryAfterSeconds = 10;

    private static readonly SemaphoreSlim Renders = new(MaxConcurrentRenders, MaxConcurrentRenders);

    // Renders admitted (running or waiting for a slot). Without a bound, anonymous callers could queue renders without
    // end: each waits holding its request and its loaded movements, and the last answers minutes later.
    private static int admitted;

    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapMapImageApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/map.png", GetAsync).WithTags("Maps").WithName("MapImage").RequireReader().DescribeQuery(OpenApiParameters.MapImage)
            .WithMetadata(new ConcurrencyLimited($"Too many maps are being drawn or waiting ({MaxConcurrentRenders} + {MaxWaitingRenders}); retry after the Retry-After seconds."))
            .WithSummary("A PNG map for briefings: movements in bbox whose period overlaps from..to, with overlay=ID (repeatable) at opacity (default 0.85), photos=true to mark the ground photos taken there and then, size=WIDTHxHEIGHT (default 1600x1000) and title.");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(
        HttpRequest request, MovementRepository movements, OverlayRepository overlays, PhotoRepository photos, RegionRepository regions, ObjectStorage storage, IOptions<GeoMapServerOptions> options, ServedBasemap basemap, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var box = QueryValues.Box(query["bbox"]) ?? throw new InvalidQueryException("bbox", "bbox is required: west,south,east,north in degrees, for example 30,44,40,52.");
        var (width, height) = Size(query["size"]);
        var from = QueryValues.Time(query["from"], "from");
        var to = QueryValues.Time(query["to"], "to", endOfDay: true);
        var opacity = Opacity(query["opacity"]);
        var withPhotos = query["photos"].ToString() switch
        {
            "" or "false" => false,
            "true" => true,
            var other => throw new InvalidQueryException("photos", $"photos '{QueryValues.Clip(other)}' is not true or false; photos=true marks the ground photos."),
        };
        var movementQuery = new MovementQuery { Region = RegionFilter.ForBox(box), From = from, To = to, Limit = MovementQuery.MaxLimit }.Validate();

        // Admitted before the movements are loaded: a refused request costs nothing, and one that waits holds no data yet.
        if (Interlocked.Increment(ref admitted) > MaxConcurrentRenders + MaxWaitingRenders)
        {
            Interlocked.Decrement(ref admitted);
            request.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Problems.Busy(string.Create(CultureInfo.InvariantCulture,
                $"{MaxConcurrentRenders} maps are being drawn and {MaxWaitingRenders} wait for their turn; retry in {RetryAfterSeconds} s (see Retry-After), or ask for a smaller size."));
        }

        try
        {
            var drawn = await LoadMovementsAsync(movements, movementQuery, cancellationToken);
            var layers = new List<MapOverlay>();
            foreach (var text in query["overlay"].OfType<string>())
            {
                if (!Guid.TryParse(text, out var id))
                {
                    return Problems.InvalidInput("overlay", $"overlay '{QueryValues.Clip(text)}' is not an overlay id (a GUID); GET /api/overlays lists them.");
                }

                var overlay = await overlays.GetAsync(id, cancellationToken);
                if (overlay is null)
                {
                    return Problems.NotFound("overlay", id);
                }

                if (overlay.Status != OverlayStatus.Ready)
                {
                    return Problems.Conflict($"Overlay {id} is not ready ({overlay.Status.ToString().ToLowerInvariant()}); wait for tiling to finish.");
                }

                layers.Add(storage.MapLayer(overlay, options.Value.TilesRoot, opacity, cancellationToken));
            }

            var map = new MapRequest
            {
                Box = box,
                Width = width,
                Height = height,
                From = from is { } f ? DateOnly.FromDateTime(f.UtcDateTime) : null,
                To = to is { } t ? DateOnly.FromDateTime(t.UtcDateTime) : null,
                Title = query["title"].ToString() is { Length: > 0 } title ? QueryValues.Clip(title) : null,
                Movements = drawn,
                // Coloured over every stored actor, as the web client colours them.
                Actors = await movements.ActorsAsync(cancellationToken),
                Areas = await regions.AreasAsync(drawn.Select(m => m.Destination).OfType<Core.Places.Place>(), cancellationToken),
                Overlays = layers,
                Photos = withPhotos ? await photos.ListAsync(box.ToGeometry(), from, to, null, MovementQuery.MaxLimit, cancellationToken) : [],
            };

            await Renders.WaitAsync(cancellationToken);
            try
            {
                var png = await Task.Run(() => new MapRenderer(BasemapLoader.Default) { Package = basemap.ForRenderer }.RenderPng(map), cancellationToken);
                request.HttpContext.Response.Headers.CacheControl = "private, max-age=60";
                return TypedResults.File(png, "image/png", "map.png");
            }
            catch (MapRequestException e)
            {
                return Problems.InvalidInput(e.Parameter, e.Message);
            }
            catch (GeoMap.Imagery.Packages.TilePackageException e)
            {
                // A leaf directory of the package, read only when a tile under it is drawn, is damaged.
                return Problems.DamagedBasemap(e);
            }
            finally
            {
                Renders.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref admitted);
        }
    }

    private static async Task<List<Movement>> LoadMovementsAsync(MovementRepository repository, MovementQuery query, CancellationToken cancellationToken)
    {
        var result = new List<Movement>();
        while (result.Count < MaxMovements)
        {
            var page = await repository.QueryAsync(query, cancellationToken);
            result.AddRange(page.Items);
            if (page.NextCursor is not { } next)
            {
                break;
            }

            query = query with { After = next };
        }

        return result.Count > MaxMovements ? result[..MaxMovements] : result;
    }

    private static double Opacity(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0.85;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? value
            : throw new InvalidQueryException("opacity", $"opacity '{QueryValues.Clip(text)}' is not a number from 0 to 1; for example opacity=0.7.");
    }

    private static (int Width, int Height) Size(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (1600, 1000);
        }

        var parts = text.Trim().ToLowerInvariant().Split('x');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height))
        {
            throw new InvalidQueryException("size", $"size '{QueryValues.Clip(text)}' is not WIDTHxHEIGHT; give two whole numbers of pixels, for example 1600x1000.");
        }

        if (width is < MapRequest.MinSide or > MapRequest.MaxSide || height is < MapRequest.MinSide or > MapRequest.MaxSide || (long)width * height > MaxPixels)
        {
            throw new InvalidQueryException("size", string.Create(CultureInfo.InvariantCulture,
                $"size {width}x{height} is out of range; each side must be {MapRequest.MinSide} to {MapRequest.MaxSide} pixels and the image at most {MaxPixels / 1_000_000.0:0.#} megapixels."));
        }

        return (width, height);
    }
}
