using GeoMap.Core.Time;
using Xunit;

namespace GeoMap.Core.Tests.Time;

public sealed class TimestampTests
{
    public static TheoryData<DateTimeOffset, string> Offsets => new()
    {
        { new DateTimeOffset(2024, 10, 8, 0, 0, 0, TimeSpan.Zero), "2024-10-08T00:00:00Z" },
        // An east-of-Greenwich offset moves the instant back to the previous UTC day.
        { new DateTimeOffset(2024, 10, 8, 1, 30, 0, TimeSpan.FromHours(3)), "2024-10-07T22:30:00Z" },
        { new DateTimeOffset(2024, 12, 31, 20, 0, 0, TimeSpan.FromHours(-5)), "2025-01-01T01:00:00Z" },
        // Fractions of a second are dropped, not rounded up.
        { new DateTimeOffset(2024, 10, 8, 23, 59, 59, 999, TimeSpan.Zero), "2024-10-08T23:59:59Z" },
    };

    [Theory]
    [MemberData(nameof(Offsets))]
    public void Writes_utc_to_the_second(DateTimeOffset instant, string expected) =>
        Assert.Equal(expected, Timestamp.Text(instant));

    [Fact]
    public void Reads_an_unspecified_date_time_as_utc_and_converts_a_utc_one_unchanged()
    {
        Assert.Equal("2024-10-08T06:00:00Z", Timestamp.Text(new DateTime(2024, 10, 8, 6, 0, 0, DateTimeKind.Unspecified)));
        Assert.Equal("2024-10-08T06:00:00Z", Timestamp.Text(new DateTime(2024, 10, 8, 6, 0, 0, DateTimeKind.Utc)));
    }
}
