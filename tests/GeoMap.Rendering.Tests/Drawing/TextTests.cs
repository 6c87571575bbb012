using GeoMap.Core.Movements;
using GeoMap.Rendering.Drawing;

namespace GeoMap.Rendering.Tests.Drawing;

public class TextTests
{
    [Theory]
    [InlineData(1_500, 1_500, "1,500")]
    [InlineData(10_000, 20_000, "10,000–20,000")]
    [InlineData(5_000, null, "5,000+")]
    [InlineData(null, 12_000, "up to 12,000")]
    [InlineData(null, null, null)]
    public void Strength_is_written_as_a_number_or_a_range(int? min, int? max, string? expected)
    {
        Assert.Equal(expected, StrengthLabelPainter.Format(new Strength(min, max, "as reported")));
    }

    [Fact]
    public void The_date_range_reads_naturally()
    {
        var from = new DateOnly(2024, 10, 8);
        var to = new DateOnly(2024, 10, 13);
        Assert.Equal("8 Oct 2024 – 13 Oct 2024", TitlePanel.DateRange(from, to));
        Assert.Equal("8 Oct 2024", TitlePanel.DateRange(from, from));
        Assert.Equal("from 8 Oct 2024", TitlePanel.DateRange(from, null));
        Assert.Equal("until 13 Oct 2024", TitlePanel.DateRange(null, to));
        Assert.Equal("all dates", TitlePanel.DateRange(null, null));
    }
}
