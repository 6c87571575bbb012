using SkiaSharp;

namespace GeoMap.Rendering.Tests;

public class MapRendererTests
{
    [Fact]
    public void The_same_request_renders_to_the_same_bytes()
    {
        var renderer = new MapRenderer(SharedBasemap.Value);
        var first = renderer.RenderPng(Scenes.Ussuriysk());
        var second = renderer.RenderPng(Scenes.Ussuriysk());
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_one_call_entry_renders_a_png_of_the_requested_size_with_the_registry_basemap()
    {
        var request = Scenes.UkraineBorder() with { Width = 800, Height = 500 };
        var png = MapRenderer.Render(request);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((800, 500), (bitmap.Width, bitmap.Height));
    }

    [Theory]
    [InlineData(Core.Movements.MovementKind.Withdrawal, true)]
    [InlineData(Core.Movements.MovementKind.Deployment, false)]
    [InlineData(Core.Movements.MovementKind.Unknown, false)]
    public void A_withdrawal_has_a_second_arrowhead_behind_the_first_and_other_kinds_one(Core.Movements.MovementKind kind, bool twoHeads)
    {
        var movement = Scenes.Move(51, "Ukraine", Core.Movements.MovementStatus.Completed, 800, Scenes.Kursk, Scenes.Sumy) with { Kind = kind };
        var request = new MapRequest { Box = new Core.Queries.BoundingBox(34, 50.5, 37, 52), Width = 1000, Height = 1000, Movements = [movement] };
        using var bitmap = new MapRenderer(GeoMap.Rendering.Basemap.BasemapData.Empty) { ShowLegend = false }.RenderBitmap(request);
        var viewport = new GeoMap.Rendering.Projection.MapViewport(request.Box, request.Width, request.Height);
        // At scale 1, as MovementPainter lays it out: a 4 px line (800), a 13 px head of half-width 7 px.
        const float length = 13, halfWidth = 7;
        using var geometry = GeoMap.Rendering.Drawing.MovementGeometry.Create(movement, viewport, length, 7)!;
        var d = geometry.Direction;
        var side = new SKPoint(-d.Y, d.X);
        // Beside the shaft, where the rear head would be: 0.8 head lengths behind the tip, then 0.85 of a head back.
        var behind = (0.8f + 0.85f) * length;
        var probe = new SKPoint(geometry.Tip.X - (d.X * behind) + (side.X * halfWidth * 0.6f), geometry.Tip.Y - (d.Y * behind) + (side.Y * halfWidth * 0.6f));
        var colour = GeoMap.Rendering.Styling.ActorPalette.Assign(["Ukraine"])["Ukraine"];

        Assert.Equal(twoHeads ? 2 : 1, GeoMap.Rendering.Styling.MovementStyle.Default.HeadsOf(kind));
        Assert.Equal(twoHeads, MapReferenceTests.NearColor(bitmap, probe, colour, 0));
    }

    [Fact]
    public void An_actor_is_drawn_in_the_colour_assigned_over_the_requests_actors_not_only_those_drawn()
    {
        // Burkina Faso and Niger both prefer the reserve's fourth colour (FNV-1a slot 3): the web client, which has both,
        // gives Niger another; an image of Niger's movement alone does too when told the map's actors.
        var movement = Scenes.Move(52, "Niger", Core.Movements.MovementStatus.Completed, 60_000, Scenes.Kursk, Scenes.Sumy);
        var request = new MapRequest { Box = new Core.Queries.BoundingBox(34, 50.5, 37, 52), Width = 1000, Height = 1000, Movements = [movement] };
        var viewport = new GeoMap.Rendering.Projection.MapViewport(request.Box, request.Width, request.Height);
        var from = viewport.ToPixelNearest(Scenes.Kursk.Lon, Scenes.Kursk.Lat);
        var to = viewport.ToPixelNearest(Scenes.Sumy.Lon, Scenes.Sumy.Lat);
        var middle = new SKPoint((from.X + to.X) / 2f, (from.Y + to.Y) / 2f);
        var alone = GeoMap.Rendering.Styling.ActorPalette.Assign(["Niger"])["Niger"];
        var together = GeoMap.Rendering.Styling.ActorPalette.Assign(["Burkina Faso", "Niger", null])["Niger"];
        Assert.NotEqual(alone, together);

        var renderer = new MapRenderer(GeoMap.Rendering.Basemap.BasemapData.Empty) { ShowLegend = false };
        using (var bitmap = renderer.RenderBitmap(request))
        {
            Assert.True(MapReferenceTests.NearColor(bitmap, middle, alone, 1));
        }

        using (var bitmap = renderer.RenderBitmap(request with { Actors = ["Burkina Faso", "niger", null] }))
        {
            Assert.True(MapReferenceTests.NearColor(bitmap, middle, together, 1));
            Assert.False(MapReferenceTests.NearColor(bitmap, middle, alone, 1));
        }
    }

    [Fact]
    public void A_movement_with_one_known_place_is_a_ring_around_it_in_the_actors_colour()
    {
        var movement = Scenes.Move(50, "North Korea", Core.Movements.MovementStatus.Completed, 1_500, Scenes.UssuriyskBase) with { Destination = null };
        var request = new MapRequest { Box = new Core.Queries.BoundingBox(130, 42, 134, 45), Width = 1000, Height = 1000, Movements = [movement] };
        using var bitmap = new MapRenderer(GeoMap.Rendering.Basemap.BasemapData.Empty) { ShowLegend = false }.RenderBitmap(request);
        var viewport = new GeoMap.Rendering.Projection.MapViewport(request.Box, request.Width, request.Height);
        var centre = viewport.ToPixelNearest(Scenes.UssuriyskBase.Lon, Scenes.UssuriyskBase.Lat);
        var color = GeoMap.Rendering.Styling.ActorPalette.Assign(["North Korea"])["North Korea"];

        // Radius 9 px plus the 1,500-strength width of 6 px, at scale 1.
        Assert.True(MapReferenceTests.NearColor(bitmap, new SKPoint(centre.X, centre.Y - 15), color, 1));
        Assert.False(MapReferenceTests.NearColor(bitmap, new SKPoint(centre.X, centre.Y - 30), color, 1));
    }

    [Fact]
    public void Many_movements_are_drawn_without_error()
    {
        var places = new[] { Scenes.Belgorod, Scenes.Kharkiv, Scenes.Rostov, Scenes.Mariupol, Scenes.Melitopol, Scenes.Dnipro, Scenes.Zaporizhzhia, Scenes.Kursk, Scenes.Sumy };
        var movements = Enumerable.Range(0, 3_000)
            .Select(i => Scenes.Move(i, $"Actor {i % 13}", (Core.Movements.MovementStatus)(i % 4), (i % 7) * 2_500, places[i % places.Length], places[(i * 5 + 1) % places.Length]))
            .Where(m => m.Origin != m.Destination)
            .ToList();
        var request = Scenes.UkraineBorder() with { Movements = movements };
        using var bitmap = new MapRenderer(SharedBasemap.Value).RenderBitmap(request);
        Assert.Equal(request.Width, bitmap.Width);
    }
}
