/* Unit tests for the listener's door per client address (listener_admit(),
 * listener_release()): an address's share, an IPv6 /48's share of twice
 * that (a holder of a /48 has 65,536 /64s and must not take the node through
 * them), nothing counted on a refusal, places given back on release, and the
 * addresses never counted (the machine itself, trusted proxies). */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>

#include "addrcount.h"
#include "listener.h"
#include "netaddr.h"
#include "tap.h"

#define SHARE 3

static socklen_t addr_of(const char *text, struct sockaddr_storage *ss)
{
    memset(ss, 0, sizeof *ss);
    if (strchr(text, ':')) {
        struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)ss;
        s6->sin6_family = AF_INET6;
        inet_pton(AF_INET6, text, &s6->sin6_addr);
        return sizeof *s6;
    }
    struct sockaddr_in *s4 = (struct sockaddr_in *)ss;
    s4->sin_family = AF_INET;
    inet_pton(AF_INET, text, &s4->sin_addr);
    return sizeof *s4;
}

/* listener_admit() for the address text: its code; *slot and who filled. */
static int admit(struct listener_counts *n, const char *text, struct listener_slot *slot, char *who)
{
    struct sockaddr_storage ss;
    socklen_t len = addr_of(text, &ss);
    who[0] = '\0';
    int rc = listener_admit(n, &ss, len, slot, who, NETADDR_TEXT_MAX + 4);
    if (rc == 0)
        atomic_fetch_add(&n->conns, 1);
    return rc;
}

static void door_open(struct listener_counts *n, int with_site)
{
    memset(n, 0, sizeof *n);
    n->max_conns = 100000;
    n->per_addr_max = SHARE;
    n->per_addr = addrcount_new((size_t)n->max_conns, SHARE);
    if (with_site)
        n->per_site = addrcount_new((size_t)n->max_conns, SHARE * LISTENER_SITE_SHARES);
}

static void door_close(struct listener_counts *n)
{
    addrcount_free(n->per_addr);
    addrcount_free(n->per_site);
}

static void test_site_share(void)
{
    struct listener_counts n;
    struct listener_slot a[SHARE], b[SHARE], c, x;
    char who[NETADDR_TEXT_MAX + 4], text[64];
    unsigned char site[16];

    door_open(&n, 1);
    for (int i = 0; i < SHARE; i++) {
        snprintf(text, sizeof text, "2001:db8:1:1::%d", i + 1);
        is_int(admit(&n, text, &a[i], who), 0, "first /64, connection %d", i + 1);
        is_int(a[i].counted, LISTENER_COUNTED_ADDR | LISTENER_COUNTED_SITE,
               "counted for its address and its /48");
    }
    is_int(admit(&n, "2001:db8:1:1::99", &x, who), -EAGAIN, "the /64's share is full");
    is_str(who, "2001:db8:1:1::/64", "and the refusal names the /64");
    is_int(x.counted, 0, "nothing counted");
    for (int i = 0; i < SHARE; i++) {
        snprintf(text, sizeof text, "2001:db8:1:2::%d", i + 1);
        is_int(admit(&n, text, &b[i], who), 0, "second /64 of the /48, connection %d", i + 1);
    }
    is_int(admit(&n, "2001:db8:1:3::1", &c, who), -EBUSY, "a third /64: the /48's share is full");
    is_str(who, "2001:db8:1::/48", "and the refusal names the /48");
    is_int(c.counted, 0, "nothing counted");
    unsigned char key[16];
    inet_pton(AF_INET6, "2001:db8:1:3::", key);
    is_int(addrcount_held(n.per_addr, key), 0, "the refused /64 holds no place");
    is_int(admit(&n, "2001:db8:2:1::1", &x, who), 0, "another /48 connects");
    listener_release(&n, &x);

    listener_release(&n, &a[0]);
    inet_pton(AF_INET6, "2001:db8:1::", site);
    is_int(addrcount_held(n.per_site, site), 2 * SHARE - 1, "a release gives the /48 a place");
    is_int(admit(&n, "2001:db8:1:3::1", &c, who), 0, "which another /64 of it may take");
    is_int(admit(&n, "2001:db8:1:4::1", &x, who), -EBUSY, "and then the /48 is full again");
    listener_release(&n, &c);
    for (int i = 1; i < SHARE; i++)
        listener_release(&n, &a[i]);
    for (int i = 0; i < SHARE; i++)
        listener_release(&n, &b[i]);
    is_int(addrcount_keys(n.per_addr), 0, "all closed: no address counted");
    is_int(addrcount_keys(n.per_site), 0, "and no /48");
    is_int(atomic_load(&n.conns), 0, "the node's count back to 0");
    door_close(&n);
}

/* One holder of a /48 opening connections from thousands of its /64s. */
static void test_many_prefixes(void)
{
    struct listener_counts n;
    struct listener_slot slot;
    char who[NETADDR_TEXT_MAX + 4], text[64];
    int in = 0, busy = 0;

    door_open(&n, 1);
    for (int i = 0; i < 5000; i++) {
        snprintf(text, sizeof text, "2001:db8:7:%x::1", i);
        int rc = admit(&n, text, &slot, who);
        in += rc == 0;
        busy += rc == -EBUSY;
    }
    is_int(in, SHARE * LISTENER_SITE_SHARES, "5,000 /64s of one /48 hold its share, no more");
    is_int(busy, 5000 - SHARE * LISTENER_SITE_SHARES, "the rest refused for the /48");
    door_close(&n);

    door_open(&n, 0);
    in = 0;
    for (int i = 0; i < 100; i++) {
        snprintf(text, sizeof text, "2001:db8:7:%x::1", i);
        in += admit(&n, text, &slot, who) == 0;
    }
    is_int(in, 100, "with no /48 table (its share past the node's cap), only /64s count");
    door_close(&n);
}

static void test_ipv4_and_exempt(void)
{
    struct listener_counts n;
    struct listener_slot s[SHARE], x;
    char who[NETADDR_TEXT_MAX + 4];

    door_open(&n, 1);
    for (int i = 0; i < SHARE; i++) {
        is_int(admit(&n, "192.0.2.7", &s[i], who), 0, "IPv4, connection %d", i + 1);
        is_int(s[i].counted, LISTENER_COUNTED_ADDR, "counted for its address only (no /48)");
    }
    is_int(admit(&n, "192.0.2.7", &x, who), -EAGAIN, "the address's share is full");
    is_str(who, "192.0.2.7", "the refusal names the address");
    is_int(admit(&n, "192.0.2.8", &x, who), 0, "the next address connects");
    listener_release(&n, &x);
    for (int i = 0; i < SHARE; i++)
        listener_release(&n, &s[i]);
    is_int(addrcount_keys(n.per_addr), 0, "all released");

    for (int i = 0; i < 10; i++) {
        is_int(admit(&n, "::1", &x, who), 0, "::1 connects");
        is_int(x.counted, 0, "and is not counted");
        is_int(admit(&n, "127.0.0.1", &x, who), 0, "127.0.0.1 connects, not counted");
        is_int(x.counted, 0, "and is not counted");
    }
    is_int(netaddr_net_parse("2001:db8:9::/48", n.exempt[0].net, &n.exempt[0].bits), 0,
           "a trusted proxy network");
    n.nexempt = 1;
    for (int i = 0; i < 20; i++)
        is_int(admit(&n, "2001:db8:9:1::5", &x, who), 0, "a trusted proxy is never refused");
    is_int(x.counted, 0, "nor counted");
    is_int(addrcount_keys(n.per_site), 0, "no /48 counted for it");
    door_close(&n);
}

int main(void)
{
    test_site_share();
    test_many_prefixes();
    test_ipv4_and_exempt();
    return done_testing();
}
