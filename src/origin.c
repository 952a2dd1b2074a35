#include "origin.h"

#include <string.h>
#include <strings.h>

#include "baseurl.h"

/* 1 when url is "http[s]://" + host, followed by the end or by one of tail
 * (the start of a path, query or fragment). */
static int names_host(const char *url, const char *host, size_t hl, const char *tail)
{
    const char *p;
    if (strncasecmp(url, "http://", 7) == 0)
        p = url + 7;
    else if (strncasecmp(url, "https://", 8) == 0)
        p = url + 8;
    else
        return 0;
    if (hl == 0 || strncasecmp(p, host, hl) != 0)
        return 0;
    return p[hl] == '\0' || (tail && strchr(tail, p[hl]));
}

/* 1 when url names this node: the Host, or the base URL's host. */
static int names_node(const char *url, const char *host, const char *tail)
{
    const char *base = baseurl_get();
    if (host && names_host(url, host, strlen(host), tail))
        return 1;
    if (!base)
        return 0;
    const char *h = strstr(base, "://");
    if (!h)
        return 0;
    h += 3;
    size_t hl = strcspn(h, "/");
    /* the scheme must match too: an http page is not the https site */
    size_t sl = (size_t)(h - base);
    return strncasecmp(url, base, sl) == 0 && names_host(url, h, hl, tail);
}

int origin_same(const struct http_request *req, const char *const *extra, size_t n, int use_referer,
                enum origin_absent absent)
{
    const char *host = http_header_get(req, "host");
    const char *origin = http_header_get(req, "origin");

    if (host && !*host)
        host = NULL;
    if (origin) {
        for (size_t i = 0; i < n; i++)
            if (strcasecmp(origin, extra[i]) == 0)
                return 1;
        return names_node(origin, host, NULL);
    }
    const char *referer = use_referer ? http_header_get(req, "referer") : NULL;
    if (referer)
        return names_node(referer, host, "/?#");
    return absent == ORIGIN_ABSENT_ALLOWED;
}
