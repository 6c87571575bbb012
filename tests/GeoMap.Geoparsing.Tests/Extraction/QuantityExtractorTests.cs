using GeoMap.Geoparsing.Text;
using GeoMap.Geoparsing.Extraction.Quantities;
using GeoMap.Geoparsing.Extraction.Tokens;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Tests.Extraction;

public class QuantityExtractorTests
{
    [Theory]
    [InlineData("fr", "un total de 12 000 soldats", 12000, 12000)]
    [InlineData("fr", "1 500 soldats", 1500, 1500)]
    [InlineData("fr", "1\u00a0500 soldats", 1500, 1500)]
    [InlineData("fr", "1\u202f500 soldats", 1500, 1500)]
    [InlineData("en", "12,000 troops", 12000, 12000)]
    [InlineData("fr", "douze mille soldats", 12000, 12000)]
    [InlineData("en", "twelve thousand troops", 12000, 12000)]
    [InlineData("fr", "quatre-vingt-dix soldats", 90, 90)]
    [InlineData("fr", "deux cents parachutistes", 200, 200)]
    [InlineData("en", "several thousand soldiers", null, null)]
    [InlineData("fr", "plusieurs milliers de soldats", null, null)]
    [InlineData("en", "tens of thousands of troops", null, null)]
    [InlineData("fr", "des dizaines de milliers de soldats", null, null)]
    [InlineData("fr", "un millier de soldats", 1000, 1000)]
    // a bound before a round amount bounds it as it bounds a number
    [InlineData("fr", "plus d'un millier de soldats", 1000, null)]
    [InlineData("fr", "moins d'une centaine de soldats", null, 100)]
    [InlineData("es", "más de un millar de soldados", 1000, null)]
    [InlineData("it", "fino a un migliaio di soldati", null, 1000)]
    [InlineData("en", "up to 10,000 troops", null, 10000)]
    [InlineData("fr", "jusqu'à 10 000 hommes", null, 10000)]
    [InlineData("en", "between 2,000 and 3,000 troops", 2000, 3000)]
    [InlineData("fr", "entre 2 000 et 3 000 soldats", 2000, 3000)]
    [InlineData("en", "about 500 marines", 500, 500)]
    [InlineData("fr", "environ 500 soldats", 500, 500)]
    [InlineData("en", "at least 3,000 fighters", 3000, null)]
    [InlineData("fr", "plus de 3 000 combattants", 3000, null)]
    [InlineData("en", "1.5 million men", 1500000, 1500000)]
    // a scale word said once after a range scales both ends
    [InlineData("ru", "от 30 до 50 тысяч военных", 30000, 50000)]
    [InlineData("pl", "od 4 do 5 tys. żołnierzy", 4000, 5000)]
    // number words in the oblique cases that follow "about" and "more than", and the hundreds written as one word
    [InlineData("uk", "близько шістдесяти десантників", 60, 60)]
    [InlineData("uk", "понад триста військових", 300, null)]
    [InlineData("ru", "около семисот морпехов", 700, 700)]
    [InlineData("pl", "około czterystu żołnierzy", 400, 400)]
    [InlineData("pl", "dwieście pięćdziesiąt żołnierzy", 250, 250)]
    [InlineData("en", "between 2 and 3 thousand troops", 2000, 3000)]
    [InlineData("en", "between 200 and 3,000 troops", 200, 3000)]
    public void Reads_counts(string lang, string text, int? min, int? max)
    {
        var found = Extract(lang, text);
        var q = Assert.Single(found);
        Assert.Equal(min, q.Strength.Min);
        Assert.Equal(max, q.Strength.Max);
        Assert.False(string.IsNullOrEmpty(q.Strength.Text));
    }

    [Theory]
    [InlineData("uk", "літаком Іл-76 прибули інструктори")]
    [InlineData("ru", "самолётом Ил-76 прибыли военные")]
    [InlineData("en", "a C-130 carried troops")]
    [InlineData("en", "In 2024 the army grew.")]
    [InlineData("en", "Inflation reached 12% last year.")]
    [InlineData("fr", "Le budget atteint 500 millions d'euros.")]
    [InlineData("en", "It cost $500 in total.")]
    [InlineData("fr", "Entre le 8 et le 13 octobre.")]
    [InlineData("en", "Between 8 and 13 October.")]
    [InlineData("en", "On October 8, 2024 they left.")]
    [InlineData("en", "From October 8-13 they sailed.")]
    [InlineData("fr", "Le 13e régiment est parti à 14h30.")]
    [InlineData("en", "The convoy drove 300 km.")]
    [InlineData("en", "A battalion left.")]
    public void Ignores_what_is_not_a_count(string lang, string text)
    {
        var rules = LanguageCatalog.Find(lang)!;
        var tokens = Tokenizer.Tokenize(text);
        var dates = GeoMap.Geoparsing.Extraction.Dates.DateExtractor.Extract(text, tokens, rules, new DateOnly(2024, 10, 18));
        var taken = dates.SelectMany(d => Enumerable.Range(d.FirstToken, d.NextToken - d.FirstToken)).ToHashSet();
        Assert.Empty(QuantityExtractor.Extract(text, tokens, rules, taken));
    }

    private static List<QuantityMatch> Extract(string lang, string text) =>
        QuantityExtractor.Extract(text, Tokenizer.Tokenize(text), LanguageCatalog.Find(lang)!);
}
