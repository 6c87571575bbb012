using GeoMap.Core.Movements;
using GeoMap.Core.Queries;
using GeoMap.Rendering.Drawing;
using GeoMap.Rendering.Projection;
using GeoMap.Rendering.Styling;
using SkiaSharp;

namespace GeoMap.Rendering.Tests.Drawing;

/// <summary>The briefing legend explains every symbol the image draws, and only those.</summary>
public sealed class LegendTests
{
    private static readonly BoundingBox Donbas = new(33.8, 46.5, 38.8, 49.0);

    [Fact]
    public void Movements_known_by_their_destination_only_are_explained_by_the_ring_and_match_their_reference()
    {
        // A completed and a planned arrival known by the destination alone (a ring, hollow and dashed when planned), and
        // one arrow: the legend's ring row, which no other reference shows.
        var request = new MapRequest
        {
            Box = Donbas,
            Width = 1000,
            Height = 700,
            Title = "Arrivals known by their destination",
            Movements =
            [
                Arrival(60, "Russia", MovementStatus.Completed, Scenes.Mariupol),
                Arrival(61, "Russia", MovementStatus.Planned, Scenes.Zaporizhzhia),
                Scenes.Move(62, "Ukraine", MovementStatus.Completed, 3_000, Scenes.Dnipro, Scenes.Zaporizhzhia),
            ],
        };
        ReferenceImages.AssertMatches("destination-only", new MapRenderer(SharedBasemap.Value).RenderPng(request));

        var lines = Lines(request.Movements);
        Assert.Equal("known only by its destination", lines[lines.IndexOf("ONE PLACE ONLY") + 1]);
    }

    [Fact]
    public void Without_a_movement_known_by_one_place_there_is_no_ring_row()
    {
        var lines = Lines([Scenes.Move(63, "Ukraine", MovementStatus.Completed, 3_000, Scenes.Dnipro, Scenes.Zaporizhzhia)]);
        Assert.DoesNotContain("known only by its destination", lines);
        Assert.DoesNotContain("ONE PLACE ONLY", lines);
    }

    [Fact]
    public void Every_actor_of_the_map_is_named_past_the_ones_with_a_sample_arrow_and_matches_its_reference()
    {
        // Twelve actors, no two alike (NATO members in NATO's hues, the others from the reserve): eight with a sample
        // arrow, four more by a dot of their colour.
        string[] actors = ["Russia", "Ukraine", "Belarus", "Norway", "Lithuania", "Latvia", "Estonia", "Hezbollah", "Houthis", "Hamas", "Sudan", "Rwanda"];
        Core.Places.Place[] towns = [Scenes.Belgorod, Scenes.Kharkiv, Scenes.Rostov, Scenes.Mariupol, Scenes.Melitopol, Scenes.Dnipro, Scenes.Zaporizhzhia, Scenes.Kursk, Scenes.Sumy];
        var request = new MapRequest
        {
            Box = new BoundingBox(33.5, 46.3, 41.5, 52.3),
            Width = 1000,
            Height = 800,
            Title = "Twelve actors",
            Movements = [.. actors.Select((a, i) => Scenes.Move(70 + i, a, MovementStatus.Completed, 500 * (i + 1), towns[i % towns.Length], towns[(i + 4) % towns.Length]))],
        };
        ReferenceImages.AssertMatches("legend-many-actors", new MapRenderer(SharedBasemap.Value).RenderPng(request));

        var lines = Lines(request.Movements);
        Assert.All(actors, a => Assert.Contains(a, lines));
        Assert.DoesNotContain(lines, l => l.Contains("more actors", StringComparison.Ordinal));
    }

    [Fact]
    public void Actors_with_a_fixed_colour_lead_the_legend_in_the_style_tables_order_whatever_their_counts()
    {
        // Hamas with three movements, Ukraine with two, Russia with one and one not stated: fixed colours first in
        // map-style.json's order (Russia before Ukraine), then the rest by name, the unstated last; counts do not matter.
        var lines = Lines([
            Scenes.Move(80, "Hamas", MovementStatus.Completed, 500, Scenes.Dnipro, Scenes.Zaporizhzhia),
            Scenes.Move(81, "Hamas", MovementStatus.Completed, 500, Scenes.Kharkiv, Scenes.Dnipro),
            Scenes.Move(82, "hamas", MovementStatus.Completed, 500, Scenes.Mariupol, Scenes.Dnipro),
            Scenes.Move(83, "Ukraine", MovementStatus.Completed, 500, Scenes.Dnipro, Scenes.Mariupol),
            Scenes.Move(84, "Ukraine", MovementStatus.Completed, 500, Scenes.Zaporizhzhia, Scenes.Mariupol),
            Scenes.Move(85, "Azov", MovementStatus.Completed, 500, Scenes.Zaporizhzhia, Scenes.Dnipro),
            Scenes.Move(86, "Russia", MovementStatus.Completed, 500, Scenes.Melitopol, Scenes.Zaporizhzhia),
            Scenes.Move(87, null, MovementStatus.Completed, 500, Scenes.Melitopol, Scenes.Mariupol),
        ]);

        var actors = lines.Skip(lines.IndexOf("ACTOR") + 1).TakeWhile(l => l != "STATUS").ToList();
        Assert.Equal(["Russia", "Ukraine", "Azov", "Hamas", "actor not stated"], actors);
    }

    private static Movement Arrival(long id, string actor, MovementStatus status, Core.Places.Place at) =>
        Scenes.Move(id, actor, status, 1_000, at) with { Origin = null, Destination = at };

    private static List<string> Lines(IReadOnlyList<Movement> movements)
    {
        var viewport = new MapViewport(Donbas, 1000, 700);
        using var bitmap = new SKBitmap(1000, 700);
        using var canvas = new SKCanvas(bitmap);
        using var type = new Typography(MapStyle.Briefing.FontFamily, MapStyle.Briefing.FallbackFontFamily);
        var context = new RenderContext(canvas, viewport, MapStyle.Briefing, type, new LabelSpace(1000, 700));
        using var legend = Legend.Layout(context, movements, ActorPalette.Assign(movements.Select(m => m.Actor)), [], [], [], 690);
        return [.. legend.Lines];
    }
}
