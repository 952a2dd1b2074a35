/*
 * token: the secret tokens readers hold (the reader cookie, the CSRF
 * cookie, invite links, device links, feed keys): base64url text, without
 * padding, of 32 random bytes. Only their SHA-256 (auth_hash) reaches the
 * store.
 */
#ifndef CRIER_TOKEN_H
#define CRIER_TOKEN_H

#include <stddef.h>

#define TOKEN_LEN 43 /* base64url of 32 bytes */
/* What a link (/+{token}, /+device/{token}) is read as a token from: 16 to
 * 64 base64url characters (the tokens made now are TOKEN_LEN). */
#define TOKEN_LINK_MIN 16
#define TOKEN_LINK_MAX 64

/* A new token (TOKEN_LEN characters and a NUL): 0, or CRIER_ESTORE when the
 * system has no randomness to give. */
int token_new(char out[TOKEN_LEN + 1]);
/* base64url of in[0..n) without padding; out holds 4 * ceil(n / 3) + 1 bytes. */
void token_encode(const unsigned char *in, size_t n, char *out);
/* The 32 bytes of a TOKEN_LEN token: 0, or -EINVAL when s is not one. */
int token_decode(const char *s, unsigned char out[32]);
/* Decodes base64url text of exactly n bytes (trailing '=' padding
 * tolerated; the unused low bits must be zero) into out. 0 or -EINVAL. */
int token_decode_n(const char *s, unsigned char *out, size_t n);
/* 1 when s is lo to hi base64url characters (then a NUL), else 0. Reads at
 * most hi + 1 bytes of s. */
int token_shaped(const char *s, size_t lo, size_t hi);
/* The same for the n bytes at s (a piece of a path, not NUL-terminated). */
int token_shaped_n(const char *s, size_t n, size_t lo, size_t hi);

#endif
