using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10 (pl, ru, uk, ar): a span reaching back from publication ("over the past two weeks") is the days before the report's;
/// "at that same time" is on the day last told; a sentence that goes on telling with no time of its own keeps the day of the
/// movement of the same side told right before it; the date of an Arabic dateline ("بيروت - 12 يونيو:") is no date of the movement.
/// </summary>
public class PastSpanAndFollowUpDateTests
{
    // A Wednesday.
    private static readonly DateTimeOffset Published = new(2025, 6, 11, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Kherson = new() { GeonameId = 706448, Name = "Kherson", CountryCode = "UA", FeatureCode = "PPLA", Lon = 32.62, Lat = 46.64 };
    private static readonly Place Odesa = new() { GeonameId = 698740, Name = "Odesa", CountryCode = "UA", FeatureCode = "PPLA", Lon = 30.73, Lat = 46.48 };

    private static readonly (string, Place)[] Places =
    [
        ("Kursk", Fixtures.Kursk), ("Курска", Fixtures.Kursk), ("Курська", Fixtures.Kursk), ("Kurska", Fixtures.Kursk), ("كورسك", Fixtures.Kursk),
        ("Rostov", Fixtures.Rostov), ("Ростов", Fixtures.Rostov), ("Ростова", Fixtures.Rostov), ("Rostowa", Fixtures.Rostov), ("روستوف", Fixtures.Rostov),
        ("Kherson", Kherson), ("Херсона", Kherson), ("Херсон", Kherson), ("Херсону", Kherson), ("Odesa", Odesa), ("Одессу", Odesa), ("Одесі", Odesa), ("Одеси", Odesa),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    private static DateTimeOffset Day(int day) => new(2025, 6, day, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("ru", "За последние две недели около 3000 российских военных перебросили из Курска в Ростов.", 14)]
    [InlineData("uk", "За останні два тижні близько 3000 російських військових перекинули з Курська до Ростова.", 14)]
    [InlineData("pl", "W ciągu ostatnich dwóch tygodni około 3000 rosyjskich żołnierzy przerzucono z Kurska do Rostowa.", 14)]
    [InlineData("ar", "نقل الجيش الروسي نحو 3000 جندي من كورسك إلى روستوف خلال الأسبوعين الماضيين.", 14)]
    [InlineData("ru", "За последнюю неделю около 3000 российских военных перебросили из Курска в Ростов.", 7)]
    public void A_span_back_from_publication_is_the_days_before_the_report(string lang, string text, int days)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Day(11).AddDays(-days), movement.Period.Start);
        Assert.Equal(Day(11), movement.Period.End);
    }

    [Theory]
    [InlineData("ar", "بيروت - 11 يونيو/حزيران: نقل الجيش الروسي نحو 3000 جندي من كورسك إلى روستوف.", null)]
    [InlineData("ar", "بيروت - 11 يونيو/حزيران: نقل الجيش الروسي يوم الاثنين نحو 3000 جندي من كورسك إلى روستوف.", 9)]
    public void The_day_of_an_arabic_dateline_is_not_the_movements(string lang, string text, int? day)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(day is { } d ? Day(d) : null, movement.Period.Start);
    }

    [Theory]
    [InlineData("ru", "В понедельник украинские войска покинули Херсон. Тогда же 200 украинских военных прибыли в Одессу.")]
    [InlineData("uk", "У понеділок українські війська залишили Херсон. Того ж дня 200 українських військових прибули до Одеси.")]
    public void At_that_same_time_is_on_the_day_last_told(string lang, string text)
    {
        var movement = Read(lang, text).Single(m => m.Strength is { Min: 200 });
        Assert.Equal(Day(9), movement.Period.Start);
        Assert.Equal(Day(10), movement.Period.End);
    }

    [Theory]
    [InlineData("uk", "Останні українські військові в понеділок залишили Херсон. Кілька десятків військових вилетіли літаком до Одеси.")]
    [InlineData("en", "The last Ukrainian soldiers left Kherson on Monday. A few dozen soldiers flew on to Odesa by plane.")]
    public void A_sentence_going_on_with_no_time_of_its_own_keeps_the_day_told_before(string lang, string text)
    {
        var movement = Read(lang, text).Single(m => m.Destination?.Name == "Odesa");
        Assert.Equal(Day(9), movement.Period.Start);
    }

    [Theory]
    [InlineData("en", "The last Ukrainian soldiers left Kherson on Monday. A few dozen Russian soldiers flew to Odesa by plane.")]
    [InlineData("uk", "Останні українські військові в понеділок залишили Херсон. Кілька десятків російських військових вилетіли літаком до Одеси.")]
    public void Another_sides_movement_keeps_no_day_told_before(string lang, string text)
    {
        var movement = Read(lang, text).Single(m => m.Destination?.Name == "Odesa");
        Assert.Null(movement.Period.Start);
    }
}
