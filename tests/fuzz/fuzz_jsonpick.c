// FUZZ_SOURCES: src/jsonpick.c src/utf8.c
/*
 * fuzz_jsonpick: the members ranking picks out of a stored post's JSON
 * text. The input is any bytes (a damaged record). Checks: nothing is read
 * outside the input (ASan: the input is copied to a buffer of its exact
 * size); every span found lies inside the input and is a whole value; a
 * string's unescaped length is what jsonpick_string writes with room
 * enough, never more than six bytes per input byte; a cut string is a
 * prefix of the whole one and ends on a character boundary; an array walk
 * visits spans inside the array.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jsonpick.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const names[] = {"title", "body", "lang", "source_url", "tags", "importance"};

struct walk {
    struct jspan in;
    size_t n;
};

static void visit(struct jspan e, void *arg)
{
    struct walk *w = arg;
    if (e.from < w->in.from || e.to > w->in.to || e.from >= e.to)
        abort();
    w->n++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = malloc(size ? size : 1);
    struct jspan v[6];

    memcpy(s, data, size);
    struct jspan m;
    if (jsonpick_member(s, size, "body", &m) == 0 &&
        (m.to > size || m.from + 7 > m.to || memcmp(s + m.from, "\"body\"", 6) != 0))
        abort(); /* a member: its key "body", a colon and a value, inside the input */
    if (jsonpick(s, size, names, 6, v) == 0) {
        for (int i = 0; i < 6; i++) {
            if (!v[i].to)
                continue;
            if (v[i].from >= v[i].to || v[i].to > size)
                abort();
            long len = jsonpick_string_len(s, v[i]);
            if (len < 0) {
                struct walk w = {v[i], 0};
                long n = jsonpick_array(s, v[i], visit, &w);
                if (n >= 0 && (size_t)n != w.n)
                    abort();
                continue;
            }
            if ((size_t)len > 6 * (v[i].to - v[i].from))
                abort();
            char *whole = malloc((size_t)len + 1), cut[7];
            if (jsonpick_string(s, v[i], whole, (size_t)len + 1) != len)
                abort();
            long c = jsonpick_string(s, v[i], cut, sizeof cut);
            if (c < 0 || c > len || memcmp(cut, whole, (size_t)c) != 0 || cut[c] != '\0')
                abort();
            free(whole);
        }
    }
    free(s);
    return 0;
}
