namespace GeoMap.Geoparsing.Languages;

/// <summary>
/// A language GeoMap recognises but does not read: its most frequent function words, so that a report in it is
/// reported as unsupported instead of being taken for a supported language that shares a few of its words
/// (Dutch "de", "in", "en", "die"; Portuguese "que", "para", "no").
/// </summary>
/// <param name="Code">ISO 639-1 code.</param>
/// <param name="FunctionWords">Its most frequent function words, as written.</param>
/// <remarks>A profile lives in its language's folder like any language's words; register it in <see cref="LanguageCatalog"/>.</remarks>
internal sealed record DetectionProfile(string Code, IReadOnlyList<string> FunctionWords);
