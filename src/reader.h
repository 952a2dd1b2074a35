/*
 * reader: who a browser is (the anonymous reader cookie) and the CSRF
 * defence for cookie-authenticated state changes. A reader is a random
 * 256-bit token in the HttpOnly cookie "crier_reader", stored only as its
 * SHA-256. The CSRF token is a second, non-HttpOnly cookie "crier_csrf" that
 * pages echo back (header X-CSRF-Token or form field "csrf"); a state change
 * also needs an Origin (or Referer) naming this host. Worker threads.
 */
#ifndef CRIER_READER_H
#define CRIER_READER_H

#include <stdint.h>

#include "api.h"
#include "http.h"
#include "store/store.h"

#define READER_CSRF_LEN 43 /* base64url of 32 random bytes */

struct reader_ctx {
    int64_t reader_id;                 /* 0 when the browser has no (valid) reader cookie */
    int tls;                           /* the request came over TLS (X-Forwarded-Proto: https) */
    char csrf[READER_CSRF_LEN + 1];    /* the browser's CSRF token, or a new one */
    int csrf_new;                      /* csrf was minted for this response (set the cookie) */
};

/* Reads the cookies: fills reader_id (0 if none or unknown) and csrf (minting
 * one when the browser has none). Returns 0 or a store error. */
int reader_identify(struct store *st, const struct http_request *req, struct reader_ctx *rc);
/* Makes sure the browser is a reader, creating one and adding its
 * Set-Cookie to res when needed. 0 or < 0. */
int reader_ensure(struct store *st, const struct http_request *req, struct reader_ctx *rc,
                  struct api_response *res);
/* Adds Set-Cookie for the CSRF token to res when it was just minted. */
void reader_csrf_cookie(const struct reader_ctx *rc, struct api_response *res);
/* 0 when a cookie-authenticated state change may go ahead (same-origin
 * Origin/Referer and matching CSRF token, from header or form_token), else
 * -EACCES. form_token may be NULL. */
int reader_csrf_check(const struct http_request *req, const struct reader_ctx *rc,
                      const char *form_token);
/* Membership state of reader_id in channel_id: STORE_MEMBER_* (NONE when
 * reader_id is 0). */
int reader_member_state(struct store *st, int64_t channel_id, int64_t reader_id, int *state);

#endif
