/*
 * digest_namesake: a country that a longer name ends on. A bank, an
 * authority, a port town is named after its country with "of" or « de »:
 * "the Reserve Bank of India", "the Bank of Namibia", "the Maritime Safety
 * Authority of Fiji", "Port of Spain". Its last word is read as every
 * longer name's is, a key of its own (K_HALF, half a feature), and that
 * key is the country's: it met the country that another post names
 * (K_ALIAS), as if the bank were the country. It is not, no more than a
 * country's adjective is (pair_add(), flag 128): the name says which bank
 * or which town. Day 55's savers outside the court ("six years after the
 * Reserve Bank of India barred the lender") met the building collapse's
 * AP report ("near India's Mumbai") through the city and that last word,
 * a weak link of names alone, and the collapse's two posts claimed them
 * (digest_attach()). Such a last word, of an alias-table country (the
 * names written one way in French, another in English), is keyed in its
 * own namespace: it meets the same name's last word in another post, never
 * the country. A name that is the country's own long name ("Republic of
 * Fiji", « République de ... ») keeps it. (eval/README.md, ninety-fourth
 * round.)
 */
#include "digest_int.h"

#include <string.h>

/* The key of a country that a longer name ends on: its own namespace. */
static uint64_t namesake_mark(uint64_t h)
{
    return mix64(h ^ 0x6e616d6573616b65ULL) | 1;
}

static int is_word(const struct tok *t, const char *w)
{
    return t->fn == strlen(w) && memcmp(t->fw, w, t->fn) == 0;
}

/* Whether t is the first word of a country's own long name ("Republic of ..."). */
static int state_word(const struct tok *t)
{
    static const char *const words[] = {"republic", "republique", "kingdom",
                                        "royaume",  "state",      "etat"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (is_word(t, words[i]))
            return 1;
    return 0;
}

/* The token index whose bytes start at byte s, or nt. */
static size_t token_at(const struct scratch *sc, uint32_t s)
{
    for (size_t j = 0; j < sc->nt; j++)
        if (sc->t[j].s == s)
            return j;
    return sc->nt;
}

void digest_namesake_keys(struct scratch *sc)
{
    const struct tok *t = sc->t;

    for (size_t k = 0; k < sc->nk; k++) {
        if (sc->kind[k] != K_HALF || sc->kw[k] == 0.0f || !digest_alias_canon(sc->keys[k]))
            continue;
        size_t j = token_at(sc, sc->ksrc[2 * k]);
        if (j < 2 || j == sc->nt)
            continue;
        const struct tok *of = &t[j - 1];
        if (!(is_word(of, "of") || is_word(of, "de") || is_word(of, "du") || is_word(of, "d")))
            continue;
        size_t first = j - 1; /* the name's first word */
        while (first > 0 && t[first - 1].named == 1 && t[first].join)
            first--;
        if (first < j - 1 && !state_word(&t[first]))
            sc->keys[k] = namesake_mark(sc->keys[k]);
    }
}
