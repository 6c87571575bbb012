using GeoMap.Core.Movements;

namespace GeoMap.Geoparsing.Languages.German;

/// <summary>The German lexicons: numbers, dates, units, transport, movement verbs, status, sources and prepositions.</summary>
/// <remarks>
/// German marks direction by case after "in", "an", "auf": "in die Ukraine", "ins Gebiet" (accusative, motion) are
/// directional, "im Gebiet", "in der Ukraine" (dative, place) locative; both are listed as phrases with their article.
/// Separable verbs split in main clauses ("zogen … ab", "trafen … ein"); their finite parts are listed where they are
/// unambiguous, the participles ("abgezogen", "eingetroffen") cover the perfect and the passive.
/// </remarks>
public static class GermanRules
{
    /// <summary>The German rule set.</summary>
    public static LanguageRules Rules { get; } = new()
    {
        Code = "de",
        // "des 1. Bataillons", "am 4. November", "die 18. Mechanisierte Division": German writes ordinals with a dot.
        OrdinalDot = true,
        Stopwords = ["der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "des", "ein", "eine", "einer", "sich", "auf", "für", "wurde",
            "wurden", "nach", "auch", "bei", "sind", "hat", "haben", "werden", "aus", "im", "zum", "zur", "am", "oder", "wie", "dass", "sei", "seit"],
        Abbreviations = ["Dr", "Prof", "Nr", "bzw", "ca", "Gen", "Oberst", "Maj", "Hptm", "Lt", "St", "usw", "vgl", "z", "B", "Jan", "Feb", "Apr", "Aug", "Sept", "Okt", "Nov", "Dez"],
        NumberWords = new Dictionary<string, int>
        {
            ["zwei"] = 2, ["drei"] = 3, ["vier"] = 4, ["fünf"] = 5, ["sechs"] = 6, ["sieben"] = 7, ["acht"] = 8,
            ["neun"] = 9, ["zehn"] = 10, ["elf"] = 11, ["zwölf"] = 12, ["dreizehn"] = 13, ["vierzehn"] = 14, ["fünfzehn"] = 15, ["sechzehn"] = 16,
            ["siebzehn"] = 17, ["achtzehn"] = 18, ["neunzehn"] = 19, ["zwanzig"] = 20, ["dreißig"] = 30, ["vierzig"] = 40, ["fünfzig"] = 50,
            ["sechzig"] = 60, ["siebzig"] = 70, ["achtzig"] = 80, ["neunzig"] = 90, ["hundert"] = 100, ["zweihundert"] = 200, ["dreihundert"] = 300,
            ["vierhundert"] = 400, ["fünfhundert"] = 500, ["sechshundert"] = 600, ["tausend"] = 1000, ["zweitausend"] = 2000, ["dreitausend"] = 3000,
            ["viertausend"] = 4000, ["fünftausend"] = 5000, ["zehntausend"] = 10000,
        },
        ScaleWords = new Dictionary<string, int> { ["hundert"] = 100, ["tausend"] = 1000, ["million"] = 1_000_000, ["millionen"] = 1_000_000 },
        NumberJoiners = ["und"],
        VagueQuantities = new Dictionary<string, (int?, int?)>
        {
            ["mehrere* tausend"] = (null, null), ["einige* tausend"] = (null, null), ["tausende*"] = (null, null), ["zehntausende*"] = (null, null),
            ["hunderttausende*"] = (null, null), ["mehrere* hundert"] = (null, null), ["einige* hundert"] = (null, null), ["hunderte*"] = (null, null),
            ["dutzende"] = (null, null), ["mehrere dutzend"] = (null, null), ["einige dutzend"] = (null, null),
        },
        UpperBoundCues = ["bis zu", "höchstens", "maximal", "weniger als", "nicht mehr als"],
        LowerBoundCues = ["mindestens", "mehr als", "über", "wenigstens", "nicht weniger als"],
        ApproximateCues = ["rund", "etwa", "ungefähr", "circa", "ca", "gut", "knapp", "annähernd", "fast", "beinahe", "insgesamt"],
        RangeOpeners = ["zwischen", "von", "vom"],
        RangeJoiners = ["und", "bis", "-", "–", "zum"],
        NonCountUnits = ["%", "prozent", "€", "$", "euro", "dollar", "rubel", "km", "kilometer", "meter", "m", "jahre", "jahren", "jahr", "monate", "monaten",
            "tage", "tagen", "stunden", "minuten", "tonnen", "milliarden", "kg", "einwohner", "einwohnern"],
        Months = new Dictionary<string, int>
        {
            ["januar"] = 1, ["jänner"] = 1, ["jan"] = 1, ["februar"] = 2, ["feb"] = 2, ["märz"] = 3, ["april"] = 4, ["apr"] = 4, ["mai"] = 5, ["juni"] = 6,
            ["juli"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sept"] = 9, ["oktober"] = 10, ["okt"] = 10, ["november"] = 11, ["nov"] = 11,
            ["dezember"] = 12, ["dez"] = 12,
        },
        Weekdays = new Dictionary<string, DayOfWeek>
        {
            ["montag"] = DayOfWeek.Monday, ["dienstag"] = DayOfWeek.Tuesday, ["mittwoch"] = DayOfWeek.Wednesday, ["donnerstag"] = DayOfWeek.Thursday,
            ["freitag"] = DayOfWeek.Friday, ["samstag"] = DayOfWeek.Saturday, ["sonnabend"] = DayOfWeek.Saturday, ["sonntag"] = DayOfWeek.Sunday,
            // A weekday and a part of the day are one word: "am Donnerstagabend", "Freitagmorgen", "in der Sonntagnacht".
            ["montag*"] = DayOfWeek.Monday, ["dienstag*"] = DayOfWeek.Tuesday, ["mittwoch*"] = DayOfWeek.Wednesday, ["donnerstag*"] = DayOfWeek.Thursday,
            ["freitag*"] = DayOfWeek.Friday, ["samstag*"] = DayOfWeek.Saturday, ["sonntag*"] = DayOfWeek.Sunday,
        },
        RelativeDays = new Dictionary<string, int> { ["gestern"] = -1, ["vorgestern"] = -2, ["heute"] = 0, ["übermorgen"] = 2, ["in der nacht"] = 0, ["gestern abend"] = -1 },
        SameDayPhrases = ["am morgen", "am frühen morgen", "am vormittag", "am mittag", "am nachmittag", "am abend", "am späten abend", "im morgengrauen",
            "bei tagesanbruch", "später am tag", "am selben tag", "noch am selben tag",
            // Right after the event told.
            "kurz darauf", "kurz danach", "unmittelbar danach", "anschließend", "im anschluss daran", "gleich darauf",
            // The movement done for the event just told ("… aus Khartum geholt. 100 Soldaten flogen dafür …") is on its day.
            "dafür", "hierfür"],
        RelativeWeeks = new Dictionary<string, int>
        {
            ["vergangene woche"] = -1, ["vergangenen woche"] = -1, ["letzte woche"] = -1, ["letzten woche"] = -1, ["vorige woche"] = -1, ["diese woche"] = 0,
            ["dieser woche"] = 0, ["nächste woche"] = 1, ["nächsten woche"] = 1, ["kommende woche"] = 1, ["kommenden woche"] = 1,
        },
        Weekends = new Dictionary<string, int> { ["wochenende"] = 0, ["kommenden wochenende"] = 1, ["nächsten wochenende"] = 1 },
        RelativeMonths = new Dictionary<string, int>
        {
            ["vergangenen monat"] = -1, ["letzten monat"] = -1, ["vormonat"] = -1, ["diesen monat"] = 0, ["nächsten monat"] = 1, ["kommenden monat"] = 1,
        },
        // "im vergangenen Jahr", "im März vergangenen Jahres", "im Vorjahr".
        RelativeYears = new Dictionary<string, int>
        {
            ["vergangenes jahr"] = -1, ["vergangenen jahr"] = -1, ["vergangenen jahres"] = -1, ["letztes jahr"] = -1, ["letzten jahr"] = -1, ["letzten jahres"] = -1,
            ["vorjahr"] = -1, ["vorjahres"] = -1, ["dieses jahr"] = 0, ["diesem jahr"] = 0, ["dieses jahres"] = 0, ["nächstes jahr"] = 1, ["nächsten jahr"] = 1,
            ["nächsten jahres"] = 1, ["kommendes jahr"] = 1, ["kommenden jahr"] = 1, ["kommenden jahres"] = 1,
        },
        MonthParts = new Dictionary<string, MonthPart>
        {
            ["anfang"] = MonthPart.Early, ["zu beginn"] = MonthPart.Early, ["mitte"] = MonthPart.Mid, ["ende"] = MonthPart.Late,
        },
        Units = new Dictionary<string, (string, int)>
        {
            // Compounds with a country prefix are one word; the prefix also names the actor (demonyms.tsv).
            ["US-Soldaten"] = ("soldiers", 1), ["US-Truppen"] = ("troops", 1), ["US-Streitkräfte"] = ("forces", 0),
            ["spezialkräfte*"] = ("special forces", 3), ["spezialeinheit*"] = ("special forces", 3), ["marineinfanterie*"] = ("marines", 3), ["marineinfanterist*"] = ("marines", 3), ["marinesoldaten"] = ("marines", 3),
            ["fallschirmjäger*"] = ("paratroopers", 3), ["luftlandetruppen"] = ("airborne troops", 3), ["brigade*"] = ("brigade", 2), ["panzerbrigade*"] = ("brigade", 2),
            ["bataillon*"] = ("battalion", 2), ["panzerbataillon*"] = ("battalion", 2), ["regiment*"] = ("regiment", 2), ["division*"] = ("division", 2),
            ["kompanie*"] = ("company", 2), ["kontingent*"] = ("contingent", 1), ["söldner*"] = ("mercenaries", 2), ["reservisten"] = ("reservists", 2),
            ["wehrpflichtige*"] = ("conscripts", 2), ["ausbilder*"] = ("instructors", 2), ["militärberater*"] = ("military advisers", 3), ["berater"] = ("advisers", 1),
            ["soldaten"] = ("soldiers", 1), ["soldatinnen und soldaten"] = ("soldiers", 1), ["soldat"] = ("soldiers", 1), ["truppen"] = ("troops", 1), ["truppe"] = ("troops", 1),
            ["bundeswehrsoldaten"] = ("soldiers", 1), ["militärangehörige*"] = ("soldiers", 1), ["kämpfer*"] = ("fighters", 1), ["milizionäre*"] = ("fighters", 1),
            ["mann"] = ("men", 0), ["streitkräfte"] = ("forces", 0), ["kräfte"] = ("forces", 0), ["einheiten"] = ("units", 0), ["einheit"] = ("units", 0),
            ["verstärkung*"] = ("reinforcements", 0), ["personal"] = ("personnel", 0), ["sturmgruppen"] = ("assault groups", 2), ["friedenstruppen"] = ("peacekeepers", 2),
            ["blauhelme"] = ("peacekeepers", 2), ["panzer"] = ("tanks", 2), ["kampfpanzer"] = ("tanks", 2), ["fahrzeuge"] = ("vehicles", 0),
            ["kriegsschiffe"] = ("warships", 1), ["fregatte*"] = ("warships", 1), ["zerstörer"] = ("warships", 1), ["flugzeugträger"] = ("warships", 1),
            ["kampfjets"] = ("fighter jets", 1), ["kampfflugzeuge"] = ("fighter jets", 1), ["bomber"] = ("bombers", 1), ["gefechtsverband"] = ("battlegroup", 1),
            ["kampfgruppe*"] = ("battlegroup", 1), ["battlegroup"] = ("battlegroup", 1), ["armee"] = ("army", 0), ["infanterie"] = ("infantry", 1), ["grenzschützer"] = ("border guards", 2), ["grenztruppen"] = ("border guards", 2), ["konvoi"] = ("convoy", 0), ["kolonne"] = ("column", 0), ["kolonnen"] = ("column", 0), ["batterien"] = ("batteries", 1), ["batterie"] = ("batteries", 1), ["patrouillenboot*"] = ("warships", 1), ["patrouillenschiff*"] = ("warships", 1), ["u-boot*"] = ("warships", 1), ["korvette*"] = ("warships", 1), ["verband"] = ("units", 0), ["verbände"] = ("units", 0),
        },
        // A compound's head is its last part: "Panzergrenadierbataillons", "Patriot-Batterien", "Wagner-Kämpfer", "Lastwagenkolonnen".
        CompoundUnitHeads = ["bataillon", "bataillons", "bataillone", "brigade", "brigaden", "regiment", "regiments", "regimenter", "kompanie", "kompanien",
            "soldaten", "truppen", "kämpfer", "kämpfern", "einheiten", "spezialkräfte", "batterien", "batterie", "kolonne", "kolonnen", "verbände", "kontingent", "kontingents"],
        Modes = new Dictionary<string, TransportMode>
        {
            ["schiff*"] = TransportMode.Sea, ["fähre*"] = TransportMode.Sea, ["seeweg*"] = TransportMode.Sea, ["auf see"] = TransportMode.Sea, ["landungsschiff*"] = TransportMode.Sea,
            ["frachter"] = TransportMode.Sea, ["zug"] = TransportMode.Rail, ["züge*"] = TransportMode.Rail, ["bahn"] = TransportMode.Rail, ["eisenbahn*"] = TransportMode.Rail,
            ["schiene*"] = TransportMode.Rail, ["güterzug*"] = TransportMode.Rail, ["flugzeug*"] = TransportMode.Air, ["luftweg*"] = TransportMode.Air, ["luftbrücke"] = TransportMode.Air,
            ["transportflugzeug*"] = TransportMode.Air, ["hubschrauber*"] = TransportMode.Air, ["flüge*"] = TransportMode.Air, ["geflogen"] = TransportMode.Air, ["eingeflogen"] = TransportMode.Air,
            ["ausgeflogen"] = TransportMode.Air, ["lastwagen"] = TransportMode.Road, ["lkw"] = TransportMode.Road, ["konvoi*"] = TransportMode.Road, ["kolonne*"] = TransportMode.Road,
            ["straße"] = TransportMode.Road, ["landweg*"] = TransportMode.Road, ["busse*"] = TransportMode.Road, ["marschkolonne*"] = TransportMode.Road, ["zu fuß"] = TransportMode.Foot,
            // A warship moves by sea ("Flugzeugträger" is no aircraft); a compound names its vehicle last ("Transportzug", "Lastwagenkolonnen").
            ["flugzeugträger*"] = TransportMode.Sea, ["fregatte*"] = TransportMode.Sea, ["zerstörer*"] = TransportMode.Sea, ["kriegsschiff*"] = TransportMode.Sea,
            ["transportzug*"] = TransportMode.Rail, ["transportzüge*"] = TransportMode.Rail, ["lastwagenkolonne*"] = TransportMode.Road,
        },
        StatusCues = new Dictionary<string, MovementStatus>
        {
            ["wird"] = MovementStatus.Planned, ["werden"] = MovementStatus.Planned, ["muss"] = MovementStatus.Planned, ["müssen"] = MovementStatus.Planned, ["soll"] = MovementStatus.Planned, ["sollen"] = MovementStatus.Planned,
            ["will"] = MovementStatus.Planned, ["wollen"] = MovementStatus.Planned, ["plant*"] = MovementStatus.Planned, ["geplant*"] = MovementStatus.Planned,
            ["beabsichtig*"] = MovementStatus.Planned, ["kündigte an"] = MovementStatus.Planned, ["angekündigt*"] = MovementStatus.Planned, ["vorgesehen"] = MovementStatus.Planned,
            ["beschlossen"] = MovementStatus.Planned, ["bereitet sich vor"] = MovementStatus.Planned, ["demnächst"] = MovementStatus.Planned,
            // "war … unterwegs gewesen": a journey told in the pluperfect is over.
            ["unterwegs gewesen"] = MovementStatus.Completed,
            // A time still to come is a plan, whatever the tense ("dass Moskau in den kommenden Tagen … verlegt").
            ["in den kommenden tagen"] = MovementStatus.Planned, ["in den kommenden wochen"] = MovementStatus.Planned, ["in den kommenden monaten"] = MovementStatus.Planned,
            ["in den nächsten tagen"] = MovementStatus.Planned, ["in den nächsten wochen"] = MovementStatus.Planned, ["in den nächsten monaten"] = MovementStatus.Planned,
            ["unterwegs"] = MovementStatus.UnderWay, ["auf dem weg"] = MovementStatus.UnderWay, ["läuft"] = MovementStatus.UnderWay, ["laufen"] = MovementStatus.UnderWay,
            ["derzeit"] = MovementStatus.UnderWay, ["gerade"] = MovementStatus.UnderWay, ["im gange"] = MovementStatus.UnderWay, ["rücken vor"] = MovementStatus.UnderWay,
            ["rückt vor"] = MovementStatus.UnderWay, ["arbeiten sich"] = MovementStatus.UnderWay, ["seither"] = MovementStatus.UnderWay, ["kurs auf"] = MovementStatus.UnderWay,
            ["wurde*"] = MovementStatus.Completed, ["ist"] = MovementStatus.Completed, ["sind"] = MovementStatus.Completed, ["hat"] = MovementStatus.Completed,
            ["haben"] = MovementStatus.Completed, ["hatte*"] = MovementStatus.Completed, ["war"] = MovementStatus.Completed, ["waren"] = MovementStatus.Completed,
        },
        MovementVerbs = new Dictionary<string, MovementKind>
        {
            ["fuhr"] = MovementKind.Deployment, ["fahren"] = MovementKind.Deployment, ["fährt"] = MovementKind.Deployment,
            ["verleg*"] = MovementKind.Deployment, ["schick*"] = MovementKind.Deployment, ["geschickt"] = MovementKind.Deployment, ["entsand*"] = MovementKind.Deployment,
            ["entsend*"] = MovementKind.Deployment, ["entsandt"] = MovementKind.Deployment, ["verlagert"] = MovementKind.Deployment,
            ["verlager*"] = MovementKind.Deployment, ["verstärk*"] = MovementKind.Deployment, ["transportiert*"] = MovementKind.Deployment, ["gebracht"] = MovementKind.Deployment, ["brachte"] = MovementKind.Deployment, ["brachten"] = MovementKind.Deployment,
            ["eingetroffen"] = MovementKind.Deployment, ["trafen"] = MovementKind.Deployment, ["traf"] = MovementKind.Deployment, ["treffen ein"] = MovementKind.Deployment,
            // A subordinate clause joins the particle to the verb at its end: "…, wo sie am Montag eintrafen".
            ["eintrafen"] = MovementKind.Deployment, ["eintraf"] = MovementKind.Deployment, ["eintreffen"] = MovementKind.Deployment, ["ankamen"] = MovementKind.Deployment,
            ["ankam"] = MovementKind.Deployment,
            ["ankunft"] = MovementKind.Deployment, ["angekommen"] = MovementKind.Deployment, ["kamen"] = MovementKind.Deployment, ["landeten"] = MovementKind.Deployment,
            ["gelandet"] = MovementKind.Deployment, ["eingeflogen"] = MovementKind.Deployment, ["geflogen"] = MovementKind.Deployment, ["flogen"] = MovementKind.Deployment,
            ["verschifft"] = MovementKind.Deployment, ["verschiff*"] = MovementKind.Deployment, ["zusammengezogen"] = MovementKind.Deployment, ["zieht zusammen"] = MovementKind.Deployment,
            ["ziehen zusammen"] = MovementKind.Deployment, ["rotation"] = MovementKind.Deployment, ["entsendung"] = MovementKind.Deployment, ["aufmarsch"] = MovementKind.Deployment,
            ["marschierten"] = MovementKind.Deployment, ["fuhren"] = MovementKind.Deployment, ["gefahren"] = MovementKind.Deployment, ["verlegung"] = MovementKind.Deployment,
            ["abgezogen"] = MovementKind.Withdrawal, ["abzug*"] = MovementKind.Withdrawal, ["zieht ab"] = MovementKind.Withdrawal, ["ziehen ab"] = MovementKind.Withdrawal,
            // The infinitive after a modal or the future ("müssen bis August abziehen", "werden sich zurückziehen").
            ["abziehen"] = MovementKind.Withdrawal, ["zurückziehen"] = MovementKind.Withdrawal,
            ["zogen"] = MovementKind.Withdrawal, ["zog"] = MovementKind.Withdrawal, ["zurückgezogen"] = MovementKind.Withdrawal, ["rückzug*"] = MovementKind.Withdrawal,
            ["zurückverleg*"] = MovementKind.Withdrawal, ["verließ*"] = MovementKind.Withdrawal, ["verlassen"] = MovementKind.Withdrawal, ["räumt*"] = MovementKind.Withdrawal,
            ["geräumt"] = MovementKind.Withdrawal, ["heimkehr*"] = MovementKind.Withdrawal, ["zurückgekehrt"] = MovementKind.Withdrawal, ["kehrten"] = MovementKind.Withdrawal,
            ["rückverlegung"] = MovementKind.Withdrawal, ["ausgeflogen"] = MovementKind.Withdrawal, ["evakuiert"] = MovementKind.Withdrawal,
            ["vorgedrungen"] = MovementKind.Advance, ["drangen"] = MovementKind.Advance, ["vorgerückt"] = MovementKind.Advance, ["rückten"] = MovementKind.Advance,
            ["rücken vor"] = MovementKind.Advance, ["rückt vor"] = MovementKind.Advance, ["vormarsch"] = MovementKind.Advance, ["vorstoß*"] = MovementKind.Advance,
            ["stießen"] = MovementKind.Advance, ["eingedrungen"] = MovementKind.Advance, ["arbeiten sich"] = MovementKind.Advance, ["offensive"] = MovementKind.Advance,
            ["überquert*"] = MovementKind.Transit, ["überschritten"] = MovementKind.Transit, ["passiert*"] = MovementKind.Transit, ["durchquert*"] = MovementKind.Transit,
            ["unterwegs"] = MovementKind.Transit, ["auf dem weg"] = MovementKind.Transit, ["ausgelaufen"] = MovementKind.Transit, ["liefen aus"] = MovementKind.Transit,
            ["läuft aus"] = MovementKind.Transit, ["aufgebrochen"] = MovementKind.Transit, ["brachen auf"] = MovementKind.Transit, ["fahrt"] = MovementKind.Transit,
            // Finite forms of separable verbs ("lief … aus", "stieß … vor", "brachen … auf") stand apart from their particle.
            ["lief"] = MovementKind.Transit, ["liefen"] = MovementKind.Transit, ["brach"] = MovementKind.Transit, ["brachen"] = MovementKind.Transit,
            ["stieß"] = MovementKind.Advance, ["rückte"] = MovementKind.Advance, ["kurs auf"] = MovementKind.Transit, ["weiterfahr*"] = MovementKind.Transit,
            ["erreicht*"] = MovementKind.Deployment, ["fliegen"] = MovementKind.Deployment, ["in marsch gesetzt"] = MovementKind.Deployment,
        },
        DepartureVerbs = ["verließ*", "verlassen", "verlässt", "aufgebrochen", "brach", "brachen", "lief", "liefen", "ausgelaufen"],
        Inchoatives = ["begonnen", "begann", "begannen", "beginnt", "hat eingesetzt"],
        SourceOpeners = ["nach angaben", "laut", "zufolge", "wie", "unter berufung auf", "nach informationen"],
        ReportingVerbs = ["sagte", "sagt", "teilte mit", "teilte", "erklärte", "erklärt", "berichtete", "berichtet", "meldete", "meldet", "bestätigte", "bestätigt",
            "gab bekannt", "hieß es", "schätzt", "schätzte", "warnte", "behauptete", "verkündete", "so", "betonte", "ergänzte", "hieß", "verlautete"],
        ReactionCues = ["forderte", "fordert", "forderten", "verlangt*", "besuch*", "einbestellt", "botschafter", "botschaft", "verurteil*", "kritisier*", "besorgnis", "sanktion*", "protest*", "beruhig*",
            // A person who travels for talks or a summit makes a visit, not a movement of forces.
            "zu Gesprächen", "zu einem Gipfel", "zu einem Treffen"],
        PlacePrepositions = new Dictionary<string, PlaceRole>
        {
            // A place left is the verb's object: "verließ am Dienstag den Stützpunkt Ouallam".
            ["verließ"] = PlaceRole.Origin, ["verließen"] = PlaceRole.Origin, ["verlassen"] = PlaceRole.Origin, ["räumte"] = PlaceRole.Origin, ["räumten"] = PlaceRole.Origin,
            // From the surroundings of a place is from that place, near enough: "aus der Umgebung von Cherson".
            ["aus der umgebung von"] = PlaceRole.Origin, ["aus der nähe von"] = PlaceRole.Origin,
            ["aus"] = PlaceRole.Origin, ["aus dem"] = PlaceRole.Origin, ["aus der"] = PlaceRole.Origin, ["von"] = PlaceRole.Origin, ["vom"] = PlaceRole.Origin,
            ["von der"] = PlaceRole.Origin, ["ab"] = PlaceRole.Origin,
            // A place left or reached is the verb's object: "verließ den Stützpunkt Ouallam", "erreichten die Stadt Kupjansk".
            ["verließ"] = PlaceRole.Origin, ["verließen"] = PlaceRole.Origin, ["verlässt"] = PlaceRole.Origin,
            ["erreichte"] = PlaceRole.Destination, ["erreichten"] = PlaceRole.Destination, ["erreicht"] = PlaceRole.Destination,
            ["über"] = PlaceRole.Via, ["via"] = PlaceRole.Via, ["durch"] = PlaceRole.Via, ["durch das"] = PlaceRole.Via, ["durch den"] = PlaceRole.Via, ["durch die"] = PlaceRole.Via,
            ["nach"] = PlaceRole.Destination, ["in die"] = PlaceRole.Destination, ["in den"] = PlaceRole.Destination, ["in das"] = PlaceRole.Destination,
            ["ins"] = PlaceRole.Destination, ["zu"] = PlaceRole.Destination, ["zum"] = PlaceRole.Destination, ["zur"] = PlaceRole.Destination,
            ["richtung"] = PlaceRole.Destination, ["in richtung"] = PlaceRole.Destination, ["an die"] = PlaceRole.Destination, ["an den"] = PlaceRole.Destination,
            ["bis"] = PlaceRole.Destination, ["bis nach"] = PlaceRole.Destination, ["bis an"] = PlaceRole.Destination, ["auf die"] = PlaceRole.Destination,
            ["gen"] = PlaceRole.Destination, ["kurs auf"] = PlaceRole.Destination,
            ["in"] = PlaceRole.Destination, ["im"] = PlaceRole.Destination, ["in der"] = PlaceRole.Destination, ["in dem"] = PlaceRole.Destination,
            ["auf der"] = PlaceRole.Destination, ["am"] = PlaceRole.Destination, ["an der"] = PlaceRole.Destination,
            // "auf dem Truppenübungsplatz", "auf den Stützpunkt", "aufs Festland": on (dative, where) or onto (accusative, where to).
            ["auf dem"] = PlaceRole.Destination, ["auf den"] = PlaceRole.Destination, ["auf das"] = PlaceRole.Destination, ["aufs"] = PlaceRole.Destination,
            ["bei"] = PlaceRole.Near, ["nahe"] = PlaceRole.Near, ["in der nähe von"] = PlaceRole.Near, ["unweit"] = PlaceRole.Near, ["vor"] = PlaceRole.Near,
            // The diagonal points of the compass place a place near another, as the four main ones do ("Pabradė nordöstlich von Vilnius").
            ["nordöstlich von"] = PlaceRole.Near, ["nordwestlich von"] = PlaceRole.Near, ["südöstlich von"] = PlaceRole.Near, ["südwestlich von"] = PlaceRole.Near, ["nordöstlich"] = PlaceRole.Near, ["nordwestlich"] = PlaceRole.Near, ["südöstlich"] = PlaceRole.Near, ["südwestlich"] = PlaceRole.Near,
            ["nördlich von"] = PlaceRole.Near, ["südlich von"] = PlaceRole.Near, ["östlich von"] = PlaceRole.Near, ["westlich von"] = PlaceRole.Near,
            ["nördlich"] = PlaceRole.Near, ["südlich"] = PlaceRole.Near, ["östlich"] = PlaceRole.Near, ["westlich"] = PlaceRole.Near, ["an der grenze zu"] = PlaceRole.Near, ["rund um"] = PlaceRole.Near, ["zwischen"] = PlaceRole.Near,
        },
        LocativePrepositions = ["in", "im", "in der", "in dem", "auf der", "auf dem", "am", "an der"],
        // Every German noun is capitalised: these are nouns and adverbs of news prose that GeoNames also lists as places
        // (Lage, Zug and Norden are towns, Landes a French département) and never places alone in a German report.
        NotPlaceWords = ["lage", "zug", "ende", "anfang", "mitte", "norden", "süden", "osten", "westen", "region", "raum", "woche", "bahn", "heer",
            "land", "landes", "nähe", "straße", "straßen", "basis", "basen", "grenze", "front", "dabei", "stadt", "dorf", "gebiet", "hafen", "marine",
            "armee", "truppe", "krieg", "frieden", "kampf", "stellung", "stellen", "lager", "gegend", "seite", "zeit", "weg", "ziel", "teil", "einsatz"],
        NounDeterminers = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "im", "am", "vom", "zum", "zur",
            "beim", "ins", "ans", "aufs", "sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres",
            "dieser", "diese", "dieses", "diesem", "diesen", "unser", "unsere", "unserem", "unseren", "unserer", "kein", "keine", "keinem", "keinen", "keiner"],
        Articles = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"],
        AnaphoricSubjects = ["sie", "ihre", "diese soldaten", "die soldaten", "die truppen", "diese truppen", "die einheiten", "diese einheiten", "das kontingent", "der konvoi", "die kolonne",
            // The vehicle that carries them, named again: "Ein Transportzug traf in Pabradė ein. Der Zug war in Weiden gestartet".
            "der zug", "die züge", "das schiff"],
        RegionNouns = ["region", "regionen", "oblast", "provinz", "gebiet", "bundesstaat", "gouvernement", "kanton", "bezirk", "landkreis", "departement", "präfektur"],
        // German names the region right after its noun: "Region Kursk", "Gebiet Belgorod", "Provinz Idlib" (not "Republik Moldau", a country).
        RegionOpeners = ["region", "oblast", "gebiet", "provinz", "bundesstaat", "gouvernement", "kanton", "bezirk", "landkreis", "departement", "präfektur", "krai"],
        FacilityNouns = ["stützpunkt", "militärstützpunkt", "luftwaffenstützpunkt", "marinestützpunkt", "fliegerhorst", "standort", "flugplatz", "flughafen", "hafen", "bahnhof", "garnison", "truppenübungsplatz", "flotte", "bucht"],
        LocatedParticiples = ["gelegen", "gelegene", "gelegenen", "gelegener"],
        NearPhrases = ["bei", "nahe", "in der nähe von", "unweit von", "unweit", "nördlich von", "südlich von", "östlich von", "westlich von",
            "nordöstlich von", "nordwestlich von", "südöstlich von", "südwestlich von", "km von", "kilometer von", "vor den toren von"],
        BorderPhrases = ["grenze zu", "grenze mit", "grenzt an"],
        PlaceHeads = ["der", "die", "das", "den", "dem", "des", "sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "bucht", "norden", "süden", "osten", "westen", "nordosten", "nordwesten", "südosten", "südwesten", "gebiet", "region", "oblast", "stadt", "hafen", "heimathafen", "stützpunkt", "luftwaffenstützpunkt", "militärstützpunkt",
            "flughafen", "flugplatz", "fliegerhorst", "standort", "basis", "militärbasis", "garnison", "kaserne", "truppenübungsplatz", "übungsplatz", "provinz", "bezirk", "republik", "halbinsel",
            "insel", "dorf", "ort", "ortschaft", "kleinstadt", "hafenstadt", "hauptstadt", "bundesstaat", "bundesland", "marinestützpunkt", "lager"],
        FrontNouns = ["front"],
        // "wurden nicht nach Litauen verlegt", "verlegt die Brigade nicht", "keine Soldaten", "weigerte sich … zu schicken": the
        // negation stands in the middle field, apart from the verb at the end of the clause or before it in second place.
        Negation = new()
        {
            Before = ["nicht", "nie", "niemals", "keinesfalls", "keineswegs"],
            Determiners = ["kein", "keine", "keinen", "keinem", "keiner", "keines"],
            Denials = ["dementiert*", "bestritt*", "bestreit*", "weigert*", "verweigert*", "ausgeschlossen", "auszuschließen", "lehnt* ab"],
            Bridges = ["zu", "sich", "es", "sie", "haben", "hat", "hatte", "hatten", "sein", "ist", "sind", "war", "waren", "worden", "werden", "wird",
                "wurde", "wurden", "würde", "würden", "soll", "sollen", "sollte", "sollten", "will", "wollen", "wollte", "kann", "können", "konnte",
                "konnten", "muss", "müssen", "darf", "dürfen", "noch", "mehr", "offiziell", "sofort"],
            Exceptions = ["nicht nur", "nicht weit", "nicht zuletzt", "nicht mehr als", "nicht weniger als", "nicht einmal"],
            Yet = ["noch"],
            Conjunctions = ["und", "oder", "aber", "sondern", "während", "doch", "dass", "weil", "nachdem", "bevor", "als", "wenn", "ob"],
            MiddleField = true,
        },
        NoMovementCues = ["bleibt", "bleiben", "verbleib*", "getötet", "verwundet", "gefallen", "verletzt",
            // An arrest ("detained while trying to cross into …") moves no force.
            "festgenommen", "verhaftet", "inhaftiert"],
        CompanionCues = ["begleitet von", "in begleitung von", "eskortiert von", "gemeinsam mit", "zusammen mit"],
        ClauseOpeners = [", während", "wohingegen"],
        PlaceRelatives = [", wo", ", wohin"],
        RelativeOpeners = [", der", ", die", ", das", ", wo", ", wohin", ", welche", ", welcher"],
        // The participle ends the clause after its object: "haben … die Stadt Rostow am Don verlassen", "den Stützpunkt geräumt".
        // A participle of setting out right after a place in a locative is where the journey began: "war in Sanitz aufgebrochen",
        // "im Hafen Kiel ausgelaufen", "in Laage gestartet" (took off); one of direction before it wins ("nach Vilnius aufgebrochen").
        PlacePostpositions = new Dictionary<string, PlaceRole>
        {
            ["verlassen"] = PlaceRole.Origin, ["geräumt"] = PlaceRole.Origin, ["aufgebrochen"] = PlaceRole.Origin, ["gestartet"] = PlaceRole.Origin,
            ["abgefahren"] = PlaceRole.Origin, ["losgefahren"] = PlaceRole.Origin, ["ausgelaufen"] = PlaceRole.Origin, ["abgeflogen"] = PlaceRole.Origin,
            // A place reached is the object before the participle or the infinitive that ends the clause: "haben Riga erreicht".
            ["erreicht"] = PlaceRole.Destination, ["erreichen"] = PlaceRole.Destination,
        },
        // "im östlichen Mittelmeer", "im westlichen Pazifik": a part of a sea named by a lower-case direction; looked up only as a whole name.
        NameNouns = ["östliche", "östlichen", "östliches", "westliche", "westlichen", "westliches", "nördliche", "nördlichen", "nördliches", "südliche", "südlichen", "südliches"],
        PlaceBackReferences = ["das land", "dem land", "dort", "dorthin", "die region", "das gebiet", "diese region", "dieses gebiet", "der region", "dem gebiet", "dieser region", "diesem gebiet",
            "die stadt", "der stadt", "diese stadt", "dieser stadt", "hauptstadt"],
        CountryBackReferences = ["das land", "dem land"],
        AreaBackReferences = ["die region", "das gebiet", "diese region", "dieses gebiet", "der region", "dem gebiet", "dieser region", "diesem gebiet"],
        TownBackReferences = ["die stadt", "der stadt", "diese stadt", "dieser stadt"],
        CapitalBackReferences = ["hauptstadt"],
        HomeReferences = ["nach hause", "in die heimat", "in ihre heimat", "in seine heimat", "heimwärts", "auf ihr territorium", "auf sein territorium"],
        PastDayMarkers = ["vergangenen", "vergangene", "letzten", "letzte", "vorigen"],
        NextDayMarkers = ["kommenden", "kommende", "nächsten", "nächste"],
        IntelligenceWords = ["geheimdienst", "militärgeheimdienst", "nachrichtendienst", "geheimdienste", "aufklärung"],
        TimeLeads = ["im", "in", "seit", "während", "bis", "ab", "anfang", "mitte", "ende", "bis ende", "von"],
    };
}
