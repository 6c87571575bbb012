using System.Globalization;
using GeoMap.Core.Queries;

namespace GeoMap.Server.Http;

/// <summary>Parses query-string values, throwing <see cref="InvalidQueryException"/> with a fix-it message on bad input.</summary>
public static class QueryValues
{
    /// <summary>The default page size.</summary>
    public const int DefaultLimit = 100;

    /// <summary>
    /// Parses <c>limit</c>, or the default when absent. A whole number above <see cref="MovementQuery.MaxLimit"/> is
    /// clamped to it (OGC API - Features, requirement /req/core/query-param-limit-response: a server answers with at
    /// most its maximum rather than refusing; the next link brings the rest); zero, negatives and non-numbers are 400.
    /// </summary>
    public static int Limit(string? text, int defaultLimit = DefaultLimit)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaultLimit;
        }

        var t = text.Trim();
        if (t.Length > 0 && t.All(char.IsAsciiDigit) && t.TrimStart('0').Length > 9)
        {
            return MovementQuery.MaxLimit;
        }

        if (!int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit < 1)
        {
            throw new InvalidQueryException("limit",
                $"limit '{Clip(text)}' is not a page size; give a whole number from 1 (larger values are served as {MovementQuery.MaxLimit.ToString(CultureInfo.InvariantCulture)}).");
        }

        return Math.Min(limit, MovementQuery.MaxLimit);
    }

    /// <summary>Parses <c>view</c> of a movement listing: full (the default) or map.</summary>
    public static Json.MovementView View(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "full" => Json.MovementView.Full,
        "map" => Json.MovementView.Map,
        _ => throw new InvalidQueryException("view",
            $"view '{Clip(text)}' is unknown; use full (every field, the default) or map (only what a map draws: id, actor, strength, status, mode, dates and place names and coordinates)."),
    };

    /// <summary>Parses a paging cursor (the id after which the page starts), or null.</summary>
    public static long? Cursor(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var cursor))
        {
            throw new InvalidQueryException("cursor", $"cursor '{Clip(text)}' is not valid; use the 'next' link of the previous page unchanged.");
        }

        return cursor;
    }

    /// <summary>Parses an RFC 3339 date-time or a full date (midnight UTC); null when absent.</summary>
    /// <param name="text">The value.</param>
    /// <param name="parameter">The parameter name, for the message.</param>
    /// <param name="endOfDay">For a bare date, take the last microsecond of the day (an inclusive upper bound).</param>
    public static DateTimeOffset? Time(string? text, string parameter, bool endOfDay = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        // GDAL's OAPIF driver sends a date with a bare time designator ("2024-11-01T"): the whole day.
        if (t.Length == 11 && (t[10] == 'T' || t[10] == 't'))
        {
            t = t[..10];
        }

        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            // The last microsecond of the day, computed without passing midnight: 9999-12-31 has no next day.
            return endOfDay ? start.AddTicks(TimeSpan.TicksPerDay - 10) : start;
        }

        if (t.Contains('T', StringComparison.OrdinalIgnoreCase)
            && DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time.ToUniversalTime();
        }

        throw new InvalidQueryException(parameter,
            $"{parameter} '{Clip(t)}' is not a date; use RFC 3339 such as 2024-10-08T00:00:00Z or a date such as 2024-10-08.");
    }

    /// <summary>Parses a bbox, or null when absent.</summary>
    public static BoundingBox? Box(string? text) => string.IsNullOrEmpty(text) ? null : BoundingBox.Parse(text);

    /// <summary>Shortens a user value for an error message.</summary>
    public static string Clip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= 60 ? text : text[..60] + "…";
    }
}
