/*
 * test_store_pg_sel: the PostgreSQL backend's selection, stats and sources
 * ops (store_pg_selections.c, store_pg_stats.c, store_pg_sources.c) with
 * the assertions the SQLite tests make for them, and their races: several
 * store handles on one database stand for several nodes. Selections
 * publish exactly once per key with gapless seqs, a viewer counts once,
 * a source is leased to one fetcher, and the per-channel source cap holds
 * under concurrent adds.
 *
 * CRIER_TEST_PG is a postgres:// URI of a server where the test may create
 * a database: it makes one with a random name, works in it and drops it.
 * Without it the test is skipped.
 *
 * The candidates, selections and views_record cases are shared with
 * test_store.c (store_sel_cases.h) and run here one after another on the
 * one database; the published_at check by a json cast, the stats, the
 * sources and the races are this file's.
 */
#include "store/store_pg_int.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "crier.h"
#include "log.h"
#include "post_records.h"
#include "store_sel_cases.h"
#include "store_sources_cases.h"
#include "tap.h"

#define DAY_MS (24 * 3600 * 1000LL)

static char conninfo[2048]; /* of the test's own database */
static PGconn *raw;         /* a plain connection to it, for setup and checks */

/* ---- the scratch database ---- */

/* Appends key='value' (quoted for conninfo) to conninfo. */
static void conninfo_add(const char *key, const char *val)
{
    size_t n = strlen(conninfo);
    n += (size_t)snprintf(conninfo + n, sizeof conninfo - n, "%s%s='", n ? " " : "", key);
    for (const char *p = val; *p && n + 3 < sizeof conninfo; p++) {
        if (*p == '\'' || *p == '\\')
            conninfo[n++] = '\\';
        conninfo[n++] = *p;
    }
    snprintf(conninfo + n, sizeof conninfo - n, "'");
}

/* The server's URI with dbname replaced by db, into conninfo. */
static int conninfo_for(const char *uri, const char *db)
{
    char *err = NULL;
    PQconninfoOption *opts = PQconninfoParse(uri, &err);
    if (!opts) {
        printf("# CRIER_TEST_PG: %s\n", err ? err : "unparsable");
        PQfreemem(err);
        return -1;
    }
    conninfo[0] = '\0';
    for (PQconninfoOption *o = opts; o->keyword; o++)
        if (o->val && strcmp(o->keyword, "dbname") != 0)
            conninfo_add(o->keyword, o->val);
    conninfo_add("dbname", db);
    PQconninfoFree(opts);
    return 0;
}

static int admin_cmd(const char *uri, const char *sql)
{
    PGconn *c = PQconnectdb(uri);
    PGresult *r = PQstatus(c) == CONNECTION_OK ? PQexec(c, sql) : NULL;
    int ok_ = r && PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok_)
        printf("# %s: %s\n", sql, PQerrorMessage(c));
    PQclear(r);
    PQfinish(c);
    return ok_ ? 0 : -1;
}

static long long raw_int(const char *sql)
{
    PGresult *r = PQexec(raw, sql);
    long long v = -1;
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 && !PQgetisnull(r, 0, 0))
        v = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    else
        printf("# raw %s: %s\n", sql, PQerrorMessage(raw));
    PQclear(r);
    return v;
}

static int raw_exec(const char *sql)
{
    PGresult *r = PQexec(raw, sql);
    int rc = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK ? 0 : -1;
    if (rc)
        printf("# raw %s: %s\n", sql, PQerrorMessage(raw));
    PQclear(r);
    return rc;
}

static struct store *open_pg(void)
{
    struct store *st = NULL;
    int rc = store_pg_open(&st, conninfo);
    if (rc != 0)
        printf("# store_pg_open: %s\n", crier_strerror(rc));
    return st;
}

/* The shared cases' struct raw_db: the test's own connection. */
static long long raw_get(const void *ctx, const char *sql)
{
    (void)ctx;
    return raw_int(sql);
}

static int raw_run_sql(const void *ctx, const char *sql)
{
    (void)ctx;
    return raw_exec(sql);
}

static const struct raw_db pgdb = {raw_get, raw_run_sql, NULL};

/* A channel in UTC, for the days the stats count. */
static int64_t make_utc_channel(struct store *st, const char *slug)
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

/* A live post now; its id, or the error. */
static int64_t post_id(struct store *st, int64_t ch, const char *title)
{
    int64_t id = 0, seq = post(st, ch, title, &id);
    return seq < 0 ? seq : id;
}

/* ---- commit hook recorder ---- */

static struct {
    pthread_mutex_t mu;
    size_t n, sels, bad;
} hk = {PTHREAD_MUTEX_INITIALIZER, 0, 0, 0};

static void hook_reset(void)
{
    pthread_mutex_lock(&hk.mu);
    hk.n = hk.sels = hk.bad = 0;
    pthread_mutex_unlock(&hk.mu);
}

static void hook_fn(void *arg, const struct store_event *evs, size_t n)
{
    (void)arg;
    pthread_mutex_lock(&hk.mu);
    for (size_t i = 0; i < n; i++) {
        hk.n++;
        hk.sels += evs[i].kind == STORE_EV_SELECTION;
        hk.bad += !evs[i].data || !strstr(evs[i].data, "\"id\":");
    }
    pthread_mutex_unlock(&hk.mu);
}

/* ---- candidates ---- */

/* The shared case, then PostgreSQL's own check: the published_at column is
 * the record's for every post of the channel, by a json cast. */
static void test_candidates_pg(struct store *st)
{
    test_candidates(st, &pgdb);
    is_int(raw_int("SELECT count(*) FROM posts p JOIN channels c ON c.id = p.channel_id"
                   " WHERE c.slug = 'cand' AND p.published_at IS DISTINCT FROM"
                   " (p.data::json->>'published_at')::bigint"),
           0, "published_at column equals the record's for every post");
}

/* ---- exactly once, three nodes racing ---- */

#define RACE_NODES 3
#define RACE_PUB 3  /* publishers per node */
#define RACE_POST 1 /* plain posters per node */
#define RACE_THREADS (RACE_NODES * (RACE_PUB + RACE_POST))

struct race_arg {
    struct store *st;
    int64_t ch;
    const char *slot;
    pthread_barrier_t *go;
    int publisher;
    int rc;
    int64_t seq;
};

static void *race_thread(void *p)
{
    struct race_arg *a = p;
    struct store_event ev = {0};
    pthread_barrier_wait(a->go);
    if (a->publisher) {
        a->rc = publish_sel(a->st, a->ch, "2026-11-26", a->slot, 1000, 2000, &ev);
        a->seq = ev.seq;
        store_event_clear(&ev);
    } else {
        int64_t id = post_id(a->st, a->ch, "racing");
        a->rc = id > 0 ? 0 : (int)id;
    }
    return NULL;
}

/* One round: every node's publishers race for the key slot, with plain
 * posts in the same batches. Returns the number of winners. */
static int race_round(struct store **nodes, int64_t ch, const char *slot, int round, int want)
{
    pthread_barrier_t go;
    pthread_t th[RACE_THREADS];
    struct race_arg args[RACE_THREADS];
    int wins = 0, exists = 0, other = 0, post_fail = 0;
    int64_t win_seq = 0;

    pthread_barrier_init(&go, NULL, RACE_THREADS);
    hook_reset();
    for (int i = 0; i < RACE_THREADS; i++) {
        args[i] = (struct race_arg){.st = nodes[i % RACE_NODES],
                                    .ch = ch,
                                    .slot = slot,
                                    .go = &go,
                                    .publisher = i < RACE_NODES * RACE_PUB};
        pthread_create(&th[i], NULL, race_thread, &args[i]);
    }
    for (int i = 0; i < RACE_THREADS; i++) {
        pthread_join(th[i], NULL);
        if (!args[i].publisher)
            post_fail += args[i].rc != 0;
        else if (args[i].rc == 0)
            wins++, win_seq = args[i].seq;
        else if (args[i].rc == -EEXIST)
            exists++;
        else
            other++, printf("# round %d: %s\n", round, crier_strerror(args[i].rc));
    }
    pthread_barrier_destroy(&go);
    is_int(wins, want, "round %d: %d publish wins", round, want);
    is_int(exists, RACE_NODES * RACE_PUB - want, "round %d: the others get -EEXIST", round);
    ok(other == 0 && post_fail == 0, "round %d: no other error; the plain posts commit", round);
    pthread_mutex_lock(&hk.mu);
    is_int(hk.sels, want, "round %d: the hooks saw %d selection event(s)", round, want);
    pthread_mutex_unlock(&hk.mu);
    if (want) {
        struct store_selection sel = {0};
        store_selection_get(nodes[round % RACE_NODES], ch, "2026-11-26", slot, &sel);
        is_int(sel.seq, win_seq, "round %d: the stored row is the winner's", round);
    }
    return wins;
}

static void test_selection_race(void)
{
    struct store *nodes[RACE_NODES];
    for (int i = 0; i < RACE_NODES; i++)
        nodes[i] = open_pg();
    int64_t ch = make_channel(nodes[0], "race");
    for (int i = 0; i < 3; i++)
        post_id(nodes[1], ch, "before");
    for (int i = 0; i < RACE_NODES; i++)
        store_set_commit_hook(nodes[i], hook_fn, NULL);

    int total = 0;
    char slot[32];
    for (int round = 0; round < 10; round++) {
        snprintf(slot, sizeof slot, "manual-%d", round);
        total += race_round(nodes, ch, slot, round, 1);
    }
    total += race_round(nodes, ch, "manual-3", 10, 0); /* a key already published */
    for (int i = 0; i < RACE_NODES; i++)
        store_set_commit_hook(nodes[i], NULL, NULL);

    struct store_event *evs;
    size_t n;
    int64_t oldest, last;
    is_int(store_events_after(nodes[2], ch, 0, 10000, &evs, &n, &oldest, &last), 0, "catch up");
    int gapless = n == (size_t)last, sels = 0;
    for (size_t i = 0; i < n; i++) {
        gapless &= evs[i].seq == (int64_t)i + 1;
        sels += evs[i].kind == STORE_EV_SELECTION;
    }
    is_int(last, 3 + 10 + 11 * RACE_NODES * RACE_POST, "3 posts, 10 selections, the racing posts");
    ok(gapless, "seqs 1..%lld with no hole: refused publishes took none", (long long)last);
    is_int(sels, 10, "one selection event per key");
    store_events_free(evs, n);
    is_int(total, 10, "one winner per key");
    is_int(raw_int("SELECT count(*) FROM posts WHERE kind = 'selection' AND channel_id ="
                   " (SELECT id FROM channels WHERE slug = 'race')"),
           10, "one selection post row per key");
    is_int(raw_int("SELECT count(*) FROM selections s JOIN posts p ON p.id = s.post_id AND"
                   " p.seq = s.seq AND p.kind = 'selection' WHERE s.channel_id ="
                   " (SELECT id FROM channels WHERE slug = 'race')"),
           10, "each row names its post and seq");
    for (int i = 0; i < RACE_NODES; i++)
        store_close(nodes[i]);
}

#define VIEW_POSTS 40
#define VIEW_THREADS 6

struct view_arg {
    struct store *st;
    int64_t ch;
    const int64_t *ids;
    unsigned char viewer[32];
    int reverse;
    pthread_barrier_t *go;
    int rc;
    size_t counted;
};

static void *view_thread(void *p)
{
    struct view_arg *a = p;
    int64_t ids[VIEW_POSTS];
    for (int i = 0; i < VIEW_POSTS; i++)
        ids[i] = a->ids[a->reverse ? VIEW_POSTS - 1 - i : i];
    pthread_barrier_wait(a->go);
    a->rc =
        store_views_record(a->st, a->ch, ids, VIEW_POSTS, a->viewer, crier_now_ms(), &a->counted);
    return NULL;
}

/* Reports racing on three nodes: one viewer's copies count once in all,
 * and reports of different viewers naming the posts in opposite orders
 * all commit (no deadlock reaches the caller). */
static int views_race(struct store **nodes, int64_t ch, const int64_t *ids, int same_viewer,
                      size_t *total)
{
    pthread_barrier_t go;
    pthread_t th[VIEW_THREADS];
    struct view_arg args[VIEW_THREADS];
    int fails = 0;
    *total = 0;
    pthread_barrier_init(&go, NULL, VIEW_THREADS);
    for (int i = 0; i < VIEW_THREADS; i++) {
        args[i] = (struct view_arg){
            .st = nodes[i % RACE_NODES], .ch = ch, .ids = ids, .reverse = i % 2, .go = &go};
        memset(args[i].viewer, same_viewer ? 'v' : 'A' + i, 32);
        pthread_create(&th[i], NULL, view_thread, &args[i]);
    }
    for (int i = 0; i < VIEW_THREADS; i++) {
        pthread_join(th[i], NULL);
        fails += args[i].rc != 0;
        *total += args[i].counted;
    }
    pthread_barrier_destroy(&go);
    return fails;
}

static void test_views_race(void)
{
    struct store *nodes[RACE_NODES];
    int64_t ids[VIEW_POSTS];
    size_t total;
    char sql[200];
    for (int i = 0; i < RACE_NODES; i++)
        nodes[i] = open_pg();
    int64_t ch = make_channel(nodes[0], "views-race");
    for (int i = 0; i < VIEW_POSTS; i++)
        ids[i] = post_id(nodes[0], ch, "viewed");

    is_int(views_race(nodes, ch, ids, 1, &total), 0, "one viewer's reports on three nodes commit");
    is_int(total, VIEW_POSTS, "and count each post once in all");
    is_int(views_race(nodes, ch, ids, 0, &total), 0, "six viewers' crossed reports commit");
    is_int(total, VIEW_POSTS * VIEW_THREADS, "each counts every post");
    snprintf(sql, sizeof sql, "SELECT count(*) FROM posts WHERE channel_id = %lld AND views = %d",
             (long long)ch, 1 + VIEW_THREADS);
    is_int(raw_int(sql), VIEW_POSTS, "every post has 7 views");
    snprintf(sql, sizeof sql,
             "SELECT count(*) FROM post_reach r JOIN posts p ON p.id = r.post_id"
             " WHERE p.channel_id = %lld AND r.viewers = %d",
             (long long)ch, 1 + VIEW_THREADS);
    is_int(raw_int(sql), VIEW_POSTS, "and a reach of 7");
    for (int i = 0; i < RACE_NODES; i++)
        store_close(nodes[i]);
}

/* ---- member_days, post_stats ---- */

/* A new reader (tag i) made an active member of ch, joined at day's hour
 * (day NULL: now); returns the reader's id. Readers and members are not
 * this area's ops: raw rows. */
static int64_t member(int64_t ch, int i, const char *day, int hour)
{
    char sql[400];
    int64_t at = crier_now_ms();
    if (day) {
        store_day_ms(day, &at);
        at += hour * 3600000LL;
    }
    snprintf(sql, sizeof sql,
             "INSERT INTO readers (hash, created_at, last_seen_at) VALUES"
             " (sha256('reader %d'::bytea), 0, 0) RETURNING id",
             i);
    long long r = raw_int(sql);
    snprintf(sql, sizeof sql,
             "INSERT INTO members (channel_id, reader_id, state, joined_at) VALUES"
             " (%lld, %lld, 2, %lld)",
             (long long)ch, r, (long long)at);
    return raw_exec(sql) == 0 ? r : -1;
}

static void test_member_days(struct store *st)
{
    int64_t ch = make_utc_channel(st, "days"), other = make_utc_channel(st, "days-other");
    int64_t now = crier_now_ms();
    struct store_member_day *d = NULL;
    size_t n = 99;
    char sql[400], today[11];

    int64_t r1 = member(ch, 1, "2026-03-01", 9);
    member(ch, 2, "2026-03-01", 23);
    member(other, 3, NULL, 0);
    is_int(store_member_day_record(st, ch, "2026-03-01", now), 0, "record day 1");
    is_int(store_member_days(st, ch, "2026-03-01", "2026-03-01", &d, &n), 0, "read day 1");
    ok(n == 1 && strcmp(d[0].day, "2026-03-01") == 0 && d[0].members == 2 && d[0].joins == 2 &&
           d[0].leaves == 0,
       "day 1: two members, both joined that day, no leaves (no previous row)");
    free(d);

    member(ch, 4, "2026-03-02", 0);
    snprintf(sql, sizeof sql, "DELETE FROM members WHERE channel_id = %lld AND reader_id = %lld",
             (long long)ch, (long long)r1);
    raw_exec(sql);
    is_int(store_member_day_record(st, ch, "2026-03-02", now), 0, "record day 2");
    is_int(store_member_day_record(st, ch, "2026-03-02", now + 60000), 0, "again a minute on");
    is_int(raw_int("SELECT count(*) FROM member_days WHERE day = '2026-03-02'"), 1,
           "the upsert keeps one row per channel and day");
    is_int(store_member_days(st, ch, "2026-01-01", "2026-12-31", &d, &n), 0, "read the year");
    ok(n == 2 && strcmp(d[0].day, "2026-03-01") == 0 && strcmp(d[1].day, "2026-03-02") == 0,
       "oldest first");
    ok(n == 2 && d[1].members == 2 && d[1].joins == 1 && d[1].leaves == 1,
       "day 2: 2 members, 1 join, 1 leave (2 + 1 - 2)");
    free(d);
    is_int(raw_int("SELECT updated_at FROM member_days WHERE day = '2026-03-02'"), now + 60000,
           "updated_at is the last record's now");

    snprintf(sql, sizeof sql,
             "UPDATE members SET state = 1 WHERE channel_id = %lld AND reader_id ="
             " (SELECT max(reader_id) FROM members WHERE channel_id = %lld)",
             (long long)ch, (long long)ch);
    raw_exec(sql);
    store_member_day_record(st, ch, "2026-03-02", now);
    is_int(raw_int("SELECT members FROM member_days WHERE day = '2026-03-02'"), 1,
           "pending members are not counted");

    store_day_of(now, today);
    is_int(store_member_day_record(st, ch, NULL, now), 0, "NULL day: today");
    snprintf(sql, sizeof sql, "SELECT members FROM member_days WHERE day = '%s'", today);
    is_int(raw_int(sql), 1, "today's row");
    is_int(store_member_day_record(st, 999999, "2026-03-02", now), -ENOENT, "unknown channel");
    is_int(store_member_day_record(st, ch, "2026-02-30", now), -EINVAL, "not a date");
    is_int(store_member_days(st, ch, "2026-03-01", "junk", &d, &n), -EINVAL, "bad range");
    is_int(store_member_days(st, ch, "2026-03-03", "2026-03-01", &d, &n), 0, "empty range");
    is_int(n, 0, "no rows");
    free(d);
    is_int(store_member_days(st, other, "2026-01-01", "2026-12-31", &d, &n), 0, "other channel");
    is_int(n, 0, "rows are per channel");
    free(d);

    snprintf(sql, sizeof sql,
             "INSERT INTO member_days (channel_id, day, members, updated_at)"
             " SELECT %lld, to_char(date '2020-01-01' + i, 'YYYY-MM-DD'), i, 0"
             " FROM generate_series(0, 449) i",
             (long long)other);
    raw_exec(sql);
    is_int(store_member_days(st, other, "2000-01-01", "2099-12-31", &d, &n), 0, "a long range");
    is_int(n, STORE_MEMBER_DAYS_MAX, "at most 400 rows");
    ok(n == 400 && d[0].members == 50 && d[399].members == 449 &&
           strcmp(d[399].day, "2021-03-25") == 0,
       "the newest 400, oldest first");
    free(d);
    is_int(store_channel_delete(st, "days"), 0, "delete the channel");
    snprintf(sql, sizeof sql, "SELECT count(*) FROM member_days WHERE channel_id = %lld",
             (long long)ch);
    is_int(raw_int(sql), 0, "its rows went with it");
}

static void test_post_stats(struct store *st)
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
    member(ch, 101, NULL, 0);
    member(ch, 102, NULL, 0);
    store_member_day_record(st, ch, NULL, now);
    is_int(store_post_stats(st, ch, 10, &ps, &n), 0, "post_stats after views");
    ok(n == 3 && ps[2].views == 7 && ps[2].reach == 2, "p1: 7 views, 2 viewers");
    ok(n == 3 && ps[1].views == 1 && ps[1].reach == 1, "p2: 1 view, 1 viewer");
    ok(n == 3 && ps[0].audience == 2 && ps[2].audience == 2, "audience: today's 2 members");
    free(ps);

    int64_t later = now + 8 * DAY_MS, one[] = {p3};
    store_views_record(st, ch, one, 1, b, later, &counted);
    is_int(raw_int("SELECT count(*) FROM post_views WHERE viewer = '\\x"
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

    char sql[200];
    snprintf(sql, sizeof sql, "UPDATE member_days SET day = '2000-01-01' WHERE channel_id = %lld",
             (long long)ch);
    raw_exec(sql);
    snprintf(sql, sizeof sql,
             "INSERT INTO member_days (channel_id, day, members, updated_at) VALUES"
             " (%lld, '2999-01-01', 9, 0)",
             (long long)ch);
    raw_exec(sql);
    store_post_stats(st, ch, 100, &ps, &n);
    ok(n == 3 && ps[0].audience == 2, "audience: the newest row before the publish day");
    free(ps);

    is_int(store_post_stats(st, ch, 0, &ps, &n), -EINVAL, "limit 0");
    is_int(store_post_stats(st, ch, 101, &ps, &n), -EINVAL, "limit 101");
    is_int(store_post_stats(st, 999999, 5, &ps, &n), 0, "unknown channel");
    is_int(n, 0, "no rows");
    free(ps);
    is_int(store_channel_delete(st, "posts"), 0, "delete the channel");
    is_int(raw_int("SELECT count(*) FROM post_reach"), 0, "its reach rows went with it");
}

/* ---- sources: the races (the cases are store_sources_cases.h) ---- */

#define CLAIM_SOURCES 60
#define CLAIM_THREADS 9

struct claim_arg {
    struct store *st;
    int64_t now;
    pthread_barrier_t *go;
    int64_t got[CLAIM_SOURCES + 1];
    size_t ngot;
    int rc;
};

/* Claims batches of 7 until a claim finds nothing. */
static void *claim_thread(void *p)
{
    struct claim_arg *a = p;
    struct store_source *v;
    size_t n;
    pthread_barrier_wait(a->go);
    do {
        if ((a->rc = store_sources_claim(a->st, 0, a->now, 600000, 7, &v, &n)) < 0)
            return NULL;
        for (size_t i = 0; i < n && a->ngot <= CLAIM_SOURCES; i++)
            a->got[a->ngot++] = v[i].id;
        free(v);
    } while (n > 0);
    return NULL;
}

struct add_arg {
    struct store *st;
    int64_t ch;
    int tag;
    pthread_barrier_t *go;
    int added, full, other;
};

static void *add_thread(void *p)
{
    struct add_arg *a = p;
    pthread_barrier_wait(a->go);
    for (int i = 0; i < 3; i++) {
        struct store_source x = {.channel_id = a->ch, .interval_s = 900, .importance = 1};
        snprintf(x.url, sizeof x.url, "https://race.example/%d/%d.xml", a->tag, i);
        int rc = store_source_add(a->st, &x);
        a->added += rc == 0;
        a->full += rc == -ENOSPC;
        a->other += rc != 0 && rc != -ENOSPC;
    }
    return NULL;
}

/* Three nodes' fetchers claim at once: every due source goes to exactly
 * one of them. Then three nodes' adds race for a channel's last places. */
static void test_sources_race(void)
{
    struct store *nodes[RACE_NODES];
    pthread_t th[CLAIM_THREADS];
    pthread_barrier_t go;
    static struct claim_arg ca[CLAIM_THREADS];
    int seen[CLAIM_SOURCES] = {0}, fails = 0, dup = 0, missing = 0;
    for (int i = 0; i < RACE_NODES; i++)
        nodes[i] = open_pg();
    int64_t ch = make_channel(nodes[0], "claims"), first = 0;
    for (int i = 0; i < CLAIM_SOURCES; i++) {
        struct store_source s = {.channel_id = ch, .interval_s = 60, .importance = 1};
        snprintf(s.url, sizeof s.url, "https://claims.example/%d.xml", i);
        store_source_add(nodes[i % RACE_NODES], &s);
        first = i ? first : s.id;
    }
    int64_t now = crier_now_ms() + 1000;
    pthread_barrier_init(&go, NULL, CLAIM_THREADS);
    for (int i = 0; i < CLAIM_THREADS; i++) {
        ca[i] = (struct claim_arg){.st = nodes[i % RACE_NODES], .now = now, .go = &go};
        pthread_create(&th[i], NULL, claim_thread, &ca[i]);
    }
    for (int i = 0; i < CLAIM_THREADS; i++) {
        pthread_join(th[i], NULL);
        fails += ca[i].rc != 0;
        for (size_t k = 0; k < ca[i].ngot; k++) {
            int64_t j = ca[i].got[k] - first;
            if (j >= 0 && j < CLAIM_SOURCES)
                dup += seen[j]++ > 0;
        }
    }
    pthread_barrier_destroy(&go);
    for (int j = 0; j < CLAIM_SOURCES; j++)
        missing += seen[j] == 0;
    is_int(fails, 0, "nine fetchers on three nodes claim without error");
    is_int(dup, 0, "no source is handed to two fetchers");
    is_int(missing, 0, "every due source is handed to one");
    char sql[200];
    snprintf(sql, sizeof sql,
             "SELECT count(*) FROM sources WHERE channel_id = %lld AND"
             " next_at = %lld",
             (long long)ch, (long long)(now + 600000));
    is_int(raw_int(sql), CLAIM_SOURCES, "each leased once, until now + lease");

    /* the cap: 190 sources, then 3 nodes x 4 threads x 3 adds */
    for (int i = CLAIM_SOURCES; i < STORE_SOURCES_MAX - 10; i++) {
        struct store_source s = {.channel_id = ch, .interval_s = 60, .importance = 1};
        snprintf(s.url, sizeof s.url, "https://claims.example/%d.xml", i);
        store_source_add(nodes[0], &s);
    }
    struct add_arg aa[12];
    pthread_t ath[12];
    int added = 0, full = 0, other = 0;
    pthread_barrier_init(&go, NULL, 12);
    for (int i = 0; i < 12; i++) {
        aa[i] = (struct add_arg){.st = nodes[i % RACE_NODES], .ch = ch, .tag = i, .go = &go};
        pthread_create(&ath[i], NULL, add_thread, &aa[i]);
    }
    for (int i = 0; i < 12; i++) {
        pthread_join(ath[i], NULL);
        added += aa[i].added, full += aa[i].full, other += aa[i].other;
    }
    pthread_barrier_destroy(&go);
    is_int(added, 10, "racing adds fill exactly the last 10 places");
    is_int(full, 26, "the others get -ENOSPC");
    is_int(other, 0, "and no other error");
    snprintf(sql, sizeof sql, "SELECT count(*) FROM sources WHERE channel_id = %lld",
             (long long)ch);
    is_int(raw_int(sql), STORE_SOURCES_MAX, "the channel holds the cap, not more");
    for (int i = 0; i < RACE_NODES; i++)
        store_close(nodes[i]);
}

int main(void)
{
    const char *uri = getenv("CRIER_TEST_PG");
    char db[64];
    if (!uri || !*uri) {
        printf("1..0 # SKIP no PostgreSQL\n");
        return 0;
    }
    log_set_level(LOG_ERROR);
    srand((unsigned)time(NULL) ^ (unsigned)getpid());
    snprintf(db, sizeof db, "crier_test_sel_%d_%d", (int)getpid(), rand() % 1000000);
    char sql[128];
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", db);
    if (admin_cmd(uri, sql) < 0 || conninfo_for(uri, db) < 0) {
        printf("1..0 # SKIP cannot create a database on CRIER_TEST_PG\n");
        return 0;
    }
    struct store *st = open_pg();
    raw = PQconnectdb(conninfo);
    ok(st && PQstatus(raw) == CONNECTION_OK, "a fresh database, migrated");
    if (st && PQstatus(raw) == CONNECTION_OK) {
        test_candidate_fields(st);
        test_candidates_pg(st);
        test_selection_publish(st, &pgdb);
        test_selection_last_list(st);
        test_views_record(st, &pgdb);
        test_post_stats(st);
        test_member_days(st);
        test_sources(st);
        test_selection_race();
        test_views_race();
        test_sources_race();
    }
    if (st)
        store_close(st);
    PQfinish(raw);
    snprintf(sql, sizeof sql, "DROP DATABASE %s", db);
    admin_cmd(uri, sql);
    return done_testing();
}
