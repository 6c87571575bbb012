using GeoMap.Core.Photos;
using GeoMap.Imagery.Photos;
using GeoMap.Server.Hosting;
using GeoMap.Storage.Repositories;

namespace GeoMap.Server.Photos;

/// <summary>A photo read and copied, waiting to be stored; or a file already stored (same checksum).</summary>
/// <param name="FileName">The name the uploader gave.</param>
/// <param name="Folder">The staging folder holding the original and its copies (null for a file already stored).</param>
/// <param name="Photo">The photo to store, or the stored one.</param>
/// <param name="Existing">Whether the same file is already stored.</param>
public sealed record PreparedPhoto(string? FileName, string? Folder, Photo Photo, bool Existing);

/// <summary>What storing a photo did.</summary>
/// <param name="Photo">The stored photo (for a duplicate, the one stored before).</param>
/// <param name="Duplicate">Whether the same file was already stored: nothing new was stored.</param>
/// <param name="NearDuplicates">Other stored photos whose picture looks the same (perceptual hash).</param>
public sealed record StoredPhoto(Photo Photo, bool Duplicate, IReadOnlyList<NearDuplicate> NearDuplicates);

/// <summary>
/// The one path by which a photo file becomes a stored photo, for <c>POST /api/photos</c> and <c>geomap photo add</c>:
/// a file already on disk is checked and read (<see cref="PhotoReader"/>), its copies made in a staging folder, then
/// moved under the photos folder (or put in the bucket, <see cref="ObjectStorage.Photos"/>) and stored; a file already
/// stored answers the stored photo.
/// </summary>
/// <remarks>
/// Preparing and storing are separate so that an upload of several files stores none when one is refused. Nothing is
/// left behind by a refused file: its staging folder is deleted by <see cref="Discard"/>.
/// </remarks>
public sealed class PhotoIntake(PhotoRepository photos, GeoMapServerOptions settings, ObjectStorage storage)
{
    /// <summary>The limits photos are read under, from the settings.</summary>
    public PhotoLimits Limits { get; } = new()
    {
        MaxPixels = settings.MaxPhotoPixels,
        CopiesKeepGps = settings.PhotoCopiesKeepGps,
    };

    /// <summary>A new, empty staging folder under the photos folder (on the same disk, so storing is a rename).</summary>
    public string NewStagingFolder()
    {
        var folder = Path.Combine(settings.PhotosRoot, ".uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>
    /// Reads the photo at <paramref name="original"/> (inside <paramref name="folder"/>, a staging folder) and writes its
    /// copies beside it.
    /// </summary>
    /// <exception cref="Imagery.Errors.ImageryException">The file is refused; the message says why.</exception>
    public async Task<PreparedPhoto> PrepareAsync(string folder, string original, string checksum, long bytes, string? fileName, string? uploader, string? caption, CancellationToken cancellationToken)
    {
        if (await photos.FindByChecksumAsync(checksum, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            return new PreparedPhoto(fileName, folder, stored, Existing: true);
        }

        var read = await PhotoReader.ProcessAsync(original, folder, Limits, cancellationToken).ConfigureAwait(false);
        var m = read.Metadata;
        var extension = m.Format == "jpeg" ? ".jpg" : "." + m.Format;
        File.Move(original, Path.Combine(folder, "original" + extension), overwrite: true);
        var name = Path.GetFileName(folder);
        var placed = m.Lon is not null;
        return new PreparedPhoto(fileName, folder, new Photo
        {
            FileName = fileName,
            Lon = m.Lon,
            Lat = m.Lat,
            Altitude = m.Altitude,
            Bearing = m.Bearing,
            TakenAt = m.TakenAt,
            TakenAtHasOffset = m.TakenAtHasOffset,
            CameraMake = m.Make,
            CameraModel = m.Model,
            PositionSource = placed ? PhotoPositionSource.Camera : PhotoPositionSource.None,
            PlacedBy = placed ? uploader : null,
            PlacedAt = placed ? DateTimeOffset.UtcNow : null,
            Caption = caption,
            Uploader = uploader,
            Checksum = checksum,
            PerceptualHash = read.PerceptualHash,
            Format = m.Format,
            Width = m.Width,
            Height = m.Height,
            Bytes = bytes,
            OriginalPath = $"{name}/original{extension}",
            ScreenPath = $"{name}/screen.jpg",
            ThumbnailPath = $"{name}/thumb.jpg",
        }, Existing: false);
    }

    /// <summary>Moves a prepared photo's files under the photos folder and stores it; a duplicate's files are removed.</summary>
    public async Task<StoredPhoto> StoreAsync(PreparedPhoto prepared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        if (prepared.Existing)
        {
            Discard(prepared.Folder);
            return new StoredPhoto(prepared.Photo, true, await NearAsync(prepared.Photo, cancellationToken).ConfigureAwait(false));
        }

        var name = Path.GetFileName(prepared.Folder!);
        if (storage.PhotoFolder is not null)
        {
            Directory.Move(prepared.Folder!, Path.Combine(settings.PhotosRoot, name));
        }
        else
        {
            try
            {
                await storage.Photos.PutFolderAsync(name, prepared.Folder!, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await storage.Photos.DeletePrefixAsync(name, CancellationToken.None).ConfigureAwait(false);
                throw;
            }
            finally
            {
                Discard(prepared.Folder);
            }
        }

        try
        {
            var (photo, duplicate) = await photos.AddAsync(prepared.Photo, cancellationToken).ConfigureAwait(false);
            if (duplicate)
            {
                // Stored meanwhile by another request: that one's files stay.
                await RemoveFilesAsync(name).ConfigureAwait(false);
            }

            return new StoredPhoto(photo, duplicate, await NearAsync(photo, cancellationToken).ConfigureAwait(false));
        }
        catch
        {
            await RemoveFilesAsync(name).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Deletes a stored photo's row and files; false when there is no such photo.</summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        if (await photos.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } photo || !await photos.DeleteAsync(id, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await RemoveFilesAsync(Path.GetDirectoryName(photo.OriginalPath)!).ConfigureAwait(false);
        return true;
    }

    /// <summary>The local file of a stored photo's file (one of its relative paths) when photos are kept in the photos
    /// folder; null when they are kept in a bucket (<see cref="ObjectStorage.Photos"/>).</summary>
    public string? PathOf(string relative) => storage.PhotoFolder is null ? null : Path.Combine(settings.PhotosRoot, relative);

    /// <summary>Removes a stored photo's files (its folder, by name), wherever photos are kept.</summary>
    private async Task RemoveFilesAsync(string name)
    {
        if (storage.PhotoFolder is not null)
        {
            Discard(Path.Combine(settings.PhotosRoot, name));
        }
        else
        {
            await storage.Photos.DeletePrefixAsync(name, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Removes a staging or photo folder, ignoring one already gone.</summary>
    public static void Discard(string? folder)
    {
        if (folder is null)
        {
            return;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
        }
    }

    private Task<IReadOnlyList<NearDuplicate>> NearAsync(Photo photo, CancellationToken cancellationToken) =>
        photos.NearDuplicatesAsync(photo.PerceptualHash, photo.Id, PerceptualHash.NearBits, cancellationToken);
}
