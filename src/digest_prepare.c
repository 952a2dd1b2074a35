/*
 * digest_prepare: a window read for grouping ahead of its selection (the
 * selections step, for a channel an editor previews), so that the memo of
 * posts' keys (digest_memo.c) holds its posts when the preview asks.
 */
#include "digest_int.h"

#include <errno.h>

/* A background step takes one core: the posts are read in slices under
 * the size that digest_read_posts() splits over two threads. */
#define PREPARE_SLICE 1000

int digest_prepare(const struct digest_post *posts, size_t n)
{
    size_t cand[PREPARE_SLICE];
    int rc = 0;

    if (!posts && n)
        return -EINVAL;
    if (n > DIGEST_MAX_POSTS)
        return -E2BIG;
    digest_tables_init();
    for (size_t from = 0; from < n && rc == 0; from += PREPARE_SLICE) {
        size_t m = n - from < PREPARE_SLICE ? n - from : PREPARE_SLICE;
        struct keyset ks;
        for (size_t i = 0; i < m; i++)
            cand[i] = from + i;
        rc = digest_read_posts(posts, cand, m, &ks);
        digest_keyset_free(&ks);
    }
    return rc;
}
