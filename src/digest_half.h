/*
 * digest_half: two stories that are a story's two halves, by a name of
 * theirs alone in titles of both and a kind of event both titles name
 * (digest_half.c).
 */
#ifndef CRIER_DIGEST_HALF_H
#define CRIER_DIGEST_HALF_H

#include <stddef.h>

struct digest_edges;
struct keyset;
struct postings;
struct groups;

/* After digest_join(): two stories of two posts or more join when a name
 * (a name's key in a post of each, its word or alias in the others) is
 * theirs alone and in a title of each, a title of each names one kind of
 * event (digest_event_kinds()), and an edge of weight thr or more ties
 * them; a story two stories would join stays as it is. */
void digest_halves(const struct digest_edges *e, const struct keyset *ks, const struct postings *pl,
                   size_t nc, size_t df_cap, double thr, const uint8_t *filler, struct groups *g);

#endif
