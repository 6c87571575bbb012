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
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Inflected_names_are_found_in_running_text(string language, string text, string[] expected) =>
        Assert.Equal(expected, TestGazetteer.Recognizer.Recognize(text, LanguageCatalog.Find(language)).Select(m => m.Surface));

    [Theory]
    [InlineData("de", "Im Mai wurden Soldaten an die Grenze verlegt.")]
    [InlineData("ru", "Во вторник войска ушли.")]
    public void Months_weekdays_and_function_words_of_the_language_are_no_places(string language, string text) =>
        Assert.Empty(TestGazetteer.Recognizer.Recognize(text, LanguageCatalog.Find(language)));
}
