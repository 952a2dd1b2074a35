/*
 * digest: story grouping and ranking for the selections. See digest.h for
 * the model and digest_int.h for the files that do each step:
 *
 *   1. per post, build the text to compare (title + cleaned start of the
 *      body, datelines cut), split it into words that keep their
 *      capitalisation and carry their lede_normalize() folding, and turn
 *      the words into weighted keys: names, figures and content-word stems
 *      (digest_text.c, digest_scan.c, digest_keys.c, with the word tables of
 *      digest_words.c, the lexicon of digest_lexicon.c and the maps of
 *      digest_maps.c);
 *   2. an inverted index from key to posts, with document frequencies;
 *   3. each post accumulates, over its keys that are neither unique nor too
 *      common, its tf-idf dot product with the later posts that share them,
 *      and the pairs that share enough become edges (digest_group.c), thin when
 *      two rubrics of one broadcast or of no shared name meet (digest_rubric.c, digest_guest.c);
 *   4. each edge is weighed by the neighbours its posts share;
 *   5. stories by average linkage over the edges, then the group-level evidence: a lone
 *      post joins the story most of its pairs link it to or whose own name it holds, two
 *      stories join when a name is theirs alone and edges reach every post of the smaller
 *      (digest_link.c) or a title of each names it and one kind of event (digest_half.c),
 *      then a lone follow-up that recalls a story's own name (digest_recall.c);
 *   6. score the stories (each represented in the channel's language when
 *      it can be), rank, apply pins, the floor, K, the tag cap and the two
 *      ways they give, and build the items (ledes, and why each merged post
 *      is there, digest_why.c, only for the chosen ones): this file.
 */
#include "digest.h"

#include <assert.h>
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "digest_int.h"
#include "digest_half.h"
#include "digest_recall.h"
#include "lede.h"
#include "xmalloc.h"

/* Defaults, documented in digest.h. */
#define W_IMPORTANCE 4.0
#define W_ENGAGEMENT 2.0
#define W_COVERAGE 2.0
#define W_FRESHNESS 1.0
#define DEF_MAX_ITEMS 7
#define DEF_TAG_CAP 2
#define DEF_THRESHOLD 0.5
#define DEF_FLOOR 0.4

#define COVERAGE_SAT 12.0 /* (posts - 1) + (sources - 1) where coverage saturates */
#define READ_PAST 0.08    /* the most engagement a story earns past the audience, in weights */
#define SPORT_READ 0.5    /* the share of its engagement a sports story keeps */
#define GRADE_SHARE 3.0   /* a grade counts for a story when 1 / GRADE_SHARE of its posts give it */
#define GRADE_MOVE 0.5    /* how far a story's importance moves from its best grade to that one */
#define LEAD_STEP 0.01    /* how far the lead by readers passes the first story's score */
#define DF_CAP_MIN 8      /* keys held by more than clamp(n / 4, 8, 64) posts are ignored */
#define DF_CAP_MAX 64

/* ----------------------------------------------------------------- tables */

static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static void tables_init(void)
{
    digest_chars_init();
    digest_inline_init();
    digest_words_init();
    digest_lexicon_init();
    digest_demonyms_init();
}

void digest_tables_init(void)
{
    pthread_once(&tables_once, tables_init);
}

static int u64_cmp(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

static int i64_cmp(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* ------------------------------------------------------------ scoring */

struct story {
    size_t first, count; /* members[first .. first + count) */
    size_t rep;
    size_t root; /* its root in the grouping's forest */
    double parts[4], score;
    double read[2]; /* views summed, and the best-read post's (halved for a sports story) */
    size_t sources;
    int imp; /* max clamped importance of its posts, 0..3 */
    int pinned, in_lang;
    int64_t rep_time, rep_seq;
};

static int story_cmp(const void *a, const void *b)
{
    const struct story *x = a, *y = b;

    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    if (x->parts[0] != y->parts[0])
        return x->parts[0] > y->parts[0] ? -1 : 1;
    if (x->rep_time != y->rep_time)
        return x->rep_time > y->rep_time ? -1 : 1;
    return (x->rep_seq > y->rep_seq) - (x->rep_seq < y->rep_seq);
}

static double clamp01(double x)
{
    return x < 0 ? 0 : x > 1 ? 1 : x;
}

static int clamp_importance(int i)
{
    return i < 0 ? 0 : i > 3 ? 3 : i;
}

static double engagement_of(double views, int64_t audience)
{
    if (audience <= 0 || views <= 0)
        return 0;
    return clamp01(views / (double)audience);
}

/* A story's engagement before its weight: its views over the audience, up
 * to 1; past the audience, READ_PAST more at most, as 1 - 1/r of r
 * audiences (twice the audience earns half of it). The cap at one audience
 * made every big story equal on readers; an editor leads with the one read
 * most. At most 0.16 points under the default weight: it orders the stories
 * the other parts leave level (eval/README.md, forty-second round). */
static double readership_of(double views, int64_t audience)
{
    if (audience <= 0 || views <= 0)
        return 0;
    double r = views / (double)audience;
    return r <= 1 ? r : 1 + READ_PAST * (1 - 1 / r);
}

static double freshness_of(int64_t at, int64_t start, int64_t end)
{
    if (end <= start)
        return 1;
    return clamp01(((double)at - (double)start) / ((double)end - (double)start));
}

void digest_weights_default(struct digest_weights *w)
{
    w->importance = W_IMPORTANCE;
    w->engagement = W_ENGAGEMENT;
    w->coverage = W_COVERAGE;
    w->freshness = W_FRESHNESS;
    w->max_items = DEF_MAX_ITEMS;
    w->tag_cap = DEF_TAG_CAP;
    w->group_threshold = DEF_THRESHOLD;
    w->floor = DEF_FLOOR;
    w->lang = NULL;
}

/* Same language on the primary subtag, case-insensitively: "fr" matches
 * "fr-CA" and "FR_be", not "fra" nor "frr". */
static int lang_match(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    size_t na = strcspn(a, "-_"), nb = strcspn(b, "-_");
    return na && na == nb && strncasecmp(a, b, na) == 0;
}

static int weight_ok(double x)
{
    return isfinite(x) && x >= 0;
}

/* --------------------------------------------------------- tag cap */

struct tagcount {
    const char *tag;
    size_t n;
};

static size_t tag_count(const struct tagcount *tc, size_t ntc, const char *tag)
{
    for (size_t i = 0; i < ntc; i++)
        if (strcasecmp(tc[i].tag, tag) == 0)
            return tc[i].n;
    return 0;
}

static size_t *tag_slot(struct tagcount **tc, size_t *ntc, size_t *cap, const char *tag)
{
    for (size_t i = 0; i < *ntc; i++)
        if (strcasecmp((*tc)[i].tag, tag) == 0)
            return &(*tc)[i].n;
    if (*ntc == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *tc = xrealloc(*tc, *cap * sizeof **tc);
    }
    (*tc)[*ntc].tag = tag;
    (*tc)[*ntc].n = 0;
    return &(*tc)[(*ntc)++].n;
}

/* Is tag i of p a repeat of an earlier one (case-insensitive)? */
static int tag_repeat(const struct digest_post *p, size_t i)
{
    for (size_t k = 0; k < i; k++)
        if (p->tags[k] && strcasecmp(p->tags[k], p->tags[i]) == 0)
            return 1;
    return 0;
}

static int tags_fit(const struct digest_post *p, const struct tagcount *tc, size_t ntc,
                    size_t tag_cap)
{
    if (!tag_cap)
        return 1;
    for (size_t i = 0; i < p->ntags; i++)
        if (p->tags && p->tags[i] && tag_count(tc, ntc, p->tags[i]) >= tag_cap)
            return 0;
    return 1;
}

static void tags_take(const struct digest_post *p, struct tagcount **tc, size_t *ntc, size_t *cap)
{
    for (size_t i = 0; i < p->ntags; i++) {
        if (!p->tags || !p->tags[i] || tag_repeat(p, i))
            continue;
        (*tag_slot(tc, ntc, cap, p->tags[i]))++;
    }
}

static char *lede_of(const struct digest_post *p)
{
    char *l = NULL;

    if (p->body && *p->body && lede_extract(p->body, strlen(p->body), p->lang, &l) == 0 && l && *l)
        return l;
    free(l);
    return xstrdup(""); /* no body, no lede: the title is shown already */
}

/* Should p (own score own) represent its story rather than r (own score
 * best)? An editor's pin first; then the channel's language, because a
 * French reader is served a French title and lede whenever any outlet
 * wrote one, even one read less; then the post's own score; then
 * importance, the newest, the highest seq. */
static int rep_better(const struct digest_post *p, double own, const struct digest_post *r,
                      double best, const char *lang)
{
    int pl = lang_match(p->lang, lang), rl = lang_match(r->lang, lang);
    int pi = clamp_importance(p->importance), ri = clamp_importance(r->importance);

    if (!p->pinned != !r->pinned)
        return p->pinned != 0;
    if (pl != rl)
        return pl;
    if (own != best)
        return own > best;
    if (pi != ri)
        return pi > ri;
    if (p->published_at != r->published_at)
        return p->published_at > r->published_at;
    return p->seq > r->seq;
}

/* The score of a story told by posts[m[0..k)] (k >= 1): its importance
 * (the best post's, half-way to the best a third of them give), engagement (their views:
 * readership_of()), coverage (posts and distinct sources; hosts is scratch for k hashes) and
 * freshness (the newest), in x->imp, x->sources, x->parts and x->score. */
static void story_score(const struct digest_post *posts, const size_t *m, size_t k,
                        const struct digest_weights *w, int64_t start, int64_t end,
                        int64_t audience, uint64_t *hosts, struct story *x)
{
    int imp = 0;
    size_t sport = 0;   /* posts tagged "sport" or "sports", in any case */
    size_t at[4] = {0}; /* at[g]: posts graded g or more */
    double views = 0, best = 0;
    int64_t newest = INT64_MIN;

    for (size_t i = 0; i < k; i++) {
        const struct digest_post *p = &posts[m[i]];
        int pi = clamp_importance(p->importance);
        for (size_t t = 0, sp = 0; p->tags && t < p->ntags && !sp; t++)
            sport += sp = p->tags[t] &&
                          (!strcasecmp(p->tags[t], "sport") || !strcasecmp(p->tags[t], "sports"));
        if (pi > imp)
            imp = pi;
        for (int g = 0; g <= pi; g++)
            at[g]++;
        views += p->views > 0 ? (double)p->views : 0;
        best = p->views > 0 && (double)p->views > best ? (double)p->views : best;
        if (p->published_at > newest)
            newest = p->published_at;
        hosts[i] = digest_host_hash(p->source_url);
    }
    qsort(hosts, k, sizeof *hosts, u64_cmp);
    size_t sources = 0;
    for (size_t i = 0; i < k; i++)
        sources += i == 0 || hosts[i] != hosts[i - 1];
    /* Coverage grows as the square root of the posts and outlets past the
     * first, each counted once, up to COVERAGE_SAT (seven posts from seven
     * outlets): a story's second outlet no longer earns half of all that
     * coverage can (it earned three steps of the log's), so that a lesser
     * story's few outlets do not outweigh a grade of importance
     * (eval/README.md, thirty-eighth round). */
    double spread = (double)(k - 1) + (double)(sources - 1);
    x->sources = sources;
    x->imp = imp;
    /* The story's grade as its desks give it: the best grade that a third
     * of its posts or more give. A story graded 3 by one desk of five and 2
     * or 1 by the others is not a story graded 3; its importance sits
     * half-way between that grade and its best (eval/README.md,
     * seventy-fourth round). Stories of up to three posts keep their best. */
    int held = 0;
    for (int g = imp; g > 0 && !held; g--)
        if (GRADE_SHARE * (double)at[g] >= (double)k)
            held = g;
    x->parts[0] = w->importance * (imp - GRADE_MOVE * (imp - held)) / 3.0;
    x->parts[1] = w->engagement * readership_of(views, audience);
    /* A sports story's engagement counts half (most of its posts filed under
     * sport): everyone reads the match or the coach's sacking; its readers
     * measure the taste for sport, not how big the news is (eval/README.md,
     * fifty-sixth round). */
    double share = 2 * sport > k ? SPORT_READ : 1;
    x->parts[1] *= share;
    x->read[0] = views * share;
    x->read[1] = best * share;
    x->parts[2] = w->coverage * clamp01(spread > 0 ? sqrt(spread / COVERAGE_SAT) : 0);
    x->parts[3] = w->freshness * freshness_of(newest, start, end);
    x->score = x->parts[0] + x->parts[1] + x->parts[2] + x->parts[3];
}

/* Step 4: one story per group, scored, with its representative. members
 * receives the posts (indices into posts) story by story. */
static struct story *make_stories(const struct digest_post *posts, const size_t *cand, size_t nc,
                                  struct groups *g, const struct digest_weights *w, int64_t start,
                                  int64_t end, int64_t audience, size_t *members, size_t *nstories)
{
    size_t *sid = xmalloc(nc * sizeof *sid), *root_story = xmalloc(nc * sizeof *root_story);
    size_t nst = 0;

    for (size_t c = 0; c < nc; c++)
        root_story[c] = SIZE_MAX;
    for (size_t c = 0; c < nc; c++) {
        size_t r = uf_find(g->parent, c);
        if (root_story[r] == SIZE_MAX)
            root_story[r] = nst++;
        sid[c] = root_story[r];
    }
    free(root_story);
    struct story *st = xcalloc(nst, sizeof *st);
    for (size_t c = 0; c < nc; c++)
        st[sid[c]].count++;
    for (size_t s = 0, at = 0; s < nst; s++) {
        st[s].first = at;
        at += st[s].count;
        st[s].count = 0;
    }
    for (size_t c = 0; c < nc; c++) {
        struct story *x = &st[sid[c]];
        members[x->first + x->count++] = cand[c];
        x->root = uf_find(g->parent, c);
    }
    free(sid);

    uint64_t *hosts = xmalloc(nc * sizeof *hosts);
    for (size_t s = 0; s < nst; s++) {
        struct story *x = &st[s];
        double best = 0;
        size_t rep = members[x->first];
        for (size_t m = 0; m < x->count; m++) {
            const struct digest_post *p = &posts[members[x->first + m]];
            int pi = clamp_importance(p->importance);
            double pv = p->views > 0 ? (double)p->views : 0;
            double own = w->importance * pi / 3.0 + w->engagement * engagement_of(pv, audience) +
                         w->freshness * freshness_of(p->published_at, start, end);
            if (m == 0 || rep_better(p, own, &posts[rep], best, w->lang)) {
                rep = members[x->first + m];
                best = own;
            }
        }
        story_score(posts, members + x->first, x->count, w, start, end, audience, hosts, x);
        x->rep = rep;
        x->pinned = posts[rep].pinned != 0;
        x->in_lang = !w->lang || lang_match(posts[rep].lang, w->lang);
        x->rep_time = posts[rep].published_at;
        x->rep_seq = posts[rep].seq;
    }
    free(hosts);
    *nstories = nst;
    return st;
}

/* Steps 1-5: the keys of the candidates, their index, the edges (e, kept
 * for the explanations) and their weights, the stories in g, and the pairs
 * of stories that are one story split in two (digest_twins(): *twins,
 * *ntwins) (allocated here; the caller frees them). Returns 0, or -EIO with
 * g, e and the twins untouched. */
static int group_candidates(const struct digest_post *posts, const size_t *cand, size_t nc,
                            double threshold, struct groups *g, struct digest_edges *e,
                            uint32_t **twins, size_t *ntwins)
{
    struct keyset ks;
    struct postings pl;
    int rc = digest_read_posts(posts, cand, nc, &ks);

    if (rc < 0) {
        digest_keyset_free(&ks);
        return rc;
    }
    digest_build_index(&ks, nc, &pl);
    size_t df_cap = nc / 4 > DF_CAP_MAX ? DF_CAP_MAX : nc / 4 < DF_CAP_MIN ? DF_CAP_MIN : nc / 4;
    digest_pairs(&ks, &pl, nc, df_cap, e);
    digest_deaths_apart(posts, cand, nc, e);
    digest_names_apart(ks.lang, nc, e);
    digest_modifier_apart(&ks, &pl, nc, e);
    /* Filler (importance 0: a weather bulletin, a horoscope, a result) is
     * never a post of a story the channel rates: its words (a city, the
     * snow, the wind) are the rated story's, its news is not. */
    size_t kept = 0;
    for (size_t i = 0; i < e->n; i++) {
        const struct digest_edge *x = &e->v[i];
        if ((posts[cand[x->a]].importance <= 0) == (posts[cand[x->b]].importance <= 0)) {
            e->named[kept] = e->named[i];
            e->v[kept++] = *x;
        }
    }
    e->n = kept;
    kept = 0;
    for (size_t i = 0; i < e->nweak; i++) {
        const struct digest_edge *x = &e->weak[i];
        if ((posts[cand[x->a]].importance <= 0) == (posts[cand[x->b]].importance <= 0))
            e->weak[kept++] = *x;
    }
    e->nweak = kept;
    digest_weigh(e, nc);
    g->parent = xmalloc((nc ? nc : 1) * sizeof *g->parent);
    g->pin = xcalloc(nc ? nc : 1, 1);
    for (size_t c = 0; c < nc; c++) {
        g->parent[c] = c;
        g->pin[c] = posts[cand[c]].pinned != 0;
    }
    digest_link(e, nc, threshold, g);
    uint8_t *filler = xmalloc(nc ? nc : 1);
    uint32_t *anchor = xmalloc((nc ? nc : 1) * sizeof *anchor);
    for (size_t c = 0; c < nc; c++)
        filler[c] = posts[cand[c]].importance <= 0;
    uint32_t *titled = xmalloc((nc ? nc : 1) * sizeof *titled);
    digest_anchors(&ks, &pl, nc, df_cap, filler, g, anchor, titled);
    digest_anchors_apart(e, g, anchor);
    digest_attach(e, &ks, nc, g, anchor, titled);
    /* Once more: a post that reached a story through one the first pass moved joins it now. */
    digest_attach(e, &ks, nc, g, NULL, titled);
    digest_join(e, &pl, nc, df_cap, threshold, filler, ks.lang, g);
    digest_halves(e, &ks, &pl, nc, df_cap, threshold, filler, g);
    digest_recall_attach(e, &ks, &pl, nc, g, titled); /* after the join: digest_recall.c */
    digest_tongues(e, ks.lang, nc, g); /* then a story and its translation: no name to join on */
    /* Last, after the join: a post the centroid moves gives the join no new pair (eval/README.md,
     * 29th round: moved first, day 33's tax strike joined the shipyard's layoffs by the town). */
    e->via = xmalloc((nc ? nc : 1) * sizeof *e->via);
    digest_centroid_tolled(posts, cand, &ks, &pl, nc, df_cap, filler, g, e, e->via);
    *ntwins = digest_twins(&ks, &pl, e, nc, df_cap, filler, g, twins);
    digest_keyset_free(&ks);
    digest_postings_free(&pl);
    free(filler);
    free(anchor);
    free(titled);
    return 0;
}

/* ------------------------------------------------------------ choosing */

/* Step 5's state: which ranked stories are in, how many, and the tag counts
 * of their representatives. */
struct choice {
    const struct digest_post *posts;
    const struct story *st;
    size_t nst;
    uint8_t *chosen;
    size_t n;
    struct tagcount *tc;
    size_t ntc, captc;
    /* Story s's twins (digest_twins(), as ranks) are tw[toff[s] .. toff[s + 1]). */
    const size_t *toff, *tw;
};

static void tags_give(const struct digest_post *p, struct tagcount *tc, size_t ntc)
{
    for (size_t i = 0; i < p->ntags; i++) {
        if (!p->tags || !p->tags[i] || tag_repeat(p, i))
            continue;
        for (size_t k = 0; k < ntc; k++)
            if (strcasecmp(tc[k].tag, p->tags[i]) == 0) {
                assert(tc[k].n > 0); /* it was taken when the story came in */
                tc[k].n--;
                break;
            }
    }
}

static void take(struct choice *c, size_t s)
{
    c->chosen[s] = 1;
    c->n++;
    tags_take(&c->posts[c->st[s].rep], &c->tc, &c->ntc, &c->captc);
}

static void drop(struct choice *c, size_t s)
{
    c->chosen[s] = 0;
    c->n--;
    tags_give(&c->posts[c->st[s].rep], c->tc, c->ntc);
}

static int fits(const struct choice *c, size_t s, const struct digest_weights *w)
{
    return tags_fit(&c->posts[c->st[s].rep], c->tc, c->ntc, w->tag_cap);
}

/* Whether a twin of s (the other half of its story) is in already, or
 * ranks above s: the better half stands for the story (twins_score()),
 * so a lesser half waits even when the tag cap keeps the better one out. */
static int twin_in(const struct choice *c, size_t s)
{
    for (size_t i = c->toff[s]; i < c->toff[s + 1]; i++)
        if (c->chosen[c->tw[i]] || c->tw[i] < s)
            return 1;
    return 0;
}

/* The score an unpinned story needs: w->floor times the median score of
 * the best unpinned stories that could fill the slots the pins leave (the
 * upper median when their number is even). 0 when no slot is left. */
static double floor_of(const struct story *st, size_t nst, size_t npins,
                       const struct digest_weights *w)
{
    size_t slots = w->max_items > npins ? w->max_items - npins : 0, m = 0;

    if (!slots || w->floor == 0)
        return 0;
    for (size_t s = 0; s < nst && m < slots; s++)
        m += !st[s].pinned;
    size_t want = m ? (m - 1) / 2 : 0;
    for (size_t s = 0; s < nst; s++)
        if (!st[s].pinned && want-- == 0)
            return w->floor * st[s].score;
    return 0; /* no unpinned story at all */
}

/* The best stories up to K that clear the floor and fit the tag cap: those
 * whose twin is not in (repeats 0), or, once every other story had its
 * chance, those whose twin is (repeats 1: a story is shown twice only when
 * nothing else would take the slot). */
static void fill(struct choice *c, const struct digest_weights *w, double floor, int repeats)
{
    for (size_t s = 0; s < c->nst && c->n < w->max_items; s++) {
        if (c->chosen[s])
            continue;
        if (c->st[s].score < floor)
            break; /* ranked: every later story is lower still */
        if (twin_in(c, s) == repeats && fits(c, s, w))
            take(c, s);
    }
}

/* The lowest-ranked unpinned story in, above index below; SIZE_MAX if none. */
static size_t lowest_in(const struct choice *c, size_t below)
{
    while (below-- > 0)
        if (c->chosen[below] && !c->st[below].pinned)
            return below;
    return SIZE_MAX;
}

/* The cap gives way: a story it kept out that scores more than
 * DIGEST_CAP_YIELD times the last one in enters. While K is not reached the
 * last one in is an empty slot, worth the floor: when nothing else clears
 * the floor, diversity has nobody to make room for. Once K is reached it
 * takes the slot of the lowest unpinned story in. Stories come best first
 * and the bar only rises, so the first refusal ends it: O(stories). */
static void cap_yield(struct choice *c, const struct digest_weights *w, double floor)
{
    size_t low = lowest_in(c, c->nst);

    for (size_t s = 0; s < c->nst; s++) {
        if (c->chosen[s] || twin_in(c, s))
            continue; /* in, or its story is */
        int full = c->n >= w->max_items;
        if (full && (low == SIZE_MAX || low < s))
            break; /* every unpinned story in outranks s */
        double last = full ? c->st[low].score : floor;
        if (c->st[s].score < floor || !(c->st[s].score > DIGEST_CAP_YIELD * last))
            break;
        if (full) {
            drop(c, low);
            low = lowest_in(c, low);
        }
        take(c, s);
        if (low == SIZE_MAX || low < s)
            low = s; /* s may now be the lowest unpinned story in */
    }
}

/* Filler gives way: while a story of importance 1 or more is out, each
 * unpinned importance-0 story in leaves, lowest first, and its slot goes to
 * the best important story out that clears the floor and the cap, or stays
 * empty. (A story the cap refused is not offered again when a later drop
 * frees its tag: a rare loss, traded for one pass over the stories.) */
static void filler_yield(struct choice *c, const struct digest_weights *w, double floor)
{
    size_t out = 0, next = 0;

    for (size_t s = 0; s < c->nst; s++)
        out += !c->chosen[s] && c->st[s].imp > 0 && !twin_in(c, s); /* its story is in */
    for (size_t f = c->nst; f-- > 0 && out > 0;) {
        if (!c->chosen[f] || c->st[f].pinned || c->st[f].imp > 0)
            continue;
        drop(c, f);
        for (; next < c->nst; next++) {
            const struct story *x = &c->st[next];
            if (c->chosen[next] || x->imp == 0 || twin_in(c, next))
                continue;
            if (x->score < floor) {
                next = c->nst; /* ranked: no important story left clears it */
                break;
            }
            if (fits(c, next, w)) {
                take(c, next++);
                out--;
                break;
            }
        }
    }
}

/* Step 5: marks in chosen[] (zeroed) the stories st[0..nst), ranked, that
 * make the selection (see digest.h): pins, then the floor, the tag cap and
 * K, the cap's yield to a much better story, and filler's yield to any
 * important story; a story whose twin (toff, tw: see struct choice) is in
 * gives way to the next, and enters only into a slot nothing else takes.
 * Returns how many. */
static size_t choose(const struct digest_post *posts, const struct story *st, size_t nst,
                     const size_t *toff, const size_t *tw, const struct digest_weights *w,
                     uint8_t *chosen)
{
    struct choice c = {
        .posts = posts, .st = st, .nst = nst, .chosen = chosen, .toff = toff, .tw = tw};
    size_t npins = 0;

    for (size_t s = 0; s < nst; s++)
        if (st[s].pinned) {
            take(&c, s);
            npins++;
        }
    double floor = floor_of(st, nst, npins, w);
    fill(&c, w, floor, 0);
    if (w->tag_cap)
        cap_yield(&c, w, floor);
    filler_yield(&c, w, floor);
    fill(&c, w, floor, 1);
    free(c.tc);
    return c.n;
}

/* The twins of the ranked stories st[0..nst) (of nc candidates), as
 * ranks: story s's are (*tw)[(*toff)[s] .. (*toff)[s + 1]), from the roots'
 * pairs twins[0..2 ntwins). Linear in the stories and the pairs. */
static void twins_of(const struct story *st, size_t nst, size_t nc, const uint32_t *twins,
                     size_t ntwins, size_t **toff, size_t **tw)
{
    size_t *rank = xmalloc(nc * sizeof *rank), *off = xcalloc(nst + 1, sizeof *off);
    size_t *v = xmalloc((ntwins ? 2 * ntwins : 1) * sizeof *v);

    for (size_t s = 0; s < nst; s++)
        rank[st[s].root] = s;
    for (size_t i = 0; i < 2 * ntwins; i++)
        off[rank[twins[i]] + 1]++;
    for (size_t s = 0; s < nst; s++)
        off[s + 1] += off[s];
    size_t *at = xmalloc((nst ? nst : 1) * sizeof *at);
    memcpy(at, off, nst * sizeof *at);
    for (size_t i = 0; i < ntwins; i++) {
        size_t a = rank[twins[2 * i]], b = rank[twins[2 * i + 1]];
        v[at[a]++] = b;
        v[at[b]++] = a;
    }
    free(at);
    free(rank);
    *toff = off;
    *tw = v;
}

/* One story split in two is scored whole: the better half of twins (see
 * digest_twins(); the better by story_cmp(), its twins st[tw[toff[s] ..
 * toff[s + 1])] being st's indices) takes the score of every post of both,
 * its importance, views, coverage and freshness, so that it ranks where the
 * story would have; the other half keeps its own and gives way in choose().
 * The item still shows the better half's posts. Linear in the twins' posts. */
static void twins_score(const struct digest_post *posts, const size_t *members, size_t nc,
                        struct story *st, size_t nst, const size_t *toff, const size_t *tw,
                        const struct digest_weights *w, int64_t start, int64_t end,
                        int64_t audience)
{
    if (toff[nst] == 0)
        return;
    uint8_t *best = xcalloc(nst, 1);
    for (size_t s = 0; s < nst; s++) {
        best[s] = toff[s + 1] > toff[s];
        for (size_t i = toff[s]; i < toff[s + 1] && best[s]; i++)
            best[s] = story_cmp(&st[s], &st[tw[i]]) < 0;
    }
    size_t *m = xmalloc(nc * sizeof *m);
    uint64_t *hosts = xmalloc(nc * sizeof *hosts);
    for (size_t s = 0; s < nst; s++) {
        if (!best[s])
            continue;
        size_t k = 0;
        memcpy(m, members + st[s].first, st[s].count * sizeof *m);
        k = st[s].count;
        for (size_t i = toff[s]; i < toff[s + 1]; i++) {
            const struct story *t = &st[tw[i]];
            memcpy(m + k, members + t->first, t->count * sizeof *m);
            k += t->count;
        }
        story_score(posts, m, k, w, start, end, audience, hosts, &st[s]);
    }
    free(hosts);
    free(m);
    free(best);
}

/* The day's lead by its readers (eval/README.md, eighty-first round): of two stories or more at
 * the day's top importance, the one read most both in all (its views summed) and in its best-read
 * post ranks first, its engagement raised past the first story's score by LEAD_STEP. Nothing moves
 * when the two measures name different stories (a lead split in fragments divides its views, not
 * its best post), when two share a first place, or for a lone post (its two measures are one). */
static void lead_read(struct story *st, size_t nst)
{
    size_t lead = SIZE_MAX, tier = 0, first = 0;
    double top = -1;
    for (size_t s = 0; s < nst; s++) {
        top = st[s].parts[0] > top ? st[s].parts[0] : top;
        first = story_cmp(&st[s], &st[first]) < 0 ? s : first;
    }
    for (size_t s = 0; s < nst; s++)
        if (st[s].parts[0] == top && (tier++ == 0 || st[s].read[0] > st[lead].read[0]))
            lead = s;
    for (size_t s = 0; s < nst && lead != SIZE_MAX; s++)
        if (s != lead && st[s].parts[0] == top &&
            (st[s].read[0] >= st[lead].read[0] || st[s].read[1] >= st[lead].read[1]))
            lead = SIZE_MAX;
    if (lead == SIZE_MAX || tier < 2 || lead == first || st[lead].count < 2 ||
        !(st[lead].parts[1] > 0))
        return;
    double lift = st[first].score - st[lead].score + LEAD_STEP;
    st[lead].parts[1] += lift;
    st[lead].score += lift;
}

/* What explaining needs, made for the first item that has merged posts. */
struct why_need {
    const struct digest_edges *e;
    const size_t *cand;
    size_t nc, n;
    struct digest_why_ctx *ctx;
};

/* Step 6: the item of story x, whose posts are members[x->first ..), and
 * why its posts are one story. */
static void make_item(const struct digest_post *posts, const struct story *x, const size_t *members,
                      struct why_need *why, struct digest_item *it)
{
    const struct digest_post *r = &posts[x->rep];

    it->post_id = r->id;
    it->seq = r->seq;
    it->title = xstrdup(r->title ? r->title : "");
    it->lede = lede_of(r);
    it->importance = x->parts[0];
    it->engagement = x->parts[1];
    it->coverage = x->parts[2];
    it->freshness = x->parts[3];
    it->score = x->score;
    it->pinned = x->pinned;
    it->in_lang = x->in_lang;
    it->posts = x->count;
    it->sources = x->sources;
    it->nmerged = x->count - 1;
    if (it->nmerged) {
        it->merged = xmalloc(it->nmerged * sizeof *it->merged);
        size_t k = 0;
        for (size_t m = 0; m < x->count; m++)
            if (members[x->first + m] != x->rep)
                it->merged[k++] = posts[members[x->first + m]].seq;
        assert(k == it->nmerged); /* the representative is one of the members */
        qsort(it->merged, it->nmerged, sizeof *it->merged, i64_cmp);
        if (!why->ctx)
            why->ctx = digest_why_new(why->e, why->cand, why->nc, why->n);
        digest_why_fill(why->ctx, posts, members + x->first, x->count, it);
    }
}

int digest_select(const struct digest_post *posts, size_t n, const struct digest_weights *wp,
                  int64_t window_start_ms, int64_t window_end_ms, int64_t audience,
                  struct digest_item **items, size_t *nitems)
{
    struct digest_weights w;
    struct groups g;
    struct digest_edges e;
    int rc;

    if ((!posts && n) || !items || !nitems || window_end_ms < window_start_ms)
        return -EINVAL;
    if (n > DIGEST_MAX_POSTS)
        return -E2BIG;
    if (wp)
        w = *wp;
    else
        digest_weights_default(&w);
    if (!weight_ok(w.importance) || !weight_ok(w.engagement) || !weight_ok(w.coverage) ||
        !weight_ok(w.freshness) || !(w.group_threshold > 0) || !(w.floor >= 0 && w.floor <= 1))
        return -EINVAL;
    digest_tables_init();

    /* Candidates: everything not excluded. */
    size_t *cand = xmalloc((n ? n : 1) * sizeof *cand), nc = 0;
    for (size_t i = 0; i < n; i++)
        if (!posts[i].excluded)
            cand[nc++] = i;
    if (nc == 0) {
        free(cand);
        *items = NULL;
        *nitems = 0;
        return 0;
    }

    /* 1-5. Keys, index, edges, stories. */
    uint32_t *twins = NULL;
    size_t ntwins = 0;
    rc = group_candidates(posts, cand, nc, w.group_threshold, &g, &e, &twins, &ntwins);
    if (rc < 0) {
        free(cand);
        return rc;
    }

    /* 4. Stories. */
    size_t *members = xmalloc(nc * sizeof *members), nst;
    struct story *st = make_stories(posts, cand, nc, &g, &w, window_start_ms, window_end_ms,
                                    audience, members, &nst);
    free(g.parent);
    free(g.pin);

    /* 5. Rank and choose. */
    size_t *toff, *tw;
    if (ntwins) {
        twins_of(st, nst, nc, twins, ntwins, &toff, &tw);
        twins_score(posts, members, nc, st, nst, toff, tw, &w, window_start_ms, window_end_ms,
                    audience);
        free(toff);
        free(tw);
    }
    lead_read(st, nst);
    qsort(st, nst, sizeof *st, story_cmp);
    twins_of(st, nst, nc, twins, ntwins, &toff, &tw);
    free(twins);
    uint8_t *chosen = xcalloc(nst, 1);
    size_t nchosen = choose(posts, st, nst, toff, tw, &w, chosen);
    free(toff);
    free(tw);

    /* 6. Items, in score order. */
    struct digest_item *out = nchosen ? xcalloc(nchosen, sizeof *out) : NULL;
    struct why_need why = {&e, cand, nc, n, NULL};
    size_t no = 0;
    for (size_t s = 0; s < nst; s++)
        if (chosen[s])
            make_item(posts, &st[s], members, &why, &out[no++]);
    assert(no == nchosen);
    digest_why_free(why.ctx);
    digest_edges_free(&e);
    free(cand);
    free(chosen);
    free(members);
    free(st);
    *items = out;
    *nitems = no;
    return 0;
}
