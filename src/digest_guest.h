/*
 * digest_guest: one broadcast interview, two stories (digest_guest.c).
 */
#ifndef CRIER_DIGEST_GUEST_H
#define CRIER_DIGEST_GUEST_H

#include <stddef.h>

struct keyset;
struct postings;

/* Whether posts c and o name one broadcaster (a K_MEDIA key both hold):
 * both report one interview, and the guest's words, name and office are
 * every story's that the interview feeds. */
int digest_guest_aired(const struct keyset *ks, const struct postings *pl, size_t c, size_t o);

#endif
