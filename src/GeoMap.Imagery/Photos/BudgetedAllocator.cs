using System.Buffers;
using GeoMap.Imagery.Errors;
using SixLabors.ImageSharp.Memory;

namespace GeoMap.Imagery.Photos;

/// <summary>
/// An ImageSharp allocator for one photo that refuses to hold more than a budget of bytes at once: the memory limit of
/// a decode. ImageSharp 2.1 has no allocation limit of its own (3.x added one, under a paid licence).
/// </summary>
/// <remarks>
/// It counts what is held, not what was ever handed out: a buffer ImageSharp disposes gives its bytes back, so a decode
/// that goes through many short-lived buffers (a progressive JPEG's passes) is held to its peak, as a memory limit
/// should be. A buffer ImageSharp never disposes stays counted, which errs on the safe side. Buffers are plain managed
/// arrays, released to the GC.
/// </remarks>
public sealed class BudgetedAllocator(long budgetBytes) : MemoryAllocator
{
    private readonly SimpleGcMemoryAllocator inner = new();
    private long held;
    private long peak;

    /// <summary>Bytes held now (handed out and not yet disposed).</summary>
    public long Held => Interlocked.Read(ref held);

    /// <summary>The most bytes held at once so far.</summary>
    public long Peak => Interlocked.Read(ref peak);

    /// <inheritdoc/>
    /// <exception cref="DecodeBudgetExceededException">Holding this buffer too would pass the budget.</exception>
    public override IMemoryOwner<T> Allocate<T>(int length, AllocationOptions options = AllocationOptions.None)
    {
        var bytes = (long)length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        var now = Interlocked.Add(ref held, bytes);
        if (now > budgetBytes)
        {
            Interlocked.Add(ref held, -bytes);
            throw new DecodeBudgetExceededException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Decoding the photo needed more than {budgetBytes / (1024 * 1024):N0} MB at once; it is refused. Send a smaller or simpler image (a camera JPEG of up to 50 megapixels fits)."));
        }

        for (var seen = Interlocked.Read(ref peak); now > seen && Interlocked.CompareExchange(ref peak, now, seen) != seen; seen = Interlocked.Read(ref peak))
        {
        }

        return new Counted<T>(inner.Allocate<T>(length, options), this, bytes);
    }

    /// <inheritdoc/>
    protected override int GetBufferCapacityInBytes() => int.MaxValue;

    // The inner buffer, giving its bytes back to the budget once, when ImageSharp disposes it.
    private sealed class Counted<T>(IMemoryOwner<T> buffer, BudgetedAllocator owner, long bytes) : IMemoryOwner<T>
    {
        private int disposed;

        public Memory<T> Memory => buffer.Memory;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                Interlocked.Add(ref owner.held, -bytes);
                buffer.Dispose();
            }
        }
    }
}
