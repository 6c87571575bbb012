using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Time;

namespace GeoMap.Geoparsing.Analysis;

/// <summary>Writes an <see cref="AnalysisResult"/> as the JSON of the <c>geomap extract</c> contract.</summary>
/// <remarks>
/// <code>
/// {"language", "languageStatus"?: "unsupported", "places":[{"name","start","end","geonameid","lat","lon","country","confidence", "resolved","key","feature","type"}],
///  "associated":[the same, for the names a text uses without meaning the place itself],
///  "movements":[{"actor","actorCountry","unit","strength":{"min","max","text"},"status","mode","kind",
///                "origin","via","destination","route","period":{"start","end","precision"},
///                "source":{"name","country"},"sentence","sentenceStart","confidence"}]}
/// </code>
/// A place's <c>name</c> is the surface form at [start, end); <c>resolved</c> is the gazetteer's name; <c>type</c> says how
/// the text uses the name: <c>places</c> holds the <c>literal</c> ones (the place itself: what a map draws and movements
/// use), <c>associated</c> the <c>embedded</c> ones (inside a longer name: "[Ohio] Department of Transportation",
/// "D-[Columbus]") and the <c>demonym</c>s ("the [Malaysian] government", placed at the country).
/// Statuses and modes are lower-case (<c>planned</c>, <c>under_way</c>, <c>completed</c>, <c>unknown</c>;
/// <c>sea</c>, <c>rail</c>, <c>air</c>, <c>road</c>, <c>foot</c>, <c>unknown</c>); kinds are <c>deployment</c>,
/// <c>withdrawal</c>, <c>advance</c>, <c>transit</c> or <c>unknown</c>; times are UTC ISO 8601; the
/// period is half-open. Property order is fixed, so the output is byte-for-byte deterministic.
/// </remarks>
public static class AnalysisJson
{
    /// <summary>Writer options for one-line output with readable accents.</summary>
    public static JsonWriterOptions Options(bool indented) => new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the result's properties (without the enclosing braces, so callers can add an id).</summary>
    public static void WriteProperties(Utf8JsonWriter writer, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteString("language", result.Language);
        if (result.UnsupportedLanguage)
        {
            writer.WriteString("languageStatus", "unsupported");
        }

        writer.WriteStartArray("places");
        foreach (var m in result.Places.Where(m => m.Type == MentionType.Literal))
        {
            WriteMention(writer, m);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("associated");
        foreach (var m in result.Places.Where(m => m.Type != MentionType.Literal))
        {
            WriteMention(writer, m);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("movements");
        foreach (var movement in result.Movements)
        {
            WriteMovement(writer, movement);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one place mention as an object of the <c>places</c> array.</summary>
    public static void WriteMention(Utf8JsonWriter writer, Mention m)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(m);
        writer.WriteStartObject();
        writer.WriteString("name", m.Surface);
        writer.WriteNumber("start", m.Start);
        writer.WriteNumber("end", m.End);
        WriteGeonameId(writer, m.Place);
        writer.WriteNumber("lat", Math.Round(m.Place.Lat, 5));
        writer.WriteNumber("lon", Math.Round(m.Place.Lon, 5));
        writer.WriteString("country", m.Place.CountryCode);
        writer.WriteNumber("confidence", Math.Round(m.Confidence, 3));
        writer.WriteString("resolved", m.Place.Name);
        writer.WriteString("key", m.Place.Key);
        writer.WriteString("feature", m.Place.FeatureCode);
        writer.WriteString("type", MentionTypes.Name(m.Type));
        writer.WriteEndObject();
    }

    /// <summary>Writes a given span the gazetteer does not know: its name and offsets, <c>"resolved": null</c>.</summary>
    public static void WriteUnresolvedSpan(Utf8JsonWriter writer, string name, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteNumber("start", start);
        writer.WriteNumber("end", end);
        writer.WriteNull("resolved");
        writer.WriteEndObject();
    }

    /// <summary>Writes one movement as an object.</summary>
    public static void WriteMovement(Utf8JsonWriter writer, Movement movement)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(movement);
        writer.WriteStartObject();
        writer.WriteString("actor", movement.Actor);
        writer.WriteString("actorCountry", movement.ActorCountry);
        writer.WriteString("unit", movement.Unit);
        if (movement.Strength is { } s)
        {
            writer.WriteStartObject("strength");
            WriteNullable(writer, "min", s.Min);
            WriteNullable(writer, "max", s.Max);
            writer.WriteString("text", s.Text);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("strength");
        }

        writer.WriteString("status", Status(movement.Status));
        writer.WriteString("mode", movement.Mode.ToString().ToLowerInvariant());
        writer.WriteString("kind", movement.Kind.ToString().ToLowerInvariant());
        WritePlace(writer, "origin", movement.Origin);
        writer.WriteStartArray("via");
        foreach (var via in movement.Via)
        {
            WritePlace(writer, null, via);
        }

        writer.WriteEndArray();
        WritePlace(writer, "destination", movement.Destination);
        writer.WriteStartArray("route");
        foreach (var p in movement.Route())
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(Math.Round(p.Lon, 5));
            writer.WriteNumberValue(Math.Round(p.Lat, 5));
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("period");
        writer.WriteString("start", Time(movement.Period.Start));
        writer.WriteString("end", Time(movement.Period.End));
        writer.WriteString("precision", movement.Period.Precision.ToString().ToLowerInvariant());
        writer.WriteEndObject();
        if (movement.Source is { } source)
        {
            writer.WriteStartObject("source");
            writer.WriteString("name", source.Name);
            writer.WriteString("country", source.CountryCode);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("source");
        }

        writer.WriteString("sentence", movement.Sentence);
        writer.WriteNumber("sentenceStart", movement.SentenceStart);
        writer.WriteNumber("confidence", movement.Confidence);
        writer.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter writer, string? name, Place? place)
    {
        if (place is null)
        {
            writer.WriteNull(name!);
            return;
        }

        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        writer.WriteString("name", place.Name);
        WriteGeonameId(writer, place);
        writer.WriteString("key", place.Key);
        writer.WriteNumber("lat", Math.Round(place.Lat, 5));
        writer.WriteNumber("lon", Math.Round(place.Lon, 5));
        writer.WriteString("country", place.CountryCode);
        writer.WriteString("feature", place.FeatureCode);
        writer.WriteEndObject();
    }

    private static void WriteGeonameId(Utf8JsonWriter writer, Place place)
    {
        if (place.GeonameId is { } id)
        {
            writer.WriteNumber("geonameid", id);
        }
        else
        {
            writer.WriteNull("geonameid");
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Status(MovementStatus status) => status switch
    {
        MovementStatus.Planned => "planned",
        MovementStatus.UnderWay => "under_way",
        MovementStatus.Completed => "completed",
        _ => "unknown",
    };

    private static string? Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
