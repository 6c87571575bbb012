// Fuzz targets for afl-fuzz through SharpFuzz (bench/fuzz/run.sh): the report analyzer on any text, the imagery
// header readers (TIFF/GeoTIFF directory and keys, world files) and the photo upload path (PhotoReader: identification,
// EXIF, decode, orientation, copies; issue 16) on any bytes. `--seeds FOLDER` writes the photo target's seeds. A target passes an input when it returns
// or throws one of the errors its contract documents; anything else (an IndexOutOfRange, a NullReference, a hang, a
// crash of the process) is a finding. `--replay FILE...` runs saved inputs without AFL and prints what each does.
using System.Text;
using GeoMap.Geoparsing.Analysis;
using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Formats;
using GeoMap.Imagery.Georeferencing;
using GeoMap.Imagery.Photos;
using SharpFuzz;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

if (args is ["--seeds", var seedFolder])
{
    Targets.WritePhotoSeeds(seedFolder);
    return 0;
}

if (args.Length == 0 || !Targets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: Fuzz.Bench {string.Join('|', Targets.Names)} [--replay FILE...]");
    return 2;
}

var run = Targets.For(args[0]);
if (args.Length > 1 && args[1] == "--replay")
{
    var failures = 0;
    foreach (var file in args.Skip(2))
    {
        try
        {
            using var stream = File.OpenRead(file);
            run(stream);
            Console.WriteLine($"{file}\tpassed");
        }
        catch (Exception e)
        {
            failures++;
            var frame = e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("GeoMap.", StringComparison.Ordinal))?.Trim() ?? "";
            Console.WriteLine($"{file}\t{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}\t{frame}");
        }
    }

    return failures == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(run);
return 0;

/// <summary>The fuzz targets by name.</summary>
internal static class Targets
{
    private static readonly DateTimeOffset Published = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<ReportAnalyzer> Analyzer = new(ReportAnalyzer.CreateDefault);

    // A file per process: the readers take paths, as the upload path gives them. /dev/shm keeps it off the disk.
    private static readonly string Scratch = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"geomap-fuzz-{Environment.ProcessId}");

    public static readonly string[] Names = ["analyzer", "tiff", "worldfile", "photo"];

    // The server's limits, with a short decode timeout: AFL's own timeout (2 s) must see a hang, not our refusal. Lazy:
    // instrumented code must not run in the static constructor, before SharpFuzz has set up AFL's coverage map.
    private static readonly Lazy<PhotoLimits> PhotoLimits = new(() => new() { DecodeTimeout = TimeSpan.FromSeconds(1), MaxPixels = 64_000_000 });

    public static Action<Stream> For(string name) => name switch
    {
        "analyzer" => Analyze,
        "tiff" => Tiff,
        "photo" => Photo,
        _ => World,
    };

    /// <summary>
    /// Any bytes as an uploaded photo, through the server's reader with the default resizer (NetVips shrink-on-load after
    /// ImageSharp's identification): its copies, or an ImageryException (the 4xx the server answers).
    /// </summary>
    private static void Photo(Stream input)
    {
        var path = Save(input, ".jpg");
        var output = Scratch + "-out";
        try
        {
            PhotoReader.ProcessAsync(path, output, PhotoLimits.Value, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (ImageryException)
        {
        }
    }

    /// <summary>Small photo seeds: JPEGs with EXIF GPS, direction, time and orientation, a PNG, a WebP.</summary>
    public static void WritePhotoSeeds(string folder)
    {
        Directory.CreateDirectory(folder);
        using var image = new Image<Rgb24>(24, 16);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgb24((byte)(x * 10), (byte)(y * 15), 90);
                }
            }
        });
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(48, 1), new Rational(27, 1), new Rational(1500, 100)]);
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(35, 1), new Rational(2, 1), new Rational(0, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSImgDirection, new Rational(270, 1));
        exif.SetValue(ExifTag.DateTimeOriginal, "2024:10:12 14:30:00");
        exif.SetValue(ExifTag.OffsetTimeOriginal, "+03:00");
        exif.SetValue(ExifTag.Orientation, (ushort)6);
        image.Metadata.ExifProfile = exif;
        image.SaveAsJpeg(Path.Combine(folder, "exif.jpg"));
        image.Metadata.ExifProfile = null;
        image.SaveAsJpeg(Path.Combine(folder, "plain.jpg"), new SixLabors.ImageSharp.Formats.Jpeg.JpegEncoder { Quality = 50 });
        image.SaveAsPng(Path.Combine(folder, "plain.png"));
        image.SaveAsWebp(Path.Combine(folder, "plain.webp"));
    }

    /// <summary>Any bytes as UTF-8 text (invalid sequences replaced, as the server's decoding does), any language: a result or an UnusableInputException.</summary>
    private static void Analyze(Stream input)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false, false));
        var text = reader.ReadToEnd();
        AnalysisResult result;
        try
        {
            result = Analyzer.Value.Analyze(text, Published, "auto");
        }
        catch (UnusableInputException)
        {
            return; // the documented refusal of binary, empty or wordless input, which the server answers with a 400
        }

        // Writing the result is part of the contract: every mention and movement must serialise.
        using var buffer = new MemoryStream();
        using var writer = new System.Text.Json.Utf8JsonWriter(buffer);
        writer.WriteStartObject();
        AnalysisJson.WriteProperties(writer, result);
        writer.WriteEndObject();
    }

    /// <summary>A TIFF's first directory, then its GeoTIFF transform and CRS: errors must be ImageryExceptions.</summary>
    private static void Tiff(Stream input)
    {
        var path = Save(input, ".tif");
        try
        {
            var header = TiffHeaderReader.Read(path, maxPixels: 1_000_000_000);
            GeoTiffGeoreference.ReadTransform(header);
            GeoTiffGeoreference.ReadCrs(header);
        }
        catch (ImageryException)
        {
        }
    }

    /// <summary>A world file: six numbers or a MissingGeoreferenceException.</summary>
    private static void World(Stream input)
    {
        var path = Save(input, ".wld");
        try
        {
            WorldFile.Read(path);
        }
        catch (ImageryException)
        {
        }
    }

    private static string Save(Stream input, string extension)
    {
        var path = Scratch + extension;
        using var file = File.Create(path);
        input.CopyTo(file);
        return path;
    }
}
