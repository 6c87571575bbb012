using System.Globalization;
using System.Text.Json;
using GeoMap.Core;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Queries;
using GeoMap.Core.Text;
using GeoMap.Core.Time;
using GeoMap.Server.Http;
using GeoMap.Storage.Repositories;

namespace GeoMap.Server.Json;

/// <summary>
/// Reads the JSON body of <c>POST /api/movements</c> (a whole movement) and <c>PATCH /api/movements/{id}</c>
/// (only the fields present change; null clears a field).
/// </summary>
/// <remarks>
/// Places are given as <c>{"placeId": 12}</c> (a stored place), <c>{"key": "gn:2014006"}</c> (any gazetteer place or
/// stored place, as <c>GET /api/places?q=</c> lists them) or inline as
/// <c>{"name": "Ussuriysk", "lon": 131.95, "lat": 43.8, "geonameId": 2014006, "countryCode": "RU"}</c> (a place the
/// gazetteer lacks, clicked on the map). <c>reason</c> is not a field of the movement: it says why, for the history.
/// Unknown fields are refused so that a typo does not silently do nothing.
/// </remarks>
public static class MovementInput
{
    /// <summary>Most stops a route may list between origin and destination (<c>via</c>).</summary>
    public const int MaxViaPlaces = 50;

    private static readonly HashSet<string> Fields =
    [
        "reportId", "actor", "actorCountry", "unit", "strength", "status", "mode", "kind", "origin", "via", "destination",
        "start", "end", "timePrecision", "claimedBy", "claimedByCountry", "sentence", "confidence", ReasonField,
    ];

    /// <summary>The body field that says why an edit was made (kept in the history, not on the movement).</summary>
    public const string ReasonField = "reason";

    /// <summary>Longest reason accepted, in characters.</summary>
    public const int MaxReasonLength = 1_000;

    /// <summary>The movement fields a body sets (every field but <see cref="ReasonField"/>): what an edit pins.</summary>
    public static IReadOnlyList<string> FieldsOf(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object ? [.. body.EnumerateObject().Select(p => p.Name).Where(n => n != ReasonField)] : [];

    /// <summary>The reason a body gives, trimmed; null when none.</summary>
    /// <exception cref="InvalidQueryException">The reason is not text, or too long.</exception>
    public static string? Reason(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(ReasonField, out var v) && Text(v, ReasonField, MaxReasonLength) is { } text && text.Trim().Length > 0
            ? text.Trim()
            : null;

    /// <summary>Applies the fields of <paramref name="body"/> to <paramref name="baseline"/> (a new movement for POST).</summary>
    /// <exception cref="InvalidQueryException">On a wrong field, naming it.</exception>
    /// <param name="body">The JSON body.</param>
    /// <param name="baseline">The movement before (a new one for POST).</param>
    /// <param name="places">Stored places, for <c>placeId</c>.</param>
    /// <param name="reports">Stored reports, for <c>reportId</c>.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="search">The gazetteer, for places given by <c>key</c>; without it a key is refused.</param>
    public static async Task<Movement> ApplyAsync(JsonElement body, Movement baseline, PlaceRepository places, ReportRepository reports, CancellationToken cancellationToken,
        Places.PlaceSearch? search = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(reports);
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidQueryException("body", "The body must be a JSON object with movement fields, for example {\"actor\": \"Russia\", \"status\": \"completed\"}.");
        }

        foreach (var property in body.EnumerateObject())
        {
            if (!Fields.Contains(property.Name))
            {
                throw new InvalidQueryException(property.Name, $"Unknown field '{QueryValues.Clip(property.Name)}'; movement fields are {string.Join(", ", Fields)}.");
            }
        }

        _ = Reason(body);

        var m = baseline;
        bool Has(string name, out JsonElement value) => body.TryGetProperty(name, out value);
        if (Has("reportId", out var v))
        {
            long? reportId = v.ValueKind == JsonValueKind.Null ? null : Long(v, "reportId");
            if (reportId is { } r && !await reports.ExistsAsync(r, cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidQueryException("reportId", string.Create(CultureInfo.InvariantCulture, $"reportId {r} is not a stored report; GET /api/reports lists them."));
            }

            m = m with { ReportId = reportId };
        }

        if (Has("actor", out v))
        {
            m = m with { Actor = Text(v, "actor") };
        }

        if (Has("actorCountry", out v))
        {
            m = m with { ActorCountry = Text(v, "actorCountry") };
        }

        if (Has("unit", out v))
        {
            m = m with { Unit = Text(v, "unit") };
        }

        if (Has("strength", out v))
        {
            m = m with { Strength = ReadStrength(v) };
        }

        if (Has("status", out v))
        {
            m = m with
            {
                Status = Vocabulary.ParseStatus(Text(v, "status"))
                    ?? throw new InvalidQueryException("status", "status must be planned, under_way, completed or unknown."),
            };
        }

        if (Has("mode", out v))
        {
            var text = Text(v, "mode") ?? "unknown";
            m = m with
            {
                Mode = Enum.TryParse<TransportMode>(text, ignoreCase: true, out var mode) && !int.TryParse(text, CultureInfo.InvariantCulture, out _)
                    ? mode
                    : throw new InvalidQueryException("mode", "mode must be sea, rail, air, road, foot or unknown."),
            };
        }

        if (Has("kind", out v))
        {
            m = m with
            {
                Kind = Vocabulary.ParseKindOfMovement(Text(v, "kind") ?? "unknown")
                    ?? throw new InvalidQueryException("kind", "kind must be deployment, withdrawal, advance, transit or unknown."),
            };
        }

        if (Has("origin", out v))
        {
            m = m with { Origin = await PlaceAsync(v, "origin", places, search, cancellationToken).ConfigureAwait(false) };
        }

        if (Has("destination", out v))
        {
            m = m with { Destination = await PlaceAsync(v, "destination", places, search, cancellationToken).ConfigureAwait(false) };
        }

        if (Has("via", out v))
        {
            var via = new List<Place>();
            if (v.ValueKind == JsonValueKind.Array)
            {
                // Each via place is resolved (a gazetteer or database lookup): 10,000 of them took 12 s of a core.
                if (v.GetArrayLength() > MaxViaPlaces)
                {
                    throw new InvalidQueryException("via", string.Create(CultureInfo.InvariantCulture,
                        $"via lists {v.GetArrayLength():N0} places; a route takes at most {MaxViaPlaces} stops between origin and destination."));
                }

                foreach (var item in v.EnumerateArray())
                {
                    via.Add(await PlaceAsync(item, "via", places, search, cancellationToken).ConfigureAwait(false)
                        ?? throw new InvalidQueryException("via", "via must not contain null."));
                }
            }
            else if (v.ValueKind != JsonValueKind.Null)
            {
                throw new InvalidQueryException("via", "via must be an array of places.");
            }

            m = m with { Via = via };
        }

        if (Has("start", out _) || Has("end", out _) || Has("timePrecision", out _))
        {
            var start = Has("start", out v) ? QueryValues.Time(Text(v, "start"), "start") : m.Period.Start;
            var end = Has("end", out v) ? QueryValues.Time(Text(v, "end"), "end") : m.Period.End;
            var precision = Has("timePrecision", out v)
                ? Enum.TryParse<TimePrecision>(Text(v, "timePrecision"), ignoreCase: true, out var p) ? p
                    : throw new InvalidQueryException("timePrecision", "timePrecision must be hour, day, week, month, year or unknown.")
                : m.Period.Precision;
            if (start is { } s && end is { } e && e < s)
            {
                throw new InvalidQueryException("end", "end is before start; swap them.");
            }

            m = m with { Period = new Period(start, end, precision) };
        }

        if (Has("claimedBy", out _) || Has("claimedByCountry", out _))
        {
            var name = Has("claimedBy", out v) ? Text(v, "claimedBy") : m.Source?.Name;
            var country = Has("claimedByCountry", out v) ? Country(Text(v, "claimedByCountry"), "claimedByCountry", search) : m.Source?.CountryCode;
            if (name is null && country is not null && Has("claimedByCountry", out _))
            {
                throw new InvalidQueryException("claimedByCountry", "claimedByCountry is the country of the source: give claimedBy (who claims it) too.");
            }

            m = m with { Source = name is null ? null : new Attribution(name, country) };
        }

        if (Has("sentence", out v))
        {
            m = m with { Sentence = Text(v, "sentence", TextLimits.Sentence) ?? "" };
        }

        if (Has("confidence", out v))
        {
            var c = v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;
            m = m with { Confidence = c is >= 0 and <= 1 ? c : throw new InvalidQueryException("confidence", "confidence must be a number from 0 to 1.") };
        }

        return m;
    }

    /// <summary>
    /// Checks a movement as a whole after an edit applied to it, so that fields valid one by one cannot make it invalid
    /// together (a range whose bounds came from two edits, a period whose end was moved before its start).
    /// </summary>
    /// <exception cref="InvalidQueryException">Naming the field to fix.</exception>
    public static void CheckWhole(Movement movement)
    {
        ArgumentNullException.ThrowIfNull(movement);
        if (movement.Strength is { Min: { } min, Max: { } max } && max < min)
        {
            throw new InvalidQueryException("strength", string.Create(CultureInfo.InvariantCulture, $"strength.max ({max:N0}) is below strength.min ({min:N0}); swap them."));
        }

        if (movement.Period is { Start: { } start, End: { } end } && end < start)
        {
            throw new InvalidQueryException("end", "end is before start; swap them.");
        }
    }

    private static Strength? ReadStrength(JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number)
        {
            var n = Int(v, "strength");
            return Strength.Exactly(n, n.ToString(CultureInfo.InvariantCulture));
        }

        if (v.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidQueryException("strength", "strength must be a number or {\"min\": 1000, \"max\": 1500, \"text\": \"1,000 to 1,500\"}.");
        }

        int? min = v.TryGetProperty("min", out var a) && a.ValueKind != JsonValueKind.Null ? Int(a, "strength.min") : null;
        int? max = v.TryGetProperty("max", out var b) && b.ValueKind != JsonValueKind.Null ? Int(b, "strength.max") : null;
        if (min is { } lo && max is { } hi && hi < lo)
        {
            throw new InvalidQueryException("strength", "strength.max is below strength.min.");
        }

        var text = v.TryGetProperty("text", out var t) ? Text(t, "strength.text") : null;
        return new Strength(min, max, text ?? string.Join('-', new[] { min, max }.Where(x => x is not null).Distinct().Select(x => x!.Value.ToString(CultureInfo.InvariantCulture))));
    }

    private static async Task<Place?> PlaceAsync(JsonElement v, string field, PlaceRepository places, Places.PlaceSearch? search, CancellationToken cancellationToken)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidQueryException(field, $"{field} must be {{\"placeId\": 12}}, {{\"key\": \"gn:2014006\"}} or {{\"name\": \"…\", \"lon\": 131.95, \"lat\": 43.8}}.");
        }

        if (v.TryGetProperty("key", out var keyElement))
        {
            var key = Text(keyElement, field + ".key") ?? throw new InvalidQueryException(field, $"{field}.key must be a place key such as gn:2014006.");
            if (search is null)
            {
                throw new InvalidQueryException(field, $"{field}.key cannot be used here; give a placeId, or a name with lon and lat.");
            }

            return await search.ResolveAsync(key, field, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidQueryException(field, $"{field}.key '{QueryValues.Clip(key)}' is neither in the gazetteer nor stored; find places with GET /api/places?q=.");
        }

        if (v.TryGetProperty("placeId", out var id))
        {
            var placeId = Long(id, field + ".placeId");
            return (await places.GetAsync(placeId, cancellationToken).ConfigureAwait(false))?.Place
                ?? throw new InvalidQueryException(field, string.Create(CultureInfo.InvariantCulture, $"{field}.placeId {placeId} is not a stored place; find places with GET /api/places?q=."));
        }

        var name = v.TryGetProperty("name", out var n) ? Text(n, field + ".name") : null;
        if (string.IsNullOrWhiteSpace(name) || !v.TryGetProperty("lon", out var lonElement) || !v.TryGetProperty("lat", out var latElement))
        {
            throw new InvalidQueryException(field, $"{field} needs a placeId, or a name with lon and lat.");
        }

        var lon = Coordinate(lonElement, field + ".lon", 180);
        var lat = Coordinate(latElement, field + ".lat", 90);
        long? geonameId = v.TryGetProperty("geonameId", out var g) && g.ValueKind != JsonValueKind.Null ? Long(g, field + ".geonameId") : null;
        var country = v.TryGetProperty("countryCode", out var c) ? Country(Text(c, field + ".countryCode"), field + ".countryCode", search) : null;

        return new Place
        {
            GeonameId = geonameId,
            CuratedKey = geonameId is null
                ? string.Create(CultureInfo.InvariantCulture, $"manual:{TextFolding.Fold(name)}:{lon:F4}:{lat:F4}")
                : null,
            Name = name.Trim(),
            CountryCode = country,
            Kind = PlaceKind.Other,
            FeatureCode = "MANUAL",
            Lon = lon,
            Lat = lat,
        };
    }

    /// <summary>
    /// A country code as given (any case): null for none, else its upper-case ISO 3166-1 alpha-2 form, which the
    /// gazetteer must know when there is one (<paramref name="search"/>).
    /// </summary>
    /// <exception cref="InvalidQueryException">Not two letters, or no country by that code; naming <paramref name="field"/>.</exception>
    private static string? Country(string? given, string field, Places.PlaceSearch? search)
    {
        var code = given?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new InvalidQueryException(field, $"{field} must be a two-letter ISO code (ISO 3166-1 alpha-2) such as RU or UA, not '{QueryValues.Clip(given!)}'.");
        }

        if (search is not null && !search.IsCountry(code))
        {
            throw new InvalidQueryException(field, $"{field} '{code}' is no country's ISO 3166-1 code; countries are coded as RU, UA, KR.");
        }

        return code;
    }

    private static double Coordinate(JsonElement v, string field, double bound) =>
        v.ValueKind == JsonValueKind.Number && v.GetDouble() is var d && double.IsFinite(d) && Math.Abs(d) <= bound
            ? d
            : throw new InvalidQueryException(field, string.Create(CultureInfo.InvariantCulture, $"{field} must be a number from -{bound} to {bound} (degrees, EPSG:4326)."));

    private static string? Text(JsonElement v, string field, int maxLength = TextLimits.Name) => v.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => TextInput.Check(JsonText.String(v, field), field, maxLength),
        _ => throw new InvalidQueryException(field, $"{field} must be a string or null."),
    };

    private static long Long(JsonElement v, string field) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var l) ? l : throw new InvalidQueryException(field, $"{field} must be a whole number.");

    private static int Int(JsonElement v, string field) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) && i >= 0 ? i : throw new InvalidQueryException(field, $"{field} must be a whole number of at least 0.");
}
