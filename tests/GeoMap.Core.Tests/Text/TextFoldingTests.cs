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

    [Theory]
    [InlineData("\u0627\u0653", "\u0622")] // alef and a madda above compose
    [InlineData("\u0435\u0308", "\u0451")] // е and a diaeresis make ё
    [InlineData("e\u0301", "\u00e9")]
    [InlineData("\uac00\u11a8", "\uac01")] // a Hangul syllable and a trailing jamo
    [InlineData("\u0451\u0436", "\u0451\u0436")]
    [InlineData("\uac01", "\uac01")]
    public void Lower_composes_what_can_be_composed_and_keeps_what_is_composed(string input, string expected) =>
        Assert.Equal(expected, TextFolding.Lower(input));

    [Fact]
    public void Fold_and_Lower_agree_with_their_definition_for_every_character_of_the_scripts_read_most()
    {
        // Each character alone and between two letters, against the rule spelled out: lower case, apostrophes and quotes
        // dropped, separators as one space, marks dropped (Fold) or kept and composed (Lower), Fold's own character table.
        var scripts = Enumerable.Range(0, 0x0700).Concat(Enumerable.Range(0xAC00, 0xD7A4 - 0xAC00).Where(c => c % 97 == 0));
        foreach (var c in scripts.Select(c => (char)c).Where(c => !char.IsSurrogate(c)))
        {
            foreach (var text in new[] { c.ToString(), "a" + c + "b", "ж" + c + "я" })
            {
                Assert.Equal(Defined(text, fold: false), TextFolding.Lower(text));
                Assert.Equal(Defined(text, fold: true), TextFolding.Fold(text));
            }
        }
    }

    private static string Defined(string text, bool fold)
    {
        var sb = new System.Text.StringBuilder();
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (TextFolding.IsApostrophe(c) || c is 'ʹ' or 'ʺ' or '"')
            {
                continue;
            }

            if (TextFolding.IsNameSeparator(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                if (!fold)
                {
                    sb.Append(c);
                }

                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            if (fold)
            {
                TextFolding.FoldChar(c, sb);
            }
            else
            {
                sb.Append(c);
            }
        }

        return fold ? sb.ToString() : sb.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }
}
