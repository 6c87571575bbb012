namespace GeoMap.Core.Movements;

/// <summary>How the troops or materiel travelled.</summary>
public enum TransportMode
{
    /// <summary>Not stated.</summary>
    Unknown,

    /// <summary>By sea: transport ship, landing ship, ferry.</summary>
    Sea,

    /// <summary>By rail.</summary>
    Rail,

    /// <summary>By air: transport aircraft, helicopters.</summary>
    Air,

    /// <summary>By road: trucks, convoys, armoured columns.</summary>
    Road,

    /// <summary>On foot.</summary>
    Foot,
}
