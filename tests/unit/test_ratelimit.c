/* Unit tests for src/ratelimit.c: the token bucket (burst, refusal with the
 * time to wait, refill), keys kept apart, a limiter that is off, the fixed
 * table whatever the number of keys (least recently used slot evicted), the
 * address keys (IPv4, IPv4 mapped into IPv6, IPv6 /64), and exact counting
 * under concurrent takers. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "ratelimit.h"
#include "tap.h"

static void test_bucket(void)
{
    struct ratelimit *rl = ratelimit_new(64, 30, 60); /* 30 a minute, burst 60 */
    int64_t t = 1000000, retry = 0;
    int allowed = 0;

    for (int i = 0; i < 100; i++)
        allowed += ratelimit_take(rl, "192.0.2.1", t, NULL) == 0;
    is_int(allowed, 60, "a burst of 60 goes through, then no more");
    is_int(ratelimit_take(rl, "192.0.2.1", t, &retry), -EAGAIN, "refused when empty");
    ok(retry >= 1900 && retry <= 2001, "retry after about 2 s (one token at 30/min): %lld",
       (long long)retry);
    is_int(ratelimit_take(rl, "192.0.2.1", t + retry - 50, NULL), -EAGAIN,
           "still empty just before");
    is_int(ratelimit_take(rl, "192.0.2.1", t + retry, NULL), 0, "a token is back after retry");
    is_int(ratelimit_take(rl, "192.0.2.1", t + retry, NULL), -EAGAIN, "and only one");

    /* Another key has its own bucket. */
    is_int(ratelimit_take(rl, "192.0.2.2", t, NULL), 0, "another address is not limited");

    /* A minute refills 30, never more than the burst. */
    allowed = 0;
    for (int i = 0; i < 100; i++)
        allowed += ratelimit_take(rl, "192.0.2.1", t + retry + 60000, NULL) == 0;
    is_int(allowed, 30, "30 tokens a minute");
    allowed = 0;
    for (int i = 0; i < 100; i++)
        allowed += ratelimit_take(rl, "192.0.2.1", t + 3600000, NULL) == 0;
    is_int(allowed, 60, "an hour later: the burst, not 30 a minute for an hour");
    /* A clock that goes back does not add tokens. */
    is_int(ratelimit_take(rl, "192.0.2.1", t, NULL), -EAGAIN, "time going back adds nothing");
    ratelimit_free(rl);
}

static void test_off(void)
{
    struct ratelimit *off = ratelimit_new(8, 0, 1);
    int allowed = 0;
    for (int i = 0; i < 1000; i++)
        allowed += ratelimit_take(off, "192.0.2.1", 0, NULL) == 0;
    is_int(allowed, 1000, "per_minute 0: off");
    ratelimit_free(off);
    is_int(ratelimit_take(NULL, "192.0.2.1", 0, NULL), 0, "no limiter: allowed");
    struct ratelimit *rl = ratelimit_new(8, 1, 1);
    is_int(ratelimit_take(rl, "", 0, NULL), 0, "unknown address: allowed");
    is_int(ratelimit_take(rl, "", 0, NULL), 0, "unknown address: allowed again");
    ratelimit_free(rl);
    ratelimit_free(NULL);
}

static void test_bounded(void)
{
    struct ratelimit *rl = ratelimit_new(1000, 60, 2);
    char key[32];

    is_int(ratelimit_capacity(rl), 1000, "capacity is fixed at creation");
    /* The victim uses its burst up. */
    is_int(ratelimit_take(rl, "victim", 0, NULL), 0, "victim 1");
    is_int(ratelimit_take(rl, "victim", 0, NULL), 0, "victim 2");
    is_int(ratelimit_take(rl, "victim", 0, NULL), -EAGAIN, "victim limited");
    /* 100,000 other addresses, each seen once, later. */
    for (int i = 0; i < 100000; i++) {
        snprintf(key, sizeof key, "10.%d.%d.%d", i >> 16 & 255, i >> 8 & 255, i & 255);
        ratelimit_take(rl, key, 10, NULL);
    }
    is_int(ratelimit_capacity(rl), 1000, "still the same table");
    /* The last key is remembered: the newest entry of its set is never the
     * one evicted. */
    snprintf(key, sizeof key, "10.%d.%d.%d", 99999 >> 16 & 255, 99999 >> 8 & 255, 99999 & 255);
    is_int(ratelimit_take(rl, key, 10, NULL), 0, "the newest key has its second token");
    is_int(ratelimit_take(rl, key, 10, NULL), -EAGAIN, "and then none: it was kept");

    /* A recently used key survives a flood of keys older than it: the
     * least recently used slot of a set goes first. */
    struct ratelimit *small = ratelimit_new(8, 60, 1); /* one set of 8 */
    is_int(ratelimit_capacity(small), 8, "one set");
    for (int i = 0; i < 7; i++) {
        snprintf(key, sizeof key, "old-%d", i);
        ratelimit_take(small, key, 0, NULL);
    }
    is_int(ratelimit_take(small, "hot", 5, NULL), 0, "hot takes its token");
    snprintf(key, sizeof key, "new-%d", 0);
    ratelimit_take(small, key, 6, NULL); /* evicts old-0, the least recent */
    is_int(ratelimit_take(small, "hot", 6, NULL), -EAGAIN, "hot is still known (and empty)");
    ratelimit_free(small);
    ratelimit_free(rl);
}

static void key_is(const char *peer, const char *want)
{
    char out[RATELIMIT_KEY_MAX];
    ratelimit_addr_key(peer, out);
    is_str(out, want, "key of \"%s\"", peer ? peer : "(null)");
}

static void test_addr_key(void)
{
    key_is("192.0.2.7", "192.0.2.7");
    key_is("::ffff:192.0.2.7", "192.0.2.7");
    key_is("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64");
    key_is("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64");
    key_is("::1", "::/64");
    key_is("", "");
    key_is(NULL, "");
    key_is("not an address", "not an address");
}

/* A holder of a /48 going round its /64s gets twice one address's burst and
 * rate, no more; an IPv4 address and another /48 are limited apart. */
static void test_take_addr(void)
{
    struct ratelimit *rl = ratelimit_new(4096, 60, 5); /* a token a second, bursts of 5 */
    char peer[64];
    int in = 0;
    int64_t retry = 0;

    for (int i = 0; i < 1000; i++) {
        snprintf(peer, sizeof peer, "2001:db8:5:%x::1", i);
        in += ratelimit_take_addr(rl, peer, 0, NULL) == 0;
    }
    is_int(in, 5 * RATELIMIT_SITE_SHARES, "1,000 /64s of one /48: twice one burst");
    is_int(ratelimit_take_addr(rl, "2001:db8:5:ffff::1", 0, &retry), -EAGAIN,
           "a fresh /64 of that /48 is refused");
    ok(retry >= 1 && retry <= 1000, "with the wait for the /48's next share (%lld ms)",
       (long long)retry);
    in = 0;
    for (int i = 0; i < 1000; i++) {
        snprintf(peer, sizeof peer, "2001:db8:5:%x::1", 2000 + i);
        in += ratelimit_take_addr(rl, peer, 3000, NULL) == 0;
    }
    is_int(in, 3 * RATELIMIT_SITE_SHARES, "3 s later: twice three tokens' worth, no more");

    is_int(ratelimit_take_addr(rl, "2001:db8:6:1::1", 0, NULL), 0, "another /48 has its own");
    for (int i = 0; i < 5; i++)
        is_int(ratelimit_take_addr(rl, "192.0.2.9", 0, NULL), 0, "IPv4, take %d of 5", i + 1);
    is_int(ratelimit_take_addr(rl, "192.0.2.9", 0, NULL), -EAGAIN, "IPv4: one address's burst");
    is_int(ratelimit_take_addr(rl, "192.0.2.10", 0, NULL), 0, "the next IPv4 address is apart");
    for (int i = 0; i < 5; i++)
        ratelimit_take_addr(rl, "2001:db8:7:1::1", 0, NULL);
    is_int(ratelimit_take_addr(rl, "2001:db8:7:1::2", 0, NULL), -EAGAIN,
           "one /64 still has one burst, whatever its /48 has left");
    is_int(ratelimit_take_addr(rl, "", 0, NULL), 0, "an unknown address is not limited");
    ratelimit_free(rl);
}

struct taker {
    struct ratelimit *rl;
    int allowed;
};

static void *take_many(void *arg)
{
    struct taker *t = arg;
    for (int i = 0; i < 5000; i++)
        t->allowed += ratelimit_take(t->rl, "198.51.100.1", 42, NULL) == 0;
    return NULL;
}

static void test_threads(void)
{
    struct ratelimit *rl = ratelimit_new(64, 1, 500);
    struct taker t[4];
    pthread_t th[4];
    for (int i = 0; i < 4; i++) {
        t[i].rl = rl;
        t[i].allowed = 0;
        pthread_create(&th[i], NULL, take_many, &t[i]);
    }
    int total = 0;
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        total += t[i].allowed;
    }
    is_int(total, 500, "four threads share one bucket exactly");
    ratelimit_free(rl);
}

int main(void)
{
    test_bucket();
    test_off();
    test_bounded();
    test_addr_key();
    test_take_addr();
    test_threads();
    return done_testing();
}
