/*
 * net: one I/O thread's event loop. It accepts on its own descriptor of the
 * node's listening socket, owns the connections it accepted, a hub, and a read
 * slab shared by every connection of the loop (an idle connection holds no
 * read buffer). It reads HTTP requests with limits, sends API requests to
 * worker threads, and hands SSE and WebSocket requests to stream.c. Events
 * from the bus arrive through an inbox drained by a uv_async.
 *
 * Node-wide limits (struct net_limits, shared by the loops) keep one client
 * from taking the node down: a connection cap below the file limit (past it a
 * connection is answered 503 and closed at once; a reserve descriptor sheds
 * connections even when the process is out of descriptors, so accepting never
 * spins), and a byte budget for request bodies and responses held in memory
 * (503 past it). A response that makes no write progress times out.
 *
 * net_loop_* functions marked "any thread" may be called from outside the
 * loop; everything else runs on the loop's own thread.
 */
#ifndef CRIER_NET_H
#define CRIER_NET_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <uv.h>

#include "api.h"
#include "event.h"
#include "http.h"
#include "hub.h"
#include "listener.h"
#include "router.h"
#include "workgate.h"
#include "ws.h"

#define NET_READ_SLAB (64 * 1024)
#define NET_INBOX_MAX 65536          /* events waiting for one loop; past it the loop resyncs */
#define NET_REQUEST_TIMEOUT_MS 30000 /* to send a whole request (slowloris) */
#define NET_IDLE_TIMEOUT_MS 75000    /* an idle keep-alive connection */
#define NET_WRITE_TIMEOUT_MS 30000   /* default: a response whose write makes no progress */
#define NET_STOP_GRACE_MS 5000       /* on stop: requests in flight get this long to finish */
/* Reads one client address may have waiting at a loop's gate (workgate.h);
 * past it a new one is answered 429 at once. Addresses the door does not
 * count (the machine itself, trusted proxies) have no such cap. */
#define NET_READS_WAITING_PER_ADDR 64

enum conn_kind { CONN_HTTP = 0, CONN_SSE = 1, CONN_WS = 2 };

struct net_loop;

/* One client connection. Stream fields are used once it becomes SSE/WS. */
struct conn {
    uv_tcp_t tcp;
    struct net_loop *nl;
    struct http_reader *http; /* the request being read or answered; NULL when idle */
    char *leftover;           /* bytes read past the current request (pipelining) */
    uint32_t leftover_len;
    uint16_t refs; /* the handle, plus work in flight */
    uint8_t kind;  /* enum conn_kind */
    uint8_t closing;
    uint8_t replaying;         /* stream: a store replay is in flight or being written */
    uint8_t resume_wanted;     /* stream: a client resume arrived during a replay */
    uint8_t dispatched;        /* the request is read and being answered */
    uint8_t continued;         /* "100 Continue" was sent for this request */
    uint8_t replay_inflight;   /* stream: a catch-up write is queued */
    uint8_t responding;        /* an HTTP response is being written */
    uint8_t rechecking;        /* stream: its access is being checked again */
    uint8_t recheck_again;     /* stream: access changed again during that check */
    uint8_t parked;            /* stream: waits for the check to finish before going on */
    uint8_t pong_pending;      /* stream: a pong is queued, not yet written */
    uint8_t jpong_pending;     /* stream: a JSON pong is queued, not yet written */
    uint8_t ws_deflate;        /* stream: permessage-deflate negotiated (wsz.h) */
    uint16_t replay_page;      /* stream: events per catch-up step (adapts to their size) */
    uint16_t resumes;          /* stream (WS): resume messages in the current minute */
    uint16_t resume_minute;    /* stream (WS): that minute (uv_now / 60000, cut to 16 bits) */
    uint32_t held;             /* bytes of the request being read, counted in limits->buffered */
    uint32_t access_epoch;     /* stream: the loop's access epoch when its access was checked */
    int64_t token_id;          /* stream: the token that granted access (0: none) */
    int64_t reader_id;         /* stream: the member reader that granted access (0: none) */
    struct conn *recheck_next; /* stream: on the loop's list of checks to run */
    uint32_t stall_queue;      /* stream: write queue size when last checked */
    uint64_t stall_since;      /* stream: when that size was first seen */
    struct conn *close_next;   /* on the loop's lingering-close list */
    uint64_t close_deadline;   /* ms (uv_now) after which a lingering close is forced */
    /* stream state */
    struct hub_sub sub;
    int64_t channel_id;
    int64_t replay_after;      /* replay cursor */
    int64_t resume_after;      /* stream: where a resume asked to start */
    struct ws_decoder *ws;     /* WebSocket only */
    uint64_t started_ms;       /* request start (access log, timeouts), or idle since */
    struct listener_slot slot; /* its place in the door's counts (listener_release()) */
};

struct net_stats {
    atomic_uint_fast64_t connections; /* open now */
    atomic_uint_fast64_t accepted;
    atomic_uint_fast64_t requests;
};

/* Limits shared by every loop of a node; the server owns it. */
struct net_limits {
    struct listener_counts door;  /* connections: the cap, open now, refused */
    long long max_buffered;       /* bytes of requests and responses held at once */
    atomic_llong buffered;        /* held now */
    atomic_ullong busy;           /* requests answered 503 (over max_buffered) */
    atomic_ullong write_timeouts; /* responses closed for making no write progress */
};

/* What net hands stream (SSE and WebSocket) connections to. stream.c
 * provides it; the server passes it in, so net depends on no stream code. */
struct net_stream_ops {
    void (*start)(struct conn *c, const struct route_match *m);    /* a stream request was read */
    void (*on_read)(struct conn *c, const char *data, size_t len); /* bytes from a stream client */
    void (*on_close)(struct conn *c);                              /* the connection is closing */
    void (*check_stall)(struct conn *c, uint64_t now_ms);          /* about once a second */
    hub_close_fn on_hub_close;                                     /* the hub drops a subscriber */
    hub_recheck_fn on_hub_recheck; /* access to a channel changed: check a held subscriber */
    void (*run_deferred)(struct net_loop *nl); /* the loop's deferred timer */
    void (*on_shutdown)(struct conn *c);       /* the node stops: say goodbye to an open stream */
};

/* What a loop needs to know of the node's settings (filled by server.c from
 * its configuration, which net does not see). */
struct net_options {
    size_t sub_max_bytes;       /* per-subscriber unsent-bytes limit before "slow" */
    size_t ring_events;         /* per-channel ring of recent encoded events */
    unsigned heartbeat_ms;      /* SSE comment / WS ping interval */
    unsigned coalesce_ms;       /* events this close to the last flush wait for one flush */
    size_t max_body;            /* largest request body accepted (413 past it) */
    size_t media_max_body;      /* the same for a media upload (POST .../media) */
    unsigned write_timeout_ms;  /* a response making no write progress is closed */
    const char *const *origins; /* extra allowed WebSocket origins */
    size_t n_origins;
    unsigned read_jobs; /* reads of this loop in the worker pool at once (workgate.h) */
};

struct net_loop {
    uv_loop_t loop;
    struct listener door; /* accepts on this loop's descriptor of the listening socket */
    struct net_limits *limits;
    /* Reads (GET and HEAD requests but /healthz and /metrics, stream opens
     * and replays) go to the worker pool through this gate, so that however
     * many a client keeps in flight, writes never queue behind them. */
    struct workgate reads;
    uv_timer_t deferred;   /* work the streams put off to the next loop iteration */
    uv_timer_t stop_timer; /* the grace period of a stop */
    int draining;          /* stopping: no new connections or requests; in-flight ones finish */
    struct conn *recheck;  /* stream connections whose access is to be checked */
    uint32_t access_epoch; /* bumped by every access change seen by this loop */
    uv_async_t wake;       /* inbox and stop */
    uv_timer_t tick;       /* heartbeats, lingering closes, timeouts */
    uv_timer_t coalesce;   /* holds a burst's events for one flush (--coalesce-ms) */
    uint64_t last_flush;   /* uv_now of the last inbox flush */
    uv_thread_t thread;
    int index;
    const struct net_options *opt;
    struct api *api;
    const struct net_stream_ops *streams;
    struct hub *hub;
    char *slab; /* NET_READ_SLAB bytes */
    int slab_busy;
    pthread_mutex_t inbox_lock;
    struct event **inbox; /* ring of NET_INBOX_MAX */
    size_t inbox_head, inbox_len;
    atomic_int stopping;
    struct conn *lingering; /* connections closing after a last message */
    uint64_t ticks;
    struct net_stats stats;
};

/* For a workgate job of connection arg (a struct conn): 0 once it is
 * closing, so that a read its client gave up on is never run. */
int net_conn_live(void *arg);

/* Queues read j of connection c at its loop's gate, keyed by c's address
 * when the door counted it. 0; or -EAGAIN when that address already has
 * NET_READS_WAITING_PER_ADDR reads waiting (nothing queued: the caller
 * answers with net_reads_refuse()). */
int net_read_queue(struct conn *c, struct workgate_job *j, uv_work_cb run, uv_after_work_cb after);
/* Answers c's request with the 429 of a read net_read_queue() refused. */
void net_reads_refuse(struct conn *c);

/* Prepares a loop that accepts on listen_fd (a descriptor of the listening
 * socket that this loop takes over), under the node's shared limits. */
int net_loop_init(struct net_loop *nl, int index, int listen_fd, const struct net_options *opt,
                  struct api *api, const struct net_stream_ops *streams, struct net_limits *limits);
/* Runs the loop until net_loop_stop(); then closes everything. */
void net_loop_run(struct net_loop *nl);
/* Any thread: asks the loop to stop. It stops accepting, says goodbye to
 * every stream (WebSocket close 1001, SSE "close" event), closes idle
 * connections, lets requests in flight be answered (their connections then
 * close), and ends once every connection is gone or NET_STOP_GRACE_MS have
 * passed. */
void net_loop_stop(struct net_loop *nl);
/* Any thread: queues ev (reference taken over) for this loop's hub. */
void net_loop_post(struct net_loop *nl, struct event *ev);
/* Loop thread: runs the streams' deferred work on the next loop iteration. */
void net_loop_defer(struct net_loop *nl);
void net_loop_free(struct net_loop *nl);

/* Loop thread. Writes a complete response and, unless keep-alive applies,
 * closes. The request's reader is released once written. */
void net_respond(struct conn *c, struct response *res);
/* Closes now. */
void net_conn_close(struct conn *c);
/* Counts len bytes (negative: releases them) against the node's buffer
 * budget. Returns 0, or -ENOBUFS when the budget was already spent (the
 * bytes are counted all the same; the caller decides whether to refuse). */
int net_charge(struct net_loop *nl, long long len);
/* Queues a last message then closes once it is written or after a grace
 * period, whichever comes first. */
void net_conn_close_after(struct conn *c, const void *data, size_t len);
/* (Re)starts reading after a request was dispatched with reading paused. */
void net_conn_read_start(struct conn *c);
void net_conn_ref(struct conn *c);
void net_conn_unref(struct conn *c);

#endif
