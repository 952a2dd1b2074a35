/*
 * digest_trace_int: the calls the grouping makes into digest_trace.c, each
 * only while digest_tracer is set (digest_trace.h), through DIGEST_TRACE().
 */
#ifndef CRIER_DIGEST_TRACE_INT_H
#define CRIER_DIGEST_TRACE_INT_H

#include "digest_trace.h"

/* Calls call only while a tracer is set: one test when none is. */
#define DIGEST_TRACE(call)                                                                         \
    do {                                                                                           \
        if (digest_tracer)                                                                         \
            call;                                                                                  \
    } while (0)

struct keyset;
struct postings;
struct digest_edges;
struct groups;

/* Each candidate's keys, once the index is built (digest_pairs()). */
void digest_trace_keys(const struct keyset *ks, const struct postings *pl, size_t nc,
                       size_t df_cap);
/* One pair's verdict (pair_row()). */
void digest_trace_pair(const struct digest_trace_pair *p);
/* The tracer's override of pair p's edge decision: 1 an edge, 0 none, -1
 * (also while no tracer or no decide is set) the rules decide. */
int digest_trace_decide(const struct digest_trace_pair *p);
/* The edges and weak links, weighed (digest_weigh()). */
void digest_trace_edges(const struct digest_edges *e);
/* A pair of stories digest_join() refused, and why. */
void digest_trace_join(const struct digest_trace_join *j);
/* The stories after a stage. */
void digest_trace_stage(const char *name, const struct groups *g, size_t nc);

#endif
