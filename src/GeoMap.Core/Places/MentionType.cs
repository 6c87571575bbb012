namespace GeoMap.Core.Places;

/// <summary>How a text uses a place name (the toponym types of the GeoWebNews taxonomy that GeoMap tells apart).</summary>
public enum MentionType
{
    /// <summary>The place itself: "troops reached Kupiansk", "flooding in Springfield".</summary>
    Literal = 0,

    /// <summary>A place named inside a longer name: "[Springfield] Police Department", "R-[Westfield]", "a [U.S.]-led coalition".</summary>
    Embedded = 1,

    /// <summary>A demonym standing for its country: "the [Malaysian] government" is a mention of Malaysia, not a place visited.</summary>
    Demonym = 2,

    /// <summary>A place name standing for a body that acts or rules rather than for the place: "the [EU] said", "[EU] rules",
    /// against the territory in "countries in the [EU]".</summary>
    Metonymic = 3,
}
