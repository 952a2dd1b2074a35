/*
 * store_sqlite_stmt: the prepared-statement cache of a connection and the
 * helpers every query of the SQLite backend is written with, on a
 * connection it is given (sq_one, sq_list, sq_change, ...): prepare or find,
 * bind, step, decode, reset, and the mapping of SQLite's errors onto the
 * store's. The pooled forms (sq_pool_*, sq_tx_*) are store_sqlite.c's, next
 * to the pool. See store_sqlite_int.h.
 */
#include <assert.h>
#include <errno.h>
#include <openssl/crypto.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "log.h"
#include "store/store_sqlite_int.h"
#include "xmalloc.h"

int sq_err(sqlite3 *db, const char *what)
{
    int code = sqlite3_errcode(db);
    /* Another connection held the write lock past the busy timeout: the
     * store is there, and busy. The caller may retry (the API answers 503). */
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
        log_warn("store: sqlite %s: %s (code %d)", what, sqlite3_errmsg(db),
                 sqlite3_extended_errcode(db));
        return CRIER_EUNAVAIL;
    }
    log_error("store: sqlite %s: %s (code %d)", what, sqlite3_errmsg(db),
              sqlite3_extended_errcode(db));
    return CRIER_ESTORE;
}

int sq_fail(struct sq_conn *c, const char *sql)
{
    switch (sqlite3_extended_errcode(c->db)) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY: return -EEXIST;
    case SQLITE_CONSTRAINT_FOREIGNKEY: return -ENOENT;
    default: return sq_err(c->db, sql);
    }
}

/*
 * The connection's statement for sql, prepared on first use. The cache is an
 * open-addressed table keyed by the text's address: every text is a static
 * string, so the address names the statement (two equal texts at two
 * addresses just take two slots).
 */
static sqlite3_stmt *stmt_cached(struct sq_conn *c, const char *sql)
{
    size_t i = (size_t)(((uint64_t)(uintptr_t)sql * 0x9E3779B97F4A7C15u) >> 56) % SQ_STMT_SLOTS;
    for (size_t probes = 0; probes < SQ_STMT_SLOTS; probes++, i = (i + 1) % SQ_STMT_SLOTS) {
        struct sq_cached *e = &c->stmts[i];
        if (e->sql == sql)
            return e->st;
        if (e->sql)
            continue;
        if (sqlite3_prepare_v3(c->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &e->st, NULL) !=
            SQLITE_OK) {
            sq_err(c->db, "prepare");
            e->st = NULL; /* the slot stays free: the next use tries again */
            return NULL;
        }
        e->sql = sql;
        return e->st;
    }
    assert(!"more statement texts than SQ_STMT_SLOTS");
    log_error("store: sqlite: more statements than the cache holds");
    return NULL;
}

sqlite3_stmt *sq_prep(struct sq_conn *c, const char *sql, struct sq_args a)
{
    sqlite3_stmt *q = stmt_cached(c, sql);
    if (!q)
        return NULL;
    for (int i = 0; i < a.n; i++) {
        const struct sq_val *v = &a.v[i];
        switch (v->type) {
        case SQLITE_INTEGER: sqlite3_bind_int64(q, i + 1, v->i); break;
        case SQLITE_TEXT:
            sqlite3_bind_text(q, i + 1, v->p ? v->p : "", v->p ? v->len : 0, SQLITE_STATIC);
            break;
        case SQLITE_BLOB: sqlite3_bind_blob(q, i + 1, v->p, v->len, SQLITE_STATIC); break;
        default: assert(v->type == SQLITE_NULL); sqlite3_bind_null(q, i + 1);
        }
    }
    return q;
}

void sq_done(sqlite3_stmt *q)
{
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
}

int sq_run(struct sq_conn *c, const char *sql, struct sq_args a)
{
    sqlite3_stmt *q = sq_prep(c, sql, a);
    if (!q)
        return CRIER_ESTORE;
    int rc = sqlite3_step(q) == SQLITE_DONE ? 0 : sq_fail(c, sql);
    sq_done(q);
    return rc;
}

int sq_change(struct sq_conn *c, const char *sql, struct sq_args a)
{
    int rc = sq_run(c, sql, a);
    if (rc == 0 && sqlite3_changes(c->db) == 0)
        rc = -ENOENT;
    return rc;
}

int sq_one(struct sq_conn *c, const char *sql, struct sq_args a, sq_row_fn row, void *out)
{
    sqlite3_stmt *q = sq_prep(c, sql, a);
    if (!q)
        return CRIER_ESTORE;
    int sr = sqlite3_step(q), rc;
    if (sr == SQLITE_ROW)
        rc = row ? row(q, out) : 0;
    else
        rc = sr == SQLITE_DONE ? -ENOENT : sq_fail(c, sql);
    assert(rc <= 0);
    sq_done(q);
    return rc;
}

int sq_each(struct sq_conn *c, const char *sql, struct sq_args a, sq_row_fn row, void *arg)
{
    sqlite3_stmt *q = sq_prep(c, sql, a);
    if (!q)
        return CRIER_ESTORE;
    int sr, rc = 0;
    while ((sr = sqlite3_step(q)) == SQLITE_ROW && (rc = row(q, arg)) == 0)
        ;
    if (rc == SQ_STOP)
        rc = 0;
    else if (rc == 0 && sr != SQLITE_DONE)
        rc = sq_fail(c, sql);
    sq_done(q);
    return rc;
}

void *sq_list_add(struct sq_list *l)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->v = xrealloc(l->v, l->cap * l->size);
    }
    void *elem = (char *)l->v + l->n++ * l->size;
    memset(elem, 0, l->size);
    return elem;
}

void sq_list_free(struct sq_list *l)
{
    if (l->clear)
        for (size_t i = 0; i < l->n; i++)
            l->clear((char *)l->v + i * l->size);
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

static int list_row(sqlite3_stmt *q, void *arg)
{
    struct sq_list *l = arg;
    if (l->max && l->n == l->max) {
        l->more = 1;
        return SQ_STOP;
    }
    int rc = l->row(q, sq_list_add(l));
    if (rc < 0)
        l->n--; /* the decoder left it owning nothing */
    return rc;
}

int sq_list(struct sq_conn *c, const char *sql, struct sq_args a, struct sq_list *l)
{
    assert(l->size > 0 && l->row && !l->v && l->n == 0);
    int rc = sq_each(c, sql, a, list_row, l);
    if (rc < 0)
        sq_list_free(l);
    return rc;
}

void sq_rollback(struct sq_conn *c)
{
    if (!sqlite3_get_autocommit(c->db))
        sq_run(c, "ROLLBACK", SQ_NOARGS);
}

int sq_row_int64(sqlite3_stmt *q, void *out)
{
    *(int64_t *)out = sqlite3_column_int64(q, 0);
    return 0;
}

void sq_copy_text(char *dst, size_t size, const unsigned char *src)
{
    size_t n = src ? strlen((const char *)src) : 0;
    if (n >= size)
        n = size - 1;
    if (n)
        memcpy(dst, src, n);
    dst[n] = '\0';
}

char *sq_dup_text(const unsigned char *src)
{
    return xstrdup(src ? (const char *)src : "");
}

void sq_column_hash(sqlite3_stmt *q, int col, unsigned char hash[32])
{
    const void *h = sqlite3_column_blob(q, col);
    if (h && sqlite3_column_bytes(q, col) == 32)
        memcpy(hash, h, 32);
}

int sq_hash_matches(sqlite3_stmt *q, int col, const unsigned char hash[32])
{
    const void *h = sqlite3_column_blob(q, col);
    return h && sqlite3_column_bytes(q, col) == 32 && CRYPTO_memcmp(h, hash, 32) == 0;
}

int sq_one_hash(struct sq_conn *c, const char *sql, const unsigned char hash[32], int hash_col,
                sq_row_fn row, void *out)
{
    sqlite3_stmt *q = sq_prep(c, sql, SQ_ARGS(SQ_BLOB(hash, 32)));
    if (!q)
        return CRIER_ESTORE;
    int sr = sqlite3_step(q), rc = 0;
    if (sr == SQLITE_ROW && sq_hash_matches(q, hash_col, hash))
        rc = row(q, out);
    else
        rc = sr == SQLITE_ROW || sr == SQLITE_DONE ? -ENOENT : sq_fail(c, sql);
    sq_done(q);
    return rc;
}
