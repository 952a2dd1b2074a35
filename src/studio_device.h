/*
 * studio_device: the browsers an editor has signed in from ("known
 * devices", as OWASP calls them). A successful sign-in leaves a signed,
 * long-lived cookie naming the account and a random device id; a later
 * sign-in from that browser counts its failures in a bucket of its own
 * instead of the account's. Wrong guesses at an account from anywhere else
 * then empty the account's bucket, as they should, without locking out the
 * editor at a browser the node already knows.
 *
 * The cookie holds no session and opens nothing: it only chooses a bucket.
 * HMAC-SHA-256 with the node's secret (sign.h). Pure functions, any thread.
 */
#ifndef CRIER_STUDIO_DEVICE_H
#define CRIER_STUDIO_DEVICE_H

#include <stddef.h>
#include <stdint.h>

#define STUDIO_DEVICE_COOKIE "crier_known"
#define STUDIO_DEVICE_DAYS 365
#define STUDIO_DEVICE_ID_LEN 22 /* base64url of 16 random bytes */
#define STUDIO_DEVICE_VALUE_MAX 128

/* A new cookie value for user_id, valid STUDIO_DEVICE_DAYS from now_s:
 * "<user>.<expires>.<device>.<mac>". 0, or -EIO without randomness. */
int studio_device_make(const uint8_t *secret, int64_t user_id, int64_t now_s,
                       char out[STUDIO_DEVICE_VALUE_MAX]);

/* 0 with device (STUDIO_DEVICE_ID_LEN + 1 bytes) filled when value is a
 * cookie this node made for user_id and not expired at now_s; else -EACCES. */
int studio_device_check(const uint8_t *secret, const char *value, int64_t user_id, int64_t now_s,
                        char device[STUDIO_DEVICE_ID_LEN + 1]);

#endif
