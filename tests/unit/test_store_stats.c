/*
 * test_store_stats: the newsroom's figures in the store (store.h "Newsroom
 * stats") against the SQLite backend: UTC days, the member_days upsert and
 * its leaves, range reads and their bound, the migration's backfill from
 * members.joined_at, and per-post views, reach (distinct viewers that
 * outlive the pruned viewer rows) and audience. The member_days and
 * post_stats cases are shared with PostgreSQL (store_stats_cases.h) and run
 * here each on a fresh database; the UTC day helpers and the backfill are
 * SQLite's own.
 */
#include "store/store.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "post_records.h"
#include "raw_sqlite.h"
#include "store_stats_cases.h"
#include "tap.h"

static char tmpdir[] = "/tmp/crier-test-store-stats-XXXXXX";

#define DAY_MS (24 * 3600 * 1000LL)

static struct store *open_dir(const char *name, char *db, size_t dbsize)
{
    char dir[256];
    struct store *st = NULL;
    snprintf(dir, sizeof dir, "%s/%s", tmpdir, name);
    snprintf(db, dbsize, "%s/crier.db", dir);
    int rc = store_open(&st, dir);
    if (rc != 0)
        printf("# store_open(%s): %s\n", dir, crier_strerror(rc));
    return st;
}

static void test_days(void)
{
    char day[11];
    int64_t ms = -1;
    is_int(store_day_of(0, day), 0, "day_of 0");
    is_str(day, "1970-01-01", "the epoch's day");
    is_int(store_day_of(1764979199999LL, day), 0, "day_of a last ms");
    is_str(day, "2025-12-05", "the last ms of 2025-12-05 is still that day");
    store_day_of(1764979200000LL, day);
    is_str(day, "2025-12-06", "the next ms is the next day");
    is_int(store_day_of(-1, day), -EINVAL, "before 1970: -EINVAL");
    is_int(store_day_of(253402300800000LL, day), -EINVAL, "year 10000: -EINVAL");
    is_int(store_day_ms("2025-12-06", &ms), 0, "day_ms");
    is_int(ms, 1764979200000LL, "its first ms");
    is_int(store_day_ms("2024-02-29", &ms), 0, "a leap day");
    is_int(store_day_ms("2023-02-29", &ms), -EINVAL, "not a leap year");
    is_int(store_day_ms("2026-13-01", &ms), -EINVAL, "month 13");
    is_int(store_day_ms("2026-00-10", &ms), -EINVAL, "month 0");
    is_int(store_day_ms("2026-3-01", &ms), -EINVAL, "no leading zero");
    is_int(store_day_ms("2026-03-01T", &ms), -EINVAL, "trailing text");
    is_int(store_day_ms("2026/03/01", &ms), -EINVAL, "slashes");
    is_int(store_day_ms(NULL, &ms), -EINVAL, "NULL");
}

/* A shared case on a fresh database in tmpdir/name. */
static void on_db(const char *name, void (*fn)(struct store *, const struct raw_db *))
{
    char db[512];
    struct store *st = open_dir(name, db, sizeof db);
    struct raw_db raw = {sqlite_get, sqlite_exec, db};
    fn(st, &raw);
    store_close(st);
}

/* The migration rebuilds 90 days from joined_at for a database made
 * before it. */
static void test_backfill(void)
{
    char db[512], sql[300];
    struct store *st = open_dir("backfill", db, sizeof db);
    struct raw_db raw = {sqlite_get, sqlite_exec, db};
    int64_t ch = make_utc_channel(st, "bf"), now = crier_now_ms();
    char d10[11], d5[11], today[11], d200[11];
    store_day_of(now - 10 * DAY_MS, d10);
    store_day_of(now - 5 * DAY_MS, d5);
    store_day_of(now - 200 * DAY_MS, d200);
    store_day_of(now, today);
    member(st, &raw, ch, 1, d200, 1);
    member(st, &raw, ch, 2, d10, 12);
    member(st, &raw, ch, 3, d5, 12);
    store_close(st);
    snprintf(sql, sizeof sql, "UPDATE channels SET created_at = %lld",
             (long long)(now - 300 * DAY_MS));
    raw_exec(db, sql);
    is_int(raw_exec(db, "DROP TRIGGER members_push_subs;"
                        " ALTER TABLE channels DROP COLUMN pinned_post_id;"
                        " DROP TRIGGER post_reach_view; DROP TABLE post_reach;"
                        " DROP TABLE member_days; UPDATE meta SET value = 9"
                        " WHERE key = 'schema_version'"),
           SQLITE_OK, "raw: back to schema 9");
    st = open_dir("backfill", db, sizeof db);
    ok(st != NULL, "reopen migrates");
    is_int(raw_int(db, "SELECT count(*) FROM member_days"), 91, "90 days and today");
    snprintf(sql, sizeof sql, "SELECT members * 10 + joins FROM member_days WHERE day = '%s'", d10);
    is_int(raw_int(db, sql), 21, "10 days ago: a and b, b joined that day");
    snprintf(sql, sizeof sql, "SELECT members * 10 + joins FROM member_days WHERE day = '%s'", d5);
    is_int(raw_int(db, sql), 31, "5 days ago: three, c joined");
    snprintf(sql, sizeof sql, "SELECT members FROM member_days WHERE day = '%s'", today);
    is_int(raw_int(db, sql), 3, "today: three");
    is_int(raw_int(db, "SELECT min(members) FROM member_days"), 1, "a was there all along");
    is_int(raw_int(db, "SELECT sum(leaves) FROM member_days"), 0, "leaves are unknown: 0");
    store_close(st);

    /* a channel made 3 days ago gets 4 rows */
    st = open_dir("backfill2", db, sizeof db);
    make_utc_channel(st, "young");
    store_close(st);
    snprintf(sql, sizeof sql, "UPDATE channels SET created_at = %lld",
             (long long)(now - 3 * DAY_MS));
    raw_exec(db, sql);
    raw_exec(db, "DROP TRIGGER members_push_subs; ALTER TABLE channels DROP COLUMN pinned_post_id;"
                 " DROP TRIGGER post_reach_view; DROP TABLE post_reach; DROP TABLE member_days;"
                 " UPDATE meta SET value = 9 WHERE key = 'schema_version'");
    st = open_dir("backfill2", db, sizeof db);
    is_int(raw_int(db, "SELECT count(*) FROM member_days"), 4, "no rows before the channel");
    store_close(st);
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    test_days();
    on_db("days", test_member_days);
    test_backfill();
    on_db("posts", test_post_stats);
    return done_testing_in(tmpdir);
}
