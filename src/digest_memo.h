/*
 * digest_memo: what reading a post for grouping found (its keys), kept
 * between selections of one process, so that the studio's previews and
 * the next selection over a window mostly made of the same posts read
 * only the posts that are new or changed. See digest_memo.c.
 */
#ifndef CRIER_DIGEST_MEMO_H
#define CRIER_DIGEST_MEMO_H

#include <stddef.h>
#include <stdint.h>

/* The bytes the memo holds at most unless digest_memo_limit() says
 * otherwise: about 25,000 posts of wire copy. */
#define DIGEST_MEMO_BYTES (64u << 20)

/* What a post's keys were read from: the text digest_build_text() made of
 * it (title_end: where its title ends), its language and its source URL.
 * The keys are a function of these and of nothing else. */
struct memo_in {
    const char *raw;
    size_t nraw, title_end;
    const char *lang, *url; /* either may be NULL */
    uint64_t hash;          /* 0 until digest_memo_get() or _put() computes it, once */
};

/* A post's keys: n of them, h[k] with weight w[k] and kind kind[k]. */
struct memo_keys {
    const uint64_t *h;
    const float *w;
    const uint8_t *kind;
    size_t n;
};

/* Calls take(arg, keys) with the keys stored for in, under the memo's
 * lock (keys are valid only during the call), and returns 1; returns 0
 * when none are stored. */
int digest_memo_get(struct memo_in *in, void (*take)(void *arg, const struct memo_keys *k),
                    void *arg);

/* Stores a copy of keys for in, replacing the memo's least recently used
 * posts while it would hold more than its limit. An entry larger than a
 * sixteenth of the limit is not stored. */
void digest_memo_put(struct memo_in *in, const struct memo_keys *keys);

/* Sets the memo's limit in bytes (0 turns it off) and drops what is over
 * it. */
void digest_memo_limit(size_t bytes);

/* Drops every entry. */
void digest_memo_clear(void);

struct digest_memo_stats {
    uint64_t hits, misses;
    size_t entries, bytes, limit;
};
void digest_memo_stats(struct digest_memo_stats *s);

#endif
