/*
 * bus_pg: a node's LISTEN connection. Two store handles on one SQLite file
 * stand for two nodes (the events' store does not matter to the bus), and a
 * real PostgreSQL server (CRIER_TEST_PG, a postgres:// URI; skipped without
 * it) carries the notifications, sent here as the PostgreSQL store's writer
 * sends them. Node A's bus must hand its sink node B's events as soon as a
 * notification names them, with no bus_poll(), each once and in order;
 * notifications that arrive together are read together; a malformed one is
 * ignored; and after its connection is killed from the server side
 * (pg_terminate_backend) the bus reconnects and rereads every channel, so
 * the events committed meanwhile, whose notifications were lost, still
 * arrive. The before hook (the node's reading of access changes) runs
 * ahead of every reading, so no event is handed out before it.
 */
#include <jansson.h>
#include <libpq-fe.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bus/bus.h"
#include "crier.h"
#include "event.h"
#include "post_records.h"
#include "store/store.h"
#include "tap.h"

static char tmpdir[] = "/tmp/crier-test-bus-pg-XXXXXX";

struct got {
    pthread_mutex_t mu;
    int64_t seq[256];
    size_t n;
    int befores;    /* calls of the before hook */
    size_t at_hook; /* events the sink held at the hook's last call */
};

/* The before hook: notes how many events the sink held then. */
static void before(void *arg)
{
    struct got *g = arg;
    pthread_mutex_lock(&g->mu);
    g->befores++;
    g->at_hook = g->n;
    pthread_mutex_unlock(&g->mu);
}

static void sink(void *arg, struct event *ev)
{
    struct got *g = arg;
    pthread_mutex_lock(&g->mu);
    if (g->n < 256)
        g->seq[g->n++] = ev->seq;
    pthread_mutex_unlock(&g->mu);
    event_unref(ev);
}

static size_t got_n(struct got *g)
{
    pthread_mutex_lock(&g->mu);
    size_t n = g->n;
    pthread_mutex_unlock(&g->mu);
    return n;
}

/* Waits up to 5 s for the sink to hold n events; 1 when it does. */
static int wait_n(struct got *g, size_t n)
{
    for (int i = 0; i < 500; i++) {
        if (got_n(g) >= n)
            return 1;
        nanosleep(&(struct timespec){0, 10 * 1000 * 1000}, NULL);
    }
    return 0;
}

/* The sink got 1..n, each once, in order. */
static int in_order(struct got *g, int64_t n)
{
    pthread_mutex_lock(&g->mu);
    int ok = g->n == (size_t)n;
    for (size_t i = 0; ok && i < g->n; i++)
        ok = g->seq[i] == (int64_t)i + 1;
    pthread_mutex_unlock(&g->mu);
    return ok;
}

static int64_t publish(struct store *st, int64_t ch, const char *title)
{
    json_t *p = json_pack("{ss}", "title", title);
    struct store_event ev;
    int rc = rec_post_create(st, ch, p, 0, &ev);
    json_decref(p);
    int64_t seq = rc == 0 ? ev.seq : rc;
    if (rc == 0)
        store_event_clear(&ev);
    return seq;
}

static int sql(PGconn *c, const char *q)
{
    PGresult *r = PQexec(c, q);
    int ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok)
        printf("# %s: %s", q, PQerrorMessage(c));
    PQclear(r);
    return ok;
}

static int notify(PGconn *c, int64_t ch, int64_t seq)
{
    char q[128];
    snprintf(q, sizeof q, "SELECT pg_notify('crier', '%lld:%lld')", (long long)ch, (long long)seq);
    return sql(c, q);
}

/* Waits up to 5 s for the bus to have connected `want` times. */
static int wait_connected(struct bus *bus, uint64_t want)
{
    for (int i = 0; i < 500; i++) {
        if (bus_pg_reconnects(bus) >= want)
            return 1;
        nanosleep(&(struct timespec){0, 10 * 1000 * 1000}, NULL);
    }
    return 0;
}

int main(void)
{
    const char *uri = getenv("CRIER_TEST_PG");
    if (!uri || !*uri) {
        printf("1..0 # SKIP no PostgreSQL (CRIER_TEST_PG)\n");
        return 0;
    }
    PGconn *pg = PQconnectdb(uri);
    if (PQstatus(pg) != CONNECTION_OK) {
        printf("1..0 # SKIP cannot connect to CRIER_TEST_PG: %s", PQerrorMessage(pg));
        PQfinish(pg);
        return 0;
    }
    if (!mkdtemp(tmpdir))
        return 1;

    struct store *a = NULL, *b = NULL;
    struct bus *bus = NULL;
    struct got g = {.mu = PTHREAD_MUTEX_INITIALIZER};
    is_int(store_open(&a, tmpdir), 0, "node A's store");
    is_int(store_open(&b, tmpdir), 0, "node B's store");
    struct store_channel ch = {0};
    snprintf(ch.slug, sizeof ch.slug, "shared");
    ch.title = (char *)"T";
    ch.description = (char *)"";
    snprintf(ch.tz, sizeof ch.tz, "UTC");
    is_int(store_channel_create(b, &ch), 0, "a channel");

    is_int(bus_pg_new(&bus, a, uri, sink, before, &g), 0, "node A's bus listens");
    ok(wait_connected(bus, 1), "the listener connected");

    /* Node B commits; its writer's NOTIFY names the channel and the seq. */
    for (int i = 0; i < 3; i++)
        publish(b, ch.id, "b");
    nanosleep(&(struct timespec){0, 100 * 1000 * 1000}, NULL);
    is_int((int)got_n(&g), 0, "nothing arrives before a notification (no poll here)");
    pthread_mutex_lock(&g.mu);
    int befores = g.befores;
    pthread_mutex_unlock(&g.mu);
    ok(notify(pg, ch.id, 3), "NOTIFY crier '<channel>:3'");
    ok(wait_n(&g, 3) && in_order(&g, 3), "the notification brings seqs 1..3, in order");
    pthread_mutex_lock(&g.mu);
    ok(g.befores == befores + 1 && g.at_hook == 0,
       "the before hook ran once, ahead of the reading (%d calls, %zu events then)",
       g.befores - befores, g.at_hook);
    pthread_mutex_unlock(&g.mu);

    /* Two notifications in one transaction arrive together: read once. */
    publish(b, ch.id, "b");
    publish(b, ch.id, "b");
    ok(sql(pg, "BEGIN"), "begin");
    notify(pg, ch.id, 4);
    notify(pg, ch.id, 5);
    ok(sql(pg, "COMMIT"), "two notifications committed together");
    ok(wait_n(&g, 5) && in_order(&g, 5), "seqs 4 and 5, each once");

    /* A notification for what was delivered, and a malformed one. */
    ok(notify(pg, ch.id, 5), "a repeated notification");
    ok(sql(pg, "SELECT pg_notify('crier', 'garbage:x')"), "a malformed notification");
    ok(sql(pg, "SELECT pg_notify('crier', '')"), "an empty notification");
    publish(b, ch.id, "b");
    notify(pg, ch.id, 6);
    ok(wait_n(&g, 6) && in_order(&g, 6), "no duplicate, and the bus still listens");

    /* Two events whose notifications the listener never hears (lost while
     * it was down), then its backend killed from the server side: once it
     * is back it rereads every channel, so they arrive. */
    publish(b, ch.id, "b");
    publish(b, ch.id, "b");
    nanosleep(&(struct timespec){0, 100 * 1000 * 1000}, NULL);
    is_int((int)got_n(&g), 6, "events without a notification wait");
    ok(sql(pg, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
               "WHERE query LIKE 'LISTEN crier%' AND pid <> pg_backend_pid()"),
       "pg_terminate_backend on the LISTEN connection");
    ok(wait_connected(bus, 2), "the bus reconnected");
    ok(wait_n(&g, 8) && in_order(&g, 8), "the events of the outage arrive, in order, once");
    publish(b, ch.id, "b");
    notify(pg, ch.id, 9);
    ok(wait_n(&g, 9) && in_order(&g, 9), "and live notifications again");
    ok(bus_pg_notifications(bus) >= 6, "notifications counted (%llu)",
       (unsigned long long)bus_pg_notifications(bus));

    bus_close(bus);
    store_close(a);
    store_close(b);
    PQfinish(pg);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    if (system(cmd) != 0)
        return 1;
    return done_testing();
}
