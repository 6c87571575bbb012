// bench/photos: photos per second for what an upload costs besides HTTP and the database: the copy to the staging
// folder with its SHA-256, identification and EXIF, the decode, the orientation, the screen copy and the thumbnail,
// with GeoMap's own PhotoReader, its pixels shrunk by NetVips (shrink-on-load) or by ImageSharp, one photo at a time.
//
//   photos-bench make FOLDER COUNT             writes COUNT 12-megapixel camera-like JPEGs with EXIF
//   photos-bench run FOLDER netvips|imagesharp N   processes N photos (the inputs in turn) and prints the rate
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using GeoMap.Imagery.Photos;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

var inv = CultureInfo.InvariantCulture;
if (args is ["make", var makeFolder, var countText])
{
    Directory.CreateDirectory(makeFolder);
    for (var i = 0; i < int.Parse(countText, inv); i++)
    {
        var path = Path.Combine(makeFolder, $"photo-{i:D2}.jpg");
        if (!File.Exists(path))
        {
            Make(path, i);
        }
    }

    return 0;
}

if (args is not ["run", var folder, var engine, var nText])
{
    Console.Error.WriteLine("usage: photos-bench make FOLDER COUNT | run FOLDER netvips|imagesharp N");
    return 2;
}

NetVips.Cache.Max = 0;
var inputs = Directory.GetFiles(folder, "photo-*.jpg").Order(StringComparer.Ordinal).ToArray();
var limits = new PhotoLimits { Resizer = engine == "netvips" ? PhotoResizer.NetVips : PhotoResizer.ImageSharp };
var n = int.Parse(nText, inv);
var work = Path.Combine(Path.GetTempPath(), "geomap-photos-bench-" + Environment.ProcessId.ToString(inv));

// One photo untimed first: JIT and library start-up are not a photo's cost.
await ProcessAsync(inputs[0], Path.Combine(work, "warm"));
var process = Process.GetCurrentProcess();
var cpu0 = process.TotalProcessorTime;
var clock = Stopwatch.StartNew();
long bytes = 0;
for (var i = 0; i < n; i++)
{
    bytes += await ProcessAsync(inputs[i % inputs.Length], Path.Combine(work, i.ToString(inv)));
}

clock.Stop();
process.Refresh();
var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
Directory.Delete(work, recursive: true);
Console.WriteLine(string.Create(inv,
    $"engine {engine}: {n} photos ({bytes / n / 1e6:0.0} MB each) in {clock.Elapsed.TotalSeconds:0.00} s wall, {cpu:0.00} s CPU: {n / clock.Elapsed.TotalSeconds:0.00} photos/s wall, {n / cpu:0.00} photos per CPU-second, {cpu / n * 1000:0} CPU ms per photo"));
return 0;

async Task<long> ProcessAsync(string input, string folder)
{
    // The upload's own work: the file streamed to the staging folder with its checksum, as MultipartBody does.
    Directory.CreateDirectory(folder);
    var staged = Path.Combine(folder, "upload");
    await using (var source = File.OpenRead(input))
    await using (var target = File.Create(staged))
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        int read;
        while ((read = await source.ReadAsync(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read));
        }

        _ = hash.GetHashAndReset();
    }

    var result = await PhotoReader.ProcessAsync(staged, folder, limits, CancellationToken.None);
    if (result.Metadata.Lat is null || result.Metadata.Width != 3000)
    {
        throw new InvalidOperationException("The bench photo was not read back as written.");
    }

    return new FileInfo(staged).Length;
}

// A 4000 x 3000 picture with the entropy of a photo (smooth shapes, texture and sensor noise: 3-5 MB at quality 90), in
// portrait orientation (EXIF 6), with GPS, time and camera.
static void Make(string path, int seed)
{
    using var image = new Image<Rgb24>(4000, 3000);
    var random = new Random(seed);
    var (fx, fy) = (0.002 + (random.NextDouble() * 0.004), 0.002 + (random.NextDouble() * 0.004));
    image.ProcessPixelRows(rows =>
    {
        for (var y = 0; y < rows.Height; y++)
        {
            var row = rows.GetRowSpan(y);
            for (var x = 0; x < row.Length; x++)
            {
                var shade = (Math.Sin(x * fx) + Math.Cos(y * fy) + Math.Sin((x + y) * 0.011)) * 40;
                int N() => random.Next(-18, 19);
                row[x] = new Rgb24((byte)Math.Clamp(110 + shade + N(), 0, 255), (byte)Math.Clamp(120 + (shade * 0.8) + N(), 0, 255), (byte)Math.Clamp(100 - (shade * 0.5) + N(), 0, 255));
            }
        }
    });
    var exif = new ExifProfile();
    exif.SetValue(ExifTag.GPSLatitude, [new Rational(47, 1), new Rational(6, 1), new Rational(30, 1)]);
    exif.SetValue(ExifTag.GPSLatitudeRef, "N");
    exif.SetValue(ExifTag.GPSLongitude, [new Rational(37, 1), new Rational(32, 1), new Rational(15, 1)]);
    exif.SetValue(ExifTag.GPSLongitudeRef, "E");
    exif.SetValue(ExifTag.GPSImgDirection, new Rational(135, 1));
    exif.SetValue(ExifTag.DateTimeOriginal, "2024:10:12 14:30:00");
    exif.SetValue(ExifTag.OffsetTimeOriginal, "+03:00");
    exif.SetValue(ExifTag.Make, "Bench");
    exif.SetValue(ExifTag.Model, "12 MP");
    exif.SetValue(ExifTag.Orientation, (ushort)6);
    image.Metadata.ExifProfile = exif;
    image.SaveAsJpeg(path, new JpegEncoder { Quality = 90 });
}
