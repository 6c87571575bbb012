using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Duplicates;

/// <summary>
/// A MinHash signature of a report's text, to recognise near-copies (a syndicated wire, small edits, another outlet's
/// rewrite) on ingest without comparing texts pairwise.
/// </summary>
/// <remarks>
/// The text is tokenized and folded with the one set of text rules (<see cref="Tokenizer"/>, <see cref="TextFolding"/>),
/// so case and accents do not matter, and punctuation is left out; its pairs of words and numbers (2-shingles) are the set compared. The estimated
/// Jaccard similarity of two texts is the share of the <see cref="Size"/> positions where their signatures agree.
/// For lookup the signature is cut into <see cref="Bands"/> bands of <see cref="Rows"/> values (locality-sensitive
/// hashing): two texts of similarity 0.5 share a band with probability 1 − (1 − 0.5²)³² ≈ 0.9999, two of 0.1 with
/// about 0.27, and the estimate then decides.
/// </remarks>
public sealed class ReportFingerprint
{
    /// <summary>Number of hash functions.</summary>
    public const int Size = 64;

    /// <summary>Values per band.</summary>
    public const int Rows = 2;

    /// <summary>Number of bands.</summary>
    public const int Bands = Size / Rows;

    private static readonly ulong[] Seeds = MakeSeeds();

    private ReportFingerprint(int[] signature)
    {
        Signature = signature;
    }

    /// <summary>The MinHash values (the low 32 bits of each minimum).</summary>
    public IReadOnlyList<int> Signature { get; }

    /// <summary>The fingerprint of a text; null when it has fewer than two words (nothing to compare).</summary>
    public static ReportFingerprint? Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Punctuation is not compared: a wire's comma is another outlet's dash.
        var words = Tokenizer.Tokenize(text).Where(t => t.Kind != TokenKind.Punctuation).Select(t => t.Norm).ToArray();
        if (words.Length < 2)
        {
            return null;
        }

        var minima = new ulong[Size];
        Array.Fill(minima, ulong.MaxValue);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var shingle = Hash(words[i], Hash(words[i + 1], 14695981039346656037UL));
            for (var k = 0; k < Size; k++)
            {
                var h = Mix(shingle ^ Seeds[k]);
                if (h < minima[k])
                {
                    minima[k] = h;
                }
            }
        }

        return new ReportFingerprint([.. minima.Select(m => unchecked((int)m))]);
    }

    /// <summary>A stored signature.</summary>
    public static ReportFingerprint FromSignature(IReadOnlyList<int> signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Count != Size)
        {
            throw new ArgumentException($"A signature has {Size} values, not {signature.Count}.", nameof(signature));
        }

        return new ReportFingerprint([.. signature]);
    }

    /// <summary>The estimated Jaccard similarity of the two texts' word pairs, 0 to 1.</summary>
    public double Similarity(ReportFingerprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var same = 0;
        for (var k = 0; k < Size; k++)
        {
            if (Signature[k] == other.Signature[k])
            {
                same++;
            }
        }

        return (double)same / Size;
    }

    /// <summary>
    /// The original this text copies among stored candidates (those sharing a band): the most similar at or above
    /// <paramref name="threshold"/>, as the first original (a copy of a copy copies the wire, not the outlet that ran it).
    /// </summary>
    /// <returns>The original report's id and the similarity, or null when no candidate is similar enough.</returns>
    public (long OriginalId, double Similarity)? OriginalAmong(IEnumerable<Core.Reports.ReportCandidate> candidates, double threshold)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var best = candidates
            .Select(c => (Candidate: c, Similarity: Similarity(FromSignature(c.MinHash))))
            .Where(x => x.Similarity >= threshold)
            .OrderByDescending(x => x.Similarity).ThenBy(x => x.Candidate.Id)
            .FirstOrDefault();
        return best.Candidate is { } original ? (original.CopyOfReportId ?? original.Id, best.Similarity) : null;
    }

    /// <summary>The band keys to look up and store: one 64-bit value per band, its index mixed in.</summary>
    public long[] BandKeys()
    {
        var keys = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var h = (ulong)b + 0x9E3779B97F4A7C15UL;
            for (var r = 0; r < Rows; r++)
            {
                h = Mix(h ^ (uint)Signature[(b * Rows) + r]);
            }

            keys[b] = unchecked((long)h);
        }

        return keys;
    }

    // FNV-1a over the characters, continuing from a seed.
    private static ulong Hash(string word, ulong seed)
    {
        var h = seed;
        foreach (var c in word)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return (h ^ ' ') * 1099511628211UL;
    }

    // SplitMix64's finalizer: a good 64-bit mix.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Size];
        var s = 0x2545F4914F6CDD1DUL;
        for (var k = 0; k < Size; k++)
        {
            s += 0x9E3779B97F4A7C15UL;
            seeds[k] = Mix(s);
        }

        return seeds;
    }
}
