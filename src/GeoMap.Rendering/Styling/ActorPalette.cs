using System.Text;
using SkiaSharp;

namespace GeoMap.Rendering.Styling;

/// <summary>Colours for actors: the same actor gets the same colour on every map, and actors on one map differ.</summary>
/// <remarks>
/// An actor's preferred colour comes from a stable hash of its name (FNV-1a over the lower-cased UTF-8 bytes;
/// <see cref="string.GetHashCode()"/> changes between processes). When two actors of one map prefer the same
/// colour, the later one in name order takes the next free colour.
/// </remarks>
public static class ActorPalette
{
    /// <summary>Colour for movements with no actor.</summary>
    public static SKColor Unattributed { get; } = new(0x6B, 0x6B, 0x6B);

    /// <summary>Distinct, print-safe colours, dark enough to read on a light basemap.</summary>
    public static IReadOnlyList<SKColor> Colors { get; } =
    [
        new(0xC6, 0x28, 0x28), // red
        new(0x15, 0x65, 0xC0), // blue
        new(0x2E, 0x7D, 0x32), // green
        new(0x6A, 0x1B, 0x9A), // purple
        new(0xEF, 0x6C, 0x00), // orange
        new(0x00, 0x83, 0x8F), // teal
        new(0xAD, 0x14, 0x57), // magenta
        new(0x5D, 0x40, 0x37), // brown
        new(0x28, 0x35, 0x93), // indigo
        new(0x9E, 0x9D, 0x24), // olive
    ];

    /// <summary>Assigns a colour to each distinct actor (null is <see cref="Unattributed"/>).</summary>
    public static IReadOnlyDictionary<string, SKColor> Assign(IEnumerable<string?> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var result = new Dictionary<string, SKColor>(StringComparer.OrdinalIgnoreCase);
        var used = new HashSet<int>();
        foreach (var actor in actors.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase))
        {
            var slot = Preferred(actor);
            for (var i = 0; i < Colors.Count && used.Count < Colors.Count && used.Contains(slot); i++)
            {
                slot = (slot + 1) % Colors.Count;
            }

            used.Add(slot);
            result[actor] = Colors[slot];
        }

        return result;
    }

    /// <summary>The palette slot an actor prefers.</summary>
    public static int Preferred(string actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(actor.Trim().ToLowerInvariant()))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % (uint)Colors.Count);
    }
}
