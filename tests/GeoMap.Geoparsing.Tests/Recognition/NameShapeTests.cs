using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Recognition;

/// <summary>Shapes of text that make a place's name part of something else: a person's full name with a middle initial, a
/// firm's partners, a common word that only another language's name for a country spells, a date's month.</summary>
public class NameShapeTests
{
    public static TheoryData<string, string> NotPlaces => new()
    {
        { "Detective Ann B. Tulsa took the call in Denver.", "Tulsa" },
        { "The city paid Harlan & Brandt for the design of the new library.", "Harlan" },
        { "The design came from Brandt & Harlan, a local firm.", "Harlan" },
        { "Every Man for Himself opens at the theater in Denver on Friday.", "Man" },
        { "The ferry to the Island left Denver's dock late.", "Island" },
        { "My brother lives in Denver.", "My" },
        { "The vote in Denver is set for Nov. 4 this year.", "Nov" },
    };

    [Theory]
    [MemberData(nameof(NotPlaces))]
    public void A_place_name_in_these_shapes_is_no_place(string text, string word) =>
        Assert.DoesNotContain(TestGazetteer.Recognizer.Recognize(text), m => m.Surface == word);

    [Theory]
    [InlineData("Flooding closed roads in Swords, Co Dublin, on Monday.", "Swords")]
    [InlineData("Chad closed its border on Monday.", "Chad")]
    [InlineData("Talks between Austin and Denver officials resumed.", "Austin")]
    public void A_place_name_beside_these_words_stays_a_place(string text, string word) =>
        Assert.Contains(TestGazetteer.Recognizer.Recognize(text), m => m.Surface == word);

    [Fact]
    public void Co_before_a_county_name_keeps_the_name_a_place()
    {
        var found = TestGazetteer.Recognizer.Recognize("She grew up in Co Dublin and moved to Dublin in 2001.");
        Assert.Equal(2, found.Count(m => m.Surface == "Dublin"));
    }
}
