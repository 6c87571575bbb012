using GeoMap.Geoparsing.Languages.Arabic;
using GeoMap.Geoparsing.Languages.Korean;
using GeoMap.Geoparsing.Tests.Gazetteer;

namespace GeoMap.Geoparsing.Tests.Recognition;

/// <summary>Names in scripts without capitals: Korean particles after a name, Arabic clitics and the article before it.</summary>
public class CaselessNameTests
{
    private static (string Surface, string Country)[] Korean(string text) =>
        [.. TestGazetteer.Recognizer.Recognize(text, KoreanRules.Rules).Select(m => (m.Surface, m.Place.CountryCode ?? ""))];

    private static (string Surface, string Country)[] Arabic(string text) =>
        [.. TestGazetteer.Recognizer.Recognize(text, ArabicRules.Rules).Select(m => (m.Surface, m.Place.CountryCode ?? ""))];

    public static TheoryData<string, string, string> KoreanParticles => new()
    {
        { "수송선이 어제 블라디보스토크로 들어갔다.", "블라디보스토크", "RU" },
        { "서울에서는 긴급 회의가 열렸다.", "서울", "KR" },
        { "증원 병력이 러시아에 도착했다.", "러시아", "RU" },
        { "우크라이나의 동부 전선은 조용했다.", "우크라이나", "UA" },
        { "대표단은 평양까지 기차로 갔다.", "평양", "KP" },
        { "함대는 부산항을 떠났다.", "부산항", "KR" },
        { "교전은 쿠르스크주에서 계속됐다.", "쿠르스크주", "RU" },
        { "구축함 두 척이 홍해로 향하고 있다.", "홍해", "" },
    };

    [Theory]
    [MemberData(nameof(KoreanParticles))]
    public void A_Korean_name_is_found_without_its_particles(string text, string surface, string country) =>
        Assert.Contains((surface, country), Korean(text));

    public static TheoryData<string> KoreanNotPlaces => new()
    {
        "러시아 국방부는 성명을 발표하지 않았다.",
        "기자가 수도에서 질문했다.",
        "남부와 동부의 해안에서 훈련이 있었다.",
        "이스라엘 언론에 따르면 협상이 재개됐다.",
    };

    [Theory]
    [MemberData(nameof(KoreanNotPlaces))]
    public void Korean_ordinary_words_and_attributive_names_are_not_places(string text) =>
        Assert.Empty(Korean(text));

    public static TheoryData<string, string, string> ArabicClitics => new()
    {
        { "وصلت التعزيزات إلى الموصل صباحا.", "الموصل", "IQ" },
        { "اندلعت اشتباكات بالموصل.", "الموصل", "IQ" },
        { "زار الوفد دمشق وبغداد.", "بغداد", "IQ" },
        { "أرسلت المساعدات لسوريا.", "سوريا", "SY" },
        { "عادت القافلة من الخرطوم.", "الخرطوم", "SD" },
        { "وصلت السفن إلى البحر الأحمر.", "البحر الأحمر", "" },
        { "تحركت القوات في قطاع غزة.", "قطاع غزة", "PS" },
    };

    [Theory]
    [MemberData(nameof(ArabicClitics))]
    public void An_Arabic_name_is_found_without_its_clitics(string text, string surface, string country) =>
        Assert.Contains((surface, country), Arabic(text));

    [Fact]
    public void The_contracted_article_after_li_still_finds_the_name() =>
        Assert.Contains(Arabic("قدمت الدول دعما للعراق."), m => m.Country == "IQ");

    public static TheoryData<string> ArabicNotPlaces => new()
    {
        "قال مصدر في الحكومة يوم الخميس إن الاجتماع انتهى.",
        "وأضاف أن الليل كان هادئا في البلاد.",
        "نقلت وكالة الأنباء عن رئيس الوزراء قوله.",
    };

    [Theory]
    [MemberData(nameof(ArabicNotPlaces))]
    public void Arabic_function_words_and_common_nouns_are_not_places(string text) =>
        Assert.Empty(Arabic(text));

    [Fact]
    public void Without_a_language_the_bare_names_are_still_found() =>
        Assert.Contains(TestGazetteer.Recognizer.Recognize("서울 평양"), m => m.Place.CountryCode == "KP");
}

/// <summary>Reports in Korean and Arabic are told apart from each other and from the Latin-script languages.</summary>
public class CaselessLanguageDetectionTests
{
    public static TheoryData<string, string> Reports => new()
    {
        { "국방부는 이날 병력 일부를 남쪽으로 이동시켰다고 밝혔다. 현재 추가 배치는 없는 것으로 알려졌다.", "ko" },
        { "قال المتحدث إن الجيش نقل وحدات من الشمال إلى الجنوب خلال الأسبوع، وأضاف أن العملية انتهت.", "ar" },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_language_of_a_caseless_report_is_detected(string text, string code) =>
        Assert.Equal(code, GeoMap.Geoparsing.Analysis.LanguageDetector.Detect(text));
}
