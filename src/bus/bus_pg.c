/*
 * The PostgreSQL bus: the store bus (bus_store.c) for everything it already
 * does (this node's commits at once, catch-up from the store, each event
 * once and in seq order per channel), plus one LISTEN connection per node
 * that makes other nodes' commits arrive without waiting for a poll.
 *
 * The store's writer sends NOTIFY crier '<channel_id>:<seq>' in the
 * publishing transaction, so a notification is only ever delivered after
 * its events are committed, and carries nothing but where to read. On a
 * notification the listener reads the channel's events after the last seq
 * it handed out, up to that seq (bus_store_notified()). Notifications that
 * arrive together are read together: the listener drains every pending one
 * first and reads each channel once, up to its highest seq. After any
 * (re)connection it rereads every channel (a full poll), so a notification
 * lost while the connection was down costs latency, never an event; the
 * server's periodic bus_poll() stays as the last safety net.
 *
 * Before each reading the listener calls the node's `before` hook, which
 * reads the access changes (a token revoked, a channel made private) that
 * other nodes committed: a notification only comes after its transaction
 * committed, so every access change committed before the events read is
 * signalled to the hubs ahead of them, and a stream that lost its access
 * never gets a later event (the periodic poll alone would let events through
 * for up to its period).
 *
 * The listener is one thread with its own connection. It waits on the
 * connection's socket and on a pipe that close() writes to; a lost
 * connection is retried with backoff (BUS_PG_BACKOFF_MIN_MS doubling up to
 * BUS_PG_BACKOFF_MAX_MS).
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <libpq-fe.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bus/bus.h"
#include "crier.h"
#include "log.h"
#include "xmalloc.h"

#define BUS_PG_CHANNEL "crier"
#define BUS_PG_BATCH 256 /* channels read per wake-up; more: one full poll */
#define BUS_PG_BACKOFF_MIN_MS 100
#define BUS_PG_BACKOFF_MAX_MS 5000

struct pending {
    int64_t channel_id, seq;
};

struct bus_pg {
    struct bus base;
    struct bus *inner; /* the store bus */
    char *conninfo;
    bus_before_fn before;
    void *before_arg;
    int wake[2]; /* close() writes to wake[1] */
    atomic_int stopping;
    atomic_ullong notifications, reconnects;
    pthread_t thread;
    struct pending batch[BUS_PG_BATCH]; /* the listener's, one wake-up's notifications */
};

/* Waits up to ms for fd to be readable or for close(): 1 readable, 0 time
 * out, -1 stopping. fd < 0 waits for close() only. */
static int wait_for(struct bus_pg *b, int fd, int ms)
{
    struct pollfd p[2] = {{.fd = b->wake[0], .events = POLLIN}, {.fd = fd, .events = POLLIN}};
    int r = poll(p, fd >= 0 ? 2 : 1, ms);

    if (atomic_load(&b->stopping) || (r > 0 && p[0].revents))
        return -1;
    return r > 0 && (p[1].revents & (POLLIN | POLLERR | POLLHUP)) ? 1 : 0;
}

/* "<channel_id>:<seq>", both positive; 0 or -EINVAL. */
static int parse_payload(const char *s, struct pending *out)
{
    char *end;
    errno = 0;
    long long ch = strtoll(s, &end, 10);
    if (errno || end == s || *end != ':' || ch <= 0)
        return -EINVAL;
    const char *t = end + 1;
    long long seq = strtoll(t, &end, 10);
    if (errno || end == t || *end != '\0' || seq <= 0)
        return -EINVAL;
    out->channel_id = ch;
    out->seq = seq;
    return 0;
}

/* Adds a notification to the batch, one entry per channel with its highest
 * seq; 0, or -ENOSPC when the batch is full. */
static int batch_add(struct pending *v, size_t *n, const struct pending *p)
{
    for (size_t i = 0; i < *n; i++)
        if (v[i].channel_id == p->channel_id) {
            if (p->seq > v[i].seq)
                v[i].seq = p->seq;
            return 0;
        }
    if (*n == BUS_PG_BATCH)
        return -ENOSPC;
    v[(*n)++] = *p;
    return 0;
}

static void before_read(struct bus_pg *b)
{
    if (b->before)
        b->before(b->before_arg);
}

static void full_poll(struct bus_pg *b)
{
    before_read(b);
    int rc = bus_poll(b->inner);
    if (rc < 0) {
        static struct log_limit lim;
        log_limited(&lim, LOG_WARN, "bus: rereading every channel failed: %s", crier_strerror(rc));
    }
}

/* Reads what the pending notifications point at. */
static void deliver(struct bus_pg *b, struct pending *v, size_t n, int overflow)
{
    if (overflow) {
        full_poll(b);
        return;
    }
    if (n)
        before_read(b);
    for (size_t i = 0; i < n; i++) {
        int rc = bus_store_notified(b->inner, v[i].channel_id, v[i].seq);
        if (rc < 0) {
            static struct log_limit lim;
            log_limited(&lim, LOG_WARN,
                        "bus: reading channel=%" PRId64 " up to seq=%" PRId64 " failed: %s",
                        v[i].channel_id, v[i].seq, crier_strerror(rc));
        }
    }
}

/* Listens on one connection until it is lost (0) or close() (-1). */
static int listen_on(struct bus_pg *b, PGconn *conn)
{
    int fd = PQsocket(conn);

    for (;;) {
        if (wait_for(b, fd, -1) < 0)
            return -1;
        if (!PQconsumeInput(conn))
            return 0;
        size_t n = 0;
        int overflow = 0;
        PGnotify *nt;
        while ((nt = PQnotifies(conn)) != NULL) {
            struct pending p;
            atomic_fetch_add(&b->notifications, 1);
            if (parse_payload(nt->extra, &p) < 0) {
                static struct log_limit lim;
                log_limited(&lim, LOG_WARN, "bus: ignoring a malformed notification '%.64s'",
                            nt->extra);
            } else if (batch_add(b->batch, &n, &p) < 0) {
                overflow = 1;
            }
            PQfreemem(nt);
        }
        deliver(b, b->batch, n, overflow);
    }
}

static PGconn *connect_listen(struct bus_pg *b)
{
    /* Named, so that an operator can tell it from the pool's in
     * pg_stat_activity; the URI's own settings come first (expand_dbname),
     * the name after them. */
    static const char *const keys[] = {"dbname", "application_name", NULL};
    const char *vals[] = {b->conninfo, "crier-bus", NULL};
    PGconn *conn = PQconnectdbParams(keys, vals, 1);
    if (PQstatus(conn) != CONNECTION_OK) {
        static struct log_limit lim;
        log_limited(&lim, LOG_WARN, "bus: cannot connect to PostgreSQL: %s", PQerrorMessage(conn));
        PQfinish(conn);
        return NULL;
    }
    PGresult *res = PQexec(conn, "LISTEN " BUS_PG_CHANNEL);
    int ok = PQresultStatus(res) == PGRES_COMMAND_OK;
    PQclear(res);
    if (!ok || PQsetnonblocking(conn, 1) != 0) {
        log_warn("bus: LISTEN failed: %s", PQerrorMessage(conn));
        PQfinish(conn);
        return NULL;
    }
    return conn;
}

static void *listener(void *arg)
{
    struct bus_pg *b = arg;
    int backoff = BUS_PG_BACKOFF_MIN_MS;

    while (!atomic_load(&b->stopping)) {
        PGconn *conn = connect_listen(b);
        if (!conn) {
            if (wait_for(b, -1, backoff) < 0)
                break;
            backoff = backoff * 2 > BUS_PG_BACKOFF_MAX_MS ? BUS_PG_BACKOFF_MAX_MS : backoff * 2;
            continue;
        }
        if (atomic_fetch_add(&b->reconnects, 1) > 0)
            log_info("bus: listening again for other nodes' events");
        backoff = BUS_PG_BACKOFF_MIN_MS;
        /* Whatever was committed while nobody listened. */
        full_poll(b);
        int r = listen_on(b, conn);
        PQfinish(conn);
        if (r < 0)
            break;
        log_warn("bus: the LISTEN connection was lost; reconnecting");
    }
    return NULL;
}

static void pg_publish(struct bus *base, const struct store_event *evs, size_t n)
{
    struct bus_pg *b = (struct bus_pg *)base;
    bus_publish(b->inner, evs, n);
}

static int pg_poll(struct bus *base)
{
    struct bus_pg *b = (struct bus_pg *)base;
    return bus_poll(b->inner);
}

static void pg_close(struct bus *base)
{
    struct bus_pg *b = (struct bus_pg *)base;

    atomic_store(&b->stopping, 1);
    if (write(b->wake[1], "x", 1) < 0 && errno != EAGAIN)
        log_warn("bus: waking the listener: %s", strerror(errno));
    pthread_join(b->thread, NULL);
    close(b->wake[0]);
    close(b->wake[1]);
    bus_close(b->inner);
    free(b->conninfo);
    free(b);
}

static const struct bus_ops pg_bus_ops = {
    .name = "postgres",
    .publish = pg_publish,
    .poll = pg_poll,
    .close = pg_close,
};

int bus_pg_new(struct bus **out, struct store *st, const char *conninfo, bus_sink_fn sink,
               bus_before_fn before, void *arg)
{
    struct bus_pg *b = xcalloc(1, sizeof *b);
    int rc;

    *out = NULL;
    if ((rc = bus_store_new(&b->inner, st, sink, arg)) < 0) {
        free(b);
        return rc;
    }
    if (pipe2(b->wake, O_CLOEXEC | O_NONBLOCK) != 0) {
        rc = -errno;
        bus_close(b->inner);
        free(b);
        return rc;
    }
    b->base.ops = &pg_bus_ops;
    b->base.sink = sink;
    b->base.sink_arg = arg;
    b->conninfo = xstrdup(conninfo);
    b->before = before;
    b->before_arg = arg;
    if ((rc = pthread_create(&b->thread, NULL, listener, b)) != 0) {
        close(b->wake[0]);
        close(b->wake[1]);
        bus_close(b->inner);
        free(b->conninfo);
        free(b);
        return -rc;
    }
    *out = &b->base;
    return 0;
}

uint64_t bus_pg_notifications(const struct bus *base)
{
    const struct bus_pg *b = (const struct bus_pg *)base;
    return base->ops == &pg_bus_ops ? atomic_load(&b->notifications) : 0;
}

uint64_t bus_pg_reconnects(const struct bus *base)
{
    const struct bus_pg *b = (const struct bus_pg *)base;
    return base->ops == &pg_bus_ops ? atomic_load(&b->reconnects) : 0;
}
