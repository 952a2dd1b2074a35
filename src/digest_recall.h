/*
 * digest_recall: a follow-up whose title takes another angle while its
 * copy recalls the story (digest_recall.c).
 */
#ifndef CRIER_DIGEST_RECALL_H
#define CRIER_DIGEST_RECALL_H

#include <stddef.h>
#include <stdint.h>

struct digest_edges;
struct keyset;
struct postings;
struct groups;

/* A weak link's w (struct digest_edges, digest_int.h) when its two posts
 * share a name of their own, a word of what happened and RECALL_HALVES
 * halves, though a title of one is not met in the other. */
#define WEAK_RECALLS (-2.0f)

/* The w of a weak link: eventn, whole features of what happened shared;
 * titles, both titles met; own, a name of their own shared; halves, the
 * shared features in halves, less the hub's and the toll's. */
float digest_weak_w(uint32_t eventn, int titles, int own, uint32_t halves);

/* After digest_join(): each lone post whose WEAK_RECALLS links all go to
 * one story, and that shares with it a name no post of another story
 * holds and no place (digest_key_place(), digest_alias_town(),
 * digest_facility_name()), joins that story, unless its title names
 * another story (titled[], digest_anchors(): as digest_attach()). */
void digest_recall_attach(const struct digest_edges *e, const struct keyset *ks,
                          const struct postings *pl, size_t nc, struct groups *g,
                          const uint32_t *titled);

#endif
