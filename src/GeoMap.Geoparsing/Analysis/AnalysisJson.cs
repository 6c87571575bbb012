using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using GeoMap.Core;
using GeoMap.Core.Json;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Time;

namespace GeoMap.Geoparsing.Analysis;

/// <summary>Writes an <see cref="AnalysisResult"/> as the JSON of the <c>geomap extract</c> contract.</summary>
/// <remarks>
/// <code>
/// {"language", "languageStatus"?: "unsupported",
///  "places":[{"name","start","end","geonameId","lat","lon","countryCode","confidence","resolved","key","featureCode","type"}],
///  "associated":[the same, for the names a text uses without meaning the place itself],
///  "movements":[{"actor","actorCountry","unit","strength":{"min","max","text"},"status","mode","kind",
///                "origin","via","destination","start","end","timePrecision","claimedBy","claimedByCountry","sentence",
///                "confidence","route","period":{"start","end","precision"},"sentenceStart"}]}
/// </code>
/// A movement is written in the API's vocabulary by the API's writer (<see cref="MovementJson"/>: <c>geonameId</c>,
/// <c>countryCode</c>, <c>claimedBy</c>, places with <c>featureCode</c>, <c>kind</c> and <c>population</c>), so an
/// extract result and <c>/api/movements</c> read alike; <c>route</c>, <c>period</c> and <c>sentenceStart</c> are added.
/// A place mention is flat: its <c>name</c> is the surface form at [start, end), <c>resolved</c> the gazetteer's name,
/// <c>lat</c>/<c>lon</c> its position; <c>type</c> says how the text uses the name: <c>places</c> holds the
/// <c>literal</c> ones (the place itself: what a map draws and movements use), <c>associated</c> the <c>embedded</c>
/// ones (inside a longer name: "[Ohio] Department of Transportation", "D-[Columbus]") and the <c>demonym</c>s ("the
/// [Malaysian] government", placed at the country).
/// Enum values are spelled by <see cref="Vocabulary"/> (statuses <c>planned</c>, <c>under_way</c>, <c>completed</c>,
/// <c>unknown</c>; modes <c>sea</c>, <c>rail</c>, <c>air</c>, <c>road</c>, <c>foot</c>, <c>unknown</c>; kinds
/// <c>deployment</c>, <c>withdrawal</c>, <c>advance</c>, <c>transit</c>, <c>unknown</c>); times are UTC ISO 8601; the
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
        writer.WriteString("countryCode", m.Place.CountryCode);
        writer.WriteNumber("confidence", Math.Round(m.Confidence, 3));
        writer.WriteString("resolved", m.Place.Name);
        writer.WriteString("key", m.Place.Key);
        writer.WriteString("featureCode", m.Place.FeatureCode);
        writer.WriteString("type", Vocabulary.Of(m.Type));
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

    /// <summary>
    /// Writes one movement as an object: the API's statement fields (<see cref="MovementJson.WriteStatement"/>), then
    /// what only <c>extract</c> gives: <c>route</c> (the line's [lon, lat] points), <c>period</c> (start, end and
    /// precision as one object, the form <c>score_movements.py</c> reads) and <c>sentenceStart</c>.
    /// </summary>
    public static void WriteMovement(Utf8JsonWriter writer, Movement movement)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(movement);
        writer.WriteStartObject();
        MovementJson.WriteStatement(writer, movement);
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
        MovementJson.Time(writer, "start", movement.Period.Start);
        MovementJson.Time(writer, "end", movement.Period.End);
        writer.WriteString("precision", Vocabulary.Of(movement.Period.Precision));
        writer.WriteEndObject();
        writer.WriteNumber("sentenceStart", movement.SentenceStart);
        writer.WriteEndObject();
    }

    private static void WriteGeonameId(Utf8JsonWriter writer, Place place)
    {
        if (place.GeonameId is { } id)
        {
            writer.WriteNumber("geonameId", id);
        }
        else
        {
            writer.WriteNull("geonameId");
        }
    }
}
