/*
 * test_store_pg_notify: the notification ops and the team table of the
 * PostgreSQL backend (store_pg_notify.c, store_pg_team.c), on a fresh
 * database of the server CRIER_TEST_PG points at (made here with a random
 * name, dropped at the end; without it the test skips). The assertions of
 * test_store_notify.c and test_team.c for the same ops, and what only a
 * shared database asks: two store handles (two nodes) and threads racing
 * to initialise one setting, to subscribe past the per-reader cap, to ask
 * for more opt-in mails than the day allows, to fill past max_rows, to
 * claim the same outbox rows, to create one account twice, to use one
 * sign-in link twice and to sign in past the sessions kept.
 */
#include "store/store.h"

#include <errno.h>
#include <libpq-fe.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "crier.h"
#include "log.h"
#include "store/store_pg_int.h"
#include "store/store_team.h"
#include "audit_writes.h"
#include "tap.h"

#define HOUR_MS (3600 * 1000LL)
#define DAY_MS (24 * HOUR_MS)
#define RACERS 8 /* threads per race, half on each node */

static char conninfo[2048];
static PGconn *raw; /* the test's own connection to the test database */

/* ---- the database ---- */

/* conninfo for the same server as uri, database dbname. */
static int conninfo_for(const char *uri, const char *dbname, char *out, size_t size)
{
    char *err = NULL;
    PQconninfoOption *opts = PQconninfoParse(uri, &err);
    size_t len = 0;
    if (!opts) {
        printf("# bad CRIER_TEST_PG: %s\n", err ? err : "?");
        PQfreemem(err);
        return -1;
    }
    out[0] = '\0';
    for (PQconninfoOption *o = opts; o->keyword; o++) {
        const char *v = strcmp(o->keyword, "dbname") == 0 ? dbname : o->val;
        if (!v)
            continue;
        len += (size_t)snprintf(out + len, len < size ? size - len : 0, "%s='", o->keyword);
        for (const char *p = v; *p && len + 3 < size; p++) {
            if (*p == '\'' || *p == '\\')
                out[len++] = '\\';
            out[len++] = *p;
        }
        len += (size_t)snprintf(out + len, len < size ? size - len : 0, "' ");
    }
    PQconninfoFree(opts);
    return len < size ? 0 : -1;
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

static long long raw_int(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static long long raw_int(const char *fmt, ...)
{
    char sql[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(sql, sizeof sql, fmt, ap);
    va_end(ap);
    PGresult *r = PQexec(raw, sql);
    long long v = -1;
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
        v = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    else if (PQresultStatus(r) != PGRES_COMMAND_OK)
        printf("# raw %s: %s\n", sql, PQerrorMessage(raw));
    PQclear(r);
    return v;
}

/* Empties every table the tests touch, and restarts the ids. */
static void reset(void)
{
    raw_int("TRUNCATE channels, readers, users, settings, outbox, push_subs, email_subs,"
            " notify_cursors, members, roles, sessions, user_links, audit"
            " RESTART IDENTITY CASCADE");
}

static struct store *node(void)
{
    struct store *st = NULL;
    int rc = store_pg_open(&st, conninfo);
    if (rc != 0)
        printf("# store_pg_open: %s\n", crier_strerror(rc));
    return st;
}

/* Opens every connection of the node's pool now, so that racing threads
 * start their work together instead of one connection set-up apart. */
static void warm(struct store *st)
{
    struct pg_conn *c[PG_POOL_MAX];
    int k = 0;
    while (k < PG_POOL_MAX && pg_pool_get(pg_store_of(st), &c[k]) == 0)
        k++;
    while (k > 0)
        pg_pool_put(pg_store_of(st), c[--k]);
}

static int64_t make_channel(struct store *st, const char *slug)
{
    struct store_channel ch = {0};
    snprintf(ch.slug, sizeof ch.slug, "%s", slug);
    ch.title = (char *)"Title";
    ch.description = (char *)"";
    snprintf(ch.tz, sizeof ch.tz, "UTC");
    int rc = store_channel_create(st, &ch);
    return rc == 0 ? ch.id : rc;
}

/* A reader, by SQL (its ops are another file's). */
static int64_t make_reader(int i)
{
    return raw_int("INSERT INTO readers (hash, created_at, last_seen_at) VALUES"
                   " (decode(md5('r%d') || md5('s%d'), 'hex'), 0, 0) RETURNING id",
                   i, i);
}

/* state 2: an active member, 1: waiting for approval. */
static void make_member(int64_t ch, int64_t rd, int state)
{
    raw_int("INSERT INTO members (channel_id, reader_id, state, joined_at)"
            " VALUES (%lld, %lld, %d, 0)",
            (long long)ch, (long long)rd, state);
}

static struct store_push_sub push_of(int64_t ch, int64_t rd, const char *endpoint, int notify)
{
    struct store_push_sub s = {.channel_id = ch,
                               .reader_id = rd,
                               .notify = notify,
                               .quiet_from = -1,
                               .quiet_to = -1,
                               .sel_morning = -1,
                               .sel_evening = -1};
    snprintf(s.endpoint, sizeof s.endpoint, "%s", endpoint);
    memset(s.p256dh, 0x42, sizeof s.p256dh);
    s.p256dh[0] = 4;
    memset(s.auth, 0x17, sizeof s.auth);
    return s;
}

static int64_t make_push(struct store *st, int64_t ch, int64_t rd, const char *endpoint)
{
    struct store_push_sub s = push_of(ch, rd, endpoint, 1);
    int rc = store_push_sub_put(st, &s);
    return rc == 0 ? s.id : rc;
}

static int64_t make_email(struct store *st, int64_t ch, const char *address)
{
    struct store_email_sub e;
    int rc = store_email_sub_request(st, ch, address, 1, crier_now_ms(), 3, &e);
    if (rc == 0)
        rc = store_email_sub_confirm(st, e.id, crier_now_ms());
    return rc == 0 ? e.id : rc;
}

static struct store_outbox orow(int kind, int64_t sub, int64_t ch, int64_t seq, int64_t post_id,
                                int64_t due)
{
    return (struct store_outbox){.kind = kind,
                                 .sub_id = sub,
                                 .channel_id = ch,
                                 .seq = seq,
                                 .post_id = post_id,
                                 .due_at = due};
}

static struct store_notify_cursor cur(int64_t ch, int64_t seq, int phase, int64_t after)
{
    return (struct store_notify_cursor){
        .channel_id = ch, .seq = seq, .phase = phase, .sub_after = after};
}

static long long outbox_rows(void)
{
    return raw_int("SELECT count(*) FROM outbox");
}

/* ---- races: RACERS threads released together, half on each node ---- */

struct racer {
    struct store *st;
    pthread_barrier_t *go;
    int i, rc;
    int64_t a, b; /* the race's inputs */
    int64_t got;  /* and an output */
    char text[64];
    int64_t *ids; /* claims: the ids this thread leased */
    size_t nids;
};

static void race(struct store *n1, struct store *n2, void *(*fn)(void *), struct racer r[RACERS],
                 int64_t a, int64_t b)
{
    pthread_t th[RACERS];
    pthread_barrier_t go;
    pthread_barrier_init(&go, NULL, RACERS);
    for (int i = 0; i < RACERS; i++) {
        r[i] = (struct racer){.st = i % 2 ? n2 : n1, .go = &go, .i = i, .a = a, .b = b};
        pthread_create(&th[i], NULL, fn, &r[i]);
    }
    for (int i = 0; i < RACERS; i++)
        pthread_join(th[i], NULL);
    pthread_barrier_destroy(&go);
}

static int count_rc(const struct racer r[RACERS], int rc)
{
    int k = 0;
    for (int i = 0; i < RACERS; i++)
        k += r[i].rc == rc;
    return k;
}

/* ---- settings ---- */

static void *init_thread(void *p)
{
    struct racer *r = p;
    char name[32], value[32];
    unsigned char *v = NULL;
    size_t n = 0;
    snprintf(name, sizeof name, "race%lld", (long long)r->a);
    snprintf(value, sizeof value, "node-%d", r->i);
    pthread_barrier_wait(r->go);
    r->rc = store_setting_init(r->st, name, value, strlen(value), &v, &n);
    if (r->rc == 0)
        snprintf(r->text, sizeof r->text, "%.*s", (int)n, (const char *)v);
    free(v);
    return NULL;
}

static void test_settings(struct store *st, struct store *st2)
{
    unsigned char *v = NULL, big[STORE_SETTING_MAX + 1];
    size_t n = 99;
    reset();
    is_int(store_setting_get(st, "vapid", &v, &n), -ENOENT, "unset -> -ENOENT");
    ok(v == NULL && n == 0, "nothing returned");
    is_int(store_setting_set(st, "vapid", "k1", 2), 0, "setting_set");
    is_int(store_setting_get(st2, "vapid", &v, &n), 0, "setting_get on the other node");
    ok(n == 2 && memcmp(v, "k1", 2) == 0, "the value set");
    free(v);
    is_int(store_setting_set(st, "vapid", "key-2", 5), 0, "set again replaces");
    store_setting_get(st, "vapid", &v, &n);
    ok(n == 5 && memcmp(v, "key-2", 5) == 0, "the new value");
    free(v);

    is_int(store_setting_init(st, "secret", "first", 5, &v, &n), 0, "init an unset setting");
    ok(n == 5 && memcmp(v, "first", 5) == 0, "init answers its own value");
    free(v);
    is_int(store_setting_init(st2, "secret", "second", 6, &v, &n), 0, "init a set setting");
    ok(n == 5 && memcmp(v, "first", 5) == 0, "init twice: the second gets the first value");
    free(v);
    store_setting_get(st, "secret", &v, &n);
    ok(n == 5 && memcmp(v, "first", 5) == 0, "and the stored value is still the first");
    free(v);

    is_int(store_setting_set(st, "empty", NULL, 0), 0, "an empty value");
    is_int(store_setting_get(st, "empty", &v, &n), 0, "is set");
    ok(v != NULL && n == 0, "and reads back empty");
    free(v);
    for (size_t i = 0; i < sizeof big; i++)
        big[i] = (unsigned char)(i * 7); /* every byte value, NUL included */
    is_int(store_setting_set(st, "big", big, STORE_SETTING_MAX), 0, "4 KiB fits");
    is_int(store_setting_get(st, "big", &v, &n), 0, "and reads back");
    ok(n == STORE_SETTING_MAX && memcmp(v, big, n) == 0, "byte for byte");
    free(v);
    is_int(store_setting_set(st, "big", big, STORE_SETTING_MAX + 1), -EINVAL, "one more does not");
    is_int(store_setting_init(st, "big2", big, STORE_SETTING_MAX + 1, &v, &n), -EINVAL,
           "nor through init");
    is_int(store_setting_set(st, "", "x", 1), -EINVAL, "an empty name");
    char longname[80];
    memset(longname, 'n', sizeof longname);
    longname[65] = '\0';
    is_int(store_setting_set(st, longname, "x", 1), -EINVAL, "a name over 64 bytes");

    /* two nodes (eight threads) initialising one setting agree on a value */
    int agree = 1, fails = 0;
    for (int round = 0; round < 5; round++) {
        struct racer r[RACERS];
        race(st, st2, init_thread, r, round, 0);
        for (int i = 0; i < RACERS; i++) {
            fails += r[i].rc != 0;
            agree &= strcmp(r[i].text, r[0].text) == 0;
        }
    }
    is_int(fails, 0, "5 rounds of 8 racing inits all succeed");
    ok(agree, "and in each round every thread of both nodes got the same value");
    is_int(raw_int("SELECT count(*) FROM settings WHERE name LIKE 'race%%'"), 5,
           "one row per setting");
}

/* ---- push subscriptions ---- */

static void test_push_basics(struct store *st, int64_t a, int64_t b, int64_t r1, int64_t r2)
{
    struct store_push_sub s = push_of(a, r1, "https://push.example/e1", 2), *list;
    snprintf(s.tz, sizeof s.tz, "Europe/Paris");
    s.quiet_from = 22 * 60;
    s.quiet_to = 7 * 60;
    s.sel_morning = 8 * 60;
    int64_t before = crier_now_ms();
    is_int(store_push_sub_put(st, &s), 0, "push_sub_put inserts");
    ok(s.id > 0 && s.created_at >= before && s.updated_at >= before, "fills id and created_at");
    int64_t id1 = s.id, created = s.created_at;
    size_t n;
    is_int(store_push_subs_of_reader(st, r1, &list, &n), 0, "push_subs_of_reader");
    is_int(n, 1, "one");
    ok(n == 1 && list[0].id == id1 && list[0].notify == 2 && list[0].quiet_from == 22 * 60 &&
           list[0].quiet_to == 7 * 60 && list[0].sel_morning == 8 * 60 &&
           list[0].sel_evening == -1 && strcmp(list[0].tz, "Europe/Paris") == 0 &&
           strcmp(list[0].endpoint, "https://push.example/e1") == 0 && list[0].p256dh[0] == 4 &&
           list[0].p256dh[64] == 0x42 && list[0].auth[15] == 0x17 && list[0].failing_since == 0 &&
           list[0].channel_id == a && list[0].reader_id == r1 && list[0].created_at == created,
       "every field reads back");
    free(list);

    struct store_push_sub u = push_of(a, r2, "https://push.example/e1", 3);
    u.auth[0] = 0x99;
    is_int(store_push_sub_put(st, &u), 0, "put of the same endpoint updates");
    is_int(u.id, id1, "same id");
    is_int(u.created_at, created, "created_at kept");
    is_int(raw_int("SELECT count(*) FROM push_subs"), 1, "still one row");
    is_int(store_push_subs_of_reader(st, r2, &list, &n), 0, "now the other reader's");
    ok(n == 1 && list[0].notify == 3 && list[0].auth[0] == 0x99 && list[0].quiet_from == -1 &&
           list[0].tz[0] == '\0',
       "every field but id and created_at replaced");
    free(list);
    is_int(store_push_subs_of_reader(st, r1, &list, &n), 0, "the first reader's");
    is_int(n, 0, "has none left");
    free(list);
    int64_t in_b = make_push(st, b, r2, "https://push.example/e1");
    ok(in_b > 0 && in_b != id1, "the same endpoint in another channel is another row");

    is_int(store_push_sub_failing(st, id1, 1000), 0, "failing from 1000");
    is_int(store_push_sub_failing(st, id1, 5000), 0, "failing again");
    is_int(raw_int("SELECT failing_since FROM push_subs WHERE id = %lld", (long long)id1), 1000,
           "the first failure is kept");
    is_int(store_push_sub_failing(st, id1, 0), 0, "a success clears it");
    is_int(raw_int("SELECT failing_since FROM push_subs WHERE id = %lld", (long long)id1), 0,
           "cleared");
    is_int(store_push_sub_failing(st, 999999, 1), -ENOENT, "failing of an unknown id");
    is_int(store_push_sub_failing(st, id1, -1), -EINVAL, "a negative since");

    struct store_push_sub bad = push_of(999, r1, "https://push.example/x", 1);
    is_int(store_push_sub_put(st, &bad), -ENOENT, "unknown channel -> -ENOENT");
    bad = push_of(a, 999999, "https://push.example/x", 1);
    is_int(store_push_sub_put(st, &bad), -ENOENT, "unknown reader -> -ENOENT");
    bad = push_of(a, r1, "", 1);
    is_int(store_push_sub_put(st, &bad), -EINVAL, "empty endpoint -> -EINVAL");
}

static void test_push_remove(struct store *st, int64_t a, int64_t b, int64_t r1, int64_t r2)
{
    int64_t id1 = make_push(st, a, r2, "https://push.example/e1");
    int64_t in_b = make_push(st, b, r2, "https://push.example/e1");
    int64_t now = crier_now_ms();
    size_t n;
    struct store_outbox rows[2] = {orow(STORE_OUT_PUSH, id1, a, 1, 1, now),
                                   orow(STORE_OUT_PUSH, in_b, b, 1, 2, now)};
    struct store_notify_cursor nx = cur(a, 1, 0, 0);
    is_int(store_outbox_fill(st, rows, 2, &nx, 1000), 0, "a row for each");
    is_int(store_push_sub_remove(st, r2, b, "https://push.example/e1", &n), 0, "remove in b");
    is_int(n, 1, "one removed");
    is_int(store_push_sub_remove(st, r1, 0, "https://push.example/e1", &n), 0,
           "remove by a reader that does not own it");
    is_int(n, 0, "removes nothing");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE sub_id = %lld", (long long)in_b), 0,
           "the removed subscription's outbox row went with it");
    is_int(outbox_rows(), 1, "the other's stays");
    make_push(st, b, r2, "https://push.example/e1");
    is_int(store_push_sub_remove(st, r2, 0, "https://push.example/e1", &n), 0,
           "remove in every channel");
    is_int(n, 2, "both removed (the trigger's deletes are not counted)");
    is_int(outbox_rows(), 0, "and their outbox rows");
    is_int(store_push_sub_remove(st, r2, -1, "x", &n), -EINVAL, "a negative channel");

    int64_t d = make_push(st, a, r1, "https://push.example/del");
    rows[0] = orow(STORE_OUT_PUSH, d, a, 2, 1, now);
    nx = cur(a, 2, 0, 0);
    store_outbox_fill(st, rows, 1, &nx, 1000);
    is_int(store_push_sub_delete(st, d), 0, "push_sub_delete");
    is_int(outbox_rows(), 0, "takes its outbox rows");
    is_int(store_push_sub_delete(st, d), -ENOENT, "again -> -ENOENT");
}

static void *put_thread(void *p)
{
    struct racer *r = p;
    char ep[64];
    snprintf(ep, sizeof ep, "https://push.example/race%d", r->i);
    struct store_push_sub s = push_of(r->a, r->b, ep, 1);
    pthread_barrier_wait(r->go);
    r->rc = store_push_sub_put(r->st, &s);
    return NULL;
}

/* Readers at STORE_PUSH_PER_READER - 1, and eight subscribes of each
 * racing for the last place, five times: one wins each time. */
static void test_push_cap(struct store *st, struct store *st2, int64_t a, int64_t c)
{
    int64_t r3 = 0;
    char ep[64];
    int fails = 0, wins = 0, quota = 0, over = 0;
    struct store_push_sub *list;
    size_t n;
    for (int round = 0; round < 5; round++) {
        r3 = make_reader(30 + round);
        for (int i = 0; i < STORE_PUSH_PER_READER - 1; i++) {
            snprintf(ep, sizeof ep, "https://push.example/cap%d", i);
            fails += make_push(i % 2 ? st : st2, i % 2 ? a : c, r3, ep) <= 0;
        }
        struct racer r[RACERS];
        race(st, st2, put_thread, r, a, r3);
        wins += count_rc(r, 0) == 1;
        quota += count_rc(r, -EDQUOT);
        over += raw_int("SELECT count(*) FROM push_subs WHERE reader_id = %lld", (long long)r3) !=
                STORE_PUSH_PER_READER;
    }
    is_int(fails, 0, "readers with STORE_PUSH_PER_READER - 1 subscriptions");
    is_int(wins, 5, "8 racing subscribes for the last place, 5 times: one wins each time");
    is_int(quota, 5 * (RACERS - 1), "the others -> -EDQUOT");
    is_int(over, 0, "every reader has exactly STORE_PUSH_PER_READER");
    is_int(make_push(st, a, r3, "https://push.example/one-more"), -EDQUOT, "one more -> -EDQUOT");
    struct store_push_sub again = push_of(a, r3, "https://push.example/cap1", 3);
    is_int(store_push_sub_put(st, &again), 0, "updating one of them at the cap is fine");
    is_int(store_push_subs_of_reader(st, r3, &list, &n), 0, "of_reader at the cap");
    is_int(n, STORE_PUSH_PER_READER, "all of them");
    int sorted = 1;
    for (size_t i = 1; i < n; i++)
        sorted &= list[i - 1].id < list[i].id;
    ok(sorted, "in id order");
    free(list);
}

static void test_push_subs(struct store *st, struct store *st2)
{
    reset();
    int64_t a = make_channel(st, "a"), b = make_channel(st, "b"), c = make_channel(st, "c");
    int64_t r1 = make_reader(1), r2 = make_reader(2);
    test_push_basics(st, a, b, r1, r2);
    reset();
    a = make_channel(st, "a");
    b = make_channel(st, "b");
    c = make_channel(st, "c");
    r1 = make_reader(1);
    r2 = make_reader(2);
    test_push_remove(st, a, b, r1, r2);
    test_push_cap(st, st2, a, c);
}

static void test_push_page(struct store *st)
{
    reset();
    int64_t ch = make_channel(st, "p"), other = make_channel(st, "q"), r[5];
    for (int i = 0; i < 5; i++)
        r[i] = make_reader(20 + i);
    /* r0, r4: active; r1: pending here, a member elsewhere; r2: left; r3: never joined */
    make_member(ch, r[0], 2);
    make_member(ch, r[4], 2);
    make_member(ch, r[1], 1);
    make_member(other, r[1], 2);
    int64_t ids[5];
    char ep[64];
    for (int i = 0; i < 5; i++) {
        snprintf(ep, sizeof ep, "https://push.example/page%d", i);
        ids[i] = make_push(st, ch, r[i], ep);
    }
    make_push(st, other, r[1], "https://push.example/elsewhere");

    struct store_push_sub *p;
    size_t n;
    is_int(store_push_subs_page(st, ch, 0, 10, &p, &n), 0, "push_subs_page");
    is_int(n, 2, "only active members' subscriptions");
    ok(n == 2 && p[0].id == ids[0] && p[1].id == ids[4] && p[0].p256dh[0] == 4 &&
           p[1].auth[0] == 0x17 && strcmp(p[1].endpoint, "https://push.example/page4") == 0,
       "pending, left and never-joined readers are not paged; the fields read back");
    free(p);
    is_int(store_push_subs_page(st, ch, 0, 1, &p, &n), 0, "a page of 1");
    ok(n == 1 && p[0].id == ids[0], "the first");
    free(p);
    is_int(store_push_subs_page(st, ch, ids[0], 1, &p, &n), 0, "after it");
    ok(n == 1 && p[0].id == ids[4], "the next");
    free(p);
    is_int(store_push_subs_page(st, ch, ids[4], 10, &p, &n), 0, "after the last");
    is_int(n, 0, "empty");
    free(p);
    raw_int("UPDATE members SET state = 2 WHERE reader_id = %lld", (long long)r[1]);
    is_int(store_push_subs_page(st, ch, 0, 10, &p, &n), 0, "page again");
    is_int(n, 3, "r1's subscription rings once approved");
    free(p);
    is_int(store_push_subs_page(st, ch, 0, 0, &p, &n), -EINVAL, "limit 0 -> -EINVAL");
    is_int(store_push_subs_page(st, ch, 0, STORE_NOTIFY_PAGE_MAX + 1, &p, &n), -EINVAL,
           "limit over STORE_NOTIFY_PAGE_MAX -> -EINVAL");
}

/* ---- email subscribers ---- */

static void test_email_optin(struct store *st, int64_t ch, int64_t t0, int64_t *id)
{
    struct store_email_sub e, g;
    is_int(store_email_sub_request(st, ch, "Ann.Lee@Example.ORG", 1, t0, 3, &e), 0,
           "email_sub_request");
    ok(e.id > 0 && e.state == STORE_EMAIL_PENDING && e.channel_id == ch && e.what == 1,
       "a pending subscriber");
    is_str(e.address, "Ann.Lee@example.org",
           "the domain is stored lower-cased, the local part kept");
    ok(e.confirm_sends == 1 && e.confirm_sent_at == t0 && e.created_at == t0,
       "one confirmation mail counted");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE kind = 3 AND seq = 0"), 1,
           "an opt-in mail is queued");
    *id = e.id;
    is_int(store_email_sub_request(st, ch, "Ann.Lee@EXAMPLE.org", 2, t0 + 1, 3, &e), 0,
           "the same address, the domain in another case");
    is_int(e.id, *id, "is the same subscriber");
    ok(e.confirm_sends == 2 && e.what == 2, "a second mail, and what is the latest choice");
    is_int(store_email_sub_request(st, ch, "Ann.Lee@example.org", 2, t0 + 2, 3, &e), 0, "a third");
    is_int(e.confirm_sends, 3, "three mails");
    is_int(store_email_sub_request(st, ch, "Ann.Lee@example.org", 1, t0 + HOUR_MS, 3, &e), -EAGAIN,
           "a fourth in the day -> -EAGAIN");
    ok(e.confirm_sends == 3 && e.id == *id, "*out is the row as it stays");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE kind = 3"), 3,
           "confirmation rows repeat (seq 0), three of them");
    store_email_sub_get(st, *id, &g);
    ok(g.confirm_sends == 3 && g.what == 2 && g.confirm_sent_at == t0 + 2,
       "-EAGAIN changed nothing");
    is_int(store_email_sub_request(st, ch, "Ann.Lee@example.org", 1, t0 + DAY_MS - 1, 3, &e),
           -EAGAIN, "still over a millisecond before the day ends");
    is_int(store_email_sub_request(st, ch, "Ann.Lee@example.org", 1, t0 + DAY_MS, 3, &e), 0,
           "24 h after the first, allowed again");
    ok(e.confirm_sends == 1 && e.confirm_sent_at == t0 + DAY_MS, "the count restarts");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE kind = 3"), 4, "a fourth opt-in mail");
}

static void test_email_confirm(struct store *st, int64_t ch, int64_t t0, int64_t id)
{
    struct store_email_sub e, g, *p;
    size_t n;
    is_int(store_email_sub_request(st, ch, "ann.lee@example.org", 1, t0, 3, &e), 0,
           "another local part case");
    ok(e.id != id, "is another subscriber (the local part may be case-sensitive)");
    int64_t other = e.id;
    is_int(store_email_sub_confirm(st, id, t0 + 5), 0, "email_sub_confirm");
    store_email_sub_get(st, id, &g);
    ok(g.state == STORE_EMAIL_CONFIRMED && g.confirmed_at == t0 + 5, "confirmed");
    is_int(store_email_sub_confirm(st, id, t0 + 9), 0, "confirm again");
    store_email_sub_get(st, id, &g);
    is_int(g.confirmed_at, t0 + 5, "idempotent: the first confirmation time is kept");
    long long confirms = raw_int("SELECT count(*) FROM outbox WHERE kind = 3");
    is_int(store_email_sub_request(st, ch, "Ann.Lee@example.org", 2, t0 + 10, 3, &e), 0,
           "a request on a confirmed subscriber");
    ok(e.state == STORE_EMAIL_CONFIRMED && e.what == 2, "updates what, stays confirmed");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE kind = 3"), confirms, "and sends no mail");

    int64_t third = make_email(st, ch, "zed@example.net");
    is_int(store_email_subs_page(st, ch, 0, 10, &p, &n), 0, "email_subs_page");
    ok(n == 2 && p[0].id == id && p[1].id == third && strcmp(p[1].address, "zed@example.net") == 0,
       "confirmed subscribers only, in id order");
    free(p);
    is_int(store_email_subs_page(st, ch, id, 10, &p, &n), 0, "after the first");
    ok(n == 1 && p[0].id == third, "the next");
    free(p);
    is_int(store_email_subs_page(st, ch, 0, 0, &p, &n), -EINVAL, "limit 0 -> -EINVAL");
    raw_int("UPDATE channels SET visibility = 1 WHERE id = %lld", (long long)ch);
    is_int(store_email_subs_page(st, ch, 0, 10, &p, &n), 0, "email_subs_page, private");
    is_int(n, 0, "no subscriber of a private channel is paged");
    free(p);
    raw_int("UPDATE channels SET visibility = 0 WHERE id = %lld", (long long)ch);
    is_int(store_email_subs_page(st, ch, 0, 10, &p, &n), 0, "email_subs_page, public again");
    is_int(n, 2, "both are paged again");
    free(p);

    is_int(store_email_sub_delete(st, id), 0, "email_sub_delete");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE sub_id = %lld", (long long)id), 0,
           "its opt-in mails are gone");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE sub_id = %lld", (long long)other), 1,
           "another subscriber's mail stays");
    is_int(store_email_sub_get(st, id, &g), -ENOENT, "get of a deleted one -> -ENOENT");
    is_int(store_email_sub_delete(st, id), -ENOENT, "delete again -> -ENOENT");
    is_int(store_email_sub_confirm(st, id, t0), -ENOENT, "confirm a deleted one -> -ENOENT");
}

static void *request_thread(void *p)
{
    struct racer *r = p;
    struct store_email_sub e;
    char addr[64];
    snprintf(addr, sizeof addr, "race%lld@example.org", (long long)r->b);
    pthread_barrier_wait(r->go);
    r->rc = store_email_sub_request(r->st, r->a, addr, 1, crier_now_ms(), 3, &e);
    return NULL;
}

static void test_email(struct store *st, struct store *st2)
{
    reset();
    int64_t ch = make_channel(st, "news"), t0 = crier_now_ms(), id;
    struct store_email_sub e;
    test_email_optin(st, ch, t0, &id);
    test_email_confirm(st, ch, t0, id);

    is_int(store_email_sub_request(st, 999, "a@b.c", 1, t0, 3, &e), -ENOENT,
           "unknown channel -> -ENOENT");
    is_int(store_email_sub_request(st, ch, "no-at-sign", 1, t0, 3, &e), -EINVAL, "no '@'");
    is_int(store_email_sub_request(st, ch, "@example.org", 1, t0, 3, &e), -EINVAL, "no local part");
    is_int(store_email_sub_request(st, ch, "a@", 1, t0, 3, &e), -EINVAL, "no domain");
    is_int(store_email_sub_request(st, ch, "a@b.c", 1, t0, 0, &e), -EINVAL, "max_per_day 0");
    char longaddr[STORE_ADDRESS_MAX + 8];
    memset(longaddr, 'a', sizeof longaddr);
    memcpy(longaddr + STORE_ADDRESS_MAX - 4, "@b.c", 5);
    is_int(store_email_sub_request(st, ch, longaddr, 1, t0, 3, &e), 0, "254 bytes fit");
    memset(longaddr, 'a', sizeof longaddr);
    memcpy(longaddr + STORE_ADDRESS_MAX - 3, "@b.c", 5);
    is_int(store_email_sub_request(st, ch, longaddr, 1, t0, 3, &e), -EINVAL, "255 do not");

    /* eight requests at once for a new address, three allowed a day; five times */
    long long before = raw_int("SELECT count(*) FROM outbox WHERE kind = 3");
    int three = 0, again = 0;
    for (int round = 0; round < 5; round++) {
        struct racer r[RACERS];
        race(st, st2, request_thread, r, ch, round);
        three += count_rc(r, 0) == 3;
        again += count_rc(r, -EAGAIN);
    }
    is_int(three, 5, "8 racing requests, 3 a day, 5 times: three pass each time");
    is_int(again, 5 * (RACERS - 3), "the others -> -EAGAIN");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE kind = 3") - before, 15,
           "three opt-in mails queued for each address");
    is_int(raw_int("SELECT count(*) FROM email_subs WHERE address LIKE 'race%%'"
                   " AND confirm_sends = 3"),
           5, "one row each, three mails counted");
}

/* ---- the cursor and the outbox ---- */

static void test_fill_errors(struct store *st, int64_t ch, int64_t s1, int64_t s2, int64_t now)
{
    struct store_notify_cursor c;
    struct store_outbox bad[2] = {orow(STORE_OUT_PUSH, s2, ch, 3, 12, now),
                                  orow(9, s1, ch, 3, 12, now)};
    struct store_notify_cursor n3 = cur(ch, 3, 0, 0);
    long long rows = outbox_rows();
    is_int(store_outbox_fill(st, bad, 2, &n3, 100), -EINVAL, "a row of no kind -> -EINVAL");
    is_int(outbox_rows(), rows, "not even the good row");
    store_notify_cursor_get(st, ch, &c);
    is_int(c.seq, 2, "nor the cursor");
    struct store_notify_cursor gone = cur(999, 3, 0, 0);
    is_int(store_outbox_fill(st, bad, 1, &gone, 100), -ENOENT,
           "a cursor of a channel that is gone -> -ENOENT");
    is_int(outbox_rows(), rows, "and its rows are rolled back");
    struct store_notify_cursor badphase = cur(ch, 3, 2, 0);
    is_int(store_outbox_fill(st, bad, 1, &badphase, 100), -EINVAL, "phase 2 -> -EINVAL");
    is_int(store_outbox_fill(st, bad, 1, &n3, 0), -EINVAL, "max_rows 0 -> -EINVAL");
    is_int(store_outbox_fill(st, bad, STORE_NOTIFY_PAGE_MAX + 1, &n3, 100), -EINVAL,
           "too many rows -> -EINVAL");
    is_int(store_outbox_fill(st, bad, 1, NULL, 100), -EINVAL, "no cursor -> -EINVAL");
}

static void *fill_thread(void *p)
{
    struct racer *r = p;
    struct store_outbox rows[5];
    for (int k = 0; k < 5; k++)
        rows[k] = orow(STORE_OUT_PUSH, r->b, r->a, 100 + r->i * 5 + k, 1, 0);
    struct store_notify_cursor next = cur(r->a, 100 + r->i, 0, 0);
    pthread_barrier_wait(r->go);
    r->rc = store_outbox_fill(r->st, rows, 5, &next, 10);
    return NULL;
}

static void test_fill(struct store *st, struct store *st2)
{
    reset();
    int64_t ch = make_channel(st, "f"), r1 = make_reader(1), now = crier_now_ms();
    int64_t s1 = make_push(st, ch, r1, "https://push.example/1");
    int64_t s2 = make_push(st, ch, r1, "https://push.example/2");
    struct store_notify_cursor c, next = cur(ch, 0, 1, s1);
    struct store_outbox rows[5] = {
        orow(STORE_OUT_PUSH, s1, ch, 1, 10, now), orow(STORE_OUT_PUSH, s2, ch, 1, 10, now),
        orow(STORE_OUT_EMAIL, s1, ch, 1, 10, now), orow(STORE_OUT_CONFIRM, s1, ch, 0, 0, now),
        orow(STORE_OUT_PUSH, s2, ch, 1, 10, now)};

    is_int(store_notify_cursor_get(st, ch, &c), 0, "a new channel's cursor");
    ok(c.channel_id == ch && c.seq == 0 && c.phase == 0 && c.sub_after == 0, "at 0");
    is_int(store_outbox_fill(st, rows, 1, &next, 100), 0, "fill one row");
    is_int(outbox_rows(), 1, "one row");
    store_notify_cursor_get(st2, ch, &c);
    ok(c.seq == 0 && c.phase == 1 && c.sub_after == s1, "the cursor moved with it (other node)");
    next = cur(ch, 1, 0, 0);
    is_int(store_outbox_fill(st, rows, 5, &next, 100), 0,
           "fill five (the first again, and one twice in the call)");
    is_int(outbox_rows(), 4, "the duplicates were skipped");
    is_int(store_outbox_fill(st, rows, 4, &next, 100), 0, "the same fill again");
    is_int(outbox_rows(), 5, "adds only the opt-in mail, which may repeat");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE kind = 1 AND sub_id = %lld AND seq = 1"
                   " AND post_id = 10 AND attempts = 0 AND leased_until = 0 AND due_at = %lld",
                   (long long)s1, (long long)now),
           1, "the row as given, not leased, no attempt");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE created_at <= 0"), 0, "created_at is set");
    is_int(raw_int("SELECT count(*) FROM (SELECT id, row_number() OVER (ORDER BY id) AS k,"
                   " kind FROM outbox) o WHERE (k = 2 AND kind <> 1) OR (k = 3 AND kind <> 2)"),
           0, "rows are added in the order given");

    struct store_outbox more = orow(STORE_OUT_PUSH, s1, ch, 2, 11, now);
    struct store_notify_cursor far = cur(ch, 2, 0, 0);
    is_int(store_outbox_fill(st, &more, 1, &far, 5), -ENOSPC, "a full outbox -> -ENOSPC");
    is_int(outbox_rows(), 5, "no row added");
    store_notify_cursor_get(st, ch, &c);
    ok(c.seq == 1 && c.phase == 0, "the cursor did not move");
    is_int(store_outbox_fill(st, &more, 1, &far, 6), 0, "with room for one more");
    store_notify_cursor_get(st, ch, &c);
    is_int(c.seq, 2, "it moves");
    test_fill_errors(st, ch, s1, s2, now);

    /* eight fills of 5 rows at once into an outbox of at most 10 */
    raw_int("DELETE FROM outbox");
    struct racer r[RACERS];
    race(st, st2, fill_thread, r, ch, s1);
    is_int(count_rc(r, 0), 2, "8 racing fills of 5 with max_rows 10: two pass");
    is_int(count_rc(r, -ENOSPC), RACERS - 2, "the others -> -ENOSPC");
    is_int(outbox_rows(), 10, "the outbox holds 10 rows, not more");
}

static void test_claim_basics(struct store *st, int64_t ch, int64_t p1, int64_t p2, int64_t e1,
                              int64_t r1, int64_t now, int64_t ids[3])
{
    struct store_outbox *o;
    size_t n;
    struct store_outbox rows[6] = {orow(STORE_OUT_PUSH, p2, ch, 1, 10, now - 10),
                                   orow(STORE_OUT_PUSH, p1, ch, 1, 10, now - 10),
                                   orow(STORE_OUT_EMAIL, e1, ch, 1, 10, now - 20),
                                   orow(STORE_OUT_PUSH, p1, ch, 2, 11, now + HOUR_MS),
                                   orow(STORE_OUT_PUSH, 424242, ch, 1, 10, now - 30),
                                   orow(STORE_OUT_EMAIL, 434343, ch, 1, 10, now - 30)};
    rows[1].flags = STORE_OUT_HELD;
    struct store_notify_cursor next = cur(ch, 2, 0, 0);
    is_int(store_outbox_fill(st, rows, 6, &next, 100), 0, "six rows, two of gone subscriptions");
    is_int(store_outbox_claim(st, now, 60000, 10, &o, &n), 0, "outbox_claim");
    is_int(n, 3, "the three due rows of live subscriptions");
    ok(n == 3 && o[0].kind == STORE_OUT_EMAIL && o[1].sub_id == p1 && o[2].sub_id == p2,
       "oldest due first, then by sub_id");
    ok(n == 3 && o[0].email.id == e1 && o[0].email.state == STORE_EMAIL_CONFIRMED &&
           strcmp(o[0].email.address, "reader@example.org") == 0 && o[0].push.id == 0,
       "an email row carries its subscriber");
    ok(n == 3 && o[1].push.id == p1 && o[1].push.reader_id == r1 &&
           strcmp(o[1].push.endpoint, "https://push.example/c1") == 0 && o[1].push.p256dh[0] == 4 &&
           o[1].push.p256dh[64] == 0x42 && o[1].push.auth[0] == 0x17 && o[1].email.id == 0,
       "a push row carries its subscription");
    ok(n == 3 && o[1].flags == STORE_OUT_HELD && o[1].seq == 1 && o[1].post_id == 10 &&
           o[1].channel_id == ch && o[1].due_at == now - 10 && o[1].attempts == 0 &&
           o[1].created_at > 0,
       "and the row's own fields");
    for (size_t i = 0; i < n && i < 3; i++)
        ids[i] = o[i].id;
    free(o);
    is_int(outbox_rows(), 4, "the rows of gone subscriptions were deleted");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE leased_until = %lld", (long long)now + 60000),
           3, "the three are leased until now + lease");
    is_int(store_outbox_claim(st, now + 1000, 60000, 10, &o, &n), 0, "a second claim");
    is_int(n, 0, "returns none of the leased rows");
    free(o);
    is_int(store_outbox_claim(st, now + 60000, 60000, 1, &o, &n), 0, "once the lease ended");
    ok(n == 1 && o[0].id == ids[0], "they are due again (at most limit)");
    free(o);
}

static void test_claim(struct store *st)
{
    reset();
    int64_t ch = make_channel(st, "c"), r1 = make_reader(1), now = crier_now_ms();
    int64_t p1 = make_push(st, ch, r1, "https://push.example/c1");
    int64_t p2 = make_push(st, ch, r1, "https://push.example/c2");
    int64_t e1 = make_email(st, ch, "reader@example.org"), ids[3] = {0}, cids[4];
    struct store_outbox *o;
    size_t n;
    is_int(store_outbox_claim(st, now + DAY_MS, 1000, 4, &o, &n), 0, "claim the opt-in mails");
    is_int(n, 1, "the one");
    for (size_t i = 0; i < n && i < 4; i++)
        cids[i] = o[i].id;
    ok(n > 0 && o[0].kind == STORE_OUT_CONFIRM && o[0].email.id == e1, "carries its subscriber");
    free(o);
    is_int(store_outbox_done(st, cids, n), 0, "done with them");
    is_int(outbox_rows(), 0, "deleted");
    test_claim_basics(st, ch, p1, p2, e1, r1, now, ids);

    is_int(store_outbox_retry(st, ids[1], now + 2 * HOUR_MS), 0, "outbox_retry");
    is_int(store_outbox_claim(st, now + 2 * HOUR_MS - 1, 1000, 10, &o, &n), 0,
           "claim before the retry time");
    int has_retried = 0;
    for (size_t i = 0; i < n; i++)
        has_retried |= o[i].id == ids[1];
    ok(n == 3 && !has_retried, "the three others, not the retried row");
    free(o);
    is_int(store_outbox_claim(st, now + 2 * HOUR_MS, 1000, 10, &o, &n), 0, "at the retry time");
    ok(n == 1 && o[0].id == ids[1] && o[0].attempts == 1 && o[0].due_at == now + 2 * HOUR_MS,
       "the retried row, with its attempt counted");
    free(o);
    is_int(store_outbox_retry(st, 999999, now), -ENOENT, "retry of a row gone -> -ENOENT");

    is_int(store_outbox_claim(st, now + 3 * HOUR_MS, DAY_MS, 10, &o, &n), 0,
           "claim everything for a day");
    is_int(n, 4, "four rows");
    free(o);
    is_int(store_outbox_claim(st, now + 3 * HOUR_MS, 1000, 10, &o, &n), 0, "claim again");
    is_int(n, 0, "nothing left to claim");
    free(o);
    is_int(store_outbox_release(st), 0, "outbox_release");
    is_int(store_outbox_release(st), 0, "outbox_release with nothing leased");
    is_int(store_outbox_claim(st, now + 3 * HOUR_MS, 1000, 10, &o, &n), 0, "claim after release");
    is_int(n, 4, "every row is due again at once");
    free(o);

    int64_t done_ids[3] = {ids[0], ids[2], 999999};
    is_int(store_outbox_done(st, done_ids, 3), 0, "outbox_done (an unknown id is ignored)");
    is_int(outbox_rows(), 2, "two rows deleted");
    is_int(store_outbox_done(st, done_ids, 3), 0, "the same ids again (all gone)");
    is_int(store_outbox_done(st, done_ids, 0), 0, "done with none");
    is_int(store_outbox_done(st, done_ids, STORE_NOTIFY_PAGE_MAX + 1), -EINVAL,
           "too many ids -> -EINVAL");
    is_int(store_outbox_claim(st, now, 1000, 0, &o, &n), -EINVAL, "limit 0 -> -EINVAL");
    is_int(store_outbox_claim(st, now, 1000, STORE_OUTBOX_CLAIM_MAX + 1, &o, &n), -EINVAL,
           "limit over STORE_OUTBOX_CLAIM_MAX -> -EINVAL");
    is_int(store_outbox_claim(st, now, 0, 10, &o, &n), -EINVAL, "lease 0 -> -EINVAL");
}

static void test_claim_orphans(struct store *st)
{
    reset();
    int64_t ch = make_channel(st, "o"), r1 = make_reader(1), now = crier_now_ms();
    int64_t p1 = make_push(st, ch, r1, "https://push.example/o1");
    struct store_outbox rows[21];
    for (int i = 0; i < 20; i++)
        rows[i] = orow(STORE_OUT_PUSH, 5000 + i, ch, 1, 1, now - 100);
    rows[20] = orow(STORE_OUT_PUSH, p1, ch, 1, 1, now);
    struct store_notify_cursor next = cur(ch, 1, 0, 0);
    store_outbox_fill(st, rows, 21, &next, 100);
    struct store_outbox *o;
    size_t n;
    is_int(store_outbox_claim(st, now, 1000, 5, &o, &n), 0, "claim 5 behind 20 orphans");
    ok(n == 1 && o[0].sub_id == p1, "finds the live row behind them");
    free(o);
    is_int(outbox_rows(), 1, "the orphans are gone");
}

static void *claim_thread(void *p)
{
    struct racer *r = p;
    size_t cap = 0;
    pthread_barrier_wait(r->go);
    for (;;) {
        struct store_outbox *o;
        size_t n;
        if ((r->rc = store_outbox_claim(r->st, r->a, HOUR_MS, 7, &o, &n)) < 0 || n == 0)
            break;
        if (r->nids + n > cap) {
            cap = (r->nids + n) * 2;
            r->ids = realloc(r->ids, cap * sizeof *r->ids);
        }
        for (size_t i = 0; i < n; i++)
            r->ids[r->nids++] = o[i].id;
        free(o);
    }
    return NULL;
}

/* Two nodes, eight senders, 2,000 rows: every row leased exactly once. */
static void test_claim_race(struct store *st, struct store *st2)
{
    enum { SUBS = 400, SEQS = 5 };
    reset();
    int64_t ch = make_channel(st, "race"), now = crier_now_ms();
    raw_int("INSERT INTO email_subs (channel_id, address, what, state, created_at)"
            " SELECT %lld, 'u' || i || '@example.org', 1, 2, 0 FROM generate_series(1, %d) i",
            (long long)ch, SUBS);
    long long first = raw_int("SELECT min(id) FROM email_subs");
    struct store_outbox rows[SUBS];
    int fails = 0;
    for (int seq = 1; seq <= SEQS; seq++) {
        for (int i = 0; i < SUBS; i++)
            rows[i] = orow(STORE_OUT_EMAIL, first + i, ch, seq, seq, now - seq);
        struct store_notify_cursor next = cur(ch, seq, 0, 0);
        fails += store_outbox_fill(seq % 2 ? st : st2, rows, SUBS, &next, 100000) != 0;
    }
    is_int(fails, 0, "2,000 rows filled");
    struct racer r[RACERS];
    race(st, st2, claim_thread, r, now, 0);
    long long total = 0;
    int errs = 0;
    char *seen = calloc(SUBS * SEQS * 2 + 1, 1);
    int dup = 0;
    for (int i = 0; i < RACERS; i++) {
        errs += r[i].rc < 0;
        total += (long long)r[i].nids;
        for (size_t k = 0; k < r[i].nids; k++) {
            int64_t id = r[i].ids[k];
            if (id < 1 || id > SUBS * SEQS * 2 || seen[id]++)
                dup++;
        }
        free(r[i].ids);
    }
    free(seen);
    is_int(errs, 0, "every claim succeeded");
    is_int(total, SUBS * SEQS, "the eight senders leased 2,000 rows between them");
    is_int(dup, 0, "no row was leased twice");
    is_int(
        raw_int("SELECT count(*) FROM outbox WHERE leased_until = %lld", (long long)now + HOUR_MS),
        SUBS * SEQS, "and every row carries its lease");
}

static void test_cancel_post(struct store *st)
{
    reset();
    int64_t a = make_channel(st, "a"), b = make_channel(st, "b"), r1 = make_reader(1);
    int64_t now = crier_now_ms(), pa = 7, s[3];
    char ep[64];
    for (int i = 0; i < 3; i++) {
        snprintf(ep, sizeof ep, "https://push.example/k%d", i);
        s[i] = make_push(st, a, r1, ep);
    }
    int64_t sb = make_push(st, b, r1, "https://push.example/kb");
    struct store_outbox rows[5] = {orow(STORE_OUT_PUSH, s[0], a, 1, pa, now - 10),
                                   orow(STORE_OUT_PUSH, s[1], a, 1, pa, now + HOUR_MS),
                                   orow(STORE_OUT_PUSH, s[2], a, 1, pa, now + HOUR_MS),
                                   orow(STORE_OUT_PUSH, s[2], a, 2, pa + 100, now),
                                   orow(STORE_OUT_PUSH, sb, b, 1, pa, now)};
    struct store_notify_cursor next = cur(a, 2, 0, 0);
    store_outbox_fill(st, rows, 5, &next, 100);
    struct store_outbox *o;
    size_t n;
    is_int(store_outbox_claim(st, now - 5, 60000, 1, &o, &n), 0, "a sender leases one row");
    ok(n == 1 && o[0].sub_id == s[0], "the due one");
    free(o);
    is_int(store_outbox_cancel_post(st, a, pa), 0, "outbox_cancel_post");
    is_int(outbox_rows(), 3, "two rows cancelled");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE leased_until > 0"), 1,
           "the leased row stays (it may be on its way)");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE post_id = %lld", (long long)pa + 100), 1,
           "another post's row stays");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE channel_id = %lld", (long long)b), 1,
           "the same post id in another channel stays");
    is_int(store_outbox_cancel_post(st, a, pa), 0, "cancel again: nothing to do");
    is_int(store_outbox_cancel_post(st, a, 0), -EINVAL, "post 0 -> -EINVAL (the opt-in mails)");
}

static void test_stats(struct store *st)
{
    reset();
    int64_t ch = make_channel(st, "s"), r1 = make_reader(1), now = crier_now_ms();
    struct store_notify_stats ns;
    is_int(store_notify_stats(st, &ns), 0, "notify_stats on an empty store");
    ok(ns.push_subs == 0 && ns.email_confirmed == 0 && ns.email_pending == 0 && ns.outbox == 0 &&
           ns.outbox_due == 0 && ns.oldest_due_ms == 0,
       "all zero");
    int64_t p1 = make_push(st, ch, r1, "https://push.example/s1");
    make_push(st, ch, r1, "https://push.example/s2");
    make_email(st, ch, "one@example.org");
    struct store_email_sub e;
    store_email_sub_request(st, ch, "two@example.org", 1, now, 3, &e);
    struct store_outbox rows[2] = {orow(STORE_OUT_PUSH, p1, ch, 1, 1, now - 1000),
                                   orow(STORE_OUT_PUSH, p1, ch, 2, 2, now + DAY_MS)};
    struct store_notify_cursor next = cur(ch, 2, 0, 0);
    store_outbox_fill(st, rows, 2, &next, 100);
    is_int(store_notify_stats(st, &ns), 0, "notify_stats");
    is_int(ns.push_subs, 2, "push subscriptions");
    is_int(ns.email_confirmed, 1, "confirmed subscribers");
    is_int(ns.email_pending, 1, "pending subscribers");
    is_int(ns.outbox, 4, "outbox rows (two opt-in mails and two pushes)");
    is_int(ns.outbox_due, 3, "due now: all but the one due tomorrow");
    ok(ns.oldest_due_ms > 0 && ns.oldest_due_ms <= crier_now_ms(),
       "the oldest due row's created_at");
}

/* channel_delete (another file's op) takes the channel's subscriptions,
 * their outbox rows and its cursor along, and leaves another channel's. */
static void test_cleanups(struct store *st)
{
    reset();
    int64_t gone = make_channel(st, "gone"), kept = make_channel(st, "kept"), now = crier_now_ms();
    int64_t r1 = make_reader(1);
    int64_t pg = make_push(st, gone, r1, "https://push.example/g");
    int64_t pk = make_push(st, kept, r1, "https://push.example/k");
    int64_t eg = make_email(st, gone, "g@example.org");
    int64_t ek = make_email(st, kept, "k@example.org");
    struct store_outbox rows[2] = {orow(STORE_OUT_PUSH, pg, gone, 1, 1, now),
                                   orow(STORE_OUT_EMAIL, eg, gone, 1, 1, now)};
    struct store_notify_cursor next = cur(gone, 1, 0, 0);
    store_outbox_fill(st, rows, 2, &next, 100);
    rows[0] = orow(STORE_OUT_PUSH, pk, kept, 1, 1, now);
    rows[1] = orow(STORE_OUT_EMAIL, ek, kept, 1, 1, now);
    next = cur(kept, 1, 0, 0);
    store_outbox_fill(st, rows, 2, &next, 100);

    is_int(store_channel_delete(st, "gone"), 0, "delete a channel with subscribers");
    is_int(raw_int("SELECT (SELECT count(*) FROM push_subs WHERE channel_id = %lld) +"
                   " (SELECT count(*) FROM email_subs WHERE channel_id = %lld) +"
                   " (SELECT count(*) FROM notify_cursors WHERE channel_id = %lld)",
                   (long long)gone, (long long)gone, (long long)gone),
           0, "its push and email subscriptions and its cursor are gone");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE channel_id = %lld", (long long)gone), 0,
           "and its outbox rows");
    is_int(raw_int("SELECT count(*) FROM outbox WHERE channel_id = %lld", (long long)kept), 3,
           "the other channel's rows stay (two editions, one opt-in mail)");
    struct store_notify_cursor c;
    store_notify_cursor_get(st, kept, &c);
    is_int(c.seq, 1, "and its cursor");
    struct store_email_sub e;
    is_int(store_email_sub_get(st, ek, &e), 0, "and its subscribers");
}

static double mono_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* 100,000 rows filled in 20 calls of 5,000, then claimed in batches of 512
 * and deleted: the rates are printed, not asserted; every row must go
 * through once. */
static void test_throughput(struct store *st)
{
    enum { SUBS = 1000, SEQS = 100, TOTAL = SUBS * SEQS, PER_FILL = 5000, BATCH = 512 };
    reset();
    int64_t ch = make_channel(st, "perf"), now = crier_now_ms();
    raw_int("INSERT INTO email_subs (channel_id, address, what, state, created_at)"
            " SELECT %lld, 'u' || i || '@example.org', 1, 2, 0 FROM generate_series(1, %d) i",
            (long long)ch, SUBS);
    long long first = raw_int("SELECT min(id) FROM email_subs");
    struct store_outbox *rows = calloc(PER_FILL, sizeof *rows);
    int fails = 0;
    double t0 = mono_s();
    for (int call = 0; call < TOTAL / PER_FILL; call++) {
        for (int k = 0; k < PER_FILL; k++) {
            int i = call * PER_FILL + k;
            rows[k] = orow(STORE_OUT_EMAIL, first + i % SUBS, ch, 1 + i / SUBS, 1 + i / SUBS, now);
        }
        struct store_notify_cursor next = cur(ch, (call + 1) * PER_FILL / SUBS, 0, 0);
        fails += store_outbox_fill(st, rows, PER_FILL, &next, 2 * TOTAL) != 0;
    }
    double fill_s = mono_s() - t0;
    free(rows);
    is_int(fails, 0, "20 fills of 5,000 rows");
    is_int(outbox_rows(), TOTAL, "100,000 rows");
    int64_t ids[BATCH];
    long long drained = 0;
    int claims = 0;
    t0 = mono_s();
    for (;;) {
        struct store_outbox *o;
        size_t n;
        if (store_outbox_claim(st, now, 60000, BATCH, &o, &n) != 0) {
            fails++;
            break;
        }
        for (size_t i = 0; i < n; i++)
            ids[i] = o[i].id;
        free(o);
        if (n == 0)
            break;
        fails += store_outbox_done(st, ids, n) != 0;
        drained += (long long)n;
        claims++;
    }
    double drain_s = mono_s() - t0;
    is_int(fails, 0, "claims and dones all succeed");
    is_int(drained, TOTAL, "every row claimed once");
    is_int(outbox_rows(), 0, "and deleted");
    printf("# outbox fill: %d rows in %.3f s (%.0f rows/s); claim+done in batches of %d: %d"
           " claims, %.3f s (%.0f rows/s)\n",
           TOTAL, fill_s, TOTAL / fill_s, BATCH, claims, drain_s, TOTAL / drain_s);
}

/* ---- the team table ---- */

static void hash_of(int i, unsigned char h[32])
{
    for (int k = 0; k < 32; k++)
        h[k] = (unsigned char)(i * 31 + k * 7 + 1);
}

static int64_t make_user(struct store *st, const char *email)
{
    struct store_user u = {0};
    snprintf(u.email, sizeof u.email, "%s", email);
    snprintf(u.name, sizeof u.name, "Name of %s", email);
    snprintf(u.pass, sizeof u.pass, "$argon2id$x");
    int rc = store_user_create(st, &u);
    return rc == 0 ? u.id : rc;
}

static void test_users_roles(struct store *st, int64_t gaz, int64_t sport, int64_t *ana,
                             int64_t *bob)
{
    struct store_user u = {0}, g;
    snprintf(u.email, sizeof u.email, "bob@example.org");
    int64_t before = crier_now_ms();
    is_int(store_user_create(st, &u), 0, "user_create");
    ok(u.id > 0 && u.gen == 0 && u.created_at >= before, "fills id, gen and created_at");
    *bob = u.id;
    *ana = make_user(st, "ana@example.org");
    make_user(st, "Zed@example.org");
    is_int(store_user_create(st, &u), -EEXIST, "an email is one account");
    is_int(store_user_get(st, *ana, &g), 0, "user_get");
    ok(strcmp(g.email, "ana@example.org") == 0 && strcmp(g.name, "Name of ana@example.org") == 0 &&
           strcmp(g.pass, "$argon2id$x") == 0 && g.gen == 0 && g.created_at > 0,
       "every field reads back");
    is_int(store_user_by_email(st, "bob@example.org", &g), 0, "user_by_email");
    is_int(g.id, *bob, "finds bob");
    is_int(store_user_by_email(st, "nobody@example.org", &g), -ENOENT, "unknown -> -ENOENT");
    is_int(store_user_get(st, 999999, &g), -ENOENT, "unknown id -> -ENOENT");
    struct store_user *ul;
    size_t n;
    is_int(store_user_list(st, &ul, &n), 0, "user_list");
    ok(n == 3 && strcmp(ul[0].email, "Zed@example.org") == 0 &&
           strcmp(ul[1].email, "ana@example.org") == 0,
       "by email in byte order (upper case first, as SQLite's)");
    free(ul);

    struct store_role_row r = {.user_id = *ana, .channel_id = gaz, .role = STORE_ROLE_OWNER};
    is_int(store_role_set(st, &r), 0, "ana owns gazette");
    r = (struct store_role_row){.user_id = *bob, .channel_id = gaz, .role = STORE_ROLE_EDITOR};
    is_int(store_role_set(st, &r), 0, "bob edits gazette");
    r.role = STORE_ROLE_AUTHOR;
    is_int(store_role_set(st, &r), 0, "set again replaces: bob writes for gazette");
    r = (struct store_role_row){
        .user_id = *bob, .channel_id = sport, .role = STORE_ROLE_AUTHOR, .may_publish = 7};
    is_int(store_role_set(st, &r), 0, "bob writes and publishes for sport");
    r.role = 9;
    is_int(store_role_set(st, &r), -EINVAL, "no role 9");
    r = (struct store_role_row){.user_id = 999, .channel_id = gaz, .role = STORE_ROLE_AUTHOR};
    is_int(store_role_set(st, &r), -ENOENT, "no such account");
    r = (struct store_role_row){.user_id = *ana, .channel_id = 999, .role = STORE_ROLE_AUTHOR};
    is_int(store_role_set(st, &r), -ENOENT, "no such channel");
    struct store_role_row *v;
    is_int(store_roles_of(st, 0, gaz, &v, &n), 0, "gazette's team");
    ok(n == 2 && strcmp(v[0].email, "ana@example.org") == 0 && v[0].role == STORE_ROLE_OWNER &&
           strcmp(v[0].slug, "gazette") == 0 && v[1].user_id == *bob &&
           v[1].role == STORE_ROLE_AUTHOR && v[1].may_publish == 0,
       "ana first, owner; bob an author who may not publish");
    free(v);
    is_int(store_roles_of(st, *bob, 0, &v, &n), 0, "bob's roles");
    ok(n == 2 && strcmp(v[0].slug, "gazette") == 0 && strcmp(v[1].slug, "sport") == 0 &&
           v[1].may_publish == 1 && v[1].channel_id == sport,
       "by slug, publishing in sport");
    free(v);
    is_int(store_role_remove(st, *bob, gaz), 0, "bob leaves gazette");
    is_int(store_role_remove(st, *bob, gaz), -ENOENT, "not twice");
}

static void test_sessions(struct store *st, int64_t ana, int64_t bob)
{
    unsigned char h[32], h2[32];
    struct store_session s;
    struct store_user u;
    int64_t now = crier_now_ms();
    hash_of(1, h);
    is_int(store_session_create(st, h, ana, 0, now + HOUR_MS), 0, "session_create");
    is_int(store_session_lookup(st, h, now, &s, &u), 0, "session_lookup");
    ok(s.user_id == ana && s.gen == 0 && s.expires_at == now + HOUR_MS && s.created_at > 0 &&
           s.id > 0 && u.id == ana && strcmp(u.email, "ana@example.org") == 0 && u.pass[0] == 0,
       "the session and its account, without the password hash");
    is_int(store_session_lookup(st, h, now + HOUR_MS, NULL, NULL), -ENOENT, "expired");
    hash_of(2, h2);
    is_int(store_session_lookup(st, h2, now, NULL, NULL), -ENOENT, "an unknown hash");
    is_int(store_session_create(st, h2, 999999, 0, now + HOUR_MS), -ENOENT, "an unknown account");
    is_int(store_session_create(st, h2, ana, 0, now + HOUR_MS), 0, "a second session");
    is_int(store_user_set_password(st, ana, "$argon2id$new"), 0, "a new password");
    is_int(store_session_lookup(st, h, now, NULL, NULL), -ENOENT, "the first session ended");
    is_int(store_session_lookup(st, h2, now, NULL, NULL), -ENOENT, "the second too");
    store_user_get(st, ana, &u);
    ok(u.gen == 1 && strcmp(u.pass, "$argon2id$new") == 0, "the generation moved, the hash set");
    is_int(store_user_set_password(st, 999999, "x"), -ENOENT, "the password of no account");
    is_int(store_session_create(st, h, ana, 0, now + HOUR_MS), 0, "a session of the old gen");
    is_int(store_session_lookup(st, h, now, NULL, NULL), -ENOENT, "opens nothing");
    is_int(store_session_delete(st, h), 0, "session_delete");
    is_int(store_session_delete(st, h), -ENOENT, "not twice");

    hash_of(100, h);
    store_session_create(st, h, ana, 1, now + HOUR_MS);
    for (int i = 0; i < STORE_SESSIONS_PER_USER; i++) {
        hash_of(101 + i, h2);
        store_session_create(st, h2, ana, 1, now + HOUR_MS);
    }
    is_int(store_session_lookup(st, h, now, NULL, NULL), -ENOENT, "the 17th pushed out the first");
    is_int(store_session_lookup(st, h2, now, NULL, NULL), 0, "the newest is there");
    is_int(raw_int("SELECT count(*) FROM sessions WHERE user_id = %lld", (long long)ana),
           STORE_SESSIONS_PER_USER, "STORE_SESSIONS_PER_USER kept");

    hash_of(200, h);
    is_int(store_link_create(st, h, bob, now + HOUR_MS), 0, "link_create");
    int64_t uid = 0;
    is_int(store_link_take(st, h, now, &uid), 0, "link_take");
    is_int(uid, bob, "it is bob's");
    is_int(store_link_take(st, h, now, &uid), -ENOENT, "not twice");
    hash_of(201, h);
    hash_of(202, h2);
    store_link_create(st, h, bob, now + HOUR_MS);
    store_link_create(st, h2, bob, now + HOUR_MS);
    is_int(store_link_take(st, h, now, &uid), -ENOENT, "a newer link replaces it");
    is_int(store_link_take(st, h2, now + HOUR_MS, &uid), -ENOENT, "an expired link");
    is_int(store_link_take(st, h2, now, &uid), -ENOENT, "is used up all the same");
    store_link_create(st, h, bob, now + HOUR_MS);
    store_user_set_password(st, bob, "$argon2id$b");
    is_int(store_link_take(st, h, now, &uid), -ENOENT, "a new password ends the link");

    store_link_create(st, h, bob, now + HOUR_MS);
    hash_of(300, h2);
    store_session_create(st, h2, bob, 1, now + HOUR_MS);
    is_int(store_user_delete(st, bob), 0, "bob's account deleted");
    is_int(store_session_lookup(st, h2, now, NULL, NULL), -ENOENT, "and his session with it");
    is_int(raw_int("SELECT count(*) FROM roles WHERE user_id = %lld", (long long)bob) +
               raw_int("SELECT count(*) FROM user_links WHERE user_id = %lld", (long long)bob),
           0, "his roles and his link");
    is_int(store_user_delete(st, bob), -ENOENT, "not twice");
}

static void test_audit(struct store *st, int64_t ch)
{
    for (int i = 0; i < 5; i++) {
        struct store_audit a = {.channel_id = ch, .post_id = 100 + i};
        snprintf(a.actor, sizeof a.actor, "ana@example.org");
        snprintf(a.action, sizeof a.action, "publish");
        snprintf(a.detail, sizeof a.detail, "Titre « %d »", i);
        is_int(store_audit_add(st, &a), 0, "audit_add %d", i);
        ok(a.id > 0 && a.at > 0, "fills id and at");
    }
    struct store_audit d = {.channel_id = ch, .post_id = 104, .at = 12345};
    snprintf(d.actor, sizeof d.actor, "token 3");
    snprintf(d.action, sizeof d.action, "delete");
    store_audit_add(st, &d);
    struct store_audit other = {.channel_id = ch + 1000};
    store_audit_add(st, &other);
    struct store_audit *v;
    size_t n;
    is_int(store_audit_list(st, ch, 0, 4, &v, &n), 0, "the first page");
    ok(n == 4 && strcmp(v[0].action, "delete") == 0 && strcmp(v[0].actor, "token 3") == 0 &&
           v[0].post_id == 104 && v[0].at == 12345 && v[0].detail[0] == '\0',
       "newest first: the delete by a token, at the time given");
    is_str(v[1].detail, "Titre « 4 »", "then the last publish, with its title");
    int64_t before = v[3].id;
    free(v);
    is_int(store_audit_list(st, ch, before, 4, &v, &n), 0, "the next page");
    ok(n == 2 && v[1].post_id == 100 && v[0].channel_id == ch, "the two oldest, of the channel");
    free(v);
    is_int(store_audit_list(st, ch, 0, 0, &v, &n), -EINVAL, "limit 0");
    is_int(store_audit_list(st, ch, 0, STORE_AUDIT_PAGE_MAX + 1, &v, &n), -EINVAL, "limit 201");
}

static void *user_thread(void *p)
{
    struct racer *r = p;
    struct store_user u = {0};
    if (r->a) /* each its own */
        snprintf(u.email, sizeof u.email, "cap%d@example.org", r->i);
    else
        snprintf(u.email, sizeof u.email, "race@example.org");
    pthread_barrier_wait(r->go);
    r->rc = store_user_create(r->st, &u);
    return NULL;
}

static void *take_thread(void *p)
{
    struct racer *r = p;
    unsigned char h[32];
    hash_of((int)r->a, h);
    pthread_barrier_wait(r->go);
    r->rc = store_link_take(r->st, h, crier_now_ms(), &r->got);
    return NULL;
}

static void *session_thread(void *p)
{
    struct racer *r = p;
    unsigned char h[32];
    hash_of((int)(1000 + r->b * RACERS + r->i), h);
    pthread_barrier_wait(r->go);
    r->rc = store_session_create(r->st, h, r->a, 0, crier_now_ms() + HOUR_MS);
    return NULL;
}

static void test_team_races(struct store *st, struct store *st2)
{
    struct racer r[RACERS];
    race(st, st2, user_thread, r, 0, 0);
    is_int(count_rc(r, 0), 1, "8 racing creations of one account: one wins");
    is_int(count_rc(r, -EEXIST), RACERS - 1, "the others -> -EEXIST");

    int64_t cy = make_user(st, "cy@example.org"), now = crier_now_ms();
    unsigned char h[32];
    int won = 0, lost = 0, kept = 0;
    for (int round = 0; round < 5; round++) {
        hash_of(500 + round, h);
        store_link_create(st, h, cy, now + HOUR_MS);
        race(st, st2, take_thread, r, 500 + round, 0);
        won += count_rc(r, 0) == 1;
        lost += count_rc(r, -ENOENT);
    }
    is_int(won, 5, "8 racing clicks on one link, 5 times: one signs in each time");
    is_int(lost, 5 * (RACERS - 1), "the others -> -ENOENT");

    for (int i = 0; i < STORE_SESSIONS_PER_USER - 1; i++) {
        hash_of(900 + i, h);
        store_session_create(st, h, cy, 0, now + HOUR_MS);
    }
    int fails = 0;
    for (int round = 0; round < 5; round++) {
        race(st, st2, session_thread, r, cy, round);
        fails += RACERS - count_rc(r, 0);
        kept += raw_int("SELECT count(*) FROM sessions WHERE user_id = %lld", (long long)cy) ==
                STORE_SESSIONS_PER_USER;
    }
    is_int(fails, 0, "8 racing sign-ins of one account, 5 times, all succeed");
    is_int(kept, 5, "and it keeps STORE_SESSIONS_PER_USER sessions each time, not more");

    /* the account cap: one place left, eight racing for it */
    raw_int("INSERT INTO users (email, created_at) SELECT 'u' || i || '@example.org', 0"
            " FROM generate_series(1, %lld) i",
            STORE_USERS_MAX - 1 - raw_int("SELECT count(*) FROM users"));
    race(st, st2, user_thread, r, 1, 0);
    is_int(count_rc(r, 0), 1, "8 racing creations for the last of STORE_USERS_MAX: one wins");
    is_int(count_rc(r, -ENOSPC), RACERS - 1, "the others -> -ENOSPC");
    is_int(raw_int("SELECT count(*) FROM users"), STORE_USERS_MAX, "STORE_USERS_MAX accounts");
}

static void test_team(struct store *st, struct store *st2)
{
    reset();
    int64_t gaz = make_channel(st, "gazette"), sport = make_channel(st, "sport"), ana, bob;
    test_users_roles(st, gaz, sport, &ana, &bob);
    test_sessions(st, ana, bob);
    test_audit(st, gaz);
    test_audit_with_writes(st, make_channel(st, "audited-writes"));
    test_audit_burst(st, make_channel(st, "audited-burst"));
    test_team_races(st, st2);
}

int main(void)
{
    const char *uri = getenv("CRIER_TEST_PG");
    char dbname[64], sql[128];
    if (!uri || !*uri) {
        printf("1..0 # SKIP no PostgreSQL\n");
        return 0;
    }
    log_set_level(LOG_ERROR);
    srand((unsigned)time(NULL) ^ (unsigned)getpid());
    snprintf(dbname, sizeof dbname, "crier_t_notify_%d_%d", (int)getpid(), rand() % 1000000);
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", dbname);
    if (admin_cmd(uri, sql) < 0 || conninfo_for(uri, dbname, conninfo, sizeof conninfo) < 0)
        return 1;
    raw = PQconnectdb(conninfo);
    PQclear(PQexec(raw, "SET client_min_messages = warning")); /* no TRUNCATE notices */
    struct store *st = node(), *st2 = node();
    if (PQstatus(raw) == CONNECTION_OK && st && st2) {
        warm(st);
        warm(st2);
        test_settings(st, st2);
        test_push_subs(st, st2);
        test_push_page(st);
        test_email(st, st2);
        test_fill(st, st2);
        test_claim(st);
        test_claim_orphans(st);
        test_claim_race(st, st2);
        test_cancel_post(st);
        test_stats(st);
        test_cleanups(st);
        test_throughput(st);
        test_team(st, st2);
    } else {
        ok(0, "connect to the test database");
    }
    if (st)
        store_close(st);
    if (st2)
        store_close(st2);
    PQfinish(raw);
    snprintf(sql, sizeof sql, "DROP DATABASE %s WITH (FORCE)", dbname);
    admin_cmd(uri, sql);
    return done_testing();
}
