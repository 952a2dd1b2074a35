/*
 * digest_link: each edge's weight by the neighbours its two posts share
 * (digest_weigh()), then the stories of the weighted edges, by average
 * linkage. Every post starts as its own story; the two stories whose
 * average edge weight, over every pair of their posts (a pair without an
 * edge weighs 0), is the highest are merged, while it reaches the threshold. A story grows by
 * what most of its posts share, so one strong pair between two stories
 * cannot chain them the way a single link does. Two stories that each hold
 * a pinned post are never merged, so that each pin stays visible.
 *
 * Each story keeps the sums of its edge weights to its neighbouring
 * stories; the candidate merges are the edges sorted and a max-heap of
 * those pushed since, and an entry whose average
 * has changed since it was pushed is pushed again at its new value rather
 * than trusted (lazy deletion). The work is about the number of edges
 * times the neighbours of a merged story, never all pairs.
 */
#include "digest_int.h"
#include "digest_trace_int.h"

#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

/* The cosine times neighbourhood Jaccard that makes an edge's full weight
 * 1: two outlets' copy of one story rarely shares more (short posts, other
 * words). */
#define EDGE_FULL 0.08

/* Each post's neighbours adj[off[c] .. off[c + 1]) by other, as a stable
 * sort of each list (in edge order, a's entry before b's) by other gives
 * them (a qsort() per post before): the entries counted out by their
 * other post first, then by their own, both passes stable. Entry 2i is
 * edge i's for post a, 2i + 1 its for post b. */
static void adj_sorted(const struct digest_edges *e, size_t nc, const size_t *off,
                       struct digest_nb *adj)
{
    size_t *fill = xmalloc((nc ? nc : 1) * sizeof *fill);
    uint32_t *by = xmalloc((e->n ? 2 * e->n : 1) * sizeof *by);

    memcpy(fill, off, nc * sizeof *fill); /* a post's entries are as many as its others' */
    for (size_t x = 0; x < 2 * e->n; x++) {
        const struct digest_edge *v = &e->v[x / 2];
        by[fill[x & 1 ? v->a : v->b]++] = (uint32_t)x;
    }
    memcpy(fill, off, nc * sizeof *fill);
    for (size_t k = 0; k < 2 * e->n; k++) {
        uint32_t x = by[k];
        const struct digest_edge *v = &e->v[x / 2];
        uint32_t c = x & 1 ? v->b : v->a, other = x & 1 ? v->a : v->b;
        adj[fill[c]++] = (struct digest_nb){other, x / 2};
    }
    free(by);
    free(fill);
}

/* Step 4: each edge's weight, its cosine times the Jaccard index of the
 * two posts' neighbourhoods (a post and the posts it has an edge with).
 * Two posts of one story share most of their neighbours; two stories that
 * quote one interview meet through two posts whose other neighbours are
 * their own stories'. Two posts alone share all theirs: their cosine
 * decides. The neighbour lists stay in e. */
void digest_weigh(struct digest_edges *e, size_t nc)
{
    size_t *off = xcalloc(nc + 1, sizeof *off);
    struct digest_nb *adj = xmalloc((e->n ? 2 * e->n : 1) * sizeof *adj);

    for (size_t i = 0; i < e->n; i++) {
        off[e->v[i].a + 1]++;
        off[e->v[i].b + 1]++;
    }
    for (size_t c = 0; c < nc; c++)
        off[c + 1] += off[c];
    adj_sorted(e, nc, off, adj);
    for (size_t i = 0; i < e->n; i++) {
        uint32_t a = e->v[i].a, b = e->v[i].b;
        size_t p = off[a], pe = off[a + 1], q = off[b], qe = off[b + 1], common = 0;
        while (p < pe && q < qe) {
            if (adj[p].other == adj[q].other) {
                common++;
                p++;
                q++;
            } else if (adj[p].other < adj[q].other) {
                p++;
            } else {
                q++;
            }
        }
        /* Each set holds its post and the other one: both are shared. */
        size_t na = off[a + 1] - off[a] + 1, nb = off[b + 1] - off[b] + 1, in = common + 2;
        float w = e->v[i].cos * (float)in / (float)(na + nb - in) / (float)EDGE_FULL;
        e->v[i].w = w < 1 ? w : 1;
    }
    e->off = off;
    e->nb = adj;
    DIGEST_TRACE(digest_trace_edges(e));
}

struct link_nb {
    uint32_t c; /* a neighbouring story's root */
    double sum; /* the weights of the edges between the two */
};

struct link_story {
    struct link_nb *v;
    uint32_t n, cap;
    uint32_t size; /* posts */
};

struct link_cand {
    double avg;
    uint32_t a, b; /* a < b */
};

/* The candidates: the first ones (the edges), sorted best first in
 * s[is .. ns), and those pushed since, a heap in v[0 .. n). */
struct link_heap {
    struct link_cand *v;
    size_t n, cap;
    struct link_cand *s;
    size_t is, ns;
};

static int cand_above(const struct link_cand *x, const struct link_cand *y)
{
    if (x->avg != y->avg)
        return x->avg > y->avg;
    return x->a != y->a ? x->a < y->a : x->b < y->b; /* the same answer on every run */
}

static void heap_push(struct link_heap *h, double avg, uint32_t a, uint32_t b)
{
    if (h->n == h->cap) {
        h->cap = h->cap ? h->cap * 2 : 256;
        h->v = xrealloc(h->v, h->cap * sizeof *h->v);
    }
    struct link_cand x = {.avg = avg, .a = a < b ? a : b, .b = a < b ? b : a};
    size_t i = h->n++;
    while (i > 0 && cand_above(&x, &h->v[(i - 1) / 2])) {
        h->v[i] = h->v[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h->v[i] = x;
}

/* Moves x down from slot i to where it belongs among h->v[0..n). */
static void sift_down(struct link_heap *h, size_t i, struct link_cand x)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        const struct link_cand *best = &x;
        if (l < h->n && cand_above(&h->v[l], best)) {
            m = l;
            best = &h->v[l];
        }
        if (r < h->n && cand_above(&h->v[r], best))
            m = r;
        if (m == i)
            break;
        h->v[i] = h->v[m];
        i = m;
    }
    h->v[i] = x;
}

/* Sorts v[0..n) best first (cand_above(), a total order: each pair has one
 * edge): a bottom-up merge sort whose comparison is inlined, where qsort()
 * called cand_cmp() through a pointer, twice, for each. */
static void cands_sort(struct link_cand *v, size_t n)
{
    struct link_cand *tmp = xmalloc((n ? n : 1) * sizeof *tmp), *src = v, *dst = tmp;

    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n,
                   hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                dst[k++] = cand_above(&src[j], &src[i]) ? src[j++] : src[i++];
            while (i < mid)
                dst[k++] = src[i++];
            while (j < hi)
                dst[k++] = src[j++];
        }
        struct link_cand *t = src;
        src = dst;
        dst = t;
    }
    if (src != v)
        memcpy(v, src, n * sizeof *v);
    free(tmp);
}

/* The best candidate of both (an exact tie is the same candidate). */
static struct link_cand heap_pop(struct link_heap *h)
{
    if (h->is < h->ns && (!h->n || !cand_above(&h->v[0], &h->s[h->is])))
        return h->s[h->is++];
    struct link_cand top = h->v[0], x = h->v[--h->n];

    if (h->n)
        sift_down(h, 0, x);
    return top;
}

/* Appends neighbour c, known not to be in the list yet. */
static void nb_push(struct link_story *s, uint32_t c, double w)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 4;
        s->v = xrealloc(s->v, s->cap * sizeof *s->v);
    }
    s->v[s->n++] = (struct link_nb){.c = c, .sum = w};
}

static void nb_add(struct link_story *s, uint32_t c, double w)
{
    for (uint32_t i = 0; i < s->n; i++)
        if (s->v[i].c == c) {
            s->v[i].sum += w;
            return;
        }
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 4;
        s->v = xrealloc(s->v, s->cap * sizeof *s->v);
    }
    s->v[s->n++] = (struct link_nb){.c = c, .sum = w};
}

static double nb_sum(const struct link_story *s, uint32_t c)
{
    for (uint32_t i = 0; i < s->n; i++)
        if (s->v[i].c == c)
            return s->v[i].sum;
    return 0;
}

static void nb_remove(struct link_story *s, uint32_t c)
{
    for (uint32_t i = 0; i < s->n; i++)
        if (s->v[i].c == c) {
            s->v[i] = s->v[--s->n];
            return;
        }
}

/* Merges story d into story r, and offers r's new averages. */
static void merge(struct link_story *st, struct groups *g, struct link_heap *h, double thr,
                  uint32_t r, uint32_t d)
{
    struct link_story *R = &st[r], *D = &st[d];

    g->parent[d] = r;
    g->pin[r] |= g->pin[d];
    R->size += D->size;
    nb_remove(R, d);
    for (uint32_t i = 0; i < D->n; i++) {
        uint32_t c = D->v[i].c;
        if (c == r)
            continue;
        nb_add(R, c, D->v[i].sum);
        nb_remove(&st[c], d);
    }
    free(D->v);
    memset(D, 0, sizeof *D);
    for (uint32_t i = 0; i < R->n; i++) {
        uint32_t c = R->v[i].c;
        struct link_story *C = &st[c];
        int found = 0;
        for (uint32_t k = 0; k < C->n; k++)
            if (C->v[k].c == r) {
                C->v[k].sum = R->v[i].sum;
                found = 1;
            }
        if (!found)
            nb_add(C, r, R->v[i].sum);
        double avg = R->v[i].sum / ((double)R->size * C->size);
        if (avg >= thr)
            heap_push(h, avg, r, c);
    }
}

void digest_link(const struct digest_edges *e, size_t nc, double thr, struct groups *g)
{
    struct link_story *st = xcalloc(nc ? nc : 1, sizeof *st);
    struct link_heap h = {0};

    for (size_t c = 0; c < nc; c++)
        st[c].size = 1;
    for (size_t i = 0; i < e->n; i++) {
        const struct digest_edge *x = &e->v[i];
        if (!(x->w > 0))
            continue;
        nb_push(&st[x->a], x->b, x->w); /* each pair has one edge at most */
        nb_push(&st[x->b], x->a, x->w);
    }
    /* The first candidates, sorted once: most are popped stale or apart,
     * and a sort costs less than a heap's pop each. */
    h.s = xmalloc((e->n ? e->n : 1) * sizeof *h.s);
    for (size_t i = 0; i < e->n; i++)
        if (e->v[i].w > 0 && e->v[i].w >= thr)
            h.s[h.ns++] = (struct link_cand){.avg = e->v[i].w, .a = e->v[i].a, .b = e->v[i].b};
    cands_sort(h.s, h.ns);
    while (h.n || h.is < h.ns) {
        struct link_cand x = heap_pop(&h);
        if (g->parent[x.a] != x.a || g->parent[x.b] != x.b)
            continue; /* one of them was merged since */
        double avg = nb_sum(&st[x.a], x.b) / ((double)st[x.a].size * st[x.b].size);
        if (avg != x.avg)
            continue; /* stale: the current value was pushed when it changed */
        if (g->pin[x.a] && g->pin[x.b])
            continue;
        /* The story with more neighbours absorbs the other: fewer lists move. */
        if (st[x.a].n >= st[x.b].n)
            merge(st, g, &h, thr, x.a, x.b);
        else
            merge(st, g, &h, thr, x.b, x.a);
    }
    for (size_t c = 0; c < nc; c++)
        free(st[c].v);
    free(st);
    free(h.v);
    free(h.s);
    DIGEST_TRACE(digest_trace_stage("link", g, nc));
}

/* digest_join(): two stories of two posts or more join when a name or
 * figure is theirs alone (every post holding it is in one of the two) and
 * edges that reach the threshold join them, reaching every post of the
 * smaller one, or at least one edge when each holds the name in
 * JOIN_MIN_HOLD posts, or in more than half its posts (one of two:
 * JOIN_HALF()): the two halves of a story that average linkage left apart
 * (the first reports and the follow-ups, both naming the glacier). A half
 * whose copy names the name that often is about it, as the other half
 * is: a snowstorm's mountain pass in one of two posts of each half (day
 * 61), one edge between them. Look-alike stories
 * (two factories closing, two shark attacks) share the kind of news, not
 * their own place or person; two stories drawn from one interview share
 * the guest's name and the other story's, but through the one post that
 * quotes it. Two stories in one town share the town, held by most posts
 * of both, and it is theirs alone; so they must also share something else
 * that one of them says twice (join_spread()). */
#define JOIN_MIN_HOLD 2
/* n posts of a story of size posts hold a name: more than half, or one of two */
#define JOIN_HALF(n, size) (2 * (n) > (size) || (size) == 2)

struct join_pair {
    uint32_t a, b;         /* roots, a < b */
    uint32_t hold;         /* the name is held by JOIN_MIN_HOLD posts of each */
    uint32_t half;         /* the name is held by more than half the posts of each */
    uint32_t edges, reach; /* strong edges between them; posts of the smaller they reach */
    uint32_t clash;        /* one's title names its story by a name the other never holds */
    uint32_t tshare;       /* a name is in titles of both */
    uint32_t spread;       /* they share more than what most posts of both hold (join_spread()) */
    uint32_t loose;        /* keys of one post of one story, loose (join_loose()), that spread */
    uint32_t keys, na, nb; /* for the tracer: its keys; most posts of a, of b, holding one */
};

/* A candidate pair seen from one of its stories: root r, pair i. */
struct join_side {
    uint32_t r, i;
};

static int side_cmp(const void *x, const void *y)
{
    const struct join_side *p = x, *q = y;

    if (p->r != q->r)
        return p->r < q->r ? -1 : 1;
    return p->i < q->i ? -1 : p->i > q->i;
}

/* The first of side[0..n) (sorted) whose story is r, or n. */
static size_t side_of(const struct join_side *side, size_t n, uint32_t r)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (side[mid].r < r)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Whether a posting is a name read from a title (a longer name's last word
 * weighs half). */
static int title_name(uint8_t kind, float w)
{
    return (kind == K_NAME && w >= TITLE_KEY_WEIGHT) ||
           (kind == K_HALF && w >= TITLE_KEY_WEIGHT / 2);
}

/* The index of root r in roots[0..nr), or nr. */
static size_t root_at(const uint32_t *roots, size_t nr, uint32_t r)
{
    size_t j = 0;
    while (j < nr && roots[j] != r)
        j++;
    return j;
}

/* Whether a key of kind kind can show that two stories share more than
 * their place (join_spread()). A translation (K_BRIDGE) is its English
 * word again, which that word's own key already shows. */
static int spread_kind(uint8_t kind)
{
    return kind != K_WORDQ && kind != K_MEDIA && kind != K_ALIAS && kind != K_WORDA &&
           kind != K_HALF && kind != K_BRIDGE;
}

/* The strong edges between two stories, as (post << 32 | the other end's
 * root), sorted; and per story of the key being read, the last of its
 * posts that holds it (join_clashes()). */
struct join_ties {
    uint64_t *v;
    size_t n;
    uint32_t *one;
};

/* Whether story j holds the key in one post only, which no strong edge
 * ties to story other (of index m), while every post of other holds it:
 * the other story's word, written once in passing. Day 99's fentanyl pills
 * seized at Nogales "hidden in a produce shipment" (one post of three,
 * tied to the crossing's truck backlog by no edge that weighs) and the
 * backlog's "produce trucks" (both its posts): the cargo the pills were
 * hidden in, not what the two stories share. (eval/README.md,
 * eighty-fifth round.) */
static int join_loose(const struct join_ties *t, const uint32_t *count, size_t j, size_t m,
                      uint32_t other, const uint32_t *size)
{
    uint64_t x = (uint64_t)t->one[j] << 32 | other;
    return count[j] == 1 && count[m] == size[other] &&
           !bsearch(&x, t->v, t->n, sizeof x, digest_u64_cmp);
}

/* Marks the pairs v[0..n) that share more than a feature most posts of
 * both stories hold (spread): a key (a name, a figure, a word; not a
 * quoted word, a broadcaster, the world's name or a name's last word)
 * held by posts of both, by two of one of them, and not by more than half
 * of each. Two stories in one town hold the town in nearly every post, and
 * besides it share a word or two, each in one post of each ("workers" of a
 * port's strike and of its shipyard's layoffs); two halves of one story
 * also share what one half says twice (the oil terminal, the crevasse's
 * rescue, the second name of the minister). A key most posts of one story
 * hold and one post of the other counts only when it is theirs alone: a
 * robbery's "police said" in three of five posts, said once in a blockade
 * of the same town's road and in a third story, is how news is told, not
 * what the two share. A name's last word is that name again: "Kitwe" of
 * the "Ndola-Kitwe road" a robbery and a blockade both took place on is
 * the town's road, the place both hold. A key that only posts of the
 * window's minor language hold in the two stories is that language's word,
 * rare in the window because the language is (digest_pairs()): day 32's
 * wedding poisoning and rickshaw ban, one town's two stories on a French
 * channel, met through "town" in the English copy of both ("the Malagasy
 * town of Antsirabe"). A facility's word (pl->place, digest_facility())
 * is the place again: day 43's hotel strike, in Waikiki's hotels, and the
 * monk seal born on Waikiki's beach "steps from Waikiki hotels" share the
 * resort and its hotels, both theirs alone. One key at a time
 * (join_clashes() reads them):
 * roots[0..nr) are the stories its posts are in, count[j] how many of
 * roots[j]'s posts hold it as a kind that counts (spread_kind()) and
 * major[j] how many of those are not in the minor language; side[] the
 * pairs by root; size: posts per root; t, the strong edges between
 * stories (a key written in passing, join_loose(), spreads only with a
 * second such key). */
static void join_spread(const uint32_t *roots, const uint32_t *count, const uint32_t *major,
                        const struct join_ties *t, size_t nr, const uint32_t *size,
                        const struct join_side *side, struct join_pair *v, size_t n)
{
    size_t held = 0; /* stories that hold it as a kind that counts */
    for (size_t j = 0; j < nr; j++)
        held += count[j] > 0;
    for (size_t j = 0; j < nr; j++) {
        if (!count[j])
            continue;
        for (size_t lo = side_of(side, 2 * n, roots[j]); lo < 2 * n && side[lo].r == roots[j];
             lo++) {
            struct join_pair *x = &v[side[lo].i];
            uint32_t other = x->a == roots[j] ? x->b : x->a;
            size_t m = root_at(roots, nr, other);
            if (m == nr || !count[m] || (count[j] < 2 && count[m] < 2) || !(major[j] + major[m]))
                continue;
            int twice = (count[j] >= 2 && 2 * count[j] <= size[roots[j]]) ||
                        (count[m] >= 2 && 2 * count[m] <= size[other]);
            int spread = !(2 * count[j] > size[roots[j]] && 2 * count[m] > size[other]) &&
                         (twice || held == 2);
            /* A loose key (join_loose()) spreads only with another: one
             * word in passing is that post's, two are the stories'. */
            int loose = held == 2 && !twice &&
                        (join_loose(t, count, j, m, other, size) ||
                         join_loose(t, count, m, j, roots[j], size));
            x->spread |= spread && !loose;
            x->loose += spread && loose && roots[j] < other; /* once per key */
        }
    }
}

/* Marks the pairs v[0..n) of which one story's titles name it by a name
 * of its own (held whole by STORY_NAME_MIN posts or more, all of that
 * story, one of them in a title) that no post of the other story holds,
 * while the other has posts in that title's language (clash), and the
 * pairs with a name in titles of both, and in half the titles of one of
 * them or more: the name that story's titles name it by (tshare). A
 * region's name in one title of each does not: day 38's meningitis
 * outbreak, whose titles name its district ("Koutiala"), names the
 * region's hospital in two of its six titles ("Sikasso"), where one of
 * three titles of the hospital's broken scanner names it too; two
 * stories in one place. Day 18's drones over an
 * air base, whose first post says "no link with the Zaventem incident",
 * share the airport's name and the ministry's with the Zaventem story, but
 * the base's name, in their titles, is nowhere in it: two stories of one
 * kind, as two titles naming two stories are in digest_pairs(). Two halves
 * of one story name each other's place or person, or are told in two
 * languages (an English half says "Monongahela", the French one "un pont
 * en Pennsylvanie"). langs: per post its language's bit, at nc + a root
 * its story's; minor: per post, written in the window's minor language.
 * Each key's pass also marks the pairs' spread
 * (join_spread(), with ties, the strong edges between stories, which it
 * frees). The work is the postings of the keys held by df_cap
 * posts at most. */
static void join_clashes(const struct postings *pl, size_t nc, size_t df_cap, struct groups *g,
                         const uint16_t *langs, const uint8_t *minor, const uint32_t *size,
                         struct join_ties *ties, struct join_pair *v, size_t n)
{
    struct join_side *side = xmalloc(2 * n * sizeof *side);
    uint32_t *roots = xmalloc((df_cap ? df_cap : 1) * sizeof *roots);
    uint32_t *tcount = xmalloc((df_cap ? df_cap : 1) * sizeof *tcount);
    uint32_t *count = xmalloc((df_cap ? df_cap : 1) * sizeof *count);
    uint32_t *major = xmalloc((df_cap ? df_cap : 1) * sizeof *major);
    ties->one = xmalloc((df_cap ? df_cap : 1) * sizeof *ties->one);

    for (size_t i = 0; i < n; i++) {
        side[2 * i] = (struct join_side){v[i].a, (uint32_t)i};
        side[2 * i + 1] = (struct join_side){v[i].b, (uint32_t)i};
    }
    qsort(side, 2 * n, sizeof *side, side_cmp);
    for (size_t k = 0; k < pl->nkeys; k++) {
        size_t a = pl->off[k], b = pl->off[k + 1], nr = 0;
        if (b - a < 2 || b - a > df_cap)
            continue;
        /* The stories its posts are in (roots[]), and per story its posts
         * holding it as a kind join_spread() counts (count[]) and its
         * titles holding it as a name (tcount[]). */
        size_t nt = 0;
        for (size_t q = a; q < b; q++) {
            uint32_t r = (uint32_t)uf_find(g->parent, pl->post[q]);
            size_t j = root_at(roots, nr, r);
            if (j == nr) {
                roots[nr++] = r;
                count[j] = tcount[j] = major[j] = 0;
            }
            int sk = spread_kind(pl->kind[q]) && !(pl->place[k] & 1);
            if (sk)
                ties->one[j] = pl->post[q];
            count[j] += (uint32_t)sk;
            major[j] += (uint32_t)(sk && !minor[pl->post[q]]);
            if (title_name(pl->kind[q], pl->w[q])) {
                tcount[j]++;
                nt++;
            }
        }
        join_spread(roots, count, major, ties, nr, size, side, v, n);
        /* A name in titles of both stories, and in the titles of half
         * the posts of one of them or more: they name one story. */
        for (size_t j = 0; j < nr && nt; j++) {
            if (!tcount[j])
                continue;
            for (size_t lo = side_of(side, 2 * n, roots[j]); lo < 2 * n && side[lo].r == roots[j];
                 lo++) {
                struct join_pair *x = &v[side[lo].i];
                uint32_t other = x->a == roots[j] ? x->b : x->a;
                size_t m = root_at(roots, nr, other);
                if (m < nr && tcount[m] &&
                    (2 * tcount[j] >= size[roots[j]] || 2 * tcount[m] >= size[other]))
                    x->tshare = 1;
            }
        }
        size_t whole = 0;
        for (size_t q = a; q < b; q++)
            whole += pl->kind[q] == K_NAME;
        if (nr != 1 || whole < b - a || whole < STORY_NAME_MIN)
            continue; /* not a name of this story's own, held whole by each of its posts */
        for (size_t q = a; q < b; q++) {
            if (pl->kind[q] != K_NAME || pl->w[q] < TITLE_KEY_WEIGHT)
                continue;
            uint32_t r = (uint32_t)uf_find(g->parent, pl->post[q]);
            for (size_t lo = side_of(side, 2 * n, r); lo < 2 * n && side[lo].r == r; lo++) {
                struct join_pair *x = &v[side[lo].i];
                uint32_t other = x->a == r ? x->b : x->a;
                x->clash |= root_at(roots, nr, other) == nr &&
                            (langs[nc + other] & langs[pl->post[q]]) != 0;
            }
        }
    }
    free(side);
    free(roots);
    free(tcount);
    free(count);
    free(major);
    free(ties->one);
    free(ties->v);
}

/* Whether key k, held by posts of two stories (r1 and another), is a
 * country or its adjective (postings.place bit 4, digest_key_place()) that
 * no title of one of the two holds. Such a key is where both stories
 * happen, not a name of their own, and joins nothing: day 91's bridge
 * deal's traders and the Suriname rate rise's shoppers, whose copy both
 * writes "Surinamese" (goods, shoppers), and the town the traders speak
 * from. A country in titles of both stays: the two halves of day
 * 2026-12-03's Scottish independence poll, "Scottish" in the titles of
 * each. (eval/README.md, seventy-sixth round.) So is a region's name (bit
 * 8: a département, digest_demonym.c), after the institutions of every
 * story of a regional day (day 113's « cour d'assises du Bas-Rhin » and
 * « gendarmerie du Bas-Rhin »: hundred-and-fourth round). */
static int join_country_untitled(const struct postings *pl, size_t k, size_t *parent, uint32_t r1)
{
    int t1 = 0, t2 = 0;

    if (!(pl->place[k] & (4 | 8)))
        return 0;
    for (size_t q = pl->off[k]; q < pl->off[k + 1]; q++) {
        if (!title_name(pl->kind[q], pl->w[q]))
            continue;
        if ((uint32_t)uf_find(parent, pl->post[q]) == r1)
            t1 = 1;
        else
            t2 = 1;
    }
    return !(t1 && t2);
}

/* The strong edges (of weight thr or more) between two stories of g
 * (struct join_ties). */
static struct join_ties join_ties_of(const struct digest_edges *e, double thr, struct groups *g)
{
    struct join_ties t = {xmalloc((e->n ? 2 * e->n : 1) * sizeof *t.v), 0, NULL};

    for (size_t i = 0; i < e->n; i++) {
        uint32_t ra = (uint32_t)uf_find(g->parent, e->v[i].a);
        uint32_t rb = (uint32_t)uf_find(g->parent, e->v[i].b);
        if (ra == rb || e->v[i].w < thr)
            continue;
        t.v[t.n++] = (uint64_t)e->v[i].a << 32 | rb;
        t.v[t.n++] = (uint64_t)e->v[i].b << 32 | ra;
    }
    qsort(t.v, t.n, sizeof *t.v, digest_u64_cmp);
    return t;
}

static int join_cmp(const void *x, const void *y)
{
    const struct join_pair *p = x, *q = y;

    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

/* A post of the smaller story of pair i that a strong edge reaches. */
struct join_reach {
    uint32_t i, post;
};

static int reach_cmp(const void *x, const void *y)
{
    const struct join_reach *p = x, *q = y;

    if (p->i != q->i)
        return p->i < q->i ? -1 : 1;
    return p->post < q->post ? -1 : p->post > q->post;
}

/* Sorts the pairs v[0..n), one per key, and keeps one per pair of
 * stories, with what any of its keys gives; returns how many. */
static size_t join_unique(struct join_pair *v, size_t n)
{
    size_t m = 0;

    qsort(v, n, sizeof *v, join_cmp);
    for (size_t i = 0; i < n; i++)
        if (!m || join_cmp(&v[m - 1], &v[i]))
            v[m++] = v[i];
        else {
            v[m - 1].hold |= v[i].hold;
            v[m - 1].half |= v[i].half;
            v[m - 1].keys++;
            v[m - 1].na = v[i].na > v[m - 1].na ? v[i].na : v[m - 1].na;
            v[m - 1].nb = v[i].nb > v[m - 1].nb ? v[i].nb : v[m - 1].nb;
        }
    return m;
}

/* Which check of digest_join() refuses pair x before the partners are
 * counted (DIGEST_JOIN_*, digest_trace.h), in its order; 0: none. */
static int join_refused(const struct join_pair *x, const uint32_t *size)
{
    uint32_t smaller = size[x->a] < size[x->b] ? size[x->a] : size[x->b];

    if (!x->edges)
        return DIGEST_JOIN_NO_EDGE;
    if (!(x->spread || x->loose >= 2))
        return DIGEST_JOIN_NO_SPREAD;
    if (x->clash && !x->tshare)
        return DIGEST_JOIN_CLASH;
    if (!x->hold && !x->half && x->reach < smaller)
        return DIGEST_JOIN_SHORT;
    return 0;
}

/* Tells the tracer pair x was refused by check why (claimed: CLAIMED's
 * sides). */
static void join_trace(const struct join_pair *x, int why, const uint32_t *size, int claimed)
{
    struct digest_trace_join j = {.a = x->a,
                                  .b = x->b,
                                  .size_a = size[x->a],
                                  .size_b = size[x->b],
                                  .keys = x->keys,
                                  .held_a = x->na,
                                  .held_b = x->nb,
                                  .edges = x->edges,
                                  .reach = x->reach,
                                  .loose = x->loose,
                                  .reason = (uint8_t)why,
                                  .hold = x->hold != 0,
                                  .half = x->half != 0,
                                  .spread = x->spread != 0,
                                  .clash = x->clash != 0,
                                  .tshare = x->tshare != 0,
                                  .claimed = (uint8_t)claimed};
    digest_trace_join(&j);
}

/* After the partners: pair x, if its checks passed, was refused because
 * a third story claims one of them, or both are pinned. */
static void join_trace_late(const struct join_pair *x, const uint32_t *size,
                            const uint32_t *partner)
{
    if (join_refused(x, size))
        return; /* told already */
    int claimed = (partner[x->a] != x->b) | (partner[x->b] != x->a) << 1;
    join_trace(x, claimed ? DIGEST_JOIN_CLAIMED : DIGEST_JOIN_PINNED, size, claimed);
}

void digest_join(const struct digest_edges *e, const struct postings *pl, size_t nc, size_t df_cap,
                 double thr, const uint8_t *filler, const uint16_t *lang, struct groups *g)
{
    uint32_t *size = xcalloc(nc ? nc : 1, sizeof *size);
    uint32_t *partner = xmalloc((nc ? nc : 1) * sizeof *partner);
    struct join_pair *v = NULL;
    struct join_reach *rv = NULL;
    size_t n = 0, cap = 0, nr = 0, capr = 0;

    for (size_t c = 0; c < nc; c++) {
        size[uf_find(g->parent, c)]++;
        partner[c] = UINT32_MAX;
    }
    for (size_t k = 0; k < pl->nkeys; k++) {
        size_t a = pl->off[k], b = pl->off[k + 1];
        if (b - a < 2 || b - a > df_cap)
            continue;
        uint32_t r1 = UINT32_MAX, r2 = UINT32_MAX, n1 = 0, n2 = 0;
        int ok = 1;
        for (size_t q = a; q < b && ok; q++) {
            uint32_t r = (uint32_t)uf_find(g->parent, pl->post[q]);
            ok = (pl->kind[q] == K_NAME || pl->kind[q] == K_NUMBER) &&
                 filler[pl->post[q]] == filler[pl->post[a]];
            if (r1 == UINT32_MAX || r1 == r)
                r1 = r, n1++;
            else if (r2 == UINT32_MAX || r2 == r)
                r2 = r, n2++;
            else
                ok = 0; /* three stories' */
        }
        if (!ok || r2 == UINT32_MAX || size[r1] < 2 || size[r2] < 2 ||
            join_country_untitled(pl, k, g->parent, r1))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            v = xrealloc(v, cap * sizeof *v);
        }
        v[n++] = (struct join_pair){.a = r1 < r2 ? r1 : r2,
                                    .b = r1 < r2 ? r2 : r1,
                                    .hold = n1 >= JOIN_MIN_HOLD && n2 >= JOIN_MIN_HOLD,
                                    .half = JOIN_HALF(n1, size[r1]) && JOIN_HALF(n2, size[r2]),
                                    .keys = 1,
                                    .na = r1 < r2 ? n1 : n2,
                                    .nb = r1 < r2 ? n2 : n1};
    }
    if (n) {
        n = join_unique(v, n);
        /* Per post its language's bit, then per story (at nc + its root)
         * its languages' bits. */
        uint16_t *langs = xcalloc(2 * nc, sizeof *langs), code[15];
        size_t ncode = 0;
        for (size_t c = 0; c < nc; c++) {
            size_t i = 0;
            while (i < ncode && code[i] != lang[c])
                i++;
            if (i == ncode && ncode < 15)
                code[ncode++] = lang[c];
            langs[c] = (uint16_t)(1u << i); /* bit 15: any other language */
        }
        for (size_t c = 0; c < nc; c++)
            langs[nc + uf_find(g->parent, c)] |= langs[c];
        uint8_t *minor = xmalloc(nc);
        digest_minor_langs(lang, nc, minor);
        struct join_ties ties = join_ties_of(e, thr, g);
        join_clashes(pl, nc, df_cap, g, langs, minor, size, &ties, v, n);
        free(minor);
        free(langs);
        for (size_t i = 0; i < e->n; i++) {
            uint32_t ra = (uint32_t)uf_find(g->parent, e->v[i].a);
            uint32_t rb = (uint32_t)uf_find(g->parent, e->v[i].b);
            if (ra == rb || e->v[i].w < thr)
                continue;
            struct join_pair x = {.a = ra < rb ? ra : rb, .b = ra < rb ? rb : ra};
            struct join_pair *f = bsearch(&x, v, n, sizeof *v, join_cmp);
            if (!f)
                continue;
            f->edges++;
            uint32_t small = size[f->a] <= size[f->b] ? f->a : f->b;
            if (nr == capr) {
                capr = capr ? capr * 2 : 64;
                rv = xrealloc(rv, capr * sizeof *rv);
            }
            rv[nr++] = (struct join_reach){(uint32_t)(f - v), ra == small ? e->v[i].a : e->v[i].b};
        }
        if (nr)
            qsort(rv, nr, sizeof *rv, reach_cmp);
        for (size_t i = 0; i < nr; i++)
            if (i == 0 || reach_cmp(&rv[i - 1], &rv[i]))
                v[rv[i].i].reach++;
        /* A story that two stories would join stays as it is. */
        for (size_t i = 0; i < n; i++) {
            uint32_t a = v[i].a, b = v[i].b;
            int why = join_refused(&v[i], size);
            if (why) {
                DIGEST_TRACE(join_trace(&v[i], why, size, 0));
                continue;
            }
            partner[a] = partner[a] == UINT32_MAX ? b : UINT32_MAX - 1;
            partner[b] = partner[b] == UINT32_MAX ? a : UINT32_MAX - 1;
        }
        for (size_t i = 0; i < n; i++) {
            uint32_t a = v[i].a, b = v[i].b;
            if (partner[a] != b || partner[b] != a || (g->pin[a] && g->pin[b])) {
                DIGEST_TRACE(join_trace_late(&v[i], size, partner));
                continue;
            }
            g->parent[b] = a;
            g->pin[a] |= g->pin[b];
        }
    }
    free(v);
    free(rv);
    free(size);
    free(partner);
    DIGEST_TRACE(digest_trace_stage("join", g, nc));
}
