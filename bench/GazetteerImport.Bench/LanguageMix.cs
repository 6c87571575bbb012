namespace GazetteerImport.Bench;

/// <summary>The languages of the synthetic alternateNamesV2.txt rows.</summary>
/// <remarks>
/// Rounded estimates of the real file's shape: a large share of rows carry no language, or one of
/// GeoNames' pseudo-languages (postal codes, Wikipedia links, Wikidata ids, airport and UN/LOCODE
/// codes), which the importer must skip cheaply; the rest spread over hundreds of languages, many in
/// scripts the gazetteer does not index.
/// </remarks>
internal static class LanguageMix
{
    public static readonly (string Language, double PerThousand)[] Languages =
    [
        ("", 220), ("post", 200), ("link", 120), ("wkdt", 70), ("en", 60), ("ru", 30), ("de", 25), ("fr", 25), ("es", 20),
        ("it", 15), ("pt", 15), ("nl", 15), ("pl", 15), ("uk", 10), ("sv", 10), ("cs", 8), ("tr", 8), ("fi", 6),
        ("ja", 15), ("zh", 15), ("ar", 15), ("ko", 10), ("fa", 10), ("he", 6), ("el", 6), ("hi", 6), ("ka", 4), ("hy", 4),
        ("unlc", 8), ("abbr", 3), ("iata", 2), ("icao", 2), ("faac", 1), ("piny", 1), ("fr_1793", 0.5), ("tcid", 0.5), ("phon", 0.5),
    ];

    /// <summary>First letter of the script a language's synthetic names are written in, for languages not written in Latin letters.</summary>
    public static char? ScriptStart(string language) => language switch
    {
        "ru" or "uk" => '\u0430',
        "ja" => '\u30a2',
        "zh" => '\u4e00',
        "ar" or "fa" => '\u0627',
        "ko" => '\uac00',
        "he" => '\u05d0',
        "el" => '\u03b1',
        "hi" => '\u0915',
        "ka" => '\u10d0',
        "hy" => '\u0561',
        _ => null,
    };

    public static WeightedTable<string> Table() => new(Languages.Select(l => (l.Language, l.PerThousand)));
}
