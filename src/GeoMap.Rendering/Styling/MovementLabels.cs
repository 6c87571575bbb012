using System.Globalization;
using GeoMap.Core.Movements;
using GeoMap.Core.Time;

namespace GeoMap.Rendering.Styling;

/// <summary>
/// The text written beside a movement's arrow: its strength and its period ("1,500 · 8–13 Oct"), or either alone, by
/// the rule <c>data/style/map-style.json</c>'s <c>labels</c> comment states.
/// </summary>
/// <remarks>
/// The web client writes the same labels (<c>src/GeoMap.Web/src/strengthLabels.ts</c>: <c>movementLabel</c>,
/// <c>periodLabel</c>, <c>labelsWithYear</c>); both are tested on one table of cases,
/// <c>tests/cases/movement-labels.json</c>, so that the twins cannot drift apart.
/// </remarks>
public static class MovementLabels
{
    /// <summary>What joins the strength and the period (and, on a briefing, the number of sources).</summary>
    public static string Separator => MovementStyle.Default.LabelSeparator;

    /// <summary>The strength and the period of a movement, joined; null when it has neither to write.</summary>
    /// <param name="movement">The movement.</param>
    /// <param name="withYear">Whether a day label carries the year (<see cref="WithYear(IEnumerable{Movement})"/> of the map's movements).</param>
    public static string? Of(Movement movement, bool withYear)
    {
        ArgumentNullException.ThrowIfNull(movement);
        return Join(movement.Strength is { } s ? Strength(s) : null, Period(movement.Period, withYear));
    }

    /// <summary>Joins the parts that are there with <see cref="Separator"/>; null when none is.</summary>
    public static string? Join(params string?[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var present = parts.Where(p => p is not null).ToList();
        return present.Count == 0 ? null : string.Join(Separator, present);
    }

    /// <summary>The strength as written: "1,500", "2,000–3,000", "1,500+", "up to 3,000"; null when it has no number.</summary>
    public static string? Strength(Strength strength)
    {
        ArgumentNullException.ThrowIfNull(strength);
        return (strength.Min, strength.Max) switch
        {
            ({ } a, { } b) when a == b => N(a),
            ({ } a, { } b) => $"{N(a)}–{N(b)}",
            ({ } a, null) => $"{N(a)}+",
            (null, { } b) => $"up to {N(b)}",
            _ => null,
        };
    }

    /// <summary>
    /// The period as written: "12 Oct", "8–13 Oct", "28 Sep – 3 Oct", "Oct 2024", "2024", "from 8 Oct"; null when its time
    /// was not stated (precision unknown) or it has no bound.
    /// </summary>
    /// <param name="period">The period, its end exclusive.</param>
    /// <param name="withYear">Whether a day label carries the year (a month or year label always does).</param>
    public static string? Period(Period period, bool withYear)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Precision == TimePrecision.Unknown || (period.Start is null && period.End is null))
        {
            return null;
        }

        var first = period.Start is { } s ? DateOnly.FromDateTime(s.UtcDateTime) : (DateOnly?)null;
        // The end is exclusive: the last day is the one its last instant falls on (an instant's own day).
        var last = period.End is { } e ? DateOnly.FromDateTime((period.Start is { } s2 && e <= s2 ? s2 : e.AddTicks(-TimeSpan.TicksPerMillisecond)).UtcDateTime) : (DateOnly?)null;
        var unit = period.Precision switch
        {
            TimePrecision.Year when Whole(first, last, d => d is { Month: 1, Day: 1 }) => Unit.Year,
            TimePrecision.Month when Whole(first, last, d => d.Day == 1) => Unit.Month,
            _ => Unit.Day,
        };
        return (first, last) switch
        {
            ({ } a, { } b) => Range(a, b, unit, withYear),
            ({ } a, null) => "from " + One(a, unit, withYear),
            (null, { } b) => "until " + One(b, unit, withYear),
            _ => null,
        };
    }

    /// <summary>
    /// Whether day labels carry the year on a map of these movements: when they span more than one calendar year, from
    /// their earliest start to their latest end (or start, for a period open at its end).
    /// </summary>
    public static bool WithYear(IEnumerable<Movement> movements)
    {
        ArgumentNullException.ThrowIfNull(movements);
        DateTimeOffset? from = null, to = null;
        foreach (var period in movements.Select(m => m.Period))
        {
            if (period.Start is { } s && (from is null || s < from))
            {
                from = s;
            }

            if ((period.End ?? period.Start) is { } e && (to is null || e > to))
            {
                to = e;
            }
        }

        return WithYear(from, to);
    }

    /// <summary>Whether day labels carry the year on a map whose movements run from <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    public static bool WithYear(DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is not { } a || to is not { } b)
        {
            return false;
        }

        var last = b > a ? b.AddTicks(-TimeSpan.TicksPerMillisecond) : a;
        return a.UtcDateTime.Year != last.UtcDateTime.Year;
    }

    private enum Unit
    {
        Day,
        Month,
        Year,
    }

    // Whether the known ends are whole units: the first starts one, the day after the last starts one.
    private static bool Whole(DateOnly? first, DateOnly? last, Func<DateOnly, bool> starts) =>
        (first is not { } f || starts(f)) && (last is not { } l || starts(l.AddDays(1)));

    private static string Range(DateOnly a, DateOnly b, Unit unit, bool withYear)
    {
        var sameYear = a.Year == b.Year;
        switch (unit)
        {
            case Unit.Year:
                return sameYear ? Year(a) : $"{Year(a)}–{Year(b)}";
            case Unit.Month:
                return (a.Month == b.Month && sameYear) ? $"{Month(a)} {Year(a)}"
                    : sameYear ? $"{Month(a)}–{Month(b)} {Year(b)}"
                    : $"{Month(a)} {Year(a)} – {Month(b)} {Year(b)}";
            default:
                var year = withYear ? " " + Year(b) : "";
                return a == b ? $"{a.Day} {Month(a)}{year}"
                    : a.Month == b.Month && sameYear ? $"{Day(a)}–{Day(b)} {Month(b)}{year}"
                    : sameYear ? $"{Day(a)} {Month(a)} – {Day(b)} {Month(b)}{year}"
                    : $"{Day(a)} {Month(a)} {Year(a)} – {Day(b)} {Month(b)} {Year(b)}";
        }
    }

    private static string One(DateOnly d, Unit unit, bool withYear) => unit switch
    {
        Unit.Year => Year(d),
        Unit.Month => $"{Month(d)} {Year(d)}",
        _ => withYear ? $"{Day(d)} {Month(d)} {Year(d)}" : $"{Day(d)} {Month(d)}",
    };

    private static string Day(DateOnly d) => d.Day.ToString(CultureInfo.InvariantCulture);

    private static string Month(DateOnly d) => MovementStyle.Default.MonthNames[d.Month - 1];

    private static string Year(DateOnly d) => d.Year.ToString(CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
