using GeoMap.Core.Time;
using GeoMap.Geoparsing.Extraction.Dates;
using GeoMap.Geoparsing.Text;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: two months joined as a range are one period; a year told relative to publication ("last year") is that calendar
/// year, and after a month it is the month's year; the first or last week of a month; German weekdays with a part of the day.
/// </summary>
public class MonthRangeAndRelativeYearTests
{
    [Theory]
    [InlineData("es", "2025-05-10", "entre febrero y abril", "2025-02-01", "2025-05-01", TimePrecision.Month)]
    [InlineData("es", "2025-05-10", "de marzo a abril", "2025-03-01", "2025-05-01", TimePrecision.Month)]
    [InlineData("en", "2025-05-10", "between February and April", "2025-02-01", "2025-05-01", TimePrecision.Month)]
    [InlineData("en", "2025-02-10", "from November to January", "2024-11-01", "2025-02-01", TimePrecision.Month)]
    [InlineData("fr", "2025-05-10", "entre février et avril", "2025-02-01", "2025-05-01", TimePrecision.Month)]
    [InlineData("de", "2025-05-10", "zwischen Februar und April", "2025-02-01", "2025-05-01", TimePrecision.Month)]
    [InlineData("de", "2025-05-10", "von Februar bis April", "2025-02-01", "2025-05-01", TimePrecision.Month)]
    [InlineData("it", "2025-05-10", "tra febbraio e aprile", "2025-02-01", "2025-05-01", TimePrecision.Month)]
    [InlineData("it", "2025-05-10", "da febbraio ad aprile", "2025-02-01", "2025-05-01", TimePrecision.Month)]
    [InlineData("en", "2025-05-10", "over the course of last year", "2024-01-01", "2025-01-01", TimePrecision.Year)]
    [InlineData("en", "2025-05-10", "by the end of next year", "2026-01-01", "2027-01-01", TimePrecision.Year)]
    [InlineData("fr", "2025-05-10", "depuis l'année dernière", "2024-01-01", "2025-01-01", TimePrecision.Year)]
    [InlineData("es", "2025-05-10", "durante el año pasado", "2024-01-01", "2025-01-01", TimePrecision.Year)]
    [InlineData("it", "2025-05-10", "nel corso dell'anno scorso", "2024-01-01", "2025-01-01", TimePrecision.Year)]
    [InlineData("de", "2025-05-10", "im vergangenen Jahr", "2024-01-01", "2025-01-01", TimePrecision.Year)]
    [InlineData("en", "2025-05-10", "in June last year", "2024-06-01", "2024-07-01", TimePrecision.Month)]
    [InlineData("de", "2025-05-10", "im Juni vergangenen Jahres", "2024-06-01", "2024-07-01", TimePrecision.Month)]
    [InlineData("es", "2025-05-10", "en junio del año pasado", "2024-06-01", "2024-07-01", TimePrecision.Month)]
    [InlineData("fr", "2025-05-10", "en juin de l'année dernière", "2024-06-01", "2024-07-01", TimePrecision.Month)]
    [InlineData("it", "2025-05-10", "a giugno dell'anno scorso", "2024-06-01", "2024-07-01", TimePrecision.Month)]
    [InlineData("it", "2025-05-10", "nell'ultima settimana di aprile", "2025-04-24", "2025-05-01", TimePrecision.Week)]
    [InlineData("en", "2025-05-10", "in the first week of April", "2025-04-01", "2025-04-08", TimePrecision.Week)]
    [InlineData("es", "2025-05-10", "durante la última semana de febrero", "2025-02-22", "2025-03-01", TimePrecision.Week)]
    [InlineData("fr", "2025-05-10", "pendant la dernière semaine d'avril", "2025-04-24", "2025-05-01", TimePrecision.Week)]
    [InlineData("es", "2025-05-10", "en diciembre de 2023", "2023-12-01", "2024-01-01", TimePrecision.Month)]
    [InlineData("it", "2025-05-10", "nel dicembre del 2023", "2023-12-01", "2024-01-01", TimePrecision.Month)]
    [InlineData("en", "2025-05-10", "in December of 2023", "2023-12-01", "2024-01-01", TimePrecision.Month)]
    [InlineData("de", "2025-05-09", "am Mittwochabend", "2025-05-07", "2025-05-08", TimePrecision.Day)]
    [InlineData("de", "2025-05-09", "am Montagmorgen", "2025-05-05", "2025-05-06", TimePrecision.Day)]
    public void Resolves_against_publication(string lang, string published, string text, string start, string end, TimePrecision precision)
    {
        var rules = LanguageCatalog.Find(lang)!;
        var date = Assert.Single(DateExtractor.Extract(text, Tokenizer.Tokenize(text), rules, DateOnly.Parse(published)));
        Assert.Equal(DateTimeOffset.Parse(start + "T00:00:00Z"), date.Period.Start);
        Assert.Equal(DateTimeOffset.Parse(end + "T00:00:00Z"), date.Period.End);
        Assert.Equal(precision, date.Period.Precision);
    }

    [Theory]
    [InlineData("ru", "2025-05-10", "в апреле прошлого года", "2024-04-01", "2024-05-01")]
    [InlineData("uk", "2025-05-10", "у квітні минулого року", "2024-04-01", "2024-05-01")]
    [InlineData("pl", "2025-05-10", "w kwietniu ubiegłego roku", "2024-04-01", "2024-05-01")]
    [InlineData("ru", "2025-05-10", "в прошлом году", "2024-01-01", "2025-01-01")]
    [InlineData("ru", "2025-05-13", "все выходные", "2025-05-10", "2025-05-12")]
    [InlineData("uk", "2025-05-13", "у вихідні", "2025-05-10", "2025-05-12")]
    [InlineData("pl", "2025-05-13", "w miniony weekend", "2025-05-10", "2025-05-12")]
    public void Slavic_relative_years_and_weekends_resolve_against_publication(string lang, string published, string text, string start, string end)
    {
        var rules = LanguageCatalog.Find(lang)!;
        var date = Assert.Single(DateExtractor.Extract(text, Tokenizer.Tokenize(text), rules, DateOnly.Parse(published)));
        Assert.Equal(DateTimeOffset.Parse(start + "T00:00:00Z"), date.Period.Start);
        Assert.Equal(DateTimeOffset.Parse(end + "T00:00:00Z"), date.Period.End);
    }

    [Theory]
    [InlineData("es", "enviados a Polonia y a Rumanía en enero")]
    [InlineData("en", "sent in January to Poland and Romania")]
    public void A_month_joined_to_no_other_month_stays_one_month(string lang, string text)
    {
        var rules = LanguageCatalog.Find(lang)!;
        var date = Assert.Single(DateExtractor.Extract(text, Tokenizer.Tokenize(text), rules, new DateOnly(2025, 5, 10)));
        Assert.Equal(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), date.Period.End);
    }
}
