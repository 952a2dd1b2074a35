/*
 * page: the server-rendered HTML of the reader web app (channel pages,
 * permalinks, invite and device pages, the index with "My channels"), the
 * embedded static assets (web/: ES modules, CSS, icons, manifest, service
 * worker), in French or English, under a strict CSP. Pages work without
 * JavaScript; app.js then follows the channel live over SSE. Worker threads.
 */
#ifndef CRIER_PAGE_H
#define CRIER_PAGE_H

#include <stdint.h>

#include "response.h"
#include "store/store.h"
#include "http.h"
#include "router.h"

/* Handles ROUTE_INDEX, ROUTE_PAGE, ROUTE_PERMALINK, ROUTE_STATIC,
 * ROUTE_INVITE, ROUTE_DEVICE, ROUTE_MANIFEST and ROUTE_SW (GET and HEAD;
 * the POSTs of the invite and device pages too). Fills res, including the
 * Content-Security-Policy and cookies. */
void page_handle(struct store *st, const struct route_match *m, const struct http_request *req,
                 struct response *res);

/* The page that refuses a form post past a per-address limit: 429 with
 * Retry-After: retry_s, in the reader's language. */
void page_too_many(struct store *st, const struct http_request *req, struct response *res,
                   long long retry_s);

struct ratelimit;
struct media_store;

/* What the studio needs of the node besides the store. */
struct page_studio_env {
    struct media_store *media;      /* resolves a post's media.id (NULL: no photos) */
    struct ratelimit *signin_email; /* sign-in attempts per account email (NULL: none) */
    const uint8_t *device_secret;   /* signs known-device cookies (NULL: none made) */
};

/* The studio (ROUTE_STUDIO*): the newsroom's pages, behind the crier_studio
 * session; forms post with the CSRF field and a same-origin Origin. The
 * caller has applied the per-address sign-in limit. Worker threads (the
 * sign-in runs Argon2 here). */
void page_studio(struct store *st, const struct page_studio_env *env, const struct route_match *m,
                 const struct http_request *req, struct response *res);
/* The sign-in page past a limit: 429 with Retry-After: retry_s, without
 * looking at the password. */
void page_studio_too_many(struct store *st, const struct http_request *req, struct response *res,
                          long long retry_s);

/* The UI language for a request on a channel of language channel_lang
 * (NULL when none): "fr" or "en". */
const char *page_lang(const struct http_request *req, const char *channel_lang);

#endif
