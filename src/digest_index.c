/*
 * digest_index: step 2 of the grouping, the inverted index of the keys
 * (key ids, document frequencies, postings, IDF), which digest_pairs()
 * walks. Moved from digest_group.c when digest_rows.c's rows took that
 * file over the 900 lines.
 */
#include "digest_int.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

/* Whether a key is a word's (not a name's or a figure's): a facility's is
 * one (digest_facility()). */
static int key_word(uint8_t kind)
{
    return kind == K_WORD || kind == K_WORDN || kind == K_WORDQ || kind == K_BRIDGE;
}

/* Step 2: key ids, document frequencies and postings. */
void digest_build_index(struct keyset *ks, size_t nc, struct postings *pl)
{
    /* Key hash -> id, open addressing, grown at half load (most keys are
     * repeats, so sizing for every occurrence would waste cache). */
    size_t slots = 1024, nkeys = 0;
    while (slots < ks->n)
        slots *= 2; /* distinct keys are usually about half the keys */
    uint64_t *sh = xmalloc(slots * sizeof *sh);
    uint32_t *sid = xcalloc(slots, sizeof *sid); /* key id + 1; 0 = empty */
    uint64_t *byid = xmalloc(slots / 2 * sizeof *byid);

    ks->kid = xmalloc((ks->n ? ks->n : 1) * sizeof *ks->kid);
    for (size_t k = 0; k < ks->n; k++) {
        uint64_t h = ks->h[k];
        size_t j = (size_t)mix64(h) & (slots - 1);
        if (k + 16 < ks->n) { /* the table is larger than the caches */
            size_t f = (size_t)mix64(ks->h[k + 16]) & (slots - 1);
            __builtin_prefetch(&sh[f]);
            __builtin_prefetch(&sid[f]);
        }
        while (sid[j] && sh[j] != h)
            j = (j + 1) & (slots - 1);
        if (!sid[j]) {
            if (nkeys + 1 > slots / 2) {
                slots *= 2;
                free(sh);
                free(sid);
                sh = xmalloc(slots * sizeof *sh);
                sid = xcalloc(slots, sizeof *sid);
                byid = xrealloc(byid, slots / 2 * sizeof *byid);
                for (size_t id = 0; id < nkeys; id++) {
                    size_t m = (size_t)mix64(byid[id]) & (slots - 1);
                    while (sid[m])
                        m = (m + 1) & (slots - 1);
                    sh[m] = byid[id];
                    sid[m] = (uint32_t)id + 1;
                }
                j = (size_t)mix64(h) & (slots - 1);
                while (sid[j])
                    j = (j + 1) & (slots - 1);
            }
            sh[j] = h;
            byid[nkeys] = h;
            sid[j] = (uint32_t)++nkeys;
        }
        ks->kid[k] = sid[j] - 1;
    }
    free(sh);
    free(sid);
    free(byid);

    pl->nkeys = nkeys;
    pl->off = xcalloc(nkeys + 1, sizeof *pl->off);
    for (size_t k = 0; k < ks->n; k++)
        pl->off[ks->kid[k] + 1]++;
    for (size_t k = 0; k < nkeys; k++)
        pl->off[k + 1] += pl->off[k];
    assert(pl->off[nkeys] == ks->n); /* every key occurrence has its posting */
    pl->post = xmalloc((ks->n ? ks->n : 1) * sizeof *pl->post);
    pl->w = xmalloc((ks->n ? ks->n : 1) * sizeof *pl->w);
    pl->kind = xmalloc(ks->n ? ks->n : 1);
    size_t *fill = xmalloc((nkeys ? nkeys : 1) * sizeof *fill);
    memcpy(fill, pl->off, nkeys * sizeof *fill);
    for (size_t c = 0; c < nc; c++)
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
            size_t at = fill[ks->kid[k]]++;
            pl->post[at] = (uint32_t)c;
            pl->w[at] = ks->w[k];
            pl->kind[at] = ks->kind[k];
        }
    free(fill);
    /* A facility's word: a word's key (a name's is never one) that the
     * table holds; a country's name (digest_key_place()). */
    pl->place = xcalloc(nkeys ? nkeys : 1, 1);
    /* digest_key_place() reads the kind and the hash alone: each key is
     * asked once per kind it comes with (tried: a bit per kind), not once
     * per post that holds it. */
    uint16_t *tried = xcalloc(nkeys ? nkeys : 1, sizeof *tried);
    for (size_t k = 0; k < ks->n; k++) {
        uint32_t id = ks->kid[k];
        uint16_t bit = (uint16_t)(1u << (ks->kind[k] & 15));
        if (pl->place[id] || (tried[id] & bit))
            continue;
        assert(ks->kind[k] < 16);
        tried[id] |= bit;
        pl->place[id] = digest_key_place(ks->kind[k], ks->h[k], key_word(ks->kind[k]));
    }
    free(tried);
    /* The plain IDF, ln((n + 1) / df): a key of every post weighs almost
     * nothing, a key of two weighs most. */
    pl->idf = xmalloc((nkeys ? nkeys : 1) * sizeof *pl->idf);
    for (size_t k = 0; k < nkeys; k++)
        pl->idf[k] = log(((double)nc + 1) / (double)(pl->off[k + 1] - pl->off[k]));
}
