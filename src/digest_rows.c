/*
 * digest_rows: the rows of digest_pairs() on DIGEST_ROW_THREADS threads
 * (digest_rows.h). A row's cost is its post's keys' postings past it, so
 * the first rows cost most: the threads claim blocks of ROW_BLOCK rows in
 * turn, each appending to its own lists and noting where each block's
 * edges lie; the lists are then joined block by block. A thread that
 * cannot be started leaves its blocks to the caller's.
 */
#include "digest_rows.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

#define ROW_BLOCK 64
/* Fewer rows are made on the caller's thread alone (a day has a few
 * hundred posts; a busy window has thousands). */
#define ROWS_PARALLEL_MIN 1000

/* Where one block's edges and weak links lie in its thread's lists. */
struct row_block {
    size_t t, v0, v1, w0, w1;
};

/* One thread's share. */
struct row_part {
    size_t t, nc, nblocks;
    digest_row_fn row;
    const void *ctx;
    void *scratch;
    atomic_size_t *next; /* the next block to claim, shared */
    struct row_block *blocks;
    struct digest_edges e;
};

static void *row_part(void *arg)
{
    struct row_part *p = arg;

    for (;;) {
        size_t b = atomic_fetch_add(p->next, 1);
        if (b >= p->nblocks)
            break;
        struct row_block *x = &p->blocks[b];
        size_t to = (b + 1) * ROW_BLOCK < p->nc ? (b + 1) * ROW_BLOCK : p->nc;
        x->t = p->t;
        x->v0 = p->e.n;
        x->w0 = p->e.nweak;
        for (size_t c = b * ROW_BLOCK; c < to; c++)
            p->row(p->ctx, p->scratch, c, &p->e);
        x->v1 = p->e.n;
        x->w1 = p->e.nweak;
    }
    return NULL;
}

/* e's lists, the parts' joined in block order. */
static void rows_join(const struct row_part *part, const struct row_block *blocks, size_t nblocks,
                      struct digest_edges *e)
{
    for (size_t t = 0; t < DIGEST_ROW_THREADS; t++) {
        e->n += part[t].e.n;
        e->nweak += part[t].e.nweak;
    }
    e->cap = e->n;
    e->capweak = e->nweak;
    e->v = e->n ? xmalloc(e->n * sizeof *e->v) : NULL;
    e->named = e->n ? xmalloc(e->n) : NULL;
    e->weak = e->nweak ? xmalloc(e->nweak * sizeof *e->weak) : NULL;
    size_t n = 0, nweak = 0;
    for (size_t b = 0; b < nblocks; b++) {
        const struct row_block *x = &blocks[b];
        const struct digest_edges *pe = &part[x->t].e;
        memcpy(e->v + n, pe->v + x->v0, (x->v1 - x->v0) * sizeof *e->v);
        memcpy(e->named + n, pe->named + x->v0, x->v1 - x->v0);
        n += x->v1 - x->v0;
        memcpy(e->weak + nweak, pe->weak + x->w0, (x->w1 - x->w0) * sizeof *e->weak);
        nweak += x->w1 - x->w0;
    }
}

void digest_rows(size_t nc, digest_row_fn row, const void *ctx,
                 void *const scratch[DIGEST_ROW_THREADS], struct digest_edges *e)
{
    if (nc < ROWS_PARALLEL_MIN) {
        for (size_t c = 0; c < nc; c++)
            row(ctx, scratch[0], c, e);
        return;
    }
    size_t nblocks = (nc + ROW_BLOCK - 1) / ROW_BLOCK;
    struct row_block *blocks = xmalloc(nblocks * sizeof *blocks);
    struct row_part part[DIGEST_ROW_THREADS];
    pthread_t th[DIGEST_ROW_THREADS];
    int started[DIGEST_ROW_THREADS] = {0};
    atomic_size_t next = 0;

    for (size_t t = 0; t < DIGEST_ROW_THREADS; t++)
        part[t] = (struct row_part){t, nc, nblocks, row, ctx, scratch[t], &next, blocks, {0}};
    for (size_t t = 1; t < DIGEST_ROW_THREADS; t++)
        started[t] = pthread_create(&th[t], NULL, row_part, &part[t]) == 0;
    row_part(&part[0]);
    for (size_t t = 1; t < DIGEST_ROW_THREADS; t++)
        if (started[t])
            pthread_join(th[t], NULL);
    rows_join(part, blocks, nblocks, e);
    for (size_t t = 0; t < DIGEST_ROW_THREADS; t++)
        digest_edges_free(&part[t].e);
    free(blocks);
}
