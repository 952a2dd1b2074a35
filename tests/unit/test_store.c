/*
 * test_store: the store contract (store.h) against the SQLite backend, on a
 * fresh database in a temporary directory: migrations, channels, gapless
 * seqs, group commit under concurrency, per-request failure inside a batch,
 * scheduled posts, pruning, tokens and durability across reopen.
 */
#include "store/store.h"

#include <errno.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crier.h"
#include "tap.h"

static char tmpdir[] = "/tmp/crier-test-store-XXXXXX";

/* A fresh path under the temp dir: returns a static buffer per call slot. */
static const char *tpath(char *buf, size_t size, const char *name)
{
    snprintf(buf, size, "%s/%s", tmpdir, name);
    return buf;
}

static struct store *open_dir(const char *name)
{
    char dir[512];
    struct store *st = NULL;
    int rc = store_open(&st, tpath(dir, sizeof dir, name));
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
    snprintf(ch.tz, sizeof ch.tz, "Europe/Paris");
    int rc = store_channel_create(st, &ch);
    return rc == 0 ? ch.id : rc;
}

/* Publishes {"title": title} now; returns the event's seq, or the error. */
static int64_t post(struct store *st, int64_t ch, const char *title, int64_t *id)
{
    json_t *p = json_pack("{ss}", "title", title);
    struct store_event ev;
    int rc = store_post_create(st, ch, p, 0, &ev);
    if (id)
        *id = json_integer_value(json_object_get(p, "id"));
    json_decref(p);
    int64_t seq = rc == 0 ? ev.seq : rc;
    store_event_clear(&ev);
    return seq;
}

/* Reads one value from the raw database file, bypassing the store. */
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
    sqlite3_close(h);
    return rc;
}

/* ---- commit hook recorder ---- */

struct rec_ev {
    int64_t channel_id, seq;
    int kind;
};

static struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    struct rec_ev *v;
    size_t n, cap;
    size_t calls;
    size_t last_call_n;
    int block;   /* when set, the hook waits until it is cleared */
    int blocked; /* the hook is waiting */
    int bad;     /* an event without "id" in its data */
} hk = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, 0, 0, 0, 0, 0, 0, 0};

static void hook_reset(void)
{
    pthread_mutex_lock(&hk.mu);
    free(hk.v);
    hk.v = NULL;
    hk.n = hk.cap = hk.calls = hk.last_call_n = 0;
    hk.block = hk.blocked = hk.bad = 0;
    pthread_mutex_unlock(&hk.mu);
}

static void hook_fn(void *arg, const struct store_event *evs, size_t n)
{
    (void)arg;
    pthread_mutex_lock(&hk.mu);
    hk.calls++;
    hk.last_call_n = n;
    for (size_t i = 0; i < n; i++) {
        if (hk.n == hk.cap) {
            hk.cap = hk.cap ? hk.cap * 2 : 256;
            hk.v = realloc(hk.v, hk.cap * sizeof *hk.v);
        }
        hk.v[hk.n++] = (struct rec_ev){evs[i].channel_id, evs[i].seq, evs[i].kind};
        if (!evs[i].data || !strstr(evs[i].data, "\"id\":") ||
            strlen(evs[i].data) != evs[i].data_len || evs[i].channel[0] == '\0')
            hk.bad++;
    }
    if (hk.block) {
        hk.blocked = 1;
        pthread_cond_broadcast(&hk.cv);
        while (hk.block)
            pthread_cond_wait(&hk.cv, &hk.mu);
        hk.blocked = 0;
    }
    pthread_mutex_unlock(&hk.mu);
}

/* ---- tests ---- */

struct open_arg {
    const char *path;
    struct store *st;
    int rc;
};

static void *open_thread(void *p)
{
    struct open_arg *a = p;
    a->rc = store_open(&a->st, a->path);
    return NULL;
}

static void test_migrations(void)
{
    char dir[512], db[512], uri[600];
    struct store *st = NULL;

    tpath(dir, sizeof dir, "mig/nested");
    tpath(db, sizeof db, "mig/nested/crier.db");
    is_int(store_open(&st, dir), 0, "open creates the directory and the database");
    struct stat sb;
    ok(stat(dir, &sb) == 0 && (sb.st_mode & 0777) == 0700, "data directory is mode 0700");
    ok(st && strcmp(st->ops->name, "sqlite") == 0, "a directory selects sqlite");
    store_close(st);

    is_int(raw_int(db, "SELECT value FROM meta WHERE key = 'schema_version'"), 1,
           "schema_version is 1");
    is_int(raw_int(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN"
                       " ('channels', 'posts', 'events', 'tokens', 'meta')"),
           5, "all tables exist");
    is_int(raw_int(db, "SELECT count(*) FROM pragma_table_list WHERE strict = 1 AND name IN"
                       " ('channels', 'posts', 'events', 'tokens', 'meta')"),
           5, "tables are STRICT");
    is_int(raw_int(db, "SELECT wr FROM pragma_table_list WHERE name = 'events'"), 1,
           "events is WITHOUT ROWID");
    is_int(raw_int(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND"
                       " name = 'posts_due'"),
           1, "scheduled-post index exists");
    is_int(raw_int(db, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), 1,
           "database is in WAL mode");

    st = NULL;
    snprintf(uri, sizeof uri, "sqlite:%s", db);
    is_int(store_open(&st, uri), 0, "reopen through sqlite:PATH");
    store_close(st);
    is_int(raw_int(db, "SELECT count(*) FROM meta"), 1, "reopen is a no-op on meta");
    is_int(raw_int(db, "SELECT value FROM meta WHERE key = 'schema_version'"), 1,
           "schema_version still 1");

    is_int(raw_exec(db, "UPDATE meta SET value = 99 WHERE key = 'schema_version'"), SQLITE_OK,
           "raw bump of schema_version");
    st = NULL;
    is_int(store_open(&st, dir), CRIER_ESCHEMA, "newer schema fails with CRIER_ESCHEMA");
    ok(st == NULL, "no store on failure");

    is_int(store_open(&st, "postgres://localhost/crier"), -ENOTSUP, "postgres:// not yet");
    is_int(store_open(&st, "postgresql://localhost/crier"), -ENOTSUP, "postgresql:// not yet");

    /* Four processes' worth of opens racing on a new database: each step is
     * applied once and every open succeeds. */
    pthread_t th[4];
    struct open_arg args[4];
    tpath(dir, sizeof dir, "race");
    tpath(db, sizeof db, "race/crier.db");
    mkdir(dir, 0700);
    for (int i = 0; i < 4; i++) {
        args[i] = (struct open_arg){.path = dir};
        pthread_create(&th[i], NULL, open_thread, &args[i]);
    }
    int fails = 0;
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        fails += args[i].rc != 0;
        store_close(args[i].st);
    }
    is_int(fails, 0, "concurrent first opens all succeed");
    is_int(raw_int(db, "SELECT value FROM meta WHERE key = 'schema_version'"), 1,
           "raced database at schema_version 1");
}

static void test_channels(void)
{
    struct store *st = open_dir("channels");
    struct store_channel ch = {0}, got;

    snprintf(ch.slug, sizeof ch.slug, "lemonde-monde");
    ch.title = (char *)"Le Monde";
    ch.description = (char *)"International";
    snprintf(ch.lang, sizeof ch.lang, "fr");
    snprintf(ch.tz, sizeof ch.tz, "Europe/Paris");
    ch.visibility = STORE_PRIVATE;
    is_int(store_channel_create(st, &ch), 0, "channel_create");
    ok(ch.id > 0 && ch.created_at > 0, "create fills id and created_at");
    is_int(ch.last_seq, 0, "new channel last_seq 0");
    is_int(ch.oldest_seq, 1, "new channel oldest_seq 1");
    is_int(store_channel_create(st, &ch), -EEXIST, "duplicate slug -> -EEXIST");

    is_int(store_channel_get(st, "lemonde-monde", &got), 0, "channel_get");
    is_str(got.title, "Le Monde", "title");
    is_str(got.description, "International", "description");
    is_str(got.tz, "Europe/Paris", "tz");
    is_str(got.lang, "fr", "lang");
    is_int(got.visibility, STORE_PRIVATE, "visibility");
    is_int(got.id, ch.id, "same id");
    store_channel_clear(&got);
    is_int(store_channel_get_by_id(st, ch.id, &got), 0, "channel_get_by_id");
    is_str(got.slug, "lemonde-monde", "slug by id");
    store_channel_clear(&got);
    is_int(store_channel_get(st, "nope", &got), -ENOENT, "unknown slug -> -ENOENT");
    is_int(store_channel_get_by_id(st, 9999, &got), -ENOENT, "unknown id -> -ENOENT");

    int64_t other = make_channel(st, "other");
    ok(other > 0, "second channel");
    struct store_channel *list;
    size_t n;
    is_int(store_channel_list(st, &list, &n), 0, "channel_list");
    is_int(n, 2, "two channels listed");
    ok(n == 2 && strcmp(list[0].slug, "lemonde-monde") == 0 && strcmp(list[1].slug, "other") == 0,
       "listed in creation order");
    store_channels_free(list, n);

    ch.title = (char *)"Le Monde (monde)";
    ch.visibility = STORE_PUBLIC;
    snprintf(ch.tz, sizeof ch.tz, "UTC");
    is_int(store_channel_update(st, &ch), 0, "channel_update");
    store_channel_get(st, "lemonde-monde", &got);
    is_str(got.title, "Le Monde (monde)", "updated title");
    is_str(got.tz, "UTC", "updated tz");
    is_int(got.visibility, STORE_PUBLIC, "updated visibility");
    store_channel_clear(&got);
    struct store_channel ghost = {0};
    snprintf(ghost.slug, sizeof ghost.slug, "ghost");
    is_int(store_channel_update(st, &ghost), -ENOENT, "update unknown -> -ENOENT");

    /* delete takes the channel's posts, events and publish tokens with it */
    ok(post(st, ch.id, "a", NULL) == 1, "post before delete");
    struct store_token pub = {.scope = STORE_SCOPE_PUBLISH, .channel_id = ch.id}, adm = {
        .scope = STORE_SCOPE_ADMIN}, t;
    memset(pub.hash, 0xaa, 32);
    memset(adm.hash, 0xbb, 32);
    is_int(store_token_create(st, &pub), 0, "publish token");
    is_int(store_token_create(st, &adm), 0, "admin token");
    is_int(store_channel_delete(st, "lemonde-monde"), 0, "channel_delete");
    is_int(store_channel_get(st, "lemonde-monde", &got), -ENOENT, "deleted -> -ENOENT");
    is_int(store_token_lookup(st, pub.hash, &t), -ENOENT, "publish token went with it");
    is_int(store_token_lookup(st, adm.hash, &t), 0, "admin token kept");
    struct store_event *evs;
    int64_t oldest, last;
    is_int(store_events_after(st, ch.id, 0, 10, &evs, &n, &oldest, &last), -ENOENT,
           "events of deleted channel -> -ENOENT");
    is_int(store_channel_delete(st, "lemonde-monde"), -ENOENT, "delete again -> -ENOENT");
    is_int(store_channel_list(st, &list, &n), 0, "list after delete");
    is_int(n, 1, "one channel left");
    store_channels_free(list, n);
    store_close(st);
}

static void test_seq(void)
{
    struct store *st = open_dir("seq");
    int64_t a = make_channel(st, "a"), b = make_channel(st, "b");
    int64_t ids[6], bid[4];
    int good = 1;

    /* interleaved: each channel counts on its own */
    for (int i = 1; i <= 5; i++) {
        good &= post(st, a, "pa", &ids[i]) == i;
        if (i <= 3)
            good &= post(st, b, "pb", &bid[i]) == i;
    }
    ok(good, "channels a and b get independent seqs 1..5 and 1..3");
    ok(ids[1] > 0 && ids[2] > ids[1], "post ids assigned");

    json_t *rec;
    int state;
    is_int(store_post_get(st, a, ids[2], &rec, &state), 0, "post_get");
    is_int(state, STORE_POST_LIVE, "live");
    is_int(json_integer_value(json_object_get(rec, "id")), ids[2], "record has id");
    is_int(json_integer_value(json_object_get(rec, "seq")), 2, "record has creation seq");
    ok(json_integer_value(json_object_get(rec, "published_at")) > 0, "record has published_at");
    json_int_t published_at = json_integer_value(json_object_get(rec, "published_at"));
    json_decref(rec);
    is_int(store_post_get(st, b, ids[2], &rec, &state), -ENOENT, "post of another channel");

    struct store_event ev;
    json_t *p = json_pack("{ss}", "title", "edited");
    is_int(store_post_edit(st, a, ids[2], p, &ev), 0, "post_edit");
    is_int(ev.seq, 6, "edit takes seq 6");
    is_int(ev.kind, STORE_EV_EDIT, "edit event kind");
    is_int(ev.post_id, ids[2], "edit event post_id");
    is_str(ev.channel, "a", "edit event channel slug");
    json_t *d = json_loads(ev.data, 0, NULL);
    is_str(json_string_value(json_object_get(d, "title")), "edited", "edit data is the new record");
    is_int(json_integer_value(json_object_get(d, "seq")), 2, "edit keeps creation seq");
    is_int(json_integer_value(json_object_get(d, "published_at")), published_at,
           "edit keeps published_at");
    ok(json_integer_value(json_object_get(d, "edited_at")) > 0, "edit sets edited_at");
    json_decref(d);
    store_event_clear(&ev);
    json_decref(p);

    is_int(store_post_delete(st, a, ids[3], &ev), 0, "post_delete");
    is_int(ev.seq, 7, "delete takes seq 7");
    is_int(ev.kind, STORE_EV_DELETE, "delete event kind");
    char want[64];
    snprintf(want, sizeof want, "{\"id\":%lld,\"seq\":3}", (long long)ids[3]);
    is_str(ev.data, want, "delete data is id and creation seq");
    store_event_clear(&ev);
    is_int(store_post_get(st, a, ids[3], &rec, &state), 0, "deleted post still readable");
    is_int(state, STORE_POST_DELETED, "state deleted");
    json_decref(rec);
    p = json_object();
    is_int(store_post_edit(st, a, ids[3], p, &ev), -ENOENT, "edit deleted -> -ENOENT");
    is_int(store_post_delete(st, a, ids[3], &ev), -ENOENT, "delete twice -> -ENOENT");
    is_int(store_post_create(st, 4242, p, 0, &ev), -ENOENT, "post on unknown channel");
    json_decref(p);

    /* catch-up pages */
    static const int kinds[] = {0, 1, 1, 1, 1, 1, 2, 3};
    struct store_event *evs;
    size_t n;
    int64_t oldest, last, after = 0;
    int pages = 0, seen = 0;
    good = 1;
    for (;;) {
        int rc = store_events_after(st, a, after, 3, &evs, &n, &oldest, &last);
        if (rc != 0 || n == 0) {
            good &= rc == 0;
            store_events_free(evs, n);
            break;
        }
        pages++;
        for (size_t i = 0; i < n; i++) {
            seen++;
            good &= evs[i].seq == after + 1 && evs[i].kind == kinds[evs[i].seq] &&
                    strstr(evs[i].data, "\"id\":") != NULL && evs[i].channel_id == a &&
                    strcmp(evs[i].channel, "a") == 0;
            after = evs[i].seq;
        }
        store_events_free(evs, n);
    }
    ok(good, "events_after returns seqs in order with kinds and data");
    is_int(seen, 7, "seven events on a");
    is_int(pages, 3, "limit 3 gives three pages");
    is_int(last, 7, "last_seq 7");
    is_int(oldest, 1, "oldest_seq 1");
    is_int(store_events_after(st, b, 0, 100, &evs, &n, &oldest, &last), 0, "events of b");
    is_int(n, 3, "b has three");
    is_int(last, 3, "b last_seq 3");
    store_events_free(evs, n);
    is_int(store_events_after(st, 4242, 0, 100, &evs, &n, &oldest, &last), -ENOENT,
           "events_after unknown channel -> -ENOENT");
    store_close(st);
}

struct gc_arg {
    struct store *st;
    int64_t ch;
    int64_t seqs[200];
    int fails;
};

static void *gc_thread(void *p)
{
    struct gc_arg *a = p;
    for (int i = 0; i < 200; i++) {
        a->seqs[i] = post(a->st, a->ch, "burst", NULL);
        a->fails += a->seqs[i] <= 0;
    }
    return NULL;
}

static void test_group_commit(void)
{
    struct store *st = open_dir("gc");
    int64_t ch = make_channel(st, "gc");
    static struct gc_arg args[8];
    pthread_t th[8];
    const int total = 8 * 200;

    hook_reset();
    store_set_commit_hook(st, hook_fn, NULL);
    uint64_t commits0 = st->commits;
    for (int i = 0; i < 8; i++) {
        args[i] = (struct gc_arg){.st = st, .ch = ch};
        pthread_create(&th[i], NULL, gc_thread, &args[i]);
    }
    char *seen = calloc((size_t)total + 1, 1);
    int fails = 0, dup = 0, range = 0;
    for (int i = 0; i < 8; i++) {
        pthread_join(th[i], NULL);
        fails += args[i].fails;
        for (int j = 0; j < 200; j++) {
            int64_t s = args[i].seqs[j];
            if (s < 1 || s > total)
                range++;
            else if (seen[s]++)
                dup++;
        }
    }
    is_int(fails, 0, "1600 concurrent posts succeed");
    is_int(dup + range, 0, "seqs are exactly 1..1600, no hole or duplicate");
    uint64_t commits = st->commits - commits0;
    ok(commits < (uint64_t)total, "batched: %llu commits for %d posts", (unsigned long long)commits,
       total);
    printf("# commit latency avg %llu us, max %llu us\n",
           (unsigned long long)(st->commit_us_sum / (st->commits ? st->commits : 1)),
           (unsigned long long)st->commit_us_max);

    pthread_mutex_lock(&hk.mu);
    int order = hk.n == (size_t)total;
    for (size_t i = 0; order && i < hk.n; i++)
        order = hk.v[i].seq == (int64_t)i + 1 && hk.v[i].channel_id == ch &&
                hk.v[i].kind == STORE_EV_POST;
    is_int(hk.n, total, "hook saw 1600 events");
    ok(order, "hook saw each event once, in seq order");
    is_int(hk.calls, commits, "hook called once per commit");
    is_int(hk.bad, 0, "hook events carry channel and data with id");
    pthread_mutex_unlock(&hk.mu);
    store_set_commit_hook(st, NULL, NULL);

    struct store_event *evs;
    size_t n;
    int64_t oldest, last;
    is_int(store_events_after(st, ch, 0, 5000, &evs, &n, &oldest, &last), 0, "catch up all");
    is_int(n, total, "store holds 1600 events");
    is_int(last, total, "last_seq 1600");
    store_events_free(evs, n);
    free(seen);
    store_close(st);
}

struct one_arg {
    struct store *st;
    int op; /* 0 create, 1 edit, 2 create a record that cannot be serialised */
    int64_t ch, post_id;
    int rc;
    int64_t seq;
};

static void *one_thread(void *p)
{
    struct one_arg *a = p;
    json_t *j = json_pack("{ss}", "title", "x"), *inner = NULL;
    if (a->op == 2) {
        /* a cycle: json_dumps fails only after the seq and the post row were
         * written, so only the savepoint can undo them */
        inner = json_object();
        json_object_set(j, "inner", inner);
        json_object_set(inner, "back", j);
    }
    struct store_event ev;
    a->rc = a->op == 1 ? store_post_edit(a->st, a->ch, a->post_id, j, &ev)
                       : store_post_create(a->st, a->ch, j, 0, &ev);
    a->seq = ev.seq;
    store_event_clear(&ev);
    if (inner) {
        json_object_del(inner, "back");
        json_decref(inner);
    }
    json_decref(j);
    return NULL;
}

static void test_batch_failure(void)
{
    struct store *st = open_dir("batchfail");
    int64_t ch = make_channel(st, "bf");
    struct one_arg first = {.st = st, .op = 0, .ch = ch}, reqs[4] = {
        {.st = st, .op = 0, .ch = ch},
        {.st = st, .op = 1, .ch = ch, .post_id = 987654},
        {.st = st, .op = 2, .ch = ch},
        {.st = st, .op = 0, .ch = ch},
    };
    pthread_t t0, th[4];

    /* Hold the writer inside the first batch's hook so the next four pile
     * up and commit together. */
    hook_reset();
    hk.block = 1;
    store_set_commit_hook(st, hook_fn, NULL);
    pthread_create(&t0, NULL, one_thread, &first);
    pthread_mutex_lock(&hk.mu);
    while (!hk.blocked)
        pthread_cond_wait(&hk.cv, &hk.mu);
    pthread_mutex_unlock(&hk.mu);
    uint64_t commits0 = st->commits;
    for (int i = 0; i < 4; i++) {
        pthread_create(&th[i], NULL, one_thread, &reqs[i]);
        usleep(50 * 1000); /* keep their queue order */
    }
    usleep(200 * 1000);
    pthread_mutex_lock(&hk.mu);
    hk.block = 0;
    pthread_cond_broadcast(&hk.cv);
    pthread_mutex_unlock(&hk.mu);
    pthread_join(t0, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(th[i], NULL);

    is_int(first.rc, 0, "first post");
    is_int(st->commits - commits0, 1, "the four requests shared one commit");
    is_int(reqs[1].rc, -ENOENT, "edit of a missing post in the batch -> -ENOENT");
    is_int(reqs[2].rc, -EINVAL, "unserialisable record in the batch -> -EINVAL");
    is_int(reqs[0].rc, 0, "request before them in the batch succeeds");
    is_int(reqs[3].rc, 0, "request after them in the batch succeeds");
    is_int(reqs[0].seq, 2, "seq 2");
    is_int(reqs[3].seq, 3, "seq 3: the failed ones took none (savepoint rolled back)");
    is_int(hk.last_call_n, 2, "hook got the batch's two events in one call");
    store_set_commit_hook(st, NULL, NULL);

    struct store_event *evs;
    size_t n;
    int64_t oldest, last;
    store_events_after(st, ch, 0, 100, &evs, &n, &oldest, &last);
    is_int(n, 3, "three events stored");
    is_int(last, 3, "last_seq 3");
    store_events_free(evs, n);
    store_close(st);
    char db[512];
    is_int(raw_int(tpath(db, sizeof db, "batchfail/crier.db"), "SELECT count(*) FROM posts"), 3,
           "no post row left by the failed create");
}

static void test_scheduled(void)
{
    struct store *st = open_dir("sched");
    int64_t ch = make_channel(st, "sched");
    int64_t now = crier_now_ms();
    struct store_event ev, *evs;
    size_t n, published = 99;
    int64_t oldest, last;
    json_t *rec;
    int state;

    ok(post(st, ch, "now", NULL) == 1, "a live post first");
    json_t *p = json_pack("{ss}", "title", "later");
    is_int(store_post_create(st, ch, p, now + 3600 * 1000, &ev), 0, "scheduled create");
    int64_t id = json_integer_value(json_object_get(p, "id"));
    ok(id > 0, "scheduled post has an id");
    is_int(ev.seq, 0, "scheduled -> ev.seq 0");
    ok(json_object_get(p, "seq") == NULL, "no seq in the record yet");
    store_event_clear(&ev);
    json_decref(p);
    is_int(store_post_get(st, ch, id, &rec, &state), 0, "scheduled post_get");
    is_int(state, STORE_POST_SCHEDULED, "state scheduled");
    json_decref(rec);

    store_events_after(st, ch, 0, 100, &evs, &n, &oldest, &last);
    is_int(n, 1, "no event for the scheduled post");
    is_int(last, 1, "last_seq unchanged");
    store_events_free(evs, n);

    /* edit while scheduled: no event, no seq */
    p = json_pack("{ss}", "title", "later, better");
    is_int(store_post_edit(st, ch, id, p, &ev), 0, "edit while scheduled");
    is_int(ev.seq, 0, "no seq for a scheduled edit");
    store_event_clear(&ev);
    json_decref(p);

    is_int(store_publish_due(st, now, &published), 0, "publish_due before its time");
    is_int(published, 0, "nothing due");
    ok(post(st, ch, "meanwhile", NULL) == 2, "another live post takes seq 2");

    hook_reset();
    store_set_commit_hook(st, hook_fn, NULL);
    is_int(store_publish_due(st, now + 2 * 3600 * 1000, &published), 0, "publish_due later");
    is_int(published, 1, "one published");
    is_int(hk.n, 1, "hook saw the publish");
    store_set_commit_hook(st, NULL, NULL);
    is_int(store_events_after(st, ch, 2, 100, &evs, &n, &oldest, &last), 0, "events after 2");
    is_int(n, 1, "one new event");
    if (n == 1) {
        is_int(evs[0].seq, 3, "it takes the next seq");
        is_int(evs[0].kind, STORE_EV_POST, "a post event");
        is_int(evs[0].post_id, id, "for the scheduled post");
        ok(strstr(evs[0].data, "later, better") != NULL, "with the edited record");
    }
    store_events_free(evs, n);
    is_int(store_post_get(st, ch, id, &rec, &state), 0, "published post_get");
    is_int(state, STORE_POST_LIVE, "now live");
    is_int(json_integer_value(json_object_get(rec, "seq")), 3, "record seq 3");
    ok(json_integer_value(json_object_get(rec, "published_at")) > 0, "record published_at");
    json_decref(rec);
    is_int(store_publish_due(st, now + 3 * 3600 * 1000, &published), 0, "publish_due again");
    is_int(published, 0, "nothing twice");
    store_close(st);
}

static void test_prune(void)
{
    struct store *st = open_dir("prune");
    int64_t ch = make_channel(st, "prune");
    struct store_event *evs;
    size_t n;
    int64_t oldest, last;

    for (int i = 0; i < 10; i++)
        post(st, ch, "p", NULL);
    is_int(store_prune(st, ch, 6), 0, "prune before 6");
    is_int(store_events_after(st, ch, 3, 100, &evs, &n, &oldest, &last), CRIER_EPRUNED,
           "after 3 -> CRIER_EPRUNED");
    is_int(oldest, 6, "oldest_seq 6");
    is_int(last, 10, "last_seq 10 with EPRUNED");
    is_int(n, 0, "no events with EPRUNED");
    is_int(store_events_after(st, ch, 4, 100, &evs, &n, &oldest, &last), CRIER_EPRUNED,
           "after 4 -> CRIER_EPRUNED");
    is_int(store_events_after(st, ch, 5, 100, &evs, &n, &oldest, &last), 0, "after 5 is fine");
    ok(n == 5 && evs[0].seq == 6, "events 6..10");
    store_events_free(evs, n);
    struct store_channel c;
    store_channel_get_by_id(st, ch, &c);
    is_int(c.oldest_seq, 6, "channel oldest_seq 6");
    store_channel_clear(&c);

    is_int(store_prune(st, ch, 3), 0, "prune below oldest");
    store_events_after(st, ch, 5, 100, &evs, &n, &oldest, &last);
    is_int(oldest, 6, "oldest_seq never moves back");
    store_events_free(evs, n);
    is_int(store_prune(st, ch, 1000), 0, "prune past the end");
    is_int(store_events_after(st, ch, 10, 100, &evs, &n, &oldest, &last), 0, "after last");
    is_int(oldest, 11, "oldest_seq clamped to last_seq + 1");
    is_int(n, 0, "nothing left");
    store_events_free(evs, n);
    ok(post(st, ch, "p", NULL) == 11, "seq continues after pruning");
    is_int(store_prune(st, 4242, 5), -ENOENT, "prune unknown channel -> -ENOENT");
    store_close(st);
}

static void test_tokens(void)
{
    struct store *st = open_dir("tokens");
    int64_t ch = make_channel(st, "tok");
    struct store_token a = {.scope = STORE_SCOPE_ADMIN}, b = {.scope = STORE_SCOPE_PUBLISH,
                                                               .channel_id = ch};
    struct store_token got;

    for (int i = 0; i < 32; i++) {
        a.hash[i] = (unsigned char)i;
        b.hash[i] = (unsigned char)(255 - i);
    }
    snprintf(a.label, sizeof a.label, "admin");
    snprintf(b.label, sizeof b.label, "newsroom");
    is_int(store_token_create(st, &a), 0, "token_create admin");
    is_int(store_token_create(st, &b), 0, "token_create publish");
    ok(a.id > 0 && b.id > a.id && a.created_at > 0, "ids and created_at filled");
    is_int(store_token_create(st, &a), -EEXIST, "same hash -> -EEXIST");

    is_int(store_token_lookup(st, b.hash, &got), 0, "lookup by hash");
    is_int(got.id, b.id, "right token");
    is_int(got.scope, STORE_SCOPE_PUBLISH, "scope");
    is_int(got.channel_id, ch, "channel_id");
    is_str(got.label, "newsroom", "label");
    is_int(got.last_used_at, 0, "never used");
    ok(memcmp(got.hash, b.hash, 32) == 0, "hash round-trips");
    unsigned char other[32];
    memcpy(other, b.hash, 32);
    other[31] ^= 1;
    is_int(store_token_lookup(st, other, &got), -ENOENT, "unknown hash -> -ENOENT");

    is_int(store_token_touch(st, b.id, 12345), 0, "token_touch");
    store_token_lookup(st, b.hash, &got);
    is_int(got.last_used_at, 12345, "touch sets last_used_at");
    is_int(store_token_touch(st, 4242, 1), -ENOENT, "touch unknown -> -ENOENT");

    is_int(store_token_revoke(st, a.id), 0, "token_revoke");
    is_int(store_token_lookup(st, a.hash, &got), -ENOENT, "revoked -> -ENOENT");
    is_int(store_token_revoke(st, 4242), -ENOENT, "revoke unknown -> -ENOENT");

    struct store_token *list;
    size_t n;
    is_int(store_token_list(st, &list, &n), 0, "token_list");
    is_int(n, 2, "both listed");
    ok(n == 2 && list[0].id == a.id && list[0].revoked_at > 0 && list[1].revoked_at == 0,
       "list shows revocation");
    free(list);
    store_close(st);
}

static void test_durability(void)
{
    struct store *st = open_dir("durable");
    int64_t ch = make_channel(st, "dur");
    int64_t id;
    for (int i = 0; i < 3; i++)
        post(st, ch, "before", &id);
    store_close(st);

    st = open_dir("durable");
    ok(st != NULL, "reopen");
    struct store_channel c;
    is_int(store_channel_get(st, "dur", &c), 0, "channel survives");
    is_int(c.last_seq, 3, "last_seq survives");
    store_channel_clear(&c);
    struct store_event *evs;
    size_t n;
    int64_t oldest, last;
    is_int(store_events_after(st, ch, 0, 100, &evs, &n, &oldest, &last), 0, "events survive");
    ok(n == 3 && evs[2].seq == 3 && strstr(evs[2].data, "before"), "three events with data");
    store_events_free(evs, n);
    json_t *rec;
    int state;
    is_int(store_post_get(st, ch, id, &rec, &state), 0, "post survives");
    json_decref(rec);
    is_int(post(st, ch, "after", NULL), 4, "next seq continues at 4");
    store_close(st);
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    test_migrations();
    test_channels();
    test_seq();
    test_group_commit();
    test_batch_failure();
    test_scheduled();
    test_prune();
    test_tokens();
    test_durability();

    int rc = done_testing();
    if (rc == 0) {
        char cmd[600];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
        if (system(cmd) != 0)
            printf("# could not remove %s\n", tmpdir);
    } else {
        printf("# database files kept in %s\n", tmpdir);
    }
    return rc;
}
