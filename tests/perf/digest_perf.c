/*
 * digest_perf: times digest_select() over 10,000 synthetic candidates (see
 * tests/unit/digest_synth.h) and prints the median of 5 runs, for
 * `make bench`. The target (issue 4) is a preview under 200 ms.
 *
 * Build and run from the top directory, after `make`:
 *   cc -std=c11 -O2 -Isrc -Itests/unit -o build/rel/digest_perf \
 *      tests/perf/digest_perf.c build/rel/libcrier.a \
 *      $(pkg-config --libs icu-uc icu-i18n) -lpthread -lm
 *   build/rel/digest_perf [candidates] [runs]
 * Exit status 1 when the median is 200 ms or more.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "digest.h"
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

int main(int argc, char **argv)
{
    size_t n = arg_size(argc > 1 ? argv[1] : NULL, 10000, DIGEST_MAX_POSTS);
    size_t runs = arg_size(argc > 2 ? argv[2] : NULL, 5, 101);
    struct synth s;
    struct digest_weights w;
    double t[101];
    size_t stories = 0;

    synth_build(&s, n, 42, WINDOW_START, WINDOW_END);
    digest_weights_default(&w);
    for (size_t r = 0; r < runs; r++) {
        struct digest_item *items = NULL;
        size_t nitems = 0;
        double t0 = now_ms();
        int rc = digest_select(s.posts, s.n, &w, WINDOW_START, WINDOW_END, 20000, &items, &nitems);
        t[r] = now_ms() - t0;
        if (rc < 0) {
            fprintf(stderr, "digest_select: %d\n", rc);
            synth_free(&s);
            return 2;
        }
        stories = nitems;
        digest_items_free(items, nitems);
    }
    qsort(t, runs, sizeof *t, dbl_cmp);
    printf("digest_select: %zu candidates, %zu items, median %.1f ms over %zu runs (min %.1f, max "
           "%.1f)\n",
           n, stories, t[runs / 2], runs, t[0], t[runs - 1]);
    synth_free(&s);
    return t[runs / 2] < 200.0 ? 0 : 1;
}
