/*
 * test_store: the store contract (store.h) against the SQLite backend, on a
 * fresh database in a temporary directory: migrations (and the upgrade of a
 * version 1 file), channels, gapless seqs, group commit under concurrency,
 * per-request failure inside a batch, scheduled posts, pruning, tokens,
 * durability across reopen, selections: candidates, marks, views and
 * exactly-once selection publishing, and readers: atomic invite joins under
 * a race on one handle, and the latest posts. The cases shared with the
 * PostgreSQL backend are in store_members_cases.h (tokens, readers, device
 * links, invites and their approval, memberships, unread counts, feed keys,
 * access changes, reader cleanup), run here on two handles opened on one
 * database directory, and in store_sel_cases.h (candidates, marks,
 * views_add, selection publish, last and list, views_record), run here each
 * on a fresh database directory; SQLite's own check of the published_at
 * column (by json_extract) and its selection race stay here.
 */
#include "store/store.h"

#include <errno.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crier.h"
#include "post_records.h"
#include "raw_sqlite.h"
#include "store_members_cases.h"
#include "store_sel_cases.h"
#include "tap.h"

static char tmpdir[] = "/tmp/crier-test-store-XXXXXX";

#define SCHEMA_VERSION 12 /* the newest migration in store_sqlite.c */

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

    is_int(raw_int(db, "SELECT value FROM meta WHERE key = 'schema_version'"), SCHEMA_VERSION,
           "schema_version is the newest");
    is_int(raw_int(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN"
                       " ('channels', 'posts', 'events', 'tokens', 'meta', 'selections')"),
           6, "all tables exist");
    is_int(raw_int(db, "SELECT count(*) FROM pragma_table_list WHERE strict = 1 AND name IN"
                       " ('channels', 'posts', 'events', 'tokens', 'meta', 'selections')"),
           6, "tables are STRICT");
    is_int(raw_int(db, "SELECT count(*) FROM pragma_table_list WHERE strict = 1 AND name IN"
                       " ('readers', 'reader_transfers', 'invites', 'members')"),
           4, "reader tables exist and are STRICT");
    is_int(raw_int(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND"
                       " name = 'posts_published'"),
           1, "candidate index exists");
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
    is_int(raw_int(db, "SELECT count(*) FROM meta"), 4,
           "reopen is a no-op on meta (schema_version and the three id high-water marks)");
    is_int(raw_int(db, "SELECT value FROM meta WHERE key = 'schema_version'"), SCHEMA_VERSION,
           "schema_version unchanged by reopen");

    is_int(raw_exec(db, "UPDATE meta SET value = 99 WHERE key = 'schema_version'"), SQLITE_OK,
           "raw bump of schema_version");
    st = NULL;
    is_int(store_open(&st, dir), CRIER_ESCHEMA, "newer schema fails with CRIER_ESCHEMA");
    ok(st == NULL, "no store on failure");

    /* Nothing listens on port 1: the PostgreSQL backend answers that the
     * server cannot be reached (test_store_pg*.c test it with one). */
    is_int(store_open(&st, "postgres://crier@127.0.0.1:1/crier?connect_timeout=2"), CRIER_EUNAVAIL,
           "postgres:// with no server: unavailable");
    is_int(store_open(&st, "postgresql://crier@127.0.0.1:1/crier?connect_timeout=2"),
           CRIER_EUNAVAIL, "postgresql:// with no server: unavailable");

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
    is_int(raw_int(db, "SELECT value FROM meta WHERE key = 'schema_version'"), SCHEMA_VERSION,
           "raced database at the newest schema_version");
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
    struct store_token pub = {.scope = STORE_SCOPE_PUBLISH, .channel_id = ch.id},
                       adm = {.scope = STORE_SCOPE_ADMIN}, t;
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
    is_int(rec_post_get(st, a, ids[2], &rec, &state), 0, "post_get");
    is_int(state, STORE_POST_LIVE, "live");
    is_int(json_integer_value(json_object_get(rec, "id")), ids[2], "record has id");
    is_int(json_integer_value(json_object_get(rec, "seq")), 2, "record has creation seq");
    ok(json_integer_value(json_object_get(rec, "published_at")) > 0, "record has published_at");
    json_int_t published_at = json_integer_value(json_object_get(rec, "published_at"));
    json_decref(rec);
    is_int(rec_post_get(st, b, ids[2], &rec, &state), -ENOENT, "post of another channel");

    struct store_event ev;
    json_t *p = json_pack("{ss}", "title", "edited");
    is_int(rec_post_edit(st, a, ids[2], p, &ev), 0, "post_edit");
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

    is_int(store_post_delete(st, a, ids[3], &ev, NULL), 0, "post_delete");
    is_int(ev.seq, 7, "delete takes seq 7");
    is_int(ev.kind, STORE_EV_DELETE, "delete event kind");
    char want[64];
    snprintf(want, sizeof want, "{\"id\":%lld,\"seq\":3}", (long long)ids[3]);
    is_str(ev.data, want, "delete data is id and creation seq");
    store_event_clear(&ev);
    is_int(rec_post_get(st, a, ids[3], &rec, &state), 0, "deleted post still readable");
    is_int(state, STORE_POST_DELETED, "state deleted");
    json_decref(rec);
    p = json_object();
    is_int(rec_post_edit(st, a, ids[3], p, &ev), -ENOENT, "edit deleted -> -ENOENT");
    is_int(store_post_delete(st, a, ids[3], &ev, NULL), -ENOENT, "delete twice -> -ENOENT");
    is_int(rec_post_create(st, 4242, p, 0, &ev), -ENOENT, "post on unknown channel");
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
    a->rc = a->op == 1 ? rec_post_edit(a->st, a->ch, a->post_id, j, &ev)
                       : rec_post_create(a->st, a->ch, j, 0, &ev);
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
    struct one_arg first = {.st = st, .op = 0, .ch = ch},
                   reqs[4] = {
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
    is_int(rec_post_create(st, ch, p, now + 3600 * 1000, &ev), 0, "scheduled create");
    int64_t id = json_integer_value(json_object_get(p, "id"));
    ok(id > 0, "scheduled post has an id");
    is_int(ev.seq, 0, "scheduled -> ev.seq 0");
    ok(json_object_get(p, "seq") == NULL, "no seq in the record yet");
    store_event_clear(&ev);
    json_decref(p);
    is_int(rec_post_get(st, ch, id, &rec, &state), 0, "scheduled post_get");
    is_int(state, STORE_POST_SCHEDULED, "state scheduled");
    json_decref(rec);

    store_events_after(st, ch, 0, 100, &evs, &n, &oldest, &last);
    is_int(n, 1, "no event for the scheduled post");
    is_int(last, 1, "last_seq unchanged");
    store_events_free(evs, n);

    /* edit while scheduled: no event, no seq */
    p = json_pack("{ss}", "title", "later, better");
    is_int(rec_post_edit(st, ch, id, p, &ev), 0, "edit while scheduled");
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
    is_int(rec_post_get(st, ch, id, &rec, &state), 0, "published post_get");
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
    is_int(rec_post_get(st, ch, id, &rec, &state), 0, "post survives");
    json_decref(rec);
    is_int(post(st, ch, "after", NULL), 4, "next seq continues at 4");
    store_close(st);
}

/* ---- selections ---- */

/*
 * The released schema of migration 1, as a version 1 binary left it. Kept
 * here verbatim so the upgrade is tested against a real old file, not against
 * whatever migration 1 says today.
 */
static const char v1_schema[] =
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value ANY) STRICT;"
    "CREATE TABLE channels (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE,"
    "  title TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',"
    "  lang TEXT NOT NULL DEFAULT '', tz TEXT NOT NULL DEFAULT 'UTC',"
    "  visibility INTEGER NOT NULL DEFAULT 0, last_seq INTEGER NOT NULL DEFAULT 0,"
    "  oldest_seq INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL) STRICT;"
    "CREATE TABLE posts (id INTEGER PRIMARY KEY,"
    "  channel_id INTEGER NOT NULL REFERENCES channels(id),"
    "  state TEXT NOT NULL CHECK (state IN ('live', 'scheduled', 'deleted')),"
    "  seq INTEGER, publish_at INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL, data TEXT NOT NULL) STRICT;"
    "CREATE INDEX posts_channel ON posts(channel_id, id);"
    "CREATE INDEX posts_due ON posts(publish_at) WHERE state = 'scheduled';"
    "CREATE TABLE events (channel_id INTEGER NOT NULL REFERENCES channels(id),"
    "  seq INTEGER NOT NULL, kind INTEGER NOT NULL, post_id INTEGER, data TEXT NOT NULL,"
    "  created_at INTEGER NOT NULL, PRIMARY KEY (channel_id, seq)) STRICT, WITHOUT ROWID;"
    "CREATE TABLE tokens (id INTEGER PRIMARY KEY,"
    "  hash BLOB NOT NULL UNIQUE CHECK (length(hash) = 32), scope INTEGER NOT NULL,"
    "  channel_id INTEGER REFERENCES channels(id), label TEXT NOT NULL DEFAULT '',"
    "  created_at INTEGER NOT NULL, last_used_at INTEGER, revoked_at INTEGER) STRICT;"
    "CREATE INDEX tokens_channel ON tokens(channel_id);"
    "PRAGMA journal_mode = WAL;"
    "INSERT INTO meta VALUES ('schema_version', 1);"
    "INSERT INTO channels (id, slug, title, lang, tz, last_seq, oldest_seq, created_at,"
    "  updated_at) VALUES (1, 'old', 'Old', 'fr', 'Europe/Paris', 3, 1, 1000, 1000);"
    "INSERT INTO posts VALUES (10, 1, 'live', 1, 0, 1000, 1000,"
    "  '{\"title\":\"one\",\"id\":10,\"seq\":1,\"published_at\":1700000000000}');"
    "INSERT INTO posts VALUES (11, 1, 'live', 2, 0, 2000, 2000,"
    "  '{\"title\":\"two\",\"id\":11,\"seq\":2,\"published_at\":1700000001000}');"
    "INSERT INTO posts VALUES (12, 1, 'deleted', 3, 0, 3000, 3000,"
    "  '{\"title\":\"gone\",\"id\":12,\"seq\":3,\"published_at\":1700000002000}');"
    "INSERT INTO posts VALUES (13, 1, 'scheduled', NULL, 9999999999999, 4000, 4000,"
    "  '{\"title\":\"later\",\"id\":13}');"
    "INSERT INTO events VALUES (1, 1, 1, 10, '{\"id\":10}', 1000);"
    "INSERT INTO events VALUES (1, 2, 1, 11, '{\"id\":11}', 2000);"
    "INSERT INTO events VALUES (1, 3, 1, 12, '{\"id\":12}', 3000);";

static void test_upgrade_v1(void)
{
    char dir[512], db[512];
    tpath(dir, sizeof dir, "v1");
    tpath(db, sizeof db, "v1/crier.db");
    mkdir(dir, 0700);
    is_int(raw_exec(db, v1_schema), SQLITE_OK, "hand-built version 1 database");
    is_int(raw_int(db, "SELECT value FROM meta WHERE key = 'schema_version'"), 1,
           "it is at schema_version 1");

    struct store *st = open_dir("v1");
    ok(st != NULL, "store_open upgrades it");
    if (!st)
        return;
    is_int(raw_int(db, "SELECT value FROM meta WHERE key = 'schema_version'"), SCHEMA_VERSION,
           "now at the newest schema_version");
    is_int(raw_int(db, "SELECT published_at FROM posts WHERE id = 10"), 1700000000000LL,
           "published_at backfilled from the record");
    is_int(raw_int(db, "SELECT published_at FROM posts WHERE id = 12"), 1700000002000LL,
           "deleted post backfilled too");
    is_int(raw_int(db, "SELECT published_at IS NULL FROM posts WHERE id = 13"), 1,
           "scheduled post has no published_at");
    is_int(raw_int(db, "SELECT count(*) FROM posts WHERE kind = 'post' AND views = 0"
                       " AND mark = 0"),
           4, "old posts are kind post with no views and no mark");
    is_int(raw_int(db, "SELECT count(*) FROM pragma_table_list WHERE strict = 1 AND name IN"
                       " ('channels', 'posts', 'selections')"),
           3, "still STRICT after ALTER TABLE");

    struct store_channel ch;
    is_int(store_channel_get(st, "old", &ch), 0, "old channel readable");
    is_str(ch.selection, "{}", "old channel gets default selection settings");
    is_int(ch.last_seq, 3, "last_seq kept");
    store_channel_clear(&ch);

    struct store_candidate *cs;
    size_t n;
    is_int(store_candidates(st, 1, 1700000000000LL, 1700000002001LL, &cs, &n), 0,
           "candidates on the upgraded file");
    is_int(n, 2, "the two live posts, not the deleted one");
    if (n == 2) {
        is_int(cs[0].id, 10, "oldest first");
        is_int(cs[0].published_at, 1700000000000LL, "published_at from the backfill");
        is_str(cs[1].title, "two", "record");
    }
    store_candidates_free(cs, n);
    is_int(post(st, 1, "new", NULL), 4, "posting continues at seq 4");
    store_close(st);
    st = open_dir("v1");
    ok(st != NULL, "reopen after the upgrade");
    store_close(st);
}

static void test_channel_selection(void)
{
    struct store *st = open_dir("chsel");
    struct store_channel ch = {0}, got;
    const char *settings = "{\"slots\":[{\"name\":\"morning\",\"at\":\"06:30\"}],\"k\":5}";

    snprintf(ch.slug, sizeof ch.slug, "plain");
    ch.title = (char *)"Plain";
    is_int(store_channel_create(st, &ch), 0, "create with selection NULL");
    is_int(store_channel_get(st, "plain", &got), 0, "get");
    is_str(got.selection, "{}", "NULL selection stored as {}");
    store_channel_clear(&got);
    ok(got.selection == NULL && got.title == NULL, "clear frees and resets selection");

    struct store_channel ch2 = {0};
    snprintf(ch2.slug, sizeof ch2.slug, "tuned");
    ch2.title = (char *)"Tuned";
    ch2.selection = (char *)settings;
    is_int(store_channel_create(st, &ch2), 0, "create with selection settings");
    is_int(store_channel_get_by_id(st, ch2.id, &got), 0, "get_by_id");
    is_str(got.selection, settings, "selection round-trips byte for byte");
    store_channel_clear(&got);

    /* update with NULL keeps; with a value replaces */
    ch2.selection = NULL;
    ch2.title = (char *)"Tuned 2";
    is_int(store_channel_update(st, &ch2), 0, "update with selection NULL");
    store_channel_get(st, "tuned", &got);
    is_str(got.title, "Tuned 2", "title updated");
    is_str(got.selection, settings, "selection left unchanged");
    store_channel_clear(&got);
    ch2.selection = (char *)"{\"off\":true}";
    is_int(store_channel_update(st, &ch2), 0, "update with new selection");
    store_channel_get(st, "tuned", &got);
    is_str(got.selection, "{\"off\":true}", "selection replaced");
    store_channel_clear(&got);

    struct store_channel *list;
    size_t n;
    is_int(store_channel_list(st, &list, &n), 0, "list");
    ok(n == 2 && strcmp(list[0].selection, "{}") == 0 &&
           strcmp(list[1].selection, "{\"off\":true}") == 0,
       "list fills selection");
    store_channels_free(list, n);
    store_close(st);
}

/* ---- exactly once under a race ---- */

struct race_arg {
    struct store *st;
    int64_t ch;
    pthread_barrier_t *go;
    int rc;
    int64_t seq;
};

static void *race_thread(void *p)
{
    struct race_arg *a = p;
    struct store_event ev;
    pthread_barrier_wait(a->go);
    a->rc = publish_sel(a->st, a->ch, "2026-11-26", "evening", 1000, 2000, &ev);
    a->seq = ev.seq;
    store_event_clear(&ev);
    return NULL;
}

/* A plain post racing alongside, so refused publishes sit in batches with
 * requests that commit. */
static void *race_post_thread(void *p)
{
    struct race_arg *a = p;
    pthread_barrier_wait(a->go);
    a->seq = post(a->st, a->ch, "racing", NULL);
    a->rc = a->seq > 0 ? 0 : (int)a->seq;
    return NULL;
}

static void test_selection_race(void)
{
    /* Two handles on one file stand for two processes: their writers are
     * separate threads with separate connections. */
    struct store *st1 = open_dir("selrace"), *st2 = open_dir("selrace");
    int64_t ch = make_channel(st1, "race");
    for (int i = 0; i < 3; i++)
        post(st1, ch, "before", NULL);

    for (int round = 0; round < 5; round++) {
        pthread_barrier_t go;
        pthread_t th[12];
        struct race_arg args[12];
        pthread_barrier_init(&go, NULL, 12);
        hook_reset();
        store_set_commit_hook(st1, hook_fn, NULL);
        store_set_commit_hook(st2, hook_fn, NULL);
        for (int i = 0; i < 12; i++) {
            args[i] = (struct race_arg){.st = i % 2 ? st2 : st1, .ch = ch, .go = &go};
            pthread_create(&th[i], NULL, i < 8 ? race_thread : race_post_thread, &args[i]);
        }
        int wins = 0, exists = 0, other = 0, post_fail = 0;
        int64_t win_seq = 0;
        for (int i = 0; i < 12; i++) {
            pthread_join(th[i], NULL);
            if (i >= 8)
                post_fail += args[i].rc != 0;
            else if (args[i].rc == 0)
                wins++, win_seq = args[i].seq;
            else if (args[i].rc == -EEXIST)
                exists++;
            else
                other++;
        }
        pthread_barrier_destroy(&go);
        store_set_commit_hook(st1, NULL, NULL);
        store_set_commit_hook(st2, NULL, NULL);

        is_int(wins, round == 0 ? 1 : 0, "round %d: %s", round,
               round == 0 ? "exactly one of 8 racing publishes wins"
                          : "no publish wins once the key exists");
        is_int(exists, round == 0 ? 7 : 8, "round %d: the others get -EEXIST", round);
        is_int(other, 0, "round %d: no other error", round);
        is_int(post_fail, 0, "round %d: plain posts in the same batches commit", round);
        pthread_mutex_lock(&hk.mu);
        int sel_evs = 0;
        for (size_t i = 0; i < hk.n; i++)
            sel_evs += hk.v[i].kind == STORE_EV_SELECTION;
        is_int(sel_evs, round == 0 ? 1 : 0, "round %d: hooks saw %s", round,
               round == 0 ? "one selection event" : "no selection event");
        is_int(hk.n, round == 0 ? 5 : 4, "round %d: and the plain posts", round);
        pthread_mutex_unlock(&hk.mu);
        if (round == 0) {
            struct store_selection sel;
            store_selection_get(st2, ch, "2026-11-26", "evening", &sel);
            is_int(sel.seq, win_seq, "the stored row is the winner's");
        }
    }

    struct store_event *evs;
    size_t n;
    int64_t oldest, last;
    is_int(store_events_after(st2, ch, 0, 1000, &evs, &n, &oldest, &last), 0, "catch up");
    int gapless = n == (size_t)last, sels = 0;
    for (size_t i = 0; i < n; i++) {
        gapless &= evs[i].seq == (int64_t)i + 1;
        sels += evs[i].kind == STORE_EV_SELECTION;
    }
    is_int(last, 3 + 1 + 5 * 4, "3 posts + 1 selection + 20 racing posts");
    ok(gapless, "seqs 1..%lld with no hole: refused publishes took none", (long long)last);
    is_int(sels, 1, "one selection event stored");
    store_events_free(evs, n);
    char db[512];
    is_int(raw_int(tpath(db, sizeof db, "selrace/crier.db"),
                   "SELECT count(*) FROM posts WHERE kind = 'selection'"),
           1, "one selection post row");
    store_close(st1);
    store_close(st2);
}

/* ---- readers, device links, invites and membership (schema 3) ---- */

/* The cases shared with PostgreSQL are in store_members_cases.h (run
 * below); this race is SQLite's own: eight threads on one handle. */
static void test_invite_race(void)
{
    struct store *st = open_dir("invrace");
    int64_t ch = make_channel(st, "race");
    unsigned char h[32], h2[32];
    make_invite(st, ch, 1, 0, 3, 0, h);

    /* Eight readers race for an invite with three uses, each from its own
     * thread (and so its own connection). */
    pthread_t th[8];
    struct join_arg args[8];
    for (int i = 0; i < 8; i++)
        args[i] = (struct join_arg){.st = st, .hash = h, .reader = make_reader(st, 10 + i)};
    for (int i = 0; i < 8; i++)
        pthread_create(&th[i], NULL, join_thread, &args[i]);
    int joined = 0, full = 0, other = 0;
    for (int i = 0; i < 8; i++) {
        pthread_join(th[i], NULL);
        if (args[i].rc == 0 && args[i].state == STORE_MEMBER_ACTIVE)
            joined++;
        else if (args[i].rc == -EDQUOT)
            full++;
        else
            other++;
    }
    is_int(joined, 3, "exactly max_uses readers join");
    is_int(full, 5, "the others get -EDQUOT");
    is_int(other, 0, "no other outcome");
    struct store_invite got;
    store_invite_lookup(st, h, &got);
    is_int(got.uses, 3, "uses == max_uses");
    int64_t count = 0;
    store_member_count(st, ch, &count);
    is_int(count, 3, "three members");

    /* One reader pressing Join eight times at once uses one. */
    make_invite(st, ch, 2, 0, 0, 1, h2);
    int64_t r = make_reader(st, 99);
    for (int i = 0; i < 8; i++) {
        args[i] = (struct join_arg){.st = st, .hash = h2, .reader = r};
        pthread_create(&th[i], NULL, join_thread, &args[i]);
    }
    int pending = 0;
    for (int i = 0; i < 8; i++) {
        pthread_join(th[i], NULL);
        pending += args[i].rc == 0 && args[i].state == STORE_MEMBER_PENDING;
    }
    is_int(pending, 8, "every press answers pending");
    store_invite_lookup(st, h2, &got);
    is_int(got.uses, 1, "one use taken");
    store_close(st);
}

static void test_posts_recent(void)
{
    struct store *st = open_dir("recent");
    int64_t ch = make_channel(st, "recent"), other = make_channel(st, "other");
    int64_t ids[6];
    json_t *arr = NULL;
    struct store_event ev;

    is_int(rec_posts_recent(st, ch, 0, 10, &arr), 0, "posts_recent on an empty channel");
    is_int(json_array_size(arr), 0, "empty array");
    json_decref(arr);
    for (int i = 1; i <= 5; i++) {
        char t[16];
        snprintf(t, sizeof t, "p%d", i);
        post(st, ch, t, &ids[i]);
    }
    post(st, other, "elsewhere", NULL);
    json_t *later = json_pack("{ss}", "title", "later");
    is_int(rec_post_create(st, ch, later, crier_now_ms() + 3600000, &ev), 0, "scheduled");
    json_decref(later);
    store_event_clear(&ev);
    is_int(store_post_delete(st, ch, ids[4], &ev, NULL), 0, "delete p4");
    store_event_clear(&ev);
    json_t *ed = json_pack("{ss}", "title", "p2 edited");
    is_int(rec_post_edit(st, ch, ids[2], ed, &ev), 0, "edit p2");
    json_decref(ed);
    store_event_clear(&ev);
    is_int(publish_sel(st, ch, "2026-11-26", "evening", 0, crier_now_ms() + 1, &ev), 0,
           "a selection");
    int64_t sel_seq = ev.seq;
    store_event_clear(&ev);

    is_int(rec_posts_recent(st, ch, 0, 3, &arr), 0, "posts_recent limit 3");
    is_int(json_array_size(arr), 3, "three");
    if (json_array_size(arr) == 3) {
        is_int(json_integer_value(json_object_get(json_array_get(arr, 0), "seq")), sel_seq,
               "newest first: the selection");
        is_str(json_string_value(json_object_get(json_array_get(arr, 0), "title")),
               "Sélection du matin", "the selection's record");
        is_str(json_string_value(json_object_get(json_array_get(arr, 1), "title")), "p5",
               "then p5 (p4 is deleted)");
        is_str(json_string_value(json_object_get(json_array_get(arr, 2), "title")), "p3", "p3");
    }
    json_decref(arr);
    is_int(rec_posts_recent(st, ch, 3, 10, &arr), 0, "before_seq 3");
    is_int(json_array_size(arr), 2, "p2 and p1");
    if (json_array_size(arr) == 2) {
        is_str(json_string_value(json_object_get(json_array_get(arr, 0), "title")), "p2 edited",
               "the record as edited, at its creation seq");
        is_int(json_integer_value(json_object_get(json_array_get(arr, 1), "id")), ids[1], "p1");
    }
    json_decref(arr);
    is_int(rec_posts_recent(st, ch, 0, 0, &arr), -EINVAL, "limit 0 -> -EINVAL");
    is_int(rec_posts_recent(st, ch, 0, 1001, &arr), -EINVAL, "limit 1001 -> -EINVAL");
    ok(arr == NULL, "no array on error");
    store_close(st);
}

static int access_hook_calls;
static void count_access(void *arg)
{
    (void)arg;
    access_hook_calls++;
}

/* The hook runs once per change this process makes, after it committed. */
static void test_access_hook(void)
{
    struct store *st = open_dir("access-hook");
    int64_t a = make_channel(st, "h-a");
    store_set_access_hook(st, count_access, NULL);
    struct store_channel ch;
    is_int(store_channel_get(st, "h-a", &ch), 0, "get");
    ch.visibility = STORE_PRIVATE;
    is_int(store_channel_update(st, &ch), 0, "made private");
    store_channel_clear(&ch);
    is_int(access_hook_calls, 1, "hook called");
    is_int(store_member_leave(st, a, 12345), -ENOENT, "no such member");
    is_int(access_hook_calls, 1, "no hook for a failed change");
    is_int(store_channel_delete(st, "h-a"), 0, "deleted");
    is_int(access_hook_calls, 2, "hook called again");
    store_close(st);
}

/* An external id names one post per channel; a second create with it is
 * -EEXIST and burns no seq. */
static void test_external_id(void)
{
    struct store *st = open_dir("external");
    int64_t ch = make_channel(st, "ext"), other = make_channel(st, "ext2");
    struct store_event ev;
    json_t *p = json_pack("{ss ss}", "title", "a", "external_id", "k1");
    is_int(rec_post_create(st, ch, p, 0, &ev), 0, "first create");
    ok(json_object_get(p, "external_id") == NULL, "the key is not in the record");
    store_event_clear(&ev);
    json_decref(p);
    p = json_pack("{ss ss}", "title", "b", "external_id", "k1");
    is_int(rec_post_create(st, ch, p, 0, &ev), -EEXIST, "the same key again: -EEXIST");
    json_decref(p);
    ok(post(st, ch, "c", NULL) == 2, "no seq was burnt");
    p = json_pack("{ss ss}", "title", "d", "external_id", "k1");
    is_int(rec_post_create(st, other, p, 0, &ev), 0, "another channel, the same key");
    store_event_clear(&ev);
    json_decref(p);
    json_t *rec = NULL;
    int state = -1;
    is_int(rec_post_by_external(st, ch, "k1", &rec, &state), 0, "found by its key");
    is_str(json_string_value(json_object_get(rec, "title")), "a", "the first post");
    is_int(state, STORE_POST_LIVE, "live");
    json_decref(rec);
    is_int(rec_post_by_external(st, ch, "nope", &rec, &state), -ENOENT, "unknown key");
    store_close(st);
}

/* A page of events stops at its byte budget, never at zero events. */
static void test_events_page(void)
{
    struct store *st = open_dir("page");
    int64_t ch = make_channel(st, "page");
    char big[3000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    for (int i = 0; i < 10; i++)
        post(st, ch, big, NULL);
    struct store_event *evs;
    size_t n;
    int64_t oldest, last;
    is_int(store_events_page(st, ch, 0, 100, 10000, &evs, &n, &oldest, &last), 0, "a page");
    ok(n >= 3 && n <= 4, "stopped near 10,000 bytes");
    is_int(last, 10, "last_seq still tells the whole");
    store_events_free(evs, n);
    is_int(store_events_page(st, ch, 0, 100, 1, &evs, &n, &oldest, &last), 0, "a tiny budget");
    is_int(n, 1, "one event all the same");
    store_events_free(evs, n);
    is_int(store_events_page(st, ch, 0, 100, 0, &evs, &n, &oldest, &last), 0, "no budget");
    is_int(n, 10, "every event");
    store_events_free(evs, n);
    is_int(store_events_page(st, ch, INT64_MAX, 100, 0, &evs, &n, &oldest, &last), 0,
           "after far past the last seq");
    is_int(n, 0, "nothing, and no error");
    store_events_free(evs, n);
    store_close(st);
}

/* ---- the shared member cases (store_members_cases.h) ---- */

/* Two handles on one fresh database in tmpdir/name: st and other. */
struct nodes {
    struct store *st, *other;
    char db[512];
    struct raw_db raw;
};

static void nodes_open(struct nodes *n, const char *name)
{
    n->st = open_dir(name);
    n->other = open_dir(name);
    snprintf(n->db, sizeof n->db, "%s/%s/crier.db", tmpdir, name);
    n->raw = (struct raw_db){sqlite_get, sqlite_exec, n->db};
}

static void nodes_close(struct nodes *n)
{
    store_close(n->other);
    store_close(n->st);
}

static void on_nodes(const char *name,
                     void (*fn)(struct store *, struct store *, const struct raw_db *))
{
    struct nodes n;
    nodes_open(&n, name);
    fn(n.st, n.other, &n.raw);
    nodes_close(&n);
}

static void on_nodes2(const char *name, void (*fn)(struct store *, struct store *))
{
    struct nodes n;
    nodes_open(&n, name);
    fn(n.st, n.other);
    nodes_close(&n);
}

static void test_unread_nodes(void)
{
    struct nodes n;
    nodes_open(&n, "unread");
    test_unread(n.st, n.other, &n.raw);
    nodes_close(&n);
}

/* test_access_changes' new handle. */
static struct store *reopen_access(struct store *old)
{
    store_close(old);
    return open_dir("access");
}

/* The shared case on a new database (whose generation starts at 0), then
 * the ids' high-water mark across reopens. */
static void test_access_nodes(void)
{
    struct store *st = open_dir("access"), *other = open_dir("access");
    int64_t gen0 = -1;
    size_t n = 99;
    is_int(store_access_changes(st, -1, NULL, 0, &n, &gen0), 0, "a new database's generation");
    is_int(gen0, 0, "none yet");
    test_access_changes(st, other, reopen_access); /* closes other */
    store_close(st);

    /* ...and not after a reopen either (the high-water mark is stored) */
    st = open_dir("access");
    int64_t f = make_channel(st, "acc-f");
    is_int(store_channel_delete(st, "acc-f"), 0, "f deleted");
    store_close(st);
    st = open_dir("access");
    ok(make_channel(st, "acc-g") > f, "after a reopen");
    store_close(st);
}

/* ---- the shared selection cases (store_sel_cases.h) ---- */

/* One store on a fresh database in tmpdir/name, and its raw_db. */
static void on_db(const char *name, void (*fn)(struct store *, const struct raw_db *))
{
    struct nodes n;
    nodes_open(&n, name);
    store_close(n.other);
    fn(n.st, &n.raw);
    store_close(n.st);
}

static void on_db1(const char *name, void (*fn)(struct store *))
{
    struct store *st = open_dir(name);
    fn(st);
    store_close(st);
}

/* The shared case, then SQLite's own check: the published_at column is the
 * record's for every post, by json_extract. */
static void test_candidates_sqlite(void)
{
    char db[512];
    on_db("cand", test_candidates);
    tpath(db, sizeof db, "cand/crier.db");
    is_int(raw_int(db, "SELECT count(*) FROM posts WHERE published_at IS NOT"
                       " json_extract(data, '$.published_at')"),
           0, "published_at column equals the record's for every post");
}

/* The database file: created 0600 (its -wal and -shm too), an older 0644
 * one is made private, and an existing empty file is refused. */
/* A write that finds the database locked past the busy timeout is the
 * store being busy (CRIER_EUNAVAIL: the API answers 503, retry later), not
 * a storage failure (500); once the lock is gone the same write goes in. */
static void test_busy(void)
{
    char db[512];
    sqlite3 *raw = NULL;
    struct store *st = open_dir("busy");
    tpath(db, sizeof db, "busy/crier.db");
    make_channel(st, "avant");
    is_int(sqlite3_open(db, &raw), SQLITE_OK, "a second connection");
    is_int(sqlite3_exec(raw, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK,
           "it holds the write lock");
    struct store_channel ch = {0};
    snprintf(ch.slug, sizeof ch.slug, "pendant");
    snprintf(ch.tz, sizeof ch.tz, "UTC");
    is_int(store_channel_create(st, &ch), CRIER_EUNAVAIL,
           "a write past the busy timeout: unavailable");
    is_int(sqlite3_exec(raw, "ROLLBACK", NULL, NULL, NULL), SQLITE_OK, "the lock is let go");
    sqlite3_close(raw);
    is_int(store_channel_create(st, &ch), 0, "the same write goes in");
    store_close(st);
}

static void test_db_file(void)
{
    char dir[512], db[512], side[600];
    struct stat sb;
    struct store *st = open_dir("dbfile");
    tpath(db, sizeof db, "dbfile/crier.db");
    ok(st != NULL, "a new database");
    int got = stat(db, &sb) == 0 ? (int)(sb.st_mode & 0777) : -1; /* the message reads it */
    ok(got == 0600, "crier.db is 0600 (%03o)", (unsigned)got);
    make_channel(st, "perm"); /* a write: -wal and -shm exist while open */
    snprintf(side, sizeof side, "%s-wal", db);
    ok(stat(side, &sb) == 0 && (sb.st_mode & 0777) == 0600, "crier.db-wal is 0600");
    snprintf(side, sizeof side, "%s-shm", db);
    ok(stat(side, &sb) == 0 && (sb.st_mode & 0777) == 0600, "crier.db-shm is 0600");
    store_close(st);
    is_int(raw_int(db, "SELECT count(*) FROM channels"), 1, "the data is there");

    is_int(chmod(db, 0644), 0, "an old 0644 database");
    st = open_dir("dbfile");
    ok(st != NULL, "opens");
    ok(stat(db, &sb) == 0 && (sb.st_mode & 0777) == 0600, "and is made 0600");
    store_close(st);

    /* An empty crier.db is refused, and left as it is. */
    mkdir(tpath(dir, sizeof dir, "empty"), 0700);
    tpath(db, sizeof db, "empty/crier.db");
    FILE *f = fopen(db, "w");
    fclose(f);
    st = NULL;
    is_int(store_open(&st, dir), CRIER_ESTORE, "an empty crier.db is refused");
    ok(st == NULL, "no store");
    ok(stat(db, &sb) == 0 && sb.st_size == 0, "the file is untouched");
    char uri[600];
    snprintf(uri, sizeof uri, "sqlite:%s", db);
    is_int(store_open(&st, uri), CRIER_ESTORE, "through sqlite:PATH too");
    unlink(db);
    is_int(store_open(&st, dir), 0, "once it is gone, a new database is made");
    store_close(st);
    ok(stat(db, &sb) == 0 && sb.st_size > 0, "not empty");
    DIR *d = opendir(dir);
    int strays = 0;
    for (struct dirent *e; d && (e = readdir(d));)
        strays += strstr(e->d_name, ".new-") != NULL;
    if (d)
        closedir(d);
    is_int(strays, 0, "no temporary file is left behind");
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
    on_nodes("tokens", test_tokens);
    test_durability();
    test_upgrade_v1();
    test_channel_selection();
    test_candidates_sqlite();
    on_db1("candf", test_candidate_fields);
    on_db("selpub", test_selection_publish);
    on_db1("sellast", test_selection_last_list);
    test_selection_race();
    on_nodes2("readers", test_readers);
    on_nodes("transfers", test_transfers);
    on_nodes("invites", test_invites);
    test_invite_race();
    on_nodes2("members", test_members);
    test_unread_nodes();
    on_nodes2("feedkeys", test_feed_keys);
    test_posts_recent();
    test_access_nodes();
    test_access_hook();
    test_events_page();
    test_external_id();
    on_db("views", test_views_record);
    on_nodes("rdclean", test_reader_cleanup);
    test_db_file();
    test_busy();

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
