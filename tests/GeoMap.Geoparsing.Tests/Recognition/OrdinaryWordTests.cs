using GeoMap.Core.Places;
using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Recognition;

/// <summary>Contractions, titles, portfolios and movements are no places; abbreviations of states and city offices are read whole.</summary>
public class OrdinaryWordTests
{
    private static string[] Surfaces(string text) => [.. TestGazetteer.Recognizer.Recognize(text).Select(m => m.Surface)];

    public static TheoryData<string, string> NotPlaces => new()
    {
        { "\"I've never seen the river this high,\" the farmer told reporters.", "I've" },
        { "\u201cI\u2019ve waited three years for the permit,\u201d she said.", "I\u2019ve" },
        { "\"I'll drive to the coast tomorrow,\" he said.", "I'll" },
        { "The bill was sponsored by Sen. Mary Hollis of the finance panel.", "Sen" },
        { "The Interior Minister promised a new border post by spring.", "Interior" },
        { "Talks with Hamas resumed after the ceasefire collapsed.", "Hamas" },
    };

    [Theory]
    [MemberData(nameof(NotPlaces))]
    public void An_ordinary_word_is_no_place(string text, string word) =>
        Assert.DoesNotContain(Surfaces(text), s => s.StartsWith(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("Flooding closed the bridge between Ohio and W. Va. on Sunday.", "W. Va.")]
    [InlineData("The plant in Peoria, Ill. will close in June.", "Ill.")]
    [InlineData("Shipping across the Pacific slowed in March.", "Pacific")]
    public void An_abbreviation_or_a_short_name_of_an_area_is_kept(string text, string surface) =>
        Assert.Contains(surface, Surfaces(text));

    [Theory]
    [InlineData("Members of the Springfield City Council voted on the budget.", "Springfield")]
    [InlineData("The Dublin City Council met on Friday.", "Dublin")]
    public void City_before_an_office_is_the_office_not_the_name(string text, string surface) =>
        Assert.Contains(TestGazetteer.Recognizer.Recognize(text), m => m.Surface == surface && m.Type == MentionType.Embedded);

    [Theory]
    [InlineData("Ferries left for Quebec City.", "Quebec City")]
    [InlineData("Tanks reached Kansas City on Friday.", "Kansas City")]
    public void A_city_named_with_City_keeps_it(string text, string surface) =>
        Assert.Contains(surface, Surfaces(text));
}
