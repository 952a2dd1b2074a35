/*
 * selection_perf: times a whole selection preview (reading the window's
 * candidates from a real SQLite store, then ranking and grouping them) over
 * 10,000 synthetic posts, and prints the median of 5 runs whose posts are
 * new to the process and of 5 runs whose posts were read before (the memo
 * of posts' keys, digest_memo.c), alternated. The target (issues 4 and 11):
 * under 200 ms. Run by `make bench`; exit status 1 at 200 ms or more.
 *   build/rel/selection_perf [posts] [runs]
 */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "crier.h"
#include "digest_memo.h"
#include "digest_synth.h"
#include "log.h"
#include "post.h"
#include "selection.h"

struct filler {
    struct store *st;
    int64_t channel;
    struct synth *s;
    size_t from, to;
};

static void *fill(void *arg)
{
    struct filler *f = arg;
    for (size_t i = f->from; i < f->to; i++) {
        const struct digest_post *p = &f->s->posts[i];
        struct post post;
        post_init(&post);
        post.title = p->title ? strdup(p->title) : NULL;
        post.lang = strdup(p->lang ? p->lang : "fr");
        post.source_url = p->source_url ? strdup(p->source_url) : NULL;
        post.importance = p->importance;
        post.tags = p->ntags ? calloc(p->ntags, sizeof *post.tags) : NULL;
        for (size_t k = 0; post.tags && k < p->ntags; k++)
            post.tags[k] = strdup(p->tags[k]);
        post.ntags = post.tags ? p->ntags : 0;
        struct store_event ev = {0};
        int rc = post_set_body(&post, p->body ? p->body : "");
        if (rc == 0)
            rc = store_post_create(f->st, f->channel, &post, 0, &ev, NULL);
        if (rc < 0)
            fprintf(stderr, "selection_perf: insert %zu failed (%s): %s\n", i, crier_strerror(rc),
                    p->title ? p->title : "(no title)");
        store_event_clear(&ev);
        post_clear(&post);
    }
    return NULL;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 10000;
    int runs = argc > 2 ? atoi(argv[2]) : 5;
    char dir[] = "/tmp/crier-selection-perf-XXXXXX";
    struct store *st;
    struct synth s;
    int64_t end = (int64_t)1795672800000; /* 2026-11-26T19:00:00Z */

    log_set_level(LOG_ERROR);
    if (runs < 1 || runs > 50 || n == 0 || n > 20000 || !mkdtemp(dir) || store_open(&st, dir) < 0) {
        fprintf(stderr, "usage: selection_perf [posts<=20000] [runs<=50]\n");
        return 2;
    }
    struct store_channel ch;
    memset(&ch, 0, sizeof ch);
    snprintf(ch.slug, sizeof ch.slug, "perf");
    ch.title = strdup("Perf");
    ch.description = strdup("");
    snprintf(ch.lang, sizeof ch.lang, "fr");
    snprintf(ch.tz, sizeof ch.tz, "Europe/Paris");
    ch.selection = strdup("{}");
    crier_clock_set(end - 6 * 3600 * 1000);
    store_channel_create(st, &ch);

    synth_build(&s, n, 42, end - 12 * 3600 * 1000, end);
    pthread_t th[8];
    struct filler f[8];
    double t0 = now_ms();
    for (int i = 0; i < 8; i++) {
        f[i] = (struct filler){st, ch.id, &s, n * (size_t)i / 8, n * (size_t)(i + 1) / 8};
        pthread_create(&th[i], NULL, fill, &f[i]);
    }
    for (int i = 0; i < 8; i++)
        pthread_join(th[i], NULL);
    fprintf(stderr, "selection_perf: stored %zu posts in %.0f ms\n", n, now_ms() - t0);

    {
        struct store_candidate *c = NULL;
        size_t nc = 0;
        double a = now_ms();
        store_candidates(st, ch.id, end - 12 * 3600 * 1000, end, &c, &nc);
        fprintf(stderr, "selection_perf: reading %zu candidates took %.1f ms\n", nc, now_ms() - a);
        store_candidates_free(c, nc);
    }
    /* Each round: a preview whose posts are new to the process (the memo
     * of posts' keys emptied, as after a start, before the selection
     * step has read them ahead), then the same preview again (every post
     * found read: the studio's next look). */
    double *t = calloc((size_t)runs, sizeof *t), *w = calloc((size_t)runs, sizeof *w);
    size_t items = 0, cands = 0;
    for (int r = 0; r < 2 * runs; r++) {
        struct selection_result res;
        if (r % 2 == 0)
            digest_memo_clear();
        double a = now_ms();
        int rc = selection_preview(st, &ch, "evening", end - 1000, &res);
        (r % 2 ? w : t)[r / 2] = now_ms() - a;
        if (rc < 0) {
            fprintf(stderr, "selection_perf: preview failed: %d\n", rc);
            return 2;
        }
        items = res.nitems;
        cands = res.candidates;
        selection_result_free(&res);
    }
    qsort(t, (size_t)runs, sizeof *t, cmp);
    qsort(w, (size_t)runs, sizeof *w, cmp);
    double med = t[runs / 2], medw = w[runs / 2];
    printf("RESULT selection_preview candidates=%zu items=%zu median_ms=%.1f min_ms=%.1f "
           "max_ms=%.1f read_before_median_ms=%.1f read_before_min_ms=%.1f "
           "read_before_max_ms=%.1f target_ms=200\n",
           cands, items, med, t[0], t[runs - 1], medw, w[0], w[runs - 1]);
    free(w);
    free(t);
    synth_free(&s);
    store_channel_clear(&ch);
    store_close(st);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "selection_perf: could not remove %s\n", dir);
    return med < 200 && medw < 200 ? 0 : 1;
}
