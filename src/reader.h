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

#include <stddef.h>
#include <stdint.h>

#include "response.h"
#include "router.h"
#include "http.h"
#include "store/store.h"
#include "token.h"

/* the CSRF cookie, the reader cookie, invite and device tokens: token.h's */
#define READER_CSRF_LEN TOKEN_LEN
#define READER_TOKEN_LEN TOKEN_LEN

struct reader_ctx {
    int64_t reader_id;                /* 0 when the browser has no (valid) reader cookie */
    int tls;                          /* the request came over TLS (X-Forwarded-Proto: https) */
    char csrf[READER_CSRF_LEN + 1];   /* the browser's CSRF token, or a new one */
    int csrf_new;                     /* csrf was minted for this response (set the cookie) */
    char token[READER_TOKEN_LEN + 1]; /* the reader cookie's token when reader_id != 0 */
    int created;                      /* reader_ensure made the reader for this request */
};

/* Reads the cookies: fills reader_id (0 if none or unknown) and csrf (minting
 * one when the browser has none). Returns 0 or a store error. */
int reader_identify(struct store *st, const struct http_request *req, struct reader_ctx *rc);
/* Makes sure the browser is a reader, creating one and adding its
 * Set-Cookie to res when needed. 0 or < 0. */
int reader_ensure(struct store *st, const struct http_request *req, struct reader_ctx *rc,
                  struct response *res);
/* Undoes reader_ensure when the join it was made for failed: when this
 * request created the reader, deletes it again (store_reader_forget: only
 * while nothing refers to it) and takes its Set-Cookie out of res, so a
 * failed join leaves no reader behind. Otherwise does nothing. */
void reader_abandon(struct store *st, struct reader_ctx *rc, struct response *res);
/* Adds Set-Cookie for the CSRF token to res when it was just minted. */
void reader_csrf_cookie(const struct reader_ctx *rc, struct response *res);
/* 0 when a cookie-authenticated state change may go ahead (same-origin
 * Origin/Referer and matching CSRF token, from header or form_token), else
 * -EACCES. form_token may be NULL. */
int reader_csrf_check(const struct http_request *req, const struct reader_ctx *rc,
                      const char *form_token);

/* 0 when ch may be read by this request: a public channel, a bearer token
 * that may publish to it (admin or its publish token), or an active member
 * (rc->reader_id, from reader_identify). -EACCES otherwise, or a store
 * error. rc may be NULL (no cookie looked at). */
int reader_channel_access(struct store *st, const struct store_channel *ch,
                          const struct http_request *req, const struct reader_ctx *rc);

/* The value of cookie name in the request's Cookie header(s), into out
 * (outsz bytes, NUL-terminated): its length, or -ENOENT when absent or too
 * long for out. */
int reader_cookie_get(const struct http_request *req, const char *name, char *out, size_t outsz);
/* 1 when the body is an HTML form (application/x-www-form-urlencoded). */
int reader_is_form(const struct http_request *req);
/* Copies the percent-decoded value of field name of a form body into out
 * (NUL-terminated): its length, -ENOENT, -ENOBUFS or -EINVAL. */
int reader_form_field(const struct http_request *req, const char *name, char *out, size_t outsz);

/* Appends one header line ("Name: value", without CRLF) to res->extra;
 * -ENOBUFS when it does not fit (nothing is appended). */
int reader_header_add(struct response *res, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Makes res a "303 See Other" to location (a path on this host), keeping
 * res->extra (cookies). */
void reader_redirect(struct response *res, const char *location);

/*
 * POST /+{token}, the invite page's Join button (form field "csrf"; the
 * X-CSRF-Token header works too): everything but the HTML. In order: the
 * CSRF check (-EACCES, with res set to 403 {"error":"csrf"}), the reader
 * cookie (reader_ensure: Set-Cookie into res), then store_invite_join. On
 * success returns 0 with res a 303 to /{slug} and *member filled (state
 * member or pending). Failures leave res's status and body for the caller to
 * fill (cookies may already be in res->extra): -ENOENT unknown invite (404),
 * -EKEYREVOKED / -EKEYEXPIRED / -EDQUOT (410, say why in the reader's
 * language), or a store error (500). inv (may be NULL) is filled whenever
 * the invite exists. A failed join makes no reader (nor sets its cookie).
 * rc comes from reader_identify. Worker threads.
 */
int reader_join_invite(struct store *st, const char *token, const struct http_request *req,
                       struct reader_ctx *rc, struct response *res, struct store_member *member,
                       struct store_invite *inv);

/*
 * POST /+device/{token}, the "use this device" button: the CSRF check (as
 * above), then takes the one-time link and sets this browser's reader cookie
 * to the reader who made it (the same token as on the first device). On
 * success 0 with res a 303 to "/". Failures leave res's status and body to
 * the caller: -ENOENT unknown (404), -EALREADY used or -EKEYEXPIRED expired
 * (410), or a store error (500).
 */
int reader_device_take(struct store *st, const char *token, const struct http_request *req,
                       struct reader_ctx *rc, struct response *res);

#endif
