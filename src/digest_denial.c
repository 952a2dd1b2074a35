/*
 * digest_denial: a post that denies a link with another story ("Cet
 * incendie est sans lien avec le mouvement social des agents de
 * l'aéroport prévu mercredi", day 58's sawmill fire; "unrelated to",
 * "nothing to do with": mark_denied(), digest_keys.c) says by its own
 * words that it is no part of that story. The words of the denial make
 * no key of the post; they are kept as marks of no weight
 * (digest_denial_mark()), wherever the post writes them (the denial often
 * closes the copy, past the words read for the cosine). A pair one post
 * of which holds two words of the other's denial, or one in its title
 * (the title says the story), is the denied story and the denier: no link
 * (digest_pairs()), so that digest_attach() claims nothing through it,
 * whatever place they share besides. The edge keeps its weight: a post of
 * the denied story may write the denial itself ("un incendie ... sans lien
 * avec la grève", day 70's tug strike), and the link pass still groups it
 * with its own story. A denial that names the other story by two words of
 * its title (« sans lien avec la loi de financement soumise cette semaine
 * au Sénat », day 98, against « Le Sénat votera mercredi la loi de
 * financement ... ») says which story the denier is not, not only that two
 * stories are apart: that edge weighs nothing too (digest_denial_titled(),
 * read as an aside, digest_aside_thin()). One word of a title (« la grève »,
 * day 70's strike post writing it of its own story) is not enough.
 */
#include "digest_int.h"

/* Words of a post's denial that the other post holds, to be its story
 * (a word of its title counts two). */
#define DENIAL_MIN_MET 2
#define DENIAL_MARKS 16
/* Words of a post's denial that the other post's title holds, to be that
 * story's headline (digest_denial_titled()). */
#define DENIAL_TITLE_MET 2

void digest_denial_keys(struct scratch *sc, const char *lang)
{
    const struct tok *t = sc->t;
    uint64_t mark[DENIAL_MARKS];
    size_t at[DENIAL_MARKS], nm = 0;

    for (size_t k = 0; k < sc->nt && nm < DENIAL_MARKS; k++) {
        if (!t[k].denied || t[k].dpre > 0 || t[k].fn < 3 || (t[k].wf & (WF_STOP | WF_NOENT)))
            continue;
        uint64_t wk = digest_word_key(&sc->stems, lang, sc->raw.data + t[k].s, t[k].e - t[k].s,
                                      t[k].fw, t[k].fn);
        if (!wk)
            continue;
        size_t i = 0;
        while (i < nm && mark[i] != digest_denial_mark(wk))
            i++;
        if (i == nm) {
            at[nm] = k;
            mark[nm++] = digest_denial_mark(wk);
        }
    }
    uint32_t span[2 * DENIAL_MARKS];
    for (size_t i = 0; i < nm; i++) {
        span[2 * i] = t[at[i]].s;
        span[2 * i + 1] = t[at[i]].e;
    }
    digest_push_marks(sc, mark, span, nm);
}

/* Whether post o holds DENIAL_MIN_MET words of post c's denial. */
static int denied_by(const struct keyset *ks, size_t c, size_t o)
{
    uint64_t mark[DENIAL_MARKS * 4];
    size_t nm = 0, met = 0;

    for (size_t k = ks->off[c]; k < ks->off[c + 1] && nm < DENIAL_MARKS * 4; k++)
        if (ks->kind[k] == K_WORDQ && ks->w[k] == 0.0f)
            mark[nm++] = ks->h[k];
    if (nm < DENIAL_MIN_MET)
        return 0;
    for (size_t k = ks->off[o]; k < ks->off[o + 1] && met < DENIAL_MIN_MET; k++) {
        if (ks->w[k] == 0.0f)
            continue;
        uint64_t m = digest_denial_mark(ks->h[k]);
        for (size_t i = 0; i < nm; i++)
            if (mark[i] == m) {
                met += ks->w[k] >= TITLE_KEY_WEIGHT ? 2 : 1; /* a title word: the story */
                break;
            }
    }
    return met >= DENIAL_MIN_MET;
}

int digest_denial_apart(const struct keyset *ks, size_t c, size_t o)
{
    return denied_by(ks, c, o) || denied_by(ks, o, c);
}

/* The words of post c's denial that post o's title holds, each once. */
static size_t denied_in_title(const struct keyset *ks, size_t c, size_t o)
{
    uint64_t mark[DENIAL_MARKS * 4];
    size_t nm = 0, met = 0;

    for (size_t k = ks->off[c]; k < ks->off[c + 1] && nm < DENIAL_MARKS * 4; k++)
        if (ks->kind[k] == K_WORDQ && ks->w[k] == 0.0f)
            mark[nm++] = ks->h[k];
    if (nm < DENIAL_TITLE_MET)
        return 0;
    for (size_t k = ks->off[o]; k < ks->off[o + 1] && nm; k++) {
        if (ks->w[k] < TITLE_KEY_WEIGHT)
            continue;
        uint64_t m = digest_denial_mark(ks->h[k]);
        for (size_t i = 0; i < nm; i++)
            if (mark[i] == m) {
                met++;
                mark[i] = mark[--nm]; /* each word once */
                break;
            }
    }
    return met;
}

int digest_denial_titled(const struct keyset *ks, size_t c, size_t o)
{
    return denied_in_title(ks, c, o) >= DENIAL_TITLE_MET ||
           denied_in_title(ks, o, c) >= DENIAL_TITLE_MET;
}
