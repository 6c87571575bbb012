using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Tests.Text;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Séoul", "seoul")]
    [InlineData("Pékin", "pekin")]
    [InlineData("Saint-Pétersbourg", "saint petersbourg")]
    [InlineData("Corée  du   Nord", "coree du nord")]
    [InlineData("Yel’nya", "yelnya")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Großbritannien", "grossbritannien")]
    [InlineData("U.K.", "u k")]
    public void Fold_removes_case_accents_and_punctuation(string input, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(input));

    [Theory]
    [InlineData("Pékin", "pékin")]
    [InlineData("Mer du Japon", "mer du japon")]
    [InlineData("Saint-Pétersbourg", "saint pétersbourg")]
    public void Lower_keeps_accents(string input, string expected) =>
        Assert.Equal(expected, TextFolding.Lower(input));

    [Fact]
    public void Decomposed_and_composed_accents_give_the_same_key() =>
        Assert.Equal(TextFolding.Lower("Se\u0301oul"), TextFolding.Lower("S\u00e9oul"));
}
