using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>Where a force is stationed, said by a participle in Russian, Ukrainian and Polish, is where a movement of it starts.</summary>
public class StationedOriginTests
{
    private static readonly DateTimeOffset Published = new(2025, 5, 20, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Lviv = new() { GeonameId = 702550, Name = "Lviv", CountryCode = "UA", Lon = 24.02, Lat = 49.84 };
    private static readonly Place Rivne = new() { GeonameId = 695594, Name = "Rivne", CountryCode = "UA", Lon = 26.25, Lat = 50.62 };

    private static readonly (string, Place)[] Places =
    [
        ("Львове", Lviv), ("Львові", Lviv), ("Львів", Lviv), ("Lwowie", Lviv), ("Львов", Lviv), ("Lwów", Lviv),
        ("Ровно", Rivne), ("Рівного", Rivne), ("Równego", Rivne), ("Równem", Rivne), ("Рівному", Rivne), ("Ровне", Rivne),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("ru", "Украинская бригада, дислоцированная во Львове, переброшена в Ровно.")]
    [InlineData("ru", "Украинские подразделения, базирующиеся во Львове, выдвинулись в Ровно.")]
    [InlineData("uk", "Українська бригада, дислокована у Львові, вирушила до Рівного.")]
    [InlineData("pl", "Ukraińska brygada stacjonująca w Lwowie zostanie przerzucona do Równego.")]
    [InlineData("pl", "Ukraińska brygada, stacjonująca głównie w Lwowie, wróci do Równego.")]
    public void A_participle_of_being_stationed_gives_the_origin(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Lviv, movement.Origin);
        Assert.Equal(Rivne, movement.Destination);
    }

    [Theory]
    [InlineData("ru", "Украинские корабли перешли с военно-морской базы Львов в Ровно.")]
    [InlineData("uk", "Українські кораблі перейшли з військово-морської бази Львів до Рівного.")]
    public void The_service_adjective_of_a_base_does_not_cut_the_name_from_its_preposition(string lang, string text)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(Lviv, movement.Origin);
        Assert.Equal(Rivne, movement.Destination);
    }

    [Theory]
    // The infinitive, the future and the short participle say where the force will be, not where it starts.
    [InlineData("pl", "Ukraińska brygada zostanie przerzucona do Równego i będzie stacjonować w Lwowie.")]
    [InlineData("ru", "Украинская бригада будет переброшена в Ровно и будет размещена во Львове.")]
    [InlineData("uk", "Українську бригаду перекинуть до Рівного, і вона буде розміщена у Львові.")]
    public void Being_stationed_later_is_no_origin(string lang, string text)
    {
        var movement = Read(lang, text).First(m => m.Destination == Rivne);
        Assert.NotEqual(Lviv, movement.Origin);
    }
}
