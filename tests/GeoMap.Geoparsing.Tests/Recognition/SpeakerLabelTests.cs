using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Recognition;

/// <summary>A name that opens several lines of a text with a colon labels a speaker's turns; a dateline or a heading opens one.</summary>
public class SpeakerLabelTests
{
    [Theory]
    [InlineData("HOUSTON: We drove out in the spring of that year.\nREPORTER: Why then?\nHOUSTON: The light was good, and nobody else came.", "HOUSTON")]
    [InlineData("Q: Where did the crew sleep?\nDENVER: In the trucks, mostly.\nQ: And the next night?\nDENVER: Same again.", "DENVER")]
    public void A_name_that_labels_a_speakers_turns_is_no_place(string text, string speaker) =>
        Assert.DoesNotContain(TestGazetteer.Recognizer.Recognize(text), m => m.Surface == speaker);

    [Theory]
    [InlineData("KARACHI: The port reopened on Monday after the strike.\nOfficials said ships had waited for a week.", "KARACHI")]
    [InlineData("Day one\nBeijing: two nights in an old courtyard house.\nShanghai: one night by the river.", "Beijing")]
    [InlineData("Day one\nBeijing: two nights in an old courtyard house.\nShanghai: one night by the river.", "Shanghai")]
    public void A_dateline_or_a_heading_naming_a_place_stays_a_place(string text, string place) =>
        Assert.Contains(TestGazetteer.Recognizer.Recognize(text), m => m.Surface == place);
}
