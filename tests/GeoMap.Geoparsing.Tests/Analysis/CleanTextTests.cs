using GeoMap.Geoparsing.Analysis;

namespace GeoMap.Geoparsing.Tests.Analysis;

public class CleanTextTests
{
    [Theory]
    [InlineData("Plain text with a < sign and a > sign.", false)]
    [InlineData("<p>One</p>", true)]
    [InlineData("<!DOCTYPE html><html>x</html>", true)]
    [InlineData("a <b> c", false)]
    public void Recognizes_html(string text, bool html) => Assert.Equal(html, CleanText.LooksLikeHtml(text));

    [Fact]
    public void Maps_every_character_back_to_the_input()
    {
        var html = "<div>S&eacute;oul<br/>Kursk &amp; Belgorod<!-- x --></div><style>p{}</style>";
        var clean = CleanText.From(html);
        Assert.Equal("\nSéoul\nKursk & Belgorod\n", clean.Text);
        var kursk = clean.Text.IndexOf("Kursk", StringComparison.Ordinal);
        var (start, end) = clean.ToInput(kursk, kursk + 5);
        Assert.Equal("Kursk", html[start..end]);
        var seoul = clean.Text.IndexOf("Séoul", StringComparison.Ordinal);
        (start, end) = clean.ToInput(seoul, seoul + 5);
        Assert.Equal("S&eacute;oul", html[start..end]);
    }

    [Fact]
    public void Plain_text_is_kept_as_is()
    {
        var clean = CleanText.From("Kursk & Belgorod");
        Assert.False(clean.WasHtml);
        Assert.Equal(3, clean.ToInput(3));
    }
}
