/*
 * digest_why: why the posts of a chosen story are one story, for the
 * preview. For each merged post (the first DIGEST_WHY_MAX of an item, in
 * the order of merged), the post of its story it has its strongest edge
 * with (none: the post digest_centroid() found it shares most with, or
 * none), and what they share that counts: names, figures and content words
 * (not the words inside a name, which the name shows, nor quoted words or
 * broadcasters, which count for nothing),
 * names and figures first, then title words, at most DIGEST_WHY_TERMS, as
 * the merged post writes them.
 *
 * Only the chosen items are explained, so the cost is two post reads per
 * explained post, never the window's.
 */
#include "digest_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xmalloc.h"

struct digest_why_ctx {
    const struct digest_edges *e; /* the weighed edges and their neighbour lists */
    size_t nc;
    size_t *cand_of; /* post index -> candidate index, SIZE_MAX when excluded */
    uint32_t *mark;  /* candidate -> the stamp of the story being explained */
    uint32_t stamp;
    struct scratch sc;
};

struct digest_why_ctx *digest_why_new(const struct digest_edges *e, const size_t *cand, size_t nc,
                                      size_t n)
{
    struct digest_why_ctx *x = xcalloc(1, sizeof *x);

    x->e = e;
    x->nc = nc;
    x->cand_of = xmalloc((n ? n : 1) * sizeof *x->cand_of);
    for (size_t i = 0; i < n; i++)
        x->cand_of[i] = SIZE_MAX;
    for (size_t c = 0; c < nc; c++)
        x->cand_of[cand[c]] = c;
    x->mark = xcalloc(nc ? nc : 1, sizeof *x->mark);
    digest_scratch_init(&x->sc);
    return x;
}

void digest_why_free(struct digest_why_ctx *x)
{
    if (!x)
        return;
    free(x->cand_of);
    free(x->mark);
    digest_scratch_free(&x->sc);
    free(x);
}

/* One key of the partner post, for the intersection. */
struct partner_key {
    uint64_t h;
    float w;
};

static int pkey_cmp(const void *a, const void *b)
{
    uint64_t x = ((const struct partner_key *)a)->h, y = ((const struct partner_key *)b)->h;

    return x < y ? -1 : x > y;
}

/* A shared key of the merged post, ranked. */
struct shared {
    int prio; /* 2: a name or figure, 1: a word */
    float w;  /* the smaller of the two weights (a title's count double) */
    uint32_t from, to;
};

static int shared_cmp(const void *a, const void *b)
{
    const struct shared *x = a, *y = b;

    if (x->prio != y->prio)
        return y->prio - x->prio;
    if (x->w != y->w)
        return x->w > y->w ? -1 : 1;
    return x->from < y->from ? -1 : x->from > y->from;
}

static int counts(uint8_t kind)
{
    return kind != K_WORDN && kind != K_WORDA && kind != K_WORDQ && kind != K_MEDIA;
}

/* The terms posts p and q share, into w (p read last, so that the terms
 * are p's words). */
static void shared_terms(struct digest_why_ctx *x, const struct digest_post *p,
                         const struct digest_post *q, struct digest_why *w)
{
    struct scratch *sc = &x->sc;

    if (digest_post_keys(sc, q) < 0)
        return;
    struct partner_key *b = xmalloc((sc->nk ? sc->nk : 1) * sizeof *b);
    size_t nb = 0;
    for (size_t k = 0; k < sc->nk; k++)
        if (counts(sc->kind[k]))
            b[nb++] = (struct partner_key){.h = sc->keys[k], .w = sc->kw[k]};
    qsort(b, nb, sizeof *b, pkey_cmp);
    if (digest_post_keys(sc, p) < 0) {
        free(b);
        return;
    }
    struct shared *sh = xmalloc((sc->nk ? sc->nk : 1) * sizeof *sh);
    size_t ns = 0;
    for (size_t k = 0; k < sc->nk; k++) {
        if (!counts(sc->kind[k]))
            continue;
        struct partner_key key = {.h = sc->keys[k]};
        const struct partner_key *m = bsearch(&key, b, nb, sizeof *b, pkey_cmp);
        if (!m)
            continue;
        sh[ns++] = (struct shared){.prio = sc->kind[k] == K_WORD ? 1 : 2,
                                   .w = sc->kw[k] < m->w ? sc->kw[k] : m->w,
                                   .from = sc->ksrc[2 * k],
                                   .to = sc->ksrc[2 * k + 1]};
    }
    qsort(sh, ns, sizeof *sh, shared_cmp);
    for (size_t i = 0; i < ns && w->nshared < DIGEST_WHY_TERMS; i++) {
        size_t len = sh[i].to - sh[i].from;
        if (len == 0 || len > DIGEST_WHY_TERM_BYTES)
            continue;
        char *t = xstrndup(sc->raw.data + sh[i].from, len);
        for (char *c = t; *c; c++)
            if (*c == '\n')
                *c = ' '; /* a name across the title's end */
        int dup = 0;
        for (size_t k = 0; k < w->nshared && !dup; k++)
            dup = strcasecmp(w->shared[k], t) == 0;
        if (dup)
            free(t);
        else
            w->shared[w->nshared++] = t;
    }
    free(sh);
    free(b);
}

void digest_why_fill(struct digest_why_ctx *x, const struct digest_post *posts,
                     const size_t *members, size_t count, struct digest_item *it)
{
    size_t nw = it->nmerged < DIGEST_WHY_MAX ? it->nmerged : DIGEST_WHY_MAX;

    if (!nw)
        return;
    if (++x->stamp == 0) {
        memset(x->mark, 0, x->nc * sizeof *x->mark);
        x->stamp = 1;
    }
    for (size_t m = 0; m < count; m++)
        x->mark[x->cand_of[members[m]]] = x->stamp;
    it->why = xcalloc(nw, sizeof *it->why);
    for (size_t k = 0; k < nw; k++) {
        struct digest_why *w = &it->why[it->nwhy++];
        size_t p = SIZE_MAX;
        for (size_t m = 0; m < count && p == SIZE_MAX; m++)
            if (posts[members[m]].seq == it->merged[k])
                p = members[m];
        w->seq = it->merged[k];
        if (p == SIZE_MAX)
            continue;
        size_t c = x->cand_of[p], best = SIZE_MAX;
        float bc = -1;
        for (size_t i = x->e->off[c]; i < x->e->off[c + 1]; i++) {
            const struct digest_nb *nb = &x->e->nb[i];
            float cos = x->e->v[nb->edge].cos;
            if (x->mark[nb->other] == x->stamp && cos > bc) {
                bc = cos;
                best = nb->other;
            }
        }
        /* Joined by the story's centroid: the post of it it shares most
         * with (digest_centroid()). */
        if (best == SIZE_MAX && x->e->via && x->e->via[c] != UINT32_MAX &&
            x->mark[x->e->via[c]] == x->stamp)
            best = x->e->via[c];
        if (best == SIZE_MAX)
            continue; /* joined through the story's average, not one post */
        const struct digest_post *q = NULL;
        for (size_t m = 0; m < count && !q; m++)
            if (x->cand_of[members[m]] == best)
                q = &posts[members[m]];
        w->with = q->seq;
        shared_terms(x, &posts[p], q, w);
    }
}
