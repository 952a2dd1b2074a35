// FUZZ_SOURCES: src/jsonr.c src/jsonw.c src/jsonpick.c src/utf8.c src/buf.c src/xmalloc.c
/*
 * fuzz_jsonr: any bytes read as a request body is read (jsonr_loadb, the fast
 * path first), against jansson's own json_loadb. Checks: the fast path takes
 * no text jansson refuses and reads none otherwise (json_equal); the
 * fallback gives jansson's answer, value or error text, with and without
 * JSON_REJECT_DUPLICATES; what was read writes back through jsonw exactly as
 * jansson writes it; nothing is read past the input (ASan: the input is
 * copied to a buffer of its exact size).
 */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jsonr.h"
#include "jsonw.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void same_text(const json_t *v)
{
    char *a = json_dumps(v, JSON_COMPACT), *b = jsonw_dumps(v);
    if ((a == NULL) != (b == NULL) || (a && strcmp(a, b)))
        abort();
    free(a);
    free(b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = malloc(size ? size : 1);
    memcpy(s, data, size);

    json_t *quick = jsonr_parse(s, size);
    for (int f = 0; f < 2; f++) {
        size_t flags = f ? JSON_REJECT_DUPLICATES : 0;
        json_error_t e1, e2;
        json_t *want = json_loadb(s, size, flags, &e1), *got = jsonr_loadb(s, size, flags, &e2);
        if ((want == NULL) != (got == NULL))
            abort();
        if (want && !json_equal(want, got))
            abort();
        if (!want && strcmp(e1.text, e2.text))
            abort();
        if (quick && (!want || !json_equal(quick, want)))
            abort();
        if (got)
            same_text(got);
        json_decref(want);
        json_decref(got);
    }
    json_decref(quick);
    free(s);
    return 0;
}
