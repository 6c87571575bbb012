using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace GeoMap.Storage.Repositories;

/// <summary>One field of a movement as an edit changed it, in the words of the API: place names, not row ids.</summary>
/// <param name="Field">The field as <c>PATCH /api/movements/{id}</c> names it (actor, strength, destination, period...).</param>
/// <param name="Before">The value before, as a person reads it; null when the field was empty.</param>
/// <param name="After">The value after; null when the edit emptied it.</param>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>
/// Turns the two row snapshots an edit keeps (<c>movement_edits.before</c>/<c>after</c>, the movements row as JSON)
/// into the fields that changed, with places named.
/// </summary>
/// <remarks>
/// The snapshots stay the record (they are what the row was); this is only how they are read. Bookkeeping columns
/// (geometry, which follows the places; who and when, which the edit already says; the pinned list) are not fields
/// of the movement and are left out.
/// </remarks>
internal static class MovementEditDiff
{
    // Snapshot column -> API field, in the order a reader expects them. Strength and period take several columns.
    private static readonly (string Field, string[] Columns)[] Fields =
    [
        ("actor", ["actor"]),
        ("actorCountry", ["actor_country"]),
        ("unit", ["unit"]),
        ("strength", ["strength_min", "strength_max", "strength_text"]),
        ("kind", ["movement_kind"]),
        ("status", ["status"]),
        ("mode", ["transport_mode"]),
        ("origin", ["origin_place_id"]),
        ("via", ["via_place_ids"]),
        ("destination", ["destination_place_id"]),
        ("period", ["period"]),
        ("timePrecision", ["time_precision"]),
        ("claimedBy", ["claimed_by"]),
        ("claimedByCountry", ["claimed_by_country"]),
        ("reportId", ["report_id"]),
        ("sentence", ["sentence"]),
        ("confidence", ["confidence"]),
        ("claimCount", ["claim_count"]),
        ("sourceCount", ["source_count"]),
    ];

    /// <summary>The place row ids a snapshot refers to (origin, via, destination).</summary>
    public static IEnumerable<long> PlaceIds(string? snapshot)
    {
        if (snapshot is null)
        {
            yield break;
        }

        using var doc = JsonDocument.Parse(snapshot);
        var row = doc.RootElement;
        foreach (var column in new[] { "origin_place_id", "destination_place_id" })
        {
            if (row.TryGetProperty(column, out var v) && v.ValueKind == JsonValueKind.Number)
            {
                yield return v.GetInt64();
            }
        }

        if (row.TryGetProperty("via_place_ids", out var via) && via.ValueKind == JsonValueKind.Array)
        {
            foreach (var id in via.EnumerateArray())
            {
                yield return id.GetInt64();
            }
        }
    }

    /// <summary>Names of places by row id, "Ussuriysk (RU)", for the places the snapshots refer to.</summary>
    public static async Task<IReadOnlyDictionary<long, string>> PlaceNamesAsync(NpgsqlDataSource dataSource, IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToArray();
        var names = new Dictionary<long, string>();
        if (wanted.Length == 0)
        {
            return names;
        }

        await using var command = dataSource.CreateCommand("SELECT id, name, country_code FROM places WHERE id = ANY($1)");
        command.Parameters.Add(new() { Value = wanted });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names[reader.GetInt64(0)] = reader.IsDBNull(2) ? reader.GetString(1) : $"{reader.GetString(1)} ({reader.GetString(2)})";
        }

        return names;
    }

    /// <summary>The fields that differ between two snapshots (null for none: a creation or a deletion), in a reader's order.</summary>
    public static IReadOnlyList<FieldChange> Changes(string? before, string? after, IReadOnlyDictionary<long, string> placeNames)
    {
        using var b = before is null ? null : JsonDocument.Parse(before);
        using var a = after is null ? null : JsonDocument.Parse(after);
        var changes = new List<FieldChange>();
        foreach (var (field, columns) in Fields)
        {
            var old = b is null ? null : Read(field, columns, b.RootElement, placeNames);
            var now = a is null ? null : Read(field, columns, a.RootElement, placeNames);
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, old, now));
            }
        }

        return changes;
    }

    private static string? Read(string field, string[] columns, JsonElement row, IReadOnlyDictionary<long, string> placeNames)
    {
        JsonElement Column(string name) => row.TryGetProperty(name, out var v) ? v : default;
        string Place(long id) => placeNames.TryGetValue(id, out var name) ? name : string.Create(CultureInfo.InvariantCulture, $"place {id} (deleted)");
        switch (field)
        {
            case "strength":
                return Strength(Number(Column("strength_min")), Number(Column("strength_max")), Text(Column("strength_text")));
            case "origin" or "destination":
                return Number(Column(columns[0])) is { } placeId ? Place(placeId) : null;
            case "via":
                var via = Column(columns[0]);
                return via.ValueKind == JsonValueKind.Array && via.GetArrayLength() > 0
                    ? string.Join(", ", via.EnumerateArray().Select(v => Place(v.GetInt64())))
                    : null;
            case "period":
                return Period(Text(Column(columns[0])));
            case "reportId":
                return Number(Column(columns[0])) is { } report ? string.Create(CultureInfo.InvariantCulture, $"report #{report}") : null;
            case "confidence":
                return Column(columns[0]) is { ValueKind: JsonValueKind.Number } c ? c.GetDouble().ToString("0.##", CultureInfo.InvariantCulture) : null;
            case "claimCount" or "sourceCount":
                return Number(Column(columns[0]))?.ToString(CultureInfo.InvariantCulture);
            default:
                var text = Text(Column(columns[0]));
                return string.IsNullOrEmpty(text) ? null : text;
        }
    }

    /// <summary>"1,500", "1,000–3,000", "at least 1,000", "up to 500", with the report's words when they say more.</summary>
    internal static string? Strength(long? min, long? max, string? text)
    {
        static string N(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
        var numbers = (min, max) switch
        {
            ({ } lo, { } hi) when lo == hi => N(lo),
            ({ } lo, { } hi) => $"{N(lo)}–{N(hi)}",
            ({ } lo, null) => $"at least {N(lo)}",
            (null, { } hi) => $"up to {N(hi)}",
            _ => null,
        };
        if (numbers is null)
        {
            return string.IsNullOrWhiteSpace(text) ? null : $"\"{text}\"";
        }

        // The report's own words, unless they are only the number again ("1500", "1,500", "1000-3000").
        var digits = new string((text ?? "").Where(char.IsAsciiDigit).ToArray());
        var plain = string.Concat(new[] { min, max }.Where(x => x is not null).Distinct().Select(x => x!.Value.ToString(CultureInfo.InvariantCulture)));
        return string.IsNullOrWhiteSpace(text) || digits == plain && text.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or ' ' or '-' or '–' or '\u00a0')
            ? numbers
            : $"{numbers} (\"{text}\")";
    }

    /// <summary>A stored tstzrange as days: "2024-10-08 – 2024-10-13" (the exclusive end at midnight shown as the last day).</summary>
    internal static string? Period(string? range)
    {
        if (string.IsNullOrEmpty(range) || range == "empty")
        {
            return null;
        }

        var comma = range.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return range;
        }

        var start = Bound(range[1..comma]);
        var end = Bound(range[(comma + 1)..^1]);
        if (start is null && end is null)
        {
            return null;
        }

        var exclusive = range[^1] == ')';
        string Day(DateTimeOffset t, bool isEnd) =>
            t.TimeOfDay == TimeSpan.Zero
                ? (isEnd && exclusive ? t.AddDays(-1) : t).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : t.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var from = start is { } s ? Day(s, false) : "…";
        var to = end is { } e ? Day(e, true) : "…";
        return from == to ? from : $"{from} – {to}";
    }

    private static DateTimeOffset? Bound(string text)
    {
        text = text.Trim().Trim('"');
        return text.Length == 0 || text is "-infinity" or "infinity"
            ? null
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t.ToUniversalTime() : null;
    }

    private static long? Number(JsonElement v) => v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;

    private static string? Text(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        _ => null,
    };
}
