using System.Globalization;
using System.Text.Json;
using GeoMap.Core;
using GeoMap.Core.Corroboration;
using GeoMap.Core.Movements;
using GeoMap.Core.Overlays;
using GeoMap.Core.Places;
using GeoMap.Core.Reports;
using GeoMap.Storage.Repositories;
using NetTopologySuite.Geometries;

using static GeoMap.Core.Json.MovementJson;

namespace GeoMap.Server.Json;

/// <summary>Writes GeoMap's domain objects as GeoJSON features, field by field, straight to the response.</summary>
/// <remarks>Writing with <see cref="Utf8JsonWriter"/> instead of building DTOs keeps a 10,000-feature page cheap.</remarks>
public static class FeatureWriter
{
    /// <summary>A movement as a Feature whose id is the movement id and geometry its route.</summary>
    public static void WriteMovement(Utf8JsonWriter w, Movement m)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(m);
        StartFeature(w, m.Id, m.Geometry);
        WriteMovementProperties(w, m);
        w.WriteEndObject();
    }

    /// <summary>A movement as a Feature with the fields of <paramref name="view"/>.</summary>
    public static void WriteMovement(Utf8JsonWriter w, Movement m, MovementView view)
    {
        if (view == MovementView.Map)
        {
            WriteMapMovement(w, m);
        }
        else
        {
            WriteMovement(w, m);
        }
    }

    /// <summary>
    /// A movement as the map draws it (<see cref="MovementView.Map"/>): id, actor, strength, status, mode, kind, start, end,
    /// timePrecision (for the date label: a period guessed around publication has none), and origin, via and destination
    /// as key, name, countryCode, lon and lat.
    /// </summary>
    /// <remarks>
    /// 6.4 MB instead of 11.2 MB for bench/client's 10,000 movements, whose quoted sentences are short; real reports'
    /// sentences make the full listing larger still.
    /// </remarks>
    public static void WriteMapMovement(Utf8JsonWriter w, Movement m)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(m);
        StartFeature(w, m.Id, m.Geometry);
        w.WriteStartObject();
        w.WriteNumber("id", m.Id);
        String(w, "actor", m.Actor);
        WriteStrength(w, m.Strength);
        w.WriteString("status", Vocabulary.Of(m.Status));
        w.WriteString("mode", Vocabulary.Of(m.Mode));
        w.WriteString("kind", Vocabulary.Of(m.Kind));
        WriteRoute(w, m, brief: true);
        Time(w, "start", m.Period.Start);
        Time(w, "end", m.Period.End);
        w.WriteString("timePrecision", Vocabulary.Of(m.Period.Precision));
        WriteCorroboration(w, m.Corroboration, brief: true);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The properties of a tracked movement (also the body of <c>GET /api/movements/{id}</c>): its statement and what its claims say together.</summary>
    public static void WriteMovementProperties(Utf8JsonWriter w, Movement m)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(m);
        w.WriteStartObject();
        w.WriteNumber("id", m.Id);
        WriteStatementAndAuthors(w, m);
        WriteCorroboration(w, m.Corroboration, brief: false);
        w.WriteEndObject();
    }

    /// <summary>A claim: the movement as one report states it, with its tracked movement, report and why it was linked.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="c">The claim.</param>
    /// <param name="featureId">The feature's id: the claim's own by default; a report's listing gives its tracked movement's.</param>
    public static void WriteClaim(Utf8JsonWriter w, Claim c, long? featureId = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(c);
        StartFeature(w, featureId ?? c.Id, c.Statement.Geometry);
        WriteClaimProperties(w, c);
        w.WriteEndObject();
    }

    /// <summary>
    /// The properties of a claim: the same statement fields as a tracked movement's (<see cref="WriteMovementProperties"/>),
    /// its id as <c>claimId</c> beside its tracked movement's, then where it comes from and why it was linked.
    /// </summary>
    public static void WriteClaimProperties(Utf8JsonWriter w, Claim c)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(c);
        w.WriteStartObject();
        w.WriteNumber("id", c.MovementId);
        w.WriteNumber("claimId", c.Id);
        w.WriteNumber("movementId", c.MovementId);
        WriteStatementAndAuthors(w, c.Statement);
        w.WriteString("source", c.SourceName);
        Time(w, "publishedAt", c.PublishedAt);
        String(w, "outlet", c.Outlet);
        String(w, "url", c.ReportUrl);
        Number(w, "copyOfReportId", c.CopyOfReportId);
        String(w, "linkReason", c.LinkReason);
        w.WriteString("linkedBy", c.LinkedBy);
        w.WriteEndObject();
    }

    /// <summary>
    /// A movement statement, the one vocabulary of a tracked movement and of a claim: report, actor, unit, strength,
    /// status, mode, kind, route, period, who claims it, the sentence, confidence, who created and edited it.
    /// </summary>
    private static void WriteStatementAndAuthors(Utf8JsonWriter w, Movement m)
    {
        Number(w, "reportId", m.ReportId);
        WriteStatement(w, m);
        w.WriteString("createdBy", m.CreatedBy);
        Time(w, "createdAt", m.CreatedAt);
        String(w, "updatedBy", m.UpdatedBy);
        Time(w, "updatedAt", m.UpdatedAt);
    }

    /// <summary>
    /// What a tracked movement's claims say together: <c>claimCount</c>, <c>sourceCount</c> and <c>flags</c> (kind,
    /// detail, signature, state) always; in full also <c>corroboration</c> (sources, who claimed which strength, the status
    /// history, first and last report).
    /// </summary>
    private static void WriteCorroboration(Utf8JsonWriter w, Corroboration? c, bool brief)
    {
        w.WriteNumber("claimCount", c?.ClaimCount ?? 0);
        w.WriteNumber("sourceCount", c?.SourceCount ?? 0);
        w.WriteStartArray("flags");
        foreach (var f in c?.Flags ?? [])
        {
            w.WriteStartObject();
            w.WriteString("kind", f.Kind);
            w.WriteString("detail", f.Detail);
            w.WriteString("signature", f.Signature);
            w.WriteString("state", f.State);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (brief)
        {
            return;
        }

        w.WritePropertyName("corroboration");
        if (c is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteStartArray("sources");
        foreach (var s in c.Sources)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
        w.WriteStartArray("strengthClaims");
        foreach (var s in c.StrengthClaims)
        {
            w.WriteStartObject();
            w.WriteNumber("claimId", s.ClaimId);
            w.WriteString("source", s.Source);
            Number(w, "min", s.Min);
            Number(w, "max", s.Max);
            w.WriteString("text", s.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("statusHistory");
        foreach (var s in c.StatusHistory)
        {
            w.WriteStartObject();
            w.WriteNumber("claimId", s.ClaimId);
            Time(w, "at", s.At);
            w.WriteString("status", Vocabulary.Of(s.Status));
            w.WriteString("source", s.Source);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Time(w, "firstReportedAt", c.FirstReportedAt);
        Time(w, "lastReportedAt", c.LastReportedAt);
        w.WriteEndObject();
    }

    /// <summary>A stored place as a Point feature.</summary>
    public static void WritePlaceFeature(Utf8JsonWriter w, long id, Place p)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(p);
        StartFeature(w, id, p.ToPoint());
        w.WriteStartObject();
        w.WriteNumber("id", id);
        WritePlaceFields(w, p);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>
    /// A place found by a search: its key as the feature id, the stored row <c>id</c> when a movement uses it already
    /// (<c>stored</c>), the country's and region's names to tell namesakes apart.
    /// </summary>
    public static void WritePlaceHit(Utf8JsonWriter w, Places.PlaceHit hit)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(hit);
        StartFeature(w, hit.Place.Key, hit.Place.ToPoint());
        w.WriteStartObject();
        Number(w, "id", hit.StoredId);
        WritePlaceFields(w, hit.Place);
        String(w, "countryName", hit.CountryName);
        String(w, "regionName", hit.RegionName);
        w.WriteBoolean("stored", hit.StoredId is not null);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A report as a feature without geometry (its places are in its mentions).</summary>
    public static void WriteReportFeature(Utf8JsonWriter w, Report r, bool includeText)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        StartFeature(w, r.Id, geometry: null);
        WriteReport(w, r, includeText);
        w.WriteEndObject();
    }

    /// <summary>A report's fields as an object.</summary>
    public static void WriteReport(Utf8JsonWriter w, Report r, bool includeText)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        w.WriteStartObject();
        w.WriteNumber("id", r.Id);
        String(w, "url", r.Url);
        String(w, "language", r.Language);
        Time(w, "publishedAt", r.PublishedAt);
        String(w, "source", r.SourceAgency);
        w.WriteString("contentHash", r.ContentHash);
        Time(w, "fetchedAt", r.FetchedAt);
        String(w, "extractor", r.Extractor);
        Number(w, "copyOfReportId", r.CopyOfReportId);
        if (r.CopySimilarity is { } similarity)
        {
            w.WriteNumber("copySimilarity", Math.Round(similarity, 3));
        }
        else
        {
            w.WriteNull("copySimilarity");
        }

        if (includeText)
        {
            w.WriteString("text", r.Text);
        }

        w.WriteEndObject();
    }

    /// <summary>A mention with its resolved place.</summary>
    public static void WriteMention(Utf8JsonWriter w, Mention m)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(m);
        w.WriteStartObject();
        w.WriteString("surface", m.Surface);
        w.WriteNumber("start", m.Start);
        w.WriteNumber("end", m.End);
        w.WriteNumber("confidence", Math.Round(m.Confidence, 3));
        w.WriteString("type", Vocabulary.Of(m.Type));
        WritePlace(w, "place", m.Place);
        w.WriteEndObject();
    }

    /// <summary>An overlay as a feature whose geometry is its footprint.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="o">The overlay.</param>
    /// <param name="tiles">Its tile URL template (<see cref="Hosting.ObjectStorage.TileUrl"/>).</param>
    public static void WriteOverlayFeature(Utf8JsonWriter w, Overlay o, string tiles)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(o);
        StartFeature(w, o.Id.ToString("D"), o.Footprint);
        WriteOverlay(w, o, tiles);
        w.WriteEndObject();
    }

    /// <summary><c>"near": {"km": …, "days": …}</c>: the margins a movement's photos and overlays were chosen by; days
    /// null when they were chosen at any time.</summary>
    public static void WriteNearness(Utf8JsonWriter w, Nearness near, bool anyTime = false)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(near);
        w.WriteStartObject("near");
        w.WriteNumber("km", near.Km);
        if (anyTime)
        {
            w.WriteNull("days");
        }
        else
        {
            w.WriteNumber("days", near.Days);
        }

        w.WriteEndObject();
    }

    /// <summary>An overlay's fields, with its tile URL template once ready.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="o">The overlay.</param>
    /// <param name="tiles">Its tile URL template (<see cref="Hosting.ObjectStorage.TileUrl"/>).</param>
    public static void WriteOverlay(Utf8JsonWriter w, Overlay o, string tiles)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(o);
        w.WriteStartObject();
        w.WriteString("id", o.Id.ToString("D"));
        w.WriteString("title", o.Title);
        String(w, "source", o.Source);
        String(w, "caption", o.Caption);
        Time(w, "acquiredAt", o.AcquiredAt);
        Number(w, "reportId", o.ReportId);
        w.WriteString("status", Vocabulary.Of(o.Status));
        w.WriteNumber("progress", Math.Round(o.Progress, 3));
        String(w, "failureReason", o.FailureReason);
        w.WriteNumber("minZoom", o.MinZoom);
        w.WriteNumber("maxZoom", o.MaxZoom);
        String(w, "tiles", o.Status == OverlayStatus.Ready ? tiles : null);
        String(w, "tileJson", o.Status == OverlayStatus.Ready ? $"/tiles/{o.Id:D}/tilejson.json" : null);
        String(w, "quicklook", o.Status == OverlayStatus.Ready ? $"/tiles/{o.Id:D}/{Imagery.Tiling.Quicklook.FileName}" : null);
        String(w, "ogcCollection", o.Status == OverlayStatus.Ready ? $"/ogc/collections/overlay-{o.Id:D}" : null);
        String(w, "checksum", o.Checksum);
        String(w, "uploader", o.Uploader);
        Time(w, "createdAt", o.CreatedAt);
        w.WriteEndObject();
    }

    // The Feature envelope up to the properties' value: {"type":"Feature","id":…,"geometry":…,"properties":
    // The caller writes the properties and closes the object.
    private static void StartFeature(Utf8JsonWriter w, long id, Geometry? geometry)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteNumber("id", id);
        WriteGeometryAndPropertiesName(w, geometry);
    }

    private static void StartFeature(Utf8JsonWriter w, string id, Geometry? geometry)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteString("id", id);
        WriteGeometryAndPropertiesName(w, geometry);
    }

    private static void WriteGeometryAndPropertiesName(Utf8JsonWriter w, Geometry? geometry)
    {
        w.WritePropertyName("geometry");
        GeoJson.WriteGeometry(w, geometry);
        w.WritePropertyName("properties");
    }
}
