/*
 * rcbuf: an immutable, reference-counted byte buffer. The fan-out path encodes
 * each event once into rcbufs and every subscriber queue takes a reference
 * instead of a copy. The count is atomic, so a buffer may be shared by the
 * loops of several I/O threads.
 */
#ifndef CRIER_RCBUF_H
#define CRIER_RCBUF_H

#include <stdatomic.h>
#include <stddef.h>

struct rcbuf {
    atomic_uint refs;
    size_t len;
    char data[];
};

/* A new buffer of len bytes (contents to be filled by the creator before it
 * is shared) with one reference owned by the caller. */
struct rcbuf *rcbuf_new(size_t len);
struct rcbuf *rcbuf_from(const void *p, size_t len);
struct rcbuf *rcbuf_ref(struct rcbuf *b);
/* Drops one reference; frees on the last. NULL is ignored. */
void rcbuf_unref(struct rcbuf *b);

#endif
