namespace GeoMap.Imagery.Tiling;

/// <summary>A temporary folder next to the destination, renamed onto it when the job succeeds and
/// deleted when it does not, so readers see either the old pyramid or the whole new one.</summary>
internal sealed class StagingFolder : IDisposable
{
    private readonly string _destination;
    private bool _published;

    /// <summary>Creates the staging folder beside <paramref name="destination"/>.</summary>
    public StagingFolder(string destination)
    {
        _destination = System.IO.Path.GetFullPath(destination).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(_destination)!;
        Directory.CreateDirectory(parent);
        Folder = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(_destination)}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The folder to write into.</summary>
    public string Folder { get; }

    /// <summary>Moves the staged pyramid onto the destination, replacing an earlier one.</summary>
    public void Publish()
    {
        string? old = null;
        if (Directory.Exists(_destination))
        {
            old = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(_destination)!,
                $".{System.IO.Path.GetFileName(_destination)}.old-{Guid.NewGuid():N}");
            Directory.Move(_destination, old);
        }

        Directory.Move(Folder, _destination);
        _published = true;
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>Deletes the staged files unless they were published.</summary>
    public void Dispose()
    {
        if (!_published && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
