using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Geoparsing.Analysis;
using GeoMap.Geoparsing.Extraction.Dates;
using GeoMap.Geoparsing.Extraction.Quantities;
using GeoMap.Geoparsing.Languages;
using GeoMap.Geoparsing.Tests.Extraction;
using GeoMap.Geoparsing.Text;

namespace GeoMap.Geoparsing.Tests.Languages;

/// <summary>Korean movement reading, one table per phenomenon: numbers, counter dates, verb-final status and particles as roles.</summary>
public class KoreanReadingTests
{
    private static readonly LanguageRules Ko = LanguageCatalog.Find("ko")!;

    private static readonly Place Wonsan = new() { GeonameId = 1, Name = "Wonsan", CountryCode = "KP", Lon = 127.44, Lat = 39.15 };
    private static readonly Place Busan = new() { GeonameId = 2, Name = "Busan", CountryCode = "KR", Lon = 129.04, Lat = 35.1 };
    private static readonly Place Pyeongtaek = new() { GeonameId = 3, Name = "Pyeongtaek", CountryCode = "KR", Lon = 127.09, Lat = 36.99 };
    private static readonly Place Cairo = new() { GeonameId = 4, Name = "Cairo", CountryCode = "EG", Lon = 31.25, Lat = 30.06 };

    // Surfaces as the recognizer gives them: the name without the particle written onto it.
    private static readonly (string, Place)[] Places =
    [
        ("원산", Wonsan), ("블라디보스토크", Fixtures.Vladivostok), ("쿠르스크", Fixtures.Kursk), ("부산", Busan), ("평택", Pyeongtaek),
        ("카이로", Cairo), ("러시아", Fixtures.Country("RU")), ("일본", Fixtures.Country("JP")), ("중국", Fixtures.Country("CN")), ("대만", Fixtures.Country("TW")),
    ];

    [Theory]
    [InlineData("병력 1천500여 명이 도착했다", 1500, null)]
    [InlineData("장병 3천여 명을 보냈다", 3000, null)]
    [InlineData("요원 50여 명이 출발했다", 50, null)]
    [InlineData("1만2천 명을 파병했다", 12000, 12000)]
    [InlineData("약 4천500명이 이동했다", 4500, 4500)]
    [InlineData("주한미군 2만8천500명", 28500, 28500)]
    [InlineData("병사 1만 명을 보냈다", 10000, 10000)]
    [InlineData("병력 700명이 철수했다", 700, 700)]
    [InlineData("수천 명이 이동했다", null, null)]
    [InlineData("수만명의 병력", null, null)]
    public void Numbers_are_read_with_their_scale_words_and_the_odd_suffix(string text, int? min, int? max)
    {
        var q = Assert.Single(QuantityExtractor.Extract(text, Tokenizer.Tokenize(text), Ko));
        Assert.Equal(min, q.Strength.Min);
        Assert.Equal(max, q.Strength.Max);
    }

    [Theory]
    [InlineData("함정 4척이 이동했다")]
    [InlineData("15㎞를 이동했다")]
    [InlineData("2024년에 이동했다")]
    public void Ships_distances_and_years_are_not_head_counts(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var taken = DateExtractor.Extract(text, tokens, Ko, new DateOnly(2024, 10, 18))
            .SelectMany(d => Enumerable.Range(d.FirstToken, d.NextToken - d.FirstToken)).ToHashSet();
        Assert.Empty(QuantityExtractor.Extract(text, tokens, Ko, taken));
    }

    [Theory]
    [InlineData("2024-10-18", "이달 8일부터 13일까지", "2024-10-08", "2024-10-14")]
    [InlineData("2024-10-18", "10월 8일", "2024-10-08", "2024-10-09")]
    [InlineData("2024-10-18", "2023년 10월 8일", "2023-10-08", "2023-10-09")]
    [InlineData("2024-10-18", "8∼13일", "2024-10-08", "2024-10-14")]
    [InlineData("2024-10-18", "지난 21일", "2024-09-21", "2024-09-22")]
    [InlineData("2024-10-18", "12일", "2024-10-12", "2024-10-13")]
    [InlineData("2024-10-18", "오는 25일", "2024-10-25", "2024-10-26")]
    [InlineData("2024-10-18", "지난달 말", "2024-09-21", "2024-10-01")]
    [InlineData("2024-10-18", "이달 중순", "2024-10-11", "2024-10-21")]
    [InlineData("2024-10-18", "9월 초", "2024-09-01", "2024-09-11")]
    [InlineData("2025-06-18", "1∼2월에는", "2025-01-01", "2025-03-01")]
    [InlineData("2024-10-18", "지난달", "2024-09-01", "2024-10-01")]
    [InlineData("2024-10-18", "지난 주말", "2024-10-12", "2024-10-14")]
    [InlineData("2024-10-18", "주말에", "2024-10-12", "2024-10-14")]
    public void Counter_dates_resolve_against_publication(string published, string text, string start, string end)
    {
        var date = Assert.Single(DateExtractor.Extract(text, Tokenizer.Tokenize(text), Ko, DateOnly.Parse(published)));
        Assert.Equal(DateTimeOffset.Parse(start + "T00:00:00Z"), date.Period.Start);
        Assert.Equal(DateTimeOffset.Parse(end + "T00:00:00Z"), date.Period.End);
    }

    [Theory]
    [InlineData("16일부터", "2024-10-16", null)]
    [InlineData("다음 달 1일까지", null, "2024-11-02")]
    public void A_particle_opens_or_closes_the_period(string text, string? start, string? end)
    {
        var date = Assert.Single(DateExtractor.Extract(text, Tokenizer.Tokenize(text), Ko, new DateOnly(2024, 10, 18)));
        Assert.Equal(start is null ? null : DateTimeOffset.Parse(start + "T00:00:00Z"), date.Period.Start);
        Assert.Equal(end is null ? null : DateTimeOffset.Parse(end + "T00:00:00Z"), date.Period.End);
    }

    [Theory]
    [InlineData("북한은 병력 2천 명을 원산에서 블라디보스토크로 수송했다.", "Wonsan", "Vladivostok", MovementStatus.Completed, MovementKind.Deployment)]
    [InlineData("북한군은 병력을 태우고 블라디보스토크로 보냈다.", null, "Vladivostok", MovementStatus.Completed, MovementKind.Deployment)]
    [InlineData("러시아군 병력은 쿠르스크 일대에서 철수하고 있다.", "Kursk", null, MovementStatus.UnderWay, MovementKind.Withdrawal)]
    [InlineData("미군 병력 약 2천 명은 다음 달 부산을 떠나 평택으로 이동할 예정이다.", "Busan", "Pyeongtaek", MovementStatus.Planned, MovementKind.Deployment)]
    [InlineData("북한이 러시아에 병력 1만 명을 추가로 파병하기로 했다.", "North Korea", "Russia", MovementStatus.Planned, MovementKind.Deployment)]
    public void Particles_give_the_roles_and_the_last_verb_the_status(string text, string? origin, string? destination, MovementStatus status, MovementKind kind)
    {
        var movement = Assert.Single(Read(text));
        Assert.Equal(origin, movement.Origin?.Name);
        Assert.Equal(destination, movement.Destination?.Name);
        Assert.Equal(status, movement.Status);
        Assert.Equal(kind, movement.Kind);
    }

    [Fact]
    public void A_place_after_a_verb_of_passing_is_on_the_way()
    {
        var movement = Assert.Single(Read("미군 병력 약 2천 명이 부산을 거쳐 평택으로 이동했다."));
        Assert.Equal("Busan", Assert.Single(movement.Via).Name);
        Assert.Equal("Pyeongtaek", movement.Destination?.Name);
    }

    [Fact]
    public void A_name_ending_in_a_particles_letters_has_no_role_of_its_own()
    {
        // 카이로 (Cairo) ends in 로 ("to") but has no particle: it is not the destination; 블라디보스토크로 is.
        var movement = Assert.Single(Read("카이로 주재 대사관에 따르면 러시아는 병력 500명을 블라디보스토크로 이동시켰다."));
        Assert.Equal("Vladivostok", movement.Destination?.Name);
    }

    [Fact]
    public void A_connective_verb_and_a_comma_end_a_clause_and_a_dot_a_sentence()
    {
        // Two clauses, two movements; then a sentence of its own about something else.
        var movements = Read("북한은 병력 2천 명을 블라디보스토크로 보냈고, 병력 1천 명을 원산에서 쿠르스크로 추가로 파견했다. 현지 주민은 불안해했다.");
        Assert.Equal(2, movements.Count);
        Assert.Contains(movements, m => m.Destination?.Name == "Vladivostok" && m.Strength?.Min == 2000);
        Assert.Contains(movements, m => m.Destination?.Name == "Kursk" && m.Origin?.Name == "Wonsan" && m.Strength?.Min == 1000);
    }

    [Fact]
    public void A_second_clause_without_a_place_sends_its_troops_where_the_first_did()
    {
        // The destination is said once for both clauses: "sent 2,000 to Vladivostok, and in spring dispatched 1,000 more".
        var movements = Read("북한은 지난해 병력 2천 명을 블라디보스토크로 보냈고, 올해 봄에는 병력 1천 명을 추가로 파견했다.");
        Assert.Equal([2000, 1000], movements.Select(m => m.Strength?.Min));
        Assert.All(movements, m => Assert.Equal("Vladivostok", m.Destination?.Name));
    }

    [Fact]
    public void A_second_clause_that_sends_more_abroad_sends_them_from_home_as_the_first_did()
    {
        var movements = Read("북한은 지난해 병력 2천 명을 러시아에 보냈고, 올해 봄에는 병력 1천 명을 추가로 파견했다.");
        Assert.Equal([2000, 1000], movements.Select(m => m.Strength?.Min));
        Assert.All(movements, m => Assert.Equal(("North Korea", "Russia"), (m.Origin?.Name, m.Destination?.Name)));
    }

    [Theory]
    [InlineData("러시아 해군 함정 4척이 16일 블라디보스토크로 향하기 시작했다.", MovementKind.Transit)]   // began heading for
    [InlineData("러시아군 병력 2천 명이 쿠르스크로 국경을 넘었다.", MovementKind.Transit)]               // crossed the border to
    public void Heading_for_and_crossing_are_verbs_of_movement(string text, MovementKind kind)
    {
        var movement = Assert.Single(Read(text));
        Assert.Equal("RU", movement.ActorCountry);
        Assert.Equal(kind, movement.Kind);
    }

    [Fact]
    public void A_country_with_a_subject_particle_before_a_place_is_the_subject_not_a_locator()
    {
        // "러시아가 쿠르스크 지역에 …": the particle makes Russia the subject; a bare "러시아 쿠르스크" would only say where Kursk is.
        var movement = Assert.Single(Read("러시아가 쿠르스크 지역에 병력 500명을 보냈다."));
        Assert.Equal(("RU", "Kursk"), (movement.ActorCountry, movement.Destination?.Name));
    }

    [Fact]
    public void A_country_written_before_a_place_says_where_it_is_and_does_not_move()
    {
        var movement = Assert.Single(Read("미군 전투기 10여 대가 일본 원산 기지에서 부산 기지로 전개됐다."));
        Assert.Equal("US", movement.ActorCountry);
        Assert.Equal("Busan", movement.Destination?.Name);
    }

    [Theory]
    [InlineData("북한군 병력이 쿠르스크 완충지대에 배치됐다.")]
    [InlineData("북한군 병력이 쿠르스크 인근 지대로 이동했다.")]
    [InlineData("북한군 병력이 쿠르스크 남부 해안 지역으로 이동했다.")]
    [InlineData("북한군 전차 2대가 쿠르스크 마을에 들어왔다.")]
    public void A_zone_after_a_name_carries_its_particle(string text)
    {
        Assert.Equal(Fixtures.Kursk, Assert.Single(Read(text)).Destination);
    }

    [Theory]
    [InlineData("원산항에 정박해 있던 북한 함정들이 블라디보스토크로 이동했다.", "Wonsan", "Vladivostok")]
    [InlineData("부산에 주둔하던 미군 병력 500명이 평택으로 이동했다.", "Busan", "Pyeongtaek")]
    [InlineData("쿠르스크에 배치돼 있던 북한군 병력이 원산으로 철수했다.", "Kursk", "Wonsan")]
    [InlineData("미군 병력 500명이 부산에 도착해 평택으로 이동했다.", null, "Pyeongtaek")]
    public void Where_a_force_had_been_is_where_its_movement_starts(string text, string? origin, string destination)
    {
        var movement = Assert.Single(Read(text));
        Assert.Equal(origin, movement.Origin?.Name);
        Assert.Equal(destination, movement.Destination?.Name);
    }

    [Theory]
    [InlineData("미군 병력 500명이 부산(釜山)을 떠나 평택으로 이동했다.", "Busan", "Pyeongtaek")]         // a gloss between the name and its particle
    [InlineData("러시아 수송기 10여 대가 러시아 본토에서 블라디보스토크로 이동했다.", "Russia", "Vladivostok")] // the mainland carries the country's particle
    public void A_gloss_or_a_noun_of_territory_after_the_name_leaves_its_role_to_the_word_after(string text, string origin, string destination)
    {
        var movement = Assert.Single(Read(text));
        Assert.Equal(origin, movement.Origin?.Name);
        Assert.Equal(destination, movement.Destination?.Name);
    }

    [Theory]
    [InlineData("러시아군은 쿠르스크에서 원산으로 병력을 빼내고 있다.", MovementStatus.UnderWay)]
    [InlineData("러시아군은 쿠르스크에서 원산으로 병력을 빼냈다.", MovementStatus.Completed)]
    [InlineData("러시아군은 쿠르스크에서 원산으로 병력을 빼낼 예정이다.", MovementStatus.Planned)]
    public void Pulling_troops_out_is_a_withdrawal_whose_ending_tells_the_status(string text, MovementStatus status)
    {
        var movement = Assert.Single(Read(text));
        Assert.Equal(MovementKind.Withdrawal, movement.Kind);
        Assert.Equal(status, movement.Status);
        Assert.Equal((Fixtures.Kursk, Wonsan), (movement.Origin, movement.Destination));
    }

    [Theory]
    [InlineData("북한이 쿠르스크에 병력 3천 명을 보냈다.", "KP")]
    [InlineData("북한군 병력 3천 명이 쿠르스크로 이동했다.", null)]
    [InlineData("북한이 원산에서 쿠르스크로 병력 3천 명을 보냈다.", "KP")]
    public void A_state_that_sends_troops_abroad_sends_them_from_home_unless_a_place_says_whence(string text, string? origin)
    {
        var movement = Assert.Single(Read(text));
        Assert.Equal(Fixtures.Kursk, movement.Destination);
        Assert.Equal(origin, movement.Origin?.CountryCode);
        Assert.Equal(text.Contains("원산", StringComparison.Ordinal), movement.Origin == Wonsan);
    }

    [Theory]
    [InlineData("시리아민주군(SDF)이 원산에서 철수했다.", "SY")]
    [InlineData("해상자위대 호위함 2척이 부산으로 이동했다.", "JP")]
    public void Armed_forces_known_by_their_own_name_are_the_mover(string text, string country) =>
        Assert.Equal(country, Assert.Single(Read(text)).ActorCountry);

    [Fact]
    public void A_country_and_its_side_before_a_place_say_where_it_is()
    {
        var movement = Assert.Single(Read("미 육군 기갑여단전투단도 지난주 원산에서 장비를 하역한 뒤 철도로 러시아 동부 블라디보스토크까지 이동을 마쳤다."));
        Assert.Equal("US", movement.ActorCountry);
        Assert.Equal("Vladivostok", movement.Destination?.Name);
    }

    [Theory]
    [InlineData("중국 해군 함정들이 대만 남동부 해역으로 진입했다.")]
    [InlineData("중국 항공모함 전단은 지난 주말 대만 해역으로 진입했다.")]
    public void A_country_whose_waters_are_entered_is_the_destination_not_the_mover(string text)
    {
        var movement = Assert.Single(Read(text));
        Assert.Equal("CN", movement.ActorCountry);
        Assert.Equal("TW", movement.Destination?.CountryCode);
    }

    [Theory]
    [InlineData("북한 특수부대원 약 300명은 러시아군 보급로를 따라 쿠르스크로 이동했다.")]
    [InlineData("북한 병력 약 300명은 지난 5일 러시아군 진지 후방을 거쳐 쿠르스크로 이동했다.")]
    public void A_demonym_before_a_common_noun_qualifies_that_noun(string text)
    {
        Assert.Equal("KP", Assert.Single(Read(text)).ActorCountry);
    }

    [Theory]
    [InlineData("군은 수송기 2대와 병력 50여 명을 부산에서 출발시켜 카이로로 전개했다.", "Cairo")]
    [InlineData("군은 병력 50여 명을 카이로의 미군 기지로 전개했다.", "Cairo")]
    [InlineData("군이 병력 50여 명을 평택 미군 기지에 배치했다.", "Pyeongtaek")]
    public void The_military_alone_is_the_Korean_military_and_an_owner_may_stand_before_its_base(string text, string destination)
    {
        var movement = Assert.Single(Read(text));
        Assert.Equal("KR", movement.ActorCountry);
        Assert.Equal(destination, movement.Destination?.Name);
    }

    [Fact]
    public void The_number_of_a_unit_written_onto_its_name_is_not_a_head_count()
    {
        var q = Assert.Single(QuantityExtractor.Extract("707특수임무단 요원 50여 명", Tokenizer.Tokenize("707특수임무단 요원 50여 명"), Ko));
        Assert.Equal(50, q.Strength.Min);
    }

    [Theory]
    [InlineData("정부는 카이로에서 교민 40명을 무사히 철수시켰다.")]
    [InlineData("군은 원산에서 민간인 120명을 부산으로 이송했다.")]
    [InlineData("정부는 수송기를 보내 카이로에 머물던 교민 등 60명을 부산으로 데려왔다.")]
    public void Civilians_counted_after_their_noun_are_no_troops_and_their_evacuation_no_movement(string text) =>
        Assert.DoesNotContain(Read(text), m => m.Strength is { Min: not null });

    [Fact]
    public void Civilians_taken_out_alone_make_no_movement() =>
        Assert.Empty(Read("정부는 카이로에서 교민 40명을 무사히 철수시켰다."));

    [Fact]
    public void A_clause_after_a_withdrawal_that_sends_the_same_force_elsewhere_is_a_new_movement()
    {
        var movements = Read("러시아군이 쿠르스크에서 후방으로 철수했다가, 이달 들어 블라디보스토크로 다시 배치됐다.");
        Assert.Equal(2, movements.Count);
        Assert.Equal(Fixtures.Kursk, movements[0].Origin);
        Assert.Equal(MovementKind.Withdrawal, movements[0].Kind);
        Assert.Equal(Fixtures.Vladivostok, movements[1].Destination);
        Assert.Equal("RU", movements[1].ActorCountry);
    }

    [Fact]
    public void Agents_of_a_unit_are_personnel_that_move()
    {
        var movement = Assert.Single(Read("특임단 요원들은 부산을 거쳐 평택으로 복귀할 예정이다."));
        Assert.Equal(Pyeongtaek, movement.Destination);
        Assert.Equal(MovementStatus.Planned, movement.Status);
    }

    [Theory]
    [InlineData("러시아 국방부는 병력 2천 명을 이번 주 중 블라디보스토크로 이동시킬 예정이라고 17일 밝혔다.", "2024-10-14", "2024-10-21")]
    [InlineData("러시아 국방부는 병력 2천 명을 블라디보스토크로 이동시켰다고 17일 발표했다.", null, null)]
    [InlineData("러시아 병력 2천 명이 16일 블라디보스토크로 이동했다고 국방부가 17일 밝혔다.", "2024-10-16", "2024-10-17")]
    public void The_day_written_before_the_reporting_verb_is_the_statement_s(string text, string? start, string? end)
    {
        var movement = Assert.Single(Read(text));
        Assert.Equal(start is null ? null : DateTimeOffset.Parse(start + "T00:00:00Z"), movement.Period.Start);
        Assert.Equal(end is null ? null : DateTimeOffset.Parse(end + "T00:00:00Z"), movement.Period.End);
    }

    [Theory]
    [InlineData("러시아 병력 2천 명이 16일 블라디보스토크로 향하기 시작했다.", MovementStatus.UnderWay)]
    [InlineData("러시아 병력 2천 명이 17일 블라디보스토크로 이동을 개시했다.", MovementStatus.UnderWay)]
    [InlineData("러시아 병력 2천 명이 블라디보스토크로 이동을 시작할 예정이다.", MovementStatus.Planned)]
    public void A_movement_said_to_have_begun_is_under_way(string text, MovementStatus status) =>
        Assert.Equal(status, Assert.Single(Read(text)).Status);

    private static IReadOnlyList<Movement> Read(string text) =>
        new ReportAnalyzer(Fixtures.Curated, new AnyPositionFinder(Places)).Analyze(text, new DateTimeOffset(2024, 10, 18, 8, 0, 0, TimeSpan.Zero), "ko").Movements;

    // Korean writes particles onto names, so a surface is found wherever it starts a word, whatever follows it.
    private sealed class AnyPositionFinder((string Surface, Place Place)[] places) : IMentionFinder
    {
        public IReadOnlyList<Mention> Find(string text, string? language, CancellationToken cancellationToken)
        {
            var found = new List<Mention>();
            foreach (var (surface, place) in places)
            {
                for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + surface.Length, StringComparison.Ordinal))
                {
                    if (at == 0 || !char.IsLetter(text[at - 1]))
                    {
                        found.Add(new Mention(surface, at, at + surface.Length, place, 0.9));
                    }
                }
            }

            return [.. found.OrderBy(m => m.Start)];
        }
    }
}
