using GeoMap.Core.Movements;

namespace GeoMap.Geoparsing.Languages.English;

/// <summary>The English lexicons: numbers, dates, units, transport, status, sources and prepositions.</summary>
public static class EnglishRules
{
    /// <summary>The English rule set.</summary>
    public static LanguageRules Rules { get; } = new()
    {
        Code = "en",
        Stopwords = ["the", "and", "of", "to", "is", "in", "that", "was", "for", "with", "on", "as", "by", "have", "has", "were", "are", "from", "it", "said", "its", "their", "an", "at", "be", "this", "which", "after", "but", "not", "they", "been", "will", "would"],
        Abbreviations = ["Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Cpl", "Pvt", "Cmdr", "St", "Mt", "Ft", "Jr", "Sr",
            "Prof", "Gov", "Sen", "Rep", "Rev", "Cpt", "No", "vs", "approx", "est", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Corp", "Co", "Ltd"],
        NumberWords = new Dictionary<string, int>
        {
            ["one"] = 1, ["a"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
            ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
            ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
            ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        },
        ScaleWords = new Dictionary<string, int> { ["hundred"] = 100, ["thousand"] = 1000, ["million"] = 1_000_000 },
        NumberJoiners = ["and"],
        VagueQuantities = new Dictionary<string, (int?, int?)>
        {
            ["several thousand"] = (null, null), ["a few thousand"] = (null, null), ["thousands of"] = (null, null), ["tens of thousands of"] = (null, null),
            ["hundreds of thousands of"] = (null, null), ["several hundred"] = (null, null), ["a few hundred"] = (null, null), ["hundreds of"] = (null, null),
            ["dozens of"] = (null, null), ["several dozen"] = (null, null), ["a few dozen"] = (null, null), ["a handful of"] = (null, null),
        },
        UpperBoundCues = ["up to", "as many as", "at most", "no more than", "fewer than", "less than", "under"],
        LowerBoundCues = ["at least", "more than", "over", "no fewer than", "upwards of", "in excess of"],
        ApproximateCues = ["about", "around", "some", "approximately", "roughly", "nearly", "almost", "an estimated", "a total of", "close to"],
        RangeOpeners = ["between", "from"],
        RangeJoiners = ["and", "to", "-", "–", "through", "until"],
        NonCountUnits = ["%", "percent", "per cent", "$", "€", "£", "dollars", "dollar", "euros", "rubles", "roubles", "won", "km", "kilometres", "kilometers",
            "miles", "mile", "metres", "meters", "m", "years", "year", "months", "days", "hours", "minutes", "tons", "tonnes", "billion", "kg", "st", "nd", "rd", "th", "s"],
        Months = new Dictionary<string, int>
        {
            ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6,
            ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
            ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
        },
        Weekdays = new Dictionary<string, DayOfWeek>
        {
            ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday,
            ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
        },
        RelativeDays = new Dictionary<string, int> { ["yesterday"] = -1, ["the day before yesterday"] = -2, ["today"] = 0, ["tomorrow"] = 1, ["overnight"] = 0, ["this morning"] = 0, ["last night"] = -1 },
        SameDayPhrases = ["in the morning", "in the late morning", "in the early morning", "in the afternoon", "in the evening", "in the late evening",
            "at dawn", "at daybreak", "at noon", "at midday", "at nightfall", "at dusk", "later that day", "that morning", "that afternoon", "that evening",
            // Right after the event told.
            "shortly afterwards", "soon afterwards", "shortly afterward", "soon afterward",
            // The movement done for the event just told is on its day.
            "to do so", "for the operation"],
        RelativeWeeks = new Dictionary<string, int> { ["last week"] = -1, ["the past week"] = -1, ["the previous week"] = -1, ["this week"] = 0, ["next week"] = 1 },
        Weekends = new Dictionary<string, int> { ["weekend"] = 0, ["week-end"] = 0, ["last weekend"] = 0, ["next weekend"] = 1, ["this weekend"] = 0 },
        RelativeMonths = new Dictionary<string, int> { ["last month"] = -1, ["this month"] = 0, ["next month"] = 1 },
        RelativeYears = new Dictionary<string, int> { ["last year"] = -1, ["this year"] = 0, ["next year"] = 1, ["of last year"] = -1, ["of this year"] = 0, ["of next year"] = 1 },
        MonthParts = new Dictionary<string, MonthPart>
        {
            ["early"] = MonthPart.Early, ["the beginning of"] = MonthPart.Early, ["the start of"] = MonthPart.Early, ["mid"] = MonthPart.Mid,
            ["mid-"] = MonthPart.Mid, ["the middle of"] = MonthPart.Mid, ["late"] = MonthPart.Late, ["the end of"] = MonthPart.Late,
            ["the first week of"] = MonthPart.FirstWeek, ["the last week of"] = MonthPart.LastWeek, ["the final week of"] = MonthPart.LastWeek,
            ["the first half of"] = MonthPart.FirstHalf, ["the second half of"] = MonthPart.SecondHalf, ["the latter half of"] = MonthPart.SecondHalf,
        },
        Units = new Dictionary<string, (string, int)>
        {
            ["special forces"] = ("special forces", 3), ["special operations forces"] = ("special forces", 3), ["commandos"] = ("special forces", 3),
            ["marines"] = ("marines", 3), ["naval infantry"] = ("marines", 3), ["paratroopers"] = ("paratroopers", 3), ["airborne troops"] = ("airborne troops", 3),
            ["brigade*"] = ("brigade", 2), ["battalion*"] = ("battalion", 2), ["regiment*"] = ("regiment", 2), ["division"] = ("division", 2), ["corps"] = ("corps", 2),
            ["divisions"] = ("division", 2), ["company"] = ("company", 2), ["contingent*"] = ("contingent", 1), ["mercenaries"] = ("mercenaries", 2),
            ["reservists"] = ("reservists", 2), ["conscripts"] = ("conscripts", 2), ["military engineers"] = ("military engineers", 3),
            ["instructors"] = ("instructors", 2), ["military advisers"] = ("military advisers", 3), ["advisers"] = ("advisers", 1), ["advisors"] = ("advisers", 1), ["soldiers"] = ("soldiers", 1), ["troops"] = ("troops", 1), ["servicemen"] = ("soldiers", 1),
            ["military personnel"] = ("personnel", 1), ["units"] = ("units", 0), ["warships"] = ("warships", 1), ["ships"] = ("ships", 0),
            ["fighter jets"] = ("fighter jets", 1), ["bombers"] = ("bombers", 1), ["aircraft carrier"] = ("warships", 1), ["carrier"] = ("warships", 0),
            ["frigate*"] = ("warships", 1), ["destroyer*"] = ("warships", 1), ["vehicles"] = ("vehicles", 0), ["peacekeepers"] = ("peacekeepers", 2),
            ["service members"] = ("soldiers", 1), ["sailors"] = ("sailors", 1), ["personnel"] = ("personnel", 0), ["fighters"] = ("fighters", 1), ["men"] = ("men", 0),
            ["forces"] = ("forces", 0), ["reinforcements"] = ("reinforcements", 0), ["tanks"] = ("tanks", 2), ["armoured vehicles"] = ("armoured vehicles", 2), ["armored vehicles"] = ("armoured vehicles", 2), ["army"] = ("army", 0), ["infantry"] = ("infantry", 1), ["border guards"] = ("border guards", 2), ["convoy"] = ("convoy", 0), ["convoys"] = ("convoy", 0), ["column"] = ("column", 0), ["columns"] = ("column", 0), ["batteries"] = ("batteries", 1), ["battery"] = ("batteries", 1), ["patrol ship*"] = ("warships", 1), ["patrol vessel*"] = ("warships", 1), ["patrol boat*"] = ("warships", 1), ["submarine*"] = ("warships", 1), ["corvette*"] = ("warships", 1),
        },
        Modes = new Dictionary<string, TransportMode>
        {
            ["ship*"] = TransportMode.Sea, ["vessel*"] = TransportMode.Sea, ["boat*"] = TransportMode.Sea, ["ferry"] = TransportMode.Sea, ["ferries"] = TransportMode.Sea,
            ["by sea"] = TransportMode.Sea, ["landing ship*"] = TransportMode.Sea, ["sealift"] = TransportMode.Sea,
            ["train"] = TransportMode.Rail, ["trains"] = TransportMode.Rail, ["by train"] = TransportMode.Rail, ["rail"] = TransportMode.Rail, ["railway"] = TransportMode.Rail, ["railroad"] = TransportMode.Rail, ["by rail"] = TransportMode.Rail,
            ["aircraft"] = TransportMode.Air, ["airlift*"] = TransportMode.Air, ["airlifted"] = TransportMode.Air, ["plane"] = TransportMode.Air, ["planes"] = TransportMode.Air, ["by air"] = TransportMode.Air,
            ["flights"] = TransportMode.Air, ["flown"] = TransportMode.Air, ["helicopter*"] = TransportMode.Air,
            ["truck*"] = TransportMode.Road, ["lorries"] = TransportMode.Road, ["convoy*"] = TransportMode.Road, ["by road"] = TransportMode.Road,
            ["buses"] = TransportMode.Road, ["column"] = TransportMode.Road, ["columns"] = TransportMode.Road, ["vehicles"] = TransportMode.Road,
            ["on foot"] = TransportMode.Foot,
            // A warship moves by sea, whatever its name ("aircraft carrier" is no aircraft); to fly or take off is to go by air.
            ["aircraft carrier*"] = TransportMode.Sea, ["carrier strike group*"] = TransportMode.Sea, ["warship*"] = TransportMode.Sea, ["frigate*"] = TransportMode.Sea,
            ["destroyer*"] = TransportMode.Sea, ["submarine*"] = TransportMode.Sea, ["fly"] = TransportMode.Air, ["flies"] = TransportMode.Air, ["flew"] = TransportMode.Air,
            ["flying"] = TransportMode.Air, ["took off"] = TransportMode.Air,
        },
        StatusCues = WithPerfectProgressive(new Dictionary<string, MovementStatus>
        {
            ["will"] = MovementStatus.Planned, ["is to"] = MovementStatus.Planned, ["are to"] = MovementStatus.Planned, ["due to"] = MovementStatus.Planned,
            ["scheduled to"] = MovementStatus.Planned, ["set to"] = MovementStatus.Planned, ["would"] = MovementStatus.Planned, ["planned"] = MovementStatus.Planned,
            ["plans"] = MovementStatus.Planned, ["are pulling"] = MovementStatus.UnderWay, ["is pulling"] = MovementStatus.UnderWay, ["are withdrawing"] = MovementStatus.UnderWay,
            ["is withdrawing"] = MovementStatus.UnderWay, ["are heading"] = MovementStatus.UnderWay, ["is heading"] = MovementStatus.UnderWay, ["falling back"] = MovementStatus.UnderWay,
            ["are crossing"] = MovementStatus.UnderWay, ["is crossing"] = MovementStatus.UnderWay, ["sailing"] = MovementStatus.UnderWay, ["advancing"] = MovementStatus.UnderWay,
            ["decided to"] = MovementStatus.Planned, ["will send"] = MovementStatus.Planned, ["will deploy"] = MovementStatus.Planned, ["will be*"] = MovementStatus.Planned,
            ["plans to"] = MovementStatus.Planned, ["planning to"] = MovementStatus.Planned, ["plan to"] = MovementStatus.Planned, ["intends to"] = MovementStatus.Planned, ["required to"] = MovementStatus.Planned, ["obliged to"] = MovementStatus.Planned, ["has until"] = MovementStatus.Planned, ["have until"] = MovementStatus.Planned,
            ["expected to"] = MovementStatus.Planned, ["preparing to"] = MovementStatus.Planned, ["prepares to"] = MovementStatus.Planned, ["would send"] = MovementStatus.Planned,
            ["agreed to"] = MovementStatus.Planned, ["pledged to"] = MovementStatus.Planned, ["to send"] = MovementStatus.Planned, ["to deploy"] = MovementStatus.Planned,
            // A passive in progress ("were being sent") is under way, though "were" alone tells a movement done.
            ["was being"] = MovementStatus.UnderWay, ["were being"] = MovementStatus.UnderWay, ["is being"] = MovementStatus.UnderWay, ["are being"] = MovementStatus.UnderWay,
            // A time still to come is a plan, whatever the tense ("troops move to the border in the coming days").
            ["in the coming days"] = MovementStatus.Planned, ["in the coming weeks"] = MovementStatus.Planned, ["in the coming months"] = MovementStatus.Planned,
            ["in coming days"] = MovementStatus.Planned, ["in coming weeks"] = MovementStatus.Planned, ["over the coming days"] = MovementStatus.Planned,
            ["over the coming weeks"] = MovementStatus.Planned, ["in the next few days"] = MovementStatus.Planned, ["in the next few weeks"] = MovementStatus.Planned,
            ["en route"] = MovementStatus.UnderWay, ["being*"] = MovementStatus.UnderWay, ["are moving"] = MovementStatus.UnderWay, ["is moving"] = MovementStatus.UnderWay,
            ["heading"] = MovementStatus.UnderWay, ["on their way"] = MovementStatus.UnderWay, ["on the way"] = MovementStatus.UnderWay, ["bound for"] = MovementStatus.UnderWay,
            ["under way"] = MovementStatus.UnderWay, ["underway"] = MovementStatus.UnderWay, ["in transit"] = MovementStatus.UnderWay,
            ["deploying"] = MovementStatus.UnderWay, ["are advancing"] = MovementStatus.UnderWay, ["moving"] = MovementStatus.UnderWay,
            ["have been*"] = MovementStatus.Completed, ["has been*"] = MovementStatus.Completed, ["were*"] = MovementStatus.Completed,
            ["arrived"] = MovementStatus.Completed, ["have arrived"] = MovementStatus.Completed, ["are already"] = MovementStatus.Completed,
            ["already in"] = MovementStatus.Completed, ["deployed"] = MovementStatus.Completed, ["sent"] = MovementStatus.Completed,
            ["moved"] = MovementStatus.Completed, ["transferred"] = MovementStatus.Completed, ["stationed"] = MovementStatus.Completed,
            ["landed"] = MovementStatus.Completed, ["crossed"] = MovementStatus.Completed, ["redeployed"] = MovementStatus.Completed,
            ["reached"] = MovementStatus.Completed, ["has flown"] = MovementStatus.Completed, ["have flown"] = MovementStatus.Completed,
            ["flew"] = MovementStatus.Completed, ["airlifted"] = MovementStatus.Completed, ["left"] = MovementStatus.Completed, ["withdrew"] = MovementStatus.Completed, ["are training in"] = MovementStatus.Completed, ["already training"] = MovementStatus.Completed,
        }),
        MovementVerbs = new Dictionary<string, MovementKind>
        {
            ["send"] = MovementKind.Deployment, ["sends"] = MovementKind.Deployment, ["sent"] = MovementKind.Deployment, ["sending"] = MovementKind.Deployment,
            ["deploy*"] = MovementKind.Deployment, ["redeploy*"] = MovementKind.Deployment, ["transfer*"] = MovementKind.Deployment, ["dispatch*"] = MovementKind.Deployment,
            ["move"] = MovementKind.Deployment, ["moves"] = MovementKind.Deployment, ["moved"] = MovementKind.Deployment, ["moving"] = MovementKind.Deployment,
            ["shipped"] = MovementKind.Deployment, ["ferried"] = MovementKind.Deployment, ["airlift*"] = MovementKind.Deployment, ["flown"] = MovementKind.Deployment,
            ["flew"] = MovementKind.Deployment, ["fly"] = MovementKind.Deployment, ["arriv*"] = MovementKind.Deployment, ["landed"] = MovementKind.Deployment,
            ["reinforc*"] = MovementKind.Deployment, ["relocat*"] = MovementKind.Deployment, ["reposition*"] = MovementKind.Deployment, ["rotat*"] = MovementKind.Deployment,
            ["transport*"] = MovementKind.Deployment, ["reached"] = MovementKind.Deployment, ["drive"] = MovementKind.Deployment, ["drove"] = MovementKind.Deployment,
            ["massed"] = MovementKind.Deployment, ["massing"] = MovementKind.Deployment, ["buildup"] = MovementKind.Deployment, ["build-up"] = MovementKind.Deployment,
            ["brought in"] = MovementKind.Deployment, ["bring in"] = MovementKind.Deployment,
            // Taken off the ship or aircraft that carried them, as French "débarqué": "Paldiski, where they were unloaded on Saturday".
            ["unloaded"] = MovementKind.Deployment, ["offloaded"] = MovementKind.Deployment, ["disembarked"] = MovementKind.Deployment,
            ["withdr*"] = MovementKind.Withdrawal, ["pull out"] = MovementKind.Withdrawal, ["pulls out"] = MovementKind.Withdrawal, ["pulled out"] = MovementKind.Withdrawal,
            ["pulling out"] = MovementKind.Withdrawal, ["pull back"] = MovementKind.Withdrawal, ["pulled back"] = MovementKind.Withdrawal, ["pulling back"] = MovementKind.Withdrawal,
            ["pull"] = MovementKind.Withdrawal, ["pulls"] = MovementKind.Withdrawal, ["pulled"] = MovementKind.Withdrawal, ["pulling"] = MovementKind.Withdrawal, ["pullout"] = MovementKind.Withdrawal, ["pull-out"] = MovementKind.Withdrawal, ["retreat*"] = MovementKind.Withdrawal,
            ["fell back"] = MovementKind.Withdrawal, ["falling back"] = MovementKind.Withdrawal, ["fall back"] = MovementKind.Withdrawal, ["left"] = MovementKind.Withdrawal,
            ["leave"] = MovementKind.Withdrawal, ["leaving"] = MovementKind.Withdrawal, ["evacuated"] = MovementKind.Withdrawal, ["return*"] = MovementKind.Withdrawal,
            ["repatriat*"] = MovementKind.Withdrawal, ["flying out"] = MovementKind.Withdrawal,
            ["advanc*"] = MovementKind.Advance, ["push*"] = MovementKind.Advance, ["infiltrat*"] = MovementKind.Advance, ["entered"] = MovementKind.Advance,
            ["enter"] = MovementKind.Advance, ["entering"] = MovementKind.Advance, ["incursion"] = MovementKind.Advance, ["ground operation"] = MovementKind.Advance,
            ["cross"] = MovementKind.Transit, ["crossed"] = MovementKind.Transit, ["crossing"] = MovementKind.Transit, ["heading"] = MovementKind.Transit,
            ["headed"] = MovementKind.Transit, ["heads"] = MovementKind.Transit, ["en route"] = MovementKind.Transit, ["on their way"] = MovementKind.Transit,
            ["sailed"] = MovementKind.Transit, ["sailing"] = MovementKind.Transit, ["sail"] = MovementKind.Transit, ["transit*"] = MovementKind.Transit,
            ["passed through"] = MovementKind.Transit, ["departed"] = MovementKind.Transit, ["departing"] = MovementKind.Transit, ["bound for"] = MovementKind.Transit,
            ["travelled"] = MovementKind.Transit, ["traveled"] = MovementKind.Transit, ["travelling"] = MovementKind.Transit, ["traveling"] = MovementKind.Transit,
        },
        DepartureVerbs = ["left", "departed", "sailed"],
        Inchoatives = ["has begun", "have begun", "had begun", "began", "has started", "have started", "started to", "began to", "is beginning", "are beginning"],
        SourceOpeners = ["according to", "citing", "cited by", "quoted by", "in the view of"],
        ReportingVerbs = ["said", "says", "reported", "reports", "stated", "claimed", "claims", "announced", "estimated", "estimates", "added",
            "told", "confirmed", "revealed", "assessed", "assesses", "warned", "believes", "detected"],
        ReactionCues = ["demanded", "demands", "called for", "calls for", "urged", "urges", "visit*", "summon*", "ambassador", "embassy", "condemn*", "denounc*", "criticiz*", "criticis*", "concern*", "sanction*",
            "protest*", "reassure",
            // A person who travels for talks or a summit makes a visit, not a movement of forces.
            "for talks", "to hold talks", "held talks", "for a summit", "to meet with"],
        PlacePrepositions = new Dictionary<string, PlaceRole>
        {
            // Where a force is based or operating is where a movement of it starts: "troops based at Fort Bragg will deploy to …".
            ["based at"] = PlaceRole.Origin, ["based in"] = PlaceRole.Origin, ["stationed at"] = PlaceRole.Origin, ["stationed in"] = PlaceRole.Origin,
            ["home base in"] = PlaceRole.Origin, ["home base at"] = PlaceRole.Origin, ["operating in"] = PlaceRole.Origin,
            // From the surroundings of a place is from that place, near enough: "pulled back from the outskirts of Kherson".
            ["from the outskirts of"] = PlaceRole.Origin, ["from the vicinity of"] = PlaceRole.Origin, ["from around"] = PlaceRole.Origin, ["from near"] = PlaceRole.Origin,
            ["from"] = PlaceRole.Origin, ["out of"] = PlaceRole.Origin, ["leaving"] = PlaceRole.Origin, ["leave"] = PlaceRole.Origin, ["left"] = PlaceRole.Origin, ["departed"] = PlaceRole.Origin, ["departing"] = PlaceRole.Origin,
            ["via"] = PlaceRole.Via, ["through"] = PlaceRole.Via, ["by way of"] = PlaceRole.Via, ["across"] = PlaceRole.Via, ["transiting"] = PlaceRole.Via,
            // A place reached or entered is the verb's object: "reached the port of Paldiski", "entered Khankendi".
            ["reached"] = PlaceRole.Destination, ["reach"] = PlaceRole.Destination, ["reaching"] = PlaceRole.Destination,
            ["entered"] = PlaceRole.Destination, ["enter"] = PlaceRole.Destination, ["entering"] = PlaceRole.Destination,
            ["to"] = PlaceRole.Destination, ["into"] = PlaceRole.Destination, ["towards"] = PlaceRole.Destination, ["toward"] = PlaceRole.Destination,
            ["in"] = PlaceRole.Destination, ["at"] = PlaceRole.Destination, ["bound for"] = PlaceRole.Destination, ["headed for"] = PlaceRole.Destination,
            ["for"] = PlaceRole.Destination, ["onto"] = PlaceRole.Destination, ["inside"] = PlaceRole.Destination,
            ["near"] = PlaceRole.Near, ["close to"] = PlaceRole.Near, ["outside"] = PlaceRole.Near, ["not far from"] = PlaceRole.Near,
            ["in the vicinity of"] = PlaceRole.Near, ["on the outskirts of"] = PlaceRole.Near, ["the border with"] = PlaceRole.Near,
            ["east of"] = PlaceRole.Near, ["west of"] = PlaceRole.Near, ["north of"] = PlaceRole.Near, ["south of"] = PlaceRole.Near, ["northeast of"] = PlaceRole.Near, ["northwest of"] = PlaceRole.Near, ["southeast of"] = PlaceRole.Near, ["southwest of"] = PlaceRole.Near, ["north-east of"] = PlaceRole.Near, ["north-west of"] = PlaceRole.Near, ["south-east of"] = PlaceRole.Near, ["south-west of"] = PlaceRole.Near,
        },
        LocativePrepositions = ["in", "at", "inside"],
        Articles = ["the", "a", "an"],
        AnaphoricSubjects = ["they", "their", "these troops", "these soldiers", "these forces", "these men", "these units", "this contingent", "the contingent", "the convoy", "the troops", "the soldiers",
            // The vehicle that carries them, named again: "A first train left Fort Hood on Friday. The train reached …".
            "the column", "the train", "the trains", "the ship", "the vessel", "the aircraft"],
        RegionNouns = ["region", "regions", "oblast", "oblasts", "krai", "kray", "province", "prefecture", "governorate", "territory", "republic", "okrug",
            "state", "county", "canton", "department"],
        // "the province of Idlib"; not "the Republic of Korea" (a country's long name) nor "the Department of Defense".
        RegionOpeners = [.. from noun in (string[])["region", "regions", "oblast", "province", "prefecture", "governorate", "territory", "okrug", "state", "county", "canton"]
            select noun + " of", "oblast", "krai", "kray"],
        RegionOffices = ["governor", "governors", "governorship"],
        FacilityNouns = ["base", "airbase", "airfield", "airport", "port", "harbour", "harbor", "station", "garrison", "camp", "range", "naval", "fleet", "bay"],
        LocatedParticiples = ["located", "situated"],
        NearPhrases = ["near", "close to", "outside", "nearby", "next to", "north of", "south of", "east of", "west of", "northeast of", "northwest of",
            "southeast of", "southwest of", "km from", "kilometres from", "kilometers from", "miles from"],
        BorderPhrases = ["border with", "borders with", "bordering"],
        GeographicHeads = ["Valley", "Island", "Islands", "Bay", "Delta", "Mountains", "Canal", "Peninsula", "Basin", "Coast", "Hills", "Desert",
            "Plain", "Plains", "Airport", "Airbase", "Lagoon", "Gorge"],
        PlaceHeads = ["front line", "front lines", "frontline", "the", "a", "its", "their", "his", "her", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "base", "bases", "military", "air", "naval", "airbase", "air base", "region", "oblast", "city", "town", "port",
            "airfield", "airport", "camp", "training ground", "garrison", "village", "province", "republic", "peninsula", "station", "voivodeship", "state", "district", "governorate", "territory", "archipelago", "island", "islands", "of"],
        StreetNouns = ["street", "road", "avenue", "drive", "lane", "boulevard", "way", "court", "place", "circle", "parkway", "pike",
            "highway", "trail", "terrace", "alley", "turnpike", "expressway", "freeway", "bypass", "row", "crossing", "bridge", "square"],
        StreetHeads = ["street", "road", "avenue", "boulevard", "drive", "lane", "parkway", "pike", "terrace", "alley", "turnpike", "expressway"],
        StreetHeadAbbreviations = ["st", "ave", "rd", "blvd", "pkwy"],
        CountyHeads = ["County", "Parish", "Borough"],
        CountyHeadPlurals = ["counties", "parishes", "boroughs"],
        ListJoiners = ["and", "or"],
        // Names of languages are written with a capital in English and are no place alone ("questioned in English" is not
        // English, Indiana); those that are also a country's adjective are demonyms already.
        NotPlaceWords = ["English", "Hindi", "Urdu", "Swahili", "Mandarin", "Cantonese", "Hebrew", "Latin", "Yiddish", "Esperanto"],
        FrontNouns = ["front", "frontline", "front line"],
        // "were not sent", "has no plans to deploy", "refused to send", "no troops": see NegationWords; "did not say where they moved"
        // negates the saying, not the movement.
        Negation = new()
        {
            Before = ["not", "never", "didn't", "don't", "doesn't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "isn't", "aren't", "wasn't",
                "weren't", "cannot", "can't", "couldn't", "shouldn't", "mustn't", "no plans to", "no plan to", "no intention of", "no intention to",
                "no need to", "no longer", "yet to"],
            Determiners = ["no", "none of the"],
            Denials = ["refused to", "refuses to", "refusing to", "refuse to", "declined to", "declines to", "denied", "denies", "deny", "denying",
                "ruled out", "rules out", "rule out", "ruling out", "rejected", "rejects"],
            Bridges = ["be", "been", "being", "is", "are", "was", "were", "have", "has", "had", "having", "do", "does", "did", "will", "would",
                "shall", "should", "can", "could", "may", "might", "must", "to", "going to", "yet", "immediately", "currently", "officially",
                "actually", "publicly", "formally", "ever", "again", "also", "now", "any", "further", "plan to", "plans to", "planning to",
                "intend to", "intends to", "intending to", "expect to", "expected to", "want to", "wants to", "seek to", "seeking to", "need to",
                "needs to", "decide to", "decided to", "agree to", "agreed to", "be able to", "allowed to", "authorised to", "authorized to",
                "about to", "likely to", "set to", "due to", "scheduled to", "prepared to", "ready to", "the", "its", "their", "own"],
            Exceptions = ["not only", "not just", "not merely", "not far", "not least", "not counting", "not including", "no less than", "no fewer than",
                "no more than", "not more than", "not less than"],
            Yet = ["yet", "still"],
            Conjunctions = ["and", "but", "or", "while", "whereas", "although", "though", "because", "as", "after", "before", "when"],
        },
        NoMovementCues = ["remain", "remains", "remained", "stay", "stays", "stayed", "killed", "wounded", "died", "casualties",
            // An arrest ("detained while trying to cross into …") moves no force.
            "arrested", "detained"],
        CompanionCues = ["accompanied by", "escorted by", "alongside", "together with"],
        ClauseOpeners = ["while", "whilst", "whereas"],
        // "that" opens a relative clause where a verb follows it at once ("exercises that are due to begin on Feb. 10"): after the
        // conjunction "that" ("said that troops …") a subject comes first.
        PlaceRelatives = ["where"],
        RelativeOpeners = ["who", "which", "where", "that is", "that are", "that was", "that were", "that will", "that would", "that has", "that have",
            "that had", "that could", "that can", "that may", "that might"],
        // "the eastern Mediterranean", "the western Pacific": a part of a sea named by a lower-case direction; looked up only as a whole name.
        NameNouns = ["eastern", "western", "northern", "southern"],
        PlaceBackReferences = ["the country", "there", "the region", "the area", "that area", "this area", "the zone", "that region", "the same area",
            "the town", "that town", "the city", "that city", "capital"],
        CountryBackReferences = ["the country"],
        AreaBackReferences = ["the region", "the area", "that area", "this area", "the zone", "that region", "the same area"],
        TownBackReferences = ["the town", "that town", "the city", "that city"],
        CapitalBackReferences = ["capital"],
        HomeReferences = ["home", "back home", "homeward", "their home country", "its own territory", "their own territory", "their own country"],
        PastDayMarkers = ["last", "past"],
        NextDayMarkers = ["next", "coming"],
        OrdinalSuffixes = ["st", "nd", "rd", "th"],
        IntelligenceWords = ["intelligence", "spy agency", "spy service", "intelligence agency", "intelligence service"],
        TimeLeads = ["in", "since", "during", "until", "by", "of", "early", "late", "throughout"],
        // The demonyms no suffix forms from the country's English name (the recognizer derives "Canadian", "Chinese",
        // "Iraqi" by their shape: Recognition.DemonymFilter), singular; a plural in "-s" is read as well. Ethnic names that
        // no one state bears ("Kurdish", "Arab", "Sinhalese") are none.
        Demonyms = new Dictionary<string, string>
        {
            ["British"] = "GB", ["Irish"] = "IE", ["French"] = "FR", ["Dutch"] = "NL", ["Swiss"] = "CH", ["Spanish"] = "ES",
            ["Greek"] = "GR", ["Cypriot"] = "CY", ["Turkish"] = "TR", ["Polish"] = "PL", ["Czech"] = "CZ", ["Slovak"] = "SK", ["Serb"] = "RS",
            ["Croat"] = "HR", ["Danish"] = "DK", ["Swedish"] = "SE", ["Swede"] = "SE", ["Finnish"] = "FI",
            ["Norwegian"] = "NO", ["Icelandic"] = "IS", ["Icelander"] = "IS", ["Saudi"] = "SA", ["Emirati"] = "AE", ["Afghan"] = "AF",
            ["Thai"] = "TH", ["Burmese"] = "MM", ["Filipino"] = "PH", ["Filipina"] = "PH", ["Congolese"] = "CD", ["Ivorian"] = "CI",
            ["Malagasy"] = "MG", ["Mozambican"] = "MZ", ["Salvadoran"] = "SV", ["Peruvian"] = "PE",
            ["Honduran"] = "HN", ["Madagascan"] = "MG",
        },
        LanguageHeads = ["speaking", "speaker", "speakers", "language"],
        SeatsOfGovernment = ["White House", "Downing Street", "Blue House"],
    };

    // "have been crossing into Belarus since the weekend": the perfect progressive tells a movement still going on; without
    // these, "have been*" (a completed passive: "have been sent") would read it as done.
    private static Dictionary<string, MovementStatus> WithPerfectProgressive(Dictionary<string, MovementStatus> cues)
    {
        string[] progressive = ["crossing", "moving", "heading", "arriving", "withdrawing", "pulling", "deploying", "sending", "advancing",
            "massing", "pouring", "streaming", "leaving", "returning", "sailing", "flying", "transferring", "redeploying", "shipping",
            "transiting", "retreating", "falling", "entering", "rotating", "pushing", "relocating", "airlifting", "ferrying"];
        foreach (var auxiliary in new[] { "have been", "has been", "had been" })
        {
            foreach (var verb in progressive)
            {
                cues[$"{auxiliary} {verb}"] = MovementStatus.UnderWay;
            }
        }

        return cues;
    }
}
