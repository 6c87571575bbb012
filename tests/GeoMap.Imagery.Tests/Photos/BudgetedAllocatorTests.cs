using System.Buffers;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Photos;

namespace GeoMap.Imagery.Tests.Photos;

/// <summary>The decode's memory limit holds ImageSharp to the bytes it holds at once, not to all it ever asked for.</summary>
public sealed class BudgetedAllocatorTests
{
    // Each step: "+N" takes a buffer of N bytes (kept), "-K" disposes the K-th buffer taken (from 0).
    [Theory]
    [InlineData(100, new[] { "+60", "-0", "+60", "-1", "+60" }, false, 60)] // 180 asked for in all, never more than 60 held
    [InlineData(100, new[] { "+60", "+40" }, false, 100)] // exactly the budget
    [InlineData(100, new[] { "+60", "+41" }, true, 60)] // one byte over, while the first is held
    [InlineData(100, new[] { "+60", "-0", "-0", "+100" }, false, 100)] // a buffer disposed twice gives its bytes back once
    [InlineData(100, new[] { "+101" }, true, 0)] // one buffer over the budget
    public void Only_what_is_held_counts_against_the_budget(long budget, string[] steps, bool refused, long peak)
    {
        var allocator = new BudgetedAllocator(budget);
        var taken = new List<IMemoryOwner<byte>>();
        var threw = false;
        foreach (var step in steps)
        {
            var n = int.Parse(step[1..], System.Globalization.CultureInfo.InvariantCulture);
            if (step[0] == '-')
            {
                taken[n].Dispose();
                continue;
            }

            try
            {
                var buffer = allocator.Allocate<byte>(n);
                Assert.Equal(n, buffer.Memory.Length);
                taken.Add(buffer);
            }
            catch (DecodeBudgetExceededException)
            {
                threw = true;
            }
        }

        Assert.Equal(refused, threw);
        Assert.Equal(peak, allocator.Peak);
        // A refused buffer is not counted as held.
        Assert.True(allocator.Held <= budget);
    }

    [Fact]
    public void Buffers_of_wider_elements_count_their_bytes()
    {
        var allocator = new BudgetedAllocator(1000);
        using var pixels = allocator.Allocate<int>(250);
        Assert.Equal(1000, allocator.Held);
        Assert.Throws<DecodeBudgetExceededException>(() => allocator.Allocate<byte>(1));
    }
}
