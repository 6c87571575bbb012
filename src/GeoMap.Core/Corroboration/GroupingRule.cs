using System.Globalization;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;

namespace GeoMap.Core.Corroboration;

/// <summary>
/// The rule that links a claim to a tracked movement: do they describe the same real movement?
/// </summary>
/// <remarks>
/// A claim and a tracked movement (its best-supported actor, route and period) are the same movement when all hold:
/// <list type="number">
/// <item><b>Place</b>: the claim names a place, and every route role both name is close: destinations within
/// <see cref="GroupingSettings.DestinationKm"/>, origins within <see cref="GroupingSettings.OriginKm"/>, but two different
/// towns within <see cref="GroupingSettings.TownKm"/> (a report names the town troops went to, so another town 30 km away
/// is another destination, while a base, port or station is named beside the town it serves and a region around it);
/// and at least one role is named by both. A withdrawal from Ussuriysk (origin only) therefore never joins a deployment to Ussuriysk
/// (destination only): a place in one role is not the same fact as that place in another; and a claim leaving the
/// place a movement goes to (or going to where it leaves from) is the opposite direction.</item>
/// <item><b>Kind</b>: unknown on either side, or the same kind, or a transit (forces under way toward a place) with the
/// deployment or advance it is reported as once it arrives. A withdrawal and a deployment of one unit to one place are two
/// movements, and so are a deployment behind one's own lines and an advance on a place another side holds.</item>
/// <item><b>Actor</b>: unknown on either side, or the same actor, or the same actor country.</item>
/// <item><b>Time</b>: the events' periods overlap or are at most <see cref="GroupingSettings.GapDays"/> apart. A claim
/// without dates stands for the <see cref="GroupingSettings.UndatedDays"/> days before its report; a movement without
/// dates for the days before its first to its last report. A movement to the same city a month later is another movement.</item>
/// </list>
/// Strength, status and mode are not tests: reports disagree on them about one movement, which is what the
/// contradiction flags show. Among the tracked movements a claim may join, it joins the best <see cref="LinkTest.Score"/>:
/// closer places, the same actor named, overlapping rather than adjacent periods, the same unit, agreeing strength.
/// The SQL that finds candidates (GeoMap.Storage, <c>ClaimLinker</c>) only narrows the search with the same thresholds;
/// this class decides.
/// </remarks>
public static class GroupingRule
{
    /// <summary>Tests whether <paramref name="claim"/> describes the movement <paramref name="tracked"/> stands for.</summary>
    /// <param name="claim">The new claim.</param>
    /// <param name="tracked">The tracked movement's derived fields (with its <see cref="Movement.Corroboration"/>, if any).</param>
    /// <param name="settings">Thresholds.</param>
    public static LinkTest Test(Claim claim, Movement tracked, GroupingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(tracked);
        ArgumentNullException.ThrowIfNull(settings);
        var c = claim.Statement;
        if (c.Origin is null && c.Destination is null && c.Via.Count == 0)
        {
            return No("the claim names no place");
        }

        // A place in the opposite role is a different movement: leaving Ussuriysk is not arriving there.
        if (Reverses(c, tracked, settings) is { } reversed)
        {
            return No(reversed);
        }

        var reasons = new List<string>();
        var score = 1.0;
        var anchored = false;
        if (c.Destination is { } cd && tracked.Destination is { } td)
        {
            var km = GreatCircle.DistanceKm(cd.Lat, cd.Lon, td.Lat, td.Lon);
            if (TooFar(cd, td, km, settings.DestinationKm, settings) is { } limit)
            {
                return No($"destinations {cd.Name} and {td.Name} are {Km(km)} apart (more than {limit})");
            }

            anchored = true;
            score += 2 * (1 - (km / settings.DestinationKm));
            reasons.Add(km < 0.5 ? $"same destination {td.Name}" : $"destination {cd.Name} {Km(km)} from {td.Name}");
        }

        if (c.Origin is { } co && tracked.Origin is { } to)
        {
            var km = GreatCircle.DistanceKm(co.Lat, co.Lon, to.Lat, to.Lon);
            if (TooFar(co, to, km, settings.OriginKm, settings) is { } limit)
            {
                return No($"origins {co.Name} and {to.Name} are {Km(km)} apart (more than {limit})");
            }

            anchored = true;
            score += 1 - (km / settings.OriginKm);
            reasons.Add(km < 0.5 ? $"same origin {to.Name}" : $"origin {co.Name} {Km(km)} from {to.Name}");
        }

        if (!anchored)
        {
            return No($"no route role named by both (claim: {Roles(c)}; movement: {Roles(tracked)})");
        }

        switch (KindsAgree(c.Kind, tracked.Kind))
        {
            case false:
                return No($"different kinds ({Name(c.Kind)} and {Name(tracked.Kind)})");
            case true:
                score += 0.25;
                reasons.Add($"same kind {Name(tracked.Kind)}");
                break;
            default:
                if (c.Kind != MovementKind.Unknown && tracked.Kind != MovementKind.Unknown)
                {
                    reasons.Add($"{Name(c.Kind)} and {Name(tracked.Kind)} (a transit ends in the other)");
                }

                break;
        }

        switch (ActorsAgree(c, tracked))
        {
            case false:
                return No($"different actors ({c.Actor ?? c.ActorCountry} and {tracked.Actor ?? tracked.ActorCountry})");
            case true:
                score += 0.5;
                reasons.Add($"same actor {tracked.Actor ?? tracked.ActorCountry}");
                break;
            default:
                reasons.Add("actor unknown on one side");
                break;
        }

        var claimWindow = ClaimWindow(claim, settings);
        var movementWindow = MovementWindow(tracked, settings);
        if (claimWindow is { } a && movementWindow is { } b)
        {
            var gap = Gap(a, b);
            if (gap > TimeSpan.FromDays(settings.GapDays))
            {
                return No($"periods {Show(a)} and {Show(b)} are {gap.TotalDays.ToString("0.#", CultureInfo.InvariantCulture)} days apart (more than {settings.GapDays.ToString(CultureInfo.InvariantCulture)})");
            }

            score += gap <= TimeSpan.Zero ? 0.5 : 0.25;
            reasons.Add(gap <= TimeSpan.Zero ? $"periods overlap ({Show(a)}, {Show(b)})" : $"periods adjacent ({Show(a)}, {Show(b)})");
        }
        else
        {
            reasons.Add("no dates to compare");
        }

        if (c.Unit is { } unit && tracked.Unit is { } trackedUnit && unit.Equals(trackedUnit, StringComparison.OrdinalIgnoreCase))
        {
            score += 0.25;
            reasons.Add($"same unit {trackedUnit}");
        }

        if (c.Strength?.Representative is { } s && tracked.Strength is { } ts && ts.Min is not null
            && s >= ts.Min / settings.StrengthRatio && s <= (ts.Max ?? ts.Min) * settings.StrengthRatio)
        {
            score += 0.25;
        }

        return new LinkTest(true, score, string.Join("; ", reasons));
    }

    /// <summary>
    /// The claim's events' time: its period when it has a bound, else the <see cref="GroupingSettings.UndatedDays"/> days
    /// before its report; null when neither is known.
    /// </summary>
    public static (DateTimeOffset? Start, DateTimeOffset? End)? ClaimWindow(Claim claim, GroupingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(settings);
        var p = claim.Statement.Period;
        if (p.Start is not null || p.End is not null)
        {
            return (p.Start, p.End);
        }

        return claim.PublishedAt is { } published ? (published.AddDays(-settings.UndatedDays), published) : null;
    }

    private static (DateTimeOffset? Start, DateTimeOffset? End)? MovementWindow(Movement tracked, GroupingSettings settings)
    {
        var p = tracked.Period;
        if (p.Start is not null || p.End is not null)
        {
            return (p.Start, p.End);
        }

        return tracked.Corroboration is { FirstReportedAt: { } first, LastReportedAt: { } last }
            ? (first.AddDays(-settings.UndatedDays), last)
            : null;
    }

    /// <summary>Null when two places <paramref name="km"/> apart can be one route role's, else the limit they exceed, in words.</summary>
    private static string? TooFar(Place a, Place b, double km, double roleKm, GroupingSettings settings)
    {
        if (km > roleKm)
        {
            return Km(roleKm);
        }

        var twoTowns = a.Kind == PlaceKind.PopulatedPlace && b.Kind == PlaceKind.PopulatedPlace && a.Key != b.Key;
        return twoTowns && km > settings.TownKm ? $"{Km(settings.TownKm)} for two different towns" : null;
    }

    private static string? Reverses(Movement c, Movement tracked, GroupingSettings settings)
    {
        bool Near(Place? a, Place? b) => a is not null && b is not null && GreatCircle.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon) <= settings.DestinationKm;
        if (Near(c.Origin, tracked.Destination) && !Near(c.Destination, tracked.Destination))
        {
            return $"the claim leaves {c.Origin!.Name}, where the movement goes (the opposite direction)";
        }

        return Near(c.Destination, tracked.Origin) && !Near(c.Destination, tracked.Destination)
            ? $"the claim goes to {c.Destination!.Name}, where the movement leaves from (the opposite direction)"
            : null;
    }

    /// <summary>
    /// True for the same known kind, false for kinds that cannot be one movement, null when either is unknown or one is a
    /// transit toward what the other reports as a deployment or an advance.
    /// </summary>
    internal static bool? KindsAgree(MovementKind a, MovementKind b)
    {
        if (a == MovementKind.Unknown || b == MovementKind.Unknown)
        {
            return null;
        }

        if (a == b)
        {
            return true;
        }

        var transitOf = (a == MovementKind.Transit && b is MovementKind.Deployment or MovementKind.Advance)
            || (b == MovementKind.Transit && a is MovementKind.Deployment or MovementKind.Advance);
        return transitOf ? null : false;
    }

    private static string Name(MovementKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>True when both name the same actor or actor country, false when they name different ones, null when either is unknown.</summary>
    private static bool? ActorsAgree(Movement a, Movement b)
    {
        if (a.ActorCountry is { } ac && b.ActorCountry is { } bc)
        {
            return ac.Equals(bc, StringComparison.OrdinalIgnoreCase);
        }

        if (a.Actor is { } an && b.Actor is { } bn)
        {
            return an.Trim().Equals(bn.Trim(), StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }

    // Zero or negative when the windows overlap; open ends reach forever.
    private static TimeSpan Gap((DateTimeOffset? Start, DateTimeOffset? End) a, (DateTimeOffset? Start, DateTimeOffset? End) b)
    {
        var gap = TimeSpan.Zero;
        if (a.End is { } ae && b.Start is { } bs && bs - ae > gap)
        {
            gap = bs - ae;
        }

        if (b.End is { } be && a.Start is { } @as && @as - be > gap)
        {
            gap = @as - be;
        }

        return gap;
    }

    private static string Show((DateTimeOffset? Start, DateTimeOffset? End) w) =>
        $"{w.Start?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}..{w.End?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}";

    private static string Roles(Movement m) =>
        m.Origin is null && m.Destination is null ? "via only" : string.Join(", ", new[] { m.Origin is null ? null : "origin", m.Destination is null ? null : "destination" }.OfType<string>());

    private static string Km(double km) => string.Create(CultureInfo.InvariantCulture, $"{km:0.#} km");

    private static LinkTest No(string reason) => new(false, 0, reason);
}
