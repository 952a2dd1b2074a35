/*
 * digest_formula: a service piece's title formula ("Tramway d'Oran : ce
 * qu'il faut savoir pour vos trajets de mercredi", "Bus strike: what
 * parents need to know", "Mont-Sainte-Anne gondola: what we know"). Every
 * desk writes one for every story that changes its readers' day, a strike,
 * a closure, a season's crossings; its words are the template's, not the
 * story's. Two service pieces of one town's two stories met through them
 * ("faut", "savoir") and the town (day 80: the tram's service notice and
 * the ferries' boarding notice). The formula's words are read as
 * stopwords, in a title only; the story the title names before or after
 * the formula keeps its words.
 */
#include "digest_int.h"

/* The formulas, as folded words: the words to mark are the ones no stop
 * list holds already ("faut", "savoir", "sait", "need", "know"). */
static const char *const formulas[] = {
    "ce qu il faut savoir", "ce qu il faut retenir", "ce que l on sait", "ce qu on sait",
    "ce que nous savons",   "what we know",          "what to know",
};

/* Marks a stopword each word of a formula at t[i] (pat's n words). */
static void mark(struct tok *t, size_t i, size_t n)
{
    for (size_t k = i; k < i + n; k++)
        t[k].wf |= WF_STOP;
}

void digest_mark_formula(struct tok *t, size_t nt)
{
    for (size_t i = 0; i < nt && t[i].intitle; i++) {
        for (size_t f = 0; f < sizeof formulas / sizeof *formulas; f++) {
            /* The first letter turns most away before the call (each
             * formula opens on a letter). */
            size_t n = t[i].fn && t[i].fw[0] == formulas[f][0]
                           ? digest_words_at(t, nt, i, formulas[f])
                           : 0;
            if (n)
                mark(t, i, n);
        }
        /* "what you need to know", "what parents need to know": the
         * readers named between "what" and "need" are the piece's own. */
        size_t n = digest_words_at(t, nt, i, "need to know");
        for (size_t b = 1; n && b <= 3 && b <= i; b++)
            if (t[i - b].intitle && digest_words_at(t, nt, i - b, "what")) {
                mark(t, i, n);
                break;
            }
    }
}
