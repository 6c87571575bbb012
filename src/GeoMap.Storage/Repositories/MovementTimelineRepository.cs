using GeoMap.Core.Queries;
using GeoMap.Storage.Queries;
using Npgsql;

namespace GeoMap.Storage.Repositories;

/// <summary>How long one bar of a movement timeline is.</summary>
public enum TimelineBucket
{
    /// <summary>A UTC day.</summary>
    Day,

    /// <summary>An ISO week, Monday to Sunday (UTC).</summary>
    Week,

    /// <summary>A calendar month (UTC).</summary>
    Month,
}

/// <summary>
/// How many movements begin in each day, week or month, for the filters of <c>/api/movements</c>: the bars of the
/// timeline under the map.
/// </summary>
/// <remarks>
/// A movement counts once, in the bucket of the start of its period, or of its end when only the end is known; a
/// movement with no date at all is counted apart (<see cref="MovementTimeline.Undated"/>). Counting each movement in
/// every bucket its period overlaps would make one month-long deployment look like thirty.
/// </remarks>
public sealed class MovementTimelineRepository(NpgsqlDataSource dataSource, RegionRepository? regionRepository = null)
{
    private readonly RegionRepository regions = regionRepository ?? new(dataSource);

    /// <summary>The counts per bucket, oldest first, only buckets with movements.</summary>
    /// <param name="query">Area, dates, actor and status; limit and cursor are ignored.</param>
    /// <param name="bucket">The length of a bar.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="InvalidQueryException">The query is invalid or names an unknown region.</exception>
    public async Task<MovementTimeline> CountAsync(MovementQuery query, TimelineBucket bucket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var filter = await MovementFilterSql.PrepareAsync(query, dataSource, regions, cancellationToken).ConfigureAwait(false);
        // The unit is one of three words of this enum, never the caller's text. upper() of a period is exclusive: a
        // period open at its start and ending at midnight belongs to the day before.
        var unit = bucket switch { TimelineBucket.Week => "week", TimelineBucket.Month => "month", _ => "day" };
        await using var command = dataSource.CreateCommand($"""
            SELECT date_trunc('{unit}', (CASE WHEN NOT lower_inf(m.period) THEN lower(m.period)
                                              WHEN NOT upper_inf(m.period) THEN upper(m.period) - interval '1 microsecond' END) AT TIME ZONE 'UTC') AS b,
                   count(*)
            FROM movements m
            WHERE {filter.Where}
            GROUP BY 1
            ORDER BY 1 NULLS FIRST
            """);
        command.Parameters.AddRange(filter.Parameters.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var counts = new List<TimelineCount>();
        long undated = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (reader.IsDBNull(0))
            {
                undated = reader.GetInt64(1);
            }
            else
            {
                counts.Add(new TimelineCount(DateOnly.FromDateTime(reader.GetDateTime(0)), reader.GetInt64(1)));
            }
        }

        return new MovementTimeline(bucket, counts, undated);
    }
}

/// <summary>What <see cref="MovementTimelineRepository.CountAsync"/> finds.</summary>
/// <param name="Bucket">The length of a bar.</param>
/// <param name="Counts">The buckets with movements, oldest first.</param>
/// <param name="Undated">Movements matching with no date at all.</param>
public sealed record MovementTimeline(TimelineBucket Bucket, IReadOnlyList<TimelineCount> Counts, long Undated);

/// <summary>One bar of a timeline.</summary>
/// <param name="Start">The first day of the bucket (UTC).</param>
/// <param name="Count">Movements beginning in it.</param>
public sealed record TimelineCount(DateOnly Start, long Count);
