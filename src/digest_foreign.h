/*
 * digest_foreign.h: the formula's words that two posts of the window's
 * minor language share (digest_foreign.c), for digest_pairs(). Which of a
 * post's keys are the formula's is read once per post, not once per pair
 * (digest_foreign_keys()); a pair then only walks those.
 */
#ifndef CRIER_DIGEST_FOREIGN_H
#define CRIER_DIGEST_FOREIGN_H

#include "digest_int.h"

/* Post c's keys of the formula (plain words of weight, held by 2 to df_cap
 * posts): the key indices k[off[c] .. off[c + 1]) of the keyset. */
struct foreign_keys {
    size_t *off;
    size_t *k;
};

/* The formula's keys of the nc posts of ks; free with
 * digest_foreign_keys_free(). */
struct foreign_keys digest_foreign_keys(const struct keyset *ks, const struct postings *pl,
                                        size_t nc, size_t df_cap);
void digest_foreign_keys_free(struct foreign_keys *fk);

/* The halves of the formula's words that posts c and o of the minor
 * language share, none of their three whole features (digest_pairs()). */
uint32_t digest_foreign_halves(const struct keyset *ks, const struct foreign_keys *fk, size_t c,
                               size_t o);

#endif
