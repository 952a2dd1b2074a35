/*
 * digest_centroid: a post the pairs left alone, compared with each story
 * as a whole. A reaction, an explainer or a how-to shares a word or two
 * with each post of its story, never enough with any one of them for an
 * edge or a weak link; but the story's rare words, summed over its posts,
 * are in its body. Each post is a vector of its keys (the pairs' keys:
 * weight times IDF, over the keys held by df_cap posts at most, the
 * unique ones too), of length 1; a story's centroid is the sum of its
 * posts'. A story of CENT_MAX_SMALL posts at most (a lone post) joins the
 * story of CENT_MIN_STORY posts or more whose centroid it is nearest to,
 * when the cosine is CENT_COS or more, when the second nearest story's is
 * at most CENT_MARGIN of it (two look-alike stories of one town both
 * match: the post stays alone), and when the terms that carry the cosine
 * (CENT_HEAVY of it or more) include a word of that story's own: a
 * content word, not a name (the town, the port, the hospital two stories
 * happen in), a figure or a facility's word, held by CENT_TPOSTS of its
 * posts or more and by fewer posts outside it than inside (the day's
 * casualty and quantity words are every accident's). A post whose title
 * writes the story's headline word (cent_title_word()) needs only
 * CENT_TITLE_COS. It runs after the join, and the posts it moves join no
 * one else. A French post with a body, whose every link goes to that
 * story, and that writes no name two posts of other stories hold, needs
 * only CENT_LINKED_COS (digest_linked.c says why).
 *
 * The work is the postings of each lone post's keys, as the pairs'.
 */
#include "digest_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

#define CENT_MIN_STORY 3 /* posts of a story that has a centroid */
#define CENT_MAX_SMALL 1 /* posts of a story that may join one (2: see eval/README.md) */
#define CENT_COS 0.18    /* cosine to the best centroid, at least */
#define CENT_MARGIN 0.7  /* the second best story's cosine is at most this share of it */
#define CENT_HEAVY 0.10  /* share of the dot product that makes a shared term heavy */
#define CENT_TPOSTS 2    /* posts of the story that hold its own term, at least */

/* A lone post whose title writes the story's headline word (cent_title_word()). */
#define CENT_TITLE_COS 0.08 /* cosine to the best centroid, at least */
#define CENT_TITLES 3       /* titles of the story that write the word, at least */

/* A lone French post with a body, every link of which goes to the story,
 * and no name of which is another story's (digest_linked.c). */
#define CENT_LINKED_COS 0.09              /* cosine to the best centroid, at least */
#define CENT_LINKED_LANG ('f' << 8 | 'r') /* the posts' language (struct keyset) */

/* Whether a key is part of a post's vector: not a quoted word, a
 * broadcaster, a word of the world's names, or a translation (its word is
 * there already). */
static int cent_kind(uint8_t kind)
{
    return kind != K_WORDQ && kind != K_MEDIA && kind != K_WORDA && kind != K_BRIDGE;
}

/* Whether a key can be a story's topic term: a content word, not a
 * facility's (the place). A name is no topic term: most of those two
 * stories share are the town, the port, the hospital they happen in, and
 * a figure is a quantity. */
static int cent_topic(const struct keyset *ks, const struct postings *pl, size_t k)
{
    return ks->kind[k] == K_WORD && !pl->place[ks->kid[k]];
}

struct cent_ctx {
    const struct keyset *ks;
    const struct postings *pl;
    size_t nc, df_cap;
    const uint8_t *filler;
    struct groups *g;
    uint32_t *size, *root; /* per post: its story's size, its root */
    double *norm;          /* per post: its vector's length */
    double *cnorm;         /* per root: its centroid's length */
    double *pdot;          /* per post: its dot with the small story */
    double *sdot;          /* per root: the same with its centroid */
    uint32_t *pstamp, *sstamp, stamp;
    uint32_t *touched, *roots; /* posts and stories met */
    size_t nt, nr;
};

/* Post c's weight of key k, or 0 when it is not in the vectors. */
static double cent_x(const struct cent_ctx *x, size_t c, size_t k)
{
    uint32_t id = x->ks->kid[k];
    size_t df = x->pl->off[id + 1] - x->pl->off[id];

    if (!cent_kind(x->ks->kind[k]) || df > x->df_cap || !(x->norm[c] > 0))
        return 0;
    return x->ks->w[k] * x->pl->idf[id] / x->norm[c];
}

static void cent_norms(struct cent_ctx *x)
{
    const struct keyset *ks = x->ks;
    const struct postings *pl = x->pl;

    for (size_t c = 0; c < x->nc; c++) {
        double s = 0;
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            uint32_t id = ks->kid[k];
            if (cent_kind(ks->kind[k]) && pl->off[id + 1] - pl->off[id] <= x->df_cap) {
                double v = ks->w[k] * pl->idf[id];
                s += v * v;
            }
        }
        x->norm[c] = sqrt(s);
    }
    /* The centroids' lengths: per key, its weights summed per story. */
    double *sum = xcalloc(x->nc ? x->nc : 1, sizeof *sum);
    for (size_t id = 0; id < pl->nkeys; id++) {
        size_t a = pl->off[id], b = pl->off[id + 1];
        if (b - a > x->df_cap)
            continue;
        x->nr = 0;
        for (size_t q = a; q < b; q++) {
            uint32_t o = pl->post[q], r = x->root[o];
            if (x->size[o] < CENT_MIN_STORY || !cent_kind(pl->kind[q]) || !(x->norm[o] > 0))
                continue;
            if (sum[r] == 0)
                x->roots[x->nr++] = r;
            sum[r] += pl->w[q] * pl->idf[id] / x->norm[o];
        }
        for (size_t j = 0; j < x->nr; j++) {
            x->cnorm[x->roots[j]] += sum[x->roots[j]] * sum[x->roots[j]];
            sum[x->roots[j]] = 0;
        }
    }
    for (size_t c = 0; c < x->nc; c++)
        x->cnorm[c] = sqrt(x->cnorm[c]);
    x->nr = 0;
    free(sum);
}

/* The dots of the small story of posts mem[0..nm) (two when
 * CENT_MAX_SMALL allows) with every post of a
 * story with a centroid (pdot, touched) and every such story (sdot,
 * roots); returns the cosine of its two posts (0 for one). */
static double cent_dots(struct cent_ctx *x, const uint32_t *mem, size_t nm)
{
    const struct keyset *ks = x->ks;
    const struct postings *pl = x->pl;
    double inner = 0;

    if (++x->stamp == 0) {
        memset(x->pstamp, 0, x->nc * sizeof *x->pstamp);
        memset(x->sstamp, 0, x->nc * sizeof *x->sstamp);
        x->stamp = 1;
    }
    x->nt = x->nr = 0;
    for (size_t m = 0; m < nm; m++) {
        uint32_t c = mem[m];
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            double xc = cent_x(x, c, k);
            uint32_t id = ks->kid[k];
            if (!(xc > 0))
                continue;
            for (size_t q = pl->off[id]; q < pl->off[id + 1]; q++) {
                uint32_t o = pl->post[q];
                if (o == c || !cent_kind(pl->kind[q]) || x->filler[o] != x->filler[c] ||
                    !(x->norm[o] > 0))
                    continue;
                double v = xc * pl->w[q] * pl->idf[id] / x->norm[o];
                if (x->root[o] == x->root[c]) {
                    inner += v / 2; /* each of the two sees it */
                    continue;
                }
                if (x->size[o] < CENT_MIN_STORY)
                    continue;
                if (x->pstamp[o] != x->stamp) {
                    x->pstamp[o] = x->stamp;
                    x->pdot[o] = 0;
                    x->touched[x->nt++] = o;
                }
                x->pdot[o] += v;
            }
        }
    }
    for (size_t i = 0; i < x->nt; i++) {
        uint32_t o = x->touched[i], r = x->root[o];
        if (x->sstamp[r] != x->stamp) {
            x->sstamp[r] = x->stamp;
            x->sdot[r] = 0;
            x->roots[x->nr++] = r;
        }
        x->sdot[r] += x->pdot[o];
    }
    return inner;
}

/* Whether the terms that carry the small story's dot with story s (dot)
 * include a topic term of s's own (cent_topic()): held by CENT_TPOSTS of
 * its posts or more, and by fewer posts outside s and the small story
 * than inside s. */
static int cent_own_term(const struct cent_ctx *x, const uint32_t *mem, size_t nm, uint32_t s,
                         double dot)
{
    const struct keyset *ks = x->ks;
    const struct postings *pl = x->pl;

    for (size_t m = 0; m < nm; m++) {
        uint32_t c = mem[m];
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            double xc = cent_x(x, c, k), part = 0;
            uint32_t id = ks->kid[k], in = 0, out = 0;
            if (!(xc > 0) || !cent_topic(ks, pl, k))
                continue;
            for (size_t q = pl->off[id]; q < pl->off[id + 1]; q++) {
                uint32_t o = pl->post[q];
                if (x->root[o] == s) {
                    in++;
                    if (cent_kind(pl->kind[q]) && x->norm[o] > 0)
                        part += xc * pl->w[q] * pl->idf[id] / x->norm[o];
                } else if (x->root[o] != x->root[c]) {
                    out++;
                }
            }
            if (part >= CENT_HEAVY * dot && in >= CENT_TPOSTS && out < in)
                return 1;
        }
    }
    return 0;
}

/* Whether the small story's titles write a headline word of story s: a
 * topic term (cent_topic()) that CENT_TITLES titles of s or more write and
 * no post outside s and the small story holds. A desk calls a story by
 * its word ("captagon", "méningite", "dengue", "exam") in most of its
 * titles; the explainer, the how-to and the reaction write it in theirs
 * and tell the rest in their own words, so their cosine to the story is
 * low. Two titles share a word by chance (a bank holiday and the food
 * banks); three titles of one story, and no other post of the window, are
 * the story's name for itself. A title that names someone or somewhere the
 * story never names is another story of the kind (a second quake, the
 * Kodiak quake's pair near Hualien's on day 53), whatever word it shares. */
static int cent_title_word(const struct cent_ctx *x, const uint32_t *mem, size_t nm, uint32_t s)
{
    const struct keyset *ks = x->ks;
    const struct postings *pl = x->pl;

    /* A title that names a place or person story s never names tells
     * another story of the kind: a second quake, a second fire. */
    for (size_t m = 0; m < nm; m++) {
        uint32_t c = mem[m];
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            uint32_t id = ks->kid[k], held = 0;
            if (ks->kind[k] != K_NAME || ks->w[k] < TITLE_KEY_WEIGHT)
                continue;
            for (size_t q = pl->off[id]; q < pl->off[id + 1] && !held; q++)
                held = x->root[pl->post[q]] == s;
            if (!held)
                return 0;
        }
    }
    for (size_t m = 0; m < nm; m++) {
        uint32_t c = mem[m];
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            uint32_t id = ks->kid[k], titles = 0, out = 0;
            if (!(cent_x(x, c, k) > 0) || !cent_topic(ks, pl, k) || ks->w[k] < TITLE_KEY_WEIGHT)
                continue;
            for (size_t q = pl->off[id]; q < pl->off[id + 1]; q++) {
                uint32_t o = pl->post[q];
                if (x->root[o] == s)
                    titles += pl->w[q] >= TITLE_KEY_WEIGHT;
                else if (x->root[o] != x->root[c])
                    out++;
            }
            if (titles >= CENT_TITLES && !out)
                return 1;
        }
    }
    return 0;
}

/* Whether lone post c names someone or somewhere (a name, no country's,
 * walked by the pairs) that two other posts or more hold, none of them in
 * story s: another story's subject, which the post writes (day 39's ice
 * roads' "Manitoba", held by the winter roads' posts, not by the fuel
 * truck's that the post's words are near). */
static int cent_name_elsewhere(const struct cent_ctx *x, uint32_t c, uint32_t s)
{
    const struct keyset *ks = x->ks;
    const struct postings *pl = x->pl;

    for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
        uint32_t id = ks->kid[k], in = 0, out = 0;
        size_t a = pl->off[id], b = pl->off[id + 1];
        if (ks->kind[k] != K_NAME || b - a < 3 || b - a > x->df_cap || digest_country(ks->h[k]))
            continue;
        for (size_t q = a; q < b; q++) {
            uint32_t o = pl->post[q];
            in += x->root[o] == s;
            out += o != c && x->root[o] != s;
        }
        if (!in && out >= 2)
            return 1;
    }
    return 0;
}

/* Whether post c has copy of its own besides its title: a key of the body
 * (the title's weigh TITLE_KEY_WEIGHT). A promo whose body is a
 * subscription offer (furniture, digest_text.c) is its title alone: « Lyon :
 * toute l'actualité du musée et des faits divers » lists the museum a
 * break-in hit and the town, and links to the break-in and nothing else. */
static int cent_has_body(const struct keyset *ks, uint32_t c)
{
    for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++)
        if (ks->w[k] > 0.0f && ks->w[k] < TITLE_KEY_WEIGHT && ks->kind[k] != K_HALF)
            return 1;
    return 0;
}

/* Whether lone post c may join story s at CENT_LINKED_COS: its every link
 * goes to s (linked, digest_linked.c), it is French, it has a body, and it
 * names no other story's subject. */
static int cent_linked(const struct cent_ctx *x, const uint32_t *linked, uint32_t c, uint32_t s)
{
    return linked && linked[c] == s && x->ks->lang[c] == CENT_LINKED_LANG &&
           cent_has_body(x->ks, c) && !cent_name_elsewhere(x, c, s);
}

void digest_centroid(const struct keyset *ks, const struct postings *pl, size_t nc, size_t df_cap,
                     const uint8_t *filler, struct groups *g, const uint32_t *one, uint32_t *via)
{
    size_t m = nc ? nc : 1;
    struct cent_ctx x = {.ks = ks, .pl = pl, .nc = nc, .df_cap = df_cap, .filler = filler, .g = g};

    if (via)
        for (size_t c = 0; c < nc; c++)
            via[c] = UINT32_MAX;
    x.size = xcalloc(m, sizeof *x.size);
    x.root = xmalloc(m * sizeof *x.root);
    x.norm = xcalloc(m, sizeof *x.norm);
    x.cnorm = xcalloc(m, sizeof *x.cnorm);
    x.pdot = xmalloc(m * sizeof *x.pdot);
    x.sdot = xmalloc(m * sizeof *x.sdot);
    x.pstamp = xcalloc(m, sizeof *x.pstamp);
    x.sstamp = xcalloc(m, sizeof *x.sstamp);
    x.touched = xmalloc(m * sizeof *x.touched);
    x.roots = xmalloc(m * sizeof *x.roots);
    uint32_t *mem = xmalloc(2 * m * sizeof *mem), *nmem = xcalloc(m, sizeof *nmem);
    uint32_t *move = xmalloc(m * sizeof *move), *with = xmalloc(m * sizeof *with);
    for (size_t c = 0; c < nc; c++) {
        x.root[c] = (uint32_t)uf_find(g->parent, c);
        x.size[x.root[c]]++;
    }
    for (size_t c = 0; c < nc; c++) {
        uint32_t r = x.root[c];
        x.size[c] = x.size[r];
        if (x.size[c] <= CENT_MAX_SMALL)
            mem[2 * r + nmem[r]++] = (uint32_t)c;
    }
    /* x.size is now per post; the centroids' lengths go by root. */
    cent_norms(&x);
    for (size_t r = 0; r < nc; r++) {
        move[r] = UINT32_MAX;
        if (!nmem[r])
            continue;
        double inner = cent_dots(&x, mem + 2 * r, nmem[r]);
        double ulen = sqrt((double)nmem[r] + 2 * inner);
        uint32_t best = UINT32_MAX;
        double b1 = 0, b2 = 0;
        for (size_t j = 0; j < x.nr; j++) {
            uint32_t s = x.roots[j];
            double cs = x.cnorm[s] > 0 && ulen > 0 ? x.sdot[s] / (ulen * x.cnorm[s]) : 0;
            if (cs > b1) {
                b2 = b1;
                b1 = cs;
                best = s;
            } else if (cs > b2) {
                b2 = cs;
            }
        }
        if (best == UINT32_MAX || b1 < CENT_TITLE_COS || b2 > CENT_MARGIN * b1 ||
            (g->pin[r] && g->pin[best]))
            continue;
        /* Below CENT_COS, the pairs as a second witness: every link of the
         * lone post goes to that story (digest_linked.c). */
        double need =
            nmem[r] == 1 && cent_linked(&x, one, mem[2 * r], best) ? CENT_LINKED_COS : CENT_COS;
        if (!(b1 >= need && cent_own_term(&x, mem + 2 * r, nmem[r], best, x.sdot[best])) &&
            !cent_title_word(&x, mem + 2 * r, nmem[r], best))
            continue;
        move[r] = best;
        /* The post of the story it shares most with, for digest_why. */
        double top = -1;
        with[r] = UINT32_MAX;
        for (size_t i = 0; i < x.nt; i++)
            if (x.root[x.touched[i]] == best && x.pdot[x.touched[i]] > top) {
                top = x.pdot[x.touched[i]];
                with[r] = x.touched[i];
            }
    }
    for (size_t r = 0; r < nc; r++) {
        if (move[r] == UINT32_MAX)
            continue;
        for (size_t i = 0; via && i < nmem[r]; i++)
            via[mem[2 * r + i]] = with[r];
        g->parent[r] = move[r];
        g->pin[move[r]] |= g->pin[r];
    }
    free(x.size);
    free(x.root);
    free(x.norm);
    free(x.cnorm);
    free(x.pdot);
    free(x.sdot);
    free(x.pstamp);
    free(x.sstamp);
    free(x.touched);
    free(x.roots);
    free(mem);
    free(nmem);
    free(move);
    free(with);
}
