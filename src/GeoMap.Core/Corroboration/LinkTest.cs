namespace GeoMap.Core.Corroboration;

/// <summary>Whether a claim may be linked to a tracked movement, how well it fits, and why.</summary>
/// <param name="Linked">True when every test of <see cref="GroupingRule"/> passed.</param>
/// <param name="Score">How well it fits, higher is closer; only meaningful when linked.</param>
/// <param name="Reason">The tests in words: what matched, or what did not.</param>
public sealed record LinkTest(bool Linked, double Score, string Reason);
