/*
 * digest_recall: a weak link whose posts share much of their own though a
 * title is not met (digest_recall.c).
 */
#ifndef CRIER_DIGEST_RECALL_H
#define CRIER_DIGEST_RECALL_H

#include <stdint.h>

/* A weak link's w (struct digest_edges, digest_int.h) when its two posts
 * share a name of their own, a word of what happened and RECALL_HALVES
 * halves, though a title of one is not met in the other. */
#define WEAK_RECALLS (-2.0f)

/* The w of a weak link: eventn, whole features of what happened shared;
 * titles, both titles met; own, a name of their own shared; halves, the
 * shared features in halves, less the hub's and the toll's. */
float digest_weak_w(uint32_t eventn, int titles, int own, uint32_t halves);

#endif
