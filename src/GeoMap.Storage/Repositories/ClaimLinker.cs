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
/// takes them once the report, its mentions and its places are written, so that only linking queues). Ingest takes one lock per area its claims can reach
/// (<see cref="AddAreaLocks"/>): reports of places farther apart than the grouping thresholds can never link to each
/// other's movements, so they link at the same time, while two reports that could link to one movement queue. Every
/// other writer of links and derivations (analysts' decisions, corrections, grouping after a migration) takes the whole
/// map (<see cref="LockAsync"/>), which waits for every ingest and holds them off. The lock order is: an ingest's band keys (its copy
/// lookup, <see cref="ReportRepository"/>), places written (new or changed, in key order; a stored place is only read), the map (shared or whole), areas in key order, then movements.
/// A writer holding the whole map that then writes a place another ingest wrote first is the one cycle left; PostgreSQL
/// breaks it and both writers run again (<see cref="TransactionRetry"/>).
/// Candidates are narrowed in SQL with the thresholds of <see cref="GroupingRule"/> (destinations or origins within
/// reach and periods within reach, by the GiST indexes over each role's point and the period); <see cref="GroupingRule"/>
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
    internal const long LinkLockKey = 0x47656F4D61704C;

    /// <summary>Takes the whole map for linking, for the rest of the transaction (see the remarks of <see cref="ClaimLinker"/>).</summary>
    public static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        // No command timeout: the wait is the queue of reports ahead, each bounded by its own commands' timeouts.
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LinkLockKey})", connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds to <paramref name="batch"/> the locks, held for the rest of the transaction, of the map shared and of every
    /// area the claims' destinations and origins reach within the grouping thresholds (see <see cref="LinkAreaLocks"/>),
    /// in one statement.
    /// </summary>
    /// <remarks>The caller runs the batch without a timeout: the wait is the queue of reports ahead.</remarks>
    public static void AddAreaLocks(NpgsqlBatch batch, IEnumerable<Movement> claims, GroupingSettings settings, bool originsExclusive)
    {
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock_shared({LinkLockKey})"));
        var areas = LinkAreaLocks(claims, settings, originsExclusive);
        if (areas.Count > 0)
        {
            // unnest yields the keys in the order given, ascending: every transaction takes areas in one order.
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                "SELECT count(CASE WHEN a.exclusive THEN pg_advisory_xact_lock(a.key)::text ELSE pg_advisory_xact_lock_shared(a.key)::text END) " +
                "FROM unnest($1::bigint[], $2::boolean[]) AS a(key, exclusive)")
            {
                Parameters = { new() { Value = areas.Keys.ToArray() }, new() { Value = areas.Values.ToArray() } },
            });
        }
    }

    /// <summary>
    /// Takes the origin areas of <paramref name="claims"/> whole, if no other transaction holds any of them: for a claim
    /// about to link to a movement through its origin alone, which <see cref="AddAreaLocks"/> took shared. Returns false,
    /// having waited for nothing, when one is held; the caller then runs its transaction again taking them whole from
    /// the start (waiting in key order, as a late upgrade could not without deadlocks).
    /// </summary>
    public static async Task<bool> TryTakeOriginAreasAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<Movement> claims, GroupingSettings settings, CancellationToken cancellationToken)
    {
        var origins = LinkAreaLocks(claims.Where(c => c.Origin is not null).Select(c => c with { Destination = null }), settings, originsExclusive: true);
        await using var command = new NpgsqlCommand("SELECT bool_and(pg_try_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k", connection, transaction)
        {
            Parameters = { new() { Value = origins.Keys.ToArray() } },
        };
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not false;
    }

    /// <summary>The area keys of <see cref="LinkAreaLocks"/>, in key order.</summary>
    internal static SortedSet<long> LinkAreas(IEnumerable<Movement> claims, GroupingSettings settings) =>
        [.. LinkAreaLocks(claims, settings, originsExclusive: true).Keys];

    /// <summary>
    /// The advisory lock keys of the areas, in key order, that claims with these places could link in, each with whether
    /// it is taken whole (exclusive) or shared: for each route role, the cells of a grid on the earth's surface (cubes of
    /// twice the role's threshold, in earth-centred x, y, z) that a cube of the threshold around the place touches, at
    /// most eight.
    /// </summary>
    /// <remarks>
    /// Two places within the threshold of each other along the surface are within it along each axis (a chord is shorter
    /// than its arc), so each lies in the other's cube, and the two claims share the cell of either place: whenever one
    /// report could link to a movement another starts, both take one lock. A cube spans at most two cells per axis because
    /// cells are twice as wide. Origins and destinations have separate grids (a claim links by either).
    /// Destination areas are always taken whole. Origin areas are taken whole only by a claim naming no destination (or
    /// with <paramref name="originsExclusive"/>): two claims that both name a destination can only be one movement when
    /// their destinations are close, which their destination areas already serialize, so their origins need not wait for
    /// each other; the origin areas of 200 km are what made reports of a whole region queue. The one case where a claim
    /// with a destination links through its origin alone, a tracked movement known by its origin only, takes them whole
    /// before linking (<see cref="TryTakeOriginAreasAsync"/>).
    /// </remarks>
    internal static SortedDictionary<long, bool> LinkAreaLocks(IEnumerable<Movement> claims, GroupingSettings settings, bool originsExclusive)
    {
        var keys = new SortedDictionary<long, bool>();
        foreach (var c in claims)
        {
            if (c.Destination is { } d)
            {
                AddCells(keys, 1, d, settings.DestinationKm, exclusive: true);
            }

            if (c.Origin is { } o)
            {
                AddCells(keys, 2, o, settings.OriginKm, exclusive: originsExclusive || c.Destination is null);
            }
        }

        return keys;
    }

    private static void AddCells(SortedDictionary<long, bool> keys, long role, Core.Places.Place place, double km, bool exclusive)
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
                    var key = (0x4CL << 56) | (role << 48) | ((x & 0xFFFF) << 32) | ((y & 0xFFFF) << 16) | (z & 0xFFFF);
                    keys[key] = exclusive || (keys.TryGetValue(key, out var taken) && taken);
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
        var (target, reason, _) = autoLink
            ? await FindAsync(connection, transaction, claim, settings, exclude: null, earlierOnly: false, cancellationToken).ConfigureAwait(false)
            : (null, "entered by hand: a movement of its own", false);
        var existing = target is not null;
        var movementId = target ?? await MovementRepository.InsertAsync(connection, transaction, claim.Statement, claim.Statement.ReportId, placeIds, cancellationToken).ConfigureAwait(false);
        var claimId = await ClaimRows.InsertAsync(connection, transaction, claim, movementId, reason, "rule", placeIds, cancellationToken).ConfigureAwait(false);
        return (movementId, existing, claimId);
    }

    /// <summary>
    /// The tracked movement the rule links <paramref name="claim"/> to, or null with why none; and whether the link rests
    /// on the origin alone although the claim names a destination (the movement names none), for which ingest takes the
    /// origin areas whole (see <see cref="LinkAreaLocks"/>).
    /// </summary>
    public static async Task<(long? MovementId, string Reason, bool ByOriginAlone)> FindAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Claim claim, GroupingSettings settings, long? exclude, bool earlierOnly, CancellationToken cancellationToken)
    {
        var c = claim.Statement;
        if (c.Origin is null && c.Destination is null)
        {
            return (null, "first claim of its movement: it names no origin or destination, so no other claim can be compared with it", false);
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

        string Near(string point, Core.Places.Place p, double km)
        {
            // Degrees of longitude shrink with latitude; the radius in degrees is taken wide enough for both axes.
            var degrees = km / (111.32 * Math.Max(Math.Cos(p.Lat * Math.PI / 180), 0.05));
            return $"ST_DWithin(m.{point}, ST_SetSRID(ST_MakePoint({Add(p.Lon)}, {Add(p.Lat)}), 4326), {Add(degrees)})";
        }

        // The movement's own destination and origin points (migration 0006), each in one GiST with the period: an origin OR a
        // destination is two index scans that test place and period at once. Through the places' ids it was one probe per
        // place within reach, some 230 around an origin, and a read of every movement of those places to test its period.
        var places = new List<string>();
        if (c.Destination is { } d)
        {
            places.Add(Near("destination_point", d, settings.DestinationKm));
        }

        if (c.Origin is { } o)
        {
            places.Add(Near("origin_point", o, settings.OriginKm));
        }

        var where = "(" + string.Join(" OR ", places) + ")";
        if (GroupingRule.ClaimWindow(claim, settings) is { } w)
        {
            // An undated movement's period is (,), which overlaps every range: no case of its own.
            var gap = TimeSpan.FromDays(settings.GapDays);
            var range = new NpgsqlRange<DateTime>(
                w.Start?.Subtract(gap).UtcDateTime ?? default, true, w.Start is null,
                w.End?.Add(gap).UtcDateTime ?? default, true, w.End is null);
            where += $" AND m.period && {Add(range, NpgsqlDbType.TimestampTzRange)}";
        }

        if (exclude is { } e)
        {
            where += $" AND m.id {(earlierOnly ? "<" : "<>")} {Add(e)}";
        }

        await using var command = new NpgsqlCommand(MovementRows.SelectForLinking($"WHERE {where} LIMIT {settings.MaxCandidates + 1}"), connection, transaction);
        command.Parameters.AddRange(parameters.ToArray());
        var candidates = await MovementRows.ReadAllForLinkingAsync(command, cancellationToken).ConfigureAwait(false);
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
            return (chosen.Movement.Id, $"linked to movement {chosen.Movement.Id}: {chosen.Test.Reason}", c.Destination is not null && chosen.Movement.Destination is null);
        }

        return (null, closestRefusal is null
            ? "first claim of its movement: no tracked movement near in place and time"
            : $"first claim of its movement: the nearest tracked movement differs ({closestRefusal.Reason})", false);
    }

    /// <summary>
    /// Derives the tracked movement from its claims and stores the result, keeping the fields an analyst pinned; deletes
    /// it when no claim is left. Returns false when it was deleted (or did not exist).
    /// </summary>
    public static async Task<bool> DeriveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long movementId, GroupingSettings settings, CancellationToken cancellationToken) =>
        (await DeriveWithAsync(connection, transaction, movementId, settings, null, cancellationToken).ConfigureAwait(false)).Exists;

    /// <summary>
    /// Stores a claim linked to the stored tracked movement <paramref name="movementId"/> (which the rule chose for it,
    /// for <paramref name="reason"/>) and re-derives that movement: the claim's insert and the reads of derivation in
    /// one round trip, the derived fields in a second. Returns the claim as stored (as a read of it gives it), from the
    /// derivation's read of the movement's claims.
    /// </summary>
    public static async Task<Claim> AddToExistingAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Claim claim, long movementId, string reason, GroupingSettings settings, IReadOnlyDictionary<string, long> placeIds, CancellationToken cancellationToken) =>
        (await DeriveWithAsync(connection, transaction, movementId, settings, ClaimRows.InsertCommand(claim, movementId, reason, "rule", placeIds), cancellationToken).ConfigureAwait(false)).Added
            ?? throw new InvalidOperationException($"The claim linked to movement {movementId} was not read back with its claims.");

    /// <summary>
    /// Starts a tracked movement for a claim no stored movement fits (for <paramref name="reason"/>): the movement is
    /// inserted with the fields derived from that claim alone and the claim with it, in one round trip after the two ids
    /// are drawn. Nothing else can be linked to it, pinned or decided yet, so only the claim is read back, in that round
    /// trip. Returns the claim as stored (as a read of it gives it), with the movement's id.
    /// </summary>
    public static async Task<Claim> StartMovementAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Claim claim, string reason, GroupingSettings settings, IReadOnlyDictionary<string, long> placeIds, CancellationToken cancellationToken)
    {
        long movementId, claimId;
        await using (var ids = new NpgsqlCommand("SELECT nextval('movements_id_seq'), nextval('claims_id_seq')", connection, transaction))
        await using (var drawn = await ids.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await drawn.ReadAsync(cancellationToken).ConfigureAwait(false);
            (movementId, claimId) = (drawn.GetInt64(0), drawn.GetInt64(1));
        }

        var derived = ClaimDerivation.Derive([claim with { Id = claimId, MovementId = movementId }], settings);
        var insert = new NpgsqlBatchCommand(InsertDerivedSql);
        BindDerived(insert.Parameters, movementId, derived, placeIds);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                insert, ClaimRows.InsertCommand(claim, movementId, reason, "rule", placeIds, claimId),
                new NpgsqlBatchCommand(ClaimById) { Parameters = { new() { Value = claimId } } },
            },
        };
        // The inserts return no rows, so the reader starts at the claim's.
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? ClaimRows.Read(reader)
            : throw new InvalidOperationException($"The claim {claimId} of the new movement {movementId} was not read back.");
    }

    private static readonly string ClaimById = MovementRows.SelectClaims("WHERE m.id = $1");

    private const string InsertDerivedSql =
        """
        INSERT INTO movements (report_id, actor, actor_country, unit, strength_min, strength_max, strength_text, status,
            transport_mode, origin_place_id, via_place_ids, destination_place_id, geom, period, time_precision,
            claimed_by, claimed_by_country, sentence, sentence_start, confidence, created_by, movement_kind,
            claim_count, source_count, corroboration, first_reported_at, last_reported_at, id)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25::jsonb, $26, $27, $28)
        """;

    // The movement's row first: a report linking to it at the same time (from another area) waits here, and its claim
    // is in the list read after. NO KEY UPDATE, the lock the update below takes anyway: FOR UPDATE would also hold off
    // every transaction storing a claim of this movement (its foreign key check takes KEY SHARE) until this one commits.
    // With a claim to store first (its insert), all in one round trip; the places' ids come with the claims.
    // Returns whether the movement is still there, and the claim the first command inserted (RETURNING id) as read.
    private static async Task<(bool Exists, Claim? Added)> DeriveWithAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long movementId, GroupingSettings settings, NpgsqlBatchCommand? first, CancellationToken cancellationToken)
    {
        long? addedId = null;
        string[]? pinned = null;
        var claims = new List<Claim>();
        var placeIds = new Dictionary<string, long>(StringComparer.Ordinal);
        var decisions = new Dictionary<(string, string), string>();
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            if (first is not null)
            {
                batch.BatchCommands.Add(first);
            }

            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pinned FROM movements WHERE id = $1 FOR NO KEY UPDATE") { Parameters = { new() { Value = movementId } } });
            batch.BatchCommands.Add(new NpgsqlBatchCommand(MovementRows.SelectClaims("WHERE m.movement_id = $1")) { Parameters = { new() { Value = movementId } } });
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT kind, signature, state FROM flag_decisions WHERE movement_id = $1") { Parameters = { new() { Value = movementId } } });
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (first is not null)
            {
                addedId = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetInt64(0) : null;
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            }

            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                pinned = reader.GetFieldValue<string[]>(0);
            }

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var claim = ClaimRows.Read(reader);
                MovementRows.CollectPlaceIds(reader, claim.Statement, placeIds);
                claims.Add(claim);
            }

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                decisions[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
            }
        }

        var added = addedId is { } a ? claims.Find(c => c.Id == a) : null;
        if (pinned is null)
        {
            return (false, added);
        }

        if (claims.Count == 0)
        {
            await using var delete = new NpgsqlCommand("DELETE FROM movements WHERE id = $1", connection, transaction) { Parameters = { new() { Value = movementId } } };
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return (false, added);
        }

        var derived = ClaimDerivation.Derive(claims, settings, decisions);
        if (pinned.Length > 0)
        {
            await using var current = new NpgsqlCommand(MovementRows.Select("WHERE m.id = $1"), connection, transaction) { Parameters = { new() { Value = movementId } } };
            derived = Pin(derived, (await MovementRows.ReadAllAsync(current, cancellationToken).ConfigureAwait(false))[0], pinned);
        }

        // A pinned place may be one no claim names.
        var known = MovementRows.PlacesOf(derived).All(p => placeIds.ContainsKey(p.Key));
        await StoreDerivedAsync(connection, transaction, movementId, derived, known ? placeIds : null, cancellationToken).ConfigureAwait(false);
        return (true, added);
    }

    private static async Task StoreDerivedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long movementId, Movement derived, IReadOnlyDictionary<string, long>? placeIds, CancellationToken cancellationToken)
    {
        placeIds ??= await PlaceRepository.IdsAsync(connection, transaction, MovementRows.PlacesOf(derived), cancellationToken).ConfigureAwait(false);
        await using var update = new NpgsqlCommand(UpdateDerivedSql, connection, transaction);
        BindDerived(update.Parameters, movementId, derived, placeIds);
        await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // $1…$22 the movement's columns, $23…$27 what its claims add, $28 its id: the parameters of UpdateDerivedSql and InsertDerivedSql.
    private static void BindDerived(NpgsqlParameterCollection p, long movementId, Movement derived, IReadOnlyDictionary<string, long> placeIds)
    {
        var corroboration = derived.Corroboration!;
        MovementRows.Bind(p, derived, derived.ReportId, placeIds);
        p.Add(new() { Value = corroboration.ClaimCount });
        p.Add(new() { Value = corroboration.SourceCount });
        p.Add(new() { Value = CorroborationJson.Write(corroboration) });
        p.Add(new() { Value = (object?)corroboration.FirstReportedAt?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        p.Add(new() { Value = (object?)corroboration.LastReportedAt?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        p.Add(new() { Value = movementId });
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
                var (target, reason, _) = await FindAsync(connection, transaction, claim, settings, exclude: claim.MovementId, earlierOnly: true, cancellationToken).ConfigureAwait(false);
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
