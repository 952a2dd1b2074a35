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

/* The named[] byte (digest_edges.named) of the edge between posts a and b
 * of ps[0..n), or -1 when they are no edge; keys held by more than df_cap
 * posts are not walked. */
static int edge_flags(const struct digest_post *ps, size_t n, size_t df_cap, size_t a, size_t b)
{
    size_t cand[16];
    struct keyset ks;
    struct postings pl;
    struct digest_edges e;
    int named = -1;

    for (size_t i = 0; i < n; i++)
        cand[i] = i;
    if (digest_read_posts(ps, cand, n, &ks) == 0) {
        digest_build_index(&ks, n, &pl);
        digest_pairs(&ks, &pl, n, df_cap, &e);
        for (size_t i = 0; i < e.n; i++)
            if ((e.v[i].a == a && e.v[i].b == b) || (e.v[i].a == b && e.v[i].b == a))
                named = e.named ? e.named[i] : 0;
        digest_edges_free(&e);
        digest_postings_free(&pl);
    }
    digest_keyset_free(&ks);
    return named;
}

#endif
