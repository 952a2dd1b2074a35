/*
 * server: a running node. Opens the store, binds one listening socket (a port
 * another process holds is an error, never shared), starts one libuv loop per
 * I/O thread (each accepting on its own descriptor of that socket, with its
 * own connections and hub), wires store -> bus -> hubs, and serves until
 * SIGINT or SIGTERM.
 */
#ifndef CRIER_SERVER_H
#define CRIER_SERVER_H

#include <stddef.h>
#include <stdint.h>

#include "notify.h"
#include "source_run.h"

#define SERVER_MAX_ORIGINS 16
#define SERVER_MAX_PROXIES 16

struct server_config {
    const char *data_dir;      /* --data: where crier.db and admin.token live */
    const char *store_uri;     /* --store: overrides data_dir for the store ("postgres://...") */
    char host[256];            /* --listen HOST:PORT */
    int port;                  /* 0 picks a free port (printed on start) */
    int threads;               /* I/O threads; 0 = number of cores */
    size_t sub_max_bytes;      /* per-subscriber unsent-bytes limit before "slow" */
    size_t ring_events;        /* per-channel ring of recent encoded events, per loop */
    unsigned heartbeat_ms;     /* SSE comment / WS ping interval */
    unsigned coalesce_ms;      /* --coalesce-ms: events within this window of the last flush wait
                                * for one flush (one writev per subscriber); 0 = flush at once */
    size_t max_body;           /* largest request body accepted (413 past it) */
    long max_connections;      /* --max-connections: 0 = the file limit less headroom */
    long read_jobs;            /* --read-jobs: reads in the worker pool at once; 0: the default */
    long max_conns_per_addr;   /* --max-conns-per-addr: connections one client address may hold;
                                * -1 = SERVER_PER_ADDR_SHARE of max_connections, 0 = no cap */
    long long max_buffered;    /* --max-buffer-mb: bytes of requests and responses held at once */
    unsigned write_timeout_ms; /* --write-timeout: a response making no write progress is closed */
    const char *origins[SERVER_MAX_ORIGINS]; /* --allow-origin, extra allowed WebSocket origins */
    size_t n_origins;
    const char *port_file; /* --port-file: write the bound port there once listening */
    const char *program;   /* how the CLI was invoked, for the start-up hints */
    /* Limits per client address (token buckets: per minute, burst; 0 per
     * minute = no limit): --limit-views, --limit-joins. */
    double views_per_min, views_burst;
    double joins_per_min, joins_burst;
    double signin_per_min, signin_burst; /* --limit-signins: studio sign-ins */
    /* --trust-proxy: peers (ADDR or ADDR/LEN) whose X-Forwarded-For names
     * the client address */
    const char *proxies[SERVER_MAX_PROXIES];
    size_t n_proxies;
    int metrics_access;          /* --metrics: enum api_metrics_access (default: admin token) */
    unsigned selection_every_ms; /* --selection-every-ms: between two looks for due slots */
    unsigned stats_every_ms;     /* --stats-every-ms (tests): between two member-day records */
    struct notify_config notify; /* --push-*, --smtp-url, --mail-from, ... */
    double email_per_min, email_burst;     /* --limit-email: opt-in requests per client address */
    double devices_per_min, devices_burst; /* --limit-devices: push subscriptions, transfers */
    size_t media_max_bytes;                /* --media-max-bytes: largest photo upload */
    uint64_t media_max_pixels;             /* --media-max-pixels: largest width x height decoded */
    struct source_run_options sources;     /* --source-allow-host: the feed fetcher */
    int test_clock; /* --test-clock (tests only): POST /api/v1/test/clock moves the clock */
};

#define SERVER_LIMIT_SLOTS 4096 /* client addresses each limiter remembers */
/* Reads in the worker pool at once (all loops), by default: enough to keep
 * every core busy while some wait on the disk or the database; the pool's
 * other threads stay free for writes. */
#define SERVER_READ_JOBS_PER_CORE 4
#define SERVER_READ_JOBS_MIN 8
/* The default per-address connection cap: a tenth of the node, at least 64. */
#define SERVER_PER_ADDR_SHARE 10
#define SERVER_PER_ADDR_MIN 64

void server_config_init(struct server_config *c);
/* Parses a limit "RATE[:BURST]" (per minute; BURST defaults to RATE, and
 * "0" turns the limit off) into *rate and *burst: 0 or -EINVAL. */
int server_parse_limit(const char *s, double *rate, double *burst);
/* Parses "HOST:PORT" (or "[v6]:PORT", or ":PORT") into c; 0 or -EINVAL. */
int server_parse_listen(struct server_config *c, const char *s);
/* Runs the node; blocks until a stop signal. 0 on a clean stop, else < 0 with
 * the reason logged. Main thread only, once per process. */
int server_run(const struct server_config *c);

#endif
