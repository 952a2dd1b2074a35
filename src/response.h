/*
 * response: an HTTP response being built (status, content type, body, extra
 * header lines) and the one JSON error shape every 4xx/5xx uses:
 * {"error": code, "message": text}. Built on worker threads by the API, the
 * pages and the reader helpers, then written by net on the loop.
 */
#ifndef CRIER_RESPONSE_H
#define CRIER_RESPONSE_H

#include <stdint.h>

#include "buf.h"

#define RESPONSE_BODY_MAX ((size_t)64 << 20)

struct response {
    int status;
    const char *content_type; /* static string */
    struct buf body;
    char extra[1024];         /* extra header lines, each ending in \r\n (cookies, CSP) */
    int64_t last_modified_ms; /* when what the answer shows last changed; 0: unknown */
};

/* 200, application/json, empty body; free with response_free(). */
void response_init(struct response *res);
void response_free(struct response *res);
/* Sets res to {"error":code,"message":message} with status. */
void response_error(struct response *res, int status, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#endif
