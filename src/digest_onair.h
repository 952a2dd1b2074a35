/* digest_onair: a station known by its shape and the words of an interview (digest_onair.c). */
#ifndef CRIER_DIGEST_ONAIR_H
#define CRIER_DIGEST_ONAIR_H

#include <stddef.h>

struct tok;

/* For the name run t[i..last] of raw text s, the token after the station
 * it opens (its name, dial position and band), or 0: every key read before
 * it is the broadcaster's. */
size_t digest_onair_end(const char *s, const struct tok *t, size_t i, size_t last, size_t nt);

#endif
