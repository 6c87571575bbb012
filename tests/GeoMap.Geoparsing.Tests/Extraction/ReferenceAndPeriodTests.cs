using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: a back-reference stands for a place of the kind it names; a later, finer date refines a movement's period only
/// inside it; the owner in a genitive before the verb and a ship's hull prefix name the mover.
/// </summary>
public class ReferenceAndPeriodTests
{
    private static readonly DateTimeOffset Published = new(2025, 3, 14, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Dobruja = new() { GeonameId = 1, Name = "Dobruja", CountryCode = "RO", Kind = PlaceKind.Region, Lon = 28.3, Lat = 44.4 };
    private static readonly Place Bulgaria = new() { GeonameId = 732800, Name = "Bulgaria", CountryCode = "BG", Kind = PlaceKind.Country, Lon = 25, Lat = 43 };
    private static readonly Place Constanta = new() { GeonameId = 680963, Name = "Constanța", CountryCode = "RO", Lon = 28.63, Lat = 44.18 };
    private static readonly Place Odesa = new() { GeonameId = 698740, Name = "Odesa", CountryCode = "UA", Lon = 30.73, Lat = 46.48 };

    private static readonly (string, Place)[] Places =
    [
        ("Dobruja", Dobruja), ("Dobroudja", Dobruja), ("Dobrugia", Dobruja), ("Dobrudscha", Dobruja),
        ("Bulgaria", Bulgaria), ("Bulgarie", Bulgaria), ("Bulgarien", Bulgaria),
        ("Constanța", Constanta), ("Odesa", Odesa), ("Odessa", Odesa),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("en", "About 500 Romanian soldiers were sent to Dobruja, on the border with Bulgaria. The first units arrived in that region on Monday.")]
    [InlineData("fr", "Environ 500 soldats roumains ont été envoyés en Dobroudja, à la frontière avec la Bulgarie. Les premières unités sont arrivées lundi dans cette région.")]
    [InlineData("es", "Unos 500 soldados rumanos fueron enviados a Dobruja, en la frontera con Bulgaria. Las primeras unidades llegaron el lunes a esa región.")]
    [InlineData("it", "Circa 500 soldati romeni sono stati inviati in Dobrugia, al confine con la Bulgaria. Le prime unità sono arrivate lunedì in quella regione.")]
    [InlineData("de", "Rund 500 rumänische Soldaten wurden in die Dobrudscha verlegt, an der Grenze zu Bulgarien. Die ersten Einheiten kamen am Montag in dieser Region an.")]
    public void That_region_is_the_latest_region_named_not_the_country_after_it(string lang, string text)
    {
        var movements = Read(lang, text);
        Assert.NotEmpty(movements);
        Assert.All(movements, m => Assert.Equal(Dobruja, m.Destination));
    }

    [Theory]
    [InlineData("en", "In late February, 400 Romanian soldiers left Constanța for Odesa. The battalion's commander met Ukrainian officers in Odesa on 10 March.")]
    [InlineData("fr", "Fin février, 400 soldats roumains ont quitté Constanța pour Odessa. Le commandant du bataillon a rencontré des officiers ukrainiens à Odessa le 10 mars.")]
    public void A_later_day_outside_the_movement_s_period_does_not_replace_it(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Odesa, movement.Destination);
        Assert.Equal(new DateTimeOffset(2025, 2, 21, 0, 0, 0, TimeSpan.Zero), movement.Period.Start);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), movement.Period.End);
    }

    [Fact]
    public void A_day_inside_the_movement_s_period_refines_it()
    {
        var movement = Assert.Single(Read("en", "In late February, 400 Romanian soldiers left Constanța for Odesa. The battalion reached Odesa on 26 February."));
        Assert.Equal(new DateTimeOffset(2025, 2, 26, 0, 0, 0, TimeSpan.Zero), movement.Period.Start);
    }

    [Theory]
    // The destination is in the state's own country: a state sending its troops abroad would send them from home.
    [InlineData("es", "El ministro de Defensa de Rumania ordenó el envío de 300 soldados a Constanța.")]
    [InlineData("it", "Il ministro della Difesa della Romania ha ordinato l'invio di 300 soldati a Constanța.")]
    [InlineData("fr", "Le ministre de la Défense de la Roumanie a ordonné l'envoi de 300 soldats à Constanța.")]
    public void The_owner_of_the_subject_is_the_mover_not_an_origin(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal("RO", movement.ActorCountry);
        Assert.Null(movement.Origin);
        Assert.Equal(Constanta, movement.Destination);
    }

    [Theory]
    [InlineData("en", "The destroyer USS Example sailed from Constanța to Odesa on Tuesday.")]
    [InlineData("fr", "Le destroyer HMS Exemple a appareillé mardi de Constanța pour Odessa.")]
    public void A_ship_s_hull_prefix_names_its_navy(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(lang == "en" ? "US" : "GB", movement.ActorCountry);
        Assert.Equal((Constanta, Odesa), (movement.Origin, movement.Destination));
    }
}
