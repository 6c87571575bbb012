using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Tests.Languages;

/// <summary>The one morphology hook of recognition: how a word as written reduces to the forms a gazetteer holds, in every language that writes something onto its names.</summary>
public class WordFormsTests
{
    private static IReadOnlyList<string> Forms(string language, string word) => LanguageCatalog.Find(language)!.Morphology!.Forms(word);

    [Theory]
    [InlineData("ru", "курском", "курск")]              // case ending removed
    [InlineData("ru", "тверскую", "тверская")]          // case ending replaced
    [InlineData("uk", "львові", "львів")]               // stem alternation undone
    [InlineData("pl", "krakowie", "kraków")]            // stem alternation undone
    [InlineData("ru", "брянщину", "брянская область")]  // region named after its centre
    [InlineData("ru", "белгородчины", "белгородская область")]
    [InlineData("uk", "житомирщини", "житомирська область")]
    [InlineData("uk", "донеччині", "донецька область")]
    [InlineData("uk", "мозиря", "мозир")]                // soft-stem genitive
    [InlineData("uk", "краснополля", "краснопілля")]     // neuter -ілля with the і/о alternation
    [InlineData("uk", "сокола", "сокіл")]                // the alternation before -л
    [InlineData("uk", "дубаї", "дубай")]                 // locative of a name in -й (й + і written ї)
    [InlineData("uk", "морі", "море")]                   // neuter -е: locative
    [InlineData("uk", "гуляйполя", "гуляйполе")]         // neuter -е: genitive
    [InlineData("uk", "чорному", "чорне")]               // neuter adjective of a two-word name
    [InlineData("pl", "korei", "korea")]                 // -ea nouns
    [InlineData("pl", "północnej", "północna")]          // adjective of a two-word name
    [InlineData("pl", "obwodu", "obwód")]                // ó/o in -ód
    [InlineData("pl", "zgorzelcu", "zgorzelec")]         // fleeting e
    [InlineData("pl", "wilnem", "wilno")]                // neuter instrumental
    [InlineData("ko", "부산으로", "부산")]               // particle removed
    [InlineData("ko", "대전에서는", "대전")]             // two particles removed
    [InlineData("ko", "강원도에", "강원")]               // particle and attached head removed
    [InlineData("ar", "وحلب", "حلب")]                   // conjunction clitic removed
    [InlineData("ar", "بحمص", "حمص")]                   // preposition clitic removed
    [InlineData("ar", "للموصل", "الموصل")]              // li + al: the article comes back
    [InlineData("ar", "الرقة", "رقة")]                  // article dropped, as some sources write
    [InlineData("ar", "رقة", "الرقة")]                  // article added, as others write
    public void A_surface_form_reduces_to_its_dictionary_form(string language, string word, string lemma) =>
        Assert.Contains(lemma, Forms(language, word));

    [Theory]
    [InlineData("ru", "москва")]
    [InlineData("ko", "부산")]
    [InlineData("ar", "حلب")]
    public void A_form_is_never_the_word_itself(string language, string word) =>
        Assert.DoesNotContain(word, Forms(language, word));

    private static readonly WordForms Sample = new()
    {
        Suffixes = [("ov", [""]), ("a", ["", "o"])],
        Particles = ["ka", "to"],
        Proclitics = new Dictionary<string, string> { ["w"] = "", ["lel"] = "el" },
        Heads = ["burg"],
        Articles = ["el"],
    };

    [Theory]
    [InlineData("kurskov", new[] { "kursk" })]
    [InlineData("brna", new[] { "brn", "brno" })]
    [InlineData("ba", new string[0])]                         // no stem of fewer than three letters
    public void Inflectional_endings_give_every_replacement_longest_ending_first(string word, string[] expected) =>
        Assert.Equal(expected, Sample.Forms(word).Where(f => expected.Contains(f) || f.Length < 3));

    [Fact]
    public void Particles_stack_and_heads_stay_in_the_mention()
    {
        // "xyzburgtoka": nothing, "ka", "to"+"ka", each with and without the head.
        Assert.Equal(
            [(0, 0), (2, 0), (4, 0), (4, 4)],
            Sample.Trailing("xyzburgtoka").ToArray());
    }

    [Fact]
    public void Proclitics_come_longest_first_with_the_article_they_leave()
    {
        Assert.Equal([(0, ""), (3, "el"), (1, "")], Sample.Leading("lelwxyz").Concat(Sample.Leading("wxyz").Skip(1)).ToArray());
        Assert.Contains("elmina", Sample.Forms("lelmina"));
    }

    [Theory]
    [InlineData("ka", true)]
    [InlineData("toka", true)]
    [InlineData("tokatoka", false)] // at most three particles
    [InlineData("kx", false)]
    [InlineData("", false)]
    public void A_string_is_particles_only_when_particles_cover_it(string rest, bool expected) =>
        Assert.Equal(expected, Sample.IsParticles(rest));

    [Theory]
    [InlineData("elmina", "mina")]
    [InlineData("mina", "elmina")]
    [InlineData("el", "elel")] // an article alone is not removed to nothing
    public void An_article_is_added_or_removed(string name, string other) =>
        Assert.Equal([other], Sample.WithOrWithoutArticle(name));

    [Theory]
    [InlineData("ru", "хабаровск", "khabarovsk")]         // BGN/PCGN first
    [InlineData("ru", "хабаровск", "habarovsk")]          // the English h
    [InlineData("ru", "ялта", "yalta")]
    [InlineData("ru", "вад-мадани", "wad-madani")]        // the w of a name first written in Latin
    [InlineData("ru", "джуба", "juba")]                   // the j of English spelling
    [InlineData("uk", "гомель", "homel")]                 // Ukrainian г is h
    [InlineData("uk", "гана", "gana")]                    // … or the g of the foreign name it spells
    [InlineData("uk", "бамако", "bamako")]
    [InlineData("uk", "ньяла", "niala")]                  // the soft sign dropped, я as ia
    [InlineData("uk", "зашків", "zashkiv")]
    public void A_form_is_spelled_in_latin_the_ways_gazetteers_write_it(string language, string word, string latin) =>
        Assert.Contains(latin, LanguageCatalog.Find(language)!.Morphology!.Romanize(word));

    [Fact]
    public void The_usual_spelling_comes_first_and_the_spellings_are_few()
    {
        var spellings = LanguageCatalog.Find("ru")!.Morphology!.Romanize("южно-сахалинск");
        Assert.Equal("yuzhno-sakhalinsk", spellings[0]);
        Assert.InRange(spellings.Count, 2, 12);
        Assert.Equal(spellings.Count, spellings.Distinct().Count());
    }

    [Theory]
    [InlineData("ru", "berlin")]      // nothing of the script to spell
    [InlineData("pl", "warszawa")]    // a language without a romanization
    public void A_form_without_the_scripts_letters_has_no_latin_spelling(string language, string word) =>
        Assert.Empty(LanguageCatalog.Find(language)!.Morphology!.Romanize(word));
}
