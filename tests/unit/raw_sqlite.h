/*
 * raw_sqlite.h: a SQLite database file read and written straight, past the
 * store, for what its calls do not show; and the shared cases' struct
 * raw_db (raw_db.h) over it, whose ctx is the file's path. For the SQLite
 * test files (test_store.c, test_store_notify.c, test_store_stats.c).
 */
#ifndef CRIER_TEST_RAW_SQLITE_H
#define CRIER_TEST_RAW_SQLITE_H

#include <sqlite3.h>
#include <stdio.h>

/* The one value sql returns from the file db, or -1. */
static inline long long raw_int(const char *db, const char *sql)
{
    sqlite3 *h;
    sqlite3_stmt *q;
    long long v = -1;
    if (sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(h, sql, -1, &q, NULL) == SQLITE_OK) {
        if (sqlite3_step(q) == SQLITE_ROW)
            v = sqlite3_column_int64(q, 0);
        sqlite3_finalize(q);
    } else {
        printf("# raw %s: %s\n", sql, sqlite3_errmsg(h));
    }
    sqlite3_close(h);
    return v;
}

/* Runs sql on the file db: SQLITE_OK or SQLite's error code. */
static inline int raw_exec(const char *db, const char *sql)
{
    sqlite3 *h;
    int rc = sqlite3_open(db, &h);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(h, sql, NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        printf("# raw %s: %s\n", sql, sqlite3_errmsg(h));
    sqlite3_close(h);
    return rc;
}

/* struct raw_db's calls: ctx is the database file's path. */
static inline long long sqlite_get(const void *db, const char *sql)
{
    return raw_int(db, sql);
}

static inline int sqlite_exec(const void *db, const char *sql)
{
    return raw_exec(db, sql) == SQLITE_OK ? 0 : -1;
}

#endif
