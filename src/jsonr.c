#include "jsonr.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jsonpick.h"
#include "jsonw.h"
#include "utf8.h"

struct rd {
    const unsigned char *s;
    size_t i, n;
    int depth;
};

static void skip_ws(struct rd *r)
{
    while (r->i < r->n &&
           (r->s[r->i] == ' ' || r->s[r->i] == '\n' || r->s[r->i] == '\r' || r->s[r->i] == '\t'))
        r->i++;
}

/* One escape at s[i] == '\\' written to out: the bytes written, or 0 when
 * it is not one this path takes (\u0000, a lone surrogate, a bad escape);
 * *i moves past it. */
static size_t unescape(const unsigned char *s, size_t *i, size_t n, char *out)
{
    static const char simple[] = "\"\"\\\\//b\bf\fn\nr\rt\t";
    size_t at = *i;
    unsigned cp, lo;

    if (at + 1 >= n)
        return 0;
    for (size_t k = 0; simple[k]; k += 2)
        if (s[at + 1] == (unsigned char)simple[k]) {
            *out = simple[k + 1];
            *i = at + 2;
            return 1;
        }
    if (s[at + 1] != 'u' || n - at < 6 || jsonpick_hex4((const char *)s, at + 2, n, &cp) < 0 ||
        cp == 0)
        return 0;
    at += 6;
    if (cp >= 0xDC00 && cp <= 0xDFFF)
        return 0;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (n - at < 6 || s[at] != '\\' || s[at + 1] != 'u' ||
            jsonpick_hex4((const char *)s, at + 2, n, &lo) < 0 || lo < 0xDC00 || lo > 0xDFFF)
            return 0;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        at += 6;
    }
    *i = at;
    return utf8_encode(cp, out);
}

/* The string at r->s[r->i] == '"', unescaped into *out (malloc'd when it
 * held an escape, else pointing into the text): its length, or -1. */
static long read_string(struct rd *r, const char **out, char **owned)
{
    const unsigned char *s = r->s;
    size_t i = r->i + 1, from = i, len = 0;
    char *dst = NULL;

    *owned = NULL;
    for (;;) {
        size_t end = jsonw_plain_run(s, i, r->n);
        if (dst)
            memcpy(dst + len, s + i, end - i);
        len += end - i;
        i = end;
        if (i >= r->n)
            break;
        if (s[i] == '"') {
            r->i = i + 1;
            *out = dst ? dst : (const char *)s + from;
            *owned = dst;
            return (long)len;
        }
        if (s[i] >= 0x80) {
            size_t k = utf8_char_len(s + i, r->n - i);
            if (!k)
                break;
            if (dst)
                memcpy(dst + len, s + i, k);
            len += k, i += k;
            continue;
        }
        if (s[i] != '\\')
            break; /* a control character */
        if (!dst) {
            /* the unescaped text is never longer than the rest of the input */
            if (!(dst = malloc(len + (r->n - i) + 1)))
                break;
            memcpy(dst, s + from, len);
        }
        size_t k = unescape(s, &i, r->n, dst + len);
        if (!k)
            break;
        len += k;
    }
    free(dst);
    return -1;
}

static json_t *read_value(struct rd *r);

/* A literal or an integer that fits; anything else is left to jansson. */
static json_t *read_scalar(struct rd *r)
{
    const unsigned char *s = r->s + r->i;
    size_t left = r->n - r->i;
    static const char *const lit[] = {"true", "false", "null"};
    for (int k = 0; k < 3; k++) {
        size_t len = strlen(lit[k]);
        if (left >= len && !memcmp(s, lit[k], len)) {
            r->i += len;
            return k == 0 ? json_true() : k == 1 ? json_false() : json_null();
        }
    }
    size_t i = s[0] == '-';
    uint64_t v = 0, lim = s[0] == '-' ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    if (i >= left || s[i] < '0' || s[i] > '9' ||
        (s[i] == '0' && i + 1 < left && s[i + 1] >= '0' && s[i + 1] <= '9'))
        return NULL;
    for (; i < left && s[i] >= '0' && s[i] <= '9'; i++) {
        uint64_t d = (uint64_t)(s[i] - '0');
        if (v > (lim - d) / 10)
            return NULL;
        v = v * 10 + d;
    }
    if (i < left && (s[i] == '.' || s[i] == 'e' || s[i] == 'E'))
        return NULL; /* a real: jansson's own digits */
    r->i += i;
    return json_integer(s[0] == '-' ? (json_int_t)(0 - v) : (json_int_t)v);
}

/* Past the whitespace, the byte c when it is next: 1 (taken), else 0. */
static int take(struct rd *r, unsigned char c)
{
    skip_ws(r);
    if (r->i < r->n && r->s[r->i] == c) {
        r->i++;
        skip_ws(r);
        return 1;
    }
    return 0;
}

/* One member "key": value into o: 0, or -1 (o keeps what it had). */
static int read_member(struct rd *r, json_t *o)
{
    const char *key;
    char *owned;
    long klen = r->i < r->n && r->s[r->i] == '"' ? read_string(r, &key, &owned) : -1;
    if (klen < 0)
        return -1;
    json_t *v = take(r, ':') ? read_value(r) : NULL;
    int rc = v ? 0 : -1;
    if (v && json_object_getn(o, key, (size_t)klen)) {
        json_decref(v); /* a repeated key is jansson's to judge (refused or replaced) */
        rc = -1;
    } else if (v && json_object_setn_new_nocheck(o, key, (size_t)klen, v) < 0) {
        rc = -1; /* v went with the failed set */
    }
    free(owned);
    return rc;
}

/* An object or an array at r->s[r->i] ('{' or '['): its members or
 * elements, separated by ',' up to the closing byte. */
static json_t *read_container(struct rd *r)
{
    int object = r->s[r->i] == '{';
    unsigned char close = object ? '}' : ']';
    json_t *c = object ? json_object() : json_array();
    r->i++;
    if (take(r, close))
        return c;
    for (;;) {
        json_t *v = NULL;
        if (object ? read_member(r, c) < 0
                   : !(v = read_value(r)) || json_array_append_new(c, v) < 0)
            break;
        if (take(r, close))
            return c;
        if (!take(r, ','))
            break;
    }
    json_decref(c);
    return NULL;
}

static json_t *read_value(struct rd *r)
{
    if (r->i >= r->n)
        return NULL;
    unsigned char c = r->s[r->i];
    if (c == '{' || c == '[') {
        if (r->depth >= JSONR_DEPTH_MAX)
            return NULL;
        r->depth++;
        json_t *v = read_container(r);
        r->depth--;
        return v;
    }
    if (c == '"') {
        const char *text;
        char *owned;
        long len = read_string(r, &text, &owned);
        json_t *v = len < 0 ? NULL : json_stringn_nocheck(text, (size_t)len);
        free(owned);
        return v;
    }
    return read_scalar(r);
}

json_t *jsonr_parse(const char *s, size_t n)
{
    struct rd r = {(const unsigned char *)s, 0, n, 0};
    skip_ws(&r);
    if (r.i >= n || (s[r.i] != '{' && s[r.i] != '['))
        return NULL;
    json_t *v = read_value(&r);
    skip_ws(&r);
    if (v && r.i != n) {
        json_decref(v);
        v = NULL;
    }
    return v;
}

json_t *jsonr_loadb(const char *s, size_t n, size_t flags, json_error_t *err)
{
    json_t *v = flags & ~(size_t)JSON_REJECT_DUPLICATES ? NULL : jsonr_parse(s, n);
    return v ? v : json_loadb(s, n, flags, err);
}
