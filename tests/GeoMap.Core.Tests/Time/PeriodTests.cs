using GeoMap.Core.Queries;
using GeoMap.Core.Time;

namespace GeoMap.Core.Tests.Time;

public sealed class PeriodTests
{
    private static DateTimeOffset D(int month, int day) => new(2024, month, day, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Days_are_half_open_and_include_the_last_day()
    {
        var period = Period.Days(new DateOnly(2024, 10, 8), new DateOnly(2024, 10, 13));
        Assert.Equal(D(10, 8), period.Start);
        Assert.Equal(D(10, 14), period.End);
    }

    [Theory]
    [InlineData(10, 13, 10, 20, true)]   // partly overlaps
    [InlineData(10, 14, 10, 20, false)]  // starts where the period ends (exclusive)
    [InlineData(10, 1, 10, 8, false)]    // ends (exclusive) where the period starts: they only touch
    [InlineData(10, 1, 10, 9, true)]
    [InlineData(9, 1, 9, 30, false)]
    public void Overlap_respects_the_half_open_end(int m1, int d1, int m2, int d2, bool expected)
    {
        var period = Period.Days(new DateOnly(2024, 10, 8), new DateOnly(2024, 10, 13));
        var other = new Period(D(m1, d1), D(m2, d2));
        Assert.Equal(expected, period.Overlaps(other));
    }

    [Fact]
    public void Open_ends_overlap_everything_on_their_side()
    {
        var ongoing = new Period(D(11, 1), null);
        Assert.True(ongoing.Overlaps(new Period(D(12, 25), D(12, 26))));
        Assert.False(ongoing.Overlaps(new Period(D(10, 1), D(10, 31))));
        Assert.True(Period.Unbounded.Overlaps(ongoing));
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentException>(() => new Period(D(10, 13), D(10, 8)));

    [Fact]
    public void A_query_range_that_ends_before_it_starts_is_a_datetime_error()
    {
        var error = Assert.Throws<InvalidQueryException>(() => new MovementQuery { From = D(10, 13), To = D(10, 8) }.Validate());
        Assert.Equal("datetime", error.Parameter);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void Limits_out_of_range_are_refused(int limit) =>
        Assert.Equal("limit", Assert.Throws<InvalidQueryException>(() => new MovementQuery { Limit = limit }.Validate()).Parameter);
}
