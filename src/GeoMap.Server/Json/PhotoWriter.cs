using System.Globalization;
using System.Text.Json;
using GeoMap.Core;
using GeoMap.Core.Photos;
using GeoMap.Storage.Repositories;
using static GeoMap.Core.Json.MovementJson;

namespace GeoMap.Server.Json;

/// <summary>Photos as GeoJSON features: the one JSON vocabulary of a photo (the API, OGC items, <c>geomap photo add --json</c>).</summary>
public static class PhotoWriter
{
    /// <summary>A photo as a feature whose geometry is where it was taken (null until placed).</summary>
    public static void WritePhotoFeature(Utf8JsonWriter w, Photo p, Action<Utf8JsonWriter>? more = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(p);
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteNumber("id", p.Id);
        w.WritePropertyName("geometry");
        if (p.Lon is { } lon && p.Lat is { } lat)
        {
            w.WriteStartObject();
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteNumberValue(lon);
            w.WriteNumberValue(lat);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }

        w.WritePropertyName("properties");
        WritePhoto(w, p, more);
        w.WriteEndObject();
    }

    /// <summary>A photo's fields, with the URLs of its copies.</summary>
    public static void WritePhoto(Utf8JsonWriter w, Photo p, Action<Utf8JsonWriter>? more = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(p);
        w.WriteStartObject();
        w.WriteNumber("id", p.Id);
        String(w, "fileName", p.FileName);
        if (p.TakenAt is { } taken)
        {
            // With the camera's own offset when it recorded one: the local time of day is part of the evidence.
            w.WriteString("takenAt", p.TakenAtHasOffset && taken.Offset != TimeSpan.Zero
                ? taken.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
                : GeoMap.Core.Time.Timestamp.Text(taken));
        }
        else
        {
            w.WriteNull("takenAt");
        }

        w.WriteBoolean("takenAtAnchored", p.TakenAtHasOffset);
        Double(w, "bearing", p.Bearing);
        Double(w, "altitude", p.Altitude);
        String(w, "cameraMake", p.CameraMake);
        String(w, "cameraModel", p.CameraModel);
        w.WriteString("positionSource", Vocabulary.Of(p.PositionSource));
        String(w, "placedBy", p.PlacedBy);
        Time(w, "placedAt", p.PlacedAt);
        String(w, "placeName", p.PlaceName);
        Number(w, "reportId", p.ReportId);
        String(w, "caption", p.Caption);
        String(w, "uploader", p.Uploader);
        w.WriteString("checksum", p.Checksum);
        w.WriteString("perceptualHash", unchecked((ulong)p.PerceptualHash).ToString("x16", CultureInfo.InvariantCulture));
        w.WriteString("format", p.Format);
        w.WriteNumber("width", p.Width);
        w.WriteNumber("height", p.Height);
        w.WriteNumber("bytes", p.Bytes);
        w.WriteString("thumbnail", $"/api/photos/{p.Id}/thumbnail");
        w.WriteString("screen", $"/api/photos/{p.Id}/screen");
        w.WriteString("original", $"/api/photos/{p.Id}/original");
        Time(w, "createdAt", p.CreatedAt);
        more?.Invoke(w);
        w.WriteEndObject();
    }

    /// <summary>The movements near a photo, as <c>movements: [{id, actor, distanceKm}]</c>.</summary>
    public static void WriteNearMovements(Utf8JsonWriter w, IReadOnlyList<NearMovement> movements)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(movements);
        w.WriteStartArray("movements");
        foreach (var m in movements)
        {
            w.WriteStartObject();
            w.WriteNumber("id", m.Id);
            String(w, "actor", m.Actor);
            w.WriteNumber("distanceKm", m.DistanceKm);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Near-duplicates, as <c>nearDuplicates: [{id, bits}]</c>.</summary>
    public static void WriteNearDuplicates(Utf8JsonWriter w, IReadOnlyList<NearDuplicate> near)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(near);
        w.WriteStartArray("nearDuplicates");
        foreach (var n in near)
        {
            w.WriteStartObject();
            w.WriteNumber("id", n.Id);
            w.WriteNumber("bits", n.Bits);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Double(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Math.Round(v, 6));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
