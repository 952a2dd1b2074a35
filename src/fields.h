/*
 * fields: the rules every JSON object a client sends is read with, once:
 * no unknown field, strings of bounded length without control characters,
 * links that are http(s). post, and the API's handlers for channels and
 * invites, read their bodies with these.
 *
 * A refusal fills a field_error: an HTTP-like status (400, or 413 for a
 * field too large where the caller says so), a short code and a sentence;
 * the functions then return -EINVAL.
 */
#ifndef CRIER_FIELDS_H
#define CRIER_FIELDS_H

#include <jansson.h>
#include <stddef.h>

struct field_error {
    int status;
    const char *code; /* "invalid", "too_large" */
    char message[256];
};

/* Fills e and returns -EINVAL. */
int field_refuse(struct field_error *e, int status, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* 0 when every key of obj is in allowed (NULL-terminated), else refused. */
int fields_only(json_t *obj, const char *const *allowed, struct field_error *e);
/* 1 when s[0..n) holds no control character (multiline allows \n \r \t). */
int field_clean(const char *s, size_t n, int multiline);
/* Optional string field name of obj: 0 absent (*out untouched), 1 set (*out
 * borrows from obj), < 0 refused: not a string, over max bytes (status
 * too_big_status: 413 says "too_large"), or control characters. */
int field_str(json_t *obj, const char *name, size_t max, int multiline, int too_big_status,
              const char **out, struct field_error *e);
/* 1 when u is an http(s) link of at most max bytes with a host, without
 * spaces, quotes or angle brackets. */
int field_url_ok(const char *u, size_t max);

#endif
