/*
 * http: an incremental HTTP/1.1 request reader with hard limits, built on
 * http-parser. It is fed whatever bytes arrive and says when one complete
 * request is ready. It is stricter than http-parser alone: it rejects
 * Content-Length together with Transfer-Encoding, duplicated Content-Length,
 * any Transfer-Encoding other than exactly "chunked" (obfuscated forms), and
 * whitespace before a header colon (400); a header section over
 * HTTP_MAX_HEADER_BYTES or with more than HTTP_MAX_HEADERS fields (431); and a
 * body over the configured max (413) as soon as the declared length is known,
 * before the body is read. All request storage lives in the reader and is
 * released by http_reader_free(), so an idle connection holds none.
 * Loop-thread only (no shared state).
 */
#ifndef CRIER_HTTP_H
#define CRIER_HTTP_H

#include <http_parser.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "buf.h"

#define HTTP_MAX_HEADER_BYTES 8192
#define HTTP_MAX_HEADERS 100

struct http_header {
    const char *name;  /* NUL-terminated, lower-cased */
    const char *value; /* NUL-terminated, surrounding whitespace trimmed */
};

struct http_request {
    int method;        /* enum http_method */
    const char *path;  /* NUL-terminated, percent-decoding NOT applied */
    const char *query; /* after '?', NUL-terminated, "" when none */
    struct http_header headers[HTTP_MAX_HEADERS];
    size_t nheaders;
    const char *body; /* NUL-terminated for convenience; body_len bytes */
    size_t body_len;
    int keep_alive; /* 1 when the connection may be reused */
    int upgrade;    /* 1 for an Upgrade request (e.g. WebSocket) */
    unsigned short http_major, http_minor;
    char peer[48]; /* the client's address as text ("" when unknown); set by net */
    int head;      /* a HEAD request, which net hands to handlers as GET: it sends the
                    * head of their answer without its body */
};

struct http_reader {
    http_parser parser;
    size_t max_body;
    struct buf head; /* copied header bytes: url + names + values */
    struct buf body;
    struct http_request req;
    int state;           /* private */
    int err;             /* private: first error */
    size_t header_bytes; /* private */
    unsigned flags;      /* private */
    unsigned char first; /* private: the request line's first byte */
    size_t name_off[HTTP_MAX_HEADERS], value_off[HTTP_MAX_HEADERS]; /* private */
    size_t url_off;                                                 /* private */
    size_t scan_fields;   /* private: field lines in the current section */
    uint64_t chunk_left;  /* private: chunk size being read, or data left */
    uint64_t chunk_total; /* private: declared chunked body bytes so far */
    int cur;              /* private: which head string is being copied */
    /* Optional: once the head is read, the body limit for this request
     * (max_body otherwise); lets one route take more than every other. */
    size_t (*body_limit)(const struct http_request *req, size_t max_body, void *arg);
    void *body_limit_arg;
};

/* Prepares r for one request. max_body caps the body (413 past it). For the
 * next request on the connection, http_reader_free() then init again. */
void http_reader_init(struct http_reader *r, size_t max_body);
void http_reader_free(struct http_reader *r);

/*
 * Feeds len bytes. Returns the number of bytes consumed (>= 0), and sets *done
 * to 1 once the request is complete; bytes after it (a pipelined request, or
 * WebSocket frames after an upgrade) are not consumed. On a bad request it
 * returns CRIER_EBADREQ (400), CRIER_EHDRTOOBIG (431) or CRIER_ETOOBIG (413):
 * the caller answers and closes the connection.
 */
ssize_t http_reader_feed(struct http_reader *r, const char *data, size_t len, int *done);

/* 1 once the header section has been read and accepted (the body may still
 * be coming); the request's headers are then readable. */
int http_reader_head_done(const struct http_reader *r);

/* The request once *done; valid until http_reader_free(). */
const struct http_request *http_reader_request(const struct http_reader *r);

/* Case-insensitive header lookup; NULL when absent. */
const char *http_header_get(const struct http_request *req, const char *name);

/* Maps an error from http_reader_feed to its HTTP status (400, 413, 431). */
int http_status_for(int err);
/* "OK", "Not Found", ... for a status code. */
const char *http_status_text(int status);
/* The current time as an HTTP date ("Sun, 06 Nov 1994 08:49:37 GMT"),
 * formatted once a second per thread. The string stays valid until the next
 * call on the same thread. */
const char *http_date(void);

/*
 * Query string helpers. http_query_get copies the percent-decoded value of key
 * into out (NUL-terminated) and returns its length, or -ENOENT when absent,
 * -ENOBUFS when it does not fit, -EINVAL on a bad escape. On -ENOBUFS and
 * -EINVAL out is "" (out is untouched when the key is absent).
 */
ssize_t http_query_get(const char *query, const char *key, char *out, size_t outsz);
/* A decimal number of 1 to 18 digits, nothing else (no sign, no spaces): 0
 * with *out set, or -EINVAL. It cannot overflow. */
int http_parse_uint(const char *s, int64_t *out);
/* The integer query parameter key: def when absent; 0 with *out in
 * [min, max], or -EINVAL when it is malformed or out of range. */
int http_query_int(const char *query, const char *key, int64_t def, int64_t min, int64_t max,
                   int64_t *out);
/* Percent-decodes in place a path segment; returns new length or -EINVAL. */
ssize_t http_url_decode(char *s, size_t len);

#endif
