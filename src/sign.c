#include "sign.h"

#include <errno.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdlib.h>
#include <string.h>

#include "token.h"

/* A domain tag first, so that a MAC made here can never be replayed as a
 * MAC of some other HMAC use of the same secret; then the purpose with its
 * length in front (no separator that a purpose could contain), and the two
 * integers at fixed width, big-endian. Every (purpose, id, expires) has
 * exactly one encoding and no two share one. */
#define SIGN_TAG "crier-sign-v1"
#define SIGN_PURPOSE_MAX 255

static void put_be64(unsigned char *p, uint64_t v)
{
    for (int i = 7; i >= 0; i--, v >>= 8)
        p[i] = (unsigned char)(v & 0xff);
}

static void sign_raw(const uint8_t secret[SIGN_SECRET_LEN], const char *purpose, int64_t id,
                     int64_t expires_s, unsigned char mac[32])
{
    unsigned char msg[sizeof SIGN_TAG + 1 + SIGN_PURPOSE_MAX + 16];
    size_t plen = strnlen(purpose, SIGN_PURPOSE_MAX + 1), n = 0;
    unsigned int maclen = 0;

    /* Purposes are the server's own short constants ("confirm", "unsub"). */
    if (plen > SIGN_PURPOSE_MAX)
        abort();
    memcpy(msg, SIGN_TAG, sizeof SIGN_TAG); /* with its NUL */
    n = sizeof SIGN_TAG;
    msg[n++] = (unsigned char)plen;
    memcpy(msg + n, purpose, plen);
    n += plen;
    put_be64(msg + n, (uint64_t)id);
    put_be64(msg + n + 8, (uint64_t)expires_s);
    n += 16;
    /* HMAC() fails only when OpenSSL cannot allocate: out of memory aborts,
     * as everywhere else in crier. */
    if (!HMAC(EVP_sha256(), secret, SIGN_SECRET_LEN, msg, n, mac, &maclen) || maclen != 32)
        abort();
}

void sign_make(const uint8_t secret[SIGN_SECRET_LEN], const char *purpose, int64_t id,
               int64_t expires_s, char out[SIGN_MAC_LEN + 1])
{
    unsigned char mac[32];
    sign_raw(secret, purpose, id, expires_s, mac);
    token_encode(mac, sizeof mac, out);
}

int sign_check(const uint8_t secret[SIGN_SECRET_LEN], const char *purpose, int64_t id,
               int64_t expires_s, const char *mac, int64_t now_s)
{
    char want[SIGN_MAC_LEN + 1];

    if (!mac || strnlen(mac, SIGN_MAC_LEN + 1) != SIGN_MAC_LEN ||
        strnlen(purpose, SIGN_PURPOSE_MAX + 1) > SIGN_PURPOSE_MAX)
        return -EACCES;
    sign_make(secret, purpose, id, expires_s, want);
    /* Constant time: a timing difference must not tell how much of a
     * forged MAC was right. */
    if (CRYPTO_memcmp(want, mac, SIGN_MAC_LEN) != 0)
        return -EACCES;
    /* Only an authentic link learns that it expired. */
    if (expires_s != 0 && expires_s < now_s)
        return -ETIMEDOUT;
    return 0;
}
