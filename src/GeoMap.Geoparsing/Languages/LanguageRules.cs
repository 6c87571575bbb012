using GeoMap.Core.Movements;
using GeoMap.Geoparsing.Extraction.Tokens;

namespace GeoMap.Geoparsing.Languages;

/// <summary>Everything the analysis needs to know about one language: its words, lexicons, cue phrases and morphology.</summary>
/// <remarks>
/// A language is one folder under <c>Languages/</c> with one static class that builds this object.
/// Only what every step needs is required (code, stopwords, abbreviations, numbers, months, weekdays);
/// the movement lexicons default to empty, so a language can be recognised and its places found
/// before its movement words are written.
/// Phrases are matched accent- and case-insensitively on whole words; a word ending in <c>*</c>
/// matches any word with that prefix. Curated, language-independent lists (demonyms, actors,
/// sources) live in <c>data/gazetteer/</c> instead.
/// </remarks>
public sealed class LanguageRules
{
    private readonly Lazy<Matchers> _matchers;

    /// <summary>Creates an empty rule set; fill it with the init properties.</summary>
    public LanguageRules() => _matchers = new Lazy<Matchers>(() => new Matchers(this));

    /// <summary>ISO 639-1 code.</summary>
    public required string Code { get; init; }

    /// <summary>Frequent function words, used to detect the language.</summary>
    public required IReadOnlyList<string> Stopwords { get; init; }

    /// <summary>
    /// Elided words written with an apostrophe glued to the next word ("l'", "d'", "qu'"; Italian "dell'").
    /// The tokenizer ends such a word after its apostrophe, so the name that follows is a word of its own.
    /// </summary>
    public IReadOnlyList<string> Elisions { get; init; } = [];

    /// <summary>
    /// How an inflected, particled or prefixed word of this language maps back to the forms a gazetteer
    /// holds ("Уссурийском" → "уссурийск", "Warszawy" → "warszawa", "블라디보스토크로" → "블라디보스토크",
    /// "وبغداد" → "بغداد"); null when words are looked up as written.
    /// </summary>
    /// <remarks>
    /// See <see cref="WordForms"/> for the contract: the one place a language says what it writes onto a name
    /// (case endings, particles, clitics, attached heads, an optional article). The recognizer asks it only when
    /// the word as written names nothing; the gazetteer builder indexes names without its attached heads.
    /// </remarks>
    public WordForms? Morphology { get; init; }

    /// <summary>
    /// Lower-case nouns, written as separate words, that may end a place name although they are not
    /// capitalised ("область", "obwód", "województwo"): the recognizer looks a name up when it ends at one of them.
    /// </summary>
    public IReadOnlyList<string> NameNouns { get; init; } = [];

    /// <summary>Words that end with a dot without ending the sentence ("M", "Gen", "St").</summary>
    public required IReadOnlyList<string> Abbreviations { get; init; }

    /// <summary>Number words below one hundred ("douze" → 12, "twenty" → 20).</summary>
    public required IReadOnlyDictionary<string, int> NumberWords { get; init; }

    /// <summary>Multiplying number words ("cent" → 100, "thousand" → 1000, "millions" → 1e6).</summary>
    public required IReadOnlyDictionary<string, int> ScaleWords { get; init; }

    /// <summary>Words that may join number words ("et", "and").</summary>
    public IReadOnlyList<string> NumberJoiners { get; init; } = [];

    /// <summary>Vague quantities ("plusieurs milliers" → 2 000..9 999).</summary>
    public IReadOnlyDictionary<string, (int? Min, int? Max)> VagueQuantities { get; init; } = new Dictionary<string, (int? Min, int? Max)>();

    /// <summary>Phrases before a number that make it an upper bound ("up to", "jusqu'à").</summary>
    public IReadOnlyList<string> UpperBoundCues { get; init; } = [];

    /// <summary>Phrases before a number that make it a lower bound ("at least", "plus de").</summary>
    public IReadOnlyList<string> LowerBoundCues { get; init; } = [];

    /// <summary>Phrases before a number that make it approximate ("about", "environ").</summary>
    public IReadOnlyList<string> ApproximateCues { get; init; } = [];

    /// <summary>Words opening a range of two numbers or days ("between", "entre", "from", "du").</summary>
    public IReadOnlyList<string> RangeOpeners { get; init; } = [];

    /// <summary>Words closing a range ("and", "et", "to", "au").</summary>
    public IReadOnlyList<string> RangeJoiners { get; init; } = [];

    /// <summary>Words after a number that say it is not a head count ("pour cent", "dollars", "km").</summary>
    public IReadOnlyList<string> NonCountUnits { get; init; } = [];

    /// <summary>
    /// Nouns of people who are no force, written before their count in languages that put the noun first (Korean "교민 28명",
    /// 28 nationals; "민간인 300명", 300 civilians): the number counts them, not troops, so it is no strength and alone makes
    /// no movement (an evacuation of civilians is none).
    /// </summary>
    public IReadOnlyList<string> CiviliansBeforeCount { get; init; } = [];

    /// <summary>Month names and abbreviations → 1..12.</summary>
    public required IReadOnlyDictionary<string, int> Months { get; init; }

    /// <summary>Weekday names → <see cref="DayOfWeek"/>.</summary>
    public required IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; init; }

    /// <summary>Relative days ("hier" → -1, "today" → 0).</summary>
    public IReadOnlyDictionary<string, int> RelativeDays { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Phrases that place an event on the day the report was last telling of: parts of a day named without their day ("in the
    /// evening", "en fin de matinée", "am Abend", "por la mañana", "in serata": "left Gao on Friday … The aircraft took off in
    /// the late morning"), and "right after that" ("dans la foulée", "shortly afterwards", "poco después"). Their words are no
    /// date of their own (Spanish "mañana" is tomorrow, "por la mañana" in the morning), and a time that a verb stands before
    /// its object across ("a quitté lundi soir le camp de …").
    /// </summary>
    public IReadOnlyList<string> SameDayPhrases { get; init; } = [];

    /// <summary>Relative weeks ("last week" → -1).</summary>
    public IReadOnlyDictionary<string, int> RelativeWeeks { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Spans reaching back from publication, with their length in days ("over the past two weeks" → 14, "за последние две
    /// недели", "خلال الأسبوعين الماضيين"): the days right before the report's day, [published − days, published).
    /// </summary>
    /// <remarks>Vague spans ("in recent days", "خلال الأيام الماضية") are left out: they give no period.</remarks>
    public IReadOnlyDictionary<string, int> PastSpans { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Weekends ("over the weekend", "last weekend", "le week-end dernier" → 0, "next weekend" → 1): Saturday and Sunday of
    /// the latest weekend begun by publication (0, or the next one for a plan), or the one after it (1).
    /// </summary>
    public IReadOnlyDictionary<string, int> Weekends { get; init; } = new Dictionary<string, int>();

    /// <summary>Relative months ("le mois dernier" → -1).</summary>
    public IReadOnlyDictionary<string, int> RelativeMonths { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Relative years ("last year", "l'année dernière", "vergangenen Jahres" → -1, "this year" → 0, "next year" → 1): the
    /// whole calendar year, counted from the publication year; after a month ("in March last year") they give its year.
    /// </summary>
    public IReadOnlyDictionary<string, int> RelativeYears { get; init; } = new Dictionary<string, int>();

    /// <summary>Phrases before a month that narrow it to a part ("début" → early, "late" → late).</summary>
    public IReadOnlyDictionary<string, MonthPart> MonthParts { get; init; } = new Dictionary<string, MonthPart>();

    /// <summary>Force and unit words → canonical English unit, with a specificity (higher wins).</summary>
    public IReadOnlyDictionary<string, (string Unit, int Specificity)> Units { get; init; } = new Dictionary<string, (string Unit, int Specificity)>();

    /// <summary>Transport words → mode.</summary>
    public IReadOnlyDictionary<string, TransportMode> Modes { get; init; } = new Dictionary<string, TransportMode>();

    /// <summary>Verb phrases that state a movement and its status.</summary>
    public IReadOnlyDictionary<string, MovementStatus> StatusCues { get; init; } = new Dictionary<string, MovementStatus>();

    /// <summary>
    /// Endings of a movement verb in a tense that tells a movement in progress, as written (accents kept): the present and
    /// the imperfect ("acheminent", "progressaient", "avanzan", "si ritirano"). A clause whose main movement verb has
    /// one and that has no status cue of its own is under way.
    /// </summary>
    public IReadOnlyList<string> UnderWayEndings { get; init; } = [];

    /// <summary>Endings of a movement verb in the future ("enverra", "quitteront", "avanzará", "rientrerà"): planned.</summary>
    public IReadOnlyList<string> PlannedEndings { get; init; } = [];

    /// <summary>
    /// Endings of movement words that look like a tense ending but are not one: nouns ("déploiement", "retrait",
    /// "offensiva") and moods that tell no progress (the French conditional "retirerait").
    /// </summary>
    public IReadOnlyList<string> NotTenseEndings { get; init; } = [];

    /// <summary>
    /// Unit words that head a compound of this language ("Panzergrenadierbataillon", "Patriot-Batterien", "Wagner-Kämpfer"),
    /// in the forms they take there: a word ending in one of them names that unit. Empty where compounds are written apart.
    /// </summary>
    public IReadOnlyList<string> CompoundUnitHeads { get; init; } = [];

    /// <summary>
    /// Verbs saying that something has begun ("has begun", "a commencé", "begonnen", "ha comenzado", "è iniziato"): a
    /// movement said to have begun is under way, whatever tense an auxiliary elsewhere in the clause has.
    /// </summary>
    public IReadOnlyList<string> Inchoatives { get; init; } = [];

    /// <summary>
    /// Prepositions that give a direction without an arrival ("в направлении", "у напрямку", "w kierunku"): a force that
    /// advanced or set out towards a place, told in a completed tense, is still on its way there. Each must also be one of
    /// <see cref="PlacePrepositions"/>, which gives the place its role.
    /// </summary>
    /// <remarks>A withdrawal towards a place is done when the place it left is left, so it keeps its completed status.</remarks>
    public IReadOnlyList<string> TowardsPrepositions { get; init; } = [];

    /// <summary>
    /// Verbs of leaving a place to go elsewhere, as the main verb of a clause ("left", "sailed", "a appareillé", "a décollé",
    /// "verließ", "zarpó", "è salpata"): the place they leave is where the movement starts even after a preposition that alone is
    /// too weak to say so ("a décollé de Niamey"), and a force told as set out for a place, with no arrival told, is on its way
    /// ("a appareillé de Toulon pour la mer Rouge"; "… left Ouallam. The column is to drive to N'Djamena"). Unlike the verbs of
    /// setting out that name a direction by themselves (Russian "направилась", a <see cref="StatusCues"/> entry), these are done
    /// once the place is left: without a destination the movement is complete.
    /// </summary>
    public IReadOnlyList<string> DepartureVerbs { get; init; } = [];

    /// <summary>
    /// Verbs saying how many a force numbers ("liczy", "насчитывает", "налічує", "قوامها"): a clause that counts with one and moves
    /// nothing, right after a movement told without a count, gives that movement its count as a clause with a movement verb does
    /// (see <c>MovementDraft.CountedBy</c>: "A column left Rzeszów for Craiova. The new rotation numbers about 230 soldiers.").
    /// </summary>
    public IReadOnlyList<string> CountVerbs { get; init; } = [];

    /// <summary>Phrases introducing a source before it ("according to", "selon").</summary>
    public IReadOnlyList<string> SourceOpeners { get; init; } = [];

    /// <summary>
    /// Prepositions written onto the start of a place's word, with the conjunctions they may follow (Arabic "ل"/"لل" to,
    /// "ب" in or at, "ول" and to): the role they give; one also listed in <see cref="LocativePrepositions"/> gives a
    /// destination only as a location.
    /// </summary>
    public IReadOnlyDictionary<string, PlaceRole> AttachedPrepositions { get; init; } = new Dictionary<string, PlaceRole>();

    /// <summary>True when the subject usually follows the verb (Arabic "انسحب الجيش الإسرائيلي", withdrew the Israeli army): the mover is the actor right after the movement verb.</summary>
    public bool SubjectAfterVerb { get; init; }

    /// <summary>
    /// True when the language writes its adjectives of nationality in lower case (Polish "polska armia", Russian "российские
    /// войска"): a capitalised word inside a sentence that spells one ("do Polski", "z Polską", Poland's genitive and
    /// instrumental) is then the country's name, not the adjective.
    /// </summary>
    public bool LowerCaseDemonyms { get; init; }

    /// <summary>
    /// True when the language writes an ordinal number as digits and a dot ("21. Brygada", "12. Dywizji Zmechanizowanej"): a
    /// dot after one to three digits then ends no sentence.
    /// </summary>
    public bool OrdinalDot { get; init; }

    /// <summary>Particles written onto a noun that make it the subject or topic of its clause (Korean "이", "가", "은", "는"): the mover is the actor that carries one.</summary>
    public IReadOnlyList<string> SubjectParticles { get; init; } = [];

    /// <summary>Phrases after a source that say it is one, in languages that put them there (Korean "따르면" in "국정원에 따르면", according to the NIS).</summary>
    public IReadOnlyList<string> SourceClosers { get; init; } = [];

    /// <summary>Reporting verbs after a source ("said", "a déclaré").</summary>
    public IReadOnlyList<string> ReportingVerbs { get; init; } = [];

    /// <summary>Diplomatic or reaction words; a sentence with one and no head count is not a movement.</summary>
    public IReadOnlyList<string> ReactionCues { get; init; } = [];

    /// <summary>Prepositions before a place and the role they give it.</summary>
    public IReadOnlyDictionary<string, PlaceRole> PlacePrepositions { get; init; } = new Dictionary<string, PlaceRole>();

    /// <summary>
    /// Verbs and nouns that state a movement, with the kind they give it ("deploy*" → deployment, "withdr*" →
    /// withdrawal, "advanc*" → advance, "cross*" → transit). A sentence states a movement only when it has one,
    /// so presence ("stationed"), captures, visits and casualties, which have none, give no movement. When a
    /// language lists none, its <see cref="StatusCues"/> stand in for them.
    /// </summary>
    public IReadOnlyDictionary<string, MovementKind> MovementVerbs { get; init; } = new Dictionary<string, MovementKind>();

    /// <summary>
    /// Prepositions among <see cref="PlacePrepositions"/> that give a destination only as a location ("in", "at",
    /// "à", "in", "bei"): a place they govern is the destination only when no directional preposition ("to",
    /// "vers", "nach") names one, and after another place and a comma it qualifies that place ("from Kupiansk,
    /// in the Kharkiv region, to …") instead of being on the route.
    /// </summary>
    public IReadOnlyList<string> LocativePrepositions { get; init; } = [];

    /// <summary>
    /// Role markers that depend on the form of the place itself: a particle or case ending attached to the place's
    /// last word (Korean "로" → destination, "에서" → origin), optionally required after a preposition (Russian "в"
    /// with an accusative ending → destination). See <see cref="PlaceRoleMarker"/>; they are tried before
    /// <see cref="PlacePrepositions"/>.
    /// </summary>
    public IReadOnlyList<PlaceRoleMarker> PlaceRoleMarkers { get; init; } = [];

    /// <summary>Words after which a month or a year alone is a date ("en octobre", "in 2023", "since May").</summary>
    public IReadOnlyList<string> TimeLeads { get; init; } = [];

    /// <summary>Words naming an intelligence service generically ("renseignement", "intelligence").</summary>
    public IReadOnlyList<string> IntelligenceWords { get; init; } = [];

    /// <summary>Prepositions that mark an origin only when nothing else explains them (French "de", "d'", "du").</summary>
    public IReadOnlyList<string> WeakOrigins { get; init; } = [];

    /// <summary>Sentence openings that refer back to the troops of the sentence before ("They", "These soldiers", "Ils"; their possessive: "Their vehicles", "Sus blindados").</summary>
    public IReadOnlyList<string> AnaphoricSubjects { get; init; } = [];

    /// <summary>Words that name a kind of region before or after its name, as separate words (Arabic "محافظة" governorate, "أوبلاست" oblast; Korean "지방" krai): the gazetteer also indexes a region's name without them.</summary>
    public IReadOnlyList<string> RegionHeads { get; init; } = [];

    /// <summary>
    /// Nouns naming a kind of region, written beside its name ("region", "oblast", "province", "Provinz"): a name followed by
    /// one ("the Kursk region") is read as the region, not a town of that name.
    /// </summary>
    public IReadOnlyList<string> RegionNouns { get; init; } = [];

    /// <summary>
    /// Phrases that end right before a region's name and make it one ("the province of", "la région de", "Oblast",
    /// "la provincia de"); a republic's or a department's "of" is left out where it opens a country's or a ministry's name.
    /// </summary>
    public IReadOnlyList<string> RegionOpeners { get; init; } = [];

    /// <summary>
    /// Offices held over a region, written beside its name ("the Murmansk governor", "Kandahar's governor", "the governor of
    /// Kandahar"): a governor governs a province, a state or an oblast, not its capital city, so the name is read as the
    /// region, as after a region noun.
    /// </summary>
    public IReadOnlyList<string> RegionOffices { get; init; } = [];

    /// <summary>Nouns naming a kind of facility ("base", "airfield", "port", "garnison"): a name beside one may be the facility's.</summary>
    public IReadOnlyList<string> FacilityNouns { get; init; } = [];

    /// <summary>
    /// Phrases before a place that locate something near it ("near", "north of", "près de", "cerca de", "nei pressi di"): the
    /// place is an anchor, and a place named just before it is read as close to it ("Ussuriysk, near Vladivostok").
    /// </summary>
    public IReadOnlyList<string> NearPhrases { get; init; } = [];

    /// <summary>
    /// Participles that say where a facility stands, between its noun and the preposition of its place ("camp situé près de",
    /// "base located near", "gelegenen", "situado cerca de"): the place is the facility's, and takes the role of the facility.
    /// </summary>
    public IReadOnlyList<string> LocatedParticiples { get; init; } = [];

    /// <summary>Phrases before a place that name a border with it ("the border with", "la frontière avec"): probably a country.</summary>
    public IReadOnlyList<string> BorderPhrases { get; init; } = [];

    /// <summary>
    /// Capitalised nouns that end a geographic name as written after it ("Salinas Valley", "Danube Delta"), matched as
    /// written: the name and the noun are one mention.
    /// </summary>
    public IReadOnlyList<string> GeographicHeads { get; init; } = [];

    /// <summary>
    /// Ordinary words that some gazetteer entry also spells, never a place alone: in a caseless script ("수도" capital,
    /// "الحكومة" the government), and in a cased language the nouns that open sentences or are capitalised anyway (German
    /// "Lage", "Zug"; Spanish "Defensa" in "Ministerio de Defensa"; Italian "Paese" for the country being written about).
    /// </summary>
    public IReadOnlyList<string> NotPlaceWords { get; init; } = [];

    /// <summary>Nouns after which a bare name (without a particle) only qualifies an organisation: Korean "국방부" in "러시아 국방부" (the Russian defence ministry).</summary>
    public IReadOnlyList<string> OrganisationNouns { get; init; } = [];

    /// <summary>
    /// Demonyms and country adjectives of this language and the country (ISO 3166-1 alpha-2) they name as an actor
    /// ("российск*" → RU covers "Российские войска", "российских военных"); merged with the curated, multilingual
    /// <c>data/gazetteer/demonyms.tsv</c>. A country that is no state of <c>actors.tsv</c> names no actor; English's forms
    /// also serve the recognizer (a mention of the country, <see cref="GeoMap.Core.Places.MentionType.Demonym"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Demonyms { get; init; } = new Dictionary<string, string>();

    /// <summary>Lower-case words that, hyphenated after a demonym, make it the name of a language rather than a mention of the
    /// country: English "French-speaking", "English-language".</summary>
    public IReadOnlyList<string> LanguageHeads { get; init; } = [];

    /// <summary>Buildings whose name stands for a government ("the White House said" is the US presidency) and that news never
    /// means as a place to map: not read as toponyms, nor as the towns that bear the same name.</summary>
    public IReadOnlyList<string> SeatsOfGovernment { get; init; } = [];

    /// <summary>
    /// Nouns that in this language's reports name one state's forces and no other ("противник", "ворог", "окупанти": in
    /// Ukrainian reports the enemy is always Russia's forces), with that state (ISO 3166-1 alpha-2, a state of
    /// <c>actors.tsv</c>): read as the state's name where the report is in this language only, since another language
    /// writing the same word may mean the other side (Russian "противник" in a Russian ministry's report is Ukraine).
    /// </summary>
    public IReadOnlyDictionary<string, string> SideNouns { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The adjectives of <see cref="SideNouns"/> ("ворожі підрозділи", enemy units; "окупаційні війська"): read like a
    /// demonym of that state, in this language's reports only.
    /// </summary>
    public IReadOnlyDictionary<string, string> SideAdjectives { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Nouns that end the name of a street or a road ("Dublin Road", "Paris Avenue"): a town's name before one is part of
    /// the street's name, not a mention of the town inside an organisation's name.
    /// </summary>
    public IReadOnlyList<string> StreetNouns { get; init; } = [];

    /// <summary>
    /// The <see cref="StreetNouns"/> that make a name a street's on their own, and their abbreviations written with a dot
    /// ("Main Street", "Birch Blvd."): a street is named by them although the gazetteer knows no street. Nouns that also
    /// end names of institutions or works ("Supreme Court", "Melrose Place") are left out.
    /// </summary>
    public IReadOnlyList<string> StreetHeads { get; init; } = [];

    /// <summary>
    /// Nouns that end the names of second-level areas and that local writers drop once the area is plain ("Oconee" for
    /// Oconee County, "Avoyelles" for Avoyelles Parish), with their abbreviations after a dot-less or dotted "Co": a span
    /// given as a toponym that the gazetteer knows only with one of them is that area.
    /// </summary>
    public IReadOnlyList<string> CountyHeads { get; init; } = [];

    /// <summary>
    /// The plurals of <see cref="CountyHeads"/>, in the same order, as they close a list of areas ("Cooke, Grayson and Love
    /// counties"): each listed name is the area of that noun.
    /// </summary>
    public IReadOnlyList<string> CountyHeadPlurals { get; init; } = [];

    /// <summary>Words that join the last two members of a list ("and", "or").</summary>
    public IReadOnlyList<string> ListJoiners { get; init; } = [];

    /// <summary>Abbreviations of <see cref="StreetHeads"/>, written with a dot ("St.", "Ave.").</summary>
    public IReadOnlyList<string> StreetHeadAbbreviations { get; init; } = [];

    /// <summary>Nouns that may stand between a preposition and a place ("la base militaire d'", "the port of").</summary>
    public IReadOnlyList<string> PlaceHeads { get; init; } = [];

    /// <summary>Articles, skipped between a preposition and what it governs ("the", "la", "der").</summary>
    public IReadOnlyList<string> Articles { get; init; } = [];

    /// <summary>
    /// Prepositions fused with an article ("du", "au", "al", "del", "all'", "nella"): like an article, one right before a
    /// movement word makes it a noun ("face à l'avancée", "di fronte all'avanzata"), which names a movement without telling
    /// what the clause says happened.
    /// </summary>
    public IReadOnlyList<string> ArticleContractions { get; init; } = [];


    /// <summary>
    /// Conjunctions that open a clause with its own subject and verb ("while", "whereas", "tandis que", "mientras que",
    /// "während"): the sentence is read clause by clause, so each clause's places, counts and dates stay with its own verb.
    /// </summary>
    public IReadOnlyList<string> ClauseOpeners { get; init; } = [];

    /// <summary>
    /// Connective endings of a verb that close its clause when a comma follows (Korean "-고" and, "-며", "-다가" and then):
    /// "…을 러시아에 보냈고, 올해 …" is two clauses, each of which may state a movement of its own.
    /// </summary>
    public IReadOnlyList<string> ClauseEndings { get; init; } = [];

    /// <summary>
    /// Relative pronouns that open a clause about the noun before them ("who", "which", "where", "qui", "où", "donde",
    /// "dove"; German ", die"): the clause is read on its own, and takes the count and unit just before the pronoun
    /// ("12,000 soldiers who arrived in Kursk") as its subject.
    /// </summary>
    public IReadOnlyList<string> RelativeOpeners { get; init; } = [];

    /// <summary>
    /// The relative openers of <see cref="RelativeOpeners"/> that stand for a place ("where", "où", ", wo", ", wohin", "donde",
    /// "adonde", "dove"): a movement told in such a clause with no destination of its own goes to the place before it
    /// ("flew to Al-Asrak, whither the Bundeswehr had moved the troops from Wunstorf").
    /// </summary>
    public IReadOnlyList<string> PlaceRelatives { get; init; } = [];

    /// <summary>
    /// Words after a comma that open a clause about the rest of the force the clause before moved part of ("Часть
    /// миротворцев перевели в Гюмри, остальные вернулись в Россию"): the clause is read on its own, with its own places,
    /// and takes the unit of the clause before as its subject, as a relative clause does.
    /// </summary>
    public IReadOnlyList<string> RemainderOpeners { get; init; } = [];

    /// <summary>
    /// Words that point back to a place named before ("there", "the area", "la zone", "dort", "allí", "lì"): after a
    /// preposition (or alone, for the adverbs) they stand for the latest place the report named.
    /// </summary>
    public IReadOnlyList<string> PlaceBackReferences { get; init; } = [];

    /// <summary>
    /// The <see cref="PlaceBackReferences"/> that name a country ("the country", "le pays", "das Land"): they stand for the
    /// latest country the report named, not for a town or region named after it.
    /// </summary>
    public IReadOnlyList<string> CountryBackReferences { get; init; } = [];

    /// <summary>
    /// The <see cref="PlaceBackReferences"/> that mean "from there" by themselves (Russian "оттуда", Ukrainian "звідти"): the place
    /// they stand for is where the movement starts, wherever they stand in the clause.
    /// </summary>
    public IReadOnlyList<string> OriginBackReferences { get; init; } = [];

    /// <summary>
    /// The <see cref="PlaceBackReferences"/> that name an area smaller than a country ("the region", "cette région", "la
    /// zona", "das Gebiet"): they stand for the latest place named that is not a country ("arrived in the Kursk region,
    /// bordering Ukraine … landed in that region" is Kursk, not Ukraine).
    /// </summary>
    public IReadOnlyList<string> AreaBackReferences { get; init; } = [];

    /// <summary>
    /// The <see cref="PlaceBackReferences"/> that name a town ("the town", "la localidad", "cette ville", "die Stadt"): they
    /// stand for the latest populated place named, and for nothing when the report named none.
    /// </summary>
    public IReadOnlyList<string> TownBackReferences { get; init; } = [];

    /// <summary>
    /// The <see cref="PlaceBackReferences"/> that name a capital ("capital", "capitale", "Hauptstadt"; the article is left
    /// out so that a demonym may stand between: "the Chadian capital", "la capitale tchadienne"): they stand for the latest
    /// national capital named (of the demonym's country when there is one), and for nothing when the report named none.
    /// </summary>
    public IReadOnlyList<string> CapitalBackReferences { get; init; } = [];

    /// <summary>
    /// Words for the mover's own country as where it goes ("home", "hacia su territorio", "dans leur pays", "in die Heimat",
    /// "in patria"): a movement that names no other destination goes to the country of its actor.
    /// </summary>
    public IReadOnlyList<string> HomeReferences { get; init; } = [];

    /// <summary>
    /// Words that introduce a force going along with the mover ("accompanied by", "escortée par", "acompañada de", "begleitet
    /// von", "scortata da"): the units right after them are the escort, not the force whose movement the clause states.
    /// </summary>
    public IReadOnlyList<string> CompanionCues { get; init; } = [];

    /// <summary>
    /// Words that make a clause a statement of presence or of losses, not of a movement ("remain", "reste", "bleibt",
    /// "permanece", "rimane"; "killed", "tués", "muertos"): a clause with one states no movement even with a movement word.
    /// </summary>
    public IReadOnlyList<string> NoMovementCues { get; init; } = [];

    /// <summary>
    /// The words that say a movement does not happen ("did not move", "n'ont pas été déployés", "no troops", "refused to
    /// send"): see <see cref="NegationWords"/>.
    /// </summary>
    public NegationWords Negation { get; init; } = NegationWords.None;

    /// <summary>Words next to a weekday that put it in the past ("last", "dernier", "pasado", "scorso", "vergangenen").</summary>
    public IReadOnlyList<string> PastDayMarkers { get; init; } = [];

    /// <summary>Words next to a weekday that put it in the future ("next", "prochain", "próximo", "prossimo", "kommenden").</summary>
    public IReadOnlyList<string> NextDayMarkers { get; init; } = [];

    /// <summary>Letters glued to a day number to make it an ordinal ("th" in "8th", "er" in "1er").</summary>
    public IReadOnlyList<string> OrdinalSuffixes { get; init; } = [];

    /// <summary>Nouns that take a demonym to name a destination ("front" in "le front ukrainien").</summary>
    public IReadOnlyList<string> FrontNouns { get; init; } = [];

    /// <summary>Counter words that count people and may be written onto the digits (Korean "명" in "700명"): the number stays a head count.</summary>
    public IReadOnlyList<string> PersonCounters { get; init; } = [];

    /// <summary>
    /// Endings written onto a number or its scale word that make it a lower bound: Korean "여" ("some … odd", "more
    /// than") in "1천500여 명", "3천여 명", "50여 명".
    /// </summary>
    public IReadOnlyList<string> LowerBoundSuffixes { get; init; } = [];

    /// <summary>
    /// Counters written onto numbers to make a date ("2024년 10월 8일부터"), for languages that write dates that way;
    /// null when dates are written with month names.
    /// </summary>
    public DateCounters? DateCounters { get; init; }

    /// <summary>
    /// True when the main verb ends the clause (Korean): the movement verb of a sentence is its last one (earlier ones
    /// are subordinate: "…을 태우고 …로 수송했다", "took on board … and carried to"), and its status is the cue nearest it.
    /// </summary>
    public bool VerbFinal { get; init; }

    /// <summary>
    /// True when the language leaves out a subject its verb's ending already gives (Italian "Atterreranno a Riga", Spanish
    /// "Llegaron a Gao"): a clause that opens with its movement verb (after auxiliaries and clitics only) and names no force
    /// of its own is about the force of the sentence before, as "They landed in Riga" is.
    /// </summary>
    public bool DropsSubject { get; init; }

    /// <summary>
    /// Words after a place that give it a role, for languages that put them there: Korean verbs of motion that take the
    /// place as their object ("부산을 거쳐", via Busan; "괌을 떠나", leaving Guam; "서울을 향해", towards Seoul) and nouns
    /// of direction ("방면"). A word ending in <c>*</c> matches any word with that prefix.
    /// </summary>
    public IReadOnlyDictionary<string, PlaceRole> PlacePostpositions { get; init; } = new Dictionary<string, PlaceRole>();

    /// <summary>
    /// Words that open a noun phrase (articles, contractions of a preposition and an article, possessives: German "der",
    /// "im", "vom", "seinem"), for a language that capitalises all its nouns: a capitalised word after one, and after any
    /// lower-case adjectives, is a common noun ("der Stadt", "vom Hafen", "im nordkosovarischen Dorf"), so a name right
    /// after it is its apposition ("der Stadt Charkiw"), not part of a person's name. Empty where only names are capitalised.
    /// </summary>
    public IReadOnlyList<string> NounDeterminers { get; init; } = [];

    /// <summary>True when the language capitalises every noun (it lists <see cref="NounDeterminers"/>): a capitalised word inside a sentence ("der Abzug") is a noun.</summary>
    internal bool CapitalisesNouns => NounDeterminers.Count > 0;

    private HashSet<string>? _functionAndCalendarWords;
    private HashSet<string>? _neverPlaceAlone;
    private HashSet<string>? _nounDeterminers;
    private HashSet<string>? _placePrepositions;
    private HashSet<string>? _nameNouns;
    private HashSet<string>? _streetNouns;
    private HashSet<string>? _streetHeads;
    private HashSet<string>? _streetHeadAbbreviations;

    /// <summary>Whether a folded word (<see cref="TextFolding.FoldWord"/>) is a function word, a number word, a month or a weekday of this language.</summary>
    /// <param name="foldedWord">A token norm.</param>
    /// <returns>True for "во", "mai", "lundi"…</returns>
    internal bool IsFunctionOrCalendarWord(string foldedWord) =>
        (_functionAndCalendarWords ??= new HashSet<string>(
            Stopwords.Concat(Months.Keys).Concat(Weekdays.Keys).Concat(NumberWords.Keys).Where(w => !w.Contains(' ', StringComparison.Ordinal)).Select(TextFolding.FoldWord),
            StringComparer.Ordinal)).Contains(foldedWord);

    /// <summary>Whether a folded word is never a place on its own: a function or calendar word, or one of <see cref="NotPlaceWords"/>.</summary>
    /// <param name="foldedWord">A token norm.</param>
    /// <returns>True for "mai", "lage", "paese"…</returns>
    internal bool IsNeverPlaceAlone(string foldedWord) => IsFunctionOrCalendarWord(foldedWord) || IsNotPlaceWord(foldedWord);

    /// <summary>Whether a folded word is one of <see cref="NotPlaceWords"/>.</summary>
    /// <param name="foldedWord">A token norm.</param>
    /// <returns>True for English "English", German "lage"…</returns>
    internal bool IsNotPlaceWord(string foldedWord) =>
        (_neverPlaceAlone ??= new HashSet<string>(NotPlaceWords.Select(TextFolding.FoldWord), StringComparer.Ordinal)).Contains(foldedWord);

    /// <summary>Whether a folded word is, on its own, one of <see cref="PlacePrepositions"/> ("richtung", "nach").</summary>
    /// <param name="foldedWord">A token norm.</param>
    /// <returns>True for German "richtung"…</returns>
    internal bool IsPlacePreposition(string foldedWord) =>
        (_placePrepositions ??= new HashSet<string>(
            PlacePrepositions.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal) && !k.EndsWith('*')).Select(TextFolding.FoldWord),
            StringComparer.Ordinal)).Contains(foldedWord);

    /// <summary>Whether a folded word is one of <see cref="NounDeterminers"/>.</summary>
    /// <param name="foldedWord">A token norm.</param>
    /// <returns>True for "der", "im", "seinem"…</returns>
    internal bool IsNounDeterminer(string foldedWord) =>
        (_nounDeterminers ??= new HashSet<string>(NounDeterminers.Select(TextFolding.FoldWord), StringComparer.Ordinal)).Contains(foldedWord);

    /// <summary>Whether a lower-cased word is one of <see cref="NameNouns"/>.</summary>
    /// <param name="lowerWord">A word lower-cased by <see cref="TextFolding.Lower"/>.</param>
    /// <returns>True for "область", "obwodu"…</returns>
    internal bool IsNameNoun(string lowerWord) =>
        (_nameNouns ??= new HashSet<string>(NameNouns.Select(TextFolding.Lower), StringComparer.Ordinal)).Contains(lowerWord);

    /// <summary>Whether a folded word is one of <see cref="StreetHeads"/>.</summary>
    internal bool IsStreetHead(string foldedWord) =>
        (_streetHeads ??= new HashSet<string>(StreetHeads.Select(TextFolding.FoldWord), StringComparer.Ordinal)).Contains(foldedWord);

    /// <summary>Whether a folded word, followed by a dot in the text, is one of <see cref="StreetHeadAbbreviations"/>.</summary>
    internal bool IsStreetHeadAbbreviation(string foldedWord) =>
        (_streetHeadAbbreviations ??= new HashSet<string>(StreetHeadAbbreviations.Select(TextFolding.FoldWord), StringComparer.Ordinal)).Contains(foldedWord);

    /// <summary>Whether a folded word is one of <see cref="StreetNouns"/>.</summary>
    /// <param name="foldedWord">A token norm.</param>
    /// <returns>True for "street", "road", "avenue"…</returns>
    internal bool IsStreetNoun(string foldedWord) =>
        (_streetNouns ??= new HashSet<string>(StreetNouns.Select(TextFolding.FoldWord), StringComparer.Ordinal)).Contains(foldedWord);

    /// <summary>
    /// Whether a one-word status cue matched on <paramref name="word"/> is that cue as written, accents included: phrases match
    /// accent-insensitively, but Italian "è" (is) is not "e" (and), nor Spanish "está" (is) "esta" (this, in "esta semana").
    /// </summary>
    /// <param name="word">The token as written.</param>
    /// <returns>False when every one-word cue the token's folded form matches carries an accent the token lacks, or the reverse.</returns>
    /// <remarks>Latin script only: elsewhere folding evens out spellings of one word (Arabic hamza and vowel marks), not two words.</remarks>
    internal bool StatusCueAsWritten(string word)
    {
        if (word.Any(c => c >= '\u0250'))
        {
            return true;
        }

        var cues = _oneWordCues ??= [.. StatusCues.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal)).Select(TextFolding.Lower)];
        var lower = TextFolding.Lower(word);
        var folded = TextFolding.FoldWord(word);
        var sawFolded = false;
        foreach (var cue in cues)
        {
            var stem = cue.EndsWith('*') ? cue[..^1] : null;
            if (stem is null ? cue == lower : lower.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }

            sawFolded |= stem is null ? TextFolding.FoldWord(cue) == folded : folded.StartsWith(TextFolding.FoldWord(stem), StringComparison.Ordinal);
        }

        // Matched only through a longer phrase, or by no one-word cue at all: nothing to disagree with.
        return !sawFolded;
    }

    private string[]? _oneWordCues;

    /// <summary>The status that the ending of a movement verb tells (<see cref="UnderWayEndings"/>, <see cref="PlannedEndings"/>), or Unknown.</summary>
    /// <param name="word">The verb as written.</param>
    /// <returns>UnderWay for "acheminent", Planned for "quitteront", Unknown for "déploiement" or "quitté".</returns>
    internal MovementStatus StatusOfEnding(string word)
    {
        var lower = TextFolding.Lower(word);
        if (HasNoTense(word))
        {
            return MovementStatus.Unknown;
        }

        return PlannedEndings.Any(e => Ends(lower, e)) ? MovementStatus.Planned
            : UnderWayEndings.Any(e => Ends(lower, e)) ? MovementStatus.UnderWay
            : MovementStatus.Unknown;
    }

    /// <summary>Whether a word ends in one of <see cref="NotTenseEndings"/> ("déploiement", "retrait"): a noun, whose stem tells no status.</summary>
    /// <param name="word">The word as written.</param>
    /// <returns>True for "déploiement", false for "déploient".</returns>
    internal bool HasNoTense(string word)
    {
        var lower = TextFolding.Lower(word);
        return NotTenseEndings.Any(e => Ends(lower, e));
    }

    private static bool Ends(string word, string ending) => word.Length >= ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal);

    /// <summary>Compiled matchers for the lexicons.</summary>
    public Matchers Match => _matchers.Value;

    /// <summary>The lexicons compiled into phrase matchers, built once per language.</summary>
    public sealed class Matchers
    {
        internal Matchers(LanguageRules rules)
        {
            NumberWords = new(rules.NumberWords);
            ScaleWords = new(rules.ScaleWords);
            NumberWordValues = rules.NumberWords.ToDictionary(p => TextFolding.FoldWord(p.Key), p => p.Value, StringComparer.Ordinal);
            ScaleWordValues = rules.ScaleWords.ToDictionary(p => TextFolding.FoldWord(p.Key), p => p.Value, StringComparer.Ordinal);
            NumberJoiners = Flags(rules.NumberJoiners);
            Months = new(rules.Months);
            Weekdays = new(rules.Weekdays);
            RangeOpeners = Flags(rules.RangeOpeners);
            RangeJoiners = Flags(rules.RangeJoiners);
            FrontNouns = Flags(rules.FrontNouns);
            ClauseOpeners = Flags(rules.ClauseOpeners);
            NoMovement = Flags(rules.NoMovementCues);
            var negation = rules.Negation;
            Negators = Flags(negation.Before);
            NegatorsAfter = Flags(negation.After);
            NegativeDeterminers = Flags(negation.Determiners);
            Denials = Flags(negation.Denials);
            DenialsAfter = Flags(negation.DenialsAfter);
            NegationBridges = Flags(negation.Bridges.Concat(rules.Articles));
            NegationExceptions = Flags(negation.Exceptions.Concat(rules.UpperBoundCues).Concat(rules.LowerBoundCues));
            NegationYet = Flags(negation.Yet);
            NegationConjunctions = Flags(negation.Conjunctions);
            LocatedParticiples = Flags(rules.LocatedParticiples);
            Companions = Flags(rules.CompanionCues);
            RelativeOpeners = Flags(rules.RelativeOpeners);
            PlaceRelatives = Flags(rules.PlaceRelatives);
            RemainderOpeners = Flags(rules.RemainderOpeners);
            PlaceBackReferences = Flags(rules.PlaceBackReferences);
            CountryBackReferences = Flags(rules.CountryBackReferences);
            OriginBackReferences = Flags(rules.OriginBackReferences);
            AreaBackReferences = Flags(rules.AreaBackReferences);
            TownBackReferences = Flags(rules.TownBackReferences);
            CapitalBackReferences = Flags(rules.CapitalBackReferences);
            HomeReferences = Flags(rules.HomeReferences);
            PastDayMarkers = Flags(rules.PastDayMarkers);
            NextDayMarkers = Flags(rules.NextDayMarkers);
            OrdinalSuffixes = new HashSet<string>(rules.OrdinalSuffixes.Select(TextFolding.FoldWord), StringComparer.Ordinal);
            LowerBoundSuffixes = [.. rules.LowerBoundSuffixes.Select(TextFolding.FoldWord).OrderByDescending(x => x.Length)];
            Postpositions = new(rules.PlacePostpositions);
            AttachedPrepositions = rules.AttachedPrepositions.ToDictionary(
                p => TextFolding.FoldWord(p.Key),
                p => (p.Value, rules.LocativePrepositions.Contains(p.Key, StringComparer.Ordinal)),
                StringComparer.Ordinal);
            Vague = new(rules.VagueQuantities);
            UpperBound = Flags(rules.UpperBoundCues);
            LowerBound = Flags(rules.LowerBoundCues);
            Approximate = Flags(rules.ApproximateCues);
            NonCount = Flags(rules.NonCountUnits);
            CiviliansBeforeCount = Flags(rules.CiviliansBeforeCount);
            RelativeDays = new(rules.RelativeDays);
            RelativeWeeks = new(rules.RelativeWeeks);
            PastSpans = new(rules.PastSpans);
            Weekends = new(rules.Weekends);
            Inchoatives = Flags(rules.Inchoatives);
            Towards = Flags(rules.TowardsPrepositions);
            CountVerbs = Flags(rules.CountVerbs);
            Departures = Flags(rules.DepartureVerbs);
            SameDay = Flags(rules.SameDayPhrases);
            RelativeMonths = new(rules.RelativeMonths);
            MonthParts = new(rules.MonthParts);
            RelativeYears = new(rules.RelativeYears);
            Units = new(rules.Units);
            CompoundUnitHeads = [.. rules.CompoundUnitHeads
                .Select(h => (Head: TextFolding.FoldWord(h), Value: Units.MatchAt(Tokenizer.Tokenize(h), 0)?.Value))
                .Where(h => h.Value is not null).Select(h => (h.Head, h.Value!.Value)).OrderByDescending(h => h.Head.Length)];
            Modes = new(rules.Modes);
            Status = new(rules.StatusCues);
            SourceOpeners = Flags(rules.SourceOpeners);
            SourceClosers = Flags(rules.SourceClosers);
            ReportingVerbs = Flags(rules.ReportingVerbs);
            Reactions = Flags(rules.ReactionCues);
            Prepositions = new(rules.PlacePrepositions);
            PlaceHeads = Flags(rules.PlaceHeads);
            WeakOrigins = Flags(rules.WeakOrigins);
            AnaphoricSubjects = Flags(rules.AnaphoricSubjects);
            TimeLeads = Flags(rules.TimeLeads);
            Intelligence = Flags(rules.IntelligenceWords);
            MovementVerbs = new(rules.MovementVerbs);
            Articles = Flags(rules.Articles);
            NounOpeners = Flags(rules.Articles.Concat(rules.ArticleContractions));
            Locative = Flags(rules.LocativePrepositions);
            // Endings keep their diacritics: Polish "z Rosją" (instrumental, "with") is not "z Rosja", "na Litwę" is not "na Litwie".
            var markers = rules.PlaceRoleMarkers.Select(r => r with { Ending = TextFolding.Lower(r.Ending), Before = r.Before is null ? null : TextFolding.FoldWord(r.Before) }).ToList();
            SuffixMarkers = [.. markers.Where(r => r.Before is null).OrderByDescending(r => r.Ending.Length)];
            CaseMarkers = new(markers.Where(r => r.Before is not null)
                .GroupBy(r => r.Before!, StringComparer.Ordinal)
                .Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<PlaceRoleMarker>)[.. g.OrderByDescending(r => r.Ending.Length)])));
        }

        /// <summary>Folded <see cref="LanguageRules.CompoundUnitHeads"/> with the unit each names, longest first.</summary>
        public IReadOnlyList<(string Head, (string Unit, int Specificity) Value)> CompoundUnitHeads { get; }

        /// <summary>Folded <see cref="LanguageRules.LowerBoundSuffixes"/>, longest first.</summary>
        public IReadOnlyList<string> LowerBoundSuffixes { get; }

        /// <summary>Folded attached prepositions, the role they give and whether it is only a location.</summary>
        public IReadOnlyDictionary<string, (PlaceRole Role, bool Locative)> AttachedPrepositions { get; }

        /// <summary>Words after a place and the role they give it.</summary>
        public PhraseMatcher<PlaceRole> Postpositions { get; }

        /// <summary>Movement verbs and the kind they give.</summary>
        public PhraseMatcher<MovementKind> MovementVerbs { get; }

        /// <summary>Articles.</summary>
        public PhraseMatcher<bool> Articles { get; }

        /// <summary>Articles and <see cref="LanguageRules.ArticleContractions"/>: a word after one is a noun.</summary>
        public PhraseMatcher<bool> NounOpeners { get; }

        /// <summary>Locative prepositions.</summary>
        public PhraseMatcher<bool> Locative { get; }

        /// <summary>Attached role markers (no preposition), longest ending first.</summary>
        public IReadOnlyList<PlaceRoleMarker> SuffixMarkers { get; }

        /// <summary>Preposition + ending markers, by preposition, longest ending first.</summary>
        public PhraseMatcher<IReadOnlyList<PlaceRoleMarker>> CaseMarkers { get; }

        /// <summary>Number words below one hundred.</summary>
        public PhraseMatcher<int> NumberWords { get; }

        /// <summary>Folded single number words and their values, for the number reader's hot loop.</summary>
        public IReadOnlyDictionary<string, int> NumberWordValues { get; }

        /// <summary>Folded scale words and their values.</summary>
        public IReadOnlyDictionary<string, int> ScaleWordValues { get; }

        /// <summary>Multiplying number words.</summary>
        public PhraseMatcher<int> ScaleWords { get; }

        /// <summary>Words joining number words.</summary>
        public PhraseMatcher<bool> NumberJoiners { get; }

        /// <summary>Month names.</summary>
        public PhraseMatcher<int> Months { get; }

        /// <summary>Weekday names.</summary>
        public PhraseMatcher<DayOfWeek> Weekdays { get; }

        /// <summary>Range openers.</summary>
        public PhraseMatcher<bool> RangeOpeners { get; }

        /// <summary>Range joiners.</summary>
        public PhraseMatcher<bool> RangeJoiners { get; }

        /// <summary>Nouns taking a demonym to name a front.</summary>
        public PhraseMatcher<bool> FrontNouns { get; }

        /// <summary>Vague quantities.</summary>
        public PhraseMatcher<(int? Min, int? Max)> Vague { get; }

        /// <summary>Compiled <see cref="LanguageRules.NoMovementCues"/>.</summary>
        public PhraseMatcher<bool> NoMovement { get; }

        /// <summary>Compiled <see cref="NegationWords.Before"/>.</summary>
        public PhraseMatcher<bool> Negators { get; }

        /// <summary>Compiled <see cref="NegationWords.After"/>.</summary>
        public PhraseMatcher<bool> NegatorsAfter { get; }

        /// <summary>Compiled <see cref="NegationWords.Determiners"/>.</summary>
        public PhraseMatcher<bool> NegativeDeterminers { get; }

        /// <summary>Compiled <see cref="NegationWords.Denials"/>.</summary>
        public PhraseMatcher<bool> Denials { get; }

        /// <summary>Compiled <see cref="NegationWords.DenialsAfter"/>.</summary>
        public PhraseMatcher<bool> DenialsAfter { get; }

        /// <summary>Compiled <see cref="NegationWords.Bridges"/> and the articles.</summary>
        public PhraseMatcher<bool> NegationBridges { get; }

        /// <summary>Compiled <see cref="NegationWords.Exceptions"/> and the bound cues ("no more than").</summary>
        public PhraseMatcher<bool> NegationExceptions { get; }

        /// <summary>Compiled <see cref="NegationWords.Yet"/>.</summary>
        public PhraseMatcher<bool> NegationYet { get; }

        /// <summary>Compiled <see cref="LanguageRules.LocatedParticiples"/>.</summary>
        public PhraseMatcher<bool> LocatedParticiples { get; }

        /// <summary>Compiled <see cref="NegationWords.Conjunctions"/>.</summary>
        public PhraseMatcher<bool> NegationConjunctions { get; }

        /// <summary>Compiled <see cref="LanguageRules.CompanionCues"/>.</summary>
        public PhraseMatcher<bool> Companions { get; }

        /// <summary>Compiled <see cref="LanguageRules.ClauseOpeners"/>.</summary>
        public PhraseMatcher<bool> ClauseOpeners { get; }

        /// <summary>Compiled <see cref="LanguageRules.RemainderOpeners"/>.</summary>
        public PhraseMatcher<bool> RemainderOpeners { get; }

        /// <summary>Compiled <see cref="LanguageRules.RelativeOpeners"/>.</summary>
        public PhraseMatcher<bool> RelativeOpeners { get; }

        /// <summary>Compiled <see cref="LanguageRules.PlaceRelatives"/>.</summary>
        public PhraseMatcher<bool> PlaceRelatives { get; }

        /// <summary>Compiled <see cref="LanguageRules.PlaceBackReferences"/>.</summary>
        public PhraseMatcher<bool> PlaceBackReferences { get; }

        /// <summary>Compiled <see cref="LanguageRules.CountryBackReferences"/>.</summary>
        public PhraseMatcher<bool> CountryBackReferences { get; }

        /// <summary>Compiled <see cref="LanguageRules.OriginBackReferences"/>.</summary>
        public PhraseMatcher<bool> OriginBackReferences { get; }

        /// <summary>Compiled <see cref="LanguageRules.AreaBackReferences"/>.</summary>
        public PhraseMatcher<bool> AreaBackReferences { get; }

        /// <summary>Compiled <see cref="LanguageRules.TownBackReferences"/>.</summary>
        public PhraseMatcher<bool> TownBackReferences { get; }

        /// <summary>Compiled <see cref="LanguageRules.CapitalBackReferences"/>.</summary>
        public PhraseMatcher<bool> CapitalBackReferences { get; }

        /// <summary>Compiled <see cref="LanguageRules.HomeReferences"/>.</summary>
        public PhraseMatcher<bool> HomeReferences { get; }

        /// <summary>Compiled <see cref="LanguageRules.PastDayMarkers"/>.</summary>
        public PhraseMatcher<bool> PastDayMarkers { get; }

        /// <summary>Compiled <see cref="LanguageRules.NextDayMarkers"/>.</summary>
        public PhraseMatcher<bool> NextDayMarkers { get; }

        /// <summary>Folded <see cref="LanguageRules.OrdinalSuffixes"/>.</summary>
        public IReadOnlySet<string> OrdinalSuffixes { get; }

        /// <summary>Upper-bound cues.</summary>
        public PhraseMatcher<bool> UpperBound { get; }

        /// <summary>Lower-bound cues.</summary>
        public PhraseMatcher<bool> LowerBound { get; }

        /// <summary>Approximation cues.</summary>
        public PhraseMatcher<bool> Approximate { get; }

        /// <summary>Units that make a number something other than a head count.</summary>
        public PhraseMatcher<bool> NonCount { get; }

        /// <summary>Compiled <see cref="LanguageRules.CiviliansBeforeCount"/>.</summary>
        public PhraseMatcher<bool> CiviliansBeforeCount { get; }

        /// <summary>Relative days.</summary>
        public PhraseMatcher<int> RelativeDays { get; }

        /// <summary>Relative weeks.</summary>
        public PhraseMatcher<int> RelativeWeeks { get; }

        /// <summary>Compiled <see cref="LanguageRules.PastSpans"/>.</summary>
        public PhraseMatcher<int> PastSpans { get; }

        /// <summary>Compiled <see cref="LanguageRules.Inchoatives"/>.</summary>
        public PhraseMatcher<bool> Inchoatives { get; }

        /// <summary>Compiled <see cref="LanguageRules.TowardsPrepositions"/>.</summary>
        public PhraseMatcher<bool> Towards { get; }

        /// <summary>Compiled <see cref="LanguageRules.SameDayPhrases"/>.</summary>
        public PhraseMatcher<bool> SameDay { get; }

        /// <summary>Compiled <see cref="LanguageRules.DepartureVerbs"/>.</summary>
        public PhraseMatcher<bool> Departures { get; }

        /// <summary>Compiled <see cref="LanguageRules.CountVerbs"/>.</summary>
        public PhraseMatcher<bool> CountVerbs { get; }

        /// <summary>Weekends.</summary>
        public PhraseMatcher<int> Weekends { get; }

        /// <summary>Relative months.</summary>
        public PhraseMatcher<int> RelativeMonths { get; }

        /// <summary>Parts of a month.</summary>
        public PhraseMatcher<MonthPart> MonthParts { get; }

        /// <summary>Relative years.</summary>
        public PhraseMatcher<int> RelativeYears { get; }

        /// <summary>Units.</summary>
        public PhraseMatcher<(string Unit, int Specificity)> Units { get; }

        /// <summary>Transport modes.</summary>
        public PhraseMatcher<TransportMode> Modes { get; }

        /// <summary>Status verbs.</summary>
        public PhraseMatcher<MovementStatus> Status { get; }

        /// <summary>Source openers.</summary>
        public PhraseMatcher<bool> SourceOpeners { get; }

        /// <summary>Source closers.</summary>
        public PhraseMatcher<bool> SourceClosers { get; }

        /// <summary>Reporting verbs.</summary>
        public PhraseMatcher<bool> ReportingVerbs { get; }

        /// <summary>Reaction cues.</summary>
        public PhraseMatcher<bool> Reactions { get; }

        /// <summary>Place prepositions.</summary>
        public PhraseMatcher<PlaceRole> Prepositions { get; }

        /// <summary>Generic intelligence words.</summary>
        public PhraseMatcher<bool> Intelligence { get; }

        /// <summary>Words leading a month or year alone.</summary>
        public PhraseMatcher<bool> TimeLeads { get; }

        /// <summary>Weak origin prepositions.</summary>
        public PhraseMatcher<bool> WeakOrigins { get; }

        /// <summary>Compiled <see cref="LanguageRules.AnaphoricSubjects"/>.</summary>
        public PhraseMatcher<bool> AnaphoricSubjects { get; }

        /// <summary>Place head nouns.</summary>
        public PhraseMatcher<bool> PlaceHeads { get; }

        private static PhraseMatcher<bool> Flags(IEnumerable<string> phrases) =>
            new(phrases.Select(p => KeyValuePair.Create(p, true)));
    }
}

/// <summary>A role a place takes from its own form: an attached particle or case ending, optionally after a preposition.</summary>
/// <param name="Ending">The end of the place's last word ("로", "에서", "у", "ą"); matched case-insensitively, with its diacritics (Polish "ą" is not "a").</param>
/// <param name="Role">The role it gives.</param>
/// <param name="Before">A preposition required before the place ("в", "na"), or null when the ending alone decides.</param>
/// <param name="Locative">True when the form says where something is rather than where it goes (Russian "в" + locative
/// "Москве", Polish "na" + locative "Litwie"): like a <see cref="LanguageRules.LocativePrepositions"/> place, a destination
/// only when nothing directional names one.</param>
/// <remarks>
/// Examples: <c>new("로", PlaceRole.Destination)</c> for a Korean particle written onto the name;
/// <c>new("у", PlaceRole.Destination, "в")</c> for Russian "в Москву" (accusative: motion towards), while "в Москве"
/// (locative) is marked <paramref name="Locative"/>. The ending is compared with the whole last token, so it works
/// whether the place finder's mention includes the particle or stops before it. A <paramref name="Particle"/> is a word of
/// its own written onto the name (Korean "로"): it is read only from what follows the name in its token, never from the
/// name's own last letters (카이로, Cairo, ends in 로 without a particle).
/// </remarks>
/// <param name="Weak">True when the marker gives an origin only if the sentence also has a destination or a withdrawal
/// (Korean "에서", both "from" and "at").</param>
/// <param name="Particle">True for a particle written onto the name rather than an ending of the name itself.</param>
public sealed record PlaceRoleMarker(string Ending, PlaceRole Role, string? Before = null, bool Locative = false, bool Weak = false, bool Particle = false);

/// <summary>How a language writes dates with counters after the numbers (Korean "2024년 10월 8일").</summary>
/// <param name="Year">The year counter ("년").</param>
/// <param name="Month">The month counter ("월").</param>
/// <param name="Day">The day counter ("일").</param>
/// <param name="Particles">Particles that may follow a counter in the same word without changing the date ("에", "께", "경", "의").</param>
/// <param name="From">Particles that open a range or say "since" ("부터"): "8일부터 13일까지", "16일부터".</param>
/// <param name="Until">Particles that close a range or say "by" ("까지"): "다음 달 1일까지".</param>
/// <param name="Past">Words before a day that put it in the past ("지난 21일", the 21st just gone).</param>
/// <param name="Coming">Words before a day that put it ahead ("오는 10일", the coming 10th).</param>
/// <remarks>
/// A day without a month is in the publication month when it is not after the publication day (or, for a plan or after
/// a <paramref name="Coming"/> word, when it is not before it), else in the month before (after); a month without a year
/// likewise. A relative month before a day or a part of a month ("이달 8일", "지난달 말") fixes the month.
/// </remarks>
public sealed record DateCounters(
    string Year,
    string Month,
    string Day,
    IReadOnlyList<string> Particles,
    IReadOnlyList<string> From,
    IReadOnlyList<string> Until,
    IReadOnlyList<string> Past,
    IReadOnlyList<string> Coming);

/// <summary>A part of a month named by "early", "mid", "late" and their translations.</summary>
public enum MonthPart
{
    /// <summary>Days 1 to 10.</summary>
    Early,

    /// <summary>Days 11 to 20.</summary>
    Mid,

    /// <summary>Day 21 to the end of the month.</summary>
    Late,

    /// <summary>Days 1 to 7 ("the first week of", "la première semaine de").</summary>
    FirstWeek,

    /// <summary>The last seven days of the month ("the last week of", "nell'ultima settimana di").</summary>
    LastWeek,

    /// <summary>Days 1 to 15 ("the first half of", "la première quinzaine de", "la primera quincena de").</summary>
    FirstHalf,

    /// <summary>Day 16 to the end of the month ("the second half of", "nella seconda metà di", "la segunda quincena de").</summary>
    SecondHalf,
}

/// <summary>The role a preposition gives the place after it in a movement.</summary>
public enum PlaceRole
{
    /// <summary>Where the troops leave from.</summary>
    Origin,

    /// <summary>Where they pass through.</summary>
    Via,

    /// <summary>Where they go or are.</summary>
    Destination,

    /// <summary>A spatial hint ("near X"): it locates another place and is not itself on the route.</summary>
    Near,
}
