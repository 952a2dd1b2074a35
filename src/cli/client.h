/*
 * client: the small HTTP client (libcurl) behind the CLI commands that talk to
 * a running server (post, tail): one-shot JSON requests, and a Server-Sent
 * Events reader that parses the stream incrementally as libcurl hands it over.
 * Everything blocks; a struct client belongs to one thread. No redirects are
 * followed (the bearer token must not leak to another host), and only http and
 * https URLs are allowed.
 */
#ifndef CRIER_CLIENT_H
#define CRIER_CLIENT_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define CLIENT_ERROR_MAX 512
/* Largest JSON answer accepted from the server. */
#define CLIENT_BODY_MAX (4u << 20)
/* Longest SSE line, and largest data of one SSE event. */
#define CLIENT_SSE_LINE_MAX (4u << 20)

struct client {
    char *base;                   /* server URL without a trailing '/' */
    char *auth;                   /* "Authorization: Bearer ..." or NULL */
    int stop_fd;                  /* -1, or an fd whose readability aborts any call */
    char error[CLIENT_ERROR_MAX]; /* why the last call failed, for the user */
};

/*
 * Prepares a client for server (an http:// or https:// URL) with an optional
 * bearer token (NULL or "" for none). Returns 0, or -EINVAL when the URL has
 * another scheme or the token holds characters that cannot go in a header.
 * client_free() releases it either way. stop_fd starts at -1; a caller may set
 * it (e.g. to the read end of a signal pipe): once it is readable, calls in
 * flight return -EINTR at once.
 */
int client_init(struct client *c, const char *server, const char *token);
void client_free(struct client *c);

/*
 * Sends method path (path starts with '/'; body is sent as JSON when not NULL)
 * and waits for the answer. Returns 0 when the server answered, whatever the
 * status: *status is set, and *out gets the parsed JSON body or NULL (caller
 * owns it). For a status >= 400, c->error holds the server's "message" (or a
 * generic line). Returns -EIO with c->error set when no answer came,
 * -EMSGSIZE when the answer passed CLIENT_BODY_MAX, -EINTR when stopped.
 */
int client_request(struct client *c, const char *method, const char *path, json_t *body,
                   long *status, json_t **out);

/* One parsed SSE event. Strings are NUL-terminated and valid only during the
 * callback. */
struct client_sse_event {
    const char *id;   /* the stream's last event ID ("" when none yet) */
    const char *type; /* the event: field, "message" when none */
    const char *data; /* data: lines joined by '\n' */
    size_t data_len;
};

/* Returns 0 to go on; anything else stops the stream and is handed back by
 * client_sse_feed() and client_sse(). */
typedef int (*client_sse_fn)(void *arg, const struct client_sse_event *ev);

/*
 * The incremental SSE parser (WHATWG "server-sent events" interpretation):
 * lines end in CRLF, LF or CR, split anywhere across feeds; a leading BOM is
 * skipped; ':' lines are comments; "retry" is ignored; an event is dispatched
 * at a blank line when it has data.
 */
struct client_sse_parser {
    struct buf line;
    struct buf data;
    struct buf type;
    struct buf id; /* the last event ID, kept across events */
    int cr;        /* the last byte fed was CR: skip one LF */
    int has_data;  /* a data: line came since the last dispatch */
    int bom;       /* BOM bytes matched so far; 3 once past the BOM */
    client_sse_fn fn;
    void *arg;
};

void client_sse_init(struct client_sse_parser *p, size_t max_line, client_sse_fn fn, void *arg);
/* Feeds len bytes. Returns 0, -EMSGSIZE when a line or an event's data passes
 * max_line (the parser is then unusable), or the callback's nonzero value. */
int client_sse_feed(struct client_sse_parser *p, const char *data, size_t len);
void client_sse_free(struct client_sse_parser *p);

struct client_sse_opts {
    const char *path;          /* e.g. "/monde/events?after=7" */
    const char *last_event_id; /* sent as Last-Event-ID when not NULL */
    long idle_timeout_s;       /* drop a stream silent this long; 0 = never */
    client_sse_fn fn;
    void (*on_open)(void *arg); /* optional: the stream was accepted (200) */
    void *arg;                  /* for fn and on_open */
};

/*
 * Opens an event stream (GET with Accept: text/event-stream) and hands each
 * event to o->fn until the stream ends. *status gets the HTTP status (0 when
 * none). Returns:
 *   0            the server ended the stream;
 *   > 0          the callback's value that stopped the stream;
 *   -EINTR       c->stop_fd became readable;
 *   -EIO         transport failure or idle timeout (c->error);
 *   -EPROTO      the answer was not "200 text/event-stream" (c->error holds the
 *                server's message when it sent one);
 *   -EMSGSIZE    a line or event was too large.
 */
int client_sse(struct client *c, const struct client_sse_opts *o, long *status);

#endif
