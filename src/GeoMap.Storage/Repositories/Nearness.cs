namespace GeoMap.Storage.Repositories;

/// <summary>
/// How near a photo or an overlay must be to a tracked movement to be listed with it (and the movement with it): in
/// space and, when both are dated, in time. One rule for both kinds of evidence, so a movement's panel lists the photos
/// and the overlays of one neighbourhood.
/// </summary>
/// <param name="Km">Most kilometres between the photo's position or the overlay's footprint and the movement's route.</param>
/// <param name="Days">Most days between the time taken or acquired and the movement's period (a photo, overlay or movement
/// without time is linked by place alone).</param>
public sealed record Nearness(double Km = 5, double Days = 7)
{
    /// <summary>
    /// The SQL condition between the movement <c>m</c> and a thing whose geometry is <paramref name="geometry"/> and whose
    /// time is <paramref name="time"/>; <paramref name="km"/> and <paramref name="days"/> are the parameters that carry
    /// <see cref="Km"/> and <see cref="Days"/>. Without <paramref name="time"/>, nearness in space alone (the swipe's
    /// before-and-after imagery of a movement's ground, taken months apart).
    /// </summary>
    /// <remarks>
    /// The box test (degrees of longitude shrink with latitude) lets the GiST index choose the candidates; the geography
    /// distance decides. A movement's period is half-open and may be unbounded ('(,)': no date).
    /// </remarks>
    internal static string Condition(string geometry, string? time, string km, string days) =>
        $"""
        {geometry} IS NOT NULL AND m.geom IS NOT NULL
        AND {geometry} && ST_Expand(m.geom, {km} / 111.32 / greatest(cos(radians(least(89.0, greatest(abs(ST_YMin(m.geom)), abs(ST_YMax(m.geom)))))), 0.01))
        AND ST_DWithin(m.geom::geography, {geometry}::geography, {km} * 1000)
        """ + (time is null ? "" : $"""

        AND ({time} IS NULL OR m.period && tstzrange({time} - make_interval(secs => {days} * 86400), {time} + make_interval(secs => {days} * 86400), '[]'))
        """);
}
