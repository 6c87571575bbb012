using System.CommandLine;
using System.Text.RegularExpressions;
using Spectre.Console;

namespace GeoMap.Cli;

/// <summary>How the CLI writes: no wrapping and no colour codes when the output is a file or a pipe, and parse errors in words.</summary>
public static partial class CliConsole
{
    /// <summary>Width used when a stream is not a terminal: wide enough that no line of GeoMap's output (an overlay id, a table row) is split.</summary>
    public const int UnwrappedWidth = 1 << 15;

    /// <summary>What a person can type for each value type the commands take, instead of the .NET type name.</summary>
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["System.DateTimeOffset"] = "a date or date and time in ISO 8601 (2026-10-08, 2026-10-08T06:30Z or 2026-10-08T09:30+03:00)",
        ["System.Guid"] = "an id of 32 hexadecimal digits (as 'geomap overlay list' prints it)",
        ["System.Int32"] = "a whole number",
        ["System.Int64"] = "a whole number",
        ["System.Double"] = "a number (with a dot for decimals)",
        ["System.Single"] = "a number (with a dot for decimals)",
        ["System.Boolean"] = "true or false",
    };

    /// <summary>Makes the standard console write unwrapped, uncoloured text when standard output is redirected.</summary>
    public static void Configure()
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Console = Create(Console.Out);
        }
    }

    /// <summary>A console on standard error, unwrapped when standard error is redirected.</summary>
    /// <returns>The console.</returns>
    public static IAnsiConsole Error() =>
        Console.IsErrorRedirected ? Create(Console.Error) : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Reports a command line's parse errors in words, one line each, and how to get help.</summary>
    /// <param name="result">The parse result.</param>
    /// <returns><see cref="CliErrors.Failure"/>.</returns>
    public static int ReportParseErrors(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            CliErrors.Report(Readable(error.Message));
        }

        var command = string.Join(' ', CommandPath(result.CommandResult.Command));
        Error().WriteLine($"Run '{command} --help' for the options.");
        return CliErrors.Failure;
    }

    /// <summary>A parse error with .NET type names replaced by what to type.</summary>
    /// <param name="message">System.CommandLine's message.</param>
    /// <returns>The message in words.</returns>
    public static string Readable(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return TypeName().Replace(message, m =>
        {
            var name = m.Groups["nullable"].Success ? m.Groups["nullable"].Value : m.Groups["plain"].Value;
            return Expected.TryGetValue(name, out var words) ? words : $"'{name[(name.LastIndexOf('.') + 1)..]}'";
        }).Replace("as expected type ", "as ", StringComparison.Ordinal);
    }

    private static IEnumerable<string> CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is not null; s = s.Parents.FirstOrDefault())
        {
            names.Add(s is RootCommand ? "geomap" : s.Name);
        }

        names.Reverse();
        return names;
    }

    private static IAnsiConsole Create(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = UnwrappedWidth;
        return console;
    }

    [GeneratedRegex(@"'?(?:System\.Nullable`1\[(?<nullable>[\w.]+)\]|(?<plain>System\.[\w.]+))'?", RegexOptions.CultureInvariant)]
    private static partial Regex TypeName();
}
