using System.Text;
using GeoMap.Imagery.Packages;
using GeoMap.Testing;

namespace GeoMap.Imagery.Tests.Packages;

public sealed class TilePackageTests : IDisposable
{
    private static readonly byte[] Red = BasemapPackages.SolidPng(255, 0, 0, 8);
    private static readonly byte[] Blue = BasemapPackages.SolidPng(0, 0, 255, 8);
    private readonly string folder = Directory.CreateTempSubdirectory("geomap-package-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Mbtiles_rows_are_flipped_from_tms_so_xyz_row_0_is_the_north()
    {
        var path = Mbtiles([new FixtureTile(1, 0, 0, Red), new FixtureTile(1, 0, 1, Blue)], new() { ["format"] = "png" });
        using var package = TilePackage.Open(path);
        Assert.Equal(Red, package.ReadTile(1, 0, 0)!.Data);
        Assert.Equal(Blue, package.ReadTile(1, 0, 1)!.Data);
        Assert.Null(package.ReadTile(1, 1, 0));
        Assert.Null(package.ReadTile(1, 2, 0));
    }

    [Fact]
    public void Mbtiles_metadata_gives_format_zooms_bounds_name_and_attribution()
    {
        var path = Mbtiles([new FixtureTile(3, 4, 2, Red)], new()
        {
            ["name"] = "Donbas 2026",
            ["format"] = "png",
            ["minzoom"] = "2",
            ["maxzoom"] = "14",
            ["bounds"] = "36.5,47.0,39.5,49.5",
            ["attribution"] = "© OpenStreetMap contributors",
        });
        using var package = TilePackage.Open(path);
        Assert.Equal(new TilePackageInfo("Donbas 2026", TileFormat.Png, 2, 14, 36.5, 47.0, 39.5, 49.5, "© OpenStreetMap contributors"), package.Info);
        Assert.IsType<MbTilesPackage>(package);
    }

    [Fact]
    public void Mbtiles_without_zooms_or_format_take_them_from_the_tiles()
    {
        var path = Mbtiles([new FixtureTile(5, 1, 1, Red), new FixtureTile(7, 1, 1, Red)], []);
        using var package = TilePackage.Open(path);
        Assert.Equal((TileFormat.Png, 5, 7), (package.Info.Format, package.Info.MinZoom, package.Info.MaxZoom));
        Assert.Equal((-180, 180), (package.Info.West, package.Info.East));
        Assert.Equal(Path.GetFileNameWithoutExtension(path), package.Info.Name);
    }

    [Fact]
    public void Gzipped_vector_tiles_are_flagged_and_decode_to_the_original()
    {
        var mvt = Encoding.ASCII.GetBytes("not really protobuf, but bytes all the same");
        var path = Mbtiles([new FixtureTile(0, 0, 0, BasemapPackages.Gzip(mvt))], new() { ["format"] = "pbf" });
        using var package = TilePackage.Open(path);
        var tile = package.ReadTile(0, 0, 0)!;
        Assert.Equal(TileFormat.Mvt, package.Info.Format);
        Assert.True(tile.Gzipped);
        Assert.Equal(mvt, tile.Decoded());
    }

    [Theory]
    [InlineData("tif")]
    [InlineData("svg")]
    public void Mbtiles_of_a_format_geomap_cannot_draw_is_refused_by_name(string format)
    {
        var path = Mbtiles([new FixtureTile(0, 0, 0, Red)], new() { ["format"] = format });
        var e = Assert.Throws<TilePackageException>(() => TilePackage.Open(path));
        Assert.Contains(format, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sqlite_database_without_tiles_is_not_mbtiles()
    {
        var path = Path.Combine(folder, "other.mbtiles");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (text TEXT)";
            command.ExecuteNonQuery();
        }

        var e = Assert.Throws<TilePackageException>(() => TilePackage.Open(path));
        Assert.Contains("no 'tiles' table", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, 0, 0UL)]
    [InlineData(1, 0, 0, 1UL)]
    [InlineData(1, 0, 1, 2UL)]
    [InlineData(1, 1, 1, 3UL)]
    [InlineData(1, 1, 0, 4UL)]
    [InlineData(2, 0, 0, 5UL)]
    [InlineData(3, 0, 0, 21UL)]
    [InlineData(3, 7, 0, 84UL)]
    [InlineData(20, 0, 0, 366503875925UL)]
    public void Pmtiles_tile_ids_follow_the_hilbert_curve_after_all_lower_zooms(int z, int x, int y, ulong id) =>
        Assert.Equal(id, PmTilesDirectory.TileId(z, x, y));

    [Fact]
    public void Pmtiles_tile_is_found_with_its_metadata()
    {
        var path = Path.Combine(folder, "a.pmtiles");
        BasemapPackages.WritePmTiles(path, [new FixtureTile(2, 1, 2, Red), new FixtureTile(2, 2, 2, Blue)], tileType: 2, tileCompression: 1,
            """{"name":"Kharkiv raster","attribution":"Imagery © someone"}""", (30, 40, 45, 55));
        using var package = TilePackage.Open(path);
        Assert.IsType<PmTilesPackage>(package);
        Assert.Equal(new TilePackageInfo("Kharkiv raster", TileFormat.Png, 2, 2, 30, 40, 45, 55, "Imagery © someone"), package.Info);
        Assert.Equal(Red, package.ReadTile(2, 1, 2)!.Data);
        Assert.Equal(Blue, package.ReadTile(2, 2, 2)!.Data);
        Assert.Null(package.ReadTile(2, 3, 2));
        Assert.Null(package.ReadTile(3, 1, 2));
    }

    [Fact]
    public void Pmtiles_run_length_entry_serves_every_tile_of_its_run()
    {
        var path = Path.Combine(folder, "sea.pmtiles");
        // Zooms 0 to 3 all blue: 85 tile ids in one entry with a run length of 85.
        BasemapPackages.WritePmTiles(path, BasemapPackages.EveryTile(0, 3, Blue), 2, 1, "{}", (-180, -85, 180, 85));
        using var package = TilePackage.Open(path);
        foreach (var (z, x, y) in new[] { (0, 0, 0), (1, 1, 0), (3, 7, 0), (3, 5, 6) })
        {
            Assert.Equal(Blue, package.ReadTile(z, x, y)!.Data);
        }

        Assert.Null(package.ReadTile(4, 0, 0));
    }

    [Fact]
    public void Pmtiles_leaf_directories_are_followed()
    {
        var path = Path.Combine(folder, "leaves.pmtiles");
        // Distinct bytes per tile so that no run merges them; three entries per leaf.
        var tiles = BasemapPackages.EveryTile(0, 2, Red).Select((t, i) => t with { Data = BasemapPackages.SolidPng((byte)i, 0, 0, 4) }).ToList();
        BasemapPackages.WritePmTiles(path, tiles, 2, 1, "{}", (-180, -85, 180, 85), entriesPerLeaf: 3);
        using var package = TilePackage.Open(path);
        foreach (var tile in tiles)
        {
            Assert.Equal(tile.Data, package.ReadTile(tile.Z, tile.X, tile.Y)!.Data);
        }
    }

    [Fact]
    public void Pmtiles_gzip_tiles_are_flagged()
    {
        var path = Path.Combine(folder, "vector.pmtiles");
        var mvt = Encoding.ASCII.GetBytes("vector bytes");
        BasemapPackages.WritePmTiles(path, [new FixtureTile(0, 0, 0, BasemapPackages.Gzip(mvt))], tileType: 1, tileCompression: 2, "{}", (-180, -85, 180, 85));
        using var package = TilePackage.Open(path);
        Assert.Equal(TileFormat.Mvt, package.Info.Format);
        Assert.Equal(mvt, package.ReadTile(0, 0, 0)!.Decoded());
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var e = Assert.Throws<TilePackageException>(() => TilePackage.Open(Path.Combine(folder, "nowhere.pmtiles")));
        Assert.Contains("No basemap package at", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_another_kind_is_refused()
    {
        var path = Path.Combine(folder, "map.mbtiles");
        File.WriteAllText(path, "this is a text file, not a tile package");
        var e = Assert.Throws<TilePackageException>(() => TilePackage.Open(path));
        Assert.Contains("neither an MBTiles", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated header")]
    [InlineData("version 2")]
    [InlineData("zstd")]
    [InlineData("root beyond the end")]
    [InlineData("damaged root")]
    public void A_corrupt_or_unsupported_pmtiles_header_is_refused_with_a_reason(string damage)
    {
        var path = Path.Combine(folder, "bad.pmtiles");
        BasemapPackages.WritePmTiles(path, [new FixtureTile(0, 0, 0, Red)], 2, 1, "{}", (-180, -85, 180, 85));
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "truncated header":
                bytes = bytes[..60];
                break;
            case "version 2":
                bytes[7] = 2;
                break;
            case "zstd":
                bytes[98] = 4;
                break;
            case "root beyond the end":
                bytes[16] = 0xFF;
                bytes[17] = 0xFF;
                break;
            case "damaged root":
                // The root directory starts right after the header; garbage there is not gzip.
                bytes[127] = 0x00;
                bytes[128] = 0x00;
                break;
        }

        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<TilePackageException>(() => TilePackage.Open(path));
        Assert.Contains("bad.pmtiles", e.Message, StringComparison.Ordinal);
    }

    private string Mbtiles(IEnumerable<FixtureTile> tiles, Dictionary<string, string> metadata)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.mbtiles");
        BasemapPackages.WriteMbTiles(path, tiles, metadata);
        return path;
    }
}
