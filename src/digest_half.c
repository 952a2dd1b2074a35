/*
 * digest_half: a story's second half, left apart by the join (issue 11,
 * hundred-and-thirteenth round). Both halves of a story name its own place,
 * vessel or storm in their titles (Redon's flood, the Ar Gwenn's sinking)
 * and report one kind of event; two look-alike stories of one day (two
 * strikes, two fires) share the kind but not a name of their own: the town
 * they share is another story's too.
 */
#include "digest_int.h"
#include "digest_half.h"

#include <stdlib.h>

#include "xmalloc.h"

#define HALF_KINDS 0x3fffu /* the kinds' bits of digest_event_kinds() */

struct half_pair {
    uint32_t a, b; /* roots, a < b */
};

static int half_cmp(const void *x, const void *y)
{
    const struct half_pair *p = x, *q = y;

    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

/* Whether a posting's kind reads a name (or its word, or its alias). */
static int half_name_kind(uint8_t kind)
{
    return kind == K_NAME || kind == K_HALF || kind == K_WORDN || kind == K_ALIAS;
}

/* Whether key k is a name of two stories alone (each of two posts or
 * more), a name's key in a post of each and in a title of each: *pa, *pb. */
static int half_key(const struct postings *pl, size_t k, const uint32_t *size,
                    const uint8_t *filler, struct groups *g, uint32_t *pa, uint32_t *pb)
{
    uint32_t r[2] = {UINT32_MAX, UINT32_MAX};
    unsigned name[2] = {0, 0}, title[2] = {0, 0};

    if (pl->place[k] & (4 | 8))
        return 0; /* a country, a region: where, not whose */
    for (size_t q = pl->off[k]; q < pl->off[k + 1]; q++) {
        uint32_t s = (uint32_t)uf_find(g->parent, pl->post[q]);
        if (!half_name_kind(pl->kind[q]) || filler[pl->post[q]] != filler[pl->post[pl->off[k]]])
            return 0;
        int j = r[0] == UINT32_MAX || r[0] == s ? 0 : r[1] == UINT32_MAX || r[1] == s ? 1 : 2;
        if (j == 2)
            return 0; /* a third story's */
        r[j] = s;
        name[j] |= pl->kind[q] == K_NAME;
        title[j] |= pl->w[q] >= (pl->kind[q] == K_HALF ? TITLE_KEY_WEIGHT / 2 : TITLE_KEY_WEIGHT);
    }
    if (r[1] == UINT32_MAX || size[r[0]] < 2 || size[r[1]] < 2)
        return 0;
    if (!(name[0] && name[1] && title[0] && title[1]))
        return 0;
    *pa = r[0] < r[1] ? r[0] : r[1];
    *pb = r[0] < r[1] ? r[1] : r[0];
    return 1;
}

void digest_halves(const struct digest_edges *e, const struct keyset *ks, const struct postings *pl,
                   size_t nc, size_t df_cap, double thr, const uint8_t *filler, struct groups *g)
{
    uint32_t *size = xcalloc(nc ? nc : 1, sizeof *size);
    struct half_pair *v = NULL;
    size_t n = 0, cap = 0;

    for (size_t c = 0; c < nc; c++)
        size[uf_find(g->parent, c)]++;
    for (size_t k = 0; k < pl->nkeys; k++) {
        uint32_t a, b;
        if (pl->off[k + 1] - pl->off[k] < 2 || pl->off[k + 1] - pl->off[k] > df_cap ||
            !half_key(pl, k, size, filler, g, &a, &b))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            v = xrealloc(v, cap * sizeof *v);
        }
        v[n++] = (struct half_pair){a, b};
    }
    if (!n) {
        free(size);
        return;
    }
    qsort(v, n, sizeof *v, half_cmp);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (!m || half_cmp(&v[m - 1], &v[i]))
            v[m++] = v[i];
    n = m;
    /* The kinds of event each story's titles name. */
    struct rubrics rb = {0};
    digest_event_kinds(&rb, ks, nc);
    uint16_t *kinds = xcalloc(nc ? nc : 1, sizeof *kinds);
    for (size_t c = 0; c < nc; c++)
        kinds[uf_find(g->parent, c)] |= (uint16_t)(rb.kinds[c] & HALF_KINDS);
    free(rb.kinds);
    free(rb.sites);
    uint8_t *tied = xcalloc(n, 1);
    for (size_t i = 0; i < e->n; i++) {
        if (e->v[i].w < thr)
            continue;
        uint32_t ra = (uint32_t)uf_find(g->parent, e->v[i].a);
        uint32_t rb2 = (uint32_t)uf_find(g->parent, e->v[i].b);
        struct half_pair x = {ra < rb2 ? ra : rb2, ra < rb2 ? rb2 : ra};
        struct half_pair *f = ra == rb2 ? NULL : bsearch(&x, v, n, sizeof *v, half_cmp);
        if (f)
            tied[f - v] = 1;
    }
    uint32_t *partner = xmalloc((nc ? nc : 1) * sizeof *partner);
    for (size_t c = 0; c < nc; c++)
        partner[c] = UINT32_MAX;
    for (size_t i = 0; i < n; i++) {
        uint32_t a = v[i].a, b = v[i].b;
        if (!tied[i] || !(kinds[a] & kinds[b]))
            continue;
        partner[a] = partner[a] == UINT32_MAX ? b : UINT32_MAX - 1;
        partner[b] = partner[b] == UINT32_MAX ? a : UINT32_MAX - 1;
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t a = v[i].a, b = v[i].b;
        if (partner[a] != b || partner[b] != a || (g->pin[a] && g->pin[b]))
            continue;
        g->parent[b] = a;
        g->pin[a] |= g->pin[b];
    }
    free(partner);
    free(tied);
    free(kinds);
    free(v);
    free(size);
}
