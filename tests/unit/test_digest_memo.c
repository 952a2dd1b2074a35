/* The memo of posts' keys (digest_memo.c): exact by what a post was read
 * from, bounded in bytes with the least recently used posts dropped first,
 * and, through digest_read_posts(), the same keys as a reading afresh,
 * with two readers and with two selections at once. */
#include "tap.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "digest_int.h"
#include "digest_memo.h"

#include "digest_synth.h"

#define WINDOW_START 1795672800000LL
#define WINDOW_END (WINDOW_START + 12LL * 3600 * 1000)

/* What a get found: a copy of its keys. */
struct got {
    uint64_t h[8];
    float w[8];
    uint8_t kind[8];
    size_t n;
};

static void take(void *arg, const struct memo_keys *k)
{
    struct got *g = arg;
    g->n = k->n;
    for (size_t i = 0; i < k->n && i < 8; i++) {
        g->h[i] = k->h[i];
        g->w[i] = k->w[i];
        g->kind[i] = k->kind[i];
    }
}

static int get(const char *raw, size_t title_end, const char *lang, const char *url, struct got *g)
{
    struct memo_in in = {raw, strlen(raw), title_end, lang, url, 0};
    memset(g, 0, sizeof *g);
    return digest_memo_get(&in, take, g);
}

static void put(const char *raw, size_t title_end, const char *lang, const char *url, uint64_t tag,
                size_t n)
{
    uint64_t h[8];
    float w[8];
    uint8_t kind[8];
    for (size_t i = 0; i < n; i++) {
        h[i] = tag * 100 + i;
        w[i] = (float)i + 0.5f;
        kind[i] = (uint8_t)(i + 1);
    }
    struct memo_in in = {raw, strlen(raw), title_end, lang, url, 0};
    digest_memo_put(&in, &(struct memo_keys){h, w, kind, n});
}

static void test_exact(void)
{
    struct got g;
    const char *raw = "Grève des dockers au port\nLes dockers du port de Marseille ont cessé le "
                      "travail.";

    digest_memo_clear();
    ok(!get(raw, 25, "fr", "https://a.example/1", &g), "an empty memo finds nothing");
    put(raw, 25, "fr", "https://a.example/1", 7, 3);
    ok(get(raw, 25, "fr", "https://a.example/1", &g), "the post read before is found");
    is_int(g.n, 3, "with its three keys");
    ok(g.h[0] == 700 && g.h[2] == 702 && g.w[1] == 1.5f && g.kind[2] == 3,
       "the keys, weights and kinds as stored");

    char other[256];
    snprintf(other, sizeof other, "%s", raw);
    other[strlen(other) - 2] = 'X'; /* one byte of the body edited */
    ok(!get(other, 25, "fr", "https://a.example/1", &g), "an edited body is another post");
    ok(!get(raw, 24, "fr", "https://a.example/1", &g), "another title's end is another post");
    ok(!get(raw, 25, "en", "https://a.example/1", &g), "another language is another post");
    ok(!get(raw, 25, NULL, "https://a.example/1", &g), "no language is not \"fr\"");
    ok(!get(raw, 25, "fr", "https://b.example/1", &g), "another source is another post");
    ok(!get(raw, 25, "fr", NULL, &g), "no source is another post");
    put(raw, 25, "fr", NULL, 8, 1);
    ok(!get(raw, 25, "fr", "", &g), "an empty source is not no source");
    ok(get(raw, 25, "fr", NULL, &g) && g.h[0] == 800, "no source: its own keys");
    ok(get(raw, 25, "fr", "https://a.example/1", &g) && g.h[0] == 700,
       "and the first post's are still its own");

    struct digest_memo_stats st;
    digest_memo_stats(&st);
    is_int(st.entries, 2, "two entries");
    put(raw, 25, "fr", "https://a.example/1", 9, 2);
    digest_memo_stats(&st);
    is_int(st.entries, 2, "a second put of one post keeps one entry");
    ok(get(raw, 25, "fr", "https://a.example/1", &g) && g.h[0] == 700,
       "the first keys stored stay (another reader's put changes nothing)");
    put("", 0, NULL, NULL, 3, 0);
    ok(get("", 0, NULL, NULL, &g) && g.n == 0, "a post with no text and no keys is kept too");
    digest_memo_clear();
    digest_memo_stats(&st);
    ok(st.entries == 0 && st.bytes == 0, "cleared: nothing held");
}

static void test_bounded(void)
{
    struct digest_memo_stats st;
    struct got g;
    char raw[64];

    digest_memo_clear();
    put("x", 0, NULL, NULL, 1, 8);
    digest_memo_stats(&st);
    size_t one = st.bytes; /* one entry of 8 keys and one byte of text */
    digest_memo_clear();
    digest_memo_limit(one * 16 + one / 2); /* room for 16 entries of about that size */
    for (int i = 0; i < 40; i++) {
        snprintf(raw, sizeof raw, "%c", i < 26 ? 'A' + i : 'a' + i - 26);
        put(raw, 0, NULL, NULL, (uint64_t)i, 8);
        if (i == 10)
            ok(get("A", 0, NULL, NULL, &g), "after 11 posts the first is still held");
        if (i >= 10)
            get("A", 0, NULL, NULL, &g); /* used at every step: never the least recent */
    }
    digest_memo_stats(&st);
    ok(st.bytes <= st.limit, "the memo holds at most its limit (%zu <= %zu)", st.bytes, st.limit);
    is_int(st.entries, 16, "sixteen entries fit");
    ok(get("A", 0, NULL, NULL, &g) && g.h[0] == 0, "the post used at every step is kept");
    ok(!get("B", 0, NULL, NULL, &g), "the least recently used are dropped first");
    snprintf(raw, sizeof raw, "%c", 'a' + 39 - 26);
    ok(get(raw, 0, NULL, NULL, &g) && g.h[0] == 3900, "the newest is held");

    char big[4096];
    memset(big, 'b', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    put(big, 0, NULL, NULL, 5, 1);
    ok(!get(big, 0, NULL, NULL, &g), "an entry over a sixteenth of the limit is not stored");

    digest_memo_limit(one * 4);
    digest_memo_stats(&st);
    ok(st.bytes <= one * 4 && st.entries <= 4, "a lower limit drops what is over it");
    digest_memo_limit(0);
    put("z", 0, NULL, NULL, 6, 1);
    digest_memo_stats(&st);
    ok(st.entries == 0 && !get("z", 0, NULL, NULL, &g), "limit 0: the memo is off");
    digest_memo_limit(DIGEST_MEMO_BYTES);
}

/* Whether two keysets of the same window are equal, key for key. */
static int same_keys(const struct keyset *a, const struct keyset *b, size_t nc)
{
    if (a->n != b->n)
        return 0;
    for (size_t c = 0; c <= nc; c++)
        if (a->off[c] != b->off[c])
            return 0;
    for (size_t c = 0; c < nc; c++)
        if (a->lang[c] != b->lang[c])
            return 0;
    return memcmp(a->h, b->h, a->n * sizeof *a->h) == 0 &&
           memcmp(a->w, b->w, a->n * sizeof *a->w) == 0 && memcmp(a->kind, b->kind, a->n) == 0;
}

static size_t *all_cand(size_t n)
{
    size_t *cand = malloc(n * sizeof *cand);
    for (size_t i = 0; i < n; i++)
        cand[i] = i;
    return cand;
}

static void test_read(void)
{
    struct synth s;
    struct keyset fresh, again, off, edited;
    struct digest_memo_stats a, b;

    /* 3,000 posts: read by two threads. */
    synth_build(&s, 3000, 7, WINDOW_START, WINDOW_END);
    size_t *cand = all_cand(s.n);

    digest_memo_limit(0);
    is_int(digest_read_posts(s.posts, cand, s.n, &off), 0, "read with the memo off");
    digest_memo_limit(DIGEST_MEMO_BYTES);
    digest_memo_clear();
    digest_memo_stats(&a);
    is_int(digest_read_posts(s.posts, cand, s.n, &fresh), 0, "read into an empty memo");
    digest_memo_stats(&b);
    is_int(b.misses - a.misses, 3000, "every post read afresh");
    is_int(b.entries, 3000, "and held");
    is_int(digest_read_posts(s.posts, cand, s.n, &again), 0, "read again");
    digest_memo_stats(&a);
    is_int(a.hits - b.hits, 3000, "every post found in the memo");
    ok(same_keys(&fresh, &off, s.n), "the keys read into the memo are those of a plain reading");
    ok(same_keys(&again, &fresh, s.n), "the keys found in the memo are those read");

    /* An editor changes one post's body: that one is read again. */
    struct digest_post *p = &s.posts[1234];
    const char *body = p->body;
    p->body = "Le conseil municipal a voté le budget de la ville de Lyon mardi soir.";
    is_int(digest_read_posts(s.posts, cand, s.n, &edited), 0, "read after an edit");
    digest_memo_stats(&b);
    is_int(b.misses - a.misses, 1, "only the edited post is read afresh");
    ok(edited.off[1235] - edited.off[1234] != fresh.off[1235] - fresh.off[1234] ||
           memcmp(edited.h + edited.off[1234], fresh.h + fresh.off[1234],
                  (fresh.off[1235] - fresh.off[1234]) * sizeof *fresh.h) != 0,
       "the edited post's keys are its new text's");
    p->body = body;
    digest_keyset_free(&edited);

    /* A smaller memo than the window: still the same keys. */
    digest_memo_clear();
    digest_memo_limit(b.bytes / 8);
    is_int(digest_read_posts(s.posts, cand, s.n, &edited), 0, "read into a memo too small");
    digest_memo_stats(&a);
    ok(a.bytes <= a.limit, "the memo stays under its limit");
    ok(same_keys(&edited, &off, s.n), "the keys are still a plain reading's");
    digest_keyset_free(&edited);
    digest_memo_limit(DIGEST_MEMO_BYTES);

    digest_keyset_free(&fresh);
    digest_keyset_free(&again);
    digest_keyset_free(&off);
    free(cand);
    synth_free(&s);
}

/* Two selections at once (two channels' jobs), each with its readers. */
struct job {
    const struct synth *s;
    const size_t *cand;
    size_t nc;
    struct keyset ks;
    int rc;
};

static void *job_run(void *arg)
{
    struct job *j = arg;
    j->rc = 0;
    for (int r = 0; r < 3 && j->rc == 0; r++) {
        if (r)
            digest_keyset_free(&j->ks);
        j->rc = digest_read_posts(j->s->posts, j->cand, j->nc, &j->ks);
    }
    return NULL;
}

static void test_two_at_once(void)
{
    struct synth s;
    struct keyset lo, hi;

    synth_build(&s, 4000, 11, WINDOW_START, WINDOW_END);
    size_t *cand = all_cand(s.n);
    digest_memo_limit(0);
    digest_read_posts(s.posts, cand, 3000, &lo);
    digest_read_posts(s.posts, cand + 1000, 3000, &hi);
    digest_memo_limit(1u << 20); /* about 900 posts: drops while both read */
    digest_memo_clear();
    struct job j[2] = {{&s, cand, 3000, {0}, -1}, {&s, cand + 1000, 3000, {0}, -1}};
    pthread_t th[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&th[i], NULL, job_run, &j[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    ok(j[0].rc == 0 && j[1].rc == 0, "two overlapping windows read at once");
    ok(same_keys(&j[0].ks, &lo, 3000) && same_keys(&j[1].ks, &hi, 3000),
       "each with a plain reading's keys");
    struct digest_memo_stats st;
    digest_memo_stats(&st);
    ok(st.bytes <= st.limit, "the shared memo under its limit");
    for (int i = 0; i < 2; i++)
        digest_keyset_free(&j[i].ks);
    digest_keyset_free(&lo);
    digest_keyset_free(&hi);
    digest_memo_limit(DIGEST_MEMO_BYTES);
    free(cand);
    synth_free(&s);
}

/* A whole selection: the same items whether its posts were read before. */
static void test_select(void)
{
    struct synth s;
    struct digest_weights w;
    struct digest_item *x = NULL, *y = NULL;
    size_t nx = 0, ny = 0;

    synth_build(&s, 2500, 3, WINDOW_START, WINDOW_END);
    digest_weights_default(&w);
    digest_memo_limit(0);
    int r1 = digest_select(s.posts, s.n, &w, WINDOW_START, WINDOW_END, 20000, &x, &nx);
    digest_memo_limit(DIGEST_MEMO_BYTES);
    digest_memo_clear();
    digest_select(s.posts, s.n, &w, WINDOW_START, WINDOW_END, 20000, &y, &ny);
    digest_items_free(y, ny);
    int r2 = digest_select(s.posts, s.n, &w, WINDOW_START, WINDOW_END, 20000, &y, &ny);
    ok(r1 == 0 && r2 == 0 && nx == ny && nx > 0, "a selection, memo off and memo full: %zu items",
       nx);
    int same = nx == ny;
    for (size_t i = 0; same && i < nx; i++)
        same = x[i].post_id == y[i].post_id && x[i].score == y[i].score &&
               x[i].nmerged == y[i].nmerged && strcmp(x[i].lede, y[i].lede) == 0 &&
               (x[i].nmerged == 0 ||
                memcmp(x[i].merged, y[i].merged, x[i].nmerged * sizeof *x[i].merged) == 0);
    ok(same, "the same items, scores, merged posts and ledes");
    digest_items_free(x, nx);
    digest_items_free(y, ny);
    synth_free(&s);
}

int main(void)
{
    digest_tables_init();
    test_exact();
    test_bounded();
    test_read();
    test_two_at_once();
    test_select();
    return done_testing();
}
