using System.Globalization;
using GeoMap.Core.Places;
using GeoMap.Rendering.Basemap;
using GeoMap.Rendering.Drawing;
using GeoMap.Rendering.Projection;
using GeoMap.Rendering.Styling;
using SkiaSharp;

namespace GeoMap.Rendering;

/// <summary>Renders a static map for briefings: basemap, overlays, movement arrows, places, legend, scale bar, dates, credits.</summary>
/// <remarks>
/// <c>MapRenderer.Render(request)</c> draws with the shared registry basemap and the briefing style;
/// <c>new MapRenderer(basemap) { Style = …, Attribution = … }.RenderPng(request)</c> for the rest. The output depends
/// only on the request, the basemap and the installed fonts: no clock, no randomness, no hash-order iteration.
/// </remarks>
public sealed class MapRenderer
{
    private readonly BasemapData basemap;

    /// <summary>Creates a renderer drawing on <paramref name="basemap"/>.</summary>
    public MapRenderer(BasemapData basemap)
    {
        ArgumentNullException.ThrowIfNull(basemap);
        this.basemap = basemap;
    }

    /// <summary>Colours and typeface.</summary>
    public MapStyle Style { get; init; } = MapStyle.Briefing;

    /// <summary>Credit line; null uses the basemap's.</summary>
    public string? Attribution { get; init; }

    /// <summary>
    /// A basemap package (raster or vector tiles) drawn over the built-in basemap, under everything else, and credited;
    /// its own names (or, for raster tiles, the names in its images) replace the built-in country and city labels.
    /// </summary>
    public MapBasemapPackage? Package { get; init; }

    /// <summary>Whether to label the basemap's capitals and large cities.</summary>
    public bool LabelCities { get; init; } = true;

    /// <summary>Whether to draw the legend.</summary>
    public bool ShowLegend { get; init; } = true;

    /// <summary>PNG compression level from 0 (fast) to 9 (small); 6 by default.</summary>
    public int PngCompression { get; init; } = 6;

    /// <summary>Renders with the registry basemap (<see cref="BasemapLoader.Default"/>) and the default options.</summary>
    /// <exception cref="MapRequestException">The request cannot be drawn (bad size, box or overlay).</exception>
    public static byte[] Render(MapRequest request) => new MapRenderer(BasemapLoader.Default).RenderPng(request);

    /// <summary>Renders the request to PNG bytes.</summary>
    /// <exception cref="MapRequestException">The request cannot be drawn (bad size, box or overlay).</exception>
    public byte[] RenderPng(MapRequest request)
    {
        using var bitmap = RenderBitmap(request);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, Math.Clamp(PngCompression, 0, 9) * 10 + 1)
            ?? throw new InvalidOperationException("Skia could not encode the map as PNG.");
        return data.ToArray();
    }

    /// <summary>Renders the request to a bitmap the caller disposes.</summary>
    /// <exception cref="MapRequestException">The request cannot be drawn (bad size, box or overlay).</exception>
    public SKBitmap RenderBitmap(MapRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        Package?.Validate();
        var bitmap = new SKBitmap(new SKImageInfo(request.Width, request.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        try
        {
            using var canvas = new SKCanvas(bitmap);
            using var type = new Typography(Style.FontFamily, Style.FallbackFontFamily);
            var viewport = new MapViewport(request.Box, request.Width, request.Height);
            var context = new RenderContext(canvas, viewport, Style, type, new LabelSpace(request.Width, request.Height));
            Draw(context, request);
            return bitmap;
        }
        catch
        {
            bitmap.Dispose();
            throw;
        }
    }

    private void Draw(RenderContext context, MapRequest request)
    {
        var colors = ActorPalette.Assign(request.Actors.Concat(request.Movements.Select(m => m.Actor)));
        BasemapPainter.Paint(context, basemap);
        var packageLabels = Package is null ? null : PackagePainter.Paint(context, Package);
        foreach (var overlay in request.Overlays)
        {
            OverlayPainter.Paint(context, overlay);
        }

        RegionPainter.Paint(context, request.Regions);
        // Outlines simplified for this scale (the API's rule); arrows to a country or region end at the edge drawn, and the
        // places marked are still the movements' own.
        var areas = AreaDestinations.ForScale(request.Areas, context.Viewport);
        AreaDestinations.Paint(context, request.Movements, areas, colors);
        var arrows = AreaDestinations.ToEdges(request.Movements, areas);

        // Panels and the movements' places claim their space before the basemap's cities are labelled.
        using var title = TitlePanel.Layout(context, request.Title, request.From, request.To, Summary(request));
        var attribution = AttributionText(request);
        using var small = Typography.Font(context.Type.Regular, context.Px(10.5f));
        var margin = context.Px(16);
        var attributionTop = context.Viewport.Height - margin - small.Size;
        context.Labels.Take(new SKRect(context.Viewport.Width - margin - small.MeasureText(attribution) - context.Px(4), attributionTop - context.Px(2),
            context.Viewport.Width, context.Viewport.Height));
        var scaleBar = ScaleBar.Layout(context);
        var marked = request.Movements.SelectMany(m => m.Route()).Concat(request.Places).ToList();
        var photos = PhotoPainter.Visible(context, request.Photos);
        using var legend = ShowLegend ? Legend.Layout(context, request.Movements, colors, request.Overlays, marked, photos, attributionTop - context.Px(8), arrows) : null;
        MovementPainter.Reserve(context, arrows);
        using var places = PlacePainter.Layout(context, marked);

        if (packageLabels is not null)
        {
            packageLabels.Paint(context);
        }
        else
        {
            CountryLabelPainter.Paint(context, basemap.LayerFor(context.Viewport.SpanLon).Countries);
            if (LabelCities)
            {
                CityPainter.Paint(context, basemap.Cities);
            }
        }

        MovementPainter.Paint(context, arrows, colors);
        places.Paint(context);
        PhotoPainter.Paint(context, photos);
        StrengthLabelPainter.Paint(context, arrows, colors);

        scaleBar.Paint(context);
        title.Paint(context);
        legend?.Paint(context);
        context.Text(attribution, context.Viewport.Width - margin, context.Viewport.Height - margin, small, context.Style.MutedText, SKTextAlign.Right, halo: 3);
    }

    private string AttributionText(MapRequest request)
    {
        var credit = Attribution ?? basemap.Attribution;
        if (Package?.PlainAttribution() is { } package)
        {
            credit = string.IsNullOrEmpty(credit) ? package : $"{package}; {credit}";
        }
        var imagery = request.Overlays.Select(o => o.Title ?? o.Id).ToList();
        if (imagery.Count > 0)
        {
            credit = string.IsNullOrEmpty(credit) ? $"Imagery: {string.Join(", ", imagery)}" : $"{credit}; Imagery: {string.Join(", ", imagery)}";
        }

        return credit;
    }

    private static string Summary(MapRequest request)
    {
        var places = request.Movements.SelectMany(m => m.Route()).Concat(request.Places).Select(p => p.Key).Distinct(StringComparer.Ordinal).Count();
        var parts = new List<string>
        {
            Count(request.Movements.Count, "movement", "movements"),
            Count(places, "place", "places"),
        };
        if (request.Overlays.Count > 0)
        {
            parts.Add(Count(request.Overlays.Count, "overlay", "overlays"));
        }

        var b = request.Box;
        return string.Join(" · ", parts) + string.Create(CultureInfo.InvariantCulture, $" · bbox {b.West:0.####},{b.South:0.####},{b.East:0.####},{b.North:0.####}");
    }

    private static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n:N0} {(n == 1 ? one : many)}");
}
