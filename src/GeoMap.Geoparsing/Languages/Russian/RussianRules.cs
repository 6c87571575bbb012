using GeoMap.Core.Movements;

namespace GeoMap.Geoparsing.Languages.Russian;

/// <summary>The Russian words: function words, abbreviations, numbers, months, weekdays and the case endings of place names.</summary>
public static class RussianRules
{
    /// <summary>The Russian rule set.</summary>
    public static LanguageRules Rules { get; } = new()
    {
        Code = "ru",
        Stopwords = ["и", "в", "во", "не", "что", "на", "с", "со", "как", "а", "но", "по", "из", "к", "у", "за", "от", "о", "об", "для", "это", "его",
            "её", "их", "был", "была", "были", "было", "также", "который", "которая", "которые", "которых", "уже", "после", "при", "более",
            "будет", "будут", "чтобы", "или", "еще", "ещё", "этом", "этого", "года", "году", "заявил", "сообщил", "словам", "тысяч"],
        Abbreviations = ["г", "гг", "тыс", "млн", "млрд", "ул", "обл", "им", "ген", "см", "т", "е", "др", "пр", "чел", "км", "ст", "пос", "дер",
            "янв", "фев", "февр", "мар", "апр", "авг", "сент", "окт", "нояб", "дек"],
        NumberWords = new Dictionary<string, int>
        {
            ["один"] = 1, ["одна"] = 1, ["одно"] = 1, ["одного"] = 1, ["два"] = 2, ["две"] = 2, ["двух"] = 2, ["три"] = 3, ["трех"] = 3,
            ["четыре"] = 4, ["четырех"] = 4, ["пять"] = 5, ["пяти"] = 5, ["шесть"] = 6, ["шести"] = 6, ["семь"] = 7, ["семи"] = 7,
            ["восемь"] = 8, ["восьми"] = 8, ["девять"] = 9, ["девяти"] = 9, ["десять"] = 10, ["десяти"] = 10, ["одиннадцать"] = 11,
            ["двенадцать"] = 12, ["тринадцать"] = 13, ["четырнадцать"] = 14, ["пятнадцать"] = 15, ["шестнадцать"] = 16,
            ["семнадцать"] = 17, ["восемнадцать"] = 18, ["девятнадцать"] = 19, ["двадцать"] = 20, ["двадцати"] = 20, ["тридцать"] = 30,
            ["тридцати"] = 30, ["сорок"] = 40, ["сорока"] = 40, ["пятьдесят"] = 50, ["пятидесяти"] = 50, ["шестьдесят"] = 60,
            ["семьдесят"] = 70, ["восемьдесят"] = 80, ["девяносто"] = 90,
        },
        ScaleWords = new Dictionary<string, int>
        {
            ["сто"] = 100, ["ста"] = 100, ["тысяча"] = 1000, ["тысячи"] = 1000, ["тысяч"] = 1000, ["тысячу"] = 1000, ["тыс"] = 1000,
            ["миллион"] = 1_000_000, ["миллиона"] = 1_000_000, ["миллионов"] = 1_000_000, ["млн"] = 1_000_000,
        },
        NumberJoiners = ["и"],
        Months = new Dictionary<string, int>
        {
            ["январь"] = 1, ["января"] = 1, ["январе"] = 1, ["февраль"] = 2, ["февраля"] = 2, ["феврале"] = 2, ["март"] = 3, ["марта"] = 3,
            ["марте"] = 3, ["апрель"] = 4, ["апреля"] = 4, ["апреле"] = 4, ["май"] = 5, ["мая"] = 5, ["мае"] = 5, ["июнь"] = 6,
            ["июня"] = 6, ["июне"] = 6, ["июль"] = 7, ["июля"] = 7, ["июле"] = 7, ["август"] = 8, ["августа"] = 8, ["августе"] = 8,
            ["сентябрь"] = 9, ["сентября"] = 9, ["сентябре"] = 9, ["октябрь"] = 10, ["октября"] = 10, ["октябре"] = 10,
            ["ноябрь"] = 11, ["ноября"] = 11, ["ноябре"] = 11, ["декабрь"] = 12, ["декабря"] = 12, ["декабре"] = 12,
        },
        Weekdays = new Dictionary<string, DayOfWeek>
        {
            ["понедельник"] = DayOfWeek.Monday, ["понедельника"] = DayOfWeek.Monday, ["вторник"] = DayOfWeek.Tuesday, ["вторника"] = DayOfWeek.Tuesday,
            ["среда"] = DayOfWeek.Wednesday, ["среду"] = DayOfWeek.Wednesday, ["среды"] = DayOfWeek.Wednesday, ["четверг"] = DayOfWeek.Thursday,
            ["четверга"] = DayOfWeek.Thursday, ["пятница"] = DayOfWeek.Friday, ["пятницу"] = DayOfWeek.Friday, ["пятницы"] = DayOfWeek.Friday,
            ["суббота"] = DayOfWeek.Saturday, ["субботу"] = DayOfWeek.Saturday, ["субботы"] = DayOfWeek.Saturday,
            ["воскресенье"] = DayOfWeek.Sunday, ["воскресенья"] = DayOfWeek.Sunday,
        },
        PlacePrepositions = new Dictionary<string, PlaceRole>
        {
            ["из"] = PlaceRole.Origin, ["со стороны"] = PlaceRole.Origin, ["от"] = PlaceRole.Origin,
            ["через"] = PlaceRole.Via, ["транзитом через"] = PlaceRole.Via,
            ["в"] = PlaceRole.Destination, ["во"] = PlaceRole.Destination, ["на"] = PlaceRole.Destination, ["к"] = PlaceRole.Destination,
            ["до"] = PlaceRole.Destination, ["в направлении"] = PlaceRole.Destination, ["в сторону"] = PlaceRole.Destination,
            ["под"] = PlaceRole.Near, ["возле"] = PlaceRole.Near, ["около"] = PlaceRole.Near, ["у"] = PlaceRole.Near, ["вблизи"] = PlaceRole.Near,
        },
        StatusCues = new Dictionary<string, MovementStatus>
        {
            ["направят"] = MovementStatus.Planned, ["планирует*"] = MovementStatus.Planned, ["планируют"] = MovementStatus.Planned,
            ["намерен*"] = MovementStatus.Planned, ["будут переброшены"] = MovementStatus.Planned, ["будут направлены"] = MovementStatus.Planned,
            ["отправит"] = MovementStatus.Planned, ["перебросит"] = MovementStatus.Planned, ["разместит"] = MovementStatus.Planned,
            ["выводит"] = MovementStatus.UnderWay, ["перебрасывает"] = MovementStatus.UnderWay, ["перебрасывают"] = MovementStatus.UnderWay,
            ["направляются"] = MovementStatus.UnderWay, ["движутся"] = MovementStatus.UnderWay, ["стягивает"] = MovementStatus.UnderWay,
            ["стягивают"] = MovementStatus.UnderWay, ["выдвигаются"] = MovementStatus.UnderWay,
            ["переброшен*"] = MovementStatus.Completed, ["перебросил*"] = MovementStatus.Completed, ["направил*"] = MovementStatus.Completed,
            ["отправил*"] = MovementStatus.Completed, ["прибыл*"] = MovementStatus.Completed, ["вывел*"] = MovementStatus.Completed,
            ["выведен*"] = MovementStatus.Completed, ["покинул*"] = MovementStatus.Completed, ["развернут*"] = MovementStatus.Completed,
            ["развернул*"] = MovementStatus.Completed, ["доставлен*"] = MovementStatus.Completed, ["передислоцирован*"] = MovementStatus.Completed,
            ["вошл*"] = MovementStatus.Completed, ["пересекл*"] = MovementStatus.Completed,
        },
        Units = new Dictionary<string, (string, int)>
        {
            ["бригад*"] = ("brigade", 2), ["батальон*"] = ("battalion", 2), ["полк*"] = ("regiment", 2), ["дивизи*"] = ("division", 2),
            ["военнослужащих"] = ("soldiers", 1), ["солдат"] = ("soldiers", 1), ["военных"] = ("soldiers", 1), ["войск*"] = ("troops", 1),
            ["морпех*"] = ("marines", 3), ["десантник*"] = ("paratroopers", 3), ["наемник*"] = ("mercenaries", 2), ["бойц*"] = ("fighters", 1),
        },
        Modes = new Dictionary<string, TransportMode>
        {
            ["эшелон*"] = TransportMode.Rail, ["по железной дороге"] = TransportMode.Rail, ["поезд*"] = TransportMode.Rail,
            ["самолет*"] = TransportMode.Air, ["по воздуху"] = TransportMode.Air, ["авиацией"] = TransportMode.Air,
            ["корабл*"] = TransportMode.Sea, ["по морю"] = TransportMode.Sea, ["судах"] = TransportMode.Sea,
            ["колонн*"] = TransportMode.Road, ["автоколонн*"] = TransportMode.Road, ["пешком"] = TransportMode.Foot,
        },
        SourceOpeners = ["по данным", "по словам", "по информации", "как сообщает", "согласно"],
        ReportingVerbs = ["заявил*", "сообщил*", "сообщает", "сообщают", "отметил*", "подтвердил*", "утверждает"],
        NameNouns = ["область", "области", "областью", "край", "края", "крае", "краем", "район", "района", "районе", "республика", "республики",
            "республике", "республику", "море", "моря", "морем", "пролив", "пролива", "проливе", "озеро", "озера", "озере", "залив", "залива", "заливе"],
        Morphology = new WordForms
        {
            // Endings of the oblique cases back to the nominative. Nouns: masculine in a consonant
            // (Курска, Курску, Курском, Курске → Курск), feminine in -а/-я (Москвы, Москве, Москву, Москвой →
            // Москва; России, Россию, Россией → Россия), soft-sign nouns (Керчи → Керчь), -ий/-ай names
            // (Крыма; края, крае → край). Adjectives of two-word names (Курскую, Курской → Курская;
            // Краснодарском, Краснодарского → Краснодарский; Северной → Северная).
            Suffixes =
            [
                ("а", ["", "о"]), ("у", ["", "а"]), ("е", ["", "а", "о", "й", "ь"]), ("ом", [""]), ("ем", ["ь", "й", ""]),
                ("ы", ["а"]), ("и", ["а", "ь", "я"]), ("ой", ["а", "ая"]), ("ою", ["а"]), ("ю", ["я", "ь"]), ("ей", ["я", "ь"]), ("я", ["й", "ь"]),
                ("ии", ["ия"]), ("ию", ["ия"]), ("ией", ["ия"]), ("ью", ["ь"]),
                ("ую", ["ая"]), ("ая", ["ая"]), ("ого", ["ий", "ый", "ой"]), ("ому", ["ий", "ый", "ой"]), ("ом", ["ий", "ый"]), ("ым", ["ый"]), ("им", ["ий"]),
                ("ей", ["яя"]), ("юю", ["яя"]),
            ],
        },
    };
}
