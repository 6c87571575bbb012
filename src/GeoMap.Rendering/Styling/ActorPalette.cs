using System.Text;
using SkiaSharp;

namespace GeoMap.Rendering.Styling;

/// <summary>Colours for actors: the same actor gets the same colour on every map, and actors on one map differ.</summary>
/// <remarks>
/// The colours are those of <see cref="MovementStyle"/> (<c>data/style/map-style.json</c>, shared with the web client):
/// the actors of its table have their own colour (Russia red, Ukraine blue, Wagner Group wine...); any other actor
/// prefers a reserve colour by a stable hash of its name (FNV-1a over the lower-cased UTF-8 bytes;
/// <see cref="string.GetHashCode()"/> changes between processes) and, when an actor earlier in name order took it on
/// the same map, takes the next free one.
/// </remarks>
public static class ActorPalette
{
    /// <summary>Colour for movements with no actor.</summary>
    public static SKColor Unattributed => MovementStyle.Default.Unattributed;

    /// <summary>The reserve colours, for actors the style's table does not name.</summary>
    public static IReadOnlyList<SKColor> Colors => MovementStyle.Default.Reserve;

    /// <summary>Assigns a colour to each distinct actor (null is <see cref="Unattributed"/>).</summary>
    public static IReadOnlyDictionary<string, SKColor> Assign(IEnumerable<string?> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var style = MovementStyle.Default;
        var result = new Dictionary<string, SKColor>(StringComparer.OrdinalIgnoreCase);
        var names = actors.OfType<string>().Where(a => a.Trim().Length > 0)
            .GroupBy(MovementStyle.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var used = new HashSet<SKColor>();
        foreach (var group in names)
        {
            if (style.FixedColour(group.Key) is { } colour)
            {
                used.Add(colour);
                foreach (var spelling in group)
                {
                    result[spelling] = colour;
                }
            }
        }

        foreach (var group in names.Where(g => style.FixedColour(g.Key) is null))
        {
            var slot = Preferred(group.Key);
            for (var i = 0; i < Colors.Count && used.Contains(Colors[slot]); i++)
            {
                slot = (slot + 1) % Colors.Count;
            }

            used.Add(Colors[slot]);
            foreach (var spelling in group)
            {
                result[spelling] = Colors[slot];
            }
        }

        return result;
    }

    /// <summary>The reserve slot an actor prefers.</summary>
    public static int Preferred(string actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(MovementStyle.Key(actor)))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % (uint)Colors.Count);
    }
}
