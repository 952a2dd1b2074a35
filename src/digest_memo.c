/*
 * digest_memo: a process-wide memo of posts' keys for grouping.
 *
 * Reading a post (its text, the scan, Snowball stems and the key rules)
 * is about half of a selection's work, and it depends on the post alone.
 * A channel's previews (the studio asks for one whenever an editor looks)
 * and its next selection read windows made mostly of the same posts, so
 * each post's keys are kept here, found again by what they were read
 * from.
 *
 * - Exact: an entry holds its inputs (the grouping text, at most about
 *   1.2 KiB, the language and the source URL) and a lookup compares them
 *   byte for byte; the hash only chooses the chain. An edited post is a
 *   new entry and its old one ages out. The hash is seeded per process,
 *   so posts cannot be written to share one chain.
 * - Bounded: at most `limit` bytes (DIGEST_MEMO_BYTES unless
 *   digest_memo_limit() says otherwise), the least recently used entries
 *   dropped first; an entry over a sixteenth of the limit is not kept.
 * - Shared: one mutex around the table. A selection's readers take it
 *   once per post, for a lookup or an insert, a few microseconds each.
 */
#include "digest_memo.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "digest_int.h" /* mix64() */
#include "xmalloc.h"

#define MEMO_BUCKETS 32768 /* a power of two; a busy window is 10,000 posts */

struct memo_entry {
    struct memo_entry *chain;         /* the bucket's next */
    struct memo_entry *newer, *older; /* the use order */
    uint64_t hash;
    size_t bytes; /* the whole allocation, as counted against the limit */
    uint32_t nraw, title_end, nlang, nurl, nk;
    uint8_t given; /* 1: a language, 2: a URL (NULL is not "") */
    /* then h[nk], w[nk], kind[nk], raw, lang, url */
};

static pthread_mutex_t memo_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t memo_once = PTHREAD_ONCE_INIT;
static struct memo_entry *bucket[MEMO_BUCKETS];
static struct memo_entry *newest, *oldest;
static size_t used, nentries, limit = DIGEST_MEMO_BYTES;
static uint64_t seed, hits, misses;

static void memo_seed(void)
{
    if (getrandom(&seed, sizeof seed, GRND_NONBLOCK) != (ssize_t)sizeof seed) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        seed = (uint64_t)ts.tv_nsec * 0x9e3779b97f4a7c15ULL ^ (uint64_t)(uintptr_t)&ts;
    }
}

/* One multiply per 8 bytes; the chain only needs the hash to spread. */
static uint64_t hash_bytes(uint64_t h, const char *s, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0x9e3779b97f4a7c15ULL;
        h = h << 29 | h >> 35;
    }
    uint64_t last = 0;
    memcpy(&last, s + i, n - i);
    h = (h ^ last ^ (uint64_t)n << 56) * 0x9e3779b97f4a7c15ULL;
    return h;
}

static size_t len_of(const char *s)
{
    return s ? strlen(s) : 0;
}

static uint8_t given_of(const struct memo_in *in)
{
    return (uint8_t)((in->lang ? 1 : 0) | (in->url ? 2 : 0));
}

/* in's hash, computed on its first use and kept in it: a miss's lookup and
 * its put hash the text once. Never 0 (not yet computed). */
static uint64_t hash_in(struct memo_in *in, size_t nlang, size_t nurl)
{
    if (!in->hash) {
        uint64_t h = seed ^ in->title_end ^ (uint64_t)given_of(in) << 40;
        h = hash_bytes(h, in->raw, in->nraw);
        h = hash_bytes(h, in->lang ? in->lang : "", nlang);
        h = hash_bytes(h, in->url ? in->url : "", nurl);
        in->hash = mix64(h) | 1;
    }
    return in->hash;
}

/* The entry's arrays and bytes, laid out after it (h first: 8-aligned). */
static unsigned char *e_at(struct memo_entry *e, size_t off)
{
    return (unsigned char *)(e + 1) + off;
}

static uint64_t *e_h(struct memo_entry *e)
{
    return (uint64_t *)(void *)e_at(e, 0);
}

static float *e_w(struct memo_entry *e)
{
    return (float *)(void *)e_at(e, e->nk * sizeof(uint64_t));
}

static uint8_t *e_kind(struct memo_entry *e)
{
    return e_at(e, e->nk * (sizeof(uint64_t) + sizeof(float)));
}

static char *e_raw(struct memo_entry *e)
{
    return (char *)e_at(e, e->nk * (sizeof(uint64_t) + sizeof(float) + 1));
}

static int same_in(struct memo_entry *e, const struct memo_in *in, size_t nlang, size_t nurl)
{
    const char *r = e_raw(e);
    return e->nraw == in->nraw && e->title_end == in->title_end && e->nlang == nlang &&
           e->nurl == nurl && e->given == given_of(in) && memcmp(r, in->raw, in->nraw) == 0 &&
           (nlang == 0 || memcmp(r + e->nraw, in->lang, nlang) == 0) &&
           (nurl == 0 || memcmp(r + e->nraw + nlang, in->url, nurl) == 0);
}

static void order_unlink(struct memo_entry *e)
{
    if (e->newer)
        e->newer->older = e->older;
    else
        newest = e->older;
    if (e->older)
        e->older->newer = e->newer;
    else
        oldest = e->newer;
}

static void order_push(struct memo_entry *e)
{
    e->newer = NULL;
    e->older = newest;
    if (newest)
        newest->newer = e;
    newest = e;
    if (!oldest)
        oldest = e;
}

static void drop(struct memo_entry *e)
{
    struct memo_entry **p = &bucket[e->hash & (MEMO_BUCKETS - 1)];
    while (*p != e)
        p = &(*p)->chain;
    *p = e->chain;
    order_unlink(e);
    used -= e->bytes;
    nentries--;
    free(e);
}

/* With memo_lock held: the entry for in, or NULL. */
static struct memo_entry *find(const struct memo_in *in, uint64_t h, size_t nlang, size_t nurl)
{
    for (struct memo_entry *e = bucket[h & (MEMO_BUCKETS - 1)]; e; e = e->chain)
        if (e->hash == h && same_in(e, in, nlang, nurl))
            return e;
    return NULL;
}

int digest_memo_get(struct memo_in *in, void (*take)(void *arg, const struct memo_keys *k),
                    void *arg)
{
    size_t nlang = len_of(in->lang), nurl = len_of(in->url);
    int found = 0;

    pthread_once(&memo_once, memo_seed);
    uint64_t h = hash_in(in, nlang, nurl);
    pthread_mutex_lock(&memo_lock);
    struct memo_entry *e = limit ? find(in, h, nlang, nurl) : NULL;
    if (e) {
        order_unlink(e);
        order_push(e);
        struct memo_keys k = {e_h(e), e_w(e), e_kind(e), e->nk};
        take(arg, &k);
        hits++;
        found = 1;
    } else {
        misses++;
    }
    pthread_mutex_unlock(&memo_lock);
    return found;
}

void digest_memo_put(struct memo_in *in, const struct memo_keys *keys)
{
    size_t nlang = len_of(in->lang), nurl = len_of(in->url);
    size_t bytes = sizeof(struct memo_entry) + keys->n * (sizeof(uint64_t) + sizeof(float) + 1) +
                   in->nraw + nlang + nurl;

    pthread_once(&memo_once, memo_seed);
    if (in->nraw > UINT32_MAX || keys->n > UINT32_MAX || nlang > UINT32_MAX || nurl > UINT32_MAX ||
        in->title_end > UINT32_MAX)
        return;
    uint64_t h = hash_in(in, nlang, nurl);
    struct memo_entry *e = xmalloc(bytes);
    *e = (struct memo_entry){.hash = h,
                             .bytes = bytes,
                             .nraw = (uint32_t)in->nraw,
                             .title_end = (uint32_t)in->title_end,
                             .nlang = (uint32_t)nlang,
                             .nurl = (uint32_t)nurl,
                             .nk = (uint32_t)keys->n,
                             .given = given_of(in)};
    if (keys->n) {
        memcpy(e_h(e), keys->h, keys->n * sizeof *keys->h);
        memcpy(e_w(e), keys->w, keys->n * sizeof *keys->w);
        memcpy(e_kind(e), keys->kind, keys->n);
    }
    char *r = e_raw(e);
    memcpy(r, in->raw, in->nraw);
    if (nlang)
        memcpy(r + in->nraw, in->lang, nlang);
    if (nurl)
        memcpy(r + in->nraw + nlang, in->url, nurl);

    pthread_mutex_lock(&memo_lock);
    if (bytes > limit / 16 || find(in, h, nlang, nurl)) { /* too large, or another reader's */
        pthread_mutex_unlock(&memo_lock);
        free(e);
        return;
    }
    while (oldest && used + bytes > limit)
        drop(oldest);
    e->chain = bucket[h & (MEMO_BUCKETS - 1)];
    bucket[h & (MEMO_BUCKETS - 1)] = e;
    order_push(e);
    used += bytes;
    nentries++;
    pthread_mutex_unlock(&memo_lock);
}

void digest_memo_limit(size_t bytes)
{
    pthread_mutex_lock(&memo_lock);
    limit = bytes;
    while (oldest && used > limit)
        drop(oldest);
    pthread_mutex_unlock(&memo_lock);
}

void digest_memo_clear(void)
{
    pthread_mutex_lock(&memo_lock);
    while (oldest)
        drop(oldest);
    pthread_mutex_unlock(&memo_lock);
}

void digest_memo_stats(struct digest_memo_stats *s)
{
    pthread_mutex_lock(&memo_lock);
    *s = (struct digest_memo_stats){hits, misses, nentries, used, limit};
    pthread_mutex_unlock(&memo_lock);
}
