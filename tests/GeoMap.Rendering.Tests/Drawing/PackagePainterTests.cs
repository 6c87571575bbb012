using System.Collections.Concurrent;
using GeoMap.Core.Movements;
using GeoMap.Core.Projections;
using GeoMap.Core.Queries;
using GeoMap.Rendering.Basemap;
using GeoMap.Rendering.Drawing;
using GeoMap.Rendering.Projection;
using GeoMap.Rendering.Styling;
using GeoMap.Testing;
using SkiaSharp;

namespace GeoMap.Rendering.Tests.Drawing;

/// <summary>A basemap package is drawn under the movements at the map's zoom: raster tiles composited, vector tiles in the shared package style.</summary>
public sealed class PackagePainterTests
{
    private static readonly SKColor Red = new(0xE0, 0x10, 0x10);

    // Around Kharkiv: a box of about 1.6° by 1°, z8 to z9 at 1000 px.
    private static readonly BoundingBox Kharkiv = new(35.4, 49.5, 37.0, 50.5);

    [Theory]
    [InlineData(0, 12)]
    [InlineData(0, 6)]
    [InlineData(5, 14)]
    public void Raster_tiles_come_from_the_map_zoom_within_the_package_and_are_overzoomed_past_its_deepest(int minZoom, int maxZoom)
    {
        var asked = new ConcurrentBag<int>();
        var package = Raster(minZoom, maxZoom, asked);
        var request = new MapRequest { Box = Kharkiv, Width = 1000, Height = 700 };
        using var bitmap = new MapRenderer(BasemapData.Empty) { Package = package, ShowLegend = false }.RenderBitmap(request);

        var viewport = new MapViewport(Kharkiv, 1000, 700);
        var expected = Math.Clamp((int)Math.Ceiling(Math.Log2(viewport.WorldPixels / 256) - 1e-9), minZoom, maxZoom);
        Assert.NotEmpty(asked);
        Assert.All(asked, z => Assert.Equal(expected, z));
        Assert.Equal(Red, bitmap.GetPixel(500, 350));
    }

    [Fact]
    public void Movements_are_drawn_over_the_package()
    {
        var from = Scenes.Town("Chuhuiv", 36.69, 49.84);
        var request = new MapRequest
        {
            Box = Kharkiv,
            Width = 1000,
            Height = 700,
            Movements = [Scenes.Move(1, "Ukraine", MovementStatus.Completed, 20_000, Scenes.Kharkiv, from)],
        };
        using var bitmap = new MapRenderer(BasemapData.Empty) { Package = Raster(0, 10, []), ShowLegend = false }.RenderBitmap(request);
        var viewport = new MapViewport(Kharkiv, 1000, 700);
        var a = viewport.ToPixel(Scenes.Kharkiv.Lon, Scenes.Kharkiv.Lat);
        var b = viewport.ToPixel(from.Lon, from.Lat);
        var (x, y) = ((int)((a.X + b.X) / 2), (int)((a.Y + b.Y) / 2));
        var ukraine = MovementStyle.Default.FixedColour("Ukraine")!.Value;
        Assert.Contains(Enumerable.Range(-4, 9), dx => Enumerable.Range(-4, 9).Any(dy => !ReferenceImages.Differs(ukraine, bitmap.GetPixel(x + dx, y + dy))));
    }

    [Fact]
    public void Nothing_of_the_package_is_drawn_outside_its_bounds()
    {
        var package = Raster(0, 10, []) with { West = 36.2, East = 40, South = 45, North = 55 };
        using var bitmap = new MapRenderer(BasemapData.Empty) { Package = package, ShowLegend = false }
            .RenderBitmap(new MapRequest { Box = Kharkiv, Width = 1000, Height = 700 });
        var viewport = new MapViewport(Kharkiv, 1000, 700);
        var edge = viewport.ToPixel(36.2, 50);
        Assert.Equal(MapStyle.Briefing.Sea, bitmap.GetPixel((int)edge.X - 10, 350));
        Assert.Equal(Red, bitmap.GetPixel((int)edge.X + 10, 350));
    }

    public static TheoryData<string, string?, bool, double, string?> Rules => new()
    {
        // layer, class, is a line, zoom, the rule's fill or stroke (null: not drawn)
        { "water", null, false, 8, "#c9dbe6" },
        { "waterway", "river", true, 8, "#a9c4d6" },
        { "ocean", null, false, 3, "#c9dbe6" },
        { "landuse", "residential", false, 10, "#ebe5da" },
        { "landuse", "farmland", false, 10, "#e2ead2" },
        { "transportation", "motorway", true, 9, "#d9a65c" },
        { "streets", "secondary", true, 12, "#d9a65c" },
        { "transportation", "rail", true, 9, "#9a9a9a" },
        { "transportation", "service", true, 14, "#ffffff" },
        { "boundaries", null, true, 6, "#8d8478" },
        { "building", null, false, 13, null },
        { "buildings", null, false, 15, "#ddd5c8" },
        { "poi", "shop", false, 16, null },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_vector_feature_takes_the_first_rule_of_its_layer_class_geometry_and_zoom(string layer, string? featureClass, bool isLine, double zoom, string? colour)
    {
        var style = PackageStyle.Default;
        var index = style.Match(layer, featureClass, isLine, zoom);
        if (colour is null)
        {
            Assert.Equal(-1, index);
            return;
        }

        Assert.True(index >= 0, $"no rule for {layer}/{featureClass}");
        Assert.Equal(SKColor.Parse(colour), style.Rules[index].Fill ?? style.Rules[index].Stroke);
    }

    [Fact]
    public void Vector_tiles_draw_water_roads_and_names_in_the_package_style_and_leave_unknown_layers_out()
    {
        var package = Vector(KharkivFeatures);
        var request = new MapRequest { Box = Kharkiv, Width = 1000, Height = 700 };
        using var bitmap = new MapRenderer(BasemapData.Empty) { Package = package, ShowLegend = false }.RenderBitmap(request);
        var viewport = new MapViewport(Kharkiv, 1000, 700);
        var style = PackageStyle.Default;

        SKColor At(double lon, double lat)
        {
            var p = viewport.ToPixel(lon, lat);
            return bitmap.GetPixel((int)Math.Round(p.X), (int)Math.Round(p.Y));
        }

        Assert.Equal(style.Rules[style.Match("water", null, false, 8)].Fill, At(35.6, 49.7));
        var road = viewport.ToPixel(36.6, 50.0);
        var motorway = style.Rules[style.Match("transportation", "motorway", true, 8)].Stroke!.Value;
        // A thin line, antialiased: its most covered pixel is nearer the road's colour than the background's.
        var closest = Enumerable.Range(-2, 5).Select(dy => bitmap.GetPixel((int)road.X, (int)road.Y + dy)).MinBy(c => Distance(c, motorway));
        Assert.True(Distance(closest, motorway) < Distance(closest, style.Background), $"the road is {closest}");
        // The background inside the package, where no feature lies; the "poi" layer's square is not drawn over it.
        Assert.Equal(style.Background, At(36.8, 49.6));
        Assert.Equal(style.Background, At(36.3, 49.7));
        // The name is written near its point: some dark pixels within a label's height.
        var place = viewport.ToPixel(36.0, 50.3);
        Assert.Contains(Enumerable.Range(-30, 60), dx => Enumerable.Range(-6, 12).Any(dy =>
            bitmap.GetPixel((int)place.X + dx, (int)place.Y + dy) is var c && c.Red < 90 && c.Green < 90 && c.Blue < 90));
    }

    [Theory]
    [InlineData(3.0, null, 3.0)]
    [InlineData(null, 1_000_000.0, 40.0)]
    [InlineData(null, 1_000.0, 70.0)]
    [InlineData(null, null, 100.0)]
    [InlineData(null, 0.0, 100.0)]
    [InlineData(-2.0, null, 0.0)]
    public void A_place_name_ranks_by_its_schemas_rank_else_by_population(double? rank, double? population, double order)
    {
        Assert.Equal(order, PackageStyle.LabelOrder(rank, population), 6);
    }

    public static TheoryData<FixtureFeature, FixtureFeature> Overlapping => new()
    {
        // A village listed first loses its place to a city (an earlier label rule) on the same spot.
        { new("place", VectorTiles.Point(36.2, 50.0), ("class", "village"), ("name", "Sloboda Mala")), new("place", VectorTiles.Point(36.2, 50.0), ("class", "city"), ("name", "Grand City")) },
        // OpenMapTiles: two cities, the smaller rank wins.
        { new("place", VectorTiles.Point(36.2, 50.0), ("class", "city"), ("rank", 9), ("name", "Sloboda Mala")), new("place", VectorTiles.Point(36.2, 50.0), ("class", "city"), ("rank", 2), ("name", "Grand City")) },
        // Shortbread: two towns, the larger population wins.
        { new("place_labels", VectorTiles.Point(36.2, 50.0), ("kind", "town"), ("population", 2_000), ("name", "Sloboda Mala")), new("place_labels", VectorTiles.Point(36.2, 50.0), ("kind", "town"), ("population", 90_000), ("name", "Grand City")) },
        // Across a tile edge (36.5625 E at the map's zoom 10), each outside the other tile's buffer: a village in the
        // eastern tile, a city 12 px west of it in the western one; either tile's names first, the city's is drawn.
        { new("place", VectorTiles.Point(36.575, 50.0), ("class", "village"), ("name", "Sloboda Mala")), new("place", VectorTiles.Point(36.55, 50.0), ("class", "city"), ("name", "Grand City")) },
        { new("place", VectorTiles.Point(36.55, 50.0), ("class", "village"), ("name", "Sloboda Mala")), new("place", VectorTiles.Point(36.575, 50.0), ("class", "city"), ("name", "Grand City")) },
    };

    [Theory]
    [MemberData(nameof(Overlapping))]
    public void Of_two_overlapping_place_names_the_higher_ranked_is_drawn_whatever_the_tiles_order(FixtureFeature lesser, FixtureFeature greater)
    {
        var request = new MapRequest { Box = Kharkiv, Width = 800, Height = 500 };
        byte[] Render(params FixtureFeature[] features) => new MapRenderer(BasemapData.Empty) { Package = Vector(features), ShowLegend = false }.RenderPng(request);

        var greaterAlone = Render(greater);
        Assert.NotEqual(Render(lesser), greaterAlone);
        Assert.Equal(greaterAlone, Render(lesser, greater));
    }

    [Theory]
    [InlineData("<a href=\"https://www.openmaptiles.org/\">&copy; OpenMapTiles</a> <a href=\"https://www.openstreetmap.org/copyright\">&copy; OpenStreetMap contributors</a>", "© OpenMapTiles © OpenStreetMap contributors")]
    [InlineData("Shortbread, © OpenStreetMap", "Shortbread, © OpenStreetMap")]
    [InlineData("  <b></b> ", null)]
    [InlineData(null, null)]
    public void The_package_credit_is_printed_as_plain_text(string? attribution, string? expected)
    {
        Assert.Equal(expected, (Raster(0, 1, []) with { Attribution = attribution }).PlainAttribution());
    }

    [Fact]
    public void A_vector_package_under_movements_matches_its_reference()
    {
        var from = Scenes.Town("Chuhuiv", 36.69, 49.84);
        var request = new MapRequest
        {
            Box = Kharkiv,
            Width = 1000,
            Height = 700,
            Title = "Vector basemap package",
            Movements =
            [
                Scenes.Move(1, "Russia", MovementStatus.Completed, 12_000, Scenes.Belgorod, Scenes.Kharkiv),
                Scenes.Move(2, "Ukraine", MovementStatus.Planned, 2_000, Scenes.Kharkiv, from),
            ],
        };
        var package = Vector(KharkivFeatures) with { Attribution = "<a href=\"https://example.org\">© Test vector tiles</a>" };
        ReferenceImages.AssertMatches("vector-package-kharkiv", new MapRenderer(SharedBasemap.Value) { Package = package }.RenderPng(request));
    }

    [Fact]
    public void A_raster_package_under_movements_matches_its_reference()
    {
        var request = Scenes.UkraineBorder() with { Title = "Raster basemap package" };
        var package = Raster(0, 4, [], new SKColor(0xDD, 0xE8, 0xD0), grid: new SKColor(0x90, 0xA0, 0x80)) with { Attribution = "Test raster tiles", West = 28, East = 45, South = 40, North = 55 };
        ReferenceImages.AssertMatches("raster-package-border", new MapRenderer(SharedBasemap.Value) { Package = package }.RenderPng(request));
    }

    private static int Distance(SKColor a, SKColor b) => Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue);

    private static IEnumerable<FixtureFeature> KharkivFeatures =>
    [
        new("water", VectorTiles.Box(35.3, 49.4, 35.9, 50.0)),
        new("landuse", VectorTiles.Box(36.1, 49.9, 36.45, 50.1), ("class", "residential")),
        new("transportation", VectorTiles.Line((35.4, 50.0), (37.0, 50.0)), ("class", "motorway")),
        new("transportation", VectorTiles.Line((36.25, 49.5), (36.25, 50.5)), ("class", "rail")),
        new("boundary", VectorTiles.Line((35.4, 50.35), (37.0, 50.45)), ("admin_level", 2)),
        new("place", VectorTiles.Point(36.0, 50.3), ("class", "town"), ("name", "Тестове"), ("name:en", "Testove")),
        new("poi", VectorTiles.Box(36.2, 49.6, 36.4, 49.8), ("class", "shop")),
    ];

    private static MapBasemapPackage Raster(int minZoom, int maxZoom, ConcurrentBag<int> asked, SKColor? colour = null, SKColor? grid = null)
    {
        using var bitmap = new SKBitmap(256, 256);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(colour ?? Red);
            if (grid is { } g)
            {
                // The tile's edges, to see where each tile lands.
                using var paint = new SKPaint { Color = g, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
                canvas.DrawRect(new SKRect(1, 1, 255, 255), paint);
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        var png = data.ToArray();
        return new MapBasemapPackage
        {
            Name = "red.mbtiles",
            MinZoom = minZoom,
            MaxZoom = maxZoom,
            ReadTile = (z, _, _) =>
            {
                asked.Add(z);
                return png;
            },
        };
    }

    private static MapBasemapPackage Vector(IEnumerable<FixtureFeature> features)
    {
        var all = features.ToList();
        return new MapBasemapPackage
        {
            Name = "test.pmtiles",
            Vector = true,
            MinZoom = 0,
            MaxZoom = 14,
            ReadTile = (z, x, y) => VectorTiles.Cut(z, x, y, all),
        };
    }
}
