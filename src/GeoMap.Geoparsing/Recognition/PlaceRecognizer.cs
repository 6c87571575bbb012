using GeoMap.Core.Places;
using GeoMap.Geoparsing.Gazetteer;
using GeoMap.Geoparsing.Resolution;

namespace GeoMap.Geoparsing.Recognition;

/// <summary>The one-call entry point: finds the places a text names and resolves them to gazetteer entries.</summary>
/// <example><code>
/// var places = new PlaceRecognizer(GazetteerLoader.Shared());
/// IReadOnlyList&lt;Mention&gt; mentions = places.Recognize("Les forces ont rejoint Oussouriisk, près de Vladivostok.");
/// </code></example>
/// <param name="gazetteer">A loaded gazetteer (share one per process).</param>
/// <param name="weights">Resolver weights; defaults when null.</param>
public sealed class PlaceRecognizer(Gazetteer.Gazetteer gazetteer, ResolverWeights? weights = null)
{
    private readonly ToponymRecognizer recognizer = new(gazetteer);
    private readonly ToponymResolver resolver = new(gazetteer, weights);

    /// <summary>The gazetteer used.</summary>
    public Gazetteer.Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>A recognizer over the shared default gazetteer (<see cref="GazetteerLoader.Shared"/>).</summary>
    /// <returns>A new recognizer.</returns>
    public static PlaceRecognizer CreateDefault() => new(GazetteerLoader.Shared());

    /// <summary>Finds and resolves the places of a text.</summary>
    /// <param name="text">Any text (HTML should be stripped first).</param>
    /// <param name="cancellationToken">Stops a long text.</param>
    /// <returns>Mentions in text order, without overlaps.</returns>
    public IReadOnlyList<Mention> Recognize(string text, CancellationToken cancellationToken = default) =>
        Recognize(text, null, cancellationToken);

    /// <summary>Finds and resolves the places of a text written in a known language.</summary>
    /// <param name="text">Any text (HTML should be stripped first).</param>
    /// <param name="language">The text's language: its function words are no places and its morphology finds inflected names, particles and clitics are stripped from names in Hangul and Arabic; null for none.</param>
    /// <param name="cancellationToken">Stops a long text.</param>
    /// <returns>Mentions in text order, without overlaps.</returns>
    public IReadOnlyList<Mention> Recognize(string text, Languages.LanguageRules? language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = recognizer.Recognize(text, language, cancellationToken);
        return [.. resolver.Resolve(candidates, text).Select(r => r.ToMention(Gazetteer)).OfType<Mention>()];
    }

    /// <summary>Resolves given spans (the recognizer is bypassed for them; its other findings serve as context), for evaluation with gold spans or analyst-marked names.</summary>
    /// <param name="text">The text.</param>
    /// <param name="spans">UTF-16 spans of toponyms.</param>
    /// <param name="cancellationToken">Stops a long text.</param>
    /// <returns>One result per span, in order; a span whose name the gazetteer lacks has entry -1.</returns>
    public IReadOnlyList<ResolvedToponym> ResolveSpans(string text, IReadOnlyList<(int Start, int End)> spans, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        // The given spans replace what the recognizer found there; the rest of its findings stay as context.
        var given = spans.Select(s => recognizer.Lookup(text, s.Start, s.End)).ToList();
        var context = recognizer.Recognize(text, cancellationToken).Where(c => !spans.Any(s => s.Start < c.End && c.Start < s.End));
        // Positions are tracked by index: linking "near" cues replaces candidates with updated copies.
        var all = given.Select((c, i) => (Candidate: c, Given: i)).Concat(context.Select(c => (Candidate: c, Given: -1)))
            .OrderBy(x => x.Candidate.Start).ToList();
        var candidates = all.Select(x => x.Candidate).ToList();
        SpatialCues.LinkNear(candidates, text);
        var resolved = resolver.Resolve(candidates, text);
        var result = new ResolvedToponym[given.Count];
        for (var k = 0; k < all.Count; k++)
        {
            if (all[k].Given >= 0)
            {
                result[all[k].Given] = resolved[k];
            }
        }

        return result;
    }

    /// <summary>Recognizes toponyms without resolving them.</summary>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Stops a long text.</param>
    /// <returns>Candidates in text order.</returns>
    public IReadOnlyList<ToponymCandidate> FindCandidates(string text, CancellationToken cancellationToken = default) =>
        recognizer.Recognize(text, cancellationToken);
}
