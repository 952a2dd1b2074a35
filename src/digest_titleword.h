/* digest_titleword: a title's word written with a capital (digest_titleword.c). */
#ifndef CRIER_DIGEST_TITLEWORD_H
#define CRIER_DIGEST_TITLEWORD_H

#include <stddef.h>
#include <stdint.h>

struct groups;
struct keyset;
struct postings;

/* The mark of a word h that a title writes with a capital: a key of no
 * weight, of its own namespace (digest_keys.c pushes it). */
uint64_t digest_capital_mark(uint64_t h);

/* The mark of a word h that a post writes both inside a name and as a
 * common word ("Tallis Lithium", "lithium prices"): of its own namespace. */
uint64_t digest_common_mark(uint64_t h);

/* Whether title word key k of lone post c, which posts of story t hold
 * inside a name, names that story: the title writes it with a capital, or
 * a post of t writes it as a common word too. */
int digest_title_word_names(const struct keyset *ks, const struct postings *pl, struct groups *g,
                            size_t c, size_t k, uint32_t t);

#endif
