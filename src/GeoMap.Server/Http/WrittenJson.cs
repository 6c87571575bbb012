using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using System.Reflection;

namespace GeoMap.Server.Http;

/// <summary>A JSON response written field by field with a <see cref="Utf8JsonWriter"/> (GeoJSON pages, OGC documents).</summary>
/// <param name="write">Writes the whole document.</param>
/// <param name="contentType">The media type, e.g. application/geo+json.</param>
/// <param name="statusCode">The HTTP status.</param>
public sealed class WrittenJson(Action<Utf8JsonWriter> write, string contentType = "application/json", int statusCode = StatusCodes.Status200OK)
    : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IContentTypeHttpResult
{
    /// <summary>A Location header to send (for 201/202).</summary>
    public string? Location { get; init; }

    /// <inheritdoc />
    public int? StatusCode => statusCode;

    /// <inheritdoc />
    public string ContentType => contentType;

    /// <summary>The document as UTF-8 JSON (the HTML encoding renders from it).</summary>
    internal byte[] ToUtf8()
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;

        // Written to a buffer first: if writing fails halfway, the error handler can still send a clean problem.
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            write(writer);
        }

        response.StatusCode = statusCode;
        response.ContentType = contentType;
        if (Location is not null)
        {
            response.Headers.Location = Location;
        }

        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted);
    }

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(JsonElement), ["application/json", "application/geo+json"]));
    }
}
