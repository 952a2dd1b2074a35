/*
 * digest_trace: the grouping's debugging hook (digest_trace.h), for the
 * split explainer of tools/eval (`eval -s`): the calls the grouping makes
 * when digest_tracer is set, turning its internal state (the keyset and
 * its index, the edges, the forest of stories) into the plain records of
 * digest_trace.h (the text each key was read from: digest_trace_text.c). Nothing
 * here runs while digest_tracer is NULL.
 */
#include "digest_trace_int.h"

#include <stdlib.h>
#include <string.h>

#include "digest_int.h"
#include "xmalloc.h"

const struct digest_tracer *digest_tracer;

const char *const digest_join_reason_name[DIGEST_JOIN_NREASONS] = {
    "", "no edge", "no spread", "clash", "held short", "claimed", "pinned"};

void digest_trace_keys(const struct keyset *ks, const struct postings *pl, size_t nc, size_t df_cap)
{
    if (!digest_tracer->keys)
        return;
    struct digest_trace_key *k = xmalloc((ks->off[nc] ? ks->off[nc] : 1) * sizeof *k);
    for (size_t i = 0; i < ks->off[nc]; i++) {
        uint32_t id = ks->kid[i];
        k[i] = (struct digest_trace_key){ks->h[i], ks->w[i], ks->kind[i],
                                         (uint32_t)(pl->off[id + 1] - pl->off[id]), pl->idf[id]};
    }
    digest_tracer->keys(digest_tracer->ctx, nc, df_cap, ks->off, k);
    free(k);
}

void digest_trace_pair(const struct digest_trace_pair *p)
{
    if (digest_tracer->pair)
        digest_tracer->pair(digest_tracer->ctx, p);
}

int digest_trace_decide(const struct digest_trace_pair *p)
{
    if (!digest_tracer || !digest_tracer->decide)
        return -1;
    return digest_tracer->decide(digest_tracer->ctx, p);
}

void digest_trace_edges(const struct digest_edges *e)
{
    if (!digest_tracer->edges)
        return;
    size_t n = e->n + e->nweak;
    struct digest_trace_edge *v = xmalloc((n ? n : 1) * sizeof *v);
    for (size_t i = 0; i < e->n; i++)
        v[i] = (struct digest_trace_edge){
            e->v[i].a, e->v[i].b, e->v[i].cos, e->v[i].w, e->named ? e->named[i] : 0, 0};
    for (size_t i = 0; i < e->nweak; i++)
        v[e->n + i] = (struct digest_trace_edge){
            e->weak[i].a, e->weak[i].b, e->weak[i].cos, e->weak[i].w, 0, 1};
    digest_tracer->edges(digest_tracer->ctx, v, n);
    free(v);
}

void digest_trace_join(const struct digest_trace_join *j)
{
    if (digest_tracer->join)
        digest_tracer->join(digest_tracer->ctx, j);
}

void digest_trace_stage(const char *name, const struct groups *g, size_t nc)
{
    if (!digest_tracer->stage)
        return;
    size_t *root = xmalloc((nc ? nc : 1) * sizeof *root);
    for (size_t c = 0; c < nc; c++) {
        size_t r = c;
        while (g->parent[r] != r)
            r = g->parent[r]; /* read only: the grouping's forest is left as it is */
        root[c] = r;
    }
    digest_tracer->stage(digest_tracer->ctx, name, root, nc);
    free(root);
}
