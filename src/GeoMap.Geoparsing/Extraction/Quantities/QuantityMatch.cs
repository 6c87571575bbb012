using GeoMap.Core.Movements;

namespace GeoMap.Geoparsing.Extraction.Quantities;

/// <summary>A head count found in a sentence.</summary>
/// <param name="Strength">The count or range, with the words the report used.</param>
/// <param name="FirstToken">Index of the first token, cue words included.</param>
/// <param name="NextToken">Index one past the last token.</param>
public sealed record QuantityMatch(Strength Strength, int FirstToken, int NextToken);
