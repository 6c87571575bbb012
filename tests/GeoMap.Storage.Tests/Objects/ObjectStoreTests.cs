using GeoMap.Storage.Objects;
using GeoMap.Testing;

namespace GeoMap.Storage.Tests.Objects;

/// <summary>
/// Both stores keep the same promises, the S3 one against a real S3-compatible server (s3rver): a file and a folder
/// stored by key read back byte for byte with their size and a tag, a missing key is null, a folder deletes whole and
/// alone, a bad key is refused.
/// </summary>
public sealed class ObjectStoreTests(LocalS3 s3) : IClassFixture<LocalS3>, IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("geomap-store-tests-").FullName;

    public static TheoryData<string> Stores => ["folder", "s3"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_store_keeps_files_and_folders_by_key_and_deletes_a_folder_whole(string kind)
    {
        using var disposable = Open(kind, out var store);
        var file = Path.Combine(scratch, "original.tif");
        File.WriteAllBytes(file, [1, 2, 3, 4, 5]);
        var pyramid = Directory.CreateDirectory(Path.Combine(scratch, "pyramid")).FullName;
        Directory.CreateDirectory(Path.Combine(pyramid, "3", "4"));
        File.WriteAllBytes(Path.Combine(pyramid, "3", "4", "5.png"), [9, 9, 9]);
        File.WriteAllText(Path.Combine(pyramid, "metadata.json"), "{}");

        await store.PutFileAsync("uploads/a/original.tif", file, "image/tiff", CancellationToken.None);
        await store.PutFolderAsync("tiles/a", pyramid, CancellationToken.None);
        await store.PutFolderAsync("tiles/ab", pyramid, CancellationToken.None);

        var info = await store.InfoAsync("tiles/a/3/4/5.png", CancellationToken.None);
        Assert.Equal(3, info!.Length);
        Assert.StartsWith("\"", info.ETag, StringComparison.Ordinal);
        var opened = await store.OpenAsync("tiles/a/3/4/5.png", CancellationToken.None);
        await using (var content = opened!.Value.Content)
        {
            using var read = new MemoryStream();
            await content.CopyToAsync(read);
            Assert.Equal(new byte[] { 9, 9, 9 }, read.ToArray());
        }

        var copy = Path.Combine(scratch, "copy", "original.tif");
        Assert.True(await store.GetFileAsync("uploads/a/original.tif", copy, CancellationToken.None));
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, File.ReadAllBytes(copy));
        Assert.Null(await store.InfoAsync("tiles/a/3/4/6.png", CancellationToken.None));
        Assert.Null(await store.OpenAsync("tiles/none/0/0/0.png", CancellationToken.None));
        Assert.False(await store.GetFileAsync("uploads/none/original.tif", copy, CancellationToken.None));

        Assert.Equal(2, await store.DeletePrefixAsync("tiles/a", CancellationToken.None));
        Assert.Null(await store.InfoAsync("tiles/a/metadata.json", CancellationToken.None));
        Assert.NotNull(await store.InfoAsync("tiles/ab/metadata.json", CancellationToken.None));
        Assert.NotNull(await store.InfoAsync("uploads/a/original.tif", CancellationToken.None));

        foreach (var bad in new[] { "/etc/passwd", "tiles/../secrets", "tiles//a", "tiles\\a" })
        {
            await Assert.ThrowsAsync<ArgumentException>(() => store.InfoAsync(bad, CancellationToken.None));
        }
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private IDisposable? Open(string kind, out IObjectStore store)
    {
        if (kind == "folder")
        {
            store = new FolderStore(Path.Combine(scratch, "store"));
            return null;
        }

        var s3Store = new S3Store(s3.Settings(prefix: Guid.NewGuid().ToString("N")));
        store = s3Store;
        return s3Store;
    }
}
