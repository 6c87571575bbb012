using GeoMap.Geoparsing.Analysis;
using GeoMap.Geoparsing.Languages;
using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Analysis;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("en", "The ministry said on Tuesday that two battalions had been moved to the border and that more would follow.")]
    [InlineData("fr", "Le ministère a indiqué mardi que deux bataillons avaient été déplacés vers la frontière et que d'autres suivraient.")]
    [InlineData("de", "Das Ministerium teilte am Dienstag mit, dass zwei Bataillone an die Grenze verlegt wurden und weitere folgen sollen.")]
    [InlineData("es", "El ministerio dijo el martes que dos batallones fueron trasladados a la frontera y que otros los seguirán.")]
    [InlineData("it", "Il ministero ha detto martedì che due battaglioni sono stati trasferiti al confine e che altri seguiranno.")]
    [InlineData("pl", "Ministerstwo poinformowało we wtorek, że dwa bataliony zostały przeniesione na granicę i że wkrótce dołączą kolejne.")]
    [InlineData("ru", "Министерство сообщило во вторник, что два батальона были переброшены к границе и что за ними последуют другие.")]
    [InlineData("uk", "Міністерство повідомило у вівторок, що два батальйони було перекинуто до кордону і що за ними підуть інші.")]
    [InlineData("ko", "국방부는 화요일 두 개 대대가 국경으로 이동했으며 추가 병력이 뒤따를 것이라고 밝혔다.")]
    [InlineData("ar", "قالت الوزارة يوم الثلاثاء إن كتيبتين نقلتا إلى الحدود وإن وحدات أخرى ستتبعهما.")]
    public void Each_supported_language_is_told_from_the_others(string code, string text)
    {
        var guess = LanguageDetector.Identify(text);
        Assert.Equal(code, guess.Code);
        Assert.False(guess.Unsupported);
    }

    [Theory]
    [InlineData("国防部周二表示，两个营已被调往边境，其他部队将随后跟进。")]
    [InlineData("Το υπουργείο ανέφερε την Τρίτη ότι δύο τάγματα μετακινήθηκαν στα σύνορα.")]
    [InlineData("Министарство је у уторак саопштило да су два батаљона пребачена на границу и да ће их пратити други.")]
    [InlineData("Ministeriö kertoi tiistaina, että kaksi pataljoonaa on siirretty rajalle ja että muita seuraa pian perässä. "
        + "Joukot lähtivät varuskunnasta aamulla, ja kuljetukset jatkuvat koko viikon ajan. Viranomaiset eivät kommentoineet "
        + "joukkojen tarkkaa määrää, mutta paikalliset asukkaat näkivät pitkiä saattueita moottoritiellä koko yön.")]
    public void A_language_geomap_does_not_read_is_called_unsupported(string text)
    {
        var guess = LanguageDetector.Identify(text);
        Assert.Null(guess.Code);
        Assert.True(guess.Unsupported);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12 000")]
    [InlineData("Kyiv")]
    public void Too_little_text_is_undetermined_not_unsupported(string text) =>
        Assert.Equal(LanguageGuess.Undetermined, LanguageDetector.Identify(text));

    [Fact]
    public void An_unsupported_report_still_gets_its_places_and_says_why_it_has_no_movements()
    {
        var analyzer = new ReportAnalyzer(ReportAnalyzer.LoadCuratedLexicons(TestGazetteer.DataDirectory), new GazetteerMentionFinder(TestGazetteer.Recognizer));
        var result = analyzer.Analyze("Ministeriö kertoi tiistaina, että kaksi pataljoonaa on siirretty Helsinki kaupunkiin ja että muita seuraa pian perässä. "
            + "Joukot lähtivät varuskunnasta aamulla, ja kuljetukset jatkuvat koko viikon ajan. Viranomaiset eivät kommentoineet "
            + "joukkojen tarkkaa määrää, mutta paikalliset asukkaat näkivät pitkiä saattueita moottoritiellä koko yön.", new DateTimeOffset(2025, 3, 4, 0, 0, 0, TimeSpan.Zero));
        Assert.True(result.UnsupportedLanguage);
        Assert.Null(result.Language);
        Assert.Empty(result.Movements);
        Assert.Contains(result.Places, p => p.Surface == "Helsinki");
    }

    [Fact]
    public void Every_supported_code_is_accepted_as_a_given_language()
    {
        Assert.Equal(["ar", "de", "en", "es", "fr", "it", "ko", "pl", "ru", "uk"], LanguageCatalog.Codes);
        Assert.All(LanguageCatalog.Codes, code => Assert.Same(LanguageCatalog.Find(code), LanguageCatalog.Find(code.ToUpperInvariant())));
    }
}
