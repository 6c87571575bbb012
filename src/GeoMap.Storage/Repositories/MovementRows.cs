using System.Text.Json;
using GeoMap.Core;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Time;
using Npgsql;
using NpgsqlTypes;

namespace GeoMap.Storage.Repositories;

/// <summary>Reads and writes movement rows; shared by the movement and report repositories.</summary>
internal static class MovementRows
{
    public const string Columns =
        "m.id, m.report_id, m.actor, m.actor_country, m.unit, m.strength_min, m.strength_max, m.strength_text, m.status, " +
        "m.transport_mode, m.origin_place_id, m.via_place_ids, m.destination_place_id, m.period, m.time_precision, " +
        "m.claimed_by, m.claimed_by_country, m.sentence, m.sentence_start, m.confidence, m.created_by, m.created_at, m.updated_by, m.updated_at, m.movement_kind";

    // Places come back in the same round trip: origin and destination by join, via places as one JSON
    // array in route order (usually empty). One query instead of two halved the query's latency.
    private const string PlaceJoins =
        "LEFT JOIN places o ON o.id = m.origin_place_id LEFT JOIN places d ON d.id = m.destination_place_id";

    private const string ViaJson =
        "CASE WHEN cardinality(m.via_place_ids) = 0 THEN NULL ELSE (SELECT json_agg(json_build_array(p.id, p.geonameid, p.curated_key, p.name, " +
        "p.country_code, p.admin1_code, p.kind, p.feature_code, p.population, ST_X(p.geom), ST_Y(p.geom)) ORDER BY u.ord)::text " +
        "FROM unnest(m.via_place_ids) WITH ORDINALITY u(id, ord) JOIN places p ON p.id = u.id) END";

    private const int MovementColumnCount = 25;

    /// <summary>
    /// Records the row ids of a row's origin, via places and destination (read with <see cref="ReadStatement"/> as
    /// <paramref name="m"/>) by <see cref="Place.Key"/>: a movement derived from claims read this way needs no lookup of
    /// its places' ids.
    /// </summary>
    public static void CollectPlaceIds(NpgsqlDataReader r, Movement m, Dictionary<string, long> ids)
    {
        if (m.Origin is { } o)
        {
            ids[o.Key] = r.GetInt64(MovementColumnCount);
        }

        if (m.Destination is { } d)
        {
            ids[d.Key] = r.GetInt64(MovementColumnCount + PlaceRepository.ColumnCount);
        }

        if (m.Via.Count > 0)
        {
            var via = r.GetFieldValue<long[]>(11);
            for (var i = 0; i < m.Via.Count && i < via.Length; i++)
            {
                ids[m.Via[i].Key] = via[i];
            }
        }
    }

    /// <summary>
    /// A complete movement select: <paramref name="rest"/> is everything after <c>FROM movements m</c>
    /// (WHERE, ORDER BY, LIMIT); the outer query adds the places and keeps id order.
    /// </summary>
    /// <remarks>
    /// With <paramref name="withTotal"/>, a last column holds how many rows match before the LIMIT
    /// (<c>count(*) OVER ()</c>): the page query finds every match anyway to sort them by id, so the
    /// count costs almost nothing, where a separate count query would do the search twice.
    /// </remarks>
    public static string Select(string rest, bool withTotal = false) =>
        $"SELECT {Columns}, {PlaceRepository.ColumnsOf("o")}, {PlaceRepository.ColumnsOf("d")}, {ViaJson}, {TrackedColumns}{(withTotal ? ", m.total_matched" : "")} " +
        $"FROM (SELECT m.*{(withTotal ? ", count(*) OVER () AS total_matched" : "")} FROM movements m {rest}) m {PlaceJoins} ORDER BY m.id";

    /// <summary>
    /// A movement select for linking a claim (read with <see cref="ReadAllForLinkingAsync"/>): as <see cref="Select"/>, but of what
    /// a tracked movement adds only its counts and its first and last report's times, all that
    /// <see cref="Core.Corroboration.GroupingRule"/> reads of it.
    /// </summary>
    /// <remarks>
    /// The corroboration's JSON (1-2 kB a movement: sources, strength claims, status history, flags) was sent and parsed
    /// for each of a claim's candidates, some twenty with 100,000 stored claims, to read two times the row holds as columns.
    /// </remarks>
    public static string SelectForLinking(string rest) =>
        $"SELECT {Columns}, {PlaceRepository.ColumnsOf("o")}, {PlaceRepository.ColumnsOf("d")}, {ViaJson}, m.claim_count, m.source_count, NULL::text, m.first_reported_at, m.last_reported_at " +
        $"FROM (SELECT m.* FROM movements m {rest}) m {PlaceJoins} ORDER BY m.id";

    /// <summary>Reads every row of a command built with <see cref="SelectForLinking"/>.</summary>
    public static async Task<List<Movement>> ReadAllForLinkingAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var result = new List<Movement>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(ReadStatement(reader) with
            {
                Corroboration = new Core.Corroboration.Corroboration
                {
                    ClaimCount = reader.GetInt32(ExtraColumn),
                    SourceCount = reader.GetInt32(ExtraColumn + 1),
                    FirstReportedAt = reader.IsDBNull(ExtraColumn + 3) ? null : new DateTimeOffset(reader.GetDateTime(ExtraColumn + 3), TimeSpan.Zero),
                    LastReportedAt = reader.IsDBNull(ExtraColumn + 4) ? null : new DateTimeOffset(reader.GetDateTime(ExtraColumn + 4), TimeSpan.Zero),
                },
            });
        }

        return result;
    }

    /// <summary>
    /// A select of claims (rows of <c>claims</c>, read with <see cref="ClaimRows.Read"/>): <paramref name="rest"/> is
    /// everything after <c>FROM claims m</c>; each row comes with its report's publication, outlet and original.
    /// </summary>
    public static string SelectClaims(string rest) =>
        $"SELECT {Columns}, {PlaceRepository.ColumnsOf("o")}, {PlaceRepository.ColumnsOf("d")}, {ViaJson}, {ClaimRows.Columns} " +
        $"FROM (SELECT m.* FROM claims m {rest}) m {PlaceJoins} {ClaimRows.Joins} ORDER BY m.id";

    // What a tracked movement adds to a claim's columns.
    private const string TrackedColumns = "m.claim_count, m.source_count, m.corroboration::text";

    /// <summary>Index of the first column after the movement, its places and via.</summary>
    public const int ExtraColumn = MovementColumnCount + (2 * PlaceRepository.ColumnCount) + 1;

    /// <summary>Index of the total column added by <see cref="Select"/> with a total.</summary>
    public const int TotalColumn = ExtraColumn + 3;

    public static Movement Read(NpgsqlDataReader r) => ReadStatement(r) with
    {
        Corroboration = r.IsDBNull(ExtraColumn + 2)
            ? new Core.Corroboration.Corroboration { ClaimCount = r.GetInt32(ExtraColumn), SourceCount = r.GetInt32(ExtraColumn + 1) }
            : CorroborationJson.Parse(r.GetString(ExtraColumn + 2)),
    };

    /// <summary>The movement columns of a row of <see cref="Select"/> or <see cref="SelectClaims"/>, without what a tracked movement adds.</summary>
    public static Movement ReadStatement(NpgsqlDataReader r)
    {
        var range = r.GetFieldValue<NpgsqlRange<DateTime>>(13);
        var min = r.IsDBNull(5) ? (int?)null : r.GetInt32(5);
        var max = r.IsDBNull(6) ? (int?)null : r.GetInt32(6);
        const int origin = MovementColumnCount;
        const int destination = origin + PlaceRepository.ColumnCount;
        const int via = destination + PlaceRepository.ColumnCount;
        return new Movement
        {
            Id = r.GetInt64(0),
            ReportId = r.IsDBNull(1) ? null : r.GetInt64(1),
            Actor = r.IsDBNull(2) ? null : r.GetString(2),
            ActorCountry = r.IsDBNull(3) ? null : r.GetString(3),
            Unit = r.IsDBNull(4) ? null : r.GetString(4),
            Strength = min is null && max is null && r.IsDBNull(7) ? null : new Strength(min, max, r.IsDBNull(7) ? "" : r.GetString(7)),
            Status = Vocabulary.ParseStatus(r.GetString(8)) ?? MovementStatus.Unknown,
            Mode = Vocabulary.ParseMode(r.GetString(9)),
            Kind = Vocabulary.ParseKindOfMovement(r.GetString(24)) ?? MovementKind.Unknown,
            Origin = r.IsDBNull(origin) ? null : PlaceRepository.Read(r, origin),
            Via = r.IsDBNull(via) ? [] : ReadVia(r.GetString(via)),
            Destination = r.IsDBNull(destination) ? null : PlaceRepository.Read(r, destination),
            Period = ToPeriod(range, Vocabulary.ParsePrecision(r.GetString(14))),
            Source = r.IsDBNull(15) ? null : new Attribution(r.GetString(15), r.IsDBNull(16) ? null : r.GetString(16)),
            Sentence = r.GetString(17),
            SentenceStart = r.GetInt32(18),
            Confidence = r.GetFloat(19),
            CreatedBy = r.GetString(20),
            CreatedAt = new DateTimeOffset(r.GetDateTime(21), TimeSpan.Zero),
            UpdatedBy = r.IsDBNull(22) ? null : r.GetString(22),
            UpdatedAt = r.IsDBNull(23) ? null : new DateTimeOffset(r.GetDateTime(23), TimeSpan.Zero),
        };
    }

    /// <summary>Reads every row of a command built with <see cref="Select"/>.</summary>
    public static async Task<List<Movement>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var result = new List<Movement>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    private static List<Place> ReadVia(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = new List<Place>();
        foreach (var a in document.RootElement.EnumerateArray())
        {
            string? S(int i) => a[i].ValueKind == JsonValueKind.Null ? null : a[i].GetString();
            result.Add(new Place
            {
                GeonameId = a[1].ValueKind == JsonValueKind.Null ? null : a[1].GetInt64(),
                CuratedKey = S(2),
                Name = S(3)!,
                CountryCode = S(4),
                Admin1Code = S(5),
                Kind = Vocabulary.ParseKind(S(6)),
                FeatureCode = S(7)!,
                Population = a[8].GetInt64(),
                Lon = a[9].GetDouble(),
                Lat = a[10].GetDouble(),
            });
        }

        return result;
    }

    /// <summary>Stores the places of a movement and binds every column parameter ($1…$22) of an insert or update.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The transaction the write belongs to.</param>
    /// <param name="command">The insert or update to bind.</param>
    /// <param name="m">The movement.</param>
    /// <param name="reportId">The report it comes from, if any.</param>
    /// <param name="placeIds">
    /// Row ids of the movement's places by <see cref="Place.Key"/> when the caller already stored them (a report stores
    /// all its places at once, in lock order); null to store them here.
    /// </param>
    /// <param name="cancellationToken">Cancellation.</param>
    public static async Task BindAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, NpgsqlCommand command, Movement m, long? reportId,
        IReadOnlyDictionary<string, long>? placeIds, CancellationToken cancellationToken)
    {
        placeIds ??= await PlaceRepository.UpsertAllAsync(connection, transaction, PlacesOf(m), "extractor", cancellationToken).ConfigureAwait(false);
        Bind(command.Parameters, m, reportId, placeIds);
    }

    /// <summary>Binds every column parameter ($1…$22) of an insert or update of a movement whose places are stored.</summary>
    public static void Bind(NpgsqlParameterCollection p, Movement m, long? reportId, IReadOnlyDictionary<string, long> placeIds)
    {
        long? PlaceId(Place? p) => p is null ? null : placeIds[p.Key];

        var origin = PlaceId(m.Origin);
        var via = m.Via.Select(v => PlaceId(v)!.Value).ToList();
        var destination = PlaceId(m.Destination);
        object N(object? v) => v ?? DBNull.Value;
        p.Add(new() { Value = N(reportId) });
        p.Add(new() { Value = N(m.Actor) });
        p.Add(new() { Value = N(m.ActorCountry) });
        p.Add(new() { Value = N(m.Unit) });
        p.Add(new() { Value = N(m.Strength?.Min) });
        p.Add(new() { Value = N(m.Strength?.Max) });
        p.Add(new() { Value = N(m.Strength?.Text) });
        p.Add(new() { Value = Vocabulary.Of(m.Status) });
        p.Add(new() { Value = Vocabulary.Of(m.Mode) });
        p.Add(new() { Value = N(origin) });
        p.Add(new() { Value = via.ToArray() });
        p.Add(new() { Value = N(destination) });
        p.Add(new() { Value = N(m.Geometry) });
        p.Add(new() { Value = ToRange(m.Period), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTzRange });
        p.Add(new() { Value = Vocabulary.Of(m.Period.Precision) });
        p.Add(new() { Value = N(m.Source?.Name) });
        p.Add(new() { Value = N(m.Source?.CountryCode) });
        p.Add(new() { Value = m.Sentence });
        p.Add(new() { Value = m.SentenceStart });
        p.Add(new() { Value = (float)Math.Clamp(m.Confidence, 0, 1) });
        p.Add(new() { Value = m.CreatedBy });
        p.Add(new() { Value = Vocabulary.Of(m.Kind) });
    }

    /// <summary>The places a movement names: origin, via places, destination.</summary>
    public static IEnumerable<Place> PlacesOf(Movement m)
    {
        if (m.Origin is not null)
        {
            yield return m.Origin;
        }

        foreach (var v in m.Via)
        {
            yield return v;
        }

        if (m.Destination is not null)
        {
            yield return m.Destination;
        }
    }

    /// <summary>A period as a tstzrange: [start, end), or [t, t] for an instant (a '[t,t)' range would be empty).</summary>
    public static NpgsqlRange<DateTime> ToRange(Period period)
    {
        var start = period.Start?.UtcDateTime ?? default;
        var end = period.End?.UtcDateTime ?? default;
        return new NpgsqlRange<DateTime>(
            start, lowerBoundIsInclusive: period.Start is not null, lowerBoundInfinite: period.Start is null,
            end, upperBoundIsInclusive: period.IsInstant, upperBoundInfinite: period.End is null);
    }

    private static Period ToPeriod(NpgsqlRange<DateTime> range, TimePrecision precision)
    {
        if (range.IsEmpty)
        {
            return Period.Unbounded;
        }

        DateTimeOffset? start = range.LowerBoundInfinite ? null : new DateTimeOffset(DateTime.SpecifyKind(range.LowerBound, DateTimeKind.Utc));
        DateTimeOffset? end = range.UpperBoundInfinite ? null : new DateTimeOffset(DateTime.SpecifyKind(range.UpperBound, DateTimeKind.Utc));
        return new Period(start, end, precision);
    }
}
