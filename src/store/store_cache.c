/*
 * store_cache: recent channel and token rows, for the lookups every publish
 * makes of its channel and its token.
 *
 * A direct-mapped table of STORE_CACHE_SLOTS rows: a row that hashes to a
 * taken slot replaces it, so the memory is fixed whatever names clients
 * send. Only rows found are kept (a made-up name costs its lookup, never a
 * slot). A row is used for at most STORE_CACHE_TTL_MS. Every change this
 * process makes to a channel, and every access change read from the store
 * (another process's visibility change or delete, store_access_changes()),
 * forgets the table at once; what no access change records (another node's
 * new title or zone) shows within the TTL.
 *
 * Token rows are kept the same way, by their hash, for at most
 * STORE_CACHE_TOKEN_TTL_MS, and forgotten with the channels. A row from here
 * may be stale (revoked a moment ago by another process): it serves only the
 * writes that check their token again in their own transaction
 * (store_audit.token_id), so a revocation still holds on the very next
 * request, whichever process made it. A token's scope and channel never
 * change; its last use is kept current by store_token_touch.
 *
 * A lookup that read the store while a forget happened does not keep its row:
 * the generation counter tells, so a row read before a change never outlives
 * it in the cache.
 */
#include "store/store_cache.h"

#include <openssl/crypto.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "xmalloc.h"

struct chan_slot {
    int used;
    int64_t at; /* ms, when read from the store */
    struct store_channel ch;
};

struct tok_slot {
    int used;
    int64_t at; /* ms, when read from the store */
    struct store_token tok;
};

struct store_cache {
    pthread_mutex_t mu;
    uint64_t gen; /* bumped by every forget */
    uint64_t hits, misses;
    struct chan_slot chans[STORE_CACHE_SLOTS];
    struct tok_slot toks[STORE_CACHE_SLOTS];
};

struct store_cache *store_cache_new(void)
{
    struct store_cache *c = xcalloc(1, sizeof *c);
    pthread_mutex_init(&c->mu, NULL);
    return c;
}

static void forget_locked(struct store_cache *c)
{
    for (size_t i = 0; i < STORE_CACHE_SLOTS; i++) {
        if (c->chans[i].used)
            store_channel_clear(&c->chans[i].ch);
        c->chans[i].used = 0;
        c->toks[i].used = 0;
    }
    c->gen++;
}

void store_cache_free(struct store_cache *c)
{
    if (!c)
        return;
    forget_locked(c);
    pthread_mutex_destroy(&c->mu);
    free(c);
}

void store_cache_forget(struct store_cache *c)
{
    if (!c)
        return;
    pthread_mutex_lock(&c->mu);
    forget_locked(c);
    pthread_mutex_unlock(&c->mu);
}

static size_t slug_slot(const char *slug)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)slug; *p; p++)
        h = (h ^ *p) * 1099511628211u;
    return (size_t)(h % STORE_CACHE_SLOTS);
}

static void channel_copy(struct store_channel *dst, const struct store_channel *src)
{
    *dst = *src;
    dst->title = src->title ? xstrdup(src->title) : NULL;
    dst->description = src->description ? xstrdup(src->description) : NULL;
    dst->selection = src->selection ? xstrdup(src->selection) : NULL;
}

/* Under the lock: 1 when a slot holding the row asked for (same) was read
 * less than ttl ago (a hit), else 0 with *gen the generation a read from
 * the store must still find to keep its row (a miss). */
static int look_locked(struct store_cache *c, int same, int64_t at, int64_t now, int64_t ttl,
                       uint64_t *gen)
{
    if (same && now >= at && now - at < ttl) {
        c->hits++;
        return 1;
    }
    c->misses++;
    *gen = c->gen;
    return 0;
}

int store_channel_get_cached(struct store *st, const char *slug, struct store_channel *out)
{
    struct store_cache *c = st->cache;
    if (!c)
        return store_channel_get(st, slug, out);
    int64_t now = crier_now_ms();
    uint64_t gen;

    pthread_mutex_lock(&c->mu);
    struct chan_slot *s = &c->chans[slug_slot(slug)];
    if (look_locked(c, s->used && strcmp(s->ch.slug, slug) == 0, s->at, now, STORE_CACHE_TTL_MS,
                    &gen)) {
        channel_copy(out, &s->ch);
        pthread_mutex_unlock(&c->mu);
        return 0;
    }
    pthread_mutex_unlock(&c->mu);

    int rc = store_channel_get(st, slug, out);
    if (rc < 0)
        return rc;
    pthread_mutex_lock(&c->mu);
    if (c->gen == gen) {
        if (s->used)
            store_channel_clear(&s->ch);
        channel_copy(&s->ch, out);
        s->at = now;
        s->used = 1;
    }
    pthread_mutex_unlock(&c->mu);
    return 0;
}

/* The hash is SHA-256: its first bytes are as good a slot number as any. */
static size_t hash_slot(const unsigned char hash[32])
{
    uint64_t h;
    memcpy(&h, hash, sizeof h);
    return (size_t)(h % STORE_CACHE_SLOTS);
}

int store_token_lookup_cached(struct store *st, const unsigned char hash[32],
                              struct store_token *out)
{
    struct store_cache *c = st->cache;
    if (!c)
        return store_token_lookup(st, hash, out);
    int64_t now = crier_now_ms();
    uint64_t gen;

    pthread_mutex_lock(&c->mu);
    struct tok_slot *s = &c->toks[hash_slot(hash)];
    if (look_locked(c, s->used && CRYPTO_memcmp(s->tok.hash, hash, sizeof s->tok.hash) == 0, s->at,
                    now, STORE_CACHE_TOKEN_TTL_MS, &gen)) {
        *out = s->tok;
        pthread_mutex_unlock(&c->mu);
        return 0;
    }
    pthread_mutex_unlock(&c->mu);

    int rc = store_token_lookup(st, hash, out);
    if (rc < 0)
        return rc;
    pthread_mutex_lock(&c->mu);
    if (c->gen == gen) {
        s->tok = *out;
        s->at = now;
        s->used = 1;
    }
    pthread_mutex_unlock(&c->mu);
    return 0;
}

void store_cache_token_touched(struct store_cache *c, int64_t id, int64_t now_ms)
{
    if (!c)
        return;
    pthread_mutex_lock(&c->mu);
    for (size_t i = 0; i < STORE_CACHE_SLOTS; i++)
        if (c->toks[i].used && c->toks[i].tok.id == id)
            c->toks[i].tok.last_used_at = now_ms;
    pthread_mutex_unlock(&c->mu);
}

void store_cache_counts(struct store_cache *c, uint64_t *hits, uint64_t *misses)
{
    *hits = *misses = 0;
    if (!c)
        return;
    pthread_mutex_lock(&c->mu);
    *hits = c->hits;
    *misses = c->misses;
    pthread_mutex_unlock(&c->mu);
}
