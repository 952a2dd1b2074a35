/*
 * store_pg_int.h: what the files of the PostgreSQL backend share. Only the
 * store_pg*.c files (and the backend's unit test) include it; the rest of
 * the program sees store.h.
 *
 * The backend, file by file:
 *   store_pg.c            open and close, the schema and its migrations
 *                         (versioned in the database, applied under an
 *                         advisory lock), the connection pool and the ops
 *                         table
 *   store_pg_query.c      the per-connection statement cache and the query
 *                         helpers below, on a connection they are given or
 *                         on one borrowed from the pool
 *   store_pg_writer.c     the writer: queued seq-taking writes, group
 *                         commit, NOTIFY, the commit hook
 *   store_pg_channels.c   channels, channel heads
 *   store_pg_posts.c      posts, events, publish_due, prune, drafts
 *   store_pg_members.c    access changes, tokens, readers, device links,
 *                         invites, members, feed keys
 *   store_pg_selections.c candidates, marks, views, selections
 *   store_pg_stats.c      members per day, each post's distinct viewers
 *   store_pg_sources.c    followed feeds and their items
 *   store_pg_notify.c     settings, push and email subscriptions, the
 *                         notification outbox and the notifier's cursors
 *   store_pg_team.c       the team table: accounts, roles, sessions, links,
 *                         audit
 *
 * It mirrors the SQLite backend (store_sqlite_int.h): a query is its SQL,
 * its parameters and its row decoder,
 *
 *   return pg_pool_one(pg_store_of(st), "SELECT " CH_COLS " FROM channels WHERE id = $1",
 *                      PG_ARGS(PG_INT(id)), pg_row_channel, out);
 *
 * and the SQL text must be static (a literal): its address is the key of
 * the connection's prepared-statement cache. Parameters travel as text
 * (integers formatted here), blobs in binary; results come back as text.
 *
 * Errors: a unique violation is -EEXIST, a foreign key violation -ENOENT,
 * a deadlock or serialization failure -EDEADLK (the writer retries its
 * batch), a lost connection (PQstatus bad, or SQLSTATE class 08, 57P01..03)
 * CRIER_EUNAVAIL: the connection is marked broken and reset with PQreset the
 * next time it is used. Anything else is CRIER_ESTORE, logged once here.
 */
#ifndef CRIER_STORE_PG_INT_H
#define CRIER_STORE_PG_INT_H

#include <libpq-fe.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"
#include "store/store_wqueue.h"

#define PG_STMT_SLOTS 128 /* cached statements per connection (more than there are texts) */
#define PG_POOL_MAX 8     /* pooled connections; callers wait beyond this */
#define PG_PARAMS_MAX 16  /* parameters of one statement */
#define PG_LOCK_KEY 0x43726965724d6967LL /* "CrierMig": the migrations' advisory lock */

/* store_pg_open() is declared in store.h. */

/* ---- connections (store_pg.c) ---- */

struct pg_conn {
    PGconn *db;
    int broken; /* lost: PQreset before the next use */
    struct pg_cached {
        const char *sql;    /* the key: the address of the statement's text */
    } stmts[PG_STMT_SLOTS]; /* prepared lazily as "s<index>", forgotten on reset */
    int nstmts;
    struct pg_conn *next; /* free list link while pooled */
};

struct pg_req;
struct pg_evvec;

/* Runs one queued write on the writer's connection, inside its savepoint.
 * An event it commits is appended to the batch's vec (see pg_put_event). */
typedef int (*pg_op_fn)(struct pg_conn *c, struct pg_req *r, struct pg_evvec *vec);

/*
 * One queued seq-taking write. It lives on the caller's stack; the caller
 * blocks until the writer has run it (store_wqueue_submit). An op may run more than once (the batch
 * is retried after a deadlock): it must start from its inputs each time.
 */
struct pg_req {
    struct store_wreq w; /* first: the queue's link (store_wqueue.h) */
    pg_op_fn run;
    int64_t channel_id;
    int64_t post_id; /* in for edit/delete/pin/schedule, out for create */
    int64_t publish_at;
    int64_t now_ms;
    struct post *post;
    struct store_event *ev;          /* caller's, may be NULL */
    const struct store_audit *audit; /* the row to write with it, may be NULL */
    size_t published;
    long ev_idx; /* index of its event in the batch, -1 when none */
    int rc;
};
_Static_assert(offsetof(struct pg_req, w) == 0, "the link must come first");

/* The next request of a batch. */
static inline struct pg_req *pg_req_next(const struct pg_req *r)
{
    return (struct pg_req *)r->w.next;
}

/* The events a batch has produced, in commit order. */
struct pg_evvec {
    struct store_event *v;
    size_t n, cap;
};

struct pg_store {
    struct store base; /* first, so a struct store * is a struct pg_store * */
    char *conninfo;

    pthread_mutex_t pool_mu;
    pthread_cond_t pool_cv;
    struct pg_conn *pool_free;
    int pool_open;

    struct store_wqueue wq; /* the writer queue and the commit hook */
    struct pg_conn *wconn;  /* the writer's own connection (one leader at a time) */
};
_Static_assert(offsetof(struct pg_store, base) == 0, "struct store must come first");

static inline struct pg_store *pg_store_of(struct store *st)
{
    return (struct pg_store *)st;
}

/* A new connection: 0, or CRIER_EUNAVAIL (logged) when it fails. */
int pg_conn_open(const char *conninfo, struct pg_conn **out);
void pg_conn_close(struct pg_conn *c);
/* Makes a broken connection usable again (PQreset), and one that the server
 * ended while it was idle (before anything is sent on it): 0 or
 * CRIER_EUNAVAIL. */
int pg_conn_ready(struct pg_conn *c);
int pg_pool_get(struct pg_store *s, struct pg_conn **out);
void pg_pool_put(struct pg_store *s, struct pg_conn *c);

/* ---- statements and queries (store_pg_query.c) ---- */

enum { PG_T_NULL = 0, PG_T_INT, PG_T_TEXT, PG_T_BLOB };

/* One parameter, bound to $1, $2, ... in the order given. Text and blobs are
 * sent without a copy: they must live until the query returns. */
struct pg_val {
    int type;
    int64_t i;
    const void *p;
    int len; /* blob: bytes */
};
struct pg_args {
    const struct pg_val *v;
    int n;
};

#define PG_INT(x) ((struct pg_val){.type = PG_T_INT, .i = (int64_t)(x)})
#define PG_TEXT(s) ((struct pg_val){.type = PG_T_TEXT, .p = (s)}) /* NULL: "" */
#define PG_BLOB(b, n) ((struct pg_val){.type = PG_T_BLOB, .p = (b), .len = (int)(n)})
#define PG_NULL ((struct pg_val){.type = PG_T_NULL})
/* x when non-zero, else NULL (x is evaluated twice: pass a plain value) */
#define PG_INT_OR_NULL(x) ((x) ? PG_INT(x) : PG_NULL)

#define PG_ARGS(...)                                                                               \
    ((struct pg_args){(const struct pg_val[]){__VA_ARGS__},                                        \
                      (int)(sizeof((struct pg_val[]){__VA_ARGS__}) / sizeof(struct pg_val))})
#define PG_NOARGS ((struct pg_args){NULL, 0})

/*
 * A row decoder: reads row i of res into out. Returns 0, PG_STOP (keep this
 * row, read no more: pg_each only) or a negative error, which ends the query
 * with that error.
 */
typedef int (*pg_row_fn)(const PGresult *res, int i, void *out);
#define PG_STOP 1

/* The rows of a list query, one element each; as struct sq_list. */
struct pg_list {
    size_t size;               /* bytes per element */
    pg_row_fn row;             /* fills one element; it arrives zeroed */
    void (*clear)(void *elem); /* frees what an element owns; NULL: nothing */
    size_t max;                /* rows at most, 0: no bound (beyond the SQL's) */
    void *v;                   /* out: the elements */
    size_t n, cap;
};
#define PG_LIST(type, row_fn, clear_fn, max_rows)                                                  \
    ((struct pg_list){                                                                             \
        .size = sizeof(type), .row = (row_fn), .clear = (clear_fn), .max = (max_rows)})

/* Runs sql on c: the result (the caller PQclear()s it) with *rc 0, or NULL
 * with *rc the error (see the top of this file). */
PGresult *pg_exec(struct pg_conn *c, const char *sql, struct pg_args a, int *rc);
/* A statement that returns no rows: 0 or the error. */
int pg_run(struct pg_conn *c, const char *sql, struct pg_args a);
/* pg_run, and -ENOENT when it changed no row. */
int pg_change(struct pg_conn *c, const char *sql, struct pg_args a);
/* At most one row: 0 with row(res, 0, out) run on it (row may be NULL: a test
 * of existence), -ENOENT when there is none, or the error. */
int pg_one(struct pg_conn *c, const char *sql, struct pg_args a, pg_row_fn row, void *out);
/* Every row, row(res, i, arg) on each until it stops or fails: 0 or the error. */
int pg_each(struct pg_conn *c, const char *sql, struct pg_args a, pg_row_fn row, void *arg);
/* Every row (up to l->max) into l. On failure l is freed. */
int pg_list(struct pg_conn *c, const char *sql, struct pg_args a, struct pg_list *l);
void *pg_list_add(struct pg_list *l);
void pg_list_free(struct pg_list *l);
/* A plain command outside the statement cache (BEGIN, SAVEPOINT, DDL). */
int pg_cmd(struct pg_conn *c, const char *sql);

/* The same on a connection borrowed from the pool for the one query. */
int pg_pool_change(struct pg_store *s, const char *sql, struct pg_args a);
int pg_pool_one(struct pg_store *s, const char *sql, struct pg_args a, pg_row_fn row, void *out);
int pg_pool_list(struct pg_store *s, const char *sql, struct pg_args a, struct pg_list *l);

/* A transaction on a pooled connection (begin: "BEGIN", or "BEGIN ISOLATION
 * LEVEL REPEATABLE READ READ ONLY" for one snapshot). pg_tx_end commits when
 * rc is 0, else rolls back, and gives the connection back: rc, or the
 * commit's error. */
#define PG_BEGIN "BEGIN"
#define PG_BEGIN_SNAPSHOT "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
int pg_tx_begin(struct pg_store *s, const char *begin, struct pg_conn **out);
int pg_tx_end(struct pg_store *s, struct pg_conn *c, int rc);

/* Column readers: NULL reads as 0 or "". */
int64_t pg_i64(const PGresult *res, int i, int col);
const char *pg_str(const PGresult *res, int i, int col);
void pg_copy_text(char *dst, size_t size, const char *src);
int pg_row_int64(const PGresult *res, int i, void *out); /* column 0 into an int64_t */

/* ---- the writer (store_pg_writer.c) ---- */

/* Sets up s->wq with this backend's batch runner (then store_wqueue_start). */
void pg_writer_init(struct pg_store *s);
/* Queues r and blocks until the writer has committed (or failed) it. */
int pg_submit(struct pg_store *s, struct pg_req *r);
/* Takes the next seq of a channel (its row stays locked until the commit);
 * -ENOENT when the channel does not exist. */
int pg_take_seq(struct pg_conn *c, int64_t channel_id, int64_t *seq, char slug[STORE_SLUG_MAX + 1]);
/* Inserts an event and appends it to the batch. Takes ownership of data (a
 * malloc'd string, as json_dumps returns) whatever the outcome. */
int pg_put_event(struct pg_conn *c, struct pg_evvec *vec, int64_t channel_id, const char *slug,
                 int64_t seq, int kind, int64_t post_id, char *data, int64_t now);
/* Appends an event already inserted to the batch (taking data). */
void pg_add_event(struct pg_evvec *vec, int64_t channel_id, const char *slug, int64_t seq, int kind,
                  int64_t post_id, char *data, int64_t now);
void pg_set_commit_hook(struct store *st, store_commit_fn fn, void *arg);

/* ---- the queries, by resource: the entries of the ops table ---- */

/* store_pg_channels.c */
int pg_channel_create(struct store *st, struct store_channel *ch);
int pg_channel_get(struct store *st, const char *slug, struct store_channel *out);
int pg_channel_get_by_id(struct store *st, int64_t id, struct store_channel *out);
int pg_channel_list(struct store *st, struct store_channel **out, size_t *n);
int pg_channel_update(struct store *st, const struct store_channel *ch);
int pg_channel_delete(struct store *st, const char *slug);
int pg_channel_heads(struct store *st, struct store_head **out, size_t *n);

/* store_pg_team.c: the audit rows the writes of a batch carry (pg_req.audit),
 * in the writer's transaction, in one statement; post_ids[i], when not 0,
 * replaces a[i]->post_id. */
int pg_audit_put_many(struct pg_conn *c, const struct store_audit *const *a,
                      const int64_t *post_ids, size_t n);

/* store_pg_posts.c */
int pg_post_create(struct store *st, int64_t channel_id, struct post *post, int64_t publish_at,
                   struct store_event *ev, const struct store_audit *audit);
int pg_post_get(struct store *st, int64_t channel_id, int64_t post_id, struct post *out,
                int *state);
int pg_post_by_external(struct store *st, int64_t channel_id, const char *external_id,
                        struct post *out, int *state);
int pg_post_edit(struct store *st, int64_t channel_id, int64_t post_id, struct post *post,
                 struct store_event *ev, const struct store_audit *audit);
int pg_post_delete(struct store *st, int64_t channel_id, int64_t post_id, struct store_event *ev,
                   const struct store_audit *audit);
int pg_channel_pin(struct store *st, int64_t channel_id, int64_t post_id, struct store_event *ev);
int pg_publish_due(struct store *st, int64_t now_ms, size_t *published);
int pg_post_schedule(struct store *st, int64_t channel_id, int64_t post_id, int64_t publish_at,
                     struct store_event *ev, const struct store_audit *audit);
int pg_events_after(struct store *st, int64_t channel_id, int64_t after, size_t limit,
                    size_t max_bytes, struct store_event **out, size_t *n, int64_t *oldest_seq,
                    int64_t *last_seq);
int pg_prune(struct store *st, int64_t channel_id, int64_t before_seq);
int pg_posts_recent(struct store *st, int64_t channel_id, int64_t before_seq, size_t limit,
                    struct post **out, size_t *n);
int pg_posts_scheduled(struct store *st, int64_t channel_id, size_t limit, struct post **out,
                       size_t *n);
int pg_posts_drafts(struct store *st, int64_t channel_id, size_t limit, struct post **out,
                    size_t *n);

/* members: store_pg_members.c (access changes, tokens, readers, device
 * links, invites, memberships) */
int pg_access_changes(struct store *st, int64_t after_gen, int64_t *ids, size_t max, size_t *n,
                      int64_t *gen);
int pg_token_create(struct store *st, struct store_token *t);
int pg_token_lookup(struct store *st, const unsigned char hash[32], struct store_token *out);
int pg_token_list(struct store *st, struct store_token **out, size_t *n);
int pg_token_revoke(struct store *st, int64_t id);
int pg_token_touch(struct store *st, int64_t id, int64_t now_ms);
int pg_reader_create(struct store *st, struct store_reader *r);
int pg_reader_lookup(struct store *st, const unsigned char hash[32], struct store_reader *out);
int pg_reader_touch(struct store *st, int64_t reader_id, int64_t now_ms);
int pg_reader_forget(struct store *st, int64_t reader_id);
int pg_readers_prune(struct store *st, int64_t after_id, size_t scan, int64_t seen_before,
                     int64_t *next_id, size_t *deleted);
int pg_transfer_create(struct store *st, const unsigned char hash[32], int64_t reader_id,
                       const unsigned char secret[32], int64_t expires_at);
int pg_transfer_take(struct store *st, const unsigned char hash[32], int64_t now_ms,
                     int64_t *reader_id, unsigned char secret[32]);
int pg_invite_create(struct store *st, struct store_invite *inv);
int pg_invite_list(struct store *st, int64_t channel_id, struct store_invite **out, size_t *n);
int pg_invite_lookup(struct store *st, const unsigned char hash[32], struct store_invite *out);
int pg_invite_revoke(struct store *st, int64_t channel_id, int64_t invite_id,
                     const unsigned char *hash);
int pg_invite_join(struct store *st, const unsigned char hash[32], int64_t reader_id,
                   int64_t now_ms, struct store_member *out);
int pg_member_join(struct store *st, int64_t channel_id, int64_t reader_id,
                   struct store_member *out);
int pg_member_get(struct store *st, int64_t channel_id, int64_t reader_id,
                  struct store_member *out);
int pg_member_leave(struct store *st, int64_t channel_id, int64_t reader_id);
int pg_member_list(struct store *st, int64_t channel_id, int state, struct store_member **out,
                   size_t *n);
int pg_member_approve(struct store *st, int64_t channel_id, int64_t reader_id);
int pg_member_reject(struct store *st, int64_t channel_id, int64_t reader_id);
int pg_member_count(struct store *st, int64_t channel_id, int64_t *n);
int pg_member_set_read(struct store *st, int64_t channel_id, int64_t reader_id, int64_t seq);
int pg_member_feed_set(struct store *st, int64_t channel_id, int64_t reader_id,
                       const unsigned char hash[32]);
int pg_member_feed_lookup(struct store *st, const unsigned char hash[32], struct store_member *out);
int pg_reader_memberships(struct store *st, int64_t reader_id, struct store_membership **out,
                          size_t *n);
/* sel: store_pg_selections.c (candidates, marks, views, selections),
 * store_pg_stats.c (member_days, post_stats), store_pg_sources.c */
int pg_candidates(struct store *st, int64_t channel_id, int64_t from_ms, int64_t to_ms,
                  struct store_candidate **out, size_t *n);
int pg_post_mark(struct store *st, int64_t channel_id, int64_t post_id, int mark);
int pg_views_add(struct store *st, int64_t channel_id, int64_t post_id, int64_t n);
int pg_views_record(struct store *st, int64_t channel_id, const int64_t *post_ids, size_t n,
                    const unsigned char viewer[32], int64_t now_ms, size_t *counted);
int pg_selection_publish(struct store *st, const struct store_selection *key, struct post *post,
                         struct store_event *ev);
int pg_selection_get(struct store *st, int64_t channel_id, const char *local_date, const char *slot,
                     struct store_selection *out);
int pg_selection_last(struct store *st, int64_t channel_id, int64_t before_ms,
                      struct store_selection *out);
int pg_selection_list(struct store *st, int64_t channel_id, size_t limit,
                      struct store_selection **out, size_t *n);
int pg_member_day_record(struct store *st, int64_t channel_id, const char *day, int64_t now_ms);
int pg_member_days(struct store *st, int64_t channel_id, const char *from_day, const char *to_day,
                   struct store_member_day **out, size_t *n);
int pg_post_stats(struct store *st, int64_t channel_id, size_t limit, struct store_post_stat **out,
                  size_t *n);
int pg_source_add(struct store *st, struct store_source *s);
int pg_source_list(struct store *st, int64_t channel_id, struct store_source **out, size_t *n);
int pg_source_get(struct store *st, int64_t id, struct store_source *out);
int pg_source_remove(struct store *st, int64_t channel_id, int64_t id);
int pg_sources_claim(struct store *st, int64_t channel_id, int64_t now_ms, int64_t lease_ms,
                     size_t limit, struct store_source **out, size_t *n);
int pg_source_done(struct store *st, const struct store_source *s);
int pg_source_item_find(struct store *st, int64_t channel_id, const char *guid, const char *link,
                        const unsigned char key[32], struct store_source_item *out, int *by);
int pg_source_item_put(struct store *st, const struct store_source_item *it);
/* end sel */
/* notify: store_pg_notify.c (settings, push and email subscriptions, the
 * outbox, the notifier's cursors) and store_pg_team.c (the team table) */
int pg_setting_get(struct store *st, const char *name, unsigned char **out, size_t *len);
int pg_setting_set(struct store *st, const char *name, const void *value, size_t len);
int pg_setting_init(struct store *st, const char *name, const void *value, size_t len,
                    unsigned char **out, size_t *outlen);
int pg_push_sub_put(struct store *st, struct store_push_sub *s);
int pg_push_sub_remove(struct store *st, int64_t reader_id, int64_t channel_id,
                       const char *endpoint, size_t *n);
int pg_push_sub_delete(struct store *st, int64_t id);
int pg_push_sub_failing(struct store *st, int64_t id, int64_t since);
int pg_push_subs_of_reader(struct store *st, int64_t reader_id, struct store_push_sub **out,
                           size_t *n);
int pg_push_subs_page(struct store *st, int64_t channel_id, int64_t after_id, size_t limit,
                      struct store_push_sub **out, size_t *n);
int pg_email_sub_request(struct store *st, int64_t channel_id, const char *address, int what,
                         int64_t now_ms, int max_per_day, struct store_email_sub *out);
int pg_email_sub_confirm(struct store *st, int64_t id, int64_t now_ms);
int pg_email_sub_delete(struct store *st, int64_t id);
int pg_email_sub_get(struct store *st, int64_t id, struct store_email_sub *out);
int pg_email_subs_page(struct store *st, int64_t channel_id, int64_t after_id, size_t limit,
                       struct store_email_sub **out, size_t *n);
int pg_notify_cursor_get(struct store *st, int64_t channel_id, struct store_notify_cursor *out);
int pg_outbox_fill(struct store *st, const struct store_outbox *rows, size_t n,
                   const struct store_notify_cursor *next, int64_t max_rows);
int pg_outbox_cancel_post(struct store *st, int64_t channel_id, int64_t post_id);
int pg_outbox_claim(struct store *st, int64_t now_ms, int64_t lease_ms, size_t limit,
                    struct store_outbox **out, size_t *n);
int pg_outbox_done(struct store *st, const int64_t *ids, size_t n);
int pg_outbox_retry(struct store *st, int64_t id, int64_t due_at);
int pg_outbox_release(struct store *st);
int pg_notify_stats(struct store *st, struct store_notify_stats *out);
extern const struct store_team_ops pg_team_ops;

#endif
