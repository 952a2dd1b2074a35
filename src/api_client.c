/*
 * api_client: who a request comes from (its address, through trusted
 * proxies) and the per-address limits on what it may make.
 */
#include "api_int.h"

#include <errno.h>
#include <string.h>

#include "auth.h"
#include "netaddr.h"
#include "reader.h"

int api_proxy_check(const char *s)
{
    unsigned char net[16];
    int bits;
    return netaddr_net_parse(s, net, &bits);
}

/* 1 when the address s[0..n) is one of the trusted proxies. */
static int proxy_trusted(const struct api *api, const char *s, size_t n)
{
    unsigned char a[16], net[16];
    int bits;
    if (!api->n_proxies || netaddr_parse(s, n, a) < 0)
        return 0;
    for (size_t i = 0; i < api->n_proxies; i++)
        if (netaddr_net_parse(api->proxies[i], net, &bits) == 0 && netaddr_in_net(a, net, bits))
            return 1;
    return 0;
}

void api_client_address(const struct api *api, const struct http_request *req, char *out,
                        size_t outsz)
{
    snprintf(out, outsz, "%s", req->peer);
    if (!proxy_trusted(api, req->peer, strlen(req->peer)))
        return;
    /* Each proxy appends the address it saw; several X-Forwarded-For
     * headers make one list. Walk it from the right, past the proxies we
     * trust: the first other entry is the client. */
    for (size_t h = req->nheaders; h-- > 0;) {
        if (strcmp(req->headers[h].name, "x-forwarded-for") != 0)
            continue;
        const char *v = req->headers[h].value, *end = v + strlen(v);
        while (end > v) {
            const char *start = end;
            while (start > v && start[-1] != ',')
                start--;
            const char *a = start, *b = end;
            while (a < b && (*a == ' ' || *a == '\t'))
                a++;
            while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
                b--;
            unsigned char bin[16];
            if (b > a && !proxy_trusted(api, a, (size_t)(b - a))) {
                if (netaddr_parse(a, (size_t)(b - a), bin) == 0)
                    snprintf(out, outsz, "%.*s", (int)(b - a), a);
                return; /* not an address: keep the proxy's own */
            }
            end = start > v ? start - 1 : v;
        }
    }
}

/* Takes one token from limiter rl for the request's client address (see
 * api_client_address and docs/operating.md). 0 when allowed, else -EAGAIN
 * with *retry_s the seconds to wait. */
int api_limited(const struct api *api, struct ratelimit *rl, const struct http_request *req,
                long long *retry_s)
{
    char addr[sizeof req->peer];
    int64_t retry = 0;

    api_client_address(api, req, addr, sizeof addr);
    if (ratelimit_take_addr(rl, addr, ratelimit_now_ms(), &retry) == 0)
        return 0;
    *retry_s = (retry + 999) / 1000;
    return -EAGAIN;
}

/* api_limited(), answered with a JSON 429 and Retry-After. */
int api_over_limit(const struct api *api, struct ratelimit *rl, const struct http_request *req,
                   const char *what, struct response *res)
{
    long long secs = 0;
    if (api_limited(api, rl, req, &secs) == 0)
        return 0;
    response_error(res, 429, "too_many_requests",
                   "too many %s from this address; try again in %lld s", what, secs);
    reader_header_add(res, "Retry-After: %lld", secs);
    return -EAGAIN;
}

/*
 * Who is counted for a view: the reader (a hash of the cookie's secret
 * token, so the record cannot be tied to the readers table), else the
 * client address. Either way a one-way hash.
 */
int api_viewer_key(struct api *api, const struct http_request *req, unsigned char key[32])
{
    char text[READER_TOKEN_LEN + RATELIMIT_KEY_MAX + 16];
    struct reader_ctx rc;
    int n, err;

    if ((err = reader_identify(api->st, req, &rc)) < 0)
        return err;
    if (rc.reader_id) {
        n = snprintf(text, sizeof text, "crier-view:r:%s", rc.token);
    } else {
        char addr[sizeof req->peer], akey[RATELIMIT_KEY_MAX];
        api_client_address(api, req, addr, sizeof addr);
        ratelimit_addr_key(addr, akey);
        n = snprintf(text, sizeof text, "crier-view:a:%s", akey);
    }
    auth_hash(text, (size_t)n, key);
    explicit_bzero(text, sizeof text);
    explicit_bzero(&rc, sizeof rc);
    return 0;
}

/* Readers report views in batches: {"views": {"<post id>": n, ...}}. A
 * viewer (reader, else address) counts once per post whatever n says, and
 * a report is one transaction. */
