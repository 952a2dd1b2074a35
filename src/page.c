/*
 * page: the reader web app's server-rendered HTML and its embedded static
 * files; this file only dispatches. Every page works without JavaScript
 * (forms post with a hidden CSRF field); web/app.js then adds live reading.
 * Every HTML response carries the CSP and the other security headers, and
 * the only markup that is not escaped is a post's "html", which is cmark's
 * sanitised rendering made by the API when the post was stored.
 *
 * page_html.c is the kit (escaping, language, dates, the parts of every
 * page), page_text.c the UI strings; page_channel.c, page_index.c,
 * page_invite.c and page_static.c each write one kind of answer.
 */
#include "page_int.h"

#include <string.h>

static void method_not_allowed(struct pg *p, const char *allow)
{
    page_header_add(p->res, "Allow", allow);
    pg_message(p, 405, "error", NULL, p->tx->method_title, NULL, NULL, "/", "Crier");
}

void page_too_many(struct store *st, const struct http_request *req, struct response *res,
                   long long retry_s)
{
    struct pg p;
    pg_init(&p, st, req, res);
    if (reader_identify(st, req, &p.rc) < 0)
        memset(&p.rc, 0, sizeof p.rc);
    pg_message(&p, 429, "error", NULL, p.tx->busy_title, p.tx->busy_text, NULL, NULL, NULL);
    reader_header_add(res, "Retry-After: %lld", retry_s);
    reader_csrf_cookie(&p.rc, res);
}

void page_handle(struct store *st, const struct route_match *m, const struct http_request *req,
                 struct response *res)
{
    struct pg p;
    int get = req->method == HTTP_GET || req->method == HTTP_HEAD;
    int rc;

    pg_init(&p, st, req, res);
    switch (m->id) {
    case ROUTE_STATIC:
        if (!get)
            method_not_allowed(&p, "GET, HEAD");
        else
            page_serve_asset(&p, m->file, "public, max-age=600");
        return;
    case ROUTE_MANIFEST:
        if (!get)
            method_not_allowed(&p, "GET, HEAD");
        else
            page_serve_asset(&p, "manifest.webmanifest", "public, max-age=600");
        return;
    case ROUTE_SW:
        /* Browsers check the worker for updates; never let a cache hide one. */
        if (!get)
            method_not_allowed(&p, "GET, HEAD");
        else
            page_serve_asset(&p, "sw.js", "no-cache");
        return;
    default: break;
    }

    rc = reader_identify(st, req, &p.rc);
    if (rc < 0) {
        pg_error(&p, rc);
        return;
    }
    int post_ok = m->id == ROUTE_INVITE || m->id == ROUTE_DEVICE;
    if (!get && !(post_ok && req->method == HTTP_POST)) {
        method_not_allowed(&p, post_ok ? "GET, HEAD, POST" : "GET, HEAD");
        reader_csrf_cookie(&p.rc, res);
        return;
    }
    switch (m->id) {
    case ROUTE_INDEX: page_index(&p); break;
    case ROUTE_PAGE: page_channel(&p, m); break;
    case ROUTE_PERMALINK: page_permalink(&p, m); break;
    case ROUTE_INVITE: page_invite(&p, m); break;
    case ROUTE_DEVICE: page_device(&p, m); break;
    default: pg_not_found(&p, p.tx->nf_page); break;
    }
    /* The page's forms carry the CSRF token: make sure the browser has it. */
    reader_csrf_cookie(&p.rc, res);
}
