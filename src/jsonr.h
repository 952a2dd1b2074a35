/*
 * jsonr: JSON text read into jansson values, faster than json_loadb on the
 * documents we read most (a publish's body, a stored record), and never more
 * permissive. jansson's lexer reads one character at a time through a
 * stream with a save buffer; on a publish it was a fifth of the request's
 * user-space instructions (the body is about 1 KiB of Markdown).
 *
 * jsonr_parse() takes only what it can read cheaply and certainly as jansson
 * would: objects, arrays, strings (checked as UTF-8 as jansson checks them,
 * every escape, surrogate pairs), integers that fit, true, false, null. On
 * anything else (a syntax error, a real number, an integer out of range,
 * \u0000, a repeated key, nesting past JSONR_DEPTH_MAX) it gives NULL, and
 * jsonr_loadb() hands the text to json_loadb(), whose answer (the value, or
 * the error with its line and column) is then the answer. So every text gets
 * exactly jansson's result; most get it without jansson's lexer.
 */
#ifndef CRIER_JSONR_H
#define CRIER_JSONR_H

#include <jansson.h>
#include <stddef.h>

/* Nesting this fast path reads (jansson's own limit is 2048, and its
 * answer stands for deeper texts). */
#define JSONR_DEPTH_MAX 64

/* The object or array that s[0..n) holds, with nothing but whitespace
 * around it, or NULL when it does not or it is outside the fast path. */
json_t *jsonr_parse(const char *s, size_t n);

/* json_loadb(s, n, flags, err) in effect, for flags 0 or
 * JSON_REJECT_DUPLICATES: the fast path first. */
json_t *jsonr_loadb(const char *s, size_t n, size_t flags, json_error_t *err);

#endif
