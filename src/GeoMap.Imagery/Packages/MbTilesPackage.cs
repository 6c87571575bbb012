using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GeoMap.Imagery.Packages;

/// <summary>An MBTiles file (a SQLite database with <c>metadata</c> and <c>tiles</c> tables, rows numbered from the south as in TMS).</summary>
/// <remarks>
/// Each read opens a pooled read-only connection, so reads from several threads never share one. Vector tiles are
/// usually stored gzip-compressed; the magic number says which.
/// </remarks>
public sealed class MbTilesPackage : TilePackage
{
    private readonly string connectionString;

    private MbTilesPackage(string path, TilePackageInfo info, string connectionString)
        : base(path, info)
    {
        this.connectionString = connectionString;
    }

    internal static MbTilesPackage OpenFile(string path, string fileName)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            if (!HasTable(connection, "tiles"))
            {
                throw new TilePackageException($"{fileName} is a SQLite database but not MBTiles: it has no 'tiles' table (or view).");
            }

            var metadata = HasTable(connection, "metadata") ? ReadMetadata(connection) : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var info = Describe(connection, metadata, fileName);
            return new MbTilesPackage(path, info, connectionString);
        }
        catch (SqliteException e)
        {
            throw new TilePackageException($"{fileName} cannot be read as MBTiles: {e.Message}. Is the file complete?", e);
        }
    }

    /// <inheritdoc/>
    protected override PackageTile? Read(int z, int x, int y)
    {
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT tile_data FROM tiles WHERE zoom_level = $z AND tile_column = $x AND tile_row = $y";
            command.Parameters.AddWithValue("$z", z);
            command.Parameters.AddWithValue("$x", x);
            // MBTiles numbers rows from the south (TMS); XYZ from the north.
            command.Parameters.AddWithValue("$y", (1L << z) - 1 - y);
            if (command.ExecuteScalar() is not byte[] data || data.Length == 0)
            {
                return null;
            }

            return new PackageTile(data, Decompression.LooksGzipped(data));
        }
        catch (SqliteException e)
        {
            throw new TilePackageException($"{System.IO.Path.GetFileName(Path)}: tile {z}/{x}/{y} cannot be read ({e.Message}).", e);
        }
    }

    private static bool HasTable(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type IN ('table', 'view') AND name = $name";
        command.Parameters.AddWithValue("$name", name);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private static Dictionary<string, string> ReadMetadata(SqliteConnection connection)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, value FROM metadata";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (!reader.IsDBNull(0) && !reader.IsDBNull(1))
            {
                metadata[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return metadata;
    }

    private static TilePackageInfo Describe(SqliteConnection connection, Dictionary<string, string> metadata, string fileName)
    {
        TileFormat format;
        if (metadata.TryGetValue("format", out var named))
        {
            format = TileFormats.FromName(named)
                ?? throw new TilePackageException($"{fileName} holds '{named}' tiles; GeoMap draws png, jpg, webp and pbf (vector) tiles.");
        }
        else
        {
            // The format row is required by the spec but missing in some files: the first tile tells.
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT tile_data FROM tiles LIMIT 1";
            var first = command.ExecuteScalar() as byte[] ?? throw new TilePackageException($"{fileName} holds no tiles.");
            format = TileFormats.Sniff(first) ?? (Decompression.LooksGzipped(first) ? TileFormat.Mvt
                : throw new TilePackageException($"{fileName} names no tile format and its tiles are no PNG, JPEG, WebP or gzipped vector tiles."));
        }

        int min, max;
        if (Zoom(metadata, "minzoom") is { } minZoom && Zoom(metadata, "maxzoom") is { } maxZoom && minZoom <= maxZoom)
        {
            (min, max) = (minZoom, maxZoom);
        }
        else
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT min(zoom_level), max(zoom_level) FROM tiles";
            using var reader = command.ExecuteReader();
            if (!reader.Read() || reader.IsDBNull(0))
            {
                throw new TilePackageException($"{fileName} holds no tiles.");
            }

            (min, max) = (reader.GetInt32(0), reader.GetInt32(1));
            if (min < 0 || max > 30)
            {
                throw new TilePackageException($"{fileName} has tiles at zoom {min}-{max}, outside 0-30.");
            }
        }

        var (west, south, east, north) = Bounds(metadata.GetValueOrDefault("bounds")) ?? TilePackageInfo.World;
        var name = metadata.TryGetValue("name", out var n) && n.Trim().Length > 0 ? n.Trim() : System.IO.Path.GetFileNameWithoutExtension(fileName);
        var attribution = metadata.TryGetValue("attribution", out var a) && a.Trim().Length > 0 ? a.Trim() : null;
        return new TilePackageInfo(name, format, min, max, west, south, east, north, attribution);
    }

    private static int? Zoom(Dictionary<string, string> metadata, string key) =>
        metadata.TryGetValue(key, out var text) && int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var z) && z is >= 0 and <= 30 ? z : null;

    /// <summary>"west,south,east,north" in degrees, or null when missing or impossible.</summary>
    private static (double, double, double, double)? Bounds(string? text)
    {
        var parts = text?.Split(',');
        if (parts is not { Length: 4 })
        {
            return null;
        }

        var values = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                return null;
            }
        }

        var (w, s, e, nn) = (values[0], values[1], values[2], values[3]);
        return w is >= -180 and <= 180 && e is >= -180 and <= 180 && s >= -90 && nn <= 90 && s < nn ? (w, s, e, nn) : null;
    }
}
