// FUZZ_SOURCES: src/reader.c src/auth.c src/origin.c src/baseurl.c src/response.c src/log.c
// src/http.c src/buf.c src/xmalloc.c src/crier.c src/store/store.c src/token.c
// src/member.c src/post.c src/fields.c src/markdown.c src/lang.c src/timefmt.c src/tz.c src/utf8.c
// src/media_store.c src/media_meta.c src/store/store_cache.c
/*
 * fuzz_form: HTML form bodies (reader_is_form, reader_form_field). The input
 * is two seed bytes, a Content-Type up to the first '\n', then the body. The
 * body is read under that Content-Type as the handlers read it (field "csrf"
 * into READER_CSRF_LEN + 2 bytes, and other names and sizes); then its bytes
 * are taken as a value, percent-encoded in a way the seed picks (literal or
 * %XX in either case, space as '+' or %20) and read back from a form body.
 * Checks: reader_is_form is exactly "application/x-www-form-urlencoded" (any
 * case) ended by NUL, ';' or ' '; no field is found in a body that is not a
 * form or is empty; a value is NUL-terminated within outsz (the buffer is on
 * the heap, one byte past it is caught) and never longer than the body;
 * -ENOBUFS and -EINVAL leave ""; an encoded value decodes to itself, '+' to a
 * space, and %00 is refused. reader.c is linked whole; the store is never
 * opened (store_sqlite_open_with and store_pg_open below only satisfy the linker).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "http.h"
#include "reader.h"
#include "store/store.h"

#define FORM_CT "application/x-www-form-urlencoded"
#define MAX_VALUE 512

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int store_sqlite_open_with(struct store **out, const char *path, int flags)
{
    (void)out, (void)path, (void)flags;
    return -ENOTSUP;
}

int store_pg_open(struct store **out, const char *conninfo)
{
    (void)out, (void)conninfo;
    return -ENOTSUP; /* never called either: the other backend's opener */
}

struct rng {
    uint32_t s;
};

static unsigned next_bit(struct rng *g)
{
    g->s = g->s * 1103515245u + 12345u;
    return (g->s >> 16) & 1;
}

static void request(struct http_request *req, const char *ct, const char *body, size_t len)
{
    memset(req, 0, sizeof *req);
    req->method = HTTP_POST;
    req->path = "/+x";
    req->query = "";
    req->headers[0].name = "content-type";
    req->headers[0].value = ct;
    req->nheaders = 1;
    req->body = body;
    req->body_len = len;
}

/* One reader_form_field into exactly outsz heap bytes; returns its result
 * and leaves the value in val (room for MAX_VALUE + 1) when found. */
static int field(const struct http_request *req, const char *name, size_t outsz, char *val)
{
    char *out = malloc(outsz);
    memset(out, 'Z', outsz);
    int n = reader_form_field(req, name, out, outsz);

    if (n >= 0) {
        if ((size_t)n >= outsz || out[n] != '\0' || strlen(out) != (size_t)n ||
            (size_t)n > req->body_len)
            abort();
        if (val && (size_t)n <= MAX_VALUE)
            memcpy(val, out, (size_t)n + 1);
    } else if (n == -ENOBUFS || n == -EINVAL) {
        if (out[0] != '\0')
            abort();
    } else if (n != -ENOENT) {
        abort();
    }
    free(out);
    return n;
}

static void arbitrary(const char *ct, const char *body, size_t len)
{
    static const struct {
        const char *name;
        size_t outsz;
    } reads[] = {
        {"csrf", READER_CSRF_LEN + 2}, /* api.c reader_change, reader.c form_csrf */
        {"csrf", 1},
        {"c s", 8}, /* matches "c+s" and "c%20s" */
        {"", 4},
    };
    struct http_request req;

    request(&req, ct, body, len);
    int form = reader_is_form(&req);
    const char *p = strncasecmp(ct, FORM_CT, strlen(FORM_CT)) == 0 ? ct + strlen(FORM_CT) : NULL;
    if (form != (p && (*p == '\0' || *p == ';' || *p == ' ')))
        abort();
    for (size_t i = 0; i < sizeof reads / sizeof reads[0]; i++) {
        int n = field(&req, reads[i].name, reads[i].outsz, NULL);
        if ((!form || len == 0) && n != -ENOENT)
            abort();
    }
}

/* val[0..n) percent-encoded into out (room for 3 * n + 1), as the seed picks. */
static void encode(const unsigned char *val, size_t n, struct rng *g, char *out)
{
    static const char hex[2][17] = {"0123456789ABCDEF", "0123456789abcdef"};
    size_t o = 0;

    for (size_t i = 0; i < n; i++) {
        unsigned char c = val[i];
        int safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   (c && strchr("-._~*", c));
        if (c == ' ' && next_bit(g)) {
            out[o++] = '+';
        } else if (safe && next_bit(g)) {
            out[o++] = (char)c;
        } else {
            const char *h = hex[next_bit(g)];
            out[o++] = '%';
            out[o++] = h[c >> 4];
            out[o++] = h[c & 15];
        }
    }
    out[o] = '\0';
}

/* The body's first MAX_VALUE bytes as a value: encoded, it reads back. */
static void round_trip(const unsigned char *val, size_t n, struct rng *g)
{
    static const char *const cts[] = {FORM_CT, "Application/X-WWW-Form-Urlencoded; charset=utf-8"};
    char enc[3 * MAX_VALUE + 1], body[3 * MAX_VALUE + 64], got[MAX_VALUE + 1];
    struct http_request req;

    n = n < MAX_VALUE ? n : MAX_VALUE;
    encode(val, n, g, enc);
    /* a decoy before, a duplicate after: the first "csrf" wins */
    size_t len = (size_t)snprintf(body, sizeof body, "c%%73rfx=1&%s=%s&csrf=second",
                                  next_bit(g) ? "c%73rf" : "csrf", enc);
    request(&req, cts[next_bit(g)], body, len);
    int r = field(&req, "csrf", MAX_VALUE + 1, got);
    int small = field(&req, "csrf", READER_CSRF_LEN + 2, NULL);

    if (memchr(val, '\0', n)) {
        if (r != -EINVAL)
            abort(); /* %00 would cut the value short: refused */
        return;
    }
    if (r != (int)n || memcmp(got, val, n) != 0)
        abort();
    if (small != (n < READER_CSRF_LEN + 2 ? (int)n : -ENOBUFS))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct rng g;
    char ct[128];

    if (size < 2)
        return 0;
    g.s = (uint32_t)data[0] << 8 | data[1];
    data += 2;
    size -= 2;
    const uint8_t *nl = memchr(data, '\n', size);
    size_t ctl = nl ? (size_t)(nl - data) : 0;
    size_t cl = ctl < sizeof ct ? ctl : sizeof ct - 1;
    memcpy(ct, data, cl);
    ct[cl] = '\0'; /* a NUL inside ends it, as in a C string header value */
    const uint8_t *b = nl ? nl + 1 : data;
    size_t len = size - (size_t)(b - data);

    /* the request reader NUL-terminates the body; it may hold NULs before */
    char *body = malloc(len + 1);
    memcpy(body, b, len);
    body[len] = '\0';
    arbitrary(ct, body, len);
    round_trip(b, len, &g);
    free(body);
    return 0;
}
