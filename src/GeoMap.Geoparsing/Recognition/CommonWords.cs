namespace GeoMap.Geoparsing.Recognition;

/// <summary>Capitalized words that are place names somewhere but almost never places in English or French news.</summary>
/// <remarks>
/// Three groups: function words and frequent sentence openers (GeoNames has villages called
/// <c>Of</c>, <c>Mark</c>, <c>Split</c>, <c>Nice</c>, <c>Police</c>, <c>Bar</c>); titles and
/// organisations (NATO, Otan, UN); first names that double as villages. A word here can still be part
/// of a multi-word name (<c>Mark</c> alone is rejected, a curated <c>Camp Humphreys</c> is not).
/// </remarks>
public static class CommonWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // English function words and frequent openers
        "a", "an", "the", "of", "in", "on", "at", "by", "for", "from", "to", "with", "and", "or", "but", "if", "as", "is", "it",
        "its", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "my", "me", "your", "him", "them", "this", "that", "these", "those", "there",
        "here", "when", "where", "while", "after", "before", "since", "during", "under", "over", "about", "also", "however",
        "meanwhile", "according", "some", "many", "most", "more", "all", "both", "each", "every", "other", "another", "such",
        "no", "not", "yes", "so", "than", "then", "now", "today", "yesterday", "tomorrow", "tonight", "last", "next", "first",
        "second", "third", "new", "old", "early", "late", "one", "two", "three", "four", "five", "ten", "hundred", "thousand",
        "what", "who", "why", "how", "which", "will", "would", "can", "could", "may", "might", "must", "should", "said", "says",
        "say", "says", "see", "read", "more", "via", "per", "mr", "mrs", "ms", "dr", "st", "mt", "nice", "good", "best", "great",
        "mark", "split", "police", "bar", "camp", "union", "hope", "liberty", "independence", "unity", "progress",
        "young", "long", "little", "big", "high", "deal", "home", "house", "office", "city", "state", "town", "village",
        "university", "college", "hospital", "school", "church", "army", "navy", "forces", "force", "ministry", "minister",
        "president", "prime", "general", "colonel", "captain", "king", "queen", "prince", "princess", "lord", "sir", "pope",
        "saint", "san", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
        "lower", "page", "photo", "image", "video", "source", "sources", "update", "breaking", "report", "reports", "news",
        "press", "agency", "health", "world", "global", "national", "international", "federal", "republic", "kingdom",
        "empire", "democratic", "people", "government", "council", "committee", "department", "centre", "center", "institute",
        "organization", "organisation", "bank", "fund", "program", "programme", "project", "summit", "conference", "day",
        "week", "month", "year", "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "apr", "aug", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas",
        "easter", "god", "lake", "river", "mount", "island", "islands", "bay", "beach", "valley", "park", "port", "fort",
        "sea", "ocean", "gulf", "strait", "cape", "point", "green", "white", "black", "red", "blue", "gold", "silver",
        "mission", "ebola", "zika", "sars", "mers", "aids", "hiv", "covid", "flu", "virus", "influenza", "cholera", "malaria",
        "dengue", "measles", "polio", "plague", "swine", "avian", "bird", "death", "deaths", "man", "woman", "men", "women",
        "child", "children", "doctor", "doctors", "patient", "patients", "officials", "official", "spokesman", "spokeswoman",
        // French function words and frequent openers
        "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "et", "ou", "en", "dans", "sur", "sous", "par",
        "pour", "avec", "sans", "chez", "vers", "entre", "selon", "depuis", "pendant", "après", "avant", "il", "elle", "ils",
        "elles", "on", "nous", "vous", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "qui", "que", "quoi",
        "dont", "où", "mais", "donc", "car", "ni", "si", "pas", "plus", "moins", "très", "aussi", "ainsi", "alors", "lors",
        "mars", "mai", "juin", "juillet", "août", "janvier", "février", "avril", "septembre", "octobre", "novembre", "décembre",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "ministre", "président", "général",
        "gouvernement", "armée", "marine", "forces", "service", "services", "agence", "ministère", "monde", "presse",
        "nord", "sud", "est", "ouest", "centre", "saint", "sainte", "mer", "océan", "golfe", "lac", "fleuve", "mont",
        // Faiths, their feasts and founders, and peoples no one state bears: adjectives and nouns, capitalized in English
        "arab", "jewish", "christian", "muslim", "islamic", "catholic", "protestant", "hindu", "buddhist", "sikh", "mormon",
        "ismaili", "jesus", "christ", "allah", "passover", "ramadan", "hanukkah",
        // Organisations and alliances that are not places
        "nato", "otan", "un", "onu", "eu", "ue", "who", "oms", "unicef", "unesco", "iaea", "aiea", "osce", "g7", "g20",
        "asean", "opec", "opep", "brics", "kremlin", "pentagon", "pentagone", "duma", "nis", "cia", "fbi", "kgb", "fsb", "gru",
        "reuters", "afp", "ap", "yonhap", "tass", "interfax", "bbc", "cnn", "xinhua", "kcna", "hamas", "hezbollah", "fatah", "taliban",
        // First names that are also villages
        "kim", "lee", "park", "john", "james", "david", "paul", "peter", "michael", "george", "william", "charles", "henry",
        "victor", "vladimir", "olaf", "emmanuel", "joe", "donald", "boris", "sergei", "sergey", "dmitry", "dmitri", "yoon",
        "moon", "choi", "jean", "pierre", "marie", "anne", "louis", "jacques", "françois", "francois", "marc", "luc",
    };

    /// <summary>Whether a folded single word is a common word rather than a place.</summary>
    /// <param name="foldedWord">A word lower-cased by <see cref="TextFolding.Lower"/>.</param>
    /// <returns>True when the word is listed.</returns>
    public static bool Contains(string foldedWord) => Words.Contains(foldedWord);

    /// <summary>Titles that announce a person's name (<c>President Moon</c>, <c>le général Gerasimov</c>).</summary>
    /// <param name="foldedWord">A lower-cased word.</param>
    /// <returns>True for a title.</returns>
    public static bool IsTitle(string foldedWord) => foldedWord is "mr" or "mrs" or "ms" or "dr" or "m" or "mme" or "president"
        or "président" or "presidente" or "minister" or "ministre" or "general" or "général" or "gen" or "colonel" or "col" or "captain"
        or "capt" or "lt" or "sgt" or "admiral" or "amiral" or "premier" or "chancellor" or "chancelier" or "secretary" or "secrétaire"
        or "senator" or "sénateur" or "governor" or "gouverneur" or "mayor" or "maire" or "king" or "roi" or "queen" or "reine"
        or "prince" or "pope" or "pape" or "sir" or "lord" or "dame" or "saint" or "st" or "professor" or "prof" or "judge" or "juge"
        or "leader" or "dirigeant" or "spokesman" or "spokeswoman" or "porte" or "ambassador" or "ambassadeur" or "envoy"
        or "chief" or "chef" or "commander" or "commandant" or "marshal" or "maréchal" or "rep" or "sen" or "gov";
}
