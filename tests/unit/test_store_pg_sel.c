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
 * one database, as are the stats cases (store_stats_cases.h) and the
 * sources cases (store_sources_cases.h) shared with test_store_stats.c
 * and test_store_sources.c; the published_at check by a json cast and the
 * races are this file's.
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
#include "store_stats_cases.h"
#include "tap.h"

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
        test_post_stats(st, &pgdb);
        test_member_days(st, &pgdb);
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
