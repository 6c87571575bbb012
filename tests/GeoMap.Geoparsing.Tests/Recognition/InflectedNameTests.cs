using GeoMap.Geoparsing.Languages;
using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Recognition;

public class InflectedNameTests
{
    [Theory]
    [InlineData("ru", "уссурийском", "уссурийск")]     // instrumental, masculine in a consonant
    [InlineData("ru", "курске", "курск")]               // locative
    [InlineData("ru", "россии", "россия")]              // genitive/locative of -ия
    [InlineData("ru", "россию", "россия")]              // accusative
    [InlineData("ru", "москвы", "москва")]              // genitive, feminine -а
    [InlineData("ru", "курскую", "курская")]            // adjective, accusative feminine
    [InlineData("ru", "краснодарском", "краснодарский")] // adjective, locative masculine
    [InlineData("ru", "керчи", "керчь")]                // soft-sign noun
    [InlineData("uk", "харкова", "харків")]             // genitive with the і/о alternation
    [InlineData("uk", "києва", "київ")]                 // genitive with the ї/є alternation
    [InlineData("uk", "україні", "україна")]            // locative
    [InlineData("uk", "росії", "росія")]                // genitive of -ія
    [InlineData("uk", "покровську", "покровськ")]       // locative, masculine in a consonant
    [InlineData("pl", "warszawy", "warszawa")]          // genitive, feminine -a
    [InlineData("pl", "kijowem", "kijów")]              // instrumental with the ó/o alternation
    [InlineData("pl", "rzeszowie", "rzeszów")]          // locative with the ó/o alternation
    [InlineData("pl", "polsce", "polska")]              // locative with the k/c alternation
    [InlineData("pl", "rosji", "rosja")]                // genitive of -ja
    [InlineData("pl", "białorusi", "białoruś")]         // soft noun
    [InlineData("pl", "grodnie", "grodno")]             // neuter -o
    public void A_case_form_leads_back_to_the_dictionary_form(string language, string word, string lemma) =>
        Assert.Contains(lemma, LanguageCatalog.Find(language)!.Morphology!.Forms(word));

    [Theory]
    [InlineData("ru", "во")]
    [InlineData("ru", "мир")]
    [InlineData("pl", "do")]
    public void A_short_word_gives_no_shorter_stem(string language, string word) =>
        Assert.DoesNotContain(LanguageCatalog.Find(language)!.Morphology!.Forms(word), f => f.Length < 3);

    public static TheoryData<string, string, string[]> Sentences => new()
    {
        { "ru", "Колонна прошла под Уссурийском и направилась в Россию.", ["Уссурийском", "Россию"] },
        { "ru", "Резервы стягивают в Курскую область из Белгородской области.", ["Курскую область", "Белгородской области"] },
        { "uk", "Бригаду перекинули з Харкова до Києва.", ["Харкова", "Києва"] },
        { "pl", "Żołnierze dotarli do Warszawy, a potem stanęli pod Kijowem.", ["Warszawy", "Kijowem"] },
        { "pl", "Sprzęt trafił do Rzeszowa i dalej w Polsce na wschód.", ["Rzeszowa", "Polsce"] },
        { "ru", "КИЕВ, 3 мая — Колонна прошла под Уссурийском.", ["КИЕВ", "Уссурийском"] },      // a dateline in capitals
        { "pl", "Batalion dotarł do obwodu kurskiego z Korei Północnej.", ["obwodu kurskiego", "Korei Północnej"] },
        // Neuter and plural names in -e, the instrumental of a -ś noun, and a name whose adjective is declined too.
        { "pl", "Kompania stacjonuje na Pomorzu, a sztab w Katowicach.", ["Pomorzu", "Katowicach"] },
        { "pl", "Kolumna jechała wzdłuż granicy z Białorusią do Białegostoku.", ["Białorusią", "Białegostoku"] },
        // A capitalised preposition opening a clause after a dash is no first name before the place.
        { "pl", "Gdańsk (PAP) – Na Pomorze trafi kolejny batalion.", ["Gdańsk", "Pomorze"] },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Inflected_names_are_found_in_running_text(string language, string text, string[] expected) =>
        Assert.Equal(expected, TestGazetteer.Recognizer.Recognize(text, LanguageCatalog.Find(language)).Select(m => m.Surface));

    public static TheoryData<string, string, string, string> LatinOnlyNames => new()
    {
        // The gazetteer holds these in Latin script only; the text names them in its own spelling, inflected.
        { "uk", "Літаки приземлилися в Ніамеї, а колона рушила до Агадеса.", "Ніамеї", "Niamey" },
        { "ru", "Ополченцы укрепились в Эль-Фашере, оставив пригороды.", "Эль-Фашере", "El Fasher" },
        { "uk", "Підкріплення прибуло до Ель-Фашера вночі.", "Ель-Фашера", "El Fasher" },
        { "uk", "Частину екіпажів перевели в Уссурійськ.", "Уссурійськ", "Ussuriysk" },
        { "ru", "НЬЯМЕЙ, 3 мая — Военные покинули базу.", "НЬЯМЕЙ", "Niamey" },        // a dateline in capitals
        // Spelled in Latin this is also a former name of Dnipro, a larger city: the place whose own name it is wins.
        { "uk", "Десантні кораблі перейшли до Новоросійська з Криму.", "Новоросійська", "Novorossiysk" },
    };

    [Theory]
    [MemberData(nameof(LatinOnlyNames))]
    public void A_name_the_gazetteer_holds_only_in_latin_is_found_through_its_romanization(string language, string text, string surface, string name)
    {
        var mention = Assert.Single(TestGazetteer.Recognizer.Recognize(text, LanguageCatalog.Find(language)), m => m.Surface == surface);
        Assert.Equal(name, mention.Place.Name);
    }

    [Theory]
    [InlineData("uk", "Крім того, бригаду перекинули до Харкова.", "Крім")]        // a common word opening a sentence
    [InlineData("uk", "Бої з Силами оборони тривають біля Харкова.", "Силами")]    // a short romanization of a hamlet's name
    [InlineData("ru", "По данным Сирийской обсерватории, бои продолжаются.", "Сирийской")] // a country's exonym in another language
    [InlineData("ru", "Корабли Тихоокеанского флота вышли из Владивостока.", "Тихоокеанского")] // a town's former name
    public void A_romanization_that_only_happens_to_spell_a_name_is_no_place(string language, string text, string word) =>
        Assert.DoesNotContain(TestGazetteer.Recognizer.Recognize(text, LanguageCatalog.Find(language)), m => m.Surface.StartsWith(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("uk", "Фрегати увійшли в Червоному морі у складі групи.", "Червоному морі")]
    [InlineData("uk", "Есмінець вийшов із Червоного моря.", "Червоного моря")]
    public void A_neuter_name_is_found_in_its_case_forms(string language, string text, string surface) =>
        Assert.Contains(TestGazetteer.Recognizer.Recognize(text, LanguageCatalog.Find(language)), m => m.Surface == surface);

    public static TheoryData<string, string, string, string> WaterBodies => new()
    {
        // Seas, straits and oceans, which GeoNames names in Latin script only, in their own spelling and case.
        { "ru", "Фрегаты ушли в Индийский океан.", "Индийский океан", "Indian Ocean" },
        { "ru", "Колонна прошла по Крымскому мосту.", "Крымскому мосту", "Crimean Bridge" },
        { "ru", "Корабли прошли Керченским проливом.", "Керченским проливом", "Kerch Strait" },
        { "uk", "Есмінець пройшов Керченською протокою.", "Керченською протокою", "Kerch Strait" },
        { "uk", "Бомбардувальники перелетіли до Тихого океану.", "Тихого океану", "Pacific Ocean" },
        { "pl", "Okręty wypłynęły na Ocean Spokojny.", "Ocean Spokojny", "Pacific Ocean" },
        { "pl", "Okręty przepłynęły przez Cieśninę Kerczeńską.", "Cieśninę Kerczeńską", "Kerch Strait" },
    };

    [Theory]
    [MemberData(nameof(WaterBodies))]
    public void Seas_straits_and_oceans_are_found_in_the_language_s_own_names(string language, string text, string surface, string name)
    {
        var mention = Assert.Single(TestGazetteer.Recognizer.Recognize(text, LanguageCatalog.Find(language)), m => m.Surface == surface);
        Assert.Equal(name, mention.Place.Name);
    }

    [Theory]
    [InlineData("ru", "Батальон вернулся из Орши в Минск.", "Орши", "BY")]       // not Orchies, France, whose Russian name is spelled so
    [InlineData("pl", "Ćwiczenia sztabowe odbyły się w Wilnie.", "Wilnie", "LT")] // not Vil'ne, a village
    public void A_case_form_of_a_larger_place_wins_over_a_small_place_spelled_the_same(string language, string text, string surface, string country)
    {
        var mention = Assert.Single(TestGazetteer.Recognizer.Recognize(text, LanguageCatalog.Find(language)), m => m.Surface == surface);
        Assert.Equal(country, mention.Place.CountryCode);
    }

    [Theory]
    [InlineData("uk", "Тим часом колона рушила на схід.")]
    [InlineData("uk", "Сили оборони відбили атаку.")]
    [InlineData("ru", "Силы быстрого реагирования заявили о контроле.")]
    [InlineData("ru", "Они ушли на рассвете.")]
    public void Function_words_and_the_nouns_of_force_names_are_no_places(string language, string text) =>
        Assert.Empty(TestGazetteer.Recognizer.Recognize(text, LanguageCatalog.Find(language)));

    [Theory]
    [InlineData("de", "Im Mai wurden Soldaten an die Grenze verlegt.")]
    [InlineData("ru", "Во вторник войска ушли.")]
    public void Months_weekdays_and_function_words_of_the_language_are_no_places(string language, string text) =>
        Assert.Empty(TestGazetteer.Recognizer.Recognize(text, LanguageCatalog.Find(language)));
}
