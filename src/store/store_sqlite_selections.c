/*
 * store_sqlite_selections: what the selection job reads and writes. The
 * candidates a selection is ranked from, the marks (pin, exclude) and view
 * counts that feed the ranking, and the published selections, whose
 * publication is a writer op like a post's.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "log.h"
#include "store/store_sqlite_int.h"
#include "xmalloc.h"

#define SQ_CANDIDATES_MAX 20000                  /* rows candidates returns */
#define SQ_VIEWS_MAX 1000000                     /* views one views_add call may add */
#define SQ_VIEW_KEEP_MS (7 * 24 * 3600 * 1000LL) /* a viewer counts once per post this long */
#define SQ_VIEW_BATCH_MAX 1000                   /* posts one views_record call may name */
#define SQ_VIEW_PRUNE_MAX 1000 /* expired post_views rows one views_record call deletes */

#define SEL_COLS "channel_id, local_date, slot, post_id, seq, window_start, window_end, created_at"

/* ?1 value, ?2 post id, ?3 channel id; saturates instead of overflowing into
 * a REAL the STRICT column refuses */
static const char POST_VIEWS[] =
    "UPDATE posts SET views = CASE WHEN views > 9223372036854775807 - ?1"
    " THEN 9223372036854775807 ELSE views + ?1 END"
    " WHERE id = ?2 AND channel_id = ?3 AND state = 'live' AND kind = 'post'";

/* A selection key's (channel_id, local_date, slot), for ?1..?3. */
#define SEL_KEY(channel_id, local_date, slot) SQ_INT(channel_id), SQ_TEXT(local_date), SQ_TEXT(slot)

/*
 * Publishes a selection post, all inside the request's savepoint: any failure,
 * -EEXIST included, rolls back the seq, the post row and the event together.
 * The existence check runs under the batch's BEGIN IMMEDIATE, so it is
 * serialised with every other writer, in this process or another; the
 * primary key on selections backs it up.
 */
static int op_selection(struct sq_conn *c, struct sq_req *r, struct sq_evvec *vec)
{
    const struct store_selection *k = r->sel;
    int64_t now = crier_now_ms(), seq, id;
    char slug[STORE_SLUG_MAX + 1];
    char *data;

    int rc = sq_one(c,
                    "SELECT 1 FROM selections WHERE channel_id = ?1 AND local_date = ?2"
                    " AND slot = ?3",
                    SQ_ARGS(SEL_KEY(r->channel_id, k->local_date, k->slot)), NULL, NULL);
    if (rc != -ENOENT)
        return rc == 0 ? -EEXIST : rc;
    if ((rc = sq_take_seq(c, r->channel_id, &seq, slug)) < 0)
        return rc;
    struct sq_new_post p = {.channel_id = r->channel_id,
                            .state = "live",
                            .kind = "selection",
                            .seq = seq,
                            .publish_at = now,
                            .published_at = now,
                            .now = now};
    r->post->kind = POST_SELECTION;
    if ((rc = sq_post_add(c, &p, r->post, &id, &data)) < 0)
        return rc;
    r->post_id = id;
    long idx = (long)vec->n;
    if ((rc = sq_put_event(c, vec, r->channel_id, slug, seq, STORE_EV_SELECTION, id, data, now)) <
        0)
        return rc;
    rc = sq_run(c, "INSERT INTO selections (" SEL_COLS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                SQ_ARGS(SEL_KEY(r->channel_id, k->local_date, k->slot), SQ_INT(id), SQ_INT(seq),
                        SQ_INT(k->window_start), SQ_INT(k->window_end), SQ_INT(now)));
    if (rc == 0)
        rc = sq_run(c,
                    "UPDATE posts SET mark = 0 WHERE channel_id = ?1 AND mark <> 0"
                    " AND published_at < ?2",
                    SQ_ARGS(SQ_INT(r->channel_id), SQ_INT(k->window_end)));
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

int sq_selection_publish(struct store *st, const struct store_selection *key, struct post *post,
                         struct store_event *ev)
{
    if (ev)
        memset(ev, 0, sizeof *ev);
    if (!key || !post || !date_shaped(key->local_date, sizeof key->local_date))
        return -EINVAL;
    size_t slot_len = strnlen(key->slot, sizeof key->slot);
    if (slot_len == 0 || slot_len == sizeof key->slot || key->window_start > key->window_end)
        return -EINVAL;
    struct sq_req r = {
        .run = op_selection, .channel_id = key->channel_id, .post = post, .sel = key, .ev = ev};
    return sq_submit(sq_store_of(st), &r);
}

static void candidate_fields(sqlite3_stmt *q, struct store_candidate *cd)
{
    store_candidate_fill(cd, (const char *)sqlite3_column_text(q, 5),
                         (size_t)sqlite3_column_bytes(q, 5));
}

static int row_candidate(sqlite3_stmt *q, void *out)
{
    struct store_candidate *cd = out;
    cd->id = sqlite3_column_int64(q, 0);
    cd->seq = sqlite3_column_int64(q, 1);
    cd->published_at = sqlite3_column_int64(q, 2);
    cd->views = sqlite3_column_int64(q, 3);
    cd->mark = sqlite3_column_int(q, 4);
    candidate_fields(q, cd);
    return 0;
}

static void candidate_clear(void *elem)
{
    free(((struct store_candidate *)elem)->block);
}

int sq_candidates(struct store *st, int64_t channel_id, int64_t from_ms, int64_t to_ms,
                  struct store_candidate **out, size_t *n)
{
    struct sq_list l =
        SQ_LIST(struct store_candidate, row_candidate, candidate_clear, SQ_CANDIDATES_MAX);

    *out = NULL;
    *n = 0;
    if (from_ms >= to_ms)
        return 0;
    /* The records are read whole, and only what ranking reads is picked
     * out of them (store_candidate_fill()). One row more than the bound tells of
     * truncation. */
    int rc = sq_pool_list(
        sq_store_of(st),
        "SELECT id, seq, published_at, views, mark, data FROM posts"
        " WHERE channel_id = ?1 AND state = 'live' AND kind = 'post'"
        " AND published_at >= ?2 AND published_at < ?3"
        " ORDER BY published_at, id LIMIT ?4",
        SQ_ARGS(SQ_INT(channel_id), SQ_INT(from_ms), SQ_INT(to_ms), SQ_INT(SQ_CANDIDATES_MAX + 1)),
        &l);
    if (l.more)
        log_warn("store: channel %lld has more than %d candidates in [%lld, %lld);"
                 " the newest are left out",
                 (long long)channel_id, SQ_CANDIDATES_MAX, (long long)from_ms, (long long)to_ms);
    *out = l.v;
    *n = l.n;
    return rc;
}

int sq_post_mark(struct store *st, int64_t channel_id, int64_t post_id, int mark)
{
    if (mark != STORE_MARK_NONE && mark != STORE_MARK_PIN && mark != STORE_MARK_EXCLUDE)
        return -EINVAL;
    /* -ENOENT: absent, not live, or a selection */
    return sq_pool_change(sq_store_of(st),
                          "UPDATE posts SET mark = ?1 WHERE id = ?2 AND channel_id = ?3"
                          " AND state = 'live' AND kind = 'post'",
                          SQ_ARGS(SQ_INT(mark), SQ_INT(post_id), SQ_INT(channel_id)));
}

int sq_views_add(struct store *st, int64_t channel_id, int64_t post_id, int64_t n)
{
    if (n < 1 || n > SQ_VIEWS_MAX)
        return -EINVAL;
    return sq_pool_change(sq_store_of(st), POST_VIEWS,
                          SQ_ARGS(SQ_INT(n), SQ_INT(post_id), SQ_INT(channel_id)));
}

/*
 * One IMMEDIATE transaction for the whole report: one fsync however many
 * posts it names, instead of one per post. It also deletes a bounded number
 * of expired rows, at least as many as a report can add, so the table
 * never grows past what SQ_VIEW_KEEP_MS of reports leave.
 */
int sq_views_record(struct store *st, int64_t channel_id, const int64_t *post_ids, size_t n,
                    const unsigned char viewer[32], int64_t now_ms, size_t *counted)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    size_t added = 0;

    *counted = 0;
    if (n > SQ_VIEW_BATCH_MAX)
        return -EINVAL;
    _Static_assert(SQ_VIEW_PRUNE_MAX >= SQ_VIEW_BATCH_MAX, "a report deletes what it may add");
    int rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    for (size_t i = 0; i < n && rc == 0; i++) {
        /* a view counts only for a live plain post of the channel, once */
        rc = sq_run(
            c,
            "INSERT INTO post_views (post_id, viewer, at) SELECT id, ?2, ?3 FROM posts"
            " WHERE id = ?1 AND channel_id = ?4 AND state = 'live' AND kind = 'post'"
            " ON CONFLICT (post_id, viewer) DO NOTHING",
            SQ_ARGS(SQ_INT(post_ids[i]), SQ_BLOB(viewer, 32), SQ_INT(now_ms), SQ_INT(channel_id)));
        if (rc < 0 || sqlite3_changes(c->db) != 1)
            continue;
        rc = sq_run(c, POST_VIEWS, SQ_ARGS(SQ_INT(1), SQ_INT(post_ids[i]), SQ_INT(channel_id)));
        if (rc == 0)
            added++;
    }
    if (rc == 0)
        rc = sq_run(c,
                    "DELETE FROM post_views WHERE (post_id, viewer) IN (SELECT post_id, viewer"
                    " FROM post_views WHERE at < ?1 ORDER BY at LIMIT ?2)",
                    SQ_ARGS(SQ_INT(now_ms - SQ_VIEW_KEEP_MS), SQ_INT(SQ_VIEW_PRUNE_MAX)));
    if ((rc = sq_tx_end(s, c, rc)) == 0)
        *counted = added;
    return rc;
}

static int row_selection(sqlite3_stmt *q, void *out)
{
    struct store_selection *sel = out;
    memset(sel, 0, sizeof *sel);
    sel->channel_id = sqlite3_column_int64(q, 0);
    sq_copy_text(sel->local_date, sizeof sel->local_date, sqlite3_column_text(q, 1));
    sq_copy_text(sel->slot, sizeof sel->slot, sqlite3_column_text(q, 2));
    sel->post_id = sqlite3_column_int64(q, 3);
    sel->seq = sqlite3_column_int64(q, 4);
    sel->window_start = sqlite3_column_int64(q, 5);
    sel->window_end = sqlite3_column_int64(q, 6);
    sel->created_at = sqlite3_column_int64(q, 7);
    return 0;
}

int sq_selection_get(struct store *st, int64_t channel_id, const char *local_date, const char *slot,
                     struct store_selection *out)
{
    if (!local_date || !slot)
        return -EINVAL;
    return sq_pool_one(sq_store_of(st),
                       "SELECT " SEL_COLS " FROM selections WHERE channel_id = ?1"
                       " AND local_date = ?2 AND slot = ?3",
                       SQ_ARGS(SEL_KEY(channel_id, local_date, slot)), row_selection, out);
}

int sq_selection_last(struct store *st, int64_t channel_id, int64_t before_ms,
                      struct store_selection *out)
{
    return sq_pool_one(sq_store_of(st),
                       "SELECT " SEL_COLS " FROM selections WHERE channel_id = ?1"
                       " AND window_end <= ?2 ORDER BY window_end DESC, seq DESC LIMIT 1",
                       SQ_ARGS(SQ_INT(channel_id), SQ_INT(before_ms)), row_selection, out);
}

int sq_selection_list(struct store *st, int64_t channel_id, size_t limit,
                      struct store_selection **out, size_t *n)
{
    struct sq_list l = SQ_LIST(struct store_selection, row_selection, NULL, 0);

    *out = NULL;
    *n = 0;
    if (limit == 0)
        return 0;
    int rc = sq_pool_list(
        sq_store_of(st),
        "SELECT " SEL_COLS " FROM selections WHERE channel_id = ?1"
        " ORDER BY seq DESC LIMIT ?2",
        SQ_ARGS(SQ_INT(channel_id), SQ_INT(limit > INT64_MAX ? INT64_MAX : (int64_t)limit)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}
