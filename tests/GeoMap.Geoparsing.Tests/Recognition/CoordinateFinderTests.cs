using GeoMap.Geoparsing.Recognition;
using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Recognition;

public class CoordinateFinderTests
{
    public static TheoryData<string, double, double> Written => new()
    {
        { "Salem is located at 34°53′19″N 82°58′29″W, near the lake.", 34.8886, -82.9747 },
        { "Vehicles were seen at 47.1234° N, 37.5678° E on Monday.", 47.1234, 37.5678 },
        { "Le dépôt se trouve à 48°30'N 2°21'O.", 48.5, -2.35 },
        { "The site (34.888599, -82.974666) was hit.", 34.888599, -82.974666 },
        { "Grid: -33.8688, 151.2093 per the report.", -33.8688, 151.2093 },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void Reads_degrees_minutes_seconds_and_decimal_degrees(string text, double lat, double lon)
    {
        var c = Assert.Single(CoordinateFinder.Find(text));
        Assert.Equal(lat, c.Lat, 3);
        Assert.Equal(lon, c.Lon, 3);
        Assert.True(c.End > c.Start && c.End <= text.Length);
    }

    [Theory]
    [InlineData("Prices rose 1.5, 2.5 and 3.5 percent.")]
    [InlineData("Out of range: 95.12345, 200.12345 is no place.")]
    [InlineData("It was 45° in the shade.")]
    [InlineData("")]
    public void Numbers_that_are_not_positions_are_ignored(string text) => Assert.Empty(CoordinateFinder.Find(text));

    [Fact]
    public void A_position_in_the_sentence_picks_the_nearest_namesake()
    {
        // Three US Salems and more; the written position is Salem, Massachusetts.
        var salem = TestGazetteer.Recognizer.Recognize("Salem is located at 42°31′N 70°53′W. Salem has a harbour.").Where(m => m.Surface == "Salem").ToList();
        Assert.Equal(2, salem.Count);
        Assert.All(salem, m => Assert.Equal(("US", "MA"), (m.Place.CountryCode, m.Place.Admin1Code)));
    }
}
