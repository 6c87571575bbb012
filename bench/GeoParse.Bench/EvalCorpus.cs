using System.Text.Json;

namespace GeoParse.Bench;

/// <summary>A gold toponym of an evaluation document.</summary>
/// <param name="Start">UTF-16 start.</param>
/// <param name="End">UTF-16 end.</param>
/// <param name="Name">Surface.</param>
/// <param name="Lat">Gold latitude, NaN when not annotated.</param>
/// <param name="Lon">Gold longitude, NaN when not annotated.</param>
public sealed record GoldToponym(int Start, int End, string Name, double Lat, double Lon)
{
    /// <summary>Whether the toponym has coordinates.</summary>
    public bool HasCoordinates => !double.IsNaN(Lat) && !double.IsNaN(Lon);
}

/// <summary>An evaluation document.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Text">Text.</param>
/// <param name="Toponyms">Gold toponyms.</param>
public sealed record EvalDocument(string Id, string Text, IReadOnlyList<GoldToponym> Toponyms);

/// <summary>Reads the JSON-lines corpora of ../shared/eval.</summary>
public static class EvalCorpus
{
    /// <summary>Reads a corpus file.</summary>
    /// <param name="path">A .jsonl file.</param>
    /// <returns>Documents in file order.</returns>
    public static List<EvalDocument> Read(string path)
    {
        var docs = new List<EvalDocument>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var tops = new List<GoldToponym>();
            foreach (var t in root.GetProperty("toponyms").EnumerateArray())
            {
                tops.Add(new GoldToponym(
                    t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32(), t.GetProperty("name").GetString() ?? "",
                    Number(t, "lat"), Number(t, "lon")));
            }

            docs.Add(new EvalDocument(root.GetProperty("id").GetString() ?? "", root.GetProperty("text").GetString() ?? "", tops));
        }

        return docs;
    }

    private static double Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;
}
