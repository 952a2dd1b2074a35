/*
 * buf: a growable byte buffer with a hard limit, in the spirit of curl's
 * dynbuf. Every buffer is created with a max; an append past it fails with
 * -ENOBUFS and leaves the buffer as it was. The data is always NUL-terminated
 * (the NUL is not counted in len) so text can be used in place.
 */
#ifndef CRIER_BUF_H
#define CRIER_BUF_H

#include <stddef.h>

struct buf {
    char *data;
    size_t len;
    size_t cap;
    size_t max;
};

void buf_init(struct buf *b, size_t max);
/* Returns 0 or -ENOBUFS when len would pass max. */
int buf_append(struct buf *b, const void *p, size_t n);
int buf_appends(struct buf *b, const char *s);
int buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s as a JSON string literal, quotes included. */
int buf_append_json_str(struct buf *b, const char *s, size_t n);
/* Makes room for extra bytes (and the NUL) past len, so that they can be
 * written at data + len before len is moved. 0 or -ENOBUFS. */
int buf_reserve(struct buf *b, size_t extra);
void buf_reset(struct buf *b);
void buf_free(struct buf *b);
/* Hands the storage to the caller (free() it); the buf is left empty. */
char *buf_steal(struct buf *b, size_t *len);

#endif
