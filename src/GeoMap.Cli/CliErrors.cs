using System.Globalization;
using GeoMap.Core.Queries;
using GeoMap.Storage.Cluster;
using GeoMap.Storage.Migrations;
using Npgsql;
using Spectre.Console;

namespace GeoMap.Cli;

/// <summary>Turns the errors a person can fix into one clear line on stderr and a non-zero exit, never a stack trace.</summary>
public static class CliErrors
{
    /// <summary>Exit code for bad input or a failed operation.</summary>
    public const int Failure = 1;

    /// <summary>Runs an async command body, reporting known failures.</summary>
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Exception e) when (Describe(e) is { } message)
        {
            return Report(message);
        }
    }

    /// <summary>Runs a synchronous command body, reporting known failures.</summary>
    public static int Run(Func<int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return body();
        }
        catch (Exception e) when (Describe(e) is { } message)
        {
            return Report(message);
        }
    }

    /// <summary>Writes "error: message" to stderr and returns <see cref="Failure"/>.</summary>
    public static int Report(string message)
    {
        CliConsole.Error().MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]error:[/] {message}");
        return Failure;
    }

    private static string? Describe(Exception e) => e switch
    {
        OperationCanceledException => "cancelled.",
        ClusterException or MigrationException or InvalidQueryException or GeoMap.Imagery.Errors.ImageryException => e.Message,
        Microsoft.Extensions.Options.OptionsValidationException => e.Message,
        PostgresException p => $"the database refused the operation: {p.MessageText} ({p.SqlState}).",
        NpgsqlException n => $"cannot reach the database: {n.Message}. Is it running? Try 'geomap db status'.",
        FileNotFoundException f => $"file not found: {f.FileName ?? f.Message}",
        DirectoryNotFoundException or UnauthorizedAccessException or IOException => e.Message,
        FormatException or ArgumentException => e.Message,
        _ => null,
    };
}
