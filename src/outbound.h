/*
 * outbound: the node's outgoing requests (Web Push POSTs and SMTP
 * submissions) on one libcurl multi handle, driven by one thread (the
 * notifier's), never by an event loop.
 *
 * HTTP goes out as HTTP/2 where the server offers it (ALPN), multiplexed on
 * one connection per push host; HTTP/1.1 otherwise, with connections kept
 * for reuse. At most max_inflight requests are in flight at once (more are
 * refused with -EAGAIN, so the caller's queue is the only queue). HTTP
 * requests follow no redirects, accept only the protocols netguard allows,
 * and connect only to addresses netguard accepts (checked on the socket's
 * address, after DNS). Every request has a total timeout.
 *
 * One thread owns a struct outbound (creation to free).
 */
#ifndef CRIER_OUTBOUND_H
#define CRIER_OUTBOUND_H

#include <stddef.h>
#include <stdint.h>

#include "netguard.h"

struct outbound;

struct outbound_options {
    unsigned max_inflight;        /* requests in flight at once (default 256) */
    unsigned max_host_conn;       /* connections per host (default 4) */
    unsigned timeout_ms;          /* a request's whole time (default 30 s) */
    unsigned connect_ms;          /* connecting (default 10 s) */
    const struct netguard *guard; /* HTTP requests only; NULL = refuse every private address */
};

enum outbound_kind { OUTBOUND_HTTP_POST = 1, OUTBOUND_SMTP = 2 };

#define OUTBOUND_HEADERS_MAX 8

/* One request. The caller allocates it and keeps it (and everything it
 * points to) alive until done() has been called for it. */
struct outbound_req {
    int kind;        /* enum outbound_kind */
    const char *url; /* HTTP: the endpoint; SMTP: smtp://, smtps:// with any user:pass@ */
    const char *headers[OUTBOUND_HEADERS_MAX]; /* HTTP: "Name: value" lines, NULL-terminated */
    const void *body; /* HTTP: the POST body; SMTP: the whole message (CRLF lines) */
    size_t body_len;
    const char *mail_from; /* SMTP: the envelope sender */
    const char *rcpt;      /* SMTP: the one envelope recipient */
    void *user;            /* the caller's */
    /* results, set before done() */
    long status;        /* HTTP status, or the last SMTP reply code; 0 if none */
    long retry_after_s; /* HTTP Retry-After in seconds (delta or date), -1 when absent */
    int err;            /* 0, or a negative code: -ETIMEDOUT, -ECONNREFUSED, -EACCES
                         * (netguard refused the address), -EPROTO (TLS, protocol),
                         * -EHOSTUNREACH (DNS), -EIO (other) */
    char errmsg[128];   /* curl's words for err, for the log */
    char reply[256];    /* HTTP: the response body's first bytes (a push service's
                         * reason), NUL-terminated, for the log; the rest is dropped */
    /* private */
    void *easy;
    size_t body_sent;
};

int outbound_new(struct outbound **out, const struct outbound_options *o);
/* Frees everything; requests still in flight are abandoned (done() is not
 * called for them). */
void outbound_free(struct outbound *ob);

/* Starts r. 0, -EAGAIN at max_inflight, -EINVAL (bad url/kind), -ENOMEM. */
int outbound_add(struct outbound *ob, struct outbound_req *r);
/* Moves every request forward, waiting up to wait_ms for the network, and
 * calls done(arg, r) for each request that finished (success or failure).
 * Returns the number still in flight, or a negative code. */
int outbound_run(struct outbound *ob, int wait_ms, void (*done)(void *arg, struct outbound_req *r),
                 void *arg);
size_t outbound_inflight(const struct outbound *ob);
/* Makes a run waiting for the network return early (with nothing in
 * flight, outbound_run still waits up to wait_ms): the one call any thread
 * may make, e.g. when it has queued work for the owner. */
void outbound_wakeup(struct outbound *ob);

/* Counters since creation, for /metrics (read by any thread; racy reads). */
struct outbound_stats {
    uint64_t started, finished, errors, connections; /* connections: new TCP connections made */
};
void outbound_stats(const struct outbound *ob, struct outbound_stats *out);

#endif
