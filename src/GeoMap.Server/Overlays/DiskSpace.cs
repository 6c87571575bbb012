using System.Globalization;

namespace GeoMap.Server.Overlays;

/// <summary>What the disk under the tiles folder can hold, and how to tell a full disk from other I/O failures.</summary>
public static class DiskSpace
{
    // errno values .NET puts in IOException.HResult on Unix (ENOSPC, EDQUOT) and the Win32 codes for a full disk.
    private static readonly int[] FullCodes = [28, 122, 39, 112];

    /// <summary>True when <paramref name="e"/> (or an exception inside it) says the disk or quota is full.</summary>
    public static bool IsFull(Exception? e) => e switch
    {
        null => false,
        AggregateException a => a.InnerExceptions.Any(IsFull),
        IOException io when FullCodes.Contains(io.HResult & 0xFFFF) || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) => true,
        _ => IsFull(e.InnerException),
    };

    /// <summary>Bytes free for GeoMap on the file system holding <paramref name="folder"/> (its nearest existing ancestor); null when unknown.</summary>
    public static long? FreeBytes(string folder)
    {
        try
        {
            var dir = new DirectoryInfo(folder);
            while (dir is not null && !dir.Exists)
            {
                dir = dir.Parent;
            }

            return dir is null ? null : new DriveInfo(dir.FullName).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The detail of a 507 for an upload the disk cannot hold.</summary>
    public static string NoRoomDetail(long needed, long free) => string.Create(CultureInfo.InvariantCulture,
        $"The server's tiles disk has {free:N0} bytes free and this upload needs about {needed:N0}; an admin must free space (or move GeoMap:Server:TilesFolder) before it can be accepted.");

    /// <summary>A reason a person can act on for a tiling job that failed.</summary>
    public static string Reason(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var inner = e is AggregateException a ? a.Flatten().InnerExceptions.FirstOrDefault() ?? e : e;
        if (IsFull(e))
        {
            return "The tiles disk filled up while tiling; free space on the server, then upload the image again.";
        }

        return inner switch
        {
            UnauthorizedAccessException => $"GeoMap may not write to the tiles folder ({inner.Message}); an admin must fix its permissions, then upload again.",
            IOException => $"Writing the tiles failed ({inner.Message}); upload the image again, and tell an admin if it persists.",
            _ when inner.GetType().Namespace?.StartsWith("GeoMap.Imagery", StringComparison.Ordinal) == true => inner.Message,
            _ => $"Tiling failed unexpectedly ({inner.GetType().Name}: {inner.Message}); this is a bug in GeoMap, please report it with the image.",
        };
    }
}
