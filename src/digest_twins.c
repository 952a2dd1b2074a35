/*
 * digest_twins: after the grouping, the pairs of stories that are one story
 * split in two, so that the selection shows it once and scores it whole
 * (digest.c). Two kinds: two stories a name of their own is in the titles
 * of, held by no third story, two of those titles sharing a plain word; and
 * a post left alone whose edges of full weight all go to one story, linked
 * to half of its posts or more.
 */
#include "digest_int.h"

#include <stdlib.h>

#include "xmalloc.h"

/* digest_twins(): the two stories a name of their own is in the titles of,
 * held by no third story (see digest_int.h). */
static int twin_cmp(const void *x, const void *y)
{
    const uint32_t *p = x, *q = y;

    if (p[0] != q[0])
        return p[0] < q[0] ? -1 : 1;
    return p[1] < q[1] ? -1 : p[1] > q[1];
}

#define TWIN_TITLES 8 /* titles of each story compared for digest_twins() */

/* Whether a key is a plain content word read from a title (not inside a
 * name, not quoted). */
static int title_word(uint8_t kind, float w)
{
    return kind == K_WORD && w >= TITLE_KEY_WEIGHT;
}

/* Whether the titles of posts a and b share a plain content word: the
 * name is what both are about, and so is the word (a race's name and
 * "race"). A place, a person, a nationality two stories hold is all their
 * titles share: a mayor charged and a fish kill in his town, a minister's
 * two interviews. The work is the two posts' keys. */
static int titles_share_word(const struct keyset *ks, size_t a, size_t b)
{
    for (size_t i = ks->off[a]; i < ks->off[a + 1]; i++) {
        if (!title_word(ks->kind[i], ks->w[i]))
            continue;
        for (size_t j = ks->off[b]; j < ks->off[b + 1]; j++)
            if (ks->kid[j] == ks->kid[i] && title_word(ks->kind[j], ks->w[j]))
                return 1;
    }
    return 0;
}

static void twin_push(uint32_t **v, size_t *n, size_t *cap, uint32_t x, uint32_t y)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *v = xrealloc(*v, 2 * *cap * sizeof **v);
    }
    (*v)[2 * *n] = x < y ? x : y;
    (*v)[2 * *n + 1] = x < y ? y : x;
    (*n)++;
}

/* The twins of a post left alone: every edge of full weight it has (w = 1:
 * a close copy whose neighbours are mostly its own) goes to one story of
 * two posts or more, and it is linked (edges, weak links) to half of that
 * story's posts or more. digest_attach() asks most of them and three, so a
 * follow-up linked to two posts of a story of three or four stays out.
 * Linear in the posts and the links. */
static void lone_twins(const struct digest_edges *e, size_t nc, struct groups *g, uint32_t **v,
                       size_t *n, size_t *cap)
{
    uint32_t *size = xcalloc(nc ? nc : 1, sizeof *size);
    uint32_t *to = xmalloc((nc ? nc : 1) * sizeof *to),
             *links = xcalloc(nc ? nc : 1, sizeof *links);
    const uint32_t none = UINT32_MAX, two = UINT32_MAX - 1;

    for (size_t c = 0; c < nc; c++) {
        size[uf_find(g->parent, c)]++;
        to[c] = none;
    }
    for (size_t i = 0; i < e->n; i++)
        for (int side = 0; side < 2 && e->v[i].w >= 1; side++) {
            uint32_t c = side ? e->v[i].b : e->v[i].a, o = side ? e->v[i].a : e->v[i].b;
            uint32_t r = (uint32_t)uf_find(g->parent, o);
            if (size[uf_find(g->parent, c)] == 1 && size[r] >= 2)
                to[c] = to[c] == none || to[c] == r ? r : two;
        }
    for (int weak = 0; weak < 2; weak++) {
        const struct digest_edge *x = weak ? e->weak : e->v;
        size_t nx = weak ? e->nweak : e->n;
        for (size_t i = 0; i < nx; i++)
            for (int side = 0; side < 2; side++) {
                uint32_t c = side ? x[i].b : x[i].a, o = side ? x[i].a : x[i].b;
                links[c] += to[c] < two && uf_find(g->parent, o) == to[c];
            }
    }
    for (size_t c = 0; c < nc; c++)
        if (to[c] < two && 2 * links[c] >= size[to[c]])
            twin_push(v, n, cap, (uint32_t)c, to[c]);
    free(size);
    free(to);
    free(links);
}

size_t digest_twins(const struct keyset *ks, const struct postings *pl,
                    const struct digest_edges *e, size_t nc, size_t df_cap, const uint8_t *filler,
                    struct groups *g, uint32_t **out)
{
    uint32_t *v = NULL;
    size_t n = 0, cap = 0;

    for (size_t k = 0; k < pl->nkeys; k++) {
        size_t a = pl->off[k], b = pl->off[k + 1];
        if (b - a < STORY_NAME_MIN || b - a > df_cap)
            continue; /* a guest of one post per story is no story's own name */
        uint32_t r[2] = {UINT32_MAX, UINT32_MAX};
        int ok = 1;
        for (size_t q = a; q < b && ok; q++) {
            uint32_t x = (uint32_t)uf_find(g->parent, pl->post[q]);
            int s = r[0] == UINT32_MAX || r[0] == x ? 0 : r[1] == UINT32_MAX || r[1] == x ? 1 : -1;
            /* a third story's, across filler, the world's name or a source */
            ok = s >= 0 && filler[pl->post[q]] == filler[pl->post[a]] && pl->kind[q] != K_ALIAS &&
                 pl->kind[q] != K_MEDIA;
            if (ok)
                r[s] = x;
        }
        if (!ok || r[1] == UINT32_MAX)
            continue;
        /* Two posts, one of each story, whose titles hold the name and
         * share a word: among the first TWIN_TITLES titles of each, so
         * that a name two large groups hold costs a bounded number of
         * comparisons. */
        size_t t[2][TWIN_TITLES], nt[2] = {0, 0};
        for (size_t q = a; q < b; q++) {
            if (pl->kind[q] != K_NAME || pl->w[q] < TITLE_KEY_WEIGHT)
                continue;
            int s = uf_find(g->parent, pl->post[q]) == r[0] ? 0 : 1;
            if (nt[s] < TWIN_TITLES)
                t[s][nt[s]++] = pl->post[q];
        }
        ok = 0;
        for (size_t i = 0; i < nt[0] && !ok; i++)
            for (size_t j = 0; j < nt[1] && !ok; j++)
                ok = titles_share_word(ks, t[0][i], t[1][j]);
        if (!ok)
            continue;
        twin_push(&v, &n, &cap, r[0], r[1]);
    }
    lone_twins(e, nc, g, &v, &n, &cap);
    if (n) {
        qsort(v, n, 2 * sizeof *v, twin_cmp);
        size_t m = 0;
        for (size_t i = 0; i < n; i++)
            if (!m || twin_cmp(&v[2 * (m - 1)], &v[2 * i])) {
                v[2 * m] = v[2 * i];
                v[2 * m + 1] = v[2 * i + 1];
                m++;
            }
        n = m;
    }
    *out = v;
    return n;
}
