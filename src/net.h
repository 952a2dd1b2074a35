/*
 * net: one I/O thread's event loop. It owns a SO_REUSEPORT listener, the
 * connections accepted on it, a hub, and a read slab shared by every
 * connection of the loop (an idle connection holds no read buffer). It reads
 * HTTP requests with limits, sends API requests to worker threads, and hands
 * SSE and WebSocket requests to stream.c. Events from the bus arrive through
 * an inbox drained by a uv_async.
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
#include "router.h"
#include "server.h"
#include "ws.h"

#define NET_READ_SLAB (64 * 1024)
#define NET_INBOX_MAX 65536 /* events waiting for one loop; past it the loop resyncs */
#define NET_REQUEST_TIMEOUT_MS 30000 /* to send a whole request (slowloris) */
#define NET_IDLE_TIMEOUT_MS 75000    /* an idle keep-alive connection */

enum conn_kind { CONN_HTTP = 0, CONN_SSE = 1, CONN_WS = 2 };

struct net_loop;

/* One client connection. Stream fields are used once it becomes SSE/WS. */
struct conn {
    uv_tcp_t tcp;
    struct net_loop *nl;
    struct http_reader *http; /* the request being read or answered; NULL when idle */
    char *leftover;           /* bytes read past the current request (pipelining) */
    uint32_t leftover_len;
    uint16_t refs;            /* the handle, plus work in flight */
    uint8_t kind;             /* enum conn_kind */
    uint8_t closing;
    uint8_t replaying;        /* stream: a store replay is in flight or being written */
    uint8_t resume_wanted;    /* stream: a client resume arrived during a replay */
    uint8_t dispatched;       /* the request is read and being answered */
    uint8_t continued;        /* "100 Continue" was sent for this request */
    uint8_t replay_inflight;  /* stream: a catch-up write is queued */
    uint16_t replay_page;     /* stream: events per catch-up step (adapts to their size) */
    uint32_t stall_queue;     /* stream: write queue size when last checked */
    uint64_t stall_since;     /* stream: when that size was first seen */
    struct conn *close_next;  /* on the loop's lingering-close list */
    uint64_t close_deadline;  /* ms (uv_now) after which a lingering close is forced */
    /* stream state */
    struct hub_sub sub;
    int64_t channel_id;
    int64_t replay_after;     /* replay cursor */
    int64_t resume_after;     /* stream: where a resume asked to start */
    struct ws_decoder *ws;    /* WebSocket only */
    uint64_t started_ms;      /* request start (access log, timeouts), or idle since */
};

struct net_stats {
    atomic_uint_fast64_t connections;   /* open now */
    atomic_uint_fast64_t accepted;
    atomic_uint_fast64_t requests;
};

/* What net hands stream (SSE and WebSocket) connections to. stream.c
 * provides it; the server passes it in, so net depends on no stream code. */
struct net_stream_ops {
    void (*start)(struct conn *c, const struct route_match *m);   /* a stream request was read */
    void (*on_read)(struct conn *c, const char *data, size_t len); /* bytes from a stream client */
    void (*on_close)(struct conn *c);                              /* the connection is closing */
    void (*check_stall)(struct conn *c, uint64_t now_ms);          /* about once a second */
    hub_close_fn on_hub_close;                                     /* the hub drops a subscriber */
};

struct net_loop {
    uv_loop_t loop;
    uv_tcp_t listener;
    uv_async_t wake;       /* inbox and stop */
    uv_timer_t tick;       /* heartbeats, lingering closes, scheduler */
    uv_timer_t coalesce;   /* holds a burst's events for one flush (--coalesce-ms) */
    uint64_t last_flush;   /* uv_now of the last inbox flush */
    uv_thread_t thread;
    int index;
    const struct server_config *cfg;
    struct api *api;
    const struct net_stream_ops *streams;
    struct hub *hub;
    char *slab;            /* NET_READ_SLAB bytes */
    int slab_busy;
    pthread_mutex_t inbox_lock;
    struct event **inbox;  /* ring of NET_INBOX_MAX */
    size_t inbox_head, inbox_len;
    atomic_int stopping;
    struct conn *lingering; /* connections closing after a last message */
    uint64_t last_heartbeat;
    uint64_t ticks;
    struct net_stats stats;
    void (*on_tick)(struct net_loop *nl); /* extra per-tick work (server's scheduler) */
};

/* Prepares a loop bound to fd (a listening socket this loop takes over). */
int net_loop_init(struct net_loop *nl, int index, int listen_fd, const struct server_config *cfg,
                  struct api *api, const struct net_stream_ops *streams);
/* Runs the loop until net_loop_stop(); then closes everything. */
void net_loop_run(struct net_loop *nl);
/* Any thread: asks the loop to stop. */
void net_loop_stop(struct net_loop *nl);
/* Any thread: queues ev (reference taken over) for this loop's hub. */
void net_loop_post(struct net_loop *nl, struct event *ev);
void net_loop_free(struct net_loop *nl);

/* Loop thread. Writes a complete response and, unless keep-alive applies,
 * closes. The request's reader is released once written. */
void net_respond(struct conn *c, struct response *res);
/* Closes now. */
void net_conn_close(struct conn *c);
/* Queues a last message then closes once it is written or after a grace
 * period, whichever comes first. */
void net_conn_close_after(struct conn *c, const void *data, size_t len);
/* (Re)starts reading after a request was dispatched with reading paused. */
void net_conn_read_start(struct conn *c);
void net_conn_ref(struct conn *c);
void net_conn_unref(struct conn *c);

#endif
