/*
 * store_sqlite_team: accounts, roles, studio sessions, one-time sign-in
 * links and the audit log (store_team.h) on SQLite.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "store/store_sqlite_int.h"
#include "store/store_team.h"

const char sq_team_schema[] =
    "CREATE TABLE users ("
    "  id INTEGER PRIMARY KEY,"
    "  email TEXT NOT NULL UNIQUE,"
    "  name TEXT NOT NULL DEFAULT '',"
    "  pass TEXT NOT NULL DEFAULT '',"
    "  gen INTEGER NOT NULL DEFAULT 0,"
    "  created_at INTEGER NOT NULL"
    ") STRICT;"
    "CREATE TABLE roles ("
    "  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    "  channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,"
    "  role INTEGER NOT NULL CHECK (role IN (1, 2, 3)),"
    "  may_publish INTEGER NOT NULL DEFAULT 0 CHECK (may_publish IN (0, 1)),"
    "  PRIMARY KEY (user_id, channel_id)"
    ") STRICT;"
    "CREATE INDEX roles_channel ON roles(channel_id);"
    "CREATE TABLE sessions ("
    "  id INTEGER PRIMARY KEY,"
    "  hash BLOB NOT NULL UNIQUE CHECK (length(hash) = 32),"
    "  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    "  gen INTEGER NOT NULL,"
    "  created_at INTEGER NOT NULL,"
    "  expires_at INTEGER NOT NULL"
    ") STRICT;"
    "CREATE INDEX sessions_user ON sessions(user_id, id);"
    "CREATE TABLE user_links ("
    "  hash BLOB PRIMARY KEY CHECK (length(hash) = 32),"
    "  user_id INTEGER NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,"
    "  expires_at INTEGER NOT NULL"
    ") STRICT, WITHOUT ROWID;"
    "CREATE TABLE audit ("
    "  id INTEGER PRIMARY KEY,"
    "  channel_id INTEGER NOT NULL,"
    "  at INTEGER NOT NULL,"
    "  actor TEXT NOT NULL,"
    "  action TEXT NOT NULL,"
    "  post_id INTEGER NOT NULL DEFAULT 0,"
    "  detail TEXT NOT NULL DEFAULT ''"
    ") STRICT;"
    "CREATE INDEX audit_channel ON audit(channel_id, id);"
    "ALTER TABLE posts ADD COLUMN user_id INTEGER;";

#define USER_COLS "id, email, name, pass, gen, created_at"

static int row_user(sqlite3_stmt *q, void *out)
{
    struct store_user *u = out;
    memset(u, 0, sizeof *u);
    u->id = sqlite3_column_int64(q, 0);
    sq_copy_text(u->email, sizeof u->email, sqlite3_column_text(q, 1));
    sq_copy_text(u->name, sizeof u->name, sqlite3_column_text(q, 2));
    sq_copy_text(u->pass, sizeof u->pass, sqlite3_column_text(q, 3));
    u->gen = sqlite3_column_int64(q, 4);
    u->created_at = sqlite3_column_int64(q, 5);
    return 0;
}

static int sq_user_create(struct store *st, struct store_user *u)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    int64_t n = 0, now = crier_now_ms();
    int rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    rc = sq_one(c, "SELECT count(*) FROM users", SQ_NOARGS, sq_row_int64, &n);
    if (rc == 0 && n >= STORE_USERS_MAX)
        rc = -ENOSPC;
    if (rc == 0)
        rc = sq_one(c,
                    "INSERT INTO users (email, name, pass, created_at) VALUES (?1, ?2, ?3, ?4)"
                    " RETURNING id",
                    SQ_ARGS(SQ_TEXT(u->email), SQ_TEXT(u->name), SQ_TEXT(u->pass), SQ_INT(now)),
                    sq_row_int64, &u->id);
    if ((rc = sq_tx_end(s, c, rc)) == 0) {
        u->created_at = now;
        u->gen = 0;
    }
    return rc;
}

static int sq_user_get(struct store *st, int64_t id, struct store_user *out)
{
    return sq_pool_one(sq_store_of(st), "SELECT " USER_COLS " FROM users WHERE id = ?1",
                       SQ_ARGS(SQ_INT(id)), row_user, out);
}

static int sq_user_by_email(struct store *st, const char *email, struct store_user *out)
{
    return sq_pool_one(sq_store_of(st), "SELECT " USER_COLS " FROM users WHERE email = ?1",
                       SQ_ARGS(SQ_TEXT(email)), row_user, out);
}

static int sq_user_list(struct store *st, struct store_user **out, size_t *n)
{
    struct sq_list l = SQ_LIST(struct store_user, row_user, NULL, STORE_USERS_MAX);
    int rc = sq_pool_list(sq_store_of(st), "SELECT " USER_COLS " FROM users ORDER BY email",
                          SQ_NOARGS, &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

/* The gen moves in the same statement, and the sessions and link go in
 * the same transaction: no session survives a new password. */
static int sq_user_set_password(struct store *st, int64_t id, const char *pass)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    int rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    rc = sq_change(c, "UPDATE users SET pass = ?2, gen = gen + 1 WHERE id = ?1",
                   SQ_ARGS(SQ_INT(id), SQ_TEXT(pass)));
    if (rc == 0)
        rc = sq_run(c, "DELETE FROM sessions WHERE user_id = ?1", SQ_ARGS(SQ_INT(id)));
    if (rc == 0)
        rc = sq_run(c, "DELETE FROM user_links WHERE user_id = ?1", SQ_ARGS(SQ_INT(id)));
    return sq_tx_end(s, c, rc);
}

static int sq_user_delete(struct store *st, int64_t id)
{
    return sq_pool_change(sq_store_of(st), "DELETE FROM users WHERE id = ?1", SQ_ARGS(SQ_INT(id)));
}

static int sq_role_set(struct store *st, const struct store_role_row *r)
{
    return sq_pool_change(sq_store_of(st),
                          "INSERT INTO roles (user_id, channel_id, role, may_publish)"
                          " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (user_id, channel_id)"
                          " DO UPDATE SET role = excluded.role, may_publish = excluded.may_publish",
                          SQ_ARGS(SQ_INT(r->user_id), SQ_INT(r->channel_id), SQ_INT(r->role),
                                  SQ_INT(r->may_publish ? 1 : 0)));
}

static int sq_role_remove(struct store *st, int64_t user_id, int64_t channel_id)
{
    return sq_pool_change(sq_store_of(st),
                          "DELETE FROM roles WHERE user_id = ?1 AND channel_id = ?2",
                          SQ_ARGS(SQ_INT(user_id), SQ_INT(channel_id)));
}

static int row_role(sqlite3_stmt *q, void *out)
{
    struct store_role_row *r = out;
    memset(r, 0, sizeof *r);
    r->user_id = sqlite3_column_int64(q, 0);
    r->channel_id = sqlite3_column_int64(q, 1);
    r->role = sqlite3_column_int(q, 2);
    r->may_publish = sqlite3_column_int(q, 3);
    sq_copy_text(r->email, sizeof r->email, sqlite3_column_text(q, 4));
    sq_copy_text(r->slug, sizeof r->slug, sqlite3_column_text(q, 5));
    return 0;
}

static int sq_roles_of(struct store *st, int64_t user_id, int64_t channel_id,
                       struct store_role_row **out, size_t *n)
{
    struct sq_list l = SQ_LIST(struct store_role_row, row_role, NULL, 1000);
    int rc = sq_pool_list(sq_store_of(st),
                          "SELECT r.user_id, r.channel_id, r.role, r.may_publish, u.email, c.slug"
                          " FROM roles r JOIN users u ON u.id = r.user_id"
                          " JOIN channels c ON c.id = r.channel_id"
                          " WHERE (?1 = 0 OR r.user_id = ?1) AND (?2 = 0 OR r.channel_id = ?2)"
                          " ORDER BY c.slug, u.email",
                          SQ_ARGS(SQ_INT(user_id), SQ_INT(channel_id)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

static int sq_session_create(struct store *st, const unsigned char hash[32], int64_t user_id,
                             int64_t gen, int64_t expires_at)
{
    struct sq_store *s = sq_store_of(st);
    struct sq_conn *c;
    int rc = sq_tx_begin(s, SQ_BEGIN_IMMEDIATE, &c);
    if (rc < 0)
        return rc;
    int64_t now = crier_now_ms();
    rc = sq_run(c, "DELETE FROM sessions WHERE user_id = ?1 AND expires_at <= ?2",
                SQ_ARGS(SQ_INT(user_id), SQ_INT(now)));
    if (rc == 0) /* keep the newest ones, room for this one */
        rc = sq_run(c,
                    "DELETE FROM sessions WHERE user_id = ?1 AND id NOT IN"
                    " (SELECT id FROM sessions WHERE user_id = ?1 ORDER BY id DESC LIMIT ?2)",
                    SQ_ARGS(SQ_INT(user_id), SQ_INT(STORE_SESSIONS_PER_USER - 1)));
    if (rc == 0)
        rc = sq_run(c,
                    "INSERT INTO sessions (hash, user_id, gen, created_at, expires_at)"
                    " VALUES (?1, ?2, ?3, ?4, ?5)",
                    SQ_ARGS(SQ_BLOB(hash, 32), SQ_INT(user_id), SQ_INT(gen), SQ_INT(now),
                            SQ_INT(expires_at)));
    return sq_tx_end(s, c, rc);
}

struct session_row {
    struct store_session s;
    struct store_user u;
};

static int row_session(sqlite3_stmt *q, void *out)
{
    struct session_row *r = out;
    r->s.id = sqlite3_column_int64(q, 0);
    r->s.user_id = sqlite3_column_int64(q, 2);
    r->s.gen = sqlite3_column_int64(q, 3);
    r->s.created_at = sqlite3_column_int64(q, 4);
    r->s.expires_at = sqlite3_column_int64(q, 5);
    memset(&r->u, 0, sizeof r->u);
    r->u.id = r->s.user_id;
    sq_copy_text(r->u.email, sizeof r->u.email, sqlite3_column_text(q, 6));
    sq_copy_text(r->u.name, sizeof r->u.name, sqlite3_column_text(q, 7));
    r->u.gen = sqlite3_column_int64(q, 8);
    r->u.created_at = sqlite3_column_int64(q, 9);
    return 0;
}

static int sq_session_lookup(struct store *st, const unsigned char hash[32], int64_t now_ms,
                             struct store_session *s, struct store_user *u)
{
    struct session_row r;
    int rc = sq_pool_one_hash(sq_store_of(st),
                              "SELECT s.id, s.hash, s.user_id, s.gen, s.created_at, s.expires_at,"
                              " u.email, u.name, u.gen, u.created_at"
                              " FROM sessions s JOIN users u ON u.id = s.user_id"
                              " WHERE s.hash = ?1",
                              hash, 1, row_session, &r);
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

static int sq_session_delete(struct store *st, const unsigned char hash[32])
{
    return sq_pool_change(sq_store_of(st), "DELETE FROM sessions WHERE hash = ?1",
                          SQ_ARGS(SQ_BLOB(hash, 32)));
}

static int sq_link_create(struct store *st, const unsigned char hash[32], int64_t user_id,
                          int64_t expires_at)
{
    return sq_pool_change(sq_store_of(st),
                          "INSERT INTO user_links (hash, user_id, expires_at) VALUES (?1, ?2, ?3)"
                          " ON CONFLICT (user_id) DO UPDATE SET hash = excluded.hash,"
                          " expires_at = excluded.expires_at",
                          SQ_ARGS(SQ_BLOB(hash, 32), SQ_INT(user_id), SQ_INT(expires_at)));
}

struct link_row {
    int64_t user_id, expires_at;
};

static int row_link(sqlite3_stmt *q, void *out)
{
    struct link_row *l = out;
    l->user_id = sqlite3_column_int64(q, 1);
    l->expires_at = sqlite3_column_int64(q, 2);
    return 0;
}

/* Used up in the statement that reads it: two clicks race, one wins. */
static int sq_link_take(struct store *st, const unsigned char hash[32], int64_t now_ms,
                        int64_t *user_id)
{
    struct link_row l;
    int rc = sq_pool_one_hash(sq_store_of(st),
                              "DELETE FROM user_links WHERE hash = ?1 RETURNING hash, user_id,"
                              " expires_at",
                              hash, 0, row_link, &l);
    if (rc < 0)
        return rc;
    if (l.expires_at <= now_ms)
        return -ENOENT;
    *user_id = l.user_id;
    return 0;
}

#define AUDIT_INSERT                                                                               \
    "INSERT INTO audit (channel_id, at, actor, action, post_id, detail)"                           \
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"

static int sq_audit_add(struct store *st, struct store_audit *a)
{
    if (!a->at)
        a->at = crier_now_ms();
    return sq_pool_one(sq_store_of(st), AUDIT_INSERT " RETURNING id",
                       SQ_ARGS(SQ_INT(a->channel_id), SQ_INT(a->at), SQ_TEXT(a->actor),
                               SQ_TEXT(a->action), SQ_INT(a->post_id), SQ_TEXT(a->detail)),
                       sq_row_int64, &a->id);
}

int sq_audit_put(struct sq_conn *c, const struct store_audit *a, int64_t post_id)
{
    return sq_run(c, AUDIT_INSERT,
                  SQ_ARGS(SQ_INT(a->channel_id), SQ_INT(a->at ? a->at : crier_now_ms()),
                          SQ_TEXT(a->actor), SQ_TEXT(a->action),
                          SQ_INT(post_id ? post_id : a->post_id), SQ_TEXT(a->detail)));
}

static int row_audit(sqlite3_stmt *q, void *out)
{
    struct store_audit *a = out;
    memset(a, 0, sizeof *a);
    a->id = sqlite3_column_int64(q, 0);
    a->channel_id = sqlite3_column_int64(q, 1);
    a->at = sqlite3_column_int64(q, 2);
    sq_copy_text(a->actor, sizeof a->actor, sqlite3_column_text(q, 3));
    sq_copy_text(a->action, sizeof a->action, sqlite3_column_text(q, 4));
    a->post_id = sqlite3_column_int64(q, 5);
    sq_copy_text(a->detail, sizeof a->detail, sqlite3_column_text(q, 6));
    return 0;
}

static int sq_audit_list(struct store *st, int64_t channel_id, int64_t before, size_t limit,
                         struct store_audit **out, size_t *n)
{
    struct sq_list l = SQ_LIST(struct store_audit, row_audit, NULL, limit);
    int rc = sq_pool_list(
        sq_store_of(st),
        "SELECT id, channel_id, at, actor, action, post_id, detail FROM audit"
        " WHERE channel_id = ?1 AND id < ?2 ORDER BY id DESC LIMIT ?3",
        SQ_ARGS(SQ_INT(channel_id), SQ_INT(before ? before : INT64_MAX), SQ_INT(limit)), &l);
    *out = l.v;
    *n = l.n;
    return rc;
}

const struct store_team_ops sq_team_ops = {
    .user_create = sq_user_create,
    .user_get = sq_user_get,
    .user_by_email = sq_user_by_email,
    .user_list = sq_user_list,
    .user_set_password = sq_user_set_password,
    .user_delete = sq_user_delete,
    .role_set = sq_role_set,
    .role_remove = sq_role_remove,
    .roles_of = sq_roles_of,
    .session_create = sq_session_create,
    .session_lookup = sq_session_lookup,
    .session_delete = sq_session_delete,
    .link_create = sq_link_create,
    .link_take = sq_link_take,
    .audit_add = sq_audit_add,
    .audit_list = sq_audit_list,
};
