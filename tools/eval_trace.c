/*
 * eval_trace: the tools' record of the grouping's tracer (eval_trace.h).
 */
#include "eval_trace.h"

#include <stdlib.h>
#include <string.h>

#include "digest_int.h"

void eval_trace_keys(struct eval_trace *t, size_t nc, size_t df_cap, const size_t *off,
                     const struct digest_trace_key *k)
{
    t->nc = nc;
    t->df_cap = df_cap;
    t->off = eval_xcalloc(nc + 1, sizeof *t->off);
    memcpy(t->off, off, (nc + 1) * sizeof *off);
    t->k = eval_xcalloc(off[nc], sizeof *t->k);
    memcpy(t->k, k, off[nc] * sizeof *k);
    t->pair = eval_xcalloc(nc * nc, sizeof *t->pair);
    if (!t->d)
        return;
    t->post_of = eval_xcalloc(nc, sizeof *t->post_of);
    size_t c = 0;
    for (size_t i = 0; i < t->d->n && c < nc; i++)
        if (!t->d->posts[i].excluded)
            t->post_of[c++] = i;
}

void eval_trace_pair(struct eval_trace *t, const struct digest_trace_pair *p)
{
    t->pair[p->a * t->nc + p->b] = *p; /* each pair once, its own slot */
}

void eval_trace_edges(struct eval_trace *t, const struct digest_trace_edge *v, size_t n)
{
    t->e = eval_xcalloc(n, sizeof *v);
    memcpy(t->e, v, n * sizeof *v);
    t->ne = n;
}

void eval_trace_free(struct eval_trace *t)
{
    free(t->off);
    free(t->post_of);
    free(t->k);
    free(t->pair);
    free(t->e);
    memset(t, 0, sizeof *t);
}

int eval_key_walks(const struct eval_trace *t, const struct digest_trace_key *x)
{
    return x->df >= 2 && x->df <= t->df_cap && x->w > 0;
}

int eval_key_is_name(uint8_t kind)
{
    return kind == K_NAME || kind == K_ALIAS || kind == K_HALF || kind == K_NUMBER;
}

int eval_key_is_word(uint8_t kind)
{
    return kind == K_WORD || kind == K_WORDN || kind == K_WORDA || kind == K_BRIDGE;
}

int eval_key_in_title(uint8_t kind, float w)
{
    return kind == K_HALF ? w >= 1.0f : w >= 2.0f;
}
