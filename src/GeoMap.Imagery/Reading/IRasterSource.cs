namespace GeoMap.Imagery.Reading;

/// <summary>An image normalised to 8-bit RGBA from which rectangles are decoded on demand.</summary>
public interface IRasterSource : IDisposable
{
    /// <summary>Width in pixels.</summary>
    int Width { get; }

    /// <summary>Height in pixels.</summary>
    int Height { get; }

    /// <summary>Decodes the rectangle into interleaved RGBA bytes (width x height x 4) written to
    /// <paramref name="destination"/> from <paramref name="offset"/>. Thread-safe.</summary>
    void ReadRegion(int left, int top, int width, int height, byte[] destination, int offset);
}
