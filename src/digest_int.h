/*
 * digest_int: what the files of the digest module share, and nothing else
 * includes (tests/unit/test_digest.c and test_digest_group.c excepted, to
 * reach the folding table, the scanner and the word keys). The module is
 * one pipeline, one file per step:
 *
 *   digest_words.c  the FR/EN word lists, alias and synonym tables, built
 *                   once into a hash table of word flags; the stemmers;
 *   digest_lexicon.c  news words paired across French and English;
 *   digest_maps.c   the key maps made of word lists: the lexicon's, the
 *                   compound nouns, the facilities, FreeDict's bridges;
 *   digest_text.c   the text of a post to compare: title and the cleaned
 *                   start of the body (credits, links, footers removed);
 *   digest_scan.c   words, split and folded exactly as lede_normalize();
 *   digest_keys.c   words to weighted keys: names, figures, stems;
 *   digest_group.c  the edges (pairs that share enough: the index
 *                   digest_index.c, threads digest_rows.c) and weights;
 *   digest_rubric.c a title's rubric, the subject it opens on;
 *   digest_aside.c  a clause that dates a post's event by another;
 *   digest_link.c   the stories of the edges (average linkage);
 *   digest_twins.c  the pairs of stories that are one story split in two;
 *   digest_why.c    why the merged posts of a chosen story are in it;
 *   digest.c        scoring, ranking, pins, K and the tag cap: the API.
 *
 * Each file includes only this header (and public ones); this header
 * includes no private one, so there is no include circle.
 */
#ifndef CRIER_DIGEST_INT_H
#define CRIER_DIGEST_INT_H

#include <stddef.h>
#include <stdint.h>

#include <unicode/utf8.h>

#include "buf.h"
#include "digest.h"

#define TITLE_BYTES 512 /* title bytes read for grouping */

/* Builds the read-only tables once (pthread_once); any thread. */
void digest_tables_init(void);

/* ---------------------------------------------------------------- hashing */

#define FNV_OFFSET 1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL

static inline uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;

    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= FNV_PRIME;
    }
    return h;
}

static inline uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/* Hash of one folded word. */
static inline uint64_t word_hash(const char *s, size_t n)
{
    return fnv(FNV_OFFSET, s, n);
}

/* Entity keys live in their own namespace: "E\0" + the folded name. */
static inline uint64_t entity_seed(void)
{
    return fnv(FNV_OFFSET, "E", 2);
}

/* Adds a name's folded bytes to h with the German transliterations of the
 * umlauts folded as the umlauts are: "Goesslingen" = "Gösslingen" (folded
 * "gosslingen"), "Mueller" = "Müller". English copy writes the one, French
 * and German copy the other. */
static inline uint64_t name_fnv(uint64_t h, const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!(w[i] == 'e' && i > 0 && (w[i - 1] == 'o' || w[i - 1] == 'u' || w[i - 1] == 'a')))
            h = fnv(h, w + i, 1);
    return h;
}

static inline uint64_t entity_hash(const char *s, size_t n)
{
    return name_fnv(entity_seed(), s, n);
}

/* ---------------------------------------------------- digest_words.c */

enum {
    WF_STOP = 1,  /* function word: never a content word */
    WF_NOENT = 2, /* capitalised, but never a name (and it breaks a name run) */
    WF_HONOR = 4, /* abbreviation: the '.' after it does not end a sentence */
    WF_MONTH = 8, /* month name, for "26 novembre" dates */
    WF_CONN = 16, /* lower-case particle inside a name: "Banque de France" */
    WF_TIME = 32, /* "13 heures": a clock time, not a figure */
    WF_E3 = 64,   /* magnitudes: "2 millions" = "2 million", "40bn" = "40 milliards" */
    WF_E6 = 128,
    WF_E9 = 256,
    WF_E12 = 512,
    WF_WEAK = 1024, /* carries no story for the word similarity (auxiliaries, elisions) */
};

struct word_slot {
    uint64_t h;
    unsigned flags;
    int alias; /* first alias starting with this word, or -1 */
    int used;
};

#define WORD_SLOTS 2048 /* a power of two, more than the words of the lists */
#define WORD_BITS 8192

/* Built by digest_words_init(), read-only afterwards. */
extern struct word_slot digest_word_table[WORD_SLOTS];
/* A bitmap of the table's words, so that most words skip the probe. */
extern uint64_t digest_word_bits[WORD_BITS / 64];

void digest_words_init(void);

/* The flags of a folded word's hash, or NULL when it is in no list. Inline:
 * it runs for every word of every post. */
static inline const struct word_slot *word_lookup(uint64_t h)
{
    size_t b = (size_t)(h ^ (h >> 29)) & (WORD_BITS - 1);

    if (!(digest_word_bits[b / 64] & (1ULL << (b % 64))))
        return NULL;
    for (size_t i = (size_t)mix64(h) & (WORD_SLOTS - 1);; i = (i + 1) & (WORD_SLOTS - 1)) {
        const struct word_slot *s = &digest_word_table[i];
        if (!s->used)
            return NULL;
        if (s->h == h)
            return s;
    }
}

struct scratch;

/* Matches an alias at token i of sc; returns the words it covers (0: none)
 * and its canonical entity key in *canon. */
size_t digest_alias_at(const struct scratch *sc, size_t i, uint64_t *canon);

/* Whether h is the canonical entity key of an alias ("australia" of
 * "Australie"): the name written the way the table maps the others to is
 * the same world's name (K_ALIAS), not a story's. */
/* Whether h is the canonical name of a town of the alias table (Bagdad =
 * Baghdad), not a country, a region or an organisation. */
int digest_alias_town(uint64_t h);
int digest_alias_canon(uint64_t h);
/* Whether a name's key is a country's or the alias table's (Allemagne). */
int digest_country(uint64_t h);
/* The i-th country whose names fold alike in French and English, or NULL. */
const char *digest_country_alike(size_t i);
/* Whether a word's key (digest_word_key()) says where or how many, never
 * what happened: such a country's, read as a word where a sentence opens on
 * it ("Canada : un feu de forêt menace ..."), a round count's ("des
 * centaines"), a capital's, a kind of place's (« province », « île »). */
int digest_noevent_word(uint64_t key);

/* Content words, for the tf-idf similarity. A reader's stemmers (Snowball,
 * French and English, made on first use: a Snowball stemmer is not
 * thread-safe, so each call of digest_select() has its own) and a
 * direct-mapped cache from a folded word to its key, so that each distinct
 * word of a window is looked up, folded and stemmed about once. */
#define STEM_CACHE 65536 /* a power of two: a busy window has 15,000 distinct words a reader */

struct stem_slot {
    uint64_t in, out; /* a word's hash with its language -> its key; in 0 = empty */
};

struct sb_stemmer;

struct digest_stems {
    struct sb_stemmer *fr, *en;
    int fr_failed, en_failed; /* sb_stemmer_new() failed: words go unstemmed */
    const char *lang;         /* the last language seen, and its code */
    int code;
    struct stem_slot *cache; /* STEM_CACHE slots */
};

/* Allocates the cache (1 MiB); the stemmers come on first use. */
void digest_stems_init(struct digest_stems *st);
void digest_stems_free(struct digest_stems *st);

/* The word key of a word in language lang ("fr...", "en..."; other
 * languages are not stemmed), r[0..rn) as written and w[0..n) folded: its
 * Snowball stem (of the word with its accents, which the French stemmer
 * reads, then folded), or the canonical word when it is one of a story's
 * usual synonyms ("casse" = "vol" = "cambriolage"), hashed into its own
 * namespace. 0 for a stop word (elisions "l'", "qu'", "jusqu'" included),
 * a word of under 3 bytes, or one that starts with a digit. */
uint64_t digest_word_key(struct digest_stems *st, const char *lang, const char *r, size_t rn,
                         const char *w, size_t n);

/* The key a post in lang would give word w (lower case, with its
 * accents) before the lexicon maps it (digest_lexicon_map()). */
uint64_t digest_word_key_unmapped(struct digest_stems *st, const char *lang, const char *w);

/* Folds the accents of lower-case UTF-8 Latin text as lede_normalize()
 * does ("é" -> "e", "æ" -> "ae") into o (at least 2n bytes); returns its
 * length. */
size_t digest_fold_latin1(const char *s, size_t n, char *o);

/* -------------------------------------------------- digest_lexicon.c */

/* News words paired across French and English: French words first, then
 * English ones; NULL ends each list. */
struct digest_lexicon_group {
    const char *fr[4];
    const char *en[4];
};

#define DIGEST_LEXICON_GROUPS 512 /* at most, for the map's size */

extern const struct digest_lexicon_group digest_lexicon[];
extern const size_t digest_lexicon_n;

/* Builds the lexicon's key map, the compound nouns', the facilities' and
 * the bridges' tables (digest_maps.c, after digest_words_init()). */
void digest_lexicon_init(void);

/* The key of a word key's French counterpart when the lexicon pairs it,
 * else key itself (digest_lexicon.c). */
uint64_t digest_lexicon_map(uint64_t key);
/* Maps the word key from to to (digest_lexicon_init(), once). */
void digest_lexicon_put(uint64_t from, uint64_t to);

/* Whether a word key opens a French compound noun of the phrase table
 * (digest_maps.c), and the compound's word key for the key of its head
 * and of its last word (0 when they make none). */
int digest_phrase_head(uint64_t head);
uint64_t digest_phrase(uint64_t head, uint64_t tail);

/* Whether a word key is a facility's kind (digest_maps.c): a hospital, a
 * port, a station, a market, a school, a hotel... the common noun of a
 * place that two stories of one town share ("l'hôpital Dr-Bhujun", "the
 * Kingston container terminal"), never what happened there. */
int digest_facility(uint64_t key);

/* Whether a word key is the toll's (digest_maps.c): a casualty verb or
 * noun or the generic count of people ("kills", "injured", "people",
 * "others"; "tués", "blessés", "personnes"), which every deadly story
 * writes. */
int digest_toll_word(uint64_t key);

/* Whether a name's key (K_NAME, K_HALF) is a facility's common noun
 * ("Hospital" of "... Teaching Hospital", "Centre" of "Centre hospitalier
 * de ..."): the place's name, not a name of what happened there. */
int digest_facility_name(uint64_t h);

/* The mark of a facility's acronym h (digest_keys.c), or of a road's number
 * ~h (digest_road.c): a key of its own namespace, which no word or name has. */
static inline uint64_t digest_acronym_mark(uint64_t h)
{
    return mix64(h ^ 0x6661636163726f6eULL) | 1;
}

/* The key of a name h that a post writes in a list of three names or
 * more (digest_keys.c): a namespace of its own, so that it meets the same
 * name listed in another post, not the name written on its own. */
static inline uint64_t digest_list_mark(uint64_t h)
{
    return mix64(h ^ 0x6c69737465646e6dULL) | 1;
}

/* The mark of a word h of a title's rubric, the words before its colon
 * ("Oignon : chute des cours ..."): a key of no weight, of its own
 * namespace (digest_keys.c). */
static inline uint64_t digest_rubric_mark(uint64_t h)
{
    return mix64(h ^ 0x7275627269636d6bULL) | 1;
}

/* The mark of a word h that a post writes only inside an aside
 * (digest_aside.c): a key of no weight, of its own namespace. */
static inline uint64_t digest_aside_mark(uint64_t h)
{
    return mix64(h ^ 0x6173696465776d6bULL) | 1;
}

/* The mark of a word h a post writes only inside a clause of the state
 * its place was already in (digest_aside.c): another namespace. */
static inline uint64_t digest_state_mark(uint64_t h)
{
    return mix64(h ^ 0x7374617465776d6bULL) | 1;
}

/* The mark of a word h that a denial names ("sans lien avec le
 * mouvement social des agents ...": mark_denied(), digest_keys.c): a key
 * of no weight, of its own namespace (digest_denial.c). */
static inline uint64_t digest_denial_mark(uint64_t h)
{
    return mix64(h ^ 0x64656e69616c6d6bULL) | 1;
}

/* The mark of a name h that a post writes only as another event's place
 * (« l'accident de Massaguet »): a key of no weight, of its own namespace
 * (digest_evname.c). */
static inline uint64_t digest_evname_mark(uint64_t h)
{
    return mix64(h ^ 0x65766e616d656d6bULL) | 1;
}

/* The mark of a word h that a post writes inside a hyphenated name
 * ("Rouge" of "Morne-Rouge"): a key of no weight, of its own namespace. */
static inline uint64_t digest_hyphen_mark(uint64_t h)
{
    return mix64(h ^ 0x68797068656e6e6dULL) | 1;
}

/* The French-English pairs of Debian's FreeDict dictionaries (generated at
 * build time by tools/dictpairs): French word, English word. */
extern const char *const digest_dict_pairs[][2];
extern const size_t digest_dict_pairs_n;

#define DIGEST_BRIDGES 3 /* French translations kept per English word at most */

/* The French word keys an English word key translates to (out holds
 * DIGEST_BRIDGES); returns how many, 0 for a word the dictionaries do not
 * pair, that the lexicon already maps, or that has more translations than
 * DIGEST_BRIDGES (too many senses to say which). */
size_t digest_bridges(uint64_t key, uint64_t *out);

/* ----------------------------------------------------- digest_text.c */

void digest_inline_init(void);

/* Builds "title\nbody" for grouping into o; returns where the title ends. */
size_t digest_build_text(const struct digest_post *p, struct buf *o);

/* ----------------------------------------------------- digest_scan.c */

/* The folding table holds this many code points (its blocks, in order). */
#define CT_SIZE (0x250 + 0x1C0 + 0x170 + 0x270 + 0x30)

struct tok {
    uint32_t s, e;   /* raw bytes */
    uint32_t fs, fn; /* folded word, in scratch.fold */
    const char *fw;  /* the folded word, once the scan is done */
    uint64_t h;      /* word_hash of the folded word */
    unsigned wf;     /* word table flags */
    int alias;       /* first alias starting with this word, or -1 */
    uint8_t cap, allcaps, digits, dpre, initial, join, aliasgap, intitle;
    uint8_t named;  /* inside a name key of this post; 2: of an alias-table name */
    uint8_t quoted; /* inside quotation marks */
    uint8_t denied; /* after "no link with", "unrelated to": another story's */
    uint8_t listed; /* a one-word name a schedule lists (digest_mark_listed()) */
    uint8_t aside;  /* in a clause that dates the event by another; 2: a title's state clause */
};

/* Marks aside the words of a clause that dates a post's event by another ("hours
 * after a building collapse killed eight people"), to the clause's end (digest_aside.c). */
void digest_mark_aside(const char *s, struct tok *t, size_t nt);
/* A word's aside mark, by the clause it is written in (digest_state_mark()
 * for a state clause, digest_aside_mark() else). */
uint64_t digest_aside_key(const struct tok *t, uint64_t wk);

/* Marks a stopword each word of a title's service formula ("ce qu'il faut
 * savoir", "what parents need to know"): the template's (digest_formula.c). */
void digest_mark_formula(struct tok *t, size_t nt);

/* Marks quoted the verb of address and the message of a title reporting a remark
 * ("Cadle tells teachers: talk, don't close schools"): the interview's (digest_remark.c). */
void digest_mark_remark(const char *s, struct tok *t, size_t nt);
/* A broadcaster's call letters and frequency, read in raw text s (digest_station.c). */
int digest_station_call(const char *s, const struct tok *t, size_t i, size_t last, size_t nt);
int digest_station_freq(const char *s, const struct tok *t, size_t i, size_t nt, int after_media);

/* How many tokens from t[i] on spell pat's folded words (space-separated), or 0 (digest_kit.c). */
size_t digest_words_at(const struct tok *t, size_t nt, size_t i, const char *pat);

/* Marks listed the one-word names of a post that lists them in two lists
 * of three or more, as a schedule does (digest_scan.c). */
void digest_mark_listed(const char *s, struct tok *t, size_t nt);
/* Marks listed the one-word ends of a service's route ("A route from Port of
 * Spain to Chaguanas", digest_scan.c). */
void digest_mark_route(const char *s, struct tok *t, size_t nt);

/* Whether token k of the copy is a portfolio before "Minister" ("Finance
 * Minister Farai Dube"): a word of the guest's office, read as a word
 * inside a name (digest_portfolio.c). */
int digest_portfolio_word(const struct tok *t, size_t nt, size_t k);

/* Whether token k is an ordinal that counts a running story's days
 * ("troisième jour de grève", "third day"), read as a word inside a name
 * (digest_count.c). */
int digest_count_word(const struct tok *t, size_t nt, size_t k);

/* One reader's working memory, reused from post to post. */
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
    uint32_t *ksrc; /* per key, the raw bytes it was read from: [2k, 2k + 1) */
    size_t nk, capk;
    /* per-post duplicate filter: slot -> key index, valid when the epoch matches */
    uint32_t *seen_epoch, *seen_idx;
    size_t seen_cap;
    uint32_t epoch;
    struct digest_stems stems;
};

void digest_chars_init(void);

/* The code point at index k of the folding table, or -1. */
UChar32 digest_ctab_cp(size_t k);

/* Splits sc->raw into words with their folded forms (sc->t[0..nt)).
 * Returns 0, or -EIO / -ENOMEM from lede_normalize(). */
int digest_scan(struct scratch *sc);

void digest_scratch_free(struct scratch *sc);

/* ----------------------------------------------------- digest_keys.c */

/* Kinds of keys. Names and numbers both count as shared entities, but only
 * names make up a post's entity total: running updates change their
 * figures, so a number missing from one post is no evidence against. */
enum {
    K_SHINGLE = 0,
    K_NAME = 1,
    K_NUMBER = 2,
    K_HALF = 3,    /* last word of a longer name */
    K_WORD = 4,    /* a content word's stem, for the tf-idf cosine */
    K_WORDN = 5,   /* the same, of a word inside a name: it counts half */
    K_WORDQ = 6,   /* the same, of a quoted word: it counts nothing */
    K_MEDIA = 7,   /* a broadcaster's name ("Radio Horizon"): a source, it counts nothing */
    K_ALIAS = 8,   /* a name of the alias table (OTAN = NATO, Bretagne): a name, but one the
                      world's stories share, so never a story's own (digest_anchors()) */
    K_WORDA = 9,   /* the same as K_WORDN, of a word inside such a name: the country again, so
                      never a shared feature of its own */
    K_BRIDGE = 10, /* an English content word's French translation (digest_bridges()): it
                      meets a French post's plain word, never a post of its own language
                      and never another bridge */
};

#define STORY_NAME_MIN 3      /* posts holding a name that make it a story's own */
#define TITLE_KEY_WEIGHT 2.0f /* a name key read from a title weighs this (digest_keys.c) */

/* Every candidate's keys, flat: candidate c owns [off[c], off[c + 1]). */
struct keyset {
    size_t *off;
    uint64_t *h;
    float *w;
    uint8_t *kind;
    uint32_t *kid;  /* key id, once indexed */
    uint16_t *lang; /* candidate c's language: its first two letters, lower case; 0 unknown */
    size_t n, cap;
};

/* A reader's scratch, for digest_post_keys(); free with digest_scratch_free(). */
void digest_scratch_init(struct scratch *sc);

/* Reads one post's keys into sc (keys, kw, kind, ksrc, over sc->raw);
 * digest_keys_of_text() once digest_build_text() has filled sc->raw (title_end
 * its answer). Both return 0 or -EIO. */
int digest_post_keys(struct scratch *sc, const struct digest_post *p);
int digest_keys_of_text(struct scratch *sc, const struct digest_post *p, size_t title_end);

/* Step 1 (digest_read.c): the keys of posts[cand[0..nc)], each post read once
 * per process while digest_memo.c keeps it. Returns 0 or -EIO; free ks. */
int digest_read_posts(const struct digest_post *posts, const size_t *cand, size_t nc,
                      struct keyset *ks);

void digest_keyset_free(struct keyset *ks);

/* ---------------------------------------------------- digest_group.c */

/* The inverted index: key k is held by the posts [off[k], off[k + 1]). */
struct postings {
    size_t nkeys;
    size_t *off;
    uint32_t *post;
    float *w;
    uint8_t *kind;
    double *idf;
    uint8_t *place; /* per key: 1 a facility's word (digest_facility()), 2 the toll's
                       (digest_toll_word()), 4 a country's, 8 a region's: digest_key_place() */
};

/* The stories: a forest over the candidates (roots are stories); pin marks
 * the roots whose story holds a pinned post. */
struct groups {
    size_t *parent;
    uint8_t *pin;
};

/* A pair of posts (a < b) that may tell one story: the cosine of their
 * key vectors, and the weight that the neighbourhoods give it. */
struct digest_edge {
    uint32_t a, b;
    float cos, w;
};

/* A post's neighbour and the edge joining them. */
struct digest_nb {
    uint32_t other, edge;
};

struct digest_edges {
    struct digest_edge *v;
    size_t n, cap;
    /* named[i]: edge v[i]'s two posts share a name or figure of their own
     * (key_own(): no country, no region of the alias table; NULL: none
     * known), digest_attach()'s evidence; bit 1: the two posts' titles
     * meet through the toll alone (digest_pairs()): no link at all; bit 2:
     * they share names alone (EDGE_NAMES_ONLY). */
    uint8_t *named;
    /* Weak links: pairs that missed an edge by one gate only (two shared
     * features instead of two and a half, or a title not met), evidence
     * for digest_attach() but never an edge (their w is 0, WEAK_NAMES_ONLY
     * when they share names alone, or WEAK_RECALLS: digest_recall.h). */
    struct digest_edge *weak;
    size_t nweak, capweak;
    /* After digest_weigh(): post c's neighbours, by post, are
     * nb[off[c] .. off[c + 1]). */
    size_t *off;
    struct digest_nb *nb;
    /* via[c]: for a post that joined its story by the story's centroid
     * (digest_centroid()), the post of it it shares most with, for the
     * explanations; UINT32_MAX (or via NULL): none. */
    uint32_t *via;
};

/* Two posts that share names alone: names, words inside names and a
 * facility's words, no word or figure that says what happened
 * (digest_pairs(); digest_attach()'s anchor). An edge's bit of named[],
 * a weak link's w. */
#define EDGE_NAMES_ONLY 4
/* named[] bit 3: the two posts share no name or figure at all (words only). */
#define EDGE_NO_NAME 8
/* named[] bit: one post writes a name the other holds only as another
 * event's place (digest_evname.c); no link, and no anchor's claim. */
#define EDGE_PASSED 16
#define WEAK_NAMES_ONLY (-1.0f)

/* Step 2: key ids (ks->kid), document frequencies and postings. */
void digest_build_index(struct keyset *ks, size_t nc, struct postings *pl);

void digest_postings_free(struct postings *pl);
/* qsort() and bsearch() order of uint64_t keys (digest_kit.c). */
int digest_u64_cmp(const void *x, const void *y);
/* Whether post o holds key id (postings are in post order; digest_kit.c). */
int digest_holds(const struct postings *pl, uint32_t id, size_t o);
/* Appends n marks of no weight (kind K_WORDQ) to the post being read, each
 * read from the raw bytes [span[2i], span[2i + 1]): the denial's and the
 * recalled event's marks, after the post's keys. */
void digest_push_marks(struct scratch *sc, const uint64_t *mark, const uint32_t *span, size_t n);

/* Step 3: the edges of the posts that share keys held by at most df_cap
 * posts (e, to be freed with digest_edges_free()). */
void digest_pairs(const struct keyset *ks, const struct postings *pl, size_t nc, size_t df_cap,
                  struct digest_edges *e);

/* Step 4: each edge's weight, from its cosine and its posts' neighbours
 * (e->off and e->nb are filled on the way, for the explanations). */
void digest_weigh(struct digest_edges *e, size_t nc);

void digest_edges_free(struct digest_edges *e);

/* ----------------------------------------------------- digest_link.c */

/* Step 5: merges in g (every parent[c] = c on entry) the stories whose
 * average edge weight reaches thr. */
void digest_link(const struct digest_edges *e, size_t nc, double thr, struct groups *g);

/* Step 6: a lone post joins a bigger story when most of the pairs between
 * them are edges or weak links, and they reach at least three of its posts
 * (both of a story of two), or on one link when anchor (NULL: none) names
 * that story, unless titled (NULL: none) says that its title names another
 * story or two; a lone post that two stories claim joins the one that
 * anchors it with ANCHOR_SURE and that its title names; ks (NULL: not
 * read) serves attach_place_only() (digest_attach.c). */
void digest_attach(const struct digest_edges *e, const struct keyset *ks, size_t nc,
                   struct groups *g, const uint32_t *anchor, const uint32_t *titled);
/* Beside a root in anchor[] (digest_anchors()): two of that story's own
 * names or figures anchor the post, not one (no candidate index has the
 * bit: DIGEST_MAX_POSTS is far below it). */
#define ANCHOR_SURE (1u << 31)
/* Step 6's other evidence: anchor[c] is, for a lone post c, the root of the one story whose own
 * name or figure it holds (a name or figure held by df_cap posts at most, by two or more others,
 * all of that story), or UINT32_MAX (none, or two stories' names). filler[c] marks importance 0:
 * filler and rated posts never anchor each other. titled (NULL: not wanted) gets the same of the
 * names in c's title, the alias table's too (a name only one story's posts hold is that story's in
 * the window), and of its title's words that posts of its language hold inside a name, with
 * UINT32_MAX - 1 for two stories' names. anchor[c] also has ANCHOR_SURE when two of the story's own
 * names or figures or more anchor c. */
void digest_anchors(const struct keyset *ks, const struct postings *pl, size_t nc, size_t df_cap,
                    const uint8_t *filler, struct groups *g, uint32_t *anchor, uint32_t *titled);

/* After step 7: a lone post joins the story of three posts or more whose centroid (the sum of its
 * posts' key vectors, each of length 1) its own vector is nearest to, when the cosine is high,
 * clearly above the next story's, and carried by a word of that story's own (not a name, a figure,
 * a facility's word, nor a word other stories hold as much), lower when one[c] (NULL: none) is that
 * story (digest_linked.h); via (NULL: none) gets each joining post's nearest post of the
 * story, else UINT32_MAX (digest_centroid.c). */
void digest_centroid(const struct keyset *ks, const struct postings *pl, size_t nc, size_t df_cap,
                     const uint8_t *filler, struct groups *g, const uint32_t *one, uint32_t *via);
/* digest_centroid() with e's links (NULL: none), then a lone post it moved goes back alone when
 * its title's toll and a title's of the story, one language, tell two events: the later gives
 * fewer dead (digest_deaths.c). */
void digest_centroid_tolled(const struct digest_post *posts, const size_t *cand,
                            const struct keyset *ks, const struct postings *pl, size_t nc,
                            size_t df_cap, const uint8_t *filler, struct groups *g,
                            const struct digest_edges *e, uint32_t *via);

/* Step 7: two stories of two posts or more join when a name or figure (held by df_cap posts at
 * most, never across filler) is held by both and no other story, and edges of weight thr or more
 * join them, reaching every post of the smaller one (one edge is enough when each story holds the
 * name in two posts); a story two others would join stays apart, and so does a story whose titles
 * name it by a name of its own that the other, told in that language too, never holds, unless a
 * name is in titles of both (lang: each candidate's, as ks->lang), and so do two stories that share
 * nothing but what most posts of both hold and what one post of each says (a town's two stories)
 * (digest_link.c). */
/* minor[c]: candidate c is written in a language that fewer than half of
 * the window's candidates are written in (the agencies' other service on
 * a channel; lang as ks->lang). Its words are rare in the window because
 * the language is, not because the story is: two such posts share "shuts"
 * and "closed" with the weight of a rare name (digest_kit.c; read by
 * digest_pairs() and digest_join()). */
void digest_minor_langs(const uint16_t *lang, size_t nc, uint8_t *minor);

void digest_join(const struct digest_edges *e, const struct postings *pl, size_t nc, size_t df_cap,
                 double thr, const uint8_t *filler, const uint16_t *lang, struct groups *g);

/* After digest_join(): two stories of two posts or more, one all in one
 * language and the other with no post in it, join when two edges that
 * weigh or more are between them and the first one's reach no other story:
 * one story and its translation (digest_tongue.c). */
void digest_tongues(const struct digest_edges *e, const uint16_t *lang, size_t nc,
                    struct groups *g);

/* After step 7: the pairs of stories (roots, out[2i] < out[2i + 1], each
 * pair once; *out malloc'ed, NULL when none) that one name of their own
 * (K_NAME, held by STORY_NAME_MIN to df_cap posts, never across filler) is
 * in titles of both and in no third story, two of those titles sharing a
 * plain word too: one story the grouping split, shown once (digest.c). A key some post reads as an
 * alias-table name (a country, an institution) or a broadcaster is no story's own. Also a post
 * of the nc left alone whose every edge of e of full weight goes to one story of two posts or
 * more, linked (edges, weak links) to half of its posts or more. Returns how many; the work is
 * the postings of the keys held by df_cap posts at most, and the links. */
size_t digest_twins(const struct keyset *ks, const struct postings *pl,
                    const struct digest_edges *e, size_t nc, size_t df_cap, const uint8_t *filler,
                    struct groups *g, uint32_t **out);

/* Per post c, the key ids of its title's rubric words that df_cap posts
 * or fewer hold (digest_rubric.c), kid[off[c] .. off[c + 1]). */
struct rubrics {
    size_t *off;
    uint32_t *kid;
    size_t *aoff;   /* per post c, the key ids of its words written only in */
    uint32_t *akid; /* an aside, sorted, akid[aoff[c] .. aoff[c + 1]) */
    size_t *soff;   /* of those, the ones written only in a state clause, */
    uint32_t *skid; /* sorted, skid[soff[c] .. soff[c + 1]) */
    /* per post, the kinds of event its title names (digest_event.c) */
    uint16_t *kinds;
    uint8_t *sites; /* per post, what its fire's title says burned (digest_fire.c) */
};

/* Fills r's aside lists (digest_aside.c). */
void digest_asides(struct rubrics *r, const struct keyset *ks, size_t nc);

/* Whether posts c and o, of one language, are two stories one of which
 * names the other in an aside: every word one of them shares with the
 * other it writes only inside its aside (digest_aside.c). Thin. */
int digest_aside_thin(const struct rubrics *r, const struct keyset *ks, const struct postings *pl,
                      size_t df_cap, size_t c, size_t o);

struct rubrics digest_rubrics(const struct keyset *ks, const struct postings *pl, size_t nc,
                              size_t df_cap);

/* Whether posts c and o, of one language, with cosine cos, tell two subjects: both titles open on
 * a rubric, neither post writes a word of the other's, and they share little else (a cosine under
 * 0.20), no name (named 0, pair_acc's) or one broadcaster. A thin edge (digest_rubric.c). Day 60's
 * "Oignon : chute des cours dans la région de Tahoua" and "Ciment : la production de Malbaza doit
 * doubler d'ici 2029" share the region's name, its kind and "production"; sharing no word of what
 * happened (eventn 0), a rubric's town (half of df_cap posts hold it) or kind of place is none. */
int digest_rubric_thin(const struct rubrics *r, const struct keyset *ks, const struct postings *pl,
                       size_t c, size_t o, double cos, size_t df_cap, unsigned eventn,
                       unsigned named);
void digest_rubrics_free(struct rubrics *r);

/* The event words' keys, each as a post in its language would give it
 * (key_of() of digest_maps.c), for digest_event_kinds(). */
typedef uint64_t (*digest_key_of_fn)(struct digest_stems *st, const char *lang, const char *w);
void digest_events_init(struct digest_stems *st, digest_key_of_fn key_of);

/* The court's and the offices' words' keys (digest_court.c), as digest_events_init(). */
void digest_court_init(struct digest_stems *st, digest_key_of_fn key_of);

/* Whether posts c and o, of one language, share a name (the court's town)
 * and have titles that each give a sentence or the prosecution's step and
 * meet the other post through nothing else: two cases at one court
 * (digest_court.c). Thin. */
int digest_court_apart(const struct keyset *ks, size_t c, size_t o);

/* Whether posts c and o, of one language, share a name (the official's,
 * the territory's) and have titles that each give an office and meet the
 * other post through nothing else: two acts of one authority
 * (digest_court.c). Thin. */
int digest_office_apart(const struct keyset *ks, size_t c, size_t o);

/* The sentence's words' keys (digest_foreign.c; the halves of the formula's words that posts
 * of the minor language share: digest_foreign.h). */
void digest_foreign_init(struct digest_stems *st, digest_key_of_fn key_of);

/* Adds to the post being read, if English, the marks of the words its title
 * writes only inside a lower-case hyphenated compound ("cross" of
 * "cross-border"; digest_compound.c), after its keys (digest_post_keys()). */
void digest_compound_keys(struct scratch *sc, const char *lang);

/* Whether posts c and o, of one language, have a title that meets the other
 * post only through words it writes only inside a compound, which the other
 * writes on its own (digest_compound.c). Thin. */
int digest_compound_apart(const struct keyset *ks, const struct postings *pl, size_t c, size_t o);

/* Adds to the post being read, if English, the marks of the words it
 * writes only right before a facility's word ("container" of "the Kingston
 * container terminal"; digest_modifier.c), and in any language those of a
 * road's number beside a road's word (digest_road_keys(); a road's word,
 * "route", « autoroute »: digest_road_word()), after its keys. */
void digest_modifier_keys(struct scratch *sc, const char *lang);
void digest_road_keys(struct scratch *sc);
int digest_road_word(const struct tok *t);

/* Makes thin and no link the edges, and drops the weak links, of two posts
 * of one language that share a facility's word, no country and fewer than
 * two words of what happened, and whose titles meet the other post only
 * through names, facilities' words and words the other writes only as a
 * facility's modifier, one at least: a place (digest_modifier.c). */
void digest_modifier_apart(const struct keyset *ks, const struct postings *pl, size_t nc,
                           struct digest_edges *e);

/* A key's place bits (postings.place): of a word (word), 1 a facility's
 * (digest_facility()) and 2 the toll's (digest_toll_word()); of a name, 4
 * a country's or its adjective (digest_country(), digest_demonym()), which
 * digest_join() reads as a name of two stories' own only where a title of
 * each holds it (digest_demonym.c). */
uint8_t digest_key_place(uint8_t kind, uint64_t h, int word);

/* Fills r's kinds: per post, the kinds of event its title names. */
void digest_event_kinds(struct rubrics *r, const struct keyset *ks, size_t nc);

/* Whether posts c and o have titles that each name a kind of event and
 * none in common, or each a fire and what burned, two sites: two stories
 * (digest_event.c, digest_fire.c). A thin edge, and no link. */
int digest_event_apart(const struct rubrics *r, size_t c, size_t o);

/* What a fire's title says burned (digest_fire.c): the site words' keys,
 * as digest_events_init(); the sites of a title's word key; whether two
 * titles' sites are two fires' (none in common; a wildfire's land is
 * apart from no site). */
void digest_fire_init(struct digest_stems *st, digest_key_of_fn key_of);
uint8_t digest_fire_site(uint64_t h);
int digest_fire_apart(uint8_t a, uint8_t b);

/* Whether posts c and o, one of which is an explainer (its title opens on
 * the label and holds a name: digest_event.c), share names, as names and
 * tnamed of digest_pairs() say, but not one its title holds: the region its
 * background is set in, and the mechanism's words, not the case it
 * explains. Thin. */
int digest_explainer_thin(const struct rubrics *r, size_t c, size_t o, unsigned names,
                          unsigned tnamed);

/* Whether one of posts c and o holds two words of the other's denial, or
 * one in its title (digest_denial.c): the denied story and the denier. */
int digest_denial_apart(const struct keyset *ks, size_t c, size_t o);

/* Whether the title of one of posts c and o holds DENIAL_TITLE_MET words
 * of the other's denial (digest_denial.c): the denier names that story by
 * its headline, to say it is not its own. */
int digest_denial_titled(const struct keyset *ks, size_t c, size_t o);

/* Marks a post whose title opens a service piece's advice ("What to do
 * if", "How to"), after its keys; two posts of one language, one of them
 * such a piece, that share no name and no figure are an aside's edge
 * (digest_service.c); and a reaction's speaker (digest_speaker_keys()). */
void digest_service_keys(struct scratch *sc, const char *lang);
int digest_service_apart(const struct keyset *ks, size_t c, size_t o);

/* How many keys of c's title (a title's weight; no quoted word, no
 * source's name) o's title holds too, counted up to enough
 * (digest_kit.c; the service and speaker rules ask it). */
int digest_titles_shared(const struct keyset *ks, size_t c, size_t o, int enough);

/* Marks an English title that opens on its speaker and a verb of saying
 * ("Union says"); two posts of one language whose titles open on one
 * speaker and share no other title key are two statements of one speaker
 * (digest_speaker.c, asked by digest_office_apart()). Thin. */
void digest_speaker_keys(struct scratch *sc, const char *lang);
int digest_speaker_apart(const struct keyset *ks, size_t c, size_t o);

/* Adds to the post being read the marks of the words its denial names
 * (digest_denial_mark()), after its keys (digest_post_keys()). */
void digest_denial_keys(struct scratch *sc, const char *lang);

/* EDGE_PASSED when posts c and o, of one language, share no word of what
 * happened (eventn 0), or no country (world 0) and no such word but the
 * toll's and event's nouns of the phrase, and one of them writes a name
 * the other holds only as another event's place (digest_evname.c); else
 * 0. */
int digest_evname_apart(const struct keyset *ks, size_t c, size_t o, unsigned eventn, int world);

/* Drops the anchor (digest_anchors()) of a lone post on the story an edge
 * of EDGE_PASSED joins it to: one of the two names the other's event in
 * passing (digest_evname.c). */
void digest_anchors_apart(const struct digest_edges *e, struct groups *g, uint32_t *anchor);

/* Adds to the post being read the marks of the names it writes only as
 * another event's place (digest_evname_mark()), after its keys. */
void digest_evname_keys(struct scratch *sc, const char *lang);
/* Rekeys the post being read, after its keys: a word an idiom gives another sense ("under
 * water", a ship "calling at" a port; digest_idiom.c). */
void digest_idiom_keys(struct scratch *sc, const char *lang);

/* Whether an edge of two posts whose titles both name the place they share
 * (a facility and its town) is thin: digest_place.c. */
int digest_place_titled(int place, int event, int eventn, int world, int names, int tnamed);

/* Whether posts c and o, that share names (two at most counted), whole
 * features (three at most), a country (world) and nothing that says what
 * happened (what 0), share a country, its city and a word that says only
 * where (digest_noevent_word(): "capital"): a thin edge (digest_place.c). */
int digest_place_capital(const struct keyset *ks, size_t c, size_t o, int names, int whole,
                         int world, int what);

/* --------------------------------------------------- digest_demonym.c */

/* The key flags of a country's English adjective ("Namibian"): a country,
 * no one's own, and its adjective (2 | 128); 0 for any other name. */
int digest_demonym(uint64_t h);
void digest_demonyms_init(void); /* digest_tables_init() */

/* ---------------------------------------------------- digest_deaths.c */

/* The death toll a title gives (a count right next to a word of death:
 * "Two killed", "kills 3", "trois morts"), or -1. */
int digest_title_deaths(const char *title);

/* Makes thin, and no link, each edge of e whose two posts' titles give
 * death tolls, the later one lower: two events (a toll only rises). */
void digest_deaths_apart(const struct digest_post *posts, const size_t *cand, size_t nc,
                         struct digest_edges *e);

/* ---------------------------------------------------- digest_apart.c */

/* Makes thin each edge of e of words alone (EDGE_NO_NAME) whose two posts
 * each have a stronger edge of names to a post the other shares no name
 * with, both posts of one language: two stories met through the kind's words. */
void digest_names_apart(const uint16_t *lang, size_t nc, struct digest_edges *e);

static inline size_t uf_find(size_t *parent, size_t x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

/* ------------------------------------------------------ digest_why.c */

struct digest_why_ctx;

/* What explaining needs: the weighed edges e (borrowed; their neighbour
 * lists), the candidates cand[0..nc) of n posts. Free with
 * digest_why_free(). */
struct digest_why_ctx *digest_why_new(const struct digest_edges *e, const size_t *cand, size_t nc,
                                      size_t n);
void digest_why_free(struct digest_why_ctx *x);

/* Fills it->why for the story of posts members[0..count) (post indices),
 * it->merged already sorted. */
void digest_why_fill(struct digest_why_ctx *x, const struct digest_post *posts,
                     const size_t *members, size_t count, struct digest_item *it);

/* ----------------------------------------------------- digest_host.c */

/* The hash of url's host: one value per outlet (see digest_host.c). */
uint64_t digest_host_hash(const char *url);

#endif
