using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;
using GeoMap.Geoparsing.Extraction.Movements;
using GeoMap.Geoparsing.Languages;
using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>Movements in Russian, Ukrainian and Polish: verbs by aspect, roles from preposition and case, actors from adjectives, vague amounts, dates in the genitive.</summary>
public class SlavicMovementTests
{
    private static readonly DateTimeOffset Published = new(2025, 3, 14, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Kherson = new() { GeonameId = 706448, Name = "Kherson", CountryCode = "UA", Lon = 32.62, Lat = 46.64 };
    private static readonly Place Odesa = new() { GeonameId = 698740, Name = "Odesa", CountryCode = "UA", Lon = 30.73, Lat = 46.48 };
    private static readonly Place Mykolaiv = new() { GeonameId = 700569, Name = "Mykolaiv", CountryCode = "UA", Lon = 31.99, Lat = 46.97 };

    private static readonly Place Russia = Fixtures.Country("RU");

    private static readonly Place Poland = Fixtures.Country("PL");

    // Each inflected form the sentences below use, as the recognizer would hand it over.
    private static readonly (string, Place)[] Places =
    [
        ("Херсон", Kherson), ("Херсона", Kherson), ("Херсону", Kherson), ("Херсоне", Kherson), ("Херсоні", Kherson), ("Chersoniu", Kherson), ("Chersonia", Kherson), ("Cherson", Kherson), ("Chersoniem", Kherson),
        ("Одессы", Odesa), ("Одессу", Odesa), ("Одесы", Odesa), ("Одеси", Odesa), ("Одесу", Odesa), ("Odessy", Odesa), ("Odessę", Odesa),
        ("Polski", Poland), ("Polskę", Poland), ("Polską", Poland),
        ("Россия", Russia), ("Росія", Russia), ("Rosja", Russia), ("Rosji", Russia), ("России", Russia), ("Росії", Russia), ("Николаев", Mykolaiv), ("Миколаїв", Mykolaiv), ("Mikołajów", Mykolaiv), ("Николаева", Mykolaiv), ("Миколаєва", Mykolaiv), ("Mikołajowa", Mykolaiv), ("Mikołajowem", Mykolaiv),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("ru", "Украинские морпехи перебросили батальон из Одессы в Херсон.", MovementKind.Deployment)]
    [InlineData("ru", "Украинские войска отошли из Херсона к Николаеву.", MovementKind.Withdrawal)]
    [InlineData("ru", "Украинские штурмовые группы продвинулись к Херсону от Николаева.", MovementKind.Advance)]
    [InlineData("uk", "Українські війська перекинули бригаду з Одеси до Херсона.", MovementKind.Deployment)]
    [InlineData("uk", "Українські підрозділи відійшли з Херсона до Миколаєва.", MovementKind.Withdrawal)]
    [InlineData("pl", "Ukraińskie wojska przerzuciły brygadę z Odessy do Chersonia.", MovementKind.Deployment)]
    [InlineData("pl", "Ukraińskie oddziały wycofały się z Chersonia do Mikołajowa.", MovementKind.Withdrawal)]
    public void The_verb_gives_the_kind_and_the_adjective_the_actor(string lang, string text, MovementKind kind)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(kind, movement.Kind);
        Assert.Equal("UA", movement.ActorCountry);
    }

    [Theory]
    [InlineData("uk", "Українська бригада залишила штаб дивізії в Херсоні.")]
    [InlineData("ru", "Украинская бригада покинула штаб дивизии в Херсоне.")]
    [InlineData("pl", "Ukraińska brygada opuściła sztab dywizji w Chersoniu.")]
    public void A_verb_of_leaving_with_only_a_locative_leaves_that_place(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(MovementKind.Withdrawal, movement.Kind);
        Assert.Equal(Kherson, movement.Origin);
        Assert.Null(movement.Destination);
    }

    [Theory]
    [InlineData("uk", "Українська бригада відійшла з Миколаєва і закріпилася в Херсоні.")]
    [InlineData("pl", "Ukraińska brygada wycofała się z Mikołajowa na pozycje w Chersoniu.")]
    public void A_locative_beside_a_place_left_is_where_the_troops_went(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Mykolaiv, movement.Origin);
        Assert.Equal(Kherson, movement.Destination);
    }

    [Fact]
    public void A_locative_after_a_town_left_without_a_facility_is_not_what_was_left()
    {
        var movement = Assert.Single(Read("uk", "Українська бригада залишила Миколаїв і закріпилася в Херсоні."));
        Assert.NotEqual(Kherson, movement.Origin);
    }

    [Theory]
    [InlineData("ru", "После отступления украинские морпехи перебросили батальон из Одессы в Херсон.", MovementStatus.Completed)]
    [InlineData("ru", "Чтобы остановить наступление, украинское командование перебрасывает резервы из Одессы в Херсон.", MovementStatus.UnderWay)]
    [InlineData("uk", "Щоб зупинити наступ і відведення, українське командування перекинуло резерви з Одеси до Херсона.", MovementStatus.Completed)]
    [InlineData("pl", "Aby powstrzymać natarcie, ukraińskie dowództwo przerzuciło rezerwy z Odessy do Chersonia.", MovementStatus.Completed)]
    [InlineData("pl", "Po wycofaniu z Mikołajowa ukraińskie dowództwo przerzuci rezerwy z Odessy do Chersonia.", MovementStatus.Planned)]
    public void A_verbal_noun_tells_no_tense_and_the_clause_verb_leads(string lang, string text, MovementStatus status)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal("UA", movement.ActorCountry);
        Assert.Equal(status, movement.Status);
        Assert.Equal(Kherson, movement.Destination);
    }

    [Theory]
    [InlineData("ru", "Российские войска будут переброшены из Одессы в Херсон.", MovementStatus.Planned)]
    [InlineData("ru", "Россия планирует перебросить войска из Одессы в Херсон.", MovementStatus.Planned)]
    [InlineData("ru", "Россия перебрасывает войска из Одессы в Херсон.", MovementStatus.UnderWay)]
    [InlineData("ru", "Россия перебросила войска из Одессы в Херсон.", MovementStatus.Completed)]
    [InlineData("uk", "Російські війська перекинуть з Одеси до Херсона.", MovementStatus.Planned)]
    [InlineData("uk", "Російські війська перекидають з Одеси до Херсона.", MovementStatus.UnderWay)]
    [InlineData("uk", "Російські війська перекинули з Одеси до Херсона.", MovementStatus.Completed)]
    [InlineData("pl", "Rosyjskie wojska zostaną przerzucone z Odessy do Chersonia.", MovementStatus.Planned)]
    [InlineData("pl", "Rosyjskie wojska zostały przerzucone z Odessy do Chersonia.", MovementStatus.Completed)]
    [InlineData("pl", "Rosja przerzuca wojska z Odessy do Chersonia.", MovementStatus.UnderWay)]
    // the imperfective present of "to send", an order to send, and a movement said to have begun
    [InlineData("uk", "Росія направляє війська з Одеси до Херсона.", MovementStatus.UnderWay)]
    [InlineData("ru", "Российское командование приказало перебросить войска из Одессы в Херсон.", MovementStatus.Planned)]
    [InlineData("uk", "Російське командування наказало перекинути війська з Одеси до Херсона.", MovementStatus.Planned)]
    [InlineData("pl", "Rosyjskie dowództwo poleciło przerzucić wojska z Odessy do Chersonia.", MovementStatus.Planned)]
    [InlineData("ru", "Российские войска начали переброску из Одессы в Херсон.", MovementStatus.UnderWay)]
    [InlineData("uk", "Російські війська почали переміщення з Одеси до Херсона.", MovementStatus.UnderWay)]
    [InlineData("pl", "Rosyjskie wojska rozpoczęły przerzut z Odessy do Chersonia.", MovementStatus.UnderWay)]
    public void Aspect_and_tense_give_the_status(string lang, string text, MovementStatus status)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(status, movement.Status);
        Assert.Equal((Odesa, Kherson), (movement.Origin, movement.Destination));
        Assert.Equal("RU", movement.ActorCountry);
    }

    public static TheoryData<string, string, PlaceRole, bool> Roles => new()
    {
        // preposition + case: the ending of the place decides between motion towards and location
        { "ru", "в Херсон", PlaceRole.Destination, false },
        { "ru", "в Одессу", PlaceRole.Destination, false },
        { "ru", "в Херсоне", PlaceRole.Destination, true },
        { "ru", "на Украине", PlaceRole.Destination, true },
        { "ru", "из Херсона", PlaceRole.Origin, false },
        { "ru", "с Украиной", PlaceRole.Near, false },
        { "ru", "через Херсон", PlaceRole.Via, false },
        { "uk", "у Херсоні", PlaceRole.Destination, true },
        { "uk", "до Херсона", PlaceRole.Destination, false },
        { "uk", "з Росією", PlaceRole.Near, false },
        { "uk", "з Херсона", PlaceRole.Origin, false },
        { "pl", "na Litwę", PlaceRole.Destination, false },
        { "pl", "na Litwie", PlaceRole.Destination, true },
        { "pl", "w Chersoniu", PlaceRole.Destination, true },
        { "pl", "z Rosją", PlaceRole.Near, false },
        { "pl", "z Chersonia", PlaceRole.Origin, false },
        { "pl", "przez Cherson", PlaceRole.Via, false },
        // "под"/"під"/"pod" + accusative goes to the outskirts, + instrumental is there; "из-под" leaves them
        { "ru", "под Одессу", PlaceRole.Destination, false },
        { "ru", "под Херсоном", PlaceRole.Near, false },
        { "ru", "из-под Херсона", PlaceRole.Origin, false },
        { "uk", "під Одесу", PlaceRole.Destination, false },
        { "uk", "з-під Херсона", PlaceRole.Origin, false },
        { "pl", "pod Odessę", PlaceRole.Destination, false },
        { "pl", "pod Chersoniem", PlaceRole.Near, false },
        { "ru", "под Херсон", PlaceRole.Destination, false },
        { "uk", "під Херсон", PlaceRole.Destination, false },
        { "uk", "під Херсоном", PlaceRole.Near, false },
        { "pl", "pod Cherson", PlaceRole.Destination, false },
        // a side of a country between the preposition and the name
        { "ru", "на юг Херсона", PlaceRole.Destination, false },
        { "uk", "на південь Херсона", PlaceRole.Destination, false },
        { "pl", "na południe Chersonia", PlaceRole.Destination, true },   // the case of the side noun is not read: "na" stays locative
        { "pl", "w okolice Chersonia", PlaceRole.Destination, false },
        // a noun of an administrative unit or an island group before the name passes the role on to it
        { "ru", "в штат Херсон", PlaceRole.Destination, false },
        { "ru", "к островам Херсон", PlaceRole.Destination, false },
        { "uk", "до провінції Херсон", PlaceRole.Destination, false },
        { "pl", "do prowincji Cherson", PlaceRole.Destination, false },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public void Preposition_and_case_give_the_role(string lang, string phrase, PlaceRole role, bool locative)
    {
        var tokens = Tokenizer.Tokenize(phrase, 0, phrase.Length);
        var hit = PlaceRoleFinder.RoleAt(tokens, tokens.Count - 1, LanguageCatalog.Find(lang)!);
        Assert.NotNull(hit);
        Assert.Equal((role, locative), (hit.Value.Role, hit.Value.Locative));
    }

    [Theory]
    [InlineData("ru", "Россия перебросила около 1500 военнослужащих из Одессы в Херсон.", 1500, 1500)]
    [InlineData("ru", "Россия перебросила до 12 тысяч военных из Одессы в Херсон.", null, 12000)]
    [InlineData("ru", "Россия перебросила тысячи военных из Одессы в Херсон.", null, null)]
    [InlineData("uk", "Росія перекинула десятки тисяч військових з Одеси до Херсона.", null, null)]
    [InlineData("uk", "Росія перекинула близько двох тисяч військових з Одеси до Херсона.", 2000, 2000)]
    [InlineData("pl", "Rosja przerzuciła kilka tysięcy żołnierzy z Odessy do Chersonia.", null, null)]
    [InlineData("pl", "Rosja przerzuciła ponad 3 tys. żołnierzy z Odessy do Chersonia.", 3000, null)]
    public void Number_words_and_vague_amounts(string lang, string text, int? min, int? max)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((min, max), (movement.Strength?.Min, movement.Strength?.Max));
    }

    [Theory]
    [InlineData("ru", "8 октября Россия перебросила войска из Одессы в Херсон.", 10, 8)]
    [InlineData("uk", "8 жовтня Росія перекинула війська з Одеси до Херсона.", 10, 8)]
    [InlineData("pl", "8 października Rosja przerzuciła wojska z Odessy do Chersonia.", 10, 8)]
    public void A_month_in_the_genitive_dates_the_movement(string lang, string text, int month, int day)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(new DateTimeOffset(2024, month, day, 0, 0, 0, TimeSpan.Zero), movement.Period.Start);
    }

    [Theory]
    [InlineData("ru", "При переброске в Херсон погибли двадцать военных.")]
    [InlineData("uk", "Під час перекидання до Херсона загинули двадцять військових.")]
    [InlineData("pl", "Podczas przerzutu do Chersonia zginęło dwudziestu żołnierzy.")]
    [InlineData("ru", "Российские войска, переброшенные прошлой зимой, остаются в Херсоне.")]
    [InlineData("pl", "Rosyjskie wojska przerzucone zeszłej zimy pozostają w Chersoniu.")]
    public void Losses_and_staying_are_no_movement(string lang, string text) => Assert.Empty(Read(lang, text));

    [Theory]
    [InlineData("ru", "Российское командование перебросило резервы в Херсон, где уже неделю воюют украинские войска.")]
    [InlineData("uk", "Російське командування перекинуло резерви до Херсона, де вже тиждень воюють українські війська.")]
    [InlineData("pl", "Rosyjskie dowództwo przerzuciło rezerwy do Chersonia, gdzie od tygodnia walczą ukraińskie wojska.")]
    public void A_where_clause_about_the_destination_does_not_give_the_mover(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(("RU", Kherson), (movement.ActorCountry, movement.Destination));
    }

    [Theory]
    [InlineData("ru", "В Херсоне, где идут бои, Россия разместит 500 военных из Одессы.")]
    [InlineData("uk", "У Херсоні, де тривають бої, Росія розмістить 500 військових з Одеси.")]
    public void A_where_clause_after_a_fronted_place_leaves_the_place_to_the_main_verb(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((Odesa, Kherson), (movement.Origin, movement.Destination));
    }

    [Theory]
    [InlineData("ru", "Россия перебросила 500 военных в Херсон. Их перевозили эшелонами из Одессы.")]
    [InlineData("uk", "Росія перекинула 500 військових до Херсона. Їх перевозили ешелонами з Одеси.")]
    [InlineData("pl", "Rosja przerzuciła 500 żołnierzy do Chersonia. Ich przewieziono pociągami z Odessy.")]
    public void An_object_pronoun_opening_the_next_sentence_refers_to_the_same_troops(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((Odesa, Kherson, TransportMode.Rail), (movement.Origin, movement.Destination, movement.Mode));
    }

    [Theory]
    [InlineData("ru", "Российские войска выдвинулись из Одессы в Херсон. Контингент насчитывает около 230 военных.", 230)]
    [InlineData("uk", "Російські війська вирушили з Одеси до Херсона. Контингент налічує близько 230 військових.", 230)]
    [InlineData("pl", "Rosyjskie wojska wyruszyły z Odessy do Chersonia. Kontyngent liczy ok. 230 żołnierzy.", 230)]
    [InlineData("ru", "Российские войска выдвинулись из Одессы в Херсон. Потери составляют около 230 военных.", null)]
    public void A_sentence_that_counts_the_force_just_moved_gives_its_strength(string lang, string text, int? strength)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Kherson, movement.Destination);
        Assert.Equal(strength, movement.Strength?.Min);
    }

    [Theory]
    [InlineData("ru", "Бои шли у Николаева и Херсона. В город вошли две российские бригады.")]
    [InlineData("uk", "Бої тривали біля Миколаєва та Херсона. До міста увійшли дві російські бригади.")]
    [InlineData("pl", "Walki trwały pod Mikołajowem i Chersoniem. Do miasta weszły dwie rosyjskie brygady.")]
    public void The_town_is_the_latest_town_named_before(string lang, string text) =>
        Assert.Equal(Kherson, Assert.Single(Read(lang, text)).Destination);

    [Theory]
    [InlineData("ru", "Бои идут у Николаева. Россия держит 500 военных в Херсоне и направит туда ещё 300 военных.")]
    [InlineData("uk", "Бої тривають біля Миколаєва. Росія тримає 500 військових у Херсоні і направить туди ще 300 військових.")]
    [InlineData("pl", "Walki trwają pod Mikołajowem. Rosja trzyma 500 żołnierzy w Chersoniu i wyśle tam jeszcze 300 żołnierzy.")]
    public void There_points_to_the_place_its_own_clause_named(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Kherson, movement.Destination);
    }

    [Theory]
    [InlineData("pl", "W środę do Chersonia dotarło 300 żołnierzy z Rosji.")]
    [InlineData("ru", "В среду в Херсон прибыли 300 военных из России.")]
    [InlineData("uk", "У середу до Херсона прибули 300 військових з Росії.")]
    public void Troops_from_a_country_are_that_country_s_when_no_subject_comes_first(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(("RU", Kherson), (movement.ActorCountry, movement.Destination));
    }

    [Theory]
    [InlineData("ru", "Российские десантники добрались до Херсона из Одессы.", MovementKind.Deployment, MovementStatus.Completed)]
    [InlineData("ru", "Российские десантники доберутся до Херсона из Одессы.", MovementKind.Deployment, MovementStatus.Planned)]
    [InlineData("ru", "Российские десантники вылетели из Одессы в Херсон.", MovementKind.Transit, MovementStatus.Completed)]
    [InlineData("ru", "Российские десантники вылетят из Одессы в Херсон.", MovementKind.Transit, MovementStatus.Planned)]
    [InlineData("uk", "Російські десантники дісталися з Одеси до Херсона.", MovementKind.Deployment, MovementStatus.Completed)]
    [InlineData("uk", "Російські десантники вилетіли з Одеси до Херсона.", MovementKind.Transit, MovementStatus.Completed)]
    [InlineData("uk", "Російські десантники вилетять з Одеси до Херсона.", MovementKind.Transit, MovementStatus.Planned)]
    [InlineData("pl", "Rosyjscy spadochroniarze przylecieli z Odessy do Chersonia.", MovementKind.Deployment, MovementStatus.Completed)]
    [InlineData("pl", "Rosyjskie czołgi przypłynęły promem z Odessy do Chersonia.", MovementKind.Deployment, MovementStatus.Completed)]
    [InlineData("pl", "Rosyjski batalion ma przyjechać z Odessy do Chersonia.", MovementKind.Deployment, MovementStatus.Planned)]
    [InlineData("pl", "Rosyjscy żołnierze zostaną przeniesieni z Odessy do Chersonia.", MovementKind.Deployment, MovementStatus.Planned)]
    [InlineData("pl", "Rosyjscy żołnierze wrócą z Odessy do Chersonia.", MovementKind.Withdrawal, MovementStatus.Planned)]
    public void Verbs_of_reaching_flying_sailing_and_returning_state_a_movement(string lang, string text, MovementKind kind, MovementStatus status)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((kind, status), (movement.Kind, movement.Status));
        Assert.Equal(("RU", Odesa, Kherson), (movement.ActorCountry, movement.Origin, movement.Destination));
    }

    [Theory]
    [InlineData("Rosyjscy żołnierze wrócą z Chersonia do Polski.")]
    [InlineData("Rosyjskie wojska przerzucono z Chersonia przez Polskę do Odessy.")]
    public void A_capitalised_country_inside_a_sentence_is_the_country_not_the_adjective(string text)
    {
        var movement = Assert.Single(Read("pl", text));
        Assert.Equal("RU", movement.ActorCountry);
        Assert.Contains(Poland, movement.Via.Append(movement.Destination));
    }

    [Theory]
    [InlineData("Amerykańscy żołnierze przerzucili sprzęt z Odessy do Chersonia.", "US")]
    [InlineData("Niemieccy żołnierze przerzucili sprzęt z Odessy do Chersonia.", "DE")]
    [InlineData("Szwedzcy żołnierze przerzucili sprzęt z Odessy do Chersonia.", "SE")]
    public void The_masculine_personal_plural_of_an_adjective_names_the_actor(string text, string country)
    {
        var movement = Assert.Single(Read("pl", text));
        Assert.Equal(country, movement.ActorCountry);
    }

    [Theory]
    [InlineData("Polska armia przerzuciła wojska z Odessy do Chersonia.")]
    [InlineData("Żołnierze armii polskiej przerzucili sprzęt z Odessy do Chersonia.")]
    public void A_lower_case_or_sentence_initial_adjective_names_the_actor(string text)
    {
        var movement = Assert.Single(Read("pl", text));
        Assert.Equal(("PL", Odesa, Kherson), (movement.ActorCountry, movement.Origin, movement.Destination));
    }

    [Theory]
    [InlineData("ru", "В Херсон вошли два батальона армии Руанды.", "RW")]
    [InlineData("ru", "Армия Судана перебросила две бригады в Херсон.", "SD")]
    [InlineData("uk", "До Херсона увійшли два батальйони армії Руанди.", "RW")]
    [InlineData("pl", "Do Chersonia weszły dwa bataliony armii Rwandy.", "RW")]
    public void A_state_named_in_any_case_is_the_mover_of_its_army(string lang, string text, string country)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((country, Kherson), (movement.ActorCountry, movement.Destination));
    }

    [Theory]
    [InlineData("ru", "Украина перебросила в Херсон около сорока бронемашин.")]
    [InlineData("uk", "Україна перекинула до Херсона близько сорока бронемашин.")]
    [InlineData("ru", "Армейские части переправились в Херсон.")]
    [InlineData("pl", "Pododdziały ukraińskie dotarły do Chersonia.")]
    public void Armoured_vehicles_and_army_units_are_a_force(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Kherson, movement.Destination);
    }

    [Theory]
    [InlineData("ru", "Россия перебросила 500 военных в Херсон; в апреле она перебросила ещё 300 военных.")]
    [InlineData("uk", "Росія перекинула 500 військових до Херсона; у квітні вона перекинула ще 300 військових.")]
    public void A_coordinated_clause_without_a_place_shares_the_destination_of_the_one_before(string lang, string text)
    {
        var movements = Read(lang, text);
        Assert.Equal([500, 300], movements.Select(m => m.Strength?.Min));
        Assert.All(movements, m => Assert.Equal(Kherson, m.Destination));
    }

    [Theory]
    [InlineData("ru", "В прошлом году Россия перебросила 500 военных в Херсон.", MovementKind.Deployment)]
    [InlineData("ru", "На прошлой неделе российская бригада прошла через Николаев в Херсон.", MovementKind.Transit)]
    public void Last_week_and_last_year_are_no_verb_of_passing(string lang, string text, MovementKind kind)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((kind, Kherson), (movement.Kind, movement.Destination));
    }

    [Theory]
    [InlineData("ru", "Российские бойцы покинули базу в Херсоне и были переброшены самолётами в Одессу.")]
    [InlineData("ru", "Российские бойцы покинули базу в Херсоне и на прошлой неделе переброшены в Одессу.")]
    [InlineData("uk", "Російські бійці залишили базу в Херсоні та були перекинуті літаками до Одеси.")]
    public void The_place_of_a_facility_left_is_the_origin_of_a_move_elsewhere(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((Kherson, Odesa), (movement.Origin, movement.Destination));
    }

    [Theory]
    [InlineData("ru", "Российские подразделения оставили позиции в районе Херсона.")]
    [InlineData("uk", "Російські підрозділи залишили позиції в районі Херсона.")]
    public void Troops_that_leave_a_place_near_somewhere_leave_that_place(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((Kherson, (Place?)null), (movement.Origin, movement.Destination));
    }

    [Theory]
    [InlineData("ru", "Россия, чьи войска воюют у Одессы, направит в Херсон ещё два батальона.", "RU")]
    [InlineData("uk", "Росія, чиї війська воюють біля Одеси, направить до Херсона ще два батальйони.", "RU")]
    public void A_whose_clause_does_not_give_the_mover(string lang, string text, string country)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((country, Kherson), (movement.ActorCountry, movement.Destination));
    }

    [Theory]
    [InlineData("ru", "Передовая группа из 20 российских офицеров прибыла в Херсон.")]
    [InlineData("ru", "Российский корабль подошёл к Херсону.")]
    [InlineData("ru", "Оттуда российских бойцов вывозят в Херсон.")]
    public void Officers_ships_that_come_alongside_and_troops_taken_out_state_a_movement(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(("RU", Kherson), (movement.ActorCountry, movement.Destination));
    }

    [Theory]
    [InlineData("ru", "Россия подтягивает резервы под Херсон из Одессы.")]
    [InlineData("uk", "Росія підтягує резерви під Херсон з Одеси.")]
    public void Pulling_reserves_up_to_a_place_is_a_movement_under_way(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal((MovementStatus.UnderWay, Odesa, Kherson), (movement.Status, movement.Origin, movement.Destination));
    }

    [Fact]
    public void A_title_case_dateline_with_the_agency_in_brackets_gives_neither_date_nor_place()
    {
        var movement = Assert.Single(Read("pl", "Mikołajów, 3 maja (PAP) – Rosja przerzuciła wojska z Odessy do Chersonia."));
        Assert.Equal((Odesa, Kherson), (movement.Origin, movement.Destination));
        Assert.Equal(GeoMap.Core.Time.TimePrecision.Unknown, movement.Period.Precision);
    }

    [Theory]
    [InlineData("uk", "Противник перекидає резерви з Одеси під Херсон.")]
    [InlineData("uk", "Ворог стягнув до Херсона два батальйони з Миколаєва.")]
    [InlineData("uk", "Окупанти перевезли до Херсона поповнення з Одеси.")]
    [InlineData("uk", "Ворожі підрозділи відійшли з Херсона до Одеси.")]
    public void In_a_Ukrainian_report_the_enemy_is_Russia(string lang, string text) =>
        Assert.Equal("RU", Assert.Single(Read(lang, text)).ActorCountry);

    [Fact]
    public void The_words_of_one_language_for_a_side_name_nobody_in_another()
    {
        // Russian writes the same word; in a Russian ministry's report the enemy is Ukraine, so Russian declares no side.
        var movement = Assert.Single(Read("ru", "Противник перебросил резервы из Одессы в Херсон."));
        Assert.NotEqual("RU", movement.ActorCountry);
    }

    [Theory]
    [InlineData("ru", "Россия, чьи войска стоят рядом с белорусскими частями, пообещала направить в Херсон ещё два батальона.")]
    [InlineData("uk", "Росія, чиї війська стоять поруч із білоруськими частинами, пообіцяла направити до Херсона ще два батальйони.")]
    public void A_one_word_subject_before_a_relative_clause_is_the_mover_and_a_promise_a_plan(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal("RU", movement.ActorCountry);
        Assert.Equal(MovementStatus.Planned, movement.Status);
    }

    [Fact]
    public void A_source_inside_an_army_is_where_the_source_is_not_who_moved()
    {
        // "в белорусской армии" is in the locative: where the sources are, so it belongs to the source, not to the movement.
        var movement = Assert.Single(Read("ru", "Как утверждают источники в белорусской армии, в Херсон из России прибыли около 300 военных."));
        Assert.Equal("RU", movement.ActorCountry);
    }
}
