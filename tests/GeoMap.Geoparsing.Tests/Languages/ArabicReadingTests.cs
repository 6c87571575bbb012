using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;
using GeoMap.Geoparsing.Tests.Extraction;

namespace GeoMap.Geoparsing.Tests.Languages;

/// <summary>Arabic movement reading, one table per phenomenon: verbs by tense, attached prepositions, verb-first subjects, sentences.</summary>
public class ArabicReadingTests
{
    private static readonly Place Homs = new() { GeonameId = 11, Name = "Homs", CountryCode = "SY", Lon = 36.72, Lat = 34.73 };
    private static readonly Place Hama = new() { GeonameId = 12, Name = "Hama", CountryCode = "SY", Lon = 36.75, Lat = 35.13 };
    private static readonly Place Latakia = new() { GeonameId = 13, Name = "Latakia", CountryCode = "SY", Lon = 35.78, Lat = 35.52 };

    // Surfaces as the recognizer gives them: the name without a clitic written before it (و، ب، ل).
    private static readonly (string, Place)[] Places = [("حمص", Homs), ("حماة", Hama), ("اللاذقية", Latakia)];

    [Theory]
    [InlineData("أرسلت القوات الروسية 500 جندي من حمص إلى حماة.", MovementStatus.Completed, MovementKind.Deployment)]
    [InlineData("تنسحب القوات الروسية من حمص إلى حماة.", MovementStatus.UnderWay, MovementKind.Withdrawal)]
    [InlineData("ستنقل القوات الروسية 500 جندي من حمص إلى حماة.", MovementStatus.Planned, MovementKind.Deployment)]
    [InlineData("ومن المقرر أن تنتقل القوات الروسية من حمص إلى حماة.", MovementStatus.Planned, MovementKind.Deployment)]
    [InlineData("بدأت القوات الروسية الانسحاب من حمص إلى حماة.", MovementStatus.UnderWay, MovementKind.Withdrawal)]
    [InlineData("وتقدمت القوات الروسية من حمص نحو حماة.", MovementStatus.Completed, MovementKind.Advance)]
    public void The_tense_gives_the_status_and_the_verb_the_kind(string text, MovementStatus status, MovementKind kind)
    {
        var movement = Assert.Single(Read(text));
        Assert.Equal(status, movement.Status);
        Assert.Equal(kind, movement.Kind);
        Assert.Equal("Homs", movement.Origin?.Name);
        Assert.Equal("Hama", movement.Destination?.Name);
    }

    [Theory]
    [InlineData("وصلت القوات الروسية إلى حماة قادمة من حمص.")]              // arrived in Hama coming from Homs
    [InlineData("عبرت القوات الروسية الطريق قادمة من حمص، ودخلت حماة يوم السبت.")] // crossed the road coming from Homs, and entered Hama
    public void Coming_from_a_place_tells_where_from_not_that_the_way_goes_on(string text)
    {
        var movement = Assert.Single(Read(text));
        Assert.Equal(MovementStatus.Completed, movement.Status);
        Assert.Equal("Homs", movement.Origin?.Name);
        Assert.Equal("Hama", movement.Destination?.Name);
    }

    [Theory]
    [InlineData("عبرت القوات الروسية قرب حمص ودخلت حماة.", "Hama")]        // and entered Hama
    [InlineData("تحركت القوات الروسية قرب حمص ووصلت حماة.", "Hama")]       // and reached Hama
    public void A_verb_of_entering_with_its_conjunction_makes_its_object_the_destination(string text, string destination)
    {
        var movement = Assert.Single(Read(text));
        Assert.Equal(destination, movement.Destination?.Name);
    }

    [Theory]
    [InlineData("أرسلت روسيا 500 جندي لحماة.", "Hama")]
    [InlineData("أرسلت روسيا 500 جندي إلى حماة وحمص.", "Hama")]
    [InlineData("نقلت روسيا 500 جندي إلى معسكرات في اللاذقية.", "Latakia")]
    public void A_preposition_written_onto_the_name_gives_its_role(string text, string destination)
    {
        var movement = Assert.Single(Read(text));
        Assert.Equal(destination, movement.Destination?.Name);
    }

    [Theory]
    [InlineData("دارت معارك قرب حماة. وانسحبت القوات الروسية من المدينة فجر اليوم.", "Hama", null)]   // from the city
    [InlineData("دارت معارك قرب حماة. وتقدمت القوات الروسية نحو المدينة.", null, "Hama")]  // towards the city
    public void The_town_is_the_latest_town_named_before(string text, string? origin, string? destination)
    {
        var movement = Assert.Single(Read(text));
        Assert.Equal(origin, movement.Origin?.Name);
        Assert.Equal(destination, movement.Destination?.Name);
    }

    [Fact]
    public void A_sentence_that_counts_the_force_just_moved_gives_its_strength() =>
        Assert.Equal(230, Assert.Single(Read("انسحبت القوات الروسية من حمص إلى حماة. ويبلغ عددها نحو 230 جندي.")).Strength?.Min);

    [Fact]
    public void The_mover_follows_the_verb()
    {
        var movement = Assert.Single(Read("انسحب الجيش الروسي من حمص، وفق مصادر أمنية سورية."));
        Assert.Equal("RU", movement.ActorCountry);
        Assert.Equal("Homs", movement.Origin?.Name);
    }

    [Fact]
    public void Leaving_bases_in_a_city_makes_it_the_origin()
    {
        var movement = Assert.Single(Read("ومن المقرر أن تغادر القوات الروسية قواعدها في اللاذقية بحلول نهاية العام."));
        Assert.Equal("Latakia", movement.Origin?.Name);
        Assert.Null(movement.Destination);
        Assert.Equal(MovementStatus.Planned, movement.Status);
    }

    [Fact]
    public void A_dot_ends_a_sentence_before_an_arabic_word()
    {
        // Two sentences: the tanks of the second do not make the first a movement of tanks, nor take its actor away.
        var movements = Read("انسحب الجيش الروسي من حمص. وقال شهود إن الدبابات تراجعت شرقا.");
        var movement = Assert.Single(movements);
        Assert.Equal("RU", movement.ActorCountry);
    }

    [Fact]
    public void Thousands_give_no_number()
    {
        var movement = Assert.Single(Read("أرسلت روسيا آلاف الجنود إلى حماة."));
        Assert.Null(movement.Strength);
    }

    private static IReadOnlyList<Movement> Read(string text) =>
        new ReportAnalyzer(Fixtures.Curated, new ClitickedFinder(Places)).Analyze(text, new DateTimeOffset(2025, 3, 14, 8, 0, 0, TimeSpan.Zero), "ar").Movements;

    // A surface is found wherever it ends a word, whatever clitic is written before it.
    private sealed class ClitickedFinder((string Surface, Place Place)[] places) : IMentionFinder
    {
        public IReadOnlyList<Mention> Find(string text, string? language, CancellationToken cancellationToken)
        {
            var found = new List<Mention>();
            foreach (var (surface, place) in places)
            {
                for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + surface.Length, StringComparison.Ordinal))
                {
                    var end = at + surface.Length;
                    if (end == text.Length || !char.IsLetter(text[end]))
                    {
                        found.Add(new Mention(surface, at, end, place, 0.9));
                    }
                }
            }

            return [.. found.OrderBy(m => m.Start)];
        }
    }
}
