#include "wsz.h"

#include <errno.h>
#include <string.h>
#include <strings.h>

#include <zlib.h>

/* ---- negotiation ---- */

/* RFC 7230's tchar. */
static int is_tchar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c && strchr("!#$%&'*+-.^_`|~", c));
}

static const char *skip_ows(const char *p)
{
    while (*p == ' ' || *p == '\t')
        p++;
    return p;
}

/* Reads a token at p into [*s, *s + *n); returns the end, or NULL. */
static const char *read_token(const char *p, const char **s, size_t *n)
{
    const char *q = p;

    while (is_tchar(*q))
        q++;
    if (q == p)
        return NULL;
    *s = p;
    *n = (size_t)(q - p);
    return q;
}

/* Reads a parameter's value, a token or a quoted string without escapes
 * (the values this extension knows are numbers). */
static const char *read_value(const char *p, const char **s, size_t *n)
{
    if (*p != '"')
        return read_token(p, s, n);
    const char *q = ++p;
    while (*q && *q != '"' && *q != '\\')
        q++;
    if (*q != '"')
        return NULL;
    *s = p;
    *n = (size_t)(q - p);
    return q + 1;
}

static int token_is(const char *s, size_t n, const char *name)
{
    return strlen(name) == n && strncasecmp(s, name, n) == 0;
}

/* A window size: 8 to 15, digits only, no leading zero. */
static int window_bits(const char *s, size_t n)
{
    if (n == 1 && s[0] >= '8' && s[0] <= '9')
        return s[0] - '0';
    if (n == 2 && s[0] == '1' && s[1] >= '0' && s[1] <= '5')
        return 10 + s[1] - '0';
    return -1;
}

enum { P_SERVER_NCT = 1, P_CLIENT_NCT = 2, P_SERVER_BITS = 4, P_CLIENT_BITS = 8 };

/* One parameter of a permessage-deflate offer: its bit in *seen, or 0
 * (with *ok cleared) when the offer cannot be taken. */
static void offer_param(const char *name, size_t nn, const char *val, size_t nv, int has_val,
                        unsigned *seen, int *ok)
{
    unsigned bit = 0;

    if (token_is(name, nn, "server_no_context_takeover"))
        bit = has_val ? 0 : P_SERVER_NCT;
    else if (token_is(name, nn, "client_no_context_takeover"))
        bit = has_val ? 0 : P_CLIENT_NCT;
    else if (token_is(name, nn, "server_max_window_bits"))
        /* Every event is compressed once, with a 15-bit window, for all. */
        bit = has_val && window_bits(val, nv) == 15 ? P_SERVER_BITS : 0;
    else if (token_is(name, nn, "client_max_window_bits"))
        bit = !has_val || window_bits(val, nv) > 0 ? P_CLIENT_BITS : 0;
    if (!bit || (*seen & bit))
        *ok = 0;
    *seen |= bit;
}

/* A malformed header is taken as no offer at all: the connection then
 * speaks plain frames, which every client must read. */
int wsz_accepts(const char *offers)
{
    const char *p = offers;
    int found = 0;

    if (!p)
        return 0;
    for (;;) {
        const char *ext, *name, *val = NULL;
        size_t next, nn, nv = 0;
        unsigned seen = 0;
        p = read_token(skip_ows(p), &ext, &next);
        if (!p)
            return 0;
        int ok = token_is(ext, next, "permessage-deflate");
        for (p = skip_ows(p); *p == ';'; p = skip_ows(p)) {
            p = read_token(skip_ows(p + 1), &name, &nn);
            if (!p)
                return 0;
            p = skip_ows(p);
            int has_val = *p == '=';
            if (has_val && !(p = read_value(skip_ows(p + 1), &val, &nv)))
                return 0;
            if (ok)
                offer_param(name, nn, val, nv, has_val, &seen, &ok);
        }
        found |= ok;
        if (!*p)
            return found;
        if (*p != ',')
            return 0; /* not a list: the header is malformed, take nothing */
        p++;
    }
}

/* ---- compression ---- */

/* The empty stored block that ends a sync flush; RFC 7692 7.2.1 leaves
 * it off each message, and the reader puts it back. */
static const uint8_t TAIL[4] = {0x00, 0x00, 0xFF, 0xFF};

int wsz_deflate(const void *payload, size_t len, struct buf *out)
{
    z_stream z;

    buf_reset(out);
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return -ENOMEM;
    /* deflateBound() covers Z_FINISH; a sync flush adds its empty block. */
    size_t cap = deflateBound(&z, (uLong)len) + 16;
    int rc = buf_reserve(out, cap);
    if (rc == 0) {
        z.next_in = (Bytef *)(uintptr_t)payload;
        z.avail_in = (uInt)len;
        z.next_out = (Bytef *)out->data;
        z.avail_out = (uInt)cap;
        int zr = deflate(&z, Z_SYNC_FLUSH);
        size_t n = cap - z.avail_out;
        if (zr != Z_OK || z.avail_in != 0 || n < 4 || memcmp(out->data + n - 4, TAIL, 4) != 0)
            rc = -EINVAL;
        else {
            out->len = n - 4;
            out->data[out->len] = '\0';
        }
    }
    deflateEnd(&z);
    return rc;
}

/* ---- decompression ---- */

/* Inflates avail_in bytes of z into out; 1 at the stream's end (a final
 * block), 0 when the input is used up, or a negative error. */
static int inflate_part(z_stream *z, size_t max, struct buf *out)
{
    uint8_t chunk[4096];

    do {
        z->next_out = chunk;
        z->avail_out = sizeof chunk;
        int zr = inflate(z, Z_NO_FLUSH);
        size_t got = sizeof chunk - z->avail_out;
        if (got > max - out->len || (got && buf_append(out, chunk, got) < 0))
            return -E2BIG;
        if (zr == Z_STREAM_END)
            return 1;
        if (zr == Z_BUF_ERROR && z->avail_in == 0)
            return 0; /* it waits for more input */
        if (zr != Z_OK)
            return -EINVAL;
    } while (z->avail_in > 0 || z->avail_out == 0);
    return 0;
}

int wsz_inflate(const uint8_t *in, size_t n, size_t max, struct buf *out)
{
    z_stream z;

    buf_reset(out);
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, -15) != Z_OK)
        return -ENOMEM;
    z.next_in = (Bytef *)(uintptr_t)in;
    z.avail_in = (uInt)n;
    int rc = inflate_part(&z, max, out);
    if (rc == 0) {
        z.next_in = (Bytef *)(uintptr_t)TAIL;
        z.avail_in = sizeof TAIL;
        rc = inflate_part(&z, max, out);
    }
    inflateEnd(&z);
    return rc < 0 ? rc : 0;
}
