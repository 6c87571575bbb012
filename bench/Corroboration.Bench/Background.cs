using System.Diagnostics;
using GeoMap.Core;
using GeoMap.Core.Corroboration;
using GeoMap.Core.Reports;
using GeoMap.Geoparsing.Duplicates;
using GeoMap.Storage.Repositories;
using Npgsql;
using NpgsqlTypes;

namespace GeoMap.Bench.Corroboration;

/// <summary>
/// Fills an empty database with generated reports, their fingerprints, claims and tracked movements (each derived from
/// its claims by <see cref="ClaimDerivation"/>), by COPY: the stored history a new report is grouped against.
/// </summary>
/// <remarks>The claims are linked by the generator's truth, as a perfect grouping would have linked them.</remarks>
internal static class Background
{
    public sealed record Loaded(int Places, int Reports, int Claims, int Movements, double Seconds);

    /// <summary>The background an earlier run loaded, when it holds <paramref name="claimCount"/> claims; otherwise null.</summary>
    public static async Task<Loaded?> FindAsync(NpgsqlDataSource dataSource, int claimCount, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT (SELECT count(*) FROM places WHERE created_by = 'bench-background'), (SELECT count(*) FROM reports WHERE created_by = 'bench-background'),
                (SELECT count(*) FROM claims WHERE created_by = 'bench-background'), (SELECT count(DISTINCT movement_id) FROM claims WHERE created_by = 'bench-background')
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return reader.GetInt64(2) == claimCount
            ? new Loaded((int)reader.GetInt64(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3), 0)
            : null;
    }

    public static async Task<Loaded> LoadAsync(NpgsqlDataSource dataSource, int claimCount, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await Exec(connection, "TRUNCATE claims, movements, mentions, report_bands, reports, places, flag_decisions, movement_edits RESTART IDENTITY CASCADE", ct);

        // A region three times as wide as the stream's (which sits in its middle) over three years around the stream's year.
        var (towns, movements, generated) = ReportStream.Generate(new StreamSettings(
            77, (int)(claimCount / 6.5), 22, 40, 52, 56, 1200, new DateOnly(2023, 1, 1), 3 * 365, 800_000_000));
        var reports = generated.Take(claimCount).ToList();

        var placeIds = new Dictionary<long, long>();
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY places (id, geonameid, name, kind, feature_code, population, geom, created_by) FROM STDIN (FORMAT BINARY)", ct))
        {
            import.Timeout = TimeSpan.Zero; // no limit: 100,000 rows with their indexes on a busy machine
            foreach (var place in towns.SelectMany(t => new[] { t.City, t.Base }))
            {
                var id = placeIds.Count + 1L;
                placeIds[place.GeonameId!.Value] = id;
                await import.StartRowAsync(ct);
                await import.WriteAsync(id, NpgsqlDbType.Bigint, ct);
                await import.WriteAsync(place.GeonameId.Value, NpgsqlDbType.Bigint, ct);
                await import.WriteAsync(place.Name, NpgsqlDbType.Text, ct);
                await import.WriteAsync(Vocabulary.Of(place.Kind), NpgsqlDbType.Text, ct);
                await import.WriteAsync(place.FeatureCode, NpgsqlDbType.Text, ct);
                await import.WriteAsync(place.Population, NpgsqlDbType.Bigint, ct);
                await import.WriteAsync(GeoMap.Core.GeometryFactories.Wgs84.CreatePoint(new NetTopologySuite.Geometries.Coordinate(place.Lon, place.Lat)), ct);
                await import.WriteAsync("bench-background", NpgsqlDbType.Text, ct);
            }

            await import.CompleteAsync(ct);
        }

        // Reports in publication order (originals before their copies), ids by position.
        var reportIds = reports.Select((r, i) => (r.Id, Stored: i + 1L)).ToDictionary(x => x.Id, x => x.Stored);
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY reports (id, content_hash, text, url, language, published_at, source_agency, created_by, copy_of_report_id, minhash) FROM STDIN (FORMAT BINARY)", ct))
        {
            import.Timeout = TimeSpan.Zero; // no limit: 100,000 rows with their indexes on a busy machine
            foreach (var r in reports)
            {
                await import.StartRowAsync(ct);
                await import.WriteAsync(reportIds[r.Id], NpgsqlDbType.Bigint, ct);
                await import.WriteAsync(Report.ComputeHash(r.Text), NpgsqlDbType.Text, ct);
                await import.WriteAsync(r.Text, NpgsqlDbType.Text, ct);
                await import.WriteAsync($"https://bench.example/background/{r.Id}", NpgsqlDbType.Text, ct);
                await import.WriteAsync("en", NpgsqlDbType.Text, ct);
                await import.WriteAsync(r.Published.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
                await import.WriteAsync(r.Outlet, NpgsqlDbType.Text, ct);
                await import.WriteAsync("bench-background", NpgsqlDbType.Text, ct);
                if (r.CopyOf is { } original && reportIds.TryGetValue(original, out var originalId))
                {
                    await import.WriteAsync(originalId, NpgsqlDbType.Bigint, ct);
                }
                else
                {
                    await import.WriteNullAsync(ct);
                }

                await import.WriteAsync(ReportFingerprint.Of(r.Text)!.Signature.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer, ct);
            }

            await import.CompleteAsync(ct);
        }

        await using (var import = await connection.BeginBinaryImportAsync("COPY report_bands (band, report_id) FROM STDIN (FORMAT BINARY)", ct))
        {
            import.Timeout = TimeSpan.Zero; // no limit: 100,000 rows with their indexes on a busy machine
            foreach (var r in reports)
            {
                foreach (var band in ReportFingerprint.Of(r.Text)!.BandKeys().Distinct())
                {
                    await import.StartRowAsync(ct);
                    await import.WriteAsync(band, NpgsqlDbType.Bigint, ct);
                    await import.WriteAsync(reportIds[r.Id], NpgsqlDbType.Bigint, ct);
                }
            }

            await import.CompleteAsync(ct);
        }

        // Tracked movements derived from their claims, then the claims.
        var byMovement = reports.GroupBy(r => r.Truth.Id).ToList();
        await using (var import = await connection.BeginBinaryImportAsync(
            """
            COPY movements (id, report_id, actor, actor_country, unit, strength_min, strength_max, strength_text, status, transport_mode,
                origin_place_id, destination_place_id, geom, period, time_precision, claimed_by, sentence, confidence, created_by,
                movement_kind, claim_count, source_count, first_reported_at, last_reported_at)
            FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            import.Timeout = TimeSpan.Zero;
            foreach (var g in byMovement)
            {
                var claims = g.Select(r => new Claim
                {
                    Id = reportIds[r.Id],
                    Statement = r.Claim with { ReportId = reportIds[r.Id], CreatedBy = "bench-background" },
                    PublishedAt = r.Published,
                    Outlet = r.Outlet,
                    OriginalOutlet = r.CopyOf is null ? r.Outlet : null,
                }).ToList();
                var m = ClaimDerivation.Derive(claims, new GroupingSettings());
                await import.StartRowAsync(ct);
                await import.WriteAsync(g.Key + 1L, NpgsqlDbType.Bigint, ct);
                await WriteMovementAsync(import, m, placeIds, ct);
                await import.WriteAsync(m.Corroboration!.ClaimCount, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(m.Corroboration.SourceCount, NpgsqlDbType.Integer, ct);
                await WriteTimeAsync(import, m.Corroboration.FirstReportedAt, ct);
                await WriteTimeAsync(import, m.Corroboration.LastReportedAt, ct);
            }

            await import.CompleteAsync(ct);
        }

        await using (var import = await connection.BeginBinaryImportAsync(
            """
            COPY claims (movement_id, report_id, actor, actor_country, unit, strength_min, strength_max, strength_text, status, transport_mode,
                origin_place_id, destination_place_id, geom, period, time_precision, claimed_by, sentence, confidence, created_by,
                movement_kind, link_reason)
            FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            import.Timeout = TimeSpan.Zero;
            foreach (var r in reports)
            {
                await import.StartRowAsync(ct);
                await import.WriteAsync(r.Truth.Id + 1L, NpgsqlDbType.Bigint, ct);
                await WriteMovementAsync(import, r.Claim with { ReportId = reportIds[r.Id], CreatedBy = "bench-background" }, placeIds, ct);
                await import.WriteAsync("linked by the generator's truth", NpgsqlDbType.Text, ct);
            }

            await import.CompleteAsync(ct);
        }

        foreach (var table in new[] { "places", "reports", "movements", "claims" })
        {
            await Exec(connection, $"SELECT setval('{table}_id_seq', (SELECT max(id) FROM {table}))", ct);
        }

        await Exec(connection, "VACUUM ANALYZE", ct);
        return new Loaded(placeIds.Count, reports.Count, reports.Count, byMovement.Count, watch.Elapsed.TotalSeconds);
    }

    // report_id .. movement_kind, in the column order of both COPY statements above.
    private static async Task WriteMovementAsync(NpgsqlBinaryImporter import, GeoMap.Core.Movements.Movement m, Dictionary<long, long> placeIds, CancellationToken ct)
    {
        async Task Value<T>(T? value, NpgsqlDbType type)
        {
            if (value is null)
            {
                await import.WriteNullAsync(ct);
            }
            else
            {
                await import.WriteAsync(value, type, ct);
            }
        }

        await Value(m.ReportId, NpgsqlDbType.Bigint);
        await Value(m.Actor, NpgsqlDbType.Text);
        await Value(m.ActorCountry, NpgsqlDbType.Text);
        await Value(m.Unit, NpgsqlDbType.Text);
        await Value(m.Strength?.Min, NpgsqlDbType.Integer);
        await Value(m.Strength?.Max, NpgsqlDbType.Integer);
        await Value(m.Strength?.Text, NpgsqlDbType.Text);
        await import.WriteAsync(Vocabulary.Of(m.Status), NpgsqlDbType.Text, ct);
        await import.WriteAsync(Vocabulary.Of(m.Mode), NpgsqlDbType.Text, ct);
        await Value<long?>(m.Origin is null ? null : placeIds[m.Origin.GeonameId!.Value], NpgsqlDbType.Bigint);
        await Value<long?>(m.Destination is null ? null : placeIds[m.Destination.GeonameId!.Value], NpgsqlDbType.Bigint);
        if (m.Geometry is { } geometry)
        {
            await import.WriteAsync(geometry, ct);
        }
        else
        {
            await import.WriteNullAsync(ct);
        }

        await import.WriteAsync(MovementRows.ToRange(m.Period), NpgsqlDbType.TimestampTzRange, ct);
        await import.WriteAsync(Vocabulary.Of(m.Period.Precision), NpgsqlDbType.Text, ct);
        await Value(m.Source?.Name, NpgsqlDbType.Text);
        await import.WriteAsync(m.Sentence, NpgsqlDbType.Text, ct);
        await import.WriteAsync((float)Math.Clamp(m.Confidence, 0, 1), NpgsqlDbType.Real, ct);
        await import.WriteAsync(m.CreatedBy, NpgsqlDbType.Text, ct);
        await import.WriteAsync(Vocabulary.Of(m.Kind), NpgsqlDbType.Text, ct);
    }

    private static async Task WriteTimeAsync(NpgsqlBinaryImporter import, DateTimeOffset? time, CancellationToken ct)
    {
        if (time is { } t)
        {
            await import.WriteAsync(t.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
        }
        else
        {
            await import.WriteNullAsync(ct);
        }
    }

    private static async Task Exec(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
