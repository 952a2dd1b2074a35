/*
 * store_sqlite_int.h: what the files of the SQLite backend share. Only the
 * store_sqlite*.c files include it; the rest of the program sees store.h.
 *
 * The backend, file by file:
 *   store_sqlite.c            open and close, the schema and its migrations,
 *                             the connection pool (and the pooled query and
 *                             transaction helpers), the ops table
 *   store_sqlite_stmt.c       the statement cache and the query helpers below,
 *                             on a connection they are given
 *   store_sqlite_writer.c     what the writer does with a batch of
 *                             queued seq-taking writes: one group commit,
 *                             then the commit hook (the queue and its
 *                             leaders: store_wqueue.c, shared with PostgreSQL)
 *   store_sqlite_channels.c   channels
 *   store_sqlite_posts.c      posts, events, publish_due, prune
 *   store_sqlite_selections.c candidates, marks, views, selections
 *   store_sqlite_members.c    readers, device links, invites, members, feed keys
 *   store_sqlite_tokens.c     API tokens
 *   store_sqlite_access.c     access changes and channel heads (what other
 *                             processes committed)
 *   store_sqlite_notify.c     settings, push and email subscriptions, the
 *                             notification outbox and the notifier's cursors
 *   store_sqlite_stats.c      members per day, each post's distinct viewers
 *
 * A query is its SQL, its parameters and its row decoder:
 *
 *   return sq_pool_one(sq_store_of(st), "SELECT " CH_COLS " FROM channels WHERE id = ?1",
 *                      SQ_ARGS(SQ_INT(id)), sq_row_channel, out);
 *
 * The SQL text must be static (a literal): its address is the key of the
 * connection's prepared-statement cache.
 */
#ifndef CRIER_STORE_SQLITE_INT_H
#define CRIER_STORE_SQLITE_INT_H

#include <pthread.h>
#include <sqlite3.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"
#include "store/store_wqueue.h"
#include "store/store_team.h"

#define SQ_STMT_SLOTS 256 /* cached statements per connection (more than there are texts) */

/* ---- connections (store_sqlite.c) ---- */

struct sq_conn {
    sqlite3 *db;
    struct sq_cached {
        const char *sql; /* the key: the address of the statement's text */
        sqlite3_stmt *st;
    } stmts[SQ_STMT_SLOTS]; /* prepared lazily, kept until close */
    struct sq_conn *next;   /* free list link while pooled */
};

struct sq_req;
struct sq_evvec;

/* Runs one queued write on the writer's connection, inside its savepoint.
 * An event it commits is appended to the batch's vec (see sq_put_event). */
typedef int (*sq_op_fn)(struct sq_conn *c, struct sq_req *r, struct sq_evvec *vec);

/*
 * One queued seq-taking write. It lives on the caller's stack; the caller
 * blocks until the writer has run it (store_wqueue_submit).
 */
struct sq_req {
    struct store_wreq w; /* first: the queue's link (store_wqueue.h) */
    sq_op_fn run;
    int64_t channel_id;
    int64_t post_id; /* in for edit/delete, out for create */
    int64_t publish_at;
    int64_t now_ms;
    struct post *post;
    const struct store_selection *sel; /* the key and window of a selection */
    struct store_event *ev;            /* caller's, may be NULL */
    const struct store_audit *audit;   /* the row to write with it, may be NULL */
    size_t published;
    long ev_idx; /* index of its event in the batch, -1 when none */
    int rc;
};
_Static_assert(offsetof(struct sq_req, w) == 0, "the link must come first");

/* The next request of a batch. */
static inline struct sq_req *sq_req_next(const struct sq_req *r)
{
    return (struct sq_req *)r->w.next;
}

/* The events a batch has produced, in commit order. */
struct sq_evvec {
    struct store_event *v;
    size_t n, cap;
};

struct sq_store {
    struct store base; /* first, so a struct store * is a struct sq_store * */
    char *path;

    pthread_mutex_t pool_mu;
    pthread_cond_t pool_cv;
    struct sq_conn *pool_free;
    int pool_open;

    struct store_wqueue wq; /* the writer queue and the commit hook */
    struct sq_conn *wconn;  /* the writer's own connection (one leader at a time) */
};
_Static_assert(offsetof(struct sq_store, base) == 0, "struct store must come first");

static inline struct sq_store *sq_store_of(struct store *st)
{
    return (struct sq_store *)st;
}

int sq_conn_open(const char *path, struct sq_conn **out);
/* Writes the -wal file ahead to one checkpoint interval's size, so that
 * commits overwrite it rather than grow it (store_sqlite_wal.c): 1 when it
 * wrote, 0 when there was nothing to do, < 0 on an error (logged; the store
 * works as before). */
int sq_wal_reserve(struct sq_conn *c, const char *path);
void sq_conn_close(struct sq_conn *c);
int sq_pool_get(struct sq_store *s, struct sq_conn **out);
void sq_pool_put(struct sq_store *s, struct sq_conn *c);

/* ---- statements and queries (store_sqlite_stmt.c) ---- */

/* One parameter, bound to ?1, ?2, ... in the order given. Text and blobs are
 * bound without a copy: they must live until the query returns. */
struct sq_val {
    int type; /* SQLITE_INTEGER, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL */
    int64_t i;
    const void *p;
    int len; /* text: bytes, -1 up to the NUL; blob: bytes */
};
struct sq_args {
    const struct sq_val *v;
    int n;
};

#define SQ_INT(x) ((struct sq_val){.type = SQLITE_INTEGER, .i = (int64_t)(x)})
#define SQ_TEXT(s) ((struct sq_val){.type = SQLITE_TEXT, .p = (s), .len = -1}) /* NULL: "" */
#define SQ_TEXTN(s, n) ((struct sq_val){.type = SQLITE_TEXT, .p = (s), .len = (int)(n)})
#define SQ_BLOB(b, n) ((struct sq_val){.type = SQLITE_BLOB, .p = (b), .len = (int)(n)})
#define SQ_NULL ((struct sq_val){.type = SQLITE_NULL})
/* x when non-zero, else NULL (x is evaluated twice: pass a plain value) */
#define SQ_INT_OR_NULL(x) ((x) ? SQ_INT(x) : SQ_NULL)

#define SQ_ARGS(...)                                                                               \
    ((struct sq_args){(const struct sq_val[]){__VA_ARGS__},                                        \
                      (int)(sizeof((struct sq_val[]){__VA_ARGS__}) / sizeof(struct sq_val))})
#define SQ_NOARGS ((struct sq_args){NULL, 0})

/*
 * A row decoder: reads the current row of q into out. Returns 0, SQ_STOP
 * (keep this row, read no more: sq_each and sq_list only) or a negative
 * error, which ends the query with that error.
 */
typedef int (*sq_row_fn)(sqlite3_stmt *q, void *out);
#define SQ_STOP 1

/*
 * The rows of a list query, one element each. The caller sets size, row,
 * clear and max (SQ_LIST does), sq_list fills v and n. On success the caller
 * owns v; on failure sq_list has freed it. A decoder that fails must leave
 * its element owning nothing: it is not kept.
 */
struct sq_list {
    size_t size;               /* bytes per element */
    sq_row_fn row;             /* fills one element; it arrives zeroed */
    void (*clear)(void *elem); /* frees what an element owns; NULL: nothing */
    size_t max;                /* rows at most, 0: no bound (beyond the SQL's) */
    void *v;                   /* out: the elements */
    size_t n, cap;
    int more; /* out: stopped at max while the query had more rows */
};
#define SQ_LIST(type, row_fn, clear_fn, max_rows)                                                  \
    ((struct sq_list){                                                                             \
        .size = sizeof(type), .row = (row_fn), .clear = (clear_fn), .max = (max_rows)})

/* Logs a failure of db (what: the operation or statement) as CRIER_ESTORE. */
int sq_err(sqlite3 *db, const char *what);
/* A failed step on c: a duplicate key (UNIQUE, PRIMARY KEY) is -EEXIST and a
 * missing parent row (FOREIGN KEY) -ENOENT, the schema's answer to the
 * caller; anything else is logged as CRIER_ESTORE. */
int sq_fail(struct sq_conn *c, const char *sql);

/* The cached statement for sql, bound with a; NULL (logged) when it does not
 * prepare. Give it back with sq_done. */
sqlite3_stmt *sq_prep(struct sq_conn *c, const char *sql, struct sq_args a);
/* Resets a cached statement so it holds no read snapshot and no bound text. */
void sq_done(sqlite3_stmt *q);

/* A statement that returns no rows: 0 or the error. */
int sq_run(struct sq_conn *c, const char *sql, struct sq_args a);
/* sq_run, and -ENOENT when it changed no row. */
int sq_change(struct sq_conn *c, const char *sql, struct sq_args a);
/* At most one row: 0 with row(q, out) run on it (row may be NULL: a test of
 * existence), -ENOENT when there is none, or the error. */
int sq_one(struct sq_conn *c, const char *sql, struct sq_args a, sq_row_fn row, void *out);
/* Every row, row(q, arg) on each until it stops or fails: 0 or the error. */
int sq_each(struct sq_conn *c, const char *sql, struct sq_args a, sq_row_fn row, void *arg);
/* Every row (up to l->max) into l; see struct sq_list. */
int sq_list(struct sq_conn *c, const char *sql, struct sq_args a, struct sq_list *l);
/* Appends a zeroed element to l and returns it (for a decoder of sq_each
 * that builds its own list). */
void *sq_list_add(struct sq_list *l);
/* Frees l's elements (with l->clear) and empties it. */
void sq_list_free(struct sq_list *l);

/* The same on a connection borrowed from the pool for the one query. */
int sq_pool_change(struct sq_store *s, const char *sql, struct sq_args a);
int sq_pool_one(struct sq_store *s, const char *sql, struct sq_args a, sq_row_fn row, void *out);
int sq_pool_list(struct sq_store *s, const char *sql, struct sq_args a, struct sq_list *l);

/* A transaction on a pooled connection: begin is "BEGIN" or "BEGIN
 * IMMEDIATE". sq_tx_end commits when rc is 0, else rolls back, and gives the
 * connection back: it returns rc, or the commit's error. */
#define SQ_BEGIN "BEGIN"
#define SQ_BEGIN_IMMEDIATE "BEGIN IMMEDIATE"
int sq_tx_begin(struct sq_store *s, const char *begin, struct sq_conn **out);
int sq_tx_end(struct sq_store *s, struct sq_conn *c, int rc);
/* Ends a failed transaction; safe when SQLite already rolled it back. */
void sq_rollback(struct sq_conn *c);

/* Decoders and copies of columns. */
int sq_row_int64(sqlite3_stmt *q, void *out); /* column 0 into an int64_t */
void sq_copy_text(char *dst, size_t size, const unsigned char *src);
char *sq_dup_text(const unsigned char *src); /* NULL reads as "" */
/* Copies column col of q into hash when it is a 32-byte blob (else leaves it). */
void sq_column_hash(sqlite3_stmt *q, int col, unsigned char hash[32]);
/* 1 when column col of q is a 32-byte blob equal to hash (constant time). */
int sq_hash_matches(sqlite3_stmt *q, int col, const unsigned char hash[32]);
/* The one-row lookup by secret hash: binds ?1 = hash, confirms that column
 * hash_col holds it (constant time) and decodes with row: 0 or -ENOENT. */
int sq_one_hash(struct sq_conn *c, const char *sql, const unsigned char hash[32], int hash_col,
                sq_row_fn row, void *out);
int sq_pool_one_hash(struct sq_store *s, const char *sql, const unsigned char hash[32],
                     int hash_col, sq_row_fn row, void *out);

/* ---- the writer (store_sqlite_writer.c) ---- */

/* Sets up s->wq with this backend's batch runner (then store_wqueue_start). */
void sq_writer_init(struct sq_store *s);
/* Queues r and blocks until the writer has committed (or failed) it. */
int sq_submit(struct sq_store *s, struct sq_req *r);
/* Takes the next seq of a channel; -ENOENT when the channel does not exist. */
int sq_take_seq(struct sq_conn *c, int64_t channel_id, int64_t *seq, char slug[STORE_SLUG_MAX + 1]);
/* Inserts an event and appends it to the batch. Takes ownership of data (a
 * malloc'd string, as json_dumps returns) whatever the outcome. */
int sq_put_event(struct sq_conn *c, struct sq_evvec *vec, int64_t channel_id, const char *slug,
                 int64_t seq, int kind, int64_t post_id, char *data, int64_t now);
void sq_set_commit_hook(struct store *st, store_commit_fn fn, void *arg);

/* ---- the queries, by resource: the entries of the ops table ---- */

/* store_sqlite_team.c */
extern const char sq_team_schema[];
extern const struct store_team_ops sq_team_ops;

/* store_sqlite_stats.c */
extern const char sq_stats_schema[]; /* the migration that made the tables */
int sq_member_day_record(struct store *st, int64_t channel_id, const char *day, int64_t now_ms);
int sq_member_days(struct store *st, int64_t channel_id, const char *from_day, const char *to_day,
                   struct store_member_day **out, size_t *n);
int sq_post_stats(struct store *st, int64_t channel_id, size_t limit, struct store_post_stat **out,
                  size_t *n);

/* store_sqlite_sources.c */
extern const char sq_sources_schema[]; /* the migration that made the tables */
int sq_source_add(struct store *st, struct store_source *s);
int sq_source_list(struct store *st, int64_t channel_id, struct store_source **out, size_t *n);
int sq_source_get(struct store *st, int64_t id, struct store_source *out);
int sq_source_remove(struct store *st, int64_t channel_id, int64_t id);
int sq_sources_claim(struct store *st, int64_t channel_id, int64_t now_ms, int64_t lease_ms,
                     size_t limit, struct store_source **out, size_t *n);
int sq_source_done(struct store *st, const struct store_source *s);
int sq_source_item_find(struct store *st, int64_t channel_id, const char *guid, const char *link,
                        const unsigned char key[32], struct store_source_item *out, int *by);
int sq_source_item_put(struct store *st, const struct store_source_item *it);

/* store_sqlite_channels.c */
int sq_row_channel(sqlite3_stmt *q, void *out); /* columns 0..11 of CH_COLS (not the pin) */
int sq_channel_create(struct store *st, struct store_channel *ch);
int sq_channel_get(struct store *st, const char *slug, struct store_channel *out);
int sq_channel_get_by_id(struct store *st, int64_t id, struct store_channel *out);
int sq_channel_list(struct store *st, struct store_channel **out, size_t *n);
int sq_channel_update(struct store *st, const struct store_channel *ch);
int sq_channel_delete(struct store *st, const char *slug);

/* store_sqlite_posts.c */
/* A new posts row, for the writer's ops. seq and published_at 0 store NULL
 * (a scheduled post has neither); external_id may be NULL. */
struct sq_new_post {
    int64_t channel_id;
    const char *state, *kind; /* "live" or "scheduled"; "post" or "selection" */
    int64_t seq, publish_at, published_at, now;
    const char *external_id;
    int64_t user_id; /* 0: none */
};
/* Inserts the post's row with its record, the fields the store owns set
 * (id; seq and published_at = now only when p->seq is not 0): 0 with *id
 * and *data the record's text (the caller's), -EEXIST when the channel has
 * a post with that external id, -EINVAL when post does not serialise, or
 * the error. */
int sq_post_add(struct sq_conn *c, const struct sq_new_post *p, struct post *post, int64_t *id,
                char **data);
/* store_sqlite_team.c: the audit row a write carries (sq_req.audit), in the
 * writer's transaction; post_id, when not 0, replaces a->post_id. */
int sq_audit_put(struct sq_conn *c, const struct store_audit *a, int64_t post_id);
int sq_post_create(struct store *st, int64_t channel_id, struct post *post, int64_t publish_at,
                   struct store_event *ev, const struct store_audit *audit);
int sq_post_get(struct store *st, int64_t channel_id, int64_t post_id, struct post *out,
                int *state);
int sq_post_by_external(struct store *st, int64_t channel_id, const char *external_id,
                        struct post *out, int *state);
int sq_post_edit(struct store *st, int64_t channel_id, int64_t post_id, struct post *post,
                 struct store_event *ev, const struct store_audit *audit);
int sq_post_delete(struct store *st, int64_t channel_id, int64_t post_id, struct store_event *ev,
                   const struct store_audit *audit);
int sq_channel_pin(struct store *st, int64_t channel_id, int64_t post_id, struct store_event *ev);
int sq_publish_due(struct store *st, int64_t now_ms, size_t *published);
int sq_events_after(struct store *st, int64_t channel_id, int64_t after, size_t limit,
                    size_t max_bytes, struct store_event **out, size_t *n, int64_t *oldest_seq,
                    int64_t *last_seq);
int sq_prune(struct store *st, int64_t channel_id, int64_t before_seq);
int sq_posts_recent(struct store *st, int64_t channel_id, int64_t before_seq, size_t limit,
                    struct post **out, size_t *n);
int sq_post_schedule(struct store *st, int64_t channel_id, int64_t post_id, int64_t publish_at,
                     struct store_event *ev, const struct store_audit *audit);
int sq_posts_drafts(struct store *st, int64_t channel_id, size_t limit, struct post **out,
                    size_t *n);
int sq_posts_scheduled(struct store *st, int64_t channel_id, size_t limit, struct post **out,
                       size_t *n);

/* store_sqlite_selections.c */
int sq_candidates(struct store *st, int64_t channel_id, int64_t from_ms, int64_t to_ms,
                  struct store_candidate **out, size_t *n);
int sq_post_mark(struct store *st, int64_t channel_id, int64_t post_id, int mark);
int sq_views_add(struct store *st, int64_t channel_id, int64_t post_id, int64_t n);
int sq_views_record(struct store *st, int64_t channel_id, const int64_t *post_ids, size_t n,
                    const unsigned char viewer[32], int64_t now_ms, size_t *counted);
int sq_selection_publish(struct store *st, const struct store_selection *key, struct post *post,
                         struct store_event *ev);
int sq_selection_get(struct store *st, int64_t channel_id, const char *local_date, const char *slot,
                     struct store_selection *out);
int sq_selection_last(struct store *st, int64_t channel_id, int64_t before_ms,
                      struct store_selection *out);
int sq_selection_list(struct store *st, int64_t channel_id, size_t limit,
                      struct store_selection **out, size_t *n);

/* store_sqlite_members.c */
int sq_reader_create(struct store *st, struct store_reader *r);
int sq_reader_lookup(struct store *st, const unsigned char hash[32], struct store_reader *out);
int sq_reader_touch(struct store *st, int64_t reader_id, int64_t now_ms);
int sq_reader_forget(struct store *st, int64_t reader_id);
int sq_readers_prune(struct store *st, int64_t after_id, size_t scan, int64_t seen_before,
                     int64_t *next_id, size_t *deleted);
int sq_transfer_create(struct store *st, const unsigned char hash[32], int64_t reader_id,
                       const unsigned char secret[32], int64_t expires_at);
int sq_transfer_take(struct store *st, const unsigned char hash[32], int64_t now_ms,
                     int64_t *reader_id, unsigned char secret[32]);
int sq_invite_create(struct store *st, struct store_invite *inv);
int sq_invite_list(struct store *st, int64_t channel_id, struct store_invite **out, size_t *n);
int sq_invite_lookup(struct store *st, const unsigned char hash[32], struct store_invite *out);
int sq_invite_revoke(struct store *st, int64_t channel_id, int64_t invite_id,
                     const unsigned char *hash);
int sq_invite_join(struct store *st, const unsigned char hash[32], int64_t reader_id,
                   int64_t now_ms, struct store_member *out);
int sq_member_join(struct store *st, int64_t channel_id, int64_t reader_id,
                   struct store_member *out);
int sq_member_get(struct store *st, int64_t channel_id, int64_t reader_id,
                  struct store_member *out);
int sq_member_leave(struct store *st, int64_t channel_id, int64_t reader_id);
int sq_member_list(struct store *st, int64_t channel_id, int state, struct store_member **out,
                   size_t *n);
int sq_member_approve(struct store *st, int64_t channel_id, int64_t reader_id);
int sq_member_reject(struct store *st, int64_t channel_id, int64_t reader_id);
int sq_member_count(struct store *st, int64_t channel_id, int64_t *n);
int sq_member_set_read(struct store *st, int64_t channel_id, int64_t reader_id, int64_t seq);
int sq_member_feed_set(struct store *st, int64_t channel_id, int64_t reader_id,
                       const unsigned char hash[32]);
int sq_member_feed_lookup(struct store *st, const unsigned char hash[32], struct store_member *out);
int sq_reader_memberships(struct store *st, int64_t reader_id, struct store_membership **out,
                          size_t *n);

/* store_sqlite_tokens.c */
int sq_token_create(struct store *st, struct store_token *t);
int sq_token_lookup(struct store *st, const unsigned char hash[32], struct store_token *out);
int sq_token_list(struct store *st, struct store_token **out, size_t *n);
int sq_token_revoke(struct store *st, int64_t id);
int sq_token_touch(struct store *st, int64_t id, int64_t now_ms);

/* store_sqlite_access.c */
int sq_access_changes(struct store *st, int64_t after_gen, int64_t *ids, size_t max, size_t *n,
                      int64_t *gen);
int sq_channel_heads(struct store *st, struct store_head **out, size_t *n);

/* store_sqlite_notify.c */
int sq_setting_get(struct store *st, const char *name, unsigned char **out, size_t *len);
int sq_setting_set(struct store *st, const char *name, const void *value, size_t len);
int sq_setting_init(struct store *st, const char *name, const void *value, size_t len,
                    unsigned char **out, size_t *outlen);
int sq_push_sub_put(struct store *st, struct store_push_sub *s);
int sq_push_sub_remove(struct store *st, int64_t reader_id, int64_t channel_id,
                       const char *endpoint, size_t *n);
int sq_push_sub_delete(struct store *st, int64_t id);
int sq_push_sub_failing(struct store *st, int64_t id, int64_t since);
int sq_push_subs_of_reader(struct store *st, int64_t reader_id, struct store_push_sub **out,
                           size_t *n);
int sq_push_subs_page(struct store *st, int64_t channel_id, int64_t after_id, size_t limit,
                      struct store_push_sub **out, size_t *n);
int sq_email_sub_request(struct store *st, int64_t channel_id, const char *address, int what,
                         int64_t now_ms, int max_per_day, struct store_email_sub *out);
int sq_email_sub_confirm(struct store *st, int64_t id, int64_t now_ms);
int sq_email_sub_delete(struct store *st, int64_t id);
int sq_email_sub_get(struct store *st, int64_t id, struct store_email_sub *out);
int sq_email_subs_page(struct store *st, int64_t channel_id, int64_t after_id, size_t limit,
                       struct store_email_sub **out, size_t *n);
int sq_notify_cursor_get(struct store *st, int64_t channel_id, struct store_notify_cursor *out);
int sq_outbox_fill(struct store *st, const struct store_outbox *rows, size_t n,
                   const struct store_notify_cursor *next, int64_t max_rows);
int sq_outbox_cancel_post(struct store *st, int64_t channel_id, int64_t post_id);
int sq_outbox_claim(struct store *st, int64_t now_ms, int64_t lease_ms, size_t limit,
                    struct store_outbox **out, size_t *n);
int sq_outbox_done(struct store *st, const int64_t *ids, size_t n);
int sq_outbox_retry(struct store *st, int64_t id, int64_t due_at);
int sq_outbox_release(struct store *st);
int sq_notify_stats(struct store *st, struct store_notify_stats *out);

#endif
