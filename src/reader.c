/*
 * reader.c: the reader cookie, the CSRF defence, and the steps of the join
 * and device flows that page.c and api.c share (see reader.h). Tokens are
 * base64url text of 32 random bytes; only their SHA-256 reaches the store.
 *
 * A device link carries the reader's own token, sealed: the store keeps
 * token XOR SHA-256("crier-device-link:" + link token) next to the link's
 * hash, so only whoever holds the link can unseal it, and the secret is
 * wiped when the link is used. Both devices then hold the same reader.
 *
 * A member's feed key is HMAC-SHA256(reader token, "crier-feed:<channel>:
 * <joined_at>"): stable for a membership, new after leaving and joining
 * again, and useless for finding the reader's token.
 */
#include "reader.h"

#include <errno.h>
#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "auth.h"
#include "crier.h"
#include "log.h"
#include "origin.h"

#define READER_COOKIE "crier_reader"
#define CSRF_COOKIE "crier_csrf"
#define COOKIE_MAX_AGE 157680000      /* five years, in seconds */
#define READER_TOUCH_MS (3600 * 1000) /* last_seen_at is refreshed at most hourly */
#define SEAL_LABEL "crier-device-link:"

static const char b64url_chars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/* base64url without padding; out holds 4 * ceil(n / 3) + 1 bytes. */
static void b64url_encode(const unsigned char *in, size_t n, char *out)
{
    size_t o = 0, i = 0;
    for (; i + 2 < n; i += 3) {
        unsigned v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8 | in[i + 2];
        out[o++] = b64url_chars[v >> 18 & 63];
        out[o++] = b64url_chars[v >> 12 & 63];
        out[o++] = b64url_chars[v >> 6 & 63];
        out[o++] = b64url_chars[v & 63];
    }
    if (n - i == 1) {
        unsigned v = (unsigned)in[i] << 16;
        out[o++] = b64url_chars[v >> 18 & 63];
        out[o++] = b64url_chars[v >> 12 & 63];
    } else if (n - i == 2) {
        unsigned v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8;
        out[o++] = b64url_chars[v >> 18 & 63];
        out[o++] = b64url_chars[v >> 12 & 63];
        out[o++] = b64url_chars[v >> 6 & 63];
    }
    out[o] = '\0';
}

static int b64url_value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    return c == '-' ? 62 : c == '_' ? 63 : -1;
}

/* Decodes a READER_TOKEN_LEN token into its 32 bytes: 0 or -EINVAL. */
static int token_decode(const char *s, unsigned char out[32])
{
    unsigned acc = 0;
    int bits = 0;
    size_t o = 0;
    if (strlen(s) != READER_TOKEN_LEN)
        return -EINVAL;
    for (size_t i = 0; i < READER_TOKEN_LEN; i++) {
        int v = b64url_value(s[i]);
        if (v < 0)
            return -EINVAL;
        acc = acc << 6 | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (o < 32)
                out[o++] = (unsigned char)(acc >> bits & 0xff);
        }
    }
    return o == 32 ? 0 : -EINVAL;
}

/* 1 when s[0..n) has the shape of a token of length lo..hi. */
static int token_shaped(const char *s, size_t lo, size_t hi)
{
    size_t n = strnlen(s, hi + 1);
    if (n < lo || n > hi)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (b64url_value(s[i]) < 0)
            return 0;
    return 1;
}

/* A new token: base64url of 32 random bytes. 0 or CRIER_ESTORE. */
static int token_mint(char out[READER_TOKEN_LEN + 1])
{
    unsigned char raw[32];
    if (auth_random(raw, sizeof raw) < 0)
        return CRIER_ESTORE;
    b64url_encode(raw, sizeof raw, out);
    OPENSSL_cleanse(raw, sizeof raw);
    return 0;
}

int reader_token_new(char out[READER_TOKEN_LEN + 1])
{
    return token_mint(out);
}

/*
 * Finds cookie name in the request's Cookie header(s) and copies its value
 * into out: its length, or -ENOENT when absent or too long for out.
 */
static int cookie_get(const struct http_request *req, const char *name, char *out, size_t outsz)
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
    if (cookie_get(req, CSRF_COOKIE, tok, sizeof tok) == READER_CSRF_LEN &&
        token_shaped(tok, READER_CSRF_LEN, READER_CSRF_LEN)) {
        memcpy(rc->csrf, tok, READER_CSRF_LEN + 1);
    } else {
        int err = token_mint(rc->csrf);
        if (err < 0)
            return err;
        rc->csrf_new = 1;
    }
    if (cookie_get(req, READER_COOKIE, tok, sizeof tok) != READER_TOKEN_LEN ||
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
        int err = token_mint(tok);
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

int reader_member_state(struct store *st, int64_t channel_id, int64_t reader_id, int *state)
{
    struct store_member m;
    *state = STORE_MEMBER_NONE;
    if (!reader_id)
        return 0;
    int err = store_member_get(st, channel_id, reader_id, &m);
    if (err == -ENOENT)
        return 0;
    if (err < 0)
        return err;
    *state = m.state;
    return 0;
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
    if (rc && rc->reader_id) {
        int state, err = reader_member_state(st, ch->id, rc->reader_id, &state);
        if (err < 0)
            return err;
        if (state == STORE_MEMBER_ACTIVE)
            return 0;
    }
    return -EACCES;
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

int reader_invite_state(struct store *st, const char *token, struct store_invite *inv)
{
    unsigned char hash[32];
    if (!token_shaped(token, ROUTE_TOKEN_MIN, ROUTE_TOKEN_MAX))
        return -ENOENT;
    auth_hash(token, strlen(token), hash);
    int err = store_invite_lookup(st, hash, inv);
    if (err < 0)
        return err;
    if (inv->revoked_at)
        return -EKEYREVOKED;
    if (inv->expires_at && crier_now_ms() >= inv->expires_at)
        return -EKEYEXPIRED;
    if (inv->max_uses && inv->uses >= inv->max_uses)
        return -EDQUOT;
    return 0;
}

int reader_join_invite(struct store *st, const char *token, const struct http_request *req,
                       struct reader_ctx *rc, struct response *res, struct store_member *member,
                       struct store_invite *inv)
{
    char csrf[READER_CSRF_LEN + 2];
    struct store_invite local;
    struct store_channel ch;
    unsigned char hash[32];

    if (!inv)
        inv = &local;
    memset(inv, 0, sizeof *inv);
    memset(member, 0, sizeof *member);
    form_csrf(req, csrf);
    if (reader_csrf_check(req, rc, csrf[0] ? csrf : NULL) < 0) {
        csrf_refused(res);
        return -EACCES;
    }
    int err = reader_invite_state(st, token, inv);
    int dead = err == -EKEYREVOKED || err == -EKEYEXPIRED || err == -EDQUOT;
    /* A dead invite makes no new reader; a member may still come back
     * through it (store_invite_join lets them in without using it). */
    if (err < 0 && (!dead || !rc->reader_id))
        return err;
    if ((err = reader_ensure(st, req, rc, res)) < 0)
        return err;
    auth_hash(token, strlen(token), hash);
    if ((err = store_invite_join(st, hash, rc->reader_id, crier_now_ms(), member)) < 0) {
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

/* The key that seals a reader's token inside the device link `link`. */
static void seal_key(const char *link, unsigned char key[32])
{
    char msg[sizeof SEAL_LABEL + READER_TOKEN_LEN];
    int n = snprintf(msg, sizeof msg, "%s%s", SEAL_LABEL, link);
    auth_hash(msg, (size_t)n, key);
    OPENSSL_cleanse(msg, sizeof msg);
}

int reader_transfer_create(struct store *st, const struct reader_ctx *rc, char *url, size_t urlsz,
                           int64_t *expires_at)
{
    char link[READER_TOKEN_LEN + 1];
    unsigned char raw[32], key[32], hash[32];
    int err;

    if (!rc->reader_id || token_decode(rc->token, raw) < 0)
        return -ENOENT;
    if ((err = token_mint(link)) < 0)
        return err;
    seal_key(link, key);
    for (int i = 0; i < 32; i++)
        raw[i] ^= key[i];
    auth_hash(link, READER_TOKEN_LEN, hash);
    *expires_at = crier_now_ms() + READER_TRANSFER_MS;
    err = store_transfer_create(st, hash, rc->reader_id, raw, *expires_at);
    OPENSSL_cleanse(raw, sizeof raw);
    OPENSSL_cleanse(key, sizeof key);
    if (err == 0 && snprintf(url, urlsz, "/+device/%s", link) >= (int)urlsz)
        err = -ENOBUFS;
    return err;
}

int reader_device_take(struct store *st, const char *token, const struct http_request *req,
                       struct reader_ctx *rc, struct response *res)
{
    char csrf[READER_CSRF_LEN + 2], tok[READER_TOKEN_LEN + 1];
    unsigned char hash[32], secret[32], key[32];
    struct store_reader r;
    int64_t reader_id = 0;

    form_csrf(req, csrf);
    if (reader_csrf_check(req, rc, csrf[0] ? csrf : NULL) < 0) {
        csrf_refused(res);
        return -EACCES;
    }
    if (!token_shaped(token, READER_TOKEN_LEN, READER_TOKEN_LEN))
        return -ENOENT;
    auth_hash(token, READER_TOKEN_LEN, hash);
    int err = store_transfer_take(st, hash, crier_now_ms(), &reader_id, secret);
    if (err < 0)
        return err;
    seal_key(token, key);
    for (int i = 0; i < 32; i++)
        secret[i] ^= key[i];
    b64url_encode(secret, sizeof secret, tok);
    OPENSSL_cleanse(secret, sizeof secret);
    OPENSSL_cleanse(key, sizeof key);
    auth_hash(tok, READER_TOKEN_LEN, r.hash);
    err = store_reader_lookup(st, r.hash, &r);
    if (err == 0 && r.id != reader_id)
        err = -ENOENT;
    if (err < 0) {
        OPENSSL_cleanse(tok, sizeof tok);
        return err;
    }
    rc->reader_id = reader_id;
    memcpy(rc->token, tok, sizeof tok);
    OPENSSL_cleanse(tok, sizeof tok);
    set_cookie(rc, res, READER_COOKIE, rc->token, 1);
    reader_csrf_cookie(rc, res);
    reader_redirect(res, "/");
    return 0;
}

int reader_feed_key(struct store *st, const struct reader_ctx *rc, const struct store_member *m,
                    char key[READER_TOKEN_LEN + 1])
{
    char msg[80];
    unsigned char mac[32], hash[32];
    unsigned int maclen = sizeof mac;

    if (!rc->reader_id || rc->reader_id != m->reader_id ||
        !token_shaped(rc->token, READER_TOKEN_LEN, READER_TOKEN_LEN))
        return -ENOENT;
    int n = snprintf(msg, sizeof msg, "crier-feed:%lld:%lld", (long long)m->channel_id,
                     (long long)m->joined_at);
    if (!HMAC(EVP_sha256(), rc->token, READER_TOKEN_LEN, (const unsigned char *)msg, (size_t)n, mac,
              &maclen) ||
        maclen != sizeof mac)
        return CRIER_ESTORE;
    b64url_encode(mac, sizeof mac, key);
    auth_hash(key, READER_TOKEN_LEN, hash);
    return store_member_feed_set(st, m->channel_id, m->reader_id, hash);
}

int reader_feed_key_check(struct store *st, int64_t channel_id, const char *key)
{
    unsigned char hash[32];
    struct store_member m;
    if (!key || !token_shaped(key, READER_TOKEN_LEN, READER_TOKEN_LEN))
        return -EACCES;
    auth_hash(key, READER_TOKEN_LEN, hash);
    int err = store_member_feed_lookup(st, hash, &m);
    if (err == -ENOENT)
        return -EACCES;
    if (err < 0)
        return err;
    return m.channel_id == channel_id && m.state == STORE_MEMBER_ACTIVE ? 0 : -EACCES;
}
