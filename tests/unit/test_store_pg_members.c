/*
 * test_store_pg_members: the PostgreSQL backend's access changes, tokens,
 * readers, device links, invites and memberships (store_pg_members.c).
 * The cases both backends share are in store_members_cases.h (tokens,
 * readers, device links, invites and their approval, memberships, unread
 * counts, feed keys, access changes, reader cleanup), here on two nodes of
 * one database; this file adds the cases only a shared database has:
 * racing joins of one invite on three nodes (exactly max_uses win), and a
 * node polling the access generations while two others revoke, none
 * missed.
 *
 * CRIER_TEST_PG is a postgres:// URI of a server where the test may create
 * a database: it makes a fresh one with a random name, and drops it at the
 * end. Without it: skipped.
 */
#include <errno.h>
#include <libpq-fe.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crier.h"
#include "post_records.h"
#include "store/store.h"
#include "store/store_pg_int.h"
#include "store_members_cases.h"
#include "tap.h"

static char conninfo[2048]; /* the test's own database */
static PGconn *raw_conn;    /* a plain connection to it, for what the store does not show */

/* conninfo with dbname replaced: key='value' words. */
static int conninfo_for(const char *uri, const char *dbname, char *out, size_t size)
{
    char *err = NULL;
    PQconninfoOption *opts = PQconninfoParse(uri, &err);
    if (!opts) {
        printf("# CRIER_TEST_PG: %s\n", err ? err : "unparsable");
        PQfreemem(err);
        return -1;
    }
    size_t len = 0;
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

/* Runs sql on c: the first column of its first row as an integer, 0 when
 * it answers no row, -1 (said) when it fails. */
static long long raw_on(PGconn *c, const char *sql)
{
    PGresult *r = PQexec(c, sql);
    int st = PQresultStatus(r);
    long long v = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK ? 0 : -1;
    if (st == PGRES_TUPLES_OK && PQntuples(r) > 0)
        v = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    if (v < 0)
        printf("# raw %s: %s\n", sql, PQresultErrorMessage(r));
    PQclear(r);
    return v;
}

/* raw_on the test's database, with the SQL formatted. */
__attribute__((format(printf, 1, 2))) static long long raw(const char *fmt, ...)
{
    char sql[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(sql, sizeof sql, fmt, ap);
    va_end(ap);
    return raw_on(raw_conn, sql);
}

static struct store *open_node(void)
{
    struct store *st = NULL;
    int rc = store_pg_open(&st, conninfo);
    if (rc != 0) {
        printf("# store_pg_open: %s\n", crier_strerror(rc));
        exit(1);
    }
    return st;
}

/* The shared cases' struct raw_db: the test's own connection. */
static long long raw_get(const void *ctx, const char *sql)
{
    (void)ctx;
    return raw_on(raw_conn, sql);
}

static int raw_exec(const void *ctx, const char *sql)
{
    (void)ctx;
    return raw_on(raw_conn, sql) < 0 ? -1 : 0;
}

static const struct raw_db pgdb = {raw_get, raw_exec, NULL};

/* test_access_changes' new handle: another node. */
static struct store *reopen_node(struct store *old)
{
    store_close(old);
    return open_node();
}

#define RACE_JOINS 50

static void test_invite_race(struct store *nodes[3])
{
    int64_t ch = make_channel(nodes[0], "race");
    unsigned char h[32], h2[32];
    make_invite(nodes[0], ch, 100, 0, 5, 0, h);

    /* Fifty readers on three nodes race for an invite with five uses, each
     * from its own thread (and so its own connection). */
    pthread_t th[RACE_JOINS];
    struct join_arg args[RACE_JOINS];
    for (int i = 0; i < RACE_JOINS; i++)
        args[i] = (struct join_arg){
            .st = nodes[i % 3], .hash = h, .reader = make_reader(nodes[0], 1000 + i)};
    for (int i = 0; i < RACE_JOINS; i++)
        pthread_create(&th[i], NULL, join_thread, &args[i]);
    int joined = 0, full = 0, other = 0;
    for (int i = 0; i < RACE_JOINS; i++) {
        pthread_join(th[i], NULL);
        if (args[i].rc == 0 && args[i].state == STORE_MEMBER_ACTIVE)
            joined++;
        else if (args[i].rc == -EDQUOT)
            full++;
        else
            other++;
    }
    is_int(joined, 5, "exactly max_uses readers join");
    is_int(full, RACE_JOINS - 5, "the others get -EDQUOT");
    is_int(other, 0, "no other outcome");
    struct store_invite got;
    store_invite_lookup(nodes[1], h, &got);
    is_int(got.uses, 5, "uses == max_uses");
    int64_t count = 0;
    store_member_count(nodes[2], ch, &count);
    is_int(count, 5, "five members");

    /* One reader pressing Join twelve times at once on three nodes uses one. */
    make_invite(nodes[0], ch, 101, 0, 0, 1, h2);
    int64_t r = make_reader(nodes[0], 1099);
    for (int i = 0; i < 12; i++) {
        args[i] = (struct join_arg){.st = nodes[i % 3], .hash = h2, .reader = r};
        pthread_create(&th[i], NULL, join_thread, &args[i]);
    }
    int pending = 0;
    for (int i = 0; i < 12; i++) {
        pthread_join(th[i], NULL);
        pending += args[i].rc == 0 && args[i].state == STORE_MEMBER_PENDING;
    }
    is_int(pending, 12, "every press answers pending");
    store_invite_lookup(nodes[0], h2, &got);
    is_int(got.uses, 1, "one use taken");

    /* Readers joining through two invites of one channel at once: each
     * takes one use of one invite, never one of each. */
    unsigned char x[32], y[32];
    make_invite(nodes[0], ch, 102, 0, 0, 0, x);
    make_invite(nodes[0], ch, 103, 0, 0, 0, y);
    int ok_all = 1;
    for (int round = 0; round < 6; round++) {
        int64_t rr = make_reader(nodes[0], 1200 + round);
        for (int i = 0; i < 6; i++) {
            args[i] = (struct join_arg){.st = nodes[i % 3], .hash = i % 2 ? x : y, .reader = rr};
            pthread_create(&th[i], NULL, join_thread, &args[i]);
        }
        for (int i = 0; i < 6; i++) {
            pthread_join(th[i], NULL);
            ok_all &= args[i].rc == 0 && args[i].state == STORE_MEMBER_ACTIVE;
        }
    }
    ok(ok_all, "every join through either invite answers the membership");
    struct store_invite gx, gy;
    store_invite_lookup(nodes[0], x, &gx);
    store_invite_lookup(nodes[0], y, &gy);
    is_int(gx.uses + gy.uses, 6, "six readers, six uses in all");
}

/* A node polls while two others revoke: it sees every change, since a
 * generation only becomes visible after every smaller one. */
#define POLL_CHANNELS 40

struct revoker {
    struct store *st;
    int64_t *tokens;
    int n;
};

static void *revoke_thread(void *p)
{
    struct revoker *r = p;
    for (int i = 0; i < r->n; i++)
        store_token_revoke(r->st, r->tokens[i]);
    return NULL;
}

static int poll_done;
static int64_t poll_lo;  /* the first of the race's channel ids */
static int64_t poll_gen; /* the newest generation before the race */

static void *poll_thread(void *p)
{
    struct store *st = p;
    int seen[POLL_CHANNELS] = {0}, count = 0;
    int64_t gen = poll_gen, ids[64];
    size_t n;
    for (;;) {
        /* read before the poll: once set, this poll is after every revocation */
        int done = __atomic_load_n(&poll_done, __ATOMIC_ACQUIRE);
        if (store_access_changes(st, gen, ids, 64, &n, &gen) == 0)
            for (size_t i = 0; i < n; i++) {
                int64_t k = ids[i] - poll_lo;
                if (k >= 0 && k < POLL_CHANNELS && !seen[k]++)
                    count++;
            }
        if (done)
            break;
    }
    return (void *)(intptr_t)count;
}

static void test_access_poll(struct store *nodes[3])
{
    int64_t tokens[POLL_CHANNELS];
    for (int i = 0; i < POLL_CHANNELS; i++) {
        char slug[32];
        snprintf(slug, sizeof slug, "poll-%d", i);
        int64_t ch = make_channel(nodes[0], slug);
        if (i == 0)
            poll_lo = ch;
        struct store_token t = {.scope = STORE_SCOPE_PUBLISH, .channel_id = ch};
        fake_hash(t.hash, 6, i);
        store_token_create(nodes[0], &t);
        tokens[i] = t.id;
    }
    is_int(raw("SELECT max(id) - min(id) FROM channels WHERE id >= %lld", (long long)poll_lo),
           POLL_CHANNELS - 1, "the race's channels, ids in a row");
    size_t n;
    is_int(store_access_changes(nodes[2], -1, NULL, 0, &n, &poll_gen), 0, "the newest generation");
    pthread_t poller, rv[4];
    pthread_create(&poller, NULL, poll_thread, nodes[2]);
    struct revoker r[4];
    for (int k = 0; k < 4; k++) {
        r[k] = (struct revoker){.st = nodes[k % 2], .tokens = tokens + k * 10, .n = 10};
        pthread_create(&rv[k], NULL, revoke_thread, &r[k]);
    }
    for (int k = 0; k < 4; k++)
        pthread_join(rv[k], NULL);
    __atomic_store_n(&poll_done, 1, __ATOMIC_RELEASE);
    void *count;
    pthread_join(poller, &count);
    is_int((intptr_t)count, POLL_CHANNELS, "the polling node saw every revocation");
    is_int(raw("SELECT count(DISTINCT gen) FROM access_changes"),
           raw("SELECT count(*) FROM access_changes"), "no generation given twice");
}

int main(void)
{
    const char *uri = getenv("CRIER_TEST_PG");
    if (!uri || !*uri) {
        printf("1..0 # SKIP no PostgreSQL\n");
        return 0;
    }
    char dbname[64];
    srand((unsigned)(crier_now_ms() ^ getpid()));
    snprintf(dbname, sizeof dbname, "crier_members_%d_%d", (int)getpid(), rand() % 1000000);
    if (conninfo_for(uri, dbname, conninfo, sizeof conninfo) < 0)
        return 1;
    PGconn *admin = PQconnectdb(uri); /* creates and drops the test's database */
    if (PQstatus(admin) != CONNECTION_OK) {
        printf("# cannot connect: %s", PQerrorMessage(admin));
        return 1;
    }
    char sql[160];
    snprintf(sql, sizeof sql, "CREATE DATABASE %s", dbname);
    if (raw_on(admin, sql) < 0)
        return 1;

    struct store *nodes[3] = {open_node(), open_node(), open_node()};
    raw_conn = PQconnectdb(conninfo);
    test_tokens(nodes[0], nodes[1], &pgdb);
    test_readers(nodes[0], nodes[1]);
    test_transfers(nodes[0], nodes[1], &pgdb);
    test_invites(nodes[0], nodes[1], &pgdb);
    test_invite_race(nodes);
    test_members(nodes[0], nodes[1]);
    test_unread(nodes[0], nodes[1], &pgdb);
    test_feed_keys(nodes[0], nodes[1]);
    test_reader_cleanup(nodes[0], nodes[1], &pgdb);
    test_access_poll(nodes);
    test_access_changes(nodes[0], nodes[2], reopen_node); /* closes nodes[2] */
    store_close(nodes[0]);
    store_close(nodes[1]);
    PQfinish(raw_conn);

    snprintf(sql, sizeof sql, "DROP DATABASE %s", dbname);
    raw_on(admin, sql);
    PQfinish(admin);
    return done_testing();
}
