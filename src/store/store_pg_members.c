/*
 * store_pg_members: the access changes, API tokens, readers (docs/readers.md)
 * and what ties readers to channels (device links, invites, memberships,
 * members' feed keys), as store_sqlite_access.c, store_sqlite_tokens.c and
 * store_sqlite_members.c have them (the same semantics).
 *
 * Tokens are never stored, only their SHA-256; a lookup by hash ends with a
 * constant-time compare of the stored hash (hash_one). None of these take a
 * seq, so all run on pooled connections. Where SQLite has one BEGIN
 * IMMEDIATE transaction, here several nodes write at once: each such op is
 * one transaction that first locks the row it decides on (SELECT ... FOR
 * UPDATE), so that a racing transaction of any node waits, then reads what
 * the first committed; a transaction that deadlocks is run again (in_tx).
 *
 * The access changes are recorded by the schema's triggers
 * (crier_access_change), which number them under an advisory lock held to
 * the commit: generations become visible in the order they are given, so a
 * node polling "gen > the last one seen" misses none.
 */
#include <errno.h>
#include <openssl/crypto.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "store/store_pg_int.h"
#include "xmalloc.h"

#define PG_UNREAD_MAX 1000                       /* unread counts stop here */
#define PG_TRANSFER_KEEP_MS (24 * 3600 * 1000LL) /* expired device links kept this long */
#define PG_TX_TRIES 5                            /* runs of a transaction that deadlocks */

#define TOK_COLS "id, hash, scope, channel_id, label, created_at, last_used_at, revoked_at"
#define RD_COLS "id, hash, created_at, last_seen_at"
#define INV_COLS                                                                                   \
    "id, channel_id, hash, prefix, label, created_at, expires_at, max_uses, uses,"                 \
    " approval, revoked_at"
#define MEM_COLS "channel_id, reader_id, state, joined_at, invite_id, read_seq"
/* a reader that nothing refers to: no membership (pending or not), no device link */
#define RD_UNUSED                                                                                  \
    " NOT EXISTS (SELECT 1 FROM members m WHERE m.reader_id = readers.id)"                         \
    " AND NOT EXISTS (SELECT 1 FROM reader_transfers t"                                            \
    " WHERE t.reader_id = readers.id)"
/* a reader still subscribed to push: the cleanup keeps it */
#define RD_NO_PUSH " NOT EXISTS (SELECT 1 FROM push_subs p WHERE p.reader_id = readers.id)"

static const char ACCESS_GEN[] = "SELECT coalesce(max(gen), 0) FROM access_changes";
static const char TR_PURGE[] = "DELETE FROM reader_transfers WHERE expires_at < $1";
static const char INV_LOOKUP[] = "SELECT " INV_COLS " FROM invites WHERE hash = $1";
/* join_tx's read of the invite: the row lock orders racing joins of every node */
static const char INV_LOCK[] = "SELECT " INV_COLS " FROM invites WHERE hash = $1 FOR UPDATE";
static const char MEM_GET[] =
    "SELECT " MEM_COLS " FROM members WHERE channel_id = $1 AND reader_id = $2";
static const char MEM_DEL[] = "DELETE FROM members WHERE channel_id = $1 AND reader_id = $2";
static const char MEM_ACTIVATE[] =
    "UPDATE members SET state = 2 WHERE channel_id = $1 AND reader_id = $2";
/* A new membership unless one exists; nothing for an unknown channel. read_seq
 * starts at the channel's head: what came before is not unread. */
static const char MEM_INSERT[] =
    "INSERT INTO members (channel_id, reader_id, state, joined_at, invite_id, read_seq)"
    " SELECT $1::bigint, $2::bigint, $3::bigint, $4::bigint, $5::bigint, last_seq"
    " FROM channels WHERE id = $1 ON CONFLICT (channel_id, reader_id) DO NOTHING"
    " RETURNING reader_id";

/* ---- helpers ---- */

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decodes a bytea column (text format) of exactly 32 bytes: 1, or 0 when it
 * is NULL or of another length. */
static int col_hash(const PGresult *res, int i, int col, unsigned char out[32])
{
    if (PQgetisnull(res, i, col))
        return 0;
    const char *v = PQgetvalue(res, i, col);
    if (v[0] == '\\' && v[1] == 'x') {
        if (strlen(v + 2) != 64)
            return 0;
        for (int k = 0; k < 32; k++) {
            int hi = hexval(v[2 + 2 * k]), lo = hexval(v[3 + 2 * k]);
            if (hi < 0 || lo < 0)
                return 0;
            out[k] = (unsigned char)(hi << 4 | lo);
        }
        return 1;
    }
    size_t n = 0; /* the escape format, when the server is set to it */
    unsigned char *b = PQunescapeBytea((const unsigned char *)v, &n);
    int ok = b && n == 32;
    if (ok)
        memcpy(out, b, 32);
    if (b) {
        OPENSSL_cleanse(b, n);
        PQfreemem(b);
    }
    return ok;
}

/* A row found by hash: row() runs on it only if its column hash_col holds
 * the same 32 bytes, compared in constant time (as DESIGN.md asks of every
 * token compare); else -ENOENT. */
struct hash_match {
    const unsigned char *hash;
    int col;
    pg_row_fn row;
    void *out;
};

static int row_hash_match(const PGresult *res, int i, void *arg)
{
    struct hash_match *m = arg;
    unsigned char got[32];
    int same = col_hash(res, i, m->col, got) && CRYPTO_memcmp(got, m->hash, 32) == 0;
    OPENSSL_cleanse(got, sizeof got);
    return same ? m->row(res, i, m->out) : -ENOENT;
}

/* pg_one for a query whose only parameter is a hash. */
static int hash_one(struct pg_conn *c, const char *sql, const unsigned char hash[32], int hash_col,
                    pg_row_fn row, void *out)
{
    struct hash_match m = {hash, hash_col, row, out};
    return pg_one(c, sql, PG_ARGS(PG_BLOB(hash, 32)), row_hash_match, &m);
}

static int pool_hash_one(struct pg_store *s, const char *sql, const unsigned char hash[32],
                         int hash_col, pg_row_fn row, void *out)
{
    struct hash_match m = {hash, hash_col, row, out};
    return pg_pool_one(s, sql, PG_ARGS(PG_BLOB(hash, 32)), row_hash_match, &m);
}

/* A text field of a fixed-size struct member, terminated even when full. */
struct bounded {
    char s[129];
};
static struct bounded bounded_of(const char *src, size_t size)
{
    struct bounded b;
    size_t n = strnlen(src, size < sizeof b.s - 1 ? size : sizeof b.s - 1);
    memcpy(b.s, src, n);
    b.s[n] = '\0';
    return b;
}

/* The number of rows a statement changed. */
static int run_count(struct pg_conn *c, const char *sql, struct pg_args a, size_t *n)
{
    int rc;
    PGresult *res = pg_exec(c, sql, a, &rc);
    if (res) {
        *n = (size_t)strtoull(PQcmdTuples(res), NULL, 10);
        PQclear(res);
    }
    return rc;
}

/* One transaction on a pooled connection: body(c, arg), committed when it
 * returns 0, else rolled back. A deadlock or serialization failure runs it
 * again from its inputs (a body sets its outputs only once it has
 * succeeded, or its wrapper starts them afresh). */
typedef int (*tx_body)(struct pg_conn *c, void *arg);

static int in_tx(struct pg_store *s, tx_body body, void *arg)
{
    int rc = -EDEADLK;
    for (int i = 0; i < PG_TX_TRIES && rc == -EDEADLK; i++) {
        struct pg_conn *c;
        if ((rc = pg_tx_begin(s, PG_BEGIN, &c)) < 0)
            return rc;
        rc = pg_tx_end(s, c, body(c, arg));
    }
    return rc;
}

/* ---- access changes ---- */

/* The changes read so far into the caller's ids. */
struct changes {
    int64_t *ids;
    size_t max, n;
    int64_t gen;
    int overflow; /* a row more than max came */
};

static int row_change(const PGresult *res, int i, void *arg)
{
    struct changes *ch = arg;
    if (ch->n == ch->max) {
        ch->overflow = 1;
        return PG_STOP;
    }
    ch->ids[ch->n++] = pg_i64(res, i, 0);
    ch->gen = pg_i64(res, i, 1);
    return 0;
}

int pg_access_changes(struct store *st, int64_t after_gen, int64_t *ids, size_t max, size_t *n,
                      int64_t *gen)
{
    struct pg_store *s = pg_store_of(st);
    struct pg_conn *c;
    int rc = pg_pool_get(s, &c);

    *n = 0;
    if (rc < 0)
        return rc;
    if (after_gen < 0) {
        rc = pg_one(c, ACCESS_GEN, PG_NOARGS, pg_row_int64, gen);
        pg_pool_put(s, c);
        return rc; /* an aggregate answers one row */
    }
    struct changes ch = {.ids = ids, .max = max, .gen = after_gen};
    rc = pg_each(c,
                 "SELECT channel_id, gen FROM access_changes WHERE gen > $1"
                 " ORDER BY gen LIMIT $2",
                 PG_ARGS(PG_INT(after_gen), PG_INT(max + 1)), row_change, &ch);
    if (rc == 0 && ch.overflow) {
        /* More than fit: every channel, from the newest gen on. */
        ids[0] = 0;
        ch.n = 1;
        rc = pg_one(c, ACCESS_GEN, PG_NOARGS, pg_row_int64, &ch.gen);
    }
    *n = ch.n;
    *gen = ch.gen;
    pg_pool_put(s, c);
    return rc;
}

/* ---- tokens ---- */

static int row_token(const PGresult *res, int i, void *out)
{
    struct store_token *t = out;
    memset(t, 0, sizeof *t);
    t->id = pg_i64(res, i, 0);
    col_hash(res, i, 1, t->hash);
    t->scope = (int)pg_i64(res, i, 2);
    t->channel_id = pg_i64(res, i, 3); /* NULL reads as 0 */
    pg_copy_text(t->label, sizeof t->label, pg_str(res, i, 4));
    t->created_at = pg_i64(res, i, 5);
    t->last_used_at = pg_i64(res, i, 6);
    t->revoked_at = pg_i64(res, i, 7);
    return 0;
}

/* -EEXIST for a hash already stored, -ENOENT for no such channel. The id
 * comes from the identity sequence: never one a deleted token had. */
int pg_token_create(struct store *st, struct store_token *t)
{
    int64_t now = crier_now_ms();
    struct bounded label = bounded_of(t->label, sizeof t->label);
    int rc = pg_pool_one(pg_store_of(st),
                         "INSERT INTO tokens (hash, scope, channel_id, label, created_at)"
                         " VALUES ($1, $2, $3, $4, $5) RETURNING id",
                         PG_ARGS(PG_BLOB(t->hash, sizeof t->hash), PG_INT(t->scope),
                                 t->channel_id > 0 ? PG_INT(t->channel_id) : PG_NULL,
                                 PG_TEXT(label.s), PG_INT(now)),
                         pg_row_int64, &t->id);
    if (rc == 0) {
        t->created_at = now;
        t->last_used_at = 0;
        t->revoked_at = 0;
    }
    return rc;
}

int pg_token_lookup(struct store *st, const unsigned char hash[32], struct store_token *out)
{
    struct store_token t = {0};
    int rc = pool_hash_one(pg_store_of(st), "SELECT " TOK_COLS " FROM tokens WHERE hash = $1", hash,
                           1, row_token, &t);
    if (rc == 0 && t.revoked_at != 0)
        rc = -ENOENT;
    if (rc == 0)
        *out = t;
    return rc;
}

int pg_token_list(struct store *st, struct store_token **out, size_t *n)
{
    struct pg_list l = PG_LIST(struct store_token, row_token, NULL, 0);
    int rc =
        pg_pool_list(pg_store_of(st), "SELECT " TOK_COLS " FROM tokens ORDER BY id", PG_NOARGS, &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

/* Revoking twice keeps the first revocation time and succeeds (the trigger
 * records an access change only the first time). */
int pg_token_revoke(struct store *st, int64_t id)
{
    return pg_pool_change(pg_store_of(st),
                          "UPDATE tokens SET revoked_at = coalesce(revoked_at, $1) WHERE id = $2",
                          PG_ARGS(PG_INT(crier_now_ms()), PG_INT(id)));
}

int pg_token_touch(struct store *st, int64_t id, int64_t now_ms)
{
    return pg_pool_change(pg_store_of(st), "UPDATE tokens SET last_used_at = $1 WHERE id = $2",
                          PG_ARGS(PG_INT(now_ms), PG_INT(id)));
}

/* ---- readers and device links ---- */

static int row_reader(const PGresult *res, int i, void *out)
{
    struct store_reader *r = out;
    memset(r, 0, sizeof *r);
    r->id = pg_i64(res, i, 0);
    col_hash(res, i, 1, r->hash);
    r->created_at = pg_i64(res, i, 2);
    r->last_seen_at = pg_i64(res, i, 3);
    return 0;
}

int pg_reader_create(struct store *st, struct store_reader *r)
{
    int64_t now = crier_now_ms();
    int rc =
        pg_pool_one(pg_store_of(st),
                    "INSERT INTO readers (hash, created_at, last_seen_at) VALUES ($1, $2, $2)"
                    " RETURNING id",
                    PG_ARGS(PG_BLOB(r->hash, sizeof r->hash), PG_INT(now)), pg_row_int64, &r->id);
    if (rc == 0)
        r->created_at = r->last_seen_at = now;
    return rc;
}

int pg_reader_lookup(struct store *st, const unsigned char hash[32], struct store_reader *out)
{
    return pool_hash_one(pg_store_of(st), "SELECT " RD_COLS " FROM readers WHERE hash = $1", hash,
                         1, row_reader, out);
}

int pg_reader_touch(struct store *st, int64_t reader_id, int64_t now_ms)
{
    return pg_pool_change(pg_store_of(st), "UPDATE readers SET last_seen_at = $1 WHERE id = $2",
                          PG_ARGS(PG_INT(now_ms), PG_INT(reader_id)));
}

/*
 * The reader's row is locked first: a join, a device link or a push
 * subscription of another node refers to it through a foreign key, whose
 * check takes a share lock on the row. So either that insert committed
 * before the lock was granted, and the statements after it (each with a
 * fresh snapshot) see it and keep the reader, or it waits for this commit
 * and then finds no reader (-ENOENT).
 */
static int forget_tx(struct pg_conn *c, void *arg)
{
    int64_t id = *(int64_t *)arg;
    int rc = pg_one(c, "SELECT id FROM readers WHERE id = $1 FOR UPDATE", PG_ARGS(PG_INT(id)), NULL,
                    NULL);
    if (rc == 0)
        rc = pg_run(c,
                    "DELETE FROM push_subs WHERE reader_id = $1 AND EXISTS (SELECT 1 FROM readers"
                    " WHERE id = $1 AND" RD_UNUSED ")",
                    PG_ARGS(PG_INT(id)));
    if (rc == 0)
        rc = pg_change(c, "DELETE FROM readers WHERE id = $1 AND" RD_UNUSED, PG_ARGS(PG_INT(id)));
    return rc;
}

/* Its push subscriptions go with it (their outbox rows by the schema's
 * trigger), in one transaction with the check that nothing else refers to
 * it: a reader that stays keeps them. */
int pg_reader_forget(struct store *st, int64_t reader_id)
{
    return in_tx(pg_store_of(st), forget_tx, &reader_id);
}

struct prune_arg {
    int64_t after_id, seen_before, end;
    size_t scan, deleted;
};

/* Locks the window's candidates (in id order: two nodes pruning at once
 * never deadlock), then deletes those still unused, as forget_tx. */
static int prune_tx(struct pg_conn *c, void *arg)
{
    struct prune_arg *p = arg;
    p->end = 0;
    p->deleted = 0;
    int rc = pg_run(c, TR_PURGE, PG_ARGS(PG_INT(crier_now_ms() - PG_TRANSFER_KEEP_MS)));
    if (rc == 0) /* an aggregate answers one row; NULL (0): nothing after after_id */
        rc = pg_one(c,
                    "SELECT max(id) FROM (SELECT id FROM readers WHERE id > $1"
                    " ORDER BY id LIMIT $2) w",
                    PG_ARGS(PG_INT(p->after_id), PG_INT(p->scan)), pg_row_int64, &p->end);
    if (rc < 0 || p->end <= p->after_id)
        return rc;
    rc = pg_run(c,
                "SELECT id FROM readers WHERE id > $1 AND id <= $2 AND last_seen_at < $3"
                " ORDER BY id FOR UPDATE",
                PG_ARGS(PG_INT(p->after_id), PG_INT(p->end), PG_INT(p->seen_before)));
    if (rc == 0)
        rc = run_count(c,
                       "DELETE FROM readers WHERE id > $1 AND id <= $2 AND last_seen_at < $3"
                       " AND" RD_UNUSED " AND" RD_NO_PUSH,
                       PG_ARGS(PG_INT(p->after_id), PG_INT(p->end), PG_INT(p->seen_before)),
                       &p->deleted);
    return rc;
}

/*
 * One window of ids per call, so that the work is bounded whatever the
 * number of readers (most of which are members and stay): the caller
 * walks the table a window at a time and starts again at 0.
 */
int pg_readers_prune(struct store *st, int64_t after_id, size_t scan, int64_t seen_before,
                     int64_t *next_id, size_t *deleted)
{
    struct prune_arg p = {.after_id = after_id, .seen_before = seen_before, .scan = scan};
    *next_id = 0;
    *deleted = 0;
    if (scan < 1 || scan > 100000)
        return -EINVAL;
    int rc = in_tx(pg_store_of(st), prune_tx, &p);
    if (rc == 0) {
        *next_id = p.end > after_id ? p.end : 0;
        *deleted = p.deleted;
    }
    return rc;
}

int pg_transfer_create(struct store *st, const unsigned char hash[32], int64_t reader_id,
                       const unsigned char secret[32], int64_t expires_at)
{
    struct pg_store *s = pg_store_of(st);
    struct pg_conn *c;
    int rc = pg_pool_get(s, &c);
    if (rc < 0)
        return rc;
    /* Links long past their expiry (used or not) are of no more use; a
     * failure to delete them (logged) does not stop the new one. */
    (void)pg_run(c, TR_PURGE, PG_ARGS(PG_INT(crier_now_ms() - PG_TRANSFER_KEEP_MS)));
    rc = pg_run(
        c,
        "INSERT INTO reader_transfers (hash, reader_id, secret, expires_at)"
        " VALUES ($1, $2, $3, $4)",
        PG_ARGS(PG_BLOB(hash, 32), PG_INT(reader_id), PG_BLOB(secret, 32), PG_INT(expires_at)));
    pg_pool_put(s, c);
    return rc;
}

/* A device link as transfer_take reads it. */
struct transfer_row {
    int64_t reader_id, expires_at;
    int usable; /* never used, and its secret is there */
    unsigned char secret[32];
};

static int row_transfer(const PGresult *res, int i, void *out)
{
    struct transfer_row *t = out;
    t->reader_id = pg_i64(res, i, 0);
    t->expires_at = pg_i64(res, i, 2);
    t->usable = PQgetisnull(res, i, 3) && col_hash(res, i, 1, t->secret);
    return 0;
}

struct take_arg {
    const unsigned char *hash;
    int64_t now_ms, reader_id;
    unsigned char secret[32];
};

/* Check and use under the link's row lock: of two racing takes (of any
 * nodes), the second waits for the first's commit and then finds the link
 * used. */
static int take_tx(struct pg_conn *c, void *arg)
{
    struct take_arg *a = arg;
    struct transfer_row t = {0};
    int rc = hash_one(c,
                      "SELECT reader_id, secret, expires_at, used_at, hash FROM reader_transfers"
                      " WHERE hash = $1 FOR UPDATE",
                      a->hash, 4, row_transfer, &t);
    if (rc == 0 && !t.usable) {
        rc = -EALREADY;
    } else if (rc == 0 && t.expires_at <= a->now_ms) {
        rc = -EKEYEXPIRED;
    } else if (rc == 0) {
        a->reader_id = t.reader_id;
        memcpy(a->secret, t.secret, 32);
        rc = pg_change(c,
                       "UPDATE reader_transfers SET used_at = $1, secret = NULL WHERE hash = $2"
                       " AND used_at IS NULL",
                       PG_ARGS(PG_INT(a->now_ms), PG_BLOB(a->hash, 32)));
        if (rc == -ENOENT)
            rc = -EALREADY;
    }
    OPENSSL_cleanse(t.secret, sizeof t.secret);
    return rc;
}

int pg_transfer_take(struct store *st, const unsigned char hash[32], int64_t now_ms,
                     int64_t *reader_id, unsigned char secret[32])
{
    struct take_arg a = {.hash = hash, .now_ms = now_ms};
    int rc = in_tx(pg_store_of(st), take_tx, &a);
    if (rc == 0) {
        *reader_id = a.reader_id;
        memcpy(secret, a.secret, 32);
    }
    OPENSSL_cleanse(a.secret, sizeof a.secret);
    return rc;
}

/* ---- invites ---- */

static int row_invite(const PGresult *res, int i, void *out)
{
    struct store_invite *inv = out;
    memset(inv, 0, sizeof *inv);
    inv->id = pg_i64(res, i, 0);
    inv->channel_id = pg_i64(res, i, 1);
    col_hash(res, i, 2, inv->hash);
    pg_copy_text(inv->prefix, sizeof inv->prefix, pg_str(res, i, 3));
    pg_copy_text(inv->label, sizeof inv->label, pg_str(res, i, 4));
    inv->created_at = pg_i64(res, i, 5);
    inv->expires_at = pg_i64(res, i, 6); /* NULL reads as 0: never */
    inv->max_uses = pg_i64(res, i, 7);   /* NULL: unlimited */
    inv->uses = pg_i64(res, i, 8);
    inv->approval = (int)pg_i64(res, i, 9);
    inv->revoked_at = pg_i64(res, i, 10);
    return 0;
}

int pg_invite_create(struct store *st, struct store_invite *inv)
{
    if (inv->max_uses < 0 || inv->expires_at < 0)
        return -EINVAL;
    int64_t now = crier_now_ms();
    struct bounded prefix = bounded_of(inv->prefix, sizeof inv->prefix),
                   label = bounded_of(inv->label, sizeof inv->label);
    int rc = pg_pool_one(pg_store_of(st),
                         "INSERT INTO invites (channel_id, hash, prefix, label, created_at,"
                         " expires_at, max_uses, approval) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
                         " RETURNING id",
                         PG_ARGS(PG_INT(inv->channel_id), PG_BLOB(inv->hash, sizeof inv->hash),
                                 PG_TEXT(prefix.s), PG_TEXT(label.s), PG_INT(now),
                                 PG_INT_OR_NULL(inv->expires_at), PG_INT_OR_NULL(inv->max_uses),
                                 PG_INT(inv->approval ? 1 : 0)),
                         pg_row_int64, &inv->id);
    if (rc == 0) {
        inv->created_at = now;
        inv->uses = 0;
        inv->revoked_at = 0;
        inv->approval = inv->approval ? 1 : 0;
    }
    return rc;
}

int pg_invite_list(struct store *st, int64_t channel_id, struct store_invite **out, size_t *n)
{
    struct pg_list l = PG_LIST(struct store_invite, row_invite, NULL, 0);
    int rc = pg_pool_list(pg_store_of(st),
                          "SELECT " INV_COLS " FROM invites WHERE channel_id = $1 ORDER BY id",
                          PG_ARGS(PG_INT(channel_id)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

int pg_invite_lookup(struct store *st, const unsigned char hash[32], struct store_invite *out)
{
    return pool_hash_one(pg_store_of(st), INV_LOOKUP, hash, 2, row_invite, out);
}

int pg_invite_revoke(struct store *st, int64_t channel_id, int64_t invite_id,
                     const unsigned char *hash)
{
    if (!hash && invite_id <= 0)
        return -EINVAL;
    if (hash)
        return pg_pool_change(
            pg_store_of(st),
            "UPDATE invites SET revoked_at = coalesce(revoked_at, $1)"
            " WHERE hash = $2 AND channel_id = $3",
            PG_ARGS(PG_INT(crier_now_ms()), PG_BLOB(hash, 32), PG_INT(channel_id)));
    return pg_pool_change(pg_store_of(st),
                          "UPDATE invites SET revoked_at = coalesce(revoked_at, $1)"
                          " WHERE id = $2 AND channel_id = $3",
                          PG_ARGS(PG_INT(crier_now_ms()), PG_INT(invite_id), PG_INT(channel_id)));
}

/* ---- members ---- */

static int row_member(const PGresult *res, int i, void *out)
{
    struct store_member *m = out;
    memset(m, 0, sizeof *m);
    m->channel_id = pg_i64(res, i, 0);
    m->reader_id = pg_i64(res, i, 1);
    m->state = (int)pg_i64(res, i, 2);
    m->joined_at = pg_i64(res, i, 3);
    m->invite_id = pg_i64(res, i, 4);
    m->read_seq = pg_i64(res, i, 5);
    return 0;
}

/* Reads one membership on connection c: 0 or -ENOENT. */
static int member_read(struct pg_conn *c, int64_t channel_id, int64_t reader_id,
                       struct store_member *out)
{
    return pg_one(c, MEM_GET, PG_ARGS(PG_INT(channel_id), PG_INT(reader_id)), row_member, out);
}

/* Inserts a membership (MEM_INSERT): 0 when inserted, -EEXIST when there
 * was one already (or, from member_join, when the channel is unknown),
 * -ENOENT for an unknown reader. A racing insert of the same membership by
 * another transaction is waited for, then found. */
static int member_insert(struct pg_conn *c, int64_t channel_id, int64_t reader_id, int state,
                         int64_t invite_id)
{
    int rc;
    PGresult *res = pg_exec(c, MEM_INSERT,
                            PG_ARGS(PG_INT(channel_id), PG_INT(reader_id), PG_INT(state),
                                    PG_INT(crier_now_ms()), PG_INT_OR_NULL(invite_id)),
                            &rc);
    if (res && PQntuples(res) == 0)
        rc = -EEXIST;
    PQclear(res);
    return rc;
}

struct join_arg {
    const unsigned char *hash;
    int64_t reader_id, now_ms;
    struct store_member out;
};

/*
 * The invite's row lock makes racing joins of every node take their turns:
 * each reads uses as the one before committed it. A use is taken only once
 * the membership is inserted: when the reader joined the channel meanwhile
 * (through another invite, or directly), that membership is the answer and
 * nothing is used up.
 */
static int join_tx(struct pg_conn *c, void *arg)
{
    struct join_arg *a = arg;
    struct store_invite inv = {0};
    int rc = hash_one(c, INV_LOCK, a->hash, 2, row_invite, &inv);
    if (rc < 0)
        return rc;
    rc = member_read(c, inv.channel_id, a->reader_id, &a->out);
    if (rc != -ENOENT)
        return rc; /* already in: nothing is used up */
    if (inv.revoked_at)
        return -EKEYREVOKED;
    if (inv.expires_at && a->now_ms >= inv.expires_at)
        return -EKEYEXPIRED;
    if (inv.max_uses && inv.uses >= inv.max_uses)
        return -EDQUOT;
    rc = member_insert(c, inv.channel_id, a->reader_id,
                       inv.approval ? STORE_MEMBER_PENDING : STORE_MEMBER_ACTIVE, inv.id);
    if (rc == 0)
        rc = pg_run(c, "UPDATE invites SET uses = uses + 1 WHERE id = $1", PG_ARGS(PG_INT(inv.id)));
    else if (rc == -EEXIST)
        rc = 0; /* joined meanwhile */
    if (rc == 0)
        rc = member_read(c, inv.channel_id, a->reader_id, &a->out);
    return rc;
}

int pg_invite_join(struct store *st, const unsigned char hash[32], int64_t reader_id,
                   int64_t now_ms, struct store_member *out)
{
    struct join_arg a = {.hash = hash, .reader_id = reader_id, .now_ms = now_ms};
    int rc = in_tx(pg_store_of(st), join_tx, &a);
    if (rc == 0)
        *out = a.out;
    return rc;
}

struct member_arg {
    int64_t channel_id, reader_id;
    struct store_member out;
};

static int member_join_tx(struct pg_conn *c, void *arg)
{
    struct member_arg *a = arg;
    int rc = member_insert(c, a->channel_id, a->reader_id, STORE_MEMBER_ACTIVE, 0);
    if (rc == 0 || rc == -EEXIST)
        rc = pg_run(c, MEM_ACTIVATE, PG_ARGS(PG_INT(a->channel_id), PG_INT(a->reader_id)));
    if (rc == 0) /* -ENOENT: no such channel */
        rc = member_read(c, a->channel_id, a->reader_id, &a->out);
    return rc;
}

int pg_member_join(struct store *st, int64_t channel_id, int64_t reader_id,
                   struct store_member *out)
{
    struct member_arg a = {.channel_id = channel_id, .reader_id = reader_id};
    int rc = in_tx(pg_store_of(st), member_join_tx, &a);
    if (rc == 0)
        *out = a.out;
    return rc;
}

int pg_member_get(struct store *st, int64_t channel_id, int64_t reader_id, struct store_member *out)
{
    return pg_pool_one(pg_store_of(st), MEM_GET, PG_ARGS(PG_INT(channel_id), PG_INT(reader_id)),
                       row_member, out);
}

int pg_member_leave(struct store *st, int64_t channel_id, int64_t reader_id)
{
    return pg_pool_change(pg_store_of(st), MEM_DEL, PG_ARGS(PG_INT(channel_id), PG_INT(reader_id)));
}

int pg_member_approve(struct store *st, int64_t channel_id, int64_t reader_id)
{
    return pg_pool_change(pg_store_of(st), MEM_ACTIVATE,
                          PG_ARGS(PG_INT(channel_id), PG_INT(reader_id)));
}

int pg_member_reject(struct store *st, int64_t channel_id, int64_t reader_id)
{
    return pg_pool_change(pg_store_of(st), MEM_DEL, PG_ARGS(PG_INT(channel_id), PG_INT(reader_id)));
}

int pg_member_set_read(struct store *st, int64_t channel_id, int64_t reader_id, int64_t seq)
{
    if (seq < 0)
        return -EINVAL;
    return pg_pool_change(pg_store_of(st),
                          "UPDATE members SET read_seq = greatest(read_seq,"
                          " least($3::bigint, (SELECT last_seq FROM channels WHERE id = $1)))"
                          " WHERE channel_id = $1 AND reader_id = $2 AND state = 2",
                          PG_ARGS(PG_INT(channel_id), PG_INT(reader_id), PG_INT(seq)));
}

/* -EEXIST when another member has that feed key. */
int pg_member_feed_set(struct store *st, int64_t channel_id, int64_t reader_id,
                       const unsigned char hash[32])
{
    return pg_pool_change(pg_store_of(st),
                          "UPDATE members SET feed_hash = $3 WHERE channel_id = $1"
                          " AND reader_id = $2",
                          PG_ARGS(PG_INT(channel_id), PG_INT(reader_id), PG_BLOB(hash, 32)));
}

int pg_member_list(struct store *st, int64_t channel_id, int state, struct store_member **out,
                   size_t *n)
{
    struct pg_list l = PG_LIST(struct store_member, row_member, NULL, 0);
    int rc = pg_pool_list(pg_store_of(st),
                          "SELECT " MEM_COLS " FROM members WHERE channel_id = $1"
                          " AND ($2::bigint = 0 OR state = $2) ORDER BY joined_at, reader_id",
                          PG_ARGS(PG_INT(channel_id), PG_INT(state)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

int pg_member_count(struct store *st, int64_t channel_id, int64_t *n)
{
    *n = 0; /* an aggregate answers one row */
    return pg_pool_one(pg_store_of(st),
                       "SELECT count(*) FROM members WHERE channel_id = $1 AND state = 2",
                       PG_ARGS(PG_INT(channel_id)), pg_row_int64, n);
}

int pg_member_feed_lookup(struct store *st, const unsigned char hash[32], struct store_member *out)
{
    return pool_hash_one(pg_store_of(st),
                         "SELECT " MEM_COLS ", feed_hash FROM members WHERE feed_hash = $1", hash,
                         6, row_member, out);
}

static int row_membership(const PGresult *res, int i, void *out)
{
    struct store_membership *m = out;
    struct store_channel *ch = &m->ch;
    memset(m, 0, sizeof *m);
    ch->id = pg_i64(res, i, 0);
    pg_copy_text(ch->slug, sizeof ch->slug, pg_str(res, i, 1));
    ch->title = xstrdup(pg_str(res, i, 2));
    ch->description = xstrdup(pg_str(res, i, 3));
    pg_copy_text(ch->lang, sizeof ch->lang, pg_str(res, i, 4));
    pg_copy_text(ch->tz, sizeof ch->tz, pg_str(res, i, 5));
    ch->visibility = (int)pg_i64(res, i, 6);
    ch->last_seq = pg_i64(res, i, 7);
    ch->oldest_seq = pg_i64(res, i, 8);
    ch->created_at = pg_i64(res, i, 9);
    ch->updated_at = pg_i64(res, i, 10);
    ch->selection = xstrdup(PQgetisnull(res, i, 11) ? "{}" : pg_str(res, i, 11));
    m->state = (int)pg_i64(res, i, 12);
    m->read_seq = pg_i64(res, i, 13);
    m->unread = pg_i64(res, i, 14);
    return 0;
}

static void membership_clear(void *elem)
{
    store_channel_clear(&((struct store_membership *)elem)->ch);
}

int pg_reader_memberships(struct store *st, int64_t reader_id, struct store_membership **out,
                          size_t *n)
{
    struct pg_list l = PG_LIST(struct store_membership, row_membership, membership_clear, 0);
    int rc = pg_pool_list(pg_store_of(st),
                          "SELECT c.id, c.slug, c.title, c.description, c.lang, c.tz,"
                          " c.visibility, c.last_seq, c.oldest_seq, c.created_at, c.updated_at,"
                          " c.selection, m.state, m.read_seq,"
                          " (SELECT count(*) FROM (SELECT 1 FROM events e"
                          "   WHERE e.channel_id = m.channel_id AND e.seq > m.read_seq"
                          "   AND e.kind IN (1, 4) LIMIT $2) u)"
                          " FROM members m JOIN channels c ON c.id = m.channel_id"
                          " WHERE m.reader_id = $1 ORDER BY m.joined_at, m.channel_id",
                          PG_ARGS(PG_INT(reader_id), PG_INT(PG_UNREAD_MAX)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}
