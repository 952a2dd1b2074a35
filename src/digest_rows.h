/*
 * digest_rows: a pass over the posts, row by row, whose rows each append
 * edges (digest_pairs(): post c's edges to the later posts), shared by
 * DIGEST_ROW_THREADS threads. The edges come out in row order, as one
 * thread would have made them.
 */
#ifndef CRIER_DIGEST_ROWS_H
#define CRIER_DIGEST_ROWS_H

#include "digest_int.h"

#define DIGEST_ROW_THREADS 2

/* Appends row c's edges and weak links to e; scratch is the thread's own
 * (one of digest_rows()'s), ctx is shared and only read. */
typedef void (*digest_row_fn)(const void *ctx, void *scratch, size_t c, struct digest_edges *e);

/* Runs row(ctx, scratch[t], c, ...) for every c of [0, nc) and appends
 * the edges to e (empty, zeroed) in the order of c. */
void digest_rows(size_t nc, digest_row_fn row, const void *ctx,
                 void *const scratch[DIGEST_ROW_THREADS], struct digest_edges *e);

#endif
