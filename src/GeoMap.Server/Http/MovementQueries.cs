using GeoMap.Core;
using GeoMap.Core.Queries;
using GeoMap.Server.Json;
using GeoMap.Server.Ogc;
using GeoMap.Storage.Repositories;
using Microsoft.Extensions.Options;

namespace GeoMap.Server.Http;

/// <summary>Builds a <see cref="MovementQuery"/> from the query string of <c>/api/movements</c> or the OGC items endpoint.</summary>
public static class MovementQueries
{
    /// <summary>
    /// Reads bbox | region | geometry | area (a stored query area's id), from/to or datetime, actor, status, limit and cursor.
    /// </summary>
    /// <exception cref="InvalidQueryException">On any bad value, naming the parameter.</exception>
    public static MovementQuery FromRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var q = request.Query;
        string? One(string name) => q.TryGetValue(name, out var v) ? v.ToString() : null;

        var areas = new[] { "bbox", "region", "geometry", "area" }.Where(q.ContainsKey).ToList();
        if (areas.Count > 1)
        {
            throw new InvalidQueryException(areas[1], $"Give only one of bbox, region, geometry and area (got {string.Join(" and ", areas)}).");
        }

        var maxVertices = request.HttpContext.RequestServices.GetRequiredService<IOptions<GeoMapServerOptions>>().Value.MaxAreaVertices;
        var region = areas.FirstOrDefault() switch
        {
            "bbox" => RegionFilter.ForBox(BoundingBox.Parse(One("bbox") ?? "")),
            "region" => RegionFilter.ForRegion(TextInput.Check(One("region"), "region", TextLimits.Search) ?? ""),
            "geometry" => RegionFilter.ForGeometry(GeoJson.ParseArea(One("geometry") ?? "", "geometry", maxVertices), maxVertices),
            "area" => RegionFilter.ForStoredArea(One("area") is { Length: > 0 } id ? id.Trim() : throw new InvalidQueryException("area", "area is empty; give the id POST /api/areas answered.")),
            _ => RegionFilter.Everywhere,
        };

        DateTimeOffset? from, to;
        if (q.ContainsKey("datetime"))
        {
            if (q.ContainsKey("from") || q.ContainsKey("to"))
            {
                throw new InvalidQueryException("datetime", "Give either datetime or from/to, not both.");
            }

            var interval = DateTimeInterval.Parse(One("datetime"));
            (from, to) = (interval?.From, interval?.To);
        }
        else
        {
            from = QueryValues.Time(One("from"), "from");
            to = QueryValues.Time(One("to"), "to", endOfDay: true);
        }

        MovementStatusFilter(One("status"), out var status);
        return new MovementQuery
        {
            Region = region,
            From = from,
            To = to,
            Actor = TextInput.Check(One("actor"), "actor", TextLimits.Name) is { Length: > 0 } actor ? actor : null,
            Status = status,
            Limit = QueryValues.Limit(One("limit")),
            After = QueryValues.Cursor(One("cursor")),
        }.Validate();
    }

    private static void MovementStatusFilter(string? text, out Core.Movements.MovementStatus? status)
    {
        status = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        status = Vocabulary.ParseStatus(text)
            ?? throw new InvalidQueryException("status", $"status '{QueryValues.Clip(text)}' is unknown; use planned, under_way, completed or unknown.");
    }
}
