/* Unit tests for src/http.c: the request reader, its limits and smuggling
 * defences, and the query helpers. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "http.h"
#include "tap.h"

#define MAXB 65536

/* Feeds s (n bytes) in pieces of step bytes (0: all at once) to a fresh
 * reader. Returns the first error, or the bytes consumed when done, or -1 when
 * the request is still incomplete at the end. */
static ssize_t feed_steps(struct http_reader *r, const char *s, size_t n, size_t step)
{
    size_t off = 0;
    int done = 0;

    while (off < n) {
        size_t k = step ? step : n;
        if (k > n - off)
            k = n - off;
        ssize_t rc = http_reader_feed(r, s + off, k, &done);
        if (rc < 0)
            return rc;
        off += (size_t)rc;
        if (done)
            return (ssize_t)off;
        if ((size_t)rc != k)
            return -2; /* not done, yet did not take everything */
    }
    return -1;
}

/* Feeds a whole NUL-terminated request and returns the outcome. */
static ssize_t run(const char *s, size_t max_body)
{
    struct http_reader r;
    http_reader_init(&r, max_body);
    ssize_t rc = feed_steps(&r, s, strlen(s), 0);
    http_reader_free(&r);
    return rc;
}

static void test_simple_get(void)
{
    const char *s = "GET /lemonde/events?after=12&x=a%20b HTTP/1.1\r\n"
                    "Host: example.org\r\n"
                    "X-Mixed-Case:   padded value  \r\n"
                    "Empty:\r\n"
                    "\r\n";
    struct http_reader r;
    http_reader_init(&r, MAXB);
    int done = 0;
    ssize_t rc = http_reader_feed(&r, s, strlen(s), &done);
    is_int(rc, (ssize_t)strlen(s), "GET consumed whole request");
    is_int(done, 1, "GET done");
    const struct http_request *q = http_reader_request(&r);
    is_int(q->method, HTTP_GET, "method GET");
    is_str(q->path, "/lemonde/events", "path split at '?'");
    is_str(q->query, "after=12&x=a%20b", "query kept raw");
    is_int(q->nheaders, 3, "three headers");
    is_str(q->headers[1].name, "x-mixed-case", "names lower-cased");
    is_str(q->headers[1].value, "padded value", "values trimmed");
    is_str(http_header_get(q, "HOST"), "example.org", "lookup case-insensitive");
    is_str(http_header_get(q, "x-MIXED-case"), "padded value", "lookup mixed case");
    is_str(http_header_get(q, "empty"), "", "empty value");
    ok(http_header_get(q, "missing") == NULL, "absent header NULL");
    is_int(q->body_len, 0, "no body");
    is_str(q->body, "", "body empty string");
    is_int(q->keep_alive, 1, "HTTP/1.1 keep-alive");
    is_int(q->upgrade, 0, "no upgrade");
    is_int(q->http_major, 1, "major");
    is_int(q->http_minor, 1, "minor");
    /* feeding after done consumes nothing */
    rc = http_reader_feed(&r, "GET", 3, &done);
    is_int(rc, 0, "feed after done consumes nothing");
    is_int(done, 1, "still done");
    http_reader_free(&r);

    http_reader_init(&r, MAXB);
    s = "GET /x HTTP/1.0\r\n\r\n";
    rc = http_reader_feed(&r, s, strlen(s), &done);
    is_int(done, 1, "HTTP/1.0 done");
    is_str(http_reader_request(&r)->query, "", "no query is empty string");
    is_int(http_reader_request(&r)->keep_alive, 0, "HTTP/1.0 not keep-alive");
    http_reader_free(&r);

    http_reader_init(&r, MAXB);
    s = "GET http://example.org/a/b?c=1 HTTP/1.1\r\nHost: example.org\r\n\r\n";
    rc = http_reader_feed(&r, s, strlen(s), &done);
    is_int(done, 1, "absolute-form done");
    is_str(http_reader_request(&r)->path, "/a/b", "absolute-form path");
    is_str(http_reader_request(&r)->query, "c=1", "absolute-form query");
    http_reader_free(&r);
}

static void test_post_body(void)
{
    const char *s = "POST /api/v1/channels/x/posts HTTP/1.1\r\nHost: t\r\n"
                    "Content-Length: 11\r\n"
                    "Content-Type: application/json\r\n"
                    "\r\n"
                    "{\"a\":\"bc\"}\n";
    struct http_reader r;
    http_reader_init(&r, MAXB);
    int done = 0;
    ssize_t rc = http_reader_feed(&r, s, strlen(s), &done);
    is_int(rc, (ssize_t)strlen(s), "POST consumed");
    is_int(done, 1, "POST done");
    const struct http_request *q = http_reader_request(&r);
    is_int(q->method, HTTP_POST, "method POST");
    is_int(q->body_len, 11, "body length");
    is_str(q->body, "{\"a\":\"bc\"}\n", "body bytes, NUL-terminated");
    http_reader_free(&r);

    /* headers only: not done, everything consumed */
    http_reader_init(&r, MAXB);
    size_t head = strlen(s) - 11;
    rc = http_reader_feed(&r, s, head, &done);
    is_int(rc, (ssize_t)head, "head consumed");
    is_int(done, 0, "not done without body");
    rc = http_reader_feed(&r, s + head, 11, &done);
    is_int(rc, 11, "body consumed");
    is_int(done, 1, "done after body");
    http_reader_free(&r);

    /* chunked, with an extension and a trailer */
    s = "POST /p HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: Chunked\r\n\r\n"
        "5;name=val\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n";
    http_reader_init(&r, MAXB);
    rc = http_reader_feed(&r, s, strlen(s), &done);
    is_int(rc, (ssize_t)strlen(s), "chunked consumed");
    is_int(done, 1, "chunked done");
    is_str(http_reader_request(&r)->body, "hello world", "chunked body joined");
    ok(http_header_get(http_reader_request(&r), "x-trailer") == NULL,
       "trailer fields are not headers");
    http_reader_free(&r);
}

/* Feeding byte by byte (and in 7-byte pieces) gives the same result. */
static void test_fragmented(void)
{
    const char *reqs[] = {
        "GET /a/b?q=1 HTTP/1.1\r\nHost: h\r\nAccept: */*\r\n\r\n",
        "POST /p HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello",
        "POST /p HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x\r\nde\r\n0\r\n\r\n",
    };
    size_t i, steps[] = {1, 2, 7};
    for (i = 0; i < sizeof reqs / sizeof reqs[0]; i++) {
        struct http_reader a;
        http_reader_init(&a, MAXB);
        ssize_t ra = feed_steps(&a, reqs[i], strlen(reqs[i]), 0);
        for (size_t k = 0; k < sizeof steps / sizeof steps[0]; k++) {
            struct http_reader b;
            http_reader_init(&b, MAXB);
            ssize_t rb = feed_steps(&b, reqs[i], strlen(reqs[i]), steps[k]);
            const struct http_request *qa = http_reader_request(&a), *qb = http_reader_request(&b);
            is_int(rb, ra, "req %zu step %zu: same consumed", i, steps[k]);
            is_str(qb->path, qa->path, "req %zu step %zu: same path", i, steps[k]);
            is_str(qb->query, qa->query, "req %zu step %zu: same query", i, steps[k]);
            is_int(qb->nheaders, qa->nheaders, "req %zu step %zu: same nheaders", i, steps[k]);
            for (size_t h = 0; h < qa->nheaders && h < qb->nheaders; h++) {
                is_str(qb->headers[h].name, qa->headers[h].name, "header name %zu", h);
                is_str(qb->headers[h].value, qa->headers[h].value, "header value %zu", h);
            }
            is_int(qb->body_len, qa->body_len, "req %zu step %zu: same body len", i, steps[k]);
            is_str(qb->body, qa->body, "req %zu step %zu: same body", i, steps[k]);
            http_reader_free(&b);
        }
        ok(ra == (ssize_t)strlen(reqs[i]), "req %zu complete", i);
        http_reader_free(&a);
    }
}

static void test_pipelined_and_upgrade(void)
{
    const char *s = "GET /one HTTP/1.1\r\nHost: h\r\n\r\nGET /two HTTP/1.1\r\nHost: h\r\n\r\n";
    size_t first = strlen("GET /one HTTP/1.1\r\nHost: h\r\n\r\n");
    struct http_reader r;
    int done = 0;

    http_reader_init(&r, MAXB);
    ssize_t rc = http_reader_feed(&r, s, strlen(s), &done);
    is_int(rc, (ssize_t)first, "pipelined: only the first request consumed");
    is_int(done, 1, "pipelined: first done");
    is_str(http_reader_request(&r)->path, "/one", "pipelined: first path");
    http_reader_free(&r);
    http_reader_init(&r, MAXB);
    rc = http_reader_feed(&r, s + first, strlen(s) - first, &done);
    is_int(rc, (ssize_t)(strlen(s) - first), "pipelined: second consumed by a new reader");
    is_str(http_reader_request(&r)->path, "/two", "pipelined: second path");
    http_reader_free(&r);

    /* a POST body followed by a second request */
    s = "POST /a HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabcGET /b HTTP/1.1\r\nHost: t\r\n\r\n";
    http_reader_init(&r, MAXB);
    rc = http_reader_feed(&r, s, strlen(s), &done);
    is_int(rc, (ssize_t)(strlen(s) - strlen("GET /b HTTP/1.1\r\nHost: t\r\n\r\n")),
           "pipelined after body");
    is_str(http_reader_request(&r)->body, "abc", "pipelined body");
    http_reader_free(&r);

    static const char up[] = "GET /chan/ws HTTP/1.1\r\n"
                             "Host: h\r\n"
                             "Connection: Upgrade\r\n"
                             "Upgrade: websocket\r\n"
                             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                             "Sec-WebSocket-Version: 13\r\n"
                             "\r\n"
                             "\x81\x85\x37\xfa\x21\x3d\x7f\x9f\x4d\x51\x58";
    size_t head = strlen(up) - 11;
    http_reader_init(&r, MAXB);
    rc = http_reader_feed(&r, up, sizeof up - 1, &done);
    is_int(rc, (ssize_t)head, "upgrade: stops at the end of the head");
    is_int(done, 1, "upgrade: done");
    is_int(http_reader_request(&r)->upgrade, 1, "upgrade flag");
    is_int(http_reader_request(&r)->body_len, 0, "upgrade: empty body");
    is_str(http_header_get(http_reader_request(&r), "upgrade"), "websocket", "upgrade header");
    http_reader_free(&r);

    /* byte at a time, the frame still is not consumed */
    http_reader_init(&r, MAXB);
    rc = feed_steps(&r, up, sizeof up - 1, 1);
    is_int(rc, (ssize_t)head, "upgrade byte-at-a-time: same stop");
    http_reader_free(&r);
}

static void test_smuggling(void)
{
    is_int(
        run("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            MAXB),
        CRIER_EBADREQ, "CL + TE -> 400");
    is_int(
        run("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n",
            MAXB),
        CRIER_EBADREQ, "TE + CL -> 400");
    is_int(run("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello",
               MAXB),
           CRIER_EBADREQ, "duplicate equal CL -> 400");
    is_int(run("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
               MAXB),
           CRIER_EBADREQ, "duplicate different CL -> 400");
    is_int(run("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 5, 5\r\n\r\nhello", MAXB),
           CRIER_EBADREQ, "CL list -> 400");
    is_int(run("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: +5\r\n\r\nhello", MAXB),
           CRIER_EBADREQ, "CL with sign -> 400");

    static const char *te[] = {
        "xchunked",
        "chunked, identity",
        "identity, chunked",
        "identity",
        "chunked\t",
        "chunked, chunked",
        "\x0b"
        "chunked",
        "chunk",
        "",
        "chunked;q=1",
    };
    for (size_t i = 0; i < sizeof te / sizeof te[0]; i++) {
        char req[256];
        snprintf(req, sizeof req,
                 "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: %s\r\n\r\n0\r\n\r\n", te[i]);
        is_int(run(req, MAXB), CRIER_EBADREQ, "TE \"%s\" -> 400", te[i]);
    }
    is_int(
        run("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n"
            "0\r\n\r\n",
            MAXB),
        CRIER_EBADREQ, "second TE header -> 400");
    is_int(
        run("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: identity\r\n chunked\r\n\r\n0\r\n\r\n",
            MAXB),
        CRIER_EBADREQ, "obs-fold -> 400");
    is_int(run("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding :chunked\r\n\r\n0\r\n\r\n", MAXB),
           CRIER_EBADREQ, "space before colon (TE) -> 400");
    is_int(run("GET / HTTP/1.1\r\nHost : h\r\n\r\n", MAXB), CRIER_EBADREQ,
           "space before colon -> 400");
    is_int(run("GET / HTTP/1.1\r\nHost\t: h\r\n\r\n", MAXB), CRIER_EBADREQ,
           "tab before colon -> 400");
    is_int(run("GET / HTTP/1.1\r\nHost: t\r\nHo st: h\r\n\r\n", MAXB), CRIER_EBADREQ,
           "space in name -> 400");
    is_int(run("GET / HTTP/1.1\r\nHost: t\r\nHo\x01st: h\r\n\r\n", MAXB), CRIER_EBADREQ,
           "control in name -> 400");
    is_int(run("GET / HTTP/1.1\r\nHost: t\r\n: h\r\n\r\n", MAXB), CRIER_EBADREQ,
           "empty name -> 400");
    is_int(run("GET / HTTP/1.1\r\nHost: t\r\nX: a\rY: b\r\n\r\n", MAXB), CRIER_EBADREQ,
           "bare CR -> 400");
    is_int(run("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", MAXB), CRIER_EBADREQ,
           "two Host headers -> 400");
    is_int(run("GET / HTTP/2.0\r\n\r\n", MAXB), CRIER_EBADREQ, "HTTP/2.0 -> 400");
    is_int(run("GET /\r\n\r\n", MAXB), CRIER_EBADREQ, "HTTP/0.9 -> 400");
    is_int(run("GET / HTTP/1.1\r\n\r\n", MAXB), CRIER_EBADREQ, "HTTP/1.1 without Host -> 400");
    is_int(run("GET / HTTP/1.0\r\n\r\n", MAXB), (ssize_t)strlen("GET / HTTP/1.0\r\n\r\n"),
           "HTTP/1.0 without Host is fine");
    is_int(run("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", MAXB),
           CRIER_EBADREQ, "Transfer-Encoding in HTTP/1.0 -> 400");
    {
        static const char h[] = "POST /p HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n"
                                "Expect: 100-continue\r\n\r\n";
        struct http_reader r;
        int done = 0;
        http_reader_init(&r, MAXB);
        is_int(http_reader_head_done(&r), 0, "head not done before any byte");
        http_reader_feed(&r, h, sizeof h - 1, &done);
        ok(http_reader_head_done(&r) && !done, "head done, body still to come");
        is_str(http_header_get(http_reader_request(&r), "expect"), "100-continue",
               "headers readable before the body");
        http_reader_free(&r);
    }
    is_int(run("CONNECT a:443 HTTP/1.1\r\nHost: t\r\n\r\n", MAXB), CRIER_EBADREQ, "CONNECT -> 400");
    is_int(run("GET /a b HTTP/1.1\r\nHost: t\r\n\r\n", MAXB), CRIER_EBADREQ, "space in url -> 400");
    is_int(run("BREW / HTTP/1.1\r\nHost: t\r\n\r\n", MAXB), CRIER_ENOTIMPL,
           "unknown method -> 501");
    is_int(http_status_for(CRIER_ENOTIMPL), 501, "which is 501");
    is_int(run("\x16\x03\x01\x02\x00 / HTTP/1.1\r\n\r\n", MAXB), CRIER_EBADREQ,
           "garbage where a method goes (a TLS hello) -> 400");
    is_int(run("get / HTTP/1.1\r\nHost: t\r\n\r\n", MAXB), CRIER_EBADREQ, "lower case -> 400");

    /* chunk framing that http-parser 2.9.4 lets through */
    static const char *chunks[] = {
        "5\r\nhelloXY0\r\n\r\n",        /* any two bytes instead of CRLF after data */
        "5\rXhello\r\n0\r\n\r\n",       /* CR not followed by LF after the size */
        "5 junk\r\nhello\r\n0\r\n\r\n", /* junk after the size */
        "5\r\nhello\n0\r\n\r\n",        /* bare LF after data */
        "5;a\nb\r\nhello\r\n0\r\n\r\n", /* LF inside an extension */
        "0x5\r\nhello\r\n0\r\n\r\n",
        "\r\n5\r\nhello\r\n0\r\n\r\n",
        "5\r\nhello\r\n0\r\n X: y\r\n\r\n", /* obs-fold in the trailer */
    };
    for (size_t i = 0; i < sizeof chunks / sizeof chunks[0]; i++) {
        char req[256];
        snprintf(req, sizeof req,
                 "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n%s", chunks[i]);
        is_int(run(req, MAXB), CRIER_EBADREQ, "bad chunk framing %zu -> 400", i);
    }
}

static void test_limits(void)
{
    struct buf b;
    size_t i;

    /* one header value pushing the head past 8 KiB */
    buf_init(&b, 1 << 20);
    buf_appends(&b, "GET / HTTP/1.1\r\nHost: t\r\nX-Big: ");
    for (i = 0; i < 8200; i++)
        buf_append(&b, "a", 1);
    buf_appends(&b, "\r\n\r\n");
    is_int(run(b.data, MAXB), CRIER_EHDRTOOBIG, "8 KiB header -> 431");
    buf_free(&b);

    /* exactly 8192 bytes of head is fine, 8193 is not */
    for (int extra = 0; extra <= 1; extra++) {
        const char *pre = "GET / HTTP/1.1\r\nHost: t\r\nX: ";
        buf_init(&b, 1 << 20);
        buf_appends(&b, pre);
        size_t fill = HTTP_MAX_HEADER_BYTES - strlen(pre) - 4 + (size_t)extra;
        for (i = 0; i < fill; i++)
            buf_append(&b, "v", 1);
        buf_appends(&b, "\r\n\r\n");
        is_int(b.len, HTTP_MAX_HEADER_BYTES + (size_t)extra, "head size %d", extra);
        if (extra)
            is_int(run(b.data, MAXB), CRIER_EHDRTOOBIG, "8193-byte head -> 431");
        else
            is_int(run(b.data, MAXB), (ssize_t)b.len, "8192-byte head accepted");
        buf_free(&b);
    }

    /* 100 header fields are fine, 101 are not */
    for (int n = 100; n <= 101; n++) {
        buf_init(&b, 1 << 20);
        buf_appends(&b, "GET / HTTP/1.0\r\n"); /* 1.0: no Host needed, so n is all */
        for (i = 0; i < (size_t)n; i++)
            buf_printf(&b, "X-%zu: v\r\n", i);
        buf_appends(&b, "\r\n");
        struct http_reader r;
        int done = 0;
        http_reader_init(&r, MAXB);
        ssize_t rc = http_reader_feed(&r, b.data, b.len, &done);
        if (n == 100) {
            is_int(rc, (ssize_t)b.len, "100 headers accepted");
            is_int(http_reader_request(&r)->nheaders, 100, "100 headers stored");
            is_str(http_header_get(http_reader_request(&r), "x-99"), "v", "last header found");
        } else {
            is_int(rc, CRIER_EHDRTOOBIG, "101 headers -> 431");
        }
        http_reader_free(&r);
        buf_free(&b);
    }

    /* 413 decided on the head alone */
    {
        const char *s = "POST /p HTTP/1.1\r\nHost: t\r\nContent-Length: 10000000\r\n\r\n";
        struct http_reader r;
        int done = 0;
        http_reader_init(&r, MAXB);
        ssize_t rc = http_reader_feed(&r, s, strlen(s), &done);
        is_int(rc, CRIER_ETOOBIG, "CL 10000000 -> 413 from the head alone");
        is_int(http_status_for((int)rc), 413, "status 413");
        rc = http_reader_feed(&r, "x", 1, &done);
        is_int(rc, CRIER_ETOOBIG, "error is sticky");
        http_reader_free(&r);
        is_int(run("POST /p HTTP/1.1\r\nHost: t\r\nContent-Length: 65536\r\n\r\n", MAXB), -1,
               "CL == max_body accepted (waits for body)");
        is_int(run("POST /p HTTP/1.1\r\nHost: t\r\nContent-Length: 65537\r\n\r\n", MAXB),
               CRIER_ETOOBIG, "CL == max_body + 1 -> 413");
    }

    /* chunked past the limit: one big chunk, and many small ones */
    is_int(run("POST /p HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n10001\r\n", MAXB),
           CRIER_ETOOBIG, "chunk size over max -> 413 before its data");
    {
        buf_init(&b, 1 << 21);
        buf_appends(&b, "POST /p HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (i = 0; i < 70; i++) {
            buf_appends(&b, "400\r\n");
            for (int k = 0; k < 1024; k++)
                buf_append(&b, "z", 1);
            buf_appends(&b, "\r\n");
        }
        buf_appends(&b, "0\r\n\r\n");
        is_int(run(b.data, MAXB), CRIER_ETOOBIG, "chunked body growing past max -> 413");
        is_int(run(b.data, 1 << 20), (ssize_t)b.len, "same body fits a bigger max");
        buf_free(&b);
    }
    is_int(
        run("POST /p HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n",
            MAXB),
        CRIER_EBADREQ, "overflowing chunk size -> 400");

    is_int(http_status_for(CRIER_EBADREQ), 400, "status 400");
    is_int(http_status_for(CRIER_EHDRTOOBIG), 431, "status 431");
    is_str(http_status_text(431), "Request Header Fields Too Large", "text 431");
    is_str(http_status_text(404), "Not Found", "text 404");
    is_str(http_status_text(101), "Switching Protocols", "text 101");
}

static void test_query(void)
{
    char out[32];
    const char *q =
        "after=12&name=a%20b+c&empty=&flag&enc%61=x&bad=%zz&nul=%00&long=0123456789012345678901234567890123456789";

    is_int(http_query_get(q, "after", out, sizeof out), 2, "after length");
    is_str(out, "12", "after value");
    is_int(http_query_get(q, "name", out, sizeof out), 5, "decoded length");
    is_str(out, "a b c", "%%20 and + decoded");
    is_int(http_query_get(q, "empty", out, sizeof out), 0, "empty value");
    is_str(out, "", "empty string");
    is_int(http_query_get(q, "flag", out, sizeof out), 0, "key without '='");
    is_int(http_query_get(q, "enca", out, sizeof out), 1, "key is decoded too");
    is_int(http_query_get(q, "missing", out, sizeof out), -ENOENT, "absent key");
    is_int(http_query_get(q, "aft", out, sizeof out), -ENOENT, "prefix is not a match");
    is_int(http_query_get(q, "bad", out, sizeof out), -EINVAL, "bad escape");
    is_int(http_query_get(q, "nul", out, sizeof out), -EINVAL, "%%00 rejected");
    is_int(http_query_get(q, "long", out, sizeof out), -ENOBUFS, "too long for out");
    is_str(out, "", "a value too long leaves out empty and terminated");
    memset(out, 'x', sizeof out);
    is_int(http_query_get(q, "bad", out, sizeof out), -EINVAL, "bad escape again");
    is_str(out, "", "a bad escape leaves out empty and terminated");
    is_int(http_query_get("", "a", out, sizeof out), -ENOENT, "empty query");
    is_int(http_query_get("a=%4", "a", out, sizeof out), -EINVAL, "truncated escape");
    is_int(http_query_get("a=1&a=2", "a", out, sizeof out), 1, "first of repeated keys");
    is_str(out, "1", "first value");

    char s1[] = "caf%C3%A9%2Fx+y";
    is_int(http_url_decode(s1, strlen(s1)), 9, "url_decode length");
    is_str(s1, "caf\xc3\xa9/x+y", "url_decode keeps '+'");
    char s2[] = "a%00b";
    is_int(http_url_decode(s2, strlen(s2)), -EINVAL, "url_decode rejects %%00");
    char s3[] = "a%g1";
    is_int(http_url_decode(s3, strlen(s3)), -EINVAL, "url_decode rejects bad hex");
    char s4[] = "ab%";
    is_int(http_url_decode(s4, strlen(s4)), -EINVAL, "url_decode rejects truncated");
    char s5[] = "plain";
    is_int(http_url_decode(s5, strlen(s5)), 5, "url_decode plain");
}

static void test_query_int(void)
{
    int64_t x = -7;
    is_int(http_parse_uint("0", &x), 0, "0");
    is_int(x, 0, "is 0");
    is_int(http_parse_uint("999999999999999999", &x), 0, "18 digits");
    is_int(x, 999999999999999999LL, "their value");
    is_int(http_parse_uint("9223372036854775807", &x), -EINVAL,
           "19 digits: refused, never wrapped");
    is_int(http_parse_uint("+5", &x), -EINVAL, "a sign");
    is_int(http_parse_uint(" 5", &x), -EINVAL, "a space");
    is_int(http_parse_uint("-1", &x), -EINVAL, "negative");
    is_int(http_parse_uint("", &x), -EINVAL, "empty");
    is_int(http_parse_uint("12a", &x), -EINVAL, "trailing junk");
    is_int(http_query_int("after=5", "after", 0, 0, 10, &x), 0, "in range");
    is_int(x, 5, "value");
    is_int(http_query_int("limit=3", "after", 42, 0, 100, &x), 0, "absent");
    is_int(x, 42, "the default");
    is_int(http_query_int("limit=0", "limit", 100, 1, 1000, &x), -EINVAL, "below min");
    is_int(http_query_int("limit=1001", "limit", 100, 1, 1000, &x), -EINVAL, "above max");
    is_int(http_query_int("after=", "after", 0, 0, 10, &x), -EINVAL, "empty value");
    is_int(http_query_int("after=%35", "after", 0, 0, 10, &x), 0, "percent-encoded digits");
    is_int(x, 5, "decoded");
}

int main(void)
{
    test_query_int();
    test_simple_get();
    test_post_body();
    test_fragmented();
    test_pipelined_and_upgrade();
    test_smuggling();
    test_limits();
    test_query();
    return done_testing();
}
