/*
 * digest_idiom: a word an idiom gives another sense. Wire copy writes a
 * few turns whose word says something else than the word alone, and the
 * stem meets the plain word of another story: a road "under water" is
 * flooded, it lacks no water; a ship "calling at" a port makes a port call,
 * it calls no strike. Day 63's "Schools closed, Solomon Hochoy Highway under
 * water" (the flood) met the water cuts' « faute d'eau, les écoles de
 * Pointe-à-Pitre fermées » through "water" and the schools; day 54's cruise
 * season ("a 5,200-passenger ship calling at Fort-de-France") met the
 * dockers' "Martinique dockworkers call open-ended walkout" through "call"
 * and the port. A word a post writes only inside such a turn (idioms[]) is
 * keyed as the word the turn means (the flood's; the port call's,
 * « escale »), and its translations (K_BRIDGE) are dropped: it meets the
 * flood's posts and the cruise's, no longer the other sense. A word the
 * post writes on its own too keeps its key. (eval/README.md, ninety-fourth
 * round.) Rescuers who ended a search "after accounting for all the
 * residents" found everyone; they hold no account, and day 55's collapse
 * met the savers' "Account holders" through it: "account for" is keyed as
 * "found", whatever follows (ninety-seventh round).
 */
#include "digest_int.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

/* The turns, as folded words (digest_words_at()); at: which of its words
 * takes the sense; then: what must follow the turn, NAME a capitalised
 * word (a ship calls at a port, not "the first 999 call at 6.12pm"), END
 * no word of the copy's own (a road is under water, a town "under water
 * restrictions" is not: the end of the clause, a function word, a day);
 * the word it means, in its language. */
enum { NAME = 1, END = 2 };

static const struct {
    const char *lang, *words;
    uint8_t at, then;
    const char *to_lang, *to;
} idioms[] = {
    {"en", "under water", 1, END, "en", "flooded"}, {"fr", "sous les eaux", 2, END, "fr", "inondé"},
    {"fr", "sous l eau", 2, END, "fr", "inondé"},   {"en", "call at", 0, NAME, "fr", "escale"},
    {"en", "calls at", 0, NAME, "fr", "escale"},    {"en", "calling at", 0, NAME, "fr", "escale"},
    {"en", "called at", 0, NAME, "fr", "escale"},   {"en", "account for", 0, 0, "en", "found"},
    {"en", "accounts for", 0, 0, "en", "found"},    {"en", "accounted for", 0, 0, "en", "found"},
    {"en", "accounting for", 0, 0, "en", "found"},
};
#define NIDIOMS (sizeof idioms / sizeof *idioms)
#define IDIOM_WORDS 8 /* turns read per post, at most */

static uint64_t word_at(struct scratch *sc, const char *lang, size_t j)
{
    const struct tok *t = sc->t;
    return digest_word_key(&sc->stems, lang, sc->raw.data + t[j].s, t[j].e - t[j].s, t[j].fw,
                           t[j].fn);
}

/* The key that a post in lang gives word w. */
static uint64_t key_of(struct scratch *sc, const char *lang, const char *w)
{
    char folded[32];
    size_t n = strlen(w);
    return digest_word_key(&sc->stems, lang, w, n, folded, digest_fold_latin1(w, n, folded));
}

/* Whether what follows a turn that ends before token j is as then asks. */
static int followed(const struct scratch *sc, size_t j, uint8_t then)
{
    const struct tok *t = sc->t;
    if (!then)
        return 1; /* a turn that holds whatever follows ("accounting for") */
    if (then == NAME)
        return j < sc->nt && t[j].cap && !t[j].digits;
    if (j >= sc->nt || t[j].intitle != t[j - 1].intitle)
        return 1;
    for (uint32_t x = t[j - 1].e; x < t[j].s; x++)
        if (sc->raw.data[x] != ' ')
            return 1; /* a clause's end */
    return (t[j].wf & (WF_STOP | WF_WEAK | WF_NOENT)) != 0;
}

/* Drops key k of the post being read. */
static void drop(struct scratch *sc, size_t k)
{
    sc->nk--;
    memmove(sc->keys + k, sc->keys + k + 1, (sc->nk - k) * sizeof *sc->keys);
    memmove(sc->kw + k, sc->kw + k + 1, (sc->nk - k) * sizeof *sc->kw);
    memmove(sc->kind + k, sc->kind + k + 1, sc->nk - k);
    memmove(sc->ksrc + 2 * k, sc->ksrc + 2 * k + 2, 2 * (sc->nk - k) * sizeof *sc->ksrc);
}

/* Whether token j is one of the turns' tokens at[0..n). */
static int in_turn(const size_t *at, size_t n, size_t j)
{
    for (size_t i = 0; i < n; i++)
        if (at[i] == j)
            return 1;
    return 0;
}

/* Keys word key wk, read at the turns' tokens at[0..n), as key to, when
 * the post writes it nowhere else, and drops the translations read there. */
static void rekey(struct scratch *sc, const char *lang, uint64_t wk, const size_t *at, size_t n,
                  uint64_t to)
{
    for (size_t j = 0; j < sc->nt; j++)
        if (!in_turn(at, n, j) && word_at(sc, lang, j) == wk)
            return; /* written on its own too */
    for (size_t k = sc->nk; k-- > 0;)
        for (size_t i = 0; i < n; i++)
            if (sc->kind[k] == K_BRIDGE && sc->ksrc[2 * k] == sc->t[at[i]].s) {
                drop(sc, k);
                break;
            }
    size_t held = SIZE_MAX; /* the key to, if the post holds it already */
    for (size_t k = 0; k < sc->nk; k++)
        if (sc->keys[k] == to && sc->kind[k] != K_BRIDGE)
            held = k;
    for (size_t k = sc->nk; k-- > 0;) {
        if (sc->keys[k] != wk || (sc->kind[k] != K_WORD && sc->kind[k] != K_WORDQ) ||
            sc->kw[k] <= 0.0f)
            continue;
        if (held == SIZE_MAX) {
            sc->keys[k] = to;
            held = k;
            continue;
        }
        if (sc->kw[k] > sc->kw[held])
            sc->kw[held] = sc->kw[k];
        drop(sc, k);
        held -= held > k;
    }
}

void digest_idiom_keys(struct scratch *sc, const char *lang)
{
    const struct tok *t = sc->t;
    size_t at[IDIOM_WORDS], which[IDIOM_WORDS], n = 0;
    uint64_t done[IDIOM_WORDS], first[NIDIOMS], sieve = 0; /* each turn's first word, as t[].h */
    size_t ndone = 0;

    if (!lang)
        return;
    for (size_t d = 0; d < NIDIOMS; d++) {
        first[d] = strncasecmp(lang, idioms[d].lang, 2) == 0
                       ? word_hash(idioms[d].words, strcspn(idioms[d].words, " "))
                       : 0;
        sieve |= first[d] ? 1ULL << (first[d] & 63) : 0;
    }
    for (size_t i = 0; i < sc->nt && n < IDIOM_WORDS; i++)
        for (size_t d = 0; d < NIDIOMS && n < IDIOM_WORDS && (sieve >> (t[i].h & 63) & 1); d++) {
            if (t[i].h != first[d])
                continue;
            size_t m = digest_words_at(t, sc->nt, i, idioms[d].words);
            if (!m || !followed(sc, i + m, idioms[d].then))
                continue;
            at[n] = i + idioms[d].at;
            which[n++] = d;
        }
    for (size_t i = 0; i < n; i++) {
        uint64_t wk = word_at(sc, lang, at[i]);
        int seen = !wk;
        for (size_t j = 0; j < ndone && !seen; j++)
            seen = done[j] == wk;
        if (seen)
            continue;
        done[ndone++] = wk;
        size_t same[IDIOM_WORDS], ns = 0;
        for (size_t j = i; j < n; j++)
            if (word_at(sc, lang, at[j]) == wk)
                same[ns++] = at[j];
        uint64_t to = key_of(sc, idioms[which[i]].to_lang, idioms[which[i]].to);
        if (to && to != wk)
            rekey(sc, lang, wk, same, ns, to);
    }
}
