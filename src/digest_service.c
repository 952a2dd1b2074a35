/*
 * digest_service: a service piece's advice. Every desk writes, beside a
 * story that changes its readers' day, a piece of advice: "What to do if
 * your train stops between two stations", "How to help the families",
 * "Where to get water", "Here is how to get around today". Its copy is in
 * the imperative ("Stay inside the coach unless the guard ... tell you to
 * get down", "Keep your phone charged"), and what ties it to its story is
 * the story's names: the line, the town, the fire's settlement. Two posts
 * of one language, one of them such a piece, that share no name and no
 * figure at all share the advice's ordinary words (get, stop, unless,
 * keep), not a story: day 55's train advice met the doctors' warning ("...
 * stir unless casualty wards get guards") through "unless, get, guards,
 * stop" alone. Such an edge is an aside's: thin and no link
 * (digest_aside_thin()). The keys stay, and so do both vectors.
 * (eval/README.md, eighty-seventh round.)
 */
#include "digest_int.h"

#include <string.h>
#include <strings.h>

/* The formulas of advice a title opens a piece with, as folded words. */
static const char *const advice[] = {
    "what to do", "how to", "where to", "here is how", "here s how", "ways to",
};

/* The mark of a service piece: a key of no weight, of its own namespace. */
#define SERVICE_MARK (0x7365727669636531ULL | 1)

void digest_service_keys(struct scratch *sc, const char *lang)
{
    const struct tok *t = sc->t;
    digest_speaker_keys(sc, lang); /* and a reaction's speaker (digest_speaker.c) */
    for (size_t i = 0; i < sc->nt && t[i].intitle; i++)
        for (size_t f = 0; f < sizeof advice / sizeof *advice; f++) {
            /* The first letter turns most away before the call (each
             * advice opens on a letter). */
            size_t n = t[i].fn && t[i].fw[0] == advice[f][0]
                           ? digest_words_at(t, sc->nt, i, advice[f])
                           : 0;
            if (n) {
                uint64_t mark = SERVICE_MARK;
                uint32_t span[2] = {t[i].s, t[i + n - 1].e};
                digest_push_marks(sc, &mark, span, 1);
                return;
            }
        }
}

/* Whether post c holds the service mark. Marks are pushed after a post's
 * keys (digest_push_marks()): only the trailing keys of no weight are read,
 * from the last one back. */
static int service(const struct keyset *ks, size_t c)
{
    for (size_t k = ks->off[c + 1]; k-- > ks->off[c] && ks->kind[k] == K_WORDQ && ks->w[k] == 0.0f;)
        if (ks->h[k] == SERVICE_MARK)
            return 1;
    return 0;
}

/* Whether post o holds key id kid (of some weight). */
static int holds(const struct keyset *ks, size_t o, uint32_t kid)
{
    for (size_t k = ks->off[o]; k < ks->off[o + 1]; k++)
        if (ks->kid[k] == kid && ks->w[k] != 0.0f)
            return 1;
    return 0;
}

/* Whether c and o share a name, a word of one or a figure. */
static int named_shared(const struct keyset *ks, size_t c, size_t o)
{
    for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
        uint8_t kd = ks->kind[k];
        if ((kd == K_NAME || kd == K_HALF || kd == K_NUMBER || kd == K_ALIAS || kd == K_WORDN ||
             kd == K_WORDA) &&
            ks->w[k] != 0.0f && holds(ks, o, ks->kid[k]))
            return 1;
    }
    return 0;
}

int digest_service_apart(const struct keyset *ks, size_t c, size_t o)
{
    return (service(ks, c) || service(ks, o)) && !named_shared(ks, c, o) &&
           digest_titles_shared(ks, c, o, 1) == 0;
}
