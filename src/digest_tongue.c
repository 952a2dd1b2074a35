/*
 * digest_tongue: after the join, two stories that are one story told in two
 * languages, the channel's outlets' copy and the agencies' translation, which
 * share no name of their own to join on (digest_tongues()).
 */
#include "digest_int.h"
#include "digest_trace_int.h"

#include <stdlib.h>

#include "xmalloc.h"

/* digest_tongues(): this many edges between the two stories (their posts
 * on one side or the other, counted once, as many): two meetings, not one. */
#define TONGUE_MIN_EDGES 2

/* Per story (root): the one language of its posts (UINT16_MAX: more than
 * one), its size, the story its posts' edges reach (UINT32_MAX: none yet,
 * UINT32_MAX - 1: two or more), how many of its posts reach it, and how
 * many of that story's posts its edges reach. */
struct tongue {
    uint16_t lang;
    uint32_t size, target, from, to;
};

/* Whether edge i of e weighs (not a thin edge, a shared place:
 * digest_pairs()) and is no toll alone (named bit 1). */
static int tongue_edge(const struct digest_edges *e, size_t i)
{
    return e->v[i].cos > 0 && !(e->named && (e->named[i] & 2));
}

/* Story s's edges reach story t. */
static void tongue_reach(struct tongue *s, uint32_t t)
{
    if (s->target == UINT32_MAX || s->target == t)
        s->target = t;
    else
        s->target = UINT32_MAX - 1;
}

static int u32_pair_cmp(const void *x, const void *y)
{
    const uint32_t *p = x, *q = y;

    if (p[0] != q[0])
        return p[0] < q[0] ? -1 : 1;
    return p[1] < q[1] ? -1 : p[1] > q[1];
}

/* An agency's copy of a story in the channel's other language (the English
 * wires on a French channel, the French on an English one) meets the
 * story's posts through the dictionary's bridges only: what happened, the
 * toll, the country, never the town or the local names the channel's own
 * outlets write ("Two dead, five missing as cargo schooner sinks in French
 * Polynesia" and "Naufrage d'une goélette au large de Rangiroa : deux
 * morts et cinq disparus", day 52; "French Polynesia schooner toll rises to
 * five" and "Naufrage du Tamarii Tuamotu : le bilan passe à quatre
 * morts"). Two
 * wires' copies meet each other in full and make a story of their own,
 * which the join (digest_join()) never takes: they share no name with the
 * other half. Two stories join when one is in one language, the other has
 * no post in that language, the first one's edges that weigh reach the
 * second and no other story, and they are TONGUE_MIN_EDGES edges or more
 * (as many posts on one side): two wires meeting the first report, or one
 * wire meeting two of the story's posts, each pair on its own (day 65's
 * "Death toll from Mayotte boat sinking rises to eight" meets both "Au
 * moins cinq morts dans le naufrage d'un kwassa au large de Bandrélé" and
 * "Naufrage au large de Mayotte : le bilan s'alourdit à huit morts"). A
 * story that two stories would join stays as it is. */
void digest_tongues(const struct digest_edges *e, const uint16_t *lang, size_t nc, struct groups *g)
{
    size_t m = nc ? nc : 1;
    struct tongue *st = xmalloc(m * sizeof *st);
    uint32_t *root = xmalloc(m * sizeof *root), *partner = xmalloc(m * sizeof *partner);

    for (size_t c = 0; c < nc; c++) {
        st[c] = (struct tongue){lang[c], 0, UINT32_MAX, 0, 0};
        partner[c] = UINT32_MAX;
    }
    for (size_t c = 0; c < nc; c++) {
        root[c] = (uint32_t)uf_find(g->parent, c);
        struct tongue *s = &st[root[c]];
        if (s->size++ && s->lang != lang[c])
            s->lang = UINT16_MAX;
    }
    /* A lone post the edges reach is no rival half: a half is two posts or
     * more (st[t].size below), and a lone post the wire's copy meets is a
     * story of its own, met through the place, or a post of the same story
     * the linkage left apart. Day 88's English "Plane skids off runway on
     * French side of St. Martin" met the lone "French side civil servants
     * walk out over cost-of-living bonus" through "French side", and the
     * English half of the runway excursion never joined its French half
     * (eval/README.md, hundred-and-second round). */
    for (size_t i = 0; i < e->n; i++) {
        uint32_t ra = root[e->v[i].a], rb = root[e->v[i].b];
        if (ra != rb && tongue_edge(e, i)) {
            if (st[rb].size >= 2)
                tongue_reach(&st[ra], rb);
            if (st[ra].size >= 2)
                tongue_reach(&st[rb], ra);
        }
    }
    /* (story, post of it or of its target) for each edge between them:
     * the posts each side reaches, counted once. */
    uint32_t(*hit)[2] = xmalloc(4 * (e->n ? e->n : 1) * sizeof *hit);
    size_t nh = 0;
    for (size_t i = 0; i < e->n; i++) {
        uint32_t a = e->v[i].a, b = e->v[i].b, ra = root[a], rb = root[b];
        if (ra == rb || !tongue_edge(e, i))
            continue;
        if (st[ra].target == rb) {
            hit[nh][0] = ra, hit[nh++][1] = a;
            hit[nh][0] = ra, hit[nh++][1] = b;
        }
        if (st[rb].target == ra) {
            hit[nh][0] = rb, hit[nh++][1] = b;
            hit[nh][0] = rb, hit[nh++][1] = a;
        }
    }
    qsort(hit, nh, sizeof *hit, u32_pair_cmp);
    for (size_t i = 0; i < nh; i++) {
        if (i && !u32_pair_cmp(hit[i - 1], hit[i]))
            continue;
        struct tongue *s = &st[hit[i][0]];
        if (root[hit[i][1]] == hit[i][0])
            s->from++;
        else
            s->to++;
    }
    free(hit);
    for (size_t r = 0; r < nc; r++) {
        const struct tongue *s = &st[r];
        uint32_t t = s->target;
        if (root[r] != r || s->size < 2 || s->lang == UINT16_MAX || t >= UINT32_MAX - 1 ||
            st[t].size < 2 || (s->from > s->to ? s->from : s->to) < TONGUE_MIN_EDGES)
            continue;
        int shared = 0; /* the other story holds a post of this one's language */
        for (size_t c = 0; c < nc && !shared; c++)
            shared = root[c] == t && lang[c] == s->lang;
        if (shared)
            continue;
        partner[t] = partner[t] == UINT32_MAX || partner[t] == r ? (uint32_t)r : UINT32_MAX - 1;
        partner[r] = partner[r] == UINT32_MAX || partner[r] == t ? t : UINT32_MAX - 1;
    }
    for (size_t r = 0; r < nc; r++) {
        uint32_t t = partner[r];
        if (t >= UINT32_MAX - 1 || partner[t] != r || r > t || (g->pin[r] && g->pin[t]))
            continue;
        g->parent[t] = (uint32_t)r;
        g->pin[r] |= g->pin[t];
    }
    free(st);
    free(root);
    free(partner);
    DIGEST_TRACE(digest_trace_stage("tongues", g, nc));
}
