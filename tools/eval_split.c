/*
 * eval_split: the split explainer of tools/eval (`eval -s`). While the
 * uncapped selection of a day runs, the grouping's tracer (digest_trace.h)
 * hands it each candidate's keys, every pair digest_pairs() looked at and
 * what it decided, the weighed edges and weak links, and the stories after
 * each stage. Then, for each gold story split over several groups and each
 * pair of its groups, it prints the best-linked pair of posts across them
 * (an edge that weighs first, then a thin edge, a weak link, a refused pair,
 * a skipped one; the higher cosine within each), their cosine, the keys they
 * share (kind, weight in each post, document frequency, "x" when too common
 * to be walked), the check of the pairs that refused or thinned them, and
 * the group-level check that left the two groups apart: the average link
 * (digest_link()), a lone post's attachment (digest_attach(), the
 * centroid), or the join of two stories (digest_join()). Each pair of groups
 * is also counted by that check and by what the two posts share, and the
 * counts are printed after the table. Every word printed is the grouping's
 * own state; which group-level check applied is read from the group sizes
 * (a group of one post is a lone post). For two stories, the join's own
 * check that refused them is traced (digest_trace.h's join callback, with
 * the figures it compared), or why it never looked at them (no name both
 * hold, each a third story's too, one not read as a name by every holder,
 * a story of one post at the join); the counts split the join's class by
 * it, and sum it up after the table.
 */
#include "eval_split.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "digest_trace.h"
#include "eval_day.h"
#include "eval_trace.h"

/* K_* of src/digest_int.h */
static const char *const kind_name[] = {"shingle", "name",  "figure", "half",  "word",  "wordN",
                                        "wordQ",   "media", "alias",  "wordA", "bridge"};

#define NSTAGES 8

struct trace {
    struct eval_trace t;
    char stage[NSTAGES][16];
    size_t *root[NSTAGES];
    size_t nstage;
    struct digest_trace_join *join; /* the pairs of stories the join refused */
    size_t njoin, capjoin;
};

static struct trace tr;

static void on_keys(void *ctx, size_t nc, size_t df_cap, const size_t *off,
                    const struct digest_trace_key *k)
{
    (void)ctx;
    eval_trace_keys(&tr.t, nc, df_cap, off, k);
}

static void on_pair(void *ctx, const struct digest_trace_pair *p)
{
    (void)ctx;
    eval_trace_pair(&tr.t, p);
}

static void on_edges(void *ctx, const struct digest_trace_edge *v, size_t n)
{
    (void)ctx;
    eval_trace_edges(&tr.t, v, n);
}

static void on_stage(void *ctx, const char *name, const size_t *root, size_t nc)
{
    (void)ctx;
    if (tr.nstage == NSTAGES)
        return;
    snprintf(tr.stage[tr.nstage], sizeof tr.stage[0], "%s", name);
    tr.root[tr.nstage] = eval_xcalloc(nc, sizeof *root);
    memcpy(tr.root[tr.nstage++], root, nc * sizeof *root);
}

static void on_join(void *ctx, const struct digest_trace_join *j)
{
    (void)ctx;
    if (tr.njoin == tr.capjoin) {
        tr.capjoin = tr.capjoin ? 2 * tr.capjoin : 64;
        struct digest_trace_join *v = eval_xcalloc(tr.capjoin, sizeof *v);
        if (tr.njoin)
            memcpy(v, tr.join, tr.njoin * sizeof *v);
        free(tr.join);
        tr.join = v;
    }
    tr.join[tr.njoin++] = *j;
}

static const struct digest_tracer tracer = {NULL,     on_keys, on_pair, on_edges,
                                            on_stage, NULL,    on_join};

void split_trace_begin(void)
{
    memset(&tr, 0, sizeof tr);
    digest_tracer = &tracer;
}

void split_trace_end(void)
{
    digest_tracer = NULL;
}

static void trace_free(void)
{
    for (size_t s = 0; s < tr.nstage; s++)
        free(tr.root[s]);
    free(tr.join);
    eval_trace_free(&tr.t);
    memset(&tr, 0, sizeof tr);
}

/* ------------------------------------------------------------ the counts */

#define NCHECK 64
#define NSHARE 8
static const char *const share_name[NSHARE] = {"an own name in both titles",
                                               "an own name, title and body",
                                               "an own name in bodies only",
                                               "a shared name in both titles",
                                               "a shared name, title and body",
                                               "a shared name in bodies only",
                                               "words only",
                                               "nothing walked"};
static const char *check_name[NCHECK];
static size_t ncheck;
static size_t count[NCHECK][NSHARE], days_of[NCHECK][NSHARE], lone_of[NCHECK];
static size_t day_no, last_day[NCHECK][NSHARE];

/* The join's class of a pair of groups of two stories: its check that
 * refused them (DIGEST_JOIN_*), or why it never looked at them. */
#define JOIN_UNSEEN_THIRD 0                           /* each name of both is a third story's too */
#define JOIN_UNSEEN_KIND DIGEST_JOIN_NREASONS         /* a key of the two alone it does not read */
#define JOIN_UNSEEN_LONE (DIGEST_JOIN_NREASONS + 1)   /* a story of one post at the join */
#define JOIN_ONE (DIGEST_JOIN_NREASONS + 2)           /* one story at the join */
#define JOIN_UNSEEN_NONAME (DIGEST_JOIN_NREASONS + 3) /* no name both hold */
#define NJOIN (DIGEST_JOIN_NREASONS + 4)
static const char *const join_class[NJOIN] = {"two stories: join, not looked at (a third's names)",
                                              "two stories: join refused, no edge",
                                              "two stories: join refused, no spread",
                                              "two stories: join refused, clash",
                                              "two stories: join refused, held short",
                                              "two stories: join refused, claimed",
                                              "two stories: join refused, pinned",
                                              "two stories: join, not looked at (a name not read)",
                                              "two stories: join, not looked at (one post)",
                                              "two stories: join, one story at the join",
                                              "two stories: join, not looked at (no name of both)"};
static size_t jcount[NJOIN], jdays[NJOIN], jlast[NJOIN];

static void join_count_add(int reason)
{
    jcount[reason]++;
    if (jlast[reason] != day_no) {
        jlast[reason] = day_no;
        jdays[reason]++;
    }
}

static size_t check_id(const char *name)
{
    for (size_t i = 0; i < ncheck; i++)
        if (!strcmp(check_name[i], name))
            return i;
    if (ncheck == NCHECK)
        abort();
    check_name[ncheck] = name;
    return ncheck++;
}

static void count_add(const char *check, int share, int lone)
{
    size_t c = check_id(check);
    count[c][share]++;
    lone_of[c] += lone != 0;
    if (last_day[c][share] != day_no) {
        last_day[c][share] = day_no;
        days_of[c][share]++;
    }
}

void split_counts_print(void)
{
    size_t tot = 0;
    for (size_t c = 0; c < ncheck; c++)
        for (int s = 0; s < NSHARE; s++)
            tot += count[c][s];
    printf("\nsplit pairs of groups: %zu\n", tot);
    for (size_t c = 0; c < ncheck; c++) {
        size_t n = 0;
        for (int s = 0; s < NSHARE; s++)
            n += count[c][s];
        printf("  %-58s %4zu (a lone post in %zu)\n", check_name[c], n, lone_of[c]);
        for (int s = 0; s < NSHARE; s++)
            if (count[c][s])
                printf("      %-40s %4zu pairs, %3zu days\n", share_name[s], count[c][s],
                       days_of[c][s]);
    }
    printf("  by what they share:\n");
    for (int s = 0; s < NSHARE; s++) {
        size_t n = 0;
        for (size_t c = 0; c < ncheck; c++)
            n += count[c][s];
        printf("      %-40s %4zu\n", share_name[s], n);
    }
    printf("  the join's refusals, by check:\n");
    for (int r = 0; r < NJOIN; r++)
        if (jcount[r])
            printf("      %-50s %4zu pairs, %3zu days\n", join_class[r] + 13, jcount[r], jdays[r]);
}

/* ------------------------------------------------------------ explaining */

static const struct digest_trace_pair *pair_of(size_t a, size_t b)
{
    return a < b ? &tr.t.pair[a * tr.t.nc + b] : &tr.t.pair[b * tr.t.nc + a];
}

static const struct digest_trace_edge *edge_of(size_t a, size_t b, int weak)
{
    size_t x = a < b ? a : b, y = a < b ? b : a;
    for (size_t i = 0; i < tr.t.ne; i++)
        if (tr.t.e[i].a == x && tr.t.e[i].b == y && tr.t.e[i].weak == weak)
            return &tr.t.e[i];
    return NULL;
}

/* The rank of a pair's link: 5 an edge that weighs, 4 a thin edge, 3 a weak
 * link, 2 a refused pair, 1 a skipped one, 0 nothing walked. */
static int link_rank(size_t a, size_t b, double *cos)
{
    const struct digest_trace_edge *x = edge_of(a, b, 0);
    const struct digest_trace_pair *p = pair_of(a, b);
    *cos = p->verdict ? p->cos : 0;
    if (x) {
        *cos = x->cos;
        return x->w > 0 ? 5 : 4;
    }
    if (edge_of(a, b, 1))
        return 3;
    if (p->verdict == DIGEST_PAIR_REFUSED || p->verdict == DIGEST_PAIR_EDGE)
        return 2; /* an edge past PAIR_MAX is dropped: refused too */
    return p->verdict ? 1 : 0;
}

/* The shared keys of candidates a and b, printed; returns the share class
 * (share_name) of what they share. */
static int shared_print(const struct digest_post *pa, size_t a, size_t b, const char *const *story,
                        const size_t *post_of, const char *s_id, int print)
{
    int best = 7, walked = 0;
    for (size_t i = tr.t.off[a]; i < tr.t.off[a + 1]; i++)
        for (size_t j = tr.t.off[b]; j < tr.t.off[b + 1]; j++) {
            const struct digest_trace_key *x = &tr.t.k[i], *y = &tr.t.k[j];
            if (x->h != y->h)
                continue;
            int walk = x->df >= 2 && x->df <= tr.t.df_cap && x->w > 0 && y->w > 0;
            walked += walk;
            if (print) {
                char t[61];
                day_key_text(pa, x->h, t, sizeof t);
                printf("      %-24s %-6s w %.1f/%.1f df %u%s\n", t, kind_name[x->kind % 11],
                       (double)x->w, (double)y->w, x->df, walk ? "" : " x");
            }
            if (!walk)
                continue;
            int cls = 6;
            if (eval_key_is_name(x->kind) && eval_key_is_name(y->kind)) {
                int own = 1; /* every holder is of the story */
                for (size_t c = 0; c < tr.t.nc && own; c++) {
                    if (c == a || c == b)
                        continue;
                    for (size_t q = tr.t.off[c]; q < tr.t.off[c + 1]; q++)
                        if (tr.t.k[q].h == x->h && strcmp(story[post_of[c]], s_id) != 0) {
                            own = 0;
                            break;
                        }
                }
                int ta = eval_key_in_title(x->kind, x->w), tb = eval_key_in_title(y->kind, y->w);
                cls = (own ? 0 : 3) + (ta && tb ? 0 : ta || tb ? 1 : 2);
            }
            best = cls < best ? cls : best;
        }
    return walked ? best : 7;
}

/* Which check left candidates a and b (the best pair) apart at the pairs. */
static const char *pair_check(size_t a, size_t b, int rank, char *buf, size_t size)
{
    const struct digest_trace_pair *p = pair_of(a, b);
    const struct digest_trace_edge *x = edge_of(a, b, 0);
    switch (rank) {
    case 5:
        snprintf(buf, size, "an edge of weight %.2f", (double)x->w);
        return "an edge that weighs";
    case 4:
        snprintf(buf, size, "a thin edge:%s%s%s%s%s%s",
                 p->thin & DIGEST_THIN_PAIR ? " pair_thin()" : "",
                 p->thin & DIGEST_THIN_INTERVIEW ? " pair_interview()" : "",
                 p->thin & DIGEST_THIN_TOLL ? " pair_toll_met()" : "",
                 p->thin & DIGEST_THIN_PASSING ? " pair_passing_name()" : "",
                 p->thin & DIGEST_THIN_TOUCHED ? " pair_touched()'s rules" : "",
                 x->named & 2 ? " (no link at all)" : "");
        return p->thin & DIGEST_THIN_TOUCHED ? "a thin edge (pair_touched)"
               : p->thin & DIGEST_THIN_PAIR  ? "a thin edge (pair_thin)"
                                             : "a thin edge (interview, toll, passing name)";
    case 3:
    case 2: {
        int halves = p->halves - p->toll >= p->need;
        snprintf(buf, size, "%s: halves %u%s of %u%s%s", rank == 3 ? "a weak link" : "no edge",
                 p->halves - p->toll, p->toll ? " (toll/formula out)" : "", p->need,
                 p->titles ? "" : ", a title not met", p->cos_ok ? "" : ", cosine under 0.03");
        if (rank == 3)
            return halves ? "a weak link (titles not met)" : "a weak link (halves short)";
        if (!p->cos_ok)
            return "no edge: cosine under 0.03";
        return halves      ? "no edge: a title not met"
               : p->titles ? "no edge: halves short, titles met"
                           : "no edge: halves short and a title not met";
    }
    case 1:
        snprintf(buf, size, "skipped: %s",
                 p->verdict == DIGEST_PAIR_NO_NAME
                     ? "pair_no_name(), two titles naming their stories, no name shared"
                     : "pair_country(), a country and its city alone");
        return p->verdict == DIGEST_PAIR_NO_NAME ? "skipped: pair_no_name()"
                                                 : "skipped: pair_country()";
    default: snprintf(buf, size, "no key walked in common"); return "nothing walked in common";
    }
}

static size_t stage_of(const char *name)
{
    size_t s = SIZE_MAX;
    for (size_t i = 0; i < tr.nstage; i++)
        if (!strcmp(tr.stage[i], name))
            s = i; /* the last of that name */
    return s;
}

static const struct digest_trace_join *join_found(size_t ra, size_t rb)
{
    size_t x = ra < rb ? ra : rb, y = ra < rb ? rb : ra;
    for (size_t i = 0; i < tr.njoin; i++)
        if (tr.join[i].a == x && tr.join[i].b == y)
            return &tr.join[i];
    return NULL;
}

/* Of stories ra and rb (roots before the join, root[]): 2, a name or
 * figure both hold (as a name in a post of ra) is held by no third story
 * and by df_cap posts at most; 1, names both hold, each a third's too (or
 * too common); 0, no name both hold. */
static int join_key_alone(const size_t *root, size_t ra, size_t rb)
{
    int best = 0;
    for (size_t c = 0; c < tr.t.nc; c++) {
        if (root[c] != ra)
            continue;
        for (size_t i = tr.t.off[c]; i < tr.t.off[c + 1]; i++) {
            if (!eval_key_is_name(tr.t.k[i].kind))
                continue;
            int in_b = 0, third = tr.t.k[i].df > tr.t.df_cap;
            for (size_t o = 0; o < tr.t.nc && !third; o++)
                for (size_t q = tr.t.off[o]; q < tr.t.off[o + 1]; q++)
                    if (tr.t.k[q].h == tr.t.k[i].h) {
                        in_b |= root[o] == rb;
                        third |= root[o] != ra && root[o] != rb;
                        break;
                    }
            if (in_b && !third)
                return 2;
            best = best || in_b;
        }
    }
    return best;
}

/* Why the join left groups ga and gb apart (best pair: candidates a, b):
 * its record of the pair of stories before it of a and b, else of any two
 * posts of the groups, else why it never looked at them. Returns the
 * class (join_class), its figures in buf. */
static int join_reason(const size_t *group, const size_t *post_of, size_t a, size_t b, size_t ga,
                       size_t gb, char *buf, size_t size)
{
    size_t sj = stage_of("join");
    if (sj == SIZE_MAX || sj == 0) {
        snprintf(buf, size, "the join not traced");
        return JOIN_UNSEEN_THIRD;
    }
    const size_t *root = tr.root[sj - 1];
    const struct digest_trace_join *j = join_found(root[a], root[b]);
    for (size_t c = 0; c < tr.t.nc && !j; c++)
        for (size_t o = 0; o < tr.t.nc && !j; o++)
            if (group[post_of[c]] == ga && group[post_of[o]] == gb && root[c] != root[o])
                j = join_found(root[c], root[o]);
    if (j) {
        snprintf(buf, size,
                 "join refused, %s: %u keys theirs alone, held by %u of %u posts and %u of %u "
                 "(hold %d, half %d); %u edges of the threshold reaching %u; spread %d, loose %u; "
                 "clash %d, a name in both titles %d%s%s",
                 digest_join_reason_name[j->reason], j->keys, j->held_a, j->size_a, j->held_b,
                 j->size_b, j->hold, j->half, j->edges, j->reach, j->spread, j->loose, j->clash,
                 j->tshare, j->claimed & 1 ? "; the first claimed by another" : "",
                 j->claimed & 2 ? "; the second claimed by another" : "");
        return j->reason;
    }
    if (root[a] == root[b]) {
        snprintf(buf, size, "one story at the join");
        return JOIN_ONE;
    }
    size_t sa = 0, sb = 0;
    for (size_t c = 0; c < tr.t.nc; c++) {
        sa += root[c] == root[a];
        sb += root[c] == root[b];
    }
    if (sa < 2 || sb < 2) {
        snprintf(buf, size, "join not looked at: stories of %zu and %zu posts at the join", sa, sb);
        return JOIN_UNSEEN_LONE;
    }
    int alone = join_key_alone(root, root[a], root[b]);
    if (alone == 2) {
        snprintf(buf, size,
                 "join not looked at: a name of the two alone it does not read (a "
                 "word, an alias or a half in some post, filler, a country untitled)");
        return JOIN_UNSEEN_KIND;
    }
    snprintf(buf, size, "join not looked at: %s",
             alone ? "each name both hold is a third story's too (or too common)"
                   : "no name or figure both hold");
    return alone ? JOIN_UNSEEN_THIRD : JOIN_UNSEEN_NONAME;
}

/* For the join: the names (and figures) both groups hold, with their
 * holders in each and elsewhere (a name theirs alone has none elsewhere),
 * and the edges that reach the threshold between the two groups. */
static void join_names(const struct day_view *d, const size_t *group, const size_t *cand_of,
                       const size_t *post_of, size_t ga, size_t gb, double thr)
{
    size_t strong = 0;
    printf("      names of both:");
    for (size_t c = 0; c < tr.t.nc; c++) {
        if (group[post_of[c]] != ga)
            continue;
        for (size_t i = tr.t.off[c]; i < tr.t.off[c + 1]; i++) {
            const struct digest_trace_key *x = &tr.t.k[i];
            if (!eval_key_is_name(x->kind) || x->df < 2)
                continue;
            size_t in_a = 0, in_b = 0, out = 0, seen_before = 0;
            for (size_t o = 0; o < tr.t.nc; o++)
                for (size_t q = tr.t.off[o]; q < tr.t.off[o + 1]; q++) {
                    if (tr.t.k[q].h != x->h)
                        continue;
                    size_t g = group[post_of[o]];
                    in_a += g == ga;
                    in_b += g == gb;
                    out += g != ga && g != gb;
                    seen_before |= g == ga && o < c;
                    break;
                }
            if (!in_b || seen_before)
                continue;
            char t[61];
            day_key_text(&d->posts[post_of[c]], x->h, t, sizeof t);
            printf(" %s (%zu+%zu, %zu elsewhere)", t, in_a, in_b, out);
        }
    }
    for (size_t i = 0; i < tr.t.ne; i++)
        if (!tr.t.e[i].weak && tr.t.e[i].w >= thr &&
            ((group[post_of[tr.t.e[i].a]] == ga && group[post_of[tr.t.e[i].b]] == gb) ||
             (group[post_of[tr.t.e[i].a]] == gb && group[post_of[tr.t.e[i].b]] == ga)))
            strong++;
    (void)cand_of;
    printf("; %zu edges of the threshold between them\n", strong);
}

/* One pair of groups ga, gb of story s_id (pred group ids), explained. */
static void pair_explain(const struct day_view *d, const size_t *group, const size_t *cand_of,
                         const size_t *post_of, const char *s_id, size_t ga, size_t gb, double thr)
{
    size_t ba = SIZE_MAX, bb = SIZE_MAX, na = 0, nb = 0;
    int brank = -1;
    double bcos = -1, wsum = 0;
    for (size_t i = 0; i < d->n; i++) {
        na += group[i] == ga;
        nb += group[i] == gb;
    }
    for (size_t i = 0; i < d->n; i++)
        for (size_t j = 0; j < d->n; j++) {
            if (group[i] != ga || group[j] != gb || cand_of[i] == SIZE_MAX ||
                cand_of[j] == SIZE_MAX)
                continue;
            const struct digest_trace_edge *x = edge_of(cand_of[i], cand_of[j], 0);
            if (x && x->w > 0)
                wsum += x->w;
            if (strcmp(d->story[i], s_id) || strcmp(d->story[j], s_id))
                continue;
            double cos;
            int r = link_rank(cand_of[i], cand_of[j], &cos);
            if (r > brank || (r == brank && cos > bcos)) {
                brank = r;
                bcos = cos;
                ba = i;
                bb = j;
            }
        }
    if (ba == SIZE_MAX)
        return;
    size_t a = cand_of[ba], b = cand_of[bb];
    char why[256];
    const char *check = pair_check(a, b, brank, why, sizeof why);
    printf("    posts %lld and %lld: cosine %.3f; %s\n", (long long)d->posts[ba].id,
           (long long)d->posts[bb].id, brank > 0 ? bcos : 0.0, why);
    int share = shared_print(&d->posts[ba], a, b, d->story, post_of, s_id, 1);
    int lone = na == 1 || nb == 1;
    double avg = wsum / ((double)na * (double)nb);
    const char *group_check;
    if (lone) {
        /* the lone post's links: to the other group, and elsewhere */
        size_t l = na == 1 ? ba : bb, other = na == 1 ? gb : ga, c = cand_of[l];
        size_t to_e = 0, to_w = 0, el_e = 0, el_w = 0;
        for (size_t i = 0; i < tr.t.ne; i++) {
            const struct digest_trace_edge *x = &tr.t.e[i];
            if (x->a != c && x->b != c)
                continue;
            size_t o = post_of[x->a == c ? x->b : x->a];
            int weighs = !x->weak && x->w > 0, weak = x->weak || x->w == 0;
            if (group[o] == other) {
                to_e += weighs;
                to_w += weak;
            } else {
                el_e += weighs;
                el_w += weak;
            }
        }
        printf("    refused: average link %.2f%s%.2f; the lone post %lld (attach, centroid): "
               "%zu edges that weigh and %zu weak or thin links to the %zu posts of the other "
               "group, %zu and %zu elsewhere\n",
               avg, avg < thr ? " < " : " >= ", thr, (long long)d->posts[l].id, to_e, to_w,
               na == 1 ? nb : na, el_e, el_w);
        group_check = "lone post: attach";
    } else {
        char jwhy[320];
        int jr = join_reason(group, post_of, a, b, ga, gb, jwhy, sizeof jwhy);
        printf("    refused: average link %.2f%s%.2f; the join of two stories (%zu and %zu "
               "posts): %s\n",
               avg, avg < thr ? " < " : " >= ", thr, na, nb, jwhy);
        group_check = join_class[jr];
        join_count_add(jr);
        join_names(d, group, cand_of, post_of, ga, gb, thr);
    }
    /* together at some stage and apart after? */
    for (size_t s = 0; s + 1 < tr.nstage; s++)
        if (tr.root[s][a] == tr.root[s][b] && tr.root[s + 1][a] != tr.root[s + 1][b])
            printf("    one group after %s, apart after %s\n", tr.stage[s], tr.stage[s + 1]);
    size_t ls = stage_of("link");
    if (ls != SIZE_MAX && tr.root[ls][a] == tr.root[ls][b])
        printf("    (one group after link)\n");
    char cls[128];
    snprintf(cls, sizeof cls, "%s; %s", check, group_check);
    /* interned: the counts keep the pointer */
    static char pool[NCHECK * 2][128];
    static size_t npool;
    const char *key = NULL;
    for (size_t i = 0; i < npool && !key; i++)
        if (!strcmp(pool[i], cls))
            key = pool[i];
    if (!key && npool < NCHECK * 2) {
        snprintf(pool[npool], sizeof pool[0], "%s", cls);
        key = pool[npool++];
    }
    count_add(key ? key : "other", share, lone);
}

void split_explain(const struct day_view *d, const size_t *group, double thr)
{
    size_t *cand_of = eval_xcalloc(d->n, sizeof *cand_of);
    size_t *post_of = eval_xcalloc(d->n, sizeof *post_of), nc = 0;
    day_no++;
    for (size_t i = 0; i < d->n; i++) {
        cand_of[i] = d->posts[i].excluded ? SIZE_MAX : nc;
        if (!d->posts[i].excluded)
            post_of[nc++] = i;
    }
    if (nc != tr.t.nc || !tr.t.pair) {
        printf("  (no trace)\n");
        free(cand_of);
        free(post_of);
        trace_free();
        return;
    }
    for (size_t i = 0; i < d->n; i++) {
        size_t first = 0;
        while (strcmp(d->story[first], d->story[i]) != 0)
            first++;
        if (first != i)
            continue;
        /* the groups of story i, in post order */
        size_t gs[64], ng = 0;
        for (size_t j = i; j < d->n; j++) {
            if (strcmp(d->story[j], d->story[i]))
                continue;
            size_t k = 0;
            while (k < ng && gs[k] != group[j])
                k++;
            if (k == ng && ng < 64)
                gs[ng++] = group[j];
        }
        if (ng < 2)
            continue;
        printf("  split: %s:", d->story[i]);
        for (size_t g = 0; g < ng; g++) {
            printf(" [");
            int first_p = 1;
            for (size_t j = 0; j < d->n; j++)
                if (group[j] == gs[g] && !strcmp(d->story[j], d->story[i])) {
                    printf("%s%lld", first_p ? "" : " ", (long long)d->posts[j].id);
                    first_p = 0;
                }
            printf("]");
        }
        printf("\n");
        for (size_t x = 0; x < ng; x++)
            for (size_t y = x + 1; y < ng; y++)
                pair_explain(d, group, cand_of, post_of, d->story[i], gs[x], gs[y], thr);
    }
    free(cand_of);
    free(post_of);
    trace_free();
}
