using System.Text;
using System.Text.Json;
using GeoMap.Geoparsing.Analysis;
using GeoMap.Geoparsing.Tests.Extraction;

namespace GeoMap.Geoparsing.Tests.Analysis;

public class ReportAnalyzerRobustnessTests
{
    private static readonly DateTimeOffset Published = new(2024, 10, 18, 0, 0, 0, TimeSpan.Zero);

    private static ReportAnalyzer Analyzer() => new(Fixtures.Curated);

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("12 345 678 / 2024 -- 99 %")]
    public void Empty_or_wordless_input_is_refused_clearly(string text)
    {
        var e = Assert.Throws<UnusableInputException>(() => Analyzer().Analyze(text, Published));
        Assert.Contains("report", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Binary_garbage_is_refused_clearly()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        var e = Assert.Throws<UnusableInputException>(() => Analyzer().Analyze(text, Published));
        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_language_is_refused_with_the_supported_ones()
    {
        var e = Assert.Throws<UnusableInputException>(() => Analyzer().Analyze("Os soldados foram transferidos.", Published, "pt"));
        Assert.Contains("fr", e.Message, StringComparison.Ordinal);
        Assert.Contains("en", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("La Corée du Nord a envoyé 12 000 soldats en Russie, selon les services de renseignement.", "fr")]
    [InlineData("North Korea has sent 12,000 soldiers to Russia, according to the intelligence services.", "en")]
    [InlineData("Северная Корея отправила войска. 북한군이 이동했다.", null)]
    public void Detects_the_language(string text, string? language) => Assert.Equal(language, LanguageDetector.Detect(text));

    [Fact]
    public void Mixed_scripts_give_a_sane_result()
    {
        var text = "Selon le NIS, 1 500 soldats nord-coréens (북한군) ont été envoyés en Russie (Россия) — مصدر. 😀 Ensuite ils sont arrivés.";
        var result = Analyzer().Analyze(text, Published, "auto");
        Assert.Equal("fr", result.Language);
        var movement = Assert.Single(result.Movements);
        Assert.Equal(1500, movement.Strength!.Min);
        Assert.Equal(text.IndexOf("Selon", StringComparison.Ordinal), movement.SentenceStart);
    }

    [Fact]
    public void Html_is_read_as_text_and_offsets_point_into_the_html()
    {
        var html = "<html><head><title>Dépêche</title><script>var x = '12 000 soldats en Russie';</script></head>"
            + "<body><p>Selon le NIS, 1&nbsp;500 soldats nord-cor&eacute;ens ont &eacute;t&eacute; d&eacute;ploy&eacute;s en <b>Russie</b>.</p>"
            + "<p>La Cor&eacute;e du Sud proteste.</p></body></html>";
        var result = Analyzer().Analyze(html, Published, "fr");
        Assert.True(result.WasHtml);
        var movement = Assert.Single(result.Movements);
        Assert.Equal(1500, movement.Strength!.Min);
        Assert.Equal("KP", movement.ActorCountry);
        Assert.Equal("RU", movement.Destination!.CountryCode);
        Assert.StartsWith("Selon le NIS", html[movement.SentenceStart..], StringComparison.Ordinal);
        var south = Assert.Single(result.Places, p => p.Place.CountryCode == "KR");
        Assert.Equal("Cor&eacute;e du Sud", html[south.Start..south.End]);
        var russia = Assert.Single(result.Places, p => p.Place.CountryCode == "RU");
        Assert.Equal("Russie", html[russia.Start..russia.End]);
    }

    [Fact]
    public void A_demonym_is_not_a_place()
    {
        var russian = new GeoMap.Core.Places.Place { GeonameId = 1, Name = "Rušanj", CountryCode = "RS", Lon = 20.4, Lat = 44.7 };
        var analyzer = new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(("Russian", russian), ("Kursk", Fixtures.Kursk)));
        var result = analyzer.Analyze("Russian marines were deployed to Kursk.", Published, "en");
        Assert.Equal(["Kursk"], result.Places.Select(p => p.Surface));
    }

    [Fact]
    public void Pathological_text_does_not_hang()
    {
        var text = new StringBuilder();
        text.Append(string.Concat(Enumerable.Repeat("1 ", 50_000)));
        text.Append(new string('(', 50_000));
        text.Append(string.Concat(Enumerable.Repeat("entre le 8 et ", 5_000)));
        text.Append(string.Concat(Enumerable.Repeat("soldats ", 20_000)));
        // A hang is caught by the runner's hang timeout (scripts/test.sh); speed is bench/movements' business.
        var result = Analyzer().Analyze(text.ToString(), Published, "fr");
        Assert.All(result.Movements, m => Assert.InRange(m.Sentence.Length, 1, text.Length));
    }

    [Fact]
    public void A_20_MB_report_is_analysed_whole()
    {
        var paragraph = "Selon le NIS, 1 500 soldats nord-coréens ont été déployés en Russie entre le 8 et le 13 octobre. "
            + "Séoul a convoqué l'ambassadeur russe. Des images satellite ont été diffusées.\n";
        var text = new StringBuilder(21_000_000);
        while (text.Length < 20_000_000)
        {
            text.Append(paragraph);
        }

        var result = Analyzer().Analyze(text.ToString(), Published, "fr");
        Assert.NotEmpty(result.Movements);
    }

    [Fact]
    public void The_output_is_deterministic()
    {
        var text = "Selon le Kremlin, environ 3 000 soldats biélorusses sont arrivés en Russie la semaine dernière. Le Bélarus prévoit d'envoyer 2 000 hommes en Russie en décembre.";
        string Run()
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                AnalysisJson.WriteProperties(writer, Analyzer().Analyze(text, Published, "fr"));
                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        var first = Run();
        Assert.Contains("\"movements\":[{", first, StringComparison.Ordinal);
        Assert.Equal(first, Run());
    }
}

public class ActorNamesAreNotPlacesTests
{
    [Theory]
    [InlineData("Les mercenaires de Wagner ont quitté Minsk en août.", "Wagner")]
    [InlineData("Wagner fighters left Minsk in August.", "Wagner")]
    public void A_group_named_like_a_town_is_not_a_place(string text, string surface)
    {
        var analyzer = new ReportAnalyzer(Fixtures.Curated, new GazetteerMentionFinder(GeoMap.Geoparsing.Tests.Gazetteer.TestGazetteer.Recognizer));
        var places = analyzer.Analyze(text, new DateTimeOffset(2023, 8, 20, 0, 0, 0, TimeSpan.Zero)).Places;
        Assert.DoesNotContain(places, p => p.Surface == surface);
        Assert.Contains(places, p => p.Surface == "Minsk");
    }

    [Theory]
    [InlineData("The detainees in Kandahar were questioned in English through an interpreter.", "English", "Kandahar")]
    [InlineData("Leaflets in Hindi and Urdu were handed out at the camp near Amritsar.", "Hindi", "Amritsar")]
    [InlineData("A school in Nairobi teaches Swahili to the new recruits.", "Swahili", "Nairobi")]
    public void A_language_named_in_an_english_report_is_not_a_place(string text, string language, string place)
    {
        var analyzer = new ReportAnalyzer(Fixtures.Curated, new GazetteerMentionFinder(GeoMap.Geoparsing.Tests.Gazetteer.TestGazetteer.Recognizer));
        var places = analyzer.Analyze(text, new DateTimeOffset(2023, 8, 20, 0, 0, 0, TimeSpan.Zero), "en").Places;
        Assert.DoesNotContain(places, p => p.Surface == language);
        Assert.Contains(places, p => p.Surface == place);
    }
}

public class MentionTypesInTheAnalysisTests
{
    [Theory]
    [InlineData("The Malaysian government sent 200 soldiers to Sabah by ship on Monday.", "Malaysian", "Sabah")]
    [InlineData("The Ohio National Guard sent 300 soldiers to Columbus by bus on Monday.", "Ohio", "Columbus")]
    public void A_demonym_or_a_place_inside_a_name_is_listed_with_its_type_but_is_no_destination(string text, string associated, string destination)
    {
        var analyzer = new ReportAnalyzer(Fixtures.Curated, new GazetteerMentionFinder(GeoMap.Geoparsing.Tests.Gazetteer.TestGazetteer.Recognizer));
        var result = analyzer.Analyze(text, new DateTimeOffset(2024, 3, 20, 0, 0, 0, TimeSpan.Zero), "en");
        Assert.NotEqual(GeoMap.Core.Places.MentionType.Literal, Assert.Single(result.Places, p => p.Surface == associated).Type);
        var movement = Assert.Single(result.Movements);
        Assert.Equal(destination, movement.Destination?.Name);
    }
}
