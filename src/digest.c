/*
 * digest: story grouping and ranking for the selections. See digest.h for
 * the model; this file is the mechanics:
 *
 *   1. per post, build the text to compare (title + cleaned start of the
 *      body), split it into words that keep their capitalisation and carry
 *      their lede_normalize() folding, and turn the words into weighted keys:
 *      shingles, names and figures;
 *   2. an inverted index from key to posts, with document frequencies;
 *   3. each post accumulates, over its keys that are neither unique nor too
 *      common, the overlap with the later posts that share them, and the
 *      pairs above the threshold are united (union-find);
 *   4. score the stories, rank, apply pins, K and the tag cap, and build the
 *      items (ledes only for the chosen ones).
 */
#include "digest.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "buf.h"
#include "lede.h"
#include "xmalloc.h"

/* Defaults, documented in digest.h. */
#define W_IMPORTANCE 4.0
#define W_ENGAGEMENT 2.0
#define W_COVERAGE 2.0
#define W_FRESHNESS 1.0
#define DEF_MAX_ITEMS 7
#define DEF_TAG_CAP 2
#define DEF_THRESHOLD 0.5

#define TITLE_BYTES 512   /* title bytes read for grouping */
#define COVERAGE_SAT 16.0 /* (posts - 1) + 2 (sources - 1) where coverage saturates */
#define SHINGLE_FLOOR 8.0 /* text similarity denominator floor */
#define ENTITY_FLOOR 3.0  /* entity similarity denominator floor */
/* Shared names and figures (a last word counts half) below which entities
 * say nothing: one place or one person is not a story. */
#define ENTITY_MIN_SHARED 2.0
#define TITLE_WEIGHT 2.0f /* a name or number in the title is what the story is about */
#define IDF_MIN 0.2       /* the least weight a frequent name keeps */
#define DF_CAP_MIN 8      /* keys held by more than clamp(n / 4, 8, 64) posts are ignored */
#define DF_CAP_MAX 64
#define TEXT_DF_CAP 12 /* shingles held by more posts are stock phrases */
#define RUN_MAX 6      /* words in one proper-name run */
#define NUM_MAX 48     /* bytes of one canonical number */

/* ---------------------------------------------------------------- hashing */

#define FNV_OFFSET 1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;

    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= FNV_PRIME;
    }
    return h;
}

static uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/* Hash of one folded word. */
static uint64_t word_hash(const char *s, size_t n)
{
    return fnv(FNV_OFFSET, s, n);
}

/* Entity keys live in their own namespace: "E\0" + the folded name. */
static uint64_t entity_seed(void)
{
    return fnv(FNV_OFFSET, "E", 2);
}

static uint64_t entity_hash(const char *s, size_t n)
{
    return fnv(entity_seed(), s, n);
}

static uint64_t shingle_hash(uint64_t a, uint64_t b)
{
    return mix64(a * 0x9e3779b97f4a7c15ULL + (b ^ 0x5348494e474c45ULL)) ^ 0x53ULL;
}

/* ---------------------------------------------------------- word tables */

enum {
    WF_STOP = 1,  /* function word: a shingle of two of them is dropped */
    WF_NOENT = 2, /* capitalised, but never a name (and it breaks a name run) */
    WF_HONOR = 4, /* abbreviation: the '.' after it does not end a sentence */
    WF_MONTH = 8, /* month name, for "26 novembre" dates */
    WF_CONN = 16, /* lower-case particle inside a name: "Banque de France" */
    WF_TIME = 32, /* "13 heures": a clock time, not a figure */
    WF_E3 = 64,   /* magnitudes: "2 millions" = "2 million", "40bn" = "40 milliards" */
    WF_E6 = 128,
    WF_E9 = 256,
    WF_E12 = 512,
};

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
enum { AL_CAP = 0, AL_ACR = 1 };

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
    /* cities and regions */
    {"londres", "london", AL_CAP}, {"bruxelles", "brussels", AL_CAP}, {"pekin", "beijing", AL_CAP},
    {"moscou", "moscow", AL_CAP}, {"varsovie", "warsaw", AL_CAP}, {"geneve", "geneva", AL_CAP},
    {"athenes", "athens", AL_CAP}, {"lisbonne", "lisbon", AL_CAP},
    {"copenhague", "copenhagen", AL_CAP}, {"la haye", "the hague", AL_CAP},
    {"le caire", "cairo", AL_CAP}, {"nouvelle delhi", "new delhi", AL_CAP},
    {"edimbourg", "edinburgh", AL_CAP}, {"anvers", "antwerp", AL_CAP}, {"douvres", "dover", AL_CAP},
    {"venise", "venice", AL_CAP}, {"bretagne", "brittany", AL_CAP},
    {"normandie", "normandy", AL_CAP}, {"corse", "corsica", AL_CAP},
    {"bourgogne", "burgundy", AL_CAP}, {"mediterranee", "mediterranean", AL_CAP},
    {"atlantique", "atlantic", AL_CAP}, {"manche", "english channel", AL_CAP},
    {"english channel", "english channel", AL_CAP},
};
/* clang-format on */

#define ALIAS_WORDS 5
#define NALIASES (sizeof aliases / sizeof aliases[0])

struct alias_ix {
    uint64_t word[ALIAS_WORDS];
    size_t nwords;
    uint64_t canon;
    int next; /* next alias with the same first word, longest first; -1 ends */
};

struct word_slot {
    uint64_t h;
    unsigned flags;
    int alias; /* first alias starting with this word, or -1 */
    int used;
};

#define WORD_SLOTS 1024

static struct word_slot word_table[WORD_SLOTS];
static struct alias_ix alias_ix[NALIASES];
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static struct word_slot *word_slot(uint64_t h, int insert)
{
    size_t i = (size_t)mix64(h) & (WORD_SLOTS - 1);

    for (;;) {
        struct word_slot *s = &word_table[i];
        if (!s->used) {
            if (!insert)
                return NULL;
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

/* A bitmap of the table's words, so that most words skip the probe. */
#define WORD_BITS 8192
static uint64_t word_bits[WORD_BITS / 64];

static void word_bit(uint64_t h)
{
    size_t b = (size_t)(h ^ (h >> 29)) & (WORD_BITS - 1);
    word_bits[b / 64] |= 1ULL << (b % 64);
}

static void words_add(const char *const *w, size_t n, unsigned flag)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t h = word_hash(w[i], strlen(w[i]));
        word_slot(h, 1)->flags |= flag;
        word_bit(h);
    }
}

static void chars_init(void);
static void inline_init(void);

static void tables_init(void)
{
    chars_init();
    inline_init();
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
        x->canon = entity_hash(aliases[a].canon, strlen(aliases[a].canon));
        /* Chain by first word, longest phrase first. */
        struct word_slot *s = word_slot(x->word[0], 1);
        word_bit(x->word[0]);
        int *link = &s->alias;
        while (*link >= 0 && alias_ix[*link].nwords >= x->nwords)
            link = &alias_ix[*link].next;
        x->next = *link;
        *link = (int)a;
    }
}

static const struct word_slot *word_lookup(uint64_t h)
{
    size_t b = (size_t)(h ^ (h >> 29)) & (WORD_BITS - 1);

    if (!(word_bits[b / 64] & (1ULL << (b % 64))))
        return NULL;
    return word_slot(h, 0);
}

/* ------------------------------------------------------------ post text */

static int ascii_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int ascii_alnum(int c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Is the ASCII (case-insensitive) or exact UTF-8 pattern at the start of s,
 * followed by something that is not a letter? */
static int line_starts(const char *s, size_t n, const char *pat)
{
    size_t m = strlen(pat);

    if (n < m)
        return 0;
    for (size_t i = 0; i < m; i++) {
        unsigned char a = (unsigned char)s[i], b = (unsigned char)pat[i];
        if (a < 0x80 && b < 0x80) {
            if (ascii_lower(a) != ascii_lower(b))
                return 0;
        } else if (a != b) {
            return 0;
        }
    }
    if (m == n)
        return 1;
    unsigned char c = (unsigned char)s[m];
    return c < 0x80 && !ascii_alnum(c);
}

/* Lines that are never news text: credits, "read also", promotion. */
/* clang-format off */
static const char *const junk_prefixes[] = {
    "photo", "photos", "photograph", "photographs", "crédit", "crédits", "credit", "credits",
    "légende", "caption", "illustration", "lire aussi", "lire également", "à lire aussi", "à lire",
    "a lire aussi", "À lire aussi", "À lire", "voir aussi", "read also", "read more", "also read",
    "see also", "related", "suivez", "follow us", "follow our", "follow the latest",
    "abonnez-vous", "abonnez vous", "subscribe", "inscrivez-vous", "sign up", "newsletter",
    "téléchargez", "download our", "recevez", "get our", "retrouvez", "partager", "share this",
    "publicité", "advertisement",
};
/* clang-format on */

/* Skips Markdown block markup at the start of a line; *block is set when the
 * line opens its own block (heading, quote, list item). */
static size_t block_start(const char *s, size_t n, int *block)
{
    size_t i = 0;

    *block = 0;
    for (;;) {
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        if (i >= n)
            return i;
        char c = s[i];
        if (c == '>' || c == '#') {
            *block = 1;
            while (i < n && s[i] == c)
                i++;
            continue;
        }
        if ((c == '-' || c == '+' || c == '*') && i + 1 < n && (s[i + 1] == ' ' || s[i + 1] == c)) {
            *block = 1;
            while (i < n && (s[i] == c || s[i] == ' '))
                i++;
            continue;
        }
        if (c >= '0' && c <= '9') {
            size_t j = i;
            while (j < n && j - i < 9 && s[j] >= '0' && s[j] <= '9')
                j++;
            if (j < n && (s[j] == '.' || s[j] == ')') && (j + 1 == n || s[j + 1] == ' ')) {
                *block = 1;
                i = j + 1;
                continue;
            }
        }
        return i;
    }
}

/* Strips leading emphasis and brackets so that "**[Lire aussi** ..." is
 * recognised. */
static size_t skip_decor(const char *s, size_t i, size_t n)
{
    while (i < n &&
           (s[i] == '*' || s[i] == '_' || s[i] == '[' || s[i] == '(' || s[i] == ' ' || s[i] == '`'))
        i++;
    return i;
}

static int is_junk_line(const char *s, size_t n)
{
    if (n >= 2 && s[0] == '!' && s[1] == '[')
        return 1; /* an image */
    for (const char *p = s; (p = memchr(p, 0xC2, (size_t)(s + n - p))) && p + 1 < s + n; p++)
        if ((unsigned char)p[1] == 0xA9)
            return 1; /* © anywhere: a credit */
    size_t k = skip_decor(s, 0, n);
    for (size_t i = 0; i < sizeof junk_prefixes / sizeof *junk_prefixes; i++)
        if (line_starts(s + k, n - k, junk_prefixes[i]))
            return 1;
    /* A short line "Par X, à Brest" / "By X in Quimper" with no sentence
     * end is a byline. */
    if (n <= 100 && (line_starts(s + k, n - k, "par") || line_starts(s + k, n - k, "by") ||
                     line_starts(s + k, n - k, "de notre correspondant") ||
                     line_starts(s + k, n - k, "from our correspondent"))) {
        if (!memchr(s, '.', n) && !memchr(s, '!', n) && !memchr(s, '?', n))
            return 1;
    }
    /* A line that is only a link: a "related" headline. */
    if (memchr(s, '[', k) && memchr(s, ']', n)) {
        size_t e = n;
        while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '*' || s[e - 1] == '_'))
            e--;
        if (e > 0 && s[e - 1] == ')')
            return 1;
    }
    return 0;
}

static int has_at(const char *s, size_t i, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    return n - i >= m && memcmp(s + i, lit, m) == 0;
}

/* Bytes that put_inline() looks at (1), or looks at where a URL can start
 * (2); everything else is copied in runs. Filled by tables_init(). */
static uint8_t inline_tab[256];

static void inline_init(void)
{
    for (int c = 0; c < 256; c++)
        inline_tab[c] = c < 0x20 || c >= 0x7f || c == ']' || c == '<' || c == '&' || c == '*' ||
                        c == '_' || c == '`' || c == '\\';
    inline_tab['h'] = inline_tab['w'] = 2;
}

static inline int inline_special(const char *s, size_t i)
{
    uint8_t k = inline_tab[(unsigned char)s[i]];
    return k == 1 || (k == 2 && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '('));
}

/* Appends one line's inline text, without link targets, tags, URLs, entities
 * and emphasis marks; invalid UTF-8 becomes spaces. Stops at limit bytes. */
static void put_inline(struct buf *o, const char *s, size_t n, size_t limit)
{
    size_t i = 0;

    while (i < n && o->len < limit) {
        unsigned char c = (unsigned char)s[i];
        if (!inline_special(s, i)) {
            size_t j = i + 1;
            while (j < n && !inline_special(s, j))
                j++;
            if (o->len + (j - i) > limit)
                j = i + (limit - o->len);
            buf_append(o, s + i, j - i);
            i = j;
            continue;
        }
        if (c == ']' && i + 1 < n && s[i + 1] == '(') {
            const char *e = memchr(s + i + 2, ')', n - i - 2);
            buf_append(o, " ", 1);
            i = e ? (size_t)(e - s) + 1 : n;
            continue;
        }
        if (c == '<' && i + 1 < n &&
            (ascii_alnum((unsigned char)s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!')) {
            const char *e = memchr(s + i, '>', n - i);
            if (e) {
                buf_append(o, " ", 1);
                i = (size_t)(e - s) + 1;
                continue;
            }
        }
        if ((c == 'h' || c == 'w') && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(') &&
            (has_at(s, i, n, "http://") || has_at(s, i, n, "https://") ||
             has_at(s, i, n, "www."))) {
            while (i < n && s[i] != ' ')
                i++;
            continue;
        }
        if (c == '&') {
            size_t j = i + 1;
            if (j < n && s[j] == '#')
                j++;
            while (j < n && j - i < 12 && ascii_alnum((unsigned char)s[j]))
                j++;
            if (j < n && s[j] == ';' && j > i + 1) {
                buf_append(o, " ", 1);
                i = j + 1;
                continue;
            }
        }
        if (c == '*' || c == '_' || c == '`' || c == '\\') {
            i++;
            continue;
        }
        if (c < 0x20 || c == 0x7f) {
            buf_append(o, " ", 1);
            i++;
            continue;
        }
        if (c < 0x80) { /* a plain 'h', 'w', ']', '<' or '&' */
            buf_append(o, s + i, 1);
            i++;
            continue;
        }
        int32_t j = (int32_t)i;
        UChar32 cp;
        U8_NEXT(s, j, (int32_t)n, cp);
        if (cp < 0 || U_IS_SURROGATE(cp)) {
            buf_append(o, " ", 1);
        } else {
            if (o->len + ((size_t)j - i) > limit)
                break;
            buf_append(o, s + i, (size_t)j - i);
        }
        i = (size_t)j;
    }
}

/* Builds "title\nbody" for grouping into o; returns where the title ends. */
static size_t build_text(const struct digest_post *p, struct buf *o)
{
    size_t title_end, limit;
    const char *b = p->body;

    buf_reset(o);
    if (p->title)
        put_inline(o, p->title, strlen(p->title), TITLE_BYTES);
    title_end = o->len;
    buf_append(o, "\n", 1);
    if (!b)
        return title_end;
    limit = o->len + DIGEST_TEXT_BYTES;
    size_t n = strlen(b), i = 0;
    int fence = 0, para = 0;
    while (i < n && o->len < limit) {
        const char *nl = memchr(b + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - b) : n, ln = e - i;
        const char *line = b + i;
        i = nl ? e + 1 : n;
        if (ln && line[ln - 1] == '\r')
            ln--;
        int block;
        size_t k = block_start(line, ln, &block);
        if (ln - k >= 3 && (memcmp(line + k, "```", 3) == 0 || memcmp(line + k, "~~~", 3) == 0)) {
            fence = !fence;
            para = 0;
            continue;
        }
        if (fence)
            continue;
        if (k == ln) { /* blank line */
            para = 0;
            continue;
        }
        if (is_junk_line(line + k, ln - k)) {
            para = 0;
            continue;
        }
        buf_append(o, para && !block ? " " : "\n", 1);
        put_inline(o, line + k, ln - k, limit);
        para = !block;
    }
    if (o->len >= limit) {
        /* Cut back to a word boundary. */
        size_t c = o->len;
        while (c > title_end + 1 && o->data[c - 1] != ' ' && o->data[c - 1] != '\n')
            c--;
        o->len = c;
        o->data[c] = '\0';
    }
    return title_end;
}

/* ------------------------------------------------------------- tokens */

/* Words are split, and folded, exactly as lede_normalize() does: at
 * whitespace, controls, punctuation and symbols. A table built once from
 * lede_normalize() itself holds the class, shape and folded form of the code
 * points of the Latin, Greek, Cyrillic, Hebrew and Arabic blocks, general
 * punctuation and currency signs, so most text is folded with no ICU call; a
 * word holding anything else (combining marks, CJK, ...) is folded by
 * lede_normalize() on its own. */
enum { CC_SEP, CC_SKIP, CC_TOK, CC_MARK };
enum { CI_UPPER = 1, CI_LOWER = 2, CI_ALPHA = 4, CI_DIGIT = 8, CI_SLOW = 16 };

#define CT_FOLD_MAX 6

struct cinfo {
    uint8_t cls, flags, flen;
    char fold[CT_FOLD_MAX];
};

/* The blocks in the table, [from, to), and where each starts in it. */
static const struct {
    UChar32 from, to;
} ct_ranges[] = {
    {0x0000, 0x0250}, /* Basic Latin to Latin Extended-B */
    {0x0370, 0x0530}, /* Greek, Cyrillic, Cyrillic Supplement */
    {0x0590, 0x0700}, /* Hebrew, Arabic */
    {0x1E00, 0x2070}, /* Latin Extended Additional, Greek Extended, General Punctuation */
    {0x20A0, 0x20D0}, /* Currency Symbols */
};
#define CT_SIZE (0x250 + 0x1C0 + 0x170 + 0x270 + 0x30)
#define CT_NRANGES (sizeof ct_ranges / sizeof ct_ranges[0])

static struct cinfo ctab[CT_SIZE];

/* The code point at index k of the table, or -1. */
static UChar32 ctab_cp(size_t k)
{
    for (size_t r = 0; r < CT_NRANGES; r++) {
        size_t len = (size_t)(ct_ranges[r].to - ct_ranges[r].from);
        if (k < len)
            return ct_ranges[r].from + (UChar32)k;
        k -= len;
    }
    return -1;
}

/* Class and shape of a code point, from ICU. */
static void cinfo_icu(UChar32 c, struct cinfo *ci)
{
    uint32_t gc = U_GET_GC_MASK(c);

    ci->flags = CI_SLOW;
    ci->flen = 0;
    if (u_isUWhiteSpace(c) || (gc & (U_GC_CC_MASK | U_GC_P_MASK | U_GC_S_MASK)))
        ci->cls = CC_SEP;
    else if (gc & U_GC_CF_MASK)
        ci->cls = CC_SKIP;
    else if (gc & (U_GC_MN_MASK | U_GC_ME_MASK))
        ci->cls = CC_MARK;
    else
        ci->cls = CC_TOK;
    if (u_isupper(c) || u_istitle(c))
        ci->flags |= CI_UPPER;
    if (u_islower(c))
        ci->flags |= CI_LOWER;
    if (u_isalpha(c))
        ci->flags |= CI_ALPHA;
    if (c >= '0' && c <= '9')
        ci->flags |= CI_DIGIT;
}

/* What lede_normalize() makes of each code point between two letters:
 * "a b" a separator, "ab" dropped (default ignorables), "aXb" folded to X,
 * anything else ("l·" splits "ŀ") left to lede_normalize() word by word. */
static void chars_init(void)
{
    for (size_t k = 1; k < CT_SIZE; k++) {
        UChar32 c = ctab_cp(k);
        struct cinfo *ci = &ctab[k];
        char u8[8], *f = NULL;
        int32_t l = 1;
        UBool err = 0;
        cinfo_icu(c, ci);
        u8[0] = 'a';
        U8_APPEND((uint8_t *)u8, l, 7, c, err);
        u8[l++] = 'b';
        if (err || lede_normalize(u8, (size_t)l, &f) != 0) {
            free(f);
            continue;
        }
        size_t fl = strlen(f);
        if (strcmp(f, "a b") == 0) {
            ci->cls = CC_SEP;
        } else if (strcmp(f, "ab") == 0) {
            ci->cls = CC_SKIP;
        } else if (fl >= 3 && fl - 2 <= CT_FOLD_MAX && f[0] == 'a' && f[fl - 1] == 'b' &&
                   !memchr(f, ' ', fl)) {
            ci->cls = CC_TOK;
            ci->flags &= (uint8_t)~CI_SLOW;
            ci->flen = (uint8_t)(fl - 2);
            memcpy(ci->fold, f + 1, ci->flen);
        }
        free(f);
    }
    ctab[0].cls = CC_SEP;
}

static const struct cinfo *cinfo_of(UChar32 c, struct cinfo *tmp)
{
    size_t base = 0;
    for (size_t r = 0; r < CT_NRANGES; r++) {
        if (c < ct_ranges[r].from)
            break;
        if (c < ct_ranges[r].to)
            return &ctab[base + (size_t)(c - ct_ranges[r].from)];
        base += (size_t)(ct_ranges[r].to - ct_ranges[r].from);
    }
    cinfo_icu(c, tmp);
    return tmp;
}

struct tok {
    uint32_t s, e;   /* raw bytes */
    uint32_t fs, fn; /* folded word, in scratch.fold */
    const char *fw;  /* the folded word, once the scan is done */
    uint64_t h;      /* word_hash of the folded word */
    unsigned wf;     /* word table flags */
    int alias;       /* first alias starting with this word, or -1 */
    uint8_t cap, allcaps, digits, dpre, initial, join, aliasgap, intitle;
};

struct scratch {
    struct buf raw;
    char *fold;
    size_t nfold, capfold;
    struct tok *t;
    size_t nt, capt;
    /* keys of the post being read */
    uint64_t *keys;
    float *kw;
    uint8_t *kind;
    size_t nk, capk;
    /* per-post duplicate filter: slot -> key index, valid when the epoch matches */
    uint32_t *seen_epoch, *seen_idx;
    size_t seen_cap;
    uint32_t epoch;
};

static void fold_put(struct scratch *sc, const char *p, size_t n)
{
    if (sc->nfold + n > sc->capfold) {
        sc->capfold = (sc->nfold + n) * 2 + 256;
        sc->fold = xrealloc(sc->fold, sc->capfold);
    }
    memcpy(sc->fold + sc->nfold, p, n);
    sc->nfold += n;
}

struct shape {
    size_t letters, upper, lower, digits;
    int first, lead, slow, cap;
    uint8_t dpre;
};

/* Closes the word [s, e): its shape, and its folded form (from the table,
 * or from lede_normalize() when a character is not in it). */
static int tok_close(struct scratch *sc, uint32_t s, uint32_t e, size_t fs, const struct shape *sh)
{
    if (sc->nt == sc->capt) {
        sc->capt = sc->capt ? sc->capt * 2 : 256;
        sc->t = xrealloc(sc->t, sc->capt * sizeof *sc->t);
    }
    if (sh->slow) {
        char *f = NULL;
        int rc = lede_normalize(sc->raw.data + s, e - s, &f);
        sc->nfold = fs;
        if (rc == -EIO || rc == -ENOMEM)
            return rc;
        if (rc == 0)
            fold_put(sc, f, strlen(f));
        free(f);
        if (sc->nfold == fs)
            return 0; /* nothing left of it: not a word */
    }
    struct tok *t = &sc->t[sc->nt++];
    memset(t, 0, sizeof *t);
    t->s = s;
    t->e = e;
    t->fs = (uint32_t)fs;
    t->fn = (uint32_t)(sc->nfold - fs);
    t->alias = -1;
    t->cap = (uint8_t)sh->cap;
    t->digits = sh->digits > 0 && sh->lead; /* nothing but digits */
    t->dpre = sh->dpre;
    t->allcaps = sh->lower == 0 && sh->upper >= 1 && (sh->letters >= 2 || sh->digits >= 1) &&
                 sh->letters <= 6;
    return 0;
}

/* Splits the post text into words with their folded forms. */
static int scan(struct scratch *sc)
{
    const char *s = sc->raw.data;
    int32_t n = (int32_t)sc->raw.len, i = 0, start = -1, last_end = 0;
    size_t fs = 0;
    struct shape sh;
    struct cinfo tmp;

    sc->nt = 0;
    sc->nfold = 0;
    memset(&sh, 0, sizeof sh);
    while (i < n) {
        int32_t at = i;
        UChar32 c = (unsigned char)s[i];
        const struct cinfo *ci;
        if (c < 0x80) {
            i++;
            ci = &ctab[c];
        } else {
            U8_NEXT(s, i, n, c);
            ci = c < 0 ? NULL : cinfo_of(c, &tmp);
        }
        int cl = ci ? ci->cls : CC_SEP;
        if (cl == CC_MARK)
            cl = start >= 0 ? CC_TOK : CC_SKIP;
        if (cl == CC_TOK) {
            if (start < 0) {
                start = at;
                fs = sc->nfold;
                memset(&sh, 0, sizeof sh);
                sh.first = sh.lead = 1;
                /* Room for this word folded from the table. */
                size_t room = (size_t)(n - at) * CT_FOLD_MAX + 16;
                if (sc->capfold - sc->nfold < room) {
                    sc->capfold = sc->nfold + room * 2;
                    sc->fold = xrealloc(sc->fold, sc->capfold);
                }
            }
            last_end = i;
            if (sh.first) {
                sh.cap = (ci->flags & CI_UPPER) != 0;
                sh.first = 0;
            }
            if (ci->flags & CI_DIGIT) {
                sh.digits++;
                if (sh.lead && sh.dpre < 255)
                    sh.dpre++;
            } else {
                sh.lead = 0;
            }
            if (ci->flags & CI_ALPHA) {
                sh.letters++;
                sh.upper += (ci->flags & CI_UPPER) != 0;
                sh.lower += (ci->flags & CI_LOWER) != 0;
            }
            if (ci->flags & CI_SLOW) {
                sh.slow = 1;
            } else if (!sh.slow) {
                if (ci->flen == 1)
                    sc->fold[sc->nfold++] = ci->fold[0];
                else
                    memcpy(sc->fold + sc->nfold, ci->fold, ci->flen), sc->nfold += ci->flen;
            }
        } else if (cl == CC_SEP && start >= 0) {
            int rc = tok_close(sc, (uint32_t)start, (uint32_t)last_end, fs, &sh);
            if (rc < 0)
                return rc;
            start = -1;
        } else if (cl == CC_SKIP && start >= 0) {
            last_end = i;
        }
    }
    if (start >= 0) {
        int rc = tok_close(sc, (uint32_t)start, (uint32_t)last_end, fs, &sh);
        if (rc < 0)
            return rc;
    }
    for (size_t k = 0; k < sc->nt; k++)
        sc->t[k].fw = sc->fold ? sc->fold + sc->t[k].fs : "";
    return 0;
}

/* Classifies the gap between two words. */
static void gap_shape(const char *s, uint32_t from, uint32_t to, int *sent, int *join, int *dot,
                      int *aliasgap)
{
    int32_t i = (int32_t)from, n = (int32_t)to, seen_dot = 0, other = 0;

    *sent = *dot = 0;
    *join = 1;
    while (i < n) {
        UChar32 c;
        U8_NEXT(s, i, n, c);
        switch (c) {
        case ' ':
        case 0x00A0:
        case 0x202F:
        case 0x2009:
        case '-':
        case 0x2010:
        case 0x2011:
        case '\'':
        case 0x2019: break;
        case '.':
            seen_dot++;
            *join = 0;
            *sent = 1;
            break;
        case '!':
        case '?':
        case ':':
        case ';':
        case '\n':
        case 0x00AB:
        case 0x00BB:
        case '"':
        case 0x201C:
        case 0x201D:
        case '(':
        case ')':
        case '[':
        case ']':
        case 0x2014:
        case 0x2013:
        case 0x2022:
        case 0x2026:
        case '|':
            *join = 0;
            *sent = 1;
            other = 1;
            break;
        default:
            *join = 0;
            other = 1;
            break;
        }
    }
    *dot = seen_dot == 1 && !other;
    *aliasgap = !other && seen_dot <= 1 && (n - (int32_t)from) <= 3;
}

/* --------------------------------------------------------------- keys */

/* Kinds of keys. Names and numbers both count as shared entities, but only
 * names make up a post's entity total: running updates change their
 * figures, so a number missing from one post is no evidence against. */
enum { K_SHINGLE = 0, K_NAME = 1, K_NUMBER = 2, K_HALF = 3 /* last word of a longer name */ };

#define SEEN_MIN 1024

/* Adds a key to the post, merging a repeat (the larger weight, and a whole
 * name over a last word). */
static void key_push(struct scratch *sc, uint64_t h, float w, int kind)
{
    if (sc->nk == sc->capk) {
        sc->capk = sc->capk ? sc->capk * 2 : 512;
        sc->keys = xrealloc(sc->keys, sc->capk * sizeof *sc->keys);
        sc->kw = xrealloc(sc->kw, sc->capk * sizeof *sc->kw);
        sc->kind = xrealloc(sc->kind, sc->capk);
    }
    if (sc->seen_cap < 2 * sc->capk) {
        sc->seen_cap = sc->seen_cap ? sc->seen_cap : SEEN_MIN;
        while (sc->seen_cap < 2 * sc->capk)
            sc->seen_cap *= 2;
        free(sc->seen_epoch);
        free(sc->seen_idx);
        sc->seen_epoch = xcalloc(sc->seen_cap, sizeof *sc->seen_epoch);
        sc->seen_idx = xmalloc(sc->seen_cap * sizeof *sc->seen_idx);
        /* Re-enter this post's keys. */
        for (size_t k = 0; k < sc->nk; k++) {
            size_t j = (size_t)mix64(sc->keys[k]) & (sc->seen_cap - 1);
            while (sc->seen_epoch[j] == sc->epoch)
                j = (j + 1) & (sc->seen_cap - 1);
            sc->seen_epoch[j] = sc->epoch;
            sc->seen_idx[j] = (uint32_t)k;
        }
    }
    size_t j = (size_t)mix64(h) & (sc->seen_cap - 1);
    while (sc->seen_epoch[j] == sc->epoch) {
        uint32_t k = sc->seen_idx[j];
        if (sc->keys[k] == h) {
            if (w > sc->kw[k])
                sc->kw[k] = w;
            if (sc->kind[k] == K_HALF)
                sc->kind[k] = (uint8_t)kind;
            return;
        }
        j = (j + 1) & (sc->seen_cap - 1);
    }
    sc->seen_epoch[j] = sc->epoch;
    sc->seen_idx[j] = (uint32_t)sc->nk;
    sc->keys[sc->nk] = h;
    sc->kw[sc->nk] = w;
    sc->kind[sc->nk] = (uint8_t)kind;
    sc->nk++;
}

/* Matches an alias at token i; returns the words it covers (0: none). */
static size_t alias_at(const struct scratch *sc, size_t i, uint64_t *canon)
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

static int is_name_word(const struct tok *t)
{
    return t->cap && !(t->wf & WF_NOENT) && !t->digits && t->dpre == 0 && t->fn >= 1;
}

/* Reads the number starting at token i with the post's separators; emits
 * its key unless it is too common to mean anything. Returns the next
 * token. */
static size_t number_at(struct scratch *sc, size_t i, int dot_decimal)
{
    const struct tok *t = sc->t;
    const char *s = sc->raw.data;
    char v[NUM_MAX];
    size_t vn = 0, j = i, grouped = 0, decn = 0;
    char dec[NUM_MAX] = {0};

    /* The leading digits ("40" of "40bn"); only a plain run of digits
     * continues into thousands groups and decimals. */
    for (uint32_t k = t[i].s; k < t[i].s + t[i].dpre && vn + 1 < sizeof v; k++)
        v[vn++] = s[k];
    while (t[i].digits && j + 1 < sc->nt && t[j + 1].dpre > 0) {
        const struct tok *q = &t[j + 1];
        uint32_t gs = t[j].e, ge = q->s, gl = ge - gs;
        int space = (gl == 1 && s[gs] == ' ') ||
                    (gl == 2 && (unsigned char)s[gs] == 0xC2 && (unsigned char)s[gs + 1] == 0xA0) ||
                    (gl == 3 && (unsigned char)s[gs] == 0xE2 && (unsigned char)s[gs + 1] == 0x80 &&
                     ((unsigned char)s[gs + 2] == 0xAF || (unsigned char)s[gs + 2] == 0x89));
        int comma = gl == 1 && s[gs] == ',', dot = gl == 1 && s[gs] == '.';
        int thousands = space || (comma && dot_decimal) || (dot && !dot_decimal);
        int decimal = (comma && !dot_decimal) || (dot && dot_decimal);
        if (thousands && q->digits && q->e - q->s == 3 && t[j].digits &&
            (grouped || t[i].e - t[i].s <= 3) && vn + 3 < sizeof v) {
            memcpy(v + vn, s + q->s, 3);
            vn += 3;
            grouped++;
            j++;
            continue;
        }
        if (decimal && t[j].digits) {
            for (uint32_t k = q->s; k < q->s + q->dpre && decn + 1 < sizeof dec; k++)
                dec[decn++] = s[k];
            j++;
        }
        break;
    }
    while (decn > 0 && dec[decn - 1] == '0')
        decn--;
    size_t lz = 0;
    while (lz + 1 < vn && v[lz] == '0')
        lz++;
    const char *iv = v + lz;
    size_t in = vn - lz;
    size_t next = j + 1;
    /* A magnitude glued to the last digits ("40bn") or the next word. */
    unsigned mag = 0;
    if (t[j].fn > t[j].dpre) {
        const struct word_slot *ws =
            word_lookup(word_hash(t[j].fw + t[j].dpre, t[j].fn - t[j].dpre));
        mag = ws ? ws->flags : 0;
    } else if (next < sc->nt && t[next].join) {
        mag = t[next].wf;
    }
    mag &= WF_E3 | WF_E6 | WF_E9 | WF_E12;
    if (next < sc->nt && (t[next].wf & WF_TIME) && t[next].join)
        return next; /* "8 h 30", "13 heures" */
    if (i > 0 && (t[i - 1].wf & WF_TIME) && in <= 2 && t[i].join)
        return next; /* the minutes of "8 h 30" */
    if (decn == 0 && !mag) {
        if (in == 1)
            return next; /* below 10 */
        if (!grouped && in == 4 && (memcmp(iv, "19", 2) == 0 || memcmp(iv, "20", 2) == 0))
            return next; /* a year */
        if (in <= 2 &&
            ((next < sc->nt && (t[next].wf & WF_MONTH)) || (i > 0 && (t[i - 1].wf & WF_MONTH))))
            return next; /* a date */
    }
    char key[2 * NUM_MAX + 8];
    size_t kn = 0;
    key[kn++] = '#';
    memcpy(key + kn, iv, in);
    kn += in;
    if (decn) {
        key[kn++] = '.';
        memcpy(key + kn, dec, decn);
        kn += decn;
    }
    if (mag) {
        const char *e = mag & WF_E3 ? "e3" : mag & WF_E6 ? "e6" : mag & WF_E9 ? "e9" : "e12";
        memcpy(key + kn, e, strlen(e));
        kn += strlen(e);
    }
    key_push(sc, entity_hash(key, kn), t[i].intitle ? TITLE_WEIGHT : 1.0f, K_NUMBER);
    return next;
}

static uint64_t run_hash(const struct tok *t, size_t a, size_t b)
{
    uint64_t h = entity_seed();

    for (size_t k = a; k <= b; k++) {
        if (k > a)
            h = fnv(h, " ", 1);
        h = fnv(h, t[k].fw, t[k].fn);
    }
    return h;
}

/* Turns the tokens into weighted keys. */
static void make_keys(struct scratch *sc, size_t title_end, const char *lang)
{
    struct tok *t = sc->t;
    const char *s = sc->raw.data;
    size_t nt = sc->nt;
    int dot_decimal = lang && (strncasecmp(lang, "en", 2) == 0 || strncasecmp(lang, "zh", 2) == 0 ||
                               strncasecmp(lang, "ja", 2) == 0 || strncasecmp(lang, "ko", 2) == 0);

    sc->nk = 0;
    if (++sc->epoch == 0) {
        if (sc->seen_epoch)
            memset(sc->seen_epoch, 0, sc->seen_cap * sizeof *sc->seen_epoch);
        sc->epoch = 1;
    }
    if (!nt)
        return;
    /* Word flags and gaps. */
    size_t title_words = 0, title_caps = 0;
    for (size_t i = 0; i < nt; i++) {
        t[i].h = word_hash(t[i].fw, t[i].fn);
        const struct word_slot *w = word_lookup(t[i].h);
        t[i].wf = w ? w->flags : 0;
        t[i].alias = w ? w->alias : -1;
        t[i].intitle = t[i].s < title_end;
        if (t[i].intitle && t[i].fn >= 4 && !t[i].digits && !(t[i].wf & WF_STOP)) {
            title_words++;
            title_caps += t[i].cap;
        }
    }
    for (size_t i = 0; i < nt; i++) {
        int sent, join, dot, ag;
        if (i == 0) {
            t[i].initial = 1;
            continue;
        }
        if (t[i].s == t[i - 1].e + 1 && s[t[i - 1].e] == ' ')
            sent = dot = 0, join = ag = 1; /* the common case */
        else
            gap_shape(s, t[i - 1].e, t[i].s, &sent, &join, &dot, &ag);
        t[i].join = (uint8_t)join;
        t[i].aliasgap = (uint8_t)ag;
        t[i].initial = (uint8_t)sent;
        if (t[i - 1].intitle != t[i].intitle)
            t[i].initial = 1;
        if (sent && dot && ((t[i - 1].wf & WF_HONOR) || (t[i - 1].fn == 1 && t[i - 1].cap)))
            t[i].initial = 0; /* "M. Dupont", "J. K. Rowling" */
    }
    /* A Title Case headline says nothing about which words are names. */
    if (title_words >= 3 && title_caps * 10 >= title_words * 9)
        for (size_t i = 0; i < nt && t[i].intitle; i++)
            t[i].initial = 1;

    /* Shingles. */
    for (size_t i = 0; i + 1 < nt; i++) {
        if (!t[i].fn || !t[i + 1].fn)
            continue;
        if ((t[i].wf & WF_STOP) && (t[i + 1].wf & WF_STOP))
            continue;
        key_push(sc, shingle_hash(t[i].h, t[i + 1].h), 1.0f, K_SHINGLE);
    }

    /* Entities and numbers. */
    size_t i = 0;
    while (i < nt) {
        uint64_t canon;
        size_t m;
        if (t[i].dpre > 0) {
            i = number_at(sc, i, dot_decimal);
            continue;
        }
        if (!t[i].cap) {
            i++;
            continue;
        }
        if ((m = alias_at(sc, i, &canon)) > 0) {
            key_push(sc, canon, t[i].intitle ? TITLE_WEIGHT : 1.0f, K_NAME);
            i += m;
            continue;
        }
        /* A capital that only starts a sentence says nothing, unless it
         * is an acronym or opens a hyphenated name ("Météo-France"). */
        int compound = i + 1 < nt && t[i + 1].join && is_name_word(&t[i + 1]) &&
                       t[i + 1].s == t[i].e + 1 && sc->raw.data[t[i].e] == '-';
        if (!is_name_word(&t[i]) || t[i].fn < 2 || (t[i].initial && !t[i].allcaps && !compound)) {
            i++;
            continue;
        }
        size_t last = i, j = i + 1;
        while (j < nt && j - i < RUN_MAX && t[j].join && !t[j].initial) {
            if (is_name_word(&t[j])) {
                last = j++;
                continue;
            }
            if ((t[j].wf & WF_CONN) && !t[j].cap && j + 1 < nt && t[j + 1].join &&
                is_name_word(&t[j + 1]) && j + 1 - i < RUN_MAX) {
                last = j + 1;
                j += 2;
                continue;
            }
            break;
        }
        float tw = t[i].intitle ? TITLE_WEIGHT : 1.0f;
        key_push(sc, run_hash(t, i, last), tw, K_NAME);
        if (last > i && t[last].fn >= 3)
            key_push(sc, run_hash(t, last, last), 0.5f * tw, K_HALF);
        i = last + 1;
    }
}

/* --------------------------------------------------------- union-find */

static size_t uf_find(size_t *parent, size_t x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

static void uf_union(size_t *parent, uint8_t *rank, uint8_t *pin, size_t a, size_t b)
{
    a = uf_find(parent, a);
    b = uf_find(parent, b);
    if (a == b || (pin[a] && pin[b]))
        return;
    if (rank[a] < rank[b]) {
        size_t tmp = a;
        a = b;
        b = tmp;
    }
    parent[b] = a;
    pin[a] |= pin[b];
    if (rank[a] == rank[b])
        rank[a]++;
}

/* ---------------------------------------------------------- sources */

static uint64_t host_hash(const char *url)
{
    if (!url || !*url)
        return word_hash("", 0);
    const char *p = strstr(url, "://");
    p = p ? p + 3 : url;
    size_t n = strcspn(p, "/?#");
    const char *at = memchr(p, '@', n);
    if (at) {
        n -= (size_t)(at + 1 - p);
        p = at + 1;
    }
    if (n && p[0] != '[') {
        const char *colon = memchr(p, ':', n);
        if (colon)
            n = (size_t)(colon - p);
    }
    if (n >= 4 && strncasecmp(p, "www.", 4) == 0) {
        p += 4;
        n -= 4;
    }
    uint64_t h = FNV_OFFSET;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        h = fnv(h, &c, 1);
    }
    return h;
}

static int u64_cmp(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

static int i64_cmp(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* ------------------------------------------------------------ scoring */

struct story {
    size_t first, count; /* members[first .. first + count) */
    size_t rep;
    double parts[4], score;
    size_t sources;
    int pinned;
    int64_t rep_time, rep_seq;
};

static int story_cmp(const void *a, const void *b)
{
    const struct story *x = a, *y = b;

    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    if (x->parts[0] != y->parts[0])
        return x->parts[0] > y->parts[0] ? -1 : 1;
    if (x->rep_time != y->rep_time)
        return x->rep_time > y->rep_time ? -1 : 1;
    return (x->rep_seq > y->rep_seq) - (x->rep_seq < y->rep_seq);
}

static double clamp01(double x)
{
    return x < 0 ? 0 : x > 1 ? 1 : x;
}

static int clamp_importance(int i)
{
    return i < 0 ? 0 : i > 3 ? 3 : i;
}

static double engagement_of(double views, int64_t audience)
{
    if (audience <= 0 || views <= 0)
        return 0;
    return clamp01(views / (double)audience);
}

static double freshness_of(int64_t at, int64_t start, int64_t end)
{
    if (end <= start)
        return 1;
    return clamp01(((double)at - (double)start) / ((double)end - (double)start));
}

void digest_weights_default(struct digest_weights *w)
{
    w->importance = W_IMPORTANCE;
    w->engagement = W_ENGAGEMENT;
    w->coverage = W_COVERAGE;
    w->freshness = W_FRESHNESS;
    w->max_items = DEF_MAX_ITEMS;
    w->tag_cap = DEF_TAG_CAP;
    w->group_threshold = DEF_THRESHOLD;
}

static int weight_ok(double x)
{
    return isfinite(x) && x >= 0;
}

/* --------------------------------------------------------- tag cap */

struct tagcount {
    const char *tag;
    size_t n;
};

static size_t tag_count(const struct tagcount *tc, size_t ntc, const char *tag)
{
    for (size_t i = 0; i < ntc; i++)
        if (strcasecmp(tc[i].tag, tag) == 0)
            return tc[i].n;
    return 0;
}

static size_t *tag_slot(struct tagcount **tc, size_t *ntc, size_t *cap, const char *tag)
{
    for (size_t i = 0; i < *ntc; i++)
        if (strcasecmp((*tc)[i].tag, tag) == 0)
            return &(*tc)[i].n;
    if (*ntc == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *tc = xrealloc(*tc, *cap * sizeof **tc);
    }
    (*tc)[*ntc].tag = tag;
    (*tc)[*ntc].n = 0;
    return &(*tc)[(*ntc)++].n;
}

/* Is tag i of p a repeat of an earlier one (case-insensitive)? */
static int tag_repeat(const struct digest_post *p, size_t i)
{
    for (size_t k = 0; k < i; k++)
        if (p->tags[k] && strcasecmp(p->tags[k], p->tags[i]) == 0)
            return 1;
    return 0;
}

static int tags_fit(const struct digest_post *p, const struct tagcount *tc, size_t ntc,
                    size_t tag_cap)
{
    if (!tag_cap)
        return 1;
    for (size_t i = 0; i < p->ntags; i++)
        if (p->tags && p->tags[i] && tag_count(tc, ntc, p->tags[i]) >= tag_cap)
            return 0;
    return 1;
}

static void tags_take(const struct digest_post *p, struct tagcount **tc, size_t *ntc, size_t *cap)
{
    for (size_t i = 0; i < p->ntags; i++) {
        if (!p->tags || !p->tags[i] || tag_repeat(p, i))
            continue;
        (*tag_slot(tc, ntc, cap, p->tags[i]))++;
    }
}

/* --------------------------------------------------------------- main */

/* Every candidate's keys, flat: candidate c owns [off[c], off[c + 1]). */
struct keyset {
    size_t *off;
    uint64_t *h;
    float *w;
    uint8_t *kind;
    uint32_t *kid; /* key id, once indexed */
    size_t n, cap;
};

/* The inverted index: key k is held by the posts [off[k], off[k + 1]). */
struct postings {
    size_t nkeys;
    size_t *off;
    uint32_t *post;
    float *w;
    uint8_t *kind;
    double *idf;
};

static void keyset_free(struct keyset *ks)
{
    free(ks->off);
    free(ks->h);
    free(ks->w);
    free(ks->kind);
    free(ks->kid);
}

static void postings_free(struct postings *pl)
{
    free(pl->off);
    free(pl->post);
    free(pl->w);
    free(pl->kind);
    free(pl->idf);
}

static void scratch_free(struct scratch *sc)
{
    buf_free(&sc->raw);
    free(sc->fold);
    free(sc->t);
    free(sc->keys);
    free(sc->kw);
    free(sc->kind);
    free(sc->seen_epoch);
    free(sc->seen_idx);
}

/* Step 1: the keys of every candidate. Returns 0 or -EIO. */
static int read_posts(const struct digest_post *posts, const size_t *cand, size_t nc,
                      struct keyset *ks)
{
    struct scratch sc;
    int rc = 0;

    memset(&sc, 0, sizeof sc);
    buf_init(&sc.raw, TITLE_BYTES + DIGEST_TEXT_BYTES + 64);
    memset(ks, 0, sizeof *ks);
    ks->off = xmalloc((nc + 1) * sizeof *ks->off);
    for (size_t c = 0; c < nc && rc == 0; c++) {
        const struct digest_post *p = &posts[cand[c]];
        size_t title_end = build_text(p, &sc.raw);
        rc = scan(&sc);
        if (rc < 0)
            break;
        make_keys(&sc, title_end, p->lang);
        ks->off[c] = ks->n;
        if (ks->n + sc.nk > ks->cap) {
            ks->cap = (ks->n + sc.nk) * 2;
            ks->h = xrealloc(ks->h, ks->cap * sizeof *ks->h);
            ks->w = xrealloc(ks->w, ks->cap * sizeof *ks->w);
            ks->kind = xrealloc(ks->kind, ks->cap);
        }
        if (sc.nk) {
            memcpy(ks->h + ks->n, sc.keys, sc.nk * sizeof *sc.keys);
            memcpy(ks->w + ks->n, sc.kw, sc.nk * sizeof *sc.kw);
            memcpy(ks->kind + ks->n, sc.kind, sc.nk);
            ks->n += sc.nk;
        }
    }
    ks->off[nc] = ks->n;
    scratch_free(&sc);
    return rc;
}

/* Step 2: key ids, document frequencies and postings. */
static void build_index(struct keyset *ks, size_t nc, struct postings *pl)
{
    /* Key hash -> id, open addressing, grown at half load (most keys are
     * repeats, so sizing for every occurrence would waste cache). */
    size_t slots = 1024, nkeys = 0;
    while (slots < ks->n)
        slots *= 2; /* distinct keys are usually about half the keys */
    uint64_t *sh = xmalloc(slots * sizeof *sh);
    uint32_t *sid = xcalloc(slots, sizeof *sid); /* key id + 1; 0 = empty */
    uint64_t *byid = xmalloc(slots / 2 * sizeof *byid);

    ks->kid = xmalloc((ks->n ? ks->n : 1) * sizeof *ks->kid);
    for (size_t k = 0; k < ks->n; k++) {
        uint64_t h = ks->h[k];
        size_t j = (size_t)mix64(h) & (slots - 1);
        if (k + 16 < ks->n) { /* the table is larger than the caches */
            size_t f = (size_t)mix64(ks->h[k + 16]) & (slots - 1);
            __builtin_prefetch(&sh[f]);
            __builtin_prefetch(&sid[f]);
        }
        while (sid[j] && sh[j] != h)
            j = (j + 1) & (slots - 1);
        if (!sid[j]) {
            if (nkeys + 1 > slots / 2) {
                slots *= 2;
                free(sh);
                free(sid);
                sh = xmalloc(slots * sizeof *sh);
                sid = xcalloc(slots, sizeof *sid);
                byid = xrealloc(byid, slots / 2 * sizeof *byid);
                for (size_t id = 0; id < nkeys; id++) {
                    size_t m = (size_t)mix64(byid[id]) & (slots - 1);
                    while (sid[m])
                        m = (m + 1) & (slots - 1);
                    sh[m] = byid[id];
                    sid[m] = (uint32_t)id + 1;
                }
                j = (size_t)mix64(h) & (slots - 1);
                while (sid[j])
                    j = (j + 1) & (slots - 1);
            }
            sh[j] = h;
            byid[nkeys] = h;
            sid[j] = (uint32_t)++nkeys;
        }
        ks->kid[k] = sid[j] - 1;
    }
    free(sh);
    free(sid);
    free(byid);

    pl->nkeys = nkeys;
    pl->off = xcalloc(nkeys + 1, sizeof *pl->off);
    for (size_t k = 0; k < ks->n; k++)
        pl->off[ks->kid[k] + 1]++;
    for (size_t k = 0; k < nkeys; k++)
        pl->off[k + 1] += pl->off[k];
    pl->post = xmalloc((ks->n ? ks->n : 1) * sizeof *pl->post);
    pl->w = xmalloc((ks->n ? ks->n : 1) * sizeof *pl->w);
    pl->kind = xmalloc(ks->n ? ks->n : 1);
    size_t *fill = xmalloc((nkeys ? nkeys : 1) * sizeof *fill);
    memcpy(fill, pl->off, nkeys * sizeof *fill);
    for (size_t c = 0; c < nc; c++)
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            size_t at = fill[ks->kid[k]]++;
            pl->post[at] = (uint32_t)c;
            pl->w[at] = ks->w[k];
            pl->kind[at] = ks->kind[k];
        }
    free(fill);
    /* Names many posts share say less: a damped IDF. */
    pl->idf = xmalloc((nkeys ? nkeys : 1) * sizeof *pl->idf);
    for (size_t k = 0; k < nkeys; k++) {
        double df = (double)(pl->off[k + 1] - pl->off[k]), v = 1;
        if (df > 2 && nc >= 8)
            v = log((double)nc / df) / log((double)nc / 2.0);
        pl->idf[k] = v < IDF_MIN ? IDF_MIN : v > 1 ? 1 : v;
    }
}

static size_t df_of(const struct postings *pl, uint32_t k)
{
    return pl->off[k + 1] - pl->off[k];
}

struct groups {
    size_t *parent;
    uint8_t *rank, *pin;
};

/* Step 3: compare the posts that share keys, and unite the same stories.
 * Only keys held by 2 to df_cap posts (text_cap for shingles) are walked:
 * rarer keys match nothing, commoner ones are the language's stock phrases
 * and names in every story. Each post accumulates its overlap with the
 * later posts through the postings, so the work is the sum of the squared
 * frequencies of the walked keys, never all pairs. */
static void group_posts(const struct keyset *ks, const struct postings *pl, size_t nc,
                        size_t df_cap, size_t text_cap, double thr, struct groups *g)
{
    double *tot = xcalloc(nc, sizeof *tot), *acc = xmalloc(nc * sizeof *acc),
           *cnt = xmalloc(nc * sizeof *cnt);
    uint32_t *shing = xcalloc(nc, sizeof *shing), *ov = xmalloc(nc * sizeof *ov);
    uint32_t *stamp = xcalloc(nc, sizeof *stamp);
    size_t *touch = xmalloc(nc * sizeof *touch);

    for (size_t c = 0; c < nc; c++)
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            size_t df = df_of(pl, ks->kid[k]);
            if (ks->kind[k] == K_SHINGLE)
                shing[c] += df <= text_cap;
            else if (ks->kind[k] != K_NUMBER && df <= df_cap)
                tot[c] += ks->w[k] * pl->idf[ks->kid[k]];
        }
    for (size_t c = 0; c < nc; c++) {
        size_t nt = 0;
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            uint32_t id = ks->kid[k];
            size_t a = pl->off[id], b = pl->off[id + 1];
            int text = ks->kind[k] == K_SHINGLE;
            if (b - a < 2 || b - a > (text ? text_cap : df_cap))
                continue;
            for (size_t q = a; q < b; q++) {
                size_t o = pl->post[q];
                if (o <= c)
                    continue;
                if (stamp[o] != c + 1) {
                    stamp[o] = (uint32_t)(c + 1);
                    acc[o] = cnt[o] = 0;
                    ov[o] = 0;
                    touch[nt++] = o;
                }
                if (text) {
                    ov[o]++;
                    continue;
                }
                acc[o] += (ks->w[k] < pl->w[q] ? ks->w[k] : pl->w[q]) * pl->idf[id];
                cnt[o] += ks->kind[k] == K_HALF || pl->kind[q] == K_HALF ? 0.5 : 1;
            }
        }
        for (size_t q = 0; q < nt; q++) {
            size_t o = touch[q];
            double ds = shing[c] < shing[o] ? shing[c] : shing[o];
            double text = ov[o] / (ds > SHINGLE_FLOOR ? ds : SHINGLE_FLOOR), ent = 0;
            if (cnt[o] >= ENTITY_MIN_SHARED) {
                double de = tot[c] < tot[o] ? tot[c] : tot[o];
                ent = acc[o] / (de > ENTITY_FLOOR ? de : ENTITY_FLOOR);
                if (ent > 1)
                    ent = 1; /* shared figures are not in the totals */
            }
            if (text >= thr || ent >= thr)
                uf_union(g->parent, g->rank, g->pin, c, o);
        }
    }
    free(tot);
    free(acc);
    free(cnt);
    free(shing);
    free(ov);
    free(stamp);
    free(touch);
}

static char *lede_of(const struct digest_post *p)
{
    char *l = NULL;

    if (p->body && *p->body && lede_extract(p->body, strlen(p->body), p->lang, &l) == 0 && l && *l)
        return l;
    free(l);
    return xstrdup(""); /* no body, no lede: the title is shown already */
}

/* Step 4: one story per group, scored, with its representative. members
 * receives the posts (indices into posts) story by story. */
static struct story *make_stories(const struct digest_post *posts, const size_t *cand, size_t nc,
                                  struct groups *g, const struct digest_weights *w, int64_t start,
                                  int64_t end, int64_t audience, size_t *members, size_t *nstories)
{
    size_t *sid = xmalloc(nc * sizeof *sid), *root_story = xmalloc(nc * sizeof *root_story);
    size_t nst = 0;

    for (size_t c = 0; c < nc; c++)
        root_story[c] = SIZE_MAX;
    for (size_t c = 0; c < nc; c++) {
        size_t r = uf_find(g->parent, c);
        if (root_story[r] == SIZE_MAX)
            root_story[r] = nst++;
        sid[c] = root_story[r];
    }
    free(root_story);
    struct story *st = xcalloc(nst, sizeof *st);
    for (size_t c = 0; c < nc; c++)
        st[sid[c]].count++;
    for (size_t s = 0, at = 0; s < nst; s++) {
        st[s].first = at;
        at += st[s].count;
        st[s].count = 0;
    }
    for (size_t c = 0; c < nc; c++) {
        struct story *x = &st[sid[c]];
        members[x->first + x->count++] = cand[c];
    }
    free(sid);

    uint64_t *hosts = xmalloc(nc * sizeof *hosts);
    for (size_t s = 0; s < nst; s++) {
        struct story *x = &st[s];
        int imp = 0;
        double views = 0, best = 0;
        int64_t newest = INT64_MIN;
        size_t rep = members[x->first];
        for (size_t m = 0; m < x->count; m++) {
            const struct digest_post *p = &posts[members[x->first + m]];
            const struct digest_post *r = &posts[rep];
            int pi = clamp_importance(p->importance), ri = clamp_importance(r->importance);
            double pv = p->views > 0 ? (double)p->views : 0;
            if (pi > imp)
                imp = pi;
            views += pv;
            if (p->published_at > newest)
                newest = p->published_at;
            hosts[m] = host_hash(p->source_url);
            double own = w->importance * pi / 3.0 + w->engagement * engagement_of(pv, audience) +
                         w->freshness * freshness_of(p->published_at, start, end);
            int better;
            if (m == 0)
                better = 1;
            else if (!p->pinned != !r->pinned)
                better = p->pinned != 0;
            else if (own != best)
                better = own > best;
            else if (pi != ri)
                better = pi > ri;
            else if (p->published_at != r->published_at)
                better = p->published_at > r->published_at;
            else
                better = p->seq > r->seq;
            if (better) {
                rep = members[x->first + m];
                best = own;
            }
        }
        qsort(hosts, x->count, sizeof *hosts, u64_cmp);
        size_t sources = 0;
        for (size_t m = 0; m < x->count; m++)
            sources += m == 0 || hosts[m] != hosts[m - 1];
        double spread = (double)(x->count - 1) + 2.0 * (double)(sources - 1);
        x->rep = rep;
        x->sources = sources;
        x->pinned = posts[rep].pinned != 0;
        x->rep_time = posts[rep].published_at;
        x->rep_seq = posts[rep].seq;
        x->parts[0] = w->importance * imp / 3.0;
        x->parts[1] = w->engagement * engagement_of(views, audience);
        x->parts[2] = w->coverage * clamp01(log1p(spread) / log1p(COVERAGE_SAT));
        x->parts[3] = w->freshness * freshness_of(newest, start, end);
        x->score = x->parts[0] + x->parts[1] + x->parts[2] + x->parts[3];
    }
    free(hosts);
    *nstories = nst;
    return st;
}

int digest_select(const struct digest_post *posts, size_t n, const struct digest_weights *wp,
                  int64_t window_start_ms, int64_t window_end_ms, int64_t audience,
                  struct digest_item **items, size_t *nitems)
{
    struct digest_weights w;
    int rc;

    if ((!posts && n) || !items || !nitems || window_end_ms < window_start_ms)
        return -EINVAL;
    if (n > DIGEST_MAX_POSTS)
        return -E2BIG;
    if (wp)
        w = *wp;
    else
        digest_weights_default(&w);
    if (!weight_ok(w.importance) || !weight_ok(w.engagement) || !weight_ok(w.coverage) ||
        !weight_ok(w.freshness) || !(w.group_threshold > 0))
        return -EINVAL;
    pthread_once(&tables_once, tables_init);

    /* Candidates: everything not excluded. */
    size_t *cand = xmalloc((n ? n : 1) * sizeof *cand), nc = 0;
    for (size_t i = 0; i < n; i++)
        if (!posts[i].excluded)
            cand[nc++] = i;
    if (nc == 0) {
        free(cand);
        *items = NULL;
        *nitems = 0;
        return 0;
    }

    /* 1-3. Keys, index, grouping. */
    struct keyset ks;
    struct postings pl;
    struct groups g;
    rc = read_posts(posts, cand, nc, &ks);
    if (rc < 0) {
        keyset_free(&ks);
        free(cand);
        return rc;
    }
    build_index(&ks, nc, &pl);
    size_t df_cap = nc / 4 > DF_CAP_MAX ? DF_CAP_MAX : nc / 4 < DF_CAP_MIN ? DF_CAP_MIN : nc / 4;
    g.parent = xmalloc(nc * sizeof *g.parent);
    g.rank = xcalloc(nc, 1);
    g.pin = xcalloc(nc, 1);
    for (size_t c = 0; c < nc; c++) {
        g.parent[c] = c;
        g.pin[c] = posts[cand[c]].pinned != 0;
    }
    group_posts(&ks, &pl, nc, df_cap, df_cap < TEXT_DF_CAP ? df_cap : TEXT_DF_CAP,
                w.group_threshold, &g);
    keyset_free(&ks);
    postings_free(&pl);

    /* 4. Stories. */
    size_t *members = xmalloc(nc * sizeof *members), nst;
    struct story *st = make_stories(posts, cand, nc, &g, &w, window_start_ms, window_end_ms,
                                    audience, members, &nst);
    free(g.parent);
    free(g.rank);
    free(g.pin);
    free(cand);

    /* 5. Rank and choose: pins first, then the best under K and the tag cap. */
    qsort(st, nst, sizeof *st, story_cmp);
    uint8_t *chosen = xcalloc(nst, 1);
    struct tagcount *tc = NULL;
    size_t ntc = 0, captc = 0, nchosen = 0;
    for (size_t s = 0; s < nst; s++)
        if (st[s].pinned) {
            chosen[s] = 1;
            nchosen++;
            tags_take(&posts[st[s].rep], &tc, &ntc, &captc);
        }
    for (size_t s = 0; s < nst && nchosen < w.max_items; s++) {
        if (chosen[s] || !tags_fit(&posts[st[s].rep], tc, ntc, w.tag_cap))
            continue;
        chosen[s] = 1;
        nchosen++;
        tags_take(&posts[st[s].rep], &tc, &ntc, &captc);
    }
    free(tc);

    /* 6. Items, in score order. */
    struct digest_item *out = nchosen ? xcalloc(nchosen, sizeof *out) : NULL;
    size_t no = 0;
    for (size_t s = 0; s < nst; s++) {
        if (!chosen[s])
            continue;
        const struct story *x = &st[s];
        const struct digest_post *r = &posts[x->rep];
        struct digest_item *it = &out[no++];
        it->post_id = r->id;
        it->seq = r->seq;
        it->title = xstrdup(r->title ? r->title : "");
        it->lede = lede_of(r);
        it->importance = x->parts[0];
        it->engagement = x->parts[1];
        it->coverage = x->parts[2];
        it->freshness = x->parts[3];
        it->score = x->score;
        it->pinned = x->pinned;
        it->posts = x->count;
        it->sources = x->sources;
        it->nmerged = x->count - 1;
        if (it->nmerged) {
            it->merged = xmalloc(it->nmerged * sizeof *it->merged);
            size_t k = 0;
            for (size_t m = 0; m < x->count; m++)
                if (members[x->first + m] != x->rep)
                    it->merged[k++] = posts[members[x->first + m]].seq;
            qsort(it->merged, it->nmerged, sizeof *it->merged, i64_cmp);
        }
    }
    free(chosen);
    free(members);
    free(st);
    *items = out;
    *nitems = no;
    return 0;
}

void digest_items_free(struct digest_item *items, size_t n)
{
    if (!items)
        return;
    for (size_t i = 0; i < n; i++) {
        free(items[i].title);
        free(items[i].lede);
        free(items[i].merged);
    }
    free(items);
}
