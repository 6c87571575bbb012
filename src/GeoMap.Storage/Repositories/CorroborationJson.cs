using System.Text.Json;
using System.Text.Json.Serialization;
using GeoMap.Core;

namespace GeoMap.Storage.Repositories;

/// <summary>A tracked movement's <see cref="Core.Corroboration.Corroboration"/> as stored in <c>movements.corroboration</c>.</summary>
/// <remarks>The server writes the stored text as is into <c>GET /api/movements/{id}</c>, so this is also the API's shape:
/// camelCase names, statuses as in <see cref="Vocabulary"/> (<c>under_way</c>).</remarks>
public static class CorroborationJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The JSON text.</summary>
    public static string Write(Core.Corroboration.Corroboration corroboration) => JsonSerializer.Serialize(corroboration, Options);

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static Core.Corroboration.Corroboration Parse(string json) =>
        JsonSerializer.Deserialize<Core.Corroboration.Corroboration>(json, Options)
        ?? throw new JsonException("movements.corroboration holds null.");
}
