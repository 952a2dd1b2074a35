/* digest_late: a lone follow-up's words past the ones read (digest_late.c). */
#ifndef CRIER_DIGEST_LATE_H
#define CRIER_DIGEST_LATE_H

#include <stddef.h>
#include <stdint.h>

struct scratch;
struct keyset;
struct groups;
struct postings;

/* The mark of a word or name h that a post writes past the words read for
 * its cosine: a key of no weight, of its own namespace. */
uint64_t digest_late_mark(uint64_t h);

/* Marks the content words of sc's text, up to the bound, that are no key
 * of the post yet, and the names written past the words read (after its
 * other keys: digest_keys_of_text()). */
void digest_late_keys(struct scratch *sc, const char *lang);

/* Step 5, last: a post left alone joins the one story whose own name or
 * two own words its marks hold; via[c] the post of that story it met. */
void digest_late_attach(const struct keyset *ks, const struct postings *pl, size_t nc,
                        const uint8_t *filler, struct groups *g, uint32_t *via);

#endif
