/*
 * addrcount.c: exact per-address connection counts in a fixed table (see
 * addrcount.h).
 */
#include "addrcount.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "xmalloc.h"

struct ac_slot {
    unsigned char key[16];
    uint32_t count; /* 0: free */
};

struct addrcount {
    pthread_mutex_t mu;
    uint64_t seed;
    size_t mask;      /* slots - 1, slots a power of two */
    size_t max_slots; /* the most it grows to: twice max_held, rounded up */
    size_t max_keys, nkeys;
    unsigned per_key;
    struct ac_slot *slots;
};

#define AC_MIN_SLOTS 256

struct addrcount *addrcount_new(size_t max_held, unsigned per_key)
{
    struct addrcount *ac = xcalloc(1, sizeof *ac);
    size_t most = AC_MIN_SLOTS;
    while (most < 2 * max_held && most < ((size_t)1 << 40))
        most *= 2;
    pthread_mutex_init(&ac->mu, NULL);
    ac->max_slots = most;
    ac->max_keys = most / 2;
    ac->mask = AC_MIN_SLOTS - 1;
    ac->per_key = per_key ? per_key : 1;
    ac->slots = xcalloc(AC_MIN_SLOTS, sizeof *ac->slots);
    if (getrandom(&ac->seed, sizeof ac->seed, 0) != (ssize_t)sizeof ac->seed)
        ac->seed = (uint64_t)time(NULL) * 0x9e3779b97f4a7c15ULL ^ (uintptr_t)ac;
    return ac;
}

void addrcount_free(struct addrcount *ac)
{
    if (!ac)
        return;
    pthread_mutex_destroy(&ac->mu);
    free(ac->slots);
    free(ac);
}

static uint64_t mix(uint64_t x)
{
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

static size_t home(const struct addrcount *ac, const unsigned char key[16])
{
    uint64_t w0, w1;
    memcpy(&w0, key, 8);
    memcpy(&w1, key + 8, 8);
    return (size_t)mix(mix(w0 ^ ac->seed) ^ w1 ^ (ac->seed >> 23)) & ac->mask;
}

/* The slot holding key, or the free slot that ends its run. */
static size_t find(const struct addrcount *ac, const unsigned char key[16])
{
    size_t i = home(ac, key);
    while (ac->slots[i].count && memcmp(ac->slots[i].key, key, 16) != 0)
        i = (i + 1) & ac->mask;
    return i;
}

/* Doubles the table when it is half full, up to max_slots: its memory
 * follows the addresses connected, not the cap. */
static void grow(struct addrcount *ac)
{
    size_t n = ac->mask + 1;
    if (2 * (ac->nkeys + 1) <= n || n >= ac->max_slots)
        return;
    struct ac_slot *old = ac->slots;
    ac->slots = xcalloc(2 * n, sizeof *ac->slots);
    ac->mask = 2 * n - 1;
    for (size_t i = 0; i < n; i++)
        if (old[i].count)
            ac->slots[find(ac, old[i].key)] = old[i];
    free(old);
}

int addrcount_take(struct addrcount *ac, const unsigned char key[16], unsigned *held)
{
    int rc = 0;
    pthread_mutex_lock(&ac->mu);
    size_t i = find(ac, key);
    if (!ac->slots[i].count && ac->nkeys < ac->max_keys) {
        grow(ac);
        i = find(ac, key);
    }
    struct ac_slot *s = &ac->slots[i];
    if (s->count >= ac->per_key) {
        rc = -EAGAIN;
    } else if (!s->count && ac->nkeys >= ac->max_keys) {
        rc = -ENOSPC;
    } else {
        if (!s->count) {
            memcpy(s->key, key, 16);
            ac->nkeys++;
        }
        s->count++;
    }
    if (held)
        *held = s->count;
    pthread_mutex_unlock(&ac->mu);
    return rc;
}

/* Empties slot i and closes up the run behind it: each later entry of the
 * run whose home is not cyclically in (i, j] moves back into the hole. */
static void remove_at(struct addrcount *ac, size_t i)
{
    size_t j = i;
    for (;;) {
        j = (j + 1) & ac->mask;
        if (!ac->slots[j].count)
            break;
        size_t k = home(ac, ac->slots[j].key);
        int stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
        if (stays)
            continue;
        ac->slots[i] = ac->slots[j];
        i = j;
    }
    memset(&ac->slots[i], 0, sizeof ac->slots[i]);
}

void addrcount_put(struct addrcount *ac, const unsigned char key[16])
{
    pthread_mutex_lock(&ac->mu);
    size_t i = find(ac, key);
    if (ac->slots[i].count && --ac->slots[i].count == 0) {
        remove_at(ac, i);
        ac->nkeys--;
    }
    pthread_mutex_unlock(&ac->mu);
}

unsigned addrcount_held(struct addrcount *ac, const unsigned char key[16])
{
    pthread_mutex_lock(&ac->mu);
    unsigned n = ac->slots[find(ac, key)].count;
    pthread_mutex_unlock(&ac->mu);
    return n;
}

size_t addrcount_keys(struct addrcount *ac)
{
    pthread_mutex_lock(&ac->mu);
    size_t n = ac->nkeys;
    pthread_mutex_unlock(&ac->mu);
    return n;
}
