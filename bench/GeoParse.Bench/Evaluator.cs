using GeoMap.Geoparsing.Recognition;

namespace GeoParse.Bench;

/// <summary>Scores the recognizer and resolver on one corpus.</summary>
/// <param name="places">The system under test.</param>
/// <param name="log">Receives one line per resolution error above 161 km, for error analysis; may be null.</param>
public sealed class Evaluator(PlaceRecognizer places, TextWriter? log)
{
    /// <summary>Evaluates a corpus.</summary>
    /// <param name="docs">Documents.</param>
    /// <param name="recognition">Whether the corpus annotates every toponym (false for WikToR: only resolution counts).</param>
    /// <param name="scope">The mention types the corpus annotates as toponyms (its guidelines differ: LGL counts demonyms, GeoVirus does not).</param>
    /// <returns>The metrics.</returns>
    public Metrics Evaluate(IReadOnlyList<EvalDocument> docs, bool recognition, IReadOnlySet<GeoMap.Core.Places.MentionType> scope)
    {
        var m = new Metrics();
        foreach (var doc in docs)
        {
            var gold = doc.Toponyms;
            var spans = gold.Select(t => (t.Start, t.End)).ToList();
            var resolved = places.ResolveSpans(doc.Text, spans);
            for (var i = 0; i < gold.Count; i++)
            {
                if (!gold[i].HasCoordinates)
                {
                    continue;
                }

                var r = resolved[i];
                var err = r.Entry < 0 ? Metrics.MaxErrorKm
                    : Metrics.ErrorKm(places.Gazetteer[r.Entry].Lat, places.Gazetteer[r.Entry].Lon, gold[i].Lat, gold[i].Lon);
                m.AddGoldSpanError(err);
                var reachable = r.Candidate.Entries.Where(e => Metrics.ErrorKm(places.Gazetteer[e].Lat, places.Gazetteer[e].Lon, gold[i].Lat, gold[i].Lon) < 161).ToList();
                if (reachable.Count > 0)
                {
                    m.GoldSpanReachable++;
                }

                if (err >= 161 && log is not null)
                {
                    var right = reachable.Count > 0 ? places.Gazetteer[reachable[0]].ToString() : "";
                    log.WriteLine($"{doc.Id}\t{(reachable.Count > 0 ? "gold-span-fixable" : "gold-span")}\t{gold[i].Name}\t{(r.Entry < 0 ? "-" : places.Gazetteer[r.Entry].ToString())}\t{err:F0}\t{right}\t{r.Candidate.Entries.Length}");
                }
            }

            var found = places.Recognize(doc.Text).Where(f => scope.Contains(f.Type)).ToList();
            m.Predicted += recognition ? found.Count : 0;
            m.Gold += recognition ? gold.Count : 0;
            var used = new bool[found.Count];
            foreach (var g in gold)
            {
                var k = FindMatch(found, used, g, doc.Text);
                if (k < 0)
                {
                    if (recognition)
                    {
                        log?.WriteLine($"{doc.Id}\tmissed\t{g.Name}\t{Context(doc.Text, g.Start, g.End)}\t");
                    }

                    continue;
                }

                used[k] = true;
                if (found[k].Start == g.Start && found[k].End == g.End)
                {
                    m.ExactTruePositives++;
                }

                m.InexactTruePositives++;
                if (g.HasCoordinates)
                {
                    var err = Metrics.ErrorKm(found[k].Place.Lat, found[k].Place.Lon, g.Lat, g.Lon);
                    m.AddError(err);
                    if (err < 161)
                    {
                        m.StrictCorrect++;
                        log?.WriteLine($"{doc.Id}\tok\t{g.Name}\t{found[k].Place.Name} ({found[k].Place.Key}, {found[k].Place.Kind})\t{err:F0}");
                    }
                    else
                    {
                        var (lat, lon) = (found[k].Place.Lat, found[k].Place.Lon);
                        if (Metrics.ErrorKm(lat, lon, g.Lat, -g.Lon) < 161 || Metrics.ErrorKm(lat, lon, -g.Lat, g.Lon) < 161 || Metrics.ErrorKm(lat, lon, -g.Lat, -g.Lon) < 161)
                        {
                            m.SignSuspects++;
                        }

                        log?.WriteLine($"{doc.Id}\trecognised\t{g.Name}\t{found[k].Place.Name} ({found[k].Place.Key}, {found[k].Place.CountryCode})\t{err:F0}\t{found[k].Place.Lat:F3}\t{found[k].Place.Lon:F3}\t{g.Lat:F3}\t{g.Lon:F3}");
                    }
                }
            }

            if (recognition && log is not null)
            {
                for (var k = 0; k < found.Count; k++)
                {
                    if (!used[k])
                    {
                        log.WriteLine($"{doc.Id}\tfalse-positive\t{found[k].Surface}\t{found[k].Place.Name} ({found[k].Place.Key})\t{Context(doc.Text, found[k].Start, found[k].End)}");
                    }
                }
            }

            m.GoldWithCoordinates += gold.Count(g => g.HasCoordinates);
            if (!recognition)
            {
                m.Predicted = 0;
            }
        }

        if (!recognition)
        {
            m.ExactTruePositives = m.InexactTruePositives = 0;
        }

        return m;
    }

    private static string Context(string text, int start, int end)
    {
        var from = Math.Max(0, start - 30);
        var to = Math.Min(text.Length, end + 30);
        return (text[from..start] + "[" + text[start..end] + "]" + text[end..to]).ReplaceLineEndings(" ").Replace('\t', ' ');
    }

    private static int FindMatch(IReadOnlyList<GeoMap.Core.Places.Mention> found, bool[] used, GoldToponym g, string text)
    {
        var mid = (g.Start + g.End) / 2.0;
        var best = -1;
        for (var k = 0; k < found.Count; k++)
        {
            if (used[k])
            {
                continue;
            }

            if (found[k].Start == g.Start && found[k].End == g.End)
            {
                return k;
            }

            var fm = (found[k].Start + found[k].End) / 2.0;
            if (best < 0 && Math.Abs(fm - mid) < 10 && string.Equals(found[k].Surface, text[g.Start..g.End], StringComparison.OrdinalIgnoreCase))
            {
                best = k;
            }
        }

        return best;
    }
}
