using System.Globalization;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Time;

namespace GeoMap.Core.Corroboration;

/// <summary>Derives a tracked movement from its claims.</summary>
/// <remarks>
/// Each independent source (<see cref="Claim.SourceKey"/>) has one vote, split among its claims, so that twenty copies
/// of one wire do not outvote a second agency. Then:
/// <list type="bullet">
/// <item>actor, actor country, unit, mode, origin and destination: the value with the most votes (ties: the earliest claim);</item>
/// <item>kind: likewise among the known kinds, a transit counting only when no claim says what it became (a deployment,
/// an advance): "heading for Ussuriysk" and "deployed to Ussuriysk" describe one deployment;</item>
/// <item>strength: the range of every claimed strength (lowest bound to highest), its text the claimed texts;</item>
/// <item>period: the period with the most votes among the dated claims (ties: the shortest, the most precise);</item>
/// <item>status: the latest report's (by publication, then claim order), with every claim's status as the history;</item>
/// <item>source: the independent sources' names, with their country when every claim gives the same one (a movement
/// added by hand "according to the HUR (UA)" keeps UA; the NIS and an unattributed outlet have none);</item>
/// <item>route (via), sentence and report: those of the claim agreeing most with the chosen destination and origin;</item>
/// <item>confidence: 1 − Π(1 − cₛ) over the independent sources, cₛ a source's best claim confidence, so it grows with
/// independent agreement; each open contradiction multiplies it by 0.8;</item>
/// <item>flags: strengths further apart than <see cref="GroupingSettings.StrengthRatio"/>, destinations further apart than
/// <see cref="GroupingSettings.DestinationFlagKm"/>, planned against under way or completed. An analyst's decision on a
/// flag holds while the flag's <see cref="Contradiction.Signature"/> (what was compared) stays the same.</item>
/// </list>
/// </remarks>
public static class ClaimDerivation
{
    /// <summary>The tracked movement of <paramref name="claims"/> (at least one), with its <see cref="Movement.Corroboration"/>.</summary>
    /// <param name="claims">The linked claims.</param>
    /// <param name="settings">Thresholds of the flags.</param>
    /// <param name="decisions">Analysts' decisions on flags, as (kind, signature) → confirmed or dismissed.</param>
    public static Movement Derive(IReadOnlyList<Claim> claims, GroupingSettings settings, IReadOnlyDictionary<(string Kind, string Signature), string>? decisions = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(settings);
        if (claims.Count == 0)
        {
            throw new ArgumentException("A tracked movement needs at least one claim.", nameof(claims));
        }

        var ordered = claims.OrderBy(c => c.PublishedAt ?? c.Statement.CreatedAt).ThenBy(c => c.Id).ToList();
        var perSource = ordered.GroupBy(c => c.SourceKey).ToDictionary(g => g.Key, g => g.Count());
        double Weight(Claim c) => 1.0 / perSource[c.SourceKey];

        T? Vote<T>(Func<Movement, T?> value, Func<T, string> key)
            where T : class
        {
            var votes = new Dictionary<string, (double Weight, int First, T Value)>();
            for (var i = 0; i < ordered.Count; i++)
            {
                if (value(ordered[i].Statement) is not { } v)
                {
                    continue;
                }

                var k = key(v);
                votes[k] = votes.TryGetValue(k, out var cur) ? (cur.Weight + Weight(ordered[i]), cur.First, cur.Value) : (Weight(ordered[i]), i, v);
            }

            return votes.Count == 0 ? null : votes.Values.OrderByDescending(x => x.Weight).ThenBy(x => x.First).First().Value;
        }

        var actor = Vote(m => m.Actor, a => a.Trim().ToLowerInvariant());
        var actorCountry = Vote(m => m.ActorCountry, a => a.ToUpperInvariant());
        var unit = Vote(m => m.Unit, u => u.Trim().ToLowerInvariant());
        var destination = Vote(m => m.Destination, p => p.Key);
        var origin = Vote(m => m.Origin, p => p.Key);
        var mode = ordered.Where(c => c.Statement.Mode != TransportMode.Unknown)
            .GroupBy(c => c.Statement.Mode).Select(g => (Mode: g.Key, Weight: g.Sum(Weight), First: ordered.IndexOf(g.First())))
            .OrderByDescending(x => x.Weight).ThenBy(x => x.First).Select(x => x.Mode).FirstOrDefault();
        var kinds = ordered.Where(c => c.Statement.Kind != MovementKind.Unknown).ToList();
        if (kinds.Any(c => c.Statement.Kind != MovementKind.Transit))
        {
            kinds.RemoveAll(c => c.Statement.Kind == MovementKind.Transit);
        }

        var kind = kinds.GroupBy(c => c.Statement.Kind).Select(g => (Kind: g.Key, Weight: g.Sum(Weight), First: ordered.IndexOf(g.First())))
            .OrderByDescending(x => x.Weight).ThenBy(x => x.First).Select(x => x.Kind).FirstOrDefault();
        var period = ordered.Where(c => c.Statement.Period.Start is not null || c.Statement.Period.End is not null)
            .GroupBy(c => PeriodKey(c.Statement.Period)).Select(g => (g.First().Statement.Period, Weight: g.Sum(Weight), Length: Length(g.First().Statement.Period)))
            .OrderByDescending(x => x.Weight).ThenBy(x => x.Length).Select(x => x.Period).FirstOrDefault();

        var best = ordered
            .Select((c, i) => (Claim: c, Index: i, Agree: (Same(c.Statement.Destination, destination) ? 2 : 0) + (Same(c.Statement.Origin, origin) ? 1 : 0)))
            .OrderByDescending(x => x.Agree).ThenByDescending(x => x.Claim.Statement.Via.Count).ThenBy(x => x.Index).First().Claim;

        var strengths = ordered.Where(c => c.Statement.Strength is { } s && (s.Min is not null || s.Max is not null)).ToList();
        Strength? strength = null;
        if (strengths.Count > 0)
        {
            var min = strengths.Min(c => c.Statement.Strength!.Min ?? c.Statement.Strength.Max)!.Value;
            var max = strengths.Max(c => c.Statement.Strength!.Max ?? c.Statement.Strength.Min)!.Value;
            var texts = strengths.Select(c => c.Statement.Strength!.Text).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
            strength = new Strength(min, max, string.Join(" / ", texts));
        }

        var statusHistory = ordered.Select(c => new StatusChange(c.Id, c.PublishedAt, c.Statement.Status, c.SourceName)).ToList();
        var status = ordered.LastOrDefault(c => c.Statement.Status != MovementStatus.Unknown)?.Statement.Status ?? MovementStatus.Unknown;

        var sources = ordered.GroupBy(c => c.SourceKey)
            .Select(g => (Name: g.First().SourceName, Count: g.Count(), Confidence: g.Max(c => c.Statement.Confidence)))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();

        var countries = ordered.Select(c => c.Statement.Source?.CountryCode).Distinct(StringComparer.Ordinal).ToList();
        var sourceCountry = countries is [{ } country] ? country : null;

        var flags = Flags(ordered, settings)
            .Select(f => decisions is not null && decisions.TryGetValue((f.Kind, f.Signature), out var state) ? f with { State = state } : f)
            .ToList();
        var confidence = 1 - sources.Aggregate(1.0, (rest, s) => rest * (1 - Math.Clamp(s.Confidence, 0, 1)));
        confidence *= Math.Pow(0.8, flags.Count(f => f.State != "dismissed"));

        var published = ordered.Where(c => c.PublishedAt is not null).Select(c => c.PublishedAt!.Value).ToList();
        var first = ordered[0].Statement;
        return best.Statement with
        {
            Id = 0,
            Actor = actor,
            ActorCountry = actorCountry,
            Unit = unit,
            Strength = strength,
            Status = status,
            Mode = mode,
            Kind = kind,
            Origin = origin,
            Destination = destination,
            Via = best.Statement.Via,
            Period = period ?? Period.Unbounded,
            // Only named sources: a claim entered by hand without one is no one's word (its key is in the history).
            Source = sources.Where(s => s.Name is not null).Select(s => s.Name!).ToList() is { Count: > 0 } named
                ? new Attribution(string.Join("; ", named), sourceCountry)
                : null,
            Confidence = confidence,
            CreatedBy = first.CreatedBy,
            CreatedAt = first.CreatedAt,
            UpdatedBy = null,
            UpdatedAt = null,
            Corroboration = new Corroboration
            {
                ClaimCount = ordered.Count,
                SourceCount = sources.Count,
                Sources = sources.Where(s => s.Name is not null).Select(s => s.Name!).ToList(),
                StrengthClaims = strengths.Select(c => new StrengthClaim(c.Id, c.SourceName, c.Statement.Strength!.Min, c.Statement.Strength.Max, c.Statement.Strength.Text)).ToList(),
                StatusHistory = statusHistory,
                Flags = flags,
                FirstReportedAt = published.Count == 0 ? null : published.Min(),
                LastReportedAt = published.Count == 0 ? null : published.Max(),
            },
        };
    }

    private static IEnumerable<Contradiction> Flags(List<Claim> claims, GroupingSettings settings)
    {
        var strengths = claims.Where(c => c.Statement.Strength?.Representative is not null).ToList();
        if (strengths.Count > 1)
        {
            var low = strengths.Min(c => c.Statement.Strength!.Representative!.Value);
            var high = strengths.Max(c => c.Statement.Strength!.Representative!.Value);
            if (high > low * settings.StrengthRatio)
            {
                string Who(int value) => string.Join(", ", strengths.Where(c => c.Statement.Strength!.Representative == value).Select(c => c.SourceNameOrNotStated).Distinct());
                yield return new Contradiction(
                    ContradictionKinds.Strength,
                    string.Create(CultureInfo.InvariantCulture, $"{low:N0} ({Who(low)}) vs {high:N0} ({Who(high)})"),
                    string.Create(CultureInfo.InvariantCulture, $"{low}-{high}"));
            }
        }

        var destinations = claims.Where(c => c.Statement.Destination is not null).GroupBy(c => c.Statement.Destination!.Key).ToList();
        if (destinations.Count > 1)
        {
            var farthest = (from a in destinations
                            from b in destinations
                            where string.CompareOrdinal(a.Key, b.Key) < 0
                            let pa = a.First().Statement.Destination!
                            let pb = b.First().Statement.Destination!
                            select (A: a, B: b, Km: GreatCircle.DistanceKm(pa.Lat, pa.Lon, pb.Lat, pb.Lon))).MaxBy(x => x.Km);
            if (farthest.Km > settings.DestinationFlagKm)
            {
                string Named(IGrouping<string, Claim> g) => $"{g.First().Statement.Destination!.Name} ({string.Join(", ", g.Select(c => c.SourceNameOrNotStated).Distinct())})";
                yield return new Contradiction(
                    ContradictionKinds.Destination,
                    string.Create(CultureInfo.InvariantCulture, $"{Named(farthest.A)} vs {Named(farthest.B)}, {farthest.Km:0} km apart"),
                    string.Join(",", destinations.Select(g => g.Key).Order(StringComparer.Ordinal)));
            }
        }

        var planned = claims.Where(c => c.Statement.Status == MovementStatus.Planned).ToList();
        var begun = claims.Where(c => c.Statement.Status is MovementStatus.UnderWay or MovementStatus.Completed).ToList();
        if (planned.Count > 0 && begun.Count > 0)
        {
            var statuses = claims.Select(c => c.Statement.Status).Where(s => s != MovementStatus.Unknown).Distinct().Order().ToList();
            string Who(IEnumerable<Claim> cs) => string.Join(", ", cs.Select(c => c.SourceNameOrNotStated).Distinct());
            yield return new Contradiction(
                ContradictionKinds.Status,
                $"planned ({Who(planned)}) vs {string.Join(" or ", begun.Select(c => Words(c.Statement.Status)).Distinct())} ({Who(begun)})",
                string.Join(",", statuses));
        }
    }

    private static string Words(MovementStatus status) => status switch
    {
        MovementStatus.UnderWay => "under way",
        MovementStatus.Completed => "completed",
        MovementStatus.Planned => "planned",
        _ => "unknown",
    };

    private static bool Same(Place? a, Place? b) => a is not null && b is not null && a.Key == b.Key;

    private static TimeSpan Length(Period p) => p.Start is { } s && p.End is { } e ? e - s : TimeSpan.MaxValue;

    private static string PeriodKey(Period p) => $"{p.Start?.UtcTicks}|{p.End?.UtcTicks}";
}
