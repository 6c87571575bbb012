namespace GeoMap.Geoparsing.Languages.Dutch;

/// <summary>Dutch function words, for detection only: a report in Dutch is found unsupported.</summary>
internal static class DutchProfile
{
    /// <summary>The Dutch detection profile.</summary>
    public static DetectionProfile Profile { get; } = new("nl", ["de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "met", "voor", "zijn", "niet", "aan", "ook", "werd", "naar", "door", "bij", "uit", "worden", "wordt", "maar", "om", "nog", "heeft", "hebben", "deze", "tot", "die", "er", "als", "over", "zich", "volgens"]);
}
