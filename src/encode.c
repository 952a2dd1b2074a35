#include "encode.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <zlib.h>

#include "xmalloc.h"

/* Types worth compressing: text and JSON. Images other than SVG are
 * compressed already. */
static int compressible(const char *type)
{
    static const char *const prefixes[] = {"text/html",
                                           "text/css",
                                           "text/plain",
                                           "application/json",
                                           "application/atom+xml",
                                           "application/javascript",
                                           "text/javascript",
                                           "application/manifest+json",
                                           "image/svg+xml",
                                           NULL};
    if (!type)
        return 0;
    for (const char *const *p = prefixes; *p; p++)
        if (strncasecmp(type, *p, strlen(*p)) == 0)
            return 1;
    return 0;
}

/* The q-value the client gives token in Accept-Encoding ("gzip;q=0" refuses). */
static int accepts(const char *header, const char *token)
{
    size_t tl = strlen(token);
    const char *p = header;
    while (p && *p) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        const char *end = strchr(p, ',');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n >= tl && strncasecmp(p, token, tl) == 0 &&
            (n == tl || p[tl] == ';' || p[tl] == ' ')) {
            const char *q = memchr(p, '=', n);
            if (q && (q[1] == '0') && strspn(q + 2, ".0") >= (size_t)(p + n - q - 2))
                return 0; /* q=0, q=0.0, q=0.000 */
            return 1;
        }
        p = end;
    }
    return 0;
}

/* 1 when If-None-Match lists etag (or is "*"); weak comparison. */
static int etag_listed(const char *inm, const char *etag)
{
    const char *e = etag[0] == 'W' ? etag + 2 : etag;
    size_t el = strlen(e);
    for (const char *p = inm; p && *p;) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        if (*p == '*')
            return 1;
        if (p[0] == 'W' && p[1] == '/')
            p += 2;
        if (strncmp(p, e, el) == 0 && (p[el] == '\0' || p[el] == ',' || p[el] == ' '))
            return 1;
        p = strchr(p, ',');
    }
    return 0;
}

static uint64_t fnv1a(const char *p, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

static void add_header(struct response *res, const char *name, const char *value)
{
    size_t used = strlen(res->extra);
    snprintf(res->extra + used, sizeof res->extra - used, "%s: %s\r\n", name, value);
}

/* gzip of the body in place; 0, or -1 (the body is left as it was). */
static int gzip_body(struct response *res)
{
    z_stream z;

    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return -1;
    size_t bound = deflateBound(&z, res->body.len);
    char *out = xmalloc(bound);
    z.next_in = (Bytef *)res->body.data;
    z.avail_in = (uInt)res->body.len;
    z.next_out = (Bytef *)out;
    z.avail_out = (uInt)bound;
    int rc = deflate(&z, Z_FINISH);
    size_t n = bound - z.avail_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END || n >= res->body.len) {
        free(out);
        return -1;
    }
    free(res->body.data);
    res->body.data = out;
    res->body.len = n;
    res->body.cap = bound;
    return 0;
}

void encode_finish(const struct http_request *req, struct response *res)
{
    char etag[48], date[40];
    int64_t last_modified_ms = res->last_modified_ms;

    if (req->method != HTTP_GET || res->status != 200 || !compressible(res->content_type))
        return;
    const char *ae = http_header_get(req, "accept-encoding");
    /* HEAD is answered as the identity form would be: gzip would cost the
     * whole compression for a body that is never sent. */
    int gz = !req->head && res->body.len >= ENCODE_GZIP_MIN && ae && accepts(ae, "gzip");
    int has_etag = strstr(res->extra, "ETag:") != NULL;
    /* A change in the current second makes Last-Modified a weak validator
     * (RFC 9110, 8.8.2.2): another change in the same second would carry
     * the same date, and a client that sends only If-Modified-Since would
     * be told 304 and miss it. Such a date is neither sent nor trusted. */
    int lm_usable = last_modified_ms > 0 && last_modified_ms / 1000 < (int64_t)time(NULL);

    /* The validator: of the identity body, told apart from its gzip form. */
    if (!has_etag) {
        snprintf(etag, sizeof etag, "\"%016llx%s\"",
                 (unsigned long long)fnv1a(res->body.data, res->body.len), gz ? "-gz" : "");
        add_header(res, "ETag", etag);
    }
    if (lm_usable) {
        time_t t = (time_t)(last_modified_ms / 1000);
        struct tm tm;
        gmtime_r(&t, &tm);
        strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", &tm);
        add_header(res, "Last-Modified", date);
    }
    const char *inm = http_header_get(req, "if-none-match");
    const char *ims = http_header_get(req, "if-modified-since");
    int fresh = 0;
    if (inm) {
        fresh = !has_etag && etag_listed(inm, etag);
    } else if (ims && lm_usable) {
        struct tm tm;
        memset(&tm, 0, sizeof tm);
        const char *end = strptime(ims, "%a, %d %b %Y %H:%M:%S GMT", &tm);
        fresh = end && *end == '\0' && (int64_t)timegm(&tm) >= last_modified_ms / 1000;
    }
    /* Every answer of a compressible type varies with Accept-Encoding, the
     * 304 too (RFC 9110, 15.4.5) and one to a request without it. */
    add_header(res, "Vary", "Accept-Encoding");
    if (fresh) {
        res->status = 304;
        buf_reset(&res->body);
        return;
    }
    if (gz && gzip_body(res) == 0)
        add_header(res, "Content-Encoding", "gzip");
}
