using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Negation: a movement the clause denies ("were not sent", "no troops", "refused to send") is none; a negation of another
/// verb, in another clause, or that negates nothing ("not only") leaves the movement; "not yet" makes it a plan. Each denied
/// sentence is paired with the same sentence affirmed, which does give the movement.
/// </summary>
public class NegationTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 12, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Kaunas = new() { GeonameId = 598316, Name = "Kaunas", CountryCode = "LT", FeatureCode = "PPLA", Lon = 23.9, Lat = 54.9 };
    private static readonly Place Lithuania = new() { GeonameId = 597427, Name = "Lithuania", CountryCode = "LT", Kind = PlaceKind.Country, FeatureCode = "PCLI", Lon = 24, Lat = 55.5 };

    private static readonly (string, Place)[] Places =
    [
        ("Kaunas", Kaunas), ("Kaunasu", Kaunas), ("Kowna", Kaunas), ("Каунас", Kaunas), ("Каунаса", Kaunas), ("카우나스", Kaunas), ("كاوناس", Kaunas),
        ("Lithuania", Lithuania), ("Lituanie", Lithuania), ("Litauen", Lithuania), ("Lituania", Lithuania), ("Litwę", Lithuania), ("Litwy", Lithuania),
        ("Литву", Lithuania), ("Литви", Lithuania), ("쿠르스크", Fixtures.Kursk), ("ليتوانيا", Lithuania),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("en", "The 500 soldiers were sent to Lithuania on Monday.", "The 500 soldiers were not sent to Lithuania on Monday.")]
    [InlineData("en", "Troops were sent to Kaunas on Monday.", "No troops were sent to Kaunas on Monday.")]
    [InlineData("en", "Britain will deploy 500 soldiers to Lithuania.", "Britain won't deploy 500 soldiers to Lithuania.")]
    [InlineData("en", "Britain sent 500 soldiers to Lithuania.", "Britain has no plans to send 500 soldiers to Lithuania.")]
    [InlineData("en", "Britain sent 300 soldiers to Kaunas.", "Britain refused to send 300 soldiers to Kaunas.")]
    [InlineData("en", "Britain sent 300 soldiers to Kaunas.", "Britain denied sending 300 soldiers to Kaunas.")]
    [InlineData("en", "Britain sent troops to Lithuania.", "Britain sent no troops to Lithuania.")]
    [InlineData("fr", "Les 500 soldats ont été déployés en Lituanie.", "Les 500 soldats n'ont pas été déployés en Lituanie.")]
    [InlineData("fr", "Des soldats français seront envoyés à Kaunas.", "Aucun soldat français ne sera envoyé à Kaunas.")]
    [InlineData("fr", "La France a envoyé 300 soldats en Lituanie.", "La France a refusé d'envoyer 300 soldats en Lituanie.")]
    [InlineData("fr", "Les 300 soldats se sont retirés de Kaunas.", "Les 300 soldats ne se sont jamais retirés de Kaunas.")]
    [InlineData("de", "Die 500 Soldaten wurden nach Litauen verlegt.", "Die 500 Soldaten wurden nicht nach Litauen verlegt.")]
    [InlineData("de", "Am Montag verlegte die Brigade 500 Soldaten nach Litauen.", "Am Montag verlegte die Brigade 500 Soldaten nicht nach Litauen.")]
    [InlineData("de", "Deutschland schickt Soldaten nach Litauen.", "Deutschland schickt keine Soldaten nach Litauen.")]
    [InlineData("es", "Los 500 soldados fueron enviados a Lituania.", "Los 500 soldados no fueron enviados a Lituania.")]
    [InlineData("es", "Soldados españoles serán desplegados en Lituania.", "Ningún soldado español será desplegado en Lituania.")]
    [InlineData("es", "España envió 300 soldados a Lituania.", "España se negó a enviar 300 soldados a Lituania.")]
    [InlineData("it", "I 500 soldati sono stati inviati in Lituania.", "I 500 soldati non sono stati inviati in Lituania.")]
    [InlineData("it", "L'Italia ha inviato 300 soldati in Lituania.", "L'Italia ha escluso di inviare 300 soldati in Lituania.")]
    [InlineData("pl", "Polska wysłała 500 żołnierzy na Litwę.", "Polska nie wysłała 500 żołnierzy na Litwę.")]
    [InlineData("ru", "Россия перебросила 500 военных в Литву.", "Россия не перебросила 500 военных в Литву.")]
    [InlineData("uk", "Польща направила 500 військових до Литви.", "Польща не направила 500 військових до Литви.")]
    [InlineData("ar", "أرسلت بولندا 500 جندي إلى ليتوانيا.", "لم ترسل بولندا 500 جندي إلى ليتوانيا.")]
    [InlineData("ko", "러시아가 쿠르스크 지역에 병력 500명을 보냈다.", "러시아가 쿠르스크 지역에 병력 500명을 보내지 않았다.")]
    public void A_movement_the_clause_denies_is_none(string lang, string affirmed, string denied)
    {
        Assert.Single(Read(lang, affirmed));
        Assert.Empty(Read(lang, denied));
    }

    [Theory]
    [InlineData("en", "Britain not only sent 500 soldiers to Lithuania but also tanks.")]
    [InlineData("en", "The ministry did not say when the 500 soldiers arrived in Kaunas.")]
    [InlineData("en", "Britain did not deny sending 300 soldiers to Kaunas.")]
    [InlineData("en", "No more than 300 soldiers were sent to Kaunas.")]
    [InlineData("fr", "Le ministère n'a pas dit quand les 500 soldats sont arrivés à Kaunas.")]
    [InlineData("de", "Die 500 Soldaten wurden nach Litauen verlegt, nicht nach Polen.")]
    [InlineData("de", "Deutschland schickt nicht nur 500 Soldaten nach Litauen.")]
    [InlineData("es", "España no solo envió 500 soldados a Lituania.")]
    [InlineData("it", "Il ministero non ha confermato quando i 500 soldati sono arrivati in Lituania.")]
    public void A_negation_that_does_not_bear_on_the_movement_leaves_it(string lang, string text) =>
        Assert.Single(Read(lang, text));

    [Theory]
    [InlineData("en", "The 500 soldiers have not yet been deployed to Lithuania.")]
    [InlineData("fr", "Les 500 soldats n'ont pas encore été déployés en Lituanie.")]
    [InlineData("de", "Die 500 Soldaten wurden noch nicht nach Litauen verlegt.")]
    [InlineData("es", "Los 500 soldados todavía no han sido desplegados en Lituania.")]
    [InlineData("it", "I 500 soldati non sono ancora stati schierati in Lituania.")]
    public void A_movement_not_made_yet_is_a_plan(string lang, string text) =>
        Assert.Equal(MovementStatus.Planned, Assert.Single(Read(lang, text)).Status);
}
