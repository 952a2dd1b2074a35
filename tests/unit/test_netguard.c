/* Unit tests for src/netguard.c: the form of endpoint URLs (https only, no
 * userinfo, bounded, one exception host:port that may use http), the
 * classification of socket addresses (every refused IPv4 and IPv6 range, and
 * public ones), and netguard_resolve on names and literals that lead inside. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "netguard.h"
#include "tap.h"

static struct netguard none, guard; /* no exception; 127.0.0.1:8443 excepted */

static void test_allow(void)
{
    struct netguard g;
    memset(&g, 0, sizeof g);
    is_int(netguard_allow(&g, "Push.Example:8443"), 0, "HOST:PORT");
    is_str(g.allow_host, "push.example", "host lower-cased");
    is_int(g.allow_port, 8443, "port");
    is_int(netguard_allow(&g, "[::1]:9000"), 0, "[v6]:PORT");
    is_str(g.allow_host, "::1", "v6 without brackets");
    is_int(g.allow_port, 9000, "v6 port");
    is_int(netguard_allow(&g, "localhost"), -EINVAL, "a port is required");
    is_int(netguard_allow(&g, "localhost:0"), -EINVAL, "port 0");
    is_int(netguard_allow(&g, "localhost:65536"), -EINVAL, "port past 65535");
    is_int(netguard_allow(&g, ":80"), -EINVAL, "no host");
    is_int(netguard_allow(&g, "[::1:80"), -EINVAL, "unclosed bracket");
    is_int(netguard_allow(&g, ""), -EINVAL, "empty");
    is_int(netguard_allow(&g, NULL), -EINVAL, "NULL");
    is_str(g.allow_host, "::1", "a refused argument leaves the exception as it was");
}

static void test_urls(void)
{
    static char longurl[NETGUARD_URL_MAX + 2], justfits[NETGUARD_URL_MAX + 1];
    static const char path[] = "https://push.example/";
    memcpy(longurl, path, sizeof path - 1);
    memset(longurl + sizeof path - 1, 'a', NETGUARD_URL_MAX + 1 - (sizeof path - 1));
    memcpy(justfits, longurl, NETGUARD_URL_MAX);
    static const struct {
        const char *url;
        const struct netguard *g;
        int rc, https, port, excepted;
        const char *host;
    } t[] = {
        {"https://fcm.googleapis.com/fcm/send/abc", &none, 0, 1, 443, 0, "fcm.googleapis.com"},
        {"HTTPS://Updates.Push.Services.MOZILLA.com:8443/wpush/v2/x?q=1", &none, 0, 1, 8443, 0,
         "updates.push.services.mozilla.com"},
        {"https://web.push.apple.com", &none, 0, 1, 443, 0, "web.push.apple.com"},
        {"https://[2606:4700::1111]:4443/p", &none, 0, 1, 4443, 0, "2606:4700::1111"},
        {"https://[2606:4700::1111]/p", &none, 0, 1, 443, 0, "2606:4700::1111"},
        {"http://push.example/p", &none, -EINVAL, 0, 0, 0, ""},
        {"http://127.0.0.1:8443/p", &guard, 0, 0, 8443, 1, "127.0.0.1"},
        {"https://127.0.0.1:8443/p", &guard, 0, 1, 8443, 1, "127.0.0.1"},
        {"http://127.0.0.1:8444/p", &guard, -EINVAL, 0, 0, 0, ""},
        {"http://127.0.0.1/p", &guard, -EINVAL, 0, 0, 0, ""},
        {"http://localhost:8443/p", &guard, -EINVAL, 0, 0, 0, ""},
        {"https://127.0.0.1:8444/p", &guard, 0, 1, 8444, 0, "127.0.0.1"},
        {"https://user:pw@push.example/p", &none, -EINVAL, 0, 0, 0, ""},
        {"https://user@push.example/p", &none, -EINVAL, 0, 0, 0, ""},
        {"https://push.example/p@q", &none, 0, 1, 443, 0, "push.example"},
        {"https://push.example/p#frag", &none, -EINVAL, 0, 0, 0, ""},
        {"https:///p", &none, -EINVAL, 0, 0, 0, ""},
        {"https://:443/p", &none, -EINVAL, 0, 0, 0, ""},
        {"https://", &none, -EINVAL, 0, 0, 0, ""},
        {"https://push.example:/p", &none, -EINVAL, 0, 0, 0, ""},
        {"https://push.example:0/p", &none, -EINVAL, 0, 0, 0, ""},
        {"https://push.example:99999/p", &none, -EINVAL, 0, 0, 0, ""},
        {"https://push.example:44a/p", &none, -EINVAL, 0, 0, 0, ""},
        {"https://push example/p", &none, -EINVAL, 0, 0, 0, ""},
        {"https://push.example/a b", &none, -EINVAL, 0, 0, 0, ""},
        {"https://push.example/a\tb", &none, -EINVAL, 0, 0, 0, ""},
        {"https://push.example/\r\nHost: x", &none, -EINVAL, 0, 0, 0, ""},
        {"https://push.ex\x7f"
         "ample/",
         &none, -EINVAL, 0, 0, 0, ""},
        {"https://p\xc3\xa9.example/", &none, -EINVAL, 0, 0, 0, ""},
        {"https://push%2eexample/", &none, -EINVAL, 0, 0, 0, ""},
        {"https://push.example\\@evil/", &none, -EINVAL, 0, 0, 0, ""},
        {"https://[fe80::1%25eth0]/", &none, -EINVAL, 0, 0, 0, ""},
        {"https://[not-v6]/", &none, -EINVAL, 0, 0, 0, ""},
        {"ftp://push.example/", &none, -EINVAL, 0, 0, 0, ""},
        {"//push.example/", &none, -EINVAL, 0, 0, 0, ""},
        {"", &none, -EINVAL, 0, 0, 0, ""},
        {justfits, &none, 0, 1, 443, 0, "push.example"},
        {longurl, &none, -EINVAL, 0, 0, 0, ""},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        struct netguard_url u;
        const char *why = NULL;
        char name[64];
        snprintf(name, sizeof name, "%.40s%s", t[i].url, strlen(t[i].url) > 40 ? "..." : "");
        for (char *c = name; *c; c++)
            if ((unsigned char)*c < 0x20 || *c == 0x7f)
                *c = '?'; /* keep the TAP line one line */
        int rc = netguard_check_url(t[i].g, t[i].url, &u, &why);
        is_int(rc, t[i].rc, "%s: %s", name, rc == 0 ? "accepted" : why ? why : "(no reason)");
        if (rc < 0) {
            ok(why && *why, "  a reason is given");
            continue;
        }
        is_str(u.host, t[i].host, "  host");
        is_int(u.port, t[i].port, "  port");
        is_int(u.https, t[i].https, "  https");
        is_int(u.excepted, t[i].excepted, "  excepted");
    }
    struct netguard_url u;
    is_int(netguard_check_url(&none, NULL, &u, NULL), -EINVAL, "a NULL URL, a NULL why");
    is_int(netguard_check_url(NULL, "https://push.example/", &u, NULL), 0, "a NULL guard");
    is_int(netguard_check_url(NULL, "http://127.0.0.1:8443/", &u, NULL), -EINVAL,
           "a NULL guard has no exception");
}

/* One address from text, judged without an exception and (for the v4 ones)
 * through an IPv4-mapped and a NAT64 IPv6 form too. */
static void check_addr(const char *text, int want)
{
    struct netguard_url u = {.https = 1, .port = 443};
    struct sockaddr_in s4 = {.sin_family = AF_INET};
    struct sockaddr_in6 s6 = {.sin6_family = AF_INET6};
    if (inet_pton(AF_INET, text, &s4.sin_addr) == 1) {
        int got = netguard_addr_ok(&none, &u, (struct sockaddr *)&s4, sizeof s4);
        const char *why = netguard_addr_why((struct sockaddr *)&s4, sizeof s4);
        is_int(got, want, "%s %s%s", text, want ? "accepted" : "refused: ", why ? why : "");
        ok((why == NULL) == want, "  netguard_addr_why agrees");
        static const char *const forms[] = {"::ffff:", "64:ff9b::"};
        for (size_t i = 0; i < 2; i++) {
            char v6[64];
            snprintf(v6, sizeof v6, "%s%s", forms[i], text);
            if (inet_pton(AF_INET6, v6, &s6.sin6_addr) != 1) {
                ok(0, "%s parses", v6);
                continue;
            }
            is_int(netguard_addr_ok(&none, &u, (struct sockaddr *)&s6, sizeof s6), want, "  as %s",
                   v6);
        }
        return;
    }
    if (inet_pton(AF_INET6, text, &s6.sin6_addr) != 1) {
        ok(0, "%s parses", text);
        return;
    }
    const char *why = netguard_addr_why((struct sockaddr *)&s6, sizeof s6);
    is_int(netguard_addr_ok(&none, &u, (struct sockaddr *)&s6, sizeof s6), want, "%s %s%s", text,
           want ? "accepted" : "refused: ", why ? why : "");
}

static void test_addrs(void)
{
    static const char *const refused[] = {
        /* each IPv4 range at its start, inside and at its end */
        "0.0.0.0", "0.1.2.3", "0.255.255.255", "10.0.0.0", "10.1.2.3", "10.255.255.255",
        "100.64.0.0", "100.100.1.1", "100.127.255.255", "127.0.0.1", "127.255.255.254",
        "169.254.0.1", "169.254.169.254", "169.254.255.255", "172.16.0.0", "172.20.1.1",
        "172.31.255.255", "192.0.0.0", "192.0.0.170", "192.0.0.255", "192.0.2.0", "192.0.2.55",
        "192.0.2.255", "192.168.0.0", "192.168.1.1", "192.168.255.255", "198.18.0.0", "198.19.1.1",
        "198.19.255.255", "198.51.100.0", "198.51.100.7", "198.51.100.255", "203.0.113.0",
        "203.0.113.9", "203.0.113.255", "224.0.0.1", "239.255.255.250", "240.0.0.1", "250.1.2.3",
        "255.255.255.254", "255.255.255.255",
        /* IPv6 */
        "::", "::1", "::2", "::127.0.0.1", "::8.8.8.8", "fc00::1", "fd12:3456:789a::1",
        "fdff:ffff::1", "fe80::1", "febf:ffff::1", "fec0::1", "feff::1", "ff02::1", "ff0e::fb",
        "2001:db8::1", "2001:db8:ffff::1", "2001:2::1", "100::1", "4000::1", "1fff::1",
        "64:ff9b:1::1", "2002:7f00:1::1", "2002:0a00:0001::1", "2002:c0a8:0101::1",
        "2002:a9fe:a9fe::1", "2002:e000:1::1"};
    static const char *const accepted[] = {
        "8.8.8.8", "1.1.1.1", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0",
        "126.255.255.255", "128.0.0.0", "169.253.255.255", "169.255.0.0", "172.15.255.255",
        "172.32.0.0", "192.0.1.255", "192.0.3.0", "192.167.255.255", "192.169.0.0",
        "198.17.255.255", "198.20.0.0", "198.51.99.255", "198.51.101.0", "203.0.112.255",
        "203.0.114.0", "223.255.255.255", "142.250.74.110",
        /* IPv6 */
        "2606:4700::1111", "2a00:1450:4007:80e::200a", "2001:4860:4860::8888", "2001:db9::1",
        "2002:0808:0808::1", "3fff:ffff::1", "2001:3::1"};
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
        check_addr(refused[i], 0);
    for (size_t i = 0; i < sizeof accepted / sizeof accepted[0]; i++)
        check_addr(accepted[i], 1);

    struct sockaddr_in6 s6 = {.sin6_family = AF_INET6};
    struct netguard_url u = {.https = 1, .port = 443};
    inet_pton(AF_INET6, "2606:4700::1111", &s6.sin6_addr);
    is_int(netguard_addr_ok(&none, &u, (struct sockaddr *)&s6, sizeof s6 - 1), 0,
           "a short sockaddr is refused");
    struct sockaddr sun = {.sa_family = AF_UNIX};
    is_int(netguard_addr_ok(&none, &u, &sun, sizeof sun), 0, "not an IP address");

    struct sockaddr_in lo = {.sin_family = AF_INET};
    inet_pton(AF_INET, "127.0.0.1", &lo.sin_addr);
    struct netguard_url ex;
    is_int(netguard_check_url(&guard, "http://127.0.0.1:8443/", &ex, NULL), 0, "the exception");
    is_int(netguard_addr_ok(&guard, &ex, (struct sockaddr *)&lo, sizeof lo), 1,
           "the exception may reach loopback");
    is_int(netguard_check_url(&guard, "https://127.0.0.1:8444/", &ex, NULL), 0, "another port");
    is_int(netguard_addr_ok(&guard, &ex, (struct sockaddr *)&lo, sizeof lo), 0,
           "another port on the same host may not");
}

static void test_resolve(void)
{
    struct netguard_url u;
    const char *why = NULL;
    is_int(netguard_check_url(&none, "https://localhost/p", &u, NULL), 0, "localhost: form ok");
    is_int(netguard_resolve(&none, &u, &why), -EACCES, "localhost refused");
    ok(why && strcmp(why, "loopback") == 0, "  because it is loopback (%s)", why ? why : "NULL");
    is_int(netguard_check_url(&none, "https://10.0.0.1/p", &u, NULL), 0, "10.0.0.1: form ok");
    is_int(netguard_resolve(&none, &u, &why), -EACCES, "10.0.0.1 refused");
    is_str(why, "private", "  private");
    is_int(netguard_check_url(&none, "https://[::1]:443/p", &u, NULL), 0, "[::1]: form ok");
    is_int(netguard_resolve(&none, &u, &why), -EACCES, "[::1] refused");
    is_int(netguard_check_url(&none, "https://169.254.169.254/latest", &u, NULL), 0, "metadata");
    is_int(netguard_resolve(&none, &u, &why), -EACCES, "the metadata address refused");
    is_int(netguard_check_url(&none, "https://2130706433/", &u, NULL), 0, "127.0.0.1 as a number");
    is_int(netguard_resolve(&none, &u, &why), -EACCES, "still loopback once resolved");
    is_int(netguard_check_url(&none, "https://8.8.8.8/", &u, NULL), 0, "8.8.8.8");
    is_int(netguard_resolve(&none, &u, &why), 0, "a public literal passes (no DNS needed)");

    is_int(netguard_check_url(&none, "https://127.0.0.1:8443/p", &u, NULL), 0, "127.0.0.1:8443");
    is_int(netguard_resolve(&none, &u, &why), -EACCES, "refused without the exception");
    is_int(netguard_check_url(&guard, "https://127.0.0.1:8443/p", &u, NULL), 0, "as the exception");
    is_int(netguard_resolve(&guard, &u, &why), 0, "allowed as the exception");
    is_int(netguard_check_url(&guard, "https://127.0.0.1:8444/p", &u, NULL), 0, "another port");
    is_int(netguard_resolve(&guard, &u, &why), -EACCES, "refused on another port");

    is_int(netguard_check_url(&none, "https://no-such-host.invalid/p", &u, NULL), 0, ".invalid");
    /* -EAGAIN where this machine has no DNS at all: either way, not a pass. */
    int rc = netguard_resolve(&none, &u, &why);
    ok(rc == -ENOENT || rc == -EAGAIN, "a name that does not resolve (%d: %s)", rc,
       why ? why : "NULL");
}

/* The socket callback: a refused address opens nothing and says why; a
 * public one gets a close-on-exec socket. */
static void test_socket(void)
{
    struct netguard_url u;
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(443)};
    const char *why = "x";
    is_int(netguard_check_url(NULL, "https://feeds.example/rss.xml", &u, NULL), 0, "a feed URL");
    inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
    is_int(
        netguard_socket(NULL, &u, AF_INET, SOCK_STREAM, 0, (struct sockaddr *)&sa, sizeof sa, &why),
        -1, "loopback: no socket");
    is_str(why, "loopback", "and why");
    inet_pton(AF_INET, "93.184.216.34", &sa.sin_addr);
    int fd =
        netguard_socket(NULL, &u, AF_INET, SOCK_STREAM, 0, (struct sockaddr *)&sa, sizeof sa, &why);
    ok(fd >= 0 && why == NULL, "a public address: a socket");
    ok(fd >= 0 && (fcntl(fd, F_GETFD) & FD_CLOEXEC), "close-on-exec");
    if (fd >= 0)
        close(fd);
}

int main(void)
{
    if (netguard_allow(&guard, "127.0.0.1:8443") < 0)
        return 1;
    test_allow();
    test_urls();
    test_addrs();
    test_resolve();
    test_socket();
    return done_testing();
}
