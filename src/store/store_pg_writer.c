/*
 * store_pg_writer: the one thread of a node that runs every write taking a
 * seq (post create, edit, delete, pin, schedule, publish_due; their ops live
 * with their resources). Callers queue a struct pg_req and block; the writer
 * (its thread and queue: store_wqueue.c) takes all that has queued up (up to
 * PG_BATCH_MAX), and run_batch runs each request in
 * its own SAVEPOINT inside one transaction, NOTIFYs 'crier' with
 * "<channel id>:<last seq>" for each channel that got events, and commits
 * once (group commit); then it hands the committed events to the commit
 * hook in seq order and wakes the callers.
 *
 * Writers of several nodes meet on the channel rows that UPDATE ...
 * RETURNING locks; a batch locks the channels of its requests first, in id
 * order, so that two batches wait for each other rather than deadlock. A
 * batch that deadlocks all the same (publish_due locks its channels as it
 * goes, in id order too, but after those of the batch's other requests; a
 * request's statement fails with 40P01) is rolled back whole and run again,
 * up to
 * PG_BATCH_TRIES times: rolling back only the request would keep the locks
 * of the requests before it, and the deadlock with them.
 *
 * A lost connection fails the batch with CRIER_EUNAVAIL; the next batch
 * resets it first. When the COMMIT itself is what is lost, the batch may or
 * may not have committed: its callers get CRIER_EUNAVAIL, and the events, if
 * they were committed, reach other nodes through the store, not the hook.
 */
#include <assert.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "crier.h"
#include "log.h"
#include "store/store_pg_int.h"
#include "store/store_team.h"
#include "xmalloc.h"

#define PG_BATCH_MAX 512 /* requests per group commit */
#define PG_BATCH_TRIES 5 /* runs of a batch that deadlocks */

static void evvec_truncate(struct pg_evvec *vec, size_t n)
{
    while (vec->n > n)
        store_event_clear(&vec->v[--vec->n]);
}

struct seq_row {
    int64_t seq;
    char slug[STORE_SLUG_MAX + 1];
};

static int row_seq(const PGresult *res, int i, void *out)
{
    struct seq_row *r = out;
    r->seq = pg_i64(res, i, 0);
    pg_copy_text(r->slug, sizeof r->slug, pg_str(res, i, 1));
    return 0;
}

int pg_take_seq(struct pg_conn *c, int64_t channel_id, int64_t *seq, char slug[STORE_SLUG_MAX + 1])
{
    struct seq_row r;
    int rc = pg_one(c,
                    "UPDATE channels SET last_seq = last_seq + 1 WHERE id = $1"
                    " RETURNING last_seq, slug",
                    PG_ARGS(PG_INT(channel_id)), row_seq, &r);
    if (rc == 0) {
        *seq = r.seq;
        memcpy(slug, r.slug, sizeof r.slug);
    }
    return rc;
}

int pg_put_event(struct pg_conn *c, struct pg_evvec *vec, int64_t channel_id, const char *slug,
                 int64_t seq, int kind, int64_t post_id, char *data, int64_t now)
{
    if (!data)
        return CRIER_ESTORE;
    int rc = pg_run(c,
                    "INSERT INTO events (channel_id, seq, kind, post_id, data, created_at)"
                    " VALUES ($1, $2, $3, $4, $5, $6)",
                    PG_ARGS(PG_INT(channel_id), PG_INT(seq), PG_INT(kind), PG_INT(post_id),
                            PG_TEXT(data), PG_INT(now)));
    if (rc < 0) {
        free(data);
        return rc;
    }
    pg_add_event(vec, channel_id, slug, seq, kind, post_id, data, now);
    return 0;
}

void pg_add_event(struct pg_evvec *vec, int64_t channel_id, const char *slug, int64_t seq, int kind,
                  int64_t post_id, char *data, int64_t now)
{
    size_t len = strlen(data);
    if (vec->n == vec->cap) {
        vec->cap = vec->cap ? vec->cap * 2 : 64;
        vec->v = xrealloc(vec->v, vec->cap * sizeof *vec->v);
    }
    struct store_event *ev = &vec->v[vec->n++];
    memset(ev, 0, sizeof *ev);
    ev->channel_id = channel_id;
    pg_copy_text(ev->channel, sizeof ev->channel, slug);
    ev->seq = seq;
    ev->kind = kind;
    ev->post_id = post_id;
    ev->created_at = now;
    ev->data = data;
    ev->data_len = len;
}

static uint64_t mono_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

static int cmp_event(const void *a, const void *b)
{
    const struct store_event *x = a, *y = b;
    if (x->channel_id != y->channel_id)
        return x->channel_id < y->channel_id ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/*
 * One NOTIFY per channel that got events, carrying its newest seq, in one
 * statement: $1 is "id:seq,id:seq,...". The events are already in seq order
 * per channel; a sorted copy of (channel, seq) finds each channel's last.
 */
static int notify_channels(struct pg_conn *c, const struct pg_evvec *vec)
{
    if (vec->n == 0)
        return 0;
    struct store_event *v = xmalloc(vec->n * sizeof *v);
    memcpy(v, vec->v, vec->n * sizeof *v);
    qsort(v, vec->n, sizeof *v, cmp_event);
    char *list = xmalloc(vec->n * 42 + 1);
    size_t len = 0;
    for (size_t i = 0; i < vec->n; i++) {
        if (i + 1 < vec->n && v[i + 1].channel_id == v[i].channel_id)
            continue;
        len += (size_t)snprintf(list + len, 42, "%s%" PRId64 ":%" PRId64, len ? "," : "",
                                v[i].channel_id, v[i].seq);
    }
    free(v);
    int rc = pg_run(c, "SELECT pg_notify('crier', x) FROM unnest(string_to_array($1::text, ',')) x",
                    PG_ARGS(PG_TEXT(list)));
    free(list);
    return rc;
}

static int cmp_id(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/*
 * Locks the rows of the channels the batch's requests name, in id order,
 * before any request runs: two nodes' batches then take their channel locks
 * in the same order and never deadlock on them (only publish_due, whose
 * channels are not known before, takes its own as it goes).
 */
static int lock_channels(struct pg_conn *c, const struct pg_req *batch)
{
    size_t n = 0, k = 0;
    for (const struct pg_req *r = batch; r; r = pg_req_next(r))
        n += r->channel_id > 0;
    if (n == 0)
        return 0;
    int64_t *ids = xmalloc(n * sizeof *ids);
    for (const struct pg_req *r = batch; r; r = pg_req_next(r))
        if (r->channel_id > 0)
            ids[k++] = r->channel_id;
    qsort(ids, n, sizeof *ids, cmp_id);
    char *list = xmalloc(n * 21 + 3);
    size_t len = 0;
    list[len++] = '{';
    for (size_t i = 0; i < n; i++)
        if (i == 0 || ids[i] != ids[i - 1])
            len += (size_t)snprintf(list + len, 22, "%s%" PRId64, len > 1 ? "," : "", ids[i]);
    list[len++] = '}';
    list[len] = '\0';
    free(ids);
    int rc =
        pg_run(c, "SELECT id FROM channels WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE",
               PG_ARGS(PG_TEXT(list)));
    free(list);
    return rc;
}

/*
 * The tokens behind the batch's changes (store_audit.token_id), checked in
 * one statement before any request runs: a request whose token was revoked
 * or deleted before this transaction gets CRIER_EREVOKED and is not run, the
 * others 0. FOR SHARE holds a revocation that comes meanwhile until the
 * commit, so it falls either wholly before the batch or wholly after it.
 */
static int check_tokens(struct pg_conn *c, struct pg_req *batch)
{
    size_t len = 0, n = 0;
    for (struct pg_req *r = batch; r; r = pg_req_next(r)) {
        r->rc = 0;
        n += r->audit && r->audit->token_id;
    }
    if (n == 0)
        return 0;
    char *list = xmalloc(n * 21 + 3);
    list[len++] = '{';
    for (struct pg_req *r = batch; r; r = pg_req_next(r))
        if (r->audit && r->audit->token_id)
            len += (size_t)snprintf(list + len, 22, "%s%" PRId64, len > 1 ? "," : "",
                                    r->audit->token_id);
    list[len++] = '}';
    list[len] = '\0';
    struct pg_list live = PG_LIST(int64_t, pg_row_int64, NULL, 0);
    int rc = pg_list(c,
                     "SELECT id FROM tokens WHERE id = ANY($1::bigint[]) AND revoked_at IS NULL"
                     " FOR SHARE",
                     PG_ARGS(PG_TEXT(list)), &live);
    free(list);
    if (rc < 0)
        return rc;
    const int64_t *ids = live.v;
    for (struct pg_req *r = batch; r; r = pg_req_next(r)) {
        if (!r->audit || !r->audit->token_id)
            continue;
        r->rc = CRIER_EREVOKED;
        for (size_t i = 0; i < live.n; i++)
            if (ids[i] == r->audit->token_id)
                r->rc = 0;
    }
    pg_list_free(&live);
    return 0;
}

/* The audit rows of the requests of a batch that are done, written in one
 * statement before the COMMIT (a row each was a round trip each). */
static int put_audits(struct pg_conn *c, struct pg_req *batch)
{
    const struct store_audit *a[PG_BATCH_MAX];
    int64_t ids[PG_BATCH_MAX];
    size_t n = 0;
    for (struct pg_req *r = batch; r && n < PG_BATCH_MAX; r = pg_req_next(r))
        if (r->rc == 0 && r->audit) {
            a[n] = r->audit;
            ids[n++] = r->post_id;
        }
    return pg_audit_put_many(c, a, ids, n);
}

/*
 * Runs every request of the batch in its own savepoint, notifies and
 * commits: 0, -EDEADLK when a request deadlocked (run the batch again), or
 * another error when the transaction as a whole failed. A savepoint costs
 * one round trip per request: a failed request's ROLLBACK TO keeps it for
 * the next one, a done one's RELEASE goes with the next SAVEPOINT, and the
 * last one's with the COMMIT.
 */
static int run_requests(struct pg_conn *c, struct pg_req *batch, struct pg_evvec *vec)
{
    int rc;
    if ((rc = pg_cmd(c, "BEGIN")) < 0 || (rc = lock_channels(c, batch)) < 0 ||
        (rc = check_tokens(c, batch)) < 0 || (rc = pg_cmd(c, "SAVEPOINT req")) < 0)
        return rc;
    for (struct pg_req *r = batch; r; r = pg_req_next(r)) {
        size_t mark = vec->n;
        r->ev_idx = -1;
        if (r->rc == CRIER_EREVOKED)
            continue; /* nothing ran: the savepoint serves the next one */
        r->rc = r->run(c, r, vec);
        if (r->rc == 0) {
            assert(r->ev_idx < (long)vec->n);
            if (r->w.next && (rc = pg_cmd(c, "RELEASE req; SAVEPOINT req")) < 0)
                return rc;
            continue;
        }
        if (r->rc == -EDEADLK || r->rc == CRIER_EUNAVAIL)
            return r->rc;
        r->ev_idx = -1;
        evvec_truncate(vec, mark);
        if ((rc = pg_cmd(c, "ROLLBACK TO req")) < 0)
            return rc;
    }
    if ((rc = put_audits(c, batch)) < 0 || (rc = notify_channels(c, vec)) < 0)
        return rc;
    return pg_cmd(c, "COMMIT");
}

/* Runs one batch as one transaction (again after a deadlock). On return
 * every request has its rc; 0 when it committed. */
static int run_tries(struct pg_store *s, struct pg_req *batch, struct pg_evvec *vec)
{
    struct pg_conn *c = s->wconn;
    int rc = CRIER_EUNAVAIL;
    for (int t = 0; t < PG_BATCH_TRIES; t++) {
        if ((rc = pg_conn_ready(c)) < 0)
            break;
        if ((rc = run_requests(c, batch, vec)) == 0)
            return 0;
        if (!c->broken)
            pg_cmd(c, "ROLLBACK");
        evvec_truncate(vec, 0);
        if (rc != -EDEADLK)
            break;
    }
    if (rc == -EDEADLK) {
        log_error("store: a group commit deadlocked %d times; failing it", PG_BATCH_TRIES);
        rc = CRIER_ESTORE;
    }
    for (struct pg_req *r = batch; r; r = pg_req_next(r)) {
        r->rc = rc == CRIER_EUNAVAIL ? CRIER_EUNAVAIL : CRIER_ESTORE;
        r->ev_idx = -1;
    }
    return rc;
}

static void run_batch(void *arg, struct store_wreq *first)
{
    struct pg_store *s = arg;
    struct pg_req *batch = (struct pg_req *)first;
    struct pg_evvec vec = {0};
    struct pg_req *r;
    uint64_t t0 = mono_us();

    if (run_tries(s, batch, &vec) == 0) {
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
    for (r = batch; r; r = pg_req_next(r)) {
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

int pg_submit(struct pg_store *s, struct pg_req *r)
{
    assert(r->run);
    r->rc = 0;
    r->ev_idx = -1;
    if (r->ev)
        memset(r->ev, 0, sizeof *r->ev);
    int rc = store_wqueue_submit(&s->wq, &r->w);
    return rc < 0 ? rc : r->rc;
}

void pg_set_commit_hook(struct store *st, store_commit_fn fn, void *arg)
{
    store_wqueue_set_hook(&pg_store_of(st)->wq, fn, arg);
}

void pg_writer_init(struct pg_store *s)
{
    store_wqueue_init(&s->wq, PG_BATCH_MAX, run_batch, s);
}
