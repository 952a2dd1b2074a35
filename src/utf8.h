/*
 * utf8: strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing
 * past U+10FFFF), incremental so WebSocket text split across frames can be
 * checked as it arrives. Pure, any thread.
 */
#ifndef CRIER_UTF8_H
#define CRIER_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_ACCEPT 0
#define UTF8_REJECT 1

/* Advances the validator state over len bytes; returns the new state:
 * UTF8_ACCEPT at a character boundary, UTF8_REJECT (sticky) on invalid input,
 * anything else in the middle of a character. Start with UTF8_ACCEPT. */
uint32_t utf8_step(uint32_t state, const uint8_t *p, size_t len);
/* 1 when the whole buffer is valid UTF-8, else 0. */
int utf8_valid(const void *p, size_t len);
/* The length (2 to 4) of the valid sequence that starts at p[0] (a byte of
 * 0x80 or more) within left bytes, or 0 when it is not one. */
size_t utf8_char_len(const uint8_t *p, size_t left);
/* Writes code point cp (at most U+10FFFF, not a surrogate) as UTF-8 to
 * out (room for 4): the bytes written. */
size_t utf8_encode(uint32_t cp, char *out);

#endif
