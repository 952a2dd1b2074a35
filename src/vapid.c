/*
 * vapid: RFC 8292's application-server identity (see vapid.h). The JWT is
 * ES256 (RFC 7518 section 3.4): ECDSA P-256 over SHA-256 by libcrypto,
 * whose DER signature is rewritten as the 64 bytes r || s that JWS wants.
 */
#include "vapid.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include "ece.h"
#include "token.h"
#include "xmalloc.h"

/* base64url of {"typ":"JWT","alg":"ES256"}: the same for every token. */
static const char jwt_header[] = "eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9";
#define SIG_B64_LEN 86    /* base64url of r || s, 64 bytes */
#define RENEW_BEFORE 3600 /* a cached header is signed again this close to exp */
/* {"aud":"","exp":,"sub":""} with a 20-digit exp */
#define PAYLOAD_MAX (VAPID_ORIGIN_MAX + VAPID_SUB_MAX + 48)

struct vapid_entry {
    char origin[VAPID_ORIGIN_MAX + 1]; /* "" when the slot is free */
    int64_t exp;
    uint64_t signed_at; /* v->signs when made: the smallest is the oldest */
    char header[VAPID_HEADER_MAX];
};

struct vapid {
    EVP_PKEY *key;
    EVP_MD_CTX *md; /* reset and reused for each signature */
    uint64_t signs;
    char sub[VAPID_SUB_MAX + 1];
    char public_b64[VAPID_PUBLIC_B64_LEN + 1];
    struct vapid_entry cache[VAPID_CACHE];
};

/* 1 when s can sit between JSON quotes as it is: printable ASCII, no
 * quote or backslash (origins and contacts need nothing else). */
static int json_plain(const char *s)
{
    for (; *s; s++)
        if (*s < 0x20 || *s > 0x7e || *s == '"' || *s == '\\')
            return 0;
    return 1;
}

int vapid_keygen(uint8_t priv[VAPID_PRIVATE_LEN])
{
    EVP_PKEY *k = EVP_EC_gen("P-256");
    BIGNUM *d = NULL;
    int rc = k && EVP_PKEY_get_bn_param(k, OSSL_PKEY_PARAM_PRIV_KEY, &d) == 1 &&
                     BN_bn2binpad(d, priv, VAPID_PRIVATE_LEN) == VAPID_PRIVATE_LEN
                 ? 0
                 : -EIO;
    BN_clear_free(d);
    EVP_PKEY_free(k);
    if (rc < 0)
        ERR_clear_error();
    return rc;
}

int vapid_public_of(const uint8_t priv[VAPID_PRIVATE_LEN], char out[VAPID_PUBLIC_B64_LEN + 1])
{
    uint8_t pub[VAPID_PUBLIC_LEN];
    int rc = ece_public_of(priv, pub);
    if (rc == 0)
        token_encode(pub, sizeof pub, out);
    return rc;
}

/* The signing key from the scalar and its point (both checked before). */
static EVP_PKEY *load_key(const uint8_t priv[VAPID_PRIVATE_LEN],
                          const uint8_t pub[VAPID_PUBLIC_LEN])
{
    OSSL_PARAM_BLD *b = OSSL_PARAM_BLD_new();
    /* A secure BIGNUM makes the builder put the scalar where
     * OSSL_PARAM_free wipes it. */
    BIGNUM *d = BN_secure_new();
    EVP_PKEY_CTX *c = EVP_PKEY_CTX_new_from_name(NULL, "EC", NULL);
    OSSL_PARAM *p = NULL;
    EVP_PKEY *k = NULL;

    if (b && d && c && BN_bin2bn(priv, VAPID_PRIVATE_LEN, d) &&
        OSSL_PARAM_BLD_push_utf8_string(b, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) == 1 &&
        OSSL_PARAM_BLD_push_octet_string(b, OSSL_PKEY_PARAM_PUB_KEY, pub, VAPID_PUBLIC_LEN) == 1 &&
        OSSL_PARAM_BLD_push_BN(b, OSSL_PKEY_PARAM_PRIV_KEY, d) == 1 &&
        (p = OSSL_PARAM_BLD_to_param(b)) != NULL && EVP_PKEY_fromdata_init(c) == 1 &&
        EVP_PKEY_fromdata(c, &k, EVP_PKEY_KEYPAIR, p) != 1)
        k = NULL; /* (fromdata sets k only when it succeeds) */
    OSSL_PARAM_free(p);
    OSSL_PARAM_BLD_free(b);
    BN_clear_free(d);
    EVP_PKEY_CTX_free(c);
    return k;
}

int vapid_new(struct vapid **out, const uint8_t priv[VAPID_PRIVATE_LEN], const char *sub)
{
    uint8_t pub[VAPID_PUBLIC_LEN];
    struct vapid *v;
    size_t n;
    int rc;

    *out = NULL;
    if (!sub || (n = strnlen(sub, VAPID_SUB_MAX + 1)) > VAPID_SUB_MAX || !json_plain(sub) ||
        !((strncmp(sub, "mailto:", 7) == 0 && n > 7) ||
          (strncmp(sub, "https://", 8) == 0 && n > 8)))
        return -EINVAL;
    rc = ece_public_of(priv, pub);
    if (rc < 0)
        return rc;
    v = xcalloc(1, sizeof *v);
    memcpy(v->sub, sub, n + 1);
    token_encode(pub, sizeof pub, v->public_b64);
    v->key = load_key(priv, pub);
    v->md = EVP_MD_CTX_new();
    if (!v->key || !v->md) {
        vapid_free(v);
        ERR_clear_error();
        return -EIO;
    }
    *out = v;
    return 0;
}

void vapid_free(struct vapid *v)
{
    if (!v)
        return;
    EVP_PKEY_free(v->key);
    EVP_MD_CTX_free(v->md);
    free(v);
}

const char *vapid_public_b64(const struct vapid *v)
{
    return v->public_b64;
}

/* ES256 over in[0..n): the signature as base64url of r || s into
 * out (SIG_B64_LEN + 1 bytes). */
static int sign_es256(struct vapid *v, const char *in, size_t n, char *out)
{
    uint8_t der[80], rs[64];
    const uint8_t *p = der;
    size_t derlen = sizeof der;
    ECDSA_SIG *sig = NULL;
    const BIGNUM *r, *s;
    int rc = -EIO;

    /* ECDSA's DER is a SEQUENCE of two INTEGERs (at most 72 bytes for
     * P-256); JWS wants each as 32 big-endian bytes, zero-padded. */
    if (EVP_MD_CTX_reset(v->md) == 1 &&
        EVP_DigestSignInit_ex(v->md, NULL, "SHA256", NULL, NULL, v->key, NULL) == 1 &&
        EVP_DigestSign(v->md, der, &derlen, (const uint8_t *)in, n) == 1 &&
        (sig = d2i_ECDSA_SIG(NULL, &p, (long)derlen)) != NULL) {
        ECDSA_SIG_get0(sig, &r, &s);
        if (BN_bn2binpad(r, rs, 32) == 32 && BN_bn2binpad(s, rs + 32, 32) == 32) {
            token_encode(rs, sizeof rs, out);
            rc = 0;
        }
    }
    ECDSA_SIG_free(sig);
    if (rc < 0)
        ERR_clear_error();
    return rc;
}

int vapid_jwt(struct vapid *v, const char *aud, int64_t exp_s, char *out, size_t outsz)
{
    char payload[PAYLOAD_MAX];
    size_t alen, hl = sizeof jwt_header - 1, pl, o;
    int n;

    if (!aud || (alen = strnlen(aud, VAPID_ORIGIN_MAX + 1)) == 0 || alen > VAPID_ORIGIN_MAX ||
        !json_plain(aud))
        return -EINVAL;
    n = snprintf(payload, sizeof payload, "{\"aud\":\"%s\",\"exp\":%" PRId64 ",\"sub\":\"%s\"}",
                 aud, exp_s, v->sub);
    if (n < 0 || (size_t)n >= sizeof payload)
        return -EINVAL;
    pl = ((size_t)n * 4 + 2) / 3; /* base64url without padding */
    if (outsz < hl + 1 + pl + 1 + SIG_B64_LEN + 1)
        return -ENOSPC;
    memcpy(out, jwt_header, hl);
    out[hl] = '.';
    token_encode((const uint8_t *)payload, (size_t)n, out + hl + 1);
    o = hl + 1 + pl;
    out[o] = '.';
    return sign_es256(v, out, o, out + o + 1);
}

/* The origin of url, as RFC 6454 serialises it, into out: 0, or -1 when
 * url is not an http(s) URL with a plain host (a name, an IPv4 or an IPv6
 * literal) and at most a port. */
static int origin_of(const char *url, char *out, size_t outsz)
{
    const char *scheme, *host, *hend, *end;
    unsigned long port = 0, defport;
    size_t o;

    if (strncasecmp(url, "https://", 8) == 0)
        scheme = "https", defport = 443, host = url + 8;
    else if (strncasecmp(url, "http://", 7) == 0)
        scheme = "http", defport = 80, host = url + 7;
    else
        return -1;
    end = host + strcspn(host, "/?#");
    if (*host == '[') {
        hend = memchr(host, ']', (size_t)(end - host));
        if (!hend || hend == host + 1)
            return -1;
        for (const char *p = host + 1; p < hend; p++)
            if (!isxdigit((unsigned char)*p) && *p != ':' && *p != '.')
                return -1;
        hend++;
    } else {
        /* Userinfo ('@'), '%', spaces and the like are refused here. */
        for (hend = host; hend < end && *hend != ':'; hend++)
            if (!isalnum((unsigned char)*hend) && *hend != '-' && *hend != '.')
                return -1;
        if (hend == host)
            return -1;
    }
    if (hend < end) {
        char *stop;
        if (*hend != ':' || end - hend > 6)
            return -1;
        if (hend + 1 < end) { /* "host:" is the default port */
            if (!isdigit((unsigned char)hend[1]))
                return -1;
            port = strtoul(hend + 1, &stop, 10);
            if (stop != end || port == 0 || port > 65535)
                return -1;
        }
    }
    o = (size_t)snprintf(out, outsz, "%s://", scheme);
    if (o + (size_t)(hend - host) + 7 > outsz)
        return -1;
    for (const char *p = host; p < hend; p++)
        out[o++] = (char)tolower((unsigned char)*p);
    out[o] = '\0';
    if (port && port != defport)
        snprintf(out + o, outsz - o, ":%lu", port);
    return 0;
}

const char *vapid_header(struct vapid *v, const char *endpoint, int64_t now_s)
{
    char origin[VAPID_ORIGIN_MAX + 8], jwt[VAPID_HEADER_MAX];
    struct vapid_entry *hit = NULL, *e = &v->cache[0];
    int n;

    if (!endpoint || origin_of(endpoint, origin, sizeof origin) < 0 ||
        strlen(origin) > VAPID_ORIGIN_MAX)
        return NULL;
    for (int i = 0; i < VAPID_CACHE && !hit; i++) {
        struct vapid_entry *c = &v->cache[i];
        if (strcmp(c->origin, origin) == 0)
            hit = c;
        else if (e->origin[0] && (!c->origin[0] || c->signed_at < e->signed_at))
            e = c; /* a free slot, else the oldest */
    }
    /* Reused while more than RENEW_BEFORE from expiry, and never when the
     * clock went back so far that exp would be over 24 hours ahead. */
    if (hit && now_s < hit->exp - RENEW_BEFORE && hit->exp - now_s <= VAPID_TTL_S)
        return hit->header;
    if (hit)
        e = hit;
    e->origin[0] = '\0';
    if (vapid_jwt(v, origin, now_s + VAPID_TTL_S, jwt, sizeof jwt) < 0)
        return NULL;
    n = snprintf(e->header, sizeof e->header, "vapid t=%s, k=%s", jwt, v->public_b64);
    if (n < 0 || (size_t)n >= sizeof e->header)
        return NULL;
    memcpy(e->origin, origin, strlen(origin) + 1);
    e->exp = now_s + VAPID_TTL_S;
    e->signed_at = ++v->signs;
    return e->header;
}
