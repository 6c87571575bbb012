using GeoMap.Geoparsing.Text;
using GeoMap.Core.Time;
using GeoMap.Geoparsing.Extraction.Dates;
using GeoMap.Geoparsing.Extraction.Tokens;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Tests.Extraction;

public class DateExtractorTests
{
    [Theory]
    [InlineData("fr", "2024-10-18", "entre le 8 et le 13 octobre", "2024-10-08", "2024-10-14", TimePrecision.Day)]
    [InlineData("en", "2024-10-18", "between 8 and 13 October", "2024-10-08", "2024-10-14", TimePrecision.Day)]
    [InlineData("en", "2024-10-18", "October 8-13", "2024-10-08", "2024-10-14", TimePrecision.Day)]
    [InlineData("fr", "2024-11-05", "du 28 octobre au 3 novembre", "2024-10-28", "2024-11-04", TimePrecision.Day)]
    [InlineData("fr", "2024-10-18", "le 8 octobre", "2024-10-08", "2024-10-09", TimePrecision.Day)]
    [InlineData("en", "2024-10-18", "on October 8, 2023", "2023-10-08", "2023-10-09", TimePrecision.Day)]
    [InlineData("en", "2024-10-18", "on Tuesday", "2024-10-15", "2024-10-16", TimePrecision.Day)]
    [InlineData("fr", "2024-10-18", "mardi dernier", "2024-10-15", "2024-10-16", TimePrecision.Day)]
    [InlineData("fr", "2024-10-18", "hier", "2024-10-17", "2024-10-18", TimePrecision.Day)]
    [InlineData("en", "2024-10-18", "yesterday", "2024-10-17", "2024-10-18", TimePrecision.Day)]
    [InlineData("en", "2024-10-18", "last week", "2024-10-07", "2024-10-14", TimePrecision.Week)]
    [InlineData("fr", "2024-10-18", "la semaine dernière", "2024-10-07", "2024-10-14", TimePrecision.Week)]
    [InlineData("en", "2024-11-20", "early November", "2024-11-01", "2024-11-11", TimePrecision.Week)]
    [InlineData("fr", "2024-11-20", "début novembre", "2024-11-01", "2024-11-11", TimePrecision.Week)]
    [InlineData("fr", "2024-11-20", "mi-novembre", "2024-11-11", "2024-11-21", TimePrecision.Week)]
    [InlineData("en", "2024-11-20", "in October", "2024-10-01", "2024-11-01", TimePrecision.Month)]
    [InlineData("fr", "2024-11-20", "en octobre", "2024-10-01", "2024-11-01", TimePrecision.Month)]
    [InlineData("en", "2025-01-10", "in December", "2024-12-01", "2025-01-01", TimePrecision.Month)]
    [InlineData("fr", "2025-01-10", "le 28 décembre", "2024-12-28", "2024-12-29", TimePrecision.Day)]
    [InlineData("en", "2024-10-18", "in 2023", "2023-01-01", "2024-01-01", TimePrecision.Year)]
    [InlineData("fr", "2024-10-18", "le mois dernier", "2024-09-01", "2024-10-01", TimePrecision.Month)]
    // Two weekdays joined as a range are both days (published on a Friday: the Tuesday and Wednesday before)
    [InlineData("en", "2024-10-18", "between Tuesday and Wednesday", "2024-10-15", "2024-10-17", TimePrecision.Day)]
    [InlineData("fr", "2024-10-18", "dans la nuit de mardi à mercredi", "2024-10-15", "2024-10-17", TimePrecision.Day)]
    [InlineData("es", "2024-10-18", "entre el martes y el miércoles", "2024-10-15", "2024-10-17", TimePrecision.Day)]
    [InlineData("it", "2024-10-18", "nella notte tra martedì e mercoledì", "2024-10-15", "2024-10-17", TimePrecision.Day)]
    [InlineData("de", "2024-10-18", "zwischen Dienstag und Mittwoch", "2024-10-15", "2024-10-17", TimePrecision.Day)]
    [InlineData("en", "2024-10-18", "from Sunday to Tuesday", "2024-10-13", "2024-10-16", TimePrecision.Day)]
    // Abbreviated months keep their dot ("Oct. 8"); a range may repeat the month or cross into the next one
    [InlineData("en", "2024-10-18", "between Oct. 8 and Oct. 13", "2024-10-08", "2024-10-14", TimePrecision.Day)]
    [InlineData("en", "2024-10-18", "from Sept. 28 to Oct. 3", "2024-09-28", "2024-10-04", TimePrecision.Day)]
    [InlineData("en", "2025-01-20", "by Jan. 26", "2025-01-26", "2025-01-27", TimePrecision.Day)]
    // German days take an ordinal's dot ("am 4. November")
    [InlineData("de", "2024-11-18", "am 4. November", "2024-11-04", "2024-11-05", TimePrecision.Day)]
    [InlineData("de", "2024-11-18", "zwischen dem 4. und 9. November", "2024-11-04", "2024-11-10", TimePrecision.Day)]
    [InlineData("de", "2024-11-18", "vom 28. Oktober bis 3. November", "2024-10-28", "2024-11-04", TimePrecision.Day)]
    // "by the end of the month": its last part, in the Slavic languages too
    [InlineData("ru", "2024-12-18", "до конца ноября", "2024-11-21", "2024-12-01", TimePrecision.Week)]
    [InlineData("uk", "2024-12-18", "до кінця листопада", "2024-11-21", "2024-12-01", TimePrecision.Week)]
    [InlineData("pl", "2024-12-18", "do końca listopada", "2024-11-21", "2024-12-01", TimePrecision.Week)]
    public void Resolves_against_publication(string lang, string published, string text, string start, string end, TimePrecision precision)
    {
        var rules = LanguageCatalog.Find(lang)!;
        var found = DateExtractor.Extract(text, Tokenizer.Tokenize(text), rules, DateOnly.Parse(published));
        var date = Assert.Single(found);
        Assert.Equal(DateTimeOffset.Parse(start + "T00:00:00Z"), date.Period.Start);
        Assert.Equal(DateTimeOffset.Parse(end + "T00:00:00Z"), date.Period.End);
        Assert.Equal(precision, date.Period.Precision);
    }

    [Fact]
    public void A_plan_points_forward()
    {
        var rules = LanguageCatalog.Find("en")!;
        var text = "in January";
        var date = Assert.Single(DateExtractor.Extract(text, Tokenizer.Tokenize(text), rules, new DateOnly(2024, 11, 20), future: true));
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), date.Period.Start);
    }

    [Theory]
    [InlineData("en", "They may leave soon.")]
    [InlineData("en", "Soldiers march to the border.")]
    [InlineData("fr", "Il y a 12 000 soldats.")]
    public void Finds_no_date_where_there_is_none(string lang, string text)
    {
        var rules = LanguageCatalog.Find(lang)!;
        Assert.Empty(DateExtractor.Extract(text, Tokenizer.Tokenize(text), rules, new DateOnly(2024, 10, 18)));
    }

    // 2024-10-21 is a Monday, 2024-10-19 a Saturday, 2024-10-23 a Wednesday.
    [Theory]
    [InlineData("en", "2024-10-21", "over the weekend", "2024-10-19", "2024-10-21")]
    [InlineData("en", "2024-10-23", "last weekend", "2024-10-19", "2024-10-21")]
    [InlineData("en", "2024-10-20", "this weekend", "2024-10-19", "2024-10-21")]
    [InlineData("fr", "2024-10-23", "le week-end dernier", "2024-10-19", "2024-10-21")]
    [InlineData("de", "2024-10-21", "am vergangenen Wochenende", "2024-10-19", "2024-10-21")]
    [InlineData("es", "2024-10-21", "durante el fin de semana", "2024-10-19", "2024-10-21")]
    [InlineData("it", "2024-10-21", "nel fine settimana", "2024-10-19", "2024-10-21")]
    [InlineData("en", "2024-10-23", "next weekend", "2024-10-26", "2024-10-28")]
    public void A_weekend_is_its_saturday_and_sunday(string lang, string published, string text, string start, string end)
    {
        var found = DateExtractor.Extract(text, Tokenizer.Tokenize(text), LanguageCatalog.Find(lang)!, DateOnly.Parse(published));
        var date = Assert.Single(found);
        Assert.Equal(DateTimeOffset.Parse(start + "T00:00:00Z"), date.Period.Start);
        Assert.Equal(DateTimeOffset.Parse(end + "T00:00:00Z"), date.Period.End);
    }

    [Fact]
    public void A_weekend_in_a_plan_is_the_coming_one()
    {
        var text = "over the weekend";
        var date = Assert.Single(DateExtractor.Extract(text, Tokenizer.Tokenize(text), LanguageCatalog.Find("en")!, new DateOnly(2024, 10, 23), future: true));
        Assert.Equal(DateTimeOffset.Parse("2024-10-26T00:00:00Z"), date.Period.Start);
    }
}
