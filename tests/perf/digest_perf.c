/*
 * digest_perf: times digest_select() over 10,000 synthetic candidates (see
 * tests/unit/digest_synth.h), for `make bench`: the median of 5 runs over
 * posts new to the process (digest_memo.c emptied before each) and of 5
 * runs over the same posts again (their keys in the memo), alternated. The
 * target (issue 11) is a preview under 200 ms.
 *
 * Build and run from the top directory, after `make`:
 *   cc -std=c11 -O2 -Isrc -Itests/unit -o build/rel/digest_perf \
 *      tests/perf/digest_perf.c build/rel/libcrier.a \
 *      $(pkg-config --libs icu-uc icu-i18n) -lpthread -lm
 *   build/rel/digest_perf [candidates] [runs]
 * Exit status 1 when either median is 200 ms or more.
 *
 * With DIGEST_PERF_DUMP set in the environment it prints instead the items
 * of one run (ids, scores, merged seqs, the why, titles and ledes) and then
 * every story of a run with no cap, floor or item limit, so that a change
 * meant to be faster can be shown to change nothing (cmp two dumps).
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "digest.h"
#include "digest_memo.h"
#include "digest_synth.h"

#define WINDOW_START 1795672800000LL /* 2026-11-26 07:00 Europe/Paris */
#define WINDOW_END (WINDOW_START + 12LL * 3600 * 1000)

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int dbl_cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static size_t arg_size(const char *s, size_t def, size_t max)
{
    char *end;
    unsigned long v;

    if (!s)
        return def;
    errno = 0;
    v = strtoul(s, &end, 10);
    if (errno || *end || v == 0 || v > max)
        return def;
    return (size_t)v;
}

static void dump_items(const char *what, const struct digest_item *it, size_t n)
{
    printf("%s: %zu items\n", what, n);
    for (size_t i = 0; i < n; i++) {
        const struct digest_item *x = &it[i];
        printf("item %zu post %lld seq %lld score %.17g imp %.17g eng %.17g cov %.17g fresh %.17g "
               "posts %zu sources %zu pinned %d in_lang %d\n",
               i, (long long)x->post_id, (long long)x->seq, x->score, x->importance, x->engagement,
               x->coverage, x->freshness, x->posts, x->sources, x->pinned, x->in_lang);
        printf("  title %s\n  lede %s\n  merged", x->title, x->lede);
        for (size_t m = 0; m < x->nmerged; m++)
            printf(" %lld", (long long)x->merged[m]);
        printf("\n");
        for (size_t k = 0; k < x->nwhy; k++) {
            printf("  why %lld with %lld:", (long long)x->why[k].seq, (long long)x->why[k].with);
            for (size_t t = 0; t < x->why[k].nshared; t++)
                printf(" [%s]", x->why[k].shared[t]);
            printf("\n");
        }
    }
}

/* The DIGEST_PERF_DUMP output: the default selection, then every story. */
static int dump(const struct synth *s)
{
    struct digest_weights w;
    struct digest_item *items = NULL;
    size_t nitems = 0;

    digest_weights_default(&w);
    if (digest_select(s->posts, s->n, &w, WINDOW_START, WINDOW_END, 20000, &items, &nitems) < 0)
        return 2;
    dump_items("default", items, nitems);
    digest_items_free(items, nitems);
    w.max_items = DIGEST_MAX_POSTS;
    w.tag_cap = 0;
    w.floor = 0;
    if (digest_select(s->posts, s->n, &w, WINDOW_START, WINDOW_END, 20000, &items, &nitems) < 0)
        return 2;
    dump_items("all", items, nitems);
    digest_items_free(items, nitems);
    return 0;
}

/* One timed digest_select() of the candidates; -1 on error. */
static double timed(const struct synth *s, const struct digest_weights *w, size_t *nitems)
{
    struct digest_item *items = NULL;
    double t0 = now_ms();
    int rc = digest_select(s->posts, s->n, w, WINDOW_START, WINDOW_END, 20000, &items, nitems);
    double t = now_ms() - t0;

    if (rc < 0) {
        fprintf(stderr, "digest_select: %d\n", rc);
        return -1;
    }
    digest_items_free(items, *nitems);
    return t;
}

int main(int argc, char **argv)
{
    size_t n = arg_size(argc > 1 ? argv[1] : NULL, 10000, DIGEST_MAX_POSTS);
    size_t runs = arg_size(argc > 2 ? argv[2] : NULL, 5, 101);
    struct synth s;
    struct digest_weights w;
    double cold[101], warm[101];
    size_t stories = 0;
    struct digest_memo_stats m0, m1;

    synth_build(&s, n, 42, WINDOW_START, WINDOW_END);
    if (getenv("DIGEST_PERF_DUMP")) {
        int rc = dump(&s);
        synth_free(&s);
        return rc;
    }
    digest_weights_default(&w);
    /* Each round: a selection whose posts are all new to the process (the
     * memo of posts' keys emptied first, as after a start), then the same
     * selection again, every post's keys found in the memo (the studio's
     * next preview, the slot's selection after its previews). */
    for (size_t r = 0; r < runs; r++) {
        digest_memo_clear();
        digest_memo_stats(&m0);
        cold[r] = timed(&s, &w, &stories);
        digest_memo_stats(&m1);
        warm[r] = cold[r] < 0 ? -1 : timed(&s, &w, &stories);
        if (cold[r] < 0 || warm[r] < 0) {
            synth_free(&s);
            return 2;
        }
    }
    qsort(cold, runs, sizeof *cold, dbl_cmp);
    qsort(warm, runs, sizeof *warm, dbl_cmp);
    printf("digest_select: %zu candidates, %zu items, over %zu runs each:\n", n, stories, runs);
    printf("  posts new to the process: median %.1f ms (min %.1f, max %.1f); %llu posts read, "
           "memo %zu KiB\n",
           cold[runs / 2], cold[0], cold[runs - 1], (unsigned long long)(m1.misses - m0.misses),
           m1.bytes / 1024);
    printf("  posts read before (memo): median %.1f ms (min %.1f, max %.1f)\n", warm[runs / 2],
           warm[0], warm[runs - 1]);
    synth_free(&s);
    return cold[runs / 2] < 200.0 && warm[runs / 2] < 200.0 ? 0 : 1;
}
