using GeoMap.Core.Time;
using GeoMap.Geoparsing.Extraction.Tokens;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Extraction.Dates;

/// <summary>Finds time expressions in a sentence and resolves them against the publication date.</summary>
/// <remarks>
/// Handles day ranges ("entre le 8 et le 13 octobre", "between 8 and 13 October", "October 8-13",
/// "du 28 octobre au 3 novembre"), single days ("le 8 octobre", "October 8, 2024"), weekdays ("on
/// Tuesday", "mardi dernier"), relative days, weeks and months ("hier", "last week", "le mois dernier"), spans up to
/// publication ("over the past two weeks"),
/// parts of months ("début novembre", "mid-November"), months ("in October") and years ("en 2023").
/// A month without a year is the latest one not after publication, or for a plan the next one. Languages that write
/// dates with counters ("10월 8일") are read by <see cref="CounterDates"/> first.
/// </remarks>
public static class DateExtractor
{
    /// <summary>All dates in the sentence, left to right.</summary>
    /// <param name="text">The text the tokens' offsets point into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="rules">The language.</param>
    /// <param name="published">The report's publication day.</param>
    /// <param name="future">True when the sentence states a plan: bare months and weekdays then point forward.</param>
    public static List<DateMatch> Extract(string text, IReadOnlyList<Token> tokens, LanguageRules rules, DateOnly published, bool future = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(rules);
        var m = rules.Match;
        var found = new List<DateMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            DateMatch? match = null;
            if (rules.DateCounters is { } counters && CounterDates.Read(text, tokens, i, rules, counters, published, future) is { } counted)
            {
                match = counted;
            }
            else if (m.RelativeDays.MatchAt(tokens, i) is { } rd)
            {
                var day = published.AddDays(rd.Value);
                match = Make(text, tokens, rd.First, rd.Next, Period.Days(day, day));
            }
            else if (m.RelativeWeeks.MatchAt(tokens, i) is { } rw)
            {
                match = Make(text, tokens, rw.First, rw.Next, CalendarMath.WeekOf(published.AddDays(7 * rw.Value)));
            }
            else if (m.PastSpans.MatchAt(tokens, i) is { } span)
            {
                match = Make(text, tokens, span.First, span.Next, Period.Days(published.AddDays(-span.Value), published.AddDays(-1)));
            }
            else if (m.Weekends.MatchAt(tokens, i) is { } we)
            {
                match = Make(text, tokens, we.First, we.Next, CalendarMath.Weekend(published, we.Value, future));
            }
            else if (m.RelativeMonths.MatchAt(tokens, i) is { } rm)
            {
                var month = published.AddMonths(rm.Value);
                match = Make(text, tokens, rm.First, rm.Next, CalendarMath.Month(month.Year, month.Month));
            }
            else if (m.RelativeYears.MatchAt(tokens, i) is { } ry)
            {
                match = Make(text, tokens, ry.First, ry.Next, CalendarMath.Year(published.Year + ry.Value));
            }
            else if (m.Weekdays.MatchAt(tokens, i) is { } wd)
            {
                // "last Tuesday", "mardi dernier", "el pasado jueves", "sabato scorso", "am vergangenen Samstag".
                var pastAfter = m.PastDayMarkers.MatchAt(tokens, wd.Next);
                var nextAfter = m.NextDayMarkers.MatchAt(tokens, wd.Next);
                var last = pastAfter is not null || m.PastDayMarkers.MatchEndingAt(tokens, i, 2) is not null;
                var next = nextAfter is not null || m.NextDayMarkers.MatchEndingAt(tokens, i, 2) is not null;
                var day = CalendarMath.Weekday(wd.Value, published, future || next, last);
                var end = pastAfter?.Next ?? nextAfter?.Next ?? wd.Next;
                // "between Sunday and Monday", "entre el domingo y el lunes", "nella notte tra domenica e lunedì": both days.
                var lastDay = day;
                if (pastAfter is null && nextAfter is null && m.RangeJoiners.MatchAt(tokens, wd.Next) is { } join
                    && m.Weekdays.MatchAt(tokens, m.Articles.MatchAt(tokens, join.Next)?.Next ?? join.Next) is { } until)
                {
                    lastDay = day.AddDays(((int)until.Value - (int)wd.Value + 7) % 7);
                    end = until.Next;
                }

                match = Make(text, tokens, wd.First, end, Period.Days(day, lastDay));
            }
            else
            {
                match = DayOrMonth(text, tokens, i, rules, published, future);
            }

            if (match is not null)
            {
                found.Add(match);
                i = match.NextToken - 1;
            }
        }

        return found;
    }

    private static DateMatch? DayOrMonth(string text, IReadOnlyList<Token> tokens, int i, LanguageRules rules, DateOnly published, bool future)
    {
        var m = rules.Match;

        // "mi-novembre", "mid-November": one hyphenated token, a month part written with a hyphen ("mi-", "mid-") and a month.
        var hyphen = tokens[i].Norm.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && GluedMonthPart(tokens[i].Norm[..(hyphen + 1)], rules) is { } glued && MonthOf(tokens[i].Norm[(hyphen + 1)..], rules) is { } mm)
        {
            var (year, next) = YearAfter(m, tokens, i + 1, mm, published, future);
            return Make(text, tokens, i, next, CalendarMath.PartOfMonth(year, mm, glued));
        }

        if (m.MonthParts.MatchAt(tokens, i) is { } part)
        {
            var at = part.Next;
            while (at < tokens.Count && m.TimeLeads.MatchAt(tokens, at) is { } lead && lead.Count <= 3 && m.Months.MatchAt(tokens, at) is null)
            {
                at = lead.Next;
            }

            if (m.Months.MatchAt(tokens, at) is { } pm)
            {
                var (year, next) = YearAfter(m, tokens, pm.Next, pm.Value, published, future);
                return Make(text, tokens, i, next, CalendarMath.PartOfMonth(year, pm.Value, part.Value));
            }
        }

        if (tokens[i].Kind == TokenKind.Number && DayNumber(tokens[i]) is { } d1)
        {
            return DayFirst(text, tokens, i, d1, rules, published, future);
        }

        if (m.Months.MatchAt(tokens, i) is { } month)
        {
            return MonthFirst(text, tokens, i, month.Value, SkipDot(tokens, month.Next), rules, published, future);
        }

        if (tokens[i].Kind == TokenKind.Number && IsYear(tokens[i]) && i > 0 && m.TimeLeads.MatchAt(tokens, i - 1) is not null)
        {
            var year = (int)tokens[i].Value!.Value;
            return Make(text, tokens, i, i + 1, new Period(CalendarMath.Utc(new DateOnly(year, 1, 1)), CalendarMath.Utc(new DateOnly(year + 1, 1, 1)), TimePrecision.Year));
        }

        return null;
    }

    // "8 octobre", "8 et 13 octobre", "8 au 13 octobre", "28 octobre au 3 novembre", "8-13 October".
    private static DateMatch? DayFirst(string text, IReadOnlyList<Token> tokens, int i, int d1, LanguageRules rules, DateOnly published, bool future)
    {
        var m = rules.Match;
        // "am 4. November", "zwischen dem 4. und 9. November": where ordinals take a dot, the day does too.
        var at = rules.OrdinalDot ? SkipDot(tokens, SkipOrdinal(tokens, i + 1, m)) : SkipOrdinal(tokens, i + 1, m);
        int? m1 = null;
        if (m.Months.MatchAt(tokens, at) is { } firstMonth)
        {
            m1 = firstMonth.Value;
            at = firstMonth.Next;
        }

        var begin = m.RangeOpeners.MatchEndingAt(tokens, Article(tokens, i, m) ? i - 1 : i)?.First ?? (Article(tokens, i, m) ? i - 1 : i);
        if (m.RangeJoiners.MatchAt(tokens, at) is { } joiner)
        {
            var second = SkipArticleAt(tokens, joiner.Next, m);
            if (second < tokens.Count && tokens[second].Kind == TokenKind.Number && DayNumber(tokens[second]) is { } d2)
            {
                var afterDay = rules.OrdinalDot ? SkipDot(tokens, SkipOrdinal(tokens, second + 1, m)) : SkipOrdinal(tokens, second + 1, m);
                if (m.Months.MatchAt(tokens, afterDay) is { } m2)
                {
                    var (year2, next) = YearAfter(m, tokens, m2.Next, m2.Value, published, future);
                    var month1 = m1 ?? m2.Value;
                    var year1 = month1 > m2.Value ? year2 - 1 : year2;
                    if (CalendarMath.TryDate(year1, month1, d1) is { } from && CalendarMath.TryDate(year2, m2.Value, d2) is { } to && from <= to)
                    {
                        return Make(text, tokens, begin, next, Period.Days(from, to));
                    }
                }
            }
        }

        if (m1 is { } only)
        {
            var (year, next) = YearAfter(m, tokens, at, only, published, future);
            if (CalendarMath.TryDate(year, only, d1) is { } day)
            {
                return Make(text, tokens, Article(tokens, i, m) ? i - 1 : i, next, Period.Days(day, day));
            }
        }

        return null;
    }

    // "October 8", "October 8-13", "October 8 and 13", "October 2024", "in October".
    private static DateMatch? MonthFirst(string text, IReadOnlyList<Token> tokens, int i, int month, int at, LanguageRules rules, DateOnly published, bool future)
    {
        var m = rules.Match;
        if (at < tokens.Count && tokens[at].Kind == TokenKind.Number && DayNumber(tokens[at]) is { } d1)
        {
            var afterFirst = SkipOrdinal(tokens, at + 1, m);
            var d2 = d1;
            var end = afterFirst;
            // "October 8 and 13", "Oct. 8 and Oct. 13", "Sept. 28 to Oct. 3": the second day may repeat the month or name another.
            var month2 = month;
            if (m.RangeJoiners.MatchAt(tokens, afterFirst) is { } joiner && joiner.Next < tokens.Count)
            {
                var day2 = joiner.Next;
                if (m.Months.MatchAt(tokens, day2) is { } repeated)
                {
                    month2 = repeated.Value;
                    day2 = SkipDot(tokens, repeated.Next);
                }

                if (day2 < tokens.Count && tokens[day2].Kind == TokenKind.Number && DayNumber(tokens[day2]) is { } second && (second >= d1 || month2 != month))
                {
                    d2 = second;
                    end = SkipOrdinal(tokens, day2 + 1, m);
                }
                else
                {
                    month2 = month;
                }
            }

            var (year2, next) = YearAfter(m, tokens, end, month2, published, future);
            var year = month > month2 ? year2 - 1 : year2;
            var begin = m.RangeOpeners.MatchEndingAt(tokens, i)?.First ?? i;
            if (CalendarMath.TryDate(year, month, d1) is { } from && CalendarMath.TryDate(year2, month2, d2) is { } to && from <= to)
            {
                return Make(text, tokens, begin, next, Period.Days(from, to));
            }
        }

        var hasYear = YearAfter(m, tokens, at, month, published, future).Next > at && m.RelativeYears.MatchAt(tokens, at) is null;
        var led = i > 0 && m.TimeLeads.MatchEndingAt(tokens, i) is not null;
        var opener = m.RangeOpeners.MatchEndingAt(tokens, i);

        // "entre enero y febrero", "between January and March", "von Januar bis März", "da gennaio a marzo": two months joined as
        // a range after a range opener or a time lead are one period, from the first day of the one to the last of the other.
        if ((opener is not null || led) && m.RangeJoiners.MatchAt(tokens, at) is { } join
            && m.Months.MatchAt(tokens, SkipArticleAt(tokens, join.Next, m)) is { } until)
        {
            var (year2, next) = YearAfter(m, tokens, until.Next, until.Value, published, future);
            var year1 = month > until.Value ? year2 - 1 : year2;
            var period = new Period(CalendarMath.Month(year1, month).Start, CalendarMath.Month(year2, until.Value).End, TimePrecision.Month);
            return Make(text, tokens, opener?.First ?? i, next, period);
        }

        if (hasYear || led || m.RelativeYears.MatchAt(tokens, at) is not null)
        {
            var (year, next) = YearAfter(m, tokens, at, month, published, future);
            return Make(text, tokens, i, next, CalendarMath.Month(year, month));
        }

        return null;
    }

    // The year of a month: written after it ("October 2024", "octobre, 2024"), told relative to publication ("in March last
    // year", "im März vergangenen Jahres", "en marzo del año pasado"), or else the latest (for a plan the next) such month.
    private static (int Year, int Next) YearAfter(LanguageRules.Matchers m, IReadOnlyList<Token> tokens, int at, int month, DateOnly published, bool future)
    {
        // "October, 2024"; "diciembre de 2023", "dicembre del 2023", "December of 2023": a comma or a linking word before the year.
        var linked = at + 1 < tokens.Count && IsYear(tokens[at + 1])
            && (tokens[at].Text == "," || m.TimeLeads.MatchAt(tokens, at) is { Count: 1 } || m.WeakOrigins.MatchAt(tokens, at) is { Count: 1 });
        var probe = linked ? at + 1 : at;
        if (probe < tokens.Count && IsYear(tokens[probe]))
        {
            return ((int)tokens[probe].Value!.Value, probe + 1);
        }

        return m.RelativeYears.MatchAt(tokens, at) is { } relative
            ? (published.Year + relative.Value, relative.Next)
            : (CalendarMath.YearOf(month, published, future), at);
    }

    private static MonthPart? GluedMonthPart(string prefix, LanguageRules rules)
    {
        foreach (var (words, part) in rules.MonthParts)
        {
            if (words.EndsWith('-') && TextFolding.FoldWord(words) == prefix)
            {
                return part;
            }
        }

        return null;
    }

    private static int? MonthOf(string norm, LanguageRules rules) =>
        rules.Match.Months.MatchAt([new Token(norm)], 0)?.Value;

    private static int? DayNumber(Token token) =>
        token.Text.Length <= 2 && token.Value is { } v && v >= 1 && v <= 31 && v == Math.Floor(v) ? (int)v : null;

    private static bool IsYear(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length == 4 && token.Value is >= 1900 and <= 2100;

    // "le 8 octobre", "the 8th of October": a one-word article before the day.
    private static bool Article(IReadOnlyList<Token> tokens, int i, LanguageRules.Matchers m) => i > 0 && m.Articles.MatchAt(tokens, i - 1) is { Count: 1 };

    private static int SkipArticleAt(IReadOnlyList<Token> tokens, int i, LanguageRules.Matchers m) => i < tokens.Count && m.Articles.MatchAt(tokens, i) is { Count: 1 } ? i + 1 : i;

    // "Oct. 8", "Sept. 12": the dot of an abbreviated month, glued to it.
    private static int SkipDot(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && i < tokens.Count && tokens[i].Text == "." && tokens[i].Start == tokens[i - 1].End && tokens[i - 1].Text.Length <= 4 ? i + 1 : i;

    // "1er", "8th", "13e" are one number token followed by a glued suffix word.
    private static int SkipOrdinal(IReadOnlyList<Token> tokens, int i, LanguageRules.Matchers m) =>
        i < tokens.Count && i > 0 && tokens[i].Kind == TokenKind.Word && tokens[i].Start == tokens[i - 1].End
        && m.OrdinalSuffixes.Contains(tokens[i].Norm) ? i + 1 : i;

    private static DateMatch Make(string text, IReadOnlyList<Token> tokens, int first, int next, Period period) =>
        new(period, first, next, text[tokens[first].Start..tokens[next - 1].End]);
}
