/*
 * digest_road: a road's number is a place, not a story's name. Wire copy
 * names a road by its number ("l'autoroute A8", "la route nationale RN7",
 * "the M25 motorway", "the N1 highway"), and a road runs through many
 * towns and many stories: the law that funds a motorway, the archaeologists
 * who dig on its route, a pile-up on it, the village it bypasses. Read as
 * a name of the story's own, the number made two such stories share two
 * names with a town on the route (day 98's Senate vote on the A8's funding
 * and the Cucuteni pottery found on its building site, "Târgu Frumos" and
 * "A8": eval/README.md, ninety-seventh round). A number of one to three
 * letters and one to four digits, in capitals, written right after a
 * road's word ("autoroute", "route", "nationale", "motorway", "highway",
 * ...) or right before one ("the A8 motorway"), is marked (a key of no
 * weight, digest_acronym_mark() of the name's key turned over): the window
 * then reads that name, in every post that writes it (« le chantier de
 * l'A8 »), as a road (key_flags(), digest_group.c), whose halves count but
 * which is no name of the two posts' own and no whole feature. Two posts
 * that share a town and the road through it, and nothing of what happened,
 * share one name, a place, and the edge is thin (pair_thin()). The key
 * stays, both posts' vectors are unchanged, and two reports of one pile-up
 * on the A8 share what happened besides.
 */
#include "digest_int.h"

#include <string.h>

#define ROAD_MARKS 8

/* A road's words, folded: the word before or after its number. */
static const char *const road_words[] = {
    "autoroute", "route",      "nationale", "departementale", "rocade",
    "motorway",  "highway",    "freeway",   "expressway",     "interstate",
    "road",      "autoroutes", "routes",    "motorways",      "highways",
};

/* Whether the folded word w (n bytes) is one to three letters and one to
 * four digits: the shape of a road's number ("a8", "dn28", "rn7", "m25"). */
static int road_number(const char *w, size_t n)
{
    size_t i = 0;

    while (i < n && w[i] >= 'a' && w[i] <= 'z')
        i++;
    if (i < 1 || i > 3 || n - i < 1 || n - i > 4)
        return 0;
    for (size_t j = i; j < n; j++)
        if (w[j] < '0' || w[j] > '9')
            return 0;
    return 1;
}

int digest_road_word(const struct tok *t)
{
    for (size_t i = 0; i < sizeof road_words / sizeof *road_words; i++)
        if (t->fn == strlen(road_words[i]) && memcmp(t->fw, road_words[i], t->fn) == 0)
            return 1;
    return 0;
}

/* Whether tokens a and b (a < b) stand one space apart, in the same part of
 * the post. */
static int one_space(const struct scratch *sc, size_t a, size_t b)
{
    const struct tok *t = sc->t;
    return t[b].s == t[a].e + 1 && sc->raw.data[t[a].e] == ' ' && t[a].intitle == t[b].intitle;
}

void digest_road_keys(struct scratch *sc)
{
    const struct tok *t = sc->t;
    uint64_t mark[ROAD_MARKS];
    uint32_t span[2 * ROAD_MARKS];
    size_t nm = 0;

    for (size_t k = 0; k < sc->nt && nm < ROAD_MARKS; k++) {
        if (!t[k].allcaps || !road_number(t[k].fw, t[k].fn))
            continue;
        int road = (k > 0 && one_space(sc, k - 1, k) && digest_road_word(&t[k - 1])) ||
                   (k + 1 < sc->nt && one_space(sc, k, k + 1) && digest_road_word(&t[k + 1]));
        uint64_t m = digest_acronym_mark(~entity_hash(t[k].fw, t[k].fn));
        for (size_t i = 0; i < nm && road; i++)
            road = mark[i] != m;
        if (!road)
            continue;
        span[2 * nm] = t[k].s;
        span[2 * nm + 1] = t[k].e;
        mark[nm++] = m;
    }
    digest_push_marks(sc, mark, span, nm);
}
