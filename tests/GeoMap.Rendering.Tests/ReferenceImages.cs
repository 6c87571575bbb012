using System.Globalization;
using SkiaSharp;

namespace GeoMap.Rendering.Tests;

/// <summary>
/// Compares renders against committed reference PNGs under References/, with a tolerance: a pixel differs when any
/// channel differs by more than <see cref="ChannelTolerance"/>, and a render passes when at most
/// <see cref="MaxDifferingShare"/> of its pixels differ. GEOMAP_UPDATE_REFERENCES=1 rewrites the references instead
/// (review them like code). Every render is also written to test-output/rendering/ for inspection.
/// </summary>
public static class ReferenceImages
{
    public const int ChannelTolerance = 24;

    public const double MaxDifferingShare = 0.002;

    public static string ReferenceFolder => Path.Combine(RepositoryRoot(), "tests", "GeoMap.Rendering.Tests", "References");

    public static string OutputFolder => Path.Combine(RepositoryRoot(), "test-output", "rendering");

    public static bool Updating => Environment.GetEnvironmentVariable("GEOMAP_UPDATE_REFERENCES") == "1";

    public static void AssertMatches(string name, byte[] png)
    {
        Directory.CreateDirectory(OutputFolder);
        File.WriteAllBytes(Path.Combine(OutputFolder, name + ".png"), png);
        var reference = Path.Combine(ReferenceFolder, name + ".png");
        if (Updating)
        {
            Directory.CreateDirectory(ReferenceFolder);
            File.WriteAllBytes(reference, png);
            return;
        }

        Assert.True(File.Exists(reference), $"No reference image {reference}; run the tests once with GEOMAP_UPDATE_REFERENCES=1 and review it.");
        using var expected = SKBitmap.Decode(reference);
        using var actual = SKBitmap.Decode(png);
        var (differing, total) = Compare(expected, actual);
        var share = differing / (double)total;
        if (share > MaxDifferingShare)
        {
            File.WriteAllBytes(Path.Combine(OutputFolder, name + ".diff.png"), DiffImage(expected, actual));
        }

        Assert.True(share <= MaxDifferingShare, string.Create(CultureInfo.InvariantCulture,
            $"{name}: {differing} of {total} pixels ({share:P3}) differ by more than {ChannelTolerance} from the reference; see {OutputFolder}/{name}.diff.png."));
    }

    public static (long Differing, long Total) Compare(SKBitmap expected, SKBitmap actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        using var a = expected.Copy(SKColorType.Rgba8888);
        using var b = actual.Copy(SKColorType.Rgba8888);
        var pa = a.GetPixelSpan();
        var pb = b.GetPixelSpan();
        long differing = 0;
        for (var i = 0; i + 3 < pa.Length; i += 4)
        {
            if (Math.Abs(pa[i] - pb[i]) > ChannelTolerance || Math.Abs(pa[i + 1] - pb[i + 1]) > ChannelTolerance
                || Math.Abs(pa[i + 2] - pb[i + 2]) > ChannelTolerance || Math.Abs(pa[i + 3] - pb[i + 3]) > ChannelTolerance)
            {
                differing++;
            }
        }

        return (differing, (long)expected.Width * expected.Height);
    }

    public static bool Differs(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) > ChannelTolerance || Math.Abs(a.Green - b.Green) > ChannelTolerance
        || Math.Abs(a.Blue - b.Blue) > ChannelTolerance || Math.Abs(a.Alpha - b.Alpha) > ChannelTolerance;

    private static byte[] DiffImage(SKBitmap expected, SKBitmap actual)
    {
        using var diff = new SKBitmap(expected.Width, expected.Height);
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var e = expected.GetPixel(x, y);
                diff.SetPixel(x, y, Differs(e, actual.GetPixel(x, y)) ? SKColors.Magenta : e.WithAlpha(0x40));
            }
        }

        using var image = SKImage.FromBitmap(diff);
        using var data = image.Encode(SKEncodedImageFormat.Png, 80);
        return data.ToArray();
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoMap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (holding GeoMap.sln) was not found above the test binaries.");
    }
}
