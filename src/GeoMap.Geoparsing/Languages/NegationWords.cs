namespace GeoMap.Geoparsing.Languages;

/// <summary>
/// A language's words of negation: what says that a movement did not, does not or will not happen ("did not move", "n'ont
/// pas été déployés", "wurden nicht verlegt", "no troops", "refused to send"). One list per language, read by one scoping
/// rule (<c>Extraction.Movements.NegationScope</c>).
/// </summary>
/// <remarks>
/// <para>A negator negates a movement only when it bears on the movement verb itself: the words between the two must all be
/// <see cref="Bridges"/> (auxiliaries, modals, clitics, adverbs, "to": "will not be sent", "ne se sont pas retirés"), so a
/// negation of another verb ("did not say where they moved", "n'a jamais reconnu l'envoi") or in another clause leaves the
/// movement alone. A <see cref="Denials"/> verb is a negator too ("refused to send", "denied sending"), and a negated denial
/// ("did not deny sending") negates nothing.</para>
/// <para>Phrases are matched like every lexicon (folded, a trailing <c>*</c> for any ending).</para>
/// </remarks>
public sealed record NegationWords
{
    /// <summary>No negation words: nothing is read as negated.</summary>
    public static NegationWords None { get; } = new();

    /// <summary>
    /// Words before a verb that negate it ("not", "never", "didn't", "ne", "n'", "no", "non", "nie", "не", "لم", "안"), and
    /// phrases that say no movement is intended ("no plans to", "no need to", "aucune intention de").
    /// </summary>
    public IReadOnlyList<string> Before { get; init; } = [];

    /// <summary>
    /// Words right after a verb that negate it, in languages that negate after the verb (Korean "보내지 않았다", did not send:
    /// "않*", "못*").
    /// </summary>
    public IReadOnlyList<string> After { get; init; } = [];

    /// <summary>
    /// Determiners that deny the force or the movement noun they open ("no troops", "aucun soldat", "keine Soldaten",
    /// "ningún soldado", "nessun militare", "żadnych żołnierzy", "ни один военный"): the force they name did not move.
    /// </summary>
    public IReadOnlyList<string> Determiners { get; init; } = [];

    /// <summary>
    /// Verbs by which someone refuses or denies a movement ("refused to", "denied", "ruled out", "a refusé de", "démenti",
    /// "se negó a", "ha escluso", "отказался", "رفض"): the schema has no status for a denied movement, so it is none; the
    /// denial of a denial ("did not deny sending") is no negation.
    /// </summary>
    public IReadOnlyList<string> Denials { get; init; } = [];

    /// <summary>
    /// Verbs by which someone refuses or denies a movement, in languages that put them after the verb or the movement noun
    /// (Korean "파병을 거부했다", refused to send troops).
    /// </summary>
    public IReadOnlyList<string> DenialsAfter { get; init; } = [];

    /// <summary>
    /// Words that may stand between a negator and the verb it negates: auxiliaries, modals and verbs of intent, reflexive and
    /// object clitics, adverbs, the infinitive's marker ("been", "going to", "plan to", "pas", "se", "été", "sido", "stati",
    /// "zostały", "были"). The language's articles are bridges as well ("n'est pas prévu le déploiement").
    /// </summary>
    public IReadOnlyList<string> Bridges { get; init; } = [];

    /// <summary>
    /// Phrases that start with a negator and negate nothing ("not only", "not far from", "non seulement", "nicht nur",
    /// "no solo", "non lontano da"); bounds of a number ("no more than") are the language's bound cues and are left out too.
    /// </summary>
    public IReadOnlyList<string> Exceptions { get; init; } = [];

    /// <summary>
    /// Words that, with a negator, say a movement has not happened <em>yet</em> ("not yet", "pas encore", "noch nicht",
    /// "todavía no", "non ancora", "jeszcze nie", "ещё не", "아직"): it is expected, so it is kept as planned.
    /// </summary>
    public IReadOnlyList<string> Yet { get; init; } = [];

    /// <summary>
    /// Conjunctions that join two clauses or two phrases ("and", "but", "et", "mais", "und", "aber", "sondern"): a negation
    /// on one side of one does not reach a verb on the other ("moved to Lithuania and not to Poland").
    /// </summary>
    public IReadOnlyList<string> Conjunctions { get; init; } = [];

    /// <summary>
    /// True where the negator stands in the middle of the clause, apart from a verb at its end or before its verb in second
    /// place (German "wurden nicht nach Litauen verlegt", "verlegt die Brigade nicht"): a negator anywhere in the verb's
    /// stretch of the clause (no comma, no conjunction between) negates it, unless the movement word is a noun.
    /// </summary>
    public bool MiddleField { get; init; }
}
