/*
 * digest_group: which posts tell the same story. An inverted index maps
 * each key to the posts holding it, with damped IDF weights for names; each
 * post then accumulates its overlap with the posts sharing its keys that are
 * neither unique nor too common, and the pairs at or above the threshold are
 * united (union-find). Two pinned posts are never united, so that each pin
 * stays visible.
 */
#include "digest_int.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

#define SHINGLE_FLOOR 8.0 /* text similarity denominator floor */
#define ENTITY_FLOOR 3.0  /* entity similarity denominator floor */
/* Shared names and figures (a last word counts half) below which entities
 * say nothing: one place or one person is not a story. */
#define ENTITY_MIN_SHARED 2.0
#define IDF_MIN 0.2 /* the least weight a frequent name keeps */
/* Content words: the tf-idf cosine that counts as a full match (two
 * outlets' copy of one story rarely shares more than half its weight), and
 * the shared words below which the cosine says nothing (a post joins a
 * story through several words, never one). */
#define WORD_COS_FULL 0.5
#define WORD_MIN_SHARED 4
/* The content-word similarity two posts in one language need before their
 * names or phrases can unite them. */
#define WORD_AGREE 0.4

/* Post indices and key ids are stored in 32 bits. */
_Static_assert(DIGEST_MAX_POSTS < UINT32_MAX, "post indices fit in uint32_t");

static void uf_union(size_t *parent, uint8_t *rank, uint8_t *pin, size_t a, size_t b)
{
    a = uf_find(parent, a);
    b = uf_find(parent, b);
    if (a == b || (pin[a] && pin[b]))
        return;
    if (rank[a] < rank[b]) {
        size_t tmp = a;
        a = b;
        b = tmp;
    }
    parent[b] = a;
    pin[a] |= pin[b];
    if (rank[a] == rank[b])
        rank[a]++;
}

/* Step 2: key ids, document frequencies and postings. */
void digest_build_index(struct keyset *ks, size_t nc, struct postings *pl)
{
    /* Key hash -> id, open addressing, grown at half load (most keys are
     * repeats, so sizing for every occurrence would waste cache). */
    size_t slots = 1024, nkeys = 0;
    while (slots < ks->n)
        slots *= 2; /* distinct keys are usually about half the keys */
    uint64_t *sh = xmalloc(slots * sizeof *sh);
    uint32_t *sid = xcalloc(slots, sizeof *sid); /* key id + 1; 0 = empty */
    uint64_t *byid = xmalloc(slots / 2 * sizeof *byid);

    ks->kid = xmalloc((ks->n ? ks->n : 1) * sizeof *ks->kid);
    for (size_t k = 0; k < ks->n; k++) {
        uint64_t h = ks->h[k];
        size_t j = (size_t)mix64(h) & (slots - 1);
        if (k + 16 < ks->n) { /* the table is larger than the caches */
            size_t f = (size_t)mix64(ks->h[k + 16]) & (slots - 1);
            __builtin_prefetch(&sh[f]);
            __builtin_prefetch(&sid[f]);
        }
        while (sid[j] && sh[j] != h)
            j = (j + 1) & (slots - 1);
        if (!sid[j]) {
            if (nkeys + 1 > slots / 2) {
                slots *= 2;
                free(sh);
                free(sid);
                sh = xmalloc(slots * sizeof *sh);
                sid = xcalloc(slots, sizeof *sid);
                byid = xrealloc(byid, slots / 2 * sizeof *byid);
                for (size_t id = 0; id < nkeys; id++) {
                    size_t m = (size_t)mix64(byid[id]) & (slots - 1);
                    while (sid[m])
                        m = (m + 1) & (slots - 1);
                    sh[m] = byid[id];
                    sid[m] = (uint32_t)id + 1;
                }
                j = (size_t)mix64(h) & (slots - 1);
                while (sid[j])
                    j = (j + 1) & (slots - 1);
            }
            sh[j] = h;
            byid[nkeys] = h;
            sid[j] = (uint32_t)++nkeys;
        }
        ks->kid[k] = sid[j] - 1;
    }
    free(sh);
    free(sid);
    free(byid);

    pl->nkeys = nkeys;
    pl->off = xcalloc(nkeys + 1, sizeof *pl->off);
    for (size_t k = 0; k < ks->n; k++)
        pl->off[ks->kid[k] + 1]++;
    for (size_t k = 0; k < nkeys; k++)
        pl->off[k + 1] += pl->off[k];
    assert(pl->off[nkeys] == ks->n); /* every key occurrence has its posting */
    pl->post = xmalloc((ks->n ? ks->n : 1) * sizeof *pl->post);
    pl->w = xmalloc((ks->n ? ks->n : 1) * sizeof *pl->w);
    pl->kind = xmalloc(ks->n ? ks->n : 1);
    size_t *fill = xmalloc((nkeys ? nkeys : 1) * sizeof *fill);
    memcpy(fill, pl->off, nkeys * sizeof *fill);
    for (size_t c = 0; c < nc; c++)
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            size_t at = fill[ks->kid[k]]++;
            pl->post[at] = (uint32_t)c;
            pl->w[at] = ks->w[k];
            pl->kind[at] = ks->kind[k];
        }
    free(fill);
    /* Names many posts share say less: a damped IDF. Content words get
     * the plain one, ln((n + 1) / df): a word of every post weighs
     * almost nothing, a word of two weighs most. */
    pl->idf = xmalloc((nkeys ? nkeys : 1) * sizeof *pl->idf);
    for (size_t k = 0; k < nkeys; k++) {
        double df = (double)(pl->off[k + 1] - pl->off[k]), v = 1;
        if (pl->kind[pl->off[k]] == K_WORD) {
            pl->idf[k] = log(((double)nc + 1) / df);
            continue;
        }
        if (df > 2 && nc >= 8)
            v = log((double)nc / df) / log((double)nc / 2.0);
        pl->idf[k] = v < IDF_MIN ? IDF_MIN : v > 1 ? 1 : v;
    }
}

static size_t df_of(const struct postings *pl, uint32_t k)
{
    return pl->off[k + 1] - pl->off[k];
}

/* What one post knows of itself, and what it accumulates about each later
 * post it shares keys with (reset through stamp, listed in touch). */
struct overlap {
    double *tot;             /* own name weight (walked names only) */
    double *norm;            /* own tf-idf vector length over all its content words */
    uint32_t *shing;         /* own walked shingles */
    double *acc, *cnt, *dot; /* shared name weight and count, content-word dot product */
    uint32_t *ov, *nw;       /* shared shingles, shared content words */
    uint32_t *stamp;
    size_t *touch;
};

static void overlap_init(struct overlap *v, const struct keyset *ks, const struct postings *pl,
                         size_t nc, size_t df_cap, size_t text_cap)
{
    v->tot = xcalloc(nc, sizeof *v->tot);
    v->norm = xcalloc(nc, sizeof *v->norm);
    v->shing = xcalloc(nc, sizeof *v->shing);
    v->acc = xmalloc(nc * sizeof *v->acc);
    v->cnt = xmalloc(nc * sizeof *v->cnt);
    v->dot = xmalloc(nc * sizeof *v->dot);
    v->ov = xmalloc(nc * sizeof *v->ov);
    v->nw = xmalloc(nc * sizeof *v->nw);
    v->stamp = xcalloc(nc, sizeof *v->stamp);
    v->touch = xmalloc(nc * sizeof *v->touch);
    for (size_t c = 0; c < nc; c++) {
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            size_t df = df_of(pl, ks->kid[k]);
            double x = ks->w[k] * pl->idf[ks->kid[k]];
            if (ks->kind[k] == K_SHINGLE)
                v->shing[c] += df <= text_cap;
            else if (ks->kind[k] == K_WORD && df <= text_cap)
                v->norm[c] += x * x; /* rare ones too: what the other post lacks counts */
            else if (ks->kind[k] != K_NUMBER && df <= df_cap)
                v->tot[c] += x;
        }
        v->norm[c] = sqrt(v->norm[c]);
    }
}

static void overlap_free(struct overlap *v)
{
    free(v->tot);
    free(v->norm);
    free(v->shing);
    free(v->acc);
    free(v->cnt);
    free(v->dot);
    free(v->ov);
    free(v->nw);
    free(v->stamp);
    free(v->touch);
}

/* Post c's key k (of id id) is also held by post o at posting q. */
static void overlap_add(struct overlap *v, const struct keyset *ks, const struct postings *pl,
                        size_t k, size_t q, uint32_t id, size_t o)
{
    switch (ks->kind[k]) {
    case K_SHINGLE: v->ov[o]++; return;
    case K_WORD:
        v->dot[o] += (double)ks->w[k] * pl->w[q] * pl->idf[id] * pl->idf[id];
        v->nw[o]++;
        return;
    default:
        v->acc[o] += (ks->w[k] < pl->w[q] ? ks->w[k] : pl->w[q]) * pl->idf[id];
        v->cnt[o] += ks->kind[k] == K_HALF || pl->kind[q] == K_HALF ? 0.5 : 1;
    }
}

/* The similarity of posts c and o, in [0, 1]: the best of the three
 * measures (see digest.h), each of which needs more than one shared key.
 * In one language, shared names or phrases alone are not enough: two
 * stories drawn from one radio interview share its guest, its station and
 * its quote, but not the rest of their words. So there the content words
 * must agree too; across languages they cannot, and names decide. */
static double overlap_sim(const struct overlap *v, const struct keyset *ks, size_t c, size_t o)
{
    double ds = v->shing[c] < v->shing[o] ? v->shing[c] : v->shing[o];
    double text = v->ov[o] / (ds > SHINGLE_FLOOR ? ds : SHINGLE_FLOOR), ent = 0, words = 0;

    if (v->cnt[o] >= ENTITY_MIN_SHARED) {
        double de = v->tot[c] < v->tot[o] ? v->tot[c] : v->tot[o];
        ent = v->acc[o] / (de > ENTITY_FLOOR ? de : ENTITY_FLOOR);
        if (ent > 1)
            ent = 1; /* shared figures are not in the totals */
    }
    if (v->nw[o] >= WORD_MIN_SHARED && v->norm[c] > 0 && v->norm[o] > 0) {
        words = v->dot[o] / (v->norm[c] * v->norm[o]) / WORD_COS_FULL;
        if (words > 1)
            words = 1;
    }
    double best = text > ent ? text : ent;
    best = best > words ? best : words;
    int cross = ks->lang[c] && ks->lang[o] && ks->lang[c] != ks->lang[o];
    return cross || words >= WORD_AGREE ? best : 0;
}

/* Step 3: compare the posts that share keys, and unite the same stories.
 * Only keys held by 2 to df_cap posts (text_cap for shingles) are walked:
 * rarer keys match nothing, commoner ones are the language's stock phrases
 * and names in every story. Each post accumulates its overlap with the
 * later posts through the postings, so the work is the sum of the squared
 * frequencies of the walked keys, never all pairs. */
void digest_group_posts(const struct keyset *ks, const struct postings *pl, size_t nc,
                        size_t df_cap, size_t text_cap, double thr, struct groups *g)
{
    struct overlap v;

    overlap_init(&v, ks, pl, nc, df_cap, text_cap);
    for (size_t c = 0; c < nc; c++) {
        size_t nt = 0;
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            uint32_t id = ks->kid[k];
            size_t a = pl->off[id], b = pl->off[id + 1];
            int text = ks->kind[k] == K_SHINGLE || ks->kind[k] == K_WORD;
            if (b - a < 2 || b - a > (text ? text_cap : df_cap))
                continue;
            /* Postings are in post order: walk down to c, not past it. */
            for (size_t q = b; q-- > a;) {
                size_t o = pl->post[q];
                if (o <= c)
                    break;
                if (v.stamp[o] != c + 1) {
                    v.stamp[o] = (uint32_t)(c + 1);
                    v.acc[o] = v.cnt[o] = v.dot[o] = 0;
                    v.ov[o] = v.nw[o] = 0;
                    v.touch[nt++] = o;
                }
                overlap_add(&v, ks, pl, k, q, id, o);
            }
        }
        for (size_t q = 0; q < nt; q++)
            if (overlap_sim(&v, ks, c, v.touch[q]) >= thr)
                uf_union(g->parent, g->rank, g->pin, c, v.touch[q]);
    }
    overlap_free(&v);
}

void digest_postings_free(struct postings *pl)
{
    free(pl->off);
    free(pl->post);
    free(pl->w);
    free(pl->kind);
    free(pl->idf);
}
