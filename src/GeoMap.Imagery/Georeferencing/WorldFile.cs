using System.Globalization;
using GeoMap.Imagery.Errors;

namespace GeoMap.Imagery.Georeferencing;

/// <summary>Reads ESRI world files (.pgw, .jgw, .tfw, .wld): six lines A, D, B, E, C, F where
/// (C, F) is the centre of the top-left pixel and B, D are the rotation terms.</summary>
public static class WorldFile
{
    private static readonly string[] SidecarExtensions = [".wld", ".pgw", ".pngw", ".jgw", ".jpgw", ".jpegw", ".tfw", ".tifw", ".tiffw", ".wbw", ".webpw"];

    /// <summary>Parses the world file at <paramref name="path"/> into a corner-convention affine transform.</summary>
    /// <exception cref="MissingGeoreferenceException">The file is missing or not six numbers.</exception>
    public static AffineTransform Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new MissingGeoreferenceException($"The world file '{path}' does not exist.");
        }

        var numbers = File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .ToArray();
        var values = new double[6];
        if (numbers.Length < 6 || !numbers.Take(6).Select((text, i) =>
                double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).All(ok => ok))
        {
            throw new MissingGeoreferenceException(
                $"The world file '{Path.GetFileName(path)}' must hold six numbers, one per line (A, D, B, E, C, F).");
        }

        double a = values[0], d = values[1], b = values[2], e = values[3], c = values[4], f = values[5];
        return new AffineTransform(c - (a / 2) - (b / 2), a, b, f - (d / 2) - (e / 2), d, e);
    }

    /// <summary>Finds a world file next to <paramref name="imagePath"/> (x.pgw, x.png.wld, ...), or null.</summary>
    public static string? FindSidecar(string imagePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(imagePath))!;
        var stem = Path.GetFileNameWithoutExtension(imagePath);
        var name = Path.GetFileName(imagePath);
        foreach (var extension in SidecarExtensions)
        {
            foreach (var candidate in new[] { stem + extension, name + extension, stem + extension.ToUpperInvariant() })
            {
                var path = Path.Combine(directory, candidate);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }
}
