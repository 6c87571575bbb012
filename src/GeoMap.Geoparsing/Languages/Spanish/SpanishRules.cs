using GeoMap.Core.Movements;

namespace GeoMap.Geoparsing.Languages.Spanish;

/// <summary>The Spanish lexicons: numbers, dates, units, transport, movement verbs, status, sources and prepositions.</summary>
/// <remarks>
/// "a", "hacia", "hasta", "rumbo a" give a destination; "en" only a location (a destination when no directional
/// preposition names one); "desde", "procedente de" an origin, and "de" an origin only when the sentence has a
/// destination ("de Kiev a Bélgorod"), since "de" also links a noun to a name ("la región de Kursk").
/// </remarks>
public static class SpanishRules
{
    /// <summary>The Spanish rule set.</summary>
    public static LanguageRules Rules { get; } = new()
    {
        Code = "es",
        Stopwords = ["el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "por", "con", "para", "se", "su", "sus", "al", "es", "lo", "como",
            "más", "pero", "han", "ha", "fue", "según", "desde", "hacia", "también", "este", "esta", "sido", "entre"],
        Abbreviations = ["Sr", "Sra", "Dr", "Gral", "Gen", "Cnel", "Tte", "St", "EE", "UU", "núm", "etc", "ene", "feb", "mar", "abr", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
        NumberWords = new Dictionary<string, int>
        {
            ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6, ["siete"] = 7, ["ocho"] = 8, ["nueve"] = 9, ["diez"] = 10,
            ["once"] = 11, ["doce"] = 12, ["trece"] = 13, ["catorce"] = 14, ["quince"] = 15, ["dieciséis"] = 16, ["diecisiete"] = 17, ["dieciocho"] = 18,
            ["diecinueve"] = 19, ["veinte"] = 20, ["treinta"] = 30, ["cuarenta"] = 40, ["cincuenta"] = 50, ["sesenta"] = 60, ["setenta"] = 70,
            ["ochenta"] = 80, ["noventa"] = 90, ["doscientos"] = 200, ["doscientas"] = 200, ["trescientos"] = 300, ["trescientas"] = 300,
            ["cuatrocientos"] = 400, ["quinientos"] = 500, ["seiscientos"] = 600, ["setecientos"] = 700, ["ochocientos"] = 800, ["novecientos"] = 900,
        },
        ScaleWords = new Dictionary<string, int> { ["cien"] = 100, ["ciento"] = 100, ["mil"] = 1000, ["millón"] = 1_000_000, ["millones"] = 1_000_000 },
        NumberJoiners = ["y"],
        VagueQuantities = new Dictionary<string, (int?, int?)>
        {
            ["varios miles"] = (null, null), ["unos miles"] = (null, null), ["miles de"] = (null, null), ["decenas de miles"] = (null, null),
            ["cientos de miles"] = (null, null), ["varios cientos"] = (null, null), ["cientos de"] = (null, null), ["centenares de"] = (null, null),
            ["decenas de"] = (null, null), ["varias decenas"] = (null, null), ["varios centenares"] = (null, null),
            ["un millar"] = (1_000, 1_000), ["un centenar"] = (100, 100), ["una centena"] = (100, 100), ["una decena"] = (10, 10),
        },
        UpperBoundCues = ["hasta", "como máximo", "a lo sumo", "menos de", "no más de"],
        LowerBoundCues = ["al menos", "más de", "como mínimo", "por lo menos", "no menos de"],
        ApproximateCues = ["unos", "unas", "alrededor de", "cerca de", "aproximadamente", "casi", "en torno a", "un total de", "al menos unos", "algo más de"],
        RangeOpeners = ["entre", "de", "del"],
        RangeJoiners = ["y", "a", "al", "-", "–"],
        NonCountUnits = ["%", "por ciento", "€", "$", "euros", "dólares", "rublos", "km", "kilómetros", "metros", "m", "años", "año", "meses", "días", "horas", "minutos",
            "toneladas", "millones de", "kg", "habitantes"],
        Months = new Dictionary<string, int>
        {
            ["enero"] = 1, ["ene"] = 1, ["febrero"] = 2, ["feb"] = 2, ["marzo"] = 3, ["abril"] = 4, ["abr"] = 4, ["mayo"] = 5, ["junio"] = 6, ["julio"] = 7,
            ["agosto"] = 8, ["ago"] = 8, ["septiembre"] = 9, ["setiembre"] = 9, ["sept"] = 9, ["octubre"] = 10, ["oct"] = 10, ["noviembre"] = 11, ["nov"] = 11,
            ["diciembre"] = 12, ["dic"] = 12,
        },
        Weekdays = new Dictionary<string, DayOfWeek>
        {
            ["lunes"] = DayOfWeek.Monday, ["martes"] = DayOfWeek.Tuesday, ["miércoles"] = DayOfWeek.Wednesday, ["jueves"] = DayOfWeek.Thursday,
            ["viernes"] = DayOfWeek.Friday, ["sábado"] = DayOfWeek.Saturday, ["domingo"] = DayOfWeek.Sunday,
        },
        RelativeDays = new Dictionary<string, int> { ["ayer"] = -1, ["anteayer"] = -2, ["hoy"] = 0, ["mañana"] = 1, ["anoche"] = -1, ["esta madrugada"] = 0 },
        SameDayPhrases = ["por la mañana", "a media mañana", "a primera hora de la mañana", "por la tarde", "a media tarde", "por la noche", "a mediodía",
            "al mediodía", "al amanecer", "al anochecer", "de madrugada", "ese mismo día", "ese día",
            // Right after the event told.
            "poco después", "acto seguido",
            // The movement done for the event just told is on its day.
            "para ello", "para la operación"],
        RelativeWeeks = new Dictionary<string, int>
        {
            ["la semana pasada"] = -1, ["la pasada semana"] = -1, ["esta semana"] = 0, ["la próxima semana"] = 1, ["la semana próxima"] = 1, ["la semana que viene"] = 1,
        },
        Weekends = new Dictionary<string, int> { ["fin de semana"] = 0, ["fin de semana pasado"] = 0, ["próximo fin de semana"] = 1, ["fin de semana que viene"] = 1 },
        RelativeMonths = new Dictionary<string, int> { ["el mes pasado"] = -1, ["este mes"] = 0, ["el próximo mes"] = 1, ["el mes próximo"] = 1, ["el mes que viene"] = 1 },
        RelativeYears = new Dictionary<string, int>
        {
            ["el año pasado"] = -1, ["el pasado año"] = -1, ["del año pasado"] = -1, ["del pasado año"] = -1, ["este año"] = 0, ["de este año"] = 0,
            ["el próximo año"] = 1, ["el año próximo"] = 1, ["el año que viene"] = 1, ["del próximo año"] = 1, ["del año próximo"] = 1, ["del año que viene"] = 1,
        },
        MonthParts = new Dictionary<string, MonthPart>
        {
            ["principios de"] = MonthPart.Early, ["comienzos de"] = MonthPart.Early, ["inicios de"] = MonthPart.Early, ["mediados de"] = MonthPart.Mid,
            ["finales de"] = MonthPart.Late, ["fines de"] = MonthPart.Late, ["final de"] = MonthPart.Late,
            ["la primera semana de"] = MonthPart.FirstWeek, ["la última semana de"] = MonthPart.LastWeek,
            ["la primera quincena de"] = MonthPart.FirstHalf, ["la segunda quincena de"] = MonthPart.SecondHalf, ["la primera mitad de"] = MonthPart.FirstHalf,
            ["la segunda mitad de"] = MonthPart.SecondHalf,
        },
        Units = new Dictionary<string, (string, int)>
        {
            ["fuerzas especiales"] = ("special forces", 3), ["comandos"] = ("special forces", 3), ["infantería de marina"] = ("marines", 3), ["infantes de marina"] = ("marines", 3), ["marines"] = ("marines", 3),
            ["paracaidistas"] = ("paratroopers", 3), ["tropas aerotransportadas"] = ("airborne troops", 3), ["brigada*"] = ("brigade", 2), ["batallón"] = ("battalion", 2),
            ["batallones"] = ("battalion", 2), ["regimiento*"] = ("regiment", 2), ["división"] = ("division", 2), ["divisiones"] = ("division", 2),
            ["compañía*"] = ("company", 2), ["contingente*"] = ("contingent", 1), ["mercenarios"] = ("mercenaries", 2), ["reservistas"] = ("reservists", 2),
            ["reclutas"] = ("conscripts", 2), ["instructores"] = ("instructors", 2), ["asesores militares"] = ("military advisers", 3), ["asesores"] = ("advisers", 1),
            ["soldados"] = ("soldiers", 1), ["soldado"] = ("soldiers", 1), ["tropas"] = ("troops", 1), ["militares"] = ("soldiers", 1), ["efectivos"] = ("personnel", 1),
            ["combatientes"] = ("fighters", 1), ["milicianos"] = ("fighters", 1), ["hombres"] = ("men", 0), ["fuerzas"] = ("forces", 0), ["unidades"] = ("units", 0),
            ["refuerzos"] = ("reinforcements", 0), ["cascos azules"] = ("peacekeepers", 2), ["tanques"] = ("tanks", 2), ["carros de combate"] = ("tanks", 2),
            ["blindados"] = ("armoured vehicles", 2), ["vehículos"] = ("vehicles", 0), ["buques de guerra"] = ("warships", 1), ["fragata*"] = ("warships", 1),
            ["destructor*"] = ("warships", 1), ["portaaviones"] = ("warships", 1), ["cazas"] = ("fighter jets", 1), ["bombarderos"] = ("bombers", 1),
            ["grupos tácticos"] = ("battalion tactical groups", 2), ["marinos"] = ("sailors", 1), ["marineros"] = ("sailors", 1), ["ejército"] = ("army", 0), ["infantería"] = ("infantry", 1), ["guardias fronterizos"] = ("border guards", 2), ["convoy"] = ("convoy", 0), ["convoyes"] = ("convoy", 0), ["columna"] = ("column", 0), ["columnas"] = ("column", 0), ["baterías"] = ("batteries", 1), ["patrullero*"] = ("warships", 1), ["submarino*"] = ("warships", 1), ["corbeta*"] = ("warships", 1), ["paramilitares"] = ("fighters", 1), ["rebeldes"] = ("fighters", 1),
        },
        Modes = new Dictionary<string, TransportMode>
        {
            ["buque*"] = TransportMode.Sea, ["barco*"] = TransportMode.Sea, ["ferri*"] = TransportMode.Sea, ["por mar"] = TransportMode.Sea, ["vía marítima"] = TransportMode.Sea,
            ["zarp*"] = TransportMode.Sea, ["navío*"] = TransportMode.Sea, ["tren"] = TransportMode.Rail, ["trenes"] = TransportMode.Rail, ["ferrocarril"] = TransportMode.Rail,
            ["ferroviari*"] = TransportMode.Rail, ["avión"] = TransportMode.Air, ["aviones"] = TransportMode.Air, ["puente aéreo"] = TransportMode.Air, ["por aire"] = TransportMode.Air,
            ["vía aérea"] = TransportMode.Air, ["helicóptero*"] = TransportMode.Air, ["vuelo*"] = TransportMode.Air, ["aerotransport*"] = TransportMode.Air,
            ["camion*"] = TransportMode.Road, ["convoy*"] = TransportMode.Road, ["columna*"] = TransportMode.Road, ["por carretera"] = TransportMode.Road,
            ["autobuses"] = TransportMode.Road, ["camionetas"] = TransportMode.Road, ["a pie"] = TransportMode.Foot,
            // A warship moves by sea ("portaaviones" is no aircraft); to take off is to go by air.
            ["portaaviones"] = TransportMode.Sea, ["fragata*"] = TransportMode.Sea, ["patrullero*"] = TransportMode.Sea, ["destructor*"] = TransportMode.Sea,
            ["submarino*"] = TransportMode.Sea, ["despeg*"] = TransportMode.Air, ["volar"] = TransportMode.Air, ["vuela"] = TransportMode.Air, ["vuelan"] = TransportMode.Air,
            ["voló"] = TransportMode.Air, ["volaron"] = TransportMode.Air, ["volará"] = TransportMode.Air, ["volarán"] = TransportMode.Air,
        },
        StatusCues = new Dictionary<string, MovementStatus>
        {
            // A time still to come is a plan, whatever the tense ("los refuerzos llegan en los próximos días").
            ["en los próximos días"] = MovementStatus.Planned, ["en las próximas semanas"] = MovementStatus.Planned, ["en los próximos meses"] = MovementStatus.Planned,
            ["en los días venideros"] = MovementStatus.Planned,
            ["va a"] = MovementStatus.Planned, ["van a"] = MovementStatus.Planned, ["prevé"] = MovementStatus.Planned, ["prevén"] = MovementStatus.Planned,
            ["previsto*"] = MovementStatus.Planned, ["planea*"] = MovementStatus.Planned, ["tiene previsto"] = MovementStatus.Planned, ["se espera"] = MovementStatus.Planned,
            ["anunció"] = MovementStatus.Planned, ["será*"] = MovementStatus.Planned, ["serán"] = MovementStatus.Planned, ["deberá*"] = MovementStatus.Planned,
            // An obligation or a deadline to move is a plan: "deben abandonar el país antes de marzo".
            ["debe"] = MovementStatus.Planned, ["deben"] = MovementStatus.Planned, ["debería*"] = MovementStatus.Planned,
            ["enviará*"] = MovementStatus.Planned, ["desplegará*"] = MovementStatus.Planned, ["llegará*"] = MovementStatus.Planned, ["partirá*"] = MovementStatus.Planned,
            ["regresará*"] = MovementStatus.Planned, ["se retirará*"] = MovementStatus.Planned, ["trasladará*"] = MovementStatus.Planned, ["saldrá*"] = MovementStatus.Planned,
            ["volverá*"] = MovementStatus.Planned, ["se sumará*"] = MovementStatus.Planned, ["decidió"] = MovementStatus.Planned, ["aprobó"] = MovementStatus.Planned,
            ["está siendo"] = MovementStatus.UnderWay, ["están siendo"] = MovementStatus.UnderWay, ["en camino"] = MovementStatus.UnderWay, ["en ruta"] = MovementStatus.UnderWay,
            ["se dirige*"] = MovementStatus.UnderWay, ["avanza*"] = MovementStatus.UnderWay, ["continúa*"] = MovementStatus.UnderWay, ["sigue"] = MovementStatus.UnderWay, ["siguen"] = MovementStatus.UnderWay,
            ["en curso"] = MovementStatus.UnderWay, ["está"] = MovementStatus.UnderWay, ["están"] = MovementStatus.UnderWay, ["se repliegan"] = MovementStatus.UnderWay, ["se reagrupan"] = MovementStatus.UnderWay,
            ["rumbo a"] = MovementStatus.UnderWay, ["estudia enviar"] = MovementStatus.Planned, ["estudian enviar"] = MovementStatus.Planned, ["rumbo al"] = MovementStatus.UnderWay, ["con destino a"] = MovementStatus.UnderWay, ["con destino al"] = MovementStatus.UnderWay,
            ["ha"] = MovementStatus.Completed, ["han"] = MovementStatus.Completed, ["había"] = MovementStatus.Completed, ["habían"] = MovementStatus.Completed, ["fue"] = MovementStatus.Completed, ["fueron"] = MovementStatus.Completed,
        },
        // Present, imperfect and gerund ("avanzan", "navegaban", "avanzando"): in progress; the future ("avanzará"): planned.
        UnderWayEndings = ["an", "en", "aba", "aban", "ía", "ían", "ando", "iendo"],
        PlannedEndings = ["rá", "rán"],
        MovementVerbs = new Dictionary<string, MovementKind>
        {
            // To take off is to leave by air: "despegaron de la base".
            ["despeg*"] = MovementKind.Deployment,
            // To fly (not "vol*": "voluntarios", "volumen"): "volarán desde la base aérea de Zaragoza".
            ["volar"] = MovementKind.Deployment, ["vuela"] = MovementKind.Deployment, ["vuelan"] = MovementKind.Deployment, ["voló"] = MovementKind.Deployment,
            ["volaron"] = MovementKind.Deployment, ["volará"] = MovementKind.Deployment, ["volarán"] = MovementKind.Deployment,
            ["envi*"] = MovementKind.Deployment, ["despleg*"] = MovementKind.Deployment, ["desplieg*"] = MovementKind.Deployment, ["redespleg*"] = MovementKind.Deployment,
            ["traslad*"] = MovementKind.Deployment, ["transfer*"] = MovementKind.Deployment, ["movilizó"] = MovementKind.Deployment, ["moviliz*"] = MovementKind.Deployment,
            ["llegad*"] = MovementKind.Deployment, ["lleg*"] = MovementKind.Deployment, ["arrib*"] = MovementKind.Deployment, ["desembarc*"] = MovementKind.Deployment,
            ["aterriz*"] = MovementKind.Deployment, ["transport*"] = MovementKind.Deployment, ["reforz*"] = MovementKind.Deployment, ["refuerz*"] = MovementKind.Deployment,
            ["concentr*"] = MovementKind.Deployment, ["mandó"] = MovementKind.Deployment, ["mandaron"] = MovementKind.Deployment, ["mandado"] = MovementKind.Deployment, ["destacad*"] = MovementKind.Deployment, ["relevo"] = MovementKind.Deployment, ["relevar"] = MovementKind.Deployment,
            ["se sumará*"] = MovementKind.Deployment, ["puente aéreo"] = MovementKind.Deployment, ["reubic*"] = MovementKind.Deployment, ["alcanz*"] = MovementKind.Deployment,
            ["retir*"] = MovementKind.Withdrawal, ["repleg*"] = MovementKind.Withdrawal, ["repliegue"] = MovementKind.Withdrawal, ["abandon*"] = MovementKind.Withdrawal,
            ["evacu*"] = MovementKind.Withdrawal, ["repatri*"] = MovementKind.Withdrawal, ["regres*"] = MovementKind.Withdrawal, ["volv*"] = MovementKind.Withdrawal,
            ["salid*"] = MovementKind.Withdrawal, ["salir"] = MovementKind.Withdrawal, ["salen"] = MovementKind.Withdrawal, ["salió"] = MovementKind.Withdrawal, ["salieron"] = MovementKind.Withdrawal, ["saldrá*"] = MovementKind.Withdrawal,
            ["dejar*"] = MovementKind.Withdrawal, ["dejó"] = MovementKind.Withdrawal, ["dejaron"] = MovementKind.Withdrawal, ["retorn*"] = MovementKind.Withdrawal,
            ["avanz*"] = MovementKind.Advance, ["avance*"] = MovementKind.Advance, ["penetr*"] = MovementKind.Advance, ["entraron"] = MovementKind.Advance, ["entró"] = MovementKind.Advance, ["entrado"] = MovementKind.Advance, ["entrar"] = MovementKind.Advance,
            ["irrumpi*"] = MovementKind.Advance, ["ofensiva"] = MovementKind.Advance, ["incursión"] = MovementKind.Advance, ["ingres*"] = MovementKind.Advance,
            ["cruz*"] = MovementKind.Transit, ["atraves*"] = MovementKind.Transit, ["se dirig*"] = MovementKind.Transit, ["rumbo a"] = MovementKind.Transit,
            ["en camino"] = MovementKind.Transit, ["zarp*"] = MovementKind.Transit, ["partió"] = MovementKind.Transit, ["partieron"] = MovementKind.Transit,
            ["partirá*"] = MovementKind.Transit, ["transit*"] = MovementKind.Transit, ["navega*"] = MovementKind.Transit, ["pasó"] = MovementKind.Transit, ["pasaron"] = MovementKind.Transit,
        },
        DepartureVerbs = ["partió", "partieron", "zarpó", "zarparon", "despegó", "despegaron", "salió", "salieron", "abandonó", "abandonaron", "dejó", "dejaron"],
        Inchoatives = ["comenzó", "comenzaron", "ha comenzado", "han comenzado", "empezó", "empezaron", "ha empezado", "han empezado", "inició", "iniciaron", "ha iniciado", "han iniciado"],
        SourceOpeners = ["según", "de acuerdo con", "citando", "citado por", "a juicio de"],
        ReportingVerbs = ["dijo", "afirmó", "declaró", "indicó", "informó", "anunció", "aseguró", "señaló", "explicó", "confirmó", "precisó", "añadió", "reveló",
            "estimó", "calcula", "advirtió", "sostuvo", "denunció", "detalló", "comunicó", "dice", "afirma", "asegura", "subrayó", "recordó", "reiteró", "agregó"],
        ReactionCues = ["exigió", "exige", "reclamó", "reclama", "pidió", "visit*", "convoc*", "embajador", "embajada", "conden*", "critic*", "preocupación", "sancion*", "protest*", "tranquiliz*",
            // A person who travels for talks or a summit makes a visit, not a movement of forces.
            "para reunirse", "para mantener conversaciones", "para una cumbre", "para entrevistarse"],
        PlacePrepositions = new Dictionary<string, PlaceRole>
        {
            // Where a force is based is where a movement of it starts: "los soldados con base en Zaragoza viajarán …".
            ["con base en"] = PlaceRole.Origin, ["estacionados en"] = PlaceRole.Origin, ["acantonados en"] = PlaceRole.Origin,
            // From the surroundings of a place is from that place, near enough: "se retiraron de los alrededores de Goma".
            ["de los alrededores de"] = PlaceRole.Origin, ["desde los alrededores de"] = PlaceRole.Origin, ["de las inmediaciones de"] = PlaceRole.Origin,
            ["desde las inmediaciones de"] = PlaceRole.Origin, ["de las afueras de"] = PlaceRole.Origin, ["desde las afueras de"] = PlaceRole.Origin,
            ["desde"] = PlaceRole.Origin, ["procedente de"] = PlaceRole.Origin, ["procedentes de"] = PlaceRole.Origin, ["provenientes de"] = PlaceRole.Origin,
            ["de"] = PlaceRole.Origin, ["del"] = PlaceRole.Origin, ["salieron de"] = PlaceRole.Origin, ["abandonaron"] = PlaceRole.Origin, ["abandonó"] = PlaceRole.Origin, ["evacuaron"] = PlaceRole.Origin, ["evacuó"] = PlaceRole.Origin, ["evacuar"] = PlaceRole.Origin, ["evacuarán"] = PlaceRole.Origin,
            ["dejaron"] = PlaceRole.Origin, ["dejó"] = PlaceRole.Origin,
            // The infinitive and other tenses of the same verbs: "deben abandonar la base", "saldrán de Gao".
            ["abandonar"] = PlaceRole.Origin, ["abandonan"] = PlaceRole.Origin, ["abandonará"] = PlaceRole.Origin, ["abandonarán"] = PlaceRole.Origin,
            ["dejar"] = PlaceRole.Origin, ["salir de"] = PlaceRole.Origin, ["salió de"] = PlaceRole.Origin, ["saldrá de"] = PlaceRole.Origin,
            ["saldrán de"] = PlaceRole.Origin,
            ["vía"] = PlaceRole.Via, ["por"] = PlaceRole.Via, ["a través de"] = PlaceRole.Via, ["pasando por"] = PlaceRole.Via, ["atravesando"] = PlaceRole.Via,
            // A place reached is the verb's object: "alcanzaron Kupiansk".
            ["alcanzó"] = PlaceRole.Destination, ["alcanzaron"] = PlaceRole.Destination, ["alcanzar"] = PlaceRole.Destination,
            ["a"] = PlaceRole.Destination, ["al"] = PlaceRole.Destination, ["hacia"] = PlaceRole.Destination, ["hasta"] = PlaceRole.Destination,
            ["rumbo a"] = PlaceRole.Destination, ["rumbo al"] = PlaceRole.Destination, ["con destino a"] = PlaceRole.Destination, ["con destino al"] = PlaceRole.Destination,
            ["en dirección a"] = PlaceRole.Destination, ["en dirección al"] = PlaceRole.Destination, ["para"] = PlaceRole.Destination,
            ["en"] = PlaceRole.Destination, ["sobre"] = PlaceRole.Destination,
            ["cerca de"] = PlaceRole.Near, ["cerca del"] = PlaceRole.Near, ["junto a"] = PlaceRole.Near, ["en las afueras de"] = PlaceRole.Near, ["a las afueras de"] = PlaceRole.Near,
            ["al norte de"] = PlaceRole.Near, ["al sur de"] = PlaceRole.Near, ["al este de"] = PlaceRole.Near, ["al oeste de"] = PlaceRole.Near, ["al noreste de"] = PlaceRole.Near, ["al noroeste de"] = PlaceRole.Near, ["al sureste de"] = PlaceRole.Near, ["al suroeste de"] = PlaceRole.Near, ["al nordeste de"] = PlaceRole.Near, ["al sudeste de"] = PlaceRole.Near, ["al sudoeste de"] = PlaceRole.Near,
            ["en la frontera con"] = PlaceRole.Near, ["frente a"] = PlaceRole.Near,
        },
        WeakOrigins = ["de", "del"],
        LocativePrepositions = ["en", "sobre"],
        // Nouns of institutions and terrain that are capitalised inside names ("Ministerio de Defensa", "Brigada de Infantería de
        // Selva", "Fuerza Aérea") and that GeoNames also lists as places: never places alone.
        NotPlaceWords = ["defensa", "selva", "comando", "mando", "aire", "alianza", "interior", "ejército", "armada", "marina", "fuerza", "fuerzas",
            "guardia", "estado", "gobierno", "paz", "frontera", "ministerio", "infantería", "brigada", "división", "cuartel", "base", "puerto",
            "capital", "región", "zona", "país", "norte", "sur", "oeste", "oriente", "occidente", "centro", "además", "mientras", "según", "tras"],
        ArticleContractions = ["al", "del"],
        Articles = ["el", "la", "los", "las", "un", "una"],
        AnaphoricSubjects = ["sus", "estos soldados", "estas tropas", "los soldados", "las tropas", "estos efectivos", "los efectivos", "estas fuerzas", "el contingente", "este contingente", "el convoy", "la columna",
            // The vehicle that carries them, named again: "El buque zarpó de Rota. El buque llegará a Riga el miércoles".
            "el tren", "el buque", "el barco", "el avión"],
        // A point of the compass after the noun ("la provincia meridional de Syunik") is part of the place noun.
        RegionNouns = ["región", "regiones", "óblast", "oblast", "krai", "provincia", "prefectura", "gobernación", "territorio", "república", "estado", "condado",
            "cantón", "departamento", "voivodato"],
        // "la región de Kursk", "la provincia del Kivu Norte", "el óblast de Belgorod".
        RegionOpeners = [.. from noun in (string[])["región", "regiones", "óblast", "oblast", "krai", "provincia", "prefectura", "gobernación", "territorio", "república",
                "estado", "condado", "cantón", "departamento", "voivodato"]
            from link in (string[])["de", "del"]
            select noun + " " + link],
        FacilityNouns = ["base", "aeropuerto", "aeródromo", "puerto", "estación", "guarnición", "campamento", "polígono", "naval", "flota", "bahía"],
        LocatedParticiples = ["situado", "situada", "situados", "situadas", "ubicado", "ubicada", "ubicados", "ubicadas"],
        NearPhrases = ["cerca de", "cerca del", "junto a", "junto al", "afueras de", "afueras del", "próximo a", "próxima a", "norte de", "sur de", "este de", "oeste de",
            "noreste de", "noroeste de", "sureste de", "suroeste de", "km de", "kilómetros de", "inmediaciones de", "alrededores de"],
        BorderPhrases = ["frontera con", "fronteras con", "fronteriza con", "fronterizo con", "limítrofe con"],
        PlaceHeads = ["sector", "primera línea", "línea del frente", "el", "la", "los", "las", "su", "sus", "bahía", "norte", "sur", "este", "oeste", "noreste", "noroeste", "sureste", "suroeste", "región", "provincia", "ciudad", "puerto", "base", "bases", "base aérea", "base naval", "aeropuerto", "aeródromo",
            "localidad", "estado", "república", "península", "isla", "campamento", "guarnición", "cuartel", "oblast", "óblast", "capital", "pueblo", "militar", "aérea", "naval", "voivodato", "distrito", "departamento", "gobernación", "territorio", "archipiélago", "islas",
            "de", "del",
            "meridional", "septentrional", "oriental", "occidental", "central"],
        FrontNouns = ["frente"],
        // "llegar a" before an infinitive is "to come to" ("que llegó a contar con 15.000 efectivos", how large a force once was), no arrival.
        // "no fueron enviados", "no se retirarán", "ningún soldado", "se negó a enviar": see NegationWords.
        DropsSubject = true,
        Negation = new()
        {
            Before = ["no", "nunca", "jamás", "tampoco", "sin intención de", "ninguna intención de"],
            Determiners = ["ningún", "ninguna", "ningunos", "ningunas", "ninguno"],
            Denials = ["se negó a", "se niega a", "se negaron a", "se niegan a", "rechazó", "rechaza", "rechazaron", "rechazan", "descartó", "descarta",
                "descartaron", "descartan", "negó", "niega", "negaron", "niegan", "desmintió", "desmiente", "desmintieron"],
            Bridges = ["se", "lo", "la", "los", "las", "le", "les", "ha", "han", "había", "habían", "habrá", "habrán", "haber", "he", "hemos", "sido",
                "ser", "será", "serán", "sería", "serían", "fue", "fueron", "es", "son", "era", "eran", "está", "están", "estaba", "estaban", "estar",
                "va", "van", "iba", "iban", "a", "de", "piensa", "piensan", "tiene", "tienen", "tenía", "previsto", "prevista", "previstos", "prevé",
                "prevén", "planea", "planean", "pretende", "pretenden", "quiere", "quieren", "puede", "pueden", "podrá", "podrán", "debe", "deben",
                "deberá", "deberán", "todavía", "aún", "nunca", "jamás", "ya", "más", "oficialmente", "inmediatamente", "en principio"],
            Exceptions = ["no solo", "no sólo", "no solamente", "no muy lejos", "no lejos", "no menos", "no más"],
            Yet = ["todavía", "aún"],
            Conjunctions = ["y", "e", "pero", "sino", "o", "mientras", "mientras que", "aunque", "porque", "tras", "antes de", "después de"],
        },
        NoMovementCues = ["permanece", "permanecen", "permanecerá", "permanecerán", "muertos", "heridos", "han muerto", "murieron", "resultado heridos",
            "lleg* a contar", "lleg* a tener", "lleg* a sumar", "lleg* a ser", "lleg* a reunir",
            // An arrest ("detained while trying to cross into …") moves no force.
            "detenido", "detenidos", "detenida", "arrestado", "arrestados", "arrestada", "encarcelado*"],
        CompanionCues = ["acompañado de", "acompañada de", "acompañados de", "acompañadas de", "acompañado por", "acompañada por", "acompañados por", "acompañadas por",
            "escoltado por", "escoltada por", "escoltados por", "escoltadas por", "junto con"],
        ClauseOpeners = ["mientras que", "mientras"],
        PlaceRelatives = ["donde", "adonde", ", adonde"],
        RelativeOpeners = [", que", "donde", "adonde", "quien", "quienes", "cuyo", "cuyos", "cuya", "cuyas", "los cuales", "las cuales"],
        // "el mar Rojo", "el golfo Pérsico", "el estrecho de Ormuz": water bodies are written with a lower-case common noun first.
        NameNouns = ["mar", "golfo", "estrecho", "océano", "canal", "bahía", "lago",
            // "Mediterráneo oriental", "Pacífico occidental": a part of a sea named by a lower-case direction after it.
            "oriental", "occidental", "septentrional", "meridional"],
        PlaceBackReferences = ["el país", "allí", "allá", "la zona", "la región", "el área", "esa zona", "esa región",
            "la ciudad", "esa ciudad", "dicha ciudad", "la localidad", "esa localidad", "dicha localidad", "capital"],
        CountryBackReferences = ["el país"],
        AreaBackReferences = ["la zona", "la región", "el área", "esa zona", "esa región"],
        TownBackReferences = ["la ciudad", "esa ciudad", "dicha ciudad", "la localidad", "esa localidad", "dicha localidad"],
        CapitalBackReferences = ["capital"],
        HomeReferences = ["hacia su territorio", "a su territorio", "hacia su país", "a su país", "a casa", "de vuelta a casa", "a su patria", "a la patria"],
        PastDayMarkers = ["pasado"],
        NextDayMarkers = ["próximo", "que viene"],
        IntelligenceWords = ["inteligencia", "servicio de inteligencia", "servicios de inteligencia", "espionaje"],
        TimeLeads = ["en", "desde", "durante", "hasta", "de", "a partir de", "a principios de", "a finales de", "a mediados de", "dentro de"],
    };
}
