#include "netguard.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdint.h>
#include <string.h>

/* Host characters we let through unencoded: a DNS name (letters, digits,
 * '-', '.', and '_' which some push services' names carry). Anything else in
 * an authority (%, \, quotes...) is refused rather than interpreted, so that
 * our reading of the host is the one curl makes. */
static int host_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_';
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Reads "host[:port]" or "[v6][:port]" from s[0..n) into host (lower-cased,
 * brackets removed) and *port (0 when absent). 0, or -EINVAL with *why. */
static int parse_hostport(const char *s, size_t n, char host[NETGUARD_HOST_MAX + 1], int *port,
                          const char **why)
{
    size_t hb, he, i; /* host's bounds, then where the port may start */
    if (n > 0 && s[0] == '[') {
        const char *close = memchr(s, ']', n);
        if (!close) {
            *why = "unclosed [ in the host";
            return -EINVAL;
        }
        hb = 1;
        he = (size_t)(close - s);
        i = he + 1;
    } else {
        hb = 0;
        for (he = 0; he < n && s[he] != ':'; he++)
            if (!host_char((unsigned char)s[he])) {
                *why = "a character not allowed in a host";
                return -EINVAL;
            }
        i = he;
    }
    if (he == hb) {
        *why = "no host";
        return -EINVAL;
    }
    if (he - hb > NETGUARD_HOST_MAX) {
        *why = "host too long";
        return -EINVAL;
    }
    for (size_t k = hb; k < he; k++)
        host[k - hb] = lower(s[k]);
    host[he - hb] = '\0';
    if (s[0] == '[') {
        struct in6_addr a6;
        /* A zone ("%eth0") or anything but a plain v6 address is refused. */
        if (inet_pton(AF_INET6, host, &a6) != 1) {
            *why = "not an IPv6 address in [ ]";
            return -EINVAL;
        }
    }
    *port = 0;
    if (i == n)
        return 0;
    if (s[i] != ':' || i + 1 == n || n - i - 1 > 5) {
        *why = "bad port";
        return -EINVAL;
    }
    int p = 0;
    for (i++; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') {
            *why = "bad port";
            return -EINVAL;
        }
        p = p * 10 + (s[i] - '0');
    }
    if (p < 1 || p > 65535) {
        *why = "port out of range";
        return -EINVAL;
    }
    *port = p;
    return 0;
}

int netguard_allow(struct netguard *g, const char *hostport)
{
    const char *why;
    char host[NETGUARD_HOST_MAX + 1];
    int port;
    size_t n = hostport ? strnlen(hostport, NETGUARD_HOST_MAX + 10) : 0;
    if (n == 0 || n > NETGUARD_HOST_MAX + 8 || parse_hostport(hostport, n, host, &port, &why) < 0 ||
        port == 0)
        return -EINVAL;
    memcpy(g->allow_host, host, sizeof host);
    g->allow_port = port;
    return 0;
}

static int prefix_nocase(const char *s, const char *p)
{
    for (; *p; s++, p++)
        if (lower(*s) != *p)
            return 0;
    return 1;
}

int netguard_check_url(const struct netguard *g, const char *url, struct netguard_url *u,
                       const char **why)
{
    static const char *ignored;
    if (!why)
        why = &ignored;
    memset(u, 0, sizeof *u);
    if (!url) {
        *why = "no URL";
        return -EINVAL;
    }
    size_t n = strnlen(url, NETGUARD_URL_MAX + 1);
    if (n > NETGUARD_URL_MAX) {
        *why = "URL too long";
        return -EINVAL;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)url[i];
        if (c <= 0x20 || c >= 0x7f) {
            *why = "a space, control or non-ASCII character";
            return -EINVAL;
        }
    }
    size_t at;
    if (prefix_nocase(url, "https://")) {
        u->https = 1;
        at = 8;
    } else if (prefix_nocase(url, "http://")) {
        at = 7;
    } else {
        *why = "not an http(s) URL";
        return -EINVAL;
    }
    if (memchr(url, '#', n)) {
        *why = "a fragment";
        return -EINVAL;
    }
    size_t end = at + strcspn(url + at, "/?");
    if (memchr(url + at, '@', end - at)) {
        *why = "user:password@ in the URL";
        return -EINVAL;
    }
    if (parse_hostport(url + at, end - at, u->host, &u->port, why) < 0)
        return -EINVAL;
    if (u->port == 0)
        u->port = u->https ? 443 : 80;
    u->excepted =
        g && g->allow_host[0] && g->allow_port == u->port && strcmp(g->allow_host, u->host) == 0;
    if (!u->https && !u->excepted && !(g && g->http_ok)) {
        *why = "http is refused (https only)";
        return -EINVAL;
    }
    return 0;
}

/* Why an IPv4 address (host byte order) is refused, or NULL for a public
 * unicast one. */
static const char *v4_refusal(uint32_t a)
{
    static const struct {
        uint32_t net;
        int bits;
        const char *why;
    } ranges[] = {
        {0xffffffffu, 32, "broadcast"},       {0x00000000u, 8, "unspecified (0/8)"},
        {0x0a000000u, 8, "private"},          {0x64400000u, 10, "shared (CGNAT)"},
        {0x7f000000u, 8, "loopback"},         {0xa9fe0000u, 16, "link-local"},
        {0xac100000u, 12, "private"},         {0xc0000000u, 24, "reserved (192.0.0/24)"},
        {0xc0000200u, 24, "documentation"},   {0xc0a80000u, 16, "private"},
        {0xc6120000u, 15, "benchmarking"},    {0xc6336400u, 24, "documentation"},
        {0xcb007100u, 24, "documentation"},   {0xe0000000u, 4, "multicast"},
        {0xf0000000u, 4, "reserved (240/4)"},
    };
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
        uint32_t mask = ~0u << (32 - ranges[i].bits);
        if ((a & mask) == ranges[i].net)
            return ranges[i].why;
    }
    return NULL;
}

static uint32_t v4_at(const uint8_t *b)
{
    return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

static int zeros(const uint8_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (b[i])
            return 0;
    return 1;
}

/* Why an IPv6 address is refused, or NULL. Forms that carry an IPv4 address
 * (mapped, NAT64, 6to4) are judged by it; otherwise only global unicast
 * (2000::/3) outside the documentation and benchmarking prefixes passes. */
static const char *v6_refusal(const uint8_t b[16])
{
    static const uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    static const uint8_t nat64[12] = {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    if (memcmp(b, mapped, 12) == 0 || memcmp(b, nat64, 12) == 0)
        return v4_refusal(v4_at(b + 12));
    if (zeros(b, 15))
        return b[15] == 1 ? "loopback" : b[15] == 0 ? "unspecified" : "reserved (::/8)";
    if (b[0] == 0x20 && b[1] == 0x02)
        return v4_refusal(v4_at(b + 2)); /* 6to4 */
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)
        return "documentation";
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0x02 && b[4] == 0 && b[5] == 0)
        return "benchmarking";
    if ((b[0] & 0xfe) == 0xfc)
        return "private (unique local)";
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
        return "link-local";
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)
        return "site-local";
    if (b[0] == 0xff)
        return "multicast";
    if ((b[0] & 0xe0) != 0x20)
        return "reserved (not global unicast)";
    return NULL;
}

static const char *sa_refusal(const struct sockaddr *sa, socklen_t len)
{
    if (sa && sa->sa_family == AF_INET && len >= (socklen_t)sizeof(struct sockaddr_in)) {
        const struct sockaddr_in *s4 = (const struct sockaddr_in *)sa;
        return v4_refusal(ntohl(s4->sin_addr.s_addr));
    }
    if (sa && sa->sa_family == AF_INET6 && len >= (socklen_t)sizeof(struct sockaddr_in6)) {
        const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)sa;
        return v6_refusal(s6->sin6_addr.s6_addr);
    }
    return "not an IP address";
}

int netguard_addr_ok(const struct netguard *g, const struct netguard_url *u,
                     const struct sockaddr *sa, socklen_t len)
{
    (void)g; /* u->excepted was decided against g by netguard_check_url */
    if (u && u->excepted)
        return 1;
    return sa_refusal(sa, len) == NULL;
}

const char *netguard_addr_why(const struct sockaddr *sa, socklen_t len)
{
    return sa_refusal(sa, len);
}

int netguard_resolve(const struct netguard *g, const struct netguard_url *u, const char **why)
{
    static const char *ignored;
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM}, *res = NULL;
    if (!why)
        why = &ignored;
    *why = NULL;
    /* No AI_ADDRCONFIG: every address the name has is judged, not only those
     * of the families this host happens to have configured now. */
    int rc = getaddrinfo(u->host, NULL, &hints, &res);
    if (rc == EAI_AGAIN) {
        *why = "DNS failed for now";
        return -EAGAIN;
    }
    if (rc != 0 || !res) {
        *why = "the name does not resolve";
        return -ENOENT;
    }
    int out = 0;
    for (struct addrinfo *ai = res; ai && out == 0; ai = ai->ai_next)
        if (!netguard_addr_ok(g, u, ai->ai_addr, ai->ai_addrlen)) {
            *why = sa_refusal(ai->ai_addr, ai->ai_addrlen);
            out = -EACCES;
        }
    freeaddrinfo(res);
    return out;
}

int netguard_socket(const struct netguard *g, const struct netguard_url *u, int family, int type,
                    int protocol, const struct sockaddr *sa, socklen_t len, const char **why)
{
    *why = NULL;
    if (!netguard_addr_ok(g, u, sa, len)) {
        *why = netguard_addr_why(sa, len);
        if (!*why)
            *why = "refused";
        return -1;
    }
    return socket(family, type | SOCK_CLOEXEC, protocol);
}
