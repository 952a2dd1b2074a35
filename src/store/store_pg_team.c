/*
 * store_pg_team: accounts, roles, studio sessions, one-time sign-in links
 * and the audit log (store_team.h) on PostgreSQL, with
 * store_sqlite_team.c's semantics. Where SQLite counts and then writes
 * under BEGIN IMMEDIATE, a row lock (or, for the account count, an advisory
 * lock) makes the other nodes wait their turn; a link is used up by the
 * DELETE that reads it. Lists are ordered with COLLATE "C", SQLite's
 * byte order, whatever the database's locale.
 */
#include <errno.h>
#include <openssl/crypto.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "crier.h"
#include "store/store_pg_int.h"
#include "store/store_team.h"

/* Orders account creations, so that the STORE_USERS_MAX count holds
 * across nodes ("CrierUsr"). */
#define PG_USERS_LOCK "SELECT pg_advisory_xact_lock(4851198485436970354)"

#define USER_COLS "id, email, name, pass, gen, created_at"

static int row_user(const PGresult *res, int i, void *out)
{
    struct store_user *u = out;
    memset(u, 0, sizeof *u);
    u->id = pg_i64(res, i, 0);
    pg_copy_text(u->email, sizeof u->email, pg_str(res, i, 1));
    pg_copy_text(u->name, sizeof u->name, pg_str(res, i, 2));
    pg_copy_text(u->pass, sizeof u->pass, pg_str(res, i, 3));
    u->gen = pg_i64(res, i, 4);
    u->created_at = pg_i64(res, i, 5);
    return 0;
}

/* Whether column col of row i is the 32-byte hash, compared in constant
 * time (the index found the row; this confirms it, as tokens do). */
static int hash_matches(const PGresult *res, int i, int col, const unsigned char hash[32])
{
    size_t n = 0;
    unsigned char *h = PQgetisnull(res, i, col)
                           ? NULL
                           : PQunescapeBytea((const unsigned char *)PQgetvalue(res, i, col), &n);
    int same = h && n == 32 && CRYPTO_memcmp(h, hash, 32) == 0;
    PQfreemem(h);
    return same;
}

static int pg_user_create(struct store *st, struct store_user *u)
{
    struct pg_store *s = pg_store_of(st);
    struct pg_conn *c;
    int64_t n = 0, now = crier_now_ms();
    int rc = pg_tx_begin(s, PG_BEGIN, &c);
    if (rc < 0)
        return rc;
    rc = pg_run(c, PG_USERS_LOCK, PG_NOARGS);
    if (rc == 0)
        rc = pg_one(c, "SELECT count(*) FROM users", PG_NOARGS, pg_row_int64, &n);
    if (rc == 0 && n >= STORE_USERS_MAX)
        rc = -ENOSPC;
    if (rc == 0)
        rc = pg_one(c,
                    "INSERT INTO users (email, name, pass, created_at) VALUES ($1, $2, $3, $4)"
                    " RETURNING id",
                    PG_ARGS(PG_TEXT(u->email), PG_TEXT(u->name), PG_TEXT(u->pass), PG_INT(now)),
                    pg_row_int64, &u->id);
    if ((rc = pg_tx_end(s, c, rc)) == 0) {
        u->created_at = now;
        u->gen = 0;
    }
    return rc;
}

static int pg_user_get(struct store *st, int64_t id, struct store_user *out)
{
    return pg_pool_one(pg_store_of(st), "SELECT " USER_COLS " FROM users WHERE id = $1",
                       PG_ARGS(PG_INT(id)), row_user, out);
}

static int pg_user_by_email(struct store *st, const char *email, struct store_user *out)
{
    return pg_pool_one(pg_store_of(st), "SELECT " USER_COLS " FROM users WHERE email = $1",
                       PG_ARGS(PG_TEXT(email)), row_user, out);
}

static int pg_user_list(struct store *st, struct store_user **out, size_t *n)
{
    struct pg_list l = PG_LIST(struct store_user, row_user, NULL, STORE_USERS_MAX);
    int rc =
        pg_pool_list(pg_store_of(st),
                     "SELECT " USER_COLS " FROM users ORDER BY email COLLATE \"C\"", PG_NOARGS, &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

/* The gen moves in the same statement, and the sessions and link go in
 * the same transaction: no session survives a new password. */
static int pg_user_set_password(struct store *st, int64_t id, const char *pass)
{
    struct pg_store *s = pg_store_of(st);
    struct pg_conn *c;
    int rc = pg_tx_begin(s, PG_BEGIN, &c);
    if (rc < 0)
        return rc;
    rc = pg_change(c, "UPDATE users SET pass = $2, gen = gen + 1 WHERE id = $1",
                   PG_ARGS(PG_INT(id), PG_TEXT(pass)));
    if (rc == 0)
        rc = pg_run(c, "DELETE FROM sessions WHERE user_id = $1", PG_ARGS(PG_INT(id)));
    if (rc == 0)
        rc = pg_run(c, "DELETE FROM user_links WHERE user_id = $1", PG_ARGS(PG_INT(id)));
    return pg_tx_end(s, c, rc);
}

/* Its roles, sessions and link go by ON DELETE CASCADE. */
static int pg_user_delete(struct store *st, int64_t id)
{
    return pg_pool_change(pg_store_of(st), "DELETE FROM users WHERE id = $1", PG_ARGS(PG_INT(id)));
}

static int pg_role_set(struct store *st, const struct store_role_row *r)
{
    return pg_pool_change(pg_store_of(st),
                          "INSERT INTO roles (user_id, channel_id, role, may_publish)"
                          " VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, channel_id)"
                          " DO UPDATE SET role = excluded.role, may_publish = excluded.may_publish",
                          PG_ARGS(PG_INT(r->user_id), PG_INT(r->channel_id), PG_INT(r->role),
                                  PG_INT(r->may_publish ? 1 : 0)));
}

static int pg_role_remove(struct store *st, int64_t user_id, int64_t channel_id)
{
    return pg_pool_change(pg_store_of(st),
                          "DELETE FROM roles WHERE user_id = $1 AND channel_id = $2",
                          PG_ARGS(PG_INT(user_id), PG_INT(channel_id)));
}

static int row_role(const PGresult *res, int i, void *out)
{
    struct store_role_row *r = out;
    memset(r, 0, sizeof *r);
    r->user_id = pg_i64(res, i, 0);
    r->channel_id = pg_i64(res, i, 1);
    r->role = (int)pg_i64(res, i, 2);
    r->may_publish = (int)pg_i64(res, i, 3);
    pg_copy_text(r->email, sizeof r->email, pg_str(res, i, 4));
    pg_copy_text(r->slug, sizeof r->slug, pg_str(res, i, 5));
    return 0;
}

static int pg_roles_of(struct store *st, int64_t user_id, int64_t channel_id,
                       struct store_role_row **out, size_t *n)
{
    struct pg_list l = PG_LIST(struct store_role_row, row_role, NULL, 1000);
    int rc = pg_pool_list(pg_store_of(st),
                          "SELECT r.user_id, r.channel_id, r.role, r.may_publish, u.email, c.slug"
                          " FROM roles r JOIN users u ON u.id = r.user_id"
                          " JOIN channels c ON c.id = r.channel_id"
                          " WHERE ($1::bigint = 0 OR r.user_id = $1::bigint)"
                          " AND ($2::bigint = 0 OR r.channel_id = $2::bigint)"
                          " ORDER BY c.slug COLLATE \"C\", u.email COLLATE \"C\"",
                          PG_ARGS(PG_INT(user_id), PG_INT(channel_id)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

/* The account's row is locked first: two sign-ins of one account (on any
 * node) trim its sessions one at a time, so it never keeps more than
 * STORE_SESSIONS_PER_USER. An unknown account is -ENOENT. */
static int pg_session_create(struct store *st, const unsigned char hash[32], int64_t user_id,
                             int64_t gen, int64_t expires_at)
{
    struct pg_store *s = pg_store_of(st);
    struct pg_conn *c;
    int rc = pg_tx_begin(s, PG_BEGIN, &c);
    if (rc < 0)
        return rc;
    int64_t now = crier_now_ms();
    rc = pg_one(c, "SELECT id FROM users WHERE id = $1 FOR NO KEY UPDATE", PG_ARGS(PG_INT(user_id)),
                NULL, NULL);
    if (rc == 0)
        rc = pg_run(c, "DELETE FROM sessions WHERE user_id = $1 AND expires_at <= $2",
                    PG_ARGS(PG_INT(user_id), PG_INT(now)));
    if (rc == 0) /* keep the newest ones, room for this one */
        rc = pg_run(c,
                    "DELETE FROM sessions WHERE user_id = $1 AND id NOT IN"
                    " (SELECT id FROM sessions WHERE user_id = $1 ORDER BY id DESC LIMIT $2)",
                    PG_ARGS(PG_INT(user_id), PG_INT(STORE_SESSIONS_PER_USER - 1)));
    if (rc == 0)
        rc = pg_run(c,
                    "INSERT INTO sessions (hash, user_id, gen, created_at, expires_at)"
                    " VALUES ($1, $2, $3, $4, $5)",
                    PG_ARGS(PG_BLOB(hash, 32), PG_INT(user_id), PG_INT(gen), PG_INT(now),
                            PG_INT(expires_at)));
    return pg_tx_end(s, c, rc);
}

struct session_row {
    const unsigned char *hash; /* in: the hash looked up */
    struct store_session s;
    struct store_user u;
};

static int row_session(const PGresult *res, int i, void *out)
{
    struct session_row *r = out;
    if (!hash_matches(res, i, 1, r->hash))
        return -ENOENT;
    r->s.id = pg_i64(res, i, 0);
    r->s.user_id = pg_i64(res, i, 2);
    r->s.gen = pg_i64(res, i, 3);
    r->s.created_at = pg_i64(res, i, 4);
    r->s.expires_at = pg_i64(res, i, 5);
    memset(&r->u, 0, sizeof r->u);
    r->u.id = r->s.user_id;
    pg_copy_text(r->u.email, sizeof r->u.email, pg_str(res, i, 6));
    pg_copy_text(r->u.name, sizeof r->u.name, pg_str(res, i, 7));
    r->u.gen = pg_i64(res, i, 8);
    r->u.created_at = pg_i64(res, i, 9);
    return 0;
}

static int pg_session_lookup(struct store *st, const unsigned char hash[32], int64_t now_ms,
                             struct store_session *s, struct store_user *u)
{
    struct session_row r = {.hash = hash};
    int rc = pg_pool_one(pg_store_of(st),
                         "SELECT s.id, s.hash, s.user_id, s.gen, s.created_at, s.expires_at,"
                         " u.email, u.name, u.gen, u.created_at"
                         " FROM sessions s JOIN users u ON u.id = s.user_id"
                         " WHERE s.hash = $1",
                         PG_ARGS(PG_BLOB(hash, 32)), row_session, &r);
    if (rc < 0)
        return rc;
    if (r.s.expires_at <= now_ms || r.s.gen != r.u.gen)
        return -ENOENT;
    if (s)
        *s = r.s;
    if (u)
        *u = r.u; /* without the password hash */
    return 0;
}

static int pg_session_delete(struct store *st, const unsigned char hash[32])
{
    return pg_pool_change(pg_store_of(st), "DELETE FROM sessions WHERE hash = $1",
                          PG_ARGS(PG_BLOB(hash, 32)));
}

static int pg_link_create(struct store *st, const unsigned char hash[32], int64_t user_id,
                          int64_t expires_at)
{
    return pg_pool_change(pg_store_of(st),
                          "INSERT INTO user_links (hash, user_id, expires_at) VALUES ($1, $2, $3)"
                          " ON CONFLICT (user_id) DO UPDATE SET hash = excluded.hash,"
                          " expires_at = excluded.expires_at",
                          PG_ARGS(PG_BLOB(hash, 32), PG_INT(user_id), PG_INT(expires_at)));
}

struct link_row {
    const unsigned char *hash; /* in */
    int64_t user_id, expires_at;
};

static int row_link(const PGresult *res, int i, void *out)
{
    struct link_row *l = out;
    if (!hash_matches(res, i, 0, l->hash))
        return -ENOENT;
    l->user_id = pg_i64(res, i, 1);
    l->expires_at = pg_i64(res, i, 2);
    return 0;
}

/* Used up in the statement that reads it: of two clicks (on any nodes),
 * the second DELETE waits for the first and then finds no row. */
static int pg_link_take(struct store *st, const unsigned char hash[32], int64_t now_ms,
                        int64_t *user_id)
{
    struct link_row l = {.hash = hash};
    int rc = pg_pool_one(pg_store_of(st),
                         "DELETE FROM user_links WHERE hash = $1 RETURNING hash, user_id,"
                         " expires_at",
                         PG_ARGS(PG_BLOB(hash, 32)), row_link, &l);
    if (rc < 0)
        return rc;
    if (l.expires_at <= now_ms)
        return -ENOENT;
    *user_id = l.user_id;
    return 0;
}

#define AUDIT_INSERT                                                                               \
    "INSERT INTO audit (channel_id, at, actor, action, post_id, detail)"                           \
    " VALUES ($1, $2, $3, $4, $5, $6)"

static int pg_audit_add(struct store *st, struct store_audit *a)
{
    if (!a->at)
        a->at = crier_now_ms();
    return pg_pool_one(pg_store_of(st), AUDIT_INSERT " RETURNING id",
                       PG_ARGS(PG_INT(a->channel_id), PG_INT(a->at), PG_TEXT(a->actor),
                               PG_TEXT(a->action), PG_INT(a->post_id), PG_TEXT(a->detail)),
                       pg_row_int64, &a->id);
}

/* Appends s to an array literal being built in b: quoted, with its quotes
 * and backslashes escaped (every audit text is valid UTF-8 without NUL). */
static int array_text(struct buf *b, const char *s)
{
    int rc = buf_append(b, b->len > 1 ? ",\"" : "\"", b->len > 1 ? 2 : 1);
    for (const char *p = s; rc == 0 && *p; p++) {
        if (*p == '"' || *p == '\\')
            rc = buf_append(b, "\\", 1);
        if (rc == 0)
            rc = buf_append(b, p, 1);
    }
    return rc ? rc : buf_append(b, "\"", 1);
}

static int array_int(struct buf *b, int64_t v)
{
    return buf_printf(b, b->len > 1 ? ",%lld" : "%lld", (long long)v);
}

int pg_audit_put_many(struct pg_conn *c, const struct store_audit *const *a,
                      const int64_t *post_ids, size_t n)
{
    if (n == 0)
        return 0;
    /* Six array literals, one row per element: one round trip for the
     * whole batch, where a row each cost the writer one per request. */
    struct buf col[6];
    int64_t now = crier_now_ms();
    int rc = 0;
    for (int k = 0; k < 6; k++) {
        buf_init(&col[k], (size_t)1 << 24);
        rc = rc ? rc : buf_append(&col[k], "{", 1);
    }
    for (size_t i = 0; rc == 0 && i < n; i++) {
        if ((rc = array_int(&col[0], a[i]->channel_id)) == 0 &&
            (rc = array_int(&col[1], a[i]->at ? a[i]->at : now)) == 0 &&
            (rc = array_text(&col[2], a[i]->actor)) == 0 &&
            (rc = array_text(&col[3], a[i]->action)) == 0 &&
            (rc = array_int(&col[4], post_ids[i] ? post_ids[i] : a[i]->post_id)) == 0)
            rc = array_text(&col[5], a[i]->detail);
    }
    for (int k = 0; rc == 0 && k < 6; k++)
        rc = buf_append(&col[k], "}", 1);
    if (rc == 0)
        rc = pg_run(c,
                    "INSERT INTO audit (channel_id, at, actor, action, post_id, detail)"
                    " SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[],"
                    " $5::bigint[], $6::text[])",
                    PG_ARGS(PG_TEXT(col[0].data), PG_TEXT(col[1].data), PG_TEXT(col[2].data),
                            PG_TEXT(col[3].data), PG_TEXT(col[4].data), PG_TEXT(col[5].data)));
    else
        rc = -ENOMEM;
    for (int k = 0; k < 6; k++)
        buf_free(&col[k]);
    return rc;
}

static int row_audit(const PGresult *res, int i, void *out)
{
    struct store_audit *a = out;
    memset(a, 0, sizeof *a);
    a->id = pg_i64(res, i, 0);
    a->channel_id = pg_i64(res, i, 1);
    a->at = pg_i64(res, i, 2);
    pg_copy_text(a->actor, sizeof a->actor, pg_str(res, i, 3));
    pg_copy_text(a->action, sizeof a->action, pg_str(res, i, 4));
    a->post_id = pg_i64(res, i, 5);
    pg_copy_text(a->detail, sizeof a->detail, pg_str(res, i, 6));
    return 0;
}

static int pg_audit_list(struct store *st, int64_t channel_id, int64_t before, size_t limit,
                         struct store_audit **out, size_t *n)
{
    struct pg_list l = PG_LIST(struct store_audit, row_audit, NULL, limit);
    int rc = pg_pool_list(
        pg_store_of(st),
        "SELECT id, channel_id, at, actor, action, post_id, detail FROM audit"
        " WHERE channel_id = $1 AND id < $2 ORDER BY id DESC LIMIT $3",
        PG_ARGS(PG_INT(channel_id), PG_INT(before ? before : INT64_MAX), PG_INT(limit)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

const struct store_team_ops pg_team_ops = {
    .user_create = pg_user_create,
    .user_get = pg_user_get,
    .user_by_email = pg_user_by_email,
    .user_list = pg_user_list,
    .user_set_password = pg_user_set_password,
    .user_delete = pg_user_delete,
    .role_set = pg_role_set,
    .role_remove = pg_role_remove,
    .roles_of = pg_roles_of,
    .session_create = pg_session_create,
    .session_lookup = pg_session_lookup,
    .session_delete = pg_session_delete,
    .link_create = pg_link_create,
    .link_take = pg_link_take,
    .audit_add = pg_audit_add,
    .audit_list = pg_audit_list,
};
