// FUZZ_SOURCES: src/http.c src/buf.c src/xmalloc.c src/crier.c
/*
 * fuzz_http: the HTTP request reader. The first two input bytes seed random
 * fragment sizes; the rest is fed to one reader all at once and to another in
 * those fragments, request after request (pipelining), and both must agree
 * exactly: the error code, or done with the same consumed count, method, path,
 * query, headers and body. Also checks the reader's own invariants: limits
 * hold, names are lower-case, values are trimmed.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "http.h"

#define MAX_BODY 65536

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct rng {
    uint32_t s;
};

static size_t next_frag(struct rng *g, size_t left)
{
    g->s = g->s * 1103515245u + 12345u;
    uint32_t v = (g->s >> 16) & 0x7fff;
    size_t k;
    /* mostly tiny fragments, sometimes big ones */
    if (v & 1)
        k = 1 + (v >> 1) % 4;
    else
        k = 1 + (v >> 1) % 512;
    return k < left ? k : left;
}

/* Outcome of one request: rc < 0 error, rc >= 0 consumed when done, or
 * -1 when the input ran out first. */
struct outcome {
    ssize_t rc;
    int done;
};

static struct outcome feed(struct http_reader *r, const char *p, size_t n, struct rng *g)
{
    struct outcome o = {-1, 0};
    size_t off = 0;

    while (off < n) {
        size_t k = g ? next_frag(g, n - off) : n - off;
        int done = 0;
        ssize_t rc = http_reader_feed(r, p + off, k, &done);
        if (rc < 0) {
            if (rc != CRIER_EBADREQ && rc != CRIER_EHDRTOOBIG && rc != CRIER_ETOOBIG &&
                rc != CRIER_ENOTIMPL)
                abort();
            o.rc = rc;
            return o;
        }
        if ((size_t)rc > k)
            abort();
        off += (size_t)rc;
        if (done) {
            o.rc = (ssize_t)off;
            o.done = 1;
            return o;
        }
        if ((size_t)rc != k)
            abort(); /* not done, yet did not take everything */
    }
    return o;
}

static void same_str(const char *a, const char *b)
{
    if (!a || !b || strcmp(a, b) != 0)
        abort();
}

static void check_request(const struct http_request *q)
{
    size_t i;

    if (q->nheaders > HTTP_MAX_HEADERS || q->body_len > MAX_BODY)
        abort();
    if (q->body[q->body_len] != '\0')
        abort();
    for (i = 0; i < q->nheaders; i++) {
        const char *n = q->headers[i].name, *v = q->headers[i].value;
        size_t vl = strlen(v);
        for (; *n; n++)
            if (*n >= 'A' && *n <= 'Z')
                abort();
        if (vl && (v[0] == ' ' || v[0] == '\t' || v[vl - 1] == ' ' || v[vl - 1] == '\t'))
            abort();
    }
    if (http_header_get(q, "content-length") && http_header_get(q, "transfer-encoding"))
        abort();
}

static void compare(const struct http_request *a, const struct http_request *b)
{
    size_t i;

    if (a->method != b->method || a->nheaders != b->nheaders || a->body_len != b->body_len ||
        a->keep_alive != b->keep_alive || a->upgrade != b->upgrade ||
        a->http_major != b->http_major || a->http_minor != b->http_minor)
        abort();
    same_str(a->path, b->path);
    same_str(a->query, b->query);
    for (i = 0; i < a->nheaders; i++) {
        same_str(a->headers[i].name, b->headers[i].name);
        same_str(a->headers[i].value, b->headers[i].value);
    }
    if (memcmp(a->body, b->body, a->body_len) != 0)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct rng g;
    const char *p;
    size_t n;

    if (size < 2)
        return 0;
    g.s = (uint32_t)data[0] << 8 | data[1];
    p = (const char *)data + 2;
    n = size - 2;

    /* one request after another, as a connection would */
    for (int round = 0; round < 64 && n > 0; round++) {
        struct http_reader whole, frag;
        http_reader_init(&whole, MAX_BODY);
        http_reader_init(&frag, MAX_BODY);
        struct outcome a = feed(&whole, p, n, NULL);
        struct outcome b = feed(&frag, p, n, &g);
        if (a.rc != b.rc || a.done != b.done)
            abort();
        int upgrade = 0;
        if (a.done) {
            check_request(http_reader_request(&whole));
            compare(http_reader_request(&whole), http_reader_request(&frag));
            upgrade = http_reader_request(&whole)->upgrade;
        }
        http_reader_free(&whole);
        http_reader_free(&frag);
        if (!a.done || a.rc == 0 || upgrade)
            break; /* error, incomplete, or the rest is another protocol */
        p += a.rc;
        n -= (size_t)a.rc;
    }
    return 0;
}
