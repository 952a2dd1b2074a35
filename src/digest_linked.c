/*
 * digest_linked: the story a lone post's pairs point to, as a second
 * witness for its centroid (digest_centroid.c).
 *
 * A follow-up, an explainer or a reaction told in other words shares a
 * word or two with each post of its story: too little for an edge that
 * weighs, and its cosine with the story's centroid is low (0.09 to 0.18),
 * because the story's other words are not in it. Below CENT_COS the
 * centroid alone is not enough: the day's other stories of the kind come
 * as near (eval/README.md, twenty-ninth round: Lusaka's kwacha explainer,
 * London's bank holiday). But when the pairs say what the centroid says,
 * every edge the post has (thin ones too) and every weak link going to
 * posts of that one story and none anywhere else, two readings of the copy
 * agree: digest_centroid() then takes CENT_LINKED_COS, with the story's own
 * term as before, unless the post writes a name that two posts of other
 * stories hold and the story never does (another story's subject: day 39's
 * ice roads), or has no copy but its title (a promo that lists the museum
 * and the town of a break-in, its body a subscription offer, links to the
 * break-in's posts and nothing else: tests/unit/test_digest_group.c). A
 * post with one link elsewhere, even a thin edge through a place, stays
 * alone. French posts only: on English copy the rule joins right posts
 * too, but they lift their stories past the editor's and the English
 * NDCG@5 falls (eval/README.md, hundred-and-third round).
 */
#include "digest_linked.h"

/* Whether a post's one story so far, *one, also takes story r. */
static void linked_add(uint32_t *one, uint32_t r)
{
    if (*one == LINKED_NONE)
        *one = r;
    else if (*one != r)
        *one = LINKED_MANY;
}

static void linked_pair(struct groups *g, uint32_t *one, uint32_t a, uint32_t b)
{
    uint32_t ra = (uint32_t)uf_find(g->parent, a), rb = (uint32_t)uf_find(g->parent, b);

    if (ra == rb) {
        one[a] = one[b] = LINKED_MANY; /* a link inside a story: no lone post's */
        return;
    }
    linked_add(&one[a], rb);
    linked_add(&one[b], ra);
}

void digest_linked_story(const struct digest_edges *e, struct groups *g, size_t nc, uint32_t *one)
{
    for (size_t c = 0; c < nc; c++)
        one[c] = LINKED_NONE;
    for (size_t i = 0; i < e->n; i++)
        linked_pair(g, one, e->v[i].a, e->v[i].b);
    for (size_t i = 0; i < e->nweak; i++)
        linked_pair(g, one, e->weak[i].a, e->weak[i].b);
}
