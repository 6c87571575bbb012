using System.Globalization;
using System.Text.Json;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Time;

namespace GeoMap.Core.Json;

/// <summary>
/// The one JSON vocabulary of a movement and of a place: what <c>/api/movements</c>, the OGC <c>movements</c>
/// collection, the claims and <c>geomap extract</c> all write, field by field, in a fixed order (so output is
/// deterministic). Enum values are spelled by <see cref="Vocabulary"/>; times are UTC ISO 8601.
/// </summary>
public static class MovementJson
{
    /// <summary>
    /// The statement of a movement: <c>actor</c>, <c>actorCountry</c>, <c>unit</c>, <c>strength</c> ({min, max, text}
    /// or null), <c>status</c>, <c>mode</c>, <c>kind</c>, <c>origin</c>, <c>via</c>, <c>destination</c> (places as
    /// <see cref="WritePlace"/> writes them), <c>start</c>, <c>end</c>, <c>timePrecision</c>, <c>claimedBy</c>,
    /// <c>claimedByCountry</c>, <c>sentence</c> and <c>confidence</c>.
    /// </summary>
    /// <param name="w">The writer, inside an object.</param>
    /// <param name="m">The movement.</param>
    /// <param name="brief">Places with only what a map draws (key, name, countryCode, lon, lat).</param>
    public static void WriteStatement(Utf8JsonWriter w, Movement m, bool brief = false)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(m);
        String(w, "actor", m.Actor);
        String(w, "actorCountry", m.ActorCountry);
        String(w, "unit", m.Unit);
        WriteStrength(w, m.Strength);
        w.WriteString("status", Vocabulary.Of(m.Status));
        w.WriteString("mode", Vocabulary.Of(m.Mode));
        w.WriteString("kind", Vocabulary.Of(m.Kind));
        WriteRoute(w, m, brief);
        Time(w, "start", m.Period.Start);
        Time(w, "end", m.Period.End);
        w.WriteString("timePrecision", Vocabulary.Of(m.Period.Precision));
        String(w, "claimedBy", m.Source?.Name);
        String(w, "claimedByCountry", m.Source?.CountryCode);
        w.WriteString("sentence", m.Sentence);
        w.WriteNumber("confidence", Math.Round(m.Confidence, 3));
    }

    /// <summary><c>strength</c>: {min, max, text} (an unknown bound null), or null.</summary>
    public static void WriteStrength(Utf8JsonWriter w, Strength? s)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (s is null)
        {
            w.WriteNull("strength");
            return;
        }

        w.WriteStartObject("strength");
        Number(w, "min", s.Min);
        Number(w, "max", s.Max);
        w.WriteString("text", s.Text);
        w.WriteEndObject();
    }

    /// <summary><c>origin</c>, <c>via</c> and <c>destination</c>.</summary>
    public static void WriteRoute(Utf8JsonWriter w, Movement m, bool brief)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(m);
        WritePlace(w, "origin", m.Origin, brief);
        w.WriteStartArray("via");
        foreach (var v in m.Via)
        {
            WritePlace(w, null, v, brief);
        }

        w.WriteEndArray();
        WritePlace(w, "destination", m.Destination, brief);
    }

    /// <summary>
    /// A place as an object (a property when <paramref name="name"/> is given, else an array element), or null: <c>key</c>,
    /// <c>name</c>, <c>geonameId</c>, <c>countryCode</c>, <c>admin1Code</c>, <c>kind</c>, <c>featureCode</c>,
    /// <c>population</c>, <c>lon</c>, <c>lat</c>; <paramref name="brief"/> keeps key, name, countryCode, lon and lat, and
    /// <c>area: true</c> for a country or region (<see cref="Place.IsArea"/>), which maps never draw as a town marker.
    /// </summary>
    public static void WritePlace(Utf8JsonWriter w, string? name, Place? p, bool brief = false)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (name is not null)
        {
            w.WritePropertyName(name);
        }

        if (p is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        WritePlaceFields(w, p, brief);
        w.WriteEndObject();
    }

    /// <summary>The fields of <see cref="WritePlace"/>, into an object the caller opened.</summary>
    public static void WritePlaceFields(Utf8JsonWriter w, Place p, bool brief = false)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(p);
        w.WriteString("key", p.Key);
        w.WriteString("name", p.Name);
        if (!brief)
        {
            Number(w, "geonameId", p.GeonameId);
        }

        String(w, "countryCode", p.CountryCode);
        if (!brief)
        {
            String(w, "admin1Code", p.Admin1Code);
            w.WriteString("kind", Vocabulary.Of(p.Kind));
            w.WriteString("featureCode", p.FeatureCode);
            w.WriteNumber("population", p.Population);
        }

        else if (p.IsArea)
        {
            w.WriteBoolean("area", true);
        }

        w.WriteNumber("lon", p.Lon);
        w.WriteNumber("lat", p.Lat);
    }

    /// <summary>A string property, null when <paramref name="value"/> is.</summary>
    public static void String(Utf8JsonWriter w, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>A number property, null when <paramref name="value"/> is.</summary>
    public static void Number(Utf8JsonWriter w, string name, long? value)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>A time property as UTC ISO 8601 to the second, null when <paramref name="value"/> is.</summary>
    public static void Time(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (value is { } t)
        {
            w.WriteString(name, Timestamp.Text(t));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
