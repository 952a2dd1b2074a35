/*
 * api: the /api/v1 request handlers, /healthz and /metrics. Handlers are
 * plain blocking functions that run on libuv worker threads (never on a
 * loop): they validate, authenticate, call the store and build a response.
 * Publishing returns only after the store has committed the event; fan-out
 * then happens through the store's commit hook and the bus, not here.
 */
#ifndef CRIER_API_H
#define CRIER_API_H

#include <stdint.h>

#include "buf.h"
#include "response.h"
#include "http.h"
#include "router.h"
#include "store/store.h"

#define API_BODY_MAX (64 * 1024)  /* post body (Markdown) */
#define API_TITLE_MAX 256         /* post title */
#define API_REQUEST_MAX (256 * 1024) /* a whole request body */

/* Appends Prometheus text for the node's live counters (set by the server). */
typedef void (*api_metrics_fn)(void *arg, struct buf *out);

struct ratelimit;

/* Who may read /metrics (serve --metrics). */
enum api_metrics_access {
    API_METRICS_TOKEN = 0, /* an admin token (the default) */
    API_METRICS_PUBLIC,    /* anyone */
    API_METRICS_OFF,       /* nobody: 404 */
};

struct api {
    struct store *st;
    api_metrics_fn metrics;
    void *metrics_arg;
    int metrics_access;            /* enum api_metrics_access */
    struct ratelimit *views_limit; /* view reports per client address (NULL: none) */
    struct ratelimit *joins_limit; /* joins (new readers, memberships) per client address */
    const char *const *proxies;    /* trusted proxies, "ADDR" or "ADDR/LEN" (see api_proxy_check) */
    size_t n_proxies;
};

/* Handles one request on a worker thread. */
void api_handle(struct api *api, const struct route_match *m, const struct http_request *req,
                struct response *res);

/* 0 when s is a trusted-proxy spec api understands: an IPv4 or IPv6
 * address, optionally /LEN (a network), else -EINVAL. Any thread. */
int api_proxy_check(const char *s);

/*
 * The client address of req as text (out: 48 bytes or more): the socket
 * peer, or, when the peer is a trusted proxy, the address that proxy saw,
 * read from X-Forwarded-For from the right past any trusted proxy. Any
 * thread.
 */
void api_client_address(const struct api *api, const struct http_request *req, char *out,
                        size_t outsz);

/*
 * For a stream (SSE or WebSocket) request on slug: resolves the channel and
 * checks that the caller may read it. Returns 0 with *channel_id and
 * *last_seq, or fills res with the error and returns < 0. Worker thread.
 */
int api_stream_open(struct api *api, const char *slug, const struct http_request *req,
                    int64_t *channel_id, int64_t *last_seq, struct response *res);

#endif
