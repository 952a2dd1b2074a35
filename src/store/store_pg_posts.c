/*
 * store_pg_posts: posts and their events, as store_sqlite_posts.c has them
 * (the same semantics). The writes that take a seq (create, edit, delete,
 * pin, schedule, publish_due) are ops run by the writer
 * (store_pg_writer.c); the reads (a post, the events after a seq, a
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
#include "store/store_pg_int.h"
#include "xmalloc.h"

#define PG_DUE_MAX 256     /* scheduled posts published per publish_due call */
#define PG_RECENT_MAX 1000 /* posts one posts_recent call returns */

static const char CH_HEAD[] = "SELECT slug, last_seq, oldest_seq FROM channels WHERE id = $1";
static const char POST_GET[] =
    "SELECT state, seq, data, publish_at, user_id FROM posts WHERE id = $1 AND channel_id = $2";
/* The writer's read of a post it is about to change: the row lock orders it
 * after any other node's write to the same post. */
static const char POST_LOCK[] = "SELECT state, seq, data, publish_at, user_id FROM posts"
                                " WHERE id = $1 AND channel_id = $2 FOR UPDATE";

static int state_of(const char *s)
{
    if (strcmp(s, "scheduled") == 0)
        return STORE_POST_SCHEDULED;
    if (strcmp(s, "deleted") == 0)
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

static int row_post(const PGresult *res, int i, void *out)
{
    struct post_row *p = out;
    const char *text = pg_str(res, i, 2);
    p->state = state_of(pg_str(res, i, 0));
    p->rec = text ? jsonr_loadb(text, strlen(text), 0, NULL) : NULL;
    p->publish_at = pg_i64(res, i, 3);
    p->user_id = PQnfields(res) > 4 ? pg_i64(res, i, 4) : 0;
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

/* The seq (a live post's), the slug and a new post id in one statement:
 * the id comes from the posts identity's sequence, never one a post had. */
static const char CREATE_LIVE_HEAD[] = "UPDATE channels SET last_seq = last_seq + 1 WHERE id = $1"
                                       " RETURNING last_seq, slug, nextval('posts_id_seq')";
static const char CREATE_LATER_HEAD[] =
    "SELECT 0, slug, nextval('posts_id_seq') FROM channels WHERE id = $1";

struct create_head {
    int64_t seq, id;
    char slug[STORE_SLUG_MAX + 1];
};

static int row_create_head(const PGresult *res, int i, void *out)
{
    struct create_head *h = out;
    h->seq = pg_i64(res, i, 0);
    pg_copy_text(h->slug, sizeof h->slug, pg_str(res, i, 1));
    h->id = pg_i64(res, i, 2);
    return 0;
}

/*
 * A post is created in two round trips: its seq and id, then the row with
 * its record (which holds both) and, live, its event, in one statement.
 * The external id lives in its column only: it is the publisher's business,
 * not the readers'; a taken one fails the insert (-EEXIST), and the
 * savepoint gives the seq back.
 */
static int op_create(struct pg_conn *c, struct pg_req *r, struct pg_evvec *vec)
{
    int64_t now = crier_now_ms();
    int scheduled = r->publish_at > now;
    struct create_head h;
    int rc = pg_one(c, scheduled ? CREATE_LATER_HEAD : CREATE_LIVE_HEAD,
                    PG_ARGS(PG_INT(r->channel_id)), row_create_head, &h);
    if (rc < 0)
        return rc;
    r->post->id = r->post_id = h.id;
    r->post->seq = h.seq;
    r->post->published_at = scheduled ? 0 : now;
    r->post->edited_at = 0;
    char *data = record_text(r->post);
    if (!data)
        return -EINVAL;
    struct pg_val ext = r->post->external_id ? PG_TEXT(r->post->external_id) : PG_NULL;
    if (scheduled) {
        rc = pg_run(c,
                    "INSERT INTO posts (id, channel_id, state, publish_at, created_at,"
                    " updated_at, data, kind, external_id, user_id)"
                    " VALUES ($1, $2, 'scheduled', $3, $4, $4, $5, 'post', $6, $7)",
                    PG_ARGS(PG_INT(h.id), PG_INT(r->channel_id), PG_INT(r->publish_at), PG_INT(now),
                            PG_TEXT(data), ext, PG_INT_OR_NULL(r->post->user_id)));
        free(data);
        return rc;
    }
    rc = pg_run(c,
                "WITH p AS (INSERT INTO posts (id, channel_id, state, seq, publish_at,"
                " created_at, updated_at, data, kind, published_at, external_id, user_id)"
                " VALUES ($1, $2, 'live', $3, $4, $4, $4, $5, 'post', $4, $6, $7))"
                " INSERT INTO events (channel_id, seq, kind, post_id, data, created_at)"
                " VALUES ($2, $3, $8, $1, $5, $4)",
                PG_ARGS(PG_INT(h.id), PG_INT(r->channel_id), PG_INT(h.seq), PG_INT(now),
                        PG_TEXT(data), ext, PG_INT_OR_NULL(r->post->user_id),
                        PG_INT(STORE_EV_POST)));
    if (rc < 0) {
        free(data);
        return rc;
    }
    r->ev_idx = (long)vec->n;
    pg_add_event(vec, r->channel_id, h.slug, h.seq, STORE_EV_POST, h.id, data, now);
    return 0;
}

/* Reads a post of the channel for edit/delete: -ENOENT when absent or deleted. */
static int load_post(struct pg_conn *c, int64_t channel_id, int64_t post_id, struct post_row *p)
{
    int rc = pg_one(c, POST_LOCK, PG_ARGS(PG_INT(post_id), PG_INT(channel_id)), row_post, p);
    if (rc == 0 && p->state == STORE_POST_DELETED) {
        json_decref(p->rec);
        return -ENOENT;
    }
    return rc == 0 && !p->rec ? post_unreadable(post_id) : rc;
}

static int op_edit(struct pg_conn *c, struct pg_req *r, struct pg_evvec *vec)
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
    rc = pg_run(c, "UPDATE posts SET data = $1, updated_at = $2 WHERE id = $3",
                PG_ARGS(PG_TEXT(data), PG_INT(now), PG_INT(r->post_id)));
    if (rc < 0 || old.state != STORE_POST_LIVE) {
        free(data);
        return rc;
    }
    int64_t seq;
    char slug[STORE_SLUG_MAX + 1];
    if ((rc = pg_take_seq(c, r->channel_id, &seq, slug)) < 0) {
        free(data);
        return rc;
    }
    r->ev_idx = (long)vec->n;
    return pg_put_event(c, vec, r->channel_id, slug, seq, STORE_EV_EDIT, r->post_id, data, now);
}

/*
 * A live post's delete is an event carrying its id and creation seq. A
 * scheduled post was never seen by anyone, so it just goes, with no event.
 */
static int op_delete(struct pg_conn *c, struct pg_req *r, struct pg_evvec *vec)
{
    int64_t now = crier_now_ms();
    struct post_row old;
    int rc = load_post(c, r->channel_id, r->post_id, &old);
    if (rc < 0)
        return rc;
    json_int_t created_seq = json_integer_value(json_object_get(old.rec, "seq"));
    json_decref(old.rec);

    if ((rc = pg_run(c, "UPDATE posts SET state = 'deleted', updated_at = $1 WHERE id = $2",
                     PG_ARGS(PG_INT(now), PG_INT(r->post_id)))) < 0 ||
        (rc = pg_run(c,
                     "UPDATE channels SET pinned_post_id = NULL"
                     " WHERE id = $1 AND pinned_post_id = $2",
                     PG_ARGS(PG_INT(r->channel_id), PG_INT(r->post_id)))) < 0)
        return rc;
    if (old.state != STORE_POST_LIVE)
        return 0;
    int64_t seq;
    char slug[STORE_SLUG_MAX + 1];
    if ((rc = pg_take_seq(c, r->channel_id, &seq, slug)) < 0)
        return rc;
    json_t *rec = json_pack("{sIsI}", "id", (json_int_t)r->post_id, "seq", created_seq);
    char *data = jsonw_dumps(rec);
    json_decref(rec);
    r->ev_idx = (long)vec->n;
    return pg_put_event(c, vec, r->channel_id, slug, seq, STORE_EV_DELETE, r->post_id, data, now);
}

/*
 * The channel's pin moves to r->post_id (0: none). Only a live post of the
 * channel may be pinned. The event carries the new pin, so that a reader
 * who catches up needs no other state.
 */
static int op_pin(struct pg_conn *c, struct pg_req *r, struct pg_evvec *vec)
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
    if ((rc = pg_take_seq(c, r->channel_id, &seq, slug)) < 0 ||
        (rc = pg_run(c, "UPDATE channels SET pinned_post_id = $1 WHERE id = $2",
                     PG_ARGS(PG_INT_OR_NULL(r->post_id), PG_INT(r->channel_id)))) < 0)
        return rc;
    json_t *rec =
        r->post_id ? json_pack("{sI}", "id", (json_int_t)r->post_id) : json_pack("{sn}", "id");
    char *data = rec ? jsonw_dumps(rec) : NULL;
    json_decref(rec);
    if (!data)
        return CRIER_ESTORE;
    r->ev_idx = (long)vec->n;
    return pg_put_event(c, vec, r->channel_id, slug, seq, STORE_EV_PIN, r->post_id, data, now);
}

int pg_channel_pin(struct store *st, int64_t channel_id, int64_t post_id, struct store_event *ev)
{
    if (post_id < 0)
        return -EINVAL;
    struct pg_req r = {.run = op_pin, .channel_id = channel_id, .post_id = post_id, .ev = ev};
    return pg_submit(pg_store_of(st), &r);
}

struct due_post {
    int64_t id, channel_id;
    char *data;
};

static int row_due(const PGresult *res, int i, void *out)
{
    struct due_post *d = out;
    d->id = pg_i64(res, i, 0);
    d->channel_id = pg_i64(res, i, 1);
    d->data = xstrdup(pg_str(res, i, 2));
    return 0;
}

static void due_clear(void *elem)
{
    free(((struct due_post *)elem)->data);
}

/* Publishes one due post: its seq, its record as published, its event. */
static int publish_one(struct pg_conn *c, const struct due_post *d, struct pg_evvec *vec)
{
    int64_t now = crier_now_ms(), seq;
    char slug[STORE_SLUG_MAX + 1];
    json_t *post = jsonr_loadb(d->data, strlen(d->data), 0, NULL);
    if (!post || !json_is_object(post)) {
        json_decref(post);
        return post_unreadable(d->id);
    }
    int rc = pg_take_seq(c, d->channel_id, &seq, slug);
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
    rc = pg_run(c,
                "UPDATE posts SET state = 'live', seq = $1, data = $2, updated_at = $3,"
                " published_at = $3 WHERE id = $4",
                PG_ARGS(PG_INT(seq), PG_TEXT(data), PG_INT(now), PG_INT(d->id)));
    if (rc < 0) {
        free(data);
        return rc;
    }
    return pg_put_event(c, vec, d->channel_id, slug, seq, STORE_EV_POST, d->id, data, now);
}

static int op_due(struct pg_conn *c, struct pg_req *r, struct pg_evvec *vec)
{
    /* Collect first, locking what is collected: another node's publish_due
     * skips these rows, and never sees them scheduled once this commits.
     * The earliest due are taken, then published channel by channel in id
     * order (each channel's in time order): the channel locks follow the
     * order the other batches take them in. */
    struct pg_list due = PG_LIST(struct due_post, row_due, due_clear, PG_DUE_MAX);
    int rc = pg_list(c,
                     "SELECT id, channel_id, data FROM (SELECT id, channel_id, data, publish_at"
                     " FROM posts WHERE state = 'scheduled' AND publish_at <= $1"
                     " ORDER BY publish_at, id LIMIT $2 FOR UPDATE SKIP LOCKED) d"
                     " ORDER BY channel_id, publish_at, id",
                     PG_ARGS(PG_INT(r->now_ms), PG_INT(PG_DUE_MAX)), &due);
    const struct due_post *d = due.v;
    for (size_t i = 0; rc == 0 && i < due.n; i++)
        rc = publish_one(c, &d[i], vec);
    r->published = rc == 0 ? due.n : 0;
    pg_list_free(&due);
    return rc;
}

/*
 * A draft or scheduled post gets its time: a time to come (or a draft's
 * STORE_DRAFT_AT) is only stored; now or past publishes it as publish_due
 * would, with its event.
 */
static int op_schedule(struct pg_conn *c, struct pg_req *r, struct pg_evvec *vec)
{
    struct post_row old;
    int rc = load_post(c, r->channel_id, r->post_id, &old);
    if (rc < 0)
        return rc;
    json_decref(old.rec);
    if (old.state == STORE_POST_LIVE)
        return -EALREADY;
    if (r->publish_at > crier_now_ms())
        return pg_run(c, "UPDATE posts SET publish_at = $1 WHERE id = $2",
                      PG_ARGS(PG_INT(r->publish_at), PG_INT(r->post_id)));
    struct due_post d = {.id = r->post_id, .channel_id = r->channel_id};
    if ((rc = pg_one(c, "SELECT id, channel_id, data FROM posts WHERE id = $1",
                     PG_ARGS(PG_INT(r->post_id)), row_due, &d)) < 0)
        return rc;
    r->ev_idx = (long)vec->n;
    rc = publish_one(c, &d, vec);
    free(d.data);
    return rc;
}

int pg_post_schedule(struct store *st, int64_t channel_id, int64_t post_id, int64_t publish_at,
                     struct store_event *ev, const struct store_audit *audit)
{
    struct pg_req r = {.run = op_schedule,
                       .channel_id = channel_id,
                       .post_id = post_id,
                       .publish_at = publish_at,
                       .ev = ev,
                       .audit = audit};
    return pg_submit(pg_store_of(st), &r);
}

int pg_post_create(struct store *st, int64_t channel_id, struct post *post, int64_t publish_at,
                   struct store_event *ev, const struct store_audit *audit)
{
    if (!post)
        return -EINVAL;
    struct pg_req r = {.run = op_create,
                       .channel_id = channel_id,
                       .post = post,
                       .publish_at = publish_at,
                       .ev = ev,
                       .audit = audit};
    return pg_submit(pg_store_of(st), &r);
}

int pg_post_edit(struct store *st, int64_t channel_id, int64_t post_id, struct post *post,
                 struct store_event *ev, const struct store_audit *audit)
{
    if (!post)
        return -EINVAL;
    struct pg_req r = {.run = op_edit,
                       .channel_id = channel_id,
                       .post_id = post_id,
                       .post = post,
                       .ev = ev,
                       .audit = audit};
    return pg_submit(pg_store_of(st), &r);
}

int pg_post_delete(struct store *st, int64_t channel_id, int64_t post_id, struct store_event *ev,
                   const struct store_audit *audit)
{
    struct pg_req r = {
        .run = op_delete, .channel_id = channel_id, .post_id = post_id, .ev = ev, .audit = audit};
    return pg_submit(pg_store_of(st), &r);
}

int pg_publish_due(struct store *st, int64_t now_ms, size_t *published)
{
    struct pg_req r = {.run = op_due, .now_ms = now_ms};
    int rc = pg_submit(pg_store_of(st), &r);
    if (published)
        *published = rc == 0 ? r.published : 0;
    return rc;
}

int pg_post_get(struct store *st, int64_t channel_id, int64_t post_id, struct post *out, int *state)
{
    struct post_row p;
    post_init(out);
    int rc = pg_pool_one(pg_store_of(st), POST_GET, PG_ARGS(PG_INT(post_id), PG_INT(channel_id)),
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

int pg_post_by_external(struct store *st, int64_t channel_id, const char *external_id,
                        struct post *out, int *state)
{
    struct post_row p;
    post_init(out);
    int rc = pg_pool_one(pg_store_of(st),
                         "SELECT state, seq, data, publish_at FROM posts WHERE channel_id = $1 AND"
                         " external_id = $2",
                         PG_ARGS(PG_INT(channel_id), PG_TEXT(external_id)), row_post, &p);
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

static int row_head(const PGresult *res, int i, void *out)
{
    struct head_row *h = out;
    pg_copy_text(h->slug, sizeof h->slug, pg_str(res, i, 0));
    h->last = pg_i64(res, i, 1);
    h->oldest = pg_i64(res, i, 2);
    return 0;
}

/* The events read so far, and the byte budget they stop at. */
struct ev_read {
    struct pg_list l;
    int64_t channel_id;
    const char *slug;
    size_t bytes, max_bytes; /* max_bytes 0: no budget */
};

static void event_clear(void *elem)
{
    store_event_clear(elem);
}

static int row_event(const PGresult *res, int i, void *arg)
{
    struct ev_read *r = arg;
    struct store_event *ev = pg_list_add(&r->l);
    ev->channel_id = r->channel_id;
    memcpy(ev->channel, r->slug, sizeof ev->channel);
    ev->seq = pg_i64(res, i, 0);
    ev->kind = (int)pg_i64(res, i, 1);
    ev->post_id = pg_i64(res, i, 2);
    const char *text = pg_str(res, i, 3);
    ev->data_len = (size_t)PQgetlength(res, i, 3);
    ev->data = xmalloc(ev->data_len + 1);
    memcpy(ev->data, text, ev->data_len);
    ev->data[ev->data_len] = '\0';
    ev->created_at = pg_i64(res, i, 4);
    r->bytes += ev->data_len;
    return r->max_bytes && r->bytes >= r->max_bytes ? PG_STOP : 0;
}

/*
 * The events after $2, at most $3, and of those only as many as the byte
 * budget $4 allows (each event whose predecessors hold less than $4 bytes:
 * always at least one), so that the server sends no more than the node
 * keeps. The running sum streams under the LIMIT: it reads $3 + 1 rows at
 * most.
 */
static const char EVENTS_PAGE[] =
    "SELECT seq, kind, post_id, data, created_at FROM ("
    " SELECT seq, kind, post_id, data, created_at,"
    "  sum(octet_length(data)) OVER (ORDER BY seq) - octet_length(data) AS before"
    " FROM events WHERE channel_id = $1 AND seq > $2 ORDER BY seq LIMIT $3) e"
    " WHERE before < $4 ORDER BY seq";

int pg_events_after(struct store *st, int64_t channel_id, int64_t after, size_t limit,
                    size_t max_bytes, struct store_event **out, size_t *n, int64_t *oldest_seq,
                    int64_t *last_seq)
{
    struct pg_store *s = pg_store_of(st);
    struct pg_conn *c;
    struct head_row h;
    struct ev_read r = {.l = PG_LIST(struct store_event, NULL, event_clear, 0),
                        .channel_id = channel_id,
                        .slug = h.slug,
                        .max_bytes = max_bytes};

    *out = NULL;
    *n = 0;
    if (after < 0)
        return -EINVAL;
    /* One read transaction, so last_seq and the events are one snapshot. */
    int rc = pg_tx_begin(s, PG_BEGIN_SNAPSHOT, &c);
    if (rc < 0)
        return rc;
    if ((rc = pg_one(c, CH_HEAD, PG_ARGS(PG_INT(channel_id)), row_head, &h)) < 0)
        return pg_tx_end(s, c, rc);
    if (oldest_seq)
        *oldest_seq = h.oldest;
    if (last_seq)
        *last_seq = h.last;
    if (after < h.oldest - 1)
        rc = CRIER_EPRUNED;
    else if (limit > 0 && after < h.last)
        rc = pg_each(
            c, EVENTS_PAGE,
            PG_ARGS(PG_INT(channel_id), PG_INT(after),
                    PG_INT(limit > INT64_MAX ? INT64_MAX : (int64_t)limit),
                    PG_INT(max_bytes && max_bytes < INT64_MAX ? (int64_t)max_bytes : INT64_MAX)),
            row_event, &r);
    if ((rc = pg_tx_end(s, c, rc)) < 0) {
        pg_list_free(&r.l);
        return rc;
    }
    *out = r.l.v;
    *n = r.l.n;
    return 0;
}

int pg_prune(struct store *st, int64_t channel_id, int64_t before_seq)
{
    struct pg_store *s = pg_store_of(st);
    struct pg_conn *c;
    int rc = pg_tx_begin(s, PG_BEGIN, &c);
    if (rc < 0)
        return rc;
    rc = pg_change(c,
                   "UPDATE channels SET oldest_seq ="
                   " GREATEST(oldest_seq, LEAST($1, last_seq + 1)) WHERE id = $2",
                   PG_ARGS(PG_INT(before_seq), PG_INT(channel_id)));
    if (rc == 0)
        rc = pg_run(c, "DELETE FROM events WHERE channel_id = $1 AND seq < $2",
                    PG_ARGS(PG_INT(channel_id), PG_INT(before_seq)));
    return pg_tx_end(s, c, rc);
}

/* Posts read into a list, with publish_at when scheduled. */
static void post_elem_clear(void *elem)
{
    post_clear(elem);
}

/* A row of (id, data[, publish_at]) into one post of the list. */
static int row_listed(const PGresult *res, int i, void *out)
{
    struct post *p = out;
    const char *text = pg_str(res, i, 1);
    int rc =
        record_post(text ? jsonr_loadb(text, strlen(text), 0, NULL) : NULL, pg_i64(res, i, 0), p);
    if (rc == 0 && PQnfields(res) > 2)
        p->publish_at = pg_i64(res, i, 2);
    return rc;
}

static int posts_of(struct pg_store *s, const char *sql, struct pg_args a, struct post **out,
                    size_t *n)
{
    struct pg_list l = PG_LIST(struct post, row_listed, post_elem_clear, 0);
    int rc = pg_pool_list(s, sql, a, &l);
    if (rc < 0)
        return rc; /* the list is freed */
    *out = l.v;
    *n = l.n;
    return 0;
}

int pg_posts_recent(struct store *st, int64_t channel_id, int64_t before_seq, size_t limit,
                    struct post **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (limit == 0 || limit > PG_RECENT_MAX || before_seq < 0)
        return -EINVAL;
    return posts_of(
        pg_store_of(st),
        "SELECT id, data FROM posts WHERE channel_id = $1 AND state = 'live'"
        " AND seq < $2 ORDER BY seq DESC LIMIT $3",
        PG_ARGS(PG_INT(channel_id), PG_INT(before_seq ? before_seq : INT64_MAX), PG_INT(limit)),
        out, n);
}

int pg_posts_scheduled(struct store *st, int64_t channel_id, size_t limit, struct post **out,
                       size_t *n)
{
    *out = NULL;
    *n = 0;
    if (limit == 0 || limit > PG_RECENT_MAX)
        return -EINVAL;
    return posts_of(pg_store_of(st),
                    "SELECT id, data, publish_at FROM posts WHERE channel_id = $1 AND"
                    " state = 'scheduled' AND publish_at < $3 ORDER BY publish_at, id LIMIT $2",
                    PG_ARGS(PG_INT(channel_id), PG_INT(limit), PG_INT(STORE_DRAFT_AT)), out, n);
}

int pg_posts_drafts(struct store *st, int64_t channel_id, size_t limit, struct post **out,
                    size_t *n)
{
    *out = NULL;
    *n = 0;
    if (limit == 0 || limit > PG_RECENT_MAX)
        return -EINVAL;
    return posts_of(pg_store_of(st),
                    "SELECT id, data FROM posts WHERE channel_id = $1 AND state = 'scheduled'"
                    " AND publish_at = $3 ORDER BY id DESC LIMIT $2",
                    PG_ARGS(PG_INT(channel_id), PG_INT(limit), PG_INT(STORE_DRAFT_AT)), out, n);
}
