/*
 * digest_compound: a word an English title writes only inside a compound
 * modifier. English copy joins words by a hyphen into one modifier
 * ("cross-border shoppers", "long-term loans", "state-owned miner"), and
 * the compound says something its words do not say alone: "cross" of
 * "cross-border" is no crossing, "long" of "long-term" no length. Day
 * 91's "Suriname rate hike may push cross-border shoppers to Guyana" met
 * the bridge's traders ("Corentyne traders say crossing will end ferry
 * queues") through "cross" alone: two stories of one border town. A
 * word the title writes only inside such a compound, never on its own in
 * the post, is marked (digest_compound_keys(), a key of no weight), and a
 * title the other post meets through nothing else, a post that writes the
 * word on its own, is not met: a thin edge (digest_pairs()), as a title
 * met only through a word of a hyphenated name is (digest_hyphen_mark()).
 * The key itself stays, and so do both posts' vectors. Only English:
 * a French hyphen joins a compound noun or a name, and the rule, tried on
 * French too, lowered two French days (eval/README.md, seventy-sixth
 * round).
 */
#include "digest_int.h"

#include <strings.h>

/* The mark of a word h written only inside a compound: a key of no weight,
 * of its own namespace. */
static uint64_t compound_mark(uint64_t h)
{
    return mix64(h ^ 0x636f6d706f756e64ULL) | 1;
}

#define COMPOUND_MARKS 16

/* Whether token k is lower case and joined by a hyphen to a lower-case
 * word. */
static int in_compound(const struct tok *t, size_t k, size_t nt, const char *s)
{
    if (t[k].cap)
        return 0;
    return (k > 0 && !t[k - 1].cap && t[k].s == t[k - 1].e + 1 && s[t[k - 1].e] == '-') ||
           (k + 1 < nt && !t[k + 1].cap && t[k + 1].s == t[k].e + 1 && s[t[k].e] == '-');
}

/* Whether the post writes word wk on its own, outside a compound, at a
 * token other than k. */
static int written_alone(struct scratch *sc, const char *lang, uint64_t wk, size_t k)
{
    const struct tok *t = sc->t;
    const char *s = sc->raw.data;
    for (size_t j = 0; j < sc->nt; j++)
        if (j != k && t[j].dpre == 0 && t[j].fn >= 3 && !in_compound(t, j, sc->nt, s) &&
            digest_word_key(&sc->stems, lang, s + t[j].s, t[j].e - t[j].s, t[j].fw, t[j].fn) == wk)
            return 1;
    return 0;
}

void digest_compound_keys(struct scratch *sc, const char *lang)
{
    const struct tok *t = sc->t;
    const char *s = sc->raw.data;
    uint64_t mark[COMPOUND_MARKS];
    uint32_t span[2 * COMPOUND_MARKS];
    size_t nm = 0;

    if (!lang || strncasecmp(lang, "en", 2) != 0)
        return;
    for (size_t k = 0; k < sc->nt && t[k].intitle && nm < COMPOUND_MARKS; k++) {
        if (t[k].dpre > 0 || t[k].fn < 3 || (t[k].wf & (WF_STOP | WF_NOENT)) ||
            !in_compound(t, k, sc->nt, s))
            continue;
        uint64_t wk =
            digest_word_key(&sc->stems, lang, s + t[k].s, t[k].e - t[k].s, t[k].fw, t[k].fn);
        if (!wk || written_alone(sc, lang, wk, k))
            continue;
        span[2 * nm] = t[k].s;
        span[2 * nm + 1] = t[k].e;
        mark[nm++] = compound_mark(wk);
    }
    digest_push_marks(sc, mark, span, nm);
}

/* Whether post c writes word h only inside a compound (its mark). */
static int compound_only(const struct keyset *ks, size_t c, uint64_t h)
{
    uint64_t m = compound_mark(h);
    for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++)
        if (ks->h[k] == m && ks->w[k] == 0.0f)
            return 1;
    return 0;
}

/* Whether c's title meets o, and only through words c writes only inside
 * a compound and o writes on its own. */
static int title_compound_only(const struct keyset *ks, const struct postings *pl, size_t c,
                               size_t o)
{
    int met = 0;
    for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
        uint8_t kind = ks->kind[k];
        if (kind == K_WORDQ || kind == K_MEDIA || kind == K_BRIDGE || ks->w[k] < TITLE_KEY_WEIGHT ||
            !digest_holds(pl, ks->kid[k], o))
            continue;
        if (kind != K_WORD || !compound_only(ks, c, ks->h[k]) || compound_only(ks, o, ks->h[k]))
            return 0;
        met = 1;
    }
    return met;
}

int digest_compound_apart(const struct keyset *ks, const struct postings *pl, size_t c, size_t o)
{
    return ks->lang[c] == ks->lang[o] &&
           (title_compound_only(ks, pl, c, o) || title_compound_only(ks, pl, o, c));
}
