using GeoMap.Core.Movements;

namespace GeoMap.Geoparsing.Languages.French;

/// <summary>The French lexicons: numbers, dates, units, transport, status, sources and prepositions.</summary>
public static class FrenchRules
{
    /// <summary>The French rule set.</summary>
    public static LanguageRules Rules { get; } = new()
    {
        Code = "fr",
        Stopwords = ["le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "que", "qui", "dans", "pour", "sur", "avec", "au", "aux", "a", "ont", "ce", "cette", "ses", "leur", "selon", "d'", "l'"],
        Elisions = ["l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'"],
        Abbreviations = ["M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "St", "Ste", "Gén", "Gal", "Col", "Cdt", "Lt", "Cne", "av", "bd", "env", "cf", "p", "vol", "no", "art"],
        NumberWords = new Dictionary<string, int>
        {
            ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7,
            ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14,
            ["quinze"] = 15, ["seize"] = 16, ["vingt"] = 20, ["vingts"] = 20, ["trente"] = 30, ["quarante"] = 40,
            ["cinquante"] = 50, ["soixante"] = 60,
        },
        ScaleWords = new Dictionary<string, int> { ["cent"] = 100, ["cents"] = 100, ["mille"] = 1000, ["million"] = 1_000_000, ["millions"] = 1_000_000 },
        NumberJoiners = ["et"],
        VagueQuantities = new Dictionary<string, (int?, int?)>
        {
            ["plusieurs milliers"] = (null, null), ["quelques milliers"] = (null, null), ["des milliers"] = (null, null),
            ["plusieurs dizaines de milliers"] = (null, null), ["des dizaines de milliers"] = (null, null), ["des centaines de milliers"] = (null, null),
            ["plusieurs centaines"] = (null, null), ["quelques centaines"] = (null, null), ["des centaines"] = (null, null),
            ["plusieurs dizaines"] = (null, null), ["des dizaines"] = (null, null), ["quelques dizaines"] = (null, null),
            ["un millier"] = (1_000, 1_000), ["un demi-millier"] = (500, 500), ["une centaine"] = (100, 100), ["une dizaine"] = (10, 10),
        },
        UpperBoundCues = ["jusqu'à", "au plus", "au maximum", "moins de", "moins d'", "pas plus de", "pas plus d'"],
        LowerBoundCues = ["au moins", "plus de", "plus d'", "au minimum", "pas moins de", "pas moins d'", "quelque plus de"],
        ApproximateCues = ["environ", "quelque", "près de", "autour de", "approximativement", "à peu près", "presque", "quasiment", "un total de", "au total"],
        RangeOpeners = ["entre", "de", "du"],
        RangeJoiners = ["et", "à", "au", "-", "–"],
        NonCountUnits = ["%", "pour cent", "pourcent", "€", "$", "euros", "euro", "dollars", "dollar", "roubles", "wons", "won", "km", "kilomètres", "kilomètre", "mètres", "m", "ans", "an", "années", "mois", "jours", "heures", "minutes", "tonnes", "milliards", "kg", "h", "e", "er", "ème", "eme", "ère"],
        Months = new Dictionary<string, int>
        {
            ["janvier"] = 1, ["janv"] = 1, ["février"] = 2, ["fevrier"] = 2, ["févr"] = 2, ["mars"] = 3, ["avril"] = 4, ["avr"] = 4,
            ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7, ["juil"] = 7, ["août"] = 8, ["aout"] = 8, ["septembre"] = 9, ["sept"] = 9,
            ["octobre"] = 10, ["oct"] = 10, ["novembre"] = 11, ["nov"] = 11, ["décembre"] = 12, ["déc"] = 12,
        },
        Weekdays = new Dictionary<string, DayOfWeek>
        {
            ["lundi"] = DayOfWeek.Monday, ["mardi"] = DayOfWeek.Tuesday, ["mercredi"] = DayOfWeek.Wednesday, ["jeudi"] = DayOfWeek.Thursday,
            ["vendredi"] = DayOfWeek.Friday, ["samedi"] = DayOfWeek.Saturday, ["dimanche"] = DayOfWeek.Sunday,
        },
        RelativeDays = new Dictionary<string, int> { ["hier"] = -1, ["avant-hier"] = -2, ["aujourd'hui"] = 0, ["demain"] = 1, ["ce matin"] = 0, ["cette nuit"] = 0, ["hier soir"] = -1 },
        SameDayPhrases = ["dans la matinée", "en fin de matinée", "en début de matinée", "dans l'après-midi", "en début d'après-midi", "en fin d'après-midi",
            "dans la soirée", "en début de soirée", "en fin de soirée", "à l'aube", "au petit matin", "au lever du jour", "à midi", "à la mi-journée",
            "à la tombée de la nuit", "le soir même", "le matin même", "dans la journée",
            // After a weekday ("lundi soir"), and right after the event told: "Dans la foulée, … se sont déployés".
            "soir", "matin", "dans la foulée", "peu après", "aussitôt après",
            // The movement done for the event just told is on its day.
            "pour ce faire", "pour cette opération"],
        RelativeWeeks = new Dictionary<string, int>
        {
            ["la semaine dernière"] = -1, ["la semaine passée"] = -1, ["cette semaine"] = 0, ["la semaine prochaine"] = 1, ["la semaine précédente"] = -1,
        },
        Weekends = new Dictionary<string, int> { ["week-end"] = 0, ["week-end dernier"] = 0, ["week-end prochain"] = 1, ["fin de semaine"] = 0 },
        RelativeMonths = new Dictionary<string, int> { ["le mois dernier"] = -1, ["le mois passé"] = -1, ["ce mois-ci"] = 0, ["le mois prochain"] = 1 },
        RelativeYears = new Dictionary<string, int>
        {
            ["l'année dernière"] = -1, ["l'an dernier"] = -1, ["l'année passée"] = -1, ["l'an passé"] = -1, ["de l'année dernière"] = -1, ["de l'an dernier"] = -1,
            ["cette année"] = 0, ["de cette année"] = 0, ["l'année prochaine"] = 1, ["l'an prochain"] = 1, ["de l'année prochaine"] = 1,
        },
        MonthParts = new Dictionary<string, MonthPart>
        {
            ["début"] = MonthPart.Early, ["au début du mois de"] = MonthPart.Early, ["mi"] = MonthPart.Mid, ["mi-"] = MonthPart.Mid,
            ["à la mi-"] = MonthPart.Mid, ["milieu"] = MonthPart.Mid, ["fin"] = MonthPart.Late, ["à la fin du mois de"] = MonthPart.Late,
            ["la première semaine de"] = MonthPart.FirstWeek, ["la première semaine d'"] = MonthPart.FirstWeek, ["la dernière semaine de"] = MonthPart.LastWeek,
            ["la dernière semaine d'"] = MonthPart.LastWeek,
            ["la première quinzaine de"] = MonthPart.FirstHalf, ["la première quinzaine d'"] = MonthPart.FirstHalf, ["la seconde quinzaine de"] = MonthPart.SecondHalf,
            ["la seconde quinzaine d'"] = MonthPart.SecondHalf, ["la deuxième quinzaine de"] = MonthPart.SecondHalf, ["la deuxième quinzaine d'"] = MonthPart.SecondHalf,
            ["la première moitié de"] = MonthPart.FirstHalf, ["la première moitié d'"] = MonthPart.FirstHalf, ["la seconde moitié de"] = MonthPart.SecondHalf,
            ["la seconde moitié d'"] = MonthPart.SecondHalf, ["la deuxième moitié de"] = MonthPart.SecondHalf, ["la deuxième moitié d'"] = MonthPart.SecondHalf,
        },
        Units = new Dictionary<string, (string, int)>
        {
            ["forces spéciales"] = ("special forces", 3), ["commandos"] = ("special forces", 3), ["infanterie de marine"] = ("marines", 3),
            ["fusiliers marins"] = ("marines", 3), ["parachutistes"] = ("paratroopers", 3), ["troupes aéroportées"] = ("airborne troops", 3),
            ["brigade*"] = ("brigade", 2), ["bataillon*"] = ("battalion", 2), ["régiment*"] = ("regiment", 2), ["division"] = ("division", 2),
            ["divisions"] = ("division", 2), ["compagnie*"] = ("company", 2), ["contingent*"] = ("contingent", 1),
            ["mercenaires"] = ("mercenaries", 2), ["réservistes"] = ("reservists", 2), ["conscrits"] = ("conscripts", 2),
            ["ingénieurs militaires"] = ("military engineers", 3), ["artilleurs"] = ("artillerymen", 3), ["instructeurs"] = ("instructors", 2), ["conseillers militaires"] = ("military advisers", 3), ["conseillers"] = ("advisers", 1),
            ["unités"] = ("units", 0), ["navires de guerre"] = ("warships", 1), ["bâtiments de guerre"] = ("warships", 1), ["frégate*"] = ("warships", 1),
            ["porte-avions"] = ("warships", 1), ["avions de combat"] = ("fighter jets", 1), ["bombardiers"] = ("bombers", 1),
            ["véhicules"] = ("vehicles", 0), ["casques bleus"] = ("peacekeepers", 2),
            ["soldats"] = ("soldiers", 1), ["soldat"] = ("soldiers", 1), ["troupes"] = ("troops", 1), ["militaires"] = ("soldiers", 1),
            ["combattants"] = ("fighters", 1), ["hommes"] = ("men", 0), ["forces"] = ("forces", 0), ["effectifs"] = ("personnel", 0),
            ["renforts"] = ("reinforcements", 0), ["chars"] = ("tanks", 2), ["blindés"] = ("armoured vehicles", 2), ["armée"] = ("army", 0), ["infanterie"] = ("infantry", 1), ["gardes-frontières"] = ("border guards", 2), ["garde-frontières"] = ("border guards", 2), ["convoi"] = ("convoy", 0), ["convois"] = ("convoy", 0), ["colonne"] = ("column", 0), ["colonnes"] = ("column", 0), ["batteries"] = ("batteries", 1), ["patrouilleur*"] = ("warships", 1), ["sous-marin*"] = ("warships", 1), ["corvette*"] = ("warships", 1), ["destroyer*"] = ("warships", 1), ["paramilitaires"] = ("fighters", 1), ["rebelles"] = ("fighters", 1),
        },
        Modes = new Dictionary<string, TransportMode>
        {
            ["navire*"] = TransportMode.Sea, ["bateau*"] = TransportMode.Sea, ["ferry"] = TransportMode.Sea, ["par la mer"] = TransportMode.Sea,
            ["par voie maritime"] = TransportMode.Sea, ["bâtiment de débarquement"] = TransportMode.Sea, ["cargo*"] = TransportMode.Sea,
            ["train"] = TransportMode.Rail, ["trains"] = TransportMode.Rail, ["par train"] = TransportMode.Rail, ["ferroviaire*"] = TransportMode.Rail, ["chemin de fer"] = TransportMode.Rail, ["rail"] = TransportMode.Rail, ["wagons"] = TransportMode.Rail,
            ["avion*"] = TransportMode.Air, ["pont aérien"] = TransportMode.Air, ["par voie aérienne"] = TransportMode.Air, ["hélicoptère*"] = TransportMode.Air,
            ["vols"] = TransportMode.Air, ["aéroporté*"] = TransportMode.Air, ["héliport*"] = TransportMode.Air, ["aérotransport*"] = TransportMode.Air, ["parachuté*"] = TransportMode.Air,
            ["camion*"] = TransportMode.Road, ["convoi*"] = TransportMode.Road, ["par la route"] = TransportMode.Road, ["par voie routière"] = TransportMode.Road,
            ["autocar*"] = TransportMode.Road, ["bus"] = TransportMode.Road, ["colonne*"] = TransportMode.Road, ["véhicules"] = TransportMode.Road,
            ["à pied"] = TransportMode.Foot,
            // A warship moves by sea ("porte-avions" is no aircraft); to take off is to go by air.
            ["porte-avions"] = TransportMode.Sea, ["frégate*"] = TransportMode.Sea, ["sous-marin*"] = TransportMode.Sea, ["destroyer*"] = TransportMode.Sea,
            ["bâtiment*"] = TransportMode.Sea, ["décoll*"] = TransportMode.Air,
        },
        StatusCues = new Dictionary<string, MovementStatus>
        {
            // "Ils devaient atterrir à Istres": the imperfect of "devoir" tells what was still to happen then.
            ["devait"] = MovementStatus.Planned, ["devaient"] = MovementStatus.Planned,
            ["va"] = MovementStatus.Planned, ["vont"] = MovementStatus.Planned, ["doit"] = MovementStatus.Planned, ["doivent"] = MovementStatus.Planned,
            ["devrai*"] = MovementStatus.Planned, ["prévu*"] = MovementStatus.Planned, ["sera"] = MovementStatus.Planned, ["seront"] = MovementStatus.Planned,
            ["quitteront"] = MovementStatus.Planned, ["arriveront"] = MovementStatus.Planned, ["rejoindront"] = MovementStatus.Planned, ["se retireront"] = MovementStatus.Planned,
            // A time still to come is a plan, whatever the tense ("les renforts arrivent dans les prochains jours").
            ["dans les prochains jours"] = MovementStatus.Planned, ["dans les prochaines semaines"] = MovementStatus.Planned, ["dans les prochains mois"] = MovementStatus.Planned,
            ["dans les jours qui viennent"] = MovementStatus.Planned, ["dans les semaines qui viennent"] = MovementStatus.Planned, ["dans les jours à venir"] = MovementStatus.Planned,
            ["dans les semaines à venir"] = MovementStatus.Planned,
            ["sont en train de"] = MovementStatus.UnderWay, ["est en train de"] = MovementStatus.UnderWay,
            ["décidé d'envoyer"] = MovementStatus.Planned, ["décidé de déployer"] = MovementStatus.Planned, ["prévoit*"] = MovementStatus.Planned,
            ["envisage*"] = MovementStatus.Planned, ["va envoyer"] = MovementStatus.Planned, ["vont envoyer"] = MovementStatus.Planned,
            ["va déployer"] = MovementStatus.Planned, ["vont déployer"] = MovementStatus.Planned, ["seront déployé*"] = MovementStatus.Planned,
            ["seront envoyé*"] = MovementStatus.Planned, ["devrai* être déployé*"] = MovementStatus.Planned, ["devrai* envoyer"] = MovementStatus.Planned,
            ["s'apprête* à"] = MovementStatus.Planned, ["compte* envoyer"] = MovementStatus.Planned, ["envoyer"] = MovementStatus.Planned,
            ["déployer"] = MovementStatus.Planned, ["dépêcher"] = MovementStatus.Planned, ["enverra*"] = MovementStatus.Planned,
            ["déploiera*"] = MovementStatus.Planned, ["serai* acheminé*"] = MovementStatus.Planned, ["serai* envoyé*"] = MovementStatus.Planned,
            ["serai* déployé*"] = MovementStatus.Planned, ["serai* transféré*"] = MovementStatus.Planned, ["a promis"] = MovementStatus.Planned,
            ["en route"] = MovementStatus.UnderWay, ["à destination de"] = MovementStatus.UnderWay, ["à destination du"] = MovementStatus.UnderWay, ["à destination d'"] = MovementStatus.UnderWay, ["à destination des"] = MovementStatus.UnderWay, ["en cours"] = MovementStatus.UnderWay, ["en train d'être"] = MovementStatus.UnderWay,
            ["se dirige*"] = MovementStatus.UnderWay, ["fai* route"] = MovementStatus.UnderWay, ["en chemin"] = MovementStatus.UnderWay,
            ["sont acheminé*"] = MovementStatus.UnderWay, ["déploie*"] = MovementStatus.UnderWay, ["en transit"] = MovementStatus.UnderWay,
            ["sont transporté*"] = MovementStatus.UnderWay, ["font mouvement"] = MovementStatus.UnderWay,
            ["ont été*"] = MovementStatus.Completed, ["a été*"] = MovementStatus.Completed, ["déployé*"] = MovementStatus.Completed,
            ["envoyé*"] = MovementStatus.Completed, ["arrivé*"] = MovementStatus.Completed, ["transféré*"] = MovementStatus.Completed,
            ["acheminé*"] = MovementStatus.Completed, ["stationné*"] = MovementStatus.Completed, ["ont débarqué"] = MovementStatus.Completed,
            ["ont rejoint"] = MovementStatus.Completed, ["a rejoint"] = MovementStatus.Completed, ["avait rejoint"] = MovementStatus.Completed,
            ["avaient rejoint"] = MovementStatus.Completed, ["ont franchi"] = MovementStatus.Completed, ["a déployé"] = MovementStatus.Completed,
            ["ont déployé"] = MovementStatus.Completed, ["a envoyé"] = MovementStatus.Completed, ["ont envoyé"] = MovementStatus.Completed,
            ["a dépêché"] = MovementStatus.Completed, ["déjà présent*"] = MovementStatus.Completed, ["s'entraîne* déjà"] = MovementStatus.Completed,
            ["se trouve* déjà"] = MovementStatus.Completed, ["sont déjà"] = MovementStatus.Completed, ["ont pris position"] = MovementStatus.Completed,
        },
        // Present and imperfect ("acheminent", "progressaient"): in progress; the simple future ("enverra", "quitteront"): planned.
        // The imperfect of a verb in -rer ("retiraient") is no conditional ("retireraient"), which tells no progress.
        UnderWayEndings = ["ent", "ait", "aient"],
        PlannedEndings = ["ra", "ront"],
        NotTenseEndings = ["ment", "trait", "erait", "eraient", "irait", "iraient"],
        MovementVerbs = new Dictionary<string, MovementKind>
        {
            // To take off is to leave by air: "a décollé de Niamey".
            ["décoll*"] = MovementKind.Deployment,
            // "projeter" is the French army's word for deploying a force abroad: "sera projeté par avion depuis Istres".
            ["projeté"] = MovementKind.Deployment, ["projetés"] = MovementKind.Deployment, ["projetée"] = MovementKind.Deployment, ["projetées"] = MovementKind.Deployment,
            ["projeter"] = MovementKind.Deployment, ["projettera"] = MovementKind.Deployment, ["projetteront"] = MovementKind.Deployment,
            ["envoy*"] = MovementKind.Deployment, ["envoi"] = MovementKind.Deployment, ["enverra*"] = MovementKind.Deployment, ["déploi*"] = MovementKind.Deployment,
            ["déploy*"] = MovementKind.Deployment, ["redéploy*"] = MovementKind.Deployment, ["redéploiement"] = MovementKind.Deployment, ["transfér*"] = MovementKind.Deployment,
            ["transfert*"] = MovementKind.Deployment, ["achemin*"] = MovementKind.Deployment, ["dépêch*"] = MovementKind.Deployment, ["arriv*"] = MovementKind.Deployment,
            ["débarqu*"] = MovementKind.Deployment, ["atterri*"] = MovementKind.Deployment,
            // Carried by helicopter or by aircraft, or dropped by parachute: "des fusiliers marins ont été héliportés à …".
            ["héliport*"] = MovementKind.Deployment, ["aérotransport*"] = MovementKind.Deployment, ["parachuté*"] = MovementKind.Deployment, ["transport*"] = MovementKind.Deployment, ["renforc*"] = MovementKind.Deployment,
            ["ont rejoint"] = MovementKind.Deployment, ["avaient rejoint"] = MovementKind.Deployment, ["avait rejoint"] = MovementKind.Deployment, ["a rejoint"] = MovementKind.Deployment, ["rejoindr*"] = MovementKind.Deployment, ["pont aérien"] = MovementKind.Deployment, ["massé*"] = MovementKind.Deployment,
            ["gagné"] = MovementKind.Deployment, ["atteint"] = MovementKind.Deployment, ["atteignent"] = MovementKind.Deployment, ["atteindre"] = MovementKind.Deployment,
            ["retir*"] = MovementKind.Withdrawal, ["retrait*"] = MovementKind.Withdrawal, ["quitt*"] = MovementKind.Withdrawal, ["repli*"] = MovementKind.Withdrawal,
            ["évacu*"] = MovementKind.Withdrawal, ["rapatri*"] = MovementKind.Withdrawal, ["rentr*"] = MovementKind.Withdrawal, ["retour*"] = MovementKind.Withdrawal,
            ["désengag*"] = MovementKind.Withdrawal,
            ["avanc*"] = MovementKind.Advance, ["progress*"] = MovementKind.Advance, ["pénétr*"] = MovementKind.Advance, ["sont entrés"] = MovementKind.Advance,
            ["est entré*"] = MovementKind.Advance, ["entrées"] = MovementKind.Advance, ["entrés"] = MovementKind.Advance, ["incursion"] = MovementKind.Advance,
            ["franchi*"] = MovementKind.Transit, ["travers*"] = MovementKind.Transit, ["se dirig*"] = MovementKind.Transit, ["fai* route"] = MovementKind.Transit,
            ["en route"] = MovementKind.Transit, ["transit*"] = MovementKind.Transit, ["sont partis"] = MovementKind.Transit, ["est parti*"] = MovementKind.Transit,
            ["appareill*"] = MovementKind.Transit, ["voyagent"] = MovementKind.Transit, ["voyageaient"] = MovementKind.Transit, ["ont voyagé"] = MovementKind.Transit, ["voyagera*"] = MovementKind.Transit, ["fait mouvement"] = MovementKind.Transit, ["font mouvement"] = MovementKind.Transit,
        },
        DepartureVerbs = ["quitt*", "appareill*", "décoll*", "est parti*", "sont partis", "sont parties"],
        Inchoatives = ["a commencé", "ont commencé", "avait commencé", "avaient commencé", "commence à", "commencent à", "a entamé", "ont entamé", "est en cours", "sont en cours"],
        SourceOpeners = ["selon", "d'après", "de source", "citant", "cité par", "de l'avis de"],
        ReportingVerbs = ["a déclaré", "déclare", "a indiqué", "indique", "a affirmé", "affirme", "a annoncé", "annonce", "a rapporté", "rapporte",
            "rapportant", "estime", "a estimé", "a précisé", "précise", "a ajouté", "ajoute", "a révélé", "révèle", "a confirmé", "confirme",
            "a tiré la sonnette d'alarme", "a signalé", "signale", "assure", "a assuré", "avoir détecté", "a averti", "avertit", "a souligné", "souligne", "a expliqué", "explique", "a fait savoir", "a observé"],
        ReactionCues = ["réclam*", "exig*", "appel* au", "visite*", "visité*", "convoqu*", "ambassadeur", "ambassade", "dénonc*", "a critiqué", "critiqu*", "condamn*", "préoccupation*", "inquiétude*",
            "sanction*", "protest*", "rassurer", "minimiser",
            // A person who travels for talks or a summit makes a visit, not a movement of forces.
            "pour des entretiens", "pour s'entretenir", "pour un sommet", "pour rencontrer"],
        PlacePrepositions = new Dictionary<string, PlaceRole>
        {
            // Where a force is based is where a movement of it starts: "les soldats basés à Niamey seront transférés …".
            ["basé à"] = PlaceRole.Origin, ["basés à"] = PlaceRole.Origin, ["basée à"] = PlaceRole.Origin, ["basées à"] = PlaceRole.Origin,
            ["stationnés à"] = PlaceRole.Origin, ["stationnés en"] = PlaceRole.Origin, ["stationnés au"] = PlaceRole.Origin,
            // From the surroundings of a place is from that place, near enough: "se sont repliés des environs de Bukavu".
            ["des environs de"] = PlaceRole.Origin, ["des environs d'"] = PlaceRole.Origin, ["des environs du"] = PlaceRole.Origin,
            ["des abords de"] = PlaceRole.Origin, ["des abords d'"] = PlaceRole.Origin, ["des abords du"] = PlaceRole.Origin,
            ["des alentours de"] = PlaceRole.Origin, ["des alentours d'"] = PlaceRole.Origin, ["des alentours du"] = PlaceRole.Origin,
            ["depuis"] = PlaceRole.Origin, ["en provenance de"] = PlaceRole.Origin, ["en provenance du"] = PlaceRole.Origin, ["au départ de"] = PlaceRole.Origin,
            ["de"] = PlaceRole.Origin, ["d'"] = PlaceRole.Origin, ["du"] = PlaceRole.Origin, ["partis de"] = PlaceRole.Origin, ["venus de"] = PlaceRole.Origin, ["venu de"] = PlaceRole.Origin, ["venues de"] = PlaceRole.Origin, ["arrivés de"] = PlaceRole.Origin, ["quitté"] = PlaceRole.Origin, ["quitter"] = PlaceRole.Origin, ["quittent"] = PlaceRole.Origin, ["quittera"] = PlaceRole.Origin, ["quitteront"] = PlaceRole.Origin,
            // To evacuate a place is to leave it: "a évacué son camp de Kidal".
            ["évacué"] = PlaceRole.Origin, ["évacuée"] = PlaceRole.Origin, ["évacués"] = PlaceRole.Origin, ["évacuer"] = PlaceRole.Origin, ["évacuent"] = PlaceRole.Origin, ["évacuera"] = PlaceRole.Origin, ["évacueront"] = PlaceRole.Origin,
            ["via"] = PlaceRole.Via, ["par"] = PlaceRole.Via, ["en passant par"] = PlaceRole.Via, ["à travers"] = PlaceRole.Via, ["transitant par"] = PlaceRole.Via,
            // A place reached is the verb's object: "ont atteint Kupiansk", "rejoindre la base de Cincu".
            ["atteint"] = PlaceRole.Destination, ["atteindre"] = PlaceRole.Destination, ["rejoint"] = PlaceRole.Destination, ["rejoindre"] = PlaceRole.Destination,
            ["vers"] = PlaceRole.Destination, ["à"] = PlaceRole.Destination, ["au"] = PlaceRole.Destination, ["aux"] = PlaceRole.Destination,
            ["en"] = PlaceRole.Destination, ["dans"] = PlaceRole.Destination, ["sur"] = PlaceRole.Destination, ["jusqu'à"] = PlaceRole.Destination,
            ["en direction de"] = PlaceRole.Destination, ["en direction du"] = PlaceRole.Destination, ["à destination de"] = PlaceRole.Destination,
            ["à destination du"] = PlaceRole.Destination, ["à destination d'"] = PlaceRole.Destination, ["pour"] = PlaceRole.Destination,
            ["près de"] = PlaceRole.Near, ["près du"] = PlaceRole.Near, ["près d'"] = PlaceRole.Near, ["à proximité d'"] = PlaceRole.Near,
            ["non loin d'"] = PlaceRole.Near, ["aux abords d'"] = PlaceRole.Near, ["aux environs d'"] = PlaceRole.Near, ["dans les environs d'"] = PlaceRole.Near, ["à proximité de"] = PlaceRole.Near, ["à proximité du"] = PlaceRole.Near,
            ["non loin de"] = PlaceRole.Near, ["aux abords de"] = PlaceRole.Near, ["aux environs de"] = PlaceRole.Near, ["dans les environs de"] = PlaceRole.Near,
            // "la voïvodie de Podlachie, frontalière de la Biélorussie": a neighbour that locates the place, not where the troops come from.
            ["frontalière de"] = PlaceRole.Near, ["frontalière du"] = PlaceRole.Near, ["frontalier de"] = PlaceRole.Near, ["frontalier du"] = PlaceRole.Near,
            ["à la frontière avec"] = PlaceRole.Near, ["à l'est de"] = PlaceRole.Near, ["à l'ouest de"] = PlaceRole.Near, ["au nord de"] = PlaceRole.Near, ["au sud de"] = PlaceRole.Near,
            // The other points of the compass and the elided "d'" place a place near another too ("au nord-est d'Erevan").
            ["au nord d'"] = PlaceRole.Near, ["au sud d'"] = PlaceRole.Near, ["à l'est d'"] = PlaceRole.Near, ["à l'ouest d'"] = PlaceRole.Near, ["au nord-est de"] = PlaceRole.Near, ["au nord-est d'"] = PlaceRole.Near, ["au nord-ouest de"] = PlaceRole.Near, ["au nord-ouest d'"] = PlaceRole.Near, ["au sud-est de"] = PlaceRole.Near, ["au sud-est d'"] = PlaceRole.Near, ["au sud-ouest de"] = PlaceRole.Near, ["au sud-ouest d'"] = PlaceRole.Near, ["au nord du"] = PlaceRole.Near, ["au sud du"] = PlaceRole.Near, ["à l'est du"] = PlaceRole.Near, ["à l'ouest du"] = PlaceRole.Near,

        },
        WeakOrigins = ["de", "d'", "du"],
        LocativePrepositions = ["à", "au", "aux", "en", "dans", "sur"],
        ArticleContractions = ["du", "au", "aux", "des"],
        Articles = ["le", "la", "les", "l'", "un", "une"],
        AnaphoricSubjects = ["ils", "elles", "leurs", "leur", "ces soldats", "ces troupes", "ces militaires", "ces forces", "ces hommes", "ce contingent", "ces unités", "ceux-ci",
            // The vehicle that carries them, named again: "Le premier train a quitté Mourmelon lundi. Le train doit rejoindre …".
            "le convoi", "la colonne", "le train", "les trains", "le navire", "le bâtiment", "l'avion", "l'appareil"],
        IntelligenceWords = ["renseignement", "services secrets", "espionnage", "services de renseignement"],
        TimeLeads = ["en", "depuis", "pendant", "durant", "courant", "de", "d'", "du mois de", "mois de", "jusqu'en", "dès", "fin", "début"],
        // A point of the compass after the noun ("la province méridionale de Syunik") is part of the place noun.
        RegionNouns = ["région", "régions", "oblast", "oblasts", "kraï", "krai", "province", "préfecture", "gouvernorat", "territoire", "république", "okrug",
            "état", "comté", "canton", "département", "voïvodie"],
        // "la région de Koursk", "l'oblast de Belgorod", "la province du Nord-Kivu"; "l'oblast Koursk" without a link.
        RegionOpeners = [.. from noun in (string[])["région", "régions", "oblast", "kraï", "krai", "province", "préfecture", "gouvernorat", "territoire", "république",
                "okrug", "état", "comté", "canton", "département", "voïvodie"]
            from link in (string[])["de", "du", "d'"]
            select noun + " " + link, "oblast", "kraï", "krai"],
        FacilityNouns = ["base", "aéroport", "aérodrome", "port", "gare", "garnison", "camp", "polygone", "navale", "flotte", "baie"],
        LocatedParticiples = ["situé", "située", "situés", "situées", "implanté", "implantée", "implantés"],
        NearPhrases = ["près de", "près du", "près d'", "proche de", "non loin de", "non loin d'", "environs de", "environs d'", "proximité de", "proximité d'",
            "nord de", "sud de", "est de", "ouest de", "nord-est de", "sud-est de", "nord-ouest de", "sud-ouest de", "km de", "kilomètres de", "périphérie de"],
        BorderPhrases = ["frontière avec", "frontière de", "frontières avec", "frontalière de", "frontalier de"],
        PlaceHeads = ["secteur", "première ligne", "ligne de front", "chef-lieu", "le", "la", "les", "l'", "son", "sa", "ses", "leur", "leurs", "baie", "nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "centre", "base", "bases", "militaire", "aérienne", "navale", "région", "oblast", "ville", "port", "aéroport",
            "terrain", "camp", "polygone", "garnison", "localité", "village", "province", "république", "péninsule", "presqu'île", "gare", "voïvodie", "état", "district", "département", "gouvernorat", "préfecture", "territoire", "archipel", "île", "îles",
            "de", "d'", "du", "des",
            "méridional", "méridionale", "septentrional", "septentrionale", "oriental", "orientale", "occidental", "occidentale", "central", "centrale"],
        FrontNouns = ["front"],
        // "n'ont pas été déployés", "n'enverra aucun soldat", "a refusé d'envoyer", "aucun soldat ne sera déployé": see NegationWords.
        // "ne … pas", "jamais", "plus" are one negation (bridges after "ne"), not two.
        Negation = new()
        {
            Before = ["ne", "n'", "pas question de", "pas question d'", "aucune intention de", "aucune intention d'", "pas l'intention de",
                "pas l'intention d'", "nullement"],
            Determiners = ["aucun", "aucune", "nul", "nulle", "pas de", "pas d'"],
            Denials = ["refus*", "exclu", "exclut", "excluent", "a exclu", "ont exclu", "écarté", "écarte", "écartent", "démenti", "dément", "démentent",
                "a démenti", "ont démenti", "nie", "nient", "a nié", "ont nié"],
            Bridges = ["pas", "plus", "jamais", "point", "guère", "encore", "toujours", "pas encore", "se", "s'", "y", "en", "le", "la", "les", "l'",
                "lui", "leur", "ont", "a", "avait", "avaient", "aura", "auront", "aurait", "auraient", "avoir", "eu", "est", "sont", "était", "étaient",
                "sera", "seront", "serait", "seraient", "été", "être", "va", "vont", "allait", "allaient", "ira", "doit", "doivent", "devait", "devaient",
                "devrait", "devraient", "devra", "devront", "peut", "peuvent", "pourra", "pourront", "pourrait", "pourraient", "compte", "comptent",
                "prévoit", "prévoient", "prévu", "prévue", "prévus", "envisage", "envisagent", "entend", "entendent", "souhaite", "souhaitent", "veut",
                "veulent", "voulait", "de", "d'", "à", "officiellement", "immédiatement", "non plus", "question de", "question d'", "avoir été"],
            Exceptions = ["ne serait-ce", "pas seulement", "non seulement", "pas loin", "non loin", "pas moins", "pas plus"],
            Yet = ["encore", "toujours pas"],
            Conjunctions = ["et", "mais", "ou", "tandis que", "alors que", "car", "puis", "après", "avant"],
        },
        NoMovementCues = ["reste", "restent", "restera", "resteront", "demeure", "demeurent", "tués", "blessés", "morts", "ont péri",
            // An arrest ("detained while trying to cross into …") moves no force.
            "interpellé*", "détenu", "détenus", "incarcéré*", "arrêté par", "arrêtés par"],
        CompanionCues = ["accompagné de", "accompagnée de", "accompagnés de", "accompagnées de", "accompagné par", "accompagnée par", "accompagnés par",
            "escorté par", "escortée par", "escortés par", "escortées par", "aux côtés de"],
        ClauseOpeners = ["tandis que", "tandis qu'", "alors que", "alors qu'"],
        PlaceRelatives = ["où"],
        RelativeOpeners = ["qui", "où", "lesquels", "lesquelles"],
        // "la Méditerranée orientale", "le Pacifique occidental": a part of a sea named by a lower-case direction; looked up only as a whole name.
        NameNouns = ["oriental", "orientale", "occidental", "occidentale", "septentrional", "septentrionale", "méridional", "méridionale"],
        PlaceBackReferences = ["le pays", "la zone", "la région", "le secteur", "cette zone", "cette région", "ce secteur", "là-bas", "sur place",
            "la ville", "cette ville", "la localité", "cette localité", "capitale"],
        CountryBackReferences = ["le pays"],
        AreaBackReferences = ["la zone", "la région", "le secteur", "cette zone", "cette région", "ce secteur"],
        TownBackReferences = ["la ville", "cette ville", "la localité", "cette localité"],
        CapitalBackReferences = ["capitale"],
        HomeReferences = ["vers son territoire", "vers leur territoire", "dans leur pays", "dans son pays", "vers leur pays", "au pays", "à la maison"],
        PastDayMarkers = ["dernier", "passé"],
        NextDayMarkers = ["prochain"],
        OrdinalSuffixes = ["er", "re", "e", "eme", "ème"],
    };

    /// <summary>Articles and contracted articles that French sources write before a region's name ("la Crimée", "de l'Oblast"), longest first.</summary>
    public static IReadOnlyList<string> ArticlesBeforeNames { get; } = ["du ", "de la ", "de l'", "de l’", "des ", "de ", "d'", "d’", "la ", "le ", "les ", "l'", "l’"];

    /// <summary>A French name without its leading article, when something of at least three letters remains.</summary>
    /// <param name="name">A name as a source writes it.</param>
    /// <returns>The name without the article.</returns>
    public static string WithoutArticle(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var article in ArticlesBeforeNames)
        {
            if (name.StartsWith(article, StringComparison.Ordinal) && name.Length > article.Length + 2)
            {
                return name[article.Length..];
            }
        }

        return name;
    }
}
