using GeoMap.Geoparsing.Text;
using GeoMap.Geoparsing.Extraction.Movements;
using GeoMap.Geoparsing.Extraction.Tokens;
using GeoMap.Geoparsing.Languages;

namespace GeoMap.Geoparsing.Tests.Extraction;

public class ActorAndPlaceRoleTests
{
    [Theory]
    [InlineData("des soldats nord-coréens", "KP")]
    [InlineData("les forces spéciales nord-coréennes", "KP")]
    [InlineData("North Korean troops", "KP")]
    [InlineData("des parachutistes russes", "RU")]
    [InlineData("Russian marines", "RU")]
    [InlineData("des militaires ukrainiens", "UA")]
    [InlineData("Ukrainian soldiers", "UA")]
    [InlineData("des instructeurs sud-coréens", "KR")]
    [InlineData("des ingénieurs militaires chinois", "CN")]
    [InlineData("des soldats biélorusses", "BY")]
    [InlineData("des conseillers iraniens", "IR")]
    [InlineData("Pyongyang", "KP")]
    [InlineData("Тайбэй направил", "TW")]
    [InlineData("Тайбей направив", "TW")]
    [InlineData("Tajpej wysłał", "TW")]
    [InlineData("la Corée du Nord", "KP")]
    [InlineData("le groupe Wagner", "RU")]
    [InlineData("Wagner mercenaries", "RU")]
    public void Names_and_demonyms_give_the_actor_country(string text, string country)
    {
        var tokens = Tokenizer.Tokenize(text);
        var match = Assert.Single(Fixtures.Curated.Actors.FindAll(tokens));
        Assert.Equal(country, match.Value.Actor.CountryCode);
    }

    [Theory]
    [InlineData("fr", "déployés dans la base militaire d'Oussouriisk", "Oussouriisk", PlaceRole.Destination)]
    [InlineData("fr", "envoyés vers Koursk", "Koursk", PlaceRole.Destination)]
    [InlineData("fr", "arrivés en Russie", "Russie", PlaceRole.Destination)]
    [InlineData("fr", "partis depuis Minsk", "Minsk", PlaceRole.Origin)]
    [InlineData("fr", "en passant par Orcha", "Orcha", PlaceRole.Via)]
    [InlineData("fr", "située près de Vladivostok", "Vladivostok", PlaceRole.Near)]
    [InlineData("fr", "vus près d'Orcha", "Orcha", PlaceRole.Near)]
    [InlineData("fr", "massés aux abords d'Avdiivka", "Avdiivka", PlaceRole.Near)]
    [InlineData("fr", "au départ du port de Tartous", "Tartous", PlaceRole.Origin)]
    [InlineData("en", "moved to the base at Ussuriysk", "Ussuriysk", PlaceRole.Destination)]
    [InlineData("en", "are already in the Kursk region", "Kursk", PlaceRole.Destination)]
    [InlineData("en", "sent from Minsk", "Minsk", PlaceRole.Origin)]
    [InlineData("en", "travelling via Orsha", "Orsha", PlaceRole.Via)]
    [InlineData("en", "through the port of Kerch", "Kerch", PlaceRole.Via)]
    [InlineData("en", "a base near Vladivostok", "Vladivostok", PlaceRole.Near)]
    public void Prepositions_give_the_place_its_role(string lang, string text, string place, PlaceRole role)
    {
        var tokens = Tokenizer.Tokenize(text);
        var index = tokens.FindIndex(t => t.Text == place);
        var hit = PlaceRoleFinder.RoleAt(tokens, index, LanguageCatalog.Find(lang)!);
        Assert.Equal(role, hit?.Role);
    }

    [Theory]
    [InlineData("fr", "la réaction de Séoul", "Séoul")]
    [InlineData("fr", "la base d'Oussouriisk", "Oussouriisk")]
    public void A_bare_french_de_is_only_a_weak_origin_or_nothing(string lang, string text, string place)
    {
        var tokens = Tokenizer.Tokenize(text);
        var hit = PlaceRoleFinder.RoleAt(tokens, tokens.FindIndex(t => t.Text == place), LanguageCatalog.Find(lang)!);
        Assert.True(hit is null || hit.Value.Weak, hit?.ToString());
    }
}
