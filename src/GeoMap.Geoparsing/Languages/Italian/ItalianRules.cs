using GeoMap.Core.Movements;

namespace GeoMap.Geoparsing.Languages.Italian;

/// <summary>The Italian lexicons: numbers, dates, units, transport, movement verbs, status, sources and prepositions.</summary>
/// <remarks>
/// "verso", "alla volta di", "fino a" give a destination; "a", "in" and their articled forms ("nella", "al") a place
/// that is the destination only when no directional preposition names one; "da" and its articled forms ("dal",
/// "dalla", "dall'") an origin, and "di" never a role of its own ("la regione di Kursk").
/// </remarks>
public static class ItalianRules
{
    /// <summary>The Italian rule set.</summary>
    public static LanguageRules Rules { get; } = new()
    {
        Code = "it",
        Stopwords = ["il", "lo", "la", "i", "gli", "le", "di", "del", "della", "dei", "delle", "e", "è", "che", "un", "una", "per", "con", "non", "sono", "nel",
            "nella", "alla", "al", "dal", "dalla", "ha", "hanno", "anche", "secondo", "come", "più", "stati", "stato", "sia"],
        Elisions = ["l'", "d'", "dell'", "dall'", "all'", "nell'", "sull'", "coll'", "un'", "quest'", "quell'"],
        Abbreviations = ["Sig", "Dott", "Gen", "Col", "Magg", "Cap", "Ten", "St", "ecc", "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "sett", "ott", "nov", "dic"],
        NumberWords = new Dictionary<string, int>
        {
            ["due"] = 2, ["tre"] = 3, ["quattro"] = 4, ["cinque"] = 5, ["sei"] = 6, ["sette"] = 7, ["otto"] = 8, ["nove"] = 9, ["dieci"] = 10,
            ["undici"] = 11, ["dodici"] = 12, ["tredici"] = 13, ["quattordici"] = 14, ["quindici"] = 15, ["sedici"] = 16, ["diciassette"] = 17,
            ["diciotto"] = 18, ["diciannove"] = 19, ["venti"] = 20, ["trenta"] = 30, ["quaranta"] = 40, ["cinquanta"] = 50, ["sessanta"] = 60,
            ["settanta"] = 70, ["ottanta"] = 80, ["novanta"] = 90, ["duecento"] = 200, ["trecento"] = 300, ["quattrocento"] = 400, ["cinquecento"] = 500,
            ["seicento"] = 600, ["settecento"] = 700, ["ottocento"] = 800, ["novecento"] = 900, ["duemila"] = 2000, ["tremila"] = 3000,
            ["quattromila"] = 4000, ["cinquemila"] = 5000, ["diecimila"] = 10000,
        },
        ScaleWords = new Dictionary<string, int> { ["cento"] = 100, ["mille"] = 1000, ["mila"] = 1000, ["milione"] = 1_000_000, ["milioni"] = 1_000_000 },
        NumberJoiners = ["e"],
        VagueQuantities = new Dictionary<string, (int?, int?)>
        {
            ["diverse migliaia"] = (null, null), ["alcune migliaia"] = (null, null), ["migliaia di"] = (null, null), ["decine di migliaia"] = (null, null),
            ["centinaia di migliaia"] = (null, null), ["diverse centinaia"] = (null, null), ["alcune centinaia"] = (null, null), ["centinaia di"] = (null, null),
            ["decine di"] = (null, null), ["diverse decine"] = (null, null), ["alcune decine"] = (null, null),
            ["un migliaio"] = (1_000, 1_000), ["un centinaio"] = (100, 100), ["una decina"] = (10, 10), ["una ventina"] = (20, 20), ["una trentina"] = (30, 30),
            ["una quarantina"] = (40, 40), ["una cinquantina"] = (50, 50),
        },
        UpperBoundCues = ["fino a", "al massimo", "meno di", "non più di"],
        LowerBoundCues = ["almeno", "più di", "oltre", "non meno di", "al minimo"],
        ApproximateCues = ["circa", "quasi", "intorno a", "attorno a", "approssimativamente", "pressoché", "in tutto", "un totale di", "poco più di", "poco meno di"],
        RangeOpeners = ["tra", "fra", "da", "dal"],
        RangeJoiners = ["e", "a", "ad", "al", "-", "–"],
        NonCountUnits = ["%", "per cento", "€", "$", "euro", "dollari", "rubli", "km", "chilometri", "metri", "m", "anni", "anno", "mesi", "giorni", "ore", "minuti",
            "tonnellate", "miliardi", "kg", "abitanti"],
        Months = new Dictionary<string, int>
        {
            ["gennaio"] = 1, ["febbraio"] = 2, ["marzo"] = 3, ["aprile"] = 4, ["maggio"] = 5, ["giugno"] = 6, ["luglio"] = 7, ["agosto"] = 8,
            ["settembre"] = 9, ["ottobre"] = 10, ["novembre"] = 11, ["dicembre"] = 12,
        },
        Weekdays = new Dictionary<string, DayOfWeek>
        {
            ["lunedì"] = DayOfWeek.Monday, ["martedì"] = DayOfWeek.Tuesday, ["mercoledì"] = DayOfWeek.Wednesday, ["giovedì"] = DayOfWeek.Thursday,
            ["venerdì"] = DayOfWeek.Friday, ["sabato"] = DayOfWeek.Saturday, ["domenica"] = DayOfWeek.Sunday,
        },
        RelativeDays = new Dictionary<string, int> { ["ieri"] = -1, ["l'altro ieri"] = -2, ["oggi"] = 0, ["domani"] = 1, ["stanotte"] = 0, ["ieri sera"] = -1, ["stamattina"] = 0 },
        SameDayPhrases = ["in mattinata", "in tarda mattinata", "di mattina", "nel pomeriggio", "in serata", "in tarda serata", "all'alba", "a mezzogiorno",
            "in nottata", "lo stesso giorno", "in giornata",
            // After a weekday ("lunedì sera"), and right after the event told.
            "sera", "mattina", "poco dopo", "subito dopo",
            // The movement done for the event just told is on its day.
            "per farlo", "per l'operazione"],
        RelativeWeeks = new Dictionary<string, int>
        {
            ["la settimana scorsa"] = -1, ["la scorsa settimana"] = -1, ["questa settimana"] = 0, ["la prossima settimana"] = 1, ["la settimana prossima"] = 1,
        },
        Weekends = new Dictionary<string, int> { ["fine settimana"] = 0, ["weekend"] = 0, ["fine settimana scorso"] = 0, ["prossimo fine settimana"] = 1, ["fine settimana prossimo"] = 1 },
        RelativeMonths = new Dictionary<string, int> { ["il mese scorso"] = -1, ["lo scorso mese"] = -1, ["questo mese"] = 0, ["il mese prossimo"] = 1, ["il prossimo mese"] = 1 },
        RelativeYears = new Dictionary<string, int>
        {
            ["l'anno scorso"] = -1, ["lo scorso anno"] = -1, ["l'anno passato"] = -1, ["dell'anno scorso"] = -1, ["dello scorso anno"] = -1, ["dell'anno passato"] = -1,
            ["quest'anno"] = 0, ["di quest'anno"] = 0, ["l'anno prossimo"] = 1, ["il prossimo anno"] = 1, ["dell'anno prossimo"] = 1, ["del prossimo anno"] = 1,
        },
        MonthParts = new Dictionary<string, MonthPart>
        {
            ["inizio"] = MonthPart.Early, ["inizi di"] = MonthPart.Early, ["primi di"] = MonthPart.Early, ["metà"] = MonthPart.Mid, ["fine"] = MonthPart.Late,
            ["prima settimana di"] = MonthPart.FirstWeek, ["ultima settimana di"] = MonthPart.LastWeek,
            ["prima metà di"] = MonthPart.FirstHalf, ["seconda metà di"] = MonthPart.SecondHalf, ["prima quindicina di"] = MonthPart.FirstHalf,
            ["seconda quindicina di"] = MonthPart.SecondHalf,
        },
        Units = new Dictionary<string, (string, int)>
        {
            ["forze speciali"] = ("special forces", 3), ["incursori"] = ("special forces", 3), ["fanteria di marina"] = ("marines", 3), ["fanti di marina"] = ("marines", 3), ["fanti"] = ("soldiers", 1), ["fucilieri di marina"] = ("marines", 3),
            ["marines"] = ("marines", 3), ["paracadutisti"] = ("paratroopers", 3), ["truppe aviotrasportate"] = ("airborne troops", 3), ["brigata"] = ("brigade", 2),
            ["brigate"] = ("brigade", 2), ["battaglione"] = ("battalion", 2), ["battaglioni"] = ("battalion", 2), ["reggimento"] = ("regiment", 2), ["reggimenti"] = ("regiment", 2),
            ["divisione"] = ("division", 2), ["divisioni"] = ("division", 2), ["compagnia"] = ("company", 2), ["contingente"] = ("contingent", 1),
            ["mercenari"] = ("mercenaries", 2), ["riservisti"] = ("reservists", 2), ["coscritti"] = ("conscripts", 2), ["istruttori"] = ("instructors", 2),
            ["consiglieri militari"] = ("military advisers", 3), ["soldati"] = ("soldiers", 1), ["soldato"] = ("soldiers", 1), ["truppe"] = ("troops", 1),
            ["militari"] = ("soldiers", 1), ["combattenti"] = ("fighters", 1), ["miliziani"] = ("fighters", 1), ["uomini"] = ("men", 0), ["forze"] = ("forces", 0),
            ["unità"] = ("units", 0), ["rinforzi"] = ("reinforcements", 0), ["effettivi"] = ("personnel", 0), ["personale"] = ("personnel", 0),
            ["caschi blu"] = ("peacekeepers", 2), ["carri armati"] = ("tanks", 2), ["blindati"] = ("armoured vehicles", 2), ["mezzi"] = ("vehicles", 0),
            ["veicoli"] = ("vehicles", 0), ["navi da guerra"] = ("warships", 1), ["fregata"] = ("warships", 1), ["fregate"] = ("warships", 1),
            ["cacciatorpediniere"] = ("warships", 1), ["portaerei"] = ("warships", 1), ["caccia"] = ("fighter jets", 1), ["bombardieri"] = ("bombers", 1),
            ["marinai"] = ("sailors", 1), ["equipaggio"] = ("crew", 1), ["esercito"] = ("army", 0), ["fanteria"] = ("infantry", 1), ["guardie di frontiera"] = ("border guards", 2), ["convoglio"] = ("convoy", 0), ["convogli"] = ("convoy", 0), ["colonna"] = ("column", 0), ["colonne"] = ("column", 0), ["batterie"] = ("batteries", 1), ["pattugliator*"] = ("warships", 1), ["sottomarin*"] = ("warships", 1), ["corvett*"] = ("warships", 1), ["reparti"] = ("units", 0), ["reparto"] = ("units", 0), ["scaglione"] = ("contingent", 1), ["paramilitari"] = ("fighters", 1), ["ribelli"] = ("fighters", 1),
        },
        Modes = new Dictionary<string, TransportMode>
        {
            ["nave"] = TransportMode.Sea, ["navi"] = TransportMode.Sea, ["traghett*"] = TransportMode.Sea, ["via mare"] = TransportMode.Sea, ["per mare"] = TransportMode.Sea,
            ["salpat*"] = TransportMode.Sea, ["salpa*"] = TransportMode.Sea, ["treno"] = TransportMode.Rail, ["treni"] = TransportMode.Rail, ["ferrovi*"] = TransportMode.Rail,
            ["aereo"] = TransportMode.Air, ["aerei"] = TransportMode.Air, ["voli"] = TransportMode.Air, ["volo"] = TransportMode.Air, ["ponte aereo"] = TransportMode.Air,
            ["via aerea"] = TransportMode.Air, ["elicotter*"] = TransportMode.Air, ["aviotrasport*"] = TransportMode.Air, ["atterr*"] = TransportMode.Air,
            ["camion"] = TransportMode.Road, ["convogli*"] = TransportMode.Road, ["colonna"] = TransportMode.Road, ["colonne"] = TransportMode.Road, ["su strada"] = TransportMode.Road,
            ["pullman"] = TransportMode.Road, ["autobus"] = TransportMode.Road, ["a piedi"] = TransportMode.Foot,
            // A warship moves by sea ("portaerei" is no aircraft); to take off is to go by air.
            ["portaerei"] = TransportMode.Sea, ["fregat*"] = TransportMode.Sea, ["cacciatorpedinier*"] = TransportMode.Sea, ["sottomarin*"] = TransportMode.Sea,
            ["decoll*"] = TransportMode.Air,
        },
        StatusCues = new Dictionary<string, MovementStatus>
        {
            // A time still to come is a plan, whatever the tense ("i rinforzi arrivano nei prossimi giorni").
            ["nei prossimi giorni"] = MovementStatus.Planned, ["nelle prossime settimane"] = MovementStatus.Planned, ["nei prossimi mesi"] = MovementStatus.Planned,
            ["prevede"] = MovementStatus.Planned, ["previst*"] = MovementStatus.Planned, ["intende"] = MovementStatus.Planned, ["pianifica*"] = MovementStatus.Planned,
            ["deve"] = MovementStatus.Planned, ["devono"] = MovementStatus.Planned, ["dovrà"] = MovementStatus.Planned, ["dovranno"] = MovementStatus.Planned, ["dovrebbe*"] = MovementStatus.Planned, ["sarà"] = MovementStatus.Planned,
            ["saranno"] = MovementStatus.Planned, ["invierà*"] = MovementStatus.Planned, ["schiererà*"] = MovementStatus.Planned, ["partirà*"] = MovementStatus.Planned,
            ["arriverà*"] = MovementStatus.Planned, ["rientrerà*"] = MovementStatus.Planned, ["lascerà*"] = MovementStatus.Planned, ["atterreranno"] = MovementStatus.Planned,
            ["tornerà*"] = MovementStatus.Planned, ["raggiungerà*"] = MovementStatus.Planned, ["trasferirà*"] = MovementStatus.Planned, ["si ritirerà*"] = MovementStatus.Planned,
            ["ha deciso"] = MovementStatus.Planned, ["ha annunciato"] = MovementStatus.Planned, ["è pronto a"] = MovementStatus.Planned,
            ["sta"] = MovementStatus.UnderWay, ["stanno"] = MovementStatus.UnderWay, ["stava"] = MovementStatus.UnderWay, ["stavano"] = MovementStatus.UnderWay, ["in viaggio"] = MovementStatus.UnderWay, ["in rotta"] = MovementStatus.UnderWay, ["diretta"] = MovementStatus.UnderWay, ["diretto"] = MovementStatus.UnderWay, ["diretti"] = MovementStatus.UnderWay, ["dirette"] = MovementStatus.UnderWay, ["in corso"] = MovementStatus.UnderWay,
            ["si dirig*"] = MovementStatus.UnderWay, ["avanza*"] = MovementStatus.UnderWay, ["viaggiano"] = MovementStatus.UnderWay, ["in navigazione"] = MovementStatus.UnderWay,
            ["è"] = MovementStatus.Completed, ["sono"] = MovementStatus.Completed, ["ha"] = MovementStatus.Completed, ["hanno"] = MovementStatus.Completed,
            ["era"] = MovementStatus.Completed, ["erano"] = MovementStatus.Completed, ["aveva"] = MovementStatus.Completed, ["avevano"] = MovementStatus.Completed,
        },
        // Present, imperfect and gerund ("si ritirano", "avanzavano", "avanzando"): in progress; the future ("rientrerà"): planned.
        UnderWayEndings = ["ano", "ono", "ava", "avano", "eva", "evano", "iva", "ivano", "ando", "endo"],
        PlannedEndings = ["rà", "ranno"],
        NotTenseEndings = ["offensiva"],
        MovementVerbs = new Dictionary<string, MovementKind>
        {
            // To take off is to leave by air: "sono decollati dalla base".
            ["decoll*"] = MovementKind.Deployment,
            ["invia*"] = MovementKind.Deployment, ["invio"] = MovementKind.Deployment, ["invierà*"] = MovementKind.Deployment, ["inviat*"] = MovementKind.Deployment,
            ["mandat*"] = MovementKind.Deployment, ["schierat*"] = MovementKind.Deployment, ["schiera*"] = MovementKind.Deployment, ["dispiegat*"] = MovementKind.Deployment,
            ["dispiegamento"] = MovementKind.Deployment, ["ridispiegat*"] = MovementKind.Deployment, ["trasferit*"] = MovementKind.Deployment, ["trasferi*"] = MovementKind.Deployment,
            ["trasferimento"] = MovementKind.Deployment, ["spostat*"] = MovementKind.Deployment, ["sposta*"] = MovementKind.Deployment, ["arrivat*"] = MovementKind.Deployment,
            ["arriva*"] = MovementKind.Deployment, ["arriverà*"] = MovementKind.Deployment, ["giunt*"] = MovementKind.Deployment, ["sbarcat*"] = MovementKind.Deployment,
            ["sbarc*"] = MovementKind.Deployment, ["atterrat*"] = MovementKind.Deployment, ["atterr*"] = MovementKind.Deployment, ["trasportat*"] = MovementKind.Deployment,
            ["rinforz*"] = MovementKind.Deployment, ["raggiun*"] = MovementKind.Deployment, ["ammassat*"] = MovementKind.Deployment, ["avvicendamento"] = MovementKind.Deployment,
            ["ponte aereo"] = MovementKind.Deployment, ["porterà"] = MovementKind.Deployment,
            ["ritirat*"] = MovementKind.Withdrawal, ["ritir*"] = MovementKind.Withdrawal, ["ripiegat*"] = MovementKind.Withdrawal, ["ripiega*"] = MovementKind.Withdrawal,
            ["lasciat*"] = MovementKind.Withdrawal, ["lascia*"] = MovementKind.Withdrawal, ["abbandonat*"] = MovementKind.Withdrawal, ["evacuat*"] = MovementKind.Withdrawal,
            ["rimpatri*"] = MovementKind.Withdrawal, ["rientrat*"] = MovementKind.Withdrawal, ["rientr*"] = MovementKind.Withdrawal, ["tornat*"] = MovementKind.Withdrawal,
            ["tornerà*"] = MovementKind.Withdrawal, ["ritorno"] = MovementKind.Withdrawal, ["ripiegamento"] = MovementKind.Withdrawal,
            ["avanzat*"] = MovementKind.Advance, ["avanza*"] = MovementKind.Advance, ["penetrat*"] = MovementKind.Advance, ["entrat*"] = MovementKind.Advance,
            ["offensiva"] = MovementKind.Advance, ["incursione"] = MovementKind.Advance, ["spint*"] = MovementKind.Advance,
            ["attraversat*"] = MovementKind.Transit, ["attravers*"] = MovementKind.Transit, ["si dirig*"] = MovementKind.Transit, ["diretto"] = MovementKind.Transit,
            ["diretta"] = MovementKind.Transit, ["diretti"] = MovementKind.Transit, ["dirette"] = MovementKind.Transit, ["in rotta"] = MovementKind.Transit,
            ["salpat*"] = MovementKind.Transit, ["salpa*"] = MovementKind.Transit, ["partit*"] = MovementKind.Transit, ["partirà*"] = MovementKind.Transit,
            ["transitat*"] = MovementKind.Transit, ["transito"] = MovementKind.Transit, ["in viaggio"] = MovementKind.Transit, ["viaggiano"] = MovementKind.Transit,
        },
        DepartureVerbs = ["partit*", "salpat*", "decollat*", "lasciat*"],
        Inchoatives = ["è cominciato", "è cominciata", "è iniziato", "è iniziata", "ha iniziato", "hanno iniziato", "ha cominciato", "hanno cominciato", "cominciato", "iniziato", "ha preso il via"],
        SourceOpeners = ["secondo", "stando a", "a detta di", "citando", "citato da", "come riferito da"],
        ReportingVerbs = ["ha detto", "ha dichiarato", "ha affermato", "ha annunciato", "ha riferito", "ha precisato", "ha aggiunto", "ha confermato", "ha spiegato",
            "ha rivelato", "ha reso noto", "riferisce", "riferiscono", "afferma", "dichiara", "stima", "ha stimato", "sostiene", "fa sapere", "ha fatto sapere", "ha comunicato", "ha avvertito", "ha sottolineato", "ha ribadito", "ha ricordato", "ha denunciato",
            // Belief, as English "believes": "Gli analisti di Seul ritengono che …" (Seoul is the source, not the mover).
            "ritiene", "ritengono", "credono", "stimano"],
        ReactionCues = ["ha chiesto", "chiede", "reclam*", "ha preteso", "visit*", "convocat*", "ambasciatore", "ambasciata", "condann*", "critic*", "preoccupazione", "sanzion*", "protest*", "rassicur*",
            // A person who travels for talks or a summit makes a visit, not a movement of forces.
            "per colloqui", "per incontrare", "per un vertice", "per un incontro"],
        PlacePrepositions = new Dictionary<string, PlaceRole>
        {
            // Where a force is based is where a movement of it starts: "i militari di stanza a Pordenone partiranno …".
            ["di stanza a"] = PlaceRole.Origin, ["di stanza in"] = PlaceRole.Origin, ["con base a"] = PlaceRole.Origin,
            // From the surroundings of a place is from that place, near enough: "si sono ritirati dai dintorni di Kherson".
            ["dai dintorni di"] = PlaceRole.Origin, ["dai dintorni del"] = PlaceRole.Origin, ["dalle vicinanze di"] = PlaceRole.Origin,
            ["dalla periferia di"] = PlaceRole.Origin,
            ["da"] = PlaceRole.Origin, ["dal"] = PlaceRole.Origin, ["dalla"] = PlaceRole.Origin, ["dall'"] = PlaceRole.Origin, ["dallo"] = PlaceRole.Origin,
            ["dai"] = PlaceRole.Origin, ["dagli"] = PlaceRole.Origin, ["dalle"] = PlaceRole.Origin, ["provenienti da"] = PlaceRole.Origin, ["partiti da"] = PlaceRole.Origin,
            ["lasciato"] = PlaceRole.Origin, ["evacuato"] = PlaceRole.Origin, ["evacuata"] = PlaceRole.Origin, ["evacuare"] = PlaceRole.Origin, ["lasciare"] = PlaceRole.Origin, ["lasciando"] = PlaceRole.Origin, ["lascerà"] = PlaceRole.Origin, ["lasceranno"] = PlaceRole.Origin,
            ["via"] = PlaceRole.Via, ["attraverso"] = PlaceRole.Via, ["passando per"] = PlaceRole.Via, ["transitando per"] = PlaceRole.Via, ["per"] = PlaceRole.Destination,
            // A place reached is the verb's object: "hanno raggiunto Kupiansk", "raggiungere la base di Ādaži".
            ["raggiunto"] = PlaceRole.Destination, ["raggiungere"] = PlaceRole.Destination, ["raggiungeranno"] = PlaceRole.Destination, ["raggiungerà"] = PlaceRole.Destination,
            ["verso"] = PlaceRole.Destination, ["alla volta di"] = PlaceRole.Destination, ["fino a"] = PlaceRole.Destination, ["diretti a"] = PlaceRole.Destination,
            ["diretti verso"] = PlaceRole.Destination, ["in direzione di"] = PlaceRole.Destination, ["con destinazione"] = PlaceRole.Destination,
            ["a"] = PlaceRole.Destination, ["ad"] = PlaceRole.Destination, ["al"] = PlaceRole.Destination, ["alla"] = PlaceRole.Destination, ["all'"] = PlaceRole.Destination,
            ["allo"] = PlaceRole.Destination, ["ai"] = PlaceRole.Destination, ["agli"] = PlaceRole.Destination, ["alle"] = PlaceRole.Destination,
            ["in"] = PlaceRole.Destination, ["nel"] = PlaceRole.Destination, ["nella"] = PlaceRole.Destination, ["nell'"] = PlaceRole.Destination, ["nello"] = PlaceRole.Destination,
            ["nei"] = PlaceRole.Destination, ["negli"] = PlaceRole.Destination, ["nelle"] = PlaceRole.Destination, ["sul"] = PlaceRole.Destination, ["sulla"] = PlaceRole.Destination,
            ["vicino a"] = PlaceRole.Near, ["nei pressi di"] = PlaceRole.Near, ["presso"] = PlaceRole.Near, ["alle porte di"] = PlaceRole.Near, ["a nord di"] = PlaceRole.Near,
            ["a sud di"] = PlaceRole.Near, ["a est di"] = PlaceRole.Near, ["a ovest di"] = PlaceRole.Near, ["a nord-est di"] = PlaceRole.Near, ["a nord-ovest di"] = PlaceRole.Near, ["a sud-est di"] = PlaceRole.Near, ["a sud-ovest di"] = PlaceRole.Near, ["al confine con"] = PlaceRole.Near, ["a pochi chilometri da"] = PlaceRole.Near,
        },
        // "per" is no locative: "partiranno da Pisa per la Lettonia" (for Latvia) says where they go, not where Pisa is.
        LocativePrepositions = ["a", "ad", "al", "alla", "all'", "allo", "ai", "agli", "alle", "in", "nel", "nella", "nell'", "nello", "nei", "negli", "nelle", "sul", "sulla"],
        // Nouns and sentence-opening words that GeoNames also lists as places ("il Paese" is the country being written about,
        // "Marina" the navy, "Sul" and "Dopo" a contraction and an adverb at the start of a sentence): never places alone.
        NotPlaceWords = ["paese", "marina", "sul", "sulla", "dopo", "difesa", "esercito", "aeronautica", "stato", "governo", "nord", "sud", "est", "ovest",
            "fronte", "confine", "regione", "zona", "base", "porto", "capitale", "centro", "secondo", "mentre", "oltre", "intanto", "inoltre", "forze"],
        ArticleContractions = ["del", "dello", "della", "dell'", "dei", "degli", "delle", "al", "allo", "alla", "all'", "ai", "agli", "alle",
            "dal", "dallo", "dalla", "dall'", "dai", "dagli", "dalle", "nel", "nello", "nella", "nell'", "nei", "negli", "nelle", "sul", "sullo", "sulla", "sull'", "sui", "sugli", "sulle"],
        Articles = ["il", "lo", "la", "l'", "i", "gli", "le", "un", "una", "uno"],
        AnaphoricSubjects = ["i loro", "le loro", "i soldati", "questi soldati", "le truppe", "queste truppe", "i militari", "questi militari", "il contingente", "la colonna", "il convoglio", "gli uomini",
            // The vehicle that carries them, named again: "La nave è salpata da Livorno. La nave raggiungerà Riga sabato".
            "il treno", "la nave", "l'aereo", "l'unità"],
        // A point of the compass after the noun ("la provincia meridionale di Syunik") is part of the place noun.
        RegionNouns = ["regione", "regioni", "oblast", "krai", "provincia", "prefettura", "governatorato", "territorio", "repubblica", "stato", "contea", "cantone",
            "dipartimento", "voivodato"],
        // "la regione di Kursk", "la provincia del Nord Kivu", "l'oblast di Belgorod".
        RegionOpeners = [.. from noun in (string[])["regione", "regioni", "oblast", "krai", "provincia", "prefettura", "governatorato", "territorio", "repubblica",
                "stato", "contea", "cantone", "dipartimento", "voivodato"]
            from link in (string[])["di", "del", "della", "dell'"]
            select noun + " " + link],
        FacilityNouns = ["base", "aeroporto", "aerodromo", "porto", "stazione", "guarnigione", "poligono", "navale", "flotta", "baia"],
        LocatedParticiples = ["situato", "situata", "situati", "situate", "ubicato", "ubicata", "ubicati"],
        NearPhrases = ["vicino a", "vicino al", "vicino alla", "nei pressi di", "nei pressi del", "nei pressi della", "presso", "non lontano da", "alle porte di",
            "nord di", "sud di", "est di", "ovest di", "nord-est di", "nord-ovest di", "sud-est di", "sud-ovest di", "km da", "chilometri da", "dintorni di"],
        BorderPhrases = ["confine con", "confini con", "frontiera con", "al confine con"],
        PlaceHeads = ["settore", "prima linea", "linea del fronte", "il", "lo", "la", "l'", "i", "gli", "le", "suo", "sua", "suoi", "sue", "loro", "baia", "nord", "sud", "est", "ovest", "nord-est", "nord-ovest", "sud-est", "sud-ovest", "regione", "provincia", "città", "porto", "base", "basi", "base aerea", "base navale", "aeroporto",
            "località", "stato", "repubblica", "penisola", "isola", "campo", "guarnigione", "caserma", "oblast", "capitale", "villaggio", "militare", "aerea", "navale", "voivodato", "distretto", "dipartimento", "governatorato", "territorio", "arcipelago", "isole",
            "di", "del", "della", "dell'", "dei", "delle",
            "meridionale", "settentrionale", "orientale", "occidentale", "centrale"],
        WeakOrigins = ["di", "del", "della", "dell'"],
        FrontNouns = ["fronte"],
        // "arrivare a" before an infinitive is "to come to" ("che arrivò a contare 15.000 uomini"), no arrival.
        // "non sono stati inviati", "non si ritireranno", "nessun militare", "ha escluso di inviare": see NegationWords.
        DropsSubject = true,
        Negation = new()
        {
            Before = ["non", "nessuna intenzione di"],
            Determiners = ["nessun", "nessuno", "nessuna", "nessun'"],
            Denials = ["rifiut*", "escluso", "esclude", "escludono", "negato", "nega", "negano", "smentit*", "smentisce", "smentiscono"],
            Bridges = ["si", "ci", "ne", "lo", "la", "li", "le", "è", "sono", "era", "erano", "sarà", "saranno", "sarebbe", "sarebbero", "stato",
                "stata", "stati", "state", "essere", "ha", "hanno", "aveva", "avevano", "avrà", "avranno", "avere", "aver", "va", "vanno", "intende",
                "intendono", "prevede", "prevedono", "previsto", "prevista", "previsti", "può", "possono", "potrà", "potranno", "deve", "devono",
                "dovrà", "dovranno", "dovrebbe", "dovrebbero", "vuole", "vogliono", "ancora", "mai", "più", "affatto", "di", "a", "ufficialmente",
                "immediatamente", "per ora"],
            Exceptions = ["non solo", "non soltanto", "non lontano", "non distante", "non meno", "non più di", "non oltre"],
            Yet = ["ancora"],
            Conjunctions = ["e", "ed", "ma", "o", "mentre", "perché", "poiché", "dopo", "prima"],
        },
        NoMovementCues = ["resta", "restano", "resterà", "resteranno", "rimane", "rimangono", "rimarrà", "rimarranno", "morti", "feriti", "uccisi",
            "arriv* a contare", "arriv* ad avere", "arriv* a essere", "arriv* a schierare",
            // An arrest ("detained while trying to cross into …") moves no force.
            "arrestato", "arrestati", "arrestata", "detenuto", "detenuti", "incarcerat*"],
        CompanionCues = ["accompagnato da", "accompagnata da", "accompagnati da", "accompagnate da", "scortato da", "scortata da", "scortati da", "scortate da",
            "insieme a", "insieme ai", "insieme alle"],
        ClauseOpeners = ["mentre"],
        PlaceRelatives = ["dove"],
        RelativeOpeners = [", che", "dove", "i quali", "le quali", "il quale", "la quale"],
        // "là" and "lì" fold to the article "la" and the pronoun "li": only after "da" ("da lì saranno trasferiti") are they "there".
        // "il mar Rosso", "il golfo di Aden", "lo stretto di Hormuz": water bodies are written with a lower-case common noun first.
        NameNouns = ["mar", "mare", "golfo", "stretto", "oceano", "canale", "baia", "lago",
            // "Mediterraneo orientale", "Pacifico occidentale": a part of a sea named by a lower-case direction after it.
            "orientale", "occidentale", "settentrionale", "meridionale"],
        PlaceBackReferences = ["il paese", "paese", "da lì", "da là", "zona", "regione", "area", "quella zona", "quella regione",
            "città", "quella città", "località", "quella località", "capitale"],
        CountryBackReferences = ["il paese", "paese"],
        AreaBackReferences = ["zona", "regione", "area", "quella zona", "quella regione"],
        TownBackReferences = ["città", "quella città", "località", "quella località"],
        CapitalBackReferences = ["capitale"],
        HomeReferences = ["in patria", "a casa", "verso il proprio territorio", "nel proprio territorio", "nel proprio paese", "verso il proprio paese", "nel loro paese"],
        PastDayMarkers = ["scorso", "scorsa"],
        NextDayMarkers = ["prossimo", "prossima"],
        IntelligenceWords = ["intelligence", "servizi segreti", "servizi di intelligence", "spionaggio"],
        TimeLeads = ["a", "in", "da", "dal", "dall'", "durante", "fino a", "entro", "inizio", "fine", "metà", "già a"],
    };
}
