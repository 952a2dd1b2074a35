/*
 * digest_read: step 1 of the grouping, the keys of every candidate, flat in
 * one keyset. Each post is read alone (digest_keys.c), so a large window is
 * read by two threads; and a post read before in this process (the studio's
 * last preview, the last selection) is taken from digest_memo.c instead of
 * being read again.
 */
#include "digest_int.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "digest_memo.h"
#include "xmalloc.h"

/* Windows of at least READ_PARALLEL_MIN posts are read by READ_THREADS
 * threads (a busy 12-hour window has a few thousand). */
#define READ_PARALLEL_MIN 2000
#define READ_THREADS 2

static void keyset_append(struct keyset *ks, const uint64_t *h, const float *w, const uint8_t *kind,
                          size_t n)
{
    if (ks->n + n > ks->cap) {
        ks->cap = (ks->n + n) * 2;
        ks->h = xrealloc(ks->h, ks->cap * sizeof *ks->h);
        ks->w = xrealloc(ks->w, ks->cap * sizeof *ks->w);
        ks->kind = xrealloc(ks->kind, ks->cap);
    }
    if (n) {
        memcpy(ks->h + ks->n, h, n * sizeof *h);
        memcpy(ks->w + ks->n, w, n * sizeof *w);
        memcpy(ks->kind + ks->n, kind, n);
        ks->n += n;
    }
}

static void memo_take(void *arg, const struct memo_keys *k)
{
    keyset_append(arg, k->h, k->w, k->kind, k->n);
}

/* One reader's share: the keys of posts[cand[from..to)] into part, with
 * offsets from 0 (lang indexed from 0 too). */
struct read_part {
    const struct digest_post *posts;
    const size_t *cand;
    size_t from, to;
    struct keyset ks;
    int rc;
};

static void *read_part(void *arg)
{
    struct read_part *r = arg;
    struct keyset *ks = &r->ks;
    size_t nc = r->to - r->from;
    struct scratch sc;

    digest_scratch_init(&sc);
    memset(ks, 0, sizeof *ks);
    ks->off = xmalloc((nc + 1) * sizeof *ks->off);
    ks->lang = xcalloc(nc ? nc : 1, sizeof *ks->lang);
    r->rc = 0;
    for (size_t c = 0; c < nc; c++) {
        const struct digest_post *p = &r->posts[r->cand[r->from + c]];
        ks->off[c] = ks->n;
        if (p->lang && p->lang[0] && p->lang[1])
            ks->lang[c] = (uint16_t)((p->lang[0] | 0x20) << 8 | (p->lang[1] | 0x20));
        /* The keys depend on the grouping text, the language and the
         * source alone: a post read before is taken from the memo. */
        size_t title_end = digest_build_text(p, &sc.raw);
        struct memo_in in = {sc.raw.data, sc.raw.len, title_end, p->lang, p->source_url, 0};
        if (digest_memo_get(&in, memo_take, ks))
            continue;
        if ((r->rc = digest_keys_of_text(&sc, p, title_end)) < 0)
            break;
        keyset_append(ks, sc.keys, sc.kw, sc.kind, sc.nk);
        digest_memo_put(&in, &(struct memo_keys){sc.keys, sc.kw, sc.kind, sc.nk});
    }
    ks->off[nc] = ks->n;
    digest_scratch_free(&sc);
    return NULL;
}

int digest_read_posts(const struct digest_post *posts, const size_t *cand, size_t nc,
                      struct keyset *ks)
{
    /* Reading the keys is most of the work, and each post is read alone:
     * a large window is read by READ_THREADS threads (the caller's and
     * the others), each with its scratch and stemmers, then joined. */
    size_t nt = nc >= READ_PARALLEL_MIN ? READ_THREADS : 1;
    struct read_part part[READ_THREADS];
    pthread_t th[READ_THREADS];
    int started[READ_THREADS] = {0};
    int rc = 0;

    memset(part, 0, sizeof part);
    for (size_t t = 0; t < nt; t++)
        part[t] = (struct read_part){posts, cand, nc * t / nt, nc * (t + 1) / nt, {0}, 0};
    for (size_t t = 1; t < nt; t++)
        started[t] = pthread_create(&th[t], NULL, read_part, &part[t]) == 0;
    read_part(&part[0]);
    for (size_t t = 1; t < nt; t++) {
        if (started[t])
            pthread_join(th[t], NULL);
        else
            read_part(&part[t]); /* no thread: this one reads it */
    }

    memset(ks, 0, sizeof *ks);
    for (size_t t = 0; t < nt; t++)
        ks->n += part[t].ks.n;
    ks->cap = ks->n ? ks->n : 1;
    ks->off = xmalloc((nc + 1) * sizeof *ks->off);
    ks->lang = xcalloc(nc ? nc : 1, sizeof *ks->lang);
    ks->h = xmalloc(ks->cap * sizeof *ks->h);
    ks->w = xmalloc(ks->cap * sizeof *ks->w);
    ks->kind = xmalloc(ks->cap);
    size_t at = 0;
    for (size_t t = 0; t < nt; t++) {
        struct read_part *r = &part[t];
        if (r->rc < 0 && rc == 0)
            rc = r->rc;
        for (size_t c = r->from; c < r->to; c++)
            ks->off[c] = at + r->ks.off[c - r->from];
        memcpy(ks->lang + r->from, r->ks.lang, (r->to - r->from) * sizeof *ks->lang);
        if (r->ks.n) {
            memcpy(ks->h + at, r->ks.h, r->ks.n * sizeof *ks->h);
            memcpy(ks->w + at, r->ks.w, r->ks.n * sizeof *ks->w);
            memcpy(ks->kind + at, r->ks.kind, r->ks.n);
        }
        at += r->ks.n;
        digest_keyset_free(&r->ks);
    }
    ks->off[nc] = at;
    return rc;
}

void digest_keyset_free(struct keyset *ks)
{
    free(ks->off);
    free(ks->h);
    free(ks->w);
    free(ks->kind);
    free(ks->kid);
    free(ks->lang);
}
