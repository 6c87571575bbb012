using GeoMap.Core.Regions;
using GeoMap.Rendering.Basemap;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>Highlights regions of interest (the country or oblast a briefing is about) with a light fill and an outline.</summary>
public static class RegionPainter
{
    /// <summary>Fill colour of a highlighted region.</summary>
    public static SKColor Fill { get; } = new(0xF2, 0xB7, 0x05, 0x2E);

    /// <summary>Outline colour of a highlighted region.</summary>
    public static SKColor Outline { get; } = new(0xB2, 0x7C, 0x00);

    /// <summary>Paints the regions above the basemap and overlays, below the movements.</summary>
    public static void Paint(RenderContext context, IReadOnlyList<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(regions);
        foreach (var region in regions)
        {
            var rings = Rings(region.Geometry).ToList();
            if (rings.Count == 0)
            {
                continue;
            }

            using var path = BasemapPainter.BuildPath(context, rings, closed: true);
            path.FillType = SKPathFillType.EvenOdd;
            using var fill = new SKPaint { IsAntialias = true, Color = Fill, Style = SKPaintStyle.Fill };
            context.Canvas.DrawPath(path, fill);
            using var stroke = new SKPaint
            {
                IsAntialias = true,
                Color = Outline,
                Style = SKPaintStyle.Stroke,
                StrokeWidth = context.Px(2),
                StrokeJoin = SKStrokeJoin.Round,
                PathEffect = SKPathEffect.CreateDash([context.Px(8), context.Px(4)], 0),
            };
            context.Canvas.DrawPath(path, stroke);
        }
    }

    /// <summary>A polygon's rings as basemap lines, unwrapped across the antimeridian.</summary>
    internal static IEnumerable<GeoLine> Rings(Geometry geometry)
    {
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is not Polygon polygon)
            {
                continue;
            }

            foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
            {
                if (ring.NumPoints < 4)
                {
                    continue;
                }

                var values = new float[ring.NumPoints * 2];
                for (var k = 0; k < ring.NumPoints; k++)
                {
                    values[2 * k] = (float)ring.Coordinates[k].X;
                    values[(2 * k) + 1] = (float)ring.Coordinates[k].Y;
                }

                yield return new GeoLine(Antimeridian.UnwrapRing(values));
            }
        }
    }
}
