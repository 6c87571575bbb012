using GeoMap.Core.Time;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Extraction.Dates;

/// <summary>Turns calendar facts (a month without a year, a weekday, a part of a month) into periods.</summary>
public static class CalendarMath
{
    /// <summary>
    /// The year of a month named without one: the latest such month not after publication, or for a plan
    /// the earliest not before it (a January report naming "December" means last December).
    /// </summary>
    public static int YearOf(int month, DateOnly published, bool future) =>
        future
            ? (month >= published.Month ? published.Year : published.Year + 1)
            : (month <= published.Month ? published.Year : published.Year - 1);

    /// <summary>The whole calendar year as a period with year precision.</summary>
    public static Period Year(int year) =>
        new(Utc(new DateOnly(year, 1, 1)), Utc(new DateOnly(year + 1, 1, 1)), TimePrecision.Year);

    /// <summary>The whole month as a period with month precision.</summary>
    public static Period Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new Period(Utc(first), Utc(first.AddMonths(1)), TimePrecision.Month);
    }

    /// <summary>A third of a month ("début novembre" = days 1–10), with week precision: it names about ten days.</summary>
    public static Period PartOfMonth(int year, int month, MonthPart part)
    {
        var days = DateTime.DaysInMonth(year, month);
        var (from, to) = part switch
        {
            MonthPart.Early => (1, 10),
            MonthPart.Mid => (11, 20),
            MonthPart.FirstWeek => (1, 7),
            MonthPart.LastWeek => (days - 6, days),
            MonthPart.FirstHalf => (1, 15),
            MonthPart.SecondHalf => (16, days),
            _ => (21, days),
        };
        return new Period(Utc(new DateOnly(year, month, from)), Utc(new DateOnly(year, month, to).AddDays(1)), TimePrecision.Week);
    }

    /// <summary>The ISO week (Monday to Sunday) containing <paramref name="day"/>, with week precision.</summary>
    public static Period WeekOf(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new Period(Utc(monday), Utc(monday.AddDays(7)), TimePrecision.Week);
    }

    /// <summary>
    /// Saturday and Sunday (to the Monday, exclusive) of a weekend: for <paramref name="offset"/> 0 the latest one that has
    /// begun by publication (a Monday report's "over the weekend" is the two days before), or for a plan the next one not
    /// over; -1 the one before that, 1 the one after.
    /// </summary>
    public static Period Weekend(DateOnly published, int offset, bool future)
    {
        var saturday = published.AddDays(-(((int)published.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7));
        if (future && published.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            saturday = saturday.AddDays(7);
        }

        saturday = saturday.AddDays(7 * offset);
        return new Period(Utc(saturday), Utc(saturday.AddDays(2)), TimePrecision.Day);
    }

    /// <summary>
    /// The weekday nearest publication on the side the tense points to: on or before it for past events,
    /// on or after it for plans; strictly before when the text says "last".
    /// </summary>
    public static DateOnly Weekday(DayOfWeek weekday, DateOnly published, bool future, bool strictlyPast)
    {
        if (future)
        {
            var ahead = ((int)weekday - (int)published.DayOfWeek + 7) % 7;
            return published.AddDays(ahead);
        }

        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        if (back == 0 && strictlyPast)
        {
            back = 7;
        }

        return published.AddDays(-back);
    }

    /// <summary>A UTC midnight.</summary>
    public static DateTimeOffset Utc(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>A valid date or null ("31 février").</summary>
    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
