using System.Globalization;
using System.Text;
using GeoMap.Core.Corroboration;
using GeoMap.Storage.Repositories;
using Npgsql;

namespace GeoMap.Bench.Corroboration;

/// <summary>How well the stored grouping and duplicate marks match the generator's truth.</summary>
internal sealed class Quality
{
    private readonly List<string> lines = [];

    public string Summary { get; private set; } = "";

    /// <summary>Every wrongly grouped tracked movement, its true movements and its independent claims with why each was linked.</summary>
    public List<string> Details { get; } = [];

    public static async Task<Quality> MeasureAsync(NpgsqlDataSource dataSource, Dictionary<long, GeneratedReport> stored, CancellationToken ct)
    {
        var q = new Quality();
        var claimMovement = new Dictionary<long, long>(); // report id -> tracked movement
        var reasons = new Dictionary<long, string>();
        await using (var command = dataSource.CreateCommand("SELECT report_id, movement_id, link_reason FROM claims"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                claimMovement[reader.GetInt64(0)] = reader.GetInt64(1);
                reasons[reader.GetInt64(0)] = reader.IsDBNull(2) ? "" : reader.GetString(2);
            }
        }

        var copyOf = new Dictionary<long, long?>();
        await using (var command = dataSource.CreateCommand("SELECT id, copy_of_report_id FROM reports"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                copyOf[reader.GetInt64(0)] = reader.IsDBNull(1) ? null : reader.GetInt64(1);
            }
        }

        var items = stored.Where(kv => claimMovement.ContainsKey(kv.Key)).Select(kv => (Report: kv.Value, Predicted: claimMovement[kv.Key], StoredId: kv.Key)).ToList();

        // Pairwise precision and recall over claims: a pair is "together" when both claims are in one tracked movement.
        string Pairwise(IEnumerable<(GeneratedReport Report, long Predicted, long StoredId)> set, out double precision, out double recall)
        {
            var list = set.ToList();
            static long Pairs(IEnumerable<int> sizes) => sizes.Sum(n => (long)n * (n - 1) / 2);
            var predicted = Pairs(list.GroupBy(x => x.Predicted).Select(g => g.Count()));
            var truth = Pairs(list.GroupBy(x => x.Report.Truth.Id).Select(g => g.Count()));
            var both = Pairs(list.GroupBy(x => (x.Predicted, x.Report.Truth.Id)).Select(g => g.Count()));
            precision = predicted == 0 ? 1 : (double)both / predicted;
            recall = truth == 0 ? 1 : (double)both / truth;
            return string.Create(CultureInfo.InvariantCulture,
                $"| {list.Count} | {list.Select(x => x.Report.Truth.Id).Distinct().Count()} | {list.Select(x => x.Predicted).Distinct().Count()} | {precision:F4} | {recall:F4} |");
        }

        q.lines.Add("### Grouping (pairwise, over claims)");
        q.lines.Add("");
        q.lines.Add("| Claims compared | Claims | True movements | Tracked movements | Precision | Recall |");
        q.lines.Add("|---|---:|---:|---:|---:|---:|");
        q.lines.Add("| all claims " + Pairwise(items, out var p, out var r));
        q.lines.Add("| claims of independent reports only (copies left out) " + Pairwise(items.Where(x => x.Report.Origin == "original"), out var pi, out var ri));
        q.lines.Add("");

        // Where precision is lost: pairs of claims of different movements grouped together, by how the later movement
        // was made; where recall is lost: true movements split over several tracked movements.
        var wrong = items.GroupBy(x => x.Predicted).SelectMany(g =>
            from a in g from b in g where a.Report.Truth.Id < b.Report.Truth.Id select b.Report.Truth.Relation == "fresh" && a.Report.Truth.Relation != "fresh" ? a.Report.Truth.Relation : b.Report.Truth.Relation)
            .GroupBy(x => x).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}: {g.Count()} pairs").ToList();
        var split = items.GroupBy(x => x.Report.Truth.Id).Where(g => g.Select(x => x.Predicted).Distinct().Count() > 1).ToList();
        q.lines.Add($"False merges (pairs of claims of different true movements in one tracked movement), by how the movements differ: {(wrong.Count == 0 ? "none" : string.Join("; ", wrong))}.");
        q.lines.Add("");
        q.lines.Add($"True movements split over several tracked movements: {split.Count} of {items.Select(x => x.Report.Truth.Id).Distinct().Count()} " +
            $"({string.Join("; ", split.GroupBy(g => g.First().Report.Truth.Relation).Select(g => $"{g.Key}: {g.Count()}"))}).");
        q.lines.Add("");

        // Details of every tracked movement holding claims of several true movements, for reading the errors.
        static string Truth(TrueMovement t) =>
            $"truth #{t.Id} {t.Relation}: {t.Side.Country} {t.Kind} {t.From?.City.Name ?? "-"} -> {t.To?.City.Name ?? "-"} {t.First:yyyy-MM-dd}..{t.Last:yyyy-MM-dd}";
        static string Said(GeneratedReport r) =>
            $"  report {r.Id} ({r.Origin}) truth #{r.Truth.Id}: {r.Claim.ActorCountry ?? "?"} {r.Claim.Kind} {r.Claim.Origin?.Name ?? "-"} -> {r.Claim.Destination?.Name ?? "-"} " +
            $"{r.Claim.Period.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"}..{r.Claim.Period.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""} published {r.Published:yyyy-MM-dd}";
        foreach (var g in items.GroupBy(x => x.Predicted).Where(g => g.Select(x => x.Report.Truth.Id).Distinct().Count() > 1))
        {
            q.Details.Add($"tracked movement {g.Key}:");
            q.Details.AddRange(g.Select(x => x.Report.Truth).Distinct().Select(t => "  " + Truth(t)));
            q.Details.AddRange(g.Where(x => x.Report.Origin == "original").Select(x => Said(x.Report) + " | " + reasons[x.StoredId]));
        }

        // Duplicates: a report marked as a copy should be a copy of the same original (or of a copy of it).
        var truthCopies = stored.Values.Where(x => x.Origin != "original").ToList();
        var predictedCopies = stored.Where(kv => copyOf.GetValueOrDefault(kv.Key) is not null).ToList();
        var rightCopies = predictedCopies.Count(kv => kv.Value.Origin != "original" && stored.TryGetValue(copyOf[kv.Key]!.Value, out var o) && (o.CopyOf ?? o.Id) == kv.Value.CopyOf);
        var falseCopies = predictedCopies.Count(kv => kv.Value.Origin == "original");
        double Recall(string origin) =>
            (double)stored.Count(kv => kv.Value.Origin == origin && copyOf.GetValueOrDefault(kv.Key) is not null) / Math.Max(1, stored.Values.Count(x => x.Origin == origin));
        var copyPrecision = predictedCopies.Count == 0 ? 1 : (double)rightCopies / predictedCopies.Count;
        var copyRecall = truthCopies.Count == 0 ? 1 : (double)rightCopies / truthCopies.Count;
        q.lines.Add("### Duplicate reports (MinHash)");
        q.lines.Add("");
        q.lines.Add("| Reports | True copies (syndicated / rewrites) | Marked copies | Right original | Independent reports marked as copies | Precision | Recall | Recall syndicated | Recall rewrites |");
        q.lines.Add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        q.lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {stored.Count} | {truthCopies.Count} ({truthCopies.Count(x => x.Origin == "syndicated")} / {truthCopies.Count(x => x.Origin == "rewrite")}) | {predictedCopies.Count} | {rightCopies} | {falseCopies} | {copyPrecision:F4} | {copyRecall:F4} | {Recall("syndicated"):F4} | {Recall("rewrite"):F4} |"));
        q.lines.Add("");

        // Source counts and strength flags of the tracked movements that hold exactly one true movement's claims.
        var movements = new MovementRepository(dataSource);
        var exact = items.GroupBy(x => x.Predicted).Where(g => g.Select(x => x.Report.Truth.Id).Distinct().Count() == 1)
            .Where(g => items.Count(x => x.Report.Truth.Id == g.First().Report.Truth.Id) == g.Count()).ToList();
        int sourcesRight = 0, sourcesOver = 0, sourcesUnder = 0, flagsExpected = 0, flagsRaised = 0, flagsFalse = 0;
        foreach (var g in exact)
        {
            var m = (await movements.GetAsync(g.Key, ct))!;
            var truthSources = g.Select(x => x.Report.SourceKey).Distinct().Count();
            var predictedSources = m.Corroboration!.SourceCount;
            if (predictedSources == truthSources)
            {
                sourcesRight++;
            }
            else if (predictedSources > truthSources)
            {
                sourcesOver++;
            }
            else
            {
                sourcesUnder++;
            }

            var strengths = g.Select(x => x.Report.Claim.Strength?.Representative).OfType<int>().ToList();
            var disagree = strengths.Count > 1 && strengths.Max() > strengths.Min() * new GroupingSettings().StrengthRatio;
            var flagged = m.Corroboration.Flags.Any(f => f.Kind == ContradictionKinds.Strength);
            flagsExpected += disagree ? 1 : 0;
            flagsRaised += disagree && flagged ? 1 : 0;
            flagsFalse += !disagree && flagged ? 1 : 0;
        }

        q.lines.Add("### Independent sources and contradictions");
        q.lines.Add("");
        q.lines.Add($"Of the {exact.Count} tracked movements that hold exactly the claims of one true movement: source count right {sourcesRight}, " +
            $"too high {sourcesOver} (a copy not recognised counts its outlet), too low {sourcesUnder}. Strength contradictions: {flagsRaised} of {flagsExpected} " +
            $"movements whose claimed strengths differ by more than the ratio are flagged, {flagsFalse} flagged without.");
        q.Summary = string.Create(CultureInfo.InvariantCulture, $"grouping P {p:F4} R {r:F4} (independent only P {pi:F4} R {ri:F4}); copies P {copyPrecision:F4} R {copyRecall:F4}");
        return q;
    }

    public string Markdown(int count, int seed, List<TrueMovement> movements, List<GeneratedReport> reports, int refused, double wall, double benchCpu, double pgCpu)
    {
        var sb = new StringBuilder();
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Stream: seed {seed}, {count} true movements ({string.Join(", ", movements.GroupBy(m => m.Relation).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} {g.Key}"))}), " +
            $"{reports.Count} reports ({reports.Count(x => x.Origin == "original")} independent, {reports.Count(x => x.Origin == "syndicated")} syndicated copies, " +
            $"{reports.Count(x => x.Origin == "rewrite")} rewrites), {reports.Count(x => x.Claim.Period.Start is null)} claims without dates, " +
            $"{reports.Count(x => x.Claim.Actor is null)} without an actor, {reports.Count(x => x.Claim.Kind == GeoMap.Core.Movements.MovementKind.Unknown)} without a kind. " +
            $"{refused} reports refused. Ingested one at a time into an empty database in {wall:F1} s wall ({benchCpu:F1} s bench CPU, {pgCpu:F1} s PostgreSQL CPU)."));
        sb.AppendLine();
        foreach (var line in lines)
        {
            sb.AppendLine(line);
        }

        return sb.ToString();
    }
}
