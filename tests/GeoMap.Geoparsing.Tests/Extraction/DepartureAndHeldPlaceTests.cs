using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10 (en, fr, de, es, it): a force that left a place set out from it, and is on its way until an arrival is told; a place
/// that qualifies the force before its verb is where it was; "from the outskirts of" a place is from that place; "that" before a
/// verb opens a relative clause; a vehicle named again refers back to the transport just told.
/// </summary>
public class DepartureAndHeldPlaceTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 11, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Toulon = new() { GeonameId = 2972328, Name = "Toulon", CountryCode = "FR", FeatureCode = "PPLA2", Lon = 5.93, Lat = 43.12 };
    private static readonly Place Istres = new() { GeonameId = 3012649, Name = "Istres", CountryCode = "FR", FeatureCode = "PPLA3", Lon = 4.99, Lat = 43.51 };
    private static readonly Place Gao = new() { GeonameId = 2457163, Name = "Gao", CountryCode = "ML", FeatureCode = "PPLA", Lon = -0.04, Lat = 16.27 };
    private static readonly Place Kherson = new() { GeonameId = 706448, Name = "Kherson", CountryCode = "UA", FeatureCode = "PPLA", Lon = 32.62, Lat = 46.64 };
    private static readonly Place Mykolaiv = new() { GeonameId = 700569, Name = "Mykolaiv", CountryCode = "UA", FeatureCode = "PPLA", Lon = 31.99, Lat = 46.97 };
    private static readonly Place Odesa = new() { GeonameId = 698740, Name = "Odesa", CountryCode = "UA", FeatureCode = "PPLA", Lon = 30.73, Lat = 46.48 };

    private static readonly (string, Place)[] Places =
        [("Toulon", Toulon), ("Istres", Istres), ("Gao", Gao), ("Kherson", Kherson), ("Cherson", Kherson), ("Jersón", Kherson),
         ("Mykolaiv", Mykolaiv), ("Mykolajiw", Mykolaiv), ("Mikolaiv", Mykolaiv), ("Odesa", Odesa), ("Odessa", Odesa)];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    // A verb of leaving makes a "de" that alone says too little the place left, with the destination only in the next sentence.
    [InlineData("fr", "Un avion transportant 120 soldats français a décollé mardi de la base aérienne de Gao. Ils devaient se poser à Istres.")]
    [InlineData("es", "Un avión con 120 soldados franceses despegó el martes de la base aérea de Gao. Los soldados llegarán a Istres por la noche.")]
    public void A_verb_of_leaving_gives_the_place_left_as_the_origin(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Gao, movement.Origin);
        Assert.Equal(Istres, movement.Destination);
    }

    [Theory]
    [InlineData("fr", "La frégate française Provence a appareillé mardi de Toulon pour Gao.", MovementStatus.UnderWay)]
    [InlineData("en", "The French frigate Provence left Toulon on Tuesday for Gao.", MovementStatus.UnderWay)]
    [InlineData("it", "È salpata martedì da Toulon la nave francese che porterà a Gao 200 soldati.", MovementStatus.UnderWay)]
    // An arrival told beside the departure ends the way; a departure told for later is a plan.
    [InlineData("en", "The French frigate Provence left Toulon on Tuesday and reached Gao on Thursday.", MovementStatus.Completed)]
    [InlineData("es", "Una columna de 300 soldados franceses partió el martes de Toulon y alcanzó Gao el jueves.", MovementStatus.Completed)]
    [InlineData("fr", "La frégate française Provence quittera Toulon mardi pour Gao.", MovementStatus.Planned)]
    public void A_force_that_set_out_for_a_place_is_on_its_way_until_it_arrives(string lang, string text, MovementStatus status)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Toulon, movement.Origin);
        Assert.Equal(Gao, movement.Destination);
        Assert.Equal(status, movement.Status);
    }

    [Theory]
    [InlineData("de", "Ein erster Konvoi mit 300 französischen Soldaten verließ am Montag den Stützpunkt Toulon. Die Kolonne soll über Istres nach Gao fahren.")]
    [InlineData("fr", "Un premier convoi de 300 soldats français a quitté lundi la base de Toulon. Ils doivent rejoindre Gao d'ici dix jours.")]
    public void A_departure_and_the_way_still_ahead_in_the_next_sentence_are_one_movement_under_way(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Toulon, movement.Origin);
        Assert.Equal(Gao, movement.Destination);
        Assert.Equal(MovementStatus.UnderWay, movement.Status);
    }

    [Theory]
    [InlineData("en", "A column of 300 French soldiers left Toulon on Monday for Gao. The column reached Gao on Tuesday.")]
    [InlineData("fr", "Une colonne de 300 soldats français a quitté lundi la base de Toulon pour Gao. Ils ont rejoint Gao mardi.")]
    public void A_force_on_its_way_then_told_as_arrived_is_one_movement_done(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Toulon, movement.Origin);
        Assert.Equal(MovementStatus.Completed, movement.Status);
    }

    [Theory]
    [InlineData("fr", "Plusieurs brigades ukrainiennes jusque-là engagées dans la région de Kherson ont été redéployées vers Odessa.")]
    [InlineData("en", "Ukrainian brigades in Kherson were moved to Odesa on Monday.")]
    [InlineData("it", "La brigata ucraina, fino a maggio impegnata nel settore di Kherson, è stata trasferita in treno nella regione di Odessa.")]
    [InlineData("es", "Las brigadas ucranianas en Jersón fueron trasladadas a Odesa el lunes.")]
    public void A_place_that_qualifies_the_force_before_its_verb_is_where_it_was(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Kherson, movement.Origin);
        Assert.Equal(Odesa, movement.Destination);
    }

    [Theory]
    [InlineData("fr", "Les soldats ukrainiens se sont repliés des environs de Kherson vers Odessa.")]
    [InlineData("en", "Ukrainian soldiers pulled back from the outskirts of Kherson to Odesa.")]
    [InlineData("es", "Los soldados ucranianos se replegaron de los alrededores de Jersón hacia Odesa.")]
    [InlineData("it", "I soldati ucraini si sono ritirati dai dintorni di Kherson verso Odessa.")]
    [InlineData("de", "Die ukrainischen Soldaten zogen sich aus der Umgebung von Cherson nach Odessa zurück.")]
    public void From_the_surroundings_of_a_place_is_from_that_place(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Kherson, movement.Origin);
        Assert.Equal(Odesa, movement.Destination);
    }

    [Theory]
    // A weekday and a part of the day between the verb and its object: "lundi soir" is one time.
    [InlineData("fr", "Les premiers trains chargés de blindés français ont quitté lundi soir la base de Toulon pour Gao.")]
    [InlineData("it", "I primi treni con 300 soldati francesi hanno lasciato lunedì sera la base di Toulon per Gao.")]
    public void A_time_between_a_verb_of_leaving_and_its_object_keeps_the_place_left(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Toulon, movement.Origin);
    }

    [Theory]
    [InlineData("fr", "Les soldats ukrainiens ont été retirés de la première ligne dans la région de Kherson.")]
    [InlineData("it", "I soldati ucraini sono stati ritirati dalla prima linea nella regione di Kherson.")]
    [InlineData("en", "Ukrainian soldiers were withdrawn from the front line in the Kherson region.")]
    public void A_withdrawal_from_the_front_line_in_a_region_leaves_that_region(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Kherson, movement.Origin);
    }

    [Fact]
    public void A_journey_told_in_the_pluperfect_is_done_whatever_happened_on_the_way()
    {
        var movement = Assert.Single(Read("fr", "Les derniers soldats ukrainiens avaient rejoint Odessa par la route, leur convoi essuyant des tirs en chemin."));
        Assert.Equal(MovementStatus.Completed, movement.Status);
    }

    [Fact]
    public void A_withdrawal_from_a_place_is_one_whatever_participle_comes_first()
    {
        var movement = Assert.Single(Read("it", "Le truppe ucraine inviate a combattere al fianco degli alleati sono state ritirate dalla prima linea nella regione di Kherson."));
        Assert.Equal(MovementKind.Withdrawal, movement.Kind);
        Assert.Equal(Kherson, movement.Origin);
    }

    [Fact]
    public void That_before_a_verb_opens_a_relative_clause_whose_plan_is_not_the_movements()
    {
        var movement = Assert.Single(Read("en", "Kyiv has sent two brigades to Odesa for drills that are due to begin on June 20."));
        Assert.Equal(MovementStatus.Completed, movement.Status);
        Assert.Equal(Odesa, movement.Destination);
    }

    [Fact]
    public void That_after_a_reporting_verb_opens_no_clause()
    {
        var movement = Assert.Single(Read("en", "Officials said that 2,000 Ukrainian soldiers will move to Odesa next week."));
        Assert.Equal(MovementStatus.Planned, movement.Status);
    }

    [Theory]
    [InlineData("de", "Am Montag traf ein Transportzug mit 200 ukrainischen Soldaten in Odessa ein. Der Zug war am Freitag in Mykolajiw gestartet.")]
    [InlineData("en", "A train with 200 Ukrainian soldiers arrived in Odesa on Monday. The train had left Mykolaiv on Friday.")]
    public void A_vehicle_named_again_refers_back_to_the_transport(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Mykolaiv, movement.Origin);
        Assert.Equal(Odesa, movement.Destination);
    }
}
