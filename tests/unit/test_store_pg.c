/*
 * test_store_pg: the store contract (store.h) against the PostgreSQL
 * backend, for the ops it has so far: migrations (twice, and six nodes
 * opening a new database at once migrate it once), channels, gapless seqs
 * under concurrent publishers on two store handles (two "nodes"), a failed
 * request inside a batch, events_after paging and its byte budget, prune
 * and CRIER_EPRUNED, drafts, scheduled posts and publish_due exactly once
 * with two handles racing, edit/delete/pin events (and deletes racing on two
 * handles), external ids, the commit hook's order and that it runs after
 * the COMMIT, the NOTIFY of each commit, and a lost connection answered
 * by an error (and a reconnect), not a crash.
 *
 * It runs when CRIER_TEST_PG holds a postgres:// URI (scripts/pg.sh uri);
 * each run makes its own databases there and drops them at the end.
 */
#include "store/store.h"

#include <errno.h>
#include <libpq-fe.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crier.h"
#include "post_records.h"
#include "store/store_pg_int.h"
#include "store_cases_common.h"
#include "tap.h"

#define SCHEMA_VERSION 2 /* the newest migration in store_pg.c */

static const char *base_uri;
static char db_main[64], uri_main[512];

/* ---- the databases ---- */

/* base_uri with its database name replaced by db. */
static void db_uri(char *out, size_t size, const char *db)
{
    const char *p = strstr(base_uri, "://");
    p = p ? strchr(p + 3, '/') : NULL;
    if (!p) {
        snprintf(out, size, "%s", base_uri);
        return;
    }
    const char *q = strchr(p, '?');
    snprintf(out, size, "%.*s/%s%s", (int)(p - base_uri), base_uri, db, q ? q : "");
}

/* Runs sql on the database db (NULL: the one base_uri names). 0 or -1. */
static int admin(const char *db, const char *sql)
{
    char uri[512];
    db_uri(uri, sizeof uri, db ? db : "postgres");
    PGconn *c = PQconnectdb(db ? uri : base_uri);
    int ok = PQstatus(c) == CONNECTION_OK;
    if (ok) {
        PGresult *r = PQexec(c, sql);
        ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
        if (!ok)
            printf("# %s: %s", sql, PQerrorMessage(c));
        PQclear(r);
    } else {
        printf("# connect: %s", PQerrorMessage(c));
    }
    PQfinish(c);
    return ok ? 0 : -1;
}

/* One integer from db, -1 on failure. */
static long long admin_int(const char *db, const char *sql)
{
    char uri[512];
    long long v = -1;
    db_uri(uri, sizeof uri, db);
    PGconn *c = PQconnectdb(uri);
    PGresult *r = PQstatus(c) == CONNECTION_OK ? PQexec(c, sql) : NULL;
    if (r && PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
        v = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    PQfinish(c);
    return v;
}

/* A new empty database named after this process and tag. */
static int make_db(char *name, size_t size, const char *tag)
{
    char sql[160];
    snprintf(name, size, "crier_test_%ld_%s", (long)getpid(), tag);
    snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS %s", name);
    admin(NULL, sql);
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", name);
    return admin(NULL, sql);
}

static void drop_db(const char *name)
{
    char sql[160];
    snprintf(sql, sizeof sql, "DROP DATABASE IF EXISTS %s WITH (FORCE)", name);
    admin(NULL, sql);
}

static struct store *open_main(void)
{
    struct store *st = NULL;
    int rc = store_pg_open(&st, uri_main);
    if (rc != 0)
        printf("# store_pg_open: %s\n", crier_strerror(rc));
    return st;
}

/* ---- helpers ---- */

/* make_channel and post (now): store_cases_common.h */

/* Publishes {"title": title} at publish_at (0: now); the event's seq, or
 * the error. */
static int64_t post_at(struct store *st, int64_t ch, const char *title, int64_t publish_at,
                       int64_t *id)
{
    json_t *p = json_pack("{ss}", "title", title);
    struct store_event ev;
    int rc = rec_post_create(st, ch, p, publish_at, &ev);
    if (id)
        *id = json_integer_value(json_object_get(p, "id"));
    json_decref(p);
    int64_t seq = rc == 0 ? ev.seq : rc;
    store_event_clear(&ev);
    return seq;
}

/* Every event of a channel, checked gapless from 1: the count, or -1. */
static long count_gapless(struct store *st, int64_t ch)
{
    struct store_event *evs;
    size_t n;
    int64_t oldest, last, after = 0;
    for (;;) {
        if (store_events_after(st, ch, after, 500, &evs, &n, &oldest, &last) < 0)
            return -1;
        for (size_t i = 0; i < n; i++) {
            if (evs[i].seq != after + 1) {
                store_events_free(evs, n);
                return -1;
            }
            after = evs[i].seq;
        }
        store_events_free(evs, n);
        if (n == 0)
            return after == last ? after : -1;
    }
}

/* ---- the commit hook recorder (one per store handle) ---- */

struct hook_rec {
    pthread_mutex_t mu;
    int64_t ids[8], last[8]; /* per channel (8 at most): the last seq seen */
    int nch;
    long events, calls;
    int out_of_order, bad;
};

static void hook_fn(void *arg, const struct store_event *evs, size_t n)
{
    struct hook_rec *h = arg;
    pthread_mutex_lock(&h->mu);
    h->calls++;
    for (size_t i = 0; i < n; i++) {
        h->events++;
        int k = 0;
        while (k < h->nch && h->ids[k] != evs[i].channel_id)
            k++;
        if (k == h->nch && h->nch < 8)
            h->ids[h->nch++] = evs[i].channel_id;
        if (k == 8 || !evs[i].data || strlen(evs[i].data) != evs[i].data_len ||
            !evs[i].channel[0]) {
            h->bad++;
            continue;
        }
        if (evs[i].seq <= h->last[k])
            h->out_of_order++;
        h->last[k] = evs[i].seq;
    }
    pthread_mutex_unlock(&h->mu);
}

/* ---- tests ---- */

struct open_arg {
    const char *uri;
    struct store *st;
    int rc;
};

static void *open_thread(void *p)
{
    struct open_arg *a = p;
    a->rc = store_pg_open(&a->st, a->uri);
    return NULL;
}

static void test_migrations(void)
{
    char name[64], uri[512];
    struct store *st = NULL;

    ok(make_db(name, sizeof name, "mig") == 0, "a fresh database");
    db_uri(uri, sizeof uri, name);
    is_int(store_pg_open(&st, uri), 0, "open migrates a new database");
    store_close(st);
    is_int(store_pg_open(&st, uri), 0, "a second open finds it migrated");
    store_close(st);
    is_int(admin_int(name, "SELECT count(*) FROM schema_version"), SCHEMA_VERSION,
           "each step recorded once");
    is_int(admin_int(name, "SELECT max(version) FROM schema_version"), SCHEMA_VERSION,
           "at the newest version");
    is_int(admin_int(name, "SELECT count(*) FROM information_schema.tables"
                           " WHERE table_schema = 'public' AND table_name IN"
                           " ('channels', 'posts', 'events', 'tokens', 'members', 'outbox',"
                           " 'sources', 'users', 'member_days', 'post_reach')"),
           10, "the tables of SQLite's schema are there");
    admin(name, "INSERT INTO schema_version (version) VALUES (99)");
    is_int(store_pg_open(&st, uri), CRIER_ESCHEMA, "a newer schema is refused");
    drop_db(name);

    /* six nodes opening a new database at once */
    ok(make_db(name, sizeof name, "mig6") == 0, "another fresh database");
    db_uri(uri, sizeof uri, name);
    struct open_arg a[6];
    pthread_t t[6];
    for (int i = 0; i < 6; i++) {
        a[i] = (struct open_arg){.uri = uri};
        pthread_create(&t[i], NULL, open_thread, &a[i]);
    }
    int good = 1;
    for (int i = 0; i < 6; i++) {
        pthread_join(t[i], NULL);
        good &= a[i].rc == 0;
        if (a[i].st)
            store_close(a[i].st);
    }
    ok(good, "six concurrent opens all succeed");
    is_int(admin_int(name, "SELECT count(*) FROM schema_version"), SCHEMA_VERSION,
           "and migrate once");
    drop_db(name);
}

static void test_channels(struct store *st)
{
    struct store_channel ch = {0}, got;
    snprintf(ch.slug, sizeof ch.slug, "news");
    ch.title = (char *)"News";
    ch.description = (char *)"All of it";
    snprintf(ch.lang, sizeof ch.lang, "en");
    snprintf(ch.tz, sizeof ch.tz, "UTC");
    ch.selection = (char *)"{\"morning\":7}";
    is_int(store_channel_create(st, &ch), 0, "channel_create");
    ok(ch.id > 0 && ch.last_seq == 0 && ch.oldest_seq == 1 && ch.created_at > 0,
       "id, seqs and created_at filled");
    is_int(store_channel_create(st, &ch), -EEXIST, "a taken slug is -EEXIST");

    is_int(store_channel_get(st, "news", &got), 0, "channel_get");
    is_int(got.id, ch.id, "same id");
    is_str(got.title, "News", "title");
    is_str(got.description, "All of it", "description");
    is_str(got.lang, "en", "lang");
    is_str(got.selection, "{\"morning\":7}", "selection settings");
    is_int(got.pinned_post_id, 0, "no pin");
    store_channel_clear(&got);

    ch.title = (char *)"Newer";
    ch.visibility = STORE_PRIVATE;
    ch.selection = NULL;
    is_int(store_channel_update(st, &ch), 0, "channel_update");
    is_int(store_channel_get_by_id(st, ch.id, &got), 0, "channel_get_by_id");
    is_str(got.title, "Newer", "title updated");
    is_int(got.visibility, STORE_PRIVATE, "visibility updated");
    is_str(got.selection, "{\"morning\":7}", "a NULL selection keeps the settings");
    store_channel_clear(&got);
    struct store_channel missing = {0};
    snprintf(missing.slug, sizeof missing.slug, "nope");
    is_int(store_channel_update(st, &missing), -ENOENT, "update of no channel: -ENOENT");
    is_int(store_channel_get(st, "nope", &got), -ENOENT, "get of no channel: -ENOENT");

    int64_t other = make_channel(st, "other");
    struct store_channel *list;
    size_t n;
    is_int(store_channel_list(st, &list, &n), 0, "channel_list");
    ok(n >= 2 && list[n - 2].id == ch.id && list[n - 1].id == other, "in id order");
    store_channels_free(list, n);

    post(st, other, "one", NULL);
    post(st, other, "two", NULL);
    struct store_head *heads;
    is_int(store_channel_heads(st, &heads, &n), 0, "channel_heads");
    int found = 0;
    for (size_t i = 0; i < n; i++)
        found |= heads[i].channel_id == other && heads[i].last_seq == 2;
    ok(found, "a head has the channel's last seq");
    free(heads);

    is_int(store_channel_delete(st, "other"), 0, "channel_delete with posts and events");
    is_int(store_channel_get(st, "other", &got), -ENOENT, "gone");
    is_int(store_channel_delete(st, "other"), -ENOENT, "delete twice: -ENOENT");
    int64_t again = make_channel(st, "other");
    ok(again > other, "a new channel never takes a deleted one's id");
}

struct pub_arg {
    struct store *st;
    int64_t ch[2];
    int64_t seqs[2][60];
    int fails;
};

static void *pub_thread(void *p)
{
    struct pub_arg *a = p;
    for (int i = 0; i < 60; i++) {
        int which = i % 2;
        int64_t seq = post(a->st, a->ch[which], "burst", NULL);
        a->seqs[which][i] = seq;
        a->fails += seq <= 0;
    }
    return NULL;
}

/* Two handles (two nodes), four publisher threads each, two channels. */
static void test_concurrent_seqs(void)
{
    struct store *node[2] = {open_main(), open_main()};
    struct hook_rec hook[2];
    for (int i = 0; i < 2; i++) {
        memset(&hook[i], 0, sizeof hook[i]);
        pthread_mutex_init(&hook[i].mu, NULL);
        store_set_commit_hook(node[i], hook_fn, &hook[i]);
    }
    int64_t ch[2] = {make_channel(node[0], "c1"), make_channel(node[1], "c2")};
    ok(ch[0] > 0 && ch[1] > 0, "two channels");

    struct pub_arg a[8];
    pthread_t t[8];
    for (int i = 0; i < 8; i++) {
        memset(&a[i], 0, sizeof a[i]);
        a[i].st = node[i % 2];
        a[i].ch[0] = ch[i % 4 < 2 ? 0 : 1];
        a[i].ch[1] = ch[i % 4 < 2 ? 1 : 0];
        pthread_create(&t[i], NULL, pub_thread, &a[i]);
    }
    int fails = 0;
    for (int i = 0; i < 8; i++) {
        pthread_join(t[i], NULL);
        fails += a[i].fails;
    }
    is_int(fails, 0, "480 publishes from 8 threads on 2 nodes all succeed");

    /* every seq handed out once per channel */
    static char seen[2][481];
    memset(seen, 0, sizeof seen);
    int dup = 0;
    for (int i = 0; i < 8; i++)
        for (int k = 0; k < 60; k++) {
            int64_t c = a[i].ch[k % 2], s = a[i].seqs[k % 2][k];
            int w = c == ch[0] ? 0 : 1;
            if (s <= 0 || s > 480 || seen[w][s]++)
                dup++;
        }
    is_int(dup, 0, "no seq handed out twice");
    is_int(count_gapless(node[0], ch[0]), 240, "channel 1: seqs 1..240, no gap");
    is_int(count_gapless(node[1], ch[1]), 240, "channel 2: seqs 1..240, no gap");
    is_int(hook[0].events + hook[1].events, 480, "the hooks saw every event once");
    is_int(hook[0].out_of_order + hook[1].out_of_order, 0, "each hook saw seqs in order");
    is_int(hook[0].bad + hook[1].bad, 0, "with their channel, data and length");
    ok(node[0]->commits + node[1]->commits <= 480, "group commits: %llu for 480 publishes",
       (unsigned long long)(node[0]->commits + node[1]->commits));
    store_close(node[0]);
    store_close(node[1]);
    pthread_mutex_destroy(&hook[0].mu);
    pthread_mutex_destroy(&hook[1].mu);
}

/* A request that fails after taking its seq gives it back (its savepoint). */
static void test_batch_failure(struct store *st)
{
    int64_t ch = make_channel(st, "fail");
    is_int(post(st, ch, "one", NULL), 1, "seq 1");
    struct post p;
    post_init(&p);
    p.title = strdup("\xff"); /* not UTF-8: the record does not serialise */
    struct store_event ev;
    ok(store_post_create(st, ch, &p, 0, &ev, NULL) < 0, "a post that cannot be stored fails");
    post_clear(&p);
    is_int(post(st, ch, "two", NULL), 2, "the next post takes seq 2: no gap");
    is_int(post(st, 424242, "x", NULL), -ENOENT, "a post to no channel: -ENOENT");
    is_int(count_gapless(st, ch), 2, "two events");
}

struct mixed_arg {
    struct store *st;
    int64_t ch;
    int mode; /* 0: good posts, 1: records that do not serialise, 2: no such channel */
    int ok, failed;
};

static void *mixed_thread(void *p)
{
    struct mixed_arg *a = p;
    for (int i = 0; i < 50; i++) {
        struct post q;
        struct store_event ev;
        post_init(&q);
        q.title = strdup(a->mode == 1 ? "\xff" : "fine");
        int rc = store_post_create(a->st, a->mode == 2 ? 424242 : a->ch, &q, 0, &ev, NULL);
        post_clear(&q);
        if (rc == 0)
            a->ok++;
        else
            a->failed++;
        store_event_clear(&ev);
    }
    return NULL;
}

/* Failing requests batched with good ones: each fails alone. */
static void test_mixed_batches(struct store *st)
{
    int64_t ch = make_channel(st, "mixed");
    struct mixed_arg a[4];
    pthread_t t[4];
    uint64_t commits = st->commits;
    for (int i = 0; i < 4; i++) {
        a[i] = (struct mixed_arg){.st = st, .ch = ch, .mode = i < 2 ? 0 : i - 1};
        pthread_create(&t[i], NULL, mixed_thread, &a[i]);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    is_int(a[0].ok + a[1].ok, 100, "100 good posts amid failing ones all succeed");
    is_int(a[2].failed + a[3].failed, 100, "the 100 bad ones all fail");
    is_int(count_gapless(st, ch), 100, "seqs 1..100: a failure gives its seq back");
    ok(st->commits - commits < 200, "in shared batches (%llu commits)",
       (unsigned long long)(st->commits - commits));
}

static void test_paging(struct store *st)
{
    int64_t ch = make_channel(st, "paging");
    char title[32];
    for (int i = 1; i <= 30; i++) {
        snprintf(title, sizeof title, "post %d", i);
        post(st, ch, title, NULL);
    }
    struct store_event *evs;
    size_t n;
    int64_t oldest, last, after = 0;
    int pages = 0, good = 1;
    while (store_events_after(st, ch, after, 7, &evs, &n, &oldest, &last) == 0 && n > 0) {
        pages++;
        for (size_t i = 0; i < n; i++) {
            good &= evs[i].seq == after + 1 && evs[i].kind == STORE_EV_POST &&
                    strcmp(evs[i].channel, "paging") == 0 && evs[i].channel_id == ch &&
                    strstr(evs[i].data, "\"id\":") != NULL;
            after = evs[i].seq;
        }
        store_events_free(evs, n);
    }
    ok(good, "pages in seq order, with kind, channel and data");
    is_int(pages, 5, "30 events in pages of 7: 5 pages");
    is_int(last, 30, "last_seq");
    is_int(oldest, 1, "oldest_seq");

    is_int(store_events_page(st, ch, 0, 100, 1, &evs, &n, &oldest, &last), 0, "a 1-byte budget");
    is_int(n, 1, "still one event");
    store_events_free(evs, n);
    size_t one = 0;
    store_events_page(st, ch, 0, 1, 0, &evs, &n, &oldest, &last);
    one = n ? evs[0].data_len : 0;
    store_events_free(evs, n);
    is_int(store_events_page(st, ch, 0, 100, one * 3, &evs, &n, &oldest, &last), 0,
           "a budget of about three events");
    ok(n >= 3 && n <= 4, "stops once the budget is held (%zu events)", n);
    store_events_free(evs, n);
    is_int(store_events_after(st, ch, 99, 10, &evs, &n, &oldest, &last), 0, "after past the end");
    ok(n == 0 && last == 30, "no events, last_seq tells");
    store_events_free(evs, n);
    is_int(store_events_after(st, ch, -1, 10, &evs, &n, &oldest, &last), -EINVAL,
           "a negative after: -EINVAL");
    is_int(store_events_after(st, 424242, 0, 10, &evs, &n, &oldest, &last), -ENOENT,
           "no channel: -ENOENT");
}

static void test_prune(struct store *st)
{
    int64_t ch = make_channel(st, "prune");
    for (int i = 0; i < 20; i++)
        post(st, ch, "p", NULL);
    struct store_event *evs;
    size_t n;
    int64_t oldest, last;
    is_int(store_prune(st, ch, 11), 0, "prune before 11");
    is_int(store_events_after(st, ch, 5, 100, &evs, &n, &oldest, &last), CRIER_EPRUNED,
           "after 5: CRIER_EPRUNED");
    is_int(oldest, 11, "with oldest_seq 11");
    is_int(store_events_after(st, ch, 10, 100, &evs, &n, &oldest, &last), 0, "after 10 is fine");
    ok(n == 10 && evs[0].seq == 11, "events 11..20");
    store_events_free(evs, n);
    is_int(store_prune(st, ch, 5), 0, "pruning less is no change");
    is_int(store_prune(st, ch, 1000), 0, "prune past the end");
    is_int(store_events_after(st, ch, 20, 100, &evs, &n, &oldest, &last), 0, "after last");
    ok(n == 0 && oldest == 21 && last == 20, "oldest_seq stops at last_seq + 1");
    store_events_free(evs, n);
    is_int(post(st, ch, "after", NULL), 21, "seqs go on");
    is_int(store_prune(st, 424242, 3), -ENOENT, "prune of no channel: -ENOENT");
}

static void test_drafts_schedule(struct store *st)
{
    int64_t ch = make_channel(st, "sched"), draft, later;
    int64_t now = crier_now_ms();
    is_int(post_at(st, ch, "draft", STORE_DRAFT_AT, &draft), 0, "a draft takes no seq");
    is_int(post_at(st, ch, "later", now + 3600000, &later), 0, "a scheduled post takes no seq");
    json_t *rec;
    int state;
    is_int(rec_post_get(st, ch, draft, &rec, &state), 0, "post_get of the draft");
    is_int(state, STORE_POST_DRAFT, "reported as a draft");
    json_decref(rec);
    struct post sp;
    is_int(store_post_get(st, ch, later, &sp, &state), 0, "post_get of the scheduled post");
    is_int(state, STORE_POST_SCHEDULED, "scheduled");
    is_int(sp.publish_at, now + 3600000, "with its publish_at");
    post_clear(&sp);

    struct post *ps;
    size_t n;
    is_int(store_posts_drafts(st, ch, 10, &ps, &n), 0, "posts_drafts");
    ok(n == 1 && ps[0].id == draft, "the draft");
    store_posts_free(ps, n);
    is_int(store_posts_scheduled(st, ch, 10, &ps, &n), 0, "posts_scheduled");
    ok(n == 1 && ps[0].id == later && ps[0].publish_at == now + 3600000,
       "the scheduled post, not the draft");
    store_posts_free(ps, n);
    is_int(store_posts_drafts(st, ch, 0, &ps, &n), -EINVAL, "limit 0: -EINVAL");

    struct store_event ev;
    is_int(store_post_schedule(st, ch, draft, 0, &ev, NULL), 0, "post_schedule now publishes");
    ok(ev.seq == 1 && ev.kind == STORE_EV_POST && ev.post_id == draft, "with its event");
    store_event_clear(&ev);
    is_int(store_post_schedule(st, ch, draft, 0, &ev, NULL), -EALREADY, "a live post: -EALREADY");
    is_int(store_post_schedule(st, ch, 424242, 0, &ev, NULL), -ENOENT, "no post: -ENOENT");
    is_int(store_post_schedule(st, ch, later, STORE_DRAFT_AT, &ev, NULL), 0, "back to a draft");
    is_int(ev.seq, 0, "no event");
    is_int(rec_post_get(st, ch, later, &rec, &state), 0, "read");
    is_int(state, STORE_POST_DRAFT, "a draft again");
    json_decref(rec);

    struct post *recent;
    is_int(store_posts_recent(st, ch, 0, 10, &recent, &n), 0, "posts_recent");
    ok(n == 1 && recent[0].id == draft, "the published draft only");
    store_posts_free(recent, n);
}

struct due_arg {
    struct store *st;
    int64_t now;
    size_t published;
    int rc;
};

static void *due_thread(void *p)
{
    struct due_arg *a = p;
    for (int i = 0; i < 5; i++) {
        size_t k = 0;
        int rc = store_publish_due(a->st, a->now, &k);
        if (rc < 0)
            a->rc = rc;
        a->published += k;
    }
    return NULL;
}

/* Two nodes racing to publish the same due posts: each once. */
static void test_publish_due_race(void)
{
    struct store *node[2] = {open_main(), open_main()};
    int64_t ch = make_channel(node[0], "due"), now = crier_now_ms();
    int good = 1;
    for (int i = 0; i < 40; i++)
        good &= post_at(node[i % 2], ch, "due", now + 60000 + i, NULL) == 0;
    ok(good, "40 scheduled posts");
    struct due_arg a[4];
    pthread_t t[4];
    for (int i = 0; i < 4; i++) {
        a[i] = (struct due_arg){.st = node[i % 2], .now = now + 120000};
        pthread_create(&t[i], NULL, due_thread, &a[i]);
    }
    size_t total = 0;
    int rc = 0;
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
        total += a[i].published;
        rc |= a[i].rc;
    }
    is_int(rc, 0, "publish_due never fails");
    is_int(total, 40, "40 published in all, each once");
    is_int(count_gapless(node[0], ch), 40, "40 events, seqs 1..40");
    struct store_event *evs;
    size_t n;
    int64_t oldest, last;
    store_events_after(node[1], ch, 0, 100, &evs, &n, &oldest, &last);
    int dup = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            dup += evs[i].post_id == evs[j].post_id;
    is_int(dup, 0, "no post published twice");
    store_events_free(evs, n);
    store_close(node[0]);
    store_close(node[1]);
}

static void test_edit_delete_pin(struct store *st)
{
    int64_t ch = make_channel(st, "edits"), a, b;
    post(st, ch, "first", &a);
    post(st, ch, "second", &b);
    struct store_event ev;
    json_t *p = json_pack("{ss}", "title", "edited");
    is_int(rec_post_edit(st, ch, a, p, &ev), 0, "post_edit");
    ok(ev.seq == 3 && ev.kind == STORE_EV_EDIT && ev.post_id == a, "an edit event, seq 3");
    json_t *d = json_loads(ev.data, 0, NULL);
    is_str(json_string_value(json_object_get(d, "title")), "edited", "with the new record");
    is_int(json_integer_value(json_object_get(d, "seq")), 1, "that keeps its creation seq");
    ok(json_integer_value(json_object_get(d, "edited_at")) > 0, "and has edited_at");
    json_decref(d);
    store_event_clear(&ev);

    is_int(store_channel_pin(st, ch, b, &ev), 0, "channel_pin");
    ok(ev.seq == 4 && ev.kind == STORE_EV_PIN, "a pin event, seq 4");
    char want[64];
    snprintf(want, sizeof want, "{\"id\":%lld}", (long long)b);
    is_str(ev.data, want, "carrying the pinned id");
    store_event_clear(&ev);
    struct store_channel got;
    store_channel_get_by_id(st, ch, &got);
    is_int(got.pinned_post_id, b, "the channel has the pin");
    store_channel_clear(&got);

    is_int(store_post_delete(st, ch, b, &ev, NULL), 0, "post_delete of the pinned post");
    ok(ev.seq == 5 && ev.kind == STORE_EV_DELETE, "a delete event, seq 5");
    snprintf(want, sizeof want, "{\"id\":%lld,\"seq\":2}", (long long)b);
    is_str(ev.data, want, "carrying the id and creation seq");
    store_event_clear(&ev);
    store_channel_get_by_id(st, ch, &got);
    is_int(got.pinned_post_id, 0, "the delete cleared the pin");
    store_channel_clear(&got);
    is_int(store_channel_pin(st, ch, b, &ev), -ENOENT, "pinning a deleted post: -ENOENT");
    is_int(rec_post_edit(st, ch, b, p, &ev), -ENOENT, "editing it: -ENOENT");
    is_int(store_post_delete(st, ch, b, &ev, NULL), -ENOENT, "deleting it again: -ENOENT");
    is_int(store_channel_pin(st, ch, 0, &ev), 0, "unpin");
    is_str(ev.data, "{\"id\":null}", "an unpin event");
    store_event_clear(&ev);
    json_decref(p);
    is_int(count_gapless(st, ch), 6, "six events, no gap");

    /* external ids */
    json_t *x = json_pack("{ss}", "title", "bridged");
    struct post xp;
    rec_to_post(x, &xp);
    xp.external_id = strdup("ext-1");
    is_int(store_post_create(st, ch, &xp, 0, &ev, NULL), 0, "a post with an external id");
    int64_t xid = xp.id;
    store_event_clear(&ev);
    is_int(store_post_create(st, ch, &xp, 0, &ev, NULL), -EEXIST, "the same external id: -EEXIST");
    post_clear(&xp);
    json_decref(x);
    struct post found;
    int state;
    is_int(store_post_by_external(st, ch, "ext-1", &found, &state), 0, "post_by_external");
    ok(found.id == xid && state == STORE_POST_LIVE, "finds it, live");
    post_clear(&found);
    is_int(store_post_by_external(st, ch, "ext-2", &found, &state), -ENOENT, "none: -ENOENT");
    post_clear(&found);
    is_int(count_gapless(st, ch), 7, "the refused one took no seq");
}

struct del_arg {
    struct store *st;
    int64_t ch;
    const int64_t *ids;
    int deleted, gone;
};

static void *del_thread(void *p)
{
    struct del_arg *a = p;
    for (int i = 0; i < 20; i++) {
        struct store_event ev;
        int rc = store_post_delete(a->st, a->ch, a->ids[i], &ev, NULL);
        a->deleted += rc == 0;
        a->gone += rc == -ENOENT;
        store_event_clear(&ev);
    }
    return NULL;
}

/* Two nodes, eight threads, deleting the same 20 posts: each goes once. */
static void test_delete_race(void)
{
    struct store *node[2] = {open_main(), open_main()};
    int64_t ch = make_channel(node[0], "delrace"), ids[20];
    for (int i = 0; i < 20; i++)
        post(node[i % 2], ch, "doomed", &ids[i]);
    struct del_arg a[8];
    pthread_t t[8];
    for (int i = 0; i < 8; i++) {
        a[i] = (struct del_arg){.st = node[i % 2], .ch = ch, .ids = ids};
        pthread_create(&t[i], NULL, del_thread, &a[i]);
    }
    int deleted = 0, gone = 0;
    for (int i = 0; i < 8; i++) {
        pthread_join(t[i], NULL);
        deleted += a[i].deleted;
        gone += a[i].gone;
    }
    is_int(deleted, 20, "each post deleted once");
    is_int(gone, 140, "the other tries find it gone");
    is_int(count_gapless(node[1], ch), 40, "20 posts and 20 deletes, no gap");
    store_close(node[0]);
    store_close(node[1]);
}

/* The hook runs after the COMMIT: another node already reads the events. */
struct after_commit {
    struct store *other;
    int calls, visible;
};

static void after_commit_hook(void *arg, const struct store_event *evs, size_t n)
{
    struct after_commit *h = arg;
    struct store_event *got;
    size_t k;
    int64_t oldest, last = 0;
    h->calls++;
    if (store_events_after(h->other, evs[n - 1].channel_id, evs[n - 1].seq - 1, 1, &got, &k,
                           &oldest, &last) == 0 &&
        k == 1 && got[0].seq == evs[n - 1].seq)
        h->visible++;
    store_events_free(got, k);
}

static void test_hook_after_commit(void)
{
    struct store *st = open_main(), *other = open_main();
    struct after_commit h = {.other = other};
    int64_t ch = make_channel(st, "hooked");
    store_set_commit_hook(st, after_commit_hook, &h);
    for (int i = 0; i < 5; i++)
        post(st, ch, "seen", NULL);
    store_set_commit_hook(st, NULL, NULL);
    is_int(h.calls, 5, "the hook ran once per commit");
    is_int(h.visible, 5, "each time after the events were committed");
    store_close(st);
    store_close(other);
}

/* Each commit NOTIFYs 'crier' with "<channel id>:<last seq>". */
static void test_notify(struct store *st)
{
    PGconn *l = PQconnectdb(uri_main);
    PQclear(PQexec(l, "LISTEN crier"));
    int64_t ch = make_channel(st, "notified");
    post(st, ch, "one", NULL);
    post(st, ch, "two", NULL);
    char want[64], got[64] = "";
    snprintf(want, sizeof want, "%lld:2", (long long)ch);
    int notes = 0;
    for (int i = 0; i < 50 && strcmp(got, want) != 0; i++) {
        struct pollfd pfd = {.fd = PQsocket(l), .events = POLLIN};
        poll(&pfd, 1, 100);
        PQconsumeInput(l);
        PGnotify *nt;
        while ((nt = PQnotifies(l))) {
            notes++;
            snprintf(got, sizeof got, "%s", nt->extra);
            PQfreemem(nt);
        }
    }
    is_str(got, want, "the last notification carries the channel and its last seq");
    is_int(notes, 2, "one per commit");
    PQfinish(l);
}

/* The server ends every connection of the store's database while they are
 * idle (a restart, pg_terminate_backend): the next calls notice it before
 * sending anything and reconnect, so they succeed. No server at all:
 * CRIER_EUNAVAIL. */
static void test_connection_loss(void)
{
    struct store *st = open_main();
    int64_t ch = make_channel(st, "loss");
    is_int(post(st, ch, "before", NULL), 1, "a post before");
    char sql[256];
    snprintf(sql, sizeof sql,
             "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
             " WHERE datname = '%s' AND pid <> pg_backend_pid()",
             db_main);
    ok(admin(NULL, sql) == 0, "the server ends the store's connections");
    usleep(100000);
    struct store_channel got;
    int rc = store_channel_get_by_id(st, ch, &got);
    is_int(rc, 0, "a read after its idle connection was ended: reconnects first, succeeds");
    if (rc == 0)
        store_channel_clear(&got);
    is_int(post(st, ch, "after", NULL), 2,
           "a publish too (the writer's connection), with the next seq");
    store_close(st);

    struct store *none = NULL;
    is_int(store_pg_open(&none, "postgresql://crier@127.0.0.1:1/crier?connect_timeout=2"),
           CRIER_EUNAVAIL, "no server: CRIER_EUNAVAIL, no crash");
    ok(none == NULL, "and no store");
}

int main(void)
{
    base_uri = getenv("CRIER_TEST_PG");
    if (!base_uri || !*base_uri) {
        printf("1..0 # SKIP no PostgreSQL\n");
        return 0;
    }
    if (make_db(db_main, sizeof db_main, "main") < 0) {
        printf("1..0 # SKIP cannot create a database at CRIER_TEST_PG\n");
        return 0;
    }
    db_uri(uri_main, sizeof uri_main, db_main);

    test_migrations();
    struct store *st = open_main();
    ok(st != NULL, "store_pg_open");
    if (st) {
        test_channels(st);
        test_batch_failure(st);
        test_mixed_batches(st);
        test_paging(st);
        test_prune(st);
        test_drafts_schedule(st);
        test_edit_delete_pin(st);
        test_notify(st);
        store_close(st);
        test_concurrent_seqs();
        test_publish_due_race();
        test_delete_race();
        test_hook_after_commit();
        test_connection_loss();
    }
    drop_db(db_main);
    return done_testing();
}
