/*
 * store_pg_selections: what the selection job reads and writes, as
 * store_sqlite_selections.c has it (the same semantics). The candidates a
 * selection is ranked from, the marks (pin, exclude) and view counts that
 * feed the ranking, and the published selections, whose publication is a
 * writer op like a post's.
 *
 * Several nodes share the database: exactly-once publication rests on the
 * primary key of selections (channel_id, local_date, slot), and a view
 * counts once per viewer through the primary key of post_views with
 * INSERT ... ON CONFLICT DO NOTHING; no check here is a read-then-write.
 */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "jsonw.h"
#include "log.h"
#include "store/store_pg_int.h"
#include "xmalloc.h"

#define PG_CANDIDATES_MAX 20000                  /* rows candidates returns */
#define PG_VIEWS_MAX 1000000                     /* views one views_add call may add */
#define PG_VIEW_KEEP_MS (7 * 24 * 3600 * 1000LL) /* a viewer counts once per post this long */
#define PG_VIEW_BATCH_MAX 1000                   /* posts one views_record call may name */
#define PG_VIEW_PRUNE_MAX 1000 /* expired post_views rows one views_record call deletes */
#define PG_VIEW_TRIES 3        /* runs of a views_record that deadlocks */

#define SEL_COLS "channel_id, local_date, slot, post_id, seq, window_start, window_end, created_at"

/* $1 value, $2 post id, $3 channel id; saturates instead of overflowing */
static const char POST_VIEWS[] =
    "UPDATE posts SET views = CASE WHEN views > 9223372036854775807 - $1::bigint"
    " THEN 9223372036854775807 ELSE views + $1::bigint END"
    " WHERE id = $2 AND channel_id = $3 AND state = 'live' AND kind = 'post'";

/* A selection key's (channel_id, local_date, slot), for $1..$3. */
#define SEL_KEY(channel_id, local_date, slot) PG_INT(channel_id), PG_TEXT(local_date), PG_TEXT(slot)

/* A queued publish: the writer's request, and the key it publishes. The
 * request comes first, so the op gets back to the key from it. */
struct sel_req {
    struct pg_req r;
    const struct store_selection *key;
};

/* The selection post's row (its record set next, once its id is known):
 * live, of kind "selection", published now. */
static int selection_post_insert(struct pg_conn *c, int64_t channel_id, int64_t seq, int64_t now,
                                 int64_t *id)
{
    return pg_one(c,
                  "INSERT INTO posts (channel_id, state, seq, publish_at, created_at,"
                  " updated_at, data, kind, published_at)"
                  " VALUES ($1, 'live', $2, $3, $3, $3, '{}', 'selection', $3) RETURNING id",
                  PG_ARGS(PG_INT(channel_id), PG_INT(seq), PG_INT(now)), pg_row_int64, id);
}

/* Stores post as the record of post id with the fields the store owns
 * set: 0 with *data its text (the caller's), -EINVAL when it does not
 * serialise, or the error. */
static int selection_set_record(struct pg_conn *c, struct post *post, int64_t id, int64_t seq,
                                int64_t now, char **data)
{
    post->id = id;
    post->seq = seq;
    post->published_at = now;
    post->edited_at = 0;
    json_t *rec = post_to_json(post);
    *data = rec ? jsonw_dumps(rec) : NULL;
    json_decref(rec);
    if (!*data)
        return -EINVAL;
    int rc =
        pg_run(c, "UPDATE posts SET data = $1 WHERE id = $2", PG_ARGS(PG_TEXT(*data), PG_INT(id)));
    if (rc < 0) {
        free(*data);
        *data = NULL;
    }
    return rc;
}

/*
 * Publishes a selection post, all inside the request's savepoint: any
 * failure, -EEXIST included, rolls back the seq, the post row and the event
 * together. The first look is only a shortcut for the common refusal; what
 * makes the key publish once is the INSERT into selections, after
 * pg_take_seq has locked the channel's row: a writer of another node that
 * got there first has committed its row by then (or holds it uncommitted,
 * and the INSERT waits for it), and the primary key refuses this one.
 */
static int op_selection(struct pg_conn *c, struct pg_req *r, struct pg_evvec *vec)
{
    const struct store_selection *k = ((struct sel_req *)r)->key;
    int64_t now = crier_now_ms(), seq, id;
    char slug[STORE_SLUG_MAX + 1];
    char *data;

    int rc = pg_one(c,
                    "SELECT 1 FROM selections WHERE channel_id = $1 AND local_date = $2"
                    " AND slot = $3",
                    PG_ARGS(SEL_KEY(r->channel_id, k->local_date, k->slot)), NULL, NULL);
    if (rc != -ENOENT)
        return rc == 0 ? -EEXIST : rc;
    if ((rc = pg_take_seq(c, r->channel_id, &seq, slug)) < 0 ||
        (rc = selection_post_insert(c, r->channel_id, seq, now, &id)) < 0)
        return rc;
    rc = pg_run(c, "INSERT INTO selections (" SEL_COLS ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                PG_ARGS(SEL_KEY(r->channel_id, k->local_date, k->slot), PG_INT(id), PG_INT(seq),
                        PG_INT(k->window_start), PG_INT(k->window_end), PG_INT(now)));
    if (rc < 0)
        return rc; /* -EEXIST: another node's writer published the key */
    r->post->kind = POST_SELECTION;
    if ((rc = selection_set_record(c, r->post, id, seq, now, &data)) < 0)
        return rc;
    r->post_id = id;
    long idx = (long)vec->n;
    if ((rc = pg_put_event(c, vec, r->channel_id, slug, seq, STORE_EV_SELECTION, id, data, now)) <
        0)
        return rc;
    rc = pg_run(c,
                "UPDATE posts SET mark = 0 WHERE channel_id = $1 AND mark <> 0"
                " AND published_at < $2",
                PG_ARGS(PG_INT(r->channel_id), PG_INT(k->window_end)));
    if (rc == 0)
        r->ev_idx = idx;
    return rc;
}

/* "YYYY-MM-DD" by shape only: the caller computes it in the channel's zone. */
static int date_shaped(const char *d, size_t size)
{
    if (strnlen(d, size) != 10)
        return 0;
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? d[i] != '-' : (d[i] < '0' || d[i] > '9'))
            return 0;
    return 1;
}

int pg_selection_publish(struct store *st, const struct store_selection *key, struct post *post,
                         struct store_event *ev)
{
    if (ev)
        memset(ev, 0, sizeof *ev);
    if (!key || !post || !date_shaped(key->local_date, sizeof key->local_date))
        return -EINVAL;
    size_t slot_len = strnlen(key->slot, sizeof key->slot);
    if (slot_len == 0 || slot_len == sizeof key->slot || key->window_start > key->window_end)
        return -EINVAL;
    struct sel_req sr = {
        .r = {.run = op_selection, .channel_id = key->channel_id, .post = post, .ev = ev},
        .key = key};
    return pg_submit(pg_store_of(st), &sr.r);
}

static int row_candidate(const PGresult *res, int i, void *out)
{
    struct store_candidate *cd = out;
    cd->id = pg_i64(res, i, 0);
    cd->seq = pg_i64(res, i, 1);
    cd->published_at = pg_i64(res, i, 2);
    cd->views = pg_i64(res, i, 3);
    cd->mark = (int)pg_i64(res, i, 4);
    store_candidate_fill(cd, pg_str(res, i, 5), (size_t)PQgetlength(res, i, 5));
    return 0;
}

static void candidate_clear(void *elem)
{
    free(((struct store_candidate *)elem)->block);
}

int pg_candidates(struct store *st, int64_t channel_id, int64_t from_ms, int64_t to_ms,
                  struct store_candidate **out, size_t *n)
{
    struct pg_list l = PG_LIST(struct store_candidate, row_candidate, candidate_clear, 0);

    *out = NULL;
    *n = 0;
    if (from_ms >= to_ms)
        return 0;
    /* The records are read whole, and only what ranking reads is picked
     * out of them (store_candidate_fill()). One row more than the bound tells of
     * truncation. */
    int rc = pg_pool_list(
        pg_store_of(st),
        "SELECT id, seq, published_at, views, mark, data FROM posts"
        " WHERE channel_id = $1 AND state = 'live' AND kind = 'post'"
        " AND published_at >= $2 AND published_at < $3"
        " ORDER BY published_at, id LIMIT $4",
        PG_ARGS(PG_INT(channel_id), PG_INT(from_ms), PG_INT(to_ms), PG_INT(PG_CANDIDATES_MAX + 1)),
        &l);
    if (rc < 0)
        return rc; /* the list is freed */
    if (l.n > PG_CANDIDATES_MAX) {
        candidate_clear((struct store_candidate *)l.v + PG_CANDIDATES_MAX);
        l.n = PG_CANDIDATES_MAX;
        log_warn("store: channel %lld has more than %d candidates in [%lld, %lld);"
                 " the newest are left out",
                 (long long)channel_id, PG_CANDIDATES_MAX, (long long)from_ms, (long long)to_ms);
    }
    *out = l.v;
    *n = l.n;
    return 0;
}

int pg_post_mark(struct store *st, int64_t channel_id, int64_t post_id, int mark)
{
    if (mark != STORE_MARK_NONE && mark != STORE_MARK_PIN && mark != STORE_MARK_EXCLUDE)
        return -EINVAL;
    /* -ENOENT: absent, not live, or a selection */
    return pg_pool_change(pg_store_of(st),
                          "UPDATE posts SET mark = $1 WHERE id = $2 AND channel_id = $3"
                          " AND state = 'live' AND kind = 'post'",
                          PG_ARGS(PG_INT(mark), PG_INT(post_id), PG_INT(channel_id)));
}

int pg_views_add(struct store *st, int64_t channel_id, int64_t post_id, int64_t n)
{
    if (n < 1 || n > PG_VIEWS_MAX)
        return -EINVAL;
    return pg_pool_change(pg_store_of(st), POST_VIEWS,
                          PG_ARGS(PG_INT(n), PG_INT(post_id), PG_INT(channel_id)));
}

static int cmp_id(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/* One run of a report in its own transaction: 0 with *added the views it
 * counted, or the error (-EDEADLK: run it again). ids are sorted, so two
 * reports lock the posts they share in the same order. */
static int views_record_once(struct pg_store *s, int64_t channel_id, const int64_t *ids, size_t n,
                             const unsigned char viewer[32], int64_t now_ms, size_t *added)
{
    struct pg_conn *c;
    *added = 0;
    int rc = pg_tx_begin(s, PG_BEGIN, &c);
    if (rc < 0)
        return rc;
    for (size_t i = 0; i < n && rc == 0; i++) {
        if (i > 0 && ids[i] == ids[i - 1])
            continue;
        /* a view counts only for a live plain post of the channel, once: a
         * racing report of the same viewer waits on the row, then finds it */
        rc = pg_change(
            c,
            "INSERT INTO post_views (post_id, viewer, at) SELECT id, $2::bytea, $3::bigint FROM posts"
            " WHERE id = $1 AND channel_id = $4 AND state = 'live' AND kind = 'post'"
            " ON CONFLICT (post_id, viewer) DO NOTHING",
            PG_ARGS(PG_INT(ids[i]), PG_BLOB(viewer, 32), PG_INT(now_ms), PG_INT(channel_id)));
        if (rc == -ENOENT) {
            rc = 0; /* not counted */
            continue;
        }
        if (rc == 0 && (rc = pg_run(c, POST_VIEWS,
                                    PG_ARGS(PG_INT(1), PG_INT(ids[i]), PG_INT(channel_id)))) == 0)
            (*added)++;
    }
    /* expired rows, at least as many as a report can add, so the table
     * never grows past what PG_VIEW_KEEP_MS of reports leave; rows another
     * report is deleting are left to it */
    if (rc == 0)
        rc = pg_run(c,
                    "DELETE FROM post_views WHERE (post_id, viewer) IN (SELECT post_id, viewer"
                    " FROM post_views WHERE at < $1 ORDER BY at LIMIT $2 FOR UPDATE SKIP LOCKED)",
                    PG_ARGS(PG_INT(now_ms - PG_VIEW_KEEP_MS), PG_INT(PG_VIEW_PRUNE_MAX)));
    return pg_tx_end(s, c, rc);
}

/*
 * One transaction for the whole report: one commit however many posts it
 * names. It also deletes a bounded number of expired rows.
 */
int pg_views_record(struct store *st, int64_t channel_id, const int64_t *post_ids, size_t n,
                    const unsigned char viewer[32], int64_t now_ms, size_t *counted)
{
    size_t added = 0;
    int rc = 0;

    *counted = 0;
    if (n > PG_VIEW_BATCH_MAX)
        return -EINVAL;
    _Static_assert(PG_VIEW_PRUNE_MAX >= PG_VIEW_BATCH_MAX, "a report deletes what it may add");
    int64_t *ids = xmalloc((n ? n : 1) * sizeof *ids);
    if (n)
        memcpy(ids, post_ids, n * sizeof *ids);
    qsort(ids, n, sizeof *ids, cmp_id);
    for (int t = 0; t < PG_VIEW_TRIES; t++)
        if ((rc = views_record_once(pg_store_of(st), channel_id, ids, n, viewer, now_ms, &added)) !=
            -EDEADLK)
            break;
    free(ids);
    if (rc == 0)
        *counted = added;
    return rc;
}

static int row_selection(const PGresult *res, int i, void *out)
{
    struct store_selection *sel = out;
    memset(sel, 0, sizeof *sel);
    sel->channel_id = pg_i64(res, i, 0);
    pg_copy_text(sel->local_date, sizeof sel->local_date, pg_str(res, i, 1));
    pg_copy_text(sel->slot, sizeof sel->slot, pg_str(res, i, 2));
    sel->post_id = pg_i64(res, i, 3);
    sel->seq = pg_i64(res, i, 4);
    sel->window_start = pg_i64(res, i, 5);
    sel->window_end = pg_i64(res, i, 6);
    sel->created_at = pg_i64(res, i, 7);
    return 0;
}

int pg_selection_get(struct store *st, int64_t channel_id, const char *local_date, const char *slot,
                     struct store_selection *out)
{
    if (!local_date || !slot)
        return -EINVAL;
    return pg_pool_one(pg_store_of(st),
                       "SELECT " SEL_COLS " FROM selections WHERE channel_id = $1"
                       " AND local_date = $2 AND slot = $3",
                       PG_ARGS(SEL_KEY(channel_id, local_date, slot)), row_selection, out);
}

int pg_selection_last(struct store *st, int64_t channel_id, int64_t before_ms,
                      struct store_selection *out)
{
    return pg_pool_one(pg_store_of(st),
                       "SELECT " SEL_COLS " FROM selections WHERE channel_id = $1"
                       " AND window_end <= $2 ORDER BY window_end DESC, seq DESC LIMIT 1",
                       PG_ARGS(PG_INT(channel_id), PG_INT(before_ms)), row_selection, out);
}

int pg_selection_list(struct store *st, int64_t channel_id, size_t limit,
                      struct store_selection **out, size_t *n)
{
    struct pg_list l = PG_LIST(struct store_selection, row_selection, NULL, 0);

    *out = NULL;
    *n = 0;
    if (limit == 0)
        return 0;
    int rc = pg_pool_list(
        pg_store_of(st),
        "SELECT " SEL_COLS " FROM selections WHERE channel_id = $1"
        " ORDER BY seq DESC LIMIT $2",
        PG_ARGS(PG_INT(channel_id), PG_INT(limit > INT64_MAX ? INT64_MAX : (int64_t)limit)), &l);
    if (rc < 0)
        return rc;
    *out = l.v;
    *n = l.n;
    return 0;
}
