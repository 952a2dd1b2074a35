/*
 * store_pg_query: the statement cache and the query helpers of the
 * PostgreSQL backend (store_pg_int.h). Each connection prepares a statement
 * the first time it runs its text, named after its slot, and keeps it until
 * the connection is reset or closed.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "log.h"
#include "store/store_pg_int.h"
#include "xmalloc.h"

/* A connection-class failure: the server went away or is shutting down. */
static int sqlstate_gone(const char *st)
{
    return st && (strncmp(st, "08", 2) == 0 || strcmp(st, "57P01") == 0 ||
                  strcmp(st, "57P02") == 0 || strcmp(st, "57P03") == 0);
}

/* The error of a failed statement on c (res may be NULL). */
static int pg_fail(struct pg_conn *c, const PGresult *res, const char *sql)
{
    const char *st = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    if (PQstatus(c->db) != CONNECTION_OK || sqlstate_gone(st) || (!res && !st)) {
        if (!c->broken)
            log_error("store: postgres connection lost: %s", PQerrorMessage(c->db));
        c->broken = 1;
        return CRIER_EUNAVAIL;
    }
    if (st && strcmp(st, "23505") == 0)
        return -EEXIST;
    if (st && strcmp(st, "23503") == 0)
        return -ENOENT;
    if (st && (strcmp(st, "40P01") == 0 || strcmp(st, "40001") == 0))
        return -EDEADLK;
    log_error("store: postgres: %s (SQLSTATE %s) in: %.200s",
              res ? PQresultErrorMessage(res) : PQerrorMessage(c->db), st ? st : "?", sql);
    return CRIER_ESTORE;
}

/* The name of sql's prepared statement on c, preparing it on first use:
 * its slot index, or the error. */
static int prepared(struct pg_conn *c, const char *sql, char name[16])
{
    int i;
    for (i = 0; i < c->nstmts; i++)
        if (c->stmts[i].sql == sql)
            break;
    snprintf(name, 16, "s%d", i);
    if (i < c->nstmts)
        return i;
    if (i == PG_STMT_SLOTS) {
        log_error("store: postgres statement cache full");
        return CRIER_ESTORE;
    }
    PGresult *res = PQprepare(c->db, name, sql, 0, NULL);
    int rc = res && PQresultStatus(res) == PGRES_COMMAND_OK ? 0 : pg_fail(c, res, sql);
    PQclear(res);
    if (rc < 0)
        return rc;
    c->stmts[c->nstmts++].sql = sql;
    return i;
}

PGresult *pg_exec(struct pg_conn *c, const char *sql, struct pg_args a, int *rc)
{
    const char *values[PG_PARAMS_MAX];
    int lengths[PG_PARAMS_MAX], formats[PG_PARAMS_MAX];
    char ints[PG_PARAMS_MAX][24], name[16];

    if (a.n > PG_PARAMS_MAX) {
        log_error("store: too many parameters (%d) for: %.200s", a.n, sql);
        *rc = CRIER_ESTORE;
        return NULL;
    }
    if (c->broken) {
        *rc = CRIER_EUNAVAIL;
        return NULL;
    }
    for (int i = 0; i < a.n; i++) {
        const struct pg_val *v = &a.v[i];
        lengths[i] = 0;
        formats[i] = 0;
        switch (v->type) {
        case PG_T_INT:
            snprintf(ints[i], sizeof ints[i], "%" PRId64, v->i);
            values[i] = ints[i];
            break;
        case PG_T_TEXT: values[i] = v->p ? v->p : ""; break;
        case PG_T_BLOB:
            values[i] = v->p;
            lengths[i] = v->len;
            formats[i] = 1;
            break;
        default: values[i] = NULL; break;
        }
    }
    if ((*rc = prepared(c, sql, name)) < 0)
        return NULL;
    PGresult *res = PQexecPrepared(c->db, name, a.n, values, lengths, formats, 0);
    ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) {
        *rc = 0;
        return res;
    }
    *rc = pg_fail(c, res, sql);
    PQclear(res);
    return NULL;
}

int pg_cmd(struct pg_conn *c, const char *sql)
{
    if (c->broken)
        return CRIER_EUNAVAIL;
    PGresult *res = PQexec(c->db, sql);
    int rc =
        res && (PQresultStatus(res) == PGRES_COMMAND_OK || PQresultStatus(res) == PGRES_TUPLES_OK)
            ? 0
            : pg_fail(c, res, sql);
    PQclear(res);
    return rc;
}

int pg_run(struct pg_conn *c, const char *sql, struct pg_args a)
{
    int rc;
    PQclear(pg_exec(c, sql, a, &rc));
    return rc;
}

int pg_change(struct pg_conn *c, const char *sql, struct pg_args a)
{
    int rc;
    PGresult *res = pg_exec(c, sql, a, &rc);
    if (res && strcmp(PQcmdTuples(res), "0") == 0)
        rc = -ENOENT;
    PQclear(res);
    return rc;
}

int pg_one(struct pg_conn *c, const char *sql, struct pg_args a, pg_row_fn row, void *out)
{
    int rc;
    PGresult *res = pg_exec(c, sql, a, &rc);
    if (!res)
        return rc;
    if (PQntuples(res) == 0)
        rc = -ENOENT;
    else if (row && (rc = row(res, 0, out)) > 0)
        rc = 0;
    PQclear(res);
    return rc;
}

int pg_each(struct pg_conn *c, const char *sql, struct pg_args a, pg_row_fn row, void *arg)
{
    int rc;
    PGresult *res = pg_exec(c, sql, a, &rc);
    if (!res)
        return rc;
    for (int i = 0, n = PQntuples(res); i < n; i++) {
        int r = row(res, i, arg);
        if (r < 0) {
            rc = r;
            break;
        }
        if (r == PG_STOP)
            break;
    }
    PQclear(res);
    return rc;
}

void *pg_list_add(struct pg_list *l)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->v = xrealloc(l->v, l->cap * l->size);
    }
    void *e = (char *)l->v + l->n++ * l->size;
    memset(e, 0, l->size);
    return e;
}

void pg_list_free(struct pg_list *l)
{
    if (l->clear)
        for (size_t i = 0; i < l->n; i++)
            l->clear((char *)l->v + i * l->size);
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

static int row_listed(const PGresult *res, int i, void *arg)
{
    struct pg_list *l = arg;
    if (l->max && l->n == l->max)
        return PG_STOP;
    void *e = pg_list_add(l);
    int rc = l->row(res, i, e);
    if (rc < 0)
        l->n--; /* the decoder left it owning nothing */
    return rc;
}

int pg_list(struct pg_conn *c, const char *sql, struct pg_args a, struct pg_list *l)
{
    int rc = pg_each(c, sql, a, row_listed, l);
    if (rc < 0)
        pg_list_free(l);
    return rc;
}

/* ---- on a pooled connection ---- */

int pg_pool_change(struct pg_store *s, const char *sql, struct pg_args a)
{
    struct pg_conn *c;
    int rc = pg_pool_get(s, &c);
    if (rc < 0)
        return rc;
    rc = pg_change(c, sql, a);
    pg_pool_put(s, c);
    return rc;
}

int pg_pool_one(struct pg_store *s, const char *sql, struct pg_args a, pg_row_fn row, void *out)
{
    struct pg_conn *c;
    int rc = pg_pool_get(s, &c);
    if (rc < 0)
        return rc;
    rc = pg_one(c, sql, a, row, out);
    pg_pool_put(s, c);
    return rc;
}

int pg_pool_list(struct pg_store *s, const char *sql, struct pg_args a, struct pg_list *l)
{
    struct pg_conn *c;
    int rc = pg_pool_get(s, &c);
    if (rc < 0) {
        pg_list_free(l);
        return rc;
    }
    rc = pg_list(c, sql, a, l);
    pg_pool_put(s, c);
    return rc;
}

int pg_tx_begin(struct pg_store *s, const char *begin, struct pg_conn **out)
{
    int rc = pg_pool_get(s, out);
    if (rc < 0)
        return rc;
    if ((rc = pg_cmd(*out, begin)) < 0)
        pg_pool_put(s, *out);
    return rc;
}

int pg_tx_end(struct pg_store *s, struct pg_conn *c, int rc)
{
    if (rc == 0)
        rc = pg_cmd(c, "COMMIT");
    pg_pool_put(s, c); /* rolls back what is still open */
    return rc;
}

/* ---- columns ---- */

int64_t pg_i64(const PGresult *res, int i, int col)
{
    if (PQgetisnull(res, i, col))
        return 0;
    return strtoll(PQgetvalue(res, i, col), NULL, 10);
}

const char *pg_str(const PGresult *res, int i, int col)
{
    return PQgetisnull(res, i, col) ? "" : PQgetvalue(res, i, col);
}

void pg_copy_text(char *dst, size_t size, const char *src)
{
    snprintf(dst, size, "%s", src ? src : "");
}

int pg_row_int64(const PGresult *res, int i, void *out)
{
    *(int64_t *)out = pg_i64(res, i, 0);
    return 0;
}
