using GeoMap.Core;
using GeoMap.Core.Places;
using Npgsql;

namespace GeoMap.Storage.Repositories;

/// <summary>Places that reports reference or analysts curate, keyed by GeoNames id or curated key.</summary>
public sealed class PlaceRepository(NpgsqlDataSource dataSource)
{
    internal const string Columns = "p.id, p.geonameid, p.curated_key, p.name, p.country_code, p.admin1_code, p.kind, p.feature_code, p.population, ST_X(p.geom), ST_Y(p.geom)";

    /// <summary>The <see cref="Columns"/> of a places row under another alias (for joins).</summary>
    internal static string ColumnsOf(string alias) => Columns.Replace("p.", alias + ".", StringComparison.Ordinal);

    /// <summary>Where this flow's reads go: a replica for a request that only reads (<see cref="Replicas.ReplicaReads"/>), else the primary.</summary>
    private NpgsqlDataSource Reads => Replicas.ReplicaReads.For(dataSource);

    /// <summary>Inserts the place or refreshes the stored copy; returns its row id.</summary>
    public async Task<long> UpsertAsync(Place place, CancellationToken cancellationToken, string createdBy = "gazetteer")
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await UpsertAsync(connection, null, place, createdBy, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The place stored under a row id, or null.</summary>
    public async Task<(long Id, Place Place)?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = Reads.CreateCommand($"SELECT {Columns} FROM places p WHERE p.id = $1");
        command.Parameters.Add(new() { Value = id });
        return (await ReadAllAsync(command, cancellationToken).ConfigureAwait(false)) is [var found] ? found : null;
    }

    /// <summary>Stored places inside a box (antimeridian-aware), by id after <paramref name="after"/>; for OGC API paging.</summary>
    public async Task<IReadOnlyList<(long Id, Place Place)>> ListAsync(GeoMap.Core.Queries.BoundingBox? box, long? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = Reads.CreateCommand(
            $"SELECT {Columns} FROM places p WHERE ($1::geometry IS NULL OR ST_Intersects(p.geom, $1)) AND ($2::bigint IS NULL OR p.id > $2) ORDER BY p.id LIMIT $3");
        command.Parameters.Add(new() { Value = (object?)box?.ToGeometry() ?? DBNull.Value, DataTypeName = "geometry" });
        command.Parameters.Add(new() { Value = (object?)after ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        command.Parameters.Add(new() { Value = limit });
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many stored places lie inside the box (all when null): OGC API numberMatched.</summary>
    public async Task<long> CountAsync(GeoMap.Core.Queries.BoundingBox? box, CancellationToken cancellationToken)
    {
        await using var command = Reads.CreateCommand("SELECT count(*) FROM places p WHERE ($1::geometry IS NULL OR ST_Intersects(p.geom, $1))");
        command.Parameters.Add(new() { Value = (object?)box?.ToGeometry() ?? DBNull.Value, DataTypeName = "geometry" });
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Stored places whose name contains the text (trigram match), most populous first.</summary>
    public async Task<IReadOnlyList<(long Id, Place Place)>> SearchAsync(string text, int limit, CancellationToken cancellationToken)
    {
        await using var command = Reads.CreateCommand(
            $"SELECT {Columns} FROM places p WHERE lower(p.name) LIKE '%' || lower($1) || '%' ORDER BY p.population DESC, p.id LIMIT $2");
        command.Parameters.Add(new() { Value = text });
        command.Parameters.Add(new() { Value = limit });
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored place with this key (<c>gn:2014006</c>, <c>cur:manual:…</c>), or null.</summary>
    public async Task<Place?> GetByKeyAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var byGeonameId = key.StartsWith("gn:", StringComparison.Ordinal);
        long geonameId = -1;
        if (byGeonameId && !long.TryParse(key.AsSpan(3), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out geonameId))
        {
            return null;
        }

        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM places p WHERE {(byGeonameId ? "p.geonameid = $1" : "p.curated_key = $1")}");
        command.Parameters.Add(byGeonameId ? new() { Value = geonameId } : new NpgsqlParameter { Value = key.StartsWith("cur:", StringComparison.Ordinal) ? key[4..] : key });
        return (await ReadAllAsync(command, cancellationToken).ConfigureAwait(false)) is [var found] ? found.Place : null;
    }

    /// <summary>The row ids of those of these place keys that are stored.</summary>
    public async Task<IReadOnlyDictionary<string, long>> IdsByKeyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return ids;
        }

        await using var command = dataSource.CreateCommand(
            $"SELECT {KeySql}, p.id FROM places p WHERE p.geonameid = ANY($1) OR p.curated_key = ANY($2)");
        command.Parameters.Add(new() { Value = keys.Where(k => k.StartsWith("gn:", StringComparison.Ordinal)).Select(k => long.TryParse(k.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray() });
        command.Parameters.Add(new() { Value = keys.Where(k => k.StartsWith("cur:", StringComparison.Ordinal)).Select(k => k[4..]).ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids[reader.GetString(0)] = reader.GetInt64(1);
        }

        return ids;
    }

    // Place.Key in SQL: gn:<geonameid> for GeoNames places, cur:<curated_key> for the others.
    private const string KeySql = "CASE WHEN p.geonameid IS NOT NULL THEN 'gn:' || p.geonameid ELSE 'cur:' || p.curated_key END";

    internal static async Task<long> UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Place place, string createdBy, CancellationToken cancellationToken) =>
        (await UpsertAllAsync(connection, transaction, [place], createdBy, cancellationToken).ConfigureAwait(false))[place.Key];

    /// <summary>
    /// Inserts the places not yet stored and refreshes those stored with other data (a gazetteer update), in one round
    /// trip; returns the row id of each place by <see cref="Place.Key"/>.
    /// </summary>
    /// <remarks>
    /// Every writer of places goes through here, so all transactions lock the place rows they write in one global order
    /// (GeoNames ids ascending, then curated keys ascending) and two reports naming the same places cannot deadlock, as
    /// they did when each upserted its places one by one in text order (issue 17). A place stored as given is read, not
    /// written: an <c>ON CONFLICT DO UPDATE</c> locks every row it meets until the transaction ends, so every report naming
    /// a country waited for each other report naming it to commit, and each rewrote the row (issue 12: ingest rate).
    /// </remarks>
    internal static async Task<IReadOnlyDictionary<string, long>> UpsertAllAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IEnumerable<Place> places, string createdBy, CancellationToken cancellationToken)
    {
        var distinct = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            if (place.GeonameId is null && place.CuratedKey is null)
            {
                throw new ArgumentException("A place needs a GeoNames id or a curated key.", nameof(places));
            }

            distinct[place.Key] = place;
        }

        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        if (distinct.Count == 0)
        {
            return ids;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        var byGeonameId = distinct.Values.Where(p => p.GeonameId is not null).ToList();
        var curated = distinct.Values.Where(p => p.GeonameId is null).ToList();
        if (byGeonameId.Count > 0)
        {
            AddUpsert(batch, byGeonameId, "geonameid", createdBy);
        }

        if (curated.Count > 0)
        {
            AddUpsert(batch, curated, "curated_key", createdBy);
        }

        var byKey = distinct.Values.ToDictionary(
            x => x.GeonameId is { } g ? g.ToString(System.Globalization.CultureInfo.InvariantCulture) : x.CuratedKey!, x => x.Key, StringComparer.Ordinal);
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            do
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    ids[byKey[reader.GetString(1)]] = reader.GetInt64(0);
                }
            }
            while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));
        }

        // Places another transaction stored after the statement's snapshot was taken (see AddUpsert).
        if (distinct.Values.Where(p => !ids.ContainsKey(p.Key)).ToList() is { Count: > 0 } late)
        {
            foreach (var (key, id) in await IdsAsync(connection, transaction, late, cancellationToken).ConfigureAwait(false))
            {
                ids[key] = id;
            }
        }

        return ids;
    }

    /// <summary>
    /// The read of the stored rows of <paramref name="places"/> (distinct by key), as one command of a caller's batch;
    /// <see cref="ReadStoredAsync"/> reads its answer.
    /// </summary>
    internal static NpgsqlBatchCommand StoredCommand(IReadOnlyCollection<Place> places) =>
        new($"SELECT {Columns} FROM places p WHERE p.geonameid = ANY($1) OR (p.geonameid IS NULL AND p.curated_key = ANY($2))")
        {
            Parameters =
            {
                new() { Value = places.Where(p => p.GeonameId is not null).Select(p => p.GeonameId!.Value).ToArray() },
                new() { Value = places.Where(p => p.GeonameId is null).Select(p => p.CuratedKey!).ToArray() },
            },
        };

    /// <summary>
    /// The answer of <see cref="StoredCommand"/>: the row ids of the places stored as given, by <see cref="Place.Key"/>,
    /// and the places <see cref="UpsertAllAsync"/> must still write (not stored, or stored with other data).
    /// </summary>
    /// <remarks>
    /// Most places a report names are stored already, as given (a country, a capital): read in the batch the caller sends
    /// anyway, they cost no round trip and no write, where the upsert statement, even writing nothing, ran an insert, an
    /// update with its statement trigger and a join per key kind (issue 18: bulk import). A place is never deleted, so
    /// one read stays true for the transaction; one changed since by another writer is that writer's newer data.
    /// The comparison is the upsert's: name, country, admin-1 code, kind, feature code, population and position.
    /// </remarks>
    internal static async Task<(Dictionary<string, long> Ids, List<Place> ToWrite)> ReadStoredAsync(
        NpgsqlDataReader reader, IReadOnlyCollection<Place> places, CancellationToken cancellationToken)
    {
        var wanted = places.ToDictionary(p => p.Key, AsStored, StringComparer.Ordinal);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var stored = Read(reader, 0);
            if (wanted.TryGetValue(stored.Key, out var given) && SameData(given, stored))
            {
                ids[stored.Key] = reader.GetInt64(0);
            }
        }

        return (ids, [.. wanted.Values.Where(p => !ids.ContainsKey(p.Key))]);
    }

    // The columns the upsert compares (IS DISTINCT FROM) to decide that a stored place needs its data refreshed.
    private static bool SameData(Place given, Place stored) =>
        given.Name == stored.Name && given.CountryCode == stored.CountryCode && given.Admin1Code == stored.Admin1Code && given.Kind == stored.Kind
        && given.FeatureCode == stored.FeatureCode && given.Population == stored.Population && given.Lon.Equals(stored.Lon) && given.Lat.Equals(stored.Lat);

    /// <summary>
    /// The row ids of places already stored, by <see cref="Place.Key"/>, read without writing or locking them: for a
    /// tracked movement derived from its claims, whose places the claims' reports stored.
    /// </summary>
    /// <remarks>
    /// Deriving used to store the derived route's places again, locking rows of places other reports named after the
    /// report's own places were locked in key order: two reports linking at once could each hold a place the other
    /// wanted, a deadlock the bench's concurrent ingest met every few hundred reports.
    /// </remarks>
    /// <exception cref="InvalidOperationException">A place is not stored.</exception>
    internal static async Task<IReadOnlyDictionary<string, long>> IdsAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IEnumerable<Place> places, CancellationToken cancellationToken)
    {
        var wanted = places.DistinctBy(p => p.Key).ToList();
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return ids;
        }

        var byGeonameId = wanted.Where(p => p.GeonameId is not null).ToDictionary(p => p.GeonameId!.Value, p => p.Key);
        var byCuratedKey = wanted.Where(p => p.GeonameId is null).ToDictionary(p => p.CuratedKey!, p => p.Key, StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(
            "SELECT id, geonameid, curated_key FROM places WHERE geonameid = ANY($1) OR (geonameid IS NULL AND curated_key = ANY($2))", connection, transaction);
        command.Parameters.Add(new() { Value = byGeonameId.Keys.ToArray() });
        command.Parameters.Add(new() { Value = byCuratedKey.Keys.ToArray() });
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids[reader.IsDBNull(1) ? byCuratedKey[reader.GetString(2)] : byGeonameId[reader.GetInt64(1)]] = reader.GetInt64(0);
            }
        }

        if (wanted.FirstOrDefault(p => !ids.ContainsKey(p.Key)) is { } missing)
        {
            throw new InvalidOperationException($"The place {missing.Key} ({missing.Name}) is not stored.");
        }

        return ids;
    }

    // One statement a key kind: the new places inserted, the stored ones whose data changed updated (both in key
    // order), and the ids of all. A stored place is read, not written. The ids come from the insert's RETURNING and
    // from the statement's snapshot; a place another transaction committed after that snapshot began is in neither
    // (its insert met the conflict), and UpsertAllAsync reads it with a second statement, which sees it.
    private static void AddUpsert(NpgsqlBatch batch, List<Place> places, string conflict, string createdBy) =>
        batch.BatchCommands.Add(WithPlaces(new NpgsqlBatchCommand(
            $"""
            WITH u AS (
                SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::float8[], $10::float8[])
                    AS u(geonameid, curated_key, name, country_code, admin1_code, kind, feature_code, population, lon, lat)),
            inserted AS (
                INSERT INTO places (geonameid, curated_key, name, country_code, admin1_code, kind, feature_code, population, geom, created_by)
                SELECT u.geonameid, u.curated_key, u.name, u.country_code, u.admin1_code, u.kind, u.feature_code, u.population,
                    ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326), $11
                FROM u
                ORDER BY u.{conflict}
                ON CONFLICT ({conflict}) DO NOTHING
                RETURNING id, {conflict}),
            updated AS (
                UPDATE places p SET name = c.name, country_code = c.country_code, admin1_code = c.admin1_code, kind = c.kind,
                    feature_code = c.feature_code, population = c.population, geom = c.geom
                FROM (SELECT s.id, u.name, u.country_code, u.admin1_code, u.kind, u.feature_code, u.population,
                          ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326) AS geom
                      FROM u
                      JOIN places s ON s.{conflict} = u.{conflict}
                      WHERE (s.name, s.country_code, s.admin1_code, s.kind, s.feature_code, s.population, s.geom)
                            IS DISTINCT FROM (u.name, u.country_code, u.admin1_code, u.kind, u.feature_code, u.population, ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326))
                      ORDER BY s.{conflict}
                      FOR NO KEY UPDATE OF s) c
                WHERE p.id = c.id)
            SELECT id, {conflict}::text FROM inserted
            UNION ALL
            SELECT s.id, s.{conflict}::text FROM u JOIN places s ON s.{conflict} = u.{conflict}
            """), places, createdBy));

    private static NpgsqlBatchCommand WithPlaces(NpgsqlBatchCommand command, List<Place> places, string createdBy)
    {
        var p = command.Parameters;
        p.Add(new() { Value = places.Select(x => x.GeonameId).ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bigint });
        p.Add(new() { Value = places.Select(x => x.CuratedKey).ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });
        p.Add(new() { Value = places.Select(x => x.Name).ToArray() });
        p.Add(new() { Value = places.Select(x => x.CountryCode?.ToUpperInvariant()).ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });
        p.Add(new() { Value = places.Select(x => x.Admin1Code).ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });
        p.Add(new() { Value = places.Select(x => Vocabulary.Of(x.Kind)).ToArray() });
        p.Add(new() { Value = places.Select(x => x.FeatureCode).ToArray() });
        p.Add(new() { Value = places.Select(x => x.Population).ToArray() });
        p.Add(new() { Value = places.Select(x => x.Lon).ToArray() });
        p.Add(new() { Value = places.Select(x => x.Lat).ToArray() });
        p.Add(new() { Value = createdBy });
        return command;
    }

    private static async Task<List<(long Id, Place Place)>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var result = new List<(long, Place)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add((reader.GetInt64(0), Read(reader, 0)));
        }

        return result;
    }

    /// <summary>Reads the <see cref="Columns"/> starting at <paramref name="offset"/>.</summary>
    internal static Place Read(NpgsqlDataReader reader, int offset) =>
        new()
        {
            GeonameId = reader.IsDBNull(offset + 1) ? null : reader.GetInt64(offset + 1),
            CuratedKey = reader.IsDBNull(offset + 2) ? null : reader.GetString(offset + 2),
            Name = reader.GetString(offset + 3),
            CountryCode = reader.IsDBNull(offset + 4) ? null : reader.GetString(offset + 4),
            Admin1Code = reader.IsDBNull(offset + 5) ? null : reader.GetString(offset + 5),
            Kind = Vocabulary.ParseKind(reader.GetString(offset + 6)),
            FeatureCode = reader.GetString(offset + 7),
            Population = reader.GetInt64(offset + 8),
            Lon = reader.GetDouble(offset + 9),
            Lat = reader.GetDouble(offset + 10),
        };

    /// <summary>The place as <see cref="Read"/> gives it once stored (the country code in capitals, as every writer stores it).</summary>
    internal static Place AsStored(Place place) =>
        place.CountryCode is { } code && code != code.ToUpperInvariant() ? place with { CountryCode = code.ToUpperInvariant() } : place;

    /// <summary>The number of columns <see cref="Read"/> consumes.</summary>
    internal const int ColumnCount = 11;
}
