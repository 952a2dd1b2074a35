/*
 * jsonw: a jansson value written as compact JSON, byte for byte what
 * json_dumps(v, JSON_COMPACT) writes (members in their order, the same
 * escapes, the same refusals), at a fraction of its cost. jansson decodes
 * every character of every string through a callback and checks each
 * container for loops through a hash table keyed by its printed address; on
 * a publish (the stored record and the 201's body, about 2 KiB each) that
 * was a third of the instructions of the whole request.
 *
 * Strings are copied in runs: a byte that needs no escape and no check is
 * passed over with one table lookup, a non-ASCII sequence is checked as
 * UTF-8 (as jansson checks it: no overlong form, no surrogate, nothing past
 * U+10FFFF). Reals are rare in our records and go through jansson itself, so
 * their digits are jansson's.
 */
#ifndef CRIER_JSONW_H
#define CRIER_JSONW_H

#include <jansson.h>

#include "buf.h"

/* Containers nested deeper than this are refused (a tree with a loop among
 * them: jansson refuses those too). */
#define JSONW_DEPTH_MAX 2048

/* The end of the plain run of s[i..n): the first byte that is '"', '\\',
 * below 0x20 or 0x80 and above (a string's bytes that need neither an
 * escape nor a UTF-8 check), eight at a time. jsonr reads strings with it. */
size_t jsonw_plain_run(const unsigned char *s, size_t i, size_t n);

/* Appends v (an object or an array) to b. 0; -EINVAL when v is not a
 * container, holds a string that is not UTF-8, nests past JSONW_DEPTH_MAX or
 * holds a real jansson cannot write; -ENOBUFS at b's limit. On an error b
 * keeps its length from before the call. */
int jsonw_append(struct buf *b, const json_t *v);

/* The same as a malloc'd NUL-terminated string (free() it), or NULL where
 * json_dumps(v, JSON_COMPACT) gives NULL. */
char *jsonw_dumps(const json_t *v);

#endif
