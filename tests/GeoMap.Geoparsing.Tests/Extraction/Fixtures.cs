using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;
using GeoMap.Geoparsing.Extraction.Curated;

namespace GeoMap.Geoparsing.Tests.Extraction;

/// <summary>Shared test data: the committed curated lexicons and a few hand-made places.</summary>
public static class Fixtures
{
    private static readonly Lazy<CuratedLexicons> LazyCurated = new(() => ReportAnalyzer.LoadCuratedLexicons());

    public static CuratedLexicons Curated => LazyCurated.Value;

    public static Place Ussuriysk { get; } = new() { GeonameId = 2014006, Name = "Ussuriysk", CountryCode = "RU", Lon = 131.95, Lat = 43.8 };

    public static Place Vladivostok { get; } = new() { GeonameId = 2013348, Name = "Vladivostok", CountryCode = "RU", Lon = 131.87, Lat = 43.11 };

    public static Place Kursk { get; } = new() { GeonameId = 538560, Name = "Kursk", CountryCode = "RU", Lon = 36.19, Lat = 51.73 };

    public static Place Minsk { get; } = new() { GeonameId = 625144, Name = "Minsk", CountryCode = "BY", Lon = 27.57, Lat = 53.9 };

    public static Place Brest { get; } = new() { GeonameId = 629634, Name = "Brest", CountryCode = "BY", Lon = 23.69, Lat = 52.1 };

    public static Place Sevastopol { get; } = new() { GeonameId = 694423, Name = "Sevastopol", CountryCode = "UA", Lon = 33.52, Lat = 44.6 };

    public static Place Novorossiysk { get; } = new() { GeonameId = 518255, Name = "Novorossiysk", CountryCode = "RU", Lon = 37.77, Lat = 44.72 };

    public static Place Rostov { get; } = new() { GeonameId = 501175, Name = "Rostov-on-Don", CountryCode = "RU", Lon = 39.71, Lat = 47.24 };

    public static Place Tartus { get; } = new() { GeonameId = 163345, Name = "Tartus", CountryCode = "SY", Lon = 35.89, Lat = 34.89 };

    public static Place Country(string code) => Curated.State(code)!.Place!;

    /// <summary>Every occurrence of each surface form, resolved to the given place.</summary>
    public static IReadOnlyList<Mention> Mentions(string text, params (string Surface, Place Place)[] places)
    {
        var found = new List<Mention>();
        foreach (var (surface, place) in places)
        {
            for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + surface.Length, StringComparison.Ordinal))
            {
                var end = at + surface.Length;
                var whole = (at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]));
                if (whole)
                {
                    found.Add(new Mention(surface, at, end, place, 0.9));
                }
            }
        }

        return [.. found.OrderBy(m => m.Start)];
    }
}

/// <summary>A place finder that knows a fixed list of surface forms, standing in for the gazetteer recognizer.</summary>
public sealed class HandMentionFinder(params (string Surface, Place Place)[] places) : IMentionFinder
{
    public IReadOnlyList<Mention> Find(string text, string? language, CancellationToken cancellationToken) => Fixtures.Mentions(text, places);
}
