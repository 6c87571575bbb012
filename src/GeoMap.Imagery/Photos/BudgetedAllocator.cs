using System.Buffers;
using GeoMap.Imagery.Errors;
using SixLabors.ImageSharp.Memory;

namespace GeoMap.Imagery.Photos;

/// <summary>
/// An ImageSharp allocator for one photo that refuses to hand out more than a budget of bytes in total: the memory
/// limit of a decode. ImageSharp 2.1 has no allocation limit of its own (3.x added one, under a paid licence).
/// </summary>
/// <remarks>
/// Counts what is allocated, not what is still held: stricter than a peak, and needs no wrapper around the buffers
/// ImageSharp gets back. Buffers are plain managed arrays, released to the GC with the image.
/// </remarks>
internal sealed class BudgetedAllocator(long budgetBytes) : MemoryAllocator
{
    private readonly SimpleGcMemoryAllocator inner = new();
    private long allocated;

    /// <summary>Bytes handed out so far.</summary>
    public long Allocated => Interlocked.Read(ref allocated);

    /// <inheritdoc/>
    public override IMemoryOwner<T> Allocate<T>(int length, AllocationOptions options = AllocationOptions.None)
    {
        var bytes = (long)length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        if (Interlocked.Add(ref allocated, bytes) > budgetBytes)
        {
            throw new DecodeBudgetExceededException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Decoding the photo needed more than {budgetBytes / (1024 * 1024):N0} MB; it is refused. Send a smaller or simpler image (a camera JPEG of up to 50 megapixels fits)."));
        }

        return inner.Allocate<T>(length, options);
    }

    /// <inheritdoc/>
    protected override int GetBufferCapacityInBytes() => int.MaxValue;
}
