/*
 * eval: the selection benchmark of issue 11 (`make eval`). It reads news days
 * written in the shape of real wire copy (eval/days/<name>.json, described in
 * eval/README.md), each with an editor's gold answer written before any run,
 * feeds every day to digest_select() with the default weights and the day's
 * window, and prints, per day and per channel language, beside the issue's
 * targets:
 *   - B-cubed precision, recall and F1 of the story grouping, and how many
 *     pairs of gold stories were wrongly merged;
 *   - NDCG@5 of the chosen items (the gold story of each item's
 *     representative post) against the editor's top 5;
 *   - lede accuracy: lede_extract() of every post's body equal, trimmed, to
 *     the true first sentence;
 *   - filler (importance-0 items chosen while a story of importance 1 or
 *     more is left out) and items shown in another language than the
 *     channel's although their group has a post in it.
 * digest_select() returns only the K chosen items, so the full grouping is
 * read from a second call with no K and no tag cap (the grouping does not
 * depend on either); a post no item covers counts as its own group.
 * A benchmark, not a test: it always exits 0 unless a file cannot be read.
 *   build/rel/tools/eval [-v] [-s] eval/days/NAME.json ...
 * -v also lists the chosen items (a split story shows "again"), the wrong
 * merges, the wrong ledes, the filler and the foreign items; -s explains
 * each split story (tools/eval_split.c) and counts the splits by the check
 * that refused them.
 */
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "digest.h"
#include "eval_day.h"
#include "eval_split.h"
#include "lede.h"


/* The targets, printed beside the figures. */
#define TARGET_F1 0.92
#define TARGET_NDCG 0.90
#define TARGET_LEDE 0.95

/* Fixed audience, so that engagement is the share of it a story was read by. */

/* Sums over posts (B-cubed, ledes) and over days (NDCG), per row. */
struct tally {
    double prec, rec; /* sums of per-post B-cubed precision and recall */
    size_t posts, ledes_ok, wrong_merges, days;
    size_t filler, foreign; /* items breaking the two selection targets */
    double ndcg;            /* sum over days */
};

static int verbose, explain;

/* B-cubed over the posts of the day (all of them: the channel shows every
 * language it receives). */
static void bcubed(const struct day *d, const size_t *group, struct tally *t)
{
    for (size_t i = 0; i < d->n; i++) {
        size_t both = 0, pred = 0, gold = 0;
        for (size_t j = 0; j < d->n; j++) {
            int same_pred = group[i] == group[j];
            int same_gold = strcmp(d->story[i], d->story[j]) == 0;
            pred += same_pred;
            gold += same_gold;
            both += same_pred && same_gold;
        }
        t->prec += (double)both / (double)pred;
        t->rec += (double)both / (double)gold;
    }
    t->posts += d->n;
}

/* Pairs of different gold stories that share a predicted group: each one is a
 * merge an editor would undo, counted once per pair of stories. */
static size_t wrong_merges(const struct day *d, const size_t *group)
{
    size_t *sid = calloc(d->n, sizeof *sid), bad = 0;
    unsigned char *met = calloc(d->n * d->n, 1); /* story pair already counted */
    if (!sid || !met)
        abort();
    for (size_t i = 0; i < d->n; i++) /* sid[i]: first post of i's story */
        for (sid[i] = 0; strcmp(d->story[sid[i]], d->story[i]) != 0; sid[i]++)
            ;
    for (size_t i = 0; i < d->n; i++)
        for (size_t j = i + 1; j < d->n; j++) {
            if (group[i] != group[j] || sid[i] == sid[j] || met[sid[i] * d->n + sid[j]])
                continue;
            met[sid[i] * d->n + sid[j]] = met[sid[j] * d->n + sid[i]] = 1;
            bad++;
            if (verbose)
                printf("  wrong merge: %s (post %lld) with %s (post %lld)\n", d->story[i],
                       (long long)d->posts[i].id, d->story[j], (long long)d->posts[j].id);
        }
    free(sid);
    free(met);
    return bad;
}

/* With -v: every gold story told in more than one predicted group, with the
 * posts of each group, so that a missed merge can be read. */
static void splits_print(const struct day *d, const size_t *group)
{
    for (size_t i = 0; i < d->n; i++) {
        size_t first = 0, split = 0;
        while (strcmp(d->story[first], d->story[i]) != 0)
            first++;
        if (first != i)
            continue; /* the story was printed with its first post */
        for (size_t j = i + 1; j < d->n; j++)
            split |= !strcmp(d->story[j], d->story[i]) && group[j] != group[i];
        if (!split)
            continue;
        printf("  split: %s:", d->story[i]);
        for (size_t j = i; j < d->n; j++) {
            if (strcmp(d->story[j], d->story[i]) != 0)
                continue;
            size_t lead = i; /* the story's first post in j's group */
            while (group[lead] != group[j] || strcmp(d->story[lead], d->story[i]) != 0)
                lead++;
            if (lead != j)
                continue;
            printf(" [");
            for (size_t k = j; k < d->n; k++)
                if (group[k] == group[j] && !strcmp(d->story[k], d->story[i]))
                    printf("%s%lld", k == j ? "" : " ", (long long)d->posts[k].id);
            printf("]");
        }
        printf("\n");
    }
}

/* With -v: for each group holding posts of two gold stories, why each of
 * its merged posts is there (digest_why). */
static void why_print(const struct day *d, const struct digest_item *every, size_t nevery)
{
    for (size_t g = 0; g < nevery; g++) {
        const struct digest_item *x = &every[g];
        size_t r = day_post_index(d, x->post_id);
        int mixed = 0;
        for (size_t k = 0; k < x->nmerged && r != SIZE_MAX; k++) {
            size_t m = SIZE_MAX;
            for (size_t i = 0; i < d->n; i++)
                if (d->posts[i].seq == x->merged[k])
                    m = i;
            mixed |= m != SIZE_MAX && strcmp(d->story[m], d->story[r]) != 0;
        }
        if (!mixed)
            continue;
        printf("  why group of post %lld (%s):\n", (long long)x->post_id, d->story[r]);
        for (size_t k = 0; k < x->nwhy; k++) {
            const struct digest_why *w = &x->why[k];
            printf("    %lld with %lld:", (long long)w->seq, (long long)w->with);
            for (size_t t = 0; t < w->nshared; t++)
                printf("%s %s", t ? "," : "", w->shared[t]);
            printf("\n");
        }
    }
}

/* NDCG@5 with graded gains: the editor's first story is worth 5, the fifth 1,
 * any other 0; a story chosen twice (split in two items) gains only once. */
static double ndcg5(const struct day *d, const struct digest_item *it, size_t nit)
{
    double dcg = 0, idcg = 0;
    const char *seen[EVAL_TOP] = {0};
    for (size_t k = 0; k < d->ntop; k++)
        idcg += (double)(EVAL_TOP - k) / log2((double)k + 2);
    for (size_t k = 0; k < nit && k < EVAL_TOP; k++) {
        size_t r = day_post_index(d, it[k].post_id);
        const char *s = r == SIZE_MAX ? "" : d->story[r];
        int dup = 0;
        for (size_t j = 0; j < k; j++)
            dup |= seen[j] && !strcmp(seen[j], s);
        seen[k] = s;
        if (verbose)
            printf("  item %zu: %s (post %lld, %.2f)%s\n", k + 1, s, (long long)it[k].post_id,
                   it[k].score, dup ? " again" : "");
        for (size_t g = 0; g < d->ntop && !dup; g++)
            if (!strcmp(d->top5[g], s))
                dcg += (double)(EVAL_TOP - g) / log2((double)k + 2);
    }
    return idcg > 0 ? dcg / idcg : 0;
}

static char *trimmed(const char *s)
{
    while (*s == ' ' || *s == '\n' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t'))
        n--;
    return strndup(s, n);
}

static size_t ledes_ok(const struct day *d)
{
    size_t ok = 0;
    for (size_t i = 0; i < d->n; i++) {
        const struct digest_post *p = &d->posts[i];
        char *got = NULL;
        int rc = lede_extract(p->body, strlen(p->body), p->lang, &got);
        char *a = trimmed(rc == 0 ? got : ""), *b = trimmed(d->lede[i]);
        int same = strcmp(a, b) == 0;
        ok += same;
        if (!same && verbose)
            printf("  lede of post %lld:\n    got  %s\n    want %s\n", (long long)p->id, a, b);
        free(a);
        free(b);
        free(got);
    }
    return ok;
}

/* Chosen items of importance 0 while a story of importance 1 or more, among
 * every story of the window, was left out: the issue wants none. */
static size_t filler_chosen(const struct digest_item *it, size_t nit,
                            const struct digest_item *every, size_t nevery)
{
    size_t filler = 0, left_out = 0;
    for (size_t k = 0; k < nit; k++)
        filler += it[k].importance <= 0;
    for (size_t g = 0; g < nevery && filler; g++) {
        int chosen = 0;
        for (size_t k = 0; k < nit; k++)
            chosen |= it[k].post_id == every[g].post_id;
        left_out += !chosen && every[g].importance > 0;
    }
    if (verbose && filler && left_out)
        printf("  %zu filler item(s) chosen while %zu important stories were left out\n", filler,
               left_out);
    return left_out ? filler : 0;
}

static int lang_is(const char *lang, const char *want)
{
    size_t n = strlen(want);
    return lang && strncmp(lang, want, n) == 0 && (lang[n] == 0 || lang[n] == '-');
}

/* Chosen items shown in another language than the channel's although their
 * story has a post in the channel's language. */
static size_t foreign_items(const struct day *d, const struct digest_item *it, size_t nit)
{
    size_t bad = 0;
    for (size_t k = 0; k < nit; k++) {
        size_t r = day_post_index(d, it[k].post_id);
        if (r == SIZE_MAX || lang_is(d->posts[r].lang, d->lang))
            continue;
        int has = 0;
        for (size_t m = 0; m < it[k].nmerged && !has; m++) {
            size_t j = day_post_index(d, it[k].merged[m]);
            has = j != SIZE_MAX && lang_is(d->posts[j].lang, d->lang);
        }
        bad += has;
        if (has && verbose)
            printf("  item %zu (post %lld) is in %s on a %s channel\n", k + 1,
                   (long long)it[k].post_id, d->posts[r].lang, d->lang);
    }
    return bad;
}

static void row_print(const char *label, const char *lang, const struct tally *t)
{
    double p = t->posts ? t->prec / (double)t->posts : 0,
           r = t->posts ? t->rec / (double)t->posts : 0;
    double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
    printf("%-28s %-4s %5zu  %4.2f (%4.2f/%4.2f) %6zu   %5.2f   %5.1f %%  %6zu  %7zu\n", label,
           lang, t->posts, f1, p, r, t->wrong_merges, t->days ? t->ndcg / (double)t->days : 0,
           t->posts ? 100.0 * (double)t->ledes_ok / (double)t->posts : 0, t->filler, t->foreign);
}

static void tally_add(struct tally *to, const struct tally *t)
{
    to->prec += t->prec;
    to->rec += t->rec;
    to->posts += t->posts;
    to->ledes_ok += t->ledes_ok;
    to->wrong_merges += t->wrong_merges;
    to->filler += t->filler;
    to->foreign += t->foreign;
    to->days += t->days;
    to->ndcg += t->ndcg;
}

/* Runs one day: the real selection for NDCG, the uncapped one for grouping. */
static int day_eval(const struct day *d, struct tally *t)
{
    struct digest_weights w, all;
    struct digest_item *it = NULL, *every = NULL;
    size_t nit = 0, nevery = 0;
    digest_weights_default(&w);
    w.lang = d->lang; /* as selection.c passes the channel's language */
    day_weights_uncapped(d, &all);
    if (verbose)
        printf("%s\n", d->name);
    int rc = digest_select(d->posts, d->n, &w, d->start, d->end, EVAL_AUDIENCE, &it, &nit);
    if (rc == 0) {
        if (explain)
            split_trace_begin();
        rc = digest_select(d->posts, d->n, &all, d->start, d->end, EVAL_AUDIENCE, &every, &nevery);
        split_trace_end();
    }
    if (rc < 0) {
        fprintf(stderr, "%s: digest_select: %s\n", d->name, strerror(-rc));
        return rc;
    }
    size_t *group = calloc(d->n, sizeof *group);
    if (!group)
        abort();
    day_groups_of(d, every, nevery, group);
    memset(t, 0, sizeof *t);
    t->days = 1;
    t->ndcg = ndcg5(d, it, nit);
    bcubed(d, group, t);
    t->wrong_merges = wrong_merges(d, group);
    if (verbose) {
        splits_print(d, group);
        why_print(d, every, nevery);
    }
    if (explain) {
        if (!verbose)
            printf("%s\n", d->name);
        split_explain(&(struct day_view){d->posts, d->story, d->n}, group, all.group_threshold);
    }
    t->ledes_ok = ledes_ok(d);
    t->filler = filler_chosen(it, nit, every, nevery);
    t->foreign = foreign_items(d, it, nit);
    free(group);
    digest_items_free(it, nit);
    digest_items_free(every, nevery);
    return 0;
}

/* "eval/days/2026-10-20-fr-matin.json" -> "2026-10-20-fr-matin" in buf. */
static const char *day_label(const char *path, char *buf, size_t size)
{
    const char *s = strrchr(path, '/');
    s = s ? s + 1 : path;
    size_t n = strcspn(s, ".");
    snprintf(buf, size, "%.*s", (int)n, s);
    return buf;
}

int main(int argc, char **argv)
{
    static struct day d; /* large: kept off the stack */
    struct tally fr = {0}, en = {0};
    int first = 1;
    for (; first < argc && argv[first][0] == '-'; first++) {
        if (!strcmp(argv[first], "-v"))
            verbose = 1;
        else if (!strcmp(argv[first], "-s"))
            explain = 1;
        else
            break;
    }
    printf("%-28s %-4s %5s  %-16s %6s  %6s  %7s  %6s  %7s\n", "day", "lang", "posts", "F1 (P/R)",
           "merges", "NDCG@5", "ledes", "filler", "foreign");
    for (int a = first; a < argc; a++) {
        struct tally t;
        if (day_load(&d, argv[a]) < 0 || day_eval(&d, &t) < 0) {
            day_free(&d);
            return 1;
        }
        char label[64];
        row_print(day_label(argv[a], label, sizeof label), d.lang, &t);
        tally_add(!strncmp(d.lang, "fr", 2) ? &fr : &en, &t);
        day_free(&d);
    }
    if (fr.days) /* a language without a day has no total to show */
        row_print("all French channels", "fr", &fr);
    if (en.days)
        row_print("all English channels", "en", &en);
    printf("%-28s %-4s %5s  %4.2f %18s   %5.2f   %5.1f %%  %6d  %7d\n", "issue 11 targets", "", "",
           TARGET_F1, "0", TARGET_NDCG, 100 * TARGET_LEDE, 0, 0);
    if (explain)
        split_counts_print();
    return 0;
}
