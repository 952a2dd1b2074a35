/*
 * source_run: the node's feed fetcher, one thread. Every few seconds it
 * claims the sources that are due (store_sources_claim leases them, so
 * several nodes share the work without fetching one feed twice) and runs a
 * source pass over them (source.h). It never runs on an event loop or the
 * worker pool: a slow feed delays only other feeds.
 *
 * start/stop from one thread (the server's main thread).
 */
#ifndef CRIER_SOURCE_RUN_H
#define CRIER_SOURCE_RUN_H

#include <stddef.h>

#include "netguard.h"

struct store;
struct source_run;

struct source_run_options {
    struct netguard guard; /* copied; http_ok is set */
    unsigned timeout_ms;   /* a fetch's whole time (0: 30 s) */
    size_t max_bytes;      /* a feed's largest body (0: 8 MiB) */
    unsigned every_ms;     /* between two looks for due sources (0: 5 s) */
};

/* Starts the thread. 0 or a negative code (logged). */
int source_run_start(struct source_run **out, struct store *st, const struct source_run_options *o);
/* Stops it: fetches under way end at once (their sources are fetched again
 * once their lease runs out), then the thread is joined and everything freed.
 * NULL is fine. */
void source_run_stop(struct source_run *r);

#endif
