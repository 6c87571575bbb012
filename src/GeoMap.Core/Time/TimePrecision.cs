namespace GeoMap.Core.Time;

/// <summary>How precisely a report states when something happened.</summary>
public enum TimePrecision
{
    /// <summary>No time given; the period is a guess around publication.</summary>
    Unknown,

    /// <summary>To the hour or better.</summary>
    Hour,

    /// <summary>To the day.</summary>
    Day,

    /// <summary>To the week ("last week").</summary>
    Week,

    /// <summary>To the month ("in October").</summary>
    Month,

    /// <summary>To the year.</summary>
    Year,
}
