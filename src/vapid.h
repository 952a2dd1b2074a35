/*
 * vapid: the application server's identity for Web Push (RFC 8292): a P-256
 * key pair, and the "Authorization: vapid t=<JWT>, k=<public key>" header
 * with an ES256 JWT whose "aud" is the push service's origin, "exp" at most
 * 24 hours ahead and "sub" the operator's contact (mailto: or https:).
 *
 * Signing is the costly part, so struct vapid keeps one signed header per
 * origin and reuses it until it is within an hour of expiry: a selection to
 * 100,000 subscriptions on one push service signs once. Bounded: at most
 * VAPID_CACHE origins, the oldest replaced.
 *
 * A struct vapid is used by one thread at a time (the sender's).
 */
#ifndef CRIER_VAPID_H
#define CRIER_VAPID_H

#include <stddef.h>
#include <stdint.h>

#define VAPID_PRIVATE_LEN 32
#define VAPID_PUBLIC_LEN 65
#define VAPID_PUBLIC_B64_LEN 87 /* base64url, no padding, of 65 bytes */
#define VAPID_SUB_MAX 160       /* the longest "sub" vapid_new takes */
#define VAPID_ORIGIN_MAX 160    /* the longest origin vapid_header signs for */
/* "vapid t=..., k=..." with the longest sub and origin fits (about 700). */
#define VAPID_HEADER_MAX 768
#define VAPID_TTL_S (12 * 3600) /* exp = now + this; well under the 24 h cap */
#define VAPID_CACHE 64

struct vapid;

/* Makes a new P-256 key pair: the private scalar (32 bytes, big-endian) is
 * what the store keeps. 0 or -EIO. */
int vapid_keygen(uint8_t priv[VAPID_PRIVATE_LEN]);

/* Loads the key pair from its private scalar; sub is the JWT's "sub"
 * ("mailto:ops@example.org" or an https URL; copied). 0, -EINVAL (not a
 * valid scalar, or sub empty, not mailto:/https:, longer than VAPID_SUB_MAX
 * or with a character outside printable ASCII, a quote or a backslash),
 * -EIO. */
int vapid_new(struct vapid **out, const uint8_t priv[VAPID_PRIVATE_LEN], const char *sub);
void vapid_free(struct vapid *v);

/* The public key, base64url without padding, NUL-terminated: what
 * GET /api/v1/push/key answers and what the browser's
 * applicationServerKey is. */
const char *vapid_public_b64(const struct vapid *v);
/* The same from a private scalar alone (the CLI). out has
 * VAPID_PUBLIC_B64_LEN + 1 bytes. 0 or -EINVAL. */
int vapid_public_of(const uint8_t priv[VAPID_PRIVATE_LEN], char out[VAPID_PUBLIC_B64_LEN + 1]);

/* The Authorization header value for a request to endpoint (an http(s) URL;
 * the origin is its scheme://host[:port], lower case, the port only when
 * not the scheme's default) at time now_s: "vapid t=<jwt>, k=<public>".
 * Points into v's cache, valid until the next call. NULL when the URL has
 * no origin (another scheme, userinfo, a bad host or port, an origin over
 * VAPID_ORIGIN_MAX) or signing failed. */
const char *vapid_header(struct vapid *v, const char *endpoint, int64_t now_s);

/* The JWT part alone, signed now (no cache), into out (outsz bytes): for the
 * unit tests that verify it. 0, -ENOSPC, -EINVAL (aud empty, over
 * VAPID_ORIGIN_MAX, or with a quote, a backslash or a control character),
 * -EIO. */
int vapid_jwt(struct vapid *v, const char *aud, int64_t exp_s, char *out, size_t outsz);

#endif
