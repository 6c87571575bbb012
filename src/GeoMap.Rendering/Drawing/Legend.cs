using System.Globalization;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Rendering.Styling;
using SkiaSharp;

namespace GeoMap.Rendering.Drawing;

/// <summary>The legend at the bottom right: actors' colours, status line styles, strength widths, kinds with a symbol of their own, the ring of a movement known by one place, what the arrows' labels say, places, ground photos and overlays.</summary>
/// <remarks>
/// Only what the map shows is explained: statuses and strength classes that no movement has are left out. Every actor is
/// named (past <see cref="MaxActors"/>, by a dot of its colour). A tracked movement's sources are written in its arrow's
/// label ("3 sources"), so they need no symbol here (the web client draws a badge, and its legend explains it).
/// </remarks>
public sealed class Legend : IDisposable
{
    /// <summary>Most actors listed with a sample arrow; every further actor of the map is listed by a dot of its colour.</summary>
    public const int MaxActors = 8;

    private readonly List<Row> rows = [];
    private readonly SKFont heading;
    private readonly SKFont section;
    private readonly SKFont body;
    private SKRect rect;

    private Legend(RenderContext context)
    {
        heading = Typography.Font(context.Type.Bold, context.Px(14.5f));
        section = Typography.Font(context.Type.Bold, context.Px(11.5f));
        body = Typography.Font(context.Type.Regular, context.Px(12.5f));
    }

    private enum RowKind
    {
        Heading,
        Section,
        Actor,
        ActorDot,
        Status,
        Strength,
        Kind,
        Ring,
        Place,
        Facility,
        Area,
        Photo,
        PhotoFacing,
        Text,
    }

    /// <summary>The legend's box on the image.</summary>
    public SKRect Rect => rect;

    /// <summary>What the legend says, line by line in order (headings, sections and each sample's text).</summary>
    public IReadOnlyList<string> Lines => [.. rows.Select(r => r.Text)];

    /// <summary>Lays the legend out above <paramref name="bottom"/> at the right edge and takes its space.</summary>
    /// <param name="context">The render.</param>
    /// <param name="movements">The movements of the map.</param>
    /// <param name="colors">Their actors' colours.</param>
    /// <param name="overlays">The overlays drawn.</param>
    /// <param name="places">The places marked.</param>
    /// <param name="photos">The photos marked.</param>
    /// <param name="bottom">The legend's lowest pixel row.</param>
    /// <param name="arrows">The movements as drawn (<see cref="AreaDestinations.ToEdges"/>: one shown by an area's outline has no ring); null: <paramref name="movements"/>.</param>
    public static Legend Layout(RenderContext context, IReadOnlyList<Movement> movements, IReadOnlyDictionary<string, SKColor> colors,
        IReadOnlyList<MapOverlay> overlays, IEnumerable<Place> places, IReadOnlyList<(SKPoint At, double? Bearing)> photos, float bottom,
        IReadOnlyList<Movement>? arrows = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(movements);
        ArgumentNullException.ThrowIfNull(colors);
        ArgumentNullException.ThrowIfNull(overlays);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(photos);
        var legend = new Legend(context);
        legend.Build(movements, arrows ?? movements, colors, overlays, places.ToList(), photos);
        legend.Measure(context, bottom);
        context.Labels.Take(legend.rect);
        return legend;
    }

    /// <summary>Draws the legend.</summary>
    public void Paint(RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Panel.Draw(context, rect);
        var pad = context.Px(12);
        var sample = context.Px(40);
        var x = rect.Left + pad;
        var y = rect.Top + pad;
        foreach (var row in rows)
        {
            var font = FontOf(row.Kind);
            var extra = Extra(context, row);
            y += Gap(context, row.Kind) + extra;
            var baseline = y + font.Size;
            var middle = y + (font.Size * 0.62f);
            var textX = HasSample(row.Kind) ? x + sample + context.Px(10) : x;
            switch (row.Kind)
            {
                case RowKind.Actor:
                    SampleArrow(context, x, middle, sample, MovementStatus.Completed, row.Color, context.Px(6));
                    break;
                case RowKind.ActorDot:
                    using (var dot = new SKPaint { IsAntialias = true, Color = row.Color })
                    {
                        context.Canvas.DrawCircle(x + (sample / 2), middle, context.Px(5), dot);
                    }

                    break;
                case RowKind.Status:
                    SampleArrow(context, x, middle, sample, row.Status, context.Style.Text, context.Px(4.5f));
                    break;
                case RowKind.Strength:
                    SampleArrow(context, x, middle, sample, MovementStatus.Completed, context.Style.MutedText, context.Px(row.Width));
                    break;
                case RowKind.Kind:
                    SampleArrow(context, x, middle, sample, MovementStatus.Completed, context.Style.Text, context.Px(4.5f), row.Heads);
                    break;
                case RowKind.Ring:
                    // As on the map: the ring around the place's marker, not a marker alone (the places' row shows that).
                    MovementPainter.PaintRing(context, new SKPoint(x + (sample / 2), middle), MovementStatus.Completed, context.Style.Text, context.Px(2.5f), context.Px(8));
                    PlacePainter.DrawMarker(context, false, new SKPoint(x + (sample / 2), middle), context.Px(3.5f));
                    break;
                case RowKind.Area:
                    using (var area = new SKPaint { IsAntialias = true, Color = context.Style.Text, Style = SKPaintStyle.Stroke, StrokeWidth = context.Px(1.6f) })
                    {
                        var half = context.Px(7);
                        context.Canvas.DrawRect(new SKRect(x + (sample / 2) - (2 * half), middle - half, x + (sample / 2) + (2 * half), middle + half), area);
                    }

                    break;
                case RowKind.Place or RowKind.Facility:
                    PlacePainter.DrawMarker(context, row.Kind == RowKind.Facility, new SKPoint(x + (sample / 2), middle), context.Px(4.5f));
                    break;
                case RowKind.Photo or RowKind.PhotoFacing:
                    // The facing sample looks east, along the row, so its cone stays inside the row.
                    PhotoPainter.DrawCamera(context, new SKPoint(x + (sample / 2) - (row.Kind == RowKind.PhotoFacing ? context.Px(8) : 0), middle), row.Kind == RowKind.PhotoFacing ? 90 : null);
                    break;
            }

            var color = row.Kind == RowKind.Section ? context.Style.MutedText : context.Style.Text;
            context.Text(row.Text, textX, baseline, font, color, halo: 0);
            y += font.Spacing + extra;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        heading.Dispose();
        section.Dispose();
        body.Dispose();
    }

    private void Build(IReadOnlyList<Movement> movements, IReadOnlyList<Movement> arrows, IReadOnlyDictionary<string, SKColor> colors, IReadOnlyList<MapOverlay> overlays, List<Place> places,
        IReadOnlyList<(SKPoint At, double? Bearing)> photos)
    {
        rows.Add(new Row(RowKind.Heading, "Legend"));
        if (movements.Count == 0)
        {
            rows.Add(new Row(RowKind.Text, "No movements in this area and period"));
        }
        else
        {
            rows.Add(new Row(RowKind.Section, "ACTOR"));
            // In the web client's order (ActorPalette.LegendOrder): fixed colours first, the unstated last.
            var actors = ActorPalette.LegendOrder(movements.Select(m => m.Actor));
            // Every actor drawn is named: the image cannot unfold a list, so past the first ones a dot of its colour stands
            // for the sample arrow.
            foreach (var (name, i) in actors.Select((a, i) => (a, i)))
            {
                var color = name is not null && colors.TryGetValue(name, out var c) ? c : ActorPalette.Unattributed;
                rows.Add(new Row(i < MaxActors ? RowKind.Actor : RowKind.ActorDot, name ?? "actor not stated", color));
            }

            rows.Add(new Row(RowKind.Section, "STATUS"));
            var statuses = movements.Select(m => m.Status).ToHashSet();
            foreach (var status in StatusOrder.Where(statuses.Contains))
            {
                rows.Add(new Row(RowKind.Status, MovementStyle.Default.Stroke(status, 1, 1).Label, Status: status));
            }

            rows.Add(new Row(RowKind.Section, "STRENGTH (PERSONNEL)"));
            var widths = movements.Select(m => StrengthClasses.WidthOf(m.Strength)).ToHashSet();
            foreach (var (_, label, width) in StrengthClasses.All.Where(c => widths.Contains(c.Width)))
            {
                rows.Add(new Row(RowKind.Strength, label, Width: width));
            }

            if (widths.Contains(StrengthClasses.UnknownWidth))
            {
                rows.Add(new Row(RowKind.Strength, "not stated", Width: StrengthClasses.UnknownWidth));
            }

            // Kinds with a symbol of their own (a withdrawal's double head), when an arrow of that kind is drawn.
            var kinds = movements.Where(m => m.Route().Count() > 1).Select(m => m.Kind).ToHashSet();
            var symbols = MovementStyle.Default.KindSymbols.Where(k => kinds.Contains(k.Kind)).ToList();
            if (symbols.Count > 0)
            {
                rows.Add(new Row(RowKind.Section, "KIND"));
                foreach (var (_, heads, label) in symbols)
                {
                    rows.Add(new Row(RowKind.Kind, label, Heads: heads));
                }
            }

            if (arrows.Any(m => m.Route().Count() == 1))
            {
                rows.Add(new Row(RowKind.Section, "ONE PLACE ONLY"));
                rows.Add(new Row(RowKind.Ring, "known only by its destination"));
            }

            // The labels beside arrows (StrengthLabelPainter): what their parts are, and the year day labels leave out.
            var withYear = MovementLabels.WithYear(movements);
            if (arrows.Any(m => m.Route().Count() > 1 && StrengthLabelPainter.Label(m, withYear) is not null))
            {
                var sample = MovementLabels.Join("1,500", MovementLabels.Period(Core.Time.Period.Days(new DateOnly(2024, 10, 8), new DateOnly(2024, 10, 13)), withYear: false));
                var year = withYear ? null : movements.Select(m => m.Period.Start ?? m.Period.End?.AddTicks(-1)).FirstOrDefault(t => t is not null)?.UtcDateTime.Year;
                rows.Add(new Row(RowKind.Section, "LABELS"));
                rows.Add(new Row(RowKind.Text, year is { } y
                    ? string.Create(CultureInfo.InvariantCulture, $"{sample}: troops · dates ({y})")
                    : $"{sample}: troops · dates"));
            }
        }

        if (places.Count > 0)
        {
            rows.Add(new Row(RowKind.Section, "PLACES"));
            if (places.Any(p => !PlacePainter.IsFacility(p) && !p.IsArea))
            {
                rows.Add(new Row(RowKind.Place, "town or city"));
            }

            if (places.Any(PlacePainter.IsFacility))
            {
                rows.Add(new Row(RowKind.Facility, "base, port or railhead"));
            }

            if (places.Any(p => p.IsArea))
            {
                rows.Add(new Row(RowKind.Area, "country or region: its outline"));
            }
        }

        if (photos.Count > 0)
        {
            rows.Add(new Row(RowKind.Section, "GROUND PHOTOS"));
            if (photos.Any(p => p.Bearing is null))
            {
                rows.Add(new Row(RowKind.Photo, "where a photo was taken"));
            }

            if (photos.Any(p => p.Bearing is not null))
            {
                rows.Add(new Row(RowKind.PhotoFacing, "the cone: where the camera faced"));
            }
        }

        if (overlays.Count > 0)
        {
            rows.Add(new Row(RowKind.Section, "IMAGERY"));
            foreach (var overlay in overlays)
            {
                var title = overlay.Title ?? overlay.Id;
                rows.Add(new Row(RowKind.Text, overlay.AcquiredAt is { } at
                    ? $"{title}, {at.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}"
                    : title));
            }
        }
    }

    private static readonly MovementStatus[] StatusOrder = [MovementStatus.Completed, MovementStatus.UnderWay, MovementStatus.Planned, MovementStatus.Unknown];

    private void Measure(RenderContext context, float bottom)
    {
        var pad = context.Px(12);
        var sample = context.Px(40) + context.Px(10);
        var maxWidth = context.Viewport.Width * 0.4f;
        var width = rows.Max(r => Math.Min(maxWidth, FontOf(r.Kind).MeasureText(r.Text) + (HasSample(r.Kind) ? sample : 0)));
        var height = rows.Sum(r => Gap(context, r.Kind) + FontOf(r.Kind).Spacing + (2 * Extra(context, r))) - (FontOf(rows[^1].Kind).Spacing - FontOf(rows[^1].Kind).Size) + context.Px(3);
        var margin = context.Px(16);
        var right = context.Viewport.Width - margin;
        rect = new SKRect(right - width - (2 * pad), bottom - height - (2 * pad), right, bottom);
    }

    private static bool HasSample(RowKind kind) => kind is RowKind.Actor or RowKind.ActorDot or RowKind.Status or RowKind.Strength or RowKind.Kind or RowKind.Ring or RowKind.Place or RowKind.Facility or RowKind.Area
        or RowKind.Photo or RowKind.PhotoFacing;

    private SKFont FontOf(RowKind kind) => kind switch
    {
        RowKind.Heading => heading,
        RowKind.Section => section,
        _ => body,
    };

    // A thick strength sample's arrowhead is taller than a line of text: give its row the room, above and below.
    // So does the ring of a movement known by one place.
    private float Extra(RenderContext context, Row row) => row.Kind switch
    {
        RowKind.Strength => Math.Max(0, (2 * Math.Max(context.Px(7), context.Px(row.Width) * 1.6f)) + context.Px(2) - body.Spacing) / 2,
        RowKind.Ring => Math.Max(0, (2 * (context.Px(8) + context.Px(2.5f))) + context.Px(2) - body.Spacing) / 2,
        _ => 0,
    };

    private static float Gap(RenderContext context, RowKind kind) => kind == RowKind.Section ? context.Px(7) : context.Px(1);

    private static void SampleArrow(RenderContext context, float x, float y, float length, MovementStatus status, SKColor color, float width, int heads = 1)
    {
        using var builder = new SKPathBuilder();
        var headLength = Math.Max(context.Px(9), width * 2f);
        builder.MoveTo(x, y);
        builder.LineTo(x + length - (headLength * 0.75f), y);
        using var geometry = new MovementGeometry(builder.Detach(), new SKPoint(x + length, y), new SKPoint(1, 0), []);
        MovementPainter.PaintArrow(context, geometry, status, color, width, headLength, heads);
    }

    private sealed record Row(RowKind Kind, string Text, SKColor Color = default, MovementStatus Status = MovementStatus.Completed, float Width = 0, int Heads = 1);
}
