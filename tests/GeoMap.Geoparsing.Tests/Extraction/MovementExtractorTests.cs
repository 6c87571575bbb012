using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Time;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

public class MovementExtractorTests
{
    private static readonly DateTimeOffset Published = new(2024, 10, 18, 9, 0, 0, TimeSpan.Zero);

    private static ReportAnalyzer Analyzer(params (string, Place)[] places) =>
        new(Fixtures.Curated, new HandMentionFinder([.. places, ("Russie", Fixtures.Country("RU")), ("Russia", Fixtures.Country("RU")), ("Ukraine", Fixtures.Country("UA"))]));

    private static Movement Single(string lang, string text, params (string, Place)[] places)
    {
        var result = Analyzer(places).Analyze(text, Published, lang);
        return Assert.Single(result.Movements);
    }

    [Theory]
    [InlineData("fr", "Pyongyang aurait décidé d'envoyer 12 000 soldats en Russie.", MovementStatus.Planned)]
    [InlineData("en", "North Korea has decided to send 12,000 soldiers to Russia.", MovementStatus.Planned)]
    [InlineData("en", "North Korea will deploy 12,000 soldiers to Russia.", MovementStatus.Planned)]
    [InlineData("fr", "La Corée du Nord prévoit d'envoyer 12 000 soldats en Russie.", MovementStatus.Planned)]
    [InlineData("en", "North Korea plans to send 12,000 troops to Russia.", MovementStatus.Planned)]
    [InlineData("fr", "12 000 soldats nord-coréens sont en route vers la Russie.", MovementStatus.UnderWay)]
    [InlineData("en", "12,000 North Korean troops are being moved to Russia.", MovementStatus.UnderWay)]
    [InlineData("fr", "Le transfert de 12 000 soldats nord-coréens vers la Russie est en cours.", MovementStatus.UnderWay)]
    [InlineData("fr", "12 000 soldats nord-coréens ont été déployés en Russie.", MovementStatus.Completed)]
    [InlineData("en", "12,000 North Korean soldiers have been moved to Russia.", MovementStatus.Completed)]
    [InlineData("en", "12,000 North Korean soldiers arrived in Russia.", MovementStatus.Completed)]
    public void Reads_the_status(string lang, string text, MovementStatus status)
    {
        var movement = Single(lang, text);
        Assert.Equal(status, movement.Status);
        Assert.Equal("KP", movement.ActorCountry);
        Assert.Equal(12000, movement.Strength!.Min);
        Assert.Equal("RU", movement.Destination!.CountryCode);
    }

    [Theory]
    [InlineData("en", "North Korea sent 3,000 troops to Kursk.", "KP")]
    [InlineData("es", "Corea del Norte envió 3.000 soldados a Kursk.", "KP")]
    [InlineData("fr", "La Corée du Nord a envoyé 3 000 soldats à Koursk.", "KP")]
    [InlineData("en", "North Korean troops were sent to Kursk.", null)]
    [InlineData("en", "Russia sent 3,000 troops to Kursk.", null)]
    [InlineData("en", "North Korea sent 3,000 troops from Vladivostok to Kursk.", "RU")]
    public void A_state_that_sends_its_troops_abroad_sends_them_from_home_unless_the_report_says_whence(string lang, string text, string? origin)
    {
        var movement = Single(lang, text, ("Kursk", Fixtures.Kursk), ("Koursk", Fixtures.Kursk), ("Vladivostok", Fixtures.Vladivostok));
        Assert.Equal(Fixtures.Kursk, movement.Destination);
        Assert.Equal(origin, movement.Origin?.CountryCode);
        Assert.Equal(origin == "RU", movement.Origin == Fixtures.Vladivostok);
    }

    [Fact]
    public void A_place_reached_in_the_country_a_movement_under_way_goes_to_is_how_far_it_has_got()
    {
        var movement = Single("en", "Russian troops began arriving in Belarus on Monday. The first units reached Brest on Tuesday.",
            ("Belarus", Fixtures.Country("BY")), ("Brest", Fixtures.Brest));
        Assert.Equal(Fixtures.Brest, movement.Destination);
        Assert.Equal(MovementStatus.UnderWay, movement.Status);
    }

    [Theory]
    [InlineData("en", "1,500 North Korean troops were moved to Vladivostok by transport ship.", TransportMode.Sea)]
    [InlineData("en", "1,500 North Korean troops were moved to Vladivostok aboard a landing ship.", TransportMode.Sea)]
    [InlineData("fr", "1 500 soldats nord-coréens ont été acheminés par bateau vers Vladivostok.", TransportMode.Sea)]
    [InlineData("fr", "1 500 soldats nord-coréens ont été transférés par train vers Vladivostok.", TransportMode.Rail)]
    [InlineData("en", "1,500 North Korean troops were sent to Vladivostok by rail.", TransportMode.Rail)]
    [InlineData("fr", "1 500 soldats nord-coréens ont été transportés en avion vers Vladivostok.", TransportMode.Air)]
    [InlineData("en", "1,500 North Korean troops were airlifted to Vladivostok.", TransportMode.Air)]
    [InlineData("fr", "Un pont aérien a permis d'acheminer 1 500 soldats nord-coréens vers Vladivostok hier.", TransportMode.Air)]
    [InlineData("en", "1,500 North Korean troops were sent to Vladivostok in trucks.", TransportMode.Road)]
    [InlineData("fr", "Un convoi de camions a déployé 1 500 soldats nord-coréens vers Vladivostok.", TransportMode.Road)]
    public void Reads_the_transport_mode(string lang, string text, TransportMode mode)
    {
        var movement = Single(lang, text, ("Vladivostok", Fixtures.Vladivostok));
        Assert.Equal(mode, movement.Mode);
        Assert.Equal(Fixtures.Vladivostok, movement.Destination);
    }

    [Theory]
    [InlineData("en", "According to the NIS, 1,500 North Korean soldiers arrived in Russia.", "NIS", "KR")]
    [InlineData("fr", "D'après l'agence de renseignement sud-coréenne, 1 500 soldats nord-coréens sont arrivés en Russie.", "NIS", "KR")]
    [InlineData("en", "South Korean intelligence said 1,500 North Korean soldiers arrived in Russia.", "NIS", "KR")]
    [InlineData("fr", "Selon le Kremlin, 1 500 soldats nord-coréens sont arrivés en Russie.", "Kremlin", "RU")]
    [InlineData("fr", "Le NIS a déclaré que 1 500 soldats nord-coréens sont arrivés en Russie.", "NIS", "KR")]
    [InlineData("en", "Ukraine's military intelligence said 1,500 North Korean soldiers arrived in Russia.", "HUR", "UA")]
    public void Reads_the_source(string lang, string text, string source, string country)
    {
        var movement = Single(lang, text);
        Assert.Equal(new Attribution(source, country), movement.Source);
        Assert.Equal("KP", movement.ActorCountry);
    }

    [Fact]
    public void A_source_carries_over_to_the_next_sentences()
    {
        var text = "The NIS said on Friday that Pyongyang had made its choice. It also said 1,500 North Korean soldiers arrived in Russia.";
        var movement = Single("en", text);
        Assert.Equal("NIS", movement.Source!.Name);
    }

    [Theory]
    [InlineData("fr", "Des forces spéciales nord-coréennes ont été déployées à Koursk.", "special forces")]
    [InlineData("en", "North Korean special forces were deployed to Kursk.", "special forces")]
    [InlineData("en", "Russian marines were deployed to Kursk.", "marines")]
    [InlineData("fr", "Des fusiliers marins russes ont été déployés à Koursk.", "marines")]
    [InlineData("fr", "Des parachutistes russes ont été déployés à Koursk.", "paratroopers")]
    [InlineData("en", "Russian paratroopers were deployed to Kursk.", "paratroopers")]
    [InlineData("en", "A Russian battalion was moved to Kursk.", "battalion")]
    [InlineData("fr", "Une brigade russe a été déployée à Koursk.", "brigade")]
    public void Reads_the_unit_without_a_count(string lang, string text, string unit)
    {
        var movement = Single(lang, text, ("Koursk", Fixtures.Kursk), ("Kursk", Fixtures.Kursk));
        Assert.Equal(unit, movement.Unit);
        Assert.Null(movement.Strength);
        Assert.Equal(Fixtures.Kursk, movement.Destination);
    }

    [Theory]
    [InlineData("en", "Belarusian troops moved from Minsk to Brest by train.", "BY")]
    [InlineData("fr", "Des soldats biélorusses ont été transférés depuis Minsk vers Brest par train.", "BY")]
    [InlineData("en", "Wagner fighters were moved from Minsk to Brest in trucks.", "RU")]
    public void Reads_origin_destination_and_actor(string lang, string text, string country)
    {
        var movement = Single(lang, text, ("Minsk", Fixtures.Minsk), ("Brest", Fixtures.Brest));
        Assert.Equal(Fixtures.Minsk, movement.Origin);
        Assert.Equal(Fixtures.Brest, movement.Destination);
        Assert.Equal(country, movement.ActorCountry);
    }

    [Theory]
    [InlineData("en", "3,000 Russian marines sailed from Novorossiysk via Sevastopol to Tartus by landing ship.")]
    [InlineData("fr", "3 000 fusiliers marins russes ont été acheminés de Novorossiysk à Tartous en passant par Sébastopol.")]
    public void Reads_the_way_through(string lang, string text)
    {
        var movement = Single(lang, text, ("Novorossiysk", Fixtures.Novorossiysk), ("Sevastopol", Fixtures.Sevastopol),
            ("Sébastopol", Fixtures.Sevastopol), ("Tartus", Fixtures.Tartus), ("Tartous", Fixtures.Tartus));
        Assert.Equal(Fixtures.Novorossiysk, movement.Origin);
        Assert.Equal([Fixtures.Sevastopol], movement.Via);
        Assert.Equal(Fixtures.Tartus, movement.Destination);
        Assert.Equal("RU", movement.ActorCountry);
    }

    [Theory]
    [InlineData("fr", "1 500 soldats nord-coréens ont été déployés à Oussouriisk, près de Vladivostok.")]
    [InlineData("en", "1,500 North Korean soldiers were deployed to a base near Vladivostok at Ussuriysk.")]
    [InlineData("en", "Near Vladivostok, 1,500 North Korean soldiers were deployed at Ussuriysk.")]
    public void Near_is_a_hint_not_the_destination(string lang, string text)
    {
        var movement = Single(lang, text, ("Oussouriisk", Fixtures.Ussuriysk), ("Ussuriysk", Fixtures.Ussuriysk), ("Vladivostok", Fixtures.Vladivostok));
        Assert.Equal(Fixtures.Ussuriysk, movement.Destination);
    }

    [Theory]
    [InlineData("en", "1,500 North Korean soldiers left Vladivostok by train on Monday. They arrived in Ussuriysk two days later.")]
    [InlineData("fr", "Environ 1 500 soldats nord-coréens ont quitté Vladivostok en train lundi. Ils sont arrivés à Oussouriisk deux jours plus tard.")]
    [InlineData("fr", "Environ 1 500 soldats nord-coréens ont quitté Vladivostok en train lundi. Ces soldats sont arrivés à Oussouriisk mercredi.")]
    public void A_pronoun_subject_continues_the_movement_before(string lang, string text)
    {
        var movement = Single(lang, text, ("Oussouriisk", Fixtures.Ussuriysk), ("Ussuriysk", Fixtures.Ussuriysk), ("Vladivostok", Fixtures.Vladivostok));
        Assert.Equal((Fixtures.Vladivostok, Fixtures.Ussuriysk), (movement.Origin, movement.Destination));
        Assert.Equal(1500, movement.Strength!.Min);
    }

    [Fact]
    public void Near_alone_gives_an_approximate_destination_with_less_confidence()
    {
        var near = Single("en", "About 200 Iranian military advisers were deployed near Kursk.", ("Kursk", Fixtures.Kursk));
        var at = Single("en", "About 200 Iranian military advisers were deployed in Kursk.", ("Kursk", Fixtures.Kursk));
        Assert.Equal(Fixtures.Kursk, near.Destination);
        Assert.Equal(("IR", "military advisers"), (near.ActorCountry, near.Unit));
        Assert.True(near.Confidence < at.Confidence);
    }

    [Theory]
    [InlineData("fr", "Pyongyang a envoyé 10 000 soldats sur le front ukrainien.", "UA")]
    [InlineData("en", "Pyongyang sent 10,000 soldiers to the Ukrainian front.", "UA")]
    public void A_front_named_by_a_demonym_is_the_destination(string lang, string text, string country)
    {
        var movement = Single(lang, text);
        Assert.Equal(country, movement.Destination!.CountryCode);
        Assert.Equal("KP", movement.ActorCountry);
    }

    [Theory]
    [InlineData("en", "1,500 North Korean soldiers arrived in Russia.")]
    [InlineData("fr", "1 500 soldats nord-coréens sont arrivés en Russie.")]
    [InlineData("de", "1500 nordkoreanische Soldaten sind nach Russland verlegt worden.")]
    public void No_period_is_invented_when_the_text_gives_none(string lang, string text)
    {
        var movement = Single(lang, text, ("Russland", Fixtures.Country("RU")));
        Assert.Equal(Period.Unbounded, movement.Period);
        Assert.Null(movement.Period.Start);
        Assert.Null(movement.Period.End);
    }

    [Theory]
    [InlineData("en", "The NIS said on Friday that 1,500 North Korean soldiers arrived in Russia.")]
    [InlineData("fr", "Le NIS a déclaré vendredi que 1 500 soldats nord-coréens sont arrivés en Russie.")]
    public void The_day_of_a_statement_is_not_the_day_of_the_movement(string lang, string text)
    {
        var movement = Single(lang, text);
        Assert.Equal(TimePrecision.Unknown, movement.Period.Precision);
    }

    [Theory]
    [InlineData("en", "North Korea will send 12,000 soldiers, including special forces, to Russia.", "soldiers")]
    [InlineData("fr", "La Corée du Nord va envoyer 12 000 soldats, dont des forces spéciales, en Russie.", "soldiers")]
    [InlineData("fr", "La Corée du Nord va envoyer 12 000 soldats des forces spéciales en Russie.", "special forces")]
    [InlineData("en", "North Korea will send 12,000 troops of the special forces to Russia.", "special forces")]
    public void A_unit_joined_by_of_names_the_same_men(string lang, string text, string unit)
    {
        Assert.Equal(unit, Single(lang, text).Unit);
    }

    [Fact]
    public void The_period_comes_from_the_sentence()
    {
        var movement = Single("en", "Between 8 and 13 October, 1,500 North Korean soldiers arrived in Russia.");
        Assert.Equal(Period.Days(new DateOnly(2024, 10, 8), new DateOnly(2024, 10, 13)), movement.Period);
    }

    [Theory]
    [InlineData("fr", "Séoul a convoqué l'ambassadeur russe pour exiger le retrait des troupes envoyées en Russie.")]
    [InlineData("en", "Seoul summoned the Russian ambassador and demanded the withdrawal of the troops sent to Russia.")]
    [InlineData("fr", "Le secrétaire général de l'Otan a dénoncé cet envoi de troupes en Ukraine.")]
    [InlineData("en", "The army grew by 12% in 2024.")]
    [InlineData("fr", "Des images satellite ont été diffusées.")]
    public void Reactions_and_other_facts_are_not_movements(string lang, string text)
    {
        var result = Analyzer().Analyze(text, Published, lang);
        Assert.Empty(result.Movements);
    }

    [Fact]
    public void The_same_movement_told_twice_is_one_movement()
    {
        var text = "1 500 soldats nord-coréens sont déjà en Russie. Ces 1 500 soldats des forces spéciales ont été déployés à Oussouriisk.";
        var result = Analyzer(("Oussouriisk", Fixtures.Ussuriysk)).Analyze(text, Published, "fr");
        var movement = Assert.Single(result.Movements);
        Assert.Equal(Fixtures.Ussuriysk, movement.Destination);
        Assert.Equal("special forces", movement.Unit);
    }

    [Fact]
    public void A_following_sentence_adds_the_vehicle_and_the_dates()
    {
        var text = "1,500 North Korean special forces were deployed to Ussuriysk. The NIS said the North Korean troops travelled on a Russian navy ship between 8 and 13 October.";
        var result = Analyzer(("Ussuriysk", Fixtures.Ussuriysk)).Analyze(text, Published, "en");
        var movement = Assert.Single(result.Movements);
        Assert.Equal(TransportMode.Sea, movement.Mode);
        Assert.Equal(Period.Days(new DateOnly(2024, 10, 8), new DateOnly(2024, 10, 13)), movement.Period);
        Assert.Equal("NIS", movement.Source!.Name);
    }

    [Theory]
    [InlineData("en", "Russia has mobilised 300,000 reservists this autumn.")]                       // a count that goes nowhere named
    [InlineData("fr", "La Russie a mobilisé 300 000 réservistes cet automne.")]
    [InlineData("en", "Some 2,000 Russian paratroopers flew in from Kursk on Monday.")]            // a deployment with only its origin
    [InlineData("de", "Rund 2000 russische Fallschirmjäger kamen am Montag aus Kursk.")]
    public void A_movement_with_nowhere_to_put_it_on_the_map_is_left_out(string lang, string text)
    {
        var result = Analyzer(("Kursk", Fixtures.Kursk)).Analyze(text, Published, lang);
        Assert.Empty(result.Movements);
    }

    [Theory]
    [InlineData("en", "Russian forces withdrew from Kursk on Monday.")]
    [InlineData("fr", "Les forces russes se sont retirées de Koursk lundi.")]
    public void A_withdrawal_is_placed_by_what_it_leaves(string lang, string text)
    {
        var result = Analyzer(("Kursk", Fixtures.Kursk), ("Koursk", Fixtures.Kursk)).Analyze(text, Published, lang);
        var movement = Assert.Single(result.Movements);
        Assert.Equal(Fixtures.Kursk, movement.Origin);
        Assert.Null(movement.Destination);
    }

    [Theory]
    [InlineData("en", "The Russian army pulled out of Kursk overnight.")]
    [InlineData("fr", "L'armée russe s'est retirée de Koursk dans la nuit.")]
    [InlineData("de", "Die russische Armee zog in der Nacht aus Kursk ab.")]
    [InlineData("es", "El ejército ruso se retiró de Kursk durante la noche.")]
    [InlineData("it", "L'esercito russo si è ritirato da Kursk durante la notte.")]
    [InlineData("en", "A Russian convoy left Kursk overnight.")]
    [InlineData("it", "Una colonna russa ha lasciato Kursk durante la notte.")]
    [InlineData("en", "A Russian patrol ship left Kursk overnight.")]
    [InlineData("es", "Un patrullero ruso abandonó Kursk durante la noche.")]
    public void An_army_a_convoy_a_column_or_a_patrol_ship_is_a_force_that_moves(string lang, string text)
    {
        var result = Analyzer(("Kursk", Fixtures.Kursk), ("Koursk", Fixtures.Kursk)).Analyze(text, Published, lang);
        var movement = Assert.Single(result.Movements);
        Assert.Equal("RU", movement.ActorCountry);
        Assert.Equal(Fixtures.Kursk, movement.Origin);
        Assert.Null(movement.Strength);
    }

    [Theory]
    [InlineData("en", "Two Russian convoys left Kursk overnight.")]
    [InlineData("en", "Russia moved three Patriot batteries to Kursk.")]
    public void A_count_of_convoys_or_batteries_is_no_head_count(string lang, string text)
    {
        var result = Analyzer(("Kursk", Fixtures.Kursk)).Analyze(text, Published, lang);
        var movement = Assert.Single(result.Movements);
        Assert.Null(movement.Strength);
    }

    [Theory]
    [InlineData("Die Fregatte lief am Montag aus Kursk in Richtung Wladiwostok aus.", MovementKind.Transit)]
    [InlineData("Eine Kolonne mit 300 Soldaten stieß am Montag von Kursk aus nach Wladiwostok vor.", MovementKind.Advance)]
    [InlineData("Die Soldaten sollen kommende Woche von Kursk nach Wladiwostok fliegen.", MovementKind.Deployment)]
    public void German_finite_verbs_apart_from_their_particle_still_state_a_movement(string text, MovementKind kind)
    {
        var result = Analyzer(("Kursk", Fixtures.Kursk), ("Wladiwostok", Fixtures.Vladivostok)).Analyze(text, Published, "de");
        var movement = Assert.Single(result.Movements);
        Assert.Equal(kind, movement.Kind);
        Assert.Equal(Fixtures.Vladivostok, movement.Destination);
    }

    [Theory]
    [InlineData("de", "Die ersten Einheiten der Bundeswehr zum Schutz des polnischen Luftraums sind in Kursk angekommen.")]
    [InlineData("de", "Zwei Bataillone der Bundeswehr sind nach russischen Angaben in Kursk eingetroffen.")]
    public void A_force_named_in_the_genitive_after_the_unit_owns_it(string lang, string text)
    {
        var result = Analyzer(("Kursk", Fixtures.Kursk)).Analyze(text, Published, lang);
        var movement = Assert.Single(result.Movements);
        Assert.Equal("DE", movement.ActorCountry);
    }

    [Theory]
    [InlineData("en", "Russia has begun withdrawing its troops from Kursk.")]
    [InlineData("fr", "La Russie a commencé lundi à retirer ses troupes de Koursk.")]
    [InlineData("de", "Russland hat am Montag mit dem Abzug seiner Truppen aus Kursk begonnen.")]
    [InlineData("es", "Rusia ha comenzado a retirar sus tropas de Kursk.")]
    [InlineData("it", "La Russia ha iniziato a ritirare le sue truppe da Kursk.")]
    public void A_movement_said_to_have_begun_is_under_way(string lang, string text)
    {
        var result = Analyzer(("Kursk", Fixtures.Kursk), ("Koursk", Fixtures.Kursk)).Analyze(text, Published, lang);
        var movement = Assert.Single(result.Movements);
        Assert.Equal(MovementStatus.UnderWay, movement.Status);
    }

    [Fact]
    public void A_plan_to_begin_stays_a_plan()
    {
        var result = Analyzer(("Kursk", Fixtures.Kursk)).Analyze("Russia will begin withdrawing its troops from Kursk next month.", Published, "en");
        Assert.Equal(MovementStatus.Planned, Assert.Single(result.Movements).Status);
    }
}
