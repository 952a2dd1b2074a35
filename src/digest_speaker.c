/*
 * digest_speaker: two statements of one speaker. English copy opens a
 * reaction's title on who speaks and a verb of saying: "Union demands
 * safer transport for Pacific pickers after fatal rollover", "Union says
 * salmon workers learned of cuts by text", "Police say ...". A union, the
 * police, a council speak on every story of their day; what says which
 * story is the rest of the title. Two posts of one language whose titles
 * open on the same speaker and such a verb, and share no other key of a
 * title, are two statements of one speaker, as two acts of one official
 * are (digest_office_apart(), which asks this first): a thin edge, still
 * a link. Day 77's two unions' reactions met through "union, workers,
 * representing, every" ("The union representing farm workers", "The union
 * representing Huon Crest's processing workers"). (eval/README.md,
 * eighty-seventh round.)
 */
#include "digest_int.h"

#include <string.h>
#include <strings.h>

/* The verbs of saying a reaction's title puts after its speaker. */
static const char *const saying[] = {"says",  "say",   "demands", "demand", "calls",
                                     "warns", "urges", "wants",   "slams"};

/* A speaker's mark: a key of no weight, its low bits a tag that no other
 * mark of the post is read as. */
#define SPEAKER_TAG 0x5B5BULL
#define SPEAKER_BITS 0xFFFFULL

void digest_speaker_keys(struct scratch *sc, const char *lang)
{
    const struct tok *t = sc->t;
    if (!lang || strncasecmp(lang, "en", 2) != 0 || sc->nt < 2 || !t[0].intitle || !t[1].intitle)
        return;
    for (size_t v = 0; v < sizeof saying / sizeof *saying; v++)
        if (t[1].fn == strlen(saying[v]) && memcmp(t[1].fw, saying[v], t[1].fn) == 0) {
            uint64_t mark = (mix64(t[0].h ^ 0x737065616b657231ULL) & ~SPEAKER_BITS) | SPEAKER_TAG;
            uint32_t span[2] = {t[0].s, t[1].e};
            digest_push_marks(sc, &mark, span, 1);
            return;
        }
}

/* Post c's speaker mark, or 0. Marks are pushed after a post's keys: only
 * the trailing keys of no weight are read. */
static uint64_t speaker(const struct keyset *ks, size_t c)
{
    for (size_t k = ks->off[c + 1]; k-- > ks->off[c] && ks->kind[k] == K_WORDQ && ks->w[k] == 0.0f;)
        if ((ks->h[k] & SPEAKER_BITS) == SPEAKER_TAG)
            return ks->h[k];
    return 0;
}

int digest_speaker_apart(const struct keyset *ks, size_t c, size_t o)
{
    uint64_t s = speaker(ks, c);
    return s && ks->lang[c] == ks->lang[o] && speaker(ks, o) == s &&
           digest_titles_shared(ks, c, o, 2) <= 1;
}
