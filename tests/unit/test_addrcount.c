/* Unit tests for src/addrcount.c: the per-key cap (refused at the cap,
 * nothing counted), keys apart, a closed connection freeing its place, the
 * table's fixed bound (full is -ENOSPC, never a wedge), counts kept exact
 * through thousands of random takes and puts against a plain model (the
 * table grown as keys come, the run closed up behind each removed key), and
 * exact counts under concurrent threads. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "addrcount.h"
#include "tap.h"

static void key_of(unsigned n, unsigned char key[16])
{
    memset(key, 0, 16);
    key[10] = key[11] = 0xff; /* an IPv4 address mapped into IPv6, 10.x.y.z */
    key[12] = 10;
    key[13] = (unsigned char)(n >> 16);
    key[14] = (unsigned char)(n >> 8);
    key[15] = (unsigned char)n;
}

static void test_cap(void)
{
    struct addrcount *ac = addrcount_new(100, 3);
    unsigned char a[16], b[16];
    unsigned held = 0;
    key_of(1, a);
    key_of(2, b);

    for (unsigned i = 1; i <= 3; i++) {
        is_int(addrcount_take(ac, a, &held), 0, "take %u of 3", i);
        is_int(held, i, "held %u", i);
    }
    is_int(addrcount_take(ac, a, &held), -EAGAIN, "the fourth is refused");
    is_int(held, 3, "held stays 3");
    is_int(addrcount_take(ac, a, NULL), -EAGAIN, "and again");
    is_int(addrcount_held(ac, a), 3, "a refusal counts nothing");
    is_int(addrcount_take(ac, b, NULL), 0, "another address has its own share");
    is_int(addrcount_keys(ac), 2, "two keys");

    addrcount_put(ac, a);
    is_int(addrcount_held(ac, a), 2, "a closed connection frees one place");
    is_int(addrcount_take(ac, a, NULL), 0, "which the address may take again");
    for (int i = 0; i < 3; i++)
        addrcount_put(ac, a);
    is_int(addrcount_held(ac, a), 0, "all closed: none held");
    is_int(addrcount_keys(ac), 1, "and the key has left the table");
    addrcount_put(ac, a);
    is_int(addrcount_held(ac, a), 0, "a put with nothing held is ignored");
    is_int(addrcount_held(ac, b), 1, "and touches no other key");
    addrcount_free(ac);

    ac = addrcount_new(10, 0);
    is_int(addrcount_take(ac, a, NULL), 0, "per_key 0 is taken as 1");
    is_int(addrcount_take(ac, a, NULL), -EAGAIN, "so the second is refused");
    addrcount_free(ac);
}

static void test_bound(void)
{
    /* max_held 40: at most 256 slots (the first size), room for 128 keys. */
    struct addrcount *ac = addrcount_new(40, 2);
    unsigned char k[16];
    unsigned fitted = 0;
    int rc = 0;
    for (unsigned i = 0; i < 1000 && (rc = addrcount_take(ac, (key_of(i, k), k), NULL)) == 0; i++)
        fitted++;
    ok(fitted >= 40, "at least max_held keys fit (%u)", fitted);
    is_int(rc, -ENOSPC, "past the table's room: -ENOSPC, not a wedge");
    is_int(addrcount_keys(ac), fitted, "the refused key is not in the table");
    key_of(0, k);
    is_int(addrcount_take(ac, k, NULL), 0, "a key already in may still take its second");
    addrcount_put(ac, k);
    addrcount_put(ac, k);
    key_of(5000, k);
    is_int(addrcount_take(ac, k, NULL), 0, "one key gone: a new one fits");
    addrcount_free(ac);
}

/* Random takes and puts over 300 keys, checked after each step against a
 * plain array: a removal that left a key unreachable, or found the wrong
 * slot, shows as a count that differs. */
static void test_model(void)
{
    enum { NKEYS = 300, STEPS = 200000, CAP = 4 };
    struct addrcount *ac = addrcount_new(NKEYS, CAP);
    unsigned model[NKEYS] = {0};
    unsigned char k[16];
    uint32_t x = 12345;
    int bad = 0, refused = 0;
    size_t live = 0;

    for (int step = 0; step < STEPS && !bad; step++) {
        x = x * 1103515245u + 12345u;
        unsigned i = (x >> 8) % NKEYS;
        key_of(i * 7919, k); /* spread, and many share a home slot */
        if ((x >> 20) % 3 == 0) {
            addrcount_put(ac, k);
            if (model[i] && --model[i] == 0)
                live--;
        } else {
            int rc = addrcount_take(ac, k, NULL);
            int want = model[i] < CAP ? 0 : -EAGAIN;
            if (rc != want)
                bad = 1;
            if (rc == 0 && model[i]++ == 0)
                live++;
            refused += rc == -EAGAIN;
        }
        if (step % 997 == 0)
            for (unsigned j = 0; j < NKEYS && !bad; j++)
                bad = addrcount_held(ac, (key_of(j * 7919, k), k)) != model[j];
        bad = bad || addrcount_keys(ac) != live;
    }
    for (unsigned j = 0; j < NKEYS && !bad; j++)
        bad = addrcount_held(ac, (key_of(j * 7919, k), k)) != model[j];
    ok(!bad, "200,000 random takes and puts: every count as the model's");
    ok(refused > 0, "the cap was met along the way (%d refusals)", refused);
    addrcount_free(ac);
}

struct worker {
    struct addrcount *ac;
    unsigned seed;
    int over; /* a take saw more than the cap held */
};

static void *work(void *arg)
{
    struct worker *w = arg;
    unsigned char k[16];
    for (int i = 0; i < 20000; i++) {
        w->seed = w->seed * 1103515245u + 12345u;
        key_of((w->seed >> 10) % 8, k);
        unsigned held = 0;
        if (addrcount_take(w->ac, k, &held) == 0) {
            w->over |= held > 3;
            addrcount_put(w->ac, k);
        }
    }
    return NULL;
}

static void test_threads(void)
{
    struct addrcount *ac = addrcount_new(64, 3);
    struct worker w[4];
    pthread_t t[4];
    for (int i = 0; i < 4; i++) {
        w[i] = (struct worker){.ac = ac, .seed = (unsigned)i * 7u + 1u};
        pthread_create(&t[i], NULL, work, &w[i]);
    }
    int over = 0;
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
        over |= w[i].over;
    }
    ok(!over, "four threads: no key ever held more than its cap");
    is_int(addrcount_keys(ac), 0, "every take was put back: the table is empty");
    addrcount_free(ac);
}

int main(void)
{
    test_cap();
    test_bound();
    test_model();
    test_threads();
    return done_testing();
}
