using System.Globalization;
using System.Text.RegularExpressions;
using GeoMap.Core.Queries;
using GeoMap.Storage.Queries;
using GeoMap.Storage.Repositories;
using NpgsqlTypes;

namespace GeoMap.Bench.Query;

/// <summary>The exact SQL MovementRepository.QueryAsync sends, with its parameters written as literals for psql.</summary>
internal static partial class RepositorySql
{
    public static string Literal(MovementQuery query)
    {
        var filter = new MovementFilterSql(query, regionCode: null);
        var sql = MovementRows.Select($"WHERE {filter.Where} ORDER BY m.id LIMIT {filter.Add(query.Limit + 1)}");
        var values = filter.Parameters.Select(p => ToLiteral(p.Value)).ToArray();
        return Placeholder().Replace(sql, m => values[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) - 1]);
    }

    private static string ToLiteral(object? value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "::float8",
        int i => i.ToString(CultureInfo.InvariantCulture),
        NpgsqlRange<DateTime> r => $"tstzrange('{r.LowerBound:yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'}', '{r.UpperBound:yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'}', '[]')",
        _ => throw new NotSupportedException($"No literal form for {value?.GetType().Name}"),
    };

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Placeholder();
}
