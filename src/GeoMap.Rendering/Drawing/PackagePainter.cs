using GeoMap.Rendering.Styling;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>
/// Draws a basemap package over the built-in basemap, under everything else: raster tiles composited like an overlay,
/// vector tiles drawn with <see cref="PackageStyle"/> (the web client's style for the same package). The names its
/// vector tiles carry are placed later, with the other basemap labels (<see cref="PackageLabels.Paint"/>).
/// </summary>
/// <remarks>
/// The tiles are those of the map's zoom (the smallest whose tiles are at least as sharp as the image), clamped to the
/// package's zooms: deeper maps scale up its deepest tiles, as the web client overzooms them. Drawing is clipped to the
/// package's bounds, which a vector package fills with the style's background first. Vector tiles that cannot be
/// decoded are skipped, as the web client skips a tile it cannot read.
/// </remarks>
public static class PackagePainter
{
    /// <summary>Most tiles read for one map, to bound the work of a huge image at a deep zoom.</summary>
    public const int MaxTiles = OverlayPainter.MaxTiles;

    /// <summary>Paints the package and returns its names to place with the basemap's labels.</summary>
    public static PackageLabels Paint(RenderContext context, MapBasemapPackage package, PackageStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(package);
        style ??= PackageStyle.Default;
        var viewport = context.Viewport;
        var cover = TileCover.At(viewport, TileCover.ChooseZoom(viewport.WorldPixels, package.MinZoom, package.MaxZoom));
        if (cover.Count > MaxTiles)
        {
            return PackageLabels.None;
        }

        var canvas = context.Canvas;
        canvas.Save();
        try
        {
            using var bounds = BoundsPath(context, package);
            canvas.ClipPath(bounds, SKClipOperation.Intersect, antialias: true);
            if (!package.Vector)
            {
                PaintRaster(context, package, cover);
                return PackageLabels.None;
            }

            canvas.Clear(style.Background);
            return PaintVector(context, package, cover, style);
        }
        finally
        {
            canvas.Restore();
        }
    }

    private static void PaintRaster(RenderContext context, MapBasemapPackage package, TileCover cover)
    {
        using var paint = new SKPaint { Color = SKColors.White };
        foreach (var tile in cover.Enumerate(context.Viewport))
        {
            if (package.ReadTile(cover.Zoom, tile.Column, tile.Row) is not { } bytes)
            {
                continue;
            }

            using var image = SKImage.FromEncodedData(bytes);
            if (image is not null)
            {
                OverlayPainter.DrawTile(context, image, tile, paint);
            }
        }
    }

    private static PackageLabels PaintVector(RenderContext context, MapBasemapPackage package, TileCover cover, PackageStyle style)
    {
        var zoom = TileCover.MapZoom(context.Viewport.WorldPixels);
        var fills = style.Rules.Select(_ => new List<SKPath>()).ToArray();
        var lines = style.Rules.Select(_ => new SKPathBuilder()).ToArray();
        var labels = new List<PackageLabels.Label>();
        var reader = new MapboxTileReader();
        try
        {
            foreach (var tile in cover.Enumerate(context.Viewport))
            {
                if (package.ReadTile(cover.Zoom, tile.Column, tile.Row) is not { } bytes || Decode(reader, bytes, cover.Zoom, tile) is not { } decoded)
                {
                    continue;
                }

                foreach (var layer in decoded.Layers)
                {
                    foreach (var feature in layer.Features)
                    {
                        var geometry = feature.Geometry;
                        var isLine = geometry is ILineal;
                        var rule = style.Match(layer.Name, Text(feature.Attributes, "class") ?? Text(feature.Attributes, "kind"), isLine, zoom);
                        if (rule < 0)
                        {
                            continue;
                        }

                        var r = style.Rules[rule];
                        if (r.Label is { } colour)
                        {
                            if (geometry is Point point && Name(feature.Attributes) is { } name)
                            {
                                var order = PackageStyle.LabelOrder(Number(feature.Attributes, "rank"), Number(feature.Attributes, "population"));
                                labels.Add(new PackageLabels.Label(name, context.Viewport.ToPixel(point.X, point.Y, tile.Copy), colour, r.Size, rule, order));
                            }
                        }
                        else if (r.Fill is not null && geometry is IPolygonal)
                        {
                            foreach (var polygon in Polygons(geometry))
                            {
                                fills[rule].Add(PolygonPath(context, polygon, tile.Copy));
                            }
                        }
                        else if (r.Stroke is not null)
                        {
                            AddLines(context, lines[rule], geometry, tile.Copy);
                        }
                    }
                }
            }

            for (var i = 0; i < style.Rules.Count; i++)
            {
                var rule = style.Rules[i];
                if (rule.Fill is { } fill && fills[i].Count > 0)
                {
                    using var paint = new SKPaint { IsAntialias = true, Color = fill, Style = SKPaintStyle.Fill };
                    foreach (var path in fills[i])
                    {
                        context.Canvas.DrawPath(path, paint);
                    }
                }

                using var outline = lines[i].Detach();
                if (rule.Stroke is { } stroke && !outline.IsEmpty)
                {
                    using var paint = new SKPaint
                    {
                        IsAntialias = true,
                        Color = stroke,
                        Style = SKPaintStyle.Stroke,
                        StrokeWidth = context.Px(rule.Width),
                        StrokeJoin = SKStrokeJoin.Round,
                        StrokeCap = SKStrokeCap.Round,
                    };
                    if (rule.Dash is { Length: > 0 } dash)
                    {
                        paint.StrokeCap = SKStrokeCap.Butt;
                        paint.PathEffect = SKPathEffect.CreateDash([.. dash.Select(context.Px)], 0);
                    }

                    context.Canvas.DrawPath(outline, paint);
                }
            }
        }
        finally
        {
            foreach (var path in fills.SelectMany(f => f))
            {
                path.Dispose();
            }

            foreach (var builder in lines)
            {
                builder.Dispose();
            }
        }

        return new PackageLabels(labels);
    }

    private static NetTopologySuite.IO.VectorTiles.VectorTile? Decode(MapboxTileReader reader, byte[] bytes, int zoom, TileCover.Tile tile)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return reader.Read(stream, new NetTopologySuite.IO.VectorTiles.Tiles.Tile(tile.Column, tile.Row, zoom), "id");
        }
        catch (Exception e) when (e is ProtoBuf.ProtoException or EndOfStreamException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    private static IEnumerable<Polygon> Polygons(Geometry geometry) => geometry switch
    {
        Polygon p => [p],
        MultiPolygon m => m.Geometries.OfType<Polygon>(),
        _ => [],
    };

    private static SKPath PolygonPath(RenderContext context, Polygon polygon, int copy)
    {
        // Each polygon is its own path, filled even-odd: holes stay open whatever the rings' orientation, and the
        // copies of a polygon that neighbouring tiles both carry in their buffers cannot cancel each other out.
        using var builder = new SKPathBuilder();
        AddRing(context, builder, polygon.ExteriorRing, copy, close: true);
        foreach (var hole in polygon.InteriorRings)
        {
            AddRing(context, builder, hole, copy, close: true);
        }

        var path = builder.Detach();
        path.FillType = SKPathFillType.EvenOdd;
        return path;
    }

    private static void AddLines(RenderContext context, SKPathBuilder path, Geometry geometry, int copy)
    {
        switch (geometry)
        {
            case LineString line:
                AddRing(context, path, line, copy, close: false);
                break;
            case Polygon polygon:
                AddRing(context, path, polygon.ExteriorRing, copy, close: true);
                foreach (var hole in polygon.InteriorRings)
                {
                    AddRing(context, path, hole, copy, close: true);
                }

                break;
            case GeometryCollection collection:
                foreach (var part in collection.Geometries)
                {
                    AddLines(context, path, part, copy);
                }

                break;
        }
    }

    private static void AddRing(RenderContext context, SKPathBuilder path, LineString line, int copy, bool close)
    {
        var coordinates = line.Coordinates;
        if (coordinates.Length < 2)
        {
            return;
        }

        path.MoveTo(context.Viewport.ToPixel(coordinates[0].X, coordinates[0].Y, copy));
        for (var i = 1; i < coordinates.Length; i++)
        {
            path.LineTo(context.Viewport.ToPixel(coordinates[i].X, coordinates[i].Y, copy));
        }

        if (close)
        {
            path.Close();
        }
    }

    private static SKPath BoundsPath(RenderContext context, MapBasemapPackage package)
    {
        using var path = new SKPathBuilder();
        var viewport = context.Viewport;
        foreach (var copy in viewport.WorldCopies())
        {
            var northWest = viewport.ToPixel(package.West, package.North, copy);
            var southEast = viewport.ToPixel(package.East < package.West ? package.East + 360 : package.East, package.South, copy);
            path.AddRect(new SKRect(northWest.X, northWest.Y, southEast.X, southEast.Y));
        }

        return path.Detach();
    }

    private static string? Text(IAttributesTable? attributes, string key) =>
        attributes is not null && attributes.Exists(key) && attributes[key] is { } value && Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) is { Length: > 0 } text ? text : null;

    private static double? Number(IAttributesTable? attributes, string key) =>
        attributes is not null && attributes.Exists(key) && attributes[key] is { } value && value is not string
            ? Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The name a place label shows: the English one where the schema gives it (OpenMapTiles name:en, Shortbread name_en), else the local one.</summary>
    private static string? Name(IAttributesTable? attributes) => Text(attributes, "name:en") ?? Text(attributes, "name_en") ?? Text(attributes, "name");
}

/// <summary>The place names of a vector basemap package, placed with the basemap's other labels.</summary>
public sealed class PackageLabels
{
    private readonly IReadOnlyList<Label> labels;

    // The most important first (PackageStyle.LabelOrder): each takes its place before the names that rank below it.
    internal PackageLabels(IReadOnlyList<Label> labels) => this.labels = [.. labels.OrderBy(l => l.Rule).ThenBy(l => l.Order)];

    /// <summary>No names (a raster package, or none drawn).</summary>
    public static PackageLabels None { get; } = new([]);

    /// <summary>How many names the package offered in view.</summary>
    public int Count => labels.Count;

    /// <summary>
    /// Draws each name centred on its place where it touches no label or panel already placed, the most important first:
    /// by its label rule's place in the style, then by its rank in the schema (<see cref="PackageStyle.LabelOrder"/>); the
    /// web client declutters them alike.
    /// </summary>
    public void Paint(RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fonts = new Dictionary<float, SKFont>();
        try
        {
            var seen = new HashSet<(string, int, int)>();
            foreach (var label in labels)
            {
                // Points in the buffers of neighbouring tiles arrive twice.
                if (!seen.Add((label.Text, (int)MathF.Round(label.At.X), (int)MathF.Round(label.At.Y))))
                {
                    continue;
                }

                if (!fonts.TryGetValue(label.Size, out var font))
                {
                    fonts[label.Size] = font = Typography.Font(context.Type.Regular, context.Px(label.Size));
                }

                var width = font.MeasureText(label.Text);
                var metrics = font.Metrics;
                var baseline = label.At.Y + ((metrics.CapHeight > 0 ? metrics.CapHeight : -metrics.Ascent * 0.7f) / 2);
                var box = new SKRect(label.At.X - (width / 2), baseline + metrics.Ascent, label.At.X + (width / 2), baseline + metrics.Descent);
                if (context.Labels.TryTake(box))
                {
                    context.Text(label.Text, label.At.X, baseline, font, label.Colour, SKTextAlign.Center);
                }
            }
        }
        finally
        {
            foreach (var font in fonts.Values)
            {
                font.Dispose();
            }
        }
    }

    /// <summary>A name to place, with the index of its label rule and its order within it.</summary>
    internal readonly record struct Label(string Text, SKPoint At, SKColor Colour, float Size, int Rule, double Order);
}
