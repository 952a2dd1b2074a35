/* origin: one same-origin rule for CSRF and WebSocket upgrades. */
#include <string.h>

#include "baseurl.h"
#include "origin.h"
#include "tap.h"

static struct http_request req_with(const char *host, const char *origin, const char *referer)
{
    struct http_request r;
    memset(&r, 0, sizeof r);
    if (host) {
        r.headers[r.nheaders].name = "host";
        r.headers[r.nheaders++].value = host;
    }
    if (origin) {
        r.headers[r.nheaders].name = "origin";
        r.headers[r.nheaders++].value = origin;
    }
    if (referer) {
        r.headers[r.nheaders].name = "referer";
        r.headers[r.nheaders++].value = referer;
    }
    return r;
}

int main(void)
{
    static const char *const extra[] = {"https://news.example"};
    struct http_request r;

    r = req_with("a.example:8080", "http://a.example:8080", NULL);
    is_int(origin_same(&r, NULL, 0, 0, ORIGIN_ABSENT_REFUSED), 1, "the Host's own origin");
    r = req_with("a.example:8080", "HTTPS://A.example:8080", NULL);
    is_int(origin_same(&r, NULL, 0, 0, ORIGIN_ABSENT_REFUSED), 1, "https, any case");
    r = req_with("a.example", "http://a.example.evil", NULL);
    is_int(origin_same(&r, NULL, 0, 0, ORIGIN_ABSENT_REFUSED), 0, "a longer host is another host");
    r = req_with("a.example", "http://a.example/x", NULL);
    is_int(origin_same(&r, NULL, 0, 1, ORIGIN_ABSENT_REFUSED), 0, "an Origin has no path");
    r = req_with("a.example", "null", NULL);
    is_int(origin_same(&r, NULL, 0, 1, ORIGIN_ABSENT_REFUSED), 0, "Origin: null");
    r = req_with("a.example", NULL, "http://a.example/monde?x");
    is_int(origin_same(&r, NULL, 0, 1, ORIGIN_ABSENT_REFUSED), 1, "a Referer of this host");
    is_int(origin_same(&r, NULL, 0, 0, ORIGIN_ABSENT_REFUSED), 0,
           "unless the Referer is not looked at");
    r = req_with("a.example", NULL, "http://a.example.evil/");
    is_int(origin_same(&r, NULL, 0, 1, ORIGIN_ABSENT_REFUSED), 0, "a Referer of another host");
    r = req_with("a.example", NULL, NULL);
    is_int(origin_same(&r, NULL, 0, 1, ORIGIN_ABSENT_REFUSED), 0, "neither: refused for CSRF");
    is_int(origin_same(&r, NULL, 0, 0, ORIGIN_ABSENT_ALLOWED), 1,
           "neither: allowed for non-browsers");
    r = req_with("a.example", "https://news.example", NULL);
    is_int(origin_same(&r, extra, 1, 0, ORIGIN_ABSENT_REFUSED), 1, "an allowed extra origin");
    is_int(origin_same(&r, NULL, 0, 0, ORIGIN_ABSENT_REFUSED), 0, "not without it");
    /* Behind a proxy that rewrites Host, the public base URL is this node. */
    baseurl_set("https://news.example/crier");
    r = req_with("127.0.0.1:8080", "https://news.example", NULL);
    is_int(origin_same(&r, NULL, 0, 0, ORIGIN_ABSENT_REFUSED), 1, "the base URL's origin");
    r = req_with("127.0.0.1:8080", "http://news.example", NULL);
    is_int(origin_same(&r, NULL, 0, 0, ORIGIN_ABSENT_REFUSED), 0, "not over the other scheme");
    r = req_with("127.0.0.1:8080", NULL, "https://news.example/crier/monde");
    is_int(origin_same(&r, NULL, 0, 1, ORIGIN_ABSENT_REFUSED), 1, "a Referer under the base URL");
    baseurl_set(NULL);
    return done_testing();
}
