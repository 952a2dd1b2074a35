// FUZZ_SOURCES: src/http.c src/buf.c src/utf8.c src/xmalloc.c src/crier.c
/*
 * fuzz_query: the query string. The input is a query string (after '?');
 * every parameter a handler reads from it is looked up with that handler's
 * own buffer size (after, slot, at, key, state, before), and the integer ones
 * are parsed as the handlers do (http_query_int for after, before and limit).
 * Checks: a found value is NUL-terminated within its buffer, has no NUL
 * inside and is never longer than the input; -ENOBUFS and -EINVAL leave ""
 * and -ENOENT leaves the buffer untouched; a smaller buffer changes nothing
 * but turning a value that does not fit into -ENOBUFS; a parsed integer is
 * always within the bounds asked for (so INT64_MAX cannot reach the seq
 * arithmetic) and http_query_int agrees with lookup + http_parse_uint;
 * http_parse_uint agrees with strtoll on 1 to 18 plain digits and refuses
 * everything else.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "http.h"
#include "reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The lookups the handlers do, each with the size of the buffer it uses. */
static const struct lookup {
    const char *key;
    size_t outsz;
} lookups[] = {
    {"after", 32},                 /* stream.c: ?after=N on the streams */
    {"slot", 32},                  /* api.c: POST .../selections/run?slot= */
    {"at", 40},                    /* api.c: the same, ?at=ms or ISO 8601 */
    {"key", READER_TOKEN_LEN + 2}, /* api.c: a private feed's ?key= */
    {"state", 16},                 /* api.c: the members list's ?state= */
    {"before", 24},                /* page.c: the channel page's ?before= */
    {"limit", 32},                 /* http_query_int's own buffer */
    {"after", 2},                  /* tiny buffers: the -ENOBUFS edges */
    {"after", 1},
    {"", 8}, /* a pair with an empty name ("=x", "&&") */
};

/* The integer parameters: http_query_int with the handlers' bounds. */
static const struct ibound {
    const char *key;
    int64_t def, min, max;
} ibounds[] = {
    {"after", 0, 0, INT64_MAX / 2},  /* api.c: the events catch-up */
    {"before", 0, 0, INT64_MAX / 2}, /* api.c: the publisher's post list */
    {"limit", 100, 1, 1000},         /* api.c: events (API_EVENTS_LIMIT_MAX) */
    {"limit", 20, 1, 100},           /* api.c: posts and selections lists */
};

static void check_uint(const char *s)
{
    int64_t v = -1;
    size_t n = strlen(s), digits = strspn(s, "0123456789");
    int rc = http_parse_uint(s, &v);
    int plain = n >= 1 && n <= 18 && digits == n;
    if (plain != (rc == 0))
        abort();
    if (rc == 0 && v != strtoll(s, NULL, 10))
        abort();
}

/*
 * One lookup of key into a buffer of exactly outsz bytes (on the heap, so
 * ASan sees one byte past it), checked against the same lookup into a buffer
 * big enough for any value of q (big, bn: its result).
 */
static void check_lookup(const char *q, const char *key, size_t outsz, const char *big, ssize_t bn)
{
    char *out = malloc(outsz ? outsz : 1);
    memset(out, 'Z', outsz);
    ssize_t n = http_query_get(q, key, out, outsz);

    if (n >= 0) {
        if ((size_t)n >= outsz || out[n] != '\0' || strlen(out) != (size_t)n ||
            (size_t)n > strlen(q))
            abort();
        check_uint(out);
    } else if (n == -ENOBUFS || n == -EINVAL) {
        if (outsz && out[0] != '\0')
            abort(); /* never a half-decoded value */
    } else if (n == -ENOENT) {
        for (size_t i = 0; i < outsz; i++)
            if (out[i] != 'Z')
                abort();
    } else {
        abort();
    }
    /* only the room differs from the big lookup */
    if (bn >= 0) {
        if ((size_t)bn < outsz ? n != bn || memcmp(out, big, (size_t)bn + 1) != 0 : n != -ENOBUFS)
            abort();
    } else if (bn == -EINVAL) {
        if (n != -EINVAL && n != -ENOBUFS)
            abort(); /* the escape may come after the value outgrew out */
    } else if (n != bn) {
        abort();
    }
    free(out);
}

/* http_query_int is lookup + http_parse_uint + the bounds, nothing else. */
static void check_int(const char *q, const struct ibound *b)
{
    char v[32];
    int64_t x = -1, y = -1;
    int rc = http_query_int(q, b->key, b->def, b->min, b->max, &x);
    ssize_t n = http_query_get(q, b->key, v, sizeof v);
    int want = n == -ENOENT                                                         ? 0
               : n > 0 && http_parse_uint(v, &y) == 0 && y >= b->min && y <= b->max ? 0
                                                                                    : -EINVAL;

    if (rc != want)
        abort();
    if (rc == 0 && (x < b->min || x > b->max || x != (n == -ENOENT ? b->def : y)))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *q = malloc(size + 1), *big = malloc(size + 1);
    char name[64];

    memcpy(q, data, size);
    q[size] = '\0'; /* the request reader NUL-terminates the query; a NUL inside ends it */
    for (size_t i = 0; i < sizeof lookups / sizeof lookups[0]; i++) {
        const char *key = lookups[i].key;
        ssize_t bn = http_query_get(q, key, big, size + 1);
        if (bn == -ENOBUFS)
            abort(); /* a value never decodes longer than its text */
        check_lookup(q, key, lookups[i].outsz, big, bn);
    }
    /* a key of the input's own: its first name, as raw text */
    size_t nl = strcspn(q, "=&");
    nl = nl < sizeof name ? nl : sizeof name - 1;
    memcpy(name, q, nl);
    name[nl] = '\0';
    check_lookup(q, name, 16, big, http_query_get(q, name, big, size + 1));

    for (size_t i = 0; i < sizeof ibounds / sizeof ibounds[0]; i++)
        check_int(q, &ibounds[i]);
    check_uint(q);
    free(big);
    free(q);
    return 0;
}
