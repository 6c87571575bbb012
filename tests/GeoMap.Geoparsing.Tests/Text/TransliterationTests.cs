using GeoMap.Core.Text;
using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Tests.Text;

public class TransliterationTests
{
    [Theory]
    [InlineData("Oussouriisk", "Ussuriysk")]
    [InlineData("Ussurijsk", "Ussuriysk")]
    [InlineData("Koursk", "Kursk")]
    [InlineData("Ielnia", "Yelnya")]
    [InlineData("Chernigov", "Tchernigov")]
    [InlineData("Tchernihiv", "Chernihiv")]
    [InlineData("Jytomyr", "Zhytomyr")]
    [InlineData("Pyeongyang", "Pyongyang")]
    public void Spellings_of_one_name_share_a_skeleton(string a, string b) =>
        Assert.Equal(Transliteration.Skeleton(TextFolding.Fold(b)), Transliteration.Skeleton(TextFolding.Fold(a)));

    [Theory]
    [InlineData("Kursk", "Kirsk")]
    [InlineData("Vladivostok", "Vladikavkaz")]
    [InlineData("Moscow", "Minsk")]
    public void Different_names_keep_different_skeletons(string a, string b) =>
        Assert.NotEqual(Transliteration.Skeleton(TextFolding.Fold(b)), Transliteration.Skeleton(TextFolding.Fold(a)));

    // The first rule that matches at a letter wins ("shch" before "sh", "tsch" before "sch"), and doubled letters collapse.
    [Theory]
    [InlineData("shchors", "sors")]
    [InlineData("tschernihiw", "cernihiv")]
    [InlineData("khabarovsk", "habarovsk")]
    [InlineData("yeosu", "osu")]
    [InlineData("novorossiisk", "novorosisk")]
    [InlineData("saint petersburg", "saintpetersburg")]
    public void Skeleton_applies_the_rules_in_order(string folded, string skeleton) =>
        Assert.Equal(skeleton, Transliteration.Skeleton(folded));
}
