using Microsoft.OpenApi;

namespace GeoMap.Server.Http;

/// <summary>
/// Describes request bodies that handlers read themselves (several content types, streamed multipart), so
/// /openapi/v1.json shows them although no parameter is bound from the body.
/// </summary>
public static class OpenApiBodies
{
    /// <summary>Documents a body accepted in several media types, each an object of string fields.</summary>
    /// <param name="builder">The endpoint.</param>
    /// <param name="description">What the body is.</param>
    /// <param name="required">The fields that must be present.</param>
    /// <param name="mediaTypes">Media type -> field names (binary fields end in ':binary').</param>
    public static RouteHandlerBuilder DescribeBody(this RouteHandlerBuilder builder, string description, string[] required, IReadOnlyDictionary<string, string[]> mediaTypes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(mediaTypes);
        return builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var content = new Dictionary<string, OpenApiMediaType>();
            foreach (var (mediaType, fields) in mediaTypes)
            {
                content[mediaType] = new OpenApiMediaType { Schema = Schema(mediaType, fields, required) };
            }

            operation.RequestBody = new OpenApiRequestBody { Description = description, Required = true, Content = content };
            return Task.CompletedTask;
        });
    }

    private static OpenApiSchema Schema(string mediaType, string[] fields, string[] required)
    {
        if (fields.Length == 0)
        {
            return new OpenApiSchema { Type = JsonSchemaType.String, Description = mediaType };
        }

        var properties = new Dictionary<string, IOpenApiSchema>();
        foreach (var field in fields)
        {
            var binary = field.EndsWith(":binary", StringComparison.Ordinal);
            properties[binary ? field[..^7] : field] = new OpenApiSchema { Type = JsonSchemaType.String, Format = binary ? "binary" : null };
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = properties,
            Required = new HashSet<string>(required.Where(r => properties.ContainsKey(r))),
        };
    }
}
