using System.Diagnostics;
using GeoMap.Core;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace GeoMap.Bench.Query;

/// <summary>
/// Loads a seeded, reproducible set of synthetic movements over Europe and Asia across 2023-2024:
/// 20,000 places, each movement a line from one place to another 0.5-4 degrees away, lasting 1-10 days.
/// </summary>
public static class MovementGenerator
{
    public const double West = -10, East = 150, South = 10, North = 70;
    public static readonly DateTime Start = new(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public const int Days = 730;

    public static async Task<TimeSpan> LoadAsync(NpgsqlDataSource dataSource, int count, int seed, CancellationToken ct)
    {
        var random = new Random(seed);
        var watch = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await Exec(connection, "TRUNCATE movements, mentions, reports, places RESTART IDENTITY CASCADE", ct);

        const int placeCount = 20_000;
        var places = new (double Lon, double Lat)[placeCount];
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY places (curated_key, name, kind, feature_code, population, geom, created_by) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0; i < placeCount; i++)
            {
                places[i] = (West + random.NextDouble() * (East - West), South + random.NextDouble() * (North - South));
                await import.StartRowAsync(ct);
                await import.WriteAsync($"bench:{i}", NpgsqlDbType.Text, ct);
                await import.WriteAsync($"Place {i}", NpgsqlDbType.Text, ct);
                await import.WriteAsync("PopulatedPlace", NpgsqlDbType.Text, ct);
                await import.WriteAsync("PPL", NpgsqlDbType.Text, ct);
                await import.WriteAsync((long)random.Next(1000, 1_000_000), NpgsqlDbType.Bigint, ct);
                await import.WriteAsync(GeometryFactories.Wgs84.CreatePoint(new Coordinate(places[i].Lon, places[i].Lat)), ct);
                await import.WriteAsync("bench", NpgsqlDbType.Text, ct);
            }

            await import.CompleteAsync(ct);
        }

        // Index places spatially in memory (1-degree cells) to pick destinations near the origin.
        var cells = new Dictionary<(int, int), List<int>>();
        for (var i = 0; i < placeCount; i++)
        {
            var key = ((int)Math.Floor(places[i].Lon), (int)Math.Floor(places[i].Lat));
            if (!cells.TryGetValue(key, out var list))
            {
                cells[key] = list = [];
            }

            list.Add(i);
        }

        string[] actors = ["Russia", "Ukraine", "North Korea", "Belarus", "China", "Iran", "Poland", "Turkey"];
        string[] countries = ["RU", "UA", "KP", "BY", "CN", "IR", "PL", "TR"];
        string[] statuses = ["planned", "under_way", "completed", "unknown"];
        string[] modes = ["sea", "rail", "air", "road", "unknown"];
        await using (var import = await connection.BeginBinaryImportAsync(
            """
            COPY movements (actor, actor_country, unit, strength_min, strength_max, strength_text, status, transport_mode,
                origin_place_id, destination_place_id, geom, period, time_precision, sentence, confidence, created_by)
            FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            // Completing the COPY computes the stored Web Mercator columns (migration 0009) of every row: minutes under load.
            import.Timeout = TimeSpan.FromMinutes(30);
            for (var i = 0; i < count; i++)
            {
                var origin = random.Next(placeCount);
                var destination = NearbyPlace(random, places, cells, origin);
                var a = random.Next(actors.Length);
                var strength = random.Next(1, 200) * 50;
                var startDay = random.Next(Days);
                var begin = Start.AddDays(startDay);
                var end = begin.AddDays(random.Next(1, 11));
                await import.StartRowAsync(ct);
                await import.WriteAsync(actors[a], NpgsqlDbType.Text, ct);
                await import.WriteAsync(countries[a], NpgsqlDbType.Text, ct);
                await import.WriteAsync("troops", NpgsqlDbType.Text, ct);
                await import.WriteAsync(strength, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(strength, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(strength.ToString(System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Text, ct);
                await import.WriteAsync(statuses[random.Next(statuses.Length)], NpgsqlDbType.Text, ct);
                await import.WriteAsync(modes[random.Next(modes.Length)], NpgsqlDbType.Text, ct);
                await import.WriteAsync((long)origin + 1, NpgsqlDbType.Bigint, ct);
                await import.WriteAsync((long)destination + 1, NpgsqlDbType.Bigint, ct);
                await import.WriteAsync(GeometryFactories.Wgs84.CreateLineString(
                    [new Coordinate(places[origin].Lon, places[origin].Lat), new Coordinate(places[destination].Lon, places[destination].Lat)]), ct);
                await import.WriteAsync(new NpgsqlRange<DateTime>(begin, true, end, false), NpgsqlDbType.TimestampTzRange, ct);
                await import.WriteAsync("day", NpgsqlDbType.Text, ct);
                await import.WriteAsync("Synthetic movement for the query benchmark.", NpgsqlDbType.Text, ct);
                await import.WriteAsync(0.5f, NpgsqlDbType.Real, ct);
                await import.WriteAsync("bench", NpgsqlDbType.Text, ct);
            }

            await import.CompleteAsync(ct);
        }

        await Exec(connection, "VACUUM ANALYZE places", ct);
        await Exec(connection, "VACUUM ANALYZE movements", ct);
        await Exec(connection, "VACUUM ANALYZE movement_flows", ct);
        return watch.Elapsed;
    }

    private static int NearbyPlace(Random random, (double Lon, double Lat)[] places, Dictionary<(int, int), List<int>> cells, int origin)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var distance = 0.5 + random.NextDouble() * 3.5;
            var angle = random.NextDouble() * Math.PI * 2;
            var lon = places[origin].Lon + distance * Math.Cos(angle);
            var lat = places[origin].Lat + distance * Math.Sin(angle);
            if (cells.TryGetValue(((int)Math.Floor(lon), (int)Math.Floor(lat)), out var list) && list.Count > 0)
            {
                return list[random.Next(list.Count)];
            }
        }

        return random.Next(places.Length);
    }

    private static async Task Exec(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
