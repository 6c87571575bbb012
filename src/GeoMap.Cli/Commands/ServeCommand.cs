using System.CommandLine;
using System.Globalization;
using GeoMap.Core.Registry;
using GeoMap.Geoparsing.Gazetteer;
using GeoMap.Server;
using GeoMap.Server.Hosting;
using GeoMap.Server.Ingest;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GeoMap.Cli.Commands;

/// <summary><c>geomap serve</c>: the HTTP service and map client, on the embedded database unless GEOMAP_DB is set.</summary>
public static class ServeCommand
{
    /// <summary>Builds the <c>serve</c> command.</summary>
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Address(es) to listen on, ';'-separated.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var sampleData = new Option<bool>("--sample-data") { Description = "Ingest data/samples/*.txt (with their .json sidecars) before serving; already stored reports are skipped." };
        var basemap = new Option<FileInfo?>("--basemap")
        {
            Description = "An .mbtiles or .pmtiles basemap package (raster or vector tiles) for the map client and /api/map.png instead of the built-in basemap (GeoMap:Server:BasemapPackage).",
        };
        var command = new Command("serve", "Run the GeoMap server (API, OGC API - Features, tiles, map client). Starts the embedded database when needed and stops it on Ctrl+C.")
        {
            urls, sampleData, basemap,
        };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(
            () => RunAsync(parse.GetValue(urls)!, parse.GetValue(sampleData), parse.GetValue(basemap), cancellationToken)).ConfigureAwait(false));
        return command;
    }

    private static async Task<int> RunAsync(string urls, bool sampleData, FileInfo? basemap, CancellationToken cancellationToken)
    {
        string[] args = basemap is null ? ["--urls", urls] : ["--urls", urls, $"--{GeoMapServerOptions.Section}:BasemapPackage={basemap.FullName}"];
        await using var app = GeoMapServer.BuildApplication(args);
        AnsiConsole.MarkupLine("Starting GeoMap (and the embedded database unless GEOMAP_DB is set)…");
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var database = app.Services.GetRequiredService<DatabaseHost>();
            if (sampleData)
            {
                if (database.Unavailable is { } why)
                {
                    AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[yellow]{why}[/] Waiting for it before loading the sample reports…");
                }

                await database.WhenOpenAsync(cancellationToken).ConfigureAwait(false);
                var folder = Path.Combine(DataPaths.FindDataDirectory(), "samples");
                var summary = await SampleReports.IngestFolderAsync(app.Services.GetRequiredService<ReportIngest>(), folder, "sample-data", cancellationToken).ConfigureAwait(false);
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                    $"Sample reports from {folder}: {summary.Created} stored ({summary.Movements} movements), {summary.Existing} already there.");
            }

            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]GeoMap is running.[/] Open [link]{address}/[/] (API: {address}/openapi/v1.json, OGC API: {address}/ogc).");
            }

            AnsiConsole.MarkupLine(database.StartedCluster
                ? "Press Ctrl+C to stop the server and the embedded database it started."
                : "Press Ctrl+C to stop the server (the database was already running and is left alone).");
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM: fall through to a clean stop.
        }
        finally
        {
            AnsiConsole.MarkupLine("Stopping…");
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return 0;
    }
}
