using System.Text.Json;
using GeoMap.Core.Queries;

namespace GeoMap.Server.Json;

/// <summary>Reads JSON strings that may hold escapes no .NET string can be read from.</summary>
internal static class JsonText
{
    /// <summary>The string value of <paramref name="value"/>; a 400 naming <paramref name="field"/> when it escapes a lone surrogate.</summary>
    /// <remarks>
    /// <c>"\ud800"</c> is valid JSON syntax but not text: System.Text.Json throws InvalidOperationException on reading
    /// it, which would otherwise surface as a 500.
    /// </remarks>
    public static string? String(JsonElement value, string field)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            throw new InvalidQueryException(field, $"{field} contains an escaped lone UTF-16 surrogate (such as \\ud800), which is not a character; send plain UTF-8 text.");
        }
    }
}
