/*
 * gpairs: one row of features per pair of final STORIES that share a key
 * the grouping walks, with the gold label, for a story-level merge score
 * (issue 11, hundred-and-seventh round; eval/gmerge.py reads the rows,
 * eval/README.md's last section tells what came of it). `make gpairs`
 * writes build/rel/gpairs.tsv and build/rel/gposts.tsv.
 *   build/rel/tools/gpairs [-p POSTS.tsv] eval/days/NAME.json ... > gpairs.tsv
 * Each day runs through the uncapped digest_select() of tools/eval with the
 * grouping's tracer (digest_trace.h) set; its stories are the items'
 * groups (what tools/eval scores). Every pair of stories of which a post
 * pair was compared by digest_pairs() (they share a key it walks: df 2 ..
 * df_cap, of weight in both) gives a row: the stories' sizes and
 * languages, the best and mean cosine of their compared post pairs, the
 * share of each story's posts that meet the other, minutes between their
 * nearest posts, the keys both stories hold by kind and name class (with
 * their idf summed, and covered: the idf times the smaller share of the
 * two stories' posts that hold the key), names and words in a title of
 * each, names no post outside the two holds, and the rules' closest
 * verdicts across (edges that weigh, thin edges, weak links); then gold
 * (1: the two stories' majority gold stories are one). -p writes each
 * post's day, language, story and gold story, for the B-cubed of a merge.
 * Read only: the tracer changes nothing.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "digest_int.h"
#include "digest_trace.h"
#include "eval_day.h"
#include "eval_trace.h"

/* ------------------------------------------------------------ the trace */

struct trace {
    struct eval_trace t;
    int *cls;     /* per key: its name class (day_name_class()), -1 not a name walked or titled */
    size_t *root; /* after the last stage */
};

static struct trace tr;

static void on_keys(void *ctx, size_t nc, size_t df_cap, const size_t *off,
                    const struct digest_trace_key *k)
{
    (void)ctx;
    eval_trace_keys(&tr.t, nc, df_cap, off, k);
    tr.cls = eval_xcalloc(off[nc], sizeof *tr.cls);
    tr.root = eval_xcalloc(nc, sizeof *tr.root);
    for (size_t c = 0; c < nc; c++)
        for (size_t i = off[c]; i < off[c + 1]; i++)
            tr.cls[i] = eval_key_is_name(k[i].kind) && (eval_key_walks(&tr.t, &k[i]) ||
                                                        eval_key_in_title(k[i].kind, k[i].w))
                            ? day_name_class(&tr.t.d->posts[tr.t.post_of[c]], &k[i])
                            : -1;
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
    (void)name;
    if (tr.root)
        memcpy(tr.root, root, nc * sizeof *root);
}

static void trace_free(void)
{
    free(tr.cls);
    free(tr.root);
    eval_trace_free(&tr.t);
    memset(&tr, 0, sizeof tr);
}

static const struct digest_tracer tracer = {NULL, on_keys, on_pair, on_edges, on_stage, NULL, NULL};

/* ------------------------------------------------------------ the stories */

/* The day's stories over its candidates: story s holds the candidates
 * mem[first[s] .. first[s + 1]); sid[c], candidate c's story. */
struct stories {
    size_t n;
    size_t *first, *mem, *sid;
    const char **gold; /* each story's majority gold story */
    char lang[EVAL_MAX_POSTS][3];
};

static struct stories st;

static const char *majority(const size_t *m, size_t n)
{
    const char *best = NULL;
    size_t most = 0;
    for (size_t i = 0; i < n; i++) {
        const char *g = tr.t.d->story[tr.t.post_of[m[i]]];
        size_t c = 0;
        for (size_t j = 0; j < n; j++)
            c += strcmp(g, tr.t.d->story[tr.t.post_of[m[j]]]) == 0;
        if (c > most) {
            most = c;
            best = g;
        }
    }
    return best;
}

static void majority_lang(size_t s, char *out)
{
    size_t fr = 0, n = st.first[s + 1] - st.first[s];
    for (size_t i = st.first[s]; i < st.first[s + 1]; i++)
        fr += strncmp(tr.t.d->posts[tr.t.post_of[st.mem[i]]].lang, "fr", 2) == 0;
    snprintf(out, 3, "%s", 2 * fr >= n ? "fr" : "en");
}

/* group[i]: post i's final group (the items'). */
static void stories_build(const size_t *group)
{
    size_t nc = tr.t.nc;
    size_t *gid = eval_xcalloc(tr.t.d->n + nc + 1, sizeof *gid); /* group -> story + 1 */
    st.sid = eval_xcalloc(nc, sizeof *st.sid);
    st.first = eval_xcalloc(nc + 1, sizeof *st.first);
    st.mem = eval_xcalloc(nc, sizeof *st.mem);
    st.gold = eval_xcalloc(nc, sizeof *st.gold);
    st.n = 0;
    for (size_t c = 0; c < nc; c++) {
        size_t g = group[tr.t.post_of[c]];
        if (!gid[g])
            gid[g] = ++st.n;
        st.sid[c] = gid[g] - 1;
    }
    for (size_t c = 0; c < nc; c++)
        st.first[st.sid[c] + 1]++;
    for (size_t s = 0; s < st.n; s++)
        st.first[s + 1] += st.first[s];
    size_t *at = eval_xcalloc(st.n + 1, sizeof *at);
    for (size_t c = 0; c < nc; c++)
        st.mem[st.first[st.sid[c]] + at[st.sid[c]]++] = c;
    for (size_t s = 0; s < st.n; s++) {
        st.gold[s] = majority(st.mem + st.first[s], st.first[s + 1] - st.first[s]);
        majority_lang(s, st.lang[s]);
    }
    free(at);
    free(gid);
}

static void stories_free(void)
{
    free(st.sid);
    free(st.first);
    free(st.mem);
    free(st.gold);
}

/* Whether the last stage's stories are the items' (the stage a pipeline
 * would add reads the former). */
static int stage_is_items(void)
{
    for (size_t a = 0; a < tr.t.nc; a++)
        for (size_t b = a + 1; b < tr.t.nc; b++)
            if ((tr.root[a] == tr.root[b]) != (st.sid[a] == st.sid[b]))
                return 0;
    return 1;
}

/* ------------------------------------------------------------ the features */

enum {
    F_SIZE_MIN,
    F_SIZE_MAX,
    F_SAME_LANG,
    F_COS_MAX,
    F_COS_MEAN,
    F_HON_MAX, /* halves - toll - need, best compared pair */
    F_COMPARED,
    F_MEET_MIN,
    F_MEET_MAX,
    F_MINUTES,
    F_EDGES,
    F_EDGE_W_MAX,
    F_THIN,
    F_WEAK,
    F_LINKED, /* (edges + thin + weak) / (na * nb) */
    F_SHARED,
    F_IDF_SUM,
    F_IDF_COVER,
    F_NAME_IDF,
    F_NAME_COVER,
    F_WORD_IDF,
    F_WORD_COVER,
    F_N_WORD,
    F_N_SHINGLE,
    F_CLASS, /* N_CLASSES of them */
    F_NAME_TT = F_CLASS + N_CLASSES,
    F_WORD_TT,
    F_OWN_NAME, /* names no post outside the two holds */
    F_OWN_IDF,
    F_APART_MIN, /* names of a title of one story the other holds nowhere: the fewer side */
    F_APART_MAX,
    F_APART_PERSON, /* of them, person-like, both sides */
    NF
};
static const char *const feat_name[NF] = {
    "size_min",   "size_max",  "same_lang", "cos_max",      "cos_mean",   "hon_max",    "compared",
    "meet_min",   "meet_max",  "minutes",   "edges",        "edge_w_max", "thin",       "weak",
    "linked",     "n_shared",  "idf_sum",   "idf_cover",    "name_idf",   "name_cover", "word_idf",
    "word_cover", "n_word",    "n_shingle", "n_country",    "n_region",   "n_facility", "n_alias",
    "n_figure",   "n_org",     "n_person",  "n_other_name", "name_tt",    "word_tt",    "own_name",
    "own_idf",    "apart_min", "apart_max", "apart_person"};

/* A key held by story s: how many of its posts hold it (walked), and
 * whether one holds it in its title; k, one such key. */
struct held {
    size_t posts;
    int title;
    const struct digest_trace_key *k;
    int cls;
};

static int held_in(size_t s, uint64_t h, struct held *out)
{
    memset(out, 0, sizeof *out);
    for (size_t i = st.first[s]; i < st.first[s + 1]; i++) {
        size_t c = st.mem[i];
        for (size_t j = tr.t.off[c]; j < tr.t.off[c + 1]; j++) {
            const struct digest_trace_key *x = &tr.t.k[j];
            if (x->h != h || !eval_key_walks(&tr.t, x))
                continue;
            out->posts++;
            out->title |= eval_key_in_title(x->kind, x->w);
            out->k = x;
            out->cls = tr.cls[j];
            break;
        }
    }
    return out->posts > 0;
}

/* The keys stories s and t both hold, each counted once (from s's posts). */
static void key_features(size_t s, size_t t, double *f)
{
    size_t ns = st.first[s + 1] - st.first[s], nt = st.first[t + 1] - st.first[t];
    uint64_t *seen = eval_xcalloc(tr.t.off[tr.t.nc] + 1, sizeof *seen);
    size_t nseen = 0;
    for (size_t i = st.first[s]; i < st.first[s + 1]; i++)
        for (size_t j = tr.t.off[st.mem[i]]; j < tr.t.off[st.mem[i] + 1]; j++) {
            const struct digest_trace_key *x = &tr.t.k[j];
            int dup = 0;
            for (size_t q = 0; q < nseen && !dup; q++)
                dup = seen[q] == x->h;
            struct held a, b;
            if (dup || !eval_key_walks(&tr.t, x) || !held_in(t, x->h, &b))
                continue;
            seen[nseen++] = x->h;
            held_in(s, x->h, &a);
            double cover =
                x->idf * fmin((double)a.posts / (double)ns, (double)b.posts / (double)nt);
            f[F_SHARED]++;
            f[F_IDF_SUM] += x->idf;
            f[F_IDF_COVER] += cover;
            if (eval_key_is_name(x->kind)) {
                f[F_NAME_IDF] += x->idf;
                f[F_NAME_COVER] += cover;
                if (a.cls >= 0)
                    f[F_CLASS + a.cls]++;
                f[F_NAME_TT] += a.title && b.title;
                if (x->df == a.posts + b.posts) {
                    f[F_OWN_NAME]++;
                    f[F_OWN_IDF] += x->idf;
                }
            } else if (eval_key_is_word(x->kind)) {
                f[F_N_WORD]++;
                f[F_WORD_IDF] += x->idf;
                f[F_WORD_COVER] += cover;
                f[F_WORD_TT] += a.title && b.title;
            } else if (x->kind == K_SHINGLE)
                f[F_N_SHINGLE]++;
        }
    free(seen);
}

static const struct digest_trace_edge *edge_of(size_t a, size_t b, int weak)
{
    size_t x = a < b ? a : b, y = a < b ? b : a;
    for (size_t i = 0; i < tr.t.ne; i++)
        if (tr.t.e[i].a == x && tr.t.e[i].b == y && tr.t.e[i].weak == weak)
            return &tr.t.e[i];
    return NULL;
}

static const struct digest_trace_pair *pair_of(size_t a, size_t b)
{
    const struct digest_trace_pair *p =
        a < b ? &tr.t.pair[a * tr.t.nc + b] : &tr.t.pair[b * tr.t.nc + a];
    return p->verdict ? p : NULL;
}

/* What the post pairs across stories s and t say; returns the compared. */
static size_t pair_features(size_t s, size_t t, double *f)
{
    size_t ns = st.first[s + 1] - st.first[s], nt = st.first[t + 1] - st.first[t], n = 0;
    size_t meet_s = 0, *meet_t = eval_xcalloc(nt, sizeof *meet_t);
    double cos_sum = 0, near = -1;
    f[F_HON_MAX] = -99;
    for (size_t i = st.first[s]; i < st.first[s + 1]; i++) {
        size_t a = st.mem[i], met = 0;
        for (size_t jj = 0; jj < nt; jj++) {
            size_t b = st.mem[st.first[t] + jj];
            const struct digest_post *pa = &tr.t.d->posts[tr.t.post_of[a]],
                                     *pb = &tr.t.d->posts[tr.t.post_of[b]];
            double min = fabs((double)(pa->published_at - pb->published_at)) / 60000.0;
            if (near < 0 || min < near)
                near = min;
            const struct digest_trace_pair *p = pair_of(a, b);
            if (!p)
                continue;
            n++;
            met = 1;
            meet_t[jj] = 1;
            cos_sum += p->cos;
            f[F_COS_MAX] = fmax(f[F_COS_MAX], p->cos);
            f[F_HON_MAX] = fmax(f[F_HON_MAX], (double)p->halves - p->toll - p->need);
            const struct digest_trace_edge *e = edge_of(a, b, 0);
            if (e && e->w > 0) {
                f[F_EDGES]++;
                f[F_EDGE_W_MAX] = fmax(f[F_EDGE_W_MAX], e->w);
            } else if (e)
                f[F_THIN]++;
            f[F_WEAK] += edge_of(a, b, 1) != NULL;
        }
        meet_s += met;
    }
    size_t mt = 0;
    for (size_t jj = 0; jj < nt; jj++)
        mt += meet_t[jj];
    free(meet_t);
    double ms = (double)meet_s / (double)ns, mtt = (double)mt / (double)nt;
    f[F_COS_MEAN] = n ? cos_sum / (double)n : 0;
    f[F_COMPARED] = (double)n / (double)(ns * nt);
    f[F_MEET_MIN] = fmin(ms, mtt);
    f[F_MEET_MAX] = fmax(ms, mtt);
    f[F_MINUTES] = near;
    f[F_LINKED] = (f[F_EDGES] + f[F_THIN] + f[F_WEAK]) / (double)(ns * nt);
    return n;
}

static int holds(size_t s, uint64_t h)
{
    for (size_t i = st.first[s]; i < st.first[s + 1]; i++)
        for (size_t j = tr.t.off[st.mem[i]]; j < tr.t.off[st.mem[i] + 1]; j++)
            if (tr.t.k[j].h == h)
                return 1;
    return 0;
}

/* The names a title of story s writes that story t holds nowhere (each
 * once); *person, those of them person-like. */
static size_t apart(size_t s, size_t t, size_t *person)
{
    size_t n = 0;
    uint64_t *seen = eval_xcalloc(tr.t.off[tr.t.nc] + 1, sizeof *seen);
    for (size_t i = st.first[s]; i < st.first[s + 1]; i++)
        for (size_t j = tr.t.off[st.mem[i]]; j < tr.t.off[st.mem[i] + 1]; j++) {
            const struct digest_trace_key *x = &tr.t.k[j];
            if (!eval_key_is_name(x->kind) || x->kind == K_NUMBER ||
                !eval_key_in_title(x->kind, x->w) || holds(t, x->h))
                continue;
            int dup = 0;
            for (size_t q = 0; q < n && !dup; q++)
                dup = seen[q] == x->h;
            if (dup)
                continue;
            seen[n++] = x->h;
            *person += tr.cls[j] == N_PERSON;
        }
    free(seen);
    return n;
}

/* The rows of one day: a row per pair of stories with a compared pair. */
static void day_rows(const char *label)
{
    for (size_t s = 0; s < st.n; s++)
        for (size_t t = s + 1; t < st.n; t++) {
            double f[NF] = {0};
            if (!pair_features(s, t, f))
                continue;
            size_t ns = st.first[s + 1] - st.first[s], nt = st.first[t + 1] - st.first[t];
            f[F_SIZE_MIN] = (double)(ns < nt ? ns : nt);
            f[F_SIZE_MAX] = (double)(ns < nt ? nt : ns);
            f[F_SAME_LANG] = strcmp(st.lang[s], st.lang[t]) == 0;
            key_features(s, t, f);
            size_t person = 0, as = apart(s, t, &person), at = apart(t, s, &person);
            f[F_APART_MIN] = (double)(as < at ? as : at);
            f[F_APART_MAX] = (double)(as < at ? at : as);
            f[F_APART_PERSON] = (double)person;
            printf("%s\t%s\t%zu\t%zu", label, tr.t.d->lang, s, t);
            for (int i = 0; i < NF; i++)
                printf("\t%.4g", f[i]);
            printf("\t%d\n", strcmp(st.gold[s], st.gold[t]) == 0);
        }
}

/* ------------------------------------------------------------ a day's run */

/* The day's grouping (tools/eval's), traced into a fresh trace. */
static int day_group(const struct day *d, size_t *group)
{
    memset(&tr, 0, sizeof tr);
    tr.t.d = d;
    return day_grouping(d, &tracer, group);
}

/* Each post's row for -p: a candidate's story, or its own past them. */
static void post_rows(FILE *out, const char *label)
{
    size_t *story = eval_xcalloc(tr.t.d->n, sizeof *story);
    for (size_t i = 0; i < tr.t.d->n; i++)
        story[i] = st.n + i;
    for (size_t c = 0; c < tr.t.nc; c++)
        story[tr.t.post_of[c]] = st.sid[c];
    for (size_t i = 0; i < tr.t.d->n; i++)
        fprintf(out, "%s\t%s\t%lld\t%zu\t%s\n", label, tr.t.d->lang, (long long)tr.t.d->posts[i].id,
                story[i], tr.t.d->story[i]);
    free(story);
}

int main(int argc, char **argv)
{
    static struct day d;
    static size_t group[EVAL_MAX_POSTS];
    FILE *posts = NULL;
    int a = 1;
    if (a + 1 < argc && !strcmp(argv[a], "-p")) {
        posts = fopen(argv[a + 1], "w");
        if (!posts) {
            perror(argv[a + 1]);
            return 1;
        }
        fprintf(posts, "day\tlang\tpost\tstory\tgold\n");
        a += 2;
    }
    printf("day\tlang\tstory_a\tstory_b");
    for (int i = 0; i < NF; i++)
        printf("\t%s", feat_name[i]);
    printf("\tgold\n");
    for (; a < argc; a++) {
        const char *s = strrchr(argv[a], '/');
        char label[96];
        s = s ? s + 1 : argv[a];
        snprintf(label, sizeof label, "%.*s", (int)strcspn(s, "."), s);
        if (day_load(&d, argv[a]) < 0 || day_group(&d, group) < 0) {
            fprintf(stderr, "%s: cannot be read or grouped\n", argv[a]);
            day_free(&d);
            return 1;
        }
        stories_build(group);
        if (!stage_is_items())
            fprintf(stderr, "%s: the last stage's stories are not the items'\n", label);
        day_rows(label);
        if (posts)
            post_rows(posts, label);
        stories_free();
        trace_free();
        day_free(&d);
    }
    if (posts)
        fclose(posts);
    return 0;
}
