/*
 * fetch: the GETs of the feeds channels follow, several at once on one
 * libcurl multi handle, each bounded.
 *
 * Every request is a conditional GET when the caller has validators
 * (If-None-Match, If-Modified-Since). Redirects are followed here, not by
 * curl, so that each hop's URL passes netguard's form check before it is
 * asked for, up to max_redirects hops (more is -ELOOP). Every connection's
 * address passes netguard's check after DNS (curl's opensocket callback): a
 * feed can point at neither the node's loopback nor its LAN. The body is
 * capped at max_bytes after decompression (a gzip bomb stops there: -EFBIG),
 * the whole request at timeout_ms including redirects (a server dripping one
 * byte a second ends at the limit: -ETIMEDOUT).
 *
 * Blocking: fetch_run returns when every request has an answer. A pool
 * (fetch_pool_*) keeps up to `parallel` requests in flight and hands each
 * back as soon as it has its answer, so that a caller can start the next
 * one while a slow one runs. A pool is one thread's; fetch_run is one pool.
 */
#ifndef CRIER_FETCH_H
#define CRIER_FETCH_H

#include <stddef.h>

#include "buf.h"
#include "netguard.h"

#define FETCH_MAX_BYTES_DEFAULT (8u << 20)
#define FETCH_TIMEOUT_MS_DEFAULT 30000u
#define FETCH_REDIRECTS_DEFAULT 5u
#define FETCH_PARALLEL_DEFAULT 8u

struct fetch_options {
    size_t max_bytes;             /* of a body (default FETCH_MAX_BYTES_DEFAULT) */
    unsigned timeout_ms;          /* a request's whole time, redirects included */
    unsigned connect_ms;          /* connecting (default 10 s, at most timeout_ms) */
    unsigned max_redirects;       /* hops followed (default 5) */
    unsigned parallel;            /* requests in flight at once (default 8) */
    const struct netguard *guard; /* NULL: refuse every private address, https only */
    const char *user_agent;       /* NULL: "crier" */
    const volatile int *stop;     /* set: requests still running end with -ECANCELED (shutdown) */
};

struct fetch_req {
    /* in */
    const char *url;
    const char *etag;          /* "" or NULL: none */
    const char *last_modified; /* "" or NULL: none */
    void *user;
    /* out */
    int err;          /* 0, -EINVAL (a URL refused by its form), -EACCES (an address
                       * refused), -ELOOP (too many redirects), -EFBIG (body over
                       * max_bytes), -ETIMEDOUT, -EHOSTUNREACH (DNS), -ECONNREFUSED,
                       * -EPROTO (TLS, HTTP), -EIO, -ENOMEM, -ECANCELED */
    char errmsg[200]; /* for people: why it failed */
    long status;      /* the last answer's HTTP status; 0 when none came */
    char url_now[NETGUARD_URL_MAX + 1]; /* the URL answered last (after redirects) */
    int moved; /* every hop was permanent (301, 308): the feed moved to url_now */
    char etag_out[256], last_modified_out[64]; /* the answer's validators, "" when none */
    char content_type[128];
    struct buf body; /* the answer's body (status 200); the caller buf_free()s it */
};

/* Runs the n requests to the end. 0, or -ENOMEM / -EIO when curl cannot
 * start (each request's own outcome is in it). */
int fetch_run(const struct fetch_options *o, struct fetch_req *reqs, size_t n);

struct fetch_pool;
/* NULL when curl cannot start. o is copied (its guard and stop are
 * borrowed for the pool's life). */
struct fetch_pool *fetch_pool_new(const struct fetch_options *o);
/* Starts r (its outputs reset; r is borrowed until fetch_pool_next hands it
 * back). -EBUSY when `parallel` requests are already out: take one back
 * first. A request refused at once (its URL, a stop) is out too, answered. */
int fetch_pool_add(struct fetch_pool *p, struct fetch_req *r);
/* Requests out: added and not handed back yet. */
size_t fetch_pool_busy(const struct fetch_pool *p);
/* The next request with its answer, waiting up to wait_ms for one; NULL
 * when none came in that time or none is out. Once stop is set, what still
 * runs ends with -ECANCELED. */
struct fetch_req *fetch_pool_next(struct fetch_pool *p, unsigned wait_ms);
/* Frees the pool; requests still running are abandoned with -ECANCELED
 * (their bodies stay the caller's to free). NULL is fine. */
void fetch_pool_free(struct fetch_pool *p);

#endif
