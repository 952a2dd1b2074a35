/*
 * digest_linked.h: the one story a lone post's links reach
 * (digest_linked.c), for digest_centroid().
 */
#ifndef CRIER_DIGEST_LINKED_H
#define CRIER_DIGEST_LINKED_H

#include "digest_int.h"

/* one[c], for each of the nc posts: the root (uf_find()) of the one story
 * that every edge and weak link of post c reaches, thin edges and links of
 * no weight too; LINKED_NONE when c has none; LINKED_MANY when they reach
 * two stories or more, or c's own story. */
#define LINKED_NONE UINT32_MAX
#define LINKED_MANY (UINT32_MAX - 1)
void digest_linked_story(const struct digest_edges *e, struct groups *g, size_t nc, uint32_t *one);

#endif
