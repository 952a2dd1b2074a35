/* eval_split: the split explainer of tools/eval (`eval -s`), eval_split.c. */
#ifndef CRIER_EVAL_SPLIT_H
#define CRIER_EVAL_SPLIT_H

#include <stddef.h>

#include "digest.h"

/* A day as the explainer reads it: its posts and each post's gold story. */
struct day_view {
    const struct digest_post *posts;
    const char *const *story;
    size_t n;
};

/* Around the uncapped digest_select() of a day: the grouping's tracer on. */
void split_trace_begin(void);
void split_trace_end(void);

/* After it: each split story of d, explained (group[i]: post i's group),
 * thr the grouping's threshold; the trace is then dropped. */
void split_explain(const struct day_view *d, const size_t *group, double thr);

/* The split pairs of every day explained so far, by check and by what they share. */
void split_counts_print(void);

#endif
