using System.CommandLine;
using System.Globalization;
using GeoMap.Core.Queries;
using GeoMap.Server.Apis;
using GeoMap.Storage;
using GeoMap.Storage.Repositories;
using Spectre.Console;

namespace GeoMap.Cli.Commands;

/// <summary>
/// <c>geomap source add|list|rm|pause|resume</c>: the news feeds GeoMap polls for reports, as <c>/api/sources</c> manages
/// them; a running <c>geomap serve</c> on the same database polls them.
/// </summary>
public static class SourceCommands
{
    /// <summary>Builds the <c>source</c> command.</summary>
    public static Command Create()
    {
        var source = new Command("source", "Manage the news feeds (RSS, Atom, JSON Feed) GeoMap polls for reports; a running 'geomap serve' on the same database polls them.");
        source.Subcommands.Add(Add());
        source.Subcommands.Add(List());
        source.Subcommands.Add(Change("pause", "Stop polling a feed (its entries so far and its reports stay).", "paused"));
        source.Subcommands.Add(Change("resume", "Poll a paused feed again, at once.", "active"));
        source.Subcommands.Add(Remove());
        return source;
    }

    /// <summary>An interval as seconds: "900", "90s", "15m", "2h", "1d".</summary>
    /// <exception cref="InvalidQueryException">Naming <c>interval</c>.</exception>
    public static int Interval(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().ToLowerInvariant();
        var unit = t.Length > 0 && char.IsLetter(t[^1]) ? t[^1] : 's';
        var number = char.IsLetter(t.Length > 0 ? t[^1] : '0') ? t[..^1] : t;
        var scale = unit switch { 's' => 1, 'm' => 60, 'h' => 3600, 'd' => 86_400, _ => 0 };
        if (scale == 0 || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || (long)n * scale is < 60 or > 604_800)
        {
            throw new InvalidQueryException("interval", $"--interval must be 1m to 7d (e.g. 900, 15m, 2h, 1d); got '{text}'.");
        }

        return n * scale;
    }

    private static Command Add()
    {
        var url = new Argument<string>("URL") { Description = "The feed's address (http or https)." };
        var title = new Option<string?>("--title") { Description = "A name for it (else the feed's own title)." };
        var interval = new Option<string>("--interval") { Description = "Time between polls: 15m (default), 900, 2h, 1d; 1m to 7d.", DefaultValueFactory = _ => "15m" };
        var language = new Option<string?>("--language") { Description = "Language of its reports when their pages do not say (else detected)." };
        var agency = new Option<string?>("--source") { Description = "The outlet or agency its reports are credited to (else its title)." };
        var json = CliJson.Option();
        var command = new Command("add", "Subscribe to a feed; a running server polls it at once, then every interval.") { url, title, interval, language, agency, json };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            var given = SourcesApi.Checked(new SourcesApi.SourceBody(parse.GetValue(url), parse.GetValue(title), Interval(parse.GetValue(interval)!),
                parse.GetValue(language), parse.GetValue(agency), null), adding: true);
            await using var database = await OpenAsync(cancellationToken).ConfigureAwait(false);
            var (feed, created) = await new FeedRepository(database.DataSource).AddAsync(SourcesApi.NewFeed(given, "cli:" + Environment.UserName), cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                CliJson.Write(SourcesApi.Item(feed));
                return 0;
            }

            if (created)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Added source [bold]{feed.Id}[/] {feed.Url}, polled every {TimeSpan.FromSeconds(feed.IntervalSeconds)} by a running 'geomap serve'.");
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Source [bold]{feed.Id}[/] already follows {feed.Url}; nothing changed.");
            }
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private static Command List()
    {
        var json = CliJson.Option();
        var command = new Command("list", "List the feeds with the state of their polling.") { json };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            await using var database = await OpenAsync(cancellationToken).ConfigureAwait(false);
            var feeds = await new FeedRepository(database.DataSource).ListAsync(cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                CliJson.Write(feeds.Select(SourcesApi.Item).ToList());
                return 0;
            }

            var table = new Table().AddColumns("Id", "Title / address", "State", "Every", "Last poll (UTC)", "Outcome", "Reports");
            foreach (var f in feeds)
            {
                var outcome = f.LastError is { } error ? $"[red]{Markup.Escape(error)}[/]" : Markup.Escape(f.LastStatus ?? "not polled yet");
                table.AddRow(f.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape((f.Title is { } t ? t + "\n" : "") + f.Url), f.State,
                    TimeSpan.FromSeconds(f.IntervalSeconds).ToString(), f.LastPolledAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "",
                    outcome, f.ReportsStored.ToString(CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private static Command Change(string name, string description, string state)
    {
        var id = new Argument<long>("ID") { Description = "The source's id (see 'geomap source list')." };
        var command = new Command(name, description) { id };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            await using var database = await OpenAsync(cancellationToken).ConfigureAwait(false);
            var feed = await new FeedRepository(database.DataSource).UpdateAsync(parse.GetValue(id), state, null, null, null, null, cancellationToken).ConfigureAwait(false);
            if (feed is null)
            {
                return CliErrors.Report($"No source {parse.GetValue(id)}; see 'geomap source list'.");
            }

            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Source [bold]{feed.Id}[/] is {feed.State}.");
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private static Command Remove()
    {
        var id = new Argument<long>("ID") { Description = "The source's id (see 'geomap source list')." };
        var command = new Command("rm", "Stop following a feed and forget it; the reports it brought stay.") { id };
        command.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            await using var database = await OpenAsync(cancellationToken).ConfigureAwait(false);
            if (!await new FeedRepository(database.DataSource).DeleteAsync(parse.GetValue(id), cancellationToken).ConfigureAwait(false))
            {
                return CliErrors.Report($"No source {parse.GetValue(id)}; see 'geomap source list'.");
            }

            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Removed source [bold]{parse.GetValue(id)}[/].");
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private static Task<GeoMapDatabase> OpenAsync(CancellationToken cancellationToken) =>
        GeoMapDatabase.OpenAsync(new DatabaseOptions().WithEnvironment(), cancellationToken);
}
