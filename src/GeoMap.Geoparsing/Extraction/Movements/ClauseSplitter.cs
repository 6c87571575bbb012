using GeoMap.Geoparsing.Extraction.Tokens;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Extraction.Movements;

/// <summary>A clause of a sentence: a range of its tokens.</summary>
/// <param name="First">Index of the first token.</param>
/// <param name="Next">Index one past the last token.</param>
/// <param name="Relative">True when a relative pronoun opens it ("who arrived in Kursk").</param>
/// <param name="HoleFirst">First token of a relative clause set inside this one between commas, left out of it; -1 when none.</param>
/// <param name="HoleNext">One past the last token of that relative clause.</param>
/// <param name="SharesSubject">
/// True when the clause follows a verb with a connective ending ("…철수했다가, 이달 …에 다시 배치됐다"): without a subject of its own,
/// its subject is the one of the clause before.
/// </param>
internal readonly record struct Clause(int First, int Next, bool Relative, int HoleFirst = -1, int HoleNext = -1, bool SharesSubject = false)
{
    /// <summary>The token indices of the clause, without its hole.</summary>
    public IEnumerable<int> Indices()
    {
        for (var k = First; k < Next; k++)
        {
            if (k < HoleFirst || k >= HoleNext)
            {
                yield return k;
            }
        }
    }
}

/// <summary>Splits a sentence into the clauses that can each state a movement of their own.</summary>
/// <remarks>
/// <para>A new clause starts after a semicolon, after a verb with a connective ending and a comma in languages that end
/// clauses that way (<see cref="LanguageRules.ClauseEndings"/>: Korean "보냈고,"), at a conjunction that opens a clause with its own subject
/// (<see cref="LanguageRules.ClauseOpeners"/>: "while", "tandis que") and at a relative pronoun
/// (<see cref="LanguageRules.RelativeOpeners"/>: "who", "où", "donde"). Commas alone do not split: a reporting
/// clause (", the agency said,"), an apposition or a participle ("flying out of Bamako") belongs to the movement
/// it comments on.</para>
/// <para>A relative clause takes its antecedent with it when that is a counted force ("between 11,000 and 12,000
/// North Korean soldiers who had arrived there"): the count, the demonym and the unit are the subject of the
/// relative clause, not the object of the clause before.</para>
/// </remarks>
internal static class ClauseSplitter
{
    // "In Libya, where Moscow backs …, it may station …": a relative clause right after a phrase too short to be a clause of
    // its own interrupts the main clause, whose verb comes after it; splitting there would cut the verb from its place.
    private const int MinimumMainClause = 4;

    /// <summary>The clauses of <paramref name="tokens"/> from <paramref name="from"/> on, in order, none empty.</summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="from">First token to read (after a dateline).</param>
    /// <param name="rules">The language.</param>
    /// <param name="antecedentStart">
    /// Given the index of a relative pronoun, the first token of the counted force right before it, or the pronoun's
    /// own index when none stands there.
    /// </param>
    public static List<Clause> Split(IReadOnlyList<Token> tokens, int from, LanguageRules rules, Func<int, int> antecedentStart)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(antecedentStart);
        var m = rules.Match;
        var starts = new List<(int At, bool Relative, bool Short)> { (from, false, false) };
        var connected = new HashSet<int>();
        for (var i = from + 1; i < tokens.Count; i++)
        {
            if (tokens[i].Text == ";")
            {
                starts.Add((i + 1, false, false));
            }
            else if (tokens[i].Text == "," && EndsClause(tokens[i - 1], rules))
            {
                // "…을 러시아에 보냈고, 올해 …", "…로 철수했다가, 이달 …": a verb with a connective ending and a comma ends its clause.
                starts.Add((i + 1, false, false));
                connected.Add(i + 1);
            }
            else if (m.ClauseOpeners.MatchAt(tokens, i) is { } opener)
            {
                starts.Add((i, false, false));
                i = opener.Next - 1;
            }
            else if (m.RemainderOpeners.MatchAt(tokens, i) is { } rest)
            {
                // "…, остальные вернулись в Россию": the rest of the force before, as the subject of a clause of its own.
                starts.Add((i, true, false));
                i = rest.Next - 1;
            }
            else if (m.RelativeOpeners.MatchAt(tokens, i) is { } relative && (i - starts[^1].At >= MinimumMainClause
                || ((tokens[i].Text == "," || tokens[i - 1].Text == ",") && m.Prepositions.MatchAt(tokens, starts[^1].At) is null)))
            {
                // After a phrase too short to be a clause, a relative clause is kept apart only when it sits inside the main
                // clause between commas, after its subject ("La Minusma, qui …, a quitté …"), not after a place it
                // qualifies ("In Libya, where …"); otherwise it joins the clause again below.
                var start = Math.Max(antecedentStart(i), starts[^1].At + 1);
                starts.Add((start, true, i - starts[^1].At < MinimumMainClause));
                i = relative.Next - 1;
            }
        }

        starts.RemoveAll(s => s.At >= tokens.Count);
        var clauses = new List<Clause>(starts.Count);
        var shortMain = new List<bool>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var first = starts[k].At;
            var next = k + 1 < starts.Count ? starts[k + 1].At : tokens.Count;
            if (next > first)
            {
                clauses.Add(new Clause(first, next, starts[k].Relative, SharesSubject: connected.Contains(first)));
                shortMain.Add(starts[k].Short);
            }
        }

        for (var k = 1; k < clauses.Count; k++)
        {
            var inside = Embedded(tokens, clauses[k - 1], clauses[k], rules);
            if (inside is null && shortMain[k])
            {
                clauses[k - 1] = clauses[k - 1] with { Next = clauses[k].Next };
                clauses.RemoveAt(k);
                shortMain.RemoveAt(k);
                k--;
            }
            else if (inside is { } close)
            {
                var main = clauses[k - 1];
                var relative = clauses[k];
                clauses[k - 1] = main with { Next = relative.Next, HoleFirst = relative.First, HoleNext = close + 1 };
                clauses[k] = relative with { Next = close };
            }
        }

        return clauses;
    }

    // "Les chars Abrams, dont les premiers ont été livrés en décembre, doivent être acheminés …", "Burundian soldiers, who had
    // fought beside the army, withdrew to Uvira": a relative clause between commas, after a subject that has no verb yet and
    // before a movement verb, sits inside the main clause, whose subject and verb are on either side of it. Returns the index of
    // the comma that closes the relative clause, or null when it does not sit inside.
    private static int? Embedded(IReadOnlyList<Token> tokens, Clause main, Clause relative, LanguageRules rules)
    {
        // At least one word of subject before the comma, whether the comma opens the relative clause (Russian ", чьи", so a
        // one-word subject counts: "Бурунди, чьи войска …, пообещало направить …") or stands before its pronoun ("who").
        var opensAtComma = relative.Relative && tokens[relative.First].Text == ",";
        if (!relative.Relative || main.Relative || (opensAtComma ? relative.First : relative.First - 1) - main.First < 1)
        {
            return null;
        }

        if (!opensAtComma && tokens[relative.First - 1].Text != ",")
        {
            return null;
        }

        var close = -1;
        for (var k = relative.First + (opensAtComma ? 1 : 0); k < relative.Next; k++)
        {
            if (tokens[k].Text == ",")
            {
                close = k;
                break;
            }
        }

        var m = rules.Match;
        return close > relative.First + 1 && close + 1 < relative.Next
            && m.MovementVerbs.FindAll(tokens, main.First, relative.First).Count == 0
            && m.MovementVerbs.FindAll(tokens, close + 1, relative.Next).Count > 0
            ? close
            : null;
    }

    private static bool EndsClause(Token word, LanguageRules rules) =>
        word.Kind == TokenKind.Word && rules.ClauseEndings.Any(e => word.Norm.Length > e.Length + 1 && word.Norm.EndsWith(e, StringComparison.Ordinal));
}
