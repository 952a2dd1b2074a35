/*
 * store_stats_cases.h: the newsroom's figures in the store (store.h
 * "Newsroom stats"): the member_days upsert, its joins and leaves, range
 * reads and their bound, and per-post views, reach (distinct viewers that
 * outlive the pruned viewer rows) and audience; asserted once for both
 * backends: test_store_stats.c runs these cases on SQLite,
 * test_store_pg_sel.c on PostgreSQL. Each case gets a store and a struct
 * raw_db (raw_db.h) on its database; on PostgreSQL all the cases share one
 * database, so what a case reads straight it reads for its own channel or
 * posts, and the readers it makes have tags of their own. What only one
 * backend has stays in its file: SQLite's UTC day helpers and its
 * migration's backfill.
 */
#ifndef CRIER_TEST_STORE_STATS_CASES_H
#define CRIER_TEST_STORE_STATS_CASES_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "raw_db.h"
#include "store/store.h"
#include "store_cases_common.h"
#include "tap.h"

/* ---- fixtures ---- */

/* A channel in UTC, whose days are the store's days. */
static inline int64_t make_utc_channel(struct store *st, const char *slug)
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

/* Sets when reader joined ch: hour o'clock (UTC) on day. */
static inline void set_joined(const struct raw_db *db, int64_t ch, int64_t reader, const char *day,
                              int hour)
{
    int64_t ms;
    store_day_ms(day, &ms);
    raw_run(db, "UPDATE members SET joined_at = %lld WHERE channel_id = %lld AND reader_id = %lld",
            (long long)(ms + hour * 3600000LL), (long long)ch, (long long)reader);
}

/* A new reader (tag i) made an active member of ch, joined on day at hour
 * (now when day is NULL); returns its id. */
static inline int64_t member(struct store *st, const struct raw_db *db, int64_t ch, int i,
                             const char *day, int hour)
{
    struct store_reader r = {0};
    struct store_member m;
    memset(r.hash, 0, 32);
    r.hash[0] = (unsigned char)i;
    r.hash[1] = (unsigned char)(i >> 8);
    r.hash[31] = 0x5a;
    if (store_reader_create(st, &r) != 0 || store_member_join(st, ch, r.id, &m) != 0)
        return -1;
    if (day)
        set_joined(db, ch, r.id, day, hour);
    return r.id;
}

/* ---- member_days ---- */

static void test_member_days(struct store *st, const struct raw_db *db)
{
    int64_t ch = make_utc_channel(st, "days"), other = make_utc_channel(st, "days-other");
    int64_t now = crier_now_ms();
    struct store_member_day *d = NULL;
    size_t n = 99;
    char today[11];

    int64_t r1 = member(st, db, ch, 1, "2026-03-01", 9);
    member(st, db, ch, 2, "2026-03-01", 23);
    member(st, db, other, 3, NULL, 0);
    is_int(store_member_day_record(st, ch, "2026-03-01", now), 0, "record day 1");
    is_int(store_member_days(st, ch, "2026-03-01", "2026-03-01", &d, &n), 0, "read day 1");
    ok(n == 1 && strcmp(d[0].day, "2026-03-01") == 0 && d[0].members == 2 && d[0].joins == 2 &&
           d[0].leaves == 0,
       "day 1: two members, both joined that day, no leaves (no previous row)");
    free(d);

    int64_t r3 = member(st, db, ch, 4, "2026-03-02", 0);
    is_int(store_member_leave(st, ch, r1), 0, "r1 leaves");
    is_int(store_member_day_record(st, ch, "2026-03-02", now), 0, "record day 2");
    is_int(store_member_day_record(st, ch, "2026-03-02", now + 60000), 0, "again a minute on");
    is_int(
        raw_val(db,
                "SELECT count(*) FROM member_days WHERE channel_id = %lld AND day = '2026-03-02'",
                (long long)ch),
        1, "the upsert keeps one row per channel and day");
    is_int(store_member_days(st, ch, "2026-01-01", "2026-12-31", &d, &n), 0, "read the year");
    ok(n == 2 && strcmp(d[0].day, "2026-03-01") == 0 && strcmp(d[1].day, "2026-03-02") == 0,
       "oldest first");
    ok(n == 2 && d[1].members == 2 && d[1].joins == 1 && d[1].leaves == 1,
       "day 2: 2 members, 1 join, 1 leave (2 + 1 - 2)");
    free(d);
    is_int(raw_val(db,
                   "SELECT updated_at FROM member_days WHERE channel_id = %lld"
                   " AND day = '2026-03-02'",
                   (long long)ch),
           now + 60000, "updated_at is the last record's now");

    /* a pending member does not count, nor one made pending */
    struct store_reader pr = {0};
    memset(pr.hash, 0x77, 32);
    store_reader_create(st, &pr);
    raw_run(db,
            "INSERT INTO members (channel_id, reader_id, state, joined_at) VALUES (%lld, %lld,"
            " 1, %lld)",
            (long long)ch, (long long)pr.id, (long long)now);
    store_member_day_record(st, ch, "2026-03-02", now);
    is_int(raw_val(db,
                   "SELECT members FROM member_days WHERE channel_id = %lld"
                   " AND day = '2026-03-02'",
                   (long long)ch),
           2, "pending members are not counted");
    raw_run(db, "UPDATE members SET state = 1 WHERE channel_id = %lld AND reader_id = %lld",
            (long long)ch, (long long)r3);
    store_member_day_record(st, ch, "2026-03-02", now);
    is_int(raw_val(db,
                   "SELECT members FROM member_days WHERE channel_id = %lld"
                   " AND day = '2026-03-02'",
                   (long long)ch),
           1, "a member made pending is not counted either");

    store_day_of(now, today);
    is_int(store_member_day_record(st, ch, NULL, now), 0, "NULL day: today");
    is_int(raw_val(db, "SELECT members FROM member_days WHERE channel_id = %lld AND day = '%s'",
                   (long long)ch, today),
           1, "today's row");
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
    int64_t day0;
    int filled = 1;
    store_day_ms("2020-01-01", &day0);
    for (int i = 0; i < 450 && filled;) {
        char sql[1000], day[11];
        size_t m = (size_t)snprintf(sql, sizeof sql,
                                    "INSERT INTO member_days (channel_id, day, members, updated_at)"
                                    " VALUES ");
        for (int k = 0; k < 25 && i < 450; k++, i++) {
            store_day_of(day0 + i * (24 * 3600 * 1000LL), day);
            m += (size_t)snprintf(sql + m, sizeof sql - m, "%s(%lld, '%s', %d, 0)", k ? ", " : "",
                                  (long long)other, day, i);
        }
        filled = raw_run(db, "%s", sql) == 0;
    }
    ok(filled, "raw: 450 days of rows");
    is_int(store_member_days(st, other, "2000-01-01", "2099-12-31", &d, &n), 0, "a long range");
    is_int(n, STORE_MEMBER_DAYS_MAX, "at most 400 rows");
    ok(n == 400 && d[0].members == 50 && d[399].members == 449 &&
           strcmp(d[399].day, "2021-03-25") == 0,
       "the newest 400, oldest first");
    free(d);

    is_int(store_channel_delete(st, "days"), 0, "delete the channel");
    is_int(raw_val(db, "SELECT count(*) FROM member_days WHERE channel_id = %lld", (long long)ch),
           0, "its rows went with it");
}

/* ---- post_stats ---- */

static void test_post_stats(struct store *st, const struct raw_db *db)
{
    int64_t ch = make_utc_channel(st, "posts"), now = crier_now_ms();
    int64_t p1 = post_id(st, ch, "Un « titre » & <b>"), p2 = post_id(st, ch, "deux"),
            p3 = post_id(st, ch, "trois"), gone = post_id(st, ch, "supprimé");
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
    member(st, db, ch, 101, NULL, 0);
    member(st, db, ch, 102, NULL, 0);
    store_member_day_record(st, ch, NULL, now);
    is_int(store_post_stats(st, ch, 10, &ps, &n), 0, "post_stats after views");
    ok(n == 3 && ps[2].views == 7 && ps[2].reach == 2, "p1: 7 views, 2 viewers");
    ok(n == 3 && ps[1].views == 1 && ps[1].reach == 1, "p2: 1 view, 1 viewer");
    ok(n == 3 && ps[0].audience == 2 && ps[2].audience == 2, "audience: today's 2 members");
    free(ps);

    /* eight days on, the viewer rows are pruned; reach stays, and a viewer
     * who comes back counts again, as a view does */
    int64_t later = now + 8 * 24 * 3600 * 1000LL, one[] = {p3};
    store_views_record(st, ch, one, 1, b, later, &counted);
    is_int(raw_val(db, "SELECT count(*) FROM post_views WHERE post_id IN (%lld, %lld)",
                   (long long)p1, (long long)p2),
           0, "a's (and b's) week-old viewer rows are pruned");
    store_views_record(st, ch, both, 1, a, later, &counted);
    is_int(store_post_stats(st, ch, 2, &ps, &n), 0, "limit 2");
    is_int(n, 2, "two rows");
    free(ps);
    store_post_stats(st, ch, 100, &ps, &n);
    ok(n == 3 && ps[2].views == 8 && ps[2].reach == 3 && ps[0].reach == 1,
       "reach outlives the pruned rows; a returning viewer counts again");
    free(ps);

    raw_run(db, "UPDATE member_days SET day = '2000-01-01' WHERE channel_id = %lld", (long long)ch);
    raw_run(db,
            "INSERT INTO member_days (channel_id, day, members, updated_at) VALUES"
            " (%lld, '2999-01-01', 9, 0)",
            (long long)ch);
    store_post_stats(st, ch, 100, &ps, &n);
    ok(n == 3 && ps[0].audience == 2, "audience: the newest row before the publish day");
    free(ps);

    is_int(store_post_stats(st, ch, 0, &ps, &n), -EINVAL, "limit 0");
    is_int(store_post_stats(st, ch, 101, &ps, &n), -EINVAL, "limit 101");
    is_int(store_post_stats(st, 999999, 5, &ps, &n), 0, "unknown channel");
    is_int(n, 0, "no rows");
    free(ps);
    is_int(store_channel_delete(st, "posts"), 0, "delete the channel");
    is_int(raw_val(db, "SELECT count(*) FROM post_reach WHERE post_id IN (%lld, %lld, %lld)",
                   (long long)p1, (long long)p2, (long long)p3),
           0, "its reach rows went with it");
}

#endif
