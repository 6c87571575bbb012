using Npgsql;

namespace GeoMap.Storage;

/// <summary>Builds the one <see cref="NpgsqlDataSource"/> an application uses, with NetTopologySuite mapping.</summary>
public static class GeoMapDataSource
{
    /// <summary>Creates a data source for an Npgsql connection string or a postgresql:// URL.</summary>
    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(NormalizeConnectionString(connectionString));
        builder.UseNetTopologySuite(geographyAsDefault: false);
        builder.ConnectionStringBuilder.ApplicationName ??= "geomap";

        // The same few query shapes run thousands of times; preparing them skips planning on every call
        // (planning cost more than executing the region query in bench/query).
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
            builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }

        // GeoMap keeps no session state on a pooled connection (transaction-scoped settings and advisory locks only; the
        // migrator releases its session lock itself), so the reset Npgsql sends on every return to the pool, seven
        // statements run before the next command, is work for nothing (issue 12: ingest opens a connection per report).
        if (!connectionString.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("NoResetOnClose", StringComparison.OrdinalIgnoreCase))
        {
            builder.ConnectionStringBuilder.NoResetOnClose = true;
        }

        return builder.Build();
    }

    /// <summary>Turns a postgresql:// URL into an Npgsql connection string; leaves key=value strings alone.</summary>
    public static string NormalizeConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (!connectionString.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            && !connectionString.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }

        var uri = new Uri(connectionString);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2 && kv[0].Equals("sslmode", StringComparison.OrdinalIgnoreCase))
            {
                builder.SslMode = Enum.Parse<SslMode>(kv[1], ignoreCase: true);
            }
        }

        return builder.ConnectionString;
    }
}
