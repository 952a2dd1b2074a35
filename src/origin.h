/*
 * origin: whether a browser's request comes from a page of this node, the
 * one rule behind the CSRF defence of the reader's changes and the Origin
 * check of WebSocket upgrades. A page of this node is one whose origin is
 * the request's Host, the configured public base URL's origin (serve
 * --base-url, so that a proxy that rewrites Host changes nothing), or one of
 * the extra origins an operator allows (--allow-origin). Any thread.
 */
#ifndef CRIER_ORIGIN_H
#define CRIER_ORIGIN_H

#include <stddef.h>

#include "http.h"

enum origin_absent {
    ORIGIN_ABSENT_REFUSED = 0, /* no Origin (nor Referer, when looked at): refused */
    ORIGIN_ABSENT_ALLOWED = 1, /* no Origin: not a browser (curl, the CLI, apps): allowed */
};

/* 1 when req comes from a page of this node, else 0. Without an Origin the
 * Referer stands in when use_referer; with neither, absent decides. extra
 * (n of them) are whole origins ("https://news.example"), compared without
 * regard to case. */
int origin_same(const struct http_request *req, const char *const *extra, size_t n, int use_referer,
                enum origin_absent absent);

#endif
