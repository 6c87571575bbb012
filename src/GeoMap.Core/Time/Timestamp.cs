using System.Globalization;

namespace GeoMap.Core.Time;

/// <summary>
/// The one machine-readable way GeoMap writes an instant: UTC, ISO 8601 / RFC 3339, to the
/// second (<c>2024-10-08T00:00:00Z</c>). JSON, GeoJSON, CSV, OGC extents and error messages all
/// use it, so that a time read from one output compares as text with the same time from another.
/// </summary>
public static class Timestamp
{
    /// <summary>UTC ISO 8601 to the second: <c>2024-10-08T00:00:00Z</c>.</summary>
    public static string Text(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary><see cref="Text(DateTimeOffset)"/> of a UTC or local <see cref="DateTime"/>.</summary>
    public static string Text(DateTime t) =>
        Text(t.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(t, TimeSpan.Zero) : new DateTimeOffset(t));
}
