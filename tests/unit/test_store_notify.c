/*
 * test_store_notify: the store's notification calls (store.h
 * "notifications") against the SQLite backend, each on a fresh database in
 * a temporary directory. The cases both backends share are in
 * store_notify_cases.h (settings, push subscriptions, email subscribers,
 * the cursor and the outbox, stats, the cleanups of channel delete,
 * reader_forget and readers_prune, the outbox's throughput, here on a real
 * file with synchronous=FULL); this file adds what only SQLite has:
 * migration 7 on a database made before it, and two handles opened at once
 * racing to initialise one setting.
 */
#include "store/store.h"

#include <errno.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "crier.h"
#include "post_records.h"
#include "raw_sqlite.h"
#include "store_notify_cases.h"
#include "tap.h"

static char tmpdir[] = "/tmp/crier-test-store-notify-XXXXXX";

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

/* The database file of the store opened with open_dir(name). */
static const char *dbfile(char *buf, size_t size, const char *name)
{
    snprintf(buf, size, "%s/%s/crier.db", tmpdir, name);
    return buf;
}

/* ---- tests ---- */

/*
 * A database made before the notifications: a store at the newest schema,
 * taken back to version 6 by dropping what migration 7 adds (it only adds).
 * Reopening migrates it; every channel that existed starts at its last_seq,
 * one made afterwards at 0.
 */
static void test_migration(void)
{
    char db[512];
    dbfile(db, sizeof db, "mig");
    struct store *st = open_dir("mig");
    int64_t a = make_channel(st, "a"), b = make_channel(st, "b");
    for (int i = 0; i < 3; i++)
        rec_post_title(st, a, "old news", NULL);
    rec_post_title(st, b, "old news", NULL);
    store_close(st);

    is_int(raw_int(db, "SELECT value FROM meta WHERE key = 'schema_version'"), 12,
           "a new database is at the newest schema, 12");
    is_int(raw_int(db, "SELECT count(*) FROM pragma_table_list WHERE strict = 1 AND name IN"
                       " ('settings', 'push_subs', 'email_subs', 'outbox', 'notify_cursors')"),
           5, "the notification tables exist and are STRICT");
    is_int(
        raw_exec(db,
                 "DROP TRIGGER members_push_subs; ALTER TABLE channels DROP COLUMN pinned_post_id;"
                 " DROP TRIGGER post_reach_view; DROP TABLE post_reach; DROP TABLE member_days;"
                 " DROP TABLE audit; DROP TABLE user_links; DROP TABLE sessions; DROP TABLE roles;"
                 " DROP TABLE users; ALTER TABLE posts DROP COLUMN user_id;"
                 " DROP TABLE source_items; DROP TABLE sources;"
                 " DROP TABLE notify_cursors; DROP TABLE outbox; DROP TABLE email_subs;"
                 " DROP TABLE push_subs; DROP TABLE settings;"
                 " UPDATE meta SET value = 6 WHERE key = 'schema_version'"),
        SQLITE_OK, "raw: back to a version 6 database with two channels");

    st = open_dir("mig");
    ok(st != NULL, "reopen migrates");
    is_int(raw_int(db, "SELECT value FROM meta WHERE key = 'schema_version'"), 12,
           "at schema 12 again");
    struct store_notify_cursor c;
    is_int(store_notify_cursor_get(st, a, &c), 0, "cursor of an old channel");
    is_int(c.seq, 3, "starts at its last_seq: no old post rings");
    is_int(c.channel_id, a, "for that channel");
    is_int(store_notify_cursor_get(st, b, &c), 0, "cursor of the other");
    is_int(c.seq, 1, "at its own last_seq");
    int64_t fresh = make_channel(st, "fresh");
    rec_post_title(st, fresh, "new news", NULL);
    is_int(store_notify_cursor_get(st, fresh, &c), 0, "cursor of a channel made since");
    ok(c.seq == 0 && c.phase == 0 && c.sub_after == 0, "starts at the beginning");

    /* the cursor moves, and a reopen (no migration left) keeps it */
    struct store_notify_cursor next = cur(a, 4, 1, 17);
    is_int(store_outbox_fill(st, NULL, 0, &next, 1000), 0, "a fill with no rows moves the cursor");
    store_close(st);
    st = open_dir("mig");
    is_int(store_notify_cursor_get(st, a, &c), 0, "after a reopen");
    ok(c.seq == 4 && c.phase == 1 && c.sub_after == 17, "the cursor is where the fill set it");
    store_close(st);
}

struct init_arg {
    const char *dir, *value;
    pthread_barrier_t *go;
    char got[64];
    int rc;
};

static void *init_thread(void *p)
{
    struct init_arg *a = p;
    struct store *st = NULL;
    unsigned char *v = NULL;
    size_t n = 0;
    a->rc = store_open(&st, a->dir);
    pthread_barrier_wait(a->go);
    if (a->rc == 0)
        a->rc = store_setting_init(st, "race", a->value, strlen(a->value), &v, &n);
    if (a->rc == 0)
        snprintf(a->got, sizeof a->got, "%.*s", (int)n, (const char *)v);
    free(v);
    store_close(st);
    return NULL;
}

/* The shared settings case on two handles of one database, then two nodes
 * starting at once on it (each opening its own handle) agree on one value. */
static void test_settings_nodes(void)
{
    struct store *st = open_dir("settings"), *st2 = open_dir("settings");
    test_settings(st, st2);
    store_close(st2);
    store_close(st);

    /* two nodes starting at once on one database agree on one value */
    char dir[512];
    tpath(dir, sizeof dir, "settings");
    pthread_barrier_t go;
    pthread_barrier_init(&go, NULL, 2);
    struct init_arg args[2] = {{.dir = dir, .value = "node-one", .go = &go},
                               {.dir = dir, .value = "node-two", .go = &go}};
    pthread_t th[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&th[i], NULL, init_thread, &args[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    pthread_barrier_destroy(&go);
    ok(args[0].rc == 0 && args[1].rc == 0, "both inits succeed");
    is_str(args[0].got, args[1].got, "both nodes got the same value");
    ok(strcmp(args[0].got, "node-one") == 0 || strcmp(args[0].got, "node-two") == 0,
       "one of the two");
}

static void test_push_subs(void)
{
    char db[512];
    struct raw_db raw = {sqlite_get, sqlite_exec, dbfile(db, sizeof db, "push")};
    struct store *st = open_dir("push");
    int64_t a = make_channel(st, "a"), b = make_channel(st, "b"), c = make_channel(st, "c");
    int64_t r1 = make_reader(st, 1), r2 = make_reader(st, 2);
    test_push_basics(st, &raw, a, b, r1, r2);
    test_push_remove(st, &raw, a, b, r1, r2);

    /* the per-reader cap counts the reader's other subscriptions */
    int64_t r3 = make_reader(st, 3);
    char ep[64];
    int fails = 0;
    for (int i = 0; i < STORE_PUSH_PER_READER; i++) {
        snprintf(ep, sizeof ep, "https://push.example/cap%d", i);
        fails += make_push(st, i % 2 ? a : c, r3, ep) <= 0;
    }
    is_int(fails, 0, "STORE_PUSH_PER_READER subscriptions");
    test_push_at_cap(st, a, r3);
    store_close(st);
}

/* Runs a shared case on a fresh database of its own, in tmpdir/name. */
static void on_fresh(const char *name, void (*fn)(struct store *, const struct raw_db *))
{
    char db[512];
    struct raw_db raw = {sqlite_get, sqlite_exec, dbfile(db, sizeof db, name)};
    struct store *st = open_dir(name);
    fn(st, &raw);
    store_close(st);
}

/* test_fill on two handles of one database. */
static void test_fill_nodes(void)
{
    char db[512];
    struct raw_db raw = {sqlite_get, sqlite_exec, dbfile(db, sizeof db, "fill")};
    struct store *st = open_dir("fill"), *st2 = open_dir("fill");
    test_fill(st, st2, &raw);
    store_close(st2);
    store_close(st);
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    test_migration();
    test_settings_nodes();
    test_push_subs();
    on_fresh("page", test_push_page);
    on_fresh("membership end", test_push_membership_end);
    on_fresh("email", test_email);
    test_fill_nodes();
    on_fresh("claim", test_claim);
    on_fresh("orphans", test_claim_orphans);
    on_fresh("cancel", test_cancel_post);
    on_fresh("stats", test_stats);
    on_fresh("cleanup", test_cleanups);
    on_fresh("perf", test_throughput);
    return done_testing_in(tmpdir);
}
