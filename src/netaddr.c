/*
 * netaddr.c: addresses, networks and client keys (see netaddr.h).
 */
#include "netaddr.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const unsigned char v4_prefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

static int is_v4(const unsigned char a[16])
{
    return memcmp(a, v4_prefix, sizeof v4_prefix) == 0;
}

int netaddr_parse(const char *s, size_t n, unsigned char out[16])
{
    char text[NETADDR_TEXT_MAX + 1];
    struct in_addr a4;

    if (!s || n == 0 || n >= sizeof text)
        return -EINVAL;
    memcpy(text, s, n);
    text[n] = '\0';
    if (inet_pton(AF_INET6, text, out) == 1)
        return 0;
    if (inet_pton(AF_INET, text, &a4) != 1)
        return -EINVAL;
    memcpy(out, v4_prefix, sizeof v4_prefix);
    memcpy(out + 12, &a4, 4);
    return 0;
}

int netaddr_net_parse(const char *spec, unsigned char net[16], int *bits)
{
    const char *slash = strchr(spec, '/');
    size_t n = slash ? (size_t)(slash - spec) : strlen(spec);
    if (netaddr_parse(spec, n, net) < 0)
        return -EINVAL;
    int v4 = !memchr(spec, ':', n), max = v4 ? 32 : 128;
    long len = max;
    if (slash) {
        char *end;
        len = strtol(slash + 1, &end, 10);
        if (end == slash + 1 || *end || len < 0 || len > max)
            return -EINVAL;
    }
    *bits = (int)len + (v4 ? 96 : 0);
    return 0;
}

int netaddr_in_net(const unsigned char a[16], const unsigned char net[16], int bits)
{
    int full = bits / 8, rest = bits % 8;
    if (bits < 0 || bits > 128 || memcmp(a, net, (size_t)full) != 0)
        return 0;
    return !rest || ((a[full] ^ net[full]) & (0xff00 >> rest)) == 0;
}

int netaddr_of_sockaddr(const struct sockaddr *sa, socklen_t len, unsigned char out[16])
{
    if (sa->sa_family == AF_INET && len >= (socklen_t)sizeof(struct sockaddr_in)) {
        memcpy(out, v4_prefix, sizeof v4_prefix);
        memcpy(out + 12, &((const struct sockaddr_in *)sa)->sin_addr, 4);
        return 0;
    }
    if (sa->sa_family == AF_INET6 && len >= (socklen_t)sizeof(struct sockaddr_in6)) {
        memcpy(out, &((const struct sockaddr_in6 *)sa)->sin6_addr, 16);
        return 0;
    }
    return -EINVAL;
}

void netaddr_client_key(const unsigned char a[16], unsigned char key[16])
{
    memcpy(key, a, 16);
    if (!is_v4(a))
        memset(key + 8, 0, 8);
}

int netaddr_site_key(const unsigned char a[16], unsigned char key[16])
{
    if (is_v4(a))
        return 0;
    memcpy(key, a, 6);
    memset(key + 6, 0, 10);
    return 1;
}

int netaddr_is_self(const unsigned char a[16])
{
    static const unsigned char v4_self[16] = {0, 0, 0,    0,    0,   0, 0, 0,
                                              0, 0, 0xff, 0xff, 127, 0, 0, 1};
    static const unsigned char v6_self[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    return memcmp(a, v4_self, 16) == 0 || memcmp(a, v6_self, 16) == 0;
}

void netaddr_format(const unsigned char a[16], int bits, char *out, size_t outsz)
{
    char text[NETADDR_TEXT_MAX];
    if (is_v4(a)) {
        inet_ntop(AF_INET, a + 12, text, sizeof text);
        snprintf(out, outsz, "%s", text);
        return;
    }
    inet_ntop(AF_INET6, a, text, sizeof text);
    if (bits > 0)
        snprintf(out, outsz, "%s/%d", text, bits);
    else
        snprintf(out, outsz, "%s", text);
}
