/*
 * digest_apart: two stories' names, met through the kind's words. Two
 * reports of one story name what it is about: the district, the union, the
 * company, the town. An edge of two posts of one language that share no
 * name or figure at all (EDGE_NO_NAME: "school", "district", "teachers";
 * "union", "workers") is the kind's words, and it is one story's only when
 * the names do not say otherwise. They do when each post has a stronger
 * edge, of names, to a post the other shares no name with: each post's
 * names tie it to its own story, and the two stories' names never meet.
 * Day 57's "Rural school districts warn tax cut could cost them teachers"
 * (the property tax bill's, met by "Colorado" and "property tax") and the
 * Jeffco teachers' strike vote (met by "Jeffco"); day 77's union posts of
 * the minibus rollover and of the salmon job cuts. Such an edge is made
 * thin: it weighs nothing (digest_weigh()) but stays a neighbour and a
 * link for digest_attach(). (eval/README.md, fifty-second round.)
 */
#include "digest_int.h"

#include <stdlib.h>

#include "xmalloc.h"

/* A body of common words: at least the cosine below which a pair shares
 * "little else" (PAIR_NAME_WORD_COS, digest_group.c). A word or two below
 * it is other rules' (a story's two halves may meet through one word). */
#define APART_MIN_COS 0.10f

/* Post c's edges, by post: idx[off[c] .. off[c + 1]) are edge numbers. */
struct adj {
    size_t *off;
    uint32_t *idx;
};

static struct adj adj_build(size_t nc, const struct digest_edges *e)
{
    struct adj g = {xcalloc(nc + 2, sizeof *g.off), xmalloc((2 * e->n + 1) * sizeof *g.idx)};
    for (size_t i = 0; i < e->n; i++) {
        g.off[e->v[i].a + 2]++;
        g.off[e->v[i].b + 2]++;
    }
    for (size_t c = 0; c < nc; c++)
        g.off[c + 2] += g.off[c + 1];
    for (size_t i = 0; i < e->n; i++) {
        g.idx[g.off[e->v[i].a + 1]++] = (uint32_t)i;
        g.idx[g.off[e->v[i].b + 1]++] = (uint32_t)i;
    }
    return g;
}

static uint32_t edge_other(const struct digest_edges *e, size_t i, size_t c)
{
    return e->v[i].a == c ? e->v[i].b : e->v[i].a;
}

/* An edge that weighs and shares a name or figure. */
static int edge_of_names(const struct digest_edges *e, size_t i)
{
    return e->v[i].cos > 0 && !(e->named[i] & EDGE_NO_NAME);
}

/* Marks o's neighbours with stamp in mark[]: through an edge that weighs.
 * A thin edge (cos 0, digest_pairs()) was judged a place, an office or
 * another rule's pair of two stories: a post o meets only so does not tie
 * o to the names of its story. Day 90's doctors' strike meets the mine's
 * job cuts through the provincial minister's two summons, a thin edge
 * (digest_office_apart()), and through "grève" and "syndicat" (seventy-fifth
 * round). */
static void mark_neighbours(const struct adj *g, const struct digest_edges *e, size_t o,
                            uint32_t *mark, uint32_t stamp)
{
    for (size_t k = g->off[o]; k < g->off[o + 1]; k++)
        if (e->v[g->idx[k]].cos > 0)
            mark[edge_other(e, g->idx[k], o)] = stamp;
}

/* Whether c's names tie it elsewhere: two edges of names stronger than
 * cos, and no edge of names of c's to a neighbour of o (marked stamp). */
static int names_elsewhere(const struct adj *g, const struct digest_edges *e, size_t c, size_t o,
                           float cos, const uint32_t *mark, uint32_t stamp)
{
    int strong = 0;
    for (size_t k = g->off[c]; k < g->off[c + 1]; k++) {
        size_t i = g->idx[k], p = edge_other(e, i, c);
        if (p == o || !edge_of_names(e, i))
            continue;
        if (mark[p] == stamp)
            return 0;
        strong += e->v[i].cos > cos;
    }
    return strong >= 2;
}

void digest_names_apart(const uint16_t *lang, size_t nc, struct digest_edges *e)
{
    if (!e->named || !e->n)
        return;
    struct adj g = adj_build(nc, e);
    uint8_t *apart = xcalloc(e->n, 1);
    uint32_t *mark = xcalloc(nc ? nc : 1, sizeof *mark), stamp = 0;
    for (size_t i = 0; i < e->n; i++) {
        uint32_t a = e->v[i].a, b = e->v[i].b;
        float cos = e->v[i].cos;
        if (cos < APART_MIN_COS || !(e->named[i] & EDGE_NO_NAME) || lang[a] != lang[b])
            continue;
        mark_neighbours(&g, e, b, mark, ++stamp);
        apart[i] = names_elsewhere(&g, e, a, b, cos, mark, stamp);
        if (!apart[i]) {
            mark_neighbours(&g, e, a, mark, ++stamp);
            apart[i] = names_elsewhere(&g, e, b, a, cos, mark, stamp);
        }
    }
    /* Decided on the edges as they were, then made thin. */
    for (size_t i = 0; i < e->n; i++)
        if (apart[i])
            e->v[i].cos = 0.0f;
    free(apart);
    free(mark);
    free(g.off);
    free(g.idx);
}
