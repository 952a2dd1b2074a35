/*
 * eval_trace: a record of what the grouping's tracer (digest_trace.h) says
 * during one digest_select(), for the tools that study the grouping
 * (tools/eval_split.c, tools/pairs.c, tools/gpairs.c): each candidate's
 * keys, every pair digest_pairs() looked at, the edges after
 * digest_weigh(). A tool's callbacks pass what they are told to the
 * eval_trace_*() calls and keep their own records beside it.
 */
#ifndef CRIER_EVAL_TRACE_H
#define CRIER_EVAL_TRACE_H

#include <stddef.h>
#include <stdint.h>

#include "digest_trace.h"
#include "eval_day.h"

struct eval_trace {
    const struct day *d; /* the day run, set before it (NULL: no post_of) */
    size_t nc, df_cap;
    size_t *off;     /* candidate c's keys: k[off[c] .. off[c + 1]) */
    size_t *post_of; /* post_of[c]: the day's index of candidate c (d set) */
    struct digest_trace_key *k;
    struct digest_trace_pair *pair; /* [a * nc + b], a < b; verdict 0: not compared */
    struct digest_trace_edge *e;
    size_t ne;
};

/* The tracer's keys, pair and edges calls, recorded in t. */
void eval_trace_keys(struct eval_trace *t, size_t nc, size_t df_cap, const size_t *off,
                     const struct digest_trace_key *k);
void eval_trace_pair(struct eval_trace *t, const struct digest_trace_pair *p);
void eval_trace_edges(struct eval_trace *t, const struct digest_trace_edge *v, size_t n);

/* Frees what t holds and clears it (its d too). */
void eval_trace_free(struct eval_trace *t);

/* Key x is walked by digest_pairs(): held by 2 .. df_cap posts, of weight. */
int eval_key_walks(const struct eval_trace *t, const struct digest_trace_key *x);
/* A name's kind (a name, an alias, a person's half, a figure). */
int eval_key_is_name(uint8_t kind);
/* A word's kind (a word, a number's word, an alias's word, a bridge). */
int eval_key_is_word(uint8_t kind);
/* The key was read in the post's title (its weight counts a title twice;
 * a person's half once). */
int eval_key_in_title(uint8_t kind, float w);

#endif
