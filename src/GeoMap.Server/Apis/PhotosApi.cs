using System.Globalization;
using System.Text.Json;
using GeoMap.Core;
using GeoMap.Core.Photos;
using GeoMap.Core.Queries;
using GeoMap.Imagery.Errors;
using GeoMap.Server.Auth;
using GeoMap.Server.Hosting;
using GeoMap.Server.Http;
using GeoMap.Server.Json;
using GeoMap.Server.Overlays;
using GeoMap.Server.Photos;
using GeoMap.Server.Places;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GeoMap.Server.Apis;

/// <summary>
/// <c>/api/photos</c>: ground photos as evidence. Upload one or many (EXIF position, time, direction and camera read,
/// orientation applied, copies without metadata), list by region and date, place a photo by hand, and the movements
/// near each photo (and the photos near each movement).
/// </summary>
public static class PhotosApi
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapPhotosApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/photos").WithTags("Photos").RequireReader();
        group.MapPost("/", UploadAsync).WithName("UploadPhotos").RequireWriter().DisableAntiforgery()
            .DescribeBody("One or more photos (JPEG, PNG, WebP, TIFF), streamed to disk.", ["file"], new Dictionary<string, string[]>
            {
                ["multipart/form-data"] = ["file:binary", "caption"],
            })
            .WithSummary("Upload photos (multipart: file, repeated; caption?). 201 with the stored photos; a file already stored answers the stored photo (duplicate: true); one refused file refuses the upload, storing none.")
            .Produces<JsonElement>(StatusCodes.Status201Created, "application/geo+json")
            .DisableRequestTimeout();
        group.MapGet("/", ListAsync).WithName("ListPhotos")
            .WithSummary("Photos whose position lies in bbox or region (a country or first-level region by code or name), taken between from and to, in id order.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetPhoto")
            .WithSummary("A photo with the movements near it in space and time and its near-duplicates.");
        group.MapPatch("/{id:long}", PlaceAsync).WithName("PlacePhoto").RequireWriter()
            .DescribeBody("Where the photo was taken: lon and lat, a place key (gn:…), or a place name; how it is known (source).", [], new Dictionary<string, string[]>
            {
                ["application/json"] = ["lon", "lat", "key", "place", "source", "reportId"],
            })
            .WithSummary("Place a photo: {lon, lat} | {key} | {place}, with source analyst (default) or report (and reportId); records who placed it and when.");
        group.MapDelete("/{id:long}", DeleteAsync).WithName("DeletePhoto").RequireWriter().WithSummary("Delete a photo and its files.");
        group.MapGet("/{id:long}/thumbnail", (long id, HttpContext context, PhotoRepository photos, PhotoIntake intake, ObjectStorage storage, IOptions<GeoMapServerOptions> options, CancellationToken cancellationToken) =>
                FileAsync(id, p => p.ThumbnailPath, context, photos, intake, storage, options.Value, cancellationToken))
            .WithName("PhotoThumbnail").WithSummary("The photo's thumbnail (JPEG, 256 px, metadata stripped).");
        group.MapGet("/{id:long}/screen", (long id, HttpContext context, PhotoRepository photos, PhotoIntake intake, ObjectStorage storage, IOptions<GeoMapServerOptions> options, CancellationToken cancellationToken) =>
                FileAsync(id, p => p.ScreenPath, context, photos, intake, storage, options.Value, cancellationToken))
            .WithName("PhotoScreen").WithSummary("The photo at screen size (JPEG, 1600 px, metadata stripped).");
        group.MapGet("/{id:long}/original", (long id, HttpContext context, PhotoRepository photos, PhotoIntake intake, ObjectStorage storage, IOptions<GeoMapServerOptions> options, CancellationToken cancellationToken) =>
                FileAsync(id, p => p.OriginalPath, context, photos, intake, storage, options.Value, cancellationToken))
            .WithName("PhotoOriginal").RequireWriter().WithSummary("The original file as uploaded, with all its metadata (analysts only).");
        app.MapGet("/api/movements/{id:long}/photos", NearMovementAsync).WithTags("Photos", "Movements").WithName("MovementPhotos").RequireReader()
            .WithSummary("The photos near a movement in space and time (GeoMap:Server:NearKm, NearDays: the rule of its overlays), nearest first; 'near' gives the margins.");
        return app;
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> UploadAsync(
        HttpContext context, PhotoIntake intake, IOptions<GeoMapServerOptions> options, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var request = context.Request;
        var maxBody = (settings.MaxPhotoBytes * settings.MaxPhotosPerUpload) + (1024 * 1024);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBody;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return Problems.UnsupportedMediaType(request.ContentType, "multipart/form-data with the photos in fields named 'file'");
        }

        BodyReader.RefuseDeclaredOversize(request, maxBody, "photo");
        Directory.CreateDirectory(settings.PhotosRoot);
        if (request.ContentLength is { } declared && DiskSpace.FreeBytes(settings.PhotosRoot) is { } free && declared + settings.MinFreeDiskBytes > free)
        {
            return Problems.InsufficientStorage(DiskSpace.NoRoomDetail(declared + settings.MinFreeDiskBytes, free));
        }

        var uploader = Roles.Actor(context.User);
        var files = new List<(string Folder, string Path, string Checksum, long Bytes, string Name)>();
        var prepared = new List<PreparedPhoto>();
        var stored = false;
        try
        {
            string? caption = null;
            await foreach (var part in MultipartBody.PartsAsync(boundary, request.Body, cancellationToken))
            {
                if (part.IsFile)
                {
                    if (files.Count == settings.MaxPhotosPerUpload)
                    {
                        throw new InvalidQueryException("file", string.Create(CultureInfo.InvariantCulture, $"An upload holds at most {settings.MaxPhotosPerUpload} photos; send the rest in another upload."));
                    }

                    // The client's file name is only shown; the file on disk is named by us, and its type read from its bytes.
                    var fileName = TextInput.Check(part.FileName, "file", TextLimits.Name) ?? "";
                    var folder = intake.NewStagingFolder();
                    var path = Path.Combine(folder, "upload");
                    files.Add((folder, path, "", 0, fileName));
                    var (checksum, bytes) = await MultipartBody.CopyToFileAsync(part.Section.Body, path, settings.MaxPhotoBytes, "photo", cancellationToken);
                    files[^1] = (folder, path, checksum, bytes, fileName);
                }
                else if (part.Name.Equals("caption", StringComparison.OrdinalIgnoreCase))
                {
                    caption = TextInput.Check(await MultipartBody.ReadTextAsync(part, cancellationToken), "caption", TextLimits.FormField);
                }
            }

            if (files.Count == 0)
            {
                throw new InvalidQueryException("file", Problems.Messages.PhotoFileMissing);
            }

            // Each file is taken or refused on its own: one damaged photo among twenty does not send the other nineteen back.
            var refused = new List<(string Name, ImageryException Error)>();
            foreach (var f in files)
            {
                try
                {
                    prepared.Add(await intake.PrepareAsync(f.Folder, f.Path, f.Checksum, f.Bytes, f.Name, uploader, string.IsNullOrWhiteSpace(caption) ? null : caption.Trim(), cancellationToken));
                }
                catch (ImageryException e)
                {
                    PhotoIntake.Discard(f.Folder);
                    refused.Add((f.Name, e));
                }
            }

            if (prepared.Count == 0)
            {
                return Problems.PhotoRefused(refused[0].Name, refused[0].Error, refused.Count > 1 ? refused : null);
            }

            var results = new List<StoredPhoto>();
            foreach (var p in prepared)
            {
                results.Add(await intake.StoreAsync(p, cancellationToken));
            }

            stored = true;
            var created = results.Any(r => !r.Duplicate);
            return new WrittenJson(w =>
            {
                w.WriteStartObject();
                w.WriteString("type", "FeatureCollection");
                w.WriteStartArray("features");
                foreach (var r in results)
                {
                    PhotoWriter.WritePhotoFeature(w, r.Photo, x =>
                    {
                        x.WriteBoolean("duplicate", r.Duplicate);
                        PhotoWriter.WriteNearDuplicates(x, r.NearDuplicates);
                    });
                }

                w.WriteEndArray();
                if (refused.Count > 0)
                {
                    // As the problem of an upload whose every file was refused lists them.
                    w.WriteStartArray("refused");
                    foreach (var (name, error) in refused)
                    {
                        Problems.RefusedFile.Of(name, error).WriteTo(w);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }, GeoJson.MediaType, created ? StatusCodes.Status201Created : StatusCodes.Status200OK)
            {
                Location = results.Count == 1 ? $"/api/photos/{results[0].Photo.Id}" : null,
            };
        }
        finally
        {
            if (!stored)
            {
                foreach (var f in files)
                {
                    PhotoIntake.Discard(f.Folder);
                }
            }
        }
    }

    /// <param name="bbox">west,south,east,north in degrees.</param>
    /// <param name="region">A country or first-level region by code (UA, RU-PRI) or name in any stored language; not with bbox.</param>
    /// <param name="from">Taken at or after.</param>
    /// <param name="to">Taken at or before (a date means its end).</param>
    /// <param name="limit">Most photos listed.</param>
    /// <param name="cursor">The next link's cursor.</param>
    /// <param name="request">The request.</param>
    /// <param name="photos">The photos.</param>
    /// <param name="regions">The regions, for region.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    private static async Task<WrittenJson> ListAsync(string? bbox, string? region, string? from, string? to, string? limit, string? cursor, HttpRequest request,
        PhotoRepository photos, RegionRepository regions, CancellationToken cancellationToken)
    {
        var (since, until, most) = (QueryValues.Time(from, "from"), QueryValues.Time(to, "to", endOfDay: true), QueryValues.Limit(limit));
        var area = await RegionOrBox.AreaAsync(bbox, region, regions, cancellationToken);
        var rows = await photos.ListAsync(area, since, until, QueryValues.Cursor(cursor), most + 1, cancellationToken);
        var items = rows.Take(most).ToList();
        var next = rows.Count > most ? Urls.WithQuery(request, "cursor", items[^1].Id.ToString(CultureInfo.InvariantCulture)) : null;
        return new WrittenJson(w =>
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var p in items)
            {
                PhotoWriter.WritePhotoFeature(w, p);
            }

            w.WriteEndArray();
            GeoMap.Core.Json.MovementJson.String(w, "next", next);
            w.WriteEndObject();
        }, GeoJson.MediaType);
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> GetAsync(long id, PhotoRepository photos, IOptions<GeoMapServerOptions> options, CancellationToken cancellationToken)
    {
        if (await photos.GetAsync(id, cancellationToken) is not { } photo)
        {
            return Problems.NotFound("photo", id);
        }

        var near = await photos.MovementsNearPhotoAsync(id, options.Value.Near, cancellationToken);
        var duplicates = await photos.NearDuplicatesAsync(photo.PerceptualHash, id, Imagery.Photos.PerceptualHash.NearBits, cancellationToken);
        return new WrittenJson(w => PhotoWriter.WritePhotoFeature(w, photo, x =>
        {
            PhotoWriter.WriteNearMovements(x, near);
            PhotoWriter.WriteNearDuplicates(x, duplicates);
        }), GeoJson.MediaType);
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> PlaceAsync(long id, HttpRequest request, HttpContext context, PhotoRepository photos, PlaceSearch places,
        ReportRepository reports, CancellationToken cancellationToken)
    {
        using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        var root = body.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Problems.InvalidJson("send an object such as {\"lon\": 131.95, \"lat\": 43.8} or {\"place\": \"Ussuriysk\"}.");
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Name is not ("lon" or "lat" or "key" or "place" or "source" or "reportId"))
            {
                throw new InvalidQueryException(property.Name, $"Unknown field '{QueryValues.Clip(property.Name)}'; a photo is placed with lon and lat, key, or place, and source and reportId.");
            }
        }

        if (await photos.GetAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound("photo", id);
        }

        double lon, lat;
        string? placeName = null;
        if (root.TryGetProperty("lon", out var lonValue) || root.TryGetProperty("lat", out _))
        {
            lon = Coordinate(lonValue, "lon", 180);
            lat = Coordinate(root.TryGetProperty("lat", out var latValue) ? latValue : default, "lat", 90);
        }
        else if (root.TryGetProperty("key", out var keyValue))
        {
            var key = TextInput.Check(JsonText.String(keyValue, "key"), "key", TextLimits.Name) ?? throw new InvalidQueryException("key", "key is empty; give a place key such as gn:2014006.");
            var place = await places.ResolveAsync(key, "key", cancellationToken)
                ?? throw new InvalidQueryException("key", $"No place has the key '{QueryValues.Clip(key)}'; GET /api/places?q= lists places with their keys.");
            (lon, lat, placeName) = (place.Lon, place.Lat, place.Name);
        }
        else if (root.TryGetProperty("place", out var placeValue))
        {
            var text = TextInput.Check(JsonText.String(placeValue, "place"), "place", TextLimits.Search);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new InvalidQueryException("place", "place is empty; give a place name such as Ussuriysk.");
            }

            var hit = (await places.SearchAsync(text, 1, cancellationToken)).FirstOrDefault()
                ?? throw new InvalidQueryException("place", $"No place is named '{QueryValues.Clip(text)}'; try another spelling, or give lon and lat.");
            (lon, lat, placeName) = (hit.Place.Lon, hit.Place.Lat, hit.Place.Name);
        }
        else
        {
            throw new InvalidQueryException("lon", "Say where the photo was taken: {\"lon\": …, \"lat\": …}, {\"key\": \"gn:…\"} or {\"place\": \"…\"}.");
        }

        var source = PhotoPositionSource.Analyst;
        if (root.TryGetProperty("source", out var sourceValue))
        {
            var text = JsonText.String(sourceValue, "source");
            source = Vocabulary.ParsePositionSource(text) is { } s && s is PhotoPositionSource.Analyst or PhotoPositionSource.Report
                ? s
                : throw new InvalidQueryException("source", $"source '{QueryValues.Clip(text ?? "")}' is not how a photo is placed by hand; give analyst or report.");
        }

        long? reportId = null;
        if (root.TryGetProperty("reportId", out var reportValue) && reportValue.ValueKind != JsonValueKind.Null)
        {
            reportId = reportValue.ValueKind == JsonValueKind.Number && reportValue.TryGetInt64(out var r) && r > 0
                ? r
                : throw new InvalidQueryException("reportId", "reportId is the number of a stored report.");
            if (!await reports.ExistsAsync(reportId.Value, cancellationToken))
            {
                throw new InvalidQueryException("reportId", $"reportId {reportId} is not a stored report; GET /api/reports lists them.");
            }
        }

        if (source == PhotoPositionSource.Report && reportId is null)
        {
            throw new InvalidQueryException("reportId", "A photo placed from a report names the report: add reportId.");
        }

        var placed = await photos.PlaceAsync(id, lon, lat, source, Roles.Actor(context.User), placeName, reportId, cancellationToken);
        return placed is null ? Problems.NotFound("photo", id) : new WrittenJson(w => PhotoWriter.WritePhotoFeature(w, placed), GeoJson.MediaType);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, PhotoIntake intake, CancellationToken cancellationToken) =>
        await intake.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : Problems.NotFound("photo", id);

    private static async Task<Results<PhysicalFileHttpResult, FileStreamHttpResult, ProblemHttpResult>> FileAsync(long id, Func<Photo, string> which, HttpContext context, PhotoRepository photos, PhotoIntake intake,
        ObjectStorage storage, GeoMapServerOptions settings, CancellationToken cancellationToken)
    {
        if (await photos.GetAsync(id, cancellationToken) is not { } photo)
        {
            return Problems.NotFound("photo", id);
        }

        var relative = which(photo);
        var missing = Problems.NotFound("photo file", $"{id}/{Path.GetFileNameWithoutExtension(relative)}");
        var type = Path.GetExtension(relative) switch
        {
            ".png" => "image/png",
            ".webp" => "image/webp",
            ".tiff" => "image/tiff",
            _ => "image/jpeg",
        };

        // A photo's files never change under its id: the checksum names the content.
        var tag = new EntityTagHeaderValue($"\"{photo.Checksum[..16]}-{Path.GetFileNameWithoutExtension(relative)}\"");
        if (intake.PathOf(relative) is not { } path)
        {
            if (await storage.Photos.OpenAsync(relative, cancellationToken) is not { } stored)
            {
                return missing;
            }

            context.Response.Headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"private, max-age={settings.TileMaxAgeSeconds}");
            return TypedResults.Stream(stored.Content, type, lastModified: stored.Info.LastModified, entityTag: tag);
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return missing;
        }

        context.Response.Headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"private, max-age={settings.TileMaxAgeSeconds}");
        return TypedResults.PhysicalFile(file.FullName, type, lastModified: file.LastWriteTimeUtc, entityTag: tag);
    }

    private static async Task<Results<WrittenJson, ProblemHttpResult>> NearMovementAsync(long id, PhotoRepository photos, MovementRepository movements, IOptions<GeoMapServerOptions> options, CancellationToken cancellationToken)
    {
        if (await movements.GetAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound("movement", id);
        }

        var near = options.Value.Near;
        var found = await photos.PhotosNearMovementAsync(id, near, cancellationToken);
        return new WrittenJson(w =>
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            FeatureWriter.WriteNearness(w, near);
            w.WriteStartArray("features");
            foreach (var p in found)
            {
                PhotoWriter.WritePhotoFeature(w, p);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }, GeoJson.MediaType);
    }

    private static double Coordinate(JsonElement value, string field, double limit) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d) && Math.Abs(d) <= limit
            ? d
            : throw new InvalidQueryException(field, string.Create(CultureInfo.InvariantCulture, $"{field} must be a number from -{limit} to {limit} (degrees; give both lon and lat)."));
}
