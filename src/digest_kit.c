/*
 * digest_kit: the small helpers several stages of the grouping share, and
 * nothing else: it calls no other digest_*.c file, so every stage may call
 * it (digest_int.h declares them).
 */
#include "digest_int.h"

#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

int digest_u64_cmp(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

    return a < b ? -1 : a > b;
}

size_t digest_words_at(const struct tok *t, size_t nt, size_t i, const char *pat)
{
    size_t i0 = i;

    /* Most words fail on the first letter: no strcspn() for them. */
    if (*pat && *pat != ' ' && (i >= nt || t[i].fn == 0 || t[i].fw[0] != *pat))
        return 0;
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

void digest_push_marks(struct scratch *sc, const uint64_t *mark, const uint32_t *span, size_t n)
{
    if (sc->nk + n > sc->capk) {
        sc->capk = 2 * (sc->nk + n);
        sc->keys = xrealloc(sc->keys, sc->capk * sizeof *sc->keys);
        sc->kw = xrealloc(sc->kw, sc->capk * sizeof *sc->kw);
        sc->kind = xrealloc(sc->kind, sc->capk);
        sc->ksrc = xrealloc(sc->ksrc, sc->capk * 2 * sizeof *sc->ksrc);
    }
    for (size_t i = 0; i < n; i++, sc->nk++) {
        sc->keys[sc->nk] = mark[i];
        sc->kw[sc->nk] = 0.0f;
        sc->kind[sc->nk] = K_WORDQ;
        sc->ksrc[2 * sc->nk] = span[2 * i];
        sc->ksrc[2 * sc->nk + 1] = span[2 * i + 1];
    }
}

void digest_minor_langs(const uint16_t *lang, size_t nc, uint8_t *minor)
{
    enum { LANGS = 16 };
    uint16_t code[LANGS];
    size_t count[LANGS], nl = 0;

    for (size_t c = 0; c < nc; c++) {
        size_t i = 0;
        while (i < nl && code[i] != lang[c])
            i++;
        if (i == nl && nl < LANGS) {
            code[nl] = lang[c];
            count[nl++] = 0;
        }
        if (i < nl)
            count[i]++;
    }
    for (size_t c = 0; c < nc; c++) {
        size_t i = 0;
        while (i < nl && code[i] != lang[c])
            i++;
        minor[c] = lang[c] != 0 && (i == nl || 2 * count[i] < nc);
    }
}

int digest_titles_shared(const struct keyset *ks, size_t c, size_t o, int enough)
{
    int n = 0;
    for (size_t k = ks->off[c]; k < ks->off[c + 1] && n < enough; k++) {
        if (ks->w[k] < TITLE_KEY_WEIGHT || ks->kind[k] == K_WORDQ || ks->kind[k] == K_MEDIA)
            continue;
        for (size_t j = ks->off[o]; j < ks->off[o + 1]; j++)
            if (ks->kid[j] == ks->kid[k] && ks->w[j] >= TITLE_KEY_WEIGHT) {
                n++;
                break;
            }
    }
    return n;
}

/* The edges' lists (digest_pairs(), digest_rows(), digest_weigh()), freed and zeroed. */
void digest_edges_free(struct digest_edges *e)
{
    free(e->v);
    free(e->named);
    free(e->weak);
    free(e->off);
    free(e->nb);
    free(e->via);
    memset(e, 0, sizeof *e);
}
