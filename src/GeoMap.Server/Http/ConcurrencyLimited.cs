namespace GeoMap.Server.Http;

/// <summary>Endpoint metadata: the endpoint refuses work beyond its concurrency limit with a 429 problem, described
/// so in the OpenAPI document.</summary>
/// <param name="Description">What the 429 means here, for the OpenAPI document.</param>
internal sealed record ConcurrencyLimited(string Description);
