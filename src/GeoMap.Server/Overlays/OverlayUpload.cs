using System.Globalization;
using GeoMap.Core.Queries;
using GeoMap.Imagery.Formats;
using GeoMap.Imagery.Georeferencing;
using GeoMap.Server.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace GeoMap.Server.Overlays;

/// <summary>An overlay upload read from multipart/form-data, its image already on disk.</summary>
/// <param name="Folder">The upload folder.</param>
/// <param name="ImagePath">The image file.</param>
/// <param name="Checksum">SHA-256 of the image, hex.</param>
/// <param name="Fields">The form fields (title, source, caption, acquiredAt, reportId, bounds, corners, crs).</param>
/// <param name="WorldFilePath">The world file, when one was sent.</param>
public sealed record OverlayUpload(string Folder, string ImagePath, string Checksum, IReadOnlyDictionary<string, string> Fields, string? WorldFilePath)
{
    private static readonly string[] ImageExtensions = [".tif", ".tiff", ".png", ".jpg", ".jpeg", ".webp"];
    private static readonly string[] WorldExtensions = [".pgw", ".jgw", ".tfw", ".wld", ".wpw", ".tifw"];

    /// <summary>
    /// Streams the multipart body section by section: files go straight to disk (never buffered whole), fields into memory.
    /// </summary>
    /// <exception cref="ProblemException">415 for a non-multipart body or a file that is not an image, 413 over the limit, 400 without a file.</exception>
    public static async Task<OverlayUpload> ReadAsync(HttpRequest request, string folder, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new ProblemException(Problems.UnsupportedMediaType(request.ContentType, "multipart/form-data with the image in a field named 'file'"));
        }

        BodyReader.RefuseDeclaredOversize(request, maxBytes + 1024 * 1024, "overlay upload");
        Directory.CreateDirectory(folder);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? image = null, checksum = null, world = null;
        await foreach (var part in MultipartBody.PartsAsync(boundary, request.Body, cancellationToken))
        {
            var (section, name) = (part.Section, part.Name);
            if (part.IsFile)
            {
                var fileName = part.FileName;
                var extension = Path.GetExtension(fileName).ToLowerInvariant();
                if (name.Equals("world", StringComparison.OrdinalIgnoreCase) || WorldExtensions.Contains(extension))
                {
                    // The file name on disk is ours; the client's name only contributes a vetted extension.
                    world = Path.Combine(folder, "image" + (WorldExtensions.Contains(extension) ? extension : ".wld"));
                    await MultipartBody.CopyToFileAsync(section.Body, world, 1024 * 1024, "world file", cancellationToken);
                    continue;
                }

                if (!ImageExtensions.Contains(extension))
                {
                    throw new ProblemException(Problems.UnsupportedMediaType(section.ContentType, Problems.UnsupportedFile(fileName, "a GeoTIFF, PNG, JPEG or WebP image")));
                }

                image = Path.Combine(folder, "image" + extension);
                (checksum, _) = await MultipartBody.CopyToFileAsync(section.Body, image, maxBytes, "overlay upload", cancellationToken);
                await using var head = File.OpenRead(image);
                var bytes = new byte[12];
                var read = await head.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false, cancellationToken);
                if (ImageFormatSniffer.Detect(bytes.AsSpan(0, read)) is null)
                {
                    throw new ProblemException(Problems.UnsupportedMediaType(section.ContentType,
                        Problems.UnsupportedFile(fileName, "a real GeoTIFF, PNG, JPEG or WebP image (its first bytes are not an image signature)")));
                }
            }
            else
            {
                var value = await MultipartBody.ReadTextAsync(part, cancellationToken);
                TextInput.CheckCharacters(name, "form field name");
                fields[name] = TextInput.Check(value, name, name.ToLowerInvariant() switch
                {
                    "title" or "source" or "crs" or "acquiredat" or "reportid" => TextLimits.Name,
                    _ => TextLimits.FormField,
                })!;
            }
        }

        if (image is null)
        {
            throw new InvalidQueryException("file", Problems.Messages.OverlayFileMissing);
        }

        return new OverlayUpload(folder, image, checksum!, fields, world);
    }

    /// <summary>A field's trimmed value, or null.</summary>
    public string? Field(string name) => Fields.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>The georeference options given with the upload (bounds, corners, world file, CRS).</summary>
    public GeoreferenceOptions Georeference()
    {
        (double, double, double, double)? bounds = null;
        if (Field("bounds") is { } b)
        {
            BoundingBox box;
            try
            {
                box = BoundingBox.Parse(b);
            }
            catch (InvalidQueryException e)
            {
                throw new InvalidQueryException("bounds", e.Message.Replace("bbox", "bounds", StringComparison.Ordinal));
            }

            if (box.CrossesAntimeridian)
            {
                throw new InvalidQueryException("bounds", "bounds west is greater than east; give west,south,east,north with west < east.");
            }

            bounds = (box.West, box.South, box.East, box.North);
        }

        IReadOnlyList<(double X, double Y)>? corners = null;
        if (Field("corners") is { } c)
        {
            var v = c.Split(',', StringSplitOptions.TrimEntries).Select(s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN).ToArray();
            if (v.Length != 8 || v.Any(d => !double.IsFinite(d)))
            {
                throw new InvalidQueryException("corners", "corners takes 8 numbers: x,y of the top-left, top-right, bottom-right and bottom-left corners.");
            }

            corners = [(v[0], v[1]), (v[2], v[3]), (v[4], v[5]), (v[6], v[7])];
        }

        return new GeoreferenceOptions { Bounds = bounds, Corners = corners, WorldFile = WorldFilePath, Crs = Field("crs") };
    }
}
