using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Recognition;

/// <summary>A title before a name makes it a person's; a lower-case title before a country's name is a common noun.</summary>
public class TitleBeforeNameTests
{
    [Theory]
    [InlineData("Rallies spread across Norway this week. Many call him the finest leader Norway has known, his aides said.", "Norway", 2)]
    [InlineData("The most popular minister Portugal ever had retired on Friday. Portugal will vote again in May.", "Portugal", 2)]
    public void A_lower_case_title_before_a_country_keeps_the_country(string text, string surface, int expected) =>
        Assert.Equal(expected, TestGazetteer.Recognizer.Recognize(text).Count(m => m.Surface == surface));

    [Theory]
    [InlineData("Governor Chester signed the bill on Monday. Chester said the state would pay.", "Chester")]
    [InlineData("The envoy met foreign minister Hamilton in the morning. Hamilton declined to comment.", "Hamilton")]
    public void A_title_before_a_town_name_makes_it_a_person_throughout(string text, string surface) =>
        Assert.DoesNotContain(TestGazetteer.Recognizer.Recognize(text), m => m.Surface == surface);
}
