using System.Text;
using SkiaSharp;

namespace GeoMap.Rendering.Styling;

/// <summary>Colours for actors: the actors of one map never share a colour, and an actor keeps its colour from map to map where it can.</summary>
/// <remarks>
/// The colours are those of <see cref="MovementStyle"/> (<c>data/style/map-style.json</c>, shared with the web client,
/// whose comment has the rule): an actor of the table with a fixed colour keeps it (Russia red, Ukraine blue...); every
/// other actor, in name order, takes a colour of its side's family (a NATO member without a colour one of NATO's) or of
/// the reserve: the list from its preferred slot (FNV-1a over the lower-cased UTF-8 bytes of its table name;
/// <see cref="string.GetHashCode()"/> changes between processes), then colours made in the family's arc of OKLCH hues
/// (<see cref="Oklab"/>), each only when no colour already on the map is nearer than the style's distance in OKLab.
/// The twin of <c>assignColours</c> in <c>src/GeoMap.Web/src/mapStyle.ts</c>; <c>data/style/actor-colours.cases.json</c>
/// holds the cases both must answer alike.
/// </remarks>
public static class ActorPalette
{
    // Candidates made per distance before it is halved; at the last (only the exact colour refused), as many as needed.
    private const int MadePerDistance = 64;
    private const int MadeAtMost = 100_000;

    /// <summary>Colour for movements with no actor.</summary>
    public static SKColor Unattributed => MovementStyle.Default.Unattributed;

    /// <summary>The reserve colours, for actors the style's table does not name.</summary>
    public static IReadOnlyList<SKColor> Colors => MovementStyle.Default.Reserve;

    /// <summary>Assigns a colour to each distinct actor, by every spelling given (ignoring case; null is <see cref="Unattributed"/>).</summary>
    public static IReadOnlyDictionary<string, SKColor> Assign(IEnumerable<string?> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var all = actors.ToList();
        var colours = AssignHex(all);
        var result = new Dictionary<string, SKColor>(StringComparer.OrdinalIgnoreCase);
        foreach (var spelling in all.OfType<string>().Where(a => a.Trim().Length > 0))
        {
            result[spelling] = MovementStyle.Colour(colours[MovementStyle.Key(spelling)]);
        }

        return result;
    }

    /// <summary>As <see cref="Assign"/>, as <c>#rrggbb</c> by each distinct actor's <see cref="MovementStyle.Key"/>, as the web client answers.</summary>
    internal static IReadOnlyDictionary<string, string> AssignHex(IEnumerable<string?> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var style = MovementStyle.Default;
        var all = actors.ToList();
        var names = all.OfType<string>().Where(a => a.Trim().Length > 0).Select(MovementStyle.Key)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new Taken();
        if (all.Any(a => a is null || a.Trim().Length == 0))
        {
            taken.Add(style.UnattributedHex);
        }

        foreach (var name in names)
        {
            if (style.Actor(name)?.Colour is { } colour)
            {
                result[name] = colour;
                taken.Add(colour);
            }
        }

        foreach (var name in names.Where(n => !result.ContainsKey(n)))
        {
            var entry = style.Actor(name);
            var id = entry?.Id ?? name;
            if (!byId.TryGetValue(id, out var colour))
            {
                colour = Pick(style, entry?.Family ?? style.ReserveFamily, id, taken);
                byId[id] = colour;
                taken.Add(colour);
            }

            result[name] = colour;
        }

        return result;
    }

    /// <summary>
    /// The actors of a map in legend order, each once (by <see cref="MovementStyle.Key"/>; the first spelling given is
    /// kept): those with a fixed colour first, in the style table's order (Russia and its allies, Ukraine, NATO members,
    /// others), then every other by its key in ordinal order, and null last when an actor is not stated.
    /// </summary>
    /// <remarks>
    /// The principal actors lead every legend, and the order does not depend on how many movements each has in the
    /// view, so the web client's legend keeps it while the view and the range change. The twin of <c>legendOrder</c> in
    /// <c>src/GeoMap.Web/src/mapStyle.ts</c>; the cases' <c>legend</c> in <c>data/style/actor-colours.cases.json</c>
    /// holds what both must answer.
    /// </remarks>
    public static IReadOnlyList<string?> LegendOrder(IEnumerable<string?> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var style = MovementStyle.Default;
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var unstated = false;
        foreach (var actor in actors)
        {
            if (actor is null || actor.Trim().Length == 0)
            {
                unstated = true;
            }
            else
            {
                byKey.TryAdd(MovementStyle.Key(actor), actor);
            }
        }

        var ordered = byKey.Keys
            .OrderBy(k => style.Actor(k) is { Colour: not null } entry ? entry.Rank : int.MaxValue)
            .ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => (string?)byKey[k])
            .ToList();
        if (unstated)
        {
            ordered.Add(null);
        }

        return ordered;
    }

    /// <summary>The reserve slot an actor prefers.</summary>
    public static int Preferred(string actor) => Preferred(actor, Colors.Count);

    private static int Preferred(string actor, int slots)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(MovementStyle.Key(actor)))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % (uint)slots);
    }

    private static string Pick(MovementStyle style, ColourFamily family, string id, Taken taken)
    {
        var list = family.Colours;
        var start = list.Count > 0 ? Preferred(id, list.Count) : 0;
        var (_, _, distance) = style.Generated;
        foreach (var apart in new[] { distance, distance / 2, distance / 4, 0 })
        {
            for (var i = 0; i < list.Count; i++)
            {
                var colour = list[(start + i) % list.Count];
                if (taken.Fits(colour, apart))
                {
                    return colour;
                }
            }

            for (var k = 0; k < (apart == 0 ? MadeAtMost : MadePerDistance); k++)
            {
                var colour = Made(style, family, k);
                if (taken.Fits(colour, apart))
                {
                    return colour;
                }
            }
        }

        throw new InvalidOperationException($"No colour is left for {id}: map-style.json's 'generated' makes too few distinct colours.");
    }

    // The k-th colour made in a family's arc of hues: the golden ratio spreads any number of them over the arc.
    private static string Made(MovementStyle style, ColourFamily family, int k)
    {
        var (lightness, chroma, _) = style.Generated;
        var arc = family.To - family.From == 360 ? 360 : (((family.To - family.From) % 360) + 360) % 360;
        var t = 0.5 + (k * 0.6180339887498949);
        return Oklab.FromLch(lightness[k % lightness.Count], chroma, family.From + (arc * (t - Math.Floor(t))));
    }

    /// <summary>The colours of one map so far, and whether another may join them at a distance.</summary>
    private sealed class Taken
    {
        private readonly HashSet<string> hexes = new(StringComparer.Ordinal);
        private readonly List<(double L, double A, double B)> labs = [];

        public void Add(string hex)
        {
            if (hexes.Add(hex))
            {
                labs.Add(Oklab.Of(hex));
            }
        }

        public bool Fits(string hex, double apart)
        {
            if (hexes.Contains(hex))
            {
                return false;
            }

            if (apart == 0)
            {
                return true;
            }

            var lab = Oklab.Of(hex);
            return labs.All(x => Oklab.Distance(x, lab) >= apart);
        }
    }
}
