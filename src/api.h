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
#include "media.h"
#include "router.h"
#include "store/store.h"

#define API_BODY_MAX (64 * 1024)     /* post body (Markdown) */
#define API_TITLE_MAX 256            /* post title */
#define API_REQUEST_MAX (256 * 1024) /* a whole request body */

/* Appends Prometheus text for the node's live counters (set by the server). */
typedef void (*api_metrics_fn)(void *arg, struct buf *out);

struct ratelimit;
struct notify;

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
    int metrics_access;                   /* enum api_metrics_access */
    struct ratelimit *views_limit;        /* view reports per client address (NULL: none) */
    struct ratelimit *joins_limit;        /* joins (new readers, memberships) per client address */
    struct ratelimit *signin_limit;       /* studio sign-ins per client address */
    struct ratelimit *signin_email_limit; /* studio sign-ins per account email */
    const char *const *proxies; /* trusted proxies, "ADDR" or "ADDR/LEN" (see api_proxy_check) */
    size_t n_proxies;
    struct notify *notify;           /* push and email (NULL: the routes answer 404) */
    struct ratelimit *email_limit;   /* email opt-in requests per client address */
    struct ratelimit *devices_limit; /* push subscriptions and transfer links per client address */
    struct media_store *media;       /* uploaded photos (NULL: the media routes answer 404) */
    size_t media_max_bytes;          /* largest upload (413 past it) */
    uint64_t media_max_pixels;       /* largest width x height decoded */
    int test_clock;                  /* serve --test-clock: POST /api/v1/test/clock (else 404) */
};

/* Handles one request on a worker thread. */
void api_handle(struct api *api, const struct route_match *m, const struct http_request *req,
                struct response *res);

/* What let a stream in: checked again whenever access to its channel
 * changes (a member removed, a token revoked, the channel made private or
 * deleted). */
struct api_stream_access {
    int64_t channel_id, last_seq;
    int64_t token_id;   /* the bearer token that may read the channel, else 0 */
    int64_t reader_id;  /* for a private channel without such a token: the member, else 0 */
    int public_channel; /* readable by anyone, from any origin (CORS) */
};

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
 * checks that the caller may read it. Returns 0 with *out filled, or fills
 * res with the error and returns < 0. Worker thread.
 */
int api_stream_open(struct api *api, const char *slug, const struct http_request *req,
                    struct api_stream_access *out, struct response *res);

/* Checks a batch of open streams again; the store is read once per channel
 * and once for the tokens. Worker thread; one batch per thread at a time. */
struct api_recheck {
    struct api *api;
    int64_t channel_id; /* the channel last read, and whether it is public */
    int public;
    struct store_token *tokens;
    size_t ntokens;
    int tokens_read;
};
void api_recheck_init(struct api_recheck *r, struct api *api);
void api_recheck_free(struct api_recheck *r);
/* 0 when a may still read its channel; -ENOENT when the channel is gone;
 * -EACCES when its access was taken away; another < 0 on a store failure. */
int api_stream_recheck(struct api_recheck *r, const struct api_stream_access *a);

#endif
