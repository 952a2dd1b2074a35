/*
 * digest_modifier: a word written only as a facility's modifier. English
 * copy names a facility by the noun that stands before its word: "the
 * Kingston container terminal", "the casualty ward", "the fish market",
 * "the bus station". The modifier says which facility, where a thing
 * happened, not what happened: "container" of "container terminal" is no
 * container. Day 45's berth expansion ("The expansion of the Kingston
 * container terminal ... will create about 600 construction jobs") and
 * the cocaine found "in a container at Kingston port" met through the
 * town, the port and "container", read as a word of what happened. A word
 * a post writes only right before a facility's word (digest_facility()),
 * both in lower case, is marked (digest_modifier_keys(), a key of no
 * weight); two posts whose titles meet the other post through nothing but
 * names, facilities' words and such words of the other post (one at
 * least) share a place, and the edge is thin, as the place's rule makes
 * it when no such word is met (pair_thin(), digest_group.c). The keys
 * stay, and so do both posts' vectors. Only English: a French facility's
 * modifier follows it ("terminal à conteneurs"). (eval/README.md,
 * seventy-ninth round.)
 */
#include "digest_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xmalloc.h"

/* The mark of a word h written only as a facility's modifier: a key of no
 * weight, of its own namespace. */
static uint64_t modifier_mark(uint64_t h)
{
    return mix64(h ^ 0x6661636d6f646966ULL) | 1;
}

#define MODIFIER_MARKS 16

/* The English facilities' words (digest_maps.c's facility_en[] and
 * berth_en[]), as folded words: a first sieve, before the word's key is
 * read (digest_facility() decides). */
static const char *const facility_words[] = {
    "hospital", "clinic", "port",   "harbour", "harbor",     "station",
    "airport",  "market", "school", "hotel",   "terminal",   "stadium",
    "wharf",    "quay",   "pier",   "jetty",   "university", "infirmary",
};

static uint64_t word_at(struct scratch *sc, const char *lang, size_t j)
{
    const struct tok *t = sc->t;
    return digest_word_key(&sc->stems, lang, sc->raw.data + t[j].s, t[j].e - t[j].s, t[j].fw,
                           t[j].fn);
}

/* Whether token k is a lower-case word one space before a lower-case
 * facility's word, in the same part of the post. */
static int before_facility(struct scratch *sc, const char *lang, size_t k)
{
    const struct tok *t = sc->t;
    if (k + 1 >= sc->nt || t[k].cap || t[k + 1].cap || t[k + 1].s != t[k].e + 1 ||
        sc->raw.data[t[k].e] != ' ' || t[k].intitle != t[k + 1].intitle)
        return 0;
    /* The first letter sieves before any strlen(): each word is four
     * letters at least. */
    const struct tok *w = &t[k + 1];
    size_t nf = sizeof facility_words / sizeof *facility_words, f = w->fn >= 4 ? 0 : nf;
    char first = w->fn ? w->fw[0] : 0;
    while (f < nf && !(first == facility_words[f][0] && w->fn == strlen(facility_words[f]) &&
                       memcmp(w->fw, facility_words[f], w->fn) == 0))
        f++;
    uint64_t key = f < nf ? word_at(sc, lang, k + 1) : 0;
    return key && digest_facility(key);
}

/* Whether the post writes word wk (at token k) only before a facility's
 * word: every token of its key (the first three letters sieve them) is. */
static int modifier_only(struct scratch *sc, const char *lang, uint64_t wk, size_t k)
{
    const struct tok *t = sc->t;
    for (size_t j = 0; j < sc->nt; j++)
        if (j != k && t[j].dpre == 0 && t[j].fn >= 3 && memcmp(t[j].fw, t[k].fw, 3) == 0 &&
            word_at(sc, lang, j) == wk && !before_facility(sc, lang, j))
            return 0;
    return 1;
}

void digest_modifier_keys(struct scratch *sc, const char *lang)
{
    const struct tok *t = sc->t;
    uint64_t mark[MODIFIER_MARKS];
    uint32_t span[2 * MODIFIER_MARKS];
    size_t nm = 0;

    digest_road_keys(sc); /* and a road's number, in any language (digest_road.c) */
    if (!lang || strncasecmp(lang, "en", 2) != 0)
        return;
    for (size_t k = 0; k + 1 < sc->nt && nm < MODIFIER_MARKS; k++) {
        if (t[k].dpre > 0 || t[k].fn < 3 || (t[k].wf & (WF_STOP | WF_NOENT)) ||
            !before_facility(sc, lang, k))
            continue;
        uint64_t wk = word_at(sc, lang, k), m = modifier_mark(wk);
        int seen = 0;
        for (size_t i = 0; i < nm; i++)
            seen |= mark[i] == m;
        if (!wk || seen || digest_facility(wk) || !modifier_only(sc, lang, wk, k))
            continue;
        span[2 * nm] = t[k].s;
        span[2 * nm + 1] = t[k].e;
        mark[nm++] = m;
    }
    digest_push_marks(sc, mark, span, nm);
}

/* Whether post c holds the mark m. */
static int holds_mark(const struct keyset *ks, size_t c, uint64_t m)
{
    for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++)
        if (ks->h[k] == m && ks->w[k] == 0.0f)
            return 1;
    return 0;
}

/* Whether c's title meets o through nothing but names, facilities' words
 * and words o writes only as a facility's modifier. */
static int title_place_only(const struct keyset *ks, const struct postings *pl, size_t c, size_t o)
{
    for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
        uint8_t kind = ks->kind[k];
        if (kind == K_WORDQ || kind == K_MEDIA || kind == K_BRIDGE || ks->w[k] < TITLE_KEY_WEIGHT ||
            !digest_holds(pl, ks->kid[k], o))
            continue;
        if (kind == K_NAME || kind == K_HALF || kind == K_ALIAS || kind == K_WORDN ||
            kind == K_WORDA)
            continue;
        if (kind == K_WORD && (pl->place[ks->kid[k]] & 1))
            continue;
        if (kind != K_WORD || !holds_mark(ks, o, modifier_mark(ks->h[k])))
            return 0;
    }
    return 1;
}

/* Whether posts c and o share a facility's word, no country, a word one of
 * them writes only as a facility's modifier and the other on its own, and
 * fewer than two words that say what happened (no facility's, no toll's,
 * no modifier's). */
static int shares_place(const struct keyset *ks, const struct postings *pl, size_t c, size_t o)
{
    int place = 0, words = 0, mods = 0;
    for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
        uint32_t id = ks->kid[k];
        if (ks->w[k] == 0.0f || !digest_holds(pl, id, o))
            continue;
        if (ks->kind[k] == K_ALIAS && (pl->place[id] & 4))
            return 0; /* a country: the place rule leaves it too (pair_thin()) */
        if (ks->kind[k] != K_WORD)
            continue;
        /* a modifier in both posts: one facility named alike ("Leeds
         * railway station"), neither a word nor the rule's */
        int mc = holds_mark(ks, c, modifier_mark(ks->h[k]));
        int mo = holds_mark(ks, o, modifier_mark(ks->h[k]));
        if (pl->place[id] & 1)
            place = 1;
        else if (mc != mo)
            mods++;
        else if (!mc && !(pl->place[id] & 2))
            words++;
    }
    return place && mods && words < 2;
}

/* Whether post c may hold the mark of one of its own keys: shares_place()
 * counts no modifier unless one post holds a key and its mark. Once per
 * post, so that the edges' walks of both posts' keys (title_place_only(),
 * shares_place()) are skipped for the many pairs where neither does; 1
 * when the post has more marks of no weight than are read here. */
#define ZERO_KEYS 64

static uint8_t own_mark(const struct keyset *ks, size_t c)
{
    uint64_t zero[ZERO_KEYS];
    size_t nz = 0;
    for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++)
        if (ks->w[k] == 0.0f) {
            if (nz == ZERO_KEYS)
                return 1;
            zero[nz++] = ks->h[k];
        }
    for (size_t k = ks->off[c]; k < ks->off[c + 1] && nz; k++) {
        uint64_t m = modifier_mark(ks->h[k]);
        for (size_t i = 0; i < nz; i++)
            if (zero[i] == m)
                return 1;
    }
    return 0;
}

/* Whether c and o, of one language, one of them holding a mark (marked[],
 * bit 0) and one the mark of a key of its own (bit 1, own_mark()), share
 * a place (shares_place()) and titles that meet the other post through
 * nothing else (title_place_only()). */
static int modifier_place(const struct keyset *ks, const struct postings *pl, const uint8_t *marked,
                          uint32_t c, uint32_t o)
{
    return ks->lang[c] == ks->lang[o] && ((marked[c] | marked[o]) & 1) &&
           ((marked[c] | marked[o]) & 2) && title_place_only(ks, pl, c, o) &&
           title_place_only(ks, pl, o, c) && shares_place(ks, pl, c, o);
}

void digest_modifier_apart(const struct keyset *ks, const struct postings *pl, size_t nc,
                           struct digest_edges *e)
{
    uint8_t *marked = xcalloc(nc ? nc : 1, 1); /* bits of modifier_place() */
    for (size_t c = 0; c < nc; c++) {
        for (size_t k = ks->off[c]; k < ks->off[c + 1] && !marked[c]; k++)
            marked[c] = ks->kind[k] == K_WORDQ && ks->w[k] == 0.0f;
        marked[c] |= (uint8_t)(own_mark(ks, c) << 1);
    }
    for (size_t i = 0; i < e->n; i++)
        if (e->v[i].cos > 0 && e->named && modifier_place(ks, pl, marked, e->v[i].a, e->v[i].b)) {
            e->v[i].cos = 0.0f; /* thin */
            e->named[i] |= 2;   /* and no link: a place */
        }
    size_t kept = 0;
    for (size_t i = 0; i < e->nweak; i++)
        if (!modifier_place(ks, pl, marked, e->weak[i].a, e->weak[i].b))
            e->weak[kept++] = e->weak[i];
    e->nweak = kept;
    free(marked);
}
