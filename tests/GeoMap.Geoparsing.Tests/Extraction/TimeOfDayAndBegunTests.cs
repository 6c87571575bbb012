using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10 (en, fr, de, es, it): a part of a day named without its day is on the day the report was last telling of; a movement
/// planned and then said, by its noun, to have begun is under way.
/// </summary>
public class TimeOfDayAndBegunTests
{
    // A Wednesday.
    private static readonly DateTimeOffset Published = new(2025, 6, 11, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Istres = new() { GeonameId = 3012649, Name = "Istres", CountryCode = "FR", FeatureCode = "PPLA3", Lon = 4.99, Lat = 43.51 };
    private static readonly Place Gao = new() { GeonameId = 2457163, Name = "Gao", CountryCode = "ML", FeatureCode = "PPLA", Lon = -0.04, Lat = 16.27 };
    private static readonly Place Kherson = new() { GeonameId = 706448, Name = "Kherson", CountryCode = "UA", FeatureCode = "PPLA", Lon = 32.62, Lat = 46.64 };
    private static readonly Place Odesa = new() { GeonameId = 698740, Name = "Odesa", CountryCode = "UA", FeatureCode = "PPLA", Lon = 30.73, Lat = 46.48 };

    private static readonly (string, Place)[] Places =
        [("Istres", Istres), ("Gao", Gao), ("Kherson", Kherson), ("Cherson", Kherson), ("Jersón", Kherson), ("Odesa", Odesa), ("Odessa", Odesa)];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    private static DateTimeOffset Day(int day) => new(2025, 6, day, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("fr", "Les premiers soldats ukrainiens sont arrivés vendredi à Odessa. Une colonne de 200 soldats ukrainiens a quitté Kherson en fin de matinée pour Odessa.", 6)]
    [InlineData("en", "On Tuesday the first Ukrainian soldiers reached Odesa. A column of 200 Ukrainian soldiers left Kherson in the evening for Odesa.", 10)]
    [InlineData("es", "Los primeros soldados ucranianos llegaron el lunes a Odesa. Una columna de 200 soldados ucranianos partió por la mañana de Jersón hacia Odesa.", 9)]
    [InlineData("it", "I primi soldati ucraini sono arrivati lunedì a Odessa. Una colonna di 200 soldati ucraini è partita in serata da Kherson verso Odessa.", 9)]
    [InlineData("de", "Die ersten ukrainischen Soldaten trafen am Montag in Odessa ein. Eine Kolonne mit 200 ukrainischen Soldaten verließ am Abend Cherson in Richtung Odessa.", 9)]
    public void A_part_of_a_day_is_on_the_day_last_told(string lang, string text, int day)
    {
        var movement = Read(lang, text).Single(m => m.Strength is { Min: 200 });
        Assert.Equal(Day(day), movement.Period.Start);
        Assert.Equal(Day(day + 1), movement.Period.End);
    }

    [Theory]
    [InlineData("fr", "L'armée ukrainienne s'est retirée lundi de Kherson. Dans la foulée, 200 soldats ukrainiens se sont déployés à Odessa.")]
    [InlineData("en", "Ukrainian troops pulled out of Kherson on Monday. Shortly afterwards, 200 Ukrainian soldiers moved to Odesa.")]
    [InlineData("es", "Las tropas ucranianas se retiraron el lunes de Jersón. Poco después, 200 soldados ucranianos se desplegaron en Odesa.")]
    public void Right_after_the_event_told_is_on_its_day(string lang, string text)
    {
        var movement = Read(lang, text).Single(m => m.Strength is { Min: 200 });
        Assert.Equal(Day(9), movement.Period.Start);
    }

    [Fact]
    public void A_vehicle_unloaded_where_it_went_gives_the_day_of_arrival()
    {
        var movement = Assert.Single(Read("en", "About 200 Ukrainian soldiers were shipped from Kherson to Odesa, where they were unloaded on Monday."));
        Assert.Equal(Day(9), movement.Period.Start);
    }

    [Theory]
    [InlineData("en", "A column of 200 Ukrainian soldiers left Kherson in the evening for Odesa.")]
    [InlineData("es", "Una columna de 200 soldados ucranianos partió por la mañana de Jersón y llegó a Odesa.")]
    public void A_part_of_a_day_with_no_day_told_before_gives_no_period(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Null(movement.Period.Start);
        // "por la mañana" is in the morning, not "mañana", tomorrow: nothing makes the movement a plan.
        Assert.NotEqual(MovementStatus.Planned, movement.Status);
    }

    [Theory]
    [InlineData("it", "Circa 3.000 soldati ucraini rientreranno da Kherson a Odessa; secondo il ministero, il ritiro è cominciato lunedì.")]
    [InlineData("en", "Some 3,000 Ukrainian soldiers will return from Kherson to Odesa. The withdrawal began on Monday, the ministry said.")]
    [InlineData("fr", "Quelque 3 000 soldats ukrainiens rentreront de Kherson à Odessa. Le retrait a commencé lundi, selon le ministère.")]
    public void A_planned_movement_said_by_its_noun_to_have_begun_is_under_way(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(MovementStatus.UnderWay, movement.Status);
        Assert.Equal(Day(9), movement.Period.Start);
    }

    [Fact]
    public void A_movement_noun_begun_with_no_plan_before_changes_nothing()
    {
        var movement = Assert.Single(Read("en", "Some 3,000 Ukrainian soldiers returned from Kherson to Odesa on Friday. The withdrawal began on Monday."));
        Assert.Equal(MovementStatus.Completed, movement.Status);
    }
}
