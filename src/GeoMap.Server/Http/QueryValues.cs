using System.Globalization;
using GeoMap.Core.Queries;

namespace GeoMap.Server.Http;

/// <summary>Parses query-string values, throwing <see cref="InvalidQueryException"/> with a fix-it message on bad input.</summary>
public static class QueryValues
{
    /// <summary>The default page size.</summary>
    public const int DefaultLimit = 100;

    /// <summary>Parses <c>limit</c> (1 to <see cref="MovementQuery.MaxLimit"/>), or the default when absent.</summary>
    public static int Limit(string? text, int defaultLimit = DefaultLimit)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaultLimit;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit) || limit < 1 || limit > MovementQuery.MaxLimit)
        {
            throw new InvalidQueryException("limit",
                $"limit '{Clip(text)}' is out of range; give a whole number from 1 to {MovementQuery.MaxLimit.ToString(CultureInfo.InvariantCulture)}.");
        }

        return limit;
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
