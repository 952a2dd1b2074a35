/*
 * digest_sole: whether a lone post and a post of a story share a name that
 * is the story's alone in the window: every candidate that holds it is the
 * lone post or one of the story's posts. In a regional 12-hour window a
 * trawler's name, a person's, a firm's, written by two posts and by no
 * other story, is the story's own, however few of its posts write it (the
 * anchor of digest_anchors() asks for two posts of the story besides the
 * lone one). digest_attach() takes it with the post's only edges that weigh
 * (eval/README.md, hundred-and-fifth round). The holders of each key are
 * indexed once per digest_attach() call, on its first question, from the
 * keyset's key ids (digest_attach() has no postings): a pass over the keys.
 * Two posts that name one broadcaster share no name of a story's own: the
 * guest of one interview is every story's it is quoted in.
 */
#include "digest_sole.h"

#include <stdlib.h>

#include "digest_int.h"
#include "xmalloc.h"

struct digest_sole {
    size_t nkeys;
    size_t *off; /* key id k is held by post[off[k] .. off[k + 1]) */
    uint32_t *post;
};

static struct digest_sole *sole_index(const struct keyset *ks, size_t nc)
{
    struct digest_sole *x = xcalloc(1, sizeof *x);
    size_t nk = ks->off[nc];

    for (size_t k = 0; k < nk; k++)
        if (ks->kid[k] + (size_t)1 > x->nkeys)
            x->nkeys = ks->kid[k] + (size_t)1;
    x->off = xcalloc(x->nkeys + 1, sizeof *x->off);
    x->post = xmalloc((nk ? nk : 1) * sizeof *x->post);
    for (size_t k = 0; k < nk; k++)
        x->off[ks->kid[k] + 1]++;
    for (size_t k = 0; k < x->nkeys; k++)
        x->off[k + 1] += x->off[k];
    size_t *fill = xmalloc((x->nkeys ? x->nkeys : 1) * sizeof *fill);
    for (size_t k = 0; k < x->nkeys; k++)
        fill[k] = x->off[k];
    for (size_t c = 0; c < nc; c++)
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++)
            x->post[fill[ks->kid[k]]++] = (uint32_t)c;
    free(fill);
    return x;
}

/* Whether key id is held by no candidate but s and the posts of story t. */
static int held_by(const struct digest_sole *x, struct groups *g, size_t s, size_t t, uint32_t id)
{
    for (size_t q = x->off[id]; q < x->off[id + 1]; q++)
        if (x->post[q] != s && uf_find(g->parent, x->post[q]) != t)
            return 0;
    return 1;
}

/* Whether posts s and o name one broadcaster (a K_MEDIA key of both): two
 * posts of one interview, whose guest, the guest's office and the place
 * the guest governs every story drawn from the interview names. The
 * premier of day 53, heard on one station and quoted on the flooding and
 * on a ferry's grounding, was a name that only the ferry's post and the
 * flooding's interview post held (eval/README.md, hundred-and-sixth
 * round, precision). */
static int one_broadcast(const struct keyset *ks, size_t s, size_t o)
{
    for (size_t k = ks->off[s]; k < ks->off[s + 1]; k++)
        if (ks->kind[k] == K_MEDIA)
            for (size_t q = ks->off[o]; q < ks->off[o + 1]; q++)
                if (ks->kind[q] == K_MEDIA && ks->kid[q] == ks->kid[k])
                    return 1;
    return 0;
}

int digest_sole_name(const struct keyset *ks, struct groups *g, size_t nc, size_t s, size_t o,
                     size_t t, struct digest_sole **x)
{
    if (!ks || !ks->kid || one_broadcast(ks, s, o))
        return 0;
    for (size_t k = ks->off[s]; k < ks->off[s + 1]; k++) {
        if (ks->kind[k] != K_NAME)
            continue;
        for (size_t q = ks->off[o]; q < ks->off[o + 1]; q++) {
            if (ks->kid[q] != ks->kid[k] || ks->kind[q] != K_NAME)
                continue;
            if (!*x)
                *x = sole_index(ks, nc);
            if (held_by(*x, g, s, t, ks->kid[k]))
                return 1;
        }
    }
    return 0;
}

void digest_sole_free(struct digest_sole *x)
{
    if (!x)
        return;
    free(x->off);
    free(x->post);
    free(x);
}
