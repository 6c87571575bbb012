using System.Globalization;
using GeoMap.Core.Corroboration;
using GeoMap.Core.Movements;
using Npgsql;
using NpgsqlTypes;

namespace GeoMap.Storage.Repositories;

/// <summary>
/// Links claims to tracked movements inside a caller's transaction, and keeps each tracked movement's derived fields
/// (<see cref="ClaimDerivation"/>) in step with its claims.
/// </summary>
/// <remarks>
/// Two reports of one movement arriving at once would both find no tracked movement and start two, so linking takes
/// advisory locks held to commit, by every server sharing the database, before the first tracked movement is read (ingest
/// takes them first of all, before the report's places). Ingest takes one lock per area its claims can reach
/// (<see cref="AddAreaLocks"/>): reports of places farther apart than the grouping thresholds can never link to each
/// other's movements, so they link at the same time, while two reports that could link to one movement queue. Every
/// other writer of links and derivations (analysts' decisions, corrections, grouping after a migration) takes the whole
/// map (<see cref="LockAsync"/>), which waits for every ingest and holds them off. The lock order is always: the map
/// (shared or whole), areas in key order, then places and movements.
/// Candidates are narrowed in SQL with the thresholds of <see cref="GroupingRule"/> (destinations or origins within
/// reach by the places' GiST index, periods within reach by the movements' period index); <see cref="GroupingRule"/>
/// decides among them in C#.
/// </remarks>
internal static class ClaimLinker
{
    private const string UpdateDerivedSql =
        """
        UPDATE movements SET report_id = $1, actor = $2, actor_country = $3, unit = $4, strength_min = $5, strength_max = $6,
            strength_text = $7, status = $8, transport_mode = $9, origin_place_id = $10, via_place_ids = $11,
            destination_place_id = $12, geom = $13, period = $14, time_precision = $15, claimed_by = $16,
            claimed_by_country = $17, sentence = $18, sentence_start = $19, confidence = $20, created_by = $21, movement_kind = $22,
            claim_count = $23, source_count = $24, corroboration = $25::jsonb, first_reported_at = $26, last_reported_at = $27
        WHERE id = $28
        """;

    // "GeoMap" + "link", distinct from the migrator's key.
    private const long LinkLockKey = 0x47656F4D61704C;

    /// <summary>Takes the whole map for linking, for the rest of the transaction (see the remarks of <see cref="ClaimLinker"/>).</summary>
    public static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        // No command timeout: the wait is the queue of reports ahead, each bounded by its own commands' timeouts.
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LinkLockKey})", connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds to <paramref name="batch"/> the locks, held for the rest of the transaction, of the map shared and of every
    /// area the claims' destinations and origins reach within the grouping thresholds (see <see cref="LinkAreas"/>).
    /// </summary>
    /// <remarks>The caller runs the batch without a timeout: the wait is the queue of reports ahead.</remarks>
    public static void AddAreaLocks(NpgsqlBatch batch, IEnumerable<Movement> claims, GroupingSettings settings)
    {
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock_shared({LinkLockKey})"));
        foreach (var key in LinkAreas(claims, settings))
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock($1)") { Parameters = { new() { Value = key } } });
        }
    }

    /// <summary>
    /// The advisory lock keys of the areas, in key order, that claims with these places could link in: for each route
    /// role, the cells of a grid on the earth's surface (cubes of twice the role's threshold, in earth-centred x, y, z)
    /// that a cube of the threshold around the place touches, at most eight.
    /// </summary>
    /// <remarks>
    /// Two places within the threshold of each other along the surface are within it along each axis (a chord is shorter
    /// than its arc), so each lies in the other's cube, and the two claims share the cell of either place: whenever one
    /// report could link to a movement another starts, both take one lock. A cube spans at most two cells per axis because
    /// cells are twice as wide. Origins and destinations have separate grids (a claim links by either).
    /// </remarks>
    internal static SortedSet<long> LinkAreas(IEnumerable<Movement> claims, GroupingSettings settings)
    {
        var keys = new SortedSet<long>();
        foreach (var c in claims)
        {
            if (c.Destination is { } d)
            {
                AddCells(keys, 1, d, settings.DestinationKm);
            }

            if (c.Origin is { } o)
            {
                AddCells(keys, 2, o, settings.OriginKm);
            }
        }

        return keys;
    }

    private static void AddCells(SortedSet<long> keys, long role, Core.Places.Place place, double km)
    {
        const double EarthKm = 6371.0088;
        var (lat, lon) = (place.Lat * Math.PI / 180, place.Lon * Math.PI / 180);
        double[] xyz = [EarthKm * Math.Cos(lat) * Math.Cos(lon), EarthKm * Math.Cos(lat) * Math.Sin(lon), EarthKm * Math.Sin(lat)];
        var cell = 2 * km;
        var ranges = xyz.Select(v => (Low: (long)Math.Floor((v - km) / cell), High: (long)Math.Floor((v + km) / cell))).ToArray();
        for (var x = ranges[0].Low; x <= ranges[0].High; x++)
        {
            for (var y = ranges[1].Low; y <= ranges[1].High; y++)
            {
                for (var z = ranges[2].Low; z <= ranges[2].High; z++)
                {
                    // Area keys start with 0x4C ('L'), so they never meet the map's key or the migrator's.
                    keys.Add((0x4CL << 56) | (role << 48) | ((x & 0xFFFF) << 32) | ((y & 0xFFFF) << 16) | (z & 0xFFFF));
                }
            }
        }
    }

    /// <summary>
    /// Stores a claim and links it: to the tracked movement the rule finds best, or to a new one. Does not re-derive;
    /// call <see cref="DeriveAsync"/> for the returned movement.
    /// </summary>
    /// <returns>The tracked movement, whether it existed before, and the claim id.</returns>
    /// <exception cref="CorroborationException">The claim fits more tracked movements than the settings allow.</exception>
    public static async Task<(long MovementId, bool Existing, long ClaimId)> AddAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Claim claim, GroupingSettings settings, bool autoLink, IReadOnlyDictionary<string, long>? placeIds, CancellationToken cancellationToken)
    {
        var (target, reason) = autoLink
            ? await FindAsync(connection, transaction, claim, settings, exclude: null, earlierOnly: false, cancellationToken).ConfigureAwait(false)
            : (null, "entered by hand: a movement of its own");
        var existing = target is not null;
        var movementId = target ?? await MovementRepository.InsertAsync(connection, transaction, claim.Statement, claim.Statement.ReportId, placeIds, cancellationToken).ConfigureAwait(false);
        var claimId = await ClaimRows.InsertAsync(connection, transaction, claim, movementId, reason, "rule", placeIds, cancellationToken).ConfigureAwait(false);
        return (movementId, existing, claimId);
    }

    /// <summary>The tracked movement the rule links <paramref name="claim"/> to, or null with why none.</summary>
    public static async Task<(long? MovementId, string Reason)> FindAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Claim claim, GroupingSettings settings, long? exclude, bool earlierOnly, CancellationToken cancellationToken)
    {
        var c = claim.Statement;
        if (c.Origin is null && c.Destination is null)
        {
            return (null, "first claim of its movement: it names no origin or destination, so no other claim can be compared with it");
        }

        var parameters = new List<NpgsqlParameter>();
        string Add(object value, NpgsqlDbType? type = null)
        {
            var p = new NpgsqlParameter { Value = value };
            if (type is { } t)
            {
                p.NpgsqlDbType = t;
            }

            parameters.Add(p);
            return "$" + parameters.Count.ToString(CultureInfo.InvariantCulture);
        }

        string Near(Core.Places.Place p, double km)
        {
            // Degrees of longitude shrink with latitude; the radius in degrees is taken wide enough for both axes.
            var degrees = km / (111.32 * Math.Max(Math.Cos(p.Lat * Math.PI / 180), 0.05));
            return $"ARRAY(SELECT p.id FROM places p WHERE ST_DWithin(p.geom, ST_SetSRID(ST_MakePoint({Add(p.Lon)}, {Add(p.Lat)}), 4326), {Add(degrees)}))";
        }

        // "= ANY(ARRAY(...))", not "IN (...)": the near places become one array each, so an origin OR a destination is two
        // index scans of movements; "IN" with OR was a scan of every tracked movement for each claim.
        var places = new List<string>();
        if (c.Destination is { } d)
        {
            places.Add($"m.destination_place_id = ANY({Near(d, settings.DestinationKm)})");
        }

        if (c.Origin is { } o)
        {
            places.Add($"m.origin_place_id = ANY({Near(o, settings.OriginKm)})");
        }

        var where = "(" + string.Join(" OR ", places) + ")";
        if (GroupingRule.ClaimWindow(claim, settings) is { } w)
        {
            var gap = TimeSpan.FromDays(settings.GapDays);
            var range = new NpgsqlRange<DateTime>(
                w.Start?.Subtract(gap).UtcDateTime ?? default, true, w.Start is null,
                w.End?.Add(gap).UtcDateTime ?? default, true, w.End is null);
            where += $" AND (m.period && {Add(range, NpgsqlDbType.TimestampTzRange)} OR (lower_inf(m.period) AND upper_inf(m.period)))";
        }

        if (exclude is { } e)
        {
            where += $" AND m.id {(earlierOnly ? "<" : "<>")} {Add(e)}";
        }

        await using var command = new NpgsqlCommand(MovementRows.Select($"WHERE {where} LIMIT {settings.MaxCandidates + 1}"), connection, transaction);
        command.Parameters.AddRange(parameters.ToArray());
        var candidates = await MovementRows.ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        if (candidates.Count > settings.MaxCandidates)
        {
            throw new CorroborationException(
                "text",
                $"The claim \"{Clip(c.Sentence)}\" fits more than {settings.MaxCandidates} tracked movements (same places and dates); it is too vague to link, so the report was not stored. " +
                "Give the report with its dates and actor, or raise GeoMap:Corroboration:MaxCandidates.");
        }

        (Movement Movement, LinkTest Test)? best = null;
        LinkTest? closestRefusal = null;
        foreach (var candidate in candidates)
        {
            var test = GroupingRule.Test(claim, candidate, settings);
            if (!test.Linked)
            {
                closestRefusal ??= test;
                continue;
            }

            if (best is null || test.Score > best.Value.Test.Score)
            {
                best = (candidate, test);
            }
        }

        if (best is { } chosen)
        {
            return (chosen.Movement.Id, $"linked to movement {chosen.Movement.Id}: {chosen.Test.Reason}");
        }

        return (null, closestRefusal is null
            ? "first claim of its movement: no tracked movement near in place and time"
            : $"first claim of its movement: the nearest tracked movement differs ({closestRefusal.Reason})");
    }

    /// <summary>
    /// Derives the tracked movement from its claims and stores the result, keeping the fields an analyst pinned; deletes
    /// it when no claim is left. Returns false when it was deleted (or did not exist).
    /// </summary>
    public static async Task<bool> DeriveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long movementId, GroupingSettings settings, CancellationToken cancellationToken)
    {
        // The movement's row first: a report linking to it at the same time (from another area) waits here, and its claim
        // is in the list read after. NO KEY UPDATE, the lock the update below takes anyway: FOR UPDATE would also hold off
        // every transaction storing a claim of this movement (its foreign key check takes KEY SHARE) until this one commits.
        string[] pinned;
        await using (var pins = new NpgsqlCommand("SELECT pinned FROM movements WHERE id = $1 FOR NO KEY UPDATE", connection, transaction) { Parameters = { new() { Value = movementId } } })
        {
            if (await pins.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string[] found)
            {
                return false;
            }

            pinned = found;
        }

        var claims = await ClaimRows.ListAsync(connection, transaction, "m.movement_id = $1", movementId, cancellationToken).ConfigureAwait(false);
        if (claims.Count == 0)
        {
            await using var delete = new NpgsqlCommand("DELETE FROM movements WHERE id = $1", connection, transaction) { Parameters = { new() { Value = movementId } } };
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        var decisions = new Dictionary<(string, string), string>();
        await using (var read = new NpgsqlCommand("SELECT kind, signature, state FROM flag_decisions WHERE movement_id = $1", connection, transaction) { Parameters = { new() { Value = movementId } } })
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                decisions[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
            }
        }

        var derived = ClaimDerivation.Derive(claims, settings, decisions);
        if (pinned.Length > 0)
        {
            await using var current = new NpgsqlCommand(MovementRows.Select("WHERE m.id = $1"), connection, transaction) { Parameters = { new() { Value = movementId } } };
            derived = Pin(derived, (await MovementRows.ReadAllAsync(current, cancellationToken).ConfigureAwait(false))[0], pinned);
        }

        await StoreDerivedAsync(connection, transaction, movementId, derived, null, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Derives a tracked movement that <see cref="AddAsync"/> just started for <paramref name="claim"/> (stored as
    /// <paramref name="claimId"/>), from that claim alone: nothing else can be linked to it, pinned or decided yet, so
    /// nothing is read back.
    /// </summary>
    public static Task DeriveNewAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long movementId, Claim claim, long claimId, GroupingSettings settings, IReadOnlyDictionary<string, long>? placeIds, CancellationToken cancellationToken)
    {
        var derived = ClaimDerivation.Derive([claim with { Id = claimId, MovementId = movementId }], settings);
        return StoreDerivedAsync(connection, transaction, movementId, derived, placeIds, cancellationToken);
    }

    private static async Task StoreDerivedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long movementId, Movement derived, IReadOnlyDictionary<string, long>? placeIds, CancellationToken cancellationToken)
    {
        var corroboration = derived.Corroboration!;
        placeIds ??= await PlaceRepository.IdsAsync(connection, transaction, MovementRows.PlacesOf(derived), cancellationToken).ConfigureAwait(false);
        await using var update = new NpgsqlCommand(UpdateDerivedSql, connection, transaction);
        await MovementRows.BindAsync(connection, transaction, update, derived, derived.ReportId, placeIds, cancellationToken).ConfigureAwait(false);
        update.Parameters.Add(new() { Value = corroboration.ClaimCount });
        update.Parameters.Add(new() { Value = corroboration.SourceCount });
        update.Parameters.Add(new() { Value = CorroborationJson.Write(corroboration) });
        update.Parameters.Add(new() { Value = (object?)corroboration.FirstReportedAt?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        update.Parameters.Add(new() { Value = (object?)corroboration.LastReportedAt?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        update.Parameters.Add(new() { Value = movementId });
        await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Groups the claims a migration left unlinked (<c>linked_by = 'migration'</c>), oldest first, by the same rule as
    /// ingest: each joins the best earlier tracked movement or stays on its own. Returns how many were grouped.
    /// </summary>
    public static async Task<int> GroupPendingAsync(NpgsqlDataSource dataSource, GroupingSettings settings, CancellationToken cancellationToken)
    {
        var done = 0;
        while (true)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await LockAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            var pending = await ClaimRows.ListAsync(
                connection, transaction, "m.id IN (SELECT id FROM claims WHERE linked_by = 'migration' ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)", 500, cancellationToken).ConfigureAwait(false);
            if (pending.Count == 0)
            {
                return done;
            }

            foreach (var claim in pending)
            {
                var (target, reason) = await FindAsync(connection, transaction, claim, settings, exclude: claim.MovementId, earlierOnly: true, cancellationToken).ConfigureAwait(false);
                await using (var link = new NpgsqlCommand("UPDATE claims SET movement_id = $1, link_reason = $2, linked_by = 'rule' WHERE id = $3", connection, transaction))
                {
                    link.Parameters.Add(new() { Value = target ?? claim.MovementId });
                    link.Parameters.Add(new() { Value = reason });
                    link.Parameters.Add(new() { Value = claim.Id });
                    await link.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                if (target is { } t)
                {
                    await DeriveAsync(connection, transaction, t, settings, cancellationToken).ConfigureAwait(false);
                }

                await DeriveAsync(connection, transaction, claim.MovementId, settings, cancellationToken).ConfigureAwait(false);
                done++;
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Keeps the fields of <paramref name="current"/> an analyst corrected (named as in <c>PATCH /api/movements/{id}</c>).</summary>
    internal static Movement Pin(Movement derived, Movement current, IReadOnlyCollection<string> pinned)
    {
        var m = derived;
        foreach (var field in pinned)
        {
            m = field switch
            {
                "reportId" => m with { ReportId = current.ReportId },
                "actor" => m with { Actor = current.Actor },
                "actorCountry" => m with { ActorCountry = current.ActorCountry },
                "unit" => m with { Unit = current.Unit },
                "strength" => m with { Strength = current.Strength },
                "status" => m with { Status = current.Status },
                "mode" => m with { Mode = current.Mode },
                "kind" => m with { Kind = current.Kind },
                "origin" => m with { Origin = current.Origin },
                "via" => m with { Via = current.Via },
                "destination" => m with { Destination = current.Destination },
                "start" or "end" or "timePrecision" => m with { Period = current.Period },
                "claimedBy" or "claimedByCountry" => m with { Source = current.Source },
                "sentence" => m with { Sentence = current.Sentence, SentenceStart = current.SentenceStart },
                "confidence" => m with { Confidence = current.Confidence },
                _ => m,
            };
        }

        return m;
    }

    private static string Clip(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "...");
}
