/*
 * store_sqlite_members: readers (docs/readers.md) and what ties them to
 * channels: device links, invites, memberships and members' feed keys.
 * Tokens are never stored, only their SHA-256, and a lookup by hash ends
 * with a constant-time compare (sq_one_hash). None of these take a seq, so
 * all run on pooled connections; the ones that must be atomic in their own
 * BEGIN IMMEDIATE transaction.
 */
#include <assert.h>
#include <errno.h>
#include <openssl/crypto.h>
#include <string.h>

#include "crier.h"
#include "store/store_sqlite_int.h"

#define SQ_UNREAD_MAX 1000                       /* unread counts stop here */
#define SQ_TRANSFER_KEEP_MS (24 * 3600 * 1000LL) /* expired device links kept this long */

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
/* a reader still subscribed to push: the cleanup keeps it, since its
 * browser receives notifications for it without coming back */
#define RD_NO_PUSH " NOT EXISTS (SELECT 1 FROM push_subs p WHERE p.reader_id = readers.id)"

static const char TR_PURGE[] = "DELETE FROM reader_transfers WHERE expires_at < ?1";
static const char INV_LOOKUP[] = "SELECT " INV_COLS " FROM invites WHERE hash = ?1";
static const char MEM_GET[] =
    "SELECT " MEM_COLS " FROM members WHERE channel_id = ?1 AND reader_id = ?2";
static const char MEM_DEL[] = "DELETE FROM members WHERE channel_id = ?1 AND reader_id = ?2";
static const char MEM_ACTIVATE[] =
    "UPDATE members SET state = 2 WHERE channel_id = ?1 AND reader_id = ?2";

/* ---- readers and device links ---- */

static int row_reader(sqlite3_stmt *q, void *out)
{
    struct store_reader *r = out;
    memset(r, 0, sizeof *r);
    r->id = sqlite3_column_int64(q, 0);
    sq_column_hash(q, 1, r->hash);
    r->created_at = sqlite3_column_int64(q, 2);
    r->last_seen_at = sqlite3_column_int64(q, 3);
    return 0;
}

int sq_reader_create(struct store *st, struct store_reader *r)
{
    int64_t now = crier_now_ms();
    int rc =
        sq_pool_one(sq_store_of(st),
                    "INSERT INTO readers (hash, created_at, last_seen_at) VALUES (?1, ?2, ?2)"
                    " RETURNING id",
                    SQ_ARGS(SQ_BLOB(r->hash, sizeof r->hash), SQ_INT(now)), sq_row_int64, &r->id);
    if (rc == 0)
        r->created_at = r->last_seen_at = now;
    return rc;
}

int sq_reader_lookup(struct store *st, const unsigned char hash[32], struct store_reader *out)
{
    return sq_pool_one_hash(sq_store_of(st), "SELECT " RD_COLS " FROM readers WHERE hash = ?1",
                            hash, 1, row_reader, out);
}

int sq_reader_touch(struct store *st, int64_t reader_id, int64_t now_ms)
{
    return sq_pool_change(sq_store_of(st), "UPDATE readers SET last_seen_at = ?1 WHERE id = ?2",
                          SQ_ARGS(SQ_INT(now_ms), SQ_INT(reader_id)));
}

/* Its push subscriptions go with it (their outbox rows by the schema's
 * trigger), in one transaction with the check that nothing else refers to
 * it: a reader that stays keeps them. */
int sq_reader_forget(struct store *st, int64_t reader_id)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    int rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    rc = sq_run(c,
                "DELETE FROM push_subs WHERE reader_id = ?1 AND EXISTS (SELECT 1 FROM readers"
                " WHERE id = ?1 AND" RD_UNUSED ")",
                SQ_ARGS(SQ_INT(reader_id)));
    if (rc == 0)
        rc = sq_change(c, "DELETE FROM readers WHERE id = ?1 AND" RD_UNUSED,
                       SQ_ARGS(SQ_INT(reader_id)));
    return sq_tx_end(s, c, rc);
}

/*
 * One window of ids per call, so that the work is bounded whatever the
 * number of readers (most of which are members and stay): the caller
 * walks the table a window at a time and starts again at 0.
 */
int sq_readers_prune(struct store *st, int64_t after_id, size_t scan, int64_t seen_before,
                     int64_t *next_id, size_t *deleted)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    int64_t end = 0;

    *next_id = 0;
    *deleted = 0;
    if (scan < 1 || scan > 100000)
        return -EINVAL;
    int rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    rc = sq_run(c, TR_PURGE, SQ_ARGS(SQ_INT(crier_now_ms() - SQ_TRANSFER_KEEP_MS)));
    if (rc == 0) {
        rc = sq_one(c,
                    "SELECT max(id) FROM (SELECT id FROM readers WHERE id > ?1"
                    " ORDER BY id LIMIT ?2)",
                    SQ_ARGS(SQ_INT(after_id), SQ_INT(scan)), sq_row_int64, &end);
        assert(rc != -ENOENT); /* an aggregate answers one row; NULL (0): nothing after after_id */
    }
    if (rc == 0 && end > after_id) {
        rc = sq_run(c,
                    "DELETE FROM readers WHERE id > ?1 AND id <= ?2 AND last_seen_at < ?3"
                    " AND" RD_UNUSED " AND" RD_NO_PUSH,
                    SQ_ARGS(SQ_INT(after_id), SQ_INT(end), SQ_INT(seen_before)));
        if (rc == 0)
            *deleted = (size_t)sqlite3_changes(c->db);
    }
    if ((rc = sq_tx_end(s, c, rc)) == 0)
        *next_id = end > after_id ? end : 0;
    else
        *deleted = 0;
    return rc;
}

int sq_transfer_create(struct store *st, const unsigned char hash[32], int64_t reader_id,
                       const unsigned char secret[32], int64_t expires_at)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    int rc = sq_pool_get(s, &c);
    if (rc < 0)
        return rc;
    /* Links long past their expiry (used or not) are of no more use; a
     * failure to delete them (logged) does not stop the new one. */
    (void)sq_run(c, TR_PURGE, SQ_ARGS(SQ_INT(crier_now_ms() - SQ_TRANSFER_KEEP_MS)));
    rc = sq_run(
        c,
        "INSERT INTO reader_transfers (hash, reader_id, secret, expires_at)"
        " VALUES (?1, ?2, ?3, ?4)",
        SQ_ARGS(SQ_BLOB(hash, 32), SQ_INT(reader_id), SQ_BLOB(secret, 32), SQ_INT(expires_at)));
    sq_pool_put(s, c);
    return rc;
}

/* A device link as transfer_take reads it. */
struct transfer_row {
    int64_t reader_id, expires_at;
    int usable; /* never used, and its secret is there */
    unsigned char secret[32];
};

static int row_transfer(sqlite3_stmt *q, void *out)
{
    struct transfer_row *t = out;
    const void *sec = sqlite3_column_blob(q, 1);
    t->reader_id = sqlite3_column_int64(q, 0);
    t->expires_at = sqlite3_column_int64(q, 2);
    t->usable = sqlite3_column_type(q, 3) == SQLITE_NULL && sec && sqlite3_column_bytes(q, 1) == 32;
    if (t->usable)
        memcpy(t->secret, sec, 32);
    return 0;
}

/* Check and use in one IMMEDIATE transaction: of two racing takes, the
 * second waits for the first's commit and then finds the link used. */
int sq_transfer_take(struct store *st, const unsigned char hash[32], int64_t now_ms,
                     int64_t *reader_id, unsigned char secret[32])
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    struct transfer_row t;
    int rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    rc = sq_one_hash(c,
                     "SELECT reader_id, secret, expires_at, used_at, hash FROM reader_transfers"
                     " WHERE hash = ?1",
                     hash, 4, row_transfer, &t);
    if (rc == 0 && !t.usable) {
        rc = -EALREADY;
    } else if (rc == 0 && t.expires_at <= now_ms) {
        rc = -EKEYEXPIRED;
    } else if (rc == 0) {
        *reader_id = t.reader_id;
        memcpy(secret, t.secret, 32);
        rc = sq_change(c,
                       "UPDATE reader_transfers SET used_at = ?1, secret = NULL WHERE hash = ?2"
                       " AND used_at IS NULL",
                       SQ_ARGS(SQ_INT(now_ms), SQ_BLOB(hash, 32)));
        if (rc == -ENOENT)
            rc = -EALREADY;
    }
    OPENSSL_cleanse(t.secret, sizeof t.secret);
    if ((rc = sq_tx_end(s, c, rc)) < 0)
        OPENSSL_cleanse(secret, 32);
    return rc;
}

/* ---- invites ---- */

static int row_invite(sqlite3_stmt *q, void *out)
{
    struct store_invite *inv = out;
    memset(inv, 0, sizeof *inv);
    inv->id = sqlite3_column_int64(q, 0);
    inv->channel_id = sqlite3_column_int64(q, 1);
    sq_column_hash(q, 2, inv->hash);
    sq_copy_text(inv->prefix, sizeof inv->prefix, sqlite3_column_text(q, 3));
    sq_copy_text(inv->label, sizeof inv->label, sqlite3_column_text(q, 4));
    inv->created_at = sqlite3_column_int64(q, 5);
    inv->expires_at = sqlite3_column_int64(q, 6); /* NULL reads as 0: never */
    inv->max_uses = sqlite3_column_int64(q, 7);   /* NULL: unlimited */
    inv->uses = sqlite3_column_int64(q, 8);
    inv->approval = sqlite3_column_int(q, 9);
    inv->revoked_at = sqlite3_column_int64(q, 10);
    return 0;
}

int sq_invite_create(struct store *st, struct store_invite *inv)
{
    if (inv->max_uses < 0 || inv->expires_at < 0)
        return -EINVAL;
    int64_t now = crier_now_ms();
    int rc = sq_pool_one(sq_store_of(st),
                         "INSERT INTO invites (channel_id, hash, prefix, label, created_at,"
                         " expires_at, max_uses, approval) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                         " RETURNING id",
                         SQ_ARGS(SQ_INT(inv->channel_id), SQ_BLOB(inv->hash, sizeof inv->hash),
                                 SQ_TEXTN(inv->prefix, strnlen(inv->prefix, sizeof inv->prefix)),
                                 SQ_TEXTN(inv->label, strnlen(inv->label, sizeof inv->label)),
                                 SQ_INT(now), SQ_INT_OR_NULL(inv->expires_at),
                                 SQ_INT_OR_NULL(inv->max_uses), SQ_INT(inv->approval ? 1 : 0)),
                         sq_row_int64, &inv->id);
    if (rc == 0) {
        inv->created_at = now;
        inv->uses = 0;
        inv->revoked_at = 0;
        inv->approval = inv->approval ? 1 : 0;
    }
    return rc;
}

int sq_invite_list(struct store *st, int64_t channel_id, struct store_invite **out, size_t *n)
{
    struct sq_list l = SQ_LIST(struct store_invite, row_invite, NULL, 0);
    int rc = sq_pool_list(sq_store_of(st),
                          "SELECT " INV_COLS " FROM invites WHERE channel_id = ?1 ORDER BY id",
                          SQ_ARGS(SQ_INT(channel_id)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

int sq_invite_lookup(struct store *st, const unsigned char hash[32], struct store_invite *out)
{
    return sq_pool_one_hash(sq_store_of(st), INV_LOOKUP, hash, 2, row_invite, out);
}

int sq_invite_revoke(struct store *st, int64_t channel_id, int64_t invite_id,
                     const unsigned char *hash)
{
    if (!hash && invite_id <= 0)
        return -EINVAL;
    if (hash)
        return sq_pool_change(
            sq_store_of(st),
            "UPDATE invites SET revoked_at = coalesce(revoked_at, ?1)"
            " WHERE hash = ?2 AND channel_id = ?3",
            SQ_ARGS(SQ_INT(crier_now_ms()), SQ_BLOB(hash, 32), SQ_INT(channel_id)));
    return sq_pool_change(sq_store_of(st),
                          "UPDATE invites SET revoked_at = coalesce(revoked_at, ?1)"
                          " WHERE id = ?2 AND channel_id = ?3",
                          SQ_ARGS(SQ_INT(crier_now_ms()), SQ_INT(invite_id), SQ_INT(channel_id)));
}

/* ---- members ---- */

static int row_member(sqlite3_stmt *q, void *out)
{
    struct store_member *m = out;
    memset(m, 0, sizeof *m);
    m->channel_id = sqlite3_column_int64(q, 0);
    m->reader_id = sqlite3_column_int64(q, 1);
    m->state = sqlite3_column_int(q, 2);
    m->joined_at = sqlite3_column_int64(q, 3);
    m->invite_id = sqlite3_column_int64(q, 4);
    m->read_seq = sqlite3_column_int64(q, 5);
    return 0;
}

/* Reads one membership on connection c: 0 or -ENOENT. */
static int member_read(struct sq_conn *c, int64_t channel_id, int64_t reader_id,
                       struct store_member *out)
{
    return sq_one(c, MEM_GET, SQ_ARGS(SQ_INT(channel_id), SQ_INT(reader_id)), row_member, out);
}

/* Inserts a membership unless one exists (then nothing changes). -ENOENT for
 * an unknown reader; an unknown channel inserts nothing. read_seq starts at
 * the channel's head: what came before is not unread. */
static int member_insert(struct sq_conn *c, int64_t channel_id, int64_t reader_id, int state,
                         int64_t invite_id)
{
    return sq_run(c,
                  "INSERT INTO members (channel_id, reader_id, state, joined_at, invite_id,"
                  " read_seq) SELECT ?1, ?2, ?3, ?4, ?5, last_seq FROM channels WHERE id = ?1"
                  " ON CONFLICT (channel_id, reader_id) DO NOTHING",
                  SQ_ARGS(SQ_INT(channel_id), SQ_INT(reader_id), SQ_INT(state),
                          SQ_INT(crier_now_ms()), SQ_INT_OR_NULL(invite_id)));
}

/*
 * One IMMEDIATE transaction, so that no two joins can both see uses below
 * max_uses: the second waits for the first to commit, then reads its count.
 */
int sq_invite_join(struct store *st, const unsigned char hash[32], int64_t reader_id,
                   int64_t now_ms, struct store_member *out)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    struct store_invite inv;
    int rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    if ((rc = sq_one_hash(c, INV_LOOKUP, hash, 2, row_invite, &inv)) < 0)
        return sq_tx_end(s, c, rc);
    rc = member_read(c, inv.channel_id, reader_id, out);
    if (rc != -ENOENT)
        return sq_tx_end(s, c, rc); /* already in: nothing is used up */
    if (inv.revoked_at)
        rc = -EKEYREVOKED;
    else if (inv.expires_at && now_ms >= inv.expires_at)
        rc = -EKEYEXPIRED;
    else if (inv.max_uses && inv.uses >= inv.max_uses)
        rc = -EDQUOT;
    else
        rc = sq_run(c, "UPDATE invites SET uses = uses + 1 WHERE id = ?1", SQ_ARGS(SQ_INT(inv.id)));
    if (rc == 0)
        rc = member_insert(c, inv.channel_id, reader_id,
                           inv.approval ? STORE_MEMBER_PENDING : STORE_MEMBER_ACTIVE, inv.id);
    if (rc == 0)
        rc = member_read(c, inv.channel_id, reader_id, out);
    return sq_tx_end(s, c, rc);
}

int sq_member_join(struct store *st, int64_t channel_id, int64_t reader_id,
                   struct store_member *out)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    int rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    rc = member_insert(c, channel_id, reader_id, STORE_MEMBER_ACTIVE, 0);
    if (rc == 0)
        rc = sq_run(c, MEM_ACTIVATE, SQ_ARGS(SQ_INT(channel_id), SQ_INT(reader_id)));
    if (rc == 0)
        rc = member_read(c, channel_id, reader_id, out); /* -ENOENT: no such channel */
    return sq_tx_end(s, c, rc);
}

int sq_member_get(struct store *st, int64_t channel_id, int64_t reader_id, struct store_member *out)
{
    return sq_pool_one(sq_store_of(st), MEM_GET, SQ_ARGS(SQ_INT(channel_id), SQ_INT(reader_id)),
                       row_member, out);
}

int sq_member_leave(struct store *st, int64_t channel_id, int64_t reader_id)
{
    return sq_pool_change(sq_store_of(st), MEM_DEL, SQ_ARGS(SQ_INT(channel_id), SQ_INT(reader_id)));
}

int sq_member_approve(struct store *st, int64_t channel_id, int64_t reader_id)
{
    return sq_pool_change(sq_store_of(st), MEM_ACTIVATE,
                          SQ_ARGS(SQ_INT(channel_id), SQ_INT(reader_id)));
}

int sq_member_reject(struct store *st, int64_t channel_id, int64_t reader_id)
{
    return sq_pool_change(sq_store_of(st), MEM_DEL, SQ_ARGS(SQ_INT(channel_id), SQ_INT(reader_id)));
}

int sq_member_set_read(struct store *st, int64_t channel_id, int64_t reader_id, int64_t seq)
{
    if (seq < 0)
        return -EINVAL;
    return sq_pool_change(sq_store_of(st),
                          "UPDATE members SET read_seq = max(read_seq,"
                          " min(?3, (SELECT last_seq FROM channels WHERE id = ?1)))"
                          " WHERE channel_id = ?1 AND reader_id = ?2 AND state = 2",
                          SQ_ARGS(SQ_INT(channel_id), SQ_INT(reader_id), SQ_INT(seq)));
}

/* -EEXIST when another member has that feed key. */
int sq_member_feed_set(struct store *st, int64_t channel_id, int64_t reader_id,
                       const unsigned char hash[32])
{
    return sq_pool_change(sq_store_of(st),
                          "UPDATE members SET feed_hash = ?3 WHERE channel_id = ?1"
                          " AND reader_id = ?2",
                          SQ_ARGS(SQ_INT(channel_id), SQ_INT(reader_id), SQ_BLOB(hash, 32)));
}

int sq_member_list(struct store *st, int64_t channel_id, int state, struct store_member **out,
                   size_t *n)
{
    struct sq_list l = SQ_LIST(struct store_member, row_member, NULL, 0);
    int rc = sq_pool_list(sq_store_of(st),
                          "SELECT " MEM_COLS " FROM members WHERE channel_id = ?1"
                          " AND (?2 = 0 OR state = ?2) ORDER BY joined_at, reader_id",
                          SQ_ARGS(SQ_INT(channel_id), SQ_INT(state)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

int sq_member_count(struct store *st, int64_t channel_id, int64_t *n)
{
    *n = 0;
    int rc = sq_pool_one(sq_store_of(st),
                         "SELECT count(*) FROM members WHERE channel_id = ?1 AND state = 2",
                         SQ_ARGS(SQ_INT(channel_id)), sq_row_int64, n);
    assert(rc != -ENOENT); /* an aggregate answers one row */
    return rc;
}

int sq_member_feed_lookup(struct store *st, const unsigned char hash[32], struct store_member *out)
{
    return sq_pool_one_hash(sq_store_of(st),
                            "SELECT " MEM_COLS ", feed_hash FROM members WHERE feed_hash = ?1",
                            hash, 6, row_member, out);
}

static int row_membership(sqlite3_stmt *q, void *out)
{
    struct store_membership *m = out;
    sq_row_channel(q, &m->ch);
    m->state = sqlite3_column_int(q, 12);
    m->read_seq = sqlite3_column_int64(q, 13);
    m->unread = sqlite3_column_int64(q, 14);
    return 0;
}

static void membership_clear(void *elem)
{
    store_channel_clear(&((struct store_membership *)elem)->ch);
}

int sq_reader_memberships(struct store *st, int64_t reader_id, struct store_membership **out,
                          size_t *n)
{
    struct sq_list l = SQ_LIST(struct store_membership, row_membership, membership_clear, 0);
    int rc = sq_pool_list(sq_store_of(st),
                          "SELECT c.id, c.slug, c.title, c.description, c.lang, c.tz,"
                          " c.visibility, c.last_seq, c.oldest_seq, c.created_at, c.updated_at,"
                          " c.selection, m.state, m.read_seq,"
                          " (SELECT count(*) FROM (SELECT 1 FROM events e"
                          "   WHERE e.channel_id = m.channel_id AND e.seq > m.read_seq"
                          "   AND e.kind IN (1, 4) LIMIT ?2))"
                          " FROM members m JOIN channels c ON c.id = m.channel_id"
                          " WHERE m.reader_id = ?1 ORDER BY m.joined_at, m.channel_id",
                          SQ_ARGS(SQ_INT(reader_id), SQ_INT(SQ_UNREAD_MAX)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}
