using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Recognition;

/// <summary>Names opened by a dotted abbreviation ("St. Louis", "Mt. Pleasant") are one name where the gazetteer holds it.</summary>
public class AbbreviatedNameTests
{
    [Theory]
    [InlineData("The barge left St. Louis on Monday with grain for New Orleans.", "St. Louis")]
    [InlineData("A storm knocked out power in Mt. Pleasant overnight.", "Mt. Pleasant")]
    public void A_name_opened_by_an_abbreviation_is_one_place(string text, string surface) =>
        Assert.Contains(TestGazetteer.Recognizer.Recognize(text), m => m.Surface == surface);

    [Theory]
    [InlineData("Children from St. Mary's School sang at the fair in Dayton.", "St. Mary")]
    [InlineData("The family tree was traced by Lorna St. Clair, a volunteer in Dayton.", "St. Clair")]
    [InlineData("The records are incomplete, St. Clair said on Monday.", "St. Clair")]
    [InlineData("Dr. Paris examined the patient in Dayton.", "Dr. Paris")]
    public void A_saints_name_used_for_a_school_or_a_person_is_no_place(string text, string surface) =>
        Assert.DoesNotContain(TestGazetteer.Recognizer.Recognize(text), m => m.Surface.StartsWith(surface, StringComparison.Ordinal));
}
