/*
 * reader.c: the reader cookie, the CSRF defence, and the cookie and CSRF
 * steps of the join and device flows that the pages and the API share (see
 * reader.h). What a membership allows is member.c's to say. Tokens are
 * token.h's: only their SHA-256 reaches the store.
 */
#include "reader.h"

#include <errno.h>
#include <openssl/crypto.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "auth.h"
#include "crier.h"
#include "log.h"
#include "member.h"
#include "origin.h"
#include "token.h"

#define READER_COOKIE "crier_reader"
#define CSRF_COOKIE "crier_csrf"
#define COOKIE_MAX_AGE 157680000      /* five years, in seconds */
#define READER_TOUCH_MS (3600 * 1000) /* last_seen_at is refreshed at most hourly */

/*
 * Finds cookie name in the request's Cookie header(s) and copies its value
 * into out: its length, or -ENOENT when absent or too long for out.
 */
int reader_cookie_get(const struct http_request *req, const char *name, char *out, size_t outsz)
{
    size_t nl = strlen(name);
    for (size_t h = 0; h < req->nheaders; h++) {
        if (strcmp(req->headers[h].name, "cookie") != 0)
            continue;
        const char *p = req->headers[h].value;
        while (*p) {
            while (*p == ' ' || *p == ';')
                p++;
            const char *end = strchr(p, ';');
            size_t len = end ? (size_t)(end - p) : strlen(p);
            if (len > nl && memcmp(p, name, nl) == 0 && p[nl] == '=') {
                size_t vl = len - nl - 1;
                const char *v = p + nl + 1;
                while (vl && v[vl - 1] == ' ')
                    vl--;
                if (vl >= 2 && v[0] == '"' && v[vl - 1] == '"') {
                    v++;
                    vl -= 2;
                }
                if (vl >= outsz)
                    return -ENOENT;
                memcpy(out, v, vl);
                out[vl] = '\0';
                return (int)vl;
            }
            p += len;
        }
    }
    return -ENOENT;
}

int reader_header_add(struct response *res, const char *fmt, ...)
{
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    size_t used = strlen(res->extra);
    if (n < 0 || (size_t)n >= sizeof line || used + (size_t)n + 3 > sizeof res->extra)
        return -ENOBUFS;
    memcpy(res->extra + used, line, (size_t)n);
    memcpy(res->extra + used + (size_t)n, "\r\n", 3);
    return 0;
}

void reader_redirect(struct response *res, const char *location)
{
    res->status = 303;
    res->content_type = "text/plain; charset=utf-8";
    buf_reset(&res->body);
    reader_header_add(res, "Location: %s", location);
}

static void set_cookie(const struct reader_ctx *rc, struct response *res, const char *name,
                       const char *value, int http_only)
{
    if (reader_header_add(res, "Set-Cookie: %s=%s; Path=/; Max-Age=%d; SameSite=Lax%s%s", name,
                          value, COOKIE_MAX_AGE, http_only ? "; HttpOnly" : "",
                          rc->tls ? "; Secure" : "") < 0)
        log_warn("reader: no room for the %s cookie in the response head", name);
}

int reader_identify(struct store *st, const struct http_request *req, struct reader_ctx *rc)
{
    char tok[READER_TOKEN_LEN + 2];
    const char *proto = http_header_get(req, "x-forwarded-proto");

    memset(rc, 0, sizeof *rc);
    rc->tls = proto && strcasecmp(proto, "https") == 0;
    if (reader_cookie_get(req, CSRF_COOKIE, tok, sizeof tok) == READER_CSRF_LEN &&
        token_shaped(tok, READER_CSRF_LEN, READER_CSRF_LEN)) {
        memcpy(rc->csrf, tok, READER_CSRF_LEN + 1);
    } else {
        int err = token_new(rc->csrf);
        if (err < 0)
            return err;
        rc->csrf_new = 1;
    }
    if (reader_cookie_get(req, READER_COOKIE, tok, sizeof tok) != READER_TOKEN_LEN ||
        !token_shaped(tok, READER_TOKEN_LEN, READER_TOKEN_LEN))
        return 0;
    unsigned char hash[32];
    struct store_reader r;
    auth_hash(tok, READER_TOKEN_LEN, hash);
    int err = store_reader_lookup(st, hash, &r);
    if (err == -ENOENT)
        return 0; /* a stale cookie: a stranger */
    if (err < 0)
        return err;
    rc->reader_id = r.id;
    memcpy(rc->token, tok, READER_TOKEN_LEN + 1);
    int64_t now = crier_now_ms();
    if (now - r.last_seen_at > READER_TOUCH_MS)
        store_reader_touch(st, r.id, now);
    return 0;
}

int reader_ensure(struct store *st, const struct http_request *req, struct reader_ctx *rc,
                  struct response *res)
{
    (void)req;
    if (rc->reader_id)
        return 0;
    for (int attempt = 0; attempt < 2; attempt++) {
        struct store_reader r = {0};
        char tok[READER_TOKEN_LEN + 1];
        int err = token_new(tok);
        if (err < 0)
            return err;
        auth_hash(tok, READER_TOKEN_LEN, r.hash);
        err = store_reader_create(st, &r);
        if (err == -EEXIST)
            continue; /* 2^-256; but never hand out someone else's reader */
        if (err < 0)
            return err;
        rc->reader_id = r.id;
        rc->created = 1;
        memcpy(rc->token, tok, sizeof tok);
        set_cookie(rc, res, READER_COOKIE, tok, 1);
        return 0;
    }
    return CRIER_ESTORE;
}

void reader_abandon(struct store *st, struct reader_ctx *rc, struct response *res)
{
    static const char line[] = "Set-Cookie: " READER_COOKIE "=";
    if (!rc->created)
        return;
    int err = store_reader_forget(st, rc->reader_id);
    if (err < 0 && err != -ENOENT)
        log_warn("reader: could not delete reader %lld after a failed join: %s",
                 (long long)rc->reader_id, crier_strerror(err));
    char *p = strstr(res->extra, line);
    if (p) {
        char *end = strstr(p, "\r\n");
        end = end ? end + 2 : p + strlen(p);
        memmove(p, end, strlen(end) + 1);
    }
    rc->reader_id = 0;
    rc->created = 0;
    OPENSSL_cleanse(rc->token, sizeof rc->token);
    rc->token[0] = '\0';
}

void reader_csrf_cookie(const struct reader_ctx *rc, struct response *res)
{
    if (rc->csrf_new && !strstr(res->extra, CSRF_COOKIE "="))
        set_cookie(rc, res, CSRF_COOKIE, rc->csrf, 0);
}

int reader_csrf_check(const struct http_request *req, const struct reader_ctx *rc,
                      const char *form_token)
{
    const char *t = http_header_get(req, "x-csrf-token");
    if (!t || !*t)
        t = form_token;
    if (!origin_same(req, NULL, 0, 1, ORIGIN_ABSENT_REFUSED) || rc->csrf_new || !t)
        return -EACCES;
    if (strlen(t) != READER_CSRF_LEN)
        return -EACCES;
    return CRYPTO_memcmp(t, rc->csrf, READER_CSRF_LEN) == 0 ? 0 : -EACCES;
}

int reader_channel_access(struct store *st, const struct store_channel *ch,
                          const struct http_request *req, const struct reader_ctx *rc)
{
    if (ch->visibility == STORE_PUBLIC)
        return 0;
    const char *h = req ? http_header_get(req, "authorization") : NULL;
    if (h && strncasecmp(h, "Bearer ", 7) == 0) {
        struct store_token t;
        const char *tok = h + 7;
        while (*tok == ' ')
            tok++;
        if (auth_check(st, tok, &t) == 0 && auth_can_publish(&t, ch->id))
            return 0;
    }
    return member_may_read(st, ch, rc ? rc->reader_id : 0);
}

int reader_is_form(const struct http_request *req)
{
    const char *ct = http_header_get(req, "content-type");
    return ct && strncasecmp(ct, "application/x-www-form-urlencoded", 33) == 0 &&
           (ct[33] == '\0' || ct[33] == ';' || ct[33] == ' ');
}

int reader_form_field(const struct http_request *req, const char *name, char *out, size_t outsz)
{
    if (!reader_is_form(req) || !req->body || !req->body_len)
        return -ENOENT;
    return (int)http_query_get(req->body, name, out, outsz);
}

static void csrf_refused(struct response *res)
{
    response_error(res, 403, "csrf",
                   "this needs a same-origin request with the crier_csrf token (X-CSRF-Token or "
                   "form field csrf)");
}

/* The form field "csrf" of a form body, or "" when there is none. */
static void form_csrf(const struct http_request *req, char out[READER_CSRF_LEN + 2])
{
    if (reader_form_field(req, "csrf", out, READER_CSRF_LEN + 2) < 0)
        out[0] = '\0';
}

int reader_join_invite(struct store *st, const char *token, const struct http_request *req,
                       struct reader_ctx *rc, struct response *res, struct store_member *member,
                       struct store_invite *inv)
{
    char csrf[READER_CSRF_LEN + 2];
    struct store_invite local;
    struct store_channel ch;

    if (!inv)
        inv = &local;
    memset(inv, 0, sizeof *inv);
    memset(member, 0, sizeof *member);
    form_csrf(req, csrf);
    if (reader_csrf_check(req, rc, csrf[0] ? csrf : NULL) < 0) {
        csrf_refused(res);
        return -EACCES;
    }
    int err = member_invite_check(st, token, rc->reader_id, inv);
    if (err < 0)
        return err;
    if ((err = reader_ensure(st, req, rc, res)) < 0)
        return err;
    if ((err = member_invite_join(st, token, rc->reader_id, member)) < 0) {
        /* e.g. another reader took the last use meanwhile */
        reader_abandon(st, rc, res);
        return err;
    }
    if ((err = store_channel_get_by_id(st, member->channel_id, &ch)) < 0)
        return err;
    char where[STORE_SLUG_MAX + 2];
    snprintf(where, sizeof where, "/%s", ch.slug);
    store_channel_clear(&ch);
    reader_redirect(res, where);
    return 0;
}

int reader_device_take(struct store *st, const char *token, const struct http_request *req,
                       struct reader_ctx *rc, struct response *res)
{
    char csrf[READER_CSRF_LEN + 2], tok[READER_TOKEN_LEN + 1];
    int64_t reader_id = 0;

    form_csrf(req, csrf);
    if (reader_csrf_check(req, rc, csrf[0] ? csrf : NULL) < 0) {
        csrf_refused(res);
        return -EACCES;
    }
    int err = member_transfer_take(st, token, &reader_id, tok);
    if (err < 0)
        return err;
    rc->reader_id = reader_id;
    memcpy(rc->token, tok, sizeof tok);
    OPENSSL_cleanse(tok, sizeof tok);
    set_cookie(rc, res, READER_COOKIE, rc->token, 1);
    reader_csrf_cookie(rc, res);
    reader_redirect(res, "/");
    return 0;
}
