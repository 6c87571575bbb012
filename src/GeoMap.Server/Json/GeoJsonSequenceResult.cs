using System.Buffers;
using System.Text.Json;
using GeoMap.Core.Movements;

namespace GeoMap.Server.Json;

/// <summary>Movements as a GeoJSON text sequence (RFC 8142): each feature preceded by RS (0x1E) and followed by LF.</summary>
public sealed class GeoJsonSequenceResult(IReadOnlyList<Movement> movements, MovementView view = MovementView.Full) : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.ContentType = GeoJson.SequenceMediaType;
        var body = httpContext.Response.BodyWriter;
        foreach (var m in movements)
        {
            body.Write(new byte[] { 0x1E });
            await using (var writer = new Utf8JsonWriter(body))
            {
                FeatureWriter.WriteMovement(writer, m, view);
            }

            body.Write("\n"u8);
        }

        await body.FlushAsync(httpContext.RequestAborted);
    }
}
