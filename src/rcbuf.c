#include "rcbuf.h"

#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

struct rcbuf *rcbuf_new(size_t len)
{
    struct rcbuf *b = xmalloc(sizeof *b + len + 1);
    atomic_init(&b->refs, 1);
    b->len = len;
    b->data[len] = '\0';
    return b;
}

struct rcbuf *rcbuf_from(const void *p, size_t len)
{
    struct rcbuf *b = rcbuf_new(len);
    memcpy(b->data, p, len);
    return b;
}

struct rcbuf *rcbuf_ref(struct rcbuf *b)
{
    atomic_fetch_add_explicit(&b->refs, 1, memory_order_relaxed);
    return b;
}

void rcbuf_unref(struct rcbuf *b)
{
    if (b && atomic_fetch_sub_explicit(&b->refs, 1, memory_order_acq_rel) == 1)
        free(b);
}
