/*
 * store_sqlite_access: what a node polls to learn of commits made by
 * another process sharing the database (the CLI, another server): the
 * access changes that the schema's triggers record (a member removed, a
 * token revoked, a channel made private or deleted), and every channel's
 * newest seq.
 */
#include <assert.h>
#include <errno.h>

#include "crier.h"
#include "store/store_sqlite_int.h"

static const char ACCESS_GEN[] = "SELECT coalesce(max(gen), 0) FROM access_changes";

/* The changes read so far into the caller's ids. */
struct changes {
    int64_t *ids;
    size_t max, n;
    int64_t gen;
    int overflow; /* a row more than max came */
};

static int row_change(sqlite3_stmt *q, void *arg)
{
    struct changes *ch = arg;
    if (ch->n == ch->max) {
        ch->overflow = 1;
        return SQ_STOP;
    }
    ch->ids[ch->n++] = sqlite3_column_int64(q, 0);
    ch->gen = sqlite3_column_int64(q, 1);
    return 0;
}

int sq_access_changes(struct store *st, int64_t after_gen, int64_t *ids, size_t max, size_t *n,
                      int64_t *gen)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    int rc = sq_pool_get(s, &c);

    *n = 0;
    if (rc < 0)
        return rc;
    if (after_gen < 0) {
        rc = sq_one(c, ACCESS_GEN, SQ_NOARGS, sq_row_int64, gen);
        assert(rc != -ENOENT); /* an aggregate answers one row */
        sq_pool_put(s, c);
        return rc;
    }
    struct changes ch = {.ids = ids, .max = max, .gen = after_gen};
    rc = sq_each(c,
                 "SELECT channel_id, gen FROM access_changes WHERE gen > ?1"
                 " ORDER BY gen LIMIT ?2",
                 SQ_ARGS(SQ_INT(after_gen), SQ_INT(max + 1)), row_change, &ch);
    if (rc == 0 && ch.overflow) {
        /* More than fit: every channel, from the newest gen on. */
        ids[0] = 0;
        ch.n = 1;
        rc = sq_one(c, ACCESS_GEN, SQ_NOARGS, sq_row_int64, &ch.gen);
    }
    *n = ch.n;
    *gen = ch.gen;
    sq_pool_put(s, c);
    return rc;
}

static int row_head(sqlite3_stmt *q, void *out)
{
    struct store_head *h = out;
    h->channel_id = sqlite3_column_int64(q, 0);
    h->last_seq = sqlite3_column_int64(q, 1);
    return 0;
}

int sq_channel_heads(struct store *st, struct store_head **out, size_t *n)
{
    struct sq_list l = SQ_LIST(struct store_head, row_head, NULL, 0);
    int rc = sq_pool_list(sq_store_of(st), "SELECT id, last_seq FROM channels ORDER BY id",
                          SQ_NOARGS, &l);
    *out = l.v;
    *n = l.n;
    return rc;
}
