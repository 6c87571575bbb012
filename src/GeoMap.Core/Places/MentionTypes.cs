namespace GeoMap.Core.Places;

/// <summary>The one spelling of <see cref="MentionType"/> in JSON and in the database: <c>literal</c>, <c>embedded</c>, <c>demonym</c>.</summary>
public static class MentionTypes
{
    /// <summary>The lower-case name of a mention type.</summary>
    /// <param name="type">The type.</param>
    /// <returns><c>literal</c>, <c>embedded</c> or <c>demonym</c>.</returns>
    public static string Name(MentionType type) => type switch
    {
        MentionType.Embedded => "embedded",
        MentionType.Demonym => "demonym",
        _ => "literal",
    };

    /// <summary>Reads a name written by <see cref="Name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The type.</returns>
    /// <exception cref="FormatException">An unknown name.</exception>
    public static MentionType Parse(string name) => name switch
    {
        "literal" => MentionType.Literal,
        "embedded" => MentionType.Embedded,
        "demonym" => MentionType.Demonym,
        _ => throw new FormatException($"'{name}' is not a mention type (literal, embedded, demonym)."),
    };
}
