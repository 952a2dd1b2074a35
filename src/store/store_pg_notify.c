/*
 * store_pg_notify: what notifications keep in the store (store.h
 * "notifications") on PostgreSQL, with store_sqlite_notify.c's semantics:
 * the node's settings, push subscriptions, email subscribers, the outbox of
 * notifications to send and the notifier's per-channel cursors.
 *
 * None of these take a seq, so all run on pooled connections. Where SQLite
 * relies on BEGIN IMMEDIATE (one writer at a time), several nodes share this
 * database, so each op that must be atomic says how the database orders it:
 *  - setting_init: INSERT ... ON CONFLICT DO NOTHING, then a read in a new
 *    statement of the same transaction (READ COMMITTED: it sees the row
 *    that won), so two nodes agree on one value;
 *  - push_sub_put: the reader's row is locked (FOR NO KEY UPDATE) before
 *    its subscriptions are counted, so two subscribes cannot both pass the
 *    cap;
 *  - email_sub_request: the subscriber's row is locked before its counters
 *    move;
 *  - outbox_fill: a transaction-scoped advisory lock orders the fills, so
 *    that the max_rows check holds across nodes;
 *  - outbox_claim: FOR UPDATE SKIP LOCKED picks the rows it leases: two
 *    senders never get one row.
 * A subscription's outbox rows go with it through the schema's triggers.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "store/store_pg_int.h"
#include "xmalloc.h"

#define PG_DAY_MS (24 * 3600 * 1000LL)
#define PG_SETTING_NAME_MAX 64
#define PG_SUBS_OF_READER_MAX 64
/* A claim that met rows of deleted subscriptions deletes them and reads
 * again (as SQLite's does), this many reads at most. */
#define PG_CLAIM_PASSES 8
/* The advisory lock that orders outbox fills ("CrierOut"). */
#define PG_FILL_LOCK "SELECT pg_advisory_xact_lock(4851198485436429684)"

#define PUSH_COLS                                                                                  \
    "id, channel_id, reader_id, endpoint, p256dh, auth, notify, tz, quiet_from, quiet_to,"         \
    " sel_morning, sel_evening, created_at, updated_at, failing_since"
#define EMAIL_COLS                                                                                 \
    "id, channel_id, address, what, state, created_at, confirmed_at, confirm_sent_at,"             \
    " confirm_sends"
#define OUT_COLS                                                                                   \
    "o.id, o.kind, o.sub_id, o.channel_id, o.seq, o.post_id, o.flags, o.due_at, o.attempts,"       \
    " o.created_at"
#define P_COLS                                                                                     \
    "p.id, p.channel_id, p.reader_id, p.endpoint, p.p256dh, p.auth, p.notify, p.tz,"               \
    " p.quiet_from, p.quiet_to, p.sel_morning, p.sel_evening, p.created_at, p.updated_at,"         \
    " p.failing_since"
#define E_COLS                                                                                     \
    "e.id, e.channel_id, e.address, e.what, e.state, e.created_at, e.confirmed_at,"                \
    " e.confirm_sent_at, e.confirm_sends"
#define CLAIM_PUSH_COL 10
#define CLAIM_EMAIL_COL 25

/* Leases up to $2 rows due at $1 until $3, skipping the rows another
 * claim has locked, and reads them with their subscriptions (a part NULL
 * when its join found nothing), in the order the contract gives. */
static const char OUTBOX_CLAIM[] =
    "WITH c AS (SELECT id FROM outbox WHERE due_at <= $1 AND leased_until <= $1"
    " ORDER BY due_at, sub_id, id LIMIT $2 FOR UPDATE SKIP LOCKED),"
    " u AS (UPDATE outbox SET leased_until = $3 FROM c WHERE outbox.id = c.id RETURNING outbox.*)"
    " SELECT " OUT_COLS ", " P_COLS ", " E_COLS " FROM u o"
    " LEFT JOIN push_subs p ON o.kind = 1 AND p.id = o.sub_id"
    " LEFT JOIN email_subs e ON o.kind <> 1 AND e.id = o.sub_id"
    " ORDER BY o.due_at, o.sub_id, o.id";
static const char OUTBOX_DEL_IDS[] = "DELETE FROM outbox WHERE id = ANY($1::bigint[])";

/* ---- rows ---- */

/* A bytea column (text form) into dst when it has exactly size bytes. */
static void blob_into(const PGresult *res, int i, int col, unsigned char *dst, size_t size)
{
    size_t n = 0;
    unsigned char *b = PQgetisnull(res, i, col)
                           ? NULL
                           : PQunescapeBytea((const unsigned char *)PQgetvalue(res, i, col), &n);
    if (b && n == size)
        memcpy(dst, b, size);
    PQfreemem(b);
}

/* Reads a push subscription from columns col.. (PUSH_COLS order). */
static void push_read(const PGresult *res, int i, int col, struct store_push_sub *s)
{
    memset(s, 0, sizeof *s);
    s->id = pg_i64(res, i, col);
    s->channel_id = pg_i64(res, i, col + 1);
    s->reader_id = pg_i64(res, i, col + 2);
    pg_copy_text(s->endpoint, sizeof s->endpoint, pg_str(res, i, col + 3));
    blob_into(res, i, col + 4, s->p256dh, sizeof s->p256dh);
    blob_into(res, i, col + 5, s->auth, sizeof s->auth);
    s->notify = (int)pg_i64(res, i, col + 6);
    pg_copy_text(s->tz, sizeof s->tz, pg_str(res, i, col + 7));
    s->quiet_from = (int)pg_i64(res, i, col + 8);
    s->quiet_to = (int)pg_i64(res, i, col + 9);
    s->sel_morning = (int)pg_i64(res, i, col + 10);
    s->sel_evening = (int)pg_i64(res, i, col + 11);
    s->created_at = pg_i64(res, i, col + 12);
    s->updated_at = pg_i64(res, i, col + 13);
    s->failing_since = pg_i64(res, i, col + 14);
}

/* Reads an email subscriber from columns col.. (EMAIL_COLS order). */
static void email_read(const PGresult *res, int i, int col, struct store_email_sub *e)
{
    memset(e, 0, sizeof *e);
    e->id = pg_i64(res, i, col);
    e->channel_id = pg_i64(res, i, col + 1);
    pg_copy_text(e->address, sizeof e->address, pg_str(res, i, col + 2));
    e->what = (int)pg_i64(res, i, col + 3);
    e->state = (int)pg_i64(res, i, col + 4);
    e->created_at = pg_i64(res, i, col + 5);
    e->confirmed_at = pg_i64(res, i, col + 6);
    e->confirm_sent_at = pg_i64(res, i, col + 7);
    e->confirm_sends = (int)pg_i64(res, i, col + 8);
}

static int row_push(const PGresult *res, int i, void *out)
{
    push_read(res, i, 0, out);
    return 0;
}

static int row_email(const PGresult *res, int i, void *out)
{
    email_read(res, i, 0, out);
    return 0;
}

/* A PostgreSQL array literal of n ints, "{1,2,3}" (malloc'd). */
static char *int_array(size_t n, int64_t (*at)(const void *v, size_t i), const void *v)
{
    size_t cap = 2 + n * 21, len = 0;
    char *s = xmalloc(cap + 1);
    s[len++] = '{';
    for (size_t i = 0; i < n; i++)
        len +=
            (size_t)snprintf(s + len, cap + 1 - len, "%s%lld", i ? "," : "", (long long)at(v, i));
    s[len++] = '}';
    s[len] = '\0';
    return s;
}

static int64_t id_at(const void *v, size_t i)
{
    return ((const int64_t *)v)[i];
}

/* ---- settings ---- */

static int setting_name_ok(const char *name)
{
    size_t n = name ? strnlen(name, PG_SETTING_NAME_MAX + 1) : 0;
    return n >= 1 && n <= PG_SETTING_NAME_MAX;
}

struct blob_out {
    unsigned char *p; /* malloc'd, never NULL once read */
    size_t len;
};

static int row_blob(const PGresult *res, int i, void *out)
{
    struct blob_out *b = out;
    size_t n = 0;
    unsigned char *v = PQunescapeBytea((const unsigned char *)PQgetvalue(res, i, 0), &n);
    if (!v)
        return CRIER_ESTORE;
    b->len = n;
    b->p = xmalloc(n ? n : 1);
    if (n)
        memcpy(b->p, v, n);
    PQfreemem(v);
    return 0;
}

int pg_setting_get(struct store *st, const char *name, unsigned char **out, size_t *len)
{
    struct blob_out b = {0};
    *out = NULL;
    *len = 0;
    if (!setting_name_ok(name))
        return -EINVAL;
    int rc = pg_pool_one(pg_store_of(st), "SELECT value FROM settings WHERE name = $1",
                         PG_ARGS(PG_TEXT(name)), row_blob, &b);
    if (rc == 0) {
        *out = b.p;
        *len = b.len;
    }
    return rc;
}

/* A NULL pointer would bind SQL NULL: an empty value is bound as "". */
static const void *value_of(const void *value, size_t len)
{
    return len ? value : (const void *)"";
}

int pg_setting_set(struct store *st, const char *name, const void *value, size_t len)
{
    if (!setting_name_ok(name) || len > STORE_SETTING_MAX || (len && !value))
        return -EINVAL;
    return pg_pool_change(pg_store_of(st),
                          "INSERT INTO settings (name, value) VALUES ($1, $2)"
                          " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                          PG_ARGS(PG_TEXT(name), PG_BLOB(value_of(value, len), len)));
}

/* Insert-if-absent, then the read in a second statement: a node whose
 * insert met another's uncommitted row waits for it, does nothing, and the
 * read (a new snapshot) finds the winner's value. */
int pg_setting_init(struct store *st, const char *name, const void *value, size_t len,
                    unsigned char **out, size_t *outlen)
{
    struct pg_store *s = pg_store_of(st);
    struct pg_conn *c;
    struct blob_out b = {0};
    *out = NULL;
    *outlen = 0;
    if (!setting_name_ok(name) || len > STORE_SETTING_MAX || (len && !value))
        return -EINVAL;
    int rc = pg_tx_begin(s, PG_BEGIN, &c);
    if (rc < 0)
        return rc;
    rc = pg_run(c,
                "INSERT INTO settings (name, value) VALUES ($1, $2)"
                " ON CONFLICT (name) DO NOTHING",
                PG_ARGS(PG_TEXT(name), PG_BLOB(value_of(value, len), len)));
    if (rc == 0)
        rc = pg_one(c, "SELECT value FROM settings WHERE name = $1", PG_ARGS(PG_TEXT(name)),
                    row_blob, &b);
    if ((rc = pg_tx_end(s, c, rc)) < 0) {
        free(b.p);
        return rc;
    }
    *out = b.p;
    *outlen = b.len;
    return 0;
}

/* ---- push subscriptions ---- */

struct put_row {
    int64_t id, created_at;
};

static int row_put(const PGresult *res, int i, void *out)
{
    struct put_row *r = out;
    r->id = pg_i64(res, i, 0);
    r->created_at = pg_i64(res, i, 1);
    return 0;
}

static int push_upsert(struct pg_conn *c, const struct store_push_sub *ps, int64_t now,
                       struct put_row *r)
{
    return pg_one(c,
                  "INSERT INTO push_subs (channel_id, reader_id, endpoint, p256dh, auth, notify,"
                  " tz, quiet_from, quiet_to, sel_morning, sel_evening, created_at, updated_at,"
                  " failing_since) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,"
                  " $12, $13) ON CONFLICT (channel_id, endpoint) DO UPDATE SET"
                  " reader_id = excluded.reader_id, p256dh = excluded.p256dh,"
                  " auth = excluded.auth, notify = excluded.notify, tz = excluded.tz,"
                  " quiet_from = excluded.quiet_from, quiet_to = excluded.quiet_to,"
                  " sel_morning = excluded.sel_morning, sel_evening = excluded.sel_evening,"
                  " updated_at = excluded.updated_at, failing_since = excluded.failing_since"
                  " RETURNING id, created_at",
                  PG_ARGS(PG_INT(ps->channel_id), PG_INT(ps->reader_id), PG_TEXT(ps->endpoint),
                          PG_BLOB(ps->p256dh, sizeof ps->p256dh),
                          PG_BLOB(ps->auth, sizeof ps->auth), PG_INT(ps->notify), PG_TEXT(ps->tz),
                          PG_INT(ps->quiet_from), PG_INT(ps->quiet_to), PG_INT(ps->sel_morning),
                          PG_INT(ps->sel_evening), PG_INT(now), PG_INT(ps->failing_since)),
                  row_put, r);
}

/* The reader's row is locked first: the subscribes of one reader (on any
 * node) pass the count one at a time. An unknown reader is -ENOENT there,
 * an unknown channel at the insert (its foreign key). */
int pg_push_sub_put(struct store *st, struct store_push_sub *ps)
{
    struct pg_store *s = pg_store_of(st);
    struct pg_conn *c;
    struct put_row r = {0};
    int64_t others = 0, now = crier_now_ms();
    size_t elen = strnlen(ps->endpoint, sizeof ps->endpoint);
    size_t tzlen = strnlen(ps->tz, sizeof ps->tz);

    if (elen == 0 || elen > STORE_ENDPOINT_MAX || tzlen == sizeof ps->tz || ps->failing_since < 0)
        return -EINVAL;
    int rc = pg_tx_begin(s, PG_BEGIN, &c);
    if (rc < 0)
        return rc;
    rc = pg_one(c, "SELECT id FROM readers WHERE id = $1 FOR NO KEY UPDATE",
                PG_ARGS(PG_INT(ps->reader_id)), NULL, NULL);
    if (rc == 0)
        rc = pg_one(c,
                    "SELECT count(*) FROM push_subs WHERE reader_id = $1"
                    " AND NOT (channel_id = $2 AND endpoint = $3)",
                    PG_ARGS(PG_INT(ps->reader_id), PG_INT(ps->channel_id), PG_TEXT(ps->endpoint)),
                    pg_row_int64, &others);
    if (rc == 0 && others >= STORE_PUSH_PER_READER)
        rc = -EDQUOT;
    if (rc == 0)
        rc = push_upsert(c, ps, now, &r);
    if ((rc = pg_tx_end(s, c, rc)) == 0) {
        ps->id = r.id;
        ps->created_at = r.created_at;
        ps->updated_at = now;
    }
    return rc;
}

/* *n: the rows of the DELETE itself (the trigger's are not counted). */
int pg_push_sub_remove(struct store *st, int64_t reader_id, int64_t channel_id,
                       const char *endpoint, size_t *n)
{
    struct pg_store *s = pg_store_of(st);
    struct pg_conn *c;
    *n = 0;
    if (!endpoint || channel_id < 0)
        return -EINVAL;
    int rc = pg_pool_get(s, &c);
    if (rc < 0)
        return rc;
    PGresult *res = pg_exec(c,
                            "DELETE FROM push_subs WHERE reader_id = $1 AND endpoint = $2"
                            " AND ($3::bigint = 0 OR channel_id = $3::bigint)",
                            PG_ARGS(PG_INT(reader_id), PG_TEXT(endpoint), PG_INT(channel_id)), &rc);
    if (res)
        *n = (size_t)strtoull(PQcmdTuples(res), NULL, 10);
    PQclear(res);
    pg_pool_put(s, c);
    return rc;
}

int pg_push_sub_delete(struct store *st, int64_t id)
{
    return pg_pool_change(pg_store_of(st), "DELETE FROM push_subs WHERE id = $1",
                          PG_ARGS(PG_INT(id)));
}

int pg_push_sub_failing(struct store *st, int64_t id, int64_t since)
{
    if (since < 0)
        return -EINVAL;
    return pg_pool_change(pg_store_of(st),
                          "UPDATE push_subs SET failing_since = CASE WHEN $2::bigint = 0 THEN 0"
                          " WHEN failing_since = 0 THEN $2::bigint ELSE failing_since END"
                          " WHERE id = $1",
                          PG_ARGS(PG_INT(id), PG_INT(since)));
}

int pg_push_subs_of_reader(struct store *st, int64_t reader_id, struct store_push_sub **out,
                           size_t *n)
{
    struct pg_list l = PG_LIST(struct store_push_sub, row_push, NULL, PG_SUBS_OF_READER_MAX);
    int rc = pg_pool_list(pg_store_of(st),
                          "SELECT " PUSH_COLS " FROM push_subs WHERE reader_id = $1"
                          " ORDER BY id LIMIT $2",
                          PG_ARGS(PG_INT(reader_id), PG_INT(PG_SUBS_OF_READER_MAX)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

/* A subscription rings only while its reader is an active member. */
int pg_push_subs_page(struct store *st, int64_t channel_id, int64_t after_id, size_t limit,
                      struct store_push_sub **out, size_t *n)
{
    struct pg_list l = PG_LIST(struct store_push_sub, row_push, NULL, limit);
    *out = NULL;
    *n = 0;
    if (limit < 1 || limit > STORE_NOTIFY_PAGE_MAX)
        return -EINVAL;
    int rc = pg_pool_list(pg_store_of(st),
                          "SELECT " P_COLS " FROM push_subs p JOIN members m"
                          " ON m.channel_id = p.channel_id AND m.reader_id = p.reader_id"
                          " WHERE p.channel_id = $1 AND p.id > $2 AND m.state = 2"
                          " ORDER BY p.id LIMIT $3",
                          PG_ARGS(PG_INT(channel_id), PG_INT(after_id), PG_INT(limit)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

/* ---- email subscribers ---- */

/* The stored form of an address: the domain (after the last '@')
 * lower-cased, the local part kept (see store_sqlite_notify.c). */
static int address_norm(const char *in, char out[STORE_ADDRESS_MAX + 1])
{
    size_t n = in ? strnlen(in, STORE_ADDRESS_MAX + 1) : 0;
    if (n == 0 || n > STORE_ADDRESS_MAX)
        return -EINVAL;
    const char *at = memrchr(in, '@', n);
    if (!at || at == in || at == in + n - 1)
        return -EINVAL;
    memcpy(out, in, n);
    out[n] = '\0';
    for (size_t i = (size_t)(at - in) + 1; i < n; i++)
        if (out[i] >= 'A' && out[i] <= 'Z')
            out[i] = (char)(out[i] - 'A' + 'a');
    return 0;
}

struct email_row {
    struct store_email_sub e;
    int64_t window_at; /* the start of its current day of confirmation mails */
};

static int row_email_window(const PGresult *res, int i, void *out)
{
    struct email_row *r = out;
    email_read(res, i, 0, &r->e);
    r->window_at = pg_i64(res, i, 9);
    return 0;
}

/* What a request does to the subscriber it found (its row locked). */
static int email_request_apply(struct pg_conn *c, struct email_row *r, int what, int64_t now,
                               int max_per_day)
{
    struct store_email_sub *e = &r->e;
    if (e->state == STORE_EMAIL_CONFIRMED) {
        e->what = what;
        return pg_run(c, "UPDATE email_subs SET what = $2 WHERE id = $1",
                      PG_ARGS(PG_INT(e->id), PG_INT(what)));
    }
    /* the day of mails starts with its first one; after it, a new day */
    int open = e->confirm_sends > 0 && now - r->window_at < PG_DAY_MS;
    if (open && e->confirm_sends >= max_per_day)
        return -EAGAIN;
    e->what = what;
    e->confirm_sends = open ? e->confirm_sends + 1 : 1;
    e->confirm_sent_at = now;
    r->window_at = open ? r->window_at : now;
    int rc = pg_run(c,
                    "UPDATE email_subs SET what = $2, confirm_sent_at = $3, confirm_sends = $4,"
                    " confirm_window_at = $5 WHERE id = $1",
                    PG_ARGS(PG_INT(e->id), PG_INT(what), PG_INT(now), PG_INT(e->confirm_sends),
                            PG_INT(r->window_at)));
    if (rc == 0)
        rc = pg_run(c,
                    "INSERT INTO outbox (kind, sub_id, channel_id, seq, post_id, flags, due_at,"
                    " created_at) VALUES (3, $1, $2, 0, 0, 0, $3, $3)",
                    PG_ARGS(PG_INT(e->id), PG_INT(e->channel_id), PG_INT(now)));
    return rc;
}

/* The row is made if absent, then read FOR UPDATE: requests for one
 * address (from any node) move its counters one at a time. */
int pg_email_sub_request(struct store *st, int64_t channel_id, const char *address, int what,
                         int64_t now_ms, int max_per_day, struct store_email_sub *out)
{
    struct pg_store *s = pg_store_of(st);
    struct pg_conn *c;
    struct email_row r = {0};
    char addr[STORE_ADDRESS_MAX + 1];

    if (max_per_day < 1 || address_norm(address, addr) < 0)
        return -EINVAL;
    int rc = pg_tx_begin(s, PG_BEGIN, &c);
    if (rc < 0)
        return rc;
    rc = pg_run(c,
                "INSERT INTO email_subs (channel_id, address, what, state, created_at)"
                " VALUES ($1, $2, $3, 1, $4) ON CONFLICT (channel_id, address) DO NOTHING",
                PG_ARGS(PG_INT(channel_id), PG_TEXT(addr), PG_INT(what), PG_INT(now_ms)));
    if (rc == 0)
        rc = pg_one(c,
                    "SELECT " EMAIL_COLS ", confirm_window_at FROM email_subs"
                    " WHERE channel_id = $1 AND address = $2 FOR UPDATE",
                    PG_ARGS(PG_INT(channel_id), PG_TEXT(addr)), row_email_window, &r);
    if (rc == 0)
        rc = email_request_apply(c, &r, what, now_ms, max_per_day);
    rc = pg_tx_end(s, c, rc);
    if (rc == 0 || rc == -EAGAIN) /* -EAGAIN: r is the row as it stays */
        *out = r.e;
    return rc;
}

int pg_email_sub_confirm(struct store *st, int64_t id, int64_t now_ms)
{
    return pg_pool_change(pg_store_of(st),
                          "UPDATE email_subs SET state = 2, confirmed_at = CASE WHEN state = 1"
                          " THEN $2 ELSE confirmed_at END WHERE id = $1",
                          PG_ARGS(PG_INT(id), PG_INT(now_ms)));
}

int pg_email_sub_delete(struct store *st, int64_t id)
{
    return pg_pool_change(pg_store_of(st), "DELETE FROM email_subs WHERE id = $1",
                          PG_ARGS(PG_INT(id)));
}

int pg_email_sub_get(struct store *st, int64_t id, struct store_email_sub *out)
{
    return pg_pool_one(pg_store_of(st), "SELECT " EMAIL_COLS " FROM email_subs WHERE id = $1",
                       PG_ARGS(PG_INT(id)), row_email, out);
}

int pg_email_subs_page(struct store *st, int64_t channel_id, int64_t after_id, size_t limit,
                       struct store_email_sub **out, size_t *n)
{
    struct pg_list l = PG_LIST(struct store_email_sub, row_email, NULL, limit);
    *out = NULL;
    *n = 0;
    if (limit < 1 || limit > STORE_NOTIFY_PAGE_MAX)
        return -EINVAL;
    int rc = pg_pool_list(pg_store_of(st),
                          "SELECT " EMAIL_COLS " FROM email_subs WHERE channel_id = $1"
                          " AND state = 2 AND id > $2"
                          /* a private channel mails nobody */
                          " AND (SELECT visibility FROM channels WHERE id = $1) = 0"
                          " ORDER BY id LIMIT $3",
                          PG_ARGS(PG_INT(channel_id), PG_INT(after_id), PG_INT(limit)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

/* ---- the cursor and the outbox ---- */

static int row_cursor(const PGresult *res, int i, void *out)
{
    struct store_notify_cursor *cur = out;
    cur->seq = pg_i64(res, i, 0);
    cur->phase = (int)pg_i64(res, i, 1);
    cur->sub_after = pg_i64(res, i, 2);
    return 0;
}

int pg_notify_cursor_get(struct store *st, int64_t channel_id, struct store_notify_cursor *out)
{
    memset(out, 0, sizeof *out);
    out->channel_id = channel_id;
    int rc = pg_pool_one(pg_store_of(st),
                         "SELECT seq, phase, sub_after FROM notify_cursors WHERE channel_id = $1",
                         PG_ARGS(PG_INT(channel_id)), row_cursor, out);
    return rc == -ENOENT ? 0 : rc; /* no row: from its start */
}

static int fill_args_ok(const struct store_outbox *rows, size_t n,
                        const struct store_notify_cursor *next, int64_t max_rows)
{
    if (n > STORE_NOTIFY_PAGE_MAX || (n && !rows) || !next || max_rows < 1 ||
        next->channel_id < 1 || next->seq < 0 || (next->phase != 0 && next->phase != 1))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (rows[i].kind < STORE_OUT_PUSH || rows[i].kind > STORE_OUT_CONFIRM)
            return 0;
    return 1;
}

/* The columns of the rows to add, each as an array literal. */
static int64_t o_kind(const void *v, size_t i)
{
    return ((const struct store_outbox *)v)[i].kind;
}
static int64_t o_sub(const void *v, size_t i)
{
    return ((const struct store_outbox *)v)[i].sub_id;
}
static int64_t o_channel(const void *v, size_t i)
{
    return ((const struct store_outbox *)v)[i].channel_id;
}
static int64_t o_seq(const void *v, size_t i)
{
    return ((const struct store_outbox *)v)[i].seq;
}
static int64_t o_post(const void *v, size_t i)
{
    return ((const struct store_outbox *)v)[i].post_id;
}
static int64_t o_flags(const void *v, size_t i)
{
    return ((const struct store_outbox *)v)[i].flags;
}
static int64_t o_due(const void *v, size_t i)
{
    return ((const struct store_outbox *)v)[i].due_at;
}

/* Inserts the n rows in one statement, in the order given (ids ascending);
 * a row whose (kind, sub_id, seq) is there already is skipped. */
static int outbox_add(struct pg_conn *c, const struct store_outbox *rows, size_t n, int64_t now)
{
    int64_t (*const col[7])(const void *, size_t) = {o_kind, o_sub,   o_channel, o_seq,
                                                     o_post, o_flags, o_due};
    char *a[7];
    for (int k = 0; k < 7; k++)
        a[k] = int_array(n, col[k], rows);
    int rc = pg_run(c,
                    "INSERT INTO outbox (kind, sub_id, channel_id, seq, post_id, flags, due_at,"
                    " created_at) SELECT k, s, ch, sq, p, f, d, $8 FROM unnest($1::bigint[],"
                    " $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[],"
                    " $7::bigint[]) WITH ORDINALITY AS r(k, s, ch, sq, p, f, d, i)"
                    " ORDER BY i ON CONFLICT DO NOTHING",
                    PG_ARGS(PG_TEXT(a[0]), PG_TEXT(a[1]), PG_TEXT(a[2]), PG_TEXT(a[3]),
                            PG_TEXT(a[4]), PG_TEXT(a[5]), PG_TEXT(a[6]), PG_INT(now)));
    for (int k = 0; k < 7; k++)
        free(a[k]);
    return rc;
}

/*
 * The rows and the cursor in one transaction: a notifier that dies half
 * way leaves either both or neither. The fills of every node take the
 * same advisory lock first, so the count they check stays true until
 * they commit (claims and dones only make it smaller).
 */
int pg_outbox_fill(struct store *st, const struct store_outbox *rows, size_t n,
                   const struct store_notify_cursor *next, int64_t max_rows)
{
    struct pg_store *s = pg_store_of(st);
    struct pg_conn *c;
    int64_t held = 0;

    if (!fill_args_ok(rows, n, next, max_rows))
        return -EINVAL;
    int rc = pg_tx_begin(s, PG_BEGIN, &c);
    if (rc < 0)
        return rc;
    rc = pg_run(c, PG_FILL_LOCK, PG_NOARGS);
    if (rc == 0)
        rc = pg_one(c, "SELECT count(*) FROM outbox", PG_NOARGS, pg_row_int64, &held);
    if (rc == 0 && held >= max_rows)
        rc = -ENOSPC;
    if (rc == 0 && n)
        rc = outbox_add(c, rows, n, crier_now_ms());
    if (rc == 0)
        rc = pg_run(c,
                    "INSERT INTO notify_cursors (channel_id, seq, phase, sub_after)"
                    " VALUES ($1, $2, $3, $4) ON CONFLICT (channel_id) DO UPDATE SET"
                    " seq = excluded.seq, phase = excluded.phase, sub_after = excluded.sub_after",
                    PG_ARGS(PG_INT(next->channel_id), PG_INT(next->seq), PG_INT(next->phase),
                            PG_INT(next->sub_after)));
    return pg_tx_end(s, c, rc);
}

int pg_outbox_cancel_post(struct store *st, int64_t channel_id, int64_t post_id)
{
    /* post_id 0 would match the opt-in mails of the channel */
    if (post_id < 1)
        return -EINVAL;
    int rc = pg_pool_change(pg_store_of(st),
                            "DELETE FROM outbox WHERE channel_id = $1 AND post_id = $2"
                            " AND leased_until <= $3",
                            PG_ARGS(PG_INT(channel_id), PG_INT(post_id), PG_INT(crier_now_ms())));
    return rc == -ENOENT ? 0 : rc;
}

/* A claim in progress: the rows it returns, and the ids of the rows of its
 * current read whose subscription is gone. */
struct claim {
    struct pg_list l;
    int64_t *gone; /* room for limit ids */
    size_t ngone;
};

static int row_claim(const PGresult *res, int i, void *arg)
{
    struct claim *cl = arg;
    int kind = (int)pg_i64(res, i, 1);
    int sub_col = kind == STORE_OUT_PUSH ? CLAIM_PUSH_COL : CLAIM_EMAIL_COL;
    if (PQgetisnull(res, i, sub_col)) {
        cl->gone[cl->ngone++] = pg_i64(res, i, 0);
        return 0;
    }
    struct store_outbox *o = pg_list_add(&cl->l);
    o->id = pg_i64(res, i, 0);
    o->kind = kind;
    o->sub_id = pg_i64(res, i, 2);
    o->channel_id = pg_i64(res, i, 3);
    o->seq = pg_i64(res, i, 4);
    o->post_id = pg_i64(res, i, 5);
    o->flags = (int)pg_i64(res, i, 6);
    o->due_at = pg_i64(res, i, 7);
    o->attempts = (int)pg_i64(res, i, 8);
    o->created_at = pg_i64(res, i, 9);
    if (kind == STORE_OUT_PUSH)
        push_read(res, i, CLAIM_PUSH_COL, &o->push);
    else
        email_read(res, i, CLAIM_EMAIL_COL, &o->email);
    return 0;
}

/*
 * Leases and reads in one statement per pass (FOR UPDATE SKIP LOCKED: rows
 * another node's claim holds are passed over, and a row leased and
 * committed meanwhile is re-checked and left), deletes the rows of gone
 * subscriptions, all in one transaction.
 */
int pg_outbox_claim(struct store *st, int64_t now_ms, int64_t lease_ms, size_t limit,
                    struct store_outbox **out, size_t *n)
{
    struct pg_store *s = pg_store_of(st);
    struct pg_conn *c;
    struct claim cl = {.l = PG_LIST(struct store_outbox, NULL, NULL, 0)};

    *out = NULL;
    *n = 0;
    if (limit < 1 || limit > STORE_OUTBOX_CLAIM_MAX || lease_ms < 1 || now_ms < 0 ||
        lease_ms > INT64_MAX - now_ms)
        return -EINVAL;
    int rc = pg_tx_begin(s, PG_BEGIN, &c);
    if (rc < 0)
        return rc;
    cl.gone = xmalloc(limit * sizeof *cl.gone);
    for (int pass = 0; rc == 0 && pass < PG_CLAIM_PASSES; pass++) {
        cl.ngone = 0;
        rc = pg_each(c, OUTBOX_CLAIM,
                     PG_ARGS(PG_INT(now_ms), PG_INT(limit - cl.l.n), PG_INT(now_ms + lease_ms)),
                     row_claim, &cl);
        if (rc == 0 && cl.ngone) {
            char *ids = int_array(cl.ngone, id_at, cl.gone);
            rc = pg_run(c, OUTBOX_DEL_IDS, PG_ARGS(PG_TEXT(ids)));
            free(ids);
        }
        if (cl.ngone == 0 || cl.l.n == limit)
            break;
    }
    free(cl.gone);
    if ((rc = pg_tx_end(s, c, rc)) < 0) {
        pg_list_free(&cl.l);
        return rc;
    }
    *out = cl.l.v;
    *n = cl.l.n;
    return 0;
}

/* One statement: every row or none. */
int pg_outbox_done(struct store *st, const int64_t *ids, size_t n)
{
    if (n > STORE_NOTIFY_PAGE_MAX || (n && !ids))
        return -EINVAL;
    if (n == 0)
        return 0;
    char *a = int_array(n, id_at, ids);
    int rc = pg_pool_change(pg_store_of(st), OUTBOX_DEL_IDS, PG_ARGS(PG_TEXT(a)));
    free(a);
    return rc == -ENOENT ? 0 : rc; /* ids already gone are ignored */
}

int pg_outbox_retry(struct store *st, int64_t id, int64_t due_at)
{
    return pg_pool_change(pg_store_of(st),
                          "UPDATE outbox SET due_at = $2, attempts = attempts + 1,"
                          " leased_until = 0 WHERE id = $1",
                          PG_ARGS(PG_INT(id), PG_INT(due_at)));
}

int pg_outbox_release(struct store *st)
{
    int rc = pg_pool_change(
        pg_store_of(st), "UPDATE outbox SET leased_until = 0 WHERE leased_until <> 0", PG_NOARGS);
    return rc == -ENOENT ? 0 : rc;
}

static int row_stats(const PGresult *res, int i, void *out)
{
    struct store_notify_stats *ns = out;
    ns->push_subs = pg_i64(res, i, 0);
    ns->email_confirmed = pg_i64(res, i, 1);
    ns->email_pending = pg_i64(res, i, 2);
    ns->outbox = pg_i64(res, i, 3);
    ns->outbox_due = pg_i64(res, i, 4);
    ns->oldest_due_ms = pg_i64(res, i, 5);
    return 0;
}

/* One statement, so that the counts come from one snapshot. */
int pg_notify_stats(struct store *st, struct store_notify_stats *out)
{
    memset(out, 0, sizeof *out);
    return pg_pool_one(pg_store_of(st),
                       "SELECT (SELECT count(*) FROM push_subs),"
                       " (SELECT count(*) FROM email_subs WHERE state = 2),"
                       " (SELECT count(*) FROM email_subs WHERE state = 1),"
                       " (SELECT count(*) FROM outbox),"
                       " (SELECT count(*) FROM outbox WHERE due_at <= $1),"
                       " (SELECT coalesce(min(created_at), 0) FROM outbox WHERE due_at <= $1)",
                       PG_ARGS(PG_INT(crier_now_ms())), row_stats, out);
}
