/*
 * store_sqlite_posts: posts and their events. The writes that take a seq
 * (create, edit, delete, publish_due) are ops run by the writer
 * (store_sqlite_writer.c); the reads (a post, the events after a seq, a
 * channel's recent and scheduled posts) and prune run on a pooled
 * connection.
 */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "jsonr.h"
#include "jsonw.h"
#include "log.h"
#include "store/store_sqlite_int.h"
#include "xmalloc.h"

#define SQ_DUE_MAX 256     /* scheduled posts published per publish_due call */
#define SQ_RECENT_MAX 1000 /* posts one posts_recent call returns */

static const char CH_HEAD[] = "SELECT slug, last_seq, oldest_seq FROM channels WHERE id = ?1";
static const char POST_GET[] =
    "SELECT state, seq, data, publish_at, user_id FROM posts WHERE id = ?1 AND channel_id = ?2";

static int state_of(const unsigned char *s)
{
    if (s && strcmp((const char *)s, "scheduled") == 0)
        return STORE_POST_SCHEDULED;
    if (s && strcmp((const char *)s, "deleted") == 0)
        return STORE_POST_DELETED;
    return STORE_POST_LIVE;
}

static int post_unreadable(int64_t post_id)
{
    log_error("store: post %lld has an unreadable record", (long long)post_id);
    return CRIER_ESTORE;
}

/* A row of POST_GET (or of the same columns): rec is NULL when the stored
 * record does not parse. */
struct post_row {
    int state;
    json_t *rec;
    int64_t publish_at;
    int64_t user_id;
};

static int row_post(sqlite3_stmt *q, void *out)
{
    struct post_row *p = out;
    const char *text = (const char *)sqlite3_column_text(q, 2);
    p->state = state_of(sqlite3_column_text(q, 0));
    p->rec = text ? jsonr_loadb(text, strlen(text), 0, NULL) : NULL;
    p->publish_at = sqlite3_column_int64(q, 3);
    p->user_id = sqlite3_column_count(q) > 4 ? sqlite3_column_int64(q, 4) : 0;
    if (p->state == STORE_POST_SCHEDULED && p->publish_at == STORE_DRAFT_AT)
        p->state = STORE_POST_DRAFT;
    return 0;
}

/* The record of a post as stored and sent: compact JSON (malloc'd), or
 * NULL when it cannot be serialised. */
static char *record_text(const struct post *p)
{
    json_t *rec = post_to_json(p);
    char *data = rec ? jsonw_dumps(rec) : NULL;
    json_decref(rec);
    return data;
}

/* A stored record read back: 0, or the unreadable-record error. */
static int record_post(json_t *rec, int64_t post_id, struct post *out)
{
    int rc = rec ? post_from_json(rec, out) : -EINVAL;
    json_decref(rec);
    return rc < 0 ? post_unreadable(post_id) : 0;
}

int sq_post_add(struct sq_conn *c, const struct sq_new_post *p, struct post *post, int64_t *id,
                char **data)
{
    /* The id is past every id a post ever had: a deleted channel's posts
     * too. It is read first so that the record, which carries it, goes in
     * with the row: one write of the row, not an empty one and an update. */
    int rc = sq_one(c,
                    "SELECT max(coalesce((SELECT max(id) FROM posts), 0),"
                    " coalesce((SELECT value FROM meta WHERE key = 'post_id_max'), 0)) + 1",
                    SQ_NOARGS, sq_row_int64, id);
    if (rc < 0)
        return rc;
    post->id = *id;
    post->seq = p->seq;
    post->published_at = p->seq ? p->now : 0;
    post->edited_at = 0;
    if (!(*data = record_text(post)))
        return -EINVAL;
    rc = sq_run(c,
                "INSERT INTO posts (id, channel_id, state, seq, publish_at, created_at,"
                " updated_at, data, kind, published_at, external_id, user_id)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8, ?9, ?10, ?11)",
                SQ_ARGS(SQ_INT(*id), SQ_INT(p->channel_id), SQ_TEXT(p->state),
                        SQ_INT_OR_NULL(p->seq), SQ_INT(p->publish_at), SQ_INT(p->now),
                        SQ_TEXT(*data), SQ_TEXT(p->kind), SQ_INT_OR_NULL(p->published_at),
                        p->external_id ? SQ_TEXT(p->external_id) : SQ_NULL,
                        SQ_INT_OR_NULL(p->user_id)));
    if (rc < 0) {
        free(*data);
        *data = NULL;
    }
    return rc;
}

static int op_create(struct sq_conn *c, struct sq_req *r, struct sq_evvec *vec)
{
    int64_t now = crier_now_ms();
    int scheduled = r->publish_at > now;
    int64_t seq = 0, id;
    char slug[STORE_SLUG_MAX + 1] = "";
    char *data;

    int rc = scheduled ? sq_one(c, CH_HEAD, SQ_ARGS(SQ_INT(r->channel_id)), NULL, NULL)
                       : sq_take_seq(c, r->channel_id, &seq, slug);
    if (rc < 0)
        return rc;
    /* The external id lives in its column only: it is the publisher's
     * business, not the readers'. */
    struct sq_new_post p = {.channel_id = r->channel_id,
                            .state = scheduled ? "scheduled" : "live",
                            .kind = "post",
                            .seq = seq,
                            .publish_at = scheduled ? r->publish_at : now,
                            .published_at = scheduled ? 0 : now,
                            .now = now,
                            .external_id = r->post->external_id,
                            .user_id = r->post->user_id};
    if ((rc = sq_post_add(c, &p, r->post, &id, &data)) < 0)
        return rc;
    r->post_id = id;
    if (scheduled) {
        free(data);
        return 0;
    }
    r->ev_idx = (long)vec->n;
    return sq_put_event(c, vec, r->channel_id, slug, seq, STORE_EV_POST, id, data, now);
}

/* Reads a post of the channel for edit/delete: -ENOENT when absent or deleted. */
static int load_post(struct sq_conn *c, int64_t channel_id, int64_t post_id, struct post_row *p)
{
    int rc = sq_one(c, POST_GET, SQ_ARGS(SQ_INT(post_id), SQ_INT(channel_id)), row_post, p);
    if (rc == 0 && p->state == STORE_POST_DELETED) {
        json_decref(p->rec);
        return -ENOENT;
    }
    return rc == 0 && !p->rec ? post_unreadable(post_id) : rc;
}

static int op_edit(struct sq_conn *c, struct sq_req *r, struct sq_evvec *vec)
{
    int64_t now = crier_now_ms();
    struct post_row old;
    int rc = load_post(c, r->channel_id, r->post_id, &old);
    if (rc < 0)
        return rc;

    /* The store's fields are the stored ones, whatever the caller's say. */
    r->post->id = r->post_id;
    r->post->seq = json_integer_value(json_object_get(old.rec, "seq"));
    r->post->published_at = json_integer_value(json_object_get(old.rec, "published_at"));
    r->post->edited_at = old.state == STORE_POST_LIVE ? now : 0;
    r->post->publish_at = old.state == STORE_POST_SCHEDULED ? old.publish_at : 0;
    json_decref(old.rec);

    char *data = record_text(r->post);
    if (!data)
        return -EINVAL;
    rc = sq_run(c, "UPDATE posts SET data = ?1, updated_at = ?2 WHERE id = ?3",
                SQ_ARGS(SQ_TEXT(data), SQ_INT(now), SQ_INT(r->post_id)));
    if (rc < 0 || old.state != STORE_POST_LIVE) {
        free(data);
        return rc;
    }
    int64_t seq;
    char slug[STORE_SLUG_MAX + 1];
    if ((rc = sq_take_seq(c, r->channel_id, &seq, slug)) < 0) {
        free(data);
        return rc;
    }
    r->ev_idx = (long)vec->n;
    return sq_put_event(c, vec, r->channel_id, slug, seq, STORE_EV_EDIT, r->post_id, data, now);
}

/*
 * A live post's delete is an event carrying its id and creation seq. A
 * scheduled post was never seen by anyone, so it just goes, with no event.
 */
static int op_delete(struct sq_conn *c, struct sq_req *r, struct sq_evvec *vec)
{
    int64_t now = crier_now_ms();
    struct post_row old;
    int rc = load_post(c, r->channel_id, r->post_id, &old);
    if (rc < 0)
        return rc;
    json_int_t created_seq = json_integer_value(json_object_get(old.rec, "seq"));
    json_decref(old.rec);

    if ((rc = sq_run(c, "UPDATE posts SET state = 'deleted', updated_at = ?1 WHERE id = ?2",
                     SQ_ARGS(SQ_INT(now), SQ_INT(r->post_id)))) < 0 ||
        (rc = sq_run(c,
                     "UPDATE channels SET pinned_post_id = NULL"
                     " WHERE id = ?1 AND pinned_post_id = ?2",
                     SQ_ARGS(SQ_INT(r->channel_id), SQ_INT(r->post_id)))) < 0)
        return rc;
    if (old.state != STORE_POST_LIVE)
        return 0;
    int64_t seq;
    char slug[STORE_SLUG_MAX + 1];
    if ((rc = sq_take_seq(c, r->channel_id, &seq, slug)) < 0)
        return rc;
    json_t *rec = json_pack("{sIsI}", "id", (json_int_t)r->post_id, "seq", created_seq);
    char *data = jsonw_dumps(rec);
    json_decref(rec);
    r->ev_idx = (long)vec->n;
    return sq_put_event(c, vec, r->channel_id, slug, seq, STORE_EV_DELETE, r->post_id, data, now);
}

/*
 * The channel's pin moves to r->post_id (0: none). Only a live post of the
 * channel may be pinned. The event carries the new pin, so that a reader
 * who catches up needs no other state.
 */
static int op_pin(struct sq_conn *c, struct sq_req *r, struct sq_evvec *vec)
{
    int64_t now = crier_now_ms(), seq;
    char slug[STORE_SLUG_MAX + 1];
    int rc;

    if (r->post_id) {
        struct post_row p;
        if ((rc = load_post(c, r->channel_id, r->post_id, &p)) < 0)
            return rc;
        json_decref(p.rec);
        if (p.state != STORE_POST_LIVE)
            return -ENOENT;
    }
    if ((rc = sq_take_seq(c, r->channel_id, &seq, slug)) < 0 ||
        (rc = sq_run(c, "UPDATE channels SET pinned_post_id = ?1 WHERE id = ?2",
                     SQ_ARGS(SQ_INT_OR_NULL(r->post_id), SQ_INT(r->channel_id)))) < 0)
        return rc;
    json_t *rec =
        r->post_id ? json_pack("{sI}", "id", (json_int_t)r->post_id) : json_pack("{sn}", "id");
    char *data = rec ? jsonw_dumps(rec) : NULL;
    json_decref(rec);
    if (!data)
        return CRIER_ESTORE;
    r->ev_idx = (long)vec->n;
    return sq_put_event(c, vec, r->channel_id, slug, seq, STORE_EV_PIN, r->post_id, data, now);
}

int sq_channel_pin(struct store *st, int64_t channel_id, int64_t post_id, struct store_event *ev)
{
    if (post_id < 0)
        return -EINVAL;
    struct sq_req r = {.run = op_pin, .channel_id = channel_id, .post_id = post_id, .ev = ev};
    return sq_submit(sq_store_of(st), &r);
}

struct due_post {
    int64_t id, channel_id;
    char *data;
};

static int row_due(sqlite3_stmt *q, void *out)
{
    struct due_post *d = out;
    d->id = sqlite3_column_int64(q, 0);
    d->channel_id = sqlite3_column_int64(q, 1);
    d->data = sq_dup_text(sqlite3_column_text(q, 2));
    return 0;
}

static void due_clear(void *elem)
{
    free(((struct due_post *)elem)->data);
}

/* Publishes one due post: its seq, its record as published, its event. */
static int publish_one(struct sq_conn *c, const struct due_post *d, struct sq_evvec *vec)
{
    int64_t now = crier_now_ms(), seq;
    char slug[STORE_SLUG_MAX + 1];
    json_t *post = jsonr_loadb(d->data, strlen(d->data), 0, NULL);
    if (!post || !json_is_object(post)) {
        json_decref(post);
        return post_unreadable(d->id);
    }
    int rc = sq_take_seq(c, d->channel_id, &seq, slug);
    if (rc < 0) {
        json_decref(post);
        return rc;
    }
    json_object_set_new(post, "seq", json_integer(seq));
    json_object_set_new(post, "published_at", json_integer(now));
    char *data = jsonw_dumps(post);
    json_decref(post);
    if (!data)
        return CRIER_ESTORE;
    rc = sq_run(c,
                "UPDATE posts SET state = 'live', seq = ?1, data = ?2, updated_at = ?3,"
                " published_at = ?3 WHERE id = ?4",
                SQ_ARGS(SQ_INT(seq), SQ_TEXT(data), SQ_INT(now), SQ_INT(d->id)));
    if (rc < 0) {
        free(data);
        return rc;
    }
    return sq_put_event(c, vec, d->channel_id, slug, seq, STORE_EV_POST, d->id, data, now);
}

static int op_due(struct sq_conn *c, struct sq_req *r, struct sq_evvec *vec)
{
    /* Collect first: publishing moves rows out of the index being scanned. */
    struct sq_list due = SQ_LIST(struct due_post, row_due, due_clear, SQ_DUE_MAX);
    int rc = sq_list(c,
                     "SELECT id, channel_id, data FROM posts"
                     " WHERE state = 'scheduled' AND publish_at <= ?1"
                     " ORDER BY publish_at, id LIMIT ?2",
                     SQ_ARGS(SQ_INT(r->now_ms), SQ_INT(SQ_DUE_MAX)), &due);
    const struct due_post *d = due.v;
    for (size_t i = 0; rc == 0 && i < due.n; i++)
        rc = publish_one(c, &d[i], vec);
    r->published = rc == 0 ? due.n : 0;
    sq_list_free(&due);
    return rc;
}

/*
 * A draft or scheduled post gets its time: a time to come (or a draft's
 * STORE_DRAFT_AT) is only stored; now or past publishes it as publish_due
 * would, with its event.
 */
static int op_schedule(struct sq_conn *c, struct sq_req *r, struct sq_evvec *vec)
{
    struct post_row old;
    int rc = load_post(c, r->channel_id, r->post_id, &old);
    if (rc < 0)
        return rc;
    json_decref(old.rec);
    if (old.state == STORE_POST_LIVE)
        return -EALREADY;
    if (r->publish_at > crier_now_ms())
        return sq_run(c, "UPDATE posts SET publish_at = ?1 WHERE id = ?2",
                      SQ_ARGS(SQ_INT(r->publish_at), SQ_INT(r->post_id)));
    struct due_post d = {.id = r->post_id, .channel_id = r->channel_id};
    if ((rc = sq_one(c, "SELECT id, channel_id, data FROM posts WHERE id = ?1",
                     SQ_ARGS(SQ_INT(r->post_id)), row_due, &d)) < 0)
        return rc;
    r->ev_idx = (long)vec->n;
    rc = publish_one(c, &d, vec);
    free(d.data);
    return rc;
}

int sq_post_schedule(struct store *st, int64_t channel_id, int64_t post_id, int64_t publish_at,
                     struct store_event *ev, const struct store_audit *audit)
{
    struct sq_req r = {.run = op_schedule,
                       .channel_id = channel_id,
                       .post_id = post_id,
                       .publish_at = publish_at,
                       .ev = ev,
                       .audit = audit};
    return sq_submit(sq_store_of(st), &r);
}

int sq_post_create(struct store *st, int64_t channel_id, struct post *post, int64_t publish_at,
                   struct store_event *ev, const struct store_audit *audit)
{
    if (!post)
        return -EINVAL;
    struct sq_req r = {.run = op_create,
                       .channel_id = channel_id,
                       .post = post,
                       .publish_at = publish_at,
                       .ev = ev,
                       .audit = audit};
    return sq_submit(sq_store_of(st), &r);
}

int sq_post_edit(struct store *st, int64_t channel_id, int64_t post_id, struct post *post,
                 struct store_event *ev, const struct store_audit *audit)
{
    if (!post)
        return -EINVAL;
    struct sq_req r = {.run = op_edit,
                       .channel_id = channel_id,
                       .post_id = post_id,
                       .post = post,
                       .ev = ev,
                       .audit = audit};
    return sq_submit(sq_store_of(st), &r);
}

int sq_post_delete(struct store *st, int64_t channel_id, int64_t post_id, struct store_event *ev,
                   const struct store_audit *audit)
{
    struct sq_req r = {
        .run = op_delete, .channel_id = channel_id, .post_id = post_id, .ev = ev, .audit = audit};
    return sq_submit(sq_store_of(st), &r);
}

int sq_publish_due(struct store *st, int64_t now_ms, size_t *published)
{
    struct sq_req r = {.run = op_due, .now_ms = now_ms};
    int rc = sq_submit(sq_store_of(st), &r);
    if (published)
        *published = rc == 0 ? r.published : 0;
    return rc;
}

int sq_post_get(struct store *st, int64_t channel_id, int64_t post_id, struct post *out, int *state)
{
    struct post_row p;
    post_init(out);
    int rc = sq_pool_one(sq_store_of(st), POST_GET, SQ_ARGS(SQ_INT(post_id), SQ_INT(channel_id)),
                         row_post, &p);
    if (rc < 0)
        return rc;
    if (state)
        *state = p.state;
    if ((rc = record_post(p.rec, post_id, out)) == 0 && p.state == STORE_POST_SCHEDULED)
        out->publish_at = p.publish_at;
    out->user_id = p.user_id;
    return rc;
}

int sq_post_by_external(struct store *st, int64_t channel_id, const char *external_id,
                        struct post *out, int *state)
{
    struct post_row p;
    post_init(out);
    int rc = sq_pool_one(sq_store_of(st),
                         "SELECT state, seq, data, publish_at FROM posts WHERE channel_id = ?1 AND"
                         " external_id = ?2",
                         SQ_ARGS(SQ_INT(channel_id), SQ_TEXT(external_id)), row_post, &p);
    if (rc < 0)
        return rc;
    *state = p.state;
    if ((rc = record_post(p.rec, 0, out)) == 0 && p.state == STORE_POST_SCHEDULED)
        out->publish_at = p.publish_at;
    return rc;
}

struct head_row {
    char slug[STORE_SLUG_MAX + 1];
    int64_t last, oldest;
};

static int row_head(sqlite3_stmt *q, void *out)
{
    struct head_row *h = out;
    sq_copy_text(h->slug, sizeof h->slug, sqlite3_column_text(q, 0));
    h->last = sqlite3_column_int64(q, 1);
    h->oldest = sqlite3_column_int64(q, 2);
    return 0;
}

/* The events read so far, and the byte budget they stop at. */
struct ev_read {
    struct sq_list l;
    int64_t channel_id;
    const char *slug;
    size_t bytes, max_bytes; /* max_bytes 0: no budget */
};

static void event_clear(void *elem)
{
    store_event_clear(elem);
}

static int row_event(sqlite3_stmt *q, void *arg)
{
    struct ev_read *r = arg;
    struct store_event *ev = sq_list_add(&r->l);
    ev->channel_id = r->channel_id;
    memcpy(ev->channel, r->slug, sizeof ev->channel);
    ev->seq = sqlite3_column_int64(q, 0);
    ev->kind = sqlite3_column_int(q, 1);
    ev->post_id = sqlite3_column_int64(q, 2);
    const unsigned char *text = sqlite3_column_text(q, 3);
    ev->data_len = (size_t)sqlite3_column_bytes(q, 3);
    ev->data = xmalloc(ev->data_len + 1);
    memcpy(ev->data, text, ev->data_len);
    ev->data[ev->data_len] = '\0';
    ev->created_at = sqlite3_column_int64(q, 4);
    r->bytes += ev->data_len;
    return r->max_bytes && r->bytes >= r->max_bytes ? SQ_STOP : 0;
}

int sq_events_after(struct store *st, int64_t channel_id, int64_t after, size_t limit,
                    size_t max_bytes, struct store_event **out, size_t *n, int64_t *oldest_seq,
                    int64_t *last_seq)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    struct head_row h;
    struct ev_read r = {.l = SQ_LIST(struct store_event, NULL, event_clear, 0),
                        .channel_id = channel_id,
                        .slug = h.slug,
                        .max_bytes = max_bytes};

    *out = NULL;
    *n = 0;
    if (after < 0)
        return -EINVAL;
    /* One read transaction, so last_seq and the events are one snapshot. */
    int rc = sq_tx_begin(s, SQ_BEGIN, &c);
    if (rc < 0)
        return rc;
    if ((rc = sq_one(c, CH_HEAD, SQ_ARGS(SQ_INT(channel_id)), row_head, &h)) < 0)
        return sq_tx_end(s, c, rc);
    if (oldest_seq)
        *oldest_seq = h.oldest;
    if (last_seq)
        *last_seq = h.last;
    if (after < h.oldest - 1)
        rc = CRIER_EPRUNED;
    else if (limit > 0 && after < h.last)
        rc = sq_each(c,
                     "SELECT seq, kind, post_id, data, created_at FROM events"
                     " WHERE channel_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
                     SQ_ARGS(SQ_INT(channel_id), SQ_INT(after),
                             SQ_INT(limit > INT64_MAX ? INT64_MAX : (int64_t)limit)),
                     row_event, &r);
    if ((rc = sq_tx_end(s, c, rc)) < 0) {
        sq_list_free(&r.l);
        return rc;
    }
    *out = r.l.v;
    *n = r.l.n;
    return 0;
}

int sq_prune(struct store *st, int64_t channel_id, int64_t before_seq)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    int rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    rc = sq_change(c,
                   "UPDATE channels SET oldest_seq ="
                   " max(oldest_seq, min(?1, last_seq + 1)) WHERE id = ?2",
                   SQ_ARGS(SQ_INT(before_seq), SQ_INT(channel_id)));
    if (rc == 0)
        rc = sq_run(c, "DELETE FROM events WHERE channel_id = ?1 AND seq < ?2",
                    SQ_ARGS(SQ_INT(channel_id), SQ_INT(before_seq)));
    return sq_tx_end(s, c, rc);
}

/* Posts read into a list, with publish_at when scheduled. */
static void post_elem_clear(void *elem)
{
    post_clear(elem);
}

/* A row of (id, data[, publish_at]) into one post of the list. */
static int row_listed(sqlite3_stmt *q, void *out)
{
    struct post *p = out;
    const char *text = (const char *)sqlite3_column_text(q, 1);
    int rc = record_post(text ? jsonr_loadb(text, strlen(text), 0, NULL) : NULL,
                         sqlite3_column_int64(q, 0), p);
    if (rc == 0 && sqlite3_column_count(q) > 2)
        p->publish_at = sqlite3_column_int64(q, 2);
    return rc;
}

static int posts_of(struct sq_store *s, const char *sql, struct sq_args a, struct post **out,
                    size_t *n)
{
    struct sq_list l = SQ_LIST(struct post, row_listed, post_elem_clear, 0);
    int rc = sq_pool_list(s, sql, a, &l);
    if (rc < 0)
        return rc; /* the list is freed */
    *out = l.v;
    *n = l.n;
    return 0;
}

int sq_posts_recent(struct store *st, int64_t channel_id, int64_t before_seq, size_t limit,
                    struct post **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (limit == 0 || limit > SQ_RECENT_MAX || before_seq < 0)
        return -EINVAL;
    return posts_of(
        sq_store_of(st),
        "SELECT id, data FROM posts WHERE channel_id = ?1 AND state = 'live'"
        " AND seq < ?2 ORDER BY seq DESC LIMIT ?3",
        SQ_ARGS(SQ_INT(channel_id), SQ_INT(before_seq ? before_seq : INT64_MAX), SQ_INT(limit)),
        out, n);
}

int sq_posts_scheduled(struct store *st, int64_t channel_id, size_t limit, struct post **out,
                       size_t *n)
{
    *out = NULL;
    *n = 0;
    if (limit == 0 || limit > SQ_RECENT_MAX)
        return -EINVAL;
    return posts_of(sq_store_of(st),
                    "SELECT id, data, publish_at FROM posts WHERE channel_id = ?1 AND"
                    " state = 'scheduled' AND publish_at < ?3 ORDER BY publish_at, id LIMIT ?2",
                    SQ_ARGS(SQ_INT(channel_id), SQ_INT(limit), SQ_INT(STORE_DRAFT_AT)), out, n);
}

int sq_posts_drafts(struct store *st, int64_t channel_id, size_t limit, struct post **out,
                    size_t *n)
{
    *out = NULL;
    *n = 0;
    if (limit == 0 || limit > SQ_RECENT_MAX)
        return -EINVAL;
    return posts_of(sq_store_of(st),
                    "SELECT id, data FROM posts WHERE channel_id = ?1 AND state = 'scheduled'"
                    " AND publish_at = ?3 ORDER BY id DESC LIMIT ?2",
                    SQ_ARGS(SQ_INT(channel_id), SQ_INT(limit), SQ_INT(STORE_DRAFT_AT)), out, n);
}
