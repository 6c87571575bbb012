namespace GeoMap.Server.Json;

/// <summary>How much of each movement a movement listing carries (<c>view</c> on <c>GET /api/movements</c>).</summary>
public enum MovementView
{
    /// <summary>Every field: places in full, the quoted sentence, source, confidence, who created and edited it.</summary>
    Full,

    /// <summary>
    /// What the map draws and lists: id, actor, strength, status, mode, period, and each place's key, name, country
    /// and coordinates. The rest comes from <c>GET /api/movements/{id}</c> when a movement is opened.
    /// </summary>
    Map,
}
