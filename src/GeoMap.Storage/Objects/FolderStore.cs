using System.Globalization;

namespace GeoMap.Storage.Objects;

/// <summary>
/// Objects as files under a local folder, the key being the relative path (the default: one server, or servers
/// sharing a network folder). A folder is written beside its destination and renamed into place, so a reader sees the
/// old files or all the new ones.
/// </summary>
public sealed class FolderStore(string root) : IObjectStore
{
    /// <summary>The folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The local path of a key.</summary>
    public string PathOf(string key) => Path.Combine(Root, ObjectKeys.Check(key).Replace('/', Path.DirectorySeparatorChar));

    /// <inheritdoc />
    public async Task PutFileAsync(string key, string path, string contentType, CancellationToken cancellationToken)
    {
        var target = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var staging = target + ".tmp-" + Guid.NewGuid().ToString("N");
        await using (var source = File.OpenRead(path))
        await using (var destination = File.Create(staging))
        {
            await source.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        }

        File.Move(staging, target, overwrite: true);
    }

    /// <inheritdoc />
    public Task PutFolderAsync(string prefix, string folder, CancellationToken cancellationToken)
    {
        var target = PathOf(prefix);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");
        Copy(folder, staging, cancellationToken);
        string? old = null;
        if (Directory.Exists(target))
        {
            old = Path.Combine(parent, $".{Path.GetFileName(target)}.old-{Guid.NewGuid():N}");
            Directory.Move(target, old);
        }

        Directory.Move(staging, target);
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ObjectInfo?> InfoAsync(string key, CancellationToken cancellationToken)
    {
        var file = new FileInfo(PathOf(key));
        return Task.FromResult(file.Exists ? Info(file) : null);
    }

    /// <inheritdoc />
    public Task<(Stream Content, ObjectInfo Info)?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        var file = new FileInfo(PathOf(key));
        if (!file.Exists)
        {
            return Task.FromResult<(Stream, ObjectInfo)?>(null);
        }

        return Task.FromResult<(Stream, ObjectInfo)?>((file.OpenRead(), Info(file)));
    }

    /// <inheritdoc />
    public async Task<bool> GetFileAsync(string key, string path, CancellationToken cancellationToken)
    {
        var source = PathOf(key);
        if (!File.Exists(source))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var input = File.OpenRead(source);
        await using var output = File.Create(path);
        await input.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public Task<int> DeletePrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        var path = PathOf(prefix);
        var count = 0;
        if (Directory.Exists(path))
        {
            count = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Count();
            Directory.Delete(path, recursive: true);
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
            count = 1;
        }

        return Task.FromResult(count);
    }

    /// <summary>Size and time make the tag, as static file servers do: no need to read the file.</summary>
    private static ObjectInfo Info(FileInfo file) => new(
        file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero),
        string.Create(CultureInfo.InvariantCulture, $"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}\""));

    private static void Copy(string from, string to, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            cancellationToken.ThrowIfCancellationRequested();
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)), cancellationToken);
        }
    }
}
