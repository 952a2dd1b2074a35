/* Unit tests for src/netaddr.c: addresses read as 16 bytes (IPv4 mapped),
 * networks and prefix lengths, membership, the client key (IPv4 whole,
 * IPv6 by its /64), the machine itself, socket addresses and the text for
 * logs. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <string.h>

#include "netaddr.h"
#include "tap.h"

static int parse(const char *s, unsigned char a[16])
{
    return netaddr_parse(s, strlen(s), a);
}

static void test_parse(void)
{
    unsigned char a[16], b[16];
    static const unsigned char v4[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 0, 2, 1};

    is_int(parse("192.0.2.1", a), 0, "IPv4");
    ok(!memcmp(a, v4, 16), "IPv4 mapped into IPv6");
    is_int(parse("::ffff:192.0.2.1", b), 0, "the mapped form");
    ok(!memcmp(a, b, 16), "is the same address");
    is_int(parse("2001:db8::1", a), 0, "IPv6");
    ok(a[0] == 0x20 && a[1] == 0x01 && a[15] == 1, "IPv6 bytes");
    is_int(parse("192.0.2", a), -EINVAL, "three parts: refused");
    is_int(parse("", a), -EINVAL, "empty: refused");
    is_int(parse("example.org", a), -EINVAL, "a name: refused");
    is_int(netaddr_parse("192.0.2.1junk", 9, a), 0, "only the n bytes given are read");
    is_int(parse("1111:2222:3333:4444:5555:6666:7777:8888:9999", a), -EINVAL, "too long");
}

static void test_nets(void)
{
    unsigned char net[16], a[16];
    int bits = -1;

    is_int(netaddr_net_parse("10.0.0.0/8", net, &bits), 0, "IPv4 network");
    is_int(bits, 104, "an IPv4 /8 is /104 in the IPv6 form");
    parse("10.200.3.4", a);
    ok(netaddr_in_net(a, net, bits), "10.200.3.4 is in 10.0.0.0/8");
    parse("11.0.0.1", a);
    ok(!netaddr_in_net(a, net, bits), "11.0.0.1 is not");
    parse("2001:db8::1", a);
    ok(!netaddr_in_net(a, net, bits), "nor is an IPv6 address");

    is_int(netaddr_net_parse("192.0.2.7", net, &bits), 0, "a bare address");
    is_int(bits, 128, "is the whole address");
    parse("192.0.2.7", a);
    ok(netaddr_in_net(a, net, bits), "matches itself");
    parse("192.0.2.8", a);
    ok(!netaddr_in_net(a, net, bits), "and nothing else");

    is_int(netaddr_net_parse("2001:db8::/33", net, &bits), 0, "IPv6 network");
    is_int(bits, 33, "its length");
    parse("2001:db8:7fff::1", a);
    ok(netaddr_in_net(a, net, bits), "inside a /33 (the 33rd bit 0)");
    parse("2001:db8:8000::1", a);
    ok(!netaddr_in_net(a, net, bits), "outside it (the 33rd bit 1)");
    is_int(netaddr_net_parse("::/0", net, &bits), 0, "::/0");
    ok(netaddr_in_net(a, net, bits), "holds every address");

    is_int(netaddr_net_parse("10.0.0.0/33", net, &bits), -EINVAL, "IPv4 /33: refused");
    is_int(netaddr_net_parse("2001:db8::/129", net, &bits), -EINVAL, "IPv6 /129: refused");
    is_int(netaddr_net_parse("10.0.0.0/", net, &bits), -EINVAL, "no length: refused");
    is_int(netaddr_net_parse("10.0.0.0/8x", net, &bits), -EINVAL, "junk after it: refused");
    is_int(netaddr_net_parse("10.0.0.0/-1", net, &bits), -EINVAL, "negative: refused");
    is_int(netaddr_net_parse("proxy/8", net, &bits), -EINVAL, "a name: refused");
}

static void test_keys(void)
{
    unsigned char a[16], b[16], ka[16], kb[16];
    char text[64];

    parse("2001:db8:1:2:3:4:5:6", a);
    parse("2001:db8:1:2:ffff::", b);
    netaddr_client_key(a, ka);
    netaddr_client_key(b, kb);
    ok(!memcmp(ka, kb, 16), "two addresses of one IPv6 /64: one key");
    netaddr_format(ka, 64, text, sizeof text);
    is_str(text, "2001:db8:1:2::/64", "written with its /64");
    parse("2001:db8:1:3::1", b);
    netaddr_client_key(b, kb);
    ok(memcmp(ka, kb, 16) != 0, "the next /64: another key");

    parse("192.0.2.1", a);
    parse("192.0.2.2", b);
    netaddr_client_key(a, ka);
    netaddr_client_key(b, kb);
    ok(memcmp(ka, kb, 16) != 0, "two IPv4 addresses: two keys");
    netaddr_format(ka, 64, text, sizeof text);
    is_str(text, "192.0.2.1", "an IPv4 key is written as the address");

    parse("2001:db8:1:2:3:4:5:6", a);
    parse("2001:db8:1:ffff::9", b);
    ok(netaddr_site_key(a, ka) == 1 && netaddr_site_key(b, kb) == 1, "IPv6: a site key");
    ok(!memcmp(ka, kb, 16), "two /64s of one /48: one site");
    netaddr_format(ka, 48, text, sizeof text);
    is_str(text, "2001:db8:1::/48", "written with its /48");
    netaddr_client_key(a, kb);
    netaddr_site_key(kb, kb);
    ok(!memcmp(ka, kb, 16), "the site of a client key is the site of its address");
    parse("2001:db8:2::1", b);
    netaddr_site_key(b, kb);
    ok(memcmp(ka, kb, 16) != 0, "the next /48: another site");
    parse("192.0.2.1", a);
    memset(ka, 0xaa, sizeof ka);
    ok(netaddr_site_key(a, ka) == 0 && ka[0] == 0xaa, "IPv4: no site, the key untouched");
    netaddr_format(a, 0, text, sizeof text);
    is_str(text, "192.0.2.1", "an address written plain");
    parse("2001:db8::1", a);
    netaddr_format(a, 0, text, sizeof text);
    is_str(text, "2001:db8::1", "an IPv6 address written plain");

    parse("127.0.0.1", a);
    ok(netaddr_is_self(a), "127.0.0.1 is the machine itself");
    parse("::1", a);
    ok(netaddr_is_self(a), "::1 too");
    parse("127.0.0.2", a);
    ok(!netaddr_is_self(a), "127.0.0.2 is not (tests connect from it)");
    parse("192.0.2.1", a);
    ok(!netaddr_is_self(a), "nor is another address");
}

static void test_sockaddr(void)
{
    struct sockaddr_in s4 = {.sin_family = AF_INET};
    struct sockaddr_in6 s6 = {.sin6_family = AF_INET6};
    unsigned char a[16], want[16];

    inet_pton(AF_INET, "198.51.100.9", &s4.sin_addr);
    is_int(netaddr_of_sockaddr((struct sockaddr *)&s4, sizeof s4, a), 0, "sockaddr_in");
    parse("198.51.100.9", want);
    ok(!memcmp(a, want, 16), "read as the mapped address");
    inet_pton(AF_INET6, "2001:db8::9", &s6.sin6_addr);
    is_int(netaddr_of_sockaddr((struct sockaddr *)&s6, sizeof s6, a), 0, "sockaddr_in6");
    parse("2001:db8::9", want);
    ok(!memcmp(a, want, 16), "its address");
    is_int(netaddr_of_sockaddr((struct sockaddr *)&s6, sizeof s4, a), -EINVAL, "too short");
    struct sockaddr un = {.sa_family = AF_UNIX};
    is_int(netaddr_of_sockaddr(&un, sizeof un, a), -EINVAL, "another family");
}

int main(void)
{
    test_parse();
    test_nets();
    test_keys();
    test_sockaddr();
    return done_testing();
}
