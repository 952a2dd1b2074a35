/*
 * digest_edges: what the grouping's tests (test_digest_group.c, the edges;
 * test_digest_link.c, the stages after them) read of the edges of a few
 * posts: digest_read_posts(), digest_build_index() and digest_pairs() run
 * on them as the grouping runs them on a window.
 */
#ifndef CRIER_TEST_DIGEST_EDGES_H
#define CRIER_TEST_DIGEST_EDGES_H

#include <stddef.h>

#include "digest_int.h"

/* The edge between posts a and b of ps[0..n) as the grouping makes it
 * (digest_pairs()) and weighs it (digest_weigh(), which sets only its w):
 * its weight, or -1 when they are no edge; its named[] byte in *named (-1
 * when no edge). Keys held by more than df_cap posts are not walked. */
static double edge_find(const struct digest_post *ps, size_t n, size_t df_cap, size_t a, size_t b,
                        int *named)
{
    size_t cand[16];
    struct keyset ks;
    struct postings pl;
    struct digest_edges e;
    double w = -1;

    *named = -1;
    for (size_t i = 0; i < n; i++)
        cand[i] = i;
    if (digest_read_posts(ps, cand, n, &ks) == 0) {
        digest_build_index(&ks, n, &pl);
        digest_pairs(&ks, &pl, n, df_cap, &e);
        digest_weigh(&e, n);
        for (size_t i = 0; i < e.n; i++)
            if ((e.v[i].a == a && e.v[i].b == b) || (e.v[i].a == b && e.v[i].b == a)) {
                w = e.v[i].w;
                *named = e.named ? e.named[i] : 0;
            }
        digest_edges_free(&e);
        digest_postings_free(&pl);
    }
    digest_keyset_free(&ks);
    return w;
}

/* The named[] byte of the edge between posts a and b, or -1 (edge_find()). */
static inline int edge_flags(const struct digest_post *ps, size_t n, size_t df_cap, size_t a,
                             size_t b)
{
    int named;
    edge_find(ps, n, df_cap, a, b, &named);
    return named;
}

/* The weight of the edge between posts a and b, or -1 (edge_find()). */
static inline double edge_weight_cap(const struct digest_post *ps, size_t n, size_t df_cap,
                                     size_t a, size_t b)
{
    int named;
    return edge_find(ps, n, df_cap, a, b, &named);
}

#endif
