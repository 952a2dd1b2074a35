/*
 * digest_words: the language rules of story grouping. FR and EN word lists
 * (stopwords, words that are never names, honorifics, months, name
 * particles, clock words, magnitudes) and the FR/EN alias table, folded as
 * lede_normalize() folds, built once into one hash table of word flags that
 * the key maker probes for every word (word_lookup() in digest_int.h).
 */
#include "digest_int.h"

#include <assert.h>
#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xmalloc.h"

/* clang-format off */
/* Folded forms (lede_normalize output). */
static const char *const stop_words[] = {
    /* fr */
    "a", "au", "aux", "avec", "ce", "ces", "cet", "cette", "d", "dans", "de", "des", "du", "elle",
    "elles", "en", "entre", "est", "et", "etait", "ete", "etre", "eu", "il", "ils", "j", "l", "la",
    "le", "les", "leur", "leurs", "lui", "m", "mais", "n", "ne", "on", "ont", "ou", "par", "pas",
    "plus", "pour", "qu", "que", "qui", "s", "sa", "se", "ses", "son", "sont", "sur", "t", "un",
    "une", "y", "apres", "avant", "depuis", "selon", "sans", "tout", "tous", "toute", "toutes",
    "aussi", "comme", "avait", "fait", "c", "dont", "nous", "vous", "je", "tu", "ni", "car",
    /* en */
    "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have",
    "he", "her", "his", "i", "in", "into", "is", "it", "its", "of", "on", "or", "over", "said",
    "says", "she", "than", "that", "the", "their", "them", "they", "this", "those", "these", "to",
    "was", "we", "were", "which", "who", "will", "with", "would", "after", "before", "about",
    "also", "not", "no", "our", "you", "up", "out", "more", "new", "one",
};

static const char *const noent_words[] = {
    /* articles and pronouns that start quotes or headlines */
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "the", "a", "an", "and", "et",
    "in", "on", "at", "of", "en", "il", "elle", "ils", "elles", "it", "he", "she", "they", "we",
    "i", "nous", "ce", "cette", "this", "that", "these", "selon", "according", "but", "mais",
    "after", "apres", "when", "quand", "while", "if", "si", "for", "pour", "with", "avec", "as",
    "comme", "by", "par", "from", "to", "au", "aux", "dans", "sur", "is", "est", "c",
    /* titles */
    "president", "presidente", "premier", "premiere", "prime", "minister", "ministre", "ministry",
    "ministere", "chancellor", "chanceliere", "king", "queen", "roi", "reine", "pope", "pape",
    "mayor", "maire", "governor", "gouverneur", "senator", "senateur", "depute", "deputee", "mp",
    "general", "etat", "state", "gouvernement", "government", "secretary", "secretaire",
    /* honorifics */
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mr", "mrs", "ms", "sir", "st", "ste",
    "prof", "sgt", "col", "lt", "gen", "sen", "rep", "gov", "no",
    /* days and months */
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "janvier", "fevrier", "mars",
    "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
    /* newsroom words */
    "live", "direct", "breaking", "update", "updated", "alerte", "alert", "urgent", "video",
    "photo", "photos", "exclusif", "exclusive", "info", "infos", "edito", "analyse", "analysis",
    "opinion", "afp", "reuters", "ap", "dpa", "ansa", "efe", "tribune", "interview", "entretien",
    "read", "lire", "aussi", "also", "watch", "voir",
};

/* Words that carry no story in the tf-idf similarity, beyond the stopwords
 * and the never-names above: elided forms ("jusqu'", "lorsqu'"),
 * auxiliaries and newsroom verbs, which every story uses. */
static const char *const weak_words[] = {
    /* fr */
    "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu", "avoir", "avaient", "avons", "sera",
    "seront", "serait", "etaient", "sommes", "etes", "suis", "ete", "indique", "annonce", "declare",
    "affirme", "precise", "explique", "ajoute", "appris", "source", "sources", "selon", "encore",
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "lors", "alors",
    "ainsi", "tres", "deja", "bien", "peu", "fois", "heure", "heures", "hier", "demain", "matin",
    "soir", "nuit", "jour", "jours", "semaine", "annee", "ans", "leurs", "notre", "votre", "vos", "nos", "cela",
    "ceux", "celle", "celui", "autre", "autres", "meme", "sous", "vers", "chez", "pendant",
    "devant", "derriere", "parmi", "malgre",
    /* units: the figure is the story, not its unit */
    "point", "points", "pourcent", "percent", "euro", "euros", "dollar", "dollars", "centimes",
    /* en */
    "has", "have", "had", "having", "being", "did", "does", "could", "should", "may", "might",
    "must", "can", "told", "tell", "according", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "yesterday", "today", "tomorrow", "morning", "evening", "night",
    /* the day's hours, as "morning" and "night": when, not what happened */
    "overnight", "tonight", "afternoon",
    "week", "year", "years", "day", "days", "there", "then", "what", "when", "where", "while",
    "all", "any", "some", "such", "only", "just", "other", "own", "same", "very", "under", "near",
    "since", "during", "through", "against", "between", "because", "however", "still", "late",
    "early", "last", "first", "next", "your", "yours", "until", "till",
};

/* A story's usual synonyms across outlets, folded to one word: the first of
 * each group is the canonical one. Only words that mean the same thing in
 * news copy; "arrêté" is left out (it is also a decree). */
static const char *const synonym_groups[][10] = {
    {"cambriolage", "cambriolages", "casse", "casses", "vol", "vols", "braquage", "braquages"},
    {"burglary", "burglaries", "theft", "thefts", "robbery", "robberies", "heist", "heists"},
    {"interpellation", "interpellations", "arrestation", "arrestations", "interpelle",
     "interpellee", "interpelles", "interpellees"},
    {"arrest", "arrests", "arrested", "detained", "detains"},
    {"incendie", "incendies", "feu", "feux", "brasier"},
    {"blaze", "blazes", "fire", "fires", "wildfire", "wildfires"},
    {"deces", "mort", "morts", "tue", "tues", "tuee", "tuees"},
    {"killed", "dead", "deaths", "death", "died"},
};

static const char *const honor_words[] = {
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mr", "mrs", "ms", "st", "ste", "prof",
    "sgt", "col", "lt", "gen", "sen", "rep", "gov", "no", "n", "p", "art", "vol", "cf", "etc",
    "av", "ch", "jr", "sr",
};

static const char *const month_words[] = {
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
};

static const char *const time_words[] = {
    "h", "heure", "heures", "hour", "hours", "am", "pm", "min", "mn", "minutes", "gmt", "utc", "cet",
};

static const char *const e3_words[] = {"thousand", "thousands", "k"};
static const char *const e6_words[] = {"million", "millions"};
static const char *const e9_words[] = {"milliard", "milliards", "md", "mds", "mrd", "billion",
                                       "billions", "bn"};
static const char *const e12_words[] = {"trillion", "trillions", "billiard", "billiards"};

static const char *const conn_words[] = {
    "de", "du", "des", "d", "la", "le", "l", "of", "the", "van", "von", "der", "den", "del",
    "della", "da", "di", "al", "el", "bin", "ben", "y", "upon", "sur", "en",
};
/* clang-format on */

/* The FR/EN alias table: a folded phrase (words separated by one space),
 * and the canonical entity it stands for. Entries flagged ACR must be
 * written in capitals ("ONU", not the word "un"); the others must start
 * with a capital. Identical folded names (France, Ukraine, Israël) need no
 * entry. */
enum { AL_CAP = 0, AL_ACR = 1, AL_TOWN = 2 /* a town or city (AL_CAP) */ };

struct alias {
    const char *phrase, *canon;
    int flags;
};

/* clang-format off */
static const struct alias aliases[] = {
    /* organisations */
    {"otan", "nato", AL_ACR}, {"nato", "nato", AL_ACR},
    {"onu", "united nations", AL_ACR}, {"un", "united nations", AL_ACR},
    {"nations unies", "united nations", AL_CAP}, {"united nations", "united nations", AL_CAP},
    {"organisation des nations unies", "united nations", AL_CAP},
    {"ue", "european union", AL_ACR}, {"eu", "european union", AL_ACR},
    {"union europeenne", "european union", AL_CAP}, {"european union", "european union", AL_CAP},
    {"fed", "federal reserve", AL_CAP}, {"federal reserve", "federal reserve", AL_CAP},
    {"reserve federale", "federal reserve", AL_CAP},
    {"bce", "ecb", AL_ACR}, {"ecb", "ecb", AL_ACR},
    {"banque centrale europeenne", "ecb", AL_CAP}, {"european central bank", "ecb", AL_CAP},
    {"fmi", "imf", AL_ACR}, {"imf", "imf", AL_ACR},
    {"fonds monetaire international", "imf", AL_CAP}, {"international monetary fund", "imf", AL_CAP},
    {"oms", "who", AL_ACR}, {"who", "who", AL_ACR},
    {"organisation mondiale de la sante", "who", AL_CAP}, {"world health organization", "who", AL_CAP},
    {"ocde", "oecd", AL_ACR}, {"oecd", "oecd", AL_ACR},
    {"omc", "wto", AL_ACR}, {"wto", "wto", AL_ACR},
    {"aiea", "iaea", AL_ACR}, {"iaea", "iaea", AL_ACR},
    {"cio", "ioc", AL_ACR}, {"ioc", "ioc", AL_ACR},
    {"cpi", "icc", AL_ACR}, {"icc", "icc", AL_ACR},
    {"conseil de securite", "security council", AL_CAP}, {"security council", "security council", AL_CAP},
    {"maison blanche", "white house", AL_CAP}, {"white house", "white house", AL_CAP},
    {"assemblee nationale", "national assembly", AL_CAP}, {"national assembly", "national assembly", AL_CAP},
    {"parlement europeen", "european parliament", AL_CAP}, {"european parliament", "european parliament", AL_CAP},
    {"commission europeenne", "european commission", AL_CAP}, {"european commission", "european commission", AL_CAP},
    {"cour supreme", "supreme court", AL_CAP}, {"supreme court", "supreme court", AL_CAP},
    {"cour penale internationale", "icc", AL_CAP}, {"international criminal court", "icc", AL_CAP},
    /* countries */
    {"etats unis", "united states", AL_CAP}, {"united states", "united states", AL_CAP},
    {"us", "united states", AL_ACR}, {"usa", "united states", AL_ACR}, {"u s", "united states", AL_CAP},
    {"u s a", "united states", AL_CAP}, {"america", "united states", AL_CAP}, {"amerique", "united states", AL_CAP},
    {"royaume uni", "united kingdom", AL_CAP}, {"united kingdom", "united kingdom", AL_CAP},
    {"uk", "united kingdom", AL_ACR}, {"grande bretagne", "united kingdom", AL_CAP},
    {"great britain", "united kingdom", AL_CAP}, {"britain", "united kingdom", AL_CAP},
    {"allemagne", "germany", AL_CAP}, {"chine", "china", AL_CAP}, {"russie", "russia", AL_CAP},
    {"espagne", "spain", AL_CAP}, {"italie", "italy", AL_CAP}, {"japon", "japan", AL_CAP},
    {"inde", "india", AL_CAP}, {"bresil", "brazil", AL_CAP}, {"grece", "greece", AL_CAP},
    {"pays bas", "netherlands", AL_CAP}, {"suisse", "switzerland", AL_CAP},
    {"belgique", "belgium", AL_CAP}, {"pologne", "poland", AL_CAP}, {"turquie", "turkey", AL_CAP},
    {"egypte", "egypt", AL_CAP}, {"mexique", "mexico", AL_CAP}, {"maroc", "morocco", AL_CAP},
    {"algerie", "algeria", AL_CAP}, {"tunisie", "tunisia", AL_CAP}, {"liban", "lebanon", AL_CAP},
    {"syrie", "syria", AL_CAP}, {"irlande", "ireland", AL_CAP}, {"ecosse", "scotland", AL_CAP},
    {"angleterre", "england", AL_CAP}, {"pays de galles", "wales", AL_CAP},
    {"suede", "sweden", AL_CAP}, {"norvege", "norway", AL_CAP}, {"danemark", "denmark", AL_CAP},
    {"finlande", "finland", AL_CAP}, {"islande", "iceland", AL_CAP}, {"autriche", "austria", AL_CAP},
    {"hongrie", "hungary", AL_CAP}, {"roumanie", "romania", AL_CAP}, {"croatie", "croatia", AL_CAP},
    {"chypre", "cyprus", AL_CAP}, {"australie", "australia", AL_CAP}, {"irak", "iraq", AL_CAP},
    {"libye", "libya", AL_CAP}, {"jordanie", "jordan", AL_CAP}, {"ethiopie", "ethiopia", AL_CAP},
    {"arabie saoudite", "saudi arabia", AL_CAP}, {"afrique du sud", "south africa", AL_CAP},
    {"coree du sud", "south korea", AL_CAP}, {"coree du nord", "north korea", AL_CAP},
    {"nouvelle zelande", "new zealand", AL_CAP}, {"republique tcheque", "czech republic", AL_CAP},
    {"cisjordanie", "west bank", AL_CAP},
    {"albanie", "albania", AL_CAP}, {"albania", "albania", AL_CAP},
    {"armenie", "armenia", AL_CAP}, {"armenia", "armenia", AL_CAP},
    {"azerbaidjan", "azerbaijan", AL_CAP}, {"azerbaijan", "azerbaijan", AL_CAP},
    {"bielorussie", "belarus", AL_CAP}, {"belarus", "belarus", AL_CAP},
    {"bolivie", "bolivia", AL_CAP}, {"bolivia", "bolivia", AL_CAP},
    {"bosnie", "bosnia", AL_CAP}, {"bosnia", "bosnia", AL_CAP},
    {"bulgarie", "bulgaria", AL_CAP}, {"bulgaria", "bulgaria", AL_CAP},
    {"cambodge", "cambodia", AL_CAP}, {"cambodia", "cambodia", AL_CAP},
    {"cameroun", "cameroon", AL_CAP}, {"cameroon", "cameroon", AL_CAP},
    {"chili", "chile", AL_CAP}, {"chile", "chile", AL_CAP},
    {"colombie", "colombia", AL_CAP}, {"colombia", "colombia", AL_CAP},
    {"cote d ivoire", "ivory coast", AL_CAP}, {"ivory coast", "ivory coast", AL_CAP},
    {"equateur", "ecuador", AL_CAP}, {"ecuador", "ecuador", AL_CAP},
    {"erythree", "eritrea", AL_CAP}, {"eritrea", "eritrea", AL_CAP},
    {"estonie", "estonia", AL_CAP}, {"estonia", "estonia", AL_CAP},
    {"georgie", "georgia", AL_CAP}, {"georgia", "georgia", AL_CAP},
    {"guinee", "guinea", AL_CAP}, {"guinea", "guinea", AL_CAP},
    {"indonesie", "indonesia", AL_CAP}, {"indonesia", "indonesia", AL_CAP},
    {"lettonie", "latvia", AL_CAP}, {"latvia", "latvia", AL_CAP},
    {"lituanie", "lithuania", AL_CAP}, {"lithuania", "lithuania", AL_CAP},
    {"malaisie", "malaysia", AL_CAP}, {"malaysia", "malaysia", AL_CAP},
    {"mauritanie", "mauritania", AL_CAP}, {"mauritania", "mauritania", AL_CAP},
    {"moldavie", "moldova", AL_CAP}, {"moldova", "moldova", AL_CAP},
    {"mongolie", "mongolia", AL_CAP}, {"mongolia", "mongolia", AL_CAP},
    {"birmanie", "myanmar", AL_CAP}, {"myanmar", "myanmar", AL_CAP},
    {"namibie", "namibia", AL_CAP}, {"namibia", "namibia", AL_CAP},
    {"ouganda", "uganda", AL_CAP}, {"uganda", "uganda", AL_CAP},
    {"ouzbekistan", "uzbekistan", AL_CAP}, {"uzbekistan", "uzbekistan", AL_CAP},
    {"kirghizstan", "kyrgyzstan", AL_CAP}, {"kyrgyzstan", "kyrgyzstan", AL_CAP},
    {"tadjikistan", "tajikistan", AL_CAP}, {"tajikistan", "tajikistan", AL_CAP},
    {"perou", "peru", AL_CAP}, {"peru", "peru", AL_CAP},
    {"republique dominicaine", "dominican republic", AL_CAP}, {"dominican republic", "dominican republic", AL_CAP},
    {"serbie", "serbia", AL_CAP}, {"serbia", "serbia", AL_CAP},
    {"singapour", "singapore", AL_CAP}, {"singapore", "singapore", AL_CAP},
    {"slovaquie", "slovakia", AL_CAP}, {"slovakia", "slovakia", AL_CAP},
    {"slovenie", "slovenia", AL_CAP}, {"slovenia", "slovenia", AL_CAP},
    {"somalie", "somalia", AL_CAP}, {"somalia", "somalia", AL_CAP},
    {"soudan", "sudan", AL_CAP}, {"sudan", "sudan", AL_CAP},
    {"tanzanie", "tanzania", AL_CAP}, {"tanzania", "tanzania", AL_CAP},
    {"tchad", "chad", AL_CAP}, {"chad", "chad", AL_CAP},
    {"thailande", "thailand", AL_CAP}, {"thailand", "thailand", AL_CAP},
    {"viet nam", "vietnam", AL_CAP}, {"vietnam", "vietnam", AL_CAP},
    {"zambie", "zambia", AL_CAP}, {"zambia", "zambia", AL_CAP},
    {"emirats arabes unis", "united arab emirates", AL_CAP}, {"united arab emirates", "united arab emirates", AL_CAP},
    {"koweit", "kuwait", AL_CAP}, {"kuwait", "kuwait", AL_CAP},
    {"bahrein", "bahrain", AL_CAP}, {"bahrain", "bahrain", AL_CAP},
    {"argentine", "argentina", AL_CAP}, {"argentina", "argentina", AL_CAP},
    {"groenland", "greenland", AL_CAP}, {"greenland", "greenland", AL_CAP},
    {"macedoine du nord", "north macedonia", AL_CAP}, {"north macedonia", "north macedonia", AL_CAP},
    {"malte", "malta", AL_CAP}, {"malta", "malta", AL_CAP},
    {"lybie", "libya", AL_CAP}, {"libya", "libya", AL_CAP},
    /* cities (AL_TOWN) and regions */
    {"londres", "london", AL_TOWN}, {"bruxelles", "brussels", AL_TOWN}, {"pekin", "beijing", AL_TOWN},
    {"moscou", "moscow", AL_TOWN}, {"varsovie", "warsaw", AL_TOWN}, {"geneve", "geneva", AL_TOWN},
    {"athenes", "athens", AL_TOWN}, {"lisbonne", "lisbon", AL_TOWN},
    {"copenhague", "copenhagen", AL_TOWN}, {"la haye", "the hague", AL_TOWN},
    {"le caire", "cairo", AL_TOWN}, {"nouvelle delhi", "new delhi", AL_TOWN},
    {"edimbourg", "edinburgh", AL_TOWN}, {"anvers", "antwerp", AL_TOWN}, {"douvres", "dover", AL_TOWN},
    {"venise", "venice", AL_TOWN}, {"bretagne", "brittany", AL_CAP},
    {"normandie", "normandy", AL_CAP}, {"corse", "corsica", AL_CAP},
    {"bourgogne", "burgundy", AL_CAP}, {"mediterranee", "mediterranean", AL_CAP},
    {"atlantique", "atlantic", AL_CAP}, {"manche", "english channel", AL_CAP},
    {"english channel", "english channel", AL_CAP},
    {"vienne", "vienna", AL_TOWN}, {"vienna", "vienna", AL_TOWN},
    {"barcelone", "barcelona", AL_TOWN}, {"barcelona", "barcelona", AL_TOWN},
    {"francfort", "frankfurt", AL_TOWN}, {"frankfurt", "frankfurt", AL_TOWN},
    {"hambourg", "hamburg", AL_TOWN}, {"hamburg", "hamburg", AL_TOWN},
    {"cracovie", "krakow", AL_TOWN}, {"krakow", "krakow", AL_TOWN},
    {"bucarest", "bucharest", AL_TOWN}, {"bucharest", "bucharest", AL_TOWN},
    {"le cap", "cape town", AL_TOWN}, {"cape town", "cape town", AL_TOWN},
    {"alger", "algiers", AL_TOWN}, {"algiers", "algiers", AL_TOWN},
    {"teheran", "tehran", AL_TOWN}, {"tehran", "tehran", AL_TOWN},
    {"bagdad", "baghdad", AL_TOWN}, {"baghdad", "baghdad", AL_TOWN},
    {"damas", "damascus", AL_TOWN}, {"damascus", "damascus", AL_TOWN},
    {"beyrouth", "beirut", AL_TOWN}, {"beirut", "beirut", AL_TOWN},
    {"riyad", "riyadh", AL_TOWN}, {"riyadh", "riyadh", AL_TOWN},
    {"gand", "ghent", AL_TOWN}, {"ghent", "ghent", AL_TOWN},
    {"louvain", "leuven", AL_TOWN}, {"leuven", "leuven", AL_TOWN},
    {"malines", "mechelen", AL_TOWN}, {"mechelen", "mechelen", AL_TOWN},
    {"bale", "basel", AL_TOWN}, {"basel", "basel", AL_TOWN},
    {"berne", "bern", AL_TOWN}, {"bern", "bern", AL_TOWN},
    {"kiev", "kyiv", AL_TOWN}, {"kyiv", "kyiv", AL_TOWN},
    {"la nouvelle orleans", "new orleans", AL_TOWN}, {"new orleans", "new orleans", AL_TOWN},
    {"mer du nord", "north sea", AL_CAP}, {"north sea", "north sea", AL_CAP},
    {"mer noire", "black sea", AL_CAP}, {"black sea", "black sea", AL_CAP},
    {"mer baltique", "baltic sea", AL_CAP}, {"baltic sea", "baltic sea", AL_CAP},
    {"moyen orient", "middle east", AL_CAP}, {"middle east", "middle east", AL_CAP},
    {"proche orient", "middle east", AL_CAP}, {"middle east", "middle east", AL_CAP},
    /* Swiss cantons, lakes and rivers, which English copy names in German or Italian. */
    {"tessin", "ticino", AL_CAP}, {"ticino", "ticino", AL_CAP},
    {"argovie", "aargau", AL_CAP}, {"aargau", "aargau", AL_CAP},
    {"grisons", "graubunden", AL_CAP}, {"graubunden", "graubunden", AL_CAP},
    {"lucerne", "luzern", AL_CAP}, {"luzern", "luzern", AL_CAP},
    {"soleure", "solothurn", AL_CAP}, {"solothurn", "solothurn", AL_CAP},
    {"thurgovie", "thurgau", AL_CAP}, {"thurgau", "thurgau", AL_CAP},
    {"lac majeur", "lake maggiore", AL_CAP}, {"lake maggiore", "lake maggiore", AL_CAP},
    {"lac leman", "lake geneva", AL_CAP}, {"lake geneva", "lake geneva", AL_CAP},
    {"lac de constance", "lake constance", AL_CAP}, {"lake constance", "lake constance", AL_CAP},
    {"saint laurent", "saint lawrence", AL_CAP}, {"saint lawrence", "saint lawrence", AL_CAP},
    {"st lawrence", "saint lawrence", AL_CAP},
    /* the Caribbean states the table left out (eval/README.md, sixty-fourth
     * round); not Jamaica, which split a Kingston story when tried */
    {"trinite et tobago", "trinidad and tobago", AL_CAP},
    {"trinidad and tobago", "trinidad and tobago", AL_CAP},
    {"trinidad", "trinidad and tobago", AL_CAP},
    {"barbade", "barbados", AL_CAP}, {"barbados", "barbados", AL_CAP},
    /* the Pacific states whose French name differs (seventieth round) */
    {"iles salomon", "solomon islands", AL_CAP}, {"solomon islands", "solomon islands", AL_CAP},
    {"fidji", "fiji", AL_CAP}, {"fiji", "fiji", AL_CAP},
    {"papouasie nouvelle guinee", "papua new guinea", AL_CAP},
    {"papua new guinea", "papua new guinea", AL_CAP},
};
/* clang-format on */

/* Countries whose French and English names fold alike, which the alias
 * table leaves out (one key already in both languages): keys of the K_NAME
 * kind, but a country's all the same (digest_country()). */
/* clang-format off */
static const char *const countries_alike[] = {
    "afghanistan", "angola", "bangladesh", "benin", "botswana", "burundi", "canada", "congo",
    "cuba", "djibouti", "france", "gabon", "ghana", "guatemala", "haiti", "honduras", "iran",
    "israel", "kazakhstan", "kenya", "kosovo", "laos", "liberia", "luxembourg", "madagascar",
    "malawi", "mali", "monaco", "mozambique", "nepal", "nicaragua", "niger", "nigeria", "oman",
    "pakistan", "panama", "paraguay", "philippines", "portugal", "qatar", "rwanda", "senegal",
    "taiwan", "togo", "ukraine", "uruguay", "venezuela", "yemen", "zimbabwe",
    /* the list's omissions, those of two words first (forty-third round) */
    "burkina faso", "sri lanka", "costa rica", "sierra leone", "liechtenstein", "brunei",
    "lesotho", "eswatini", "belize", "guyana", "suriname", "bahamas", "montenegro", "seychelles",
    "turkmenistan",
};
/* clang-format on */
#define NCOUNTRIES (sizeof countries_alike / sizeof *countries_alike)
static uint64_t country_key[NCOUNTRIES]; /* sorted */

/* A country's formal style, which wire copy writes out on first mention
 * ("the Republic of Congo", « la République du Congo ») where its title
 * wrote "Congo": the country still, a name but no one's own. Composed at
 * init with every country of countries_alike and of the alias table. */
/* clang-format off */
static const char *const country_styles[] = {
    "republic of ", "democratic republic of ", "islamic republic of ", "federal republic of ",
    "kingdom of ", "republique du ", "republique de ", "republique de la ",
    "republique democratique du ", "republique islamique de ", "royaume du ", "royaume de ",
};
/* clang-format on */
#define NSTYLES (sizeof country_styles / sizeof *country_styles)

#define ALIAS_WORDS 5
#define NALIASES (sizeof aliases / sizeof aliases[0])

struct alias_ix {
    uint64_t word[ALIAS_WORDS];
    size_t nwords;
    uint64_t canon;
    int next; /* next alias with the same first word, longest first; -1 ends */
};

static void synonyms_init(void);

struct word_slot digest_word_table[WORD_SLOTS];
uint64_t digest_word_bits[WORD_BITS / 64];
static struct alias_ix alias_ix[NALIASES];
static uint64_t alias_canon[NALIASES]; /* the canonical entities, sorted */
static uint64_t town_canon[NALIASES];  /* the towns' canonical names (AL_TOWN), sorted */
static size_t ntowns;
static size_t nwords_used; /* slots of digest_word_table in use */

/* The slot of h, taken if it is new. */
static struct word_slot *word_insert(uint64_t h)
{
    size_t i = (size_t)mix64(h) & (WORD_SLOTS - 1);

    for (;;) {
        struct word_slot *s = &digest_word_table[i];
        if (!s->used) {
            /* A full table would make word_lookup() probe forever. */
            assert(nwords_used + 1 < WORD_SLOTS);
            nwords_used++;
            s->used = 1;
            s->h = h;
            s->alias = -1;
            return s;
        }
        if (s->h == h)
            return s;
        i = (i + 1) & (WORD_SLOTS - 1);
    }
}

static void word_bit(uint64_t h)
{
    size_t b = (size_t)(h ^ (h >> 29)) & (WORD_BITS - 1);
    digest_word_bits[b / 64] |= 1ULL << (b % 64);
}

static void words_add(const char *const *w, size_t n, unsigned flag)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t h = word_hash(w[i], strlen(w[i]));
        word_insert(h)->flags |= flag;
        word_bit(h);
    }
}

static int canon_cmp(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

    return x < y ? -1 : x > y;
}

/* The formal styles' keys (country_styles) of the countries that are no
 * town's: the one-key countries and the alias table's phrases. */
static uint64_t style_key[NSTYLES * (NCOUNTRIES + NALIASES)]; /* sorted */
static size_t nstyle_keys;

static void styles_init(void)
{
    char buf[96];
    nstyle_keys = 0;
    for (size_t i = 0; i < NCOUNTRIES + NALIASES; i++) {
        if (i >= NCOUNTRIES && (aliases[i - NCOUNTRIES].flags & AL_TOWN))
            continue;
        const char *c = i < NCOUNTRIES ? countries_alike[i] : aliases[i - NCOUNTRIES].phrase;
        for (size_t j = 0; j < NSTYLES; j++) {
            int n = snprintf(buf, sizeof buf, "%s%s", country_styles[j], c);
            if (n > 0 && (size_t)n < sizeof buf)
                style_key[nstyle_keys++] = entity_hash(buf, (size_t)n);
        }
    }
    qsort(style_key, nstyle_keys, sizeof *style_key, canon_cmp);
}

void digest_words_init(void)
{
    words_add(stop_words, sizeof stop_words / sizeof *stop_words, WF_STOP);
    words_add(noent_words, sizeof noent_words / sizeof *noent_words, WF_NOENT);
    words_add(honor_words, sizeof honor_words / sizeof *honor_words, WF_HONOR);
    words_add(month_words, sizeof month_words / sizeof *month_words, WF_MONTH);
    words_add(conn_words, sizeof conn_words / sizeof *conn_words, WF_CONN);
    words_add(time_words, sizeof time_words / sizeof *time_words, WF_TIME);
    words_add(e3_words, sizeof e3_words / sizeof *e3_words, WF_E3);
    words_add(e6_words, sizeof e6_words / sizeof *e6_words, WF_E6);
    words_add(e9_words, sizeof e9_words / sizeof *e9_words, WF_E9);
    words_add(e12_words, sizeof e12_words / sizeof *e12_words, WF_E12);
    words_add(weak_words, sizeof weak_words / sizeof *weak_words, WF_WEAK);
    synonyms_init();
    for (size_t a = 0; a < NALIASES; a++) {
        struct alias_ix *x = &alias_ix[a];
        const char *p = aliases[a].phrase;
        x->nwords = 0;
        while (*p && x->nwords < ALIAS_WORDS) {
            size_t l = strcspn(p, " ");
            x->word[x->nwords++] = word_hash(p, l);
            p += l;
            while (*p == ' ')
                p++;
        }
        assert(*p == '\0'); /* every phrase fits in ALIAS_WORDS words */
        x->canon = entity_hash(aliases[a].canon, strlen(aliases[a].canon));
        alias_canon[a] = x->canon;
        /* Chain by first word, longest phrase first. */
        struct word_slot *s = word_insert(x->word[0]);
        word_bit(x->word[0]);
        int *link = &s->alias;
        while (*link >= 0 && alias_ix[*link].nwords >= x->nwords)
            link = &alias_ix[*link].next;
        x->next = *link;
        *link = (int)a;
    }
    qsort(alias_canon, NALIASES, sizeof *alias_canon, canon_cmp);
    ntowns = 0;
    for (size_t a = 0; a < NALIASES; a++)
        if (aliases[a].flags & AL_TOWN)
            town_canon[ntowns++] = alias_ix[a].canon;
    qsort(town_canon, ntowns, sizeof *town_canon, canon_cmp);
    for (size_t a = 0; a < NCOUNTRIES; a++)
        country_key[a] = entity_hash(countries_alike[a], strlen(countries_alike[a]));
    qsort(country_key, NCOUNTRIES, sizeof *country_key, canon_cmp);
    styles_init();
}

int digest_country(uint64_t h)
{
    return digest_alias_canon(h) ||
           bsearch(&h, country_key, NCOUNTRIES, sizeof *country_key, canon_cmp) != NULL ||
           bsearch(&h, style_key, nstyle_keys, sizeof *style_key, canon_cmp) != NULL;
}

const char *digest_country_alike(size_t i)
{
    return i < NCOUNTRIES ? countries_alike[i] : NULL;
}

int digest_alias_town(uint64_t h)
{
    return bsearch(&h, town_canon, ntowns, sizeof *town_canon, canon_cmp) != NULL;
}

int digest_alias_canon(uint64_t h)
{
    return bsearch(&h, alias_canon, NALIASES, sizeof *alias_canon, canon_cmp) != NULL;
}

/* Matches an alias at token i; returns the words it covers (0: none). */
size_t digest_alias_at(const struct scratch *sc, size_t i, uint64_t *canon)
{
    const struct tok *t = sc->t;

    for (int a = t[i].alias; a >= 0; a = alias_ix[a].next) {
        const struct alias_ix *x = &alias_ix[a];
        if (aliases[a].flags & AL_ACR) {
            if (!t[i].allcaps || x->nwords != 1)
                continue;
        } else if (!t[i].cap) {
            continue;
        }
        if (i + x->nwords > sc->nt)
            continue;
        size_t k = 1;
        while (k < x->nwords && t[i + k].aliasgap && t[i + k].h == x->word[k])
            k++;
        if (k == x->nwords) {
            *canon = x->canon;
            return k;
        }
    }
    return 0;
}

/* ------------------------------------------------------------ content words */

#define SYN_SLOTS 256 /* a power of two, more than twice the synonyms */
#define NSYN (sizeof synonym_groups / sizeof synonym_groups[0])

static uint64_t syn_h[SYN_SLOTS];
static uint8_t syn_group[SYN_SLOTS]; /* group + 1; 0 = empty */

/* Word keys live in their own namespace: "W\0" + the stem. */
static uint64_t word_key_hash(const char *s, size_t n)
{
    return fnv(fnv(FNV_OFFSET, "W", 2), s, n);
}

static void synonyms_init(void)
{
    _Static_assert(NSYN < 255, "group numbers fit in uint8_t");
    for (size_t g = 0; g < NSYN; g++)
        for (size_t k = 0; k < 10 && synonym_groups[g][k]; k++) {
            uint64_t h = word_hash(synonym_groups[g][k], strlen(synonym_groups[g][k]));
            size_t j = (size_t)mix64(h) & (SYN_SLOTS - 1);
            while (syn_group[j] && syn_h[j] != h)
                j = (j + 1) & (SYN_SLOTS - 1);
            syn_h[j] = h;
            syn_group[j] = (uint8_t)(g + 1);
        }
}

/* The canonical word of w's synonym group, or NULL. */
static const char *synonym_of(uint64_t h)
{
    for (size_t j = (size_t)mix64(h) & (SYN_SLOTS - 1); syn_group[j]; j = (j + 1) & (SYN_SLOTS - 1))
        if (syn_h[j] == h)
            return synonym_groups[syn_group[j] - 1][0];
    return NULL;
}

void digest_stems_init(struct digest_stems *st)
{
    memset(st, 0, sizeof *st);
    st->cache = xcalloc(STEM_CACHE, sizeof *st->cache);
}

void digest_stems_free(struct digest_stems *st)
{
    if (st->fr)
        sb_stemmer_delete(st->fr);
    if (st->en)
        sb_stemmer_delete(st->en);
    free(st->cache);
    memset(st, 0, sizeof *st);
}

/* 1 French, 2 English, 0 any other language (not stemmed). */
static int lang_code(const char *lang)
{
    if (!lang)
        return 0;
    return strncasecmp(lang, "fr", 2) == 0 ? 1 : strncasecmp(lang, "en", 2) == 0 ? 2 : 0;
}

/* The stemmer for lang, made on first use; NULL when there is none. */
static struct sb_stemmer *stemmer_for(struct digest_stems *st, int code)
{
    struct sb_stemmer **sp;
    int *failed;
    const char *algo;

    if (code == 1)
        sp = &st->fr, failed = &st->fr_failed, algo = "french";
    else if (code == 2)
        sp = &st->en, failed = &st->en_failed, algo = "english";
    else
        return NULL;
    if (!*sp && !*failed) {
        *sp = sb_stemmer_new(algo, NULL); /* UTF-8 */
        *failed = *sp == NULL;            /* out of memory: compare words unstemmed */
    }
    return *sp;
}

#define STEM_WORD_MAX 64 /* longer runs are not words: they are kept whole */
/* A stem under STEM_SHORT bytes, STEM_CUT or more bytes shorter than its
 * word (less a plural's s), is not used (word_key_stem()). */
#define STEM_SHORT 4
#define STEM_CUT 3

/* Lower-cases raw word r[0..rn) into o, keeping the accents the French
 * stemmer reads ("députées" -> "deput", where "deputees" -> "deputee").
 * Returns the length, or 0 when r holds anything but ASCII letters and
 * Latin-1 letters (the folded word is stemmed then). */
static size_t lower_latin1(const char *r, size_t rn, char *o)
{
    size_t n = 0;

    if (rn >= STEM_WORD_MAX)
        return 0;
    for (size_t i = 0; i < rn; i++) {
        unsigned char c = (unsigned char)r[i];
        if (c < 0x80) {
            if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
                return 0;
            o[n++] = (char)(c | 0x20);
        } else if (c == 0xC3 && i + 1 < rn && (unsigned char)r[i + 1] >= 0x80 &&
                   (unsigned char)r[i + 1] <= 0xBF && (unsigned char)r[i + 1] != 0x97 &&
                   (unsigned char)r[i + 1] != 0xB7) {
            unsigned char d = (unsigned char)r[++i];
            o[n++] = (char)0xC3;
            o[n++] = (char)(d < 0xA0 && d != 0x9F ? d + 0x20 : d); /* À-Þ -> à-þ */
        } else {
            return 0;
        }
    }
    return n;
}

/* Folds the accents of a stem from lower_latin1() as lede_normalize()
 * would ("é" -> "e"), so that "Etats" and "États" meet. */
size_t digest_fold_latin1(const char *s, size_t n, char *o)
{
    static const char base[64] = "aaaaaaaceeeeiiiidnooooo/ouuuuyts"
                                 "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
    size_t m = 0;

    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xC3 && i + 1 < n) {
            unsigned char d = (unsigned char)s[++i];
            if (d == 0xA6) { /* æ */
                o[m++] = 'a';
                o[m++] = 'e';
            } else {
                o[m++] = base[(d - 0x80) & 63];
            }
        } else {
            o[m++] = (char)c;
        }
    }
    return m;
}

/* French words that their accent alone tells from another word, which the
 * stemmer and the folding make one with them: "marché" (a market) is not
 * "marche" (a walk, of "marcher": "Sans zém, Cotonou marche à pied"),
 * "côté" (a side) not "côte" (a coast), "péché" and "pécheur" (a sin, a
 * sinner) not "pêche" and "pêcheur" (fishing, a fisherman). Each keys as
 * itself, written as here, its plural too. */
static const char *const accent_words[] = {"marché", "côté", "péché", "pécheur"};

/* The key of lower-cased French word low[0..ln) when it is one of
 * accent_words[] or its plural, else 0. */
static uint64_t accent_word_key(const char *low, size_t ln)
{
    for (size_t i = 0; i < sizeof accent_words / sizeof *accent_words; i++) {
        size_t an = strlen(accent_words[i]);
        if ((ln == an || (ln == an + 1 && low[an] == 's')) && memcmp(low, accent_words[i], an) == 0)
            return word_key_hash(accent_words[i], an);
    }
    return 0;
}

/* Looked up once per distinct word: stop lists, synonyms, the stem. w is
 * the folded word and h its hash; r the raw one. */
static uint64_t word_key_stem(struct digest_stems *st, int code, const char *r, size_t rn,
                              const char *w, size_t n, uint64_t h)
{
    const struct word_slot *ws = word_lookup(h);
    const unsigned weak =
        WF_STOP | WF_NOENT | WF_MONTH | WF_TIME | WF_WEAK | WF_E3 | WF_E6 | WF_E9 | WF_E12;
    char low[2 * STEM_WORD_MAX], out[2 * STEM_WORD_MAX];

    if (n < 3 || (w[0] >= '0' && w[0] <= '9') || (ws && (ws->flags & weak)))
        return 0;
    const char *syn = synonym_of(h);
    if (syn)
        return word_key_hash(syn, strlen(syn));
    struct sb_stemmer *sb = stemmer_for(st, code);
    if (!sb || n >= STEM_WORD_MAX)
        return word_key_hash(w, n);
    size_t ln = lower_latin1(r, rn, low);
    uint64_t ak = code == 1 && ln ? accent_word_key(low, ln) : 0;
    if (ak)
        return ak;
    const sb_symbol *s = ln ? sb_stemmer_stem(sb, (const sb_symbol *)low, (int)ln)
                            : sb_stemmer_stem(sb, (const sb_symbol *)w, (int)n);
    if (!s)
        return word_key_hash(w, n); /* out of memory: the word itself */
    size_t sn = (size_t)sb_stemmer_length(sb);
    if (sn >= sizeof out)
        return word_key_hash((const char *)s, sn);
    size_t on = digest_fold_latin1((const char *)s, sn, out);
    /* A stem of three letters cut from a long word is too short to mean
     * one thing: "données" and "donnant" are both "don", "jugement" and
     * "jugé" "jug". Such a word stands for itself, less a plural's s. */
    size_t m = n - (w[n - 1] == 's' || w[n - 1] == 'x');
    if (on < STEM_SHORT && m >= on + STEM_CUT)
        return word_key_hash(w, m);
    return word_key_hash(out, on);
}

uint64_t digest_word_key_unmapped(struct digest_stems *st, const char *lang, const char *w)
{
    char folded[64];
    size_t n = strlen(w);

    if (n * 2 > sizeof folded)
        return 0;
    size_t fn = digest_fold_latin1(w, n, folded);
    return word_key_stem(st, lang_code(lang), w, n, folded, fn, word_hash(folded, fn));
}

/* The word's key, then its French one when the lexicon has it. */
static uint64_t word_key_slow(struct digest_stems *st, int code, const char *r, size_t rn,
                              const char *w, size_t n, uint64_t h)
{
    uint64_t k = word_key_stem(st, code, r, rn, w, n, h);

    return k ? digest_lexicon_map(k) : 0;
}

uint64_t digest_word_key(struct digest_stems *st, const char *lang, const char *r, size_t rn,
                         const char *w, size_t n)
{
    if (lang != st->lang) { /* a post's words share its language string */
        st->lang = lang;
        st->code = lang_code(lang);
    }
    /* The cache is keyed by the raw word (its accents decide the stem)
     * and the language (each has its own stemmer); 0 is never a lookup
     * key, as it marks an empty slot. */
    uint64_t in = mix64(word_hash(r, rn) ^ (uint64_t)st->code) | 1;
    size_t j = (size_t)in & (STEM_CACHE - 1);

    if (st->cache[j].in == in)
        return st->cache[j].out;
    uint64_t k = word_key_slow(st, st->code, r, rn, w, n, word_hash(w, n));
    st->cache[j].in = in;
    st->cache[j].out = k;
    return k;
}
