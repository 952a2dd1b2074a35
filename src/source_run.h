/*
 * source_run: the node's feed fetcher, one thread. It keeps a pool of
 * fetches (fetch.h) and, every few seconds, claims as many due sources as
 * the pool has room for (store_sources_claim leases them, so several nodes
 * share the work without fetching one feed twice). Each source is settled
 * (source.h) as soon as its answer is in, and its place goes to the next:
 * a feed that drips until its timeout holds one place, not the others. It
 * never runs on an event loop or the worker pool.
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
