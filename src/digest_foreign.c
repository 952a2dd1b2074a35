/*
 * digest_foreign: the formula of the foreign service's copy. The window's
 * minor language (digest_minor_langs()) is mostly an agency's other
 * service, which files every story of the day in one mould: its titles
 * open on the country it writes from, where the capital only starts the
 * sentence and the country is read as a word ("Togo lawmakers approve land
 * reform ...", "Togo court jails land clerk ...", day 50), and its trials
 * are told in the court's words ("A court in Lome has sentenced a former
 * land registry clerk to eight years in prison", "A court in the northern
 * Togolese city of Kara has sentenced four men to five years in prison").
 * Two such posts that share no name of their own need three whole
 * features besides a country (digest_pairs()), and the toll's words count
 * for none of them: every deadly story writes them (the forty-ninth round).
 * Nor does the formula: the country's word, which is the country all the
 * same (the alias table's countries already count for none), and the
 * sentence's words, which every trial writes ("court", "jailed",
 * "sentenced", "prison", « condamné », « tribunal »). Day 50's land reform
 * and the fake title deeds trial met through "Togo", "land" and "title";
 * without the country, two words, no edge. The same trial and the
 * counterfeit notes trial of another town met through "court", "jails",
 * "sentenced", "prison", the country and "fake"; without the formula, one
 * word. What two posts of the service share beyond it is what happened,
 * or nothing. (eval/README.md, ninety-second round: the other words that
 * say only where or how many, "capital" or "hundreds", were tried here too
 * and cost a landslide's two reports their weak link.)
 */
#include "digest_foreign.h"

#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

/* The sentence's words as the wire writes them, a subset of the court's
 * title words (digest_court.c): not "former" or "appeal", every story's
 * words too, nor « ferme », which is « fermer »'s stem. */
static const char *const sentence_words[][2] = {
    {"fr", "prison"}, {"fr", "condamné"}, {"fr", "condamnée"}, {"fr", "condamnés"},
    {"fr", "peine"},  {"fr", "tribunal"}, {"en", "prison"},    {"en", "jail"},
    {"en", "jailed"}, {"en", "jails"},    {"en", "sentenced"}, {"en", "sentence"},
    {"en", "court"},
};
#define NSENTENCE (sizeof sentence_words / sizeof *sentence_words)
/* The sentence's keys, then the one-word countries' read as words, in
 * both languages (digest_country_alike(): "Togo", "Gabon", "Canada"). */
#define FORMULA_KEYS 256
static uint64_t formula_key[FORMULA_KEYS];
static size_t nformula;

void digest_foreign_init(struct digest_stems *st, digest_key_of_fn key_of)
{
    nformula = 0;
    for (size_t i = 0; i < NSENTENCE; i++)
        formula_key[nformula++] = key_of(st, sentence_words[i][0], sentence_words[i][1]);
    for (size_t i = 0; digest_country_alike(i) && nformula + 2 <= FORMULA_KEYS; i++) {
        const char *c = digest_country_alike(i);
        if (strchr(c, ' '))
            continue;
        formula_key[nformula++] = key_of(st, "fr", c);
        formula_key[nformula++] = key_of(st, "en", c);
    }
    qsort(formula_key, nformula, sizeof *formula_key, digest_u64_cmp);
}

/* Whether a word's key is of the formula. */
static int formula_word(uint64_t h)
{
    return h && bsearch(&h, formula_key, nformula, sizeof h, digest_u64_cmp) != NULL;
}

/* Whether a key kind is a word's, of the post's own language (a bridge
 * never meets a post of its language: digest_pairs()). */
static int plain_word(uint8_t kind)
{
    return kind == K_WORD || kind == K_WORDN;
}

struct foreign_keys digest_foreign_keys(const struct keyset *ks, const struct postings *pl,
                                        size_t nc, size_t df_cap)
{
    struct foreign_keys fk;
    size_t n = 0;

    /* Per key id (one hash), formula_word()'s answer once asked: 0 not
     * yet, 1 no, 2 yes; a bsearch() per key, not per posting and pass. */
    uint8_t *is = xcalloc(pl->nkeys ? pl->nkeys : 1, 1);

    fk.off = xmalloc((nc + 1) * sizeof *fk.off);
    fk.k = NULL;
    for (int pass = 0; pass < 2; pass++) {
        n = 0;
        for (size_t c = 0; c < nc; c++) {
            fk.off[c] = n;
            for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
                uint32_t id = ks->kid[k];
                size_t df = pl->off[id + 1] - pl->off[id];
                if (!plain_word(ks->kind[k]) || ks->w[k] == 0.0f || df < 2 || df > df_cap)
                    continue;
                if (!is[id])
                    is[id] = formula_word(ks->h[k]) ? 2 : 1;
                if (is[id] != 2)
                    continue;
                if (pass)
                    fk.k[n] = k;
                n++;
            }
        }
        fk.off[nc] = n;
        if (!pass)
            fk.k = xmalloc((n ? n : 1) * sizeof *fk.k);
    }
    free(is);
    return fk;
}

void digest_foreign_keys_free(struct foreign_keys *fk)
{
    free(fk->off);
    free(fk->k);
    fk->off = NULL;
    fk->k = NULL;
}

uint32_t digest_foreign_halves(const struct keyset *ks, const struct foreign_keys *fk, size_t c,
                               size_t o)
{
    uint32_t halves = 0;

    for (size_t i = fk->off[c]; i < fk->off[c + 1]; i++) {
        size_t k = fk->k[i];
        uint32_t id = ks->kid[k];
        for (size_t q = ks->off[o]; q < ks->off[o + 1]; q++)
            if (ks->kid[q] == id && ks->w[q] != 0.0f && plain_word(ks->kind[q])) {
                /* As key_halves(), never more: a word inside a name counts
                 * one, and a word inside names of both posts none (both
                 * titles may hold the day's hub, which pair_key() reads as
                 * the country's word: no half at all). */
                halves += (ks->kind[k] == K_WORD) + (ks->kind[q] == K_WORD);
                break;
            }
    }
    return halves;
}
