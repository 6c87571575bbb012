namespace GeoMap.Geoparsing.Resolution;

/// <summary>The weights of the resolver's score; the defaults were tuned on public English corpora (see bench/geoparse).</summary>
public sealed record ResolverWeights
{
    /// <summary>Weight of log-population (normalized to [0, 1] at ten million).</summary>
    public double Population { get; init; } = 0.45;

    /// <summary>Weight of the feature-code prior (countries and capitals over villages).</summary>
    public double Prominence { get; init; } = 0.35;

    /// <summary>Weight of the document's country evidence.</summary>
    public double Country { get; init; } = 0.5;

    /// <summary>Bonus when the document names the candidate's first-level region.</summary>
    public double Admin1 { get; init; } = 0.35;

    /// <summary>Bonus when the document names the candidate's second-level area (its county, province or raion).</summary>
    public double Admin2 { get; init; } = 0.5;

    /// <summary>Weight of closeness to the other places of the document.</summary>
    public double Proximity { get; init; } = 0.35;

    /// <summary>Weight of closeness to the place an explicit <c>near</c> points to.</summary>
    public double Near { get; init; } = 1.0;

    /// <summary>Bonus for a region when a region word is attached (<c>Kursk region</c>).</summary>
    public double RegionWord { get; init; } = 0.7;

    /// <summary>Bonus for a country after <c>border with</c>.</summary>
    public double Border { get; init; } = 0.4;

    /// <summary>Bonus when the surface is the entry's primary name rather than one of its alternate names.</summary>
    public double PrimaryName { get; init; } = 0.12;

    /// <summary>Bonus for a place inside the region or country given in apposition (<c>Augusta, Maine</c>).</summary>
    public double Apposition { get; init; } = 1.0;

    /// <summary>Bonus for a place inside a first-level region named in the same sentence.</summary>
    public double SentenceRegion { get; init; } = 0.4;

    /// <summary>Bonus for a place inside a country named in the same sentence.</summary>
    public double SentenceCountry { get; init; } = 0.15;

    /// <summary>Penalty for a small town that bears the name of a country or a first-level region (Mexico, New York).</summary>
    public double AreaName { get; init; } = 1.0;

    /// <summary>Penalty for a town matched by an alternate name when another candidate bears the name as its own (Dnipro for "Novorossiisk").</summary>
    public double FormerName { get; init; } = 0.6;

    /// <summary>Bonus for the candidate at a position written in the same sentence (decays over 150 km).</summary>
    public double WrittenPosition { get; init; } = 1.5;

    /// <summary>Bonus for a place in a first-level region the document's other names lie in, times how firmly they do (see <c>DocumentContext</c>).</summary>
    public double DocumentAdmin1 { get; init; } = 0.4;

    /// <summary>Bonus for a place in a second-level area (county, province) the document's other names lie in, times how firmly they do.</summary>
    public double DocumentAdmin2 { get; init; } = 0.4;

    /// <summary>Bonus for a town lying in a county another name of the document may mean, and for that county, times the
    /// candidate's share of such pairs (see <c>CountyPairs</c>).</summary>
    public double CountyPair { get; init; } = 0.6;

    /// <summary>How sharply the prior decides which of its candidates a name stands for when it places the document in an area (inverse softmax temperature).</summary>
    public double AreaSharpness { get; init; } = 4;

    /// <summary>Distance scale in km for proximity.</summary>
    public double ProximityScaleKm { get; init; } = 400;
}
