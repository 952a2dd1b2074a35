/*
 * pairs: one row of features per pair of posts that the grouping compared,
 * with the gold label, for a pair score fitted on labelled pairs (issue 11,
 * hundred-and-sixth round; eval/learn.py reads the rows, eval/README.md's
 * last section tells what came of it). `make pairs` writes build/pairs.tsv.
 *   build/rel/tools/pairs eval/days/NAME.json ... > pairs.tsv
 * Each day runs through the uncapped digest_select() of tools/eval with the
 * grouping's tracer (digest_trace.h) set; every pair of candidates that
 * digest_pairs() looked at (they share a key it walks: df 2 .. df_cap, of
 * weight in both) gives a row: what the two posts share, by the keys'
 * kinds and places and where they stand (title or body), the cosine, the
 * halves and their need, the rarest shared key, language and time apart;
 * then what the rules made of it (columns cur_*: skipped, refused, a weak
 * link, a thin edge, an edge that weighs and its weight, one group at the
 * end); then gold (1: same story). Read only: the grouping is the one
 * tools/eval measures (the tracer changes nothing).
 *
 * Names are sorted by what the library knows of their keys: a country or
 * its adjective and a region (digest_key_place()), a facility's common
 * noun (digest_facility_name()), the alias table's towns and entities
 * (K_ALIAS), figures (K_NUMBER); the rest by their text: an acronym (all
 * capitals) or a name holding an organisation's word is an organisation,
 * a name of two or three capitalised words or the last word of a longer
 * name (K_HALF) person-like, one word else (mostly towns).
 */
#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "digest.h"
#include "digest_int.h"
#include "digest_trace.h"
#include "eval_day.h"
#include "eval_trace.h"

/* ------------------------------------------------------------ the trace */

struct trace {
    struct eval_trace t;
    int *cls;       /* per key: its name class (day_name_class()), -1 not a name walked */
    size_t *walked; /* per candidate: its keys walked (df 2 .. df_cap, of weight) */
};

static struct trace tr;

/* Keys come first (digest_pairs()), single-threaded: what every pair reads
 * is laid out here, so that the rows' threads only read. */
static void on_keys(void *ctx, size_t nc, size_t df_cap, const size_t *off,
                    const struct digest_trace_key *k)
{
    (void)ctx;
    eval_trace_keys(&tr.t, nc, df_cap, off, k);
    tr.walked = eval_xcalloc(nc, sizeof *tr.walked);
    tr.cls = eval_xcalloc(off[nc], sizeof *tr.cls);
    for (size_t c = 0; c < nc; c++)
        for (size_t i = off[c]; i < off[c + 1]; i++) {
            int walked = eval_key_walks(&tr.t, &k[i]);
            tr.walked[c] += walked != 0;
            tr.cls[i] = walked && eval_key_is_name(k[i].kind)
                            ? day_name_class(&tr.t.d->posts[tr.t.post_of[c]], &k[i])
                            : -1;
        }
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

static void trace_free(void)
{
    free(tr.cls);
    free(tr.walked);
    eval_trace_free(&tr.t);
    memset(&tr, 0, sizeof tr);
}

/* ------------------------------------------------------------ the features */

/* The features of a pair, in the rows' order (F_* and feat_name[]). */
enum {
    F_SAME_LANG,
    F_MINUTES,
    F_COS,
    F_HALVES,
    F_TOLL,
    F_HUB,
    F_NEED,
    F_TITLES,
    F_SHARED,
    F_NAME,
    F_WORD,
    F_SHINGLE,
    F_CLASS, /* N_CLASSES of them */
    F_NAME_TT = F_CLASS + N_CLASSES,
    F_NAME_TB,
    F_NAME_BB,
    F_WORD_TT,
    F_WORD_TB,
    F_WORD_BB,
    F_MIN_DF,
    F_IDF_SUM,
    F_NAME_IDF_SUM,
    F_KEYS_MIN,
    F_KEYS_MAX,
    F_HALVES_OVER_NEED,
    NF
};
static const char *const feat_name[NF] = {
    "same_lang", "minutes",         "cos",        "halves",  "toll",         "hub",
    "need",      "titles",          "n_shared",   "n_name",  "n_word",       "n_shingle",
    "n_country", "n_region",        "n_facility", "n_alias", "n_figure",     "n_org",
    "n_person",  "n_other_name",    "name_tt",    "name_tb", "name_bb",      "word_tt",
    "word_tb",   "word_bb",         "min_df",     "idf_sum", "name_idf_sum", "keys_min",
    "keys_max",  "halves_over_need"};

/* What candidates a < b share (the keys both hold and digest_pairs() walks),
 * with p, what digest_pairs() measured of them (before its verdict). */
static void pair_features(size_t a, size_t b, const struct digest_trace_pair *p, double *f)
{
    const struct digest_post *pa = &tr.t.d->posts[tr.t.post_of[a]],
                             *pb = &tr.t.d->posts[tr.t.post_of[b]];
    memset(f, 0, NF * sizeof *f);
    f[F_SAME_LANG] = strncmp(pa->lang, pb->lang, 2) == 0;
    f[F_MINUTES] = fabs((double)(pa->published_at - pb->published_at)) / 60000.0;
    f[F_COS] = p->cos;
    f[F_HALVES] = p->halves;
    f[F_TOLL] = p->toll;
    f[F_HUB] = p->hub;
    f[F_NEED] = p->need;
    f[F_TITLES] = p->titles;
    f[F_HALVES_OVER_NEED] = (double)p->halves - p->toll - p->need;
    f[F_KEYS_MIN] = (double)(tr.walked[a] < tr.walked[b] ? tr.walked[a] : tr.walked[b]);
    f[F_KEYS_MAX] = (double)(tr.walked[a] < tr.walked[b] ? tr.walked[b] : tr.walked[a]);
    for (size_t i = tr.t.off[a]; i < tr.t.off[a + 1]; i++)
        for (size_t j = tr.t.off[b]; j < tr.t.off[b + 1]; j++) {
            const struct digest_trace_key *x = &tr.t.k[i], *y = &tr.t.k[j];
            if (x->h != y->h || !eval_key_walks(&tr.t, x) || y->w <= 0)
                continue;
            f[F_SHARED]++;
            f[F_IDF_SUM] += x->idf;
            if (!f[F_MIN_DF] || x->df < f[F_MIN_DF])
                f[F_MIN_DF] = x->df;
            int ta = eval_key_in_title(x->kind, x->w), tb = eval_key_in_title(y->kind, y->w);
            int where = ta && tb ? 0 : ta || tb ? 1 : 2;
            if (eval_key_is_name(x->kind)) {
                f[F_NAME]++;
                f[F_NAME_IDF_SUM] += x->idf;
                f[F_CLASS + tr.cls[i]]++;
                f[F_NAME_TT + where]++;
            } else if (eval_key_is_word(x->kind)) {
                f[F_WORD]++;
                f[F_WORD_TT + where]++;
            } else if (x->kind == K_SHINGLE)
                f[F_SHINGLE]++;
        }
}

/* ------------------------------------------------------------ the rows */

static const struct digest_tracer tracer = {NULL, on_keys, on_pair, on_edges, NULL, NULL, NULL};

static const struct digest_trace_edge *edge_of(size_t a, size_t b, int weak)
{
    for (size_t i = 0; i < tr.t.ne; i++)
        if (tr.t.e[i].a == a && tr.t.e[i].b == b && tr.t.e[i].weak == weak)
            return &tr.t.e[i];
    return NULL;
}

static void header(void)
{
    printf("day\tlang\tpost_a\tpost_b");
    for (int i = 0; i < NF; i++)
        printf("\t%s", feat_name[i]);
    printf("\tcur_verdict\tcur_thin\tcur_weak\tcur_edge\tcur_w\tcur_group\tgold\n");
}

/* The rows of one day: group[i], post i's final group. */
static void day_rows(const char *label, const size_t *group)
{
    const struct day *d = tr.t.d;
    for (size_t a = 0; a < tr.t.nc; a++)
        for (size_t b = a + 1; b < tr.t.nc; b++) {
            const struct digest_trace_pair *p = &tr.t.pair[a * tr.t.nc + b];
            if (!p->verdict)
                continue;
            double f[NF];
            pair_features(a, b, p, f);
            size_t ia = tr.t.post_of[a], ib = tr.t.post_of[b];
            printf("%s\t%s\t%lld\t%lld", label, d->lang, (long long)d->posts[ia].id,
                   (long long)d->posts[ib].id);
            for (int i = 0; i < NF; i++)
                printf(i == F_COS                              ? "\t%.4f"
                       : i == F_IDF_SUM || i == F_NAME_IDF_SUM ? "\t%.3f"
                                                               : "\t%.0f",
                       f[i]);
            const struct digest_trace_edge *e = edge_of(a, b, 0), *w = edge_of(a, b, 1);
            printf("\t%u\t%u\t%d\t%d\t%.4f\t%d\t%d\n", p->verdict, p->thin, w != NULL,
                   e ? (e->w > 0 ? 2 : 1) : 0, e ? (double)e->w : 0.0, group[ia] == group[ib],
                   strcmp(d->story[ia], d->story[ib]) == 0);
        }
}

/* ------------------------------------------------------------ the trial */

/* One fold's model (eval/learn.py --weights): the days it was not fitted
 * on, and for each feature its column, log1p or not, mean and scale, weight;
 * the bias last; the threshold of the current edge's precision on the
 * fitting days. */
#define MAX_FOLDS 5
struct model {
    char *days;
    int col[NF], logf[NF];
    double mean[NF], sd[NF], w[NF + 1], thr;
    size_t nf;
};
static struct model models[MAX_FOLDS];
static size_t nmodels;
static const struct model *model; /* the day's */
static double offset;             /* -o: added to every fold's threshold */

static int model_load(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -errno;
    char *line = NULL;
    size_t cap = 0;
    struct model *m = NULL;
    while (getline(&line, &cap, f) > 0) {
        line[strcspn(line, "\n")] = 0;
        char *rest = strchr(line, ' ');
        if (!rest)
            continue;
        *rest++ = 0;
        if (!strcmp(line, "fold")) {
            if (nmodels == MAX_FOLDS)
                break;
            m = &models[nmodels++];
            char *t = strstr(rest, "threshold ");
            m->thr = t ? strtod(t + 10, NULL) : 0;
            continue;
        }
        if (!m)
            continue;
        if (!strcmp(line, "days")) {
            m->days = malloc(strlen(rest) + 3);
            if (!m->days)
                abort();
            snprintf(m->days, strlen(rest) + 3, " %s ", rest);
            continue;
        }
        size_t n = 0;
        for (char *tok = strtok_r(rest, " ", &rest); tok && n <= NF;
             tok = strtok_r(NULL, " ", &rest), n++) {
            if (!strcmp(line, "names")) {
                m->col[n] = -1;
                for (int i = 0; i < NF; i++)
                    if (!strcmp(feat_name[i], tok))
                        m->col[n] = i;
                if (m->col[n] < 0) {
                    fprintf(stderr, "%s: feature %s is not one tools/pairs computes\n", path, tok);
                    free(line);
                    fclose(f);
                    return -EINVAL;
                }
                m->nf = n + 1;
            } else if (!strcmp(line, "log") && n < NF)
                m->logf[n] = tok[0] == '1';
            else if (!strcmp(line, "mean") && n < NF)
                m->mean[n] = strtod(tok, NULL);
            else if (!strcmp(line, "sd") && n < NF)
                m->sd[n] = strtod(tok, NULL);
            else if (!strcmp(line, "w"))
                m->w[n] = strtod(tok, NULL);
        }
    }
    free(line);
    fclose(f);
    return nmodels ? 0 : -EINVAL;
}

/* The learned edge decision: an edge when the pair's score reaches the
 * fold's threshold. Called from the rows' threads: reads only. */
static int on_decide(void *ctx, const struct digest_trace_pair *p)
{
    (void)ctx;
    double f[NF], z = model->w[model->nf];
    pair_features(p->a, p->b, p, f);
    for (size_t i = 0; i < model->nf; i++) {
        double v = f[model->col[i]];
        if (model->logf[i])
            v = log1p(v > 0 ? v : 0);
        z += model->w[i] * (v - model->mean[i]) / model->sd[i];
    }
    return z >= model->thr + offset;
}

static const struct digest_tracer decider = {NULL, on_keys,   on_pair, on_edges,
                                             NULL, on_decide, NULL};

/* Sums over posts, per row of the trial's table. */
struct tally {
    double prec, rec;
    size_t posts, merges, days;
};

static void score_day(const struct day *d, const size_t *group, struct tally *t)
{
    for (size_t i = 0; i < d->n; i++) {
        size_t both = 0, pred = 0, gold = 0;
        for (size_t j = 0; j < d->n; j++) {
            int sp = group[i] == group[j], sg = strcmp(d->story[i], d->story[j]) == 0;
            pred += sp;
            gold += sg;
            both += sp && sg;
        }
        t->prec += (double)both / (double)pred;
        t->rec += (double)both / (double)gold;
    }
    /* pairs of gold stories sharing a group, each counted once (tools/eval) */
    for (size_t i = 0; i < d->n; i++)
        for (size_t j = i + 1; j < d->n; j++) {
            if (group[i] != group[j] || !strcmp(d->story[i], d->story[j]))
                continue;
            int seen = 0;
            for (size_t a = 0; a <= i && !seen; a++)
                for (size_t b = a + 1; b < d->n && !seen; b++)
                    seen =
                        (a < i || b < j) && group[a] == group[b] &&
                        ((!strcmp(d->story[a], d->story[i]) && !strcmp(d->story[b], d->story[j])) ||
                         (!strcmp(d->story[a], d->story[j]) && !strcmp(d->story[b], d->story[i])));
            t->merges += !seen;
        }
    t->posts += d->n;
    t->days++;
}

static void tally_add(struct tally *to, const struct tally *t)
{
    to->prec += t->prec;
    to->rec += t->rec;
    to->posts += t->posts;
    to->merges += t->merges;
    to->days += t->days;
}

static void tally_print(const char *label, const struct tally *base, const struct tally *learned)
{
    const struct tally *t[2] = {base, learned};
    printf("%-24s %3zu days", label, base->days);
    for (int k = 0; k < 2; k++) {
        double p = t[k]->posts ? t[k]->prec / (double)t[k]->posts : 0,
               r = t[k]->posts ? t[k]->rec / (double)t[k]->posts : 0;
        printf("   %.4f (%.4f/%.4f) %3zu", p + r > 0 ? 2 * p * r / (p + r) : 0, p, r, t[k]->merges);
    }
    printf("\n");
}

/* ------------------------------------------------------------ a day's run */

/* The day's grouping (tools/eval's), traced by t into a fresh trace. */
static int day_group(const struct day *d, const struct digest_tracer *t, size_t *group)
{
    memset(&tr, 0, sizeof tr);
    tr.t.d = d;
    return day_grouping(d, t, group);
}

static const char *usage =
    "usage: pairs DAY.json ...                  one row per compared pair (TSV)\n"
    "       pairs -w WEIGHTS [-o OFFSET] DAY.json ...   the trial: each day grouped with\n"
    "         edges = pairs whose score from the fold that did not fit on it passes the\n"
    "         fold's threshold (+ OFFSET), beside the rules' grouping\n";

int main(int argc, char **argv)
{
    static struct day d;
    static size_t group[EVAL_MAX_POSTS];
    struct tally base[MAX_FOLDS][2] = {{{0}}}, learned[MAX_FOLDS][2] = {{{0}}};
    int a = 1;
    const char *weights = NULL;
    for (; a < argc && argv[a][0] == '-'; a++) {
        if (!strcmp(argv[a], "-w") && a + 1 < argc)
            weights = argv[++a];
        else if (!strcmp(argv[a], "-o") && a + 1 < argc)
            offset = strtod(argv[++a], NULL);
        else {
            fputs(usage, stderr);
            return 2;
        }
    }
    if (weights && model_load(weights) < 0) {
        fprintf(stderr, "%s: cannot be read\n", weights);
        return 1;
    }
    if (weights)
        printf("%-24s %8s   %-29s   %s\n", "held-out fold", "", "rules: F1 (P/R) merges",
               "learned edges: F1 (P/R) merges");
    else
        header();
    for (; a < argc; a++) {
        const char *s = strrchr(argv[a], '/');
        char label[96], key[100];
        s = s ? s + 1 : argv[a];
        snprintf(label, sizeof label, "%.*s", (int)strcspn(s, "."), s);
        if (day_load(&d, argv[a]) < 0) {
            fprintf(stderr, "%s: cannot be read\n", argv[a]);
            day_free(&d);
            return 1;
        }
        int rc = 0;
        if (!weights) {
            rc = day_group(&d, &tracer, group);
            if (rc == 0)
                day_rows(label, group);
        } else {
            snprintf(key, sizeof key, " %s ", label);
            size_t k = 0;
            while (k < nmodels && !(models[k].days && strstr(models[k].days, key)))
                k++;
            if (k == nmodels) {
                fprintf(stderr, "%s: held out by no fold\n", label);
                day_free(&d);
                continue;
            }
            int fr = !strncmp(d.lang, "fr", 2);
            model = &models[k];
            struct tally t = {0};
            rc = day_group(&d, NULL, group);
            if (rc == 0) {
                score_day(&d, group, &t);
                tally_add(&base[k][fr], &t);
                trace_free();
                memset(&t, 0, sizeof t);
                rc = day_group(&d, &decider, group);
            }
            if (rc == 0) {
                score_day(&d, group, &t);
                tally_add(&learned[k][fr], &t);
            }
        }
        trace_free();
        day_free(&d);
        if (rc < 0) {
            fprintf(stderr, "%s: digest_select: %s\n", label, strerror(-rc));
            return 1;
        }
    }
    if (!weights)
        return 0;
    struct tally all_b[2] = {{0}}, all_l[2] = {{0}};
    for (size_t k = 0; k < nmodels; k++)
        for (int fr = 1; fr >= 0; fr--) {
            char label[32];
            snprintf(label, sizeof label, "fold %zu %s", k, fr ? "fr" : "en");
            tally_print(label, &base[k][fr], &learned[k][fr]);
            tally_add(&all_b[fr], &base[k][fr]);
            tally_add(&all_l[fr], &learned[k][fr]);
        }
    tally_print("all folds fr", &all_b[1], &all_l[1]);
    tally_print("all folds en", &all_b[0], &all_l[0]);
    for (size_t k = 0; k < nmodels; k++)
        free(models[k].days);
    return 0;
}
