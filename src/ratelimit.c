#include "ratelimit.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "auth.h"
#include "netaddr.h"
#include "xmalloc.h"

struct rl_slot {
    uint64_t hash; /* 0: free */
    double tokens;
    int64_t last_ms; /* when tokens was last brought up to date */
};

struct ratelimit {
    pthread_mutex_t mu;
    double per_ms, burst;
    uint64_t seed;
    size_t nsets;
    struct rl_slot *slots; /* nsets * RATELIMIT_WAYS */
};

struct ratelimit *ratelimit_new(size_t slots, double per_minute, double burst)
{
    struct ratelimit *rl = xcalloc(1, sizeof *rl);
    pthread_mutex_init(&rl->mu, NULL);
    rl->per_ms = per_minute > 0 ? per_minute / 60000.0 : 0;
    rl->burst = burst < 1 ? 1 : burst;
    rl->nsets = (slots + RATELIMIT_WAYS - 1) / RATELIMIT_WAYS;
    if (rl->nsets == 0)
        rl->nsets = 1;
    rl->slots = xcalloc(rl->nsets * RATELIMIT_WAYS, sizeof *rl->slots);
    if (auth_random(&rl->seed, sizeof rl->seed) < 0)
        rl->seed = (uint64_t)time(NULL) * 0x9e3779b97f4a7c15ULL;
    return rl;
}

void ratelimit_free(struct ratelimit *rl)
{
    if (!rl)
        return;
    pthread_mutex_destroy(&rl->mu);
    free(rl->slots);
    free(rl);
}

size_t ratelimit_capacity(const struct ratelimit *rl)
{
    return rl ? rl->nsets * RATELIMIT_WAYS : 0;
}

/* FNV-1a over the key, started from the seed, then a splitmix64 finish so
 * that every bit of the result depends on every byte. Never 0 (free). */
static uint64_t key_hash(uint64_t seed, const char *key)
{
    uint64_t h = 0xcbf29ce484222325ULL ^ seed;
    for (const unsigned char *p = (const unsigned char *)key; *p; p++)
        h = (h ^ *p) * 0x100000001b3ULL;
    h ^= seed >> 17;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h ? h : 1;
}

/* Takes cost (0 < cost <= 1) from key's bucket: ratelimit_take() for one. */
static int take(struct ratelimit *rl, const char *key, double cost, int64_t now_ms,
                int64_t *retry_ms)
{
    if (!rl || rl->per_ms <= 0 || !key || !*key)
        return 0;
    uint64_t h = key_hash(rl->seed, key);
    int rc = 0;

    pthread_mutex_lock(&rl->mu);
    struct rl_slot *set = rl->slots + (h % rl->nsets) * RATELIMIT_WAYS, *s = NULL, *lru = set;
    for (size_t i = 0; i < RATELIMIT_WAYS; i++) {
        if (set[i].hash == h) {
            s = &set[i];
            break;
        }
        if (lru->hash && (!set[i].hash || set[i].last_ms < lru->last_ms))
            lru = &set[i];
    }
    if (!s) {
        s = lru;
        s->hash = h;
        s->tokens = rl->burst;
        s->last_ms = now_ms;
    }
    if (now_ms > s->last_ms) {
        s->tokens += (double)(now_ms - s->last_ms) * rl->per_ms;
        if (s->tokens > rl->burst)
            s->tokens = rl->burst;
        s->last_ms = now_ms;
    }
    if (s->tokens >= cost) {
        s->tokens -= cost;
    } else {
        rc = -EAGAIN;
        if (retry_ms) {
            int64_t wait = (int64_t)((cost - s->tokens) / rl->per_ms) + 1;
            *retry_ms = wait > 0 ? wait : 1;
        }
    }
    pthread_mutex_unlock(&rl->mu);
    return rc;
}

int ratelimit_take(struct ratelimit *rl, const char *key, int64_t now_ms, int64_t *retry_ms)
{
    return take(rl, key, 1.0, now_ms, retry_ms);
}

int ratelimit_take_addr(struct ratelimit *rl, const char *peer, int64_t now_ms, int64_t *retry_ms)
{
    char key[RATELIMIT_KEY_MAX];
    unsigned char a[16], site[16];

    ratelimit_addr_key(peer, key);
    if (take(rl, key, 1.0, now_ms, retry_ms) < 0)
        return -EAGAIN;
    if (!peer || netaddr_parse(peer, strlen(peer), a) < 0 || !netaddr_site_key(a, site))
        return 0;
    netaddr_format(site, 48, key, sizeof key);
    return take(rl, key, 1.0 / RATELIMIT_SITE_SHARES, now_ms, retry_ms);
}

void ratelimit_addr_key(const char *peer, char out[RATELIMIT_KEY_MAX])
{
    unsigned char a[16], key[16];

    if (!peer)
        peer = "";
    if (netaddr_parse(peer, strlen(peer), a) < 0) {
        snprintf(out, RATELIMIT_KEY_MAX, "%s", peer);
        return;
    }
    netaddr_client_key(a, key); /* the same key the door's connection cap counts by */
    netaddr_format(key, 64, out, RATELIMIT_KEY_MAX);
}

int64_t ratelimit_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
