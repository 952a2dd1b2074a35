#include "auth.h"

#include <errno.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <pthread.h>
#include <string.h>

#include "crier.h"

int auth_random(void *p, size_t n)
{
    return RAND_bytes(p, (int)n) == 1 ? 0 : -EIO;
}

/* SHA256() looks the digest up in OpenSSL's provider store on every call,
 * under its lock: on a request's cold path that was most of the hash's
 * cost. The method is fetched once and kept for the process. */
static EVP_MD *sha256_md;
static pthread_once_t sha256_once = PTHREAD_ONCE_INIT;

static void sha256_fetch(void)
{
    sha256_md = EVP_MD_fetch(NULL, "SHA256", NULL);
}

void auth_hash(const char *token, size_t len, unsigned char hash[32])
{
    pthread_once(&sha256_once, sha256_fetch);
    if (!sha256_md || !EVP_Digest(token, len, hash, NULL, sha256_md, NULL))
        SHA256((const unsigned char *)token, len, hash);
}

int auth_token_new(char out[AUTH_TOKEN_LEN + 1], unsigned char hash[32])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char raw[32];

    if (auth_random(raw, sizeof raw) < 0)
        return CRIER_ESTORE;
    memcpy(out, "crier_", 6);
    for (size_t i = 0; i < sizeof raw; i++) {
        out[6 + 2 * i] = hex[raw[i] >> 4];
        out[6 + 2 * i + 1] = hex[raw[i] & 15];
    }
    out[AUTH_TOKEN_LEN] = '\0';
    OPENSSL_cleanse(raw, sizeof raw);
    auth_hash(out, AUTH_TOKEN_LEN, hash);
    return 0;
}

static int check(struct store *st, const char *token, int cached, struct store_token *out)
{
    unsigned char hash[32];
    size_t len = strlen(token);
    int rc;

    if (len != AUTH_TOKEN_LEN || memcmp(token, "crier_", 6) != 0)
        return -EINVAL;
    auth_hash(token, len, hash);
    rc = cached ? store_token_lookup_cached(st, hash, out) : store_token_lookup(st, hash, out);
    if (rc < 0)
        return rc;
    if (CRYPTO_memcmp(hash, out->hash, sizeof hash) != 0)
        return -ENOENT;
    int64_t now = crier_now_ms();
    if (now - out->last_used_at > 60000) {
        if (store_token_touch(st, out->id, now) == 0)
            out->last_used_at = now;
    }
    return 0;
}

int auth_check(struct store *st, const char *token, struct store_token *out)
{
    return check(st, token, 0, out);
}

int auth_check_cached(struct store *st, const char *token, struct store_token *out)
{
    return check(st, token, 1, out);
}

int auth_can_publish(const struct store_token *t, int64_t channel_id)
{
    if (t->scope == STORE_SCOPE_ADMIN)
        return 1;
    return t->scope == STORE_SCOPE_PUBLISH && t->channel_id == channel_id;
}

const char *auth_scope_name(int scope)
{
    return scope == STORE_SCOPE_ADMIN ? "admin" : scope == STORE_SCOPE_PUBLISH ? "publish" : "?";
}

int auth_scope_parse(const char *name, int *scope)
{
    if (strcmp(name, "admin") == 0)
        *scope = STORE_SCOPE_ADMIN;
    else if (strcmp(name, "publish") == 0)
        *scope = STORE_SCOPE_PUBLISH;
    else
        return -EINVAL;
    return 0;
}
