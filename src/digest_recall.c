/*
 * digest_recall: a follow-up whose title takes another angle while its
 * copy recalls the story (eval/README.md, hundred-and-eighth and
 * hundred-and-ninth rounds). A weak link whose title is not met, whose two
 * posts share a name of their own, a whole word of what happened and
 * RECALL_HALVES halves (the hub's and the toll's out) is marked
 * WEAK_RECALLS by digest_pairs() (digest_weak_w()). After the join
 * (digest_recall_attach()), a lone post whose marked links all go to one
 * story joins it when it shares with that story a name that only the
 * story holds and that is no place: no country, region or town of the
 * tables, no facility's name; a name a post of another story holds too
 * is the town's or the day's, not this story's ("Port-Louis" in both
 * stories of one town). As digest_attach(), a lone post whose title names
 * another story (titled[], digest_anchors()) joins none. Run after the
 * join, so that a lone post never takes one half of a story the join would
 * have joined: a half of two grown to three no longer passes the join's
 * "one of two" nor its edges reaching every post of the smaller (Manila
 * h49, the typhoon).
 */
#include "digest_int.h"
#include "digest_recall.h"

#include <stdlib.h>

#include "xmalloc.h"

#define RECALL_HALVES 8 /* the shared halves a recall's weak link needs */

float digest_weak_w(uint32_t eventn, int titles, int own, uint32_t halves)
{
    if (!eventn)
        return WEAK_NAMES_ONLY;
    return !titles && own && halves >= RECALL_HALVES ? WEAK_RECALLS : 0.0f;
}

/* Whether a name's key is a place of the tables or a facility's name. */
static int recall_place(uint64_t h)
{
    return digest_key_place(K_NAME, h, 0) || digest_alias_town(h) || digest_facility_name(h);
}

static int recall_named(uint8_t kind)
{
    return kind == K_NAME || kind == K_HALF || kind == K_NUMBER;
}

/* Whether key k of post s, a name no place, is held by no post outside
 * story t and post s. */
static int recall_own(const struct keyset *ks, const struct postings *pl, struct groups *g,
                      size_t s, size_t t, size_t k)
{
    uint32_t id = ks->kid[k];

    for (size_t q = pl->off[id]; q < pl->off[id + 1]; q++)
        if (pl->post[q] != s && uf_find(g->parent, pl->post[q]) != t)
            return 0;
    return 1;
}

/* Whether lone post s shares with post o of story t a name of t's alone. */
static int recall_shares(const struct keyset *ks, const struct postings *pl, struct groups *g,
                         size_t s, size_t o, size_t t)
{
    for (size_t k = ks->off[s]; k < ks->off[s + 1]; k++) {
        if (!recall_named(ks->kind[k]) || ks->w[k] == 0.0f || recall_place(ks->h[k]))
            continue;
        for (size_t q = ks->off[o]; q < ks->off[o + 1]; q++)
            if (ks->kid[q] == ks->kid[k] && recall_named(ks->kind[q]) &&
                recall_own(ks, pl, g, s, t, k))
                return 1;
    }
    return 0;
}

void digest_recall_attach(const struct digest_edges *e, const struct keyset *ks,
                          const struct postings *pl, size_t nc, struct groups *g,
                          const uint32_t *titled)
{
    uint32_t *size = xcalloc(nc ? nc : 1, sizeof *size);
    uint32_t *to = xmalloc((nc ? nc : 1) * sizeof *to);
    uint8_t *ok = xcalloc(nc ? nc : 1, 1);

    for (size_t c = 0; c < nc; c++) {
        size[uf_find(g->parent, c)]++;
        to[c] = UINT32_MAX;
    }
    for (size_t i = 0; i < e->nweak; i++) {
        const struct digest_edge *x = &e->weak[i];
        if (x->w != WEAK_RECALLS)
            continue;
        size_t ra = uf_find(g->parent, x->a), rb = uf_find(g->parent, x->b);
        if (ra == rb || (size[ra] == 1) == (size[rb] == 1))
            continue;
        size_t s = size[ra] == 1 ? x->a : x->b, o = s == x->a ? x->b : x->a;
        size_t t = s == x->a ? rb : ra;
        if (to[s] == UINT32_MAX) {
            to[s] = (uint32_t)t;
            ok[s] = 0;
        } else if (to[s] != t) {
            ok[s] = 2; /* links to two stories: neither */
            continue;
        }
        if (ok[s] == 0 && recall_shares(ks, pl, g, s, o, t))
            ok[s] = 1;
    }
    for (size_t s = 0; s < nc; s++) {
        if (ok[s] != 1 || (g->pin[s] && g->pin[to[s]]))
            continue;
        /* As digest_attach(): a lone post whose title names another story
         * (titled[], digest_anchors()), or two, is not this one's. */
        if (titled && titled[s] != UINT32_MAX &&
            (titled[s] >= nc || uf_find(g->parent, titled[s]) != to[s]))
            continue;
        g->parent[s] = to[s];
        g->pin[to[s]] |= g->pin[s];
    }
    free(size);
    free(to);
    free(ok);
}
