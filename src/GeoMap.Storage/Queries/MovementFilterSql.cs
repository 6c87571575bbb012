using GeoMap.Core;
using GeoMap.Core.Queries;
using Npgsql;
using NpgsqlTypes;

namespace GeoMap.Storage.Queries;

/// <summary>Turns a <see cref="MovementQuery"/> into a WHERE clause over <c>movements m</c> with its parameters.</summary>
/// <remarks>
/// An antimeridian box becomes two bounding-box tests OR-ed, so each half can use the GiST index; a single
/// envelope spanning -180..180 would scan everything. Box tests use the bounding-box operator plus ST_Intersects because a
/// line's bounding box can touch the box while the line itself does not.
/// </remarks>
internal sealed class MovementFilterSql
{
    private readonly List<string> clauses = [];

    /// <summary>
    /// The filter of <paramref name="query"/> against the database: a stored query area it names must exist (a 400
    /// naming area otherwise) and a region name resolves to its code (a 400 when unknown).
    /// </summary>
    public static async Task<MovementFilterSql> PrepareAsync(MovementQuery query, NpgsqlDataSource dataSource, Repositories.RegionRepository regions,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(regions);
        if (query.Region.AreaId is { } area)
        {
            await Repositories.QueryAreaRepository.RequireAsync(dataSource, area, cancellationToken).ConfigureAwait(false);
        }

        var code = query.Region.RegionName is { } name
            ? (await regions.ResolveAsync(name, cancellationToken).ConfigureAwait(false)).Code
            : null;
        return new MovementFilterSql(query, code);
    }

    public MovementFilterSql(MovementQuery query, string? regionCode)
    {
        AddRegion(query.Region, regionCode);
        if (query.From is not null || query.To is not null)
        {
            var range = new NpgsqlRange<DateTime>(
                query.From?.UtcDateTime ?? default, true, query.From is null,
                query.To?.UtcDateTime ?? default, true, query.To is null);
            Period = Add(range);
            clauses.Add($"m.period && {Period}");
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = Add(query.Actor.Trim());
            clauses.Add($"(lower(m.actor) = lower({actor}) OR upper(m.actor_country) = upper({actor}))");
        }

        // Movement.Geometry is a Point for one place and a LineString for more (the two shapes the OGC API splits).
        switch (query.Shape)
        {
            case MovementShape.Route:
                clauses.Add("(m.geom IS NULL OR GeometryType(m.geom) <> 'POINT')");
                break;
            case MovementShape.Point:
                clauses.Add("GeometryType(m.geom) = 'POINT'");
                break;
        }

        if (query.Status is { } status)
        {
            clauses.Add($"m.status = {Add(Vocabulary.Of(status))}");
        }
    }

    public List<NpgsqlParameter> Parameters { get; } = [];

    /// <summary>The placeholder of the date range (a <c>tstzrange</c>, closed or open at each end), or null without dates.</summary>
    public string? Period { get; }

    /// <summary>Whether the dates are all the filter asks (what <c>movement_flows</c> can answer, migration 0015).</summary>
    public bool OnlyPeriod => clauses.Count == (Period is null ? 0 : 1);

    /// <summary>The conditions without the keyset cursor (for counting).</summary>
    public string Where => clauses.Count == 0 ? "TRUE" : string.Join(" AND ", clauses);

    public string Add(object value) => Parameters.AddPositional(value);

    private void AddRegion(RegionFilter region, string? regionCode)
    {
        if (region.Box is { } box)
        {
            var parts = box.CrossesAntimeridian
                ? new[] { (box.West, 180.0), (-180.0, box.East) }
                : new[] { (box.West, box.East) };
            var tests = parts.Select(p =>
            {
                var envelope = $"ST_MakeEnvelope({Add(p.Item1)}, {Add(box.South)}, {Add(p.Item2)}, {Add(box.North)}, 4326)";
                return $"(m.geom && {envelope} AND ST_Intersects(m.geom, {envelope}))";
            });
            clauses.Add("(" + string.Join(" OR ", tests) + ")");
        }
        else if (region.Geometry is { } geometry)
        {
            clauses.Add($"ST_Intersects(m.geom, {Add(geometry)})");
        }
        else if (region.AreaId is { } area)
        {
            // One InitPlan reads the stored polygon; PostGIS then prepares it once for every row the index lets through.
            clauses.Add($"ST_Intersects(m.geom, (SELECT a.geom FROM query_areas a WHERE a.id = {Add(area)}))");
        }
        else if (regionCode is not null)
        {
            clauses.Add($"ST_Intersects(m.geom, (SELECT r.geom FROM regions r WHERE r.code = {Add(regionCode)}))");
        }
    }
}
