namespace GeoMap.Core.Movements;

/// <summary>What kind of movement a report states, read from its verb ("deployed", "pulled out", "advanced", "crossed").</summary>
/// <remarks>
/// Independent of <see cref="MovementStatus"/>: a withdrawal may be planned, under way or completed.
/// Stored as lower-case text (<c>deployment</c>, <c>withdrawal</c>, <c>advance</c>, <c>transit</c>, <c>unknown</c>).
/// </remarks>
public enum MovementKind
{
    /// <summary>The text does not say (or the movement was entered by hand without one).</summary>
    Unknown,

    /// <summary>Forces sent, deployed, transferred or redeployed to a place, or arriving there.</summary>
    Deployment,

    /// <summary>Forces leaving a place: withdrawn, pulled out, pulled back, retreating.</summary>
    Withdrawal,

    /// <summary>Forces advancing on or pushing toward a place held by another side.</summary>
    Advance,

    /// <summary>Forces passing through or crossing on the way elsewhere, or under way toward a place ("heading for").</summary>
    Transit,
}
