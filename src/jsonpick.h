/*
 * jsonpick: a few named members read out of a JSON object's text without
 * building a tree. The store keeps each post as one JSON document whose
 * rendered HTML doubles its size; ranking reads six small members of
 * thousands of them, and a full parse of each (SQLite's JSON functions or
 * jansson) costs more than the ranking. One pass skips every other value.
 *
 * Malformed input is never read past its end: a member that cannot be
 * found whole is reported absent. Strings are unescaped (\uXXXX with
 * surrogate pairs to UTF-8; a lone surrogate becomes U+FFFD).
 */
#ifndef CRIER_JSONPICK_H
#define CRIER_JSONPICK_H

#include <stddef.h>

/* A value's raw text, s[from, to); to == 0: absent. */
struct jspan {
    size_t from, to;
};

/* For each names[i], the span of that top-level member's value in the
 * object text s[0..n) (the first one when repeated) into out[i]. Returns
 * 0, or -EINVAL when s is not an object. */
int jsonpick(const char *s, size_t n, const char *const *names, size_t nnames, struct jspan *out);

/* The span of the first top-level member named name in the object text
 * s[0..n), from its key's opening quote to its value's end, into *member.
 * Returns 0, -ENOENT when absent (or not found whole), -EINVAL when s is
 * not an object. */
int jsonpick_member(const char *s, size_t n, const char *name, struct jspan *member);

/* Whether span v of s is a JSON string. */
int jsonpick_is_string(const char *s, struct jspan v);

/* Unescapes the JSON string at span v of s into out (at most cap - 1 bytes
 * of it, cut at a character boundary, NUL-terminated). Returns the length
 * written, or -1 when v is not a string. cap >= 1. */
long jsonpick_string(const char *s, struct jspan v, char *out, size_t cap);

/* The JSON string's unescaped length (every byte, uncut), or -1. */
long jsonpick_string_len(const char *s, struct jspan v);

/* Walks the array at span v: calls each(elem, arg) for each element span.
 * Returns the number of elements, or -1 when v is not an array. */
long jsonpick_array(const char *s, struct jspan v, void (*each)(struct jspan elem, void *arg),
                    void *arg);

/* The four hex digits at s[i..i+4) (within end), either case, as *out: 0,
 * or -1 when they are not four hex digits. jsonr reads \u escapes with it. */
int jsonpick_hex4(const char *s, size_t i, size_t end, unsigned *out);

#endif
