using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: a place fronted before the clause and a comma is no head of an apposition that swallows the clause; a place a
/// verb of passing leads into, with a later place the troops go on to, is on the way; a point of the compass after a place
/// noun ("la provincia meridional de X") keeps the noun's role for the name; troops of several countries named together are a
/// multinational force; an escort ("accompanied by …") is not the mover; leaving a country and, told next, leaving a place in it
/// are one withdrawal.
/// </summary>
public class FrontedPlaceAndTransitTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Mombasa = new() { GeonameId = 186301, Name = "Mombasa", CountryCode = "KE", FeatureCode = "PPLA", Lon = 39.66, Lat = -4.05 };
    private static readonly Place Kenya = new() { GeonameId = 192950, Name = "Kenya", CountryCode = "KE", Kind = PlaceKind.Country, FeatureCode = "PCLI", Lon = 38, Lat = 1 };
    private static readonly Place Uganda = new() { GeonameId = 226074, Name = "Uganda", CountryCode = "UG", Kind = PlaceKind.Country, FeatureCode = "PCLI", Lon = 32, Lat = 2 };
    private static readonly Place Rwanda = new() { GeonameId = 49518, Name = "Rwanda", CountryCode = "RW", Kind = PlaceKind.Country, FeatureCode = "PCLI", Lon = 30, Lat = -2 };
    private static readonly Place Turkana = new() { GeonameId = 7668902, Name = "Turkana", CountryCode = "KE", Kind = PlaceKind.Region, FeatureCode = "ADM1", Lon = 35.6, Lat = 3.3 };

    private static readonly (string, Place)[] Places =
    [
        ("Mombasa", Mombasa), ("Kenia", Kenya), ("Kenya", Kenya), ("Uganda", Uganda), ("Ouganda", Uganda), ("Ruanda", Rwanda), ("Rwanda", Rwanda),
        ("Turkana", Turkana),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("es", "Desde el puerto de Mombasa, los 300 soldados ugandeses serán trasladados por carretera a Uganda, según el ejército.")]
    [InlineData("fr", "Depuis le port de Mombasa, les 300 soldats ougandais seront acheminés par la route vers l'Ouganda, selon l'armée.")]
    [InlineData("en", "From the port of Mombasa, the 300 Ugandan soldiers will be moved by road to Uganda, the army said.")]
    public void A_fronted_place_and_a_comma_do_not_hide_the_clause(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((Mombasa, Uganda), (movement.Origin, movement.Destination));
    }

    [Theory]
    [InlineData("es", "Un convoy con 300 soldados salió de Mombasa, cruzó a Uganda por la frontera y continuará por carretera hasta Ruanda.")]
    [InlineData("en", "A convoy with 300 soldiers left Mombasa, crossed into Uganda at dawn and will continue by road to Rwanda.")]
    public void A_country_crossed_on_the_way_is_no_destination(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Rwanda, movement.Destination);
        Assert.Contains(Uganda, movement.Via);
    }

    [Theory]
    [InlineData("es", "El ejército de Kenia trasladó 400 soldados a la provincia septentrional de Turkana.")]
    [InlineData("it", "L'esercito del Kenya ha trasferito 400 soldati nella provincia settentrionale di Turkana.")]
    [InlineData("fr", "L'armée du Kenya a transféré 400 soldats dans la province septentrionale de Turkana.")]
    public void A_point_of_the_compass_after_a_place_noun_keeps_its_role(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Turkana, movement.Destination);
        Assert.Null(movement.Origin);
    }

    [Theory]
    [InlineData("es", "La misión de la SADC comenzó su retirada de Kenia. Un convoy con 400 soldados sudafricanos, tanzanos y malauíes salió de Mombasa hacia Uganda.")]
    [InlineData("fr", "La mission de la SADC a commencé son retrait du Kenya. Un convoi de 400 soldats sud-africains, tanzaniens et malawites a quitté Mombasa pour l'Ouganda.")]
    public void Troops_of_several_countries_named_together_are_the_mission_s(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text), m => m.Strength is { Min: 400 });
        Assert.Equal("SAMIDRC", movement.Actor);
    }

    [Theory]
    [InlineData("es", "Un convoy con 400 soldados sudafricanos salió de Mombasa hacia Uganda.")]
    [InlineData("en", "A convoy with 400 South African soldiers left Mombasa for Uganda.")]
    public void Troops_of_one_country_are_that_country_s(string lang, string text)
    {
        Assert.Equal("ZA", Assert.Single(Read(lang, text)).ActorCountry);
    }

    [Theory]
    [InlineData("en", "A column of French troops, accompanied by British special forces, is advancing from Mombasa towards Uganda.")]
    [InlineData("es", "Una columna de tropas francesas, acompañada de fuerzas especiales británicas, avanza desde Mombasa hacia Uganda.")]
    [InlineData("fr", "Une colonne de troupes françaises, accompagnée de forces spéciales britanniques, progresse de Mombasa vers l'Ouganda.")]
    public void An_escort_is_not_the_mover(string lang, string text)
    {
        Assert.Equal("FR", Assert.Single(Read(lang, text)).ActorCountry);
    }

    [Theory]
    [InlineData("es", "La misión de la SADC comenzó el martes su retirada de Kenia. Un primer convoy con 400 soldados de la misión salió de Mombasa hacia Uganda.")]
    [InlineData("en", "The SADC mission began its withdrawal from Kenya on Tuesday. A first convoy of 400 of the mission's soldiers left Mombasa for Uganda.")]
    public void Leaving_a_country_and_leaving_a_place_in_it_are_one_withdrawal(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((Mombasa, Uganda), (movement.Origin, movement.Destination));
    }
}
