/*
 * digest_titleword: a title's lowercase word is a word, never a name's.
 * digest_anchors() (digest_attach.c) reads a lone post's title word that
 * posts of one story hold inside a name as naming that story: day 47's
 * "Tallis Lithium" for a title's "lithium". Written in lower case in the
 * middle of a sentence-case title, the word is the common noun: day 116's
 * juror, "Juror: the lake house receipts sealed it", was sent to the
 * transit bill's "Pennsylvania House" (eval/README.md, hundred-and-sixth
 * round, precision); day 23's weather bulletin's "storms" to a rugby
 * club's name, day 59's anthrax "markets" to a market fire's. Such a word
 * names the story only when the title writes it with a capital (its first
 * word, « Koutiala : ... », or any word of a title in capitals throughout,
 * where the case says nothing of which words are names), or when a post
 * of that story writes it as a common word as well as inside the name:
 * the refinery's copy writes "Tallis Lithium" and "lithium prices", the
 * House's copy only "the Pennsylvania House". digest_keys.c marks both
 * with keys of no weight.
 */
#include "digest_titleword.h"

#include "digest_int.h"

uint64_t digest_capital_mark(uint64_t h)
{
    return mix64(h ^ 0x636170746974776bULL) | 1;
}

uint64_t digest_common_mark(uint64_t h)
{
    return mix64(h ^ 0x636f6d6d6f6e776bULL) | 1;
}

/* Whether post c holds mark m (a key of no weight). */
static int has_mark(const struct keyset *ks, size_t c, uint64_t m)
{
    for (size_t k = ks->off[c + 1]; k-- > ks->off[c];)
        if (ks->h[k] == m && ks->kind[k] == K_WORDQ && ks->w[k] == 0.0f)
            return 1;
    return 0;
}

int digest_title_word_names(const struct keyset *ks, const struct postings *pl, struct groups *g,
                            size_t c, size_t k, uint32_t t)
{
    if (has_mark(ks, c, digest_capital_mark(ks->h[k])))
        return 1;
    uint64_t m = digest_common_mark(ks->h[k]);
    uint32_t id = ks->kid[k];
    for (size_t q = pl->off[id]; q < pl->off[id + 1]; q++)
        if (pl->post[q] != c && uf_find(g->parent, pl->post[q]) == t &&
            has_mark(ks, pl->post[q], m))
            return 1;
    return 0;
}
