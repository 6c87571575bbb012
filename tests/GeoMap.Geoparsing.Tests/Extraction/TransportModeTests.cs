using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// How a movement went when no noun of transport says it: the craft that moved, a verb of flying or landing, boats, the
/// means written onto the Arabic preposition, and the first arrivals of a movement under way.
/// </summary>
public class TransportModeTests
{
    private static readonly DateTimeOffset Published = new(2025, 4, 16, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Kursk = Fixtures.Kursk;
    private static readonly Place Minsk = Fixtures.Minsk;

    private static readonly (string, Place)[] Places =
    [
        ("Kursk", Kursk), ("Kursku", Kursk), ("Kurska", Kursk), ("Курск", Kursk), ("Курська", Kursk), ("Курську", Kursk), ("كورسك", Kursk),
        ("Minsk", Minsk), ("Mińska", Minsk), ("Минска", Minsk), ("Мінська", Minsk), ("مينسك", Minsk),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("en", "Six Russian bombers were redeployed from Minsk to Kursk.", TransportMode.Air)]
    [InlineData("uk", "Шість російських бомбардувальників перекинули з Мінська до Курська.", TransportMode.Air)]
    [InlineData("pl", "Cztery rosyjskie śmigłowce przerzucono z Mińska do Kurska.", TransportMode.Air)]
    [InlineData("ru", "Три российских фрегата перешли из Минска в Курск.", TransportMode.Sea)]
    public void The_craft_that_moved_is_how_it_went(string lang, string text, TransportMode mode) =>
        Assert.Equal(mode, Assert.Single(Read(lang, text)).Mode);

    [Theory]
    [InlineData("ru", "Около ста российских военных прилетели из Минска в Курск.", TransportMode.Air)]
    [InlineData("uk", "Близько ста українських військових вилетіли з Мінська до Курська.", TransportMode.Air)]
    [InlineData("pl", "Około stu polskich żołnierzy ma wylądować w Kursku w przyszłym tygodniu.", TransportMode.Air)]
    [InlineData("ru", "Часть российских солдат ушла на лодках из Минска в Курск.", TransportMode.Sea)]
    [InlineData("uk", "Частина українських солдатів переправилася човнами з Мінська до Курська.", TransportMode.Sea)]
    public void A_verb_of_flying_or_a_boat_tells_the_way(string lang, string text, TransportMode mode) =>
        Assert.Equal(mode, Assert.Single(Read(lang, text)).Mode);

    [Theory]
    [InlineData("نُقل نحو ألف جندي روسي بالقطارات من مينسك إلى كورسك.", TransportMode.Rail)]
    [InlineData("نقلت روسيا مئتي جندي بطائرات من مينسك إلى كورسك.", TransportMode.Air)]
    [InlineData("وصل نحو ألف جندي روسي بالشاحنات من مينسك إلى كورسك.", TransportMode.Road)]
    public void The_means_after_an_attached_preposition_tells_the_way(string text, TransportMode mode) =>
        Assert.Equal(mode, Assert.Single(Read("ar", text)).Mode);

    [Theory]
    [InlineData("uk", "Українське командування перекидає підкріплення до Курська; перші підрозділи прибули до Курська літаками в понеділок.")]
    [InlineData("en", "The Ukrainian command is moving reinforcements to Kursk; the first units arrived in Kursk by plane on Monday.")]
    public void The_first_arrivals_of_a_movement_under_way_are_that_movement(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(MovementStatus.UnderWay, movement.Status);
        Assert.Equal(TransportMode.Air, movement.Mode);
        Assert.Equal(Kursk, movement.Destination);
    }
}
