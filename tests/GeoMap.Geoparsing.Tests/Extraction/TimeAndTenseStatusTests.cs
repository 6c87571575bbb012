using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: what tells a movement's status besides its verb. A time still to come makes it a plan, whatever the tense (a
/// date after the report, "in the coming days"); a passive in progress is under way; a journey told in the pluperfect is
/// over; and a status word matches only as written, accents included ("esta semana" is this week, not "está", is; Italian
/// "e", and, is not "è", is).
/// </summary>
public class TimeAndTenseStatusTests
{
    // A Friday.
    private static readonly DateTimeOffset Published = new(2025, 9, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Hrodna = new() { GeonameId = 627904, Name = "Hrodna", CountryCode = "BY", Lon = 23.83, Lat = 53.68 };
    private static readonly Place Lida = new() { GeonameId = 626081, Name = "Lida", CountryCode = "BY", Lon = 25.3, Lat = 53.89 };

    private static readonly (string, Place)[] Places = [("Hrodna", Hrodna), ("Grodno", Hrodna), ("Lida", Lida)];

    private static Movement Read(string lang, string text) =>
        Assert.Single(new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements);

    [Theory]
    [InlineData("en", "About 300 Russian soldiers move from Lida to Grodno on Sept. 20.")]
    [InlineData("de", "Rund 300 russische Soldaten verlegen am 20. September von Lida nach Grodno.")]
    [InlineData("fr", "Quelque 300 soldats russes arrivent le 20 septembre à Grodno depuis Lida.")]
    [InlineData("es", "Unos 300 soldados rusos se trasladan la próxima semana de Lida a Grodno.")]
    [InlineData("it", "Circa 300 soldati russi si spostano la prossima settimana da Lida a Grodno.")]
    public void A_movement_dated_after_the_report_is_a_plan(string lang, string text)
    {
        var movement = Read(lang, text);
        Assert.Equal(MovementStatus.Planned, movement.Status);
        Assert.Equal(Hrodna, movement.Destination);
    }

    [Theory]
    [InlineData("en", "Analysts expect that about 300 Russian soldiers move to Grodno in the coming days.")]
    [InlineData("de", "Analysten halten es für wahrscheinlich, dass Moskau rund 300 Soldaten in den kommenden Tagen nach Grodno verlegt.")]
    [InlineData("fr", "Selon les analystes, quelque 300 soldats russes arrivent à Grodno dans les prochains jours.")]
    [InlineData("es", "Según los analistas, unos 300 soldados rusos llegan a Grodno en los próximos días.")]
    [InlineData("it", "Secondo gli analisti, circa 300 soldati russi arrivano a Grodno nei prossimi giorni.")]
    public void A_time_still_to_come_is_a_plan(string lang, string text) =>
        Assert.Equal(MovementStatus.Planned, Read(lang, text).Status);

    [Theory]
    [InlineData("The minister said on Thursday that about 300 Russian soldiers were being sent to Grodno.", MovementStatus.UnderWay)]
    [InlineData("The minister said on Thursday that about 300 Russian soldiers were sent to Grodno.", MovementStatus.Completed)]
    public void A_passive_in_progress_is_under_way(string text, MovementStatus status) =>
        Assert.Equal(status, Read("en", text).Status);

    [Fact]
    public void A_journey_told_in_the_pluperfect_is_over()
    {
        var text = "Eine Kolonne mit rund 300 Soldaten erreichte am Donnerstag die Stadt Grodno. Der Konvoi war am Dienstag in Lida aufgebrochen und zwei Tage auf der Straße unterwegs gewesen.";
        Assert.Equal(MovementStatus.Completed, Read("de", text).Status);
    }

    [Theory]
    [InlineData("es", "El ejército ruso trasladó esta semana unos 300 soldados de Lida a Grodno.")]
    [InlineData("it", "Circa 300 soldati russi e bielorussi stanno arrivando a Grodno da Lida.")]
    public void A_status_word_matches_only_with_its_accents(string lang, string text)
    {
        var expected = lang == "es" ? MovementStatus.Completed : MovementStatus.UnderWay;
        Assert.Equal(expected, Read(lang, text).Status);
    }
}
