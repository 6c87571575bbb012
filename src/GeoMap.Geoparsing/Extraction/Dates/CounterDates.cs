using GeoMap.Core.Time;
using GeoMap.Geoparsing.Extraction.Tokens;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Extraction.Dates;

/// <summary>Reads dates written with counters after the numbers, as Korean does: "2024년 10월 8일", "8일부터 13일까지", "이달 중순".</summary>
/// <remarks>
/// <para>The counters and the particles that may follow them are the language's <see cref="DateCounters"/>. Forms read:
/// a day, a month or a year with its counter ("8일", "10월", "2024년 10월 8일"); a range of days or months joined by a
/// range joiner ("8∼13일", "7∼8월") or opened and closed by particles ("8일부터 13일까지"); a start or an end alone
/// ("16일부터" since the 16th, "1일까지" by the 1st); a relative month before a day or a part of a month ("이달 8일",
/// "지난달 말", "10월 초"); a past or coming word before a day ("지난 21일", "오는 10일").</para>
/// <para>A counter word is a number's only when it is written onto the number ("8일"); the same letters after a space are
/// an ordinary word ("8 일본" is not a date).</para>
/// </remarks>
internal static class CounterDates
{
    private enum Unit
    {
        Year,
        Month,
        Day,
    }

    private enum Edge
    {
        None,
        From,
        Until,
    }

    private readonly record struct Counted(int Value, Unit Unit, Edge Edge, int Next);

    /// <summary>The date starting at token <paramref name="i"/>, or null.</summary>
    public static DateMatch? Read(string text, IReadOnlyList<Token> tokens, int i, LanguageRules rules, DateCounters counters, DateOnly published, bool future)
    {
        var m = rules.Match;
        var at = i;
        int? year = null;
        int? month = null;
        var coming = future;
        var past = false;
        if (m.RelativeMonths.MatchAt(tokens, i) is { } relative)
        {
            var shifted = published.AddMonths(relative.Value);
            (year, month, at) = (shifted.Year, shifted.Month, relative.Next);
        }
        else if (IsAny(tokens[i], counters.Past) || IsAny(tokens[i], counters.Coming))
        {
            // "지난 21일", "오는 10일": a word that only says which side of the publication day the day falls on.
            past = IsAny(tokens[i], counters.Past);
            coming = !past;
            at = i + 1;
        }

        var counted = Counter(tokens, at, counters);
        if (counted is { Unit: Unit.Year } y)
        {
            year = y.Value;
            at = y.Next;
            counted = Counter(tokens, at, counters);
        }

        // "8∼13일", "7∼8월께": the first number borrows the counter of the second.
        if (counted is null && at + 1 < tokens.Count && tokens[at] is { Kind: TokenKind.Number, Value: { } low } && m.RangeJoiners.MatchAt(tokens, at + 1) is { } joiner
            && Counter(tokens, joiner.Next, counters) is { Unit: not Unit.Year } closing)
        {
            return Span(text, tokens, i, (int)low, closing, month, year, published, coming, past);
        }

        if (counted is { Unit: Unit.Month } mo && month is null)
        {
            at = mo.Next;
            if (mo.Edge == Edge.From && Counter(tokens, at, counters) is { Unit: Unit.Month, Edge: Edge.Until } untilMonth)
            {
                return Span(text, tokens, i, mo.Value, untilMonth, null, year, published, coming, past);
            }

            month = mo.Value;
            year ??= CalendarMath.YearOf(mo.Value, published, coming);
            counted = Counter(tokens, at, counters);
            if (counted is not { Unit: Unit.Day })
            {
                return m.MonthParts.MatchAt(tokens, at) is { } part
                    ? Make(text, tokens, i, part.Next, CalendarMath.PartOfMonth(year.Value, mo.Value, part.Value))
                    : Make(text, tokens, i, at, Open(CalendarMath.Month(year.Value, mo.Value), mo.Edge));
            }
        }
        else if (counted is null && month is { } relativeMonth && m.MonthParts.MatchAt(tokens, at) is { } part)
        {
            return Make(text, tokens, i, part.Next, CalendarMath.PartOfMonth(year!.Value, relativeMonth, part.Value));
        }

        if (counted is not { Unit: Unit.Day } day)
        {
            return null;
        }

        if (day.Edge == Edge.From && Counter(tokens, day.Next, counters) is { Unit: Unit.Day, Edge: Edge.Until } untilDay)
        {
            return Span(text, tokens, i, day.Value, untilDay, month, year, published, coming, past);
        }

        return Resolve(day.Value, month, year, published, coming, past) is { } d
            ? Make(text, tokens, i, day.Next, Open(Period.Days(d, d), day.Edge))
            : null;
    }

    // From the number <paramref name="from"/> to the counted <paramref name="last"/>, of the same counter.
    private static DateMatch? Span(string text, IReadOnlyList<Token> tokens, int begin, int from, Counted last, int? month, int? year,
        DateOnly published, bool coming, bool past)
    {
        if (last.Unit == Unit.Month)
        {
            if (from < 1 || from > last.Value)
            {
                return null;
            }

            var y = year ?? CalendarMath.YearOf(last.Value, published, coming);
            return Make(text, tokens, begin, last.Next, new Period(CalendarMath.Month(y, from).Start, CalendarMath.Month(y, last.Value).End, TimePrecision.Month));
        }

        if (Resolve(from, month, year, published, coming, past) is not { } start)
        {
            return null;
        }

        // "28일부터 3일까지": the end falls in the next month.
        var endMonth = last.Value < from ? start.AddMonths(1) : start;
        return CalendarMath.TryDate(endMonth.Year, endMonth.Month, last.Value) is { } end
            ? Make(text, tokens, begin, last.Next, Period.Days(start, end))
            : null;
    }

    // A number with a counter written onto it, and the particles after the counter.
    private static Counted? Counter(IReadOnlyList<Token> tokens, int at, DateCounters counters)
    {
        if (at + 1 >= tokens.Count || tokens[at].Kind != TokenKind.Number || tokens[at].Value is not { } v || v != Math.Floor(v)
            || tokens[at + 1].Kind != TokenKind.Word || tokens[at + 1].Start != tokens[at].End)
        {
            return null;
        }

        var word = tokens[at + 1].Norm;
        foreach (var (counter, unit) in new[] { (counters.Year, Unit.Year), (counters.Month, Unit.Month), (counters.Day, Unit.Day) })
        {
            if (!word.StartsWith(counter, StringComparison.Ordinal) || Particles(word[counter.Length..], counters) is not { } edge)
            {
                continue;
            }

            var value = (int)v;
            var valid = unit switch
            {
                Unit.Year => value is >= 1900 and <= 2100,
                Unit.Month => value is >= 1 and <= 12,
                _ => value is >= 1 and <= 31,
            };
            return valid ? new Counted(value, unit, edge, at + 2) : null;
        }

        return null;
    }

    // What is written after the counter: nothing, or particles of the language, one of which may open or close a range.
    private static Edge? Particles(string rest, DateCounters counters)
    {
        var edge = Edge.None;
        while (rest.Length > 0)
        {
            var matched = false;
            foreach (var (list, kind) in new[] { (counters.From, Edge.From), (counters.Until, Edge.Until), (counters.Particles, Edge.None) })
            {
                foreach (var particle in list.OrderByDescending(p => p.Length))
                {
                    if (rest.StartsWith(particle, StringComparison.Ordinal))
                    {
                        edge = kind == Edge.None ? edge : kind;
                        rest = rest[particle.Length..];
                        matched = true;
                        break;
                    }
                }

                if (matched)
                {
                    break;
                }
            }

            if (!matched)
            {
                return null;
            }
        }

        return edge;
    }

    private static DateOnly? Resolve(int day, int? month, int? year, DateOnly published, bool coming, bool past)
    {
        if (month is { } mo)
        {
            return CalendarMath.TryDate(year ?? CalendarMath.YearOf(mo, published, coming), mo, day);
        }

        // A bare day is in the publication month, or the month before (after, for a plan) when it would be on the wrong side.
        var here = new DateOnly(published.Year, published.Month, 1);
        var forward = coming && !past;
        var shift = forward ? (day < published.Day ? 1 : 0) : (day > published.Day ? -1 : 0);
        var target = here.AddMonths(shift);
        return CalendarMath.TryDate(target.Year, target.Month, day);
    }

    private static Period Open(Period period, Edge edge) => edge switch
    {
        Edge.From => new Period(period.Start, null, period.Precision),
        Edge.Until => new Period(null, period.End, period.Precision),
        _ => period,
    };

    private static bool IsAny(Token token, IReadOnlyList<string> words) => words.Contains(token.Norm, StringComparer.Ordinal);

    private static DateMatch Make(string text, IReadOnlyList<Token> tokens, int first, int next, Period period) =>
        new(period, first, next, text[tokens[first].Start..tokens[next - 1].End]);
}
