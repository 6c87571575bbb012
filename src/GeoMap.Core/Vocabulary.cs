using GeoMap.Core.Movements;
using GeoMap.Core.Overlays;
using GeoMap.Core.Places;
using GeoMap.Core.Time;

namespace GeoMap.Core;

/// <summary>
/// The names of GeoMap's enums, in one place: what the API, <c>geomap extract</c>, the CSV and the database (its CHECK
/// constraints) write, and what they accept back.
/// </summary>
public static class Vocabulary
{
    /// <summary>Name of a status.</summary>
    public static string Of(MovementStatus status) => status switch
    {
        MovementStatus.Planned => "planned",
        MovementStatus.UnderWay => "under_way",
        MovementStatus.Completed => "completed",
        _ => "unknown",
    };

    /// <summary>Parses a stored, written or user-given status (planned, under_way/underway/under-way, completed, unknown).</summary>
    public static MovementStatus? ParseStatus(string? text) => text?.Trim().ToLowerInvariant().Replace("-", "_", StringComparison.Ordinal) switch
    {
        "planned" => MovementStatus.Planned,
        "under_way" or "underway" => MovementStatus.UnderWay,
        "completed" => MovementStatus.Completed,
        "unknown" => MovementStatus.Unknown,
        _ => null,
    };

    /// <summary>Name of a movement kind (deployment, withdrawal, advance, transit, unknown).</summary>
    public static string Of(MovementKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Parses a stored, written or user-given movement kind; null when it is none of them.</summary>
    public static MovementKind? ParseKindOfMovement(string? text) =>
        text?.Trim().ToLowerInvariant() switch
        {
            "deployment" => MovementKind.Deployment,
            "withdrawal" => MovementKind.Withdrawal,
            "advance" => MovementKind.Advance,
            "transit" => MovementKind.Transit,
            "unknown" => MovementKind.Unknown,
            _ => null,
        };

    /// <summary>Name of a transport mode.</summary>
    public static string Of(TransportMode mode) => mode.ToString().ToLowerInvariant();

    /// <summary>Parses a stored, written transport mode.</summary>
    public static TransportMode ParseMode(string? text) =>
        Enum.TryParse<TransportMode>(text, ignoreCase: true, out var mode) ? mode : TransportMode.Unknown;

    /// <summary>Name of a time precision.</summary>
    public static string Of(TimePrecision precision) => precision.ToString().ToLowerInvariant();

    /// <summary>Parses a stored, written time precision.</summary>
    public static TimePrecision ParsePrecision(string? text) =>
        Enum.TryParse<TimePrecision>(text, ignoreCase: true, out var p) ? p : TimePrecision.Unknown;

    /// <summary>Name of a place kind.</summary>
    public static string Of(PlaceKind kind) => kind.ToString();

    /// <summary>Parses a stored, written place kind.</summary>
    public static PlaceKind ParseKind(string? text) =>
        Enum.TryParse<PlaceKind>(text, ignoreCase: true, out var k) ? k : PlaceKind.Other;

    /// <summary>Name of an overlay status.</summary>
    public static string Of(OverlayStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>Parses a stored, written overlay status.</summary>
    public static OverlayStatus ParseOverlayStatus(string? text) =>
        Enum.TryParse<OverlayStatus>(text, ignoreCase: true, out var s) ? s : OverlayStatus.Failed;

    /// <summary>Name of a photo's position source: <c>none</c>, <c>camera</c>, <c>analyst</c> or <c>report</c>.</summary>
    public static string Of(Photos.PhotoPositionSource source) => source.ToString().ToLowerInvariant();

    /// <summary>Reads a photo's position source; null for an unknown name.</summary>
    public static Photos.PhotoPositionSource? ParsePositionSource(string? text) =>
        text is { Length: > 0 } && text.All(char.IsAsciiLetter) && Enum.TryParse<Photos.PhotoPositionSource>(text, ignoreCase: true, out var s) ? s : null;

    /// <summary>Name of a mention type: <c>literal</c>, <c>embedded</c>, <c>demonym</c> or <c>metonymic</c>.</summary>
    public static string Of(MentionType type) => type switch
    {
        MentionType.Embedded => "embedded",
        MentionType.Demonym => "demonym",
        MentionType.Metonymic => "metonymic",
        _ => "literal",
    };

    /// <summary>Reads a mention type's name.</summary>
    /// <exception cref="FormatException">An unknown name.</exception>
    public static MentionType ParseMentionType(string name) => name switch
    {
        "literal" => MentionType.Literal,
        "embedded" => MentionType.Embedded,
        "demonym" => MentionType.Demonym,
        "metonymic" => MentionType.Metonymic,
        _ => throw new FormatException($"'{name}' is not a mention type (literal, embedded, demonym, metonymic)."),
    };
}
