using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;
using GeoMap.Geoparsing.Tests.Extraction;

namespace GeoMap.Geoparsing.Tests.Languages;

/// <summary>Polish movement reading, one table per phenomenon: sources with a time, modes, home bases, named contingents.</summary>
public class PolishReadingTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 4, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Kaunas = new() { GeonameId = 598316, Name = "Kaunas", CountryCode = "LT", Lon = 23.9, Lat = 54.9 };
    private static readonly Place Drawsko = new() { GeonameId = 3100001, Name = "Drawsko Pomorskie", CountryCode = "PL", Lon = 15.81, Lat = 53.53 };
    private static readonly Place Constanta = new() { GeonameId = 680963, Name = "Constanța", CountryCode = "RO", Lon = 28.65, Lat = 44.18 };
    private static readonly Place Sofia = new() { GeonameId = 727011, Name = "Sofia", CountryCode = "BG", Lon = 23.32, Lat = 42.7 };
    private static readonly Place Bulgaria = new() { GeonameId = 732800, Name = "Bulgaria", CountryCode = "BG", Kind = PlaceKind.Country, Lon = 25, Lat = 43 };

    private static readonly (string, Place)[] Places =
    [
        ("Kowna", Kaunas), ("Drawska Pomorskiego", Drawsko), ("Drawsku Pomorskim", Drawsko), ("Konstancy", Constanta), ("Sofii", Sofia),
        ("Rumunii", Fixtures.Country("RO")), ("Bułgarii", Bulgaria), ("Litwę", Fixtures.Country("LT")),
    ];

    private static IReadOnlyList<Movement> Read(string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, "pl").Movements;

    [Theory]
    [InlineData("Jak poinformowało we wtorek litewskie ministerstwo obrony, batalion przybył do Kowna.")]
    [InlineData("Jak podał w czwartek litewski resort obrony, batalion wojsk lądowych dotarł do Kowna.")]
    [InlineData("Według litewskiego ministerstwa obrony batalion przybył do Kowna.")]
    public void A_source_after_the_day_it_spoke_is_the_source_not_the_mover(string text)
    {
        var movement = Assert.Single(Read(text));
        Assert.Equal(Kaunas, movement.Destination);
        Assert.NotEqual("LT", movement.ActorCountry);
        Assert.Equal("LT", movement.Source?.CountryCode);
    }

    [Theory]
    [InlineData("Batalion wyruszył koleją z Konstancy do Sofii.", TransportMode.Rail)]
    [InlineData("Batalion wyruszył transportem kolejowym z Konstancy do Sofii.", TransportMode.Rail)]
    [InlineData("Kolejny batalion wyruszył z Konstancy do Sofii.", TransportMode.Unknown)]
    [InlineData("Batalion wyruszył z Konstancy do Sofii, a kolejna zmiana dotrze tam w lipcu.", TransportMode.Unknown)]
    public void Next_is_no_railway(string text, TransportMode mode)
    {
        var movement = Read(text)[0];
        Assert.Equal(mode, movement.Mode);
    }

    [Theory]
    [InlineData("Brygada wróci w lipcu do macierzystego Drawska Pomorskiego.")]
    [InlineData("Batalion wróci do macierzystej bazy w Drawsku Pomorskim.")]
    public void A_home_base_is_where_a_unit_returns(string text)
    {
        Assert.Equal(Drawsko, Assert.Single(Read(text)).Destination);
    }

    [Theory]
    [InlineData("Z Konstancy do Bułgarii wyruszyła kolumna z żołnierzami Polskiego Kontyngentu Wojskowego.")]
    [InlineData("Z Konstancy do Bułgarii przejechali żołnierze, którzy tworzą nową zmianę Polskiego Kontyngentu Wojskowego.")]
    public void The_Polish_military_contingent_is_Polish(string text)
    {
        var movement = Assert.Single(Read(text));
        Assert.Equal("PL", movement.ActorCountry);
    }

    [Theory]
    [InlineData("Do Kowna trafi w przyszłym miesiącu batalion litewskiej piechoty.", MovementStatus.Planned)]
    [InlineData("Do Kowna trafił w zeszłym miesiącu batalion litewskiej piechoty.", MovementStatus.Completed)]
    public void Trafic_in_the_future_is_a_plan_and_in_the_past_done(string text, MovementStatus status) =>
        Assert.Equal(status, Assert.Single(Read(text)).Status);
}
