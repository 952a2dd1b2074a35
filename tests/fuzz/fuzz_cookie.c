// FUZZ_SOURCES: src/reader.c src/auth.c src/origin.c src/baseurl.c src/response.c src/log.c
// src/http.c src/buf.c src/xmalloc.c src/crier.c src/store/store.c src/token.c
// src/member.c src/post.c src/fields.c src/markdown.c src/lang.c src/timefmt.c src/tz.c src/utf8.c
// src/media_store.c src/media_meta.c src/store/store_cache.c
/*
 * fuzz_cookie: the Cookie header(s), read by reader_identify for the reader
 * cookie (crier_reader) and the CSRF cookie (crier_csrf). The first input
 * byte holds flags (the store knows the reader or not; X-Forwarded-Proto
 * https; the first line made one ~8 KB header; the reader last seen long
 * ago); each following line is a Cookie header ("!..." another header the
 * scan must skip). The store is a fake: only its ops reader_lookup (which
 * records the hash it is asked for) and reader_touch are there. Checks: the
 * CSRF token is always READER_CSRF_LEN base64url characters, and when not
 * minted it is one a Cookie header carries after "crier_csrf=" (or inside
 * quotes); a reader is looked up only by a token of exactly READER_TOKEN_LEN
 * base64url characters that a Cookie header carries after "crier_reader=",
 * and the hash looked up is that token's; a stale token makes no reader. Then
 * the same headers between a first Cookie header with valid tokens and a last
 * one with other tokens: the first one's win; and with only the last one
 * added: it is found unless a fuzzed header names crier_reader.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "crier.h"
#include "http.h"
#include "reader.h"
#include "store/store.h"

#define F_KNOWN 1                        /* the fake store knows every reader */
#define F_TLS 2                          /* X-Forwarded-Proto: https */
#define F_LONG 4                         /* the first line repeated into one header of ~8 KB */
#define F_STALE 8                        /* the reader was last seen long ago: reader_touch runs */
#define MAX_LINES (HTTP_MAX_HEADERS - 3) /* room for the added headers */

#define TOK1 "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
#define TOK2 "abcdefghijklmnopqrstuvwxyz0123456789-_ABCDE"
#define CSRF1 "CSRFCSRFCSRFCSRFCSRFCSRFCSRFCSRFCSRFCSRF-_0"
_Static_assert(sizeof TOK1 == READER_TOKEN_LEN + 1 && sizeof TOK2 == READER_TOKEN_LEN + 1 &&
                   sizeof CSRF1 == READER_CSRF_LEN + 1,
               "the tokens have the cookie's length");

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int store_sqlite_open_with(struct store **out, const char *path, int flags)
{
    (void)out, (void)path, (void)flags;
    return -ENOTSUP; /* never called: only satisfies the linker */
}

int store_pg_open(struct store **out, const char *conninfo)
{
    (void)out, (void)conninfo;
    return -ENOTSUP; /* never called either: the other backend's opener */
}

static struct {
    unsigned flags;
    int lookups, touches;
    unsigned char hash[32];
} fake;

static int fake_lookup(struct store *st, const unsigned char hash[32], struct store_reader *out)
{
    (void)st;
    fake.lookups++;
    memcpy(fake.hash, hash, 32);
    if (!(fake.flags & F_KNOWN))
        return -ENOENT;
    memset(out, 0, sizeof *out);
    out->id = 7;
    memcpy(out->hash, hash, 32);
    out->last_seen_at = fake.flags & F_STALE ? 0 : crier_now_ms();
    return 0;
}

static int fake_touch(struct store *st, int64_t reader_id, int64_t now_ms)
{
    (void)st, (void)now_ms;
    if (reader_id != 7)
        abort();
    fake.touches++;
    return 0;
}

static const struct store_ops fake_ops = {
    .name = "fuzz", .reader_lookup = fake_lookup, .reader_touch = fake_touch};
static struct store fake_store = {.ops = &fake_ops};

static int b64url_token(const char *s, size_t len)
{
    return strlen(s) == len && strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                         "0123456789-_") == len;
}

/* 1 when a Cookie header of req carries name=tok or name="tok. */
static int carried(const struct http_request *req, const char *name, const char *tok)
{
    char plain[128], quoted[128];
    snprintf(plain, sizeof plain, "%s=%s", name, tok);
    snprintf(quoted, sizeof quoted, "%s=\"%s", name, tok);
    for (size_t h = 0; h < req->nheaders; h++)
        if (strcmp(req->headers[h].name, "cookie") == 0 &&
            (strstr(req->headers[h].value, plain) || strstr(req->headers[h].value, quoted)))
            return 1;
    return 0;
}

static void add(struct http_request *req, const char *name, const char *value)
{
    req->headers[req->nheaders].name = name;
    req->headers[req->nheaders].value = value;
    req->nheaders++;
}

/* reader_identify on req, checked; returns the context it filled. */
static struct reader_ctx identify(const struct http_request *req)
{
    struct reader_ctx rc;
    unsigned char want[32];

    fake.lookups = fake.touches = 0;
    if (reader_identify(&fake_store, req, &rc) != 0)
        abort();
    if (!b64url_token(rc.csrf, READER_CSRF_LEN) ||
        (!rc.csrf_new && !carried(req, "crier_csrf", rc.csrf)))
        abort();
    if (rc.tls != !!(fake.flags & F_TLS) || rc.created)
        abort();
    if (fake.lookups > 1 || (!fake.lookups && rc.reader_id))
        abort();
    if (fake.lookups && !(fake.flags & F_KNOWN) && (rc.reader_id || rc.token[0]))
        abort(); /* a stale cookie: a stranger */
    if (rc.reader_id) {
        if (rc.reader_id != 7 || !b64url_token(rc.token, READER_TOKEN_LEN) ||
            !carried(req, "crier_reader", rc.token))
            abort();
        auth_hash(rc.token, READER_TOKEN_LEN, want);
        if (memcmp(want, fake.hash, 32) != 0)
            abort();
        if (fake.touches != !!(fake.flags & F_STALE))
            abort();
    } else if (rc.token[0] || fake.touches) {
        abort();
    }
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct http_request req;
    char *text, *line, *longh = NULL;
    int names_reader = 0;

    if (size < 1)
        return 0;
    fake.flags = data[0];
    text = malloc(size);
    memcpy(text, data + 1, size - 1);
    text[size - 1] = '\0'; /* a NUL inside ends that header's value */

    memset(&req, 0, sizeof req);
    req.method = HTTP_GET;
    req.path = "/";
    req.query = "";
    if (fake.flags & F_TLS)
        add(&req, "x-forwarded-proto", "https");
    line = text;
    for (size_t i = 0; line && i < MAX_LINES; i++) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        if (i == 0 && (fake.flags & F_LONG)) {
            size_t l = strlen(line), n = l ? HTTP_MAX_HEADER_BYTES / l * l : 0;
            longh = malloc(n + 1);
            for (size_t o = 0; o < n; o += l)
                memcpy(longh + o, line, l);
            longh[n] = '\0';
            line = longh;
        }
        if (line[0] == '!') {
            add(&req, "x-cookie", line + 1);
        } else {
            add(&req, "cookie", line);
            names_reader |= strstr(line, "crier_reader") != NULL;
        }
        line = nl ? nl + 1 : NULL;
    }

    identify(&req);

    /* between a first and a last Cookie header of our own: the first wins */
    struct http_request framed = req;
    memmove(framed.headers + 1, framed.headers, framed.nheaders * sizeof framed.headers[0]);
    framed.headers[0].name = "cookie";
    framed.headers[0].value = "crier_csrf=" CSRF1 "; crier_reader=" TOK1;
    framed.nheaders++;
    add(&framed, "cookie", "crier_reader=" TOK2 "; crier_csrf=" TOK2);
    struct reader_ctx rc = identify(&framed);
    if (rc.csrf_new || strcmp(rc.csrf, CSRF1) != 0)
        abort();
    if ((fake.flags & F_KNOWN) && strcmp(rc.token, TOK1) != 0)
        abort();

    /* only the last: found unless a fuzzed Cookie header names it first */
    add(&req, "cookie", "crier_reader=\"" TOK2 "\" ");
    rc = identify(&req);
    if ((fake.flags & F_KNOWN) && !names_reader && strcmp(rc.token, TOK2) != 0)
        abort();

    free(longh);
    free(text);
    return 0;
}
