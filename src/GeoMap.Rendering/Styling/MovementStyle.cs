using System.Globalization;
using System.Text.Json;
using GeoMap.Core;
using GeoMap.Core.Movements;
using SkiaSharp;

namespace GeoMap.Rendering.Styling;

/// <summary>
/// How movements are drawn, as data: <c>data/style/map-style.json</c>, embedded here and imported by the web client
/// (<c>src/GeoMap.Web/src/mapStyle.ts</c>), so a briefing image and the screen colour, size and stroke a movement alike.
/// </summary>
/// <remarks>
/// The file's own comment explains each part. <see cref="ActorPalette"/> and <see cref="StrengthClasses"/> read it; the
/// colour assignment mirrors <c>assignColours</c> of mapStyle.ts step for step (a table colour, else a reserve colour
/// by a stable FNV-1a hash, the next free one when that is taken on the same map).
/// </remarks>
public sealed class MovementStyle
{
    private readonly Dictionary<string, SKColor> fixedColours;
    private readonly Dictionary<string, (float[]? Dash, bool Open, string Label)> statuses;
    private readonly Dictionary<string, (int Heads, string Label)> kinds = new(StringComparer.Ordinal);

    private MovementStyle(JsonElement root)
    {
        Unattributed = Colour(root.GetProperty("unattributed").GetString()!);
        fixedColours = new Dictionary<string, SKColor>(StringComparer.Ordinal);
        foreach (var actor in root.GetProperty("actors").EnumerateArray())
        {
            var colour = Colour(actor.GetProperty("colour").GetString()!);
            foreach (var name in actor.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Prepend(actor.GetProperty("name").GetString()!))
            {
                fixedColours.TryAdd(Key(name), colour);
            }
        }

        var photo = root.GetProperty("photo");
        Photo = (Colour(photo.GetProperty("colour").GetString()!), Colour(photo.GetProperty("fill").GetString()!), Colour(photo.GetProperty("cone").GetString()!));
        Reserve = [.. root.GetProperty("reserve").EnumerateArray().Select(c => Colour(c.GetString()!))];
        var strength = root.GetProperty("strength");
        UnknownWidth = strength.GetProperty("unknownWidth").GetSingle();
        WidthClasses = [.. strength.GetProperty("classes").EnumerateArray().Select(c => (
            c.GetProperty("upTo").ValueKind == JsonValueKind.Number ? c.GetProperty("upTo").GetInt32() : (int?)null,
            c.GetProperty("label").GetString()!,
            c.GetProperty("width").GetSingle()))];
        if (root.TryGetProperty("kind", out var kindTable))
        {
            foreach (var kind in kindTable.EnumerateObject())
            {
                kinds[kind.Name] = (kind.Value.GetProperty("heads").GetInt32(), kind.Value.GetProperty("label").GetString()!);
            }
        }

        statuses = [];
        foreach (var status in root.GetProperty("status").EnumerateObject())
        {
            var dash = status.Value.GetProperty("dash");
            statuses[status.Name] = (
                dash.ValueKind == JsonValueKind.Array ? [.. dash.EnumerateArray().Select(d => d.GetSingle())] : null,
                status.Value.GetProperty("head").GetString() == "open",
                status.Value.GetProperty("label").GetString()!);
        }
    }

    /// <summary>The style of <c>data/style/map-style.json</c>.</summary>
    public static MovementStyle Default { get; } = Load();

    /// <summary>How a ground photo is marked (map-style.json's <c>photo</c>, as the web client's camera markers): outline, body and the cone of view.</summary>
    public (SKColor Outline, SKColor Fill, SKColor Cone) Photo { get; }

    /// <summary>Colour of movements with no actor.</summary>
    public SKColor Unattributed { get; }

    /// <summary>Colours for actors the table does not name.</summary>
    public IReadOnlyList<SKColor> Reserve { get; }

    /// <summary>Width at scale 1 of an arrow whose strength is not stated.</summary>
    public float UnknownWidth { get; }

    /// <summary>Width classes: upper bound of the representative strength (inclusive; null for the last), label, width at scale 1.</summary>
    public IReadOnlyList<(int? UpTo, string Label, float Width)> WidthClasses { get; }

    /// <summary>The table colour of an actor (by any of its names, ignoring case), or null.</summary>
    public SKColor? FixedColour(string actor) => fixedColours.TryGetValue(Key(actor), out var c) ? c : null;

    /// <summary>
    /// The dash of a status's line in pixels for a line of <paramref name="width"/> (null: solid; each part at least
    /// <paramref name="minimum"/>, a zero part stays a dot), whether its head is open, and its legend label.
    /// </summary>
    public (float[]? Dash, bool Open, string Label) Stroke(MovementStatus status, float width, float minimum)
    {
        var name = Vocabulary.Of(status);
        var (dash, open, label) = statuses.TryGetValue(name, out var s) ? s : (null, false, name);
        return (dash?.Select(k => k == 0 ? 0.01f : Math.Max(k * width, minimum)).ToArray(), open, label);
    }

    /// <summary>How many arrowheads a movement of <paramref name="kind"/> has at its destination (a withdrawal two, one behind the other).</summary>
    public int HeadsOf(MovementKind kind) => kinds.TryGetValue(Vocabulary.Of(kind), out var k) ? k.Heads : 1;

    /// <summary>The kinds with a symbol of their own, with their head count and legend label, in the file's order.</summary>
    public IReadOnlyList<(MovementKind Kind, int Heads, string Label)> KindSymbols =>
        [.. kinds.Select(k => (Vocabulary.ParseKindOfMovement(k.Key) ?? MovementKind.Unknown, k.Value.Heads, k.Value.Label))];

    /// <summary>How names are compared: trimmed, lower-cased (as mapStyle.ts does).</summary>
    internal static string Key(string name) => name.Trim().ToLowerInvariant();

    private static MovementStyle Load()
    {
        using var stream = typeof(MovementStyle).Assembly.GetManifestResourceStream("GeoMap.Rendering.map-style.json")
            ?? throw new InvalidOperationException("GeoMap.Rendering was built without data/style/map-style.json.");
        using var doc = JsonDocument.Parse(stream);
        return new MovementStyle(doc.RootElement);
    }

    private static SKColor Colour(string hex) =>
        SKColor.TryParse(hex, out var c) ? c : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"map-style.json: '{hex}' is no colour."));
}
