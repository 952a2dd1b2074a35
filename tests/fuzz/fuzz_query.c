// FUZZ_SOURCES: src/http.c src/buf.c src/utf8.c src/xmalloc.c src/crier.c
/*
 * fuzz_query: the catch-up and stream query parameters. The input is a query
 * string (after '?'); the parameters the server reads from it (after, limit,
 * at, key) are looked up and parsed as the handlers do. Checks: a parsed
 * integer is always within the bounds asked for (so INT64_MAX cannot reach
 * the seq arithmetic); http_parse_uint agrees with strtoll on 1 to 18 plain
 * digits and refuses everything else; a looked-up value is NUL-terminated
 * within its buffer and never longer than the input.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "http.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const keys[] = {"after", "limit", "at", "key", ""};
    char *q = malloc(size + 1);
    char out[64];
    int64_t x;

    memcpy(q, data, size);
    q[size] = '\0'; /* the request reader NUL-terminates the query; a NUL inside ends it */
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        memset(out, 'Z', sizeof out);
        ssize_t n = http_query_get(q, keys[k], out, sizeof out);
        if (n >= 0) {
            if ((size_t)n >= sizeof out || out[n] != '\0' || (size_t)n > strlen(q))
                abort();
            check_uint(out);
        } else if (n != -ENOENT && n != -ENOBUFS && n != -EINVAL) {
            abort();
        }
    }
    if (http_query_int(q, "after", 0, 0, INT64_MAX / 2, &x) == 0 && (x < 0 || x > INT64_MAX / 2))
        abort();
    if (http_query_int(q, "limit", 100, 1, 1000, &x) == 0 && (x < 1 || x > 1000))
        abort();
    check_uint(q);
    free(q);
    return 0;
}
