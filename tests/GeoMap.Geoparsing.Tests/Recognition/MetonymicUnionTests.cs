using GeoMap.Core.Places;
using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Recognition;

/// <summary>A union of states is the body that acts or rules unless a preposition of place makes it the territory; the name of
/// a war holds its place as an embedded name.</summary>
public class MetonymicUnionTests
{
    [Theory]
    [InlineData("The EU fined the carmaker on Monday.", "EU")]
    [InlineData("Farmers protested against new EU rules on fertiliser.", "EU")]
    [InlineData("Ministers of the European Union met to agree on the budget.", "European Union")]
    [InlineData("Talks between Kenya and the European Union stalled.", "European Union")]
    public void A_union_that_acts_or_rules_is_metonymic(string text, string name)
    {
        var m = Assert.Single(TestGazetteer.Recognizer.Recognize(text), m => m.Surface == name);
        Assert.Equal(MentionType.Metonymic, m.Type);
        Assert.Equal("UNION", m.Place.FeatureCode);
    }

    [Theory]
    [InlineData("Malta became the smallest country in the EU.", "EU")]
    [InlineData("Prices rose across the European Union last year.", "European Union")]
    [InlineData("Seasonal workers moved to the EU from Ukraine.", "EU")]
    public void A_union_under_a_preposition_of_place_is_its_territory(string text, string name) =>
        Assert.Equal(MentionType.Literal, Assert.Single(TestGazetteer.Recognizer.Recognize(text), m => m.Surface == name).Type);

    [Theory]
    [InlineData("He served two tours in the Iraq War before coming home.", "Iraq")]
    [InlineData("Veterans of the Vietnam War gathered in the park.", "Vietnam")]
    public void A_place_naming_a_war_is_embedded_in_its_name(string text, string place) =>
        Assert.Equal(MentionType.Embedded, Assert.Single(TestGazetteer.Recognizer.Recognize(text), m => m.Surface == place).Type);
}
