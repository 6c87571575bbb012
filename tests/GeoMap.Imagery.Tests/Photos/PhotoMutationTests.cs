using GeoMap.Imagery.Errors;
using GeoMap.Imagery.Photos;
using GeoMap.Testing;

namespace GeoMap.Imagery.Tests.Photos;

/// <summary>
/// A bounded fuzz of the upload path that runs with the tests: small photos with EXIF, mutated the ways AFL starts with
/// (bit flips, overwritten bytes, cut and repeated runs), each read by both resizers. Every input must be read or
/// refused with an <see cref="ImageryException"/> (the server's 4xx); bench/fuzz runs the unbounded search.
/// </summary>
public sealed class PhotoMutationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("geomap-photo-mutations-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<int> Seeds => [.. Enumerable.Range(0, 8)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Mutated_photos_are_read_or_refused_never_anything_else(int seed)
    {
        var random = new Random(seed);
        var originals = new[]
        {
            TestPhotos.Jpeg(new PhotoSpec { Width = 48, Height = 32, Seed = seed, Lat = 48.45, Lon = 35.05, Bearing = 200, Altitude = 90, TakenAt = "2024:10:12 14:30:00", Offset = "+03:00", Orientation = 6 }),
            TestPhotos.Png(40, 30, seed),
        };
        for (var i = 0; i < 40; i++)
        {
            var bytes = (byte[])originals[i % 2].Clone();
            switch (random.Next(4))
            {
                case 0:
                    for (var k = random.Next(1, 8); k > 0; k--)
                    {
                        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                    }

                    break;
                case 1:
                    var at = random.Next(2, bytes.Length);
                    foreach (var k in Enumerable.Range(at, Math.Min(4, bytes.Length - at)))
                    {
                        bytes[k] = (byte)(random.Next(2) == 0 ? 0xFF : random.Next(256));
                    }

                    break;
                case 2:
                    bytes = bytes[..random.Next(1, bytes.Length)];
                    break;
                default:
                    var from = random.Next(bytes.Length);
                    var run = bytes.AsSpan(from, Math.Min(64, bytes.Length - from)).ToArray();
                    bytes = [.. bytes[..from], .. run, .. run, .. bytes[from..]];
                    break;
            }

            var path = Path.Combine(folder, $"m{i}.jpg");
            await File.WriteAllBytesAsync(path, bytes);
            var limits = new PhotoLimits { Resizer = i % 4 < 2 ? PhotoResizer.NetVips : PhotoResizer.ImageSharp, DecodeTimeout = TimeSpan.FromSeconds(10) };
            try
            {
                await PhotoReader.ProcessAsync(path, Path.Combine(folder, $"out{i}"), limits, CancellationToken.None);
            }
            catch (ImageryException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
        }
    }
}
