using GeoMap.Core;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Queries;
using GeoMap.Core.Regions;
using GeoMap.Rendering.Drawing;
using GeoMap.Rendering.Projection;
using GeoMap.Rendering.Styling;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace GeoMap.Rendering.Tests.Drawing;

/// <summary>A country or region a movement goes to is drawn as its outline, the arrow ending at its edge, never as a town marker.</summary>
public sealed class AreaDestinationTests
{
    // A stand-in for Kharkiv Oblast: a box around the region's point.
    private static readonly Place Oblast = new() { GeonameId = 706482, Name = "Kharkiv Oblast", Kind = PlaceKind.Region, FeatureCode = "ADM1", CountryCode = "UA", Admin1Code = "07", Lon = 36.5, Lat = 49.5 };
    private static readonly Geometry Outline = Box(35.0, 48.6, 38.0, 50.4);
    private static readonly Dictionary<string, Geometry> Areas = new() { [Oblast.Key] = Outline };

    public static TheoryData<string, Place?, bool, bool> Cases => new()
    {
        // what, origin, drawn as an arrow, to the edge
        { "from outside: an arrow to the edge", Scenes.Town("Voronezh", 39.2, 51.67), true, true },
        { "from inside: the outline alone", Scenes.Town("Chuhuiv", 36.69, 49.84), false, false },
        { "the area only: the outline alone", null, false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_movement_to_an_outlined_area_ends_at_its_edge_or_is_left_to_the_outline(string what, Place? origin, bool arrow, bool toEdge)
    {
        var movement = new Movement { Id = 1, Actor = "Russia", Origin = origin, Destination = Oblast };
        var drawn = AreaDestinations.ToEdges([movement], Areas);
        Assert.True(arrow == (drawn.Count == 1), what);
        if (toEdge)
        {
            var end = drawn[0].Destination!;
            Assert.True(Outline.Boundary.Distance(GeometryFactories.Wgs84.CreatePoint(new Coordinate(end.Lon, end.Lat))) < 1e-9, $"{what}: {end.Lon},{end.Lat} is not on the edge");
            Assert.InRange(end.Lon, Oblast.Lon, origin!.Lon);
            Assert.NotEqual(Oblast.Key, end.Key);
        }
    }

    [Fact]
    public void An_area_without_an_outline_and_a_town_keep_their_points()
    {
        var toTown = Scenes.Move(1, "Russia", MovementStatus.Completed, 100, Scenes.Belgorod, Scenes.Kharkiv);
        var toUnknownArea = new Movement { Id = 2, Origin = Scenes.Belgorod, Destination = Oblast with { GeonameId = 1 } };
        Assert.Equal([toTown, toUnknownArea], AreaDestinations.ToEdges([toTown, toUnknownArea], Areas));
    }

    [Fact]
    public void The_outline_is_drawn_in_the_movements_colour_and_the_legend_explains_it_without_a_town_marker()
    {
        var box = new BoundingBox(34, 48, 40.5, 52);
        var request = new MapRequest
        {
            Box = box,
            Width = 1000,
            Height = 700,
            Title = "Movements to a region",
            Movements = [new Movement { Id = 1, Actor = "Russia", Status = MovementStatus.Planned, Origin = Scenes.Town("Voronezh", 39.2, 51.67), Destination = Oblast }],
            Areas = Areas,
        };
        var png = new MapRenderer(SharedBasemap.Value).RenderPng(request);
        ReferenceImages.AssertMatches("area-destination", png);

        using var bitmap = SKBitmap.Decode(png);
        var viewport = new MapViewport(box, 1000, 700);
        var russia = MovementStyle.Default.FixedColour("Russia")!.Value;

        // The outline's west edge, far from the arrow: some pixel of the Russian colour on it.
        var west = viewport.ToPixel(35.0, 49.0);
        Assert.Contains(Enumerable.Range(-3, 7), dx => Enumerable.Range(-12, 25).Any(dy => !ReferenceImages.Differs(russia, bitmap.GetPixel((int)west.X + dx, (int)west.Y + dy))));

        using var canvas = new SKCanvas(new SKBitmap(1000, 700));
        using var type = new Typography(MapStyle.Briefing.FontFamily, MapStyle.Briefing.FallbackFontFamily);
        var context = new RenderContext(canvas, viewport, MapStyle.Briefing, type, new LabelSpace(1000, 700));
        using var legend = Legend.Layout(context, request.Movements, ActorPalette.Assign(["Russia"]), [], [Oblast], [], 690, AreaDestinations.ToEdges(request.Movements, Areas));
        Assert.Contains("country or region: its outline", legend.Lines);
        Assert.DoesNotContain("town or city", legend.Lines);
    }

    public static TheoryData<string, BoundingBox, int, bool> Scales => new()
    {
        // what, the image's box (1000 x 700 px), the zoom simplified for, whether the 0.0005° teeth of the west edge stay
        { "a region's scale: the teeth, under half a pixel, are gone", new BoundingBox(34, 48, 40.5, 52), 8, false },
        { "a town's scale: the teeth are pixels wide and stay", new BoundingBox(34.98, 49.48, 35.02, 49.52), 14, true },
    };

    [Theory]
    [MemberData(nameof(Scales))]
    public void The_outline_is_simplified_for_the_images_scale_and_the_arrow_ends_on_the_simplified_edge(string what, BoundingBox box, int zoom, bool teethKept)
    {
        // The oblast's box with a west edge of 4,000 teeth 0.0005° deep, as a detailed border is.
        var west = Enumerable.Range(0, 4001).Select(i => new Coordinate(35.0 - (i % 2 * 0.0005), 50.4 - (i * 1.8 / 4000)));
        var jagged = GeometryFactories.Wgs84.CreatePolygon([.. west, new(38.0, 48.6), new(38.0, 50.4), new(35.0, 50.4)]);
        var viewport = new MapViewport(box, 1000, 700);

        var simplified = AreaDestinations.ForScale(new Dictionary<string, Geometry> { [Oblast.Key] = jagged }, viewport)[Oblast.Key];

        // The API's rule for that zoom (OutlineSimplifier), within a pixel of the outline as stored.
        Assert.Equal(zoom, OutlineSimplifier.ZoomFor(Math.Log2(viewport.WorldPixels / 256)));
        Assert.Equal(OutlineSimplifier.Simplify(jagged, zoom), simplified);
        Assert.True(teethKept == (simplified.NumPoints > 4000), $"{what}: {simplified.NumPoints} points");
        Assert.True(simplified.NumPoints < jagged.NumPoints || teethKept, what);
        Assert.True(new NetTopologySuite.Algorithm.Distance.DiscreteHausdorffDistance(jagged, simplified).Distance() <= 2 * OutlineSimplifier.Tolerance(zoom, 49.5), what);

        // From a town west of the box, the arrow ends on the edge as simplified, the one drawn.
        var movement = new Movement { Id = 1, Actor = "Russia", Origin = Scenes.Town("Poltava", 34.55, 49.5), Destination = Oblast };
        var end = AreaDestinations.ToEdges([movement], new Dictionary<string, Geometry> { [Oblast.Key] = simplified })[0].Destination!;
        Assert.True(simplified.Boundary.Distance(GeometryFactories.Wgs84.CreatePoint(new Coordinate(end.Lon, end.Lat))) < 1e-9, $"{what}: {end.Lon},{end.Lat}");
    }

    [Theory]
    [InlineData(7.76, 8)]
    [InlineData(8.0, 8)]
    [InlineData(8.01, 9)]
    [InlineData(-1.5, 0)]
    [InlineData(31.0, 22)]
    public void A_maps_zoom_is_simplified_for_rounded_up_as_the_web_client_asks(double mapZoom, int zoom) =>
        Assert.Equal(zoom, OutlineSimplifier.ZoomFor(mapZoom));

    private static Polygon Box(double west, double south, double east, double north) => GeometryFactories.Wgs84.CreatePolygon(
        [new(west, south), new(east, south), new(east, north), new(west, north), new(west, south)]);
}
