/*
 * store_sqlite_notify: what notifications keep in the store (store.h
 * "notifications"): the node's settings, push subscriptions, email
 * subscribers, the outbox of notifications to send and the notifier's
 * per-channel cursors. The schema is migration 7 of store_sqlite.c.
 *
 * None of these take a seq, so all run on pooled connections, the ones
 * that must be atomic in their own BEGIN IMMEDIATE transaction. The outbox
 * is the hot path: a fill inserts its rows (up to STORE_NOTIFY_PAGE_MAX)
 * through one cached statement, re-bound per row, in one transaction (one
 * fsync), and a claim reads its rows with their subscriptions in one
 * joined query that walks the outbox_due index in the order it returns.
 * A subscription's outbox rows go with it through the schema's triggers,
 * whichever path deletes it (here, channel_delete or reader_forget).
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "store/store_sqlite_int.h"
#include "xmalloc.h"

#define SQ_DAY_MS (24 * 3600 * 1000LL)
#define SQ_SETTING_NAME_MAX 64
#define SQ_SUBS_OF_READER_MAX 64
/* A claim that met rows of deleted subscriptions deletes them and reads
 * again, so that a batch of orphans does not look like an empty outbox;
 * this many reads at most, to bound the work of one call. */
#define SQ_CLAIM_PASSES 8

#define PUSH_COLS                                                                                  \
    "id, channel_id, reader_id, endpoint, p256dh, auth, notify, tz, quiet_from, quiet_to,"         \
    " sel_morning, sel_evening, created_at, updated_at, failing_since"
#define EMAIL_COLS                                                                                 \
    "id, channel_id, address, what, state, created_at, confirmed_at, confirm_sent_at,"             \
    " confirm_sends"
/* The claim's columns: the outbox row (0..9), the push subscription
 * (10..24) and the email subscriber (25..33); a part is NULL when its join
 * found nothing. */
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

static const char OUTBOX_ADD[] =
    "INSERT INTO outbox (kind, sub_id, channel_id, seq, post_id, flags, due_at, created_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING";
static const char OUTBOX_CLAIM[] =
    "SELECT " OUT_COLS ", " P_COLS ", " E_COLS " FROM outbox o"
    " LEFT JOIN push_subs p ON o.kind = 1 AND p.id = o.sub_id"
    " LEFT JOIN email_subs e ON o.kind <> 1 AND e.id = o.sub_id"
    " WHERE o.due_at <= ?1 AND o.leased_until <= ?1 ORDER BY o.due_at, o.sub_id LIMIT ?2";
static const char OUTBOX_LEASE[] = "UPDATE outbox SET leased_until = ?2 WHERE id = ?1";
static const char OUTBOX_DEL[] = "DELETE FROM outbox WHERE id = ?1";

/* ---- rows ---- */

static void blob_into(sqlite3_stmt *q, int col, unsigned char *dst, size_t size)
{
    const void *b = sqlite3_column_blob(q, col);
    if (b && (size_t)sqlite3_column_bytes(q, col) == size)
        memcpy(dst, b, size);
}

/* Reads a push subscription from columns col.. (PUSH_COLS order). */
static void push_read(sqlite3_stmt *q, int col, struct store_push_sub *s)
{
    memset(s, 0, sizeof *s);
    s->id = sqlite3_column_int64(q, col);
    s->channel_id = sqlite3_column_int64(q, col + 1);
    s->reader_id = sqlite3_column_int64(q, col + 2);
    sq_copy_text(s->endpoint, sizeof s->endpoint, sqlite3_column_text(q, col + 3));
    blob_into(q, col + 4, s->p256dh, sizeof s->p256dh);
    blob_into(q, col + 5, s->auth, sizeof s->auth);
    s->notify = sqlite3_column_int(q, col + 6);
    sq_copy_text(s->tz, sizeof s->tz, sqlite3_column_text(q, col + 7));
    s->quiet_from = sqlite3_column_int(q, col + 8);
    s->quiet_to = sqlite3_column_int(q, col + 9);
    s->sel_morning = sqlite3_column_int(q, col + 10);
    s->sel_evening = sqlite3_column_int(q, col + 11);
    s->created_at = sqlite3_column_int64(q, col + 12);
    s->updated_at = sqlite3_column_int64(q, col + 13);
    s->failing_since = sqlite3_column_int64(q, col + 14);
}

/* Reads an email subscriber from columns col.. (EMAIL_COLS order). */
static void email_read(sqlite3_stmt *q, int col, struct store_email_sub *e)
{
    memset(e, 0, sizeof *e);
    e->id = sqlite3_column_int64(q, col);
    e->channel_id = sqlite3_column_int64(q, col + 1);
    sq_copy_text(e->address, sizeof e->address, sqlite3_column_text(q, col + 2));
    e->what = sqlite3_column_int(q, col + 3);
    e->state = sqlite3_column_int(q, col + 4);
    e->created_at = sqlite3_column_int64(q, col + 5);
    e->confirmed_at = sqlite3_column_int64(q, col + 6);
    e->confirm_sent_at = sqlite3_column_int64(q, col + 7);
    e->confirm_sends = sqlite3_column_int(q, col + 8);
}

static int row_push(sqlite3_stmt *q, void *out)
{
    push_read(q, 0, out);
    return 0;
}

static int row_email(sqlite3_stmt *q, void *out)
{
    email_read(q, 0, out);
    return 0;
}

/* ---- settings ---- */

static int setting_name_ok(const char *name)
{
    size_t n = name ? strnlen(name, SQ_SETTING_NAME_MAX + 1) : 0;
    return n >= 1 && n <= SQ_SETTING_NAME_MAX;
}

struct blob_out {
    unsigned char *p; /* malloc'd, never NULL once read */
    size_t len;
};

static int row_blob(sqlite3_stmt *q, void *out)
{
    struct blob_out *b = out;
    const void *p = sqlite3_column_blob(q, 0); /* blob before bytes, as SQLite advises */
    b->len = (size_t)sqlite3_column_bytes(q, 0);
    b->p = xmalloc(b->len ? b->len : 1);
    if (b->len)
        memcpy(b->p, p, b->len);
    return 0;
}

int sq_setting_get(struct store *st, const char *name, unsigned char **out, size_t *len)
{
    struct blob_out b = {0};
    *out = NULL;
    *len = 0;
    if (!setting_name_ok(name))
        return -EINVAL;
    int rc = sq_pool_one(sq_store_of(st), "SELECT value FROM settings WHERE name = ?1",
                         SQ_ARGS(SQ_TEXT(name)), row_blob, &b);
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

int sq_setting_set(struct store *st, const char *name, const void *value, size_t len)
{
    if (!setting_name_ok(name) || len > STORE_SETTING_MAX || (len && !value))
        return -EINVAL;
    return sq_pool_change(sq_store_of(st),
                          "INSERT INTO settings (name, value) VALUES (?1, ?2)"
                          " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                          SQ_ARGS(SQ_TEXT(name), SQ_BLOB(value_of(value, len), len)));
}

/* Insert-if-absent and read back in one IMMEDIATE transaction: of two
 * nodes starting at once, the second waits and then reads the first's. */
int sq_setting_init(struct store *st, const char *name, const void *value, size_t len,
                    unsigned char **out, size_t *outlen)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    struct blob_out b = {0};
    *out = NULL;
    *outlen = 0;
    if (!setting_name_ok(name) || len > STORE_SETTING_MAX || (len && !value))
        return -EINVAL;
    int rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    rc = sq_run(c,
                "INSERT INTO settings (name, value) VALUES (?1, ?2)"
                " ON CONFLICT (name) DO NOTHING",
                SQ_ARGS(SQ_TEXT(name), SQ_BLOB(value_of(value, len), len)));
    if (rc == 0)
        rc = sq_one(c, "SELECT value FROM settings WHERE name = ?1", SQ_ARGS(SQ_TEXT(name)),
                    row_blob, &b);
    if ((rc = sq_tx_end(s, c, rc)) < 0) {
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

static int row_put(sqlite3_stmt *q, void *out)
{
    struct put_row *r = out;
    r->id = sqlite3_column_int64(q, 0);
    r->created_at = sqlite3_column_int64(q, 1);
    return 0;
}

/* The cap and the upsert in one IMMEDIATE transaction, so that two
 * subscribes at once cannot both pass the count. */
int sq_push_sub_put(struct store *st, struct store_push_sub *ps)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    struct put_row r = {0};
    int64_t others = 0, now = crier_now_ms();
    size_t elen = strnlen(ps->endpoint, sizeof ps->endpoint);
    size_t tzlen = strnlen(ps->tz, sizeof ps->tz);

    if (elen == 0 || elen > STORE_ENDPOINT_MAX || tzlen == sizeof ps->tz || ps->failing_since < 0)
        return -EINVAL;
    int rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    rc =
        sq_one(c,
               "SELECT count(*) FROM push_subs WHERE reader_id = ?1"
               " AND NOT (channel_id = ?2 AND endpoint = ?3)",
               SQ_ARGS(SQ_INT(ps->reader_id), SQ_INT(ps->channel_id), SQ_TEXTN(ps->endpoint, elen)),
               sq_row_int64, &others);
    if (rc == 0 && others >= STORE_PUSH_PER_READER)
        rc = -EDQUOT;
    if (rc == 0)
        rc = sq_one(c,
                    "INSERT INTO push_subs (channel_id, reader_id, endpoint, p256dh, auth, notify,"
                    " tz, quiet_from, quiet_to, sel_morning, sel_evening, created_at, updated_at,"
                    " failing_since) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                    " ?12, ?13) ON CONFLICT (channel_id, endpoint) DO UPDATE SET"
                    " reader_id = excluded.reader_id, p256dh = excluded.p256dh,"
                    " auth = excluded.auth, notify = excluded.notify, tz = excluded.tz,"
                    " quiet_from = excluded.quiet_from, quiet_to = excluded.quiet_to,"
                    " sel_morning = excluded.sel_morning, sel_evening = excluded.sel_evening,"
                    " updated_at = excluded.updated_at, failing_since = excluded.failing_since"
                    " RETURNING id, created_at",
                    SQ_ARGS(SQ_INT(ps->channel_id), SQ_INT(ps->reader_id),
                            SQ_TEXTN(ps->endpoint, elen), SQ_BLOB(ps->p256dh, sizeof ps->p256dh),
                            SQ_BLOB(ps->auth, sizeof ps->auth), SQ_INT(ps->notify),
                            SQ_TEXTN(ps->tz, tzlen), SQ_INT(ps->quiet_from), SQ_INT(ps->quiet_to),
                            SQ_INT(ps->sel_morning), SQ_INT(ps->sel_evening), SQ_INT(now),
                            SQ_INT(ps->failing_since)),
                    row_put, &r);
    if ((rc = sq_tx_end(s, c, rc)) == 0) {
        ps->id = r.id;
        ps->created_at = r.created_at;
        ps->updated_at = now;
    }
    return rc;
}

int sq_push_sub_remove(struct store *st, int64_t reader_id, int64_t channel_id,
                       const char *endpoint, size_t *n)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    *n = 0;
    if (!endpoint || channel_id < 0)
        return -EINVAL;
    int rc = sq_pool_get(s, &c);
    if (rc < 0)
        return rc;
    rc = sq_run(c,
                "DELETE FROM push_subs WHERE reader_id = ?1 AND endpoint = ?2"
                " AND (?3 = 0 OR channel_id = ?3)",
                SQ_ARGS(SQ_INT(reader_id), SQ_TEXT(endpoint), SQ_INT(channel_id)));
    if (rc == 0)
        *n = (size_t)sqlite3_changes(c->db); /* the trigger's deletes are not counted */
    sq_pool_put(s, c);
    return rc;
}

int sq_push_sub_delete(struct store *st, int64_t id)
{
    return sq_pool_change(sq_store_of(st), "DELETE FROM push_subs WHERE id = ?1",
                          SQ_ARGS(SQ_INT(id)));
}

int sq_push_sub_failing(struct store *st, int64_t id, int64_t since)
{
    if (since < 0)
        return -EINVAL;
    return sq_pool_change(sq_store_of(st),
                          "UPDATE push_subs SET failing_since = CASE WHEN ?2 = 0 THEN 0"
                          " WHEN failing_since = 0 THEN ?2 ELSE failing_since END WHERE id = ?1",
                          SQ_ARGS(SQ_INT(id), SQ_INT(since)));
}

int sq_push_subs_of_reader(struct store *st, int64_t reader_id, struct store_push_sub **out,
                           size_t *n)
{
    struct sq_list l = SQ_LIST(struct store_push_sub, row_push, NULL, SQ_SUBS_OF_READER_MAX);
    int rc = sq_pool_list(sq_store_of(st),
                          "SELECT " PUSH_COLS " FROM push_subs WHERE reader_id = ?1"
                          " ORDER BY id LIMIT ?2",
                          SQ_ARGS(SQ_INT(reader_id), SQ_INT(SQ_SUBS_OF_READER_MAX)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

/* A subscription rings only while its reader is an active member (a
 * membership's end deletes the reader's subscriptions to the channel: the
 * schema's trigger members_push_subs). */
int sq_push_subs_page(struct store *st, int64_t channel_id, int64_t after_id, size_t limit,
                      struct store_push_sub **out, size_t *n)
{
    struct sq_list l = SQ_LIST(struct store_push_sub, row_push, NULL, limit);
    *out = NULL;
    *n = 0;
    if (limit < 1 || limit > STORE_NOTIFY_PAGE_MAX)
        return -EINVAL;
    int rc = sq_pool_list(sq_store_of(st),
                          "SELECT p.id, p.channel_id, p.reader_id, p.endpoint, p.p256dh, p.auth,"
                          " p.notify, p.tz, p.quiet_from, p.quiet_to, p.sel_morning,"
                          " p.sel_evening, p.created_at, p.updated_at, p.failing_since"
                          " FROM push_subs p JOIN members m ON m.channel_id = p.channel_id"
                          " AND m.reader_id = p.reader_id"
                          " WHERE p.channel_id = ?1 AND p.id > ?2 AND m.state = 2"
                          " ORDER BY p.id LIMIT ?3",
                          SQ_ARGS(SQ_INT(channel_id), SQ_INT(after_id), SQ_INT(limit)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

/* ---- email subscribers ---- */

/*
 * The stored form of an address: as given, with the domain (after the last
 * '@') lower-cased, since domains ignore case and the (channel, address)
 * key must not let one mailbox subscribe twice. The local part may be
 * case-sensitive (RFC 5321 2.4) and is kept. Checking the address is the
 * caller's job; this only needs a local part and a domain.
 */
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

/* A subscriber with the start of its current day of confirmation mails. */
struct email_row {
    struct store_email_sub e;
    int64_t window_at;
};

static int row_email_window(sqlite3_stmt *q, void *out)
{
    struct email_row *r = out;
    email_read(q, 0, &r->e);
    r->window_at = sqlite3_column_int64(q, 9);
    return 0;
}

/* What a request does to the subscriber it found (see email_sub_request). */
static int email_request_apply(struct sq_conn *c, struct email_row *r, int what, int64_t now,
                               int max_per_day)
{
    struct store_email_sub *e = &r->e;
    if (e->state == STORE_EMAIL_CONFIRMED) {
        e->what = what;
        return sq_run(c, "UPDATE email_subs SET what = ?2 WHERE id = ?1",
                      SQ_ARGS(SQ_INT(e->id), SQ_INT(what)));
    }
    /* the day of mails starts with its first one; after it, a new day */
    int open = e->confirm_sends > 0 && now - r->window_at < SQ_DAY_MS;
    if (open && e->confirm_sends >= max_per_day)
        return -EAGAIN;
    e->what = what;
    e->confirm_sends = open ? e->confirm_sends + 1 : 1;
    e->confirm_sent_at = now;
    r->window_at = open ? r->window_at : now;
    int rc = sq_run(c,
                    "UPDATE email_subs SET what = ?2, confirm_sent_at = ?3, confirm_sends = ?4,"
                    " confirm_window_at = ?5 WHERE id = ?1",
                    SQ_ARGS(SQ_INT(e->id), SQ_INT(what), SQ_INT(now), SQ_INT(e->confirm_sends),
                            SQ_INT(r->window_at)));
    if (rc == 0)
        rc = sq_run(c,
                    "INSERT INTO outbox (kind, sub_id, channel_id, seq, post_id, flags, due_at,"
                    " created_at) VALUES (3, ?1, ?2, 0, 0, 0, ?3, ?3)",
                    SQ_ARGS(SQ_INT(e->id), SQ_INT(e->channel_id), SQ_INT(now)));
    return rc;
}

int sq_email_sub_request(struct store *st, int64_t channel_id, const char *address, int what,
                         int64_t now_ms, int max_per_day, struct store_email_sub *out)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    struct email_row r = {0};
    char addr[STORE_ADDRESS_MAX + 1];

    if (max_per_day < 1 || address_norm(address, addr) < 0)
        return -EINVAL;
    int rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    rc = sq_run(c,
                "INSERT INTO email_subs (channel_id, address, what, state, created_at)"
                " VALUES (?1, ?2, ?3, 1, ?4) ON CONFLICT (channel_id, address) DO NOTHING",
                SQ_ARGS(SQ_INT(channel_id), SQ_TEXT(addr), SQ_INT(what), SQ_INT(now_ms)));
    if (rc == 0)
        rc = sq_one(c,
                    "SELECT " EMAIL_COLS ", confirm_window_at FROM email_subs"
                    " WHERE channel_id = ?1 AND address = ?2",
                    SQ_ARGS(SQ_INT(channel_id), SQ_TEXT(addr)), row_email_window, &r);
    if (rc == 0)
        rc = email_request_apply(c, &r, what, now_ms, max_per_day);
    rc = sq_tx_end(s, c, rc);
    if (rc == 0 || rc == -EAGAIN) /* -EAGAIN: r is the row as it stays */
        *out = r.e;
    return rc;
}

int sq_email_sub_confirm(struct store *st, int64_t id, int64_t now_ms)
{
    return sq_pool_change(sq_store_of(st),
                          "UPDATE email_subs SET state = 2, confirmed_at = CASE WHEN state = 1"
                          " THEN ?2 ELSE confirmed_at END WHERE id = ?1",
                          SQ_ARGS(SQ_INT(id), SQ_INT(now_ms)));
}

int sq_email_sub_delete(struct store *st, int64_t id)
{
    return sq_pool_change(sq_store_of(st), "DELETE FROM email_subs WHERE id = ?1",
                          SQ_ARGS(SQ_INT(id)));
}

int sq_email_sub_get(struct store *st, int64_t id, struct store_email_sub *out)
{
    return sq_pool_one(sq_store_of(st), "SELECT " EMAIL_COLS " FROM email_subs WHERE id = ?1",
                       SQ_ARGS(SQ_INT(id)), row_email, out);
}

int sq_email_subs_page(struct store *st, int64_t channel_id, int64_t after_id, size_t limit,
                       struct store_email_sub **out, size_t *n)
{
    struct sq_list l = SQ_LIST(struct store_email_sub, row_email, NULL, limit);
    *out = NULL;
    *n = 0;
    if (limit < 1 || limit > STORE_NOTIFY_PAGE_MAX)
        return -EINVAL;
    int rc = sq_pool_list(sq_store_of(st),
                          "SELECT " EMAIL_COLS " FROM email_subs WHERE channel_id = ?1"
                          " AND state = 2 AND id > ?2"
                          /* a private channel mails nobody: an address cannot
                           * follow a member's removal */
                          " AND (SELECT visibility FROM channels WHERE id = ?1) = 0"
                          " ORDER BY id LIMIT ?3",
                          SQ_ARGS(SQ_INT(channel_id), SQ_INT(after_id), SQ_INT(limit)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

/* ---- the cursor and the outbox ---- */

static int row_cursor(sqlite3_stmt *q, void *out)
{
    struct store_notify_cursor *cur = out;
    cur->seq = sqlite3_column_int64(q, 0);
    cur->phase = sqlite3_column_int(q, 1);
    cur->sub_after = sqlite3_column_int64(q, 2);
    return 0;
}

int sq_notify_cursor_get(struct store *st, int64_t channel_id, struct store_notify_cursor *out)
{
    memset(out, 0, sizeof *out);
    out->channel_id = channel_id;
    int rc = sq_pool_one(sq_store_of(st),
                         "SELECT seq, phase, sub_after FROM notify_cursors WHERE channel_id = ?1",
                         SQ_ARGS(SQ_INT(channel_id)), row_cursor, out);
    return rc == -ENOENT ? 0 : rc; /* no row: a channel made since, from its start */
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

/*
 * The rows and the cursor in one transaction: a notifier that dies half
 * way leaves either both or neither, and runs the rest again from the
 * cursor; a row it had already added is skipped by the unique key.
 */
int sq_outbox_fill(struct store *st, const struct store_outbox *rows, size_t n,
                   const struct store_notify_cursor *next, int64_t max_rows)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    int64_t held = 0, now = crier_now_ms();

    if (!fill_args_ok(rows, n, next, max_rows))
        return -EINVAL;
    int rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    rc = sq_one(c, "SELECT count(*) FROM outbox", SQ_NOARGS, sq_row_int64, &held);
    if (rc == 0 && held >= max_rows)
        rc = -ENOSPC;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        const struct store_outbox *o = &rows[i];
        rc = sq_run(c, OUTBOX_ADD,
                    SQ_ARGS(SQ_INT(o->kind), SQ_INT(o->sub_id), SQ_INT(o->channel_id),
                            SQ_INT(o->seq), SQ_INT(o->post_id), SQ_INT(o->flags), SQ_INT(o->due_at),
                            SQ_INT(now)));
    }
    if (rc == 0)
        rc = sq_run(c,
                    "INSERT INTO notify_cursors (channel_id, seq, phase, sub_after)"
                    " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (channel_id) DO UPDATE SET"
                    " seq = excluded.seq, phase = excluded.phase, sub_after = excluded.sub_after",
                    SQ_ARGS(SQ_INT(next->channel_id), SQ_INT(next->seq), SQ_INT(next->phase),
                            SQ_INT(next->sub_after)));
    return sq_tx_end(s, c, rc);
}

int sq_outbox_cancel_post(struct store *st, int64_t channel_id, int64_t post_id)
{
    /* post_id 0 would match the opt-in mails of the channel */
    if (post_id < 1)
        return -EINVAL;
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    int rc = sq_pool_get(s, &c);
    if (rc < 0)
        return rc;
    rc = sq_run(c,
                "DELETE FROM outbox WHERE channel_id = ?1 AND post_id = ?2"
                " AND leased_until <= ?3",
                SQ_ARGS(SQ_INT(channel_id), SQ_INT(post_id), SQ_INT(crier_now_ms())));
    sq_pool_put(s, c);
    return rc;
}

/* A claim in progress: the rows it returns, and the ids of the rows of its
 * current read whose subscription is gone. */
struct claim {
    struct sq_list l;
    int64_t *gone; /* room for limit ids */
    size_t ngone;
};

static int row_claim(sqlite3_stmt *q, void *arg)
{
    struct claim *cl = arg;
    int kind = sqlite3_column_int(q, 1);
    int sub_col = kind == STORE_OUT_PUSH ? CLAIM_PUSH_COL : CLAIM_EMAIL_COL;
    if (sqlite3_column_type(q, sub_col) == SQLITE_NULL) {
        cl->gone[cl->ngone++] = sqlite3_column_int64(q, 0);
        return 0;
    }
    struct store_outbox *o = sq_list_add(&cl->l);
    o->id = sqlite3_column_int64(q, 0);
    o->kind = kind;
    o->sub_id = sqlite3_column_int64(q, 2);
    o->channel_id = sqlite3_column_int64(q, 3);
    o->seq = sqlite3_column_int64(q, 4);
    o->post_id = sqlite3_column_int64(q, 5);
    o->flags = sqlite3_column_int(q, 6);
    o->due_at = sqlite3_column_int64(q, 7);
    o->attempts = sqlite3_column_int(q, 8);
    o->created_at = sqlite3_column_int64(q, 9);
    if (kind == STORE_OUT_PUSH)
        push_read(q, CLAIM_PUSH_COL, &o->push);
    else
        email_read(q, CLAIM_EMAIL_COL, &o->email);
    return 0;
}

/*
 * Reads, leases and cleans in one IMMEDIATE transaction, so that two
 * senders (two nodes) never claim the same row. The rows are changed after
 * the read is done, never while its statement walks the index.
 */
int sq_outbox_claim(struct store *st, int64_t now_ms, int64_t lease_ms, size_t limit,
                    struct store_outbox **out, size_t *n)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    struct claim cl = {.l = SQ_LIST(struct store_outbox, row_claim, NULL, 0)};

    *out = NULL;
    *n = 0;
    if (limit < 1 || limit > STORE_OUTBOX_CLAIM_MAX || lease_ms < 1 || now_ms < 0 ||
        lease_ms > INT64_MAX - now_ms)
        return -EINVAL;
    /* A read first: an idle sender looks several times a second, and taking
     * the write lock for nothing would hold up the group-commit writer
     * (SQLite's busy handler sleeps in steps of milliseconds). */
    int64_t due = 0;
    int rc = sq_pool_one(s,
                         "SELECT count(*) FROM (SELECT 1 FROM outbox"
                         " WHERE due_at <= ?1 AND leased_until <= ?1 LIMIT 1)",
                         SQ_ARGS(SQ_INT(now_ms)), sq_row_int64, &due);
    if (rc < 0 || due == 0)
        return rc;
    if ((rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c)) < 0)
        return rc;
    cl.gone = xmalloc(limit * sizeof *cl.gone);
    for (int pass = 0; rc == 0 && pass < SQ_CLAIM_PASSES; pass++) {
        size_t had = cl.l.n;
        cl.ngone = 0;
        rc = sq_each(c, OUTBOX_CLAIM, SQ_ARGS(SQ_INT(now_ms), SQ_INT(limit - had)), row_claim, &cl);
        for (size_t i = had; rc == 0 && i < cl.l.n; i++)
            rc = sq_run(
                c, OUTBOX_LEASE,
                SQ_ARGS(SQ_INT(((struct store_outbox *)cl.l.v)[i].id), SQ_INT(now_ms + lease_ms)));
        for (size_t i = 0; rc == 0 && i < cl.ngone; i++)
            rc = sq_run(c, OUTBOX_DEL, SQ_ARGS(SQ_INT(cl.gone[i])));
        if (cl.ngone == 0 || cl.l.n == limit)
            break;
    }
    free(cl.gone);
    if ((rc = sq_tx_end(s, c, rc)) < 0) {
        sq_list_free(&cl.l);
        return rc;
    }
    *out = cl.l.v;
    *n = cl.l.n;
    return 0;
}

int sq_outbox_done(struct store *st, const int64_t *ids, size_t n)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    if (n > STORE_NOTIFY_PAGE_MAX || (n && !ids))
        return -EINVAL;
    if (n == 0)
        return 0;
    int rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    for (size_t i = 0; rc == 0 && i < n; i++)
        rc = sq_run(c, OUTBOX_DEL, SQ_ARGS(SQ_INT(ids[i])));
    return sq_tx_end(s, c, rc);
}

int sq_outbox_retry(struct store *st, int64_t id, int64_t due_at)
{
    return sq_pool_change(sq_store_of(st),
                          "UPDATE outbox SET due_at = ?2, attempts = attempts + 1,"
                          " leased_until = 0 WHERE id = ?1",
                          SQ_ARGS(SQ_INT(id), SQ_INT(due_at)));
}

/* Once, at the start of a single node: scans the outbox (no index serves
 * leased_until alone, and none is worth its cost for this). */
int sq_outbox_release(struct store *st)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    int rc = sq_pool_get(s, &c);
    if (rc < 0)
        return rc;
    rc = sq_run(c, "UPDATE outbox SET leased_until = 0 WHERE leased_until <> 0", SQ_NOARGS);
    sq_pool_put(s, c);
    return rc;
}

static int row_stats(sqlite3_stmt *q, void *out)
{
    struct store_notify_stats *ns = out;
    ns->push_subs = sqlite3_column_int64(q, 0);
    ns->email_confirmed = sqlite3_column_int64(q, 1);
    ns->email_pending = sqlite3_column_int64(q, 2);
    ns->outbox = sqlite3_column_int64(q, 3);
    ns->outbox_due = sqlite3_column_int64(q, 4);
    ns->oldest_due_ms = sqlite3_column_int64(q, 5);
    return 0;
}

/* One statement, so that the counts come from one snapshot. */
int sq_notify_stats(struct store *st, struct store_notify_stats *out)
{
    memset(out, 0, sizeof *out);
    return sq_pool_one(sq_store_of(st),
                       "SELECT (SELECT count(*) FROM push_subs),"
                       " (SELECT count(*) FROM email_subs WHERE state = 2),"
                       " (SELECT count(*) FROM email_subs WHERE state = 1),"
                       " (SELECT count(*) FROM outbox),"
                       " (SELECT count(*) FROM outbox WHERE due_at <= ?1),"
                       " (SELECT coalesce(min(created_at), 0) FROM outbox WHERE due_at <= ?1)",
                       SQ_ARGS(SQ_INT(crier_now_ms())), row_stats, out);
}
