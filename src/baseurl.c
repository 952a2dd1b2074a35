#include "baseurl.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static char configured[BASEURL_MAX];

int baseurl_check(const char *url)
{
    const char *p;
    size_t n = strlen(url);

    if (n == 0 || n >= BASEURL_MAX)
        return -EINVAL;
    if (strncasecmp(url, "https://", 8) == 0)
        p = url + 8;
    else if (strncasecmp(url, "http://", 7) == 0)
        p = url + 7;
    else
        return -EINVAL;
    if (*p == '\0' || *p == '/' || *p == ':')
        return -EINVAL; /* no host */
    for (; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c <= 0x20 || c >= 0x7f || strchr("\"'<>\\`?#@{}|^", c))
            return -EINVAL;
    }
    return 0;
}

void baseurl_set(const char *url)
{
    if (!url) {
        configured[0] = '\0';
        return;
    }
    size_t n = strlen(url);
    while (n && url[n - 1] == '/')
        n--;
    snprintf(configured, sizeof configured, "%.*s", (int)n, url);
}

const char *baseurl_get(void)
{
    return configured[0] ? configured : NULL;
}

size_t baseurl_of(const struct http_request *req, char *out, size_t outsz)
{
    int n;
    if (configured[0]) {
        n = snprintf(out, outsz, "%s", configured);
    } else {
        const char *host = http_header_get(req, "host");
        const char *proto = http_header_get(req, "x-forwarded-proto");
        if (!host || !*host || strlen(host) >= BASEURL_MAX - 8 || strpbrk(host, " \t/\\\"'<>@?#")) {
            if (outsz)
                out[0] = '\0';
            return 0;
        }
        n = snprintf(out, outsz, "%s://%s",
                     proto && strcasecmp(proto, "https") == 0 ? "https" : "http", host);
    }
    return n < 0 ? 0 : (size_t)n < outsz ? (size_t)n : outsz - 1;
}
