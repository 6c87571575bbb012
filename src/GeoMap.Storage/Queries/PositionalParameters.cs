using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace GeoMap.Storage.Queries;

/// <summary>Adds a parameter to a list and returns its <c>$n</c> placeholder, for SQL assembled from optional clauses.</summary>
internal static class PositionalParameters
{
    /// <summary>Appends <paramref name="value"/> (with an explicit type when inference is not enough) and returns "$n".</summary>
    public static string AddPositional(this IList<NpgsqlParameter> parameters, object value, NpgsqlDbType? type = null)
    {
        var parameter = new NpgsqlParameter { Value = value };
        if (type is { } t)
        {
            parameter.NpgsqlDbType = t;
        }

        parameters.Add(parameter);
        return "$" + parameters.Count.ToString(CultureInfo.InvariantCulture);
    }
}
