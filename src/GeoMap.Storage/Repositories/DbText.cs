using GeoMap.Core.Movements;
using GeoMap.Core.Overlays;
using GeoMap.Core.Places;
using GeoMap.Core.Time;

namespace GeoMap.Storage.Repositories;

/// <summary>The text each enum is stored as, in one place, so SQL CHECK constraints and code agree.</summary>
public static class DbText
{
    /// <summary>Stored form of a status.</summary>
    public static string Of(MovementStatus status) => status switch
    {
        MovementStatus.Planned => "planned",
        MovementStatus.UnderWay => "under_way",
        MovementStatus.Completed => "completed",
        _ => "unknown",
    };

    /// <summary>Parses a stored or user-given status (planned, under_way/underway/under-way, completed, unknown).</summary>
    public static MovementStatus? ParseStatus(string? text) => text?.Trim().ToLowerInvariant().Replace("-", "_", StringComparison.Ordinal) switch
    {
        "planned" => MovementStatus.Planned,
        "under_way" or "underway" => MovementStatus.UnderWay,
        "completed" => MovementStatus.Completed,
        "unknown" => MovementStatus.Unknown,
        _ => null,
    };

    /// <summary>Stored form of a movement kind (deployment, withdrawal, advance, transit, unknown).</summary>
    public static string Of(MovementKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Parses a stored or user-given movement kind; null when it is none of them.</summary>
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

    /// <summary>Stored form of a transport mode.</summary>
    public static string Of(TransportMode mode) => mode.ToString().ToLowerInvariant();

    /// <summary>Parses a stored transport mode.</summary>
    public static TransportMode ParseMode(string? text) =>
        Enum.TryParse<TransportMode>(text, ignoreCase: true, out var mode) ? mode : TransportMode.Unknown;

    /// <summary>Stored form of a time precision.</summary>
    public static string Of(TimePrecision precision) => precision.ToString().ToLowerInvariant();

    /// <summary>Parses a stored time precision.</summary>
    public static TimePrecision ParsePrecision(string? text) =>
        Enum.TryParse<TimePrecision>(text, ignoreCase: true, out var p) ? p : TimePrecision.Unknown;

    /// <summary>Stored form of a place kind.</summary>
    public static string Of(PlaceKind kind) => kind.ToString();

    /// <summary>Parses a stored place kind.</summary>
    public static PlaceKind ParseKind(string? text) =>
        Enum.TryParse<PlaceKind>(text, ignoreCase: true, out var k) ? k : PlaceKind.Other;

    /// <summary>Stored form of an overlay status.</summary>
    public static string Of(OverlayStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>Parses a stored overlay status.</summary>
    public static OverlayStatus ParseOverlayStatus(string? text) =>
        Enum.TryParse<OverlayStatus>(text, ignoreCase: true, out var s) ? s : OverlayStatus.Failed;
}
