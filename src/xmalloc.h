/*
 * xmalloc: the one allocation family. Out of memory aborts the process (as in
 * Redis and h2o): callers never check for NULL. Sizes that a client controls
 * must be capped before they reach these functions.
 */
#ifndef CRIER_XMALLOC_H
#define CRIER_XMALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

#endif
