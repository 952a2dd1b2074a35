/*
 * digest_group: which pairs of posts may tell the same story, and how
 * strongly. An inverted index (digest_index.c) maps each key to the posts
 * holding it, with each key's IDF; each post then accumulates its tf-idf
 * dot product with the later posts sharing its keys that are neither
 * unique nor too common, and keeps as edges the pairs whose cosine is high
 * enough, post by post on two threads (digest_rows.c). Each edge is then
 * weighed by how many neighbours its two posts share (digest.h), and
 * digest_link() makes the stories of the edges.
 */
#include "digest_foreign.h"
#include "digest_int.h"
#include "digest_recall.h"
#include "digest_rows.h"
#include "digest_trace_int.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

/* An edge needs shared features worth this many halves (key_halves()): a
 * post joins a story through several features, never one name, one person
 * or one place; and this cosine. */
#define PAIR_MIN_HALVES 5
#define PAIR_MIN_COS 0.03
/* Below this cosine, one name and one word are a region's, not a story's
 * (pair_thin()). */
#define PAIR_NAME_WORD_COS 0.10
/* Below this cosine, two names, one a country, are the day's place, not a
 * story (digest_pairs()). */
#define PAIR_COUNTRY_COS 0.15
/* Two posts of the window's minor language (digest_minor_langs()) that share no
 * name or figure of their own need three whole features. */
#define MINOR_MIN_HALVES 6
/* A weak link (digest_attach()'s evidence) needs two whole features. */
#define WEAK_MIN_HALVES 4
/* Each post keeps its strongest edges to this many later posts: a story
 * stays connected through its own posts, and the memory is bounded. */
#define PAIR_MAX 32
/* Post indices and key ids are stored in 32 bits. */
_Static_assert(DIGEST_MAX_POSTS < UINT32_MAX, "post indices fit in uint32_t");

static size_t df_of(const struct postings *pl, uint32_t k)
{
    return pl->off[k + 1] - pl->off[k];
}

/* A shared key's part in the shared features, counted in halves: a name,
 * figure or content word counts 2, a longer name's last word and a word
 * inside a name 1 (they are mostly that name again), a quoted word and a
 * broadcaster 0 (every story drawn from one interview quotes it and names
 * its station), and so does a word inside an alias-table name: the
 * country is already counted once as a name, and it is every story's
 * ("Australie" and "requin" made two shark attacks one story). */
static uint32_t key_halves(uint8_t a, uint8_t b)
{
    if (a == K_WORDQ || b == K_WORDQ || a == K_MEDIA || b == K_MEDIA || a == K_WORDA ||
        b == K_WORDA)
        return 0;
    if (a == K_HALF || b == K_HALF || a == K_WORDN || b == K_WORDN)
        return 1;
    return 2;
}

/* Whether a shared key tells what a title is about: not a quoted word, not
 * a broadcaster, and not a name that both titles hold (the guest of an
 * interview both stories quote). */
static int key_topic(uint8_t kind, int in_both_titles)
{
    if (kind == K_WORDQ || kind == K_MEDIA)
        return 0;
    return !(in_both_titles && (kind == K_NAME || kind == K_ALIAS || kind == K_HALF ||
                                kind == K_WORDN || kind == K_WORDA));
}

/* Whether a key is a name or a word of one (not a figure): in two posts of
 * one broadcast interview, the guest and the guest's office ("Anjali
 * Ramdin", "la ministre des Finances"), which every story drawn from the
 * interview names, in its title or its copy. */
static int key_person(uint8_t kind)
{
    return kind == K_NAME || kind == K_HALF || kind == K_ALIAS || kind == K_WORDN ||
           kind == K_WORDA;
}

/* Whether a shared key is a name or figure of the story's own: a name, a longer name's last
 * word, a figure (not a country, a word inside a name, a broadcaster). */
static int key_own(uint8_t a, uint8_t b)
{
    return (a == K_NAME || a == K_HALF || a == K_NUMBER) &&
           (b == K_NAME || b == K_HALF || b == K_NUMBER);
}

/* A translation (K_BRIDGE) meets only a plain key of a post in another
 * language: within a language the word itself is already compared. */
static int bridge_meets(uint8_t a, uint8_t b, uint16_t la, uint16_t lb)
{
    if (a != K_BRIDGE && b != K_BRIDGE)
        return 1;
    return (a == K_BRIDGE) != (b == K_BRIDGE) && la != lb;
}

/* Whether a key names someone or something, or is a figure: what two posts
 * of one story share besides words. */
static int key_named(uint8_t kind)
{
    return kind == K_NAME || kind == K_HALF || kind == K_ALIAS || kind == K_NUMBER ||
           kind == K_WORDN || kind == K_WORDA;
}

/* Whether a key comes from the title (TITLE_WEIGHT, half for a last word). */
static int key_in_title(uint8_t kind, float w)
{
    return kind == K_HALF ? w >= 1.0f : w >= 2.0f;
}

static void weak_push(struct digest_edges *e, uint32_t a, uint32_t b, float cos, float w)
{
    if (e->nweak == e->capweak) {
        e->capweak = e->capweak ? e->capweak * 2 : 1024;
        e->weak = xrealloc(e->weak, e->capweak * sizeof *e->weak);
    }
    e->weak[e->nweak++] = (struct digest_edge){.a = a, .b = b, .cos = cos, .w = w};
}

static void edges_push(struct digest_edges *e, uint32_t a, uint32_t b, float cos, uint8_t named)
{
    if (e->n == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 1024;
        e->v = xrealloc(e->v, e->cap * sizeof *e->v);
        e->named = xrealloc(e->named, e->cap * sizeof *e->named);
    }
    e->named[e->n] = named;
    e->v[e->n++] = (struct digest_edge){.a = a, .b = b, .cos = cos, .w = 0};
}

/* A name in a title names a story when this many posts hold it: a
 * title's name that one other post repeats is already that story's (day
 * 27's fireworks blast names its state in its English and its French
 * title). */
#define TITLE_NAME_MIN 2

/* Each post's length over the keys held by df_cap posts at most (the
 * unique ones too: what the other post lacks is evidence against), whether
 * its title has such keys (titled), and whether its title names a story:
 * a name held by TITLE_NAME_MIN posts or more (tname), or a town of the
 * alias table held by TITLE_NAME_MIN to STORY_NAME_MIN posts (day 39's
 * "Baghdad hospitals overwhelmed by dust storm patients"). A country of
 * the table is every story's of that country, and a town of the table
 * that more posts hold is the channel's home or the day's hub (Geneva in
 * thirteen posts and the titles of five stories on a Swiss channel). */
static void post_norms(const struct keyset *ks, const struct postings *pl, size_t nc, size_t df_cap,
                       double *norm, uint8_t *titled, uint8_t *tname)
{
    for (size_t c = 0; c < nc; c++) {
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            uint32_t id = ks->kid[k];
            double x = ks->w[k] * pl->idf[id];
            if (df_of(pl, id) > df_cap || ks->kind[k] == K_BRIDGE)
                continue; /* a bridge stands in for its word, already counted */
            norm[c] += x * x;
            titled[c] |= (uint8_t)key_in_title(ks->kind[k], ks->w[k]);
            tname[c] |=
                (uint8_t)((ks->kind[k] == K_NAME || ks->kind[k] == K_ALIAS) &&
                          key_in_title(K_NAME, ks->w[k]) && df_of(pl, id) >= TITLE_NAME_MIN &&
                          (ks->kind[k] == K_NAME ||
                           (df_of(pl, id) <= STORY_NAME_MIN && digest_alias_town(ks->h[k]))));
        }
        norm[c] = sqrt(norm[c]);
    }
}

/* Whether each post's title holds the day's hub: a name that more than
 * df_cap posts hold (the channel's home town, the capital of the day's
 * news), walked nowhere. A word inside a name that both titles of a pair
 * hold, when both hold the hub, is the hub's word, and no more than the
 * country's (K_WORDA): the hub must not come back through it. Day 46's
 * "Sans zém, Cotonou marche à pied" (the moto-taxi strike from the street)
 * and "Marché Dantokpa : le maire de Cotonou promet un fonds d'urgence"
 * (the market fire) met through "Cotonou" in both titles, the market's
 * name in the strike's body and one word. */
static void post_hubs(const struct keyset *ks, const struct postings *pl, size_t nc, size_t df_cap,
                      uint8_t *hub)
{
    for (size_t c = 0; c < nc; c++)
        for (size_t k = ks->off[c]; k < ks->off[c + 1] && !hub[c]; k++)
            hub[c] = ks->kind[k] == K_NAME && key_in_title(K_NAME, ks->w[k]) &&
                     df_of(pl, ks->kid[k]) > df_cap;
}

/* Whether each post reports a broadcast interview: it names a
 * broadcaster and quotes someone. Such a post whose title meets the other
 * post through nothing of its topic, only through a name both titles
 * hold (the guest or the guest's office, which every story drawn from the
 * interview names), is a thin edge (pair_interview()). Day 58's "Black-out :
 * le président de la CTG dénonce un réseau « à bout de souffle »" (the
 * president on Radio Kalawachi, quoted in two stories) met the vote
 * story's "Évolution statutaire : la commission de la CTG adopte le
 * projet" through the Collectivité's name alone, not the quote: the
 * interview rule (a broadcaster both posts name) never saw it. */
static void post_aired(const struct keyset *ks, size_t nc, uint8_t *aired)
{
    for (size_t c = 0; c < nc; c++) {
        int media = 0, quoted = 0;
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            media |= ks->kind[k] == K_MEDIA;
            quoted |= ks->kind[k] == K_WORDQ && ks->w[k] > 0.0f;
        }
        aired[c] = (uint8_t)(media && quoted);
    }
}

/* The acronyms that a post of the window gives a facility ("the Lagos
 * State University Teaching Hospital (LASUTH)": digest_keys.c marks them
 * with a key of no weight): each of their name keys, in every post, is
 * the place, as the facility's noun is (bit 0 of kf); and the road numbers
 * a post writes beside a road's word (digest_road.c), bit 8. */
static void facility_acronyms(const struct keyset *ks, uint16_t *kf, size_t nk)
{
    size_t nmark = 0;

    for (size_t k = 0; k < ks->n; k++)
        nmark += ks->kind[k] == K_WORDQ && ks->w[k] == 0.0f;
    if (!nmark)
        return;
    uint64_t *mark = xmalloc(nmark * sizeof *mark);
    nmark = 0;
    for (size_t k = 0; k < ks->n; k++)
        if (ks->kind[k] == K_WORDQ && ks->w[k] == 0.0f)
            mark[nmark++] = ks->h[k];
    qsort(mark, nmark, sizeof *mark, digest_u64_cmp);
    uint8_t *asked = xcalloc(nk ? nk : 1, 1); /* a key id (one hash) is looked up once */
    for (size_t k = 0; k < ks->n; k++) {
        if (ks->kind[k] != K_NAME || asked[ks->kid[k]])
            continue;
        asked[ks->kid[k]] = 1;
        uint64_t m = digest_acronym_mark(ks->h[k]);
        if (bsearch(&m, mark, nmark, sizeof *mark, digest_u64_cmp))
            kf[ks->kid[k]] |= 1;
        m = digest_acronym_mark(~ks->h[k]);
        if (bsearch(&m, mark, nmark, sizeof *mark, digest_u64_cmp))
            kf[ks->kid[k]] |= 256; /* a road's number (digest_road.c) */
    }
    free(asked);
    free(mark);
}

/* Per key, what pair_add() needs to know of it besides its kinds: bit 0, a
 * facility's word (pl->place) or a name that is one ("Hospital" of "Lagos
 * State University Teaching Hospital", "Centre" of "Centre hospitalier de
 * la Polynésie française": digest_facility_name()); bit 1, a country's
 * name that the alias table leaves out ("France", "Gabon":
 * digest_country()), a name but no one's own; bit 2, the minor language's
 * hub: a name that the titles of a third of the window's minor-language
 * posts hold (three at least). The foreign service of a channel names the
 * country it writes from in most of its titles ("Landslide kills at least
 * four in Gabon's capital", "Teachers walk out in Gabon over unpaid
 * wages"): among those posts it is every story's, as the channel's home
 * town is (post_hubs()), though fewer than df_cap posts hold it; bit 4,
 * the toll's word (pl->place, digest_toll_word()); bit 6, digest_noevent_word()'s;
 * bit 7, a country's adjective, with bit 1 (digest_demonym()); bit 8, a
 * road's number (facility_acronyms()). */
static uint16_t *key_flags(const struct keyset *ks, const struct postings *pl, size_t nc,
                           const uint8_t *minor)
{
    size_t nk = pl->nkeys ? pl->nkeys : 1, nminor = 0;
    uint16_t *kf = xcalloc(nk, sizeof *kf);
    uint32_t *count = xcalloc(nk, sizeof *count);

    for (size_t c = 0; c < nc; c++) {
        nminor += minor[c];
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            uint32_t id = ks->kid[k];
            if (ks->kind[k] == K_NAME && !(kf[id] & 8)) /* bit 3: looked up */
                kf[id] |= (uint16_t)(8 | digest_country(ks->h[k]) << 1 | digest_demonym(ks->h[k]));
            if (ks->kind[k] == K_WORD && !(kf[id] & 8))
                kf[id] |= (uint16_t)(8 | digest_noevent_word(ks->h[k]) << 6);
            if ((ks->kind[k] == K_NAME || ks->kind[k] == K_HALF) && !(kf[id] & 32))
                kf[id] |= (uint16_t)(32 | digest_facility_name(ks->h[k])); /* bit 5: looked up */
            if (minor[c] && ks->kind[k] == K_NAME && key_in_title(K_NAME, ks->w[k]))
                count[id]++;
        }
    }
    facility_acronyms(ks, kf, nk);
    for (size_t id = 0; id < pl->nkeys; id++)
        kf[id] |= (uint16_t)((pl->place[id] & 1) | (pl->place[id] & 2) << 3 |
                             (count[id] >= 3 && 3 * count[id] >= nminor) << 2);
    free(count);
    return kf;
}

/* Each post's hyphen marks (digest_hyphen_mark()), sorted: the words it
 * writes inside a hyphenated name, post c's at mark[off[c] .. off[c + 1]). */
struct hyphens {
    uint64_t *mark;
    size_t *off;
};

static struct hyphens hyphen_marks(const struct keyset *ks, size_t nc)
{
    uint64_t *mark = xmalloc((ks->n ? ks->n : 1) * sizeof *mark);
    size_t *off = xmalloc((nc + 1) * sizeof *off), n = 0;

    for (size_t c = 0; c < nc; c++) {
        off[c] = n;
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++)
            if (ks->kind[k] == K_WORDQ && ks->w[k] == 0.0f)
                mark[n++] = ks->h[k];
        qsort(mark + off[c], n - off[c], sizeof *mark, digest_u64_cmp);
    }
    off[nc] = n;
    return (struct hyphens){mark, off};
}

/* Whether post c writes word h inside a hyphenated name. */
static int hyphen_in(const struct hyphens *hy, size_t c, uint64_t h)
{
    uint64_t m = digest_hyphen_mark(h);
    return bsearch(&m, hy->mark + hy->off[c], hy->off[c + 1] - hy->off[c], sizeof m,
                   digest_u64_cmp) != NULL;
}

/* Whether key k of post c and posting q of post o are one word that one
 * of them writes as a common word and the other inside a hyphenated name
 * ("rouge", the alert's colour, and "Morne-Rouge"): no topic (digest_pairs()). */
static int common_vs_name(const struct keyset *ks, const struct postings *pl, size_t k, size_t q,
                          const struct hyphens *hy, size_t c, size_t o)
{
    uint8_t kc = ks->kind[k], ko = pl->kind[q];
    return (kc == K_WORD && ko == K_WORDN && hyphen_in(hy, o, ks->h[k])) ||
           (kc == K_WORDN && ko == K_WORD && hyphen_in(hy, c, ks->h[k]));
}

/* The touched later posts of one post, strongest cosine first. */
struct touched {
    uint32_t o;
    float cos;
    uint8_t named;
};

static int touched_cmp(const void *x, const void *y)
{
    const struct touched *a = x, *b = y;

    if (a->cos != b->cos)
        return a->cos > b->cos ? -1 : 1;
    return a->o < b->o ? -1 : a->o > b->o;
}

/* Step 3: the edges. Only keys held by 2 to df_cap posts are walked: rarer
 * keys match nothing, commoner ones are the language's stock words and
 * the day's ubiquitous names. Each post accumulates its dot product with
 * the later posts through the postings, so the work is the sum of the
 * squared frequencies of the walked keys, never all pairs. A post's length
 * counts every key it holds up to df_cap, the unique ones too: what the
 * other post lacks is evidence against. */
/* What two posts share, accumulated key by key (digest_pairs()). */
struct pair_acc {
    double dot;      /* tf-idf dot product */
    uint32_t halves; /* shared features, in halves (key_halves()) */
    /* bit 0: c's title was met in o, bit 1: o's title in c */
    uint8_t met;
    /* bits as met, through a key other than a word one post writes only
     * inside a hyphenated name and the other as a common word (flag 8 of
     * pair_add()) */
    uint8_t wmet;
    /* bits 0 and 1 as met, but through a key of the title's topic
     * (key_topic()); bit 2: a broadcaster is shared */
    uint8_t topic;
    uint8_t topicn;  /* whole features of a title's topic shared, up to 2 */
    uint8_t wtopic;  /* topic, of keys that name no one (words and figures) */
    uint8_t wtopicn; /* topicn, of such keys */
    uint8_t world;   /* a country (an alias-table name) is shared */
    uint8_t own;     /* a name or figure of their own is shared (key_own()) */
    uint8_t named;   /* a name or figure of any kind is shared */
    uint8_t names;   /* names shared whole (K_NAME or K_ALIAS in both), up to 2 */
    uint8_t whole;   /* whole features shared (key_halves() 2), up to 3 */
    uint8_t place;   /* a facility's word is shared (digest_facility()) */
    /* bits 0 and 1 as wtopic, of keys that are no facility's word: what
     * happened, not where */
    uint8_t event;
    uint8_t eventn; /* whole features shared that say what happened, up to 2 */
    uint32_t hubh;  /* of halves, the minor language's hub's (key_flags()) */
    /* bits 0 and 1 as topic, of keys other than a name (or its last word,
     * the name again) that one title holds and the other does not; bit 2: a
     * word of a name (a longer name's last word, a word inside one) is in
     * both titles */
    uint8_t otopic;
    uint32_t tollh; /* of halves, the toll's words' (digest_toll_word()) */
    /* bits 0 and 1 as event, of keys that are no toll's word */
    uint8_t tevent;
    uint8_t tnamed; /* bits 0 and 1 as met, through a name shared whole */
    /* as eventn, of keys that are no toll's word */
    uint8_t teventn;
    uint8_t adj; /* bits 0 and 1 as met, through a country's adjective (flag 128) */
};

/* Adds one shared key, of kind kc and weight wc in post c, ko and wo in
 * post o, to what they share; flags: key_flags()'s, bit 2 only when both
 * posts are of the minor language. */
static void pair_add(struct pair_acc *x, uint8_t kc, float wc, uint8_t ko, float wo, int flags)
{
    int fac = flags & 1;
    int tc = key_in_title(kc, wc), to = key_in_title(ko, wo);
    /* A country's adjective (flag 128: "Romanian", "French") is the country
     * again, every story's there: as a word inside the country's name
     * (K_WORDA), it adds no half of its own to what two posts share ("Death
     * toll in Romanian minibus crash", "Painted Cucuteni pots unearthed on
     * Romanian motorway route"; eval/README.md, ninety-first round). */
    uint32_t kh = key_halves(kc, ko), halves = flags & 128 ? 0 : kh;
    /* Flag 256: a road's number (digest_road.c), a place: its halves
     * count, but it is no name of the two posts' own, nor a whole feature,
     * so that a road and a town on it are one name (pair_thin()). */
    int road = (flags & 256) != 0;

    x->met |= (uint8_t)(tc | to << 1);
    if (flags & 128)
        x->adj |= (uint8_t)(tc | to << 1);
    /* Flag 8: a word one post writes as a common word and the other only
     * inside a hyphenated name (common_vs_name(): "rouge", day 54's alert
     * colour, and "Morne-Rouge"). It counts for the halves and the titles,
     * so that the pair stays a neighbour (digest_weigh(): day 44's "Grève
     * au port" and Port-Louis's other stories, which its story's posts
     * neighbour too), but it is no topic, and a title it alone meets
     * makes a thin edge (pair_thin()). */
    if (flags & 8) {
        x->halves += halves;
        return;
    }
    x->wmet |= (uint8_t)(tc | to << 1);
    /* A word or figure, no name's and no facility's: what happened; not one
     * that says where or how many (flag 64: "Canada :", "des centaines"). */
    int event =
        !fac && !(flags & 64) && key_topic(kc, tc && to) && !key_person(kc) && !key_person(ko);

    if (key_topic(kc, tc && to)) {
        x->topic |= (uint8_t)(tc | to << 1);
        if (x->topicn < 2 && (tc || to) && kh == 2)
            x->topicn++;
        if (!key_person(kc) && !key_person(ko)) {
            x->wtopic |= (uint8_t)(tc | to << 1);
            if (x->wtopicn < 2 && (tc || to) && kh == 2)
                x->wtopicn++;
        }
    }
    if (key_topic(kc, tc && to) && !((kc == K_NAME || kc == K_ALIAS || kc == K_HALF) && tc != to))
        x->otopic |= (uint8_t)(tc | to << 1);
    if ((kc == K_HALF || kc == K_WORDN) && (ko == K_HALF || ko == K_WORDN) && tc && to)
        x->otopic |= 4;
    x->place |= (uint8_t)fac;
    if (event)
        x->event |= (uint8_t)(tc | to << 1);
    if (event && !(flags & 16))
        x->tevent |= (uint8_t)(tc | to << 1);
    if (event && x->eventn < 2 && kh == 2)
        x->eventn++;
    if (event && !(flags & 16) && x->teventn < 2 && kh == 2)
        x->teventn++;
    if (kc == K_MEDIA)
        x->topic |= 4;
    x->halves += halves;
    if ((kc == K_NAME || kc == K_ALIAS) && (ko == K_NAME || ko == K_ALIAS) && !road)
        x->tnamed |= (uint8_t)(tc | to << 1);
    if (x->names < 2 && (kc == K_NAME || kc == K_ALIAS) && (ko == K_NAME || ko == K_ALIAS) && !road)
        x->names++;
    if (x->whole < 3 && kh == 2 && !road)
        x->whole++;
    x->world |= (uint8_t)(kc == K_ALIAS && ko == K_ALIAS);
    x->own |= (uint8_t)(key_own(kc, ko) && !(flags & 2) && !road);
    if (flags & 4)
        x->hubh += halves;
    if ((flags & 20) == 16) /* never the hub's too: hubh and tollh add up */
        x->tollh += halves;
    /* A last word both posts hold only as the last word of a longer name
     * ("Air" of "Tasman Air" and of "Outback Air") names no one they
     * share: it is the kind's word (an airline, a river, a club). */
    x->named |=
        (uint8_t)(key_named(kc) && key_named(ko) && !(kc == ko && (kc == K_HALF || kc == K_WORDN)));
}

/* Adds key k of post c, met as posting q of post o, to x (pair_add()):
 * hubs, both titles hold the day's hub; flags, pair_add()'s. */
static void pair_key(struct pair_acc *x, const struct keyset *ks, const struct postings *pl,
                     size_t k, size_t q, int hubs, int flags, const struct hyphens *hy, size_t c,
                     size_t o)
{
    uint8_t kc = ks->kind[k], ko = pl->kind[q];
    if (kc == K_WORDN && ko == K_WORDN && hubs && key_in_title(kc, ks->w[k]) &&
        key_in_title(ko, pl->w[q]))
        kc = ko = K_WORDA; /* the hub's word, most likely: post_hubs() */
    if (common_vs_name(ks, pl, k, q, hy, c, o))
        flags |= 8;
    pair_add(x, kc, ks->w[k], ko, pl->w[q], flags);
}

/* Whether an edge of what two posts share (x, their cosine cos) weighs
 * nothing: a place they share, not a story (digest_weigh(),
 * digest_attach()). */
static int pair_thin(const struct pair_acc *x, double cos)
{
    /* One name, and at most one more whole feature, with titles
     * that meet only through that name, both holding it: a place
     * two stories happen in ("Atterrissage forcé à Port-Bouët",
     * "Abattoir de Port-Bouët"), its last word and the words inside
     * it making the halves. Such an edge weighs nothing: it stays a
     * neighbour (digest_weigh()) and a link for digest_attach(),
     * where the same place in most of a story's posts is a story,
     * but average linkage and the join never merge through it. */
    int thin = x->names == 1 && x->whole <= 2 && !(x->topic & 3);
    /* One name, one title that opens on it (where a capital says
     * nothing, so only its words are read there) and another that
     * names it, and no other key that meets a title: the name is
     * in both titles, and the edge is thin, as above. Day 45's
     * "Spanish Town schools told to clear breeding sites" (the
     * dengue outbreak) and "Fire rips through Spanish Town market"
     * share the town and nothing else; the first title's opener
     * made the name the second title's topic. Day 46's "Ganvié, la
     * « Venise de l'Afrique », et ses défis" and "Deuil à Ganvié",
     * a stilt town's bid and a capsize's grief, the same. */
    thin |= x->names == 1 && x->whole <= 2 && (x->otopic & 4) && !(x->otopic & 3);
    /* Two posts that share a facility's word ("hôpital", "port",
     * "hotel") and no title of which meets the other post through
     * a word or figure that says what happened, nor share two such
     * words anywhere, share a place: the town's hospital and its
     * name, where a dengue ward opened and a newborn was taken
     * (day 44). Such an edge is thin too. Unless they share a
     * country as well: the place is then the country's (its
     * busiest airport, its main port), which one story's two
     * languages name with it. The toll's words are no such words:
     * every deadly story's ("victimes"); day 74's truck that ran into
     * Gitega's market and the drum sanctuary that mourned "les victimes
     * du camion du marché de Gitega" share the market, the town, the
     * toll and "camion". */
    thin |= x->place && !x->event && x->teventn < 2 && !x->world;
    thin |= digest_place_titled(x->place, x->event, x->eventn, x->world, x->names, x->tnamed);
    /* One name and one word, at most one of them saying what happened,
     * a title that meets the other post through nothing but the name,
     * no word of a name in both titles, and little in common (cos
     * below PAIR_NAME_WORD_COS): a region two stories happen in, and the
     * word its stories all hold. Day 56's explainer on the Riviera's
     * jewellers, the migrant killed at the border and the rockfall on the
     * Riviera road each share "Riviera" and "border" / "frontière", one
     * chain through three stories. Thin too. */
    thin |= x->names == 1 && x->whole <= 2 && x->eventn <= 1 && cos < PAIR_NAME_WORD_COS &&
            (x->otopic & 3) != 3 && !(x->otopic & 4);
    /* A title met only through a word of a hyphenated name (pair_add()). */
    thin |= (x->met & ~x->wmet) != 0;
    /* Two posts of the minor language that share its country and its hub
     * (a name a third of its titles hold: key_flags()), and one word of
     * what happened at most: the foreign service's every story, from one
     * city ("Inde : un avion sort de piste à Bombay sous une pluie
     * battante", "Inde : des pluies de mousson diluviennes paralysent
     * Bombay, six morts", day 55: the weather of the day). Thin. */
    thin |= x->hubh > 0 && x->world && x->names == 2 && x->eventn <= 1;
    /* The same two posts that share the hub and no word of what happened,
     * or one more feature, a word one title holds and the other post only
     * writes in its copy: day 75's strike and hydro vote ("Terre-Neuve-et-
     * Labrador"), capsize and rally (the crab). Thin, country or not. */
    thin |= x->hubh > 0 && (!x->eventn || (x->whole <= 2 && x->eventn == 1 && x->event != 3));
    return thin;
}

/* Whether two posts that share x, with cosine cos, share a country and
 * its city and nothing else, no word that says what happened even in
 * part: every story's of the day ("India, Mumbai", "Inde, Bombay": day
 * 55's runway excursion and the building collapse, the monsoon). Neither
 * an edge nor a weak link (digest_pairs()), unless the posts have much
 * else in common (a cosine of PAIR_COUNTRY_COS) and a title meets the
 * other post: the posts of Quebec d16's bank merger share a country and
 * one name too, with cosines of 0.21 to 0.30. */
static int pair_country(const struct pair_acc *x, double cos)
{
    return x->names == 2 && x->whole == 2 && x->world && !x->eventn && !x->event &&
           (cos < PAIR_COUNTRY_COS || !(x->topic & 3));
}

/* Whether x holds no name or figure, or only the country's adjective in
 * both titles (digest_demonym.c): no name of the stories' own. */
static int pair_no_name(const struct pair_acc *x)
{
    return !x->named || (!x->own && x->names == 1 && x->adj == 3);
}

/* Whether two posts of one language that share x meet through the toll
 * alone: their titles meet the other post through no word that says what
 * happened but the toll's ("One dead as freak downpour floods Chaguanas",
 * "Two young siblings killed in Trinidad house fire", day 63), and
 * without the toll's halves they would fall short of need. Every deadly
 * story's title gives its toll; the rest is a place and a word of the
 * copy ("home"). digest_pairs() makes such an edge thin and no link for
 * digest_attach() (named bit 1), but keeps it a neighbour
 * (digest_weigh()): dropped altogether, such pairs left the
 * neighbourhoods of day 57's pile-up, which split. Translations are not
 * read so: the dictionary bridges the toll and the place better than the
 * rest ("carambolage" and "pileup", day 57; "blessés" and "injures", day
 * 24). */
static int pair_toll_met(const struct pair_acc *x, uint32_t need)
{
    return x->event && !x->tevent && x->halves - x->tollh < need;
}

/* Whether a pair one post of which reports a broadcast interview (aired,
 * post_aired()) is the interview's, not a story's: their titles meet the
 * other post through names alone, the guest, the guest's office, the
 * country (no key of wtopic, a word or figure that names no one). Day
 * 61's minister of Finance, heard on one station and quoted word for word
 * in the budget's post ("Budget : Ramzi Tohmé-Karam défend un texte
 * « réaliste »") and in the teachers' strike's ("Enseignants contractuels :
 * le ministre des Finances exclut une rallonge"): each title met the other
 * post through the guest's name or office only. Day 58's case, titles
 * met through nothing of their topic at all (topic), is one of these. A
 * thin edge (digest_pairs()). */
static int pair_interview(const struct pair_acc *x, int aired)
{
    return aired && !(x->wtopic & 3);
}

/* Whether c and o, of one language, titles naming their stories (tname), share x as two
 * stories of a region: a name one title holds, one more word, little else. Thin. */
static int pair_passing_name(const struct pair_acc *x, double cos, const struct keyset *ks,
                             const uint8_t *tname, size_t c, size_t o)
{
    return ks->lang[c] == ks->lang[o] && tname[c] && tname[o] && x->names == 1 &&
           (x->tnamed == 1 || x->tnamed == 2) && x->whole <= 2 && x->eventn <= 1 &&
           cos < PAIR_NAME_WORD_COS;
}

/* Whether a pair's edge is thin (no weight): each check that thins it, as
 * DIGEST_THIN_* bits, while a tracer wants them (digest_trace.h); else 1 at
 * the first that does. */
static int pair_thins(const struct pair_acc *x, double cos, const struct keyset *ks,
                      const uint8_t *tname, size_t c, size_t o, int aired, int tolled)
{
    if (!digest_tracer)
        return pair_thin(x, cos) || pair_interview(x, aired) || tolled ||
               pair_passing_name(x, cos, ks, tname, c, o);
    return (pair_thin(x, cos) ? DIGEST_THIN_PAIR : 0) |
           (pair_interview(x, aired) ? DIGEST_THIN_INTERVIEW : 0) |
           (tolled ? DIGEST_THIN_TOLL : 0) |
           (pair_passing_name(x, cos, ks, tname, c, o) ? DIGEST_THIN_PASSING : 0);
}

/* The named[] byte of an edge of what two posts share (x): 1, a name or
 * figure of their own, and a whole feature that is no name (digest_attach()'s
 * one-edge rule; names alone are a place: day 46's Ganvié bid and capsize
 * shared "Bénin, Ganvié"); 2, the toll alone (tolled): no link
 * (pair_toll_met()); EDGE_NAMES_ONLY, no word or figure of what happened
 * shared (digest_attach()'s anchor); EDGE_NO_NAME, no name or figure at all. */
static uint8_t pair_named(const struct pair_acc *x, int tolled)
{
    if (tolled)
        return (uint8_t)(2 | (tolled & EDGE_PASSED));
    return (uint8_t)((x->own && x->whole > x->names) | (x->eventn ? 0 : EDGE_NAMES_ONLY) |
                     (x->named ? 0 : EDGE_NO_NAME));
}

/* The edge of c and o that share x: its weight (cos, or 0 when thin, by the rubrics, at any cosine
 * when x->named is 0: digest_rubric.c; by an aside, or by two kinds of event) and its named[] byte.
 * An edge one post of which shares with the other only its aside's words is no link either
 * (digest_aside.c), as the toll alone; so is one of two titles that name two kinds of event. */
static struct touched pair_touched(const struct pair_acc *x, const struct rubrics *rb,
                                   const struct keyset *ks, const struct postings *pl,
                                   size_t df_cap, size_t c, size_t o, double cos, int thin,
                                   int tolled)
{
    int passed = digest_evname_apart(ks, c, o, x->eventn, x->world); /* EDGE_PASSED */
    int aside = digest_aside_thin(rb, ks, pl, df_cap, c, o) || digest_event_apart(rb, c, o);
    thin |= aside || passed || digest_court_apart(ks, c, o) || digest_office_apart(ks, c, o) ||
            digest_rubric_thin(rb, ks, pl, c, o, cos, df_cap, x->eventn, x->named) ||
            digest_explainer_thin(rb, c, o, x->names, x->tnamed) ||
            digest_compound_apart(ks, pl, c, o) ||
            digest_place_capital(ks, c, o, x->names, x->whole, x->world, x->eventn | x->event);
    aside |= digest_denial_apart(ks, c, o) | passed; /* no link, whatever its weight */
    return (struct touched){(uint32_t)o, thin ? 0.0f : (float)cos, pair_named(x, tolled | aside)};
}

/* What the tracer is told of a pair that was weighed (digest_trace.h): refused,
 * until pair_row() finds it an edge or a weak link. */
static struct digest_trace_pair pair_trace_of(const struct pair_acc *x, size_t c, uint32_t o,
                                              double cos, uint32_t toll, uint32_t need, int titles)
{
    return (struct digest_trace_pair){.a = (uint32_t)c,
                                      .b = o,
                                      .cos = (float)cos,
                                      .halves = x->halves,
                                      .toll = toll,
                                      .hub = x->hubh,
                                      .need = need,
                                      .verdict = DIGEST_PAIR_REFUSED,
                                      .titles = (uint8_t)titles,
                                      .cos_ok = cos >= PAIR_MIN_COS};
}

/* What every row of digest_pairs() reads. */
struct pair_ctx {
    const struct keyset *ks;
    const struct postings *pl;
    size_t df_cap;
    const double *norm;
    const uint8_t *titled, *tname, *minor, *hub, *aired;
    const uint16_t *kf;
    const struct hyphens *hy;
    const struct rubrics *rb;
    const struct foreign_keys *fk;
};

/* A reader's scratch for its rows: what post c shares with each later
 * post it touched (stamp[o] == c + 1), and which. */
struct pair_scratch {
    struct pair_acc *acc;
    uint32_t *stamp;
    struct touched *touch;
};

/* Row c of digest_pairs(): post c's edges and weak links to the later
 * posts, appended to e (digest_rows()). */
static void pair_row(const void *ctx, void *scratch, size_t c, struct digest_edges *e)
{
    const struct pair_ctx *p = ctx;
    const struct keyset *ks = p->ks;
    const struct postings *pl = p->pl;
    size_t df_cap = p->df_cap;
    const double *norm = p->norm;
    const uint8_t *titled = p->titled, *tname = p->tname, *minor = p->minor, *hub = p->hub,
                  *aired = p->aired;
    const uint16_t *kf = p->kf;
    struct pair_acc *acc = ((struct pair_scratch *)scratch)->acc;
    uint32_t *stamp = ((struct pair_scratch *)scratch)->stamp;
    struct touched *touch = ((struct pair_scratch *)scratch)->touch;
    size_t nt = 0;
    for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
        uint32_t id = ks->kid[k];
        size_t a = pl->off[id], b = pl->off[id + 1];
        if (b - a < 2 || b - a > df_cap || ks->w[k] == 0.0f)
            continue; /* a mark of no weight (hyphen, acronym, rubric) is read apart */
        double wi = ks->w[k] * pl->idf[id] * pl->idf[id];
        /* Postings are in post order: walk down to c, not past it. */
        for (size_t q = b; q-- > a;) {
            size_t o = pl->post[q];
            if (o <= c)
                break;
            if (!bridge_meets(ks->kind[k], pl->kind[q], ks->lang[c], ks->lang[o]))
                continue;
            if (stamp[o] != c + 1) {
                stamp[o] = (uint32_t)(c + 1);
                memset(&acc[o], 0, sizeof acc[o]);
                touch[nt++].o = (uint32_t)o;
            }
            acc[o].dot += wi * pl->w[q];
            pair_key(&acc[o], ks, pl, k, q, hub[c] && hub[o],
                     kf[id] & (minor[c] && minor[o] ? 0x1d7 : 0x1d3), p->hy, c, o);
        }
    }
    size_t kept = 0, nweak = 0;
    for (size_t q = 0; q < nt; q++) {
        uint32_t o = touch[q].o;
        const struct pair_acc *x = &acc[o];
        double nn = norm[c] * norm[o], cos = nn > 0 ? x->dot / nn : 0;
        /* Two posts of one language whose titles each name their
         * story (a name another post holds too), and that share no name
         * or figure at all, tell two stories of one kind: a shooting
         * in Brooklyn and one in Scarborough, a pile-up on the A1 and
         * one on the A31. Their common words are the kind's. */
        int skip = ks->lang[c] == ks->lang[o] && tname[c] && tname[o] && pair_no_name(x)
                       ? DIGEST_PAIR_NO_NAME
                   : pair_country(x, cos) ? DIGEST_PAIR_COUNTRY
                                          : 0;
        if (skip) {
            struct digest_trace_pair sp = {
                .a = (uint32_t)c, .b = o, .cos = (float)cos, .verdict = (uint8_t)skip};
            DIGEST_TRACE(digest_trace_pair(&sp));
            if (digest_tracer && digest_trace_decide(&sp) == 1) /* a study's override */
                touch[kept++] = (struct touched){o, (float)cos, pair_named(x, 0)};
            continue;
        }
        /* Each title is met in the other post: a title says what its
         * story is, and two stories told from one interview share
         * everything but that. */
        int titles = (!titled[c] || (x->met & 1)) && (!titled[o] || (x->met & 2));
        /* Two posts of one broadcast interview: their titles must meet
         * through their topic, not only through the guest they share,
         * and through two whole features of it: one word is too little
         * when everything else is the interview's ("food banks" and
         * "bank holiday", one chancellor on one morning show). */
        if (x->topic & 4)
            titles = (!titled[c] || (x->wtopic & 1)) && (!titled[o] || (x->wtopic & 2)) &&
                     x->wtopicn >= 2;
        /* Two posts of the minor language that share no name or figure of their
         * own meet through three whole features besides a country or the hub. */
        uint32_t need = x->own || !minor[c] || ks->lang[c] != ks->lang[o]
                            ? PAIR_MIN_HALVES
                            : MINOR_MIN_HALVES + 2u * (x->world || x->hubh);
        /* Nor through the toll's words, every deadly story's ("kills",
         * "people", "others": "Lightning kills three worshippers in
         * northern Togo", day 50), nor the service's formula
         * (digest_foreign.c): beyond those, what happened or nothing. */
        uint32_t toll =
            need >= MINOR_MIN_HALVES ? x->tollh + digest_foreign_halves(ks, p->fk, c, o) : 0;
        uint32_t hv = x->halves - x->hubh - toll; /* the halves a weak link counts */
        int tolled = ks->lang[c] == ks->lang[o] && pair_toll_met(x, need);
        int thin = pair_thins(x, cos, ks, tname, c, o, aired[c] || aired[o], tolled);
        struct digest_trace_pair tp = pair_trace_of(x, c, o, cos, toll, need, titles);
        int learned = -1; /* a study's override of the rules (digest_trace.h), else -1 */
        if (digest_tracer) {
            tp.verdict = 0;
            learned = digest_trace_decide(&tp);
            tp.verdict = DIGEST_PAIR_REFUSED;
        }
        if (learned == 1) {
            touch[kept++] = (struct touched){o, (float)cos, pair_named(x, 0)};
            tp.verdict = DIGEST_PAIR_EDGE;
        } else if (learned < 0 && x->halves - toll >= need && cos >= PAIR_MIN_COS && titles) {
            touch[kept] = pair_touched(x, p->rb, ks, pl, df_cap, c, o, cos, thin, tolled);
            tp.verdict = DIGEST_PAIR_EDGE;
            tp.thin = (uint8_t)(thin | (!thin && touch[kept].cos == 0 ? DIGEST_THIN_TOUCHED : 0));
            tp.named = touch[kept++].named;
        }
        /* A weak link through a country needs a half more: the country is every story's, and
         * with one word ("Britain", "banks") it joined a bank holiday to food banks. The toll's
         * words count nothing here either, as for the edge (hv; digest_weak_w(): a recall). */
        else if (cos >= PAIR_MIN_COS && nweak < PAIR_MAX &&
                 ((hv >= WEAK_MIN_HALVES + (uint32_t)x->world && titles) ||
                  (hv >= PAIR_MIN_HALVES && !(x->topic & 4)))) {
            weak_push(e, (uint32_t)c, o, (float)cos, digest_weak_w(x->eventn, titles, x->own, hv));
            nweak++;
            tp.verdict = DIGEST_PAIR_WEAK;
        }
        DIGEST_TRACE(digest_trace_pair(&tp));
    }
    if (kept > PAIR_MAX) {
        qsort(touch, kept, sizeof *touch, touched_cmp);
        kept = PAIR_MAX;
    }
    for (size_t q = 0; q < kept; q++)
        edges_push(e, (uint32_t)c, touch[q].o, touch[q].cos, touch[q].named);
}

void digest_pairs(const struct keyset *ks, const struct postings *pl, size_t nc, size_t df_cap,
                  struct digest_edges *e)
{
    size_t m = nc ? nc : 1;
    double *norm = xcalloc(m, sizeof *norm);
    /* Per post: its title has walked keys (titled), its title holds a
     * story's name (tname), it is written in the window's minor language. */
    uint8_t *titled = xcalloc(m, 1), *tname = xcalloc(m, 1), *minor = xmalloc(m);
    uint8_t *hub = xcalloc(m, 1);   /* its title holds the day's hub (post_hubs()) */
    uint8_t *aired = xcalloc(m, 1); /* it reports an interview (post_aired()) */
    struct hyphens hy = hyphen_marks(ks, nc);
    struct pair_scratch sc[DIGEST_ROW_THREADS];
    void *scp[DIGEST_ROW_THREADS];

    for (size_t t = 0; t < DIGEST_ROW_THREADS; t++) {
        sc[t].acc = xmalloc(m * sizeof *sc[t].acc);
        sc[t].stamp = xcalloc(m, sizeof *sc[t].stamp);
        sc[t].touch = xmalloc(m * sizeof *sc[t].touch);
        scp[t] = &sc[t];
    }

    memset(e, 0, sizeof *e);
    digest_minor_langs(ks->lang, nc, minor);
    post_norms(ks, pl, nc, df_cap, norm, titled, tname);
    post_hubs(ks, pl, nc, df_cap, hub);
    post_aired(ks, nc, aired);
    struct rubrics rb = digest_rubrics(ks, pl, nc, df_cap);
    uint16_t *kf = key_flags(ks, pl, nc, minor);
    struct foreign_keys fk = digest_foreign_keys(ks, pl, nc, df_cap);
    struct pair_ctx ctx = {ks,  pl,    df_cap, norm, titled, tname, minor,
                           hub, aired, kf,     &hy,  &rb,    &fk};
    DIGEST_TRACE(digest_trace_keys(ks, pl, nc, df_cap));
    digest_rows(nc, pair_row, &ctx, scp, e);
    digest_foreign_keys_free(&fk);
    free(norm);
    free(titled);
    free(tname);
    free(hub);
    free(aired);
    digest_rubrics_free(&rb);
    free(hy.off);
    free(hy.mark);
    free(kf);
    free(minor);
    for (size_t t = 0; t < DIGEST_ROW_THREADS; t++) {
        free(sc[t].acc);
        free(sc[t].stamp);
        free(sc[t].touch);
    }
}

void digest_postings_free(struct postings *pl)
{
    free(pl->off);
    free(pl->post);
    free(pl->w);
    free(pl->kind);
    free(pl->idf);
    free(pl->place);
}
