using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GeoMap.Cli;

/// <summary>
/// <c>--json</c>: a command that prints data prints it as one JSON document on standard output instead of a table or a
/// sentence, for scripts. The names are the HTTP API's (camelCase, the same fields), so a script reads one vocabulary.
/// </summary>
public static class CliJson
{
    /// <summary>A new <c>--json</c> option (System.CommandLine wants one instance per command).</summary>
    public static Option<bool> Option() => new("--json") { Description = "Print the result as JSON on standard output (the HTTP API's field names), for scripts." };

    /// <summary>Serializer settings of the HTTP API's JSON: camelCase names, no HTML escaping of text.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one document built by <paramref name="write"/> and a newline to standard output.</summary>
    public static void Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(w);
        }

        stdout.Write("\n"u8);
    }

    /// <summary>Writes a value serialized as the HTTP API does, and a newline, to standard output.</summary>
    public static void Write<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, SerializerOptions));
}
