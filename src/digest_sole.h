/* digest_sole: a name two posts share that no other story holds (digest_sole.c). */
#ifndef CRIER_DIGEST_SOLE_H
#define CRIER_DIGEST_SOLE_H

#include <stddef.h>
#include <stdint.h>

struct keyset;
struct groups;

/* The holders of each key of ks, built on the first question (NULL until then). */
struct digest_sole;

/* Whether lone post s and post o of story t share a name (K_NAME, in both)
 * that every candidate holding it is s or a post of t. *x: the holders,
 * built on the first call; free with digest_sole_free(). */
int digest_sole_name(const struct keyset *ks, struct groups *g, size_t nc, size_t s, size_t o,
                     size_t t, struct digest_sole **x);

void digest_sole_free(struct digest_sole *x);

#endif
