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
 * Blocking: fetch_run returns when every request has an answer. Any thread,
 * one call at a time per set of requests; no state is kept between calls.
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

#endif
