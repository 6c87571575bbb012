using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10 (en, fr, de, es, it): a movement told in a relative clause of place ("…, wohin", "…, where") goes to the place the
/// relative word stands for; a relative clause telling when the force arrived dates the movement before it; halves of a month;
/// a base's country or town in a locative after its name is no stop; a retreat after an advance is a movement of its own;
/// army corps and troops carried by helicopter move.
/// </summary>
public class PlaceRelativeAndMonthHalfTests
{
    // A Wednesday.
    private static readonly DateTimeOffset Published = new(2025, 6, 11, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Kherson = new() { GeonameId = 706448, Name = "Kherson", CountryCode = "UA", FeatureCode = "PPLA", Lon = 32.62, Lat = 46.64 };
    private static readonly Place Odesa = new() { GeonameId = 698740, Name = "Odesa", CountryCode = "UA", FeatureCode = "PPLA", Lon = 30.73, Lat = 46.48 };
    private static readonly Place Mykolaiv = new() { GeonameId = 700569, Name = "Mykolaiv", CountryCode = "UA", FeatureCode = "PPLA", Lon = 31.99, Lat = 46.97 };
    private static readonly Place Poland = new() { GeonameId = 798544, Name = "Poland", CountryCode = "PL", Kind = PlaceKind.Country, FeatureCode = "PCLI", Lon = 19, Lat = 52 };
    private static readonly Place Rzeszow = new() { GeonameId = 759734, Name = "Rzeszów", CountryCode = "PL", FeatureCode = "PPLA", Lon = 22.0, Lat = 50.04 };
    private static readonly Place Base = new() { CuratedKey = "air:test-jasionka", Name = "Jasionka air base", CountryCode = "PL", Kind = PlaceKind.MilitaryFacility, FeatureCode = "AIRB", Lon = 22.02, Lat = 50.11 };

    private static readonly (string, Place)[] Places =
    [
        ("Kherson", Kherson), ("Cherson", Kherson), ("Jersón", Kherson), ("Odesa", Odesa), ("Odessa", Odesa), ("Mykolaiv", Mykolaiv),
        ("Poland", Poland), ("Polen", Poland), ("Rzeszów", Rzeszow), ("Jasionka", Base),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    private static DateTimeOffset Day(int month, int day) => new(2025, month, day, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("de", "Die Soldaten waren von Odessa aus gestartet, wohin die ukrainische Armee 200 Soldaten am Montag aus Cherson verlegt hatte.")]
    [InlineData("en", "The soldiers took off from Odesa, where the Ukrainian army had moved 200 soldiers from Kherson on Monday.")]
    [InlineData("es", "Los soldados despegaron de Odesa, adonde el ejército ucraniano había trasladado a 200 soldados desde Jersón el lunes.")]
    public void A_movement_in_a_relative_clause_of_place_goes_to_the_place_before_it(string lang, string text)
    {
        var movement = Read(lang, text).Single(m => m.Origin?.Key == Kherson.Key);
        Assert.Equal(Odesa.Key, movement.Destination?.Key);
        Assert.Equal(Day(6, 9), movement.Period.Start);
    }

    [Theory]
    [InlineData("en", "Ukrainian troops withdrew from Kherson on Monday in coordination with Poland, but did not say where they had been redeployed.")]
    [InlineData("en", "Ukrainian troops withdrew from Kherson on Monday. Officials in Poland, where soldiers were redeployed last year, said nothing.")]
    public void A_question_of_where_or_a_place_far_before_the_relative_word_is_no_destination(string lang, string text)
    {
        Assert.DoesNotContain(Read(lang, text), m => m.Destination?.Key == Poland.Key);
    }

    [Theory]
    [InlineData("fr", "Quelque 200 soldats ukrainiens ont été transportés de Kherson à Odessa, où ils sont arrivés lundi.")]
    [InlineData("it", "Circa 200 soldati ucraini sono stati trasferiti da Kherson a Odessa, dove sono arrivati lunedì.")]
    [InlineData("de", "Rund 200 ukrainische Soldaten wurden von Cherson nach Odessa verlegt, wo sie am Montag eintrafen.")]
    public void Arriving_in_a_relative_clause_dates_the_movement_to_that_place(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Odesa.Key, movement.Destination?.Key);
        Assert.Equal(Day(6, 9), movement.Period.Start);
        Assert.Equal(Day(6, 10), movement.Period.End);
    }

    [Theory]
    [InlineData("it", "Circa 200 soldati ucraini hanno lasciato Kherson per Odessa nella seconda metà di maggio.", 16, 6, 1)]
    [InlineData("es", "Unos 200 soldados ucranianos salieron de Jersón hacia Odesa en la segunda quincena de mayo.", 16, 6, 1)]
    [InlineData("en", "About 200 Ukrainian soldiers moved from Kherson to Odesa in the first half of May.", 1, 5, 16)]
    [InlineData("fr", "Quelque 200 soldats ukrainiens ont été transférés de Kherson à Odessa dans la première quinzaine de mai.", 1, 5, 16)]
    public void A_half_of_a_month_is_its_days(string lang, string text, int from, int endMonth, int endDay)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Day(5, from), movement.Period.Start);
        Assert.Equal(Day(endMonth, endDay), movement.Period.End);
    }

    [Fact]
    public void Afterwards_in_German_is_on_the_day_last_told()
    {
        var movement = Read("de", "Die ukrainischen Truppen zogen sich am Montag aus Cherson zurück. Anschließend verlegten 200 ukrainische Soldaten nach Odessa.")
            .Single(m => m.Strength is { Min: 200 });
        Assert.Equal(Day(6, 9), movement.Period.Start);
    }

    [Theory]
    [InlineData("de", "Rund 200 ukrainische Soldaten flogen vom Stützpunkt Jasionka in Polen nach Odessa.")]
    [InlineData("en", "About 200 Ukrainian soldiers flew from the Jasionka air base in Rzeszów to Odesa.")]
    public void The_country_or_town_of_a_base_after_its_name_is_no_stop(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Base.Key, movement.Origin?.Key);
        Assert.Equal(Odesa.Key, movement.Destination?.Key);
    }

    [Fact]
    public void A_retreat_after_an_advance_is_a_movement_of_its_own()
    {
        var movements = Read("it", "Una colonna di 2.000 combattenti russi è avanzata da Kherson verso Mykolaiv. Di fronte all'avanzata, i reparti che presidiavano Mykolaiv si sono ritirati verso Odessa.");
        Assert.Contains(movements, m => m.Kind == MovementKind.Withdrawal && m.Destination?.Key == Odesa.Key);
        Assert.Contains(movements, m => m.Destination?.Key == Mykolaiv.Key);
    }

    [Theory]
    [InlineData("en", "The 1st Corps was redeployed from Kherson to Odesa over the weekend.", TransportMode.Unknown)]
    [InlineData("fr", "Des fusiliers marins ukrainiens ont été héliportés de Kherson à Odessa.", TransportMode.Air)]
    public void A_corps_and_troops_carried_by_helicopter_move(string lang, string text, TransportMode mode)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Odesa.Key, movement.Destination?.Key);
        Assert.Equal(mode, movement.Mode);
    }
}
