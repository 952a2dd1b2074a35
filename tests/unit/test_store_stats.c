/*
 * test_store_stats: the newsroom's figures in the store (store.h "Newsroom
 * stats") against the SQLite backend: UTC days, the member_days upsert and
 * its leaves, range reads and their bound, the migration's backfill from
 * members.joined_at, and per-post views, reach (distinct viewers that
 * outlive the pruned viewer rows) and audience.
 */
#include "store/store.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "post_records.h"
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

static int64_t make_channel(struct store *st, const char *slug)
{
    struct store_channel ch = {0};
    snprintf(ch.slug, sizeof ch.slug, "%s", slug);
    ch.title = (char *)"Title";
    ch.description = (char *)"";
    snprintf(ch.lang, sizeof ch.lang, "fr");
    snprintf(ch.tz, sizeof ch.tz, "UTC");
    int rc = store_channel_create(st, &ch);
    return rc == 0 ? ch.id : rc;
}

static int64_t post(struct store *st, int64_t ch, const char *title)
{
    json_t *p = json_pack("{ss}", "title", title);
    struct store_event ev;
    int rc = rec_post_create(st, ch, p, 0, &ev);
    int64_t id = rc == 0 ? json_integer_value(json_object_get(p, "id")) : rc;
    json_decref(p);
    store_event_clear(&ev);
    return id;
}

/* A new reader (tag i) made an active member of ch; returns its id. */
static int64_t member(struct store *st, int64_t ch, int i)
{
    struct store_reader r = {0};
    struct store_member m;
    memset(r.hash, 0, 32);
    r.hash[0] = (unsigned char)i;
    r.hash[1] = (unsigned char)(i >> 8);
    r.hash[31] = 0x5a;
    if (store_reader_create(st, &r) != 0 || store_member_join(st, ch, r.id, &m) != 0)
        return -1;
    return r.id;
}

static long long raw_int(const char *db, const char *sql)
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

static int raw_exec(const char *db, const char *sql)
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

static void set_joined(const char *db, int64_t ch, int64_t reader, const char *day, int hour)
{
    char sql[300];
    int64_t ms;
    store_day_ms(day, &ms);
    snprintf(sql, sizeof sql,
             "UPDATE members SET joined_at = %lld WHERE channel_id = %lld AND reader_id = %lld",
             (long long)(ms + hour * 3600000LL), (long long)ch, (long long)reader);
    raw_exec(db, sql);
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

static void test_member_days(void)
{
    char db[512];
    struct store *st = open_dir("days", db, sizeof db);
    int64_t ch = make_channel(st, "days"), other = make_channel(st, "other");
    int64_t now = crier_now_ms();
    struct store_member_day *d = NULL;
    size_t n = 99;

    int64_t r1 = member(st, ch, 1), r2 = member(st, ch, 2);
    member(st, other, 3);
    set_joined(db, ch, r1, "2026-03-01", 9);
    set_joined(db, ch, r2, "2026-03-01", 23);
    is_int(store_member_day_record(st, ch, "2026-03-01", now), 0, "record day 1");
    is_int(store_member_days(st, ch, "2026-03-01", "2026-03-01", &d, &n), 0, "read day 1");
    ok(n == 1 && strcmp(d[0].day, "2026-03-01") == 0 && d[0].members == 2 && d[0].joins == 2 &&
           d[0].leaves == 0,
       "day 1: two members, both joined that day, no leaves (no previous row)");
    free(d);

    int64_t r3 = member(st, ch, 4);
    set_joined(db, ch, r3, "2026-03-02", 0);
    is_int(store_member_leave(st, ch, r1), 0, "r1 leaves");
    is_int(store_member_day_record(st, ch, "2026-03-02", now), 0, "record day 2");
    is_int(store_member_day_record(st, ch, "2026-03-02", now + 60000), 0, "again a minute on");
    is_int(raw_int(db, "SELECT count(*) FROM member_days WHERE day = '2026-03-02'"), 1,
           "the upsert keeps one row per channel and day");
    is_int(store_member_days(st, ch, "2026-01-01", "2026-12-31", &d, &n), 0, "read the year");
    ok(n == 2 && strcmp(d[0].day, "2026-03-01") == 0 && strcmp(d[1].day, "2026-03-02") == 0,
       "oldest first");
    ok(n == 2 && d[1].members == 2 && d[1].joins == 1 && d[1].leaves == 1,
       "day 2: 2 members, 1 join, 1 leave (2 + 1 - 2)");
    free(d);
    is_int(raw_int(db, "SELECT updated_at FROM member_days WHERE day = '2026-03-02'"), now + 60000,
           "updated_at is the last record's now");

    /* a pending member does not count */
    struct store_reader pr = {0};
    memset(pr.hash, 0x77, 32);
    store_reader_create(st, &pr);
    char sql[400];
    snprintf(sql, sizeof sql,
             "INSERT INTO members (channel_id, reader_id, state, joined_at) VALUES (%lld, %lld,"
             " 1, %lld)",
             (long long)ch, (long long)pr.id, (long long)now);
    raw_exec(db, sql);
    store_member_day_record(st, ch, "2026-03-02", now);
    is_int(raw_int(db, "SELECT members FROM member_days WHERE day = '2026-03-02'"), 2,
           "pending members are not counted");

    char today[11];
    store_day_of(now, today);
    is_int(store_member_day_record(st, ch, NULL, now), 0, "NULL day: today");
    snprintf(sql, sizeof sql, "SELECT members FROM member_days WHERE day = '%s'", today);
    is_int(raw_int(db, sql), 2, "today's row");
    is_int(store_member_day_record(st, 999999, "2026-03-02", now), -ENOENT, "unknown channel");
    is_int(store_member_day_record(st, ch, "2026-02-30", now), -EINVAL, "not a date");
    is_int(store_member_days(st, ch, "2026-03-01", "junk", &d, &n), -EINVAL, "bad range");
    is_int(store_member_days(st, ch, "2026-03-03", "2026-03-01", &d, &n), 0, "empty range");
    is_int(n, 0, "no rows");
    free(d);
    is_int(store_member_days(st, other, "2026-01-01", "2026-12-31", &d, &n), 0, "other channel");
    is_int(n, 0, "rows are per channel");
    free(d);

    /* 450 days of rows: a read returns the newest 400, oldest first */
    snprintf(sql, sizeof sql,
             "WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < 449)"
             " INSERT INTO member_days (channel_id, day, members, updated_at)"
             " SELECT %lld, date('2020-01-01', '+' || i || ' days'), i, 0 FROM k",
             (long long)other);
    raw_exec(db, sql);
    is_int(store_member_days(st, other, "2000-01-01", "2099-12-31", &d, &n), 0, "a long range");
    is_int(n, STORE_MEMBER_DAYS_MAX, "at most 400 rows");
    ok(n == 400 && d[0].members == 50 && d[399].members == 449 &&
           strcmp(d[399].day, "2021-03-25") == 0,
       "the newest 400, oldest first");
    free(d);

    is_int(store_channel_delete(st, "days"), 0, "delete the channel");
    snprintf(sql, sizeof sql, "SELECT count(*) FROM member_days WHERE channel_id = %lld",
             (long long)ch);
    is_int(raw_int(db, sql), 0, "its rows went with it");
    store_close(st);
}

/* The migration rebuilds 90 days from joined_at for a database made
 * before it. */
static void test_backfill(void)
{
    char db[512], sql[300];
    struct store *st = open_dir("backfill", db, sizeof db);
    int64_t ch = make_channel(st, "bf"), now = crier_now_ms();
    int64_t a = member(st, ch, 1), b = member(st, ch, 2), c = member(st, ch, 3);
    char d10[11], d5[11], today[11], d200[11];
    store_day_of(now - 10 * DAY_MS, d10);
    store_day_of(now - 5 * DAY_MS, d5);
    store_day_of(now - 200 * DAY_MS, d200);
    store_day_of(now, today);
    set_joined(db, ch, a, d200, 1);
    set_joined(db, ch, b, d10, 12);
    set_joined(db, ch, c, d5, 12);
    store_close(st);
    snprintf(sql, sizeof sql, "UPDATE channels SET created_at = %lld",
             (long long)(now - 300 * DAY_MS));
    raw_exec(db, sql);
    is_int(raw_exec(db, "ALTER TABLE channels DROP COLUMN pinned_post_id;"
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
    make_channel(st, "young");
    store_close(st);
    snprintf(sql, sizeof sql, "UPDATE channels SET created_at = %lld",
             (long long)(now - 3 * DAY_MS));
    raw_exec(db, sql);
    raw_exec(db, "ALTER TABLE channels DROP COLUMN pinned_post_id;"
                 " DROP TRIGGER post_reach_view; DROP TABLE post_reach; DROP TABLE member_days;"
                 " UPDATE meta SET value = 9 WHERE key = 'schema_version'");
    st = open_dir("backfill2", db, sizeof db);
    is_int(raw_int(db, "SELECT count(*) FROM member_days"), 4, "no rows before the channel");
    store_close(st);
}

static void test_post_stats(void)
{
    char db[512];
    struct store *st = open_dir("posts", db, sizeof db);
    int64_t ch = make_channel(st, "posts"), now = crier_now_ms();
    int64_t p1 = post(st, ch, "Un « titre » & <b>"), p2 = post(st, ch, "deux"),
            p3 = post(st, ch, "trois"), gone = post(st, ch, "supprimé");
    struct store_event ev;
    struct store_post_stat *ps = NULL;
    size_t n = 99, counted;
    unsigned char a[32], b[32];
    memset(a, 'a', 32);
    memset(b, 'b', 32);

    store_post_delete(st, ch, gone, &ev, NULL);
    store_event_clear(&ev);
    is_int(store_post_stats(st, ch, 10, &ps, &n), 0, "post_stats");
    ok(n == 3 && ps[0].id == p3 && ps[1].id == p2 && ps[2].id == p1,
       "live posts, newest first, the deleted one left out");
    ok(n == 3 && ps[2].views == 0 && ps[2].reach == 0 && ps[2].audience == -1,
       "no views, no reach, audience unknown without member_days");
    ok(n == 3 && strcmp(ps[2].title, "Un « titre » & <b>") == 0 && ps[2].published_at > 0 &&
           ps[2].seq == 1,
       "title, seq and published_at");
    free(ps);

    int64_t both[] = {p1, p2};
    store_views_record(st, ch, both, 2, a, now, &counted);
    store_views_record(st, ch, both, 1, b, now, &counted);
    store_views_record(st, ch, both, 2, a, now + 1000, &counted);
    is_int(store_views_add(st, ch, p1, 5), 0, "five anonymous views");
    member(st, ch, 1);
    member(st, ch, 2);
    store_member_day_record(st, ch, NULL, now);
    is_int(store_post_stats(st, ch, 10, &ps, &n), 0, "post_stats after views");
    ok(n == 3 && ps[2].views == 7 && ps[2].reach == 2, "p1: 7 views, 2 viewers");
    ok(n == 3 && ps[1].views == 1 && ps[1].reach == 1, "p2: 1 view, 1 viewer");
    ok(n == 3 && ps[0].audience == 2 && ps[2].audience == 2, "audience: today's 2 members");
    free(ps);

    /* eight days on, the viewer rows are pruned; reach stays, and a viewer
     * who comes back counts again, as a view does */
    int64_t later = now + 8 * DAY_MS, one[] = {p3};
    store_views_record(st, ch, one, 1, b, later, &counted);
    is_int(raw_int(db, "SELECT count(*) FROM post_views WHERE viewer = x'" /* 'a' * 32 */
                       "6161616161616161616161616161616161616161616161616161616161616161'"),
           0, "a's viewer rows are pruned");
    store_views_record(st, ch, both, 1, a, later, &counted);
    is_int(store_post_stats(st, ch, 2, &ps, &n), 0, "limit 2");
    is_int(n, 2, "two rows");
    free(ps);
    store_post_stats(st, ch, 100, &ps, &n);
    ok(n == 3 && ps[2].views == 8 && ps[2].reach == 3 && ps[0].reach == 1,
       "reach outlives the pruned rows; a returning viewer counts again");
    free(ps);

    is_int(store_post_stats(st, ch, 0, &ps, &n), -EINVAL, "limit 0");
    is_int(store_post_stats(st, ch, 101, &ps, &n), -EINVAL, "limit 101");
    is_int(store_post_stats(st, 999999, 5, &ps, &n), 0, "unknown channel");
    is_int(n, 0, "no rows");
    free(ps);
    is_int(store_channel_delete(st, "posts"), 0, "delete the channel");
    is_int(raw_int(db, "SELECT count(*) FROM post_reach"), 0, "its reach rows went with it");
    store_close(st);
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    test_days();
    test_member_days();
    test_backfill();
    test_post_stats();
    return done_testing_in(tmpdir);
}
