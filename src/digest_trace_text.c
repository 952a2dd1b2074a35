/*
 * digest_trace_text: the text each key of a post was read from, for the
 * split explainer (digest_trace.h, tools/eval_split.c). Apart from
 * digest_trace.c, which the grouping calls, because it reads a post the way
 * digest.c's callers do: the grouping's files never call it.
 */
#include "digest_trace.h"

#include "digest_int.h"

int digest_trace_texts(const struct digest_post *p,
                       void (*fn)(void *ctx, uint64_t h, uint8_t kind, float w, const char *s,
                                  size_t len),
                       void *ctx)
{
    struct scratch sc;

    digest_tables_init();
    digest_scratch_init(&sc);
    int rc = digest_post_keys(&sc, p);
    for (size_t k = 0; rc >= 0 && k < sc.nk; k++)
        fn(ctx, sc.keys[k], sc.kind[k], sc.kw[k], sc.raw.data + sc.ksrc[2 * k],
           sc.ksrc[2 * k + 1] - sc.ksrc[2 * k]);
    digest_scratch_free(&sc);
    return rc < 0 ? rc : 0;
}
