/*
 * raw_db.h: the database behind a store, by SQL both backends read alike,
 * for what the store's calls do not show. Each test file fills a struct
 * raw_db for its backend (a SQLite file opened straight, or a PostgreSQL
 * connection of its own); the shared cases (store_notify_cases.h,
 * store_members_cases.h, store_sel_cases.h, store_stats_cases.h) read and
 * write through it.
 */
#ifndef CRIER_TEST_RAW_DB_H
#define CRIER_TEST_RAW_DB_H

#include <stdarg.h>
#include <stdio.h>

/* The database behind the store, by SQL both backends read alike. */
struct raw_db {
    long long (*get)(const void *ctx, const char *sql); /* the one value a query returns, or -1 */
    int (*exec)(const void *ctx, const char *sql);      /* 0 when the statement ran */
    const void *ctx;
};

static inline long long raw_val(const struct raw_db *db, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static inline long long raw_val(const struct raw_db *db, const char *fmt, ...)
{
    char sql[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(sql, sizeof sql, fmt, ap);
    va_end(ap);
    return db->get(db->ctx, sql);
}

static inline int raw_run(const struct raw_db *db, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static inline int raw_run(const struct raw_db *db, const char *fmt, ...)
{
    char sql[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(sql, sizeof sql, fmt, ap);
    va_end(ap);
    return db->exec(db->ctx, sql);
}

#endif
