/*
 * store: the durable record of channels, posts, events and tokens.
 *
 * Every call blocks, so none may run on an event-loop thread: the API runs them
 * on libuv worker threads, and the CLI calls them directly. All calls are
 * thread-safe. Post writes (create, edit, delete, publishing due scheduled
 * posts) go through one writer queue (store_wqueue): one caller at a time,
 * the leader, commits whatever has queued up in a single transaction (group
 * commit) on its own thread, so a publish returns only once its event is
 * durable. After each commit the leader calls the commit hook with the
 * committed events in seq order; that is how events reach the bus (the store
 * knows nothing about sockets).
 *
 * Each channel has a gapless seq counter held in its channels row and bumped in
 * the same transaction that inserts the event.
 *
 * Backends implement struct store_ops; store_open() picks one by URI:
 * a directory or "sqlite:PATH" for SQLite, "postgres://..." for PostgreSQL.
 * Errors: 0 or a negative code (-ENOENT, -EEXIST, -EINVAL, CRIER_EPRUNED,
 * CRIER_ESTORE with the detail logged once by the backend).
 */
#ifndef CRIER_STORE_H
#define CRIER_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "post.h"

#define STORE_SLUG_MAX 64
#define STORE_LANG_MAX 16
#define STORE_TZ_MAX 64

enum store_visibility { STORE_PUBLIC = 0, STORE_PRIVATE = 1 };

enum store_event_kind {
    STORE_EV_POST = 1,      /* a post was published */
    STORE_EV_EDIT = 2,      /* a post was edited */
    STORE_EV_DELETE = 3,    /* a post was deleted */
    STORE_EV_SELECTION = 4, /* a selection was published */
    STORE_EV_PIN = 5,       /* the channel's pinned post changed: data {"id": N or null} */
};

struct store_channel {
    int64_t id;
    char slug[STORE_SLUG_MAX + 1];
    char *title;       /* owned, never NULL once filled by the store */
    char *description; /* owned, never NULL once filled by the store */
    char lang[STORE_LANG_MAX + 1];
    char tz[STORE_TZ_MAX + 1];
    int visibility;     /* enum store_visibility */
    int64_t last_seq;   /* highest seq assigned, 0 when none */
    int64_t oldest_seq; /* lowest seq still stored; last_seq + 1 when none */
    int64_t created_at; /* ms since epoch */
    int64_t updated_at;
    char *selection; /* owned: the channel's selection settings as JSON text ("{}" = defaults) */
    int64_t pinned_post_id; /* the post pinned to the top of its page, 0 none */
};

/*
 * One committed event. data is the post record as compact JSON text (for a
 * delete: {"id":N}); it always carries "id". The wire form is built from
 * these fields by event.c.
 */
struct store_event {
    int64_t channel_id;
    char channel[STORE_SLUG_MAX + 1];
    int64_t seq;
    int kind; /* enum store_event_kind */
    int64_t post_id;
    int64_t created_at; /* ms */
    char *data;         /* owned */
    size_t data_len;
};

/* A post that may go into a selection: live, kind "post", in the window,
 * with just the fields ranking reads from its record as edited. The strings
 * live in one block per candidate (freed by store_candidates_free). */
struct store_candidate {
    int64_t id, seq;
    int64_t published_at; /* ms */
    int64_t views;        /* aggregate views reported so far */
    int mark;             /* STORE_MARK_* */
    int importance;
    const char *title, *body;      /* body: its first 4096 characters (enough for a lede) */
    const char *lang, *source_url; /* NULL when the record has none */
    const char **tags;
    size_t ntags;
    void *block; /* private: the storage of the strings above */
};

enum store_mark { STORE_MARK_NONE = 0, STORE_MARK_PIN = 1, STORE_MARK_EXCLUDE = -1 };

/* One published selection. (channel_id, local_date, slot) is unique: it is
 * the idempotency key that makes each slot publish exactly once. */
struct store_selection {
    int64_t channel_id;
    char local_date[11]; /* "2026-11-26" in the channel's zone */
    char slot[32];       /* "morning", "evening", or "manual-<unix s>" */
    int64_t post_id, seq;
    int64_t window_start, window_end; /* ms; the window of posts it covers */
    int64_t created_at;
};

/* Readers, invites and membership (docs/readers.md). */
enum store_member_state {
    STORE_MEMBER_NONE = 0,
    STORE_MEMBER_PENDING = 1,
    STORE_MEMBER_ACTIVE = 2
};

struct store_invite {
    int64_t id, channel_id;
    unsigned char hash[32]; /* SHA-256 of the invite token */
    char prefix[9];         /* the token's first 8 characters, to tell invites apart */
    char label[128];
    int64_t created_at, expires_at; /* expires_at 0: never */
    int64_t max_uses, uses;         /* max_uses 0: unlimited */
    int approval;
    int64_t revoked_at; /* 0: live */
};

struct store_member {
    int64_t channel_id, reader_id;
    int state; /* enum store_member_state */
    int64_t joined_at;
    int64_t invite_id; /* 0 when joined without an invite */
    int64_t read_seq;  /* the reader has seen up to here */
};

/* An anonymous reader: only the SHA-256 of its cookie token is stored. */
struct store_reader {
    int64_t id;
    unsigned char hash[32];
    int64_t created_at, last_seen_at;
};

/* A channel as one reader sees it, for "My channels". */
struct store_membership {
    struct store_channel ch; /* owned strings: free with store_memberships_free */
    int state;
    int64_t read_seq;
    int64_t unread; /* post events (post, selection) after read_seq */
};

enum store_token_scope { STORE_SCOPE_ADMIN = 1, STORE_SCOPE_PUBLISH = 2 };

struct store_token {
    int64_t id;
    unsigned char hash[32]; /* SHA-256 of the token; the token itself is never stored */
    int scope;              /* enum store_token_scope */
    int64_t channel_id;     /* for STORE_SCOPE_PUBLISH, else 0 */
    char label[128];
    int64_t created_at;
    int64_t last_used_at; /* 0 when never */
    int64_t revoked_at;   /* 0 when live */
};

/* ---- notifications: push subscriptions, email subscribers, the outbox ----
 * (docs/internals.md "Delivery"). Every notification is a row of the outbox,
 * derived from a committed event by the notifier, which keeps a per-channel
 * cursor in the store (moved in the same transaction that adds the rows). A
 * row is claimed (leased) by a sender, and deleted once delivered: a crash
 * between a send and its delete sends it once more, never more. */

#define STORE_ENDPOINT_MAX 1024
#define STORE_ADDRESS_MAX 254

/* What rings: the values of notify_rule.h's enum notify_level. */
struct store_push_sub {
    int64_t id, channel_id, reader_id;
    char endpoint[STORE_ENDPOINT_MAX + 1];
    unsigned char p256dh[65]; /* the browser's P-256 key, uncompressed */
    unsigned char auth[16];
    int notify;                   /* enum notify_level */
    char tz[STORE_TZ_MAX + 1];    /* the reader's zone; "" = the channel's */
    int quiet_from, quiet_to;     /* minutes after midnight; -1 = none */
    int sel_morning, sel_evening; /* minutes after midnight; -1 = the channel's hour */
    int64_t created_at, updated_at;
    int64_t failing_since; /* ms of the first failure in a row; 0 = fine */
};

enum store_email_state { STORE_EMAIL_PENDING = 1, STORE_EMAIL_CONFIRMED = 2 };

struct store_email_sub {
    int64_t id, channel_id;
    char address[STORE_ADDRESS_MAX + 1];
    int what;  /* NOTIFY_SELECTIONS, or NOTIFY_IMPORTANT (selections and breaking news) */
    int state; /* enum store_email_state */
    int64_t created_at, confirmed_at;
    int64_t confirm_sent_at; /* ms of the last confirmation mail */
    int confirm_sends;       /* confirmation mails in the day since the first of them */
};

enum store_outbox_kind {
    STORE_OUT_PUSH = 1,    /* sub_id is a push_subs id */
    STORE_OUT_EMAIL = 2,   /* sub_id is an email_subs id: an edition */
    STORE_OUT_CONFIRM = 3, /* sub_id is an email_subs id: the opt-in mail (seq 0) */
};

enum store_outbox_flags {
    STORE_OUT_HELD = 1,   /* held by quiet hours */
    STORE_OUT_MYHOUR = 2, /* at the reader's selection hour */
};

struct store_outbox {
    int64_t id;
    int kind; /* enum store_outbox_kind */
    int64_t sub_id, channel_id, seq, post_id;
    int flags;
    int64_t due_at;     /* ms */
    int attempts;       /* failed sends so far */
    int64_t created_at; /* ms: when the row was made (delivery lag) */
    /* filled by outbox_claim from the subscription, by kind */
    struct store_push_sub push;
    struct store_email_sub email;
};

/* The notifier's place in one channel's event log: every event up to seq is
 * done; of the event seq + 1, phase 0 (push subscriptions) or 1 (email
 * subscribers) is under way, done up to the subscription id sub_after. */
struct store_notify_cursor {
    int64_t channel_id, seq;
    int phase;
    int64_t sub_after;
};

struct store_notify_stats {
    int64_t push_subs, email_confirmed, email_pending;
    int64_t outbox, outbox_due; /* rows; rows due now */
    int64_t oldest_due_ms;      /* created_at of the oldest row due now, 0 if none */
};

typedef void (*store_commit_fn)(void *arg, const struct store_event *evs, size_t n);

struct store_source;
struct store_source_item;

/* A channel's newest seq: what a node compares with what it has seen to find
 * events committed by another process. */
struct store_head {
    int64_t channel_id, last_seq;
};

#define STORE_MEMBER_DAYS_MAX 400
#define STORE_POST_STATS_MAX 100
struct store_member_day {
    char day[11]; /* "2026-12-05", UTC */
    int64_t members, joins, leaves;
};
struct store_post_stat {
    int64_t id, seq, published_at;  /* ms */
    char title[POST_TITLE_MAX + 1]; /* cut at a character boundary */
    int64_t views, reach, audience; /* see store_post_stats */
};
typedef void (*store_access_fn)(void *arg); /* see store_set_access_hook */

struct store;
struct store_team_ops;
struct store_audit;
struct store_cache;

struct store_ops {
    const char *name;
    void (*close)(struct store *st);
    void (*set_commit_hook)(struct store *st, store_commit_fn fn, void *arg);
    int (*access_changes)(struct store *st, int64_t after_gen, int64_t *ids, size_t max, size_t *n,
                          int64_t *gen);
    int (*channel_heads)(struct store *st, struct store_head **out, size_t *n);
    int (*post_by_external)(struct store *st, int64_t channel_id, const char *external_id,
                            struct post *out, int *state);

    int (*channel_create)(struct store *st, struct store_channel *ch);
    int (*channel_get)(struct store *st, const char *slug, struct store_channel *out);
    int (*channel_get_by_id)(struct store *st, int64_t id, struct store_channel *out);
    int (*channel_list)(struct store *st, struct store_channel **out, size_t *n);
    int (*channel_update)(struct store *st, const struct store_channel *ch);
    int (*channel_delete)(struct store *st, const char *slug);

    int (*post_create)(struct store *st, int64_t channel_id, struct post *post, int64_t publish_at,
                       struct store_event *ev, const struct store_audit *audit);
    int (*post_get)(struct store *st, int64_t channel_id, int64_t post_id, struct post *out,
                    int *state);
    int (*post_edit)(struct store *st, int64_t channel_id, int64_t post_id, struct post *post,
                     struct store_event *ev, const struct store_audit *audit);
    int (*post_delete)(struct store *st, int64_t channel_id, int64_t post_id,
                       struct store_event *ev, const struct store_audit *audit);
    int (*channel_pin)(struct store *st, int64_t channel_id, int64_t post_id,
                       struct store_event *ev);
    int (*publish_due)(struct store *st, int64_t now_ms, size_t *published);

    int (*events_after)(struct store *st, int64_t channel_id, int64_t after, size_t limit,
                        size_t max_bytes, struct store_event **out, size_t *n, int64_t *oldest_seq,
                        int64_t *last_seq);
    int (*prune)(struct store *st, int64_t channel_id, int64_t before_seq);

    int (*token_create)(struct store *st, struct store_token *t);
    int (*token_lookup)(struct store *st, const unsigned char hash[32], struct store_token *out);
    int (*token_list)(struct store *st, struct store_token **out, size_t *n);
    int (*token_revoke)(struct store *st, int64_t id);
    int (*token_touch)(struct store *st, int64_t id, int64_t now_ms);

    int (*candidates)(struct store *st, int64_t channel_id, int64_t from_ms, int64_t to_ms,
                      struct store_candidate **out, size_t *n);
    int (*post_mark)(struct store *st, int64_t channel_id, int64_t post_id, int mark);
    int (*views_add)(struct store *st, int64_t channel_id, int64_t post_id, int64_t n);
    int (*views_record)(struct store *st, int64_t channel_id, const int64_t *post_ids, size_t n,
                        const unsigned char viewer[32], int64_t now_ms, size_t *counted);
    int (*selection_publish)(struct store *st, const struct store_selection *key, struct post *post,
                             struct store_event *ev);
    int (*selection_get)(struct store *st, int64_t channel_id, const char *local_date,
                         const char *slot, struct store_selection *out);
    int (*selection_last)(struct store *st, int64_t channel_id, int64_t before_ms,
                          struct store_selection *out);
    int (*selection_list)(struct store *st, int64_t channel_id, size_t limit,
                          struct store_selection **out, size_t *n);

    int (*reader_create)(struct store *st, struct store_reader *r);
    int (*reader_lookup)(struct store *st, const unsigned char hash[32], struct store_reader *out);
    int (*reader_touch)(struct store *st, int64_t reader_id, int64_t now_ms);
    int (*reader_forget)(struct store *st, int64_t reader_id);
    int (*readers_prune)(struct store *st, int64_t after_id, size_t scan, int64_t seen_before,
                         int64_t *next_id, size_t *deleted);
    int (*transfer_create)(struct store *st, const unsigned char hash[32], int64_t reader_id,
                           const unsigned char secret[32], int64_t expires_at);
    int (*transfer_take)(struct store *st, const unsigned char hash[32], int64_t now_ms,
                         int64_t *reader_id, unsigned char secret[32]);
    int (*invite_create)(struct store *st, struct store_invite *inv);
    int (*invite_list)(struct store *st, int64_t channel_id, struct store_invite **out, size_t *n);
    int (*invite_lookup)(struct store *st, const unsigned char hash[32], struct store_invite *out);
    int (*invite_revoke)(struct store *st, int64_t channel_id, int64_t invite_id,
                         const unsigned char *hash);
    int (*invite_join)(struct store *st, const unsigned char hash[32], int64_t reader_id,
                       int64_t now_ms, struct store_member *out);
    int (*member_join)(struct store *st, int64_t channel_id, int64_t reader_id,
                       struct store_member *out);
    int (*member_get)(struct store *st, int64_t channel_id, int64_t reader_id,
                      struct store_member *out);
    int (*member_leave)(struct store *st, int64_t channel_id, int64_t reader_id);
    int (*member_list)(struct store *st, int64_t channel_id, int state, struct store_member **out,
                       size_t *n);
    int (*member_approve)(struct store *st, int64_t channel_id, int64_t reader_id);
    int (*member_reject)(struct store *st, int64_t channel_id, int64_t reader_id);
    int (*member_count)(struct store *st, int64_t channel_id, int64_t *n);
    int (*member_set_read)(struct store *st, int64_t channel_id, int64_t reader_id, int64_t seq);
    int (*member_feed_set)(struct store *st, int64_t channel_id, int64_t reader_id,
                           const unsigned char hash[32]);
    int (*member_feed_lookup)(struct store *st, const unsigned char hash[32],
                              struct store_member *out);
    int (*reader_memberships)(struct store *st, int64_t reader_id, struct store_membership **out,
                              size_t *n);
    int (*posts_recent)(struct store *st, int64_t channel_id, int64_t before_seq, size_t limit,
                        struct post **out, size_t *n);
    int (*posts_scheduled)(struct store *st, int64_t channel_id, size_t limit, struct post **out,
                           size_t *n);

    int (*setting_get)(struct store *st, const char *name, unsigned char **out, size_t *len);
    int (*setting_set)(struct store *st, const char *name, const void *value, size_t len);
    int (*setting_init)(struct store *st, const char *name, const void *value, size_t len,
                        unsigned char **out, size_t *outlen);
    int (*push_sub_put)(struct store *st, struct store_push_sub *s);
    int (*push_sub_remove)(struct store *st, int64_t reader_id, int64_t channel_id,
                           const char *endpoint, size_t *n);
    int (*push_sub_delete)(struct store *st, int64_t id);
    int (*push_sub_failing)(struct store *st, int64_t id, int64_t since);
    int (*push_subs_of_reader)(struct store *st, int64_t reader_id, struct store_push_sub **out,
                               size_t *n);
    int (*push_subs_page)(struct store *st, int64_t channel_id, int64_t after_id, size_t limit,
                          struct store_push_sub **out, size_t *n);
    int (*email_sub_request)(struct store *st, int64_t channel_id, const char *address, int what,
                             int64_t now_ms, int max_per_day, struct store_email_sub *out);
    int (*email_sub_confirm)(struct store *st, int64_t id, int64_t now_ms);
    int (*email_sub_delete)(struct store *st, int64_t id);
    int (*email_sub_get)(struct store *st, int64_t id, struct store_email_sub *out);
    int (*email_subs_page)(struct store *st, int64_t channel_id, int64_t after_id, size_t limit,
                           struct store_email_sub **out, size_t *n);
    int (*notify_cursor_get)(struct store *st, int64_t channel_id, struct store_notify_cursor *out);
    int (*outbox_fill)(struct store *st, const struct store_outbox *rows, size_t n,
                       const struct store_notify_cursor *next, int64_t max_rows);
    int (*outbox_cancel_post)(struct store *st, int64_t channel_id, int64_t post_id);
    int (*outbox_claim)(struct store *st, int64_t now_ms, int64_t lease_ms, size_t limit,
                        struct store_outbox **out, size_t *n);
    int (*outbox_done)(struct store *st, const int64_t *ids, size_t n);
    int (*outbox_retry)(struct store *st, int64_t id, int64_t due_at);
    int (*outbox_release)(struct store *st);
    int (*notify_stats)(struct store *st, struct store_notify_stats *out);
    int (*post_schedule)(struct store *st, int64_t channel_id, int64_t post_id, int64_t publish_at,
                         struct store_event *ev, const struct store_audit *audit);
    int (*posts_drafts)(struct store *st, int64_t channel_id, size_t limit, struct post **out,
                        size_t *n);
    int (*source_add)(struct store *st, struct store_source *s);
    int (*source_list)(struct store *st, int64_t channel_id, struct store_source **out, size_t *n);
    int (*source_get)(struct store *st, int64_t id, struct store_source *out);
    int (*source_remove)(struct store *st, int64_t channel_id, int64_t id);
    int (*sources_claim)(struct store *st, int64_t channel_id, int64_t now_ms, int64_t lease_ms,
                         size_t limit, struct store_source **out, size_t *n);
    int (*source_done)(struct store *st, const struct store_source *s);
    int (*source_item_find)(struct store *st, int64_t channel_id, const char *guid,
                            const char *link, const unsigned char key[32],
                            struct store_source_item *out, int *by);
    int (*source_item_put)(struct store *st, const struct store_source_item *it);
    int (*member_day_record)(struct store *st, int64_t channel_id, const char *day, int64_t now_ms);
    int (*member_days)(struct store *st, int64_t channel_id, const char *from_day,
                       const char *to_day, struct store_member_day **out, size_t *n);
    int (*post_stats)(struct store *st, int64_t channel_id, size_t limit,
                      struct store_post_stat **out, size_t *n);
    const struct store_team_ops *team; /* accounts, roles, sessions, audit: store_team.h */
};

struct store {
    const struct store_ops *ops;
    struct store_cache *cache;   /* recent channel rows (store_cache.c), set by store_open */
    store_access_fn access_hook; /* set once, before any writer runs */
    void *access_arg;
    uint64_t commits;       /* group commits done (by the writer; read racy for metrics) */
    uint64_t commit_us_sum; /* total commit latency, microseconds */
    uint64_t commit_us_max;
};

enum store_post_state {
    STORE_POST_LIVE = 0,
    STORE_POST_SCHEDULED = 1,
    STORE_POST_DELETED = 2,
    STORE_POST_DRAFT = 3, /* held until someone publishes or schedules it */
};
/* publish_at for post_create and post_schedule: hold the post as a draft. A
 * draft is stored as a scheduled post that no time ever makes due. */
#define STORE_DRAFT_AT POST_DRAFT_AT

/* Opens (creating and migrating as needed) the store named by uri. */
int store_open(struct store **out, const char *uri);
/*
 * Opens the store named by uri: a data directory (its crier.db), sqlite:PATH
 * or postgres://... (a PostgreSQL database: the schema is created and
 * migrated whatever the flags; CRIER_EUNAVAIL when the server cannot be
 * reached). Any other "scheme:" is -EINVAL, never a directory of that name. Without
 * STORE_OPEN_CREATE nothing is created: a missing directory or database is -ENOENT. On failure, err
 * (errsz bytes, may be NULL) holds one line that names the path and the
 * cause.
 */
enum {
    STORE_OPEN_CREATE = 1,
    /* a long-lived writer (the server): SQLite writes its WAL ahead once
     * (store_sqlite_wal.c); PostgreSQL ignores it */
    STORE_OPEN_SERVER = 2,
};
int store_open_with(struct store **out, const char *uri, int flags, char *err, size_t errsz);
int store_sqlite_open(struct store **out, const char *path);
int store_sqlite_open_with(struct store **out, const char *path, int flags);
/* conninfo: a postgres:// URI or libpq's key=value words (store_pg.c). */
int store_pg_open(struct store **out, const char *conninfo);
void store_close(struct store *st);

void store_channel_clear(struct store_channel *ch);
void store_channels_free(struct store_channel *chs, size_t n);
void store_event_clear(struct store_event *ev);
void store_events_free(struct store_event *evs, size_t n);

/*
 * The wrappers below forward to st->ops and carry the contracts.
 *
 * channel_create: fills id, created_at, last_seq = 0, oldest_seq = 1;
 *   -EEXIST when the slug is taken. Validation of slug/tz is the caller's job.
 * channel_update: updates title, description, lang, tz, visibility by slug.
 * channel_delete: removes the channel with its posts, events, publish tokens,
 *   selections, invites and memberships, and its push subscriptions, email
 *   subscribers, outbox rows and notifier cursor.
 * post_create: stores post, and sets its id (and, published at once, its seq
 *   and published_at). When publish_at is 0 or <= now it commits a
 *   STORE_EV_POST event and fills *ev (caller clears it); otherwise the post
 *   waits as scheduled, ev->seq = 0. Goes through the group-commit writer.
 *   post->external_id, when set, is the post's idempotency key within the
 *   channel (kept in the store, never in the record readers get): -EEXIST
 *   when a post of the channel already has it (nothing is stored).
 * post_by_external: the channel's post with that external id and its state
 *   (a scheduled one has publish_at, ms); -ENOENT when none.
 * post_get: the stored post (*out to post_clear) and its state.
 * post_edit: replaces a live or scheduled post's content with post's; the
 *   store keeps id, seq and published_at, and sets edited_at on a live one,
 *   which gets a STORE_EV_EDIT event. -ENOENT when absent or deleted.
 * post_delete: marks deleted and commits STORE_EV_DELETE with data {"id":N};
 *   a pinned post's delete clears the pin in the same transaction.
 * channel_pin: pins post_id to the top of the channel's page (0: unpins),
 *   replacing any pin, and commits STORE_EV_PIN (post_id as the event's,
 *   data {"id":N} or {"id":null}) through the writer, as an edit does.
 *   -ENOENT (nothing changes) when post_id is not a live post of the
 *   channel (deleted, scheduled, a draft, another channel's, none).
 *   channel_get/get_by_id/list fill pinned_post_id.
 * post_create, post_edit, post_delete: audit, when not NULL, is the
 *   newsroom's audit row for the write (store_team.h; its post_id is set
 *   from the post): it is written in the write's own transaction, so a post
 *   is never stored without its row, nor the row without the post, and the
 *   two cost one durable commit, not two. When the row names a token
 *   (token_id), the same transaction checks it first: CRIER_EREVOKED, and
 *   nothing written, when it was revoked or deleted before.
 * publish_due: publishes every scheduled post whose time has come, each with
 *   its own STORE_EV_POST event.
 * events_after: events with seq > after in order, at most limit. Returns
 *   CRIER_EPRUNED (with *oldest_seq set) when after < oldest_seq - 1.
 *   An after past last_seq is no error: no events, *last_seq tells.
 * events_page: the same, and stops early once the events read hold
 *   max_bytes of data (always at least one event): what a reader of the
 *   network asks for must not decide how much the node loads at once.
 * prune: deletes events with seq < before_seq (posts are kept).
 * token_create: fills id and created_at. token_lookup: -ENOENT when unknown or
 *   revoked. token_touch: sets last_used_at.
 */
int store_channel_create(struct store *st, struct store_channel *ch);
int store_channel_get(struct store *st, const char *slug, struct store_channel *out);
int store_channel_get_by_id(struct store *st, int64_t id, struct store_channel *out);
int store_channel_list(struct store *st, struct store_channel **out, size_t *n);
int store_channel_update(struct store *st, const struct store_channel *ch);
int store_channel_delete(struct store *st, const char *slug);
int store_post_create(struct store *st, int64_t channel_id, struct post *post, int64_t publish_at,
                      struct store_event *ev, const struct store_audit *audit);
int store_post_get(struct store *st, int64_t channel_id, int64_t post_id, struct post *out,
                   int *state);
int store_post_by_external(struct store *st, int64_t channel_id, const char *external_id,
                           struct post *out, int *state);
int store_post_edit(struct store *st, int64_t channel_id, int64_t post_id, struct post *post,
                    struct store_event *ev, const struct store_audit *audit);
int store_post_delete(struct store *st, int64_t channel_id, int64_t post_id, struct store_event *ev,
                      const struct store_audit *audit);
int store_channel_pin(struct store *st, int64_t channel_id, int64_t post_id,
                      struct store_event *ev);
int store_publish_due(struct store *st, int64_t now_ms, size_t *published);
int store_events_after(struct store *st, int64_t channel_id, int64_t after, size_t limit,
                       struct store_event **out, size_t *n, int64_t *oldest_seq, int64_t *last_seq);
int store_events_page(struct store *st, int64_t channel_id, int64_t after, size_t limit,
                      size_t max_bytes, struct store_event **out, size_t *n, int64_t *oldest_seq,
                      int64_t *last_seq);
int store_prune(struct store *st, int64_t channel_id, int64_t before_seq);
int store_token_create(struct store *st, struct store_token *t);
int store_token_lookup(struct store *st, const unsigned char hash[32], struct store_token *out);
int store_token_list(struct store *st, struct store_token **out, size_t *n);
int store_token_revoke(struct store *st, int64_t id);
int store_token_touch(struct store *st, int64_t id, int64_t now_ms);
/*
 * The same as store_channel_get, from a copy at most STORE_CACHE_TTL_MS (1 s)
 * old when there is one: for the channel lookup of every publish. The copy
 * is forgotten at once when this process changes a channel and when an
 * access change is read (another process's visibility change or delete);
 * another node's other changes (a title, a zone) show within the second. A
 * cached channel's last_seq, oldest_seq and pinned_post_id are not current:
 * who needs them calls store_channel_get.
 */
int store_channel_get_cached(struct store *st, const char *slug, struct store_channel *out);
/*
 * The same as store_token_lookup, from a copy when there is one (at most
 * STORE_CACHE_TOKEN_TTL_MS old, forgotten with the channels). The copy may
 * have been revoked a moment ago by another process: use it only for a write
 * that names the token in its store_audit.token_id, which the write checks
 * in its own transaction (CRIER_EREVOKED). Everything else reads the token
 * with store_token_lookup, so that a revocation holds on the next request.
 */
int store_token_lookup_cached(struct store *st, const unsigned char hash[32],
                              struct store_token *out);
/* Lookups the cache answered, and those it passed to the store (metrics). */
void store_cache_counts(struct store_cache *c, uint64_t *hits, uint64_t *misses);
void store_set_commit_hook(struct store *st, store_commit_fn fn, void *arg);

/*
 * Access changes: whatever may take access away from an open stream (a
 * member removed, a token revoked, a channel's visibility changed or the
 * channel deleted) is recorded with a generation number in the same
 * transaction, by any process writing to the store. Ids of channels and
 * tokens are never reused.
 * access_changes: with after_gen < 0, sets *gen to the newest generation
 *   (n = 0). Else fills ids with the channels (0: every channel) changed
 *   after after_gen, oldest first, and *gen with the newest generation seen;
 *   more than max changes come back as the single id 0.
 * The access hook is called, on the writing thread, after this process made
 * such a change, so that a server can act on it before the writer's caller
 * goes on (a publish that follows a revocation is then never sent to the
 * revoked stream).
 */
int store_access_changes(struct store *st, int64_t after_gen, int64_t *ids, size_t max, size_t *n,
                         int64_t *gen);
/* Every channel's id and last_seq, by id; *out is freed with free(). */
int store_channel_heads(struct store *st, struct store_head **out, size_t *n);
void store_set_access_hook(struct store *st, store_access_fn fn, void *arg);

/*
 * Selections.
 *
 * candidates: live posts of kind "post" (never selections, scheduled or
 *   deleted ones) with from_ms <= published_at < to_ms, oldest first, at most
 *   20,000, each with its current record, views and mark.
 * post_mark: sets a live post's pin/exclude mark for the next selection;
 *   -ENOENT when absent, deleted or a selection.
 * views_add: adds n (1..1,000,000) to a live post's aggregate view count.
 * views_record: one viewer's report of the posts it saw in a channel, in ONE
 *   transaction: each id (at most 1,000, else -EINVAL) that is a live post
 *   of kind "post" of channel_id adds 1 to its views, unless this viewer (an
 *   opaque 32-byte key: a hash, never an identity) was already counted for
 *   it in the last 7 days; other ids are ignored. The same transaction
 *   deletes up to 1,000 viewer records older than 7 days (before now_ms).
 *   *counted is the number of views added. Not through the group-commit
 *   writer (it takes no seq).
 * selection_publish: in ONE writer transaction (group commit like posts):
 *   fails with -EEXIST if (channel_id, local_date, slot) exists; else stores
 *   post as a live post of kind "selection" (the store sets id, seq and
 *   published_at as for post_create), commits a STORE_EV_SELECTION event
 *   with the record as data, records the selection row (post_id, seq, window)
 *   and clears the marks of posts published before window_end. Fills *ev.
 * selection_get: the selection with that key, -ENOENT if none.
 * selection_last: the newest selection whose window_end <= before_ms
 *   (INT64_MAX for any), -ENOENT if none.
 * selection_list: newest first, at most limit.
 */
int store_candidates(struct store *st, int64_t channel_id, int64_t from_ms, int64_t to_ms,
                     struct store_candidate **out, size_t *n);
void store_candidates_free(struct store_candidate *c, size_t n);
/* Fills cd's ranking fields (title, body start, lang, source_url, tags,
 * importance; one block, freed with the candidate) from its post record,
 * JSON text data[0..dn) (NULL: all empty). For the backends. */
void store_candidate_fill(struct store_candidate *cd, const char *data, size_t dn);
int store_post_mark(struct store *st, int64_t channel_id, int64_t post_id, int mark);
int store_views_add(struct store *st, int64_t channel_id, int64_t post_id, int64_t n);
int store_views_record(struct store *st, int64_t channel_id, const int64_t *post_ids, size_t n,
                       const unsigned char viewer[32], int64_t now_ms, size_t *counted);
int store_selection_publish(struct store *st, const struct store_selection *key, struct post *post,
                            struct store_event *ev);
int store_selection_get(struct store *st, int64_t channel_id, const char *local_date,
                        const char *slot, struct store_selection *out);
int store_selection_last(struct store *st, int64_t channel_id, int64_t before_ms,
                         struct store_selection *out);
int store_selection_list(struct store *st, int64_t channel_id, size_t limit,
                         struct store_selection **out, size_t *n);

/*
 * Readers, invites and membership (docs/readers.md). Tokens are never
 * stored: callers pass their SHA-256 (auth_hash). None of these go through
 * the group-commit writer (they take no seq); the ones that must be atomic
 * run in their own BEGIN IMMEDIATE transaction.
 *
 * reader_create: r->hash in; fills id, created_at, last_seen_at (now).
 *   -EEXIST when the hash is taken.
 * reader_lookup: -ENOENT when unknown.
 * reader_touch: sets last_seen_at; -ENOENT when unknown.
 * reader_forget: deletes the reader if nothing refers to it (no membership,
 *   pending or active, and no device link); -ENOENT when there is no such
 *   unused reader. For a reader made for a join that then failed. Its push
 *   subscriptions (and their outbox rows) go with it.
 * readers_prune: the periodic cleanup of readers that never joined anything
 *   (or left everything): in one transaction, first deletes device links
 *   expired more than a day ago, then looks at the next `scan` readers by
 *   id after after_id (1..100,000) and deletes those with last_seen_at <
 *   seen_before that nothing refers to (as reader_forget, and that have no
 *   push subscription: those still receive). *next_id is where
 *   the next call starts (0 after the last window: start over), *deleted
 *   how many went.
 * transfer_create: records a one-time device link (hash of its token) for
 *   reader_id, valid until expires_at (ms), carrying 32 opaque bytes (the
 *   reader's token sealed by the link's token; the store never reads them).
 * transfer_take: consumes the link atomically: 0 with *reader_id and secret
 *   (the link's secret is wiped), -ENOENT unknown, -EALREADY already used,
 *   -EKEYEXPIRED past expires_at (checked against now_ms). Two racing takes:
 *   exactly one succeeds.
 * invite_create: inv->channel_id, hash, prefix, label, expires_at (0 never),
 *   max_uses (0 unlimited), approval in; fills id, created_at, uses = 0,
 *   revoked_at = 0. -ENOENT when the channel does not exist.
 * invite_list: a channel's invites, oldest first, revoked ones included.
 * invite_lookup: by token hash, whatever its state; -ENOENT when unknown.
 *   The final hash compare is constant-time.
 * invite_revoke: by id (hash NULL) or by token hash (invite_id 0), within
 *   channel_id; -ENOENT when no such invite of that channel. Revoking twice
 *   keeps the first time and succeeds.
 * invite_join: in ONE transaction: finds the invite (-ENOENT); when the reader
 *   already is a member or pending in its channel, returns that membership
 *   and consumes nothing; else checks it (-EKEYREVOKED revoked, -EKEYEXPIRED
 *   expired at now_ms, -EDQUOT max_uses reached), takes one use and inserts
 *   the membership, STORE_MEMBER_PENDING when the invite needs approval, else
 *   STORE_MEMBER_ACTIVE. Fills *out (channel_id tells the channel).
 * member_join: makes the reader an active member (a pending one becomes
 *   active); whether the channel may be joined without an invite (public) is
 *   the caller's check. Idempotent; fills *out. -ENOENT for an unknown
 *   channel or reader.
 * A new membership starts with read_seq = the channel's last_seq: nothing
 *   published before the join counts as unread.
 * member_get: -ENOENT when the reader has no membership (member or pending).
 * member_leave: removes the membership (feed key included); -ENOENT if none.
 * member_list: a channel's memberships with that state (0: any), in join
 *   order; *out is freed with free().
 * member_approve: pending -> active (already active: 0); -ENOENT if none.
 * member_reject: removes a pending request or a membership; -ENOENT if none.
 * member_count: active members of the channel.
 * member_set_read: raises read_seq to seq (never lowers it, never past the
 *   channel's last_seq); -ENOENT when not a member (or pending).
 * member_feed_set: sets the member's secret feed key hash (replacing any);
 *   -ENOENT when not a membership. member_feed_lookup: the membership whose
 *   feed key hashes to hash; -ENOENT when none.
 * reader_memberships: the reader's channels (member and pending), in join
 *   order, each with unread = post and selection events after read_seq,
 *   counted up to 1000. Free with store_memberships_free.
 * posts_recent: the channel's live posts (news and selections) into *out,
 *   *n of them, newest first by seq, at most limit (1..1000), with seq <
 *   before_seq (0: from the newest). Free with store_posts_free.
 */
int store_reader_create(struct store *st, struct store_reader *r);
int store_reader_lookup(struct store *st, const unsigned char hash[32], struct store_reader *out);
int store_reader_touch(struct store *st, int64_t reader_id, int64_t now_ms);
int store_reader_forget(struct store *st, int64_t reader_id);
int store_readers_prune(struct store *st, int64_t after_id, size_t scan, int64_t seen_before,
                        int64_t *next_id, size_t *deleted);
int store_transfer_create(struct store *st, const unsigned char hash[32], int64_t reader_id,
                          const unsigned char secret[32], int64_t expires_at);
int store_transfer_take(struct store *st, const unsigned char hash[32], int64_t now_ms,
                        int64_t *reader_id, unsigned char secret[32]);
int store_invite_create(struct store *st, struct store_invite *inv);
int store_invite_list(struct store *st, int64_t channel_id, struct store_invite **out, size_t *n);
int store_invite_lookup(struct store *st, const unsigned char hash[32], struct store_invite *out);
int store_invite_revoke(struct store *st, int64_t channel_id, int64_t invite_id,
                        const unsigned char *hash);
int store_invite_join(struct store *st, const unsigned char hash[32], int64_t reader_id,
                      int64_t now_ms, struct store_member *out);
int store_member_join(struct store *st, int64_t channel_id, int64_t reader_id,
                      struct store_member *out);
int store_member_get(struct store *st, int64_t channel_id, int64_t reader_id,
                     struct store_member *out);
int store_member_leave(struct store *st, int64_t channel_id, int64_t reader_id);
int store_member_list(struct store *st, int64_t channel_id, int state, struct store_member **out,
                      size_t *n);
int store_member_approve(struct store *st, int64_t channel_id, int64_t reader_id);
int store_member_reject(struct store *st, int64_t channel_id, int64_t reader_id);
int store_member_count(struct store *st, int64_t channel_id, int64_t *n);
int store_member_set_read(struct store *st, int64_t channel_id, int64_t reader_id, int64_t seq);
int store_member_feed_set(struct store *st, int64_t channel_id, int64_t reader_id,
                          const unsigned char hash[32]);
int store_member_feed_lookup(struct store *st, const unsigned char hash[32],
                             struct store_member *out);
int store_reader_memberships(struct store *st, int64_t reader_id, struct store_membership **out,
                             size_t *n);
void store_memberships_free(struct store_membership *m, size_t n);
int store_posts_recent(struct store *st, int64_t channel_id, int64_t before_seq, size_t limit,
                       struct post **out, size_t *n);
/* The channel's scheduled posts, soonest first, at most limit (1..1000),
 * each with publish_at (ms). Free with store_posts_free. */
int store_posts_scheduled(struct store *st, int64_t channel_id, size_t limit, struct post **out,
                          size_t *n);
/* Frees an array of n posts from posts_recent or posts_scheduled. */
void store_posts_free(struct post *p, size_t n);

/*
 * Notifications (see "notifications" above). All through pooled
 * connections, not the group-commit writer (they take no seq).
 *
 * setting_get/setting_set: small named values of the node (the VAPID private
 *   key, the link-signing secret), at most 4 KiB. get: -ENOENT when unset
 *   (*out malloc'd, *len set). setting_init: sets it only when unset, in one
 *   transaction, and returns the value that is set afterwards (so that two
 *   nodes starting at once agree on one key). A name of 1..64 bytes and a
 *   value of at most STORE_SETTING_MAX bytes, else -EINVAL.
 * push_sub_put: inserts, or updates the one of (channel_id, endpoint): every
 *   field but id and created_at; fills id, created_at. -EDQUOT when the
 *   reader already has STORE_PUSH_PER_READER other subscriptions. updated_at
 *   is set to now. -ENOENT for an unknown channel or reader, -EINVAL for an
 *   endpoint that is empty or over STORE_ENDPOINT_MAX.
 * push_sub_remove: deletes the reader's subscriptions with that endpoint
 *   (of every channel when channel_id is 0) and their outbox rows; *n
 *   deleted. push_sub_delete: by id, with its outbox rows (the push service
 *   said 404/410); -ENOENT if gone. push_sub_failing: sets failing_since to
 *   since when it is 0 (since 0 clears it); -ENOENT if gone.
 * push_subs_of_reader: the reader's subscriptions (at most 64), in id order.
 * push_subs_page / email_subs_page: a channel's subscriptions with id >
 *   after_id, in id order, at most limit (1..STORE_NOTIFY_PAGE_MAX, else
 *   -EINVAL): for push, only those whose reader is an active member of the
 *   channel; for email, confirmed ones only, and none at all while the
 *   channel is private (a mail address cannot follow a member's removal).
 * Every *out list above and below is freed with free().
 * email_sub_request: the opt-in. In one transaction: the (channel_id,
 *   address) row is created pending (or found); if pending, and fewer than
 *   max_per_day confirmation mails went to it in the last 24 hours (the
 *   count restarts 24 h after the first), a STORE_OUT_CONFIRM row is queued
 *   and the counters move; -EAGAIN (nothing changed) when over. An already
 *   confirmed row gets its what updated and no mail. *out is the row after.
 *   The address's domain (after its last '@') is stored lower-cased: the
 *   key ignores its case. -EINVAL for an address without a local part and a
 *   domain, over STORE_ADDRESS_MAX, or max_per_day < 1; -ENOENT for an
 *   unknown channel.
 * email_sub_confirm: pending -> confirmed (idempotent); -ENOENT if gone.
 * email_sub_delete: deletes it and its outbox rows; -ENOENT if gone.
 * email_sub_get: by id.
 * notify_cursor_get: the channel's cursor. A channel created after the
 *   notifications arrived starts at seq 0; one that existed before starts
 *   at its last_seq then (migration), so no old post ever rings. A channel
 *   without a cursor row answers seq 0, phase 0, sub_after 0.
 * outbox_fill: in ONE transaction: inserts the rows (each (kind, sub_id,
 *   seq) once: a duplicate is skipped) and sets the cursor to *next.
 *   -ENOSPC (nothing done) when the outbox already holds max_rows rows.
 *   Of each row it takes kind, sub_id, channel_id, seq, post_id, flags and
 *   due_at; attempts start at 0 and created_at is now. -EINVAL for more
 *   than STORE_NOTIFY_PAGE_MAX rows, a bad kind, max_rows < 1 or a bad
 *   cursor; -ENOENT (nothing done) when the cursor's channel is gone.
 * outbox_cancel_post: deletes the rows of a post that are not leased (a
 *   deleted post must not ring); leased: leased_until later than now.
 * outbox_claim: the rows due (due_at <= now_ms) and not leased, oldest due
 *   first then by sub_id, at most limit (1..STORE_OUTBOX_CLAIM_MAX; lease_ms
 *   > 0; else -EINVAL); leases each until now_ms + lease_ms and fills the
 *   subscription part (push for STORE_OUT_PUSH, email for the others). Rows
 *   whose subscription is gone are deleted, not returned.
 * outbox_done: deletes the rows (after delivery or a final failure), at
 *   most STORE_NOTIFY_PAGE_MAX (else -EINVAL), in one transaction; ids
 *   already gone are ignored.
 * outbox_retry: sets due_at, attempts + 1, and drops the lease; -ENOENT if
 *   gone.
 * outbox_release: drops every lease (a single node at start: what it had
 *   leased before a crash is due again at once).
 * notify_stats: the counts for /metrics and `crier push stats`.
 */
#define STORE_PUSH_PER_READER 32
#define STORE_NOTIFY_PAGE_MAX 5000  /* rows per page, per fill and per done */
#define STORE_OUTBOX_CLAIM_MAX 1000 /* rows per claim (each carries its subscription) */
#define STORE_SETTING_MAX 4096      /* bytes of a setting's value */
int store_setting_get(struct store *st, const char *name, unsigned char **out, size_t *len);
int store_setting_set(struct store *st, const char *name, const void *value, size_t len);
int store_setting_init(struct store *st, const char *name, const void *value, size_t len,
                       unsigned char **out, size_t *outlen);
int store_push_sub_put(struct store *st, struct store_push_sub *s);
int store_push_sub_remove(struct store *st, int64_t reader_id, int64_t channel_id,
                          const char *endpoint, size_t *n);
int store_push_sub_delete(struct store *st, int64_t id);
int store_push_sub_failing(struct store *st, int64_t id, int64_t since);
int store_push_subs_of_reader(struct store *st, int64_t reader_id, struct store_push_sub **out,
                              size_t *n);
int store_push_subs_page(struct store *st, int64_t channel_id, int64_t after_id, size_t limit,
                         struct store_push_sub **out, size_t *n);
int store_email_sub_request(struct store *st, int64_t channel_id, const char *address, int what,
                            int64_t now_ms, int max_per_day, struct store_email_sub *out);
int store_email_sub_confirm(struct store *st, int64_t id, int64_t now_ms);
int store_email_sub_delete(struct store *st, int64_t id);
int store_email_sub_get(struct store *st, int64_t id, struct store_email_sub *out);
int store_email_subs_page(struct store *st, int64_t channel_id, int64_t after_id, size_t limit,
                          struct store_email_sub **out, size_t *n);
int store_notify_cursor_get(struct store *st, int64_t channel_id, struct store_notify_cursor *out);
int store_outbox_fill(struct store *st, const struct store_outbox *rows, size_t n,
                      const struct store_notify_cursor *next, int64_t max_rows);
int store_outbox_cancel_post(struct store *st, int64_t channel_id, int64_t post_id);
int store_outbox_claim(struct store *st, int64_t now_ms, int64_t lease_ms, size_t limit,
                       struct store_outbox **out, size_t *n);
int store_outbox_done(struct store *st, const int64_t *ids, size_t n);
int store_outbox_retry(struct store *st, int64_t id, int64_t due_at);
int store_outbox_release(struct store *st);
int store_notify_stats(struct store *st, struct store_notify_stats *out);

/*
 * Newsroom stats (pooled connections, no seq). Days are UTC "YYYY-MM-DD",
 * else -EINVAL. member_day_record: upserts the channel's row of day (NULL:
 *   that of now_ms) from the live members table: members active now, joins
 *   of them on that day, leaves = what the count lost since the previous
 *   row beyond those joins. One indexed count: a job may call it every
 *   minute. -ENOENT: no channel. A day the job missed has no row.
 * member_days: from_day <= day <= to_day, oldest first, the newest
 *   STORE_MEMBER_DAYS_MAX at most. post_stats: live posts of kind "post",
 *   newest first, limit 1..STORE_POST_STATS_MAX. reach counts viewers as
 *   views_record does (once per post, again after its 7-day record expired)
 *   and outlives the records: views minus views_add's anonymous counts.
 *   audience: the member_days row of the publish day or the newest before,
 *   -1 if none. free() each *out.
 */
int store_member_day_record(struct store *st, int64_t channel_id, const char *day, int64_t now_ms);
int store_member_days(struct store *st, int64_t channel_id, const char *from_day,
                      const char *to_day, struct store_member_day **out, size_t *n);
int store_post_stats(struct store *st, int64_t channel_id, size_t limit,
                     struct store_post_stat **out, size_t *n);
int store_day_of(int64_t ms, char day[11]);     /* 0, or -EINVAL past year 9999 */
int store_day_ms(const char *day, int64_t *ms); /* its first ms; -EINVAL: not a date */

/* Sources and drafts: the rest of the contract, kept apart for size. */
#include "store/store_sources.h"

#endif
