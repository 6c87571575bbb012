using GeoMap.Core.Time;

namespace GeoMap.Geoparsing.Extraction.Dates;

/// <summary>A time expression found in a sentence, resolved to a period.</summary>
/// <param name="Period">The resolved period, with the precision the words allow.</param>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="NextToken">Index one past the last token.</param>
/// <param name="Text">The words as written.</param>
public sealed record DateMatch(Period Period, int FirstToken, int NextToken, string Text);
