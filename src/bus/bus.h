/*
 * bus: carries committed events from the store to the hubs of every node. The
 * store's commit hook hands each batch to bus_publish(); the bus makes sure
 * every node (the local one included) gets them, in seq order per channel,
 * and delivers them to the local sink as encoded events.
 *
 * Backends: bus_local.c (one process), bus_store.c (several processes on one
 * store, found by polling each channel's last_seq; what a SQLite node runs)
 * and bus_pg.c (the store bus, plus LISTEN/NOTIFY carrying only (channel,
 * seq): a node reads other nodes' events from the store as soon as they are
 * committed).
 */
#ifndef CRIER_BUS_H
#define CRIER_BUS_H

#include <stddef.h>

#include "event.h"
#include "store/store.h"

/* Receives each event once, with a reference the sink must drop
 * (event_unref). Called on whatever thread the backend delivers from. */
typedef void (*bus_sink_fn)(void *arg, struct event *ev);

struct bus;

struct bus_ops {
    const char *name;
    /* Called by the store's writer (the leader of a batch, a caller's thread)
     * with a committed batch. */
    void (*publish)(struct bus *b, const struct store_event *evs, size_t n);
    /* Looks for events other processes committed; NULL when the backend is
     * told of them by other means. */
    int (*poll)(struct bus *b);
    void (*close)(struct bus *b);
};

struct bus {
    const struct bus_ops *ops;
    bus_sink_fn sink;
    void *sink_arg;
};

/* The in-process bus: encodes each event once and hands it to the sink on the
 * publishing thread. */
struct bus *bus_local_new(bus_sink_fn sink, void *arg);

/* The store bus over st (see bus_store.c): 0 with *out, or a store error. */
int bus_store_new(struct bus **out, struct store *st, bus_sink_fn sink, void *arg);

/* The store bus's reading on a notification: hands the sink channel_id's
 * events after the last seq handed out, up to seq (what the store holds).
 * Any thread. 0 or a store error. b must be a store bus. */
int bus_store_notified(struct bus *b, int64_t channel_id, int64_t seq);

/* Called by the PostgreSQL bus's listener (with the sink's arg) before it
 * reads other nodes' events: the node reads the access changes committed
 * before them, so that a stream that lost its access is held before any
 * later event reaches it (docs/api.md, "Access is checked again"). */
typedef void (*bus_before_fn)(void *arg);

/* The PostgreSQL bus (see bus_pg.c): a store bus over st, and a thread that
 * LISTENs on conninfo; before (may be NULL) runs before each reading. 0 with
 * *out, a store error, or -errno. */
int bus_pg_new(struct bus **out, struct store *st, const char *conninfo, bus_sink_fn sink,
               bus_before_fn before, void *arg);
/* Notifications received and connections made so far (0 for another bus). */
uint64_t bus_pg_notifications(const struct bus *b);
uint64_t bus_pg_reconnects(const struct bus *b);

void bus_publish(struct bus *b, const struct store_event *evs, size_t n);
/* Any thread, one call at a time: hands the sink the events other processes
 * committed since the last look, in seq order per channel, each once. 0 or a
 * store error. A no-op for a bus that needs no polling. */
int bus_poll(struct bus *b);
void bus_close(struct bus *b);
/* A store_commit_fn that forwards to bus_publish (arg is the bus). */
void bus_commit_hook(void *arg, const struct store_event *evs, size_t n);

#endif
