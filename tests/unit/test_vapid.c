/* Unit tests for src/vapid.c: keys (fresh, loaded, refused), the "sub"
 * rule, the origin an endpoint gives the JWT's "aud", the per-origin cache
 * of signed headers (reused, renewed near expiry, bounded), and the JWT
 * verified by the npm package jose (an independent implementation, through
 * tests/unit/push_check.mjs). */
#include <errno.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ece.h"
#include "tap.h"
#include "vapid.h"

static const uint8_t order[32] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xBC, 0xE6, 0xFA, 0xAD, 0xA7, 0x17,
    0x9E, 0x84, 0xF3, 0xB9, 0xCA, 0xC2, 0xFC, 0x63, 0x25, 0x51}; /* n */

static const char SUB[] = "mailto:ops@example.org";

static int b64v(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    return c == '-' ? 62 : c == '_' ? 63 : -1;
}

/* Decodes the n base64url characters at s into out: the length, or -1. */
static int unb64n(const char *s, size_t n, uint8_t *out, size_t cap)
{
    unsigned acc = 0;
    int bits = 0;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        int v = b64v(s[i]);
        if (v < 0)
            return -1;
        acc = acc << 6 | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (o == cap)
                return -1;
            out[o++] = (uint8_t)(acc >> bits);
        }
    }
    return (int)o;
}

/* Part i (0 header, 1 payload) of a JWT as JSON, or NULL. */
static json_t *jwt_part(const char *jwt, int i)
{
    uint8_t buf[1024];
    const char *p = jwt, *dot;
    for (; i > 0 && p; i--)
        p = (dot = strchr(p, '.')) ? dot + 1 : NULL;
    if (!p || !(dot = strchr(p, '.')))
        return NULL;
    int n = unb64n(p, (size_t)(dot - p), buf, sizeof buf);
    return n < 0 ? NULL : json_loadb((const char *)buf, (size_t)n, 0, NULL);
}

/* The JWT (t=) of an Authorization value into jwt, the key (k=) into key. */
static int split_header(const char *h, char *jwt, size_t jn, char *key, size_t kn)
{
    const char *k;
    if (!h || strncmp(h, "vapid t=", 8) != 0 || !(k = strstr(h, ", k=")))
        return -1;
    if ((size_t)(k - h - 8) >= jn || strlen(k + 4) >= kn)
        return -1;
    memcpy(jwt, h + 8, (size_t)(k - h - 8));
    jwt[k - h - 8] = '\0';
    memcpy(key, k + 4, strlen(k + 4) + 1);
    return 0;
}

/* The "aud" vapid_header signs for endpoint, into out ("" for NULL). */
static const char *aud_of(struct vapid *v, const char *endpoint, int64_t now)
{
    static char aud[VAPID_ORIGIN_MAX + 1];
    char jwt[VAPID_HEADER_MAX], key[128];
    const char *h = vapid_header(v, endpoint, now);
    json_t *p = NULL;

    aud[0] = '\0';
    if (h && split_header(h, jwt, sizeof jwt, key, sizeof key) == 0 && (p = jwt_part(jwt, 1)))
        snprintf(aud, sizeof aud, "%s", json_string_value(json_object_get(p, "aud")));
    json_decref(p);
    return h ? aud : NULL;
}

/* ---- keys ---- */

static void test_keys(void)
{
    uint8_t k1[32], k2[32], pub[ECE_PUBLIC_LEN], d[32];
    char b64[VAPID_PUBLIC_B64_LEN + 1];
    struct vapid *v = NULL;

    is_int(vapid_keygen(k1), 0, "a key");
    is_int(vapid_keygen(k2), 0, "another");
    ok(memcmp(k1, k2, 32) != 0, "they differ");
    is_int(ece_public_of(k1, pub), 0, "a valid scalar");
    is_int(vapid_public_of(k1, b64), 0, "its public key");
    is_int(strlen(b64), VAPID_PUBLIC_B64_LEN, "87 characters");
    is_int(vapid_new(&v, k1, SUB), 0, "loaded");
    is_str(vapid_public_b64(v), b64, "vapid_public_b64 is vapid_public_of");
    uint8_t back[80];
    is_int(unb64n(b64, strlen(b64), back, sizeof back), ECE_PUBLIC_LEN, "decodes to 65 bytes");
    ok(memcmp(back, pub, ECE_PUBLIC_LEN) == 0 && back[0] == 4, "the uncompressed point");
    vapid_free(v);

    memset(d, 0, 32);
    v = (struct vapid *)1;
    is_int(vapid_new(&v, d, SUB), -EINVAL, "scalar 0 refused");
    ok(v == NULL, "and nothing made");
    is_int(vapid_public_of(d, b64), -EINVAL, "nor given a public key");
    is_int(vapid_new(&v, order, SUB), -EINVAL, "scalar n (the group order) refused");
    is_int(vapid_public_of(order, b64), -EINVAL, "nor given a public key");
    memset(d, 0xFF, 32);
    is_int(vapid_new(&v, d, SUB), -EINVAL, "scalar 2^256 - 1 refused");
    memcpy(d, order, 32);
    d[31]--;
    is_int(vapid_new(&v, d, SUB), 0, "scalar n - 1 taken");
    vapid_free(v);

    static const char *const bad[] = {"",
                                      "ops@example.org",
                                      "mailto:",
                                      "https://",
                                      "http://example.org/contact",
                                      "mailto:a\"b@example.org",
                                      "mailto:a\\b@example.org",
                                      "MAILTO:ops@example.org"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        is_int(vapid_new(&v, k1, bad[i]), -EINVAL, "sub \"%s\" refused", bad[i]);
    is_int(vapid_new(&v, k1, "mailto:ops@example.org\n"), -EINVAL, "a sub with a newline refused");
    is_int(vapid_new(&v, k1, NULL), -EINVAL, "no sub refused");
    char longsub[VAPID_SUB_MAX + 2];
    memcpy(longsub, "mailto:", 7);
    memset(longsub + 7, 'a', sizeof longsub - 8);
    longsub[sizeof longsub - 1] = '\0';
    is_int(vapid_new(&v, k1, longsub), -EINVAL, "a sub over VAPID_SUB_MAX refused");
    longsub[VAPID_SUB_MAX] = '\0';
    is_int(vapid_new(&v, k1, longsub), 0, "one of VAPID_SUB_MAX taken");
    ok(vapid_header(v, "https://a-rather-long-push-service-name.example.com/x", 1) != NULL,
       "and its header fits");
    vapid_free(v);
    is_int(vapid_new(&v, k1, "https://example.org/contact"), 0, "an https sub taken");
    vapid_free(v);
}

/* ---- origins ---- */

static void test_origins(struct vapid *v)
{
    static const char *const good[][2] = {
        {"https://fcm.googleapis.com/fcm/send/abc", "https://fcm.googleapis.com"},
        {"http://127.0.0.1:8123/x", "http://127.0.0.1:8123"},
        {"https://push.example:443/x", "https://push.example"},
        {"http://push.example:80/x", "http://push.example"},
        {"https://push.example:80/x", "https://push.example:80"},
        {"https://push.example:8443", "https://push.example:8443"},
        {"https://push.example:/x", "https://push.example"},
        {"HTTPS://Updates.Push.Services.Mozilla.COM/wpush/v2/x",
         "https://updates.push.services.mozilla.com"},
        {"https://web.push.apple.com?x=1", "https://web.push.apple.com"},
        {"https://web.push.apple.com#f", "https://web.push.apple.com"},
        {"http://[::1]:8123/p", "http://[::1]:8123"},
        {"https://[2001:DB8::1]/p", "https://[2001:db8::1]"},
    };
    static const char *const bad[] = {
        "ftp://push.example/x", "https://",         "https:///x",
        "https://user@host/x",  "https://host:0/",  "https://host:65536/",
        "https://host:8a/",     "https://ho st/",   "mailto:ops@example.org",
        "https://[::1/x",       "https://[]/x",     "https://host:+80/",
        "//push.example/x",     "https://h%41st/x", "https://[::1]x/",
    };
    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        is_str(aud_of(v, good[i][0], 1000), good[i][1], "%s", good[i][0]);
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        ok(vapid_header(v, bad[i], 1000) == NULL, "no origin in %s", bad[i]);
}

/* ---- the cache ---- */

static void test_cache(const uint8_t key[32])
{
    static char first[VAPID_HEADER_MAX], again[VAPID_HEADER_MAX];
    const int64_t t = 1800000000;
    struct vapid *v;
    const char *h, *h2;
    char ep[64];

    if (vapid_new(&v, key, SUB) != 0) {
        ok(0, "vapid_new");
        return;
    }
    h = vapid_header(v, "https://fcm.googleapis.com/fcm/send/abc", t);
    ok(h != NULL, "a header");
    snprintf(first, sizeof first, "%s", h ? h : "");
    h2 = vapid_header(v, "https://fcm.googleapis.com/fcm/send/def", t + 60);
    ok(h2 == h, "the same origin a minute later: the same cache slot");
    is_str(h2, first, "the same value: not signed again (ECDSA signatures are randomised)");
    h2 = vapid_header(v, "https://updates.push.services.mozilla.com/wpush/v2/x", t + 60);
    ok(h2 && strcmp(h2, first) != 0, "another origin: its own header");
    is_str(vapid_header(v, "https://fcm.googleapis.com/x", t + VAPID_TTL_S - 3601), first,
           "reused until an hour before expiry");
    h = vapid_header(v, "https://fcm.googleapis.com/x", t + VAPID_TTL_S - 3600);
    ok(h && strcmp(h, first) != 0, "signed anew within the hour");
    snprintf(again, sizeof again, "%s", h ? h : "");
    json_t *p = NULL;
    char jwt[VAPID_HEADER_MAX], k[128];
    if (h && split_header(h, jwt, sizeof jwt, k, sizeof k) == 0)
        p = jwt_part(jwt, 1);
    is_int(json_integer_value(json_object_get(p, "exp")), t + 2 * VAPID_TTL_S - 3600,
           "with a new exp");
    json_decref(p);
    h = vapid_header(v, "https://fcm.googleapis.com/x", t);
    ok(h && strcmp(h, again) != 0, "a clock gone back (exp over 24 h ahead): signed anew");

    /* VAPID_CACHE origins fit; one more replaces the oldest. */
    vapid_free(v);
    vapid_new(&v, key, SUB);
    snprintf(first, sizeof first, "%s", vapid_header(v, "https://a.example/x", t));
    for (int i = 1; i < VAPID_CACHE; i++) {
        snprintf(ep, sizeof ep, "https://o%d.example/x", i);
        vapid_header(v, ep, t);
    }
    is_str(vapid_header(v, "https://a.example/y", t), first,
           "VAPID_CACHE origins: the first is still cached");
    vapid_header(v, "https://one-more.example/x", t);
    h = vapid_header(v, "https://a.example/y", t);
    ok(h && strcmp(h, first) != 0, "one more: the oldest was replaced, signed anew");
    snprintf(ep, sizeof ep, "https://o%d.example/x", VAPID_CACHE - 1);
    snprintf(again, sizeof again, "%s", vapid_header(v, ep, t));
    is_str(vapid_header(v, ep, t), again, "the newest are still there");
    vapid_free(v);
}

/* ---- jose (npm), an independent verifier ---- */

static void skip(int count, const char *why)
{
    for (int i = 0; i < count; i++) {
        tap_n++;
        printf("ok %d # skip %s\n", tap_n, why);
    }
}

static int find_helper(const char *argv0, char *out, size_t outlen)
{
    const char *rel = "tests/unit/push_check.mjs";
    const char *slash = strrchr(argv0, '/');
    if (access(rel, R_OK) == 0) {
        snprintf(out, outlen, "%s", rel);
        return 0;
    }
    if (slash) {
        snprintf(out, outlen, "%.*s/../../../%s", (int)(slash - argv0), argv0, rel);
        if (access(out, R_OK) == 0)
            return 0;
    }
    return -1;
}

/* jose's verdict on jwt under the public key pub: the verified header and
 * payload as JSON, or NULL when it refuses. */
static json_t *jose_verify(const char *helper, const char *jwt, const char *pub)
{
    char cmd[8192], line[4096];
    if (snprintf(cmd, sizeof cmd, "node '%s' jwt '%s' '%s' 2>/dev/null", helper, jwt, pub) >=
        (int)sizeof cmd)
        return NULL;
    FILE *f = popen(cmd, "r");
    if (!f)
        return NULL;
    if (!fgets(line, sizeof line, f))
        line[0] = '\0';
    int st = pclose(f);
    return st == 0 ? json_loads(line, 0, NULL) : NULL;
}

static void test_jose(const char *argv0, const uint8_t key[32])
{
    enum { NCHECKS = 14 };
    char helper[4096], jwt[VAPID_HEADER_MAX], hjwt[VAPID_HEADER_MAX], k[128];
    int64_t now = (int64_t)time(NULL);
    struct vapid *v;

    if (system("node --version >/dev/null 2>&1") != 0) {
        skip(NCHECKS, "node is not installed");
        return;
    }
    if (find_helper(argv0, helper, sizeof helper) < 0) {
        skip(NCHECKS, "tests/unit/push_check.mjs not found (run from the repository root)");
        return;
    }
    if (vapid_new(&v, key, SUB) != 0) {
        ok(0, "vapid_new");
        return;
    }
    is_int(vapid_jwt(v, "https://fcm.googleapis.com", now + 3600, jwt, sizeof jwt), 0, "a JWT");
    const char *sig = strrchr(jwt, '.');
    is_int(sig ? strlen(sig + 1) : 0, 86, "its signature is 64 bytes (r || s), not DER");
    json_t *r = jose_verify(helper, jwt, vapid_public_b64(v));
    ok(r != NULL, "jose verifies it (ES256) with the public key as a JWK");
    json_t *hd = json_object_get(r, "header"), *pl = json_object_get(r, "payload");
    is_str(json_string_value(json_object_get(hd, "alg")), "ES256", "alg ES256");
    is_str(json_string_value(json_object_get(hd, "typ")), "JWT", "typ JWT");
    is_str(json_string_value(json_object_get(pl, "aud")), "https://fcm.googleapis.com", "aud");
    is_int(json_integer_value(json_object_get(pl, "exp")), now + 3600, "exp");
    is_str(json_string_value(json_object_get(pl, "sub")), SUB, "sub");
    json_decref(r);

    char *dot = strchr(jwt, '.');
    dot[3] = dot[3] == 'A' ? 'B' : 'A'; /* the payload changed under its signature */
    r = jose_verify(helper, jwt, vapid_public_b64(v));
    ok(r == NULL, "a changed payload is refused");
    json_decref(r);

    const char *h = vapid_header(v, "http://127.0.0.1:8123/push/1", now);
    is_int(split_header(h, hjwt, sizeof hjwt, k, sizeof k), 0, "vapid t=<jwt>, k=<key>");
    is_str(k, vapid_public_b64(v), "k= is vapid_public_b64");
    r = jose_verify(helper, hjwt, k);
    pl = json_object_get(r, "payload");
    ok(r != NULL, "jose verifies the header's JWT with the header's key");
    is_str(json_string_value(json_object_get(pl, "aud")), "http://127.0.0.1:8123", "aud");
    is_int(json_integer_value(json_object_get(pl, "exp")), now + VAPID_TTL_S,
           "exp now + VAPID_TTL_S");
    json_decref(r);
    vapid_free(v);
}

static void test_jwt_limits(const uint8_t key[32])
{
    char out[VAPID_HEADER_MAX], aud[VAPID_ORIGIN_MAX + 2];
    struct vapid *v;

    vapid_new(&v, key, SUB);
    is_int(vapid_jwt(v, "https://push.example", 1, out, 100), -ENOSPC, "a small buffer: -ENOSPC");
    is_int(vapid_jwt(v, "https://push.example\"x", 1, out, sizeof out), -EINVAL,
           "a quote in aud: -EINVAL");
    is_int(vapid_jwt(v, "", 1, out, sizeof out), -EINVAL, "an empty aud: -EINVAL");
    memset(aud, 'a', sizeof aud - 1);
    aud[sizeof aud - 1] = '\0';
    is_int(vapid_jwt(v, aud, 1, out, sizeof out), -EINVAL, "an aud over VAPID_ORIGIN_MAX");
    vapid_free(v);
}

int main(int argc, char **argv)
{
    uint8_t key[32];
    struct vapid *v;

    (void)argc;
    if (vapid_keygen(key) != 0 || vapid_new(&v, key, SUB) != 0) {
        printf("Bail out! no key\n");
        return 1;
    }
    test_keys();
    test_origins(v);
    vapid_free(v);
    test_cache(key);
    test_jwt_limits(key);
    test_jose(argv[0], key);
    return done_testing();
}
