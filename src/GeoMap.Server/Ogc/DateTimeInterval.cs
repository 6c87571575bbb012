using GeoMap.Core.Queries;
using GeoMap.Server.Http;

namespace GeoMap.Server.Ogc;

/// <summary>
/// The OGC API - Features <c>datetime</c> parameter: an instant, a closed interval <c>a/b</c>, or a half-open one
/// with <c>..</c> (or an empty side) for the open end.
/// </summary>
/// <param name="From">Inclusive start, or null when open.</param>
/// <param name="To">Inclusive end, or null when open.</param>
public sealed record DateTimeInterval(DateTimeOffset? From, DateTimeOffset? To)
{
    private const string Usage = "use an instant (2024-10-08T00:00:00Z), a closed interval (2024-10-01T00:00:00Z/2024-10-31T23:59:59Z) or a half-open one (../2024-10-31 or 2024-10-01/..)";

    /// <summary>Parses the parameter; null when absent.</summary>
    /// <exception cref="InvalidQueryException">When the syntax is wrong or the interval ends before it starts.</exception>
    public static DateTimeInterval? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Split('/');
        DateTimeInterval interval;
        switch (parts.Length)
        {
            case 1:
                if (parts[0] == "..")
                {
                    throw new InvalidQueryException("datetime", $"datetime '..' alone is not an interval; {Usage}.");
                }

                var from = QueryValues.Time(parts[0], "datetime")!;
                var to = QueryValues.Time(parts[0], "datetime", endOfDay: true)!;
                interval = new DateTimeInterval(from, to);
                break;
            case 2:
                var start = Side(parts[0], "start", endOfDay: false);
                var end = Side(parts[1], "end", endOfDay: true);
                if (start is null && end is null)
                {
                    throw new InvalidQueryException("datetime", $"datetime '{QueryValues.Clip(text)}' is open at both ends; {Usage}.");
                }

                interval = new DateTimeInterval(start, end);
                break;
            default:
                throw new InvalidQueryException("datetime", $"datetime '{QueryValues.Clip(text)}' has {parts.Length - 1} slashes; {Usage}.");
        }

        if (interval.From is { } f && interval.To is { } t && t < f)
        {
            throw new InvalidQueryException("datetime", $"datetime '{QueryValues.Clip(text)}' ends before it starts; swap the two ends.");
        }

        return interval;
    }

    private static DateTimeOffset? Side(string text, string side, bool endOfDay)
    {
        var t = text.Trim();
        if (t.Length == 0 || t == "..")
        {
            return null;
        }

        try
        {
            return QueryValues.Time(t, "datetime", endOfDay);
        }
        catch (InvalidQueryException)
        {
            throw new InvalidQueryException("datetime", $"datetime {side} '{QueryValues.Clip(t)}' is not a date; {Usage}.");
        }
    }
}
