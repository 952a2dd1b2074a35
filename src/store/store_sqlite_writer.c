/*
 * store_sqlite_writer: the one thread that runs every write taking a seq
 * (post create, edit, delete, publish_due, selection_publish: their ops live
 * with their resources). Callers queue a struct sq_req and block; the writer
 * (its thread and queue: store_wqueue.c) takes all that has queued up (up to
 * SQ_BATCH_MAX), and run_batch runs each request in
 * its own SAVEPOINT (none for a request alone in its batch) inside one
 * BEGIN IMMEDIATE transaction and commits once
 * (group commit), then hands the committed events to the commit hook in seq
 * order and wakes the callers.
 */
#include <assert.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "crier.h"
#include "log.h"
#include "store/store_sqlite_int.h"
#include "store/store_team.h"
#include "xmalloc.h"

#define SQ_BATCH_MAX 512 /* requests per group commit */

static void evvec_truncate(struct sq_evvec *vec, size_t n)
{
    while (vec->n > n)
        store_event_clear(&vec->v[--vec->n]);
}

struct seq_row {
    int64_t seq;
    char slug[STORE_SLUG_MAX + 1];
};

static int row_seq(sqlite3_stmt *q, void *out)
{
    struct seq_row *r = out;
    r->seq = sqlite3_column_int64(q, 0);
    sq_copy_text(r->slug, sizeof r->slug, sqlite3_column_text(q, 1));
    return 0;
}

int sq_take_seq(struct sq_conn *c, int64_t channel_id, int64_t *seq, char slug[STORE_SLUG_MAX + 1])
{
    struct seq_row r;
    int rc = sq_one(c,
                    "UPDATE channels SET last_seq = last_seq + 1 WHERE id = ?1"
                    " RETURNING last_seq, slug",
                    SQ_ARGS(SQ_INT(channel_id)), row_seq, &r);
    if (rc == 0) {
        *seq = r.seq;
        memcpy(slug, r.slug, sizeof r.slug);
    }
    return rc;
}

int sq_put_event(struct sq_conn *c, struct sq_evvec *vec, int64_t channel_id, const char *slug,
                 int64_t seq, int kind, int64_t post_id, char *data, int64_t now)
{
    size_t len = strlen(data);
    int rc = sq_run(c,
                    "INSERT INTO events (channel_id, seq, kind, post_id, data, created_at)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    SQ_ARGS(SQ_INT(channel_id), SQ_INT(seq), SQ_INT(kind), SQ_INT(post_id),
                            SQ_TEXTN(data, len), SQ_INT(now)));
    if (rc < 0) {
        free(data);
        return rc;
    }
    if (vec->n == vec->cap) {
        vec->cap = vec->cap ? vec->cap * 2 : 64;
        vec->v = xrealloc(vec->v, vec->cap * sizeof *vec->v);
    }
    struct store_event *ev = &vec->v[vec->n++];
    memset(ev, 0, sizeof *ev);
    ev->channel_id = channel_id;
    sq_copy_text(ev->channel, sizeof ev->channel, (const unsigned char *)slug);
    ev->seq = seq;
    ev->kind = kind;
    ev->post_id = post_id;
    ev->created_at = now;
    ev->data = data;
    ev->data_len = len;
    return 0;
}

/* 0 when the token behind a change is still live, CRIER_EREVOKED when it
 * was revoked or deleted before this transaction (the write lock orders the
 * two), or an error. */
static int token_live(struct sq_conn *c, int64_t token_id)
{
    int64_t one;
    int rc = sq_one(c, "SELECT 1 FROM tokens WHERE id = ?1 AND revoked_at IS NULL",
                    SQ_ARGS(SQ_INT(token_id)), sq_row_int64, &one);
    return rc == -ENOENT ? CRIER_EREVOKED : rc;
}

static uint64_t mono_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

/* Runs every request of the batch in its own savepoint and commits: 0, or
 * -1 when the transaction as a whole failed. A request alone in its batch
 * (the common case: one publish at a time) needs no savepoint: the
 * transaction is its own, and its failure rolls all of it back. */
static int run_requests(struct sq_conn *c, struct sq_req *batch, struct sq_evvec *vec)
{
    int alone = sq_req_next(batch) == NULL;
    if (sq_run(c, SQ_BEGIN_IMMEDIATE, SQ_NOARGS) < 0)
        return -1;
    for (struct sq_req *r = batch; r; r = sq_req_next(r)) {
        size_t mark = vec->n;
        if (!alone && sq_run(c, "SAVEPOINT req", SQ_NOARGS) < 0)
            return -1;
        r->rc = r->audit && r->audit->token_id ? token_live(c, r->audit->token_id) : 0;
        if (r->rc == 0)
            r->rc = r->run(c, r, vec);
        if (r->rc == 0 && r->audit)
            r->rc = sq_audit_put(c, r->audit, r->post_id);
        if (r->rc == 0) {
            assert(r->ev_idx < (long)vec->n);
            if (!alone && sq_run(c, "RELEASE req", SQ_NOARGS) < 0)
                return -1;
            continue;
        }
        r->ev_idx = -1;
        evvec_truncate(vec, mark);
        /* Some errors (I/O, full disk) end the whole transaction, and with
         * it the requests already done: then the batch fails as a whole. */
        if (sqlite3_get_autocommit(c->db))
            return -1;
        if (alone)
            return sq_run(c, "ROLLBACK", SQ_NOARGS) < 0 ? -1 : 0;
        if (sq_run(c, "ROLLBACK TO req", SQ_NOARGS) < 0 || sq_run(c, "RELEASE req", SQ_NOARGS) < 0)
            return -1;
    }
    return sq_run(c, "COMMIT", SQ_NOARGS) < 0 ? -1 : 0;
}

/*
 * Runs one batch as one transaction. On return every request has its rc, and
 * its caller's ev is filled when it produced a committed event.
 */
static void run_batch(void *arg, struct store_wreq *first)
{
    struct sq_store *s = arg;
    struct sq_req *batch = (struct sq_req *)first;
    struct sq_conn *c = s->wconn;
    struct sq_evvec vec = {0};
    struct sq_req *r;
    uint64_t t0 = mono_us();

    if (run_requests(c, batch, &vec) < 0) {
        sq_rollback(c);
        for (r = batch; r; r = sq_req_next(r)) {
            r->rc = CRIER_ESTORE;
            r->ev_idx = -1;
        }
        evvec_truncate(&vec, 0);
    } else {
        uint64_t us = mono_us() - t0;
        s->base.commits++;
        s->base.commit_us_sum += us;
        if (us > s->base.commit_us_max)
            s->base.commit_us_max = us;
    }

    void *hook_arg;
    store_commit_fn hook = store_wqueue_hook(&s->wq, &hook_arg);
    if (hook && vec.n)
        hook(hook_arg, vec.v, vec.n);

    /* Hand each caller its event: the batch's copy moves to the caller. A
     * write that made no event (to a scheduled post) still tells what it
     * wrote. publish_due passes no ev. */
    for (r = batch; r; r = sq_req_next(r)) {
        if (!r->ev)
            continue;
        if (r->ev_idx >= 0) {
            *r->ev = vec.v[r->ev_idx];
            vec.v[r->ev_idx].data = NULL;
        } else if (r->rc == 0) {
            r->ev->channel_id = r->channel_id;
            r->ev->post_id = r->post_id;
        }
    }
    evvec_truncate(&vec, 0);
    free(vec.v);
}

int sq_submit(struct sq_store *s, struct sq_req *r)
{
    assert(r->run);
    r->rc = 0;
    r->ev_idx = -1;
    if (r->ev)
        memset(r->ev, 0, sizeof *r->ev);
    int rc = store_wqueue_submit(&s->wq, &r->w);
    return rc < 0 ? rc : r->rc;
}

void sq_set_commit_hook(struct store *st, store_commit_fn fn, void *arg)
{
    store_wqueue_set_hook(&sq_store_of(st)->wq, fn, arg);
}

void sq_writer_init(struct sq_store *s)
{
    store_wqueue_init(&s->wq, SQ_BATCH_MAX, run_batch, s);
}
