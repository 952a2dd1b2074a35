#include "token.h"

#include <errno.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <string.h>

#include "crier.h"

static const char b64url_chars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

void token_encode(const unsigned char *in, size_t n, char *out)
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

int token_decode_n(const char *s, unsigned char *out, size_t n)
{
    size_t len = strnlen(s, n * 4 / 3 + 8), want = (n * 8 + 5) / 6;
    unsigned acc = 0;
    int bits = 0;
    size_t o = 0;

    while (len > want && s[len - 1] == '=') /* padding, which some clients keep */
        len--;
    if (len != want)
        return -EINVAL;
    for (size_t i = 0; i < len; i++) {
        int v = b64url_value(s[i]);
        if (v < 0)
            return -EINVAL;
        acc = acc << 6 | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[o++] = (unsigned char)(acc >> bits & 0xff);
        }
    }
    /* the bits left over must be zero: one text, one value */
    return o == n && (acc & ((1u << bits) - 1)) == 0 ? 0 : -EINVAL;
}

int token_decode(const char *s, unsigned char out[32])
{
    if (strnlen(s, TOKEN_LEN + 1) != TOKEN_LEN)
        return -EINVAL;
    return token_decode_n(s, out, 32);
}

int token_shaped_n(const char *s, size_t n, size_t lo, size_t hi)
{
    if (n < lo || n > hi)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (b64url_value(s[i]) < 0)
            return 0;
    return 1;
}

int token_shaped(const char *s, size_t lo, size_t hi)
{
    return token_shaped_n(s, strnlen(s, hi + 1), lo, hi);
}

int token_new(char out[TOKEN_LEN + 1])
{
    unsigned char raw[32];
    if (RAND_bytes(raw, sizeof raw) != 1)
        return CRIER_ESTORE;
    token_encode(raw, sizeof raw, out);
    OPENSSL_cleanse(raw, sizeof raw);
    return 0;
}
