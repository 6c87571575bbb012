using GeoMap.Core.Movements;
using GeoMap.Core.Queries;
using GeoMap.Rendering.Styling;
using SkiaSharp;

namespace GeoMap.Rendering.Tests;

/// <summary>Whole maps compared against the committed references (see <see cref="ReferenceImages"/>), plus pixel checks that do not depend on them.</summary>
public class MapReferenceTests
{
    private static readonly MapRenderer Renderer = new(SharedBasemap.Value);

    [Fact]
    public void Ukraine_Russia_border_with_planned_and_completed_movements_matches_its_reference()
    {
        var request = Scenes.UkraineBorder();
        var png = Renderer.RenderPng(request);
        ReferenceImages.AssertMatches("ukraine-russia-border", png);

        using var bitmap = SKBitmap.Decode(png);
        var viewport = new GeoMap.Rendering.Projection.MapViewport(request.Box, request.Width, request.Height);
        var russia = ActorPalette.Assign(request.Movements.Select(m => m.Actor))["Russia"];

        // Halfway along Belgorod -> Kharkiv (12,000, completed) the arrow is solid Russian colour.
        Assert.True(NearColor(bitmap, MidArrow(viewport, Scenes.Belgorod, Scenes.Kharkiv), russia, 4));
    }

    [Fact]
    public void Ussuriysk_and_Vladivostok_match_their_reference()
    {
        ReferenceImages.AssertMatches("ussuriysk-vladivostok", Renderer.RenderPng(Scenes.Ussuriysk()));
    }

    [Fact]
    public void A_box_across_the_antimeridian_matches_its_reference_and_draws_both_sides()
    {
        var request = Scenes.Antimeridian();
        var png = Renderer.RenderPng(request);
        ReferenceImages.AssertMatches("antimeridian-bering", png);

        // Land on both sides of 180°: Chukotka (Anadyr) and Alaska (Nome) are drawn as land, not as sea.
        using var bitmap = SKBitmap.Decode(png);
        var viewport = new GeoMap.Rendering.Projection.MapViewport(request.Box, request.Width, request.Height);
        foreach (var (lon, lat) in new[] { (176.0, 66.5), (-162.0, 66.0) })
        {
            var p = viewport.ToPixelNearest(lon, lat);
            Assert.InRange(p.X, 0, request.Width);
            Assert.Equal(MapStyle.Briefing.Land, bitmap.GetPixel((int)p.X, (int)p.Y));
        }
    }

    [Fact]
    public void A_legend_with_several_actors_matches_its_reference()
    {
        Place(out var warsaw, "Warsaw", 21.01, 52.23);
        Place(out var berlin, "Berlin", 13.40, 52.52);
        Place(out var vilnius, "Vilnius", 25.28, 54.69);
        Place(out var minsk, "Minsk", 27.56, 53.90);
        Place(out var riga, "Riga", 24.11, 56.95);
        Place(out var kaliningrad, "Kaliningrad", 20.51, 54.71);
        Place(out var prague, "Prague", 14.42, 50.09);
        Place(out var lviv, "Lviv", 24.03, 49.84);
        var request = new MapRequest
        {
            Box = new BoundingBox(10, 47, 32, 58),
            Width = 1200,
            Height = 800,
            From = new DateOnly(2024, 9, 1),
            To = new DateOnly(2024, 9, 30),
            Title = "Exercises in Central Europe",
            Movements =
            [
                Scenes.Move(30, "Germany", MovementStatus.Completed, 4_000, berlin, warsaw),
                Scenes.Move(31, "Poland", MovementStatus.UnderWay, 20_000, warsaw, vilnius),
                Scenes.Move(32, "Belarus", MovementStatus.Planned, 60_000, minsk, vilnius),
                Scenes.Move(33, "Russia", MovementStatus.Completed, 900, kaliningrad, minsk),
                Scenes.Move(34, "Lithuania", MovementStatus.Unknown, null, vilnius, riga),
                Scenes.Move(35, "Czech Republic", MovementStatus.Planned, 1_200, prague, lviv),
                Scenes.Move(36, null, MovementStatus.Completed, 300, lviv, warsaw),
            ],
        };
        ReferenceImages.AssertMatches("legend-several-actors", Renderer.RenderPng(request));

        static void Place(out Core.Places.Place place, string name, double lon, double lat) => place = Scenes.Town(name, lon, lat);
    }

    [Fact]
    public void A_scale_bar_at_high_latitude_matches_its_reference()
    {
        var longyearbyen = Scenes.Town("Longyearbyen", 15.64, 78.22);
        var barentsburg = Scenes.Town("Barentsburg", 14.21, 78.06);
        var request = new MapRequest
        {
            Box = new BoundingBox(5, 76, 35, 81),
            Width = 1000,
            Height = 700,
            From = new DateOnly(2024, 10, 8),
            To = new DateOnly(2024, 10, 8),
            Movements = [Scenes.Move(40, "Norway", MovementStatus.Completed, 150, longyearbyen, barentsburg)],
        };
        ReferenceImages.AssertMatches("scale-bar-svalbard", Renderer.RenderPng(request));
    }

    [Fact]
    public void A_tracked_movement_reported_by_three_sources_is_labelled_with_its_strength_range_and_sources_and_matches_its_reference()
    {
        // As /api/map.png and geomap render draw a tracked movement: one arrow, its width by the claimed strength, and the
        // label "1,500–3,000 · 3 sources" beside its middle.
        var tracked = Scenes.Move(50, "North Korea", MovementStatus.Completed, null, Scenes.Chongjin, Scenes.UssuriyskBase) with
        {
            Strength = new Strength(1_500, 3_000, "1,500 to 3,000"),
            Corroboration = new Core.Corroboration.Corroboration { ClaimCount = 4, SourceCount = 3 },
        };
        MapRequest Request(Movement movement) => new()
        {
            Box = new BoundingBox(128.8, 41.2, 133.2, 44.4),
            Width = 900,
            Height = 640,
            From = new DateOnly(2024, 10, 8),
            To = new DateOnly(2024, 10, 13),
            Movements = [movement],
        };

        var png = Renderer.RenderPng(Request(tracked));
        ReferenceImages.AssertMatches("tracked-movement-three-sources", png);

        // The same movement told by one source carries the strength alone: the renders differ beside the arrow, where the
        // longer label is written.
        var single = tracked with { Corroboration = new Core.Corroboration.Corroboration { ClaimCount = 1, SourceCount = 1 } };
        using var withSources = SKBitmap.Decode(png);
        using var withoutSources = SKBitmap.Decode(Renderer.RenderPng(Request(single)));
        var (differing, _) = ReferenceImages.Compare(withSources, withoutSources);
        Assert.InRange(differing, 50, 20_000);
    }

    internal static SKPoint MidArrow(GeoMap.Rendering.Projection.MapViewport viewport, Core.Places.Place from, Core.Places.Place to)
    {
        // A two-place arrow alone between its places runs straight (only further ones of a stack bow out).
        var a = viewport.ToPixelNearest(from.Lon, from.Lat);
        var b = viewport.ToPixelNearest(to.Lon, to.Lat);
        return new SKPoint((a.X + b.X) / 2, (a.Y + b.Y) / 2);
    }

    internal static bool NearColor(SKBitmap bitmap, SKPoint at, SKColor color, int radius)
    {
        for (var dy = -radius; dy <= radius; dy++)
        {
            for (var dx = -radius; dx <= radius; dx++)
            {
                var c = bitmap.GetPixel((int)at.X + dx, (int)at.Y + dy);
                if (Math.Abs(c.Red - color.Red) <= 8 && Math.Abs(c.Green - color.Green) <= 8 && Math.Abs(c.Blue - color.Blue) <= 8)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
