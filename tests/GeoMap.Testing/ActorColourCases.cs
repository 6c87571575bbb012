using System.Text.Json;
using Xunit;

namespace GeoMap.Testing;

/// <summary>One case of <c>data/style/actor-colours.cases.json</c>: the actors of a map and the colour each must get.</summary>
/// <param name="Name">What the case shows.</param>
/// <param name="Actors">The actors as a map has them (null: a movement whose actor is not stated).</param>
/// <param name="Colours">The colour (<c>#rrggbb</c>) of each distinct actor, by its name lower-cased and trimmed.</param>
/// <param name="Legend">The order both legends list the actors in, each once (null last: an actor not stated), or null when the case gives none.</param>
public sealed record ActorColourCase(string Name, IReadOnlyList<string?> Actors, IReadOnlyDictionary<string, string> Colours, IReadOnlyList<string?>? Legend);

/// <summary>
/// The table of actor colour cases both twins of the assignment answer: GeoMap.Rendering's ActorPalette and the web
/// client's assignColours (mapStyle.ts), so that they cannot drift apart.
/// </summary>
public static class ActorColourCases
{
    private static readonly Lazy<IReadOnlyList<ActorColourCase>> Cases = new(Load);

    /// <summary>Every case, in the file's order.</summary>
    public static IReadOnlyList<ActorColourCase> All => Cases.Value;

    /// <summary>The cases' names, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Names => [.. All.Select(c => c.Name)];

    /// <summary>The case of this name.</summary>
    public static ActorColourCase Named(string name) => All.Single(c => c.Name == name);

    private static List<ActorColourCase> Load()
    {
        using var stream = typeof(ActorColourCases).Assembly.GetManifestResourceStream("GeoMap.Testing.actor-colours.cases.json")
            ?? throw new InvalidOperationException("GeoMap.Testing was built without data/style/actor-colours.cases.json.");
        using var doc = JsonDocument.Parse(stream);
        return [.. doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => new ActorColourCase(
            c.GetProperty("name").GetString()!,
            [.. c.GetProperty("actors").EnumerateArray().Select(a => a.GetString())],
            c.GetProperty("colours").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal),
            c.TryGetProperty("legend", out var legend) ? [.. legend.EnumerateArray().Select(a => a.GetString())] : null))];
    }
}
