using GeoMap.Core;
using GeoMap.Core.Corroboration;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Reports;
using Npgsql;

namespace GeoMap.Storage.Repositories;

/// <summary>Reports with their mentions and movements. Ingest is idempotent by content hash.</summary>
public sealed class ReportRepository(NpgsqlDataSource dataSource, GroupingSettings? grouping = null)
{
    private readonly GroupingSettings grouping = grouping ?? new GroupingSettings();

    private const string Columns = "r.id, r.text, r.url, r.language, r.published_at, r.source_agency, r.copy_of_report_id, r.copy_similarity, r.fetched_at, r.extractor";

    /// <summary>
    /// Stores a report with what was extracted from it, all or nothing. When the same text is already
    /// stored, stores nothing and returns the existing report with <c>Created = false</c>.
    /// </summary>
    /// <param name="report">The report; <see cref="Report.CopyOfReportId"/> marks it as a near-copy of a stored one.</param>
    /// <param name="mentions">Places it names.</param>
    /// <param name="movements">Movements it states: each becomes a claim, linked by the grouping rule.</param>
    /// <param name="createdBy">Who.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="signature">Its near-duplicate fingerprint, stored so that later copies of it are recognised.</param>
    /// <param name="findOriginal">
    /// With <paramref name="signature"/>: chooses the report's original among the stored reports sharing the most of its
    /// bands (<see cref="MaxCopyCandidates"/> at most, most shared first), or null; the report is then stored as a copy
    /// of it. Looked up on the ingest's own connection once the report holds its band keys (<see cref="BandLocksCommand"/>), before
    /// it locks anything else: a near-copy being stored at the same time is seen.
    /// </param>
    /// <param name="deferDurability">
    /// Commit without waiting for the write-ahead log to reach the disk (<c>synchronous_commit</c> off for this
    /// transaction alone): the report is stored and visible at once, but a crash of the database server or the machine
    /// before the next flush can lose it. For bulk import, which calls <see cref="FlushAsync"/> before it reports any
    /// line as stored; everyone else answers from a durable commit.
    /// </param>
    /// <exception cref="CorroborationException">Its claims would link to too many tracked movements; nothing was stored.</exception>
    /// <remarks>
    /// All the report's places are stored first, in one statement per key kind and in key order, so concurrent
    /// reports lock shared places in the same order; a transaction PostgreSQL still aborts as a deadlock victim or
    /// serialization failure is run again (<see cref="TransactionRetry"/>).
    /// </remarks>
    public Task<IngestResult> AddAsync(
        Report report, IReadOnlyList<Mention> mentions, IReadOnlyList<Movement> movements, string createdBy, CancellationToken cancellationToken,
        ReportSignature? signature = null, Func<IReadOnlyList<ReportCandidate>, (long OriginalId, double Similarity)?>? findOriginal = null,
        bool deferDurability = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(movements);
        return AddWithRetryAsync(report, mentions, movements, createdBy, signature, findOriginal, deferDurability, cancellationToken);
    }

    private async Task<IngestResult> AddWithRetryAsync(
        Report report, IReadOnlyList<Mention> mentions, IReadOnlyList<Movement> movements, string createdBy, ReportSignature? signature,
        Func<IReadOnlyList<ReportCandidate>, (long OriginalId, double Similarity)?>? findOriginal, bool deferDurability, CancellationToken cancellationToken)
    {
        try
        {
            return await TransactionRetry.RunAsync(ct => AddOnceAsync(report, mentions, movements, createdBy, signature, findOriginal, deferDurability, false, ct), cancellationToken).ConfigureAwait(false);
        }
        catch (OriginAreasBusyException)
        {
            // A claim links through its origin alone while another report holds one of its origin areas: everything is
            // done again with the origin areas taken whole from the start, waiting for that report in key order.
            return await TransactionRetry.RunAsync(ct => AddOnceAsync(report, mentions, movements, createdBy, signature, findOriginal, deferDurability, true, ct), cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class OriginAreasBusyException : Exception;

    private async Task<IngestResult> AddOnceAsync(
        Report report, IReadOnlyList<Mention> mentions, IReadOnlyList<Movement> movements, string createdBy, ReportSignature? signature,
        Func<IReadOnlyList<ReportCandidate>, (long OriginalId, double Similarity)?>? findOriginal, bool deferDurability, bool originsExclusive,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // The commit's durability, the report's band locks, the candidates for the report's original and the report's places
        // as stored, read before anything else is locked, in one round trip; only places not stored as given are written, in
        // a second.
        var places = mentions.Select(m => m.Place).Concat(movements.SelectMany(MovementRows.PlacesOf)).GroupBy(p => p.Key, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        if (places.Find(p => p.GeonameId is null && p.CuratedKey is null) is not null)
        {
            throw new ArgumentException("A place needs a GeoNames id or a curated key.", nameof(mentions));
        }

        var lookCopies = signature is not null && findOriginal is not null;
        Dictionary<string, long> placeIds = [];
        List<Place> toWrite = places;
        if (deferDurability || lookCopies || places.Count > 0)
        {
            await using var first = new NpgsqlBatch(connection, transaction);
            if (lookCopies)
            {
                // No timeout with band locks: the wait is for the reports ahead sharing a band, each bounded by its own commands' timeouts.
                first.Timeout = 0;
            }

            if (deferDurability)
            {
                first.BatchCommands.Add(new NpgsqlBatchCommand("SELECT set_config('synchronous_commit', 'off', true)"));
            }

            if (lookCopies)
            {
                first.BatchCommands.Add(BandLocksCommand(signature!.Bands));
                first.BatchCommands.Add(CopyCandidatesCommand(signature.Bands));
            }

            if (places.Count > 0)
            {
                first.BatchCommands.Add(PlaceRepository.StoredCommand(places));
            }

            await using var reader = await first.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (deferDurability)
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            }

            if (lookCopies)
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                if (findOriginal!(await ReadCandidatesAsync(reader, cancellationToken).ConfigureAwait(false)) is { } original)
                {
                    report = report with { CopyOfReportId = original.OriginalId, CopySimilarity = original.Similarity };
                }

                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            }

            if (places.Count > 0)
            {
                (placeIds, toWrite) = await PlaceRepository.ReadStoredAsync(reader, places, cancellationToken).ConfigureAwait(false);
            }
        }

        if (toWrite.Count > 0)
        {
            foreach (var (key, placeId) in await PlaceRepository.UpsertAllAsync(connection, transaction, toWrite, "extractor", cancellationToken).ConfigureAwait(false))
            {
                placeIds[key] = placeId;
            }
        }

        // The report, its mentions, its band keys and its original's outlet in one statement: nothing of it is written when
        // the same text is stored already (the report's insert returns no row, so the others insert none).
        long id;
        string? originalOutlet = report.SourceAgency;
        await using (var insert = new NpgsqlCommand(
            """
            WITH r AS (
                INSERT INTO reports (content_hash, text, url, language, published_at, source_agency, created_by, copy_of_report_id, copy_similarity, minhash, fetched_at, extractor)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                ON CONFLICT (content_hash) DO NOTHING
                RETURNING id),
            m AS (
                INSERT INTO mentions (report_id, surface, span_start, span_end, place_id, confidence, type)
                SELECT r.id, m.* FROM r, unnest($13::text[], $14::integer[], $15::integer[], $16::bigint[], $17::real[], $18::text[]) AS m),
            b AS (
                INSERT INTO report_bands (band, report_id) SELECT DISTINCT q.band, r.id FROM r, unnest($19::bigint[]) AS q(band))
            SELECT r.id, (SELECT o.source_agency FROM reports o WHERE o.id = $8) FROM r
            """, connection, transaction))
        {
            var p = insert.Parameters;
            p.Add(new() { Value = report.ContentHash });
            p.Add(new() { Value = report.Text });
            p.Add(new() { Value = (object?)report.Url ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            p.Add(new() { Value = (object?)report.Language ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            p.Add(new() { Value = (object?)report.PublishedAt?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
            p.Add(new() { Value = (object?)report.SourceAgency ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            p.Add(new() { Value = createdBy });
            p.Add(new() { Value = (object?)report.CopyOfReportId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
            p.Add(new() { Value = (object?)(float?)report.CopySimilarity ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Real });
            p.Add(new() { Value = (object?)signature?.MinHash.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer });
            p.Add(new() { Value = (object?)report.FetchedAt?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
            p.Add(new() { Value = (object?)report.Extractor ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });

            // Mentions: one row each, as arrays (a report names dozens of places).
            p.Add(new() { Value = mentions.Select(m => m.Surface).ToArray() });
            p.Add(new() { Value = mentions.Select(m => m.Start).ToArray() });
            p.Add(new() { Value = mentions.Select(m => m.End).ToArray() });
            p.Add(new() { Value = mentions.Select(m => placeIds[m.Place.Key]).ToArray() });
            p.Add(new() { Value = mentions.Select(m => (float)Math.Clamp(m.Confidence, 0, 1)).ToArray() });
            p.Add(new() { Value = mentions.Select(m => Vocabulary.Of(m.Type)).ToArray() });
            p.Add(new() { Value = signature?.Bands.ToArray() ?? [] });
            await using var reader = await insert.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                await reader.DisposeAsync().ConfigureAwait(false);
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                var existing = await FindByHashAsync(report.ContentHash, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("A report with this content hash was reported as existing but cannot be read.");
                return new IngestResult(existing, Created: false);
            }

            id = reader.GetInt64(0);
            if (report.CopyOfReportId is not null)
            {
                originalOutlet = reader.IsDBNull(1) ? null : reader.GetString(1);
            }
        }

        if (movements.Count > 0)
        {
            // The linking areas, taken only now that the report's own rows are written: reports that could link to one
            // movement queue on an area for their linking alone, while the rest of their work runs side by side. Nothing
            // before this point waits for a lock held by a transaction that holds an area (places are written in key
            // order before any area, and a stored place is read, not locked), so the order areas-after-rows cannot deadlock.
            await using var locks = new NpgsqlBatch(connection, transaction) { Timeout = 0 }; // no timeout: the wait is the queue of reports ahead, each bounded by its own commands' timeouts
            ClaimLinker.AddAreaLocks(locks, movements, grouping, originsExclusive);
            await using var reader = await locks.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
            {
                // The locks: nothing to read, but a failure (a deadlock) surfaces here.
            }
        }

        // Each extracted movement is a claim, linked to the tracked movement the grouping rule finds (or a new one)
        // and that movement re-derived at once, so that the report's next claim is compared with it as it now stands.
        var linked = new HashSet<long>();
        var claims = new List<Claim>(movements.Count);
        foreach (var movement in movements)
        {
            var claim = new Claim
            {
                Statement = movement with { CreatedBy = createdBy, ReportId = id },
                PublishedAt = report.PublishedAt,
                Outlet = report.SourceAgency,
                CopyOfReportId = report.CopyOfReportId,
                OriginalOutlet = originalOutlet,
            };
            var (target, reason, byOriginAlone) = await ClaimLinker.FindAsync(connection, transaction, claim, grouping, exclude: null, earlierOnly: false, cancellationToken).ConfigureAwait(false);
            if (byOriginAlone && !originsExclusive)
            {
                // The origin areas were taken shared (see ClaimLinker.LinkAreaLocks); a link through the origin alone needs
                // them whole, and the choice is made again under them: a report that held one may have changed the movement.
                if (!await ClaimLinker.TryTakeOriginAreasAsync(connection, transaction, movements, grouping, cancellationToken).ConfigureAwait(false))
                {
                    throw new OriginAreasBusyException();
                }

                originsExclusive = true;
                (target, reason, _) = await ClaimLinker.FindAsync(connection, transaction, claim, grouping, exclude: null, earlierOnly: false, cancellationToken).ConfigureAwait(false);
            }

            if (target is not { } movementId)
            {
                claims.Add(await ClaimLinker.StartMovementAsync(connection, transaction, claim, reason, grouping, placeIds, cancellationToken).ConfigureAwait(false));
                continue;
            }

            if (linked.Add(movementId) && linked.Count > grouping.MaxLinksPerReport)
            {
                throw new CorroborationException(
                    "text",
                    $"This report's movements would link to more than {grouping.MaxLinksPerReport} tracked movements; a report that long is more likely a list or a feed than one report. " +
                    "Nothing was stored: split it into reports, or raise GeoMap:Corroboration:MaxLinksPerReport.");
            }

            claims.Add(await ClaimLinker.AddToExistingAsync(connection, transaction, claim, movementId, reason, grouping, placeIds, cancellationToken).ConfigureAwait(false));
        }

        // The answer is what was written, as a read of it would give it; only the claims, which linking numbered and
        // joined to tracked movements, are read, each in the round trip that stored it (issue 12: reading the report and
        // its mentions again was a join of every mention with its place per report, for values the caller had given, and
        // reading the claims again a round trip of its own). Claim ids grow in the order they are stored: id order.
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new IngestResult(new ReportDetails(AsStored(report, id), AsStored(mentions), claims), Created: true);
    }

    /// <summary>The report as <see cref="Read"/> gives it once stored: the row id, times in UTC to the microsecond, the similarity as a real.</summary>
    internal static Report AsStored(Report report, long id) => report with
    {
        Id = id,
        PublishedAt = Timestamp(report.PublishedAt),
        CopySimilarity = report.CopySimilarity is { } similarity ? Math.Round((float)similarity, 3) : null,
        FetchedAt = Timestamp(report.FetchedAt),
    };

    /// <summary>The mentions as the read of a stored report gives them: in text order, confidence clamped to a real, country codes in capitals.</summary>
    internal static List<Mention> AsStored(IReadOnlyList<Mention> mentions) =>
        mentions
            .Select((m, i) => (Mention: m, Order: i))
            .OrderBy(x => x.Mention.Start).ThenBy(x => x.Order)
            .Select(x => x.Mention with
            {
                Place = PlaceRepository.AsStored(x.Mention.Place),
                Confidence = (float)Math.Clamp(x.Mention.Confidence, 0, 1),
            })
            .ToList();

    // timestamptz keeps microseconds since 2000-01-01, cut toward that day as Npgsql writes them.
    private static DateTimeOffset? Timestamp(DateTimeOffset? time)
    {
        if (time is not { } t)
        {
            return null;
        }

        var sinceEpoch = t.UtcTicks - PostgresEpoch.Ticks;
        return new DateTimeOffset(PostgresEpoch.Ticks + (sinceEpoch / 10 * 10), TimeSpan.Zero);
    }

    private static readonly DateTime PostgresEpoch = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    // The claims of one report ($1), as a report's read gives them (and ingest's answer, read claim by claim).
    private static readonly string ClaimsOfReport = MovementRows.SelectClaims("WHERE m.report_id = $1");

    private static async Task<List<Claim>> ReadClaimsAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var claims = new List<Claim>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            claims.Add(ClaimRows.Read(reader));
        }

        return claims;
    }

    /// <summary>The report with its mentions and movements (its report, mentions and claims in one round trip), or null.</summary>
    public async Task<ReportDetails?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand($"SELECT {Columns} FROM reports r WHERE r.id = $1") { Parameters = { new() { Value = id } } },
                new NpgsqlBatchCommand(
                    $"SELECT mn.surface, mn.span_start, mn.span_end, mn.confidence, mn.type, {PlaceRepository.Columns} FROM mentions mn JOIN places p ON p.id = mn.place_id WHERE mn.report_id = $1 ORDER BY mn.span_start, mn.id")
                {
                    Parameters = { new() { Value = id } },
                },
                new NpgsqlBatchCommand(ClaimsOfReport) { Parameters = { new() { Value = id } } },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var report = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
        if (report is null)
        {
            return null;
        }

        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var mentions = new List<Mention>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            mentions.Add(new Mention(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), PlaceRepository.Read(reader, 5), reader.GetFloat(3),
                Vocabulary.ParseMentionType(reader.GetString(4))));
        }

        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        return new ReportDetails(report, mentions, await ReadClaimsAsync(reader, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>True when a report with this id is stored.</summary>
    public async Task<bool> ExistsAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM reports WHERE id = $1)");
        command.Parameters.Add(new() { Value = id });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// Returns once every transaction committed so far, on any connection, is on disk: the reports stored with
    /// <c>deferDurability</c> before this call began can no longer be lost in a crash.
    /// </summary>
    /// <remarks>
    /// A commit waits for the write-ahead log up to its own record, which holds every earlier commit, but only when the
    /// transaction has an id and wrote to the log; a transactional logical-decoding message is the smallest such write
    /// (nothing reads it unless a logical replication slot decodes this database, which then sees prefix <c>geomap</c>).
    /// One flush covers every report stored before it, so bulk import pays one disk wait per group of lines instead of
    /// one per report (bench/ingest: this disk syncs about 200 times a second, a ceiling on durable commits).
    /// </remarks>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT pg_logical_emit_message(true, 'geomap', 'flush')");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored report with this content hash, or null.</summary>
    public async Task<ReportDetails?> FindByHashAsync(string contentHash, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id FROM reports WHERE content_hash = $1");
        command.Parameters.Add(new() { Value = contentHash });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long id
            ? await GetAsync(id, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>How many stored reports sharing a new report's bands are offered as its original at most, the likeliest first.</summary>
    internal const int MaxCopyCandidates = 16;

    /// <summary>How many reports of one band the copy lookup reads at most, the newest.</summary>
    internal const int MaxReportsPerBand = 16;

    /// <summary>
    /// The stored reports sharing the most band keys with a new report's signature, most first: the candidates for its
    /// original.
    /// </summary>
    /// <remarks>
    /// The number of shared bands grows with the similarity of the two texts (a copy shares most of them, a report on
    /// the same topic one or two), so the best <see cref="MaxCopyCandidates"/> by shared bands hold the original whenever
    /// one is stored; taking any of the reports sharing a band, as before, read hundreds of reports per ingest once a few
    /// thousand were stored and could miss the original among them. A band shared by very many reports (a stock phrase)
    /// is read for its newest <see cref="MaxReportsPerBand"/> reports only: a copy shares its rarer bands too. A report
    /// sharing one band only is no candidate: a text as similar as <c>GeoMap:Corroboration:DuplicateSimilarity</c> (0.5)
    /// shares each band with a chance of 0.25, so one or none of 32 in about 1 of 800 copies, while one band is what a
    /// stock phrase shares with any other report. Fifty candidates read 50 signatures per ingest to find the first few.
    /// </remarks>
    private static NpgsqlBatchCommand CopyCandidatesCommand(IReadOnlyList<long> bands) => new(
        """
        SELECT r.id, r.copy_of_report_id, r.minhash
        FROM (SELECT x.report_id, count(*) AS shared
              FROM unnest($1::bigint[]) AS q(band)
              CROSS JOIN LATERAL (SELECT b.report_id FROM report_bands b WHERE b.band = q.band ORDER BY b.report_id DESC LIMIT $3) x
              GROUP BY x.report_id HAVING count(*) >= 2 ORDER BY count(*) DESC, x.report_id DESC LIMIT $2) c
        JOIN reports r ON r.id = c.report_id
        WHERE r.minhash IS NOT NULL
        ORDER BY c.shared DESC, r.id DESC
        """)
    {
        Parameters = { new() { Value = bands.ToArray() }, new() { Value = MaxCopyCandidates }, new() { Value = MaxReportsPerBand } },
    };

    /// <summary>
    /// Locks, to commit, each of a new report's band keys, in key order, before its copy lookup: a report sharing a band
    /// with one being stored waits for it, and its lookup (a statement after the lock, so a snapshot after that commit)
    /// sees it. Without it, two near-copies stored at once each missed the other (bench/corroboration with 4 clients:
    /// copies recall 0.52 against 0.89 with one).
    /// </summary>
    /// <remarks>
    /// A copy shares a band with its original with a chance of 0.25 per band at the least similarity counted as a copy,
    /// so one or more of 32 almost always; an unrelated report shares one rarely, and then only waits for the other to
    /// commit. The keys are taken in the two-integer form of advisory locks, a key space apart from the one-bigint keys
    /// of the linking areas, the map and the migrator (<see cref="ClaimLinker"/>). Bands come first in the lock order,
    /// before places and linking areas, and only ingest takes them, so they add no cycle.
    /// </remarks>
    private static NpgsqlBatchCommand BandLocksCommand(IReadOnlyList<long> bands)
    {
        var keys = bands.Distinct().Order().ToArray();
        return new NpgsqlBatchCommand(
            "SELECT count(pg_advisory_xact_lock((k >> 32)::integer, k::bit(32)::integer)::text) FROM unnest($1::bigint[]) AS k")
        {
            Parameters = { new() { Value = keys } },
        };
    }

    private static async Task<List<ReportCandidate>> ReadCandidatesAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var result = new List<ReportCandidate>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new ReportCandidate(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.GetFieldValue<int[]>(2)));
        }

        return result;
    }

    /// <summary>Reports in id order after a cursor, optionally published within [from, to].</summary>
    public async Task<IReadOnlyList<Report>> ListAsync(long? after, int limit, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            SELECT {Columns} FROM reports r
            WHERE ($1::bigint IS NULL OR r.id > $1) AND ($2::timestamptz IS NULL OR r.published_at >= $2) AND ($3::timestamptz IS NULL OR r.published_at <= $3)
            ORDER BY r.id LIMIT $4
            """);
        command.Parameters.Add(new() { Value = (object?)after ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        command.Parameters.Add(new() { Value = (object?)from?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = (object?)to?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = limit });
        var result = new List<Report>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    /// <summary>How many reports were published within [from, to] (every report when both are null): OGC API numberMatched.</summary>
    public async Task<long> CountAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT count(*) FROM reports r WHERE ($1::timestamptz IS NULL OR r.published_at >= $1) AND ($2::timestamptz IS NULL OR r.published_at <= $2)");
        command.Parameters.Add(new() { Value = (object?)from?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = (object?)to?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static Report Read(NpgsqlDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Text = r.GetString(1),
        Url = r.IsDBNull(2) ? null : r.GetString(2),
        Language = r.IsDBNull(3) ? null : r.GetString(3),
        PublishedAt = r.IsDBNull(4) ? null : new DateTimeOffset(r.GetDateTime(4), TimeSpan.Zero),
        SourceAgency = r.IsDBNull(5) ? null : r.GetString(5),
        CopyOfReportId = r.IsDBNull(6) ? null : r.GetInt64(6),
        CopySimilarity = r.IsDBNull(7) ? null : Math.Round(r.GetFloat(7), 3),
        FetchedAt = r.IsDBNull(8) ? null : new DateTimeOffset(r.GetDateTime(8), TimeSpan.Zero),
        Extractor = r.IsDBNull(9) ? null : r.GetString(9),
    };

    /// <summary>The report stored last with the address <paramref name="url"/>, with its mentions and movements, or null.</summary>
    public async Task<ReportDetails?> FindByUrlAsync(string url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        await using var command = dataSource.CreateCommand("SELECT max(id) FROM reports WHERE md5(url) = md5($1) AND url = $1");
        command.Parameters.Add(new() { Value = url });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long id
            ? await GetAsync(id, cancellationToken).ConfigureAwait(false)
            : null;
    }
}

/// <summary>A stored report with what was extracted from it.</summary>
/// <param name="Report">The report.</param>
/// <param name="Mentions">Places it names, in text order.</param>
/// <param name="Claims">The movements it states, each a claim linked to a tracked movement.</param>
public sealed record ReportDetails(Report Report, IReadOnlyList<Mention> Mentions, IReadOnlyList<Claim> Claims)
{
    /// <summary>
    /// The movements the report states, as it states them, each with the id of the tracked movement its claim is linked
    /// to (what <c>/api/movements/{id}</c> serves and the map draws).
    /// </summary>
    public IReadOnlyList<Movement> Movements => [.. Claims.Select(c => c.Statement with { Id = c.MovementId })];
}

/// <summary>What an ingest did.</summary>
/// <param name="Details">The stored report (new or existing).</param>
/// <param name="Created">False when the same text was already stored.</param>
public sealed record IngestResult(ReportDetails Details, bool Created);
