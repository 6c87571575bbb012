using System.Text;
using GeoMap.Geoparsing.Analysis;
using GeoMap.Geoparsing.Tests.Extraction;

namespace GeoMap.Geoparsing.Tests.Analysis;

/// <summary>Shuffled lexicon words, numbers and punctuation: every combination the rules can meet must give a result, not an exception.</summary>
public class WordSaladTests
{
    private static readonly string[] Words =
    [
        "entre", "le", "8", "et", "13", "octobre", "between", "and", "October", "8-13", "du", "au", "28", "décembre", "janvier", "mi-novembre",
        "début", "fin", "early", "late", "mid-December", "hier", "yesterday", "last", "week", "la", "semaine", "dernière", "mardi", "Tuesday",
        "12 000", "12,000", "1 500", "1\u00a0500", "1\u202f500", "douze", "mille", "quatre-vingt-dix", "several", "thousand", "plusieurs", "milliers",
        "up", "to", "jusqu'à", "about", "environ", "2024", "31", "0", "99999999999", "1,5", "million", "%", "$", "€", "km", "13e", "8th", "14h30",
        "soldats", "troops", "forces", "spéciales", "special", "marines", "battalion", "brigade", "a", "un", "nord-coréens", "North", "Korean", "russe",
        "Wagner", "Pyongyang", "Corée", "Nord", "Russie", "Russia", "front", "ukrainien", "Ukrainian", "navire", "ship", "train", "avion", "trucks",
        "ont", "été", "déployés", "will", "deploy", "decided", "send", "en", "route", "arrived", "selon", "d'après", "according", "NIS", "said",
        "a déclaré", "renseignement", "intelligence", "sud-coréenne", "convoqué", "ambassadeur", "près", "de", "near", "from", "via", "par", "vers",
        "dans", "base", "militaire", "d'", "Oussouriisk", "Vladivostok", "Kursk", ".", ",", "«", "»", "(", ")", "-", "–", "\n", "\n\n", "## ", "?", "!",
        "M.", "Gen.", "St.", "<p>", "</p>", "&amp;", "&#x1F600;", "😀", "Россия", "북한", "’", "'",
    ];

    [Theory]
    [InlineData(1, "fr")]
    [InlineData(2, "en")]
    [InlineData(3, "auto")]
    [InlineData(4, "fr")]
    [InlineData(5, "en")]
    public void Word_salad_never_throws(int seed, string language)
    {
        var random = new Random(seed);
        var analyzer = new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(
            ("Oussouriisk", Fixtures.Ussuriysk), ("Vladivostok", Fixtures.Vladivostok), ("Kursk", Fixtures.Kursk), ("Russie", Fixtures.Country("RU")), ("Russia", Fixtures.Country("RU"))));
        for (var report = 0; report < 200; report++)
        {
            var text = new StringBuilder("Selon le NIS ");
            var length = random.Next(1, 120);
            for (var i = 0; i < length; i++)
            {
                text.Append(Words[random.Next(Words.Length)]).Append(random.Next(4) == 0 ? "" : " ");
            }

            var published = new DateTimeOffset(2000 + random.Next(50), 1 + random.Next(12), 1 + random.Next(28), 0, 0, 0, TimeSpan.Zero);
            var result = analyzer.Analyze(text.ToString(), published, language);
            Assert.All(result.Movements, m => Assert.InRange(m.Confidence, 0, 1));
            Assert.All(result.Places, p => Assert.True(p.Start >= 0 && p.End <= text.Length && p.Start < p.End));
        }
    }
}
