using GeoMap.Core.Places;
using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Recognition;

/// <summary>Streets and roads the gazetteer does not hold are named places of local news, placed at the town nearest them in the text.</summary>
public class StreetTests
{
    public static TheoryData<string, string, string> Streets => new()
    {
        { "A water main burst under Harlow Street in Toledo on Sunday.", "Harlow Street", "Toledo" },
        { "Toledo crews closed Quarry Hill Road for the afternoon.", "Quarry Hill Road", "Toledo" },
        { "The shop at 412 Birch St., Toledo, was sold.", "Birch St.", "Toledo" },
        { "Residents of Spokane met at the school on W. Maple Avenue.", "W. Maple Avenue", "Spokane" },
        { "In Spokane, the parade left Eighth Avenue at noon.", "Eighth Avenue", "Spokane" },
        { "Drivers in Fresno avoided North Cedar Boulevard after the crash.", "North Cedar Boulevard", "Fresno" },
    };

    [Theory]
    [MemberData(nameof(Streets))]
    public void A_street_is_placed_at_the_town_the_text_names_nearest_to_it(string text, string street, string town)
    {
        var found = TestGazetteer.Recognizer.Recognize(text);
        var s = Assert.Single(found, m => m.Surface == street);
        var t = Assert.Single(found, m => m.Surface == town);
        Assert.Equal(MentionType.Literal, s.Type);
        Assert.Equal(t.Place.Key, s.Place.Key);
        Assert.True(s.Confidence < t.Confidence);
    }

    [Theory]
    [InlineData("Toledo lawyers filed at the Supreme Court on Tuesday.", "Supreme Court")]
    [InlineData("The Main Street Bank in Toledo posted a loss.", "Main Street")]
    [InlineData("Trucks on County Road 12 near Toledo were stopped.", "County Road")]
    [InlineData("A Toledo family flew to St. Louis on Friday.", "Toledo St.")]
    [InlineData("In Toledo, Dr. Amy Chen treated the boy.", "Dr.")]
    public void A_court_a_business_a_route_or_a_saint_is_no_street(string text, string notStreet) =>
        Assert.DoesNotContain(TestGazetteer.Recognizer.Recognize(text), m => m.Surface.Contains(notStreet, StringComparison.Ordinal) && m.Surface != "St. Louis");

    [Fact]
    public void A_street_in_a_text_naming_no_town_is_no_mention() =>
        Assert.Empty(TestGazetteer.Recognizer.Recognize("The parade turned onto Harlow Street at noon."));

    [Fact]
    public void A_given_span_shaped_like_a_street_resolves_to_the_nearest_town()
    {
        const string text = "A fire was reported on Harlow Street in Toledo.";
        var start = text.IndexOf("Harlow Street", StringComparison.Ordinal);
        var resolved = Assert.Single(TestGazetteer.Recognizer.ResolveSpans(text, [(start, start + "Harlow Street".Length)]));
        Assert.Equal("Toledo", TestGazetteer.Instance[resolved.Entry].Name);
    }
}
