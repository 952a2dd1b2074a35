/*
 * digest_rubric: a title's rubric, the words before its colon ("Oignon :
 * chute des cours dans la région de Tahoua"), is the subject its story
 * opens on (digest_keys.c marks its words, digest_rubric_mark()). Two
 * posts of one story write each other's subject; two posts whose titles
 * open on two subjects neither writes tell two stories, whatever else
 * their region gives them in common (digest_pairs()).
 */
#include "digest_int.h"

#include <stdlib.h>

#include "xmalloc.h"

/* Below this cosine, two titles that open on two rubrics neither post
 * writes the other's tell two subjects (digest_rubric_thin()). */
#define RUBRIC_COS 0.20

struct rubrics digest_rubrics(const struct keyset *ks, const struct postings *pl, size_t nc,
                              size_t df_cap)
{
    uint64_t *mark = xmalloc((ks->n ? ks->n : 1) * sizeof *mark);
    struct rubrics rb = {.off = xmalloc((nc + 1) * sizeof *rb.off),
                         .kid = xmalloc((ks->n ? ks->n : 1) * sizeof *rb.kid)};
    struct rubrics *r = &rb;
    size_t n = 0;
    for (size_t c = 0; c < nc; c++) {
        size_t nm = 0;
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++)
            if (ks->kind[k] == K_WORDQ && ks->w[k] == 0.0f)
                mark[nm++] = ks->h[k];
        qsort(mark, nm, sizeof *mark, digest_u64_cmp);
        r->off[c] = n;
        for (size_t k = ks->off[c]; k < ks->off[c + 1] && nm; k++) {
            uint64_t m = digest_rubric_mark(ks->h[k]);
            if (ks->w[k] > 0 && pl->off[ks->kid[k] + 1] - pl->off[ks->kid[k]] <= df_cap &&
                bsearch(&m, mark, nm, sizeof m, digest_u64_cmp))
                r->kid[n++] = ks->kid[k];
        }
    }
    r->off[nc] = n;
    free(mark);
    digest_asides(r, ks, nc);
    digest_event_kinds(r, ks, nc);
    return rb;
}

/* Whether post o holds one of post c's rubric words (postings are in
 * post order). */
static int rubric_met(const struct rubrics *r, const struct postings *pl, size_t c, size_t o)
{
    for (size_t i = r->off[c]; i < r->off[c + 1]; i++)
        if (digest_holds(pl, r->kid[i], o))
            return 1;
    return 0;
}

int digest_rubric_thin(const struct rubrics *r, const struct keyset *ks, const struct postings *pl,
                       size_t c, size_t o, double cos)
{
    if (cos >= RUBRIC_COS || ks->lang[c] != ks->lang[o] || r->off[c] == r->off[c + 1] ||
        r->off[o] == r->off[o + 1])
        return 0;
    return !rubric_met(r, pl, c, o) && !rubric_met(r, pl, o, c);
}

void digest_rubrics_free(struct rubrics *r)
{
    free(r->off);
    free(r->kid);
    free(r->aoff);
    free(r->akid);
    free(r->soff);
    free(r->skid);
    free(r->kinds);
    free(r->sites);
}
