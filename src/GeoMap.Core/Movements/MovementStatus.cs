namespace GeoMap.Core.Movements;

/// <summary>Where a movement stands, as the report claims it.</summary>
public enum MovementStatus
{
    /// <summary>The report does not say.</summary>
    Unknown,

    /// <summary>Decided, announced or expected, not begun.</summary>
    Planned,

    /// <summary>Begun and not finished.</summary>
    UnderWay,

    /// <summary>Done: the troops arrived.</summary>
    Completed,
}
