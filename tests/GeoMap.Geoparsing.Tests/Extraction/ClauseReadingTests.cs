using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: places, counts and dates belong to the clause that states the movement; appositions, datelines and
/// country qualifiers are not on the route; back-references stand for the place named before.
/// </summary>
public class ClauseReadingTests
{
    private static readonly DateTimeOffset Published = new(2025, 3, 14, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Odesa = new() { GeonameId = 698740, Name = "Odesa", CountryCode = "UA", Lon = 30.73, Lat = 46.48 };
    private static readonly Place Kherson = new() { GeonameId = 706448, Name = "Kherson", CountryCode = "UA", Lon = 32.62, Lat = 46.64 };
    private static readonly Place Izium = new() { GeonameId = 707292, Name = "Izium", CountryCode = "UA", Lon = 37.26, Lat = 49.21 };
    private static readonly Place Constanta = new() { GeonameId = 680963, Name = "Constanța", CountryCode = "RO", Lon = 28.63, Lat = 44.18 };
    private static readonly Place Ukraine = Fixtures.Country("UA");

    private static readonly (string, Place)[] Places =
    [
        ("ODESA", Odesa), ("Odesa", Odesa), ("Odessa", Odesa), ("Kherson", Kherson), ("Izium", Izium), ("Constanța", Constanta),
        ("Ukraine", Ukraine), ("Ucraina", Ukraine), ("Ucrania", Ukraine), ("Roumanie", Fixtures.Country("PL") with { GeonameId = 798549, Name = "Romania", CountryCode = "RO" }),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("en", "ODESA, March 3 — Ukraine moved 600 soldiers to Kherson.")]
    [InlineData("es", "ODESA, 3 mar (EFE).– Ucrania trasladó 600 soldados a Kherson.")]
    [InlineData("it", "ODESA, 3 marzo – L'Ucraina ha trasferito 600 soldati a Kherson.")]
    public void The_dateline_gives_neither_origin_nor_period(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Null(movement.Origin);
        Assert.Equal(Kherson, movement.Destination);
        Assert.Equal(Core.Time.TimePrecision.Unknown, movement.Period.Precision);
    }

    [Theory]
    [InlineData("en", "Ukraine pulled its marines out of Kherson, while the Romanian army is to send 300 soldiers to Constanța.")]
    [InlineData("fr", "L'Ukraine a retiré ses fusiliers marins de Kherson, tandis que l'armée roumaine va envoyer 300 soldats à Constanța.")]
    [InlineData("es", "Ucrania retiró sus infantes de marina de Kherson, mientras que el ejército rumano enviará 300 soldados a Constanța.")]
    public void Each_clause_states_its_own_movement(string lang, string text)
    {
        var movements = Read(lang, text);
        Assert.Equal(2, movements.Count);
        var ukrainian = Assert.Single(movements, m => m.ActorCountry == "UA");
        var romanian = Assert.Single(movements, m => m.ActorCountry == "RO");
        Assert.Equal((Kherson, null, (int?)null), (ukrainian.Origin, ukrainian.Destination, ukrainian.Strength?.Min));
        Assert.Equal((Constanta, (int?)300), (romanian.Destination, romanian.Strength?.Min));
    }

    [Fact]
    public void A_relative_clause_takes_the_counted_force_before_it()
    {
        var movements = Read("en", "Romania moved two battalions from Odesa to Constanța in March, joining 1,200 Polish soldiers who had arrived there in late February.");
        var romanian = Assert.Single(movements, m => m.ActorCountry == "RO");
        var polish = Assert.Single(movements, m => m.ActorCountry == "PL");
        Assert.Null(romanian.Strength);
        Assert.Equal((Odesa, Constanta), (romanian.Origin, romanian.Destination));
        Assert.Equal((1200, Constanta), (polish.Strength!.Min, polish.Destination));
        Assert.Equal(new DateTimeOffset(2025, 2, 21, 0, 0, 0, TimeSpan.Zero), polish.Period.Start);
    }

    [Theory]
    [InlineData("en", "Ukrainian marines left Kherson, the city they had held in Ukraine since March.")]
    [InlineData("fr", "Les fusiliers marins ukrainiens ont quitté Kherson, la ville qu'ils tenaient en Ukraine depuis mars.")]
    public void An_apposition_is_not_a_destination(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((Kherson, (Place?)null), (movement.Origin, movement.Destination));
    }

    [Theory]
    [InlineData("en", "About 1,000 Romanian soldiers will drive from their garrison in Constanța to Odesa.")]
    [InlineData("en", "About 1,000 Romanian soldiers will drive from the base in Constanța to Odesa.")]
    public void A_place_inside_an_origin_phrase_is_the_origin(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((Constanta, Odesa), (movement.Origin, movement.Destination));
    }

    [Fact]
    public void A_country_after_a_place_and_a_comma_only_says_where_the_place_is()
    {
        var movement = Assert.Single(Read("en", "Some 500 Romanian soldiers will move from Izium, Ukraine, to Odesa."));
        Assert.Equal("RO", movement.ActorCountry);
        Assert.Equal((Izium, Odesa), (movement.Origin, movement.Destination));
    }

    [Theory]
    [InlineData("en", "Poland sent 200 soldiers to Constanța on Monday. Japan moved 300 soldiers there on Tuesday.")]
    [InlineData("en", "Poland sent 200 soldiers to Constanța on Monday. Japan moved 300 soldiers to the area on Tuesday.")]
    [InlineData("fr", "La Pologne a envoyé 200 soldats à Constanța lundi. Le Japon a déployé 300 soldats dans la zone mardi.")]
    [InlineData("es", "Polonia envió 200 soldados a Constanța el lunes. Japón desplegó 300 soldados en la zona el martes.")]
    [InlineData("it", "La Polonia ha inviato 200 soldati a Constanța lunedì. Il Giappone ha schierato 300 soldati nella zona martedì.")]
    public void A_back_reference_is_the_place_named_before(string lang, string text)
    {
        var japanese = Assert.Single(Read(lang, text), m => m.ActorCountry == "JP");
        Assert.Equal(Constanta, japanese.Destination);
        Assert.Equal(300, japanese.Strength!.Min);
    }

    [Theory]
    [InlineData("es", "Unos 300 soldados españoles llegaron a Constanța.", "ES")]
    [InlineData("it", "Circa 300 militari italiani sono arrivati a Constanța.", "IT")]
    [InlineData("it", "La fregata della Marina militare è salpata da Odessa verso Constanța.", "IT")]
    [InlineData("fr", "L'armée de Terre a acheminé 300 soldats vers Constanța.", "FR")]
    [InlineData("de", "Rund 300 US-Soldaten sind nach Constanța verlegt worden.", "US")]
    public void A_force_is_named_by_its_demonym_or_its_service(string lang, string text, string country)
    {
        Assert.Equal(country, Assert.Single(Read(lang, text)).ActorCountry);
    }

    [Fact]
    public void An_actor_named_after_the_verb_by_a_demonym_on_a_vehicle_is_not_the_mover()
    {
        var movements = Read("en", "Poland sent 200 soldiers to Odesa. The soldiers were ferried from Odesa to Constanța aboard Japanese ships.");
        Assert.All(movements, m => Assert.Equal("PL", m.ActorCountry));
    }

    [Theory]
    [InlineData("en", "Poland moved 200 soldiers to Constanța last Tuesday.", 11)]
    [InlineData("fr", "La Pologne a envoyé 200 soldats à Constanța mardi dernier.", 11)]
    [InlineData("es", "Polonia envió el pasado martes 200 soldados a Constanța.", 11)]
    [InlineData("it", "La Polonia ha inviato martedì scorso 200 soldati a Constanța.", 11)]
    [InlineData("de", "Polen hat am vergangenen Dienstag 200 Soldaten nach Constanța verlegt.", 11)]
    public void A_past_weekday_is_read_in_each_language(string lang, string text, int day)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(new DateTimeOffset(2025, 3, day, 0, 0, 0, TimeSpan.Zero), movement.Period.Start);
    }

    [Theory]
    [InlineData("en", "The last Polish soldiers in Constanța withdrew on Friday.")]
    [InlineData("fr", "Les derniers soldats polonais présents à Constanța se sont retirés vendredi.")]
    [InlineData("fr", "Les derniers soldats polonais présents en Roumanie ont quitté le pays vendredi.")]
    public void In_a_withdrawal_a_place_before_the_verb_is_what_the_troops_leave(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(MovementKind.Withdrawal, movement.Kind);
        Assert.Null(movement.Destination);
        Assert.Equal("RO", movement.Origin!.CountryCode);
    }

    [Theory]
    [InlineData("en", "Poland sent a frigate to Odesa, which will return to Constanța in April.")]
    public void A_relative_clause_without_a_force_is_about_the_force_before_it(string lang, string text)
    {
        var movements = Read(lang, text);
        Assert.Contains(movements, m => m.ActorCountry == "PL" && m.Destination == Constanta);
    }

    [Theory]
    [InlineData("en", "The Ukrainian president demanded the withdrawal of all Polish troops from Constanța.")]
    [InlineData("fr", "Le président ukrainien a réclamé le retrait des forces polonaises de Constanța.")]
    [InlineData("de", "Der ukrainische Präsident forderte den Abzug der polnischen Truppen aus Constanța.")]
    public void A_demand_for_a_withdrawal_is_not_a_movement(string lang, string text)
    {
        Assert.Empty(Read(lang, text));
    }

    [Fact]
    public void Where_the_source_sits_is_not_on_the_route()
    {
        var movement = Assert.Single(Read("de", "Rund 300 polnische Soldaten sind nach Angaben des Generalstabs in Odessa bis nach Constanța vorgedrungen."));
        Assert.Equal((null, Constanta), (movement.Origin, movement.Destination));
    }

    [Theory]
    [InlineData("fr", "Les soldats polonais se replient vers l'ouest de l'Ukraine.")]
    [InlineData("es", "Las tropas polacas se retiraron hacia el oeste de Ucrania.")]
    public void A_compass_part_of_a_country_is_that_country(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal("UA", movement.Destination!.CountryCode);
    }

    [Theory]
    [InlineData("en", "About 800 Polish soldiers deployed to Constanța remain there.")]
    [InlineData("it", "Il contingente polacco, circa 800 militari, resta schierato a Constanța.")]
    [InlineData("es", "Unos 400 soldados polacos desplegados en Constanța han muerto o resultado heridos.")]
    [InlineData("fr", "Quelque 400 soldats polonais déployés à Constanța ont été tués.")]
    public void Presence_and_losses_are_not_movements_even_with_a_movement_word(string lang, string text)
    {
        Assert.Empty(Read(lang, text));
    }

    [Theory]
    [InlineData("en", "Several hundred Polish soldiers, who had trained beside the Romanian army, withdrew from Constanța to Odesa.")]
    [InlineData("es", "Varios cientos de soldados polacos, que se entrenaron junto al ejército rumano, se retiraron de Constanța a Odesa.")]
    [InlineData("it", "Alcune centinaia di soldati polacchi, che si erano addestrati con l'esercito romeno, si sono ritirati da Constanța a Odessa.")]
    [InlineData("fr", "Plusieurs centaines de soldats polonais, qui s'entraînaient avec l'armée roumaine, se sont retirés de Constanța vers Odessa.")]
    public void A_relative_clause_between_commas_leaves_the_subject_to_the_main_verb(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal("PL", movement.ActorCountry);
        Assert.Equal((Constanta, Odesa), (movement.Origin, movement.Destination));
    }

    [Fact]
    public void The_tense_and_date_of_an_embedded_relative_clause_are_not_the_movement_s()
    {
        var movement = Assert.Single(Read("fr", "Les chars roumains, qui ont été livrés en janvier, doivent être acheminés de Constanța à Odessa."));
        Assert.Equal(MovementStatus.Planned, movement.Status);
        Assert.Equal(Core.Time.TimePrecision.Unknown, movement.Period.Precision);
        Assert.Equal((Constanta, Odesa), (movement.Origin, movement.Destination));
    }
}
