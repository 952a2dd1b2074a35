/*
 * digest_maps: the key maps made once from word lists, each word read
 * through the same path as a post's words (digest_word_key(): stop lists,
 * synonyms, Snowball stem in its own language): the lexicon's map from a
 * word to its French counterpart (digest_lexicon.c has the words and the
 * map, filled from here), the
 * French compound nouns, the facilities' common nouns, and the bridges of
 * Debian's FreeDict pairs.
 */
#include "digest_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ the phrases */

/* French compound nouns of two content words, joined by "de", "d'" or "à"
 * or side by side (noms composés): one thing, which neither word says
 * alone. "Files d'attente" are queues, at petrol stations or at a phone
 * company's shops, not two words the two stories share; "garde à vue" is
 * custody; a "centre hospitalier" is a hospital, not a town's centre. Each
 * is one word key, read where its words stand in that order. */
static const char *const phrase_words[][2] = {
    {"file", "attente"},     {"salle", "attente"},      {"liste", "attente"},
    {"garde", "vue"},        {"chemin", "fer"},         {"pomme", "terre"},
    {"hôtel", "ville"},      {"conférence", "presse"},  {"projet", "loi"},
    {"taux", "intérêt"},     {"état", "urgence"},       {"prise", "otages"},
    {"mandat", "arrêt"},     {"permis", "conduire"},    {"arrêt", "travail"},
    {"maison", "retraite"},  {"centre", "hospitalier"}, {"centre", "commercial"},
    {"sécurité", "sociale"}, {"casier", "judiciaire"},
};
#define NPHRASES (sizeof phrase_words / sizeof phrase_words[0])
#define PHRASE_SLOTS 128 /* a power of two, more than twice the phrases */

/* head key, tail key -> the phrase's key; head 0 = empty */
static uint64_t phrase_head[PHRASE_SLOTS], phrase_tail[PHRASE_SLOTS], phrase_key[PHRASE_SLOTS];

static size_t phrase_slot(uint64_t head)
{
    size_t j = (size_t)mix64(head) & (PHRASE_SLOTS - 1);

    while (phrase_head[j] && phrase_head[j] != head)
        j = (j + 1) & (PHRASE_SLOTS - 1);
    return j;
}

int digest_phrase_head(uint64_t head)
{
    return head && phrase_head[phrase_slot(head)] == head;
}

uint64_t digest_phrase(uint64_t head, uint64_t tail)
{
    for (size_t j = (size_t)mix64(head) & (PHRASE_SLOTS - 1); phrase_head[j];
         j = (j + 1) & (PHRASE_SLOTS - 1))
        if (phrase_head[j] == head && phrase_tail[j] == tail)
            return phrase_key[j];
    return 0;
}

/* ---------------------------------------------------------- the facilities */

/* The facilities' common nouns, in French and in English: the kind of a
 * place, which a story names with its town or its own name ("l'hôpital
 * Dr-Bhujun de Quatre-Bornes", "the Kingston container terminal", "Waikiki
 * hotels"). Two stories at one place share them with its name. Not a
 * prison: "quinze ans de prison" is a sentence, not a place. An airport's
 * runway ("la piste de Grand-Case") is the airport again, as a port's
 * berths are the port: a runway excursion and the runway's extension
 * share the airport, not what happened (day 88, seventy-first round). A
 * town's hall too, in English ("City Hall", "Town Hall"): the town's
 * rallies, marches, votes and strikes all happen on its steps (day 99's
 * strikers' rally and the march on a data centre's water deal, one
 * evening, eighty-fifth round). A British hospital's other name too,
 * "infirmary" ("Doncaster Royal Infirmary", "the Sheffield Northern
 * Infirmary"): day 110's motorway crash's injured and the norovirus that
 * closed six of its wards met through its name alone (hundred-and-second
 * round). */
static const char *const facility_fr[] = {
    "hôpital", "clinique", "port",     "gare",  "aéroport",   "marché", "école",
    "lycée",   "hôtel",    "terminal", "stade", "université", "piste",
};
static const char *const facility_en[] = {
    "hospital", "clinic", "port",     "harbour", "harbor",     "station", "airport",   "market",
    "school",   "hotel",  "terminal", "stadium", "university", "hall",    "infirmary",
};
/* A port's berths, in English: the port again, a facility's word and,
 * as a name's last word, a facility's name ("Macquarie Wharf", "Bellerive
 * Quay", "Brooke Street Pier"). Ships of two stories tie up at one wharf
 * (day 77's stranded polar ship and the longliner held "a few berths
 * from" it), as two stories happen at one hospital. */
static const char *const berth_en[] = {"wharf", "quay", "pier", "jetty"};
/* The toll's words, in French and in English: a casualty verb or noun
 * and the generic count of people ("kills", "died", "injured", "people",
 * "others"; "tués", "morts", "blessés", "personnes", "autres"). Every
 * deadly story of a day writes them, whatever happened: two posts that
 * share them share how many, not what. */
static const char *const toll_fr[] = {
    "tuer",     "tué",     "tués",    "tuée",     "tuées",    "mort",      "morts",   "morte",
    "mortes",   "mourir",  "décès",   "décédé",   "décédés",  "blessé",    "blessés", "blessée",
    "blessées", "blesser", "victime", "victimes", "personne", "personnes", "autres",  "bilan",
};
static const char *const toll_en[] = {
    "kill",   "kills",    "killed",  "killing", "die",     "dies",    "died",
    "dead",   "death",    "deaths",  "injure",  "injures", "injured", "injuring",
    "injury", "injuries", "wounded", "hurt",    "victim",  "victims", "casualties",
    "people", "person",   "others",  "toll",
};
/* The count's qualifier, a toll's word too: "au moins onze morts", "kills
 * at least four". The first report of every toll writes it, whatever
 * happened (eval/README.md, forty-third round). */
static const char *const toll_at_least[][2] = {{"fr", "moins"}, {"en", "least"}};
/* The facilities' common nouns as a name's word, folded: the last word of
 * "Lagos State University Teaching Hospital", the first of "Centre
 * hospitalier de la Polynésie française", "Hôpital du Taaone". Entity keys
 * (entity_hash()), in the same table: their namespace is not the words'. A
 * centre too, here only: "centre hospitalier", "health centre", never a
 * word of what happened. */
static const char *const facility_name[] = {
    "hospital",   "hopital", "clinic",  "clinique",  "port",    "harbour", "harbor",
    "station",    "gare",    "airport", "aeroport",  "market",  "marche",  "school",
    "ecole",      "lycee",   "hotel",   "terminal",  "stadium", "stade",   "university",
    "universite", "centre",  "center",  "infirmary",
};
#define NFACILITIES                                                                                \
    (sizeof facility_fr / sizeof *facility_fr + sizeof facility_en / sizeof *facility_en +         \
     sizeof toll_fr / sizeof *toll_fr + sizeof toll_en / sizeof *toll_en +                         \
     sizeof toll_at_least / sizeof *toll_at_least + sizeof facility_name / sizeof *facility_name + \
     2 * sizeof berth_en / sizeof *berth_en)
#define FACILITY_SLOTS 256 /* a power of two, more than twice the words */

static uint64_t facility_key[FACILITY_SLOTS]; /* 0 = empty */
/* The words that say where or how many, never what happened, sorted
 * (digest_noevent_word()): the countries of digest_country_alike() read as
 * words, both languages' keys, a round count's words, a capital's and a
 * kind of place's. */
#define NOEVENT_WORDS 192
static uint64_t noevent_word[NOEVENT_WORDS];
static size_t nnoevent_words;
/* A round count: "des centaines de pêcheurs", "plusieurs centaines de
 * maisons", "hundreds of homes". Every crowd and every evacuation gives
 * one, as every deadly story gives its toll. */
static const char *const count_fr[] = {"dizaine", "dizaines", "centaine", "centaines",
                                       "millier", "milliers", "plusieurs"};
static const char *const count_en[] = {"dozens", "hundreds", "thousands", "several"};
/* A kind of place that a name is, in the copy of every story that happens
 * there: « la province du Lac », « les îles du lac », « la région de
 * Tahoua », "Kalangala District". Where, never what happened (eval/README.md,
 * ninety-second round). */
static const char *const where_fr[] = {"île", "îles", "province", "région", "district"};
static const char *const where_en[] = {"island", "islands", "province", "region", "district"};
/* 1 a facility's word, 2 the toll's, 3 a facility's word in a name */
static uint8_t facility_kind[FACILITY_SLOTS];

static void facility_put(uint64_t k, uint8_t kind)
{
    if (!k)
        return;
    size_t j = (size_t)mix64(k) & (FACILITY_SLOTS - 1);
    while (facility_key[j] && facility_key[j] != k)
        j = (j + 1) & (FACILITY_SLOTS - 1);
    if (!facility_key[j]) /* a word of both tables stays a facility's */
        facility_kind[j] = kind;
    facility_key[j] = k;
}

static int facility_of(uint64_t key)
{
    for (size_t j = (size_t)mix64(key) & (FACILITY_SLOTS - 1); facility_key[j];
         j = (j + 1) & (FACILITY_SLOTS - 1))
        if (facility_key[j] == key)
            return facility_kind[j];
    return 0;
}

int digest_facility(uint64_t key)
{
    return facility_of(key) == 1;
}

int digest_toll_word(uint64_t key)
{
    return facility_of(key) == 2;
}

int digest_facility_name(uint64_t h)
{
    return facility_of(h) == 3;
}

int digest_noevent_word(uint64_t key)
{
    return bsearch(&key, noevent_word, nnoevent_words, sizeof key, digest_u64_cmp) != NULL;
}

static void noevent_put(uint64_t key)
{
    if (key && nnoevent_words < NOEVENT_WORDS)
        noevent_word[nnoevent_words++] = key;
}

/* ------------------------------------------------------------ the bridges */

/* English word key -> its French translations' keys, from the FreeDict
 * pairs. A slot whose word has more than DIGEST_BRIDGES translations is
 * kept with n = DIGEST_BRIDGES + 1, so that a later pair cannot refill it. */
#define BRIDGE_SLOTS 32768 /* a power of two, more than twice the English words */

struct bridge_slot {
    uint64_t from; /* 0 = empty */
    uint64_t to[DIGEST_BRIDGES];
    uint8_t n;
};

static struct bridge_slot bridge_tab[BRIDGE_SLOTS];
static size_t bridge_used;

static struct bridge_slot *bridge_slot(uint64_t from, int create)
{
    size_t j = (size_t)mix64(from) & (BRIDGE_SLOTS - 1);

    while (bridge_tab[j].from && bridge_tab[j].from != from)
        j = (j + 1) & (BRIDGE_SLOTS - 1);
    if (!bridge_tab[j].from) {
        if (!create || 2 * (bridge_used + 1) > BRIDGE_SLOTS)
            return NULL;
        bridge_tab[j].from = from;
        bridge_used++;
    }
    return &bridge_tab[j];
}

size_t digest_bridges(uint64_t key, uint64_t *out)
{
    const struct bridge_slot *b = bridge_slot(key, 0);

    if (!b || b->n > DIGEST_BRIDGES)
        return 0;
    memcpy(out, b->to, b->n * sizeof *out);
    return b->n;
}

/* The key a post in lang would give word w (lower case, with accents). */
static uint64_t key_of(struct digest_stems *st, const char *lang, const char *w)
{
    char folded[64];
    size_t n = strlen(w);

    if (n * 2 > sizeof folded)
        return 0;
    return digest_word_key(st, lang, w, n, folded, digest_fold_latin1(w, n, folded));
}

/* A pair as a bridge. An English word is read unmapped: one the lexicon
 * pairs already meets its French word and needs no bridge. A pair whose two
 * words have one key (the same stem) needs none either. */
static void bridge_add(struct digest_stems *st, const char *fr, const char *en)
{
    uint64_t raw = digest_word_key_unmapped(st, "en", en);
    uint64_t fk = key_of(st, "fr", fr);
    if (!raw || !fk || raw == fk || digest_lexicon_map(raw) != raw)
        return;
    struct bridge_slot *b = bridge_slot(raw, 1);
    if (!b || b->n > DIGEST_BRIDGES)
        return;
    size_t k = 0;
    while (k < b->n && b->to[k] != fk)
        k++;
    if (k < b->n)
        return;
    if (b->n < DIGEST_BRIDGES)
        b->to[b->n] = fk;
    b->n++;
}

/* The regional English words of a kind of event that the desks of one
 * country write for the word every other desk uses, and that FreeDict
 * lacks: Australia's "bushfire", America's "brushfire", South Africa's
 * "veldfire" are the wildfire that the French service writes « incendie »
 * or « feu de forêt » (day 77's Derwent Valley fire). A bridge, not a
 * synonym: within English the word keeps its own key, so the English
 * posts of two fires meet as before (folded into "fire", day 47's smoke
 * advice met the recycling fire). */
static const char *const regional_pairs[][2] = {
    {"incendie", "bushfire"},   {"incendie", "bushfires"}, {"incendie", "brushfire"},
    {"incendie", "brushfires"}, {"incendie", "veldfire"},  {"incendie", "veldfires"},
};

/* The FreeDict pairs and the regional pairs as bridges. */
static void bridges_init(struct digest_stems *st)
{
    for (size_t i = 0; i < digest_dict_pairs_n; i++)
        bridge_add(st, digest_dict_pairs[i][0], digest_dict_pairs[i][1]);
    for (size_t i = 0; i < sizeof regional_pairs / sizeof *regional_pairs; i++)
        bridge_add(st, regional_pairs[i][0], regional_pairs[i][1]);
}

void digest_lexicon_init(void)
{
    struct digest_stems st;

    digest_stems_init(&st);
    assert(digest_lexicon_n <= DIGEST_LEXICON_GROUPS);
    for (size_t g = 0; g < digest_lexicon_n; g++) {
        const struct digest_lexicon_group *x = &digest_lexicon[g];
        uint64_t to = key_of(&st, "fr", x->fr[0]);
        if (!to)
            continue; /* a stop word: it never meets anything */
        for (size_t k = 1; k < 4 && x->fr[k]; k++) {
            uint64_t from = key_of(&st, "fr", x->fr[k]);
            if (from && from != to)
                digest_lexicon_put(from, to);
        }
        for (size_t k = 0; k < 4 && x->en[k]; k++) {
            uint64_t from = key_of(&st, "en", x->en[k]);
            if (from && from != to)
                digest_lexicon_put(from, to);
        }
    }
    /* The loop above cached each word with the key it had while the map
     * was being filled (« attaque » as its own stem, before its line): a
     * fresh cache, so that the tables below key each word as a post's
     * word, through the whole map. */
    digest_stems_free(&st);
    digest_stems_init(&st);
    _Static_assert(NPHRASES * 2 <= PHRASE_SLOTS, "at most half full");
    for (size_t i = 0; i < NPHRASES; i++) {
        uint64_t head = key_of(&st, "fr", phrase_words[i][0]);
        uint64_t tail = key_of(&st, "fr", phrase_words[i][1]);
        if (!head || !tail)
            continue;
        size_t j = (size_t)mix64(head) & (PHRASE_SLOTS - 1);
        while (phrase_head[j] && !(phrase_head[j] == head && phrase_tail[j] == tail))
            j = (j + 1) & (PHRASE_SLOTS - 1);
        phrase_head[j] = head;
        phrase_tail[j] = tail;
        phrase_key[j] = mix64(head ^ mix64(tail)) | 1;
    }
    _Static_assert(NFACILITIES * 2 <= FACILITY_SLOTS, "at most half full");
    for (size_t i = 0; i < sizeof facility_fr / sizeof *facility_fr; i++)
        facility_put(key_of(&st, "fr", facility_fr[i]), 1);
    for (size_t i = 0; i < sizeof facility_en / sizeof *facility_en; i++)
        facility_put(key_of(&st, "en", facility_en[i]), 1);
    for (size_t i = 0; i < sizeof toll_fr / sizeof *toll_fr; i++)
        facility_put(key_of(&st, "fr", toll_fr[i]), 2);
    for (size_t i = 0; i < sizeof toll_en / sizeof *toll_en; i++)
        facility_put(key_of(&st, "en", toll_en[i]), 2);
    for (size_t i = 0; i < sizeof toll_at_least / sizeof *toll_at_least; i++)
        facility_put(key_of(&st, toll_at_least[i][0], toll_at_least[i][1]), 2);
    for (size_t i = 0; i < sizeof facility_name / sizeof *facility_name; i++)
        facility_put(entity_hash(facility_name[i], strlen(facility_name[i])), 3);
    for (size_t i = 0; i < sizeof berth_en / sizeof *berth_en; i++) {
        facility_put(key_of(&st, "en", berth_en[i]), 1);
        facility_put(entity_hash(berth_en[i], strlen(berth_en[i])), 3);
    }
    digest_events_init(&st, key_of);
    digest_court_init(&st, key_of);
    digest_foreign_init(&st, key_of);
    /* A country of one word read as a word, and a count (digest_noevent_word()). */
    nnoevent_words = 0;
    for (size_t i = 0; digest_country_alike(i); i++) {
        const char *c = digest_country_alike(i);
        if (strchr(c, ' '))
            continue;
        noevent_put(key_of(&st, "fr", c));
        noevent_put(key_of(&st, "en", c));
    }
    for (size_t i = 0; i < sizeof count_fr / sizeof *count_fr; i++)
        noevent_put(key_of(&st, "fr", count_fr[i]));
    for (size_t i = 0; i < sizeof count_en / sizeof *count_en; i++)
        noevent_put(key_of(&st, "en", count_en[i]));
    /* A capital named by its role ("the Solomon Islands capital", « la
     * capitale malienne »): where, never what happened (digest_place.c). */
    noevent_put(key_of(&st, "en", "capital"));
    noevent_put(key_of(&st, "fr", "capitale"));
    for (size_t i = 0; i < sizeof where_fr / sizeof *where_fr; i++)
        noevent_put(key_of(&st, "fr", where_fr[i]));
    for (size_t i = 0; i < sizeof where_en / sizeof *where_en; i++)
        noevent_put(key_of(&st, "en", where_en[i]));
    qsort(noevent_word, nnoevent_words, sizeof *noevent_word, digest_u64_cmp);
    bridges_init(&st);
    digest_stems_free(&st);
}
