using GeoMap.Core.Text;

namespace GeoMap.Core.Tests.Text;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Séoul", "seoul")]
    [InlineData("Pékin", "pekin")]
    [InlineData("Saint-Pétersbourg", "saint petersbourg")]
    [InlineData("Saint Pétersbourg", "saint petersbourg")]
    [InlineData("Corée  du   Nord", "coree du nord")]
    [InlineData("Yel’nya", "yelnya")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Großbritannien", "grossbritannien")]
    [InlineData("Œuvre Færøerne", "oeuvre faeroerne")]
    [InlineData("U.K.", "u k")]
    [InlineData("Côte-d'Ivoire", "cote divoire")]
    [InlineData("Côte d’Ivoire", "cote divoire")]
    [InlineData("N'Djamena", "ndjamena")]
    [InlineData("Ndjamena", "ndjamena")]
    [InlineData("Київ", "киів")]
    [InlineData("Ёлкино", "елкино")]
    [InlineData("Запоріжжя", "запоріжжя")]
    [InlineData("Йошкар-Ола", "иошкар ола")]
    [InlineData("블라디보스토크", "블라디보스토크")]
    [InlineData("أوكرانيا", "اوكرانيا")]
    [InlineData("مُوسْكُو", "موسكو")]
    public void Fold_makes_one_key_per_name_whatever_its_case_accents_and_separators(string input, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(input));

    [Theory]
    [InlineData("Pékin", "pékin")]
    [InlineData("Mer du Japon", "mer du japon")]
    [InlineData("Saint-Pétersbourg", "saint pétersbourg")]
    [InlineData("Côte-d'Ivoire", "côte divoire")]
    public void Lower_keeps_accents(string input, string expected) =>
        Assert.Equal(expected, TextFolding.Lower(input));

    [Fact]
    public void Decomposed_and_composed_accents_give_the_same_key() =>
        Assert.Equal(TextFolding.Lower("Se\u0301oul"), TextFolding.Lower("S\u00e9oul"));

    [Theory]
    [InlineData("Coréennes", "coreennes")]
    [InlineData("d’", "d'")]
    [InlineData("jusqu'à", "jusqu'a")]
    [InlineData("Nord‐Coréens", "nord-coreens")]
    [InlineData("troops", "troops")]
    [InlineData("TROOPS", "troops")]
    [InlineData("Straße", "strasse")]
    [InlineData("тисяч", "тисяч")]
    [InlineData("п’ять", "п'ять")]
    [InlineData("Warszawy", "warszawy")]
    [InlineData("żołnierzy", "zolnierzy")]
    public void FoldWord_keeps_one_apostrophe_and_one_hyphen(string input, string expected) =>
        Assert.Equal(expected, TextFolding.FoldWord(input));

    [Theory]
    [InlineData("Côte-d'Ivoire")]
    [InlineData("Łódź")]
    [InlineData("Санкт-Петербург")]
    [InlineData("서울특별시")]
    public void Folding_a_key_again_changes_nothing(string name) =>
        Assert.Equal(TextFolding.Fold(name), TextFolding.Fold(TextFolding.Fold(name)));

    [Fact]
    public void LowerChar_agrees_with_the_runtime_for_every_character()
    {
        for (var c = '\0'; c < char.MaxValue; c++)
        {
            Assert.Equal(char.ToLowerInvariant(c), TextFolding.LowerChar(c));
        }
    }

    [Theory]
    [InlineData('Ж', 'ж')]
    [InlineData('Ł', 'ł')]
    [InlineData('한', '한')]
    [InlineData('Ω', 'ω')]
    public void LowerChar_lowers_letters_of_other_scripts(char upper, char lower) =>
        Assert.Equal(lower, TextFolding.LowerChar(upper));
}
