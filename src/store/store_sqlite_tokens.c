/*
 * store_sqlite_tokens: API tokens (admin, or publish on one channel). Only
 * a token's SHA-256 is stored; a token's id is never reused (meta's
 * token_id_max), so a new token never inherits a deleted one's rights.
 */
#include <errno.h>
#include <openssl/crypto.h>
#include <string.h>

#include "crier.h"
#include "store/store_sqlite_int.h"

#define TOK_COLS "id, hash, scope, channel_id, label, created_at, last_used_at, revoked_at"

static int row_token(sqlite3_stmt *q, void *out)
{
    struct store_token *t = out;
    memset(t, 0, sizeof *t);
    t->id = sqlite3_column_int64(q, 0);
    sq_column_hash(q, 1, t->hash);
    t->scope = sqlite3_column_int(q, 2);
    t->channel_id = sqlite3_column_int64(q, 3); /* NULL reads as 0 */
    sq_copy_text(t->label, sizeof t->label, sqlite3_column_text(q, 4));
    t->created_at = sqlite3_column_int64(q, 5);
    t->last_used_at = sqlite3_column_int64(q, 6);
    t->revoked_at = sqlite3_column_int64(q, 7);
    return 0;
}

/* -EEXIST for a hash already stored, -ENOENT for no such channel. */
int sq_token_create(struct store *st, struct store_token *t)
{
    int64_t now = crier_now_ms();
    int rc =
        sq_pool_one(sq_store_of(st),
                    "INSERT INTO tokens (id, hash, scope, channel_id, label, created_at)"
                    " VALUES (max(coalesce((SELECT max(id) FROM tokens), 0),"
                    " coalesce((SELECT value FROM meta WHERE key = 'token_id_max'), 0)) + 1,"
                    " ?1, ?2, ?3, ?4, ?5) RETURNING id",
                    SQ_ARGS(SQ_BLOB(t->hash, sizeof t->hash), SQ_INT(t->scope),
                            t->channel_id > 0 ? SQ_INT(t->channel_id) : SQ_NULL,
                            SQ_TEXTN(t->label, strnlen(t->label, sizeof t->label)), SQ_INT(now)),
                    sq_row_int64, &t->id);
    if (rc == 0) {
        t->created_at = now;
        t->last_used_at = 0;
        t->revoked_at = 0;
    }
    return rc;
}

/* The index finds the row by hash; sq_one_hash checks it all the same, in
 * constant time, as DESIGN.md asks of every token compare. */
int sq_token_lookup(struct store *st, const unsigned char hash[32], struct store_token *out)
{
    struct store_token t;
    int rc = sq_pool_one_hash(sq_store_of(st), "SELECT " TOK_COLS " FROM tokens WHERE hash = ?1",
                              hash, 1, row_token, &t);
    if (rc == 0 && t.revoked_at != 0)
        rc = -ENOENT;
    if (rc == 0)
        *out = t;
    return rc;
}

int sq_token_list(struct store *st, struct store_token **out, size_t *n)
{
    struct sq_list l = SQ_LIST(struct store_token, row_token, NULL, 0);
    int rc =
        sq_pool_list(sq_store_of(st), "SELECT " TOK_COLS " FROM tokens ORDER BY id", SQ_NOARGS, &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

/* Revoking twice keeps the first revocation time and succeeds. */
int sq_token_revoke(struct store *st, int64_t id)
{
    return sq_pool_change(sq_store_of(st),
                          "UPDATE tokens SET revoked_at = coalesce(revoked_at, ?1) WHERE id = ?2",
                          SQ_ARGS(SQ_INT(crier_now_ms()), SQ_INT(id)));
}

int sq_token_touch(struct store *st, int64_t id, int64_t now_ms)
{
    return sq_pool_change(sq_store_of(st), "UPDATE tokens SET last_used_at = ?1 WHERE id = ?2",
                          SQ_ARGS(SQ_INT(now_ms), SQ_INT(id)));
}
