namespace GeoMap.Imagery.Tiling;

/// <summary>A decoded rectangle of the source image, interleaved RGBA.</summary>
/// <param name="Left">Column of its first pixel in the source image.</param>
/// <param name="Top">Row of its first pixel in the source image.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Pixels">Width x height x 4 bytes.</param>
internal sealed record SourceBlock(int Left, int Top, int Width, int Height, byte[] Pixels);
