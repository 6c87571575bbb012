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
/// colour assignment mirrors <c>assignColours</c> of mapStyle.ts step for step (a fixed colour, else one of the side's
/// family or the reserve, none near a colour already on the map; <see cref="ActorPalette"/> has the rule).
/// </remarks>
public sealed class MovementStyle
{
    private readonly Dictionary<string, TableActor> table = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (float[]? Dash, bool Open, string Label)> statuses;
    private readonly Dictionary<string, (int Heads, string Label)> kinds = new(StringComparer.Ordinal);

    private MovementStyle(JsonElement root)
    {
        UnattributedHex = Hex(root.GetProperty("unattributed").GetString()!);
        Unattributed = Colour(UnattributedHex);
        ReserveFamily = new ColourFamily([.. root.GetProperty("reserve").EnumerateArray().Select(c => Hex(c.GetString()!))], 0, 360);
        var families = new Dictionary<string, ColourFamily?>(StringComparer.Ordinal);
        foreach (var side in root.GetProperty("sides").EnumerateObject())
        {
            var hasColours = side.Value.TryGetProperty("colours", out var colours);
            var hasHue = side.Value.TryGetProperty("hue", out var hue);
            families[side.Name] = hasColours || hasHue
                ? new ColourFamily(
                    hasColours ? [.. colours.EnumerateArray().Select(c => Hex(c.GetString()!))] : [],
                    hasHue ? hue[0].GetDouble() : 0,
                    hasHue ? hue[1].GetDouble() : 360)
                : null;
        }

        var generated = root.GetProperty("generated");
        Generated = (
            [.. generated.GetProperty("lightness").EnumerateArray().Select(l => l.GetDouble())],
            generated.GetProperty("chroma").GetDouble(),
            generated.GetProperty("distance").GetDouble());
        var rank = 0;
        foreach (var actor in root.GetProperty("actors").EnumerateArray())
        {
            var name = actor.GetProperty("name").GetString()!;
            var side = actor.GetProperty("side").GetString()!;
            if (!families.TryGetValue(side, out var family))
            {
                throw new FormatException($"map-style.json: {name}'s side '{side}' is not one of 'sides'.");
            }

            var entry = new TableActor(Key(name), actor.TryGetProperty("colour", out var colour) ? Hex(colour.GetString()!) : null, family ?? ReserveFamily, rank++);
            foreach (var alias in actor.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Prepend(name))
            {
                table.TryAdd(Key(alias), entry);
            }
        }

        var photo = root.GetProperty("photo");
        Photo = (Colour(Hex(photo.GetProperty("colour").GetString()!)), Colour(Hex(photo.GetProperty("fill").GetString()!)), Colour(Hex(photo.GetProperty("cone").GetString()!)));
        Reserve = [.. ReserveFamily.Colours.Select(Colour)];
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

        var labels = root.GetProperty("labels");
        LabelSeparator = labels.GetProperty("separator").GetString()!;
        MonthNames = [.. labels.GetProperty("months").EnumerateArray().Select(m => m.GetString()!)];
        if (MonthNames.Count != 12)
        {
            throw new FormatException("map-style.json: labels.months must name the twelve months.");
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

    /// <summary>What joins the parts of an arrow's label (<see cref="MovementLabels"/>): " · ".</summary>
    public string LabelSeparator { get; }

    /// <summary>The months' names in labels, January first.</summary>
    public IReadOnlyList<string> MonthNames { get; }

    /// <summary>The table colour of an actor (by any of its names, ignoring case), or null.</summary>
    public SKColor? FixedColour(string actor) => table.TryGetValue(Key(actor), out var a) && a.Colour is { } c ? Colour(c) : null;

    /// <summary><see cref="Unattributed"/> as <c>#rrggbb</c>.</summary>
    internal string UnattributedHex { get; }

    /// <summary>The reserve as a family: its colours, then colours made over the whole hue circle.</summary>
    internal ColourFamily ReserveFamily { get; }

    /// <summary>How further colours of a family are made and how far apart the colours of one map are kept (OKLab).</summary>
    internal (IReadOnlyList<double> Lightness, double Chroma, double Distance) Generated { get; }

    /// <summary>The table's entry for an actor by any of its names (a <see cref="Key"/>), or null.</summary>
    internal TableActor? Actor(string key) => table.GetValueOrDefault(key);

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

    /// <summary>A colour <c>#rrggbb</c> (as <see cref="Hex"/> checked it) as Skia's.</summary>
    internal static SKColor Colour(string hex) => SKColor.Parse(hex);

    // Colours are compared as '#rrggbb' in lower case, as the web client does.
    private static string Hex(string hex) =>
        hex.Length == 7 && hex[0] == '#' && hex.Skip(1).All(char.IsAsciiHexDigit)
            ? hex.ToLowerInvariant()
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"map-style.json: '{hex}' is no colour; write #rrggbb."));
}

/// <summary>A family of colours: a list taken first, and the arc of OKLCH hues from <paramref name="From"/> to <paramref name="To"/> (clockwise) further colours are made in.</summary>
/// <param name="Colours">The list, <c>#rrggbb</c>.</param>
/// <param name="From">Where the arc starts, degrees.</param>
/// <param name="To">Where it ends (through 0 when less than <paramref name="From"/>).</param>
internal sealed record ColourFamily(IReadOnlyList<string> Colours, double From, double To);

/// <summary>An actor of the style's table: its table name (<see cref="MovementStyle.Key"/>), fixed colour if any, family and place in the table.</summary>
/// <param name="Id">The table name, lower-cased: what its preferred slot is hashed from.</param>
/// <param name="Colour">Its fixed colour, <c>#rrggbb</c>, or null.</param>
/// <param name="Family">Its side's family, or the reserve.</param>
/// <param name="Rank">Its place in the table, 0 first: the legend's order of actors with a fixed colour.</param>
internal sealed record TableActor(string Id, string? Colour, ColourFamily Family, int Rank);
