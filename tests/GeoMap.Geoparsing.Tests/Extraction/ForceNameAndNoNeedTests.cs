using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>
/// A state's forces named by their own abbreviation or unit name (ЗСУ, ВСУ, ЦАХАЛ) move for that state; "we see no
/// need to move forces" (pl, ru, uk) states no movement.
/// </summary>
public class ForceNameAndNoNeedTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly Place Poltava = new() { GeonameId = 696643, Name = "Poltava", CountryCode = "UA", Lon = 34.55, Lat = 49.59 };
    private static readonly Place Sumy = new() { GeonameId = 692194, Name = "Sumy", CountryCode = "UA", Lon = 34.8, Lat = 50.92 };
    private static readonly Place Haifa = new() { GeonameId = 294801, Name = "Haifa", CountryCode = "IL", Lon = 34.99, Lat = 32.79 };

    private static readonly (string, Place)[] Places =
    [
        ("Полтави", Poltava), ("Полтавы", Poltava), ("Połtawy", Poltava), ("Сум", Sumy), ("Суми", Sumy), ("Сумы", Sumy), ("Sum", Sumy), ("Sumy", Sumy),
        ("Хайфу", Haifa), ("Хайфи", Haifa),
    ];

    private static IReadOnlyList<Movement> Read(string lang, string text) =>
        new ReportAnalyzer(Fixtures.Curated, new HandMentionFinder(Places)).Analyze(text, Published, lang).Movements;

    [Theory]
    [InlineData("uk", "ЗСУ перекинули дві бригади з Полтави до Сум.", "UA")]
    [InlineData("ru", "ВСУ перебросили две бригады из Полтавы в Сумы.", "UA")]
    [InlineData("uk", "ЦАХАЛ перекинув дві бригади до Хайфи.", "IL")]
    public void A_force_named_by_its_own_name_moves_for_its_state(string lang, string text, string country)
    {
        var movement = Assert.Single(Read(lang, text));
        Assert.Equal(country, movement.ActorCountry);
    }

    [Theory]
    [InlineData("uk", "ЗСУ заявили, що противник зосередив понад 110 тисяч військових. За даними розвідки, протягом липня російське командування перекинуло до Сум дві бригади.")]
    [InlineData("ru", "ВСУ заявили, что противник сосредоточил более 110 тысяч военных. По данным разведки, в июле российское командование перебросило в Сумы две бригады.")]
    public void A_country_after_the_comma_that_ends_an_intelligence_source_is_the_clauses_own(string lang, string text)
    {
        Assert.Equal("RU", Assert.Single(Read(lang, text), m => m.Destination == Sumy).ActorCountry);
    }

    [Theory]
    [InlineData("uk", "«Ми не бачимо потреби перекидати додаткові сили до Сум», — сказав речник.", "«Ми бачимо потребу перекидати додаткові сили до Сум», — сказав речник.")]
    [InlineData("ru", "«Мы не видим необходимости перебрасывать дополнительные силы в Сумы», — сказал представитель.", "«Мы будем перебрасывать дополнительные силы в Сумы», — сказал представитель.")]
    [InlineData("pl", "„Nie widzimy potrzeby przerzucania dodatkowych sił do Sum” – powiedział rzecznik.", "„Rozpoczęliśmy przerzucanie dodatkowych sił do Sum” – powiedział rzecznik.")]
    public void Seeing_no_need_to_move_forces_is_no_movement(string lang, string denied, string affirmed)
    {
        Assert.DoesNotContain(Read(lang, denied), m => m.Destination == Sumy);
        Assert.Contains(Read(lang, affirmed), m => m.Destination == Sumy);
    }
}
