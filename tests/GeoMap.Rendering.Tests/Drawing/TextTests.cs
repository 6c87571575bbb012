using GeoMap.Core.Movements;
using GeoMap.Rendering.Drawing;

namespace GeoMap.Rendering.Tests.Drawing;

public class TextTests
{
    [Theory]
    // Strengths and periods alone: Styling/MovementLabelTests, on the table the web client is tested on too.
    [InlineData(1_500, 3_000, 3, "1,500–3,000 · 3 sources")]
    [InlineData(1_500, 1_500, 1, "1,500")]
    [InlineData(null, null, 2, "2 sources")]
    [InlineData(null, null, 1, null)]
    public void A_tracked_movement_is_labelled_with_its_claimed_strength_and_independent_sources(int? min, int? max, int sources, string? expected)
    {
        var movement = new Movement
        {
            Strength = min is null && max is null ? null : new Strength(min, max, "as reported"),
            Corroboration = new Core.Corroboration.Corroboration { ClaimCount = sources + 1, SourceCount = sources },
        };
        Assert.Equal(expected, StrengthLabelPainter.Label(movement, withYear: false));
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
