using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// Issue 10: a force that went only towards a place, or set out for it, is still on its way; a name in quotation marks after
/// its noun of place keeps the preposition's role; a side named since the last movement is the one an unnamed mover belongs to.
/// </summary>
public class DirectionAndSettingOutTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 11, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Kherson = new() { GeonameId = 706448, Name = "Kherson", CountryCode = "UA", Lon = 32.62, Lat = 46.64 };
    private static readonly Place Odesa = new() { GeonameId = 698740, Name = "Odesa", CountryCode = "UA", Lon = 30.73, Lat = 46.48 };
    private static readonly Place Mykolaiv = new() { GeonameId = 700569, Name = "Mykolaiv", CountryCode = "UA", Lon = 31.99, Lat = 46.97 };

    private static readonly (string, Place)[] Places =
    [
        ("Херсон", Kherson), ("Херсона", Kherson), ("Херсону", Kherson), ("Херсоном", Kherson), ("Chersonia", Kherson), ("Kherson", Kherson),
        ("Одессы", Odesa), ("Одессе", Odesa), ("Одессу", Odesa), ("Одеси", Odesa), ("Odessy", Odesa), ("Odesa", Odesa),
        ("Николаева", Mykolaiv), ("Миколаїв", Mykolaiv), ("Миколаєва", Mykolaiv), ("Mikołajowa", Mykolaiv), ("Mykolaiv", Mykolaiv),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("ru", "Российские штурмовые группы продвинулись в направлении Херсона.", MovementStatus.UnderWay)]
    [InlineData("ru", "Российские штурмовые группы продвинулись в сторону Херсона.", MovementStatus.UnderWay)]
    [InlineData("uk", "Російські штурмові групи просунулися у напрямку Херсона.", MovementStatus.UnderWay)]
    [InlineData("pl", "Rosyjskie oddziały szturmowe przerzucono w kierunku Chersonia.", MovementStatus.UnderWay)]
    [InlineData("ru", "Российские штурмовые группы вошли в Херсон.", MovementStatus.Completed)]
    [InlineData("uk", "Російські штурмові групи просунулися до Херсона.", MovementStatus.Completed)]
    public void A_completed_movement_only_towards_a_place_is_under_way(string lang, string text, MovementStatus status) =>
        Assert.Equal(status, Assert.Single(Read(lang, text)).Status);

    [Theory]
    [InlineData("ru", "Украинские войска отошли из Николаева в направлении Одессы.")]
    [InlineData("uk", "Українські війська відійшли з Миколаєва у напрямку Одеси.")]
    public void A_withdrawal_towards_a_place_is_done_once_it_has_left(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(MovementKind.Withdrawal, movement.Kind);
        Assert.Equal(MovementStatus.Completed, movement.Status);
    }

    [Theory]
    [InlineData("ru", "Колонна российских войск направилась в Херсон.")]
    [InlineData("ru", "Российские войска выдвинулись из Николаева к Херсону.")]
    [InlineData("uk", "Колони російських військ рушили до Херсона.")]
    [InlineData("pl", "Kolumna rosyjskich żołnierzy wyruszyła z Odessy do Chersonia.")]
    public void Setting_out_for_a_place_is_under_way(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Kherson, movement.Destination);
        Assert.Equal(MovementStatus.UnderWay, movement.Status);
    }

    [Theory]
    [InlineData("uk", "Українська бригада перейшла з авіабази «Миколаїв» до Херсона.")]
    [InlineData("ru", "Украинская бригада перешла с базы \"Николаева\" в Херсон.")]
    public void A_name_in_quotation_marks_after_its_noun_of_place_keeps_the_preposition_s_role(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Mykolaiv, movement.Origin);
        Assert.Equal(Kherson, movement.Destination);
    }

    [Fact]
    public void A_name_in_quotation_marks_without_a_noun_of_place_is_no_stop()
    {
        var movement = Assert.Single(Read("ru", "Отряд кораблей во главе с «Херсоном» прибыл в Одессу."));
        Assert.Equal(Odesa, movement.Destination);
        Assert.Null(movement.Origin);
    }

    [Theory]
    [InlineData("ru", "Российские войска перебросили батальон в Херсон.\n\nУкраинская сторона тем временем наращивает группировку. В понедельник в Одессу прибыли ещё две бригады.")]
    [InlineData("en", "Russian troops moved a battalion to Kherson.\n\nUkrainian forces, meanwhile, are being reinforced. On Monday two more brigades arrived in Odesa.")]
    public void A_side_named_since_the_last_movement_is_the_one_an_unnamed_mover_belongs_to(string lang, string text)
    {
        var movements = Read(lang, text);
        Assert.Equal("RU", movements.Single(m => m.Destination == Kherson).ActorCountry);
        Assert.Equal("UA", movements.Single(m => m.Destination == Odesa).ActorCountry);
    }
}
