namespace GeoMap.Storage.Objects;

/// <summary>What a store knows of an object without reading it.</summary>
/// <param name="Length">Its size in bytes.</param>
/// <param name="LastModified">When it was written.</param>
/// <param name="ETag">A tag that changes when its content does (quoted, as HTTP wants it).</param>
public sealed record ObjectInfo(long Length, DateTimeOffset LastModified, string ETag);

/// <summary>
/// Where GeoMap keeps the files it makes and receives (overlay tile pyramids, uploaded originals), by key
/// (<c>tiles/{overlayId}/{z}/{x}/{y}.png</c>): a local folder by default (<see cref="FolderStore"/>), or an
/// S3-compatible bucket (<see cref="S3Store"/>) that several servers share.
/// </summary>
/// <remarks>Keys are relative, '/'-separated, and never hold '..'; the caller builds them from ids, not from input.</remarks>
public interface IObjectStore
{
    /// <summary>Stores the file at <paramref name="path"/> under <paramref name="key"/>, replacing what was there.</summary>
    Task PutFileAsync(string key, string path, string contentType, CancellationToken cancellationToken);

    /// <summary>Stores every file under <paramref name="folder"/> under <paramref name="prefix"/>, keeping their relative paths.</summary>
    Task PutFolderAsync(string prefix, string folder, CancellationToken cancellationToken);

    /// <summary>The object's size, time and tag; null when there is none.</summary>
    Task<ObjectInfo?> InfoAsync(string key, CancellationToken cancellationToken);

    /// <summary>Opens the object for reading, with its info; null when there is none.</summary>
    Task<(Stream Content, ObjectInfo Info)?> OpenAsync(string key, CancellationToken cancellationToken);

    /// <summary>Copies the object to the local file <paramref name="path"/>; false when there is none.</summary>
    Task<bool> GetFileAsync(string key, string path, CancellationToken cancellationToken);

    /// <summary>Deletes every object under the folder <paramref name="prefix"/> (keys starting with it and a slash); returns how many.</summary>
    Task<int> DeletePrefixAsync(string prefix, CancellationToken cancellationToken);
}

/// <summary>Checks the keys callers build.</summary>
internal static class ObjectKeys
{
    /// <summary>The key, if it is relative, '/'-separated and free of '.' and '..' segments.</summary>
    public static string Check(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (key.StartsWith('/') || key.Contains('\\', StringComparison.Ordinal) || key.Split('/').Any(s => s is "" or "." or ".."))
        {
            throw new ArgumentException($"'{key}' is not a store key: give a relative path of '/'-separated names.", nameof(key));
        }

        return key;
    }
}
