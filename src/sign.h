/*
 * sign: links the server signs so that it can trust them when they come
 * back, without storing them: the email confirmation link (expires) and the
 * unsubscribe link (does not). HMAC-SHA-256 with the node's secret, over a
 * purpose, an id and an expiry, in base64url; compared in constant time.
 * Pure functions, any thread.
 */
#ifndef CRIER_SIGN_H
#define CRIER_SIGN_H

#include <stddef.h>
#include <stdint.h>

#define SIGN_SECRET_LEN 32
#define SIGN_MAC_LEN 43 /* base64url of 32 bytes, no padding */

/* The MAC of (purpose, id, expires_s) into out (SIGN_MAC_LEN + 1 bytes,
 * NUL-terminated). expires_s 0: never expires. purpose is the caller's own
 * constant ("confirm", "unsub"), at most 255 bytes; the MAC of one purpose
 * never checks out for another. */
void sign_make(const uint8_t secret[SIGN_SECRET_LEN], const char *purpose, int64_t id,
               int64_t expires_s, char out[SIGN_MAC_LEN + 1]);
/* 0 when mac is the MAC of (purpose, id, expires_s) and expires_s is 0 or
 * not before now_s; -EACCES for a wrong MAC; -ETIMEDOUT when expired. */
int sign_check(const uint8_t secret[SIGN_SECRET_LEN], const char *purpose, int64_t id,
               int64_t expires_s, const char *mac, int64_t now_s);

#endif
