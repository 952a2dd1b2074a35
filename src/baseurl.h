/*
 * baseurl: the node's public base URL ("https://news.example", or with a path
 * prefix, never a trailing slash), for every link the server writes: invite
 * and device links, feeds (their links and Atom ids), OpenGraph tags. Set once
 * at start (serve --base-url), before any thread runs; without it each
 * request's Host header, and X-Forwarded-Proto: https, stand in.
 */
#ifndef CRIER_BASEURL_H
#define CRIER_BASEURL_H

#include <stddef.h>

#include "http.h"

#define BASEURL_MAX 256

/* 0 when url is an http or https URL fit to be the base URL (a host, an
 * optional port and path; no query, fragment, user, space or quote), else
 * -EINVAL. */
int baseurl_check(const char *url);
/* Sets the configured base URL (a checked one; a trailing slash is dropped),
 * or NULL for none. Main thread, before the server starts. */
void baseurl_set(const char *url);
/* The configured base URL, or NULL. */
const char *baseurl_get(void);
/* The base URL for req into out: the configured one, else the request's
 * scheme and Host; "" when there is none and the Host is unusable. Returns
 * the length written. Any thread. */
size_t baseurl_of(const struct http_request *req, char *out, size_t outsz);

#endif
