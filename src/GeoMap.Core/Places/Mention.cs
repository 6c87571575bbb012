namespace GeoMap.Core.Places;

/// <summary>A place named in a text: the surface form, where it stands and what it resolved to.</summary>
/// <param name="Surface">The text exactly as written (<c>Oussouriisk</c>).</param>
/// <param name="Start">UTF-16 offset of the first character in the text.</param>
/// <param name="End">UTF-16 offset one past the last character.</param>
/// <param name="Place">The resolved gazetteer entry.</param>
/// <param name="Confidence">Between 0 and 1.</param>
/// <param name="Type">How the text uses the name: the place itself, a part of a longer name, a demonym. Only literal
/// mentions are places something happens at; the others say what a text is about.</param>
public sealed record Mention(string Surface, int Start, int End, Place Place, double Confidence, MentionType Type = MentionType.Literal)
{
    /// <summary>Length of the span in UTF-16 code units.</summary>
    public int Length => End - Start;
}
