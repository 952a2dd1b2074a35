/*
 * digest_kit: the small helpers several stages of the grouping share, and
 * nothing else: it calls no other digest_*.c file, so every stage may call
 * it (digest_int.h declares them).
 */
#include "digest_int.h"

#include <string.h>

int digest_u64_cmp(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

    return a < b ? -1 : a > b;
}

size_t digest_words_at(const struct tok *t, size_t nt, size_t i, const char *pat)
{
    size_t i0 = i;

    while (*pat) {
        size_t n = strcspn(pat, " ");
        if (i >= nt || t[i].fn != n || memcmp(t[i].fw, pat, n) != 0)
            return 0;
        pat += n + (pat[n] == ' ');
        i++;
    }
    return i - i0;
}

int digest_holds(const struct postings *pl, uint32_t id, size_t o)
{
    size_t a = pl->off[id], b = pl->off[id + 1];
    while (a < b) {
        size_t m = a + (b - a) / 2;
        if (pl->post[m] == o)
            return 1;
        if (pl->post[m] < o)
            a = m + 1;
        else
            b = m;
    }
    return 0;
}
