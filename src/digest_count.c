/*
 * digest_count: a running story's count of days. A strike, a blockade, a
 * search or a trial is dated by how long it has lasted: "troisième jour de
 * grève", "deuxième nuit de violences", "third day of the strike". The
 * ordinal says how long, never what happened: every running story of the
 * day writes one, and the same ordinal elsewhere is a school class
 * (« ses élèves de troisième »), a floor, a round. Such an ordinal is read
 * as a word of the count, as a portfolio is read as a word of its person
 * (digest_portfolio.c): a word inside a name (K_WORDN: half weight, no
 * word of what happened). The key stays in the post (nothing shortens),
 * only its kind changes. (eval/README.md, seventy-fifth round.)
 */
#include "digest_int.h"

#include <string.h>

static const char *const ordinals[] = {"deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme",
                                       "septieme", "huitieme",  "neuvieme",  "dixieme",   "second",
                                       "third",    "fourth",    "fifth",     "sixth",     "seventh",
                                       "eighth",   "ninth",     "tenth"};
static const char *const spans[] = {"jour", "jours", "journee", "nuit", "semaine",
                                    "mois", "day",   "night",   "week", "month"};

static int word_in(const struct tok *t, const char *const *list, size_t n)
{
    /* The first letter turns most words away before a strlen() (every
     * listed word has one). */
    for (size_t i = 0; i < n; i++)
        if (t->fn && t->fw[0] == list[i][0] && t->fn == strlen(list[i]) &&
            memcmp(t->fw, list[i], t->fn) == 0)
            return 1;
    return 0;
}

/* A prison term's own adjective: « sept ans de prison ferme », « cinq ans
 * ferme ». It says how the term is served, as the ordinal says how long a
 * strike has lasted, and every sentence of the day writes it; the same word
 * elsewhere is a verb or a farm (« l'hôpital ferme ses portes », « une
 * ferme »). Read as a word of the count too (eighty-fourth round). */
static const char *const terms[] = {"prison", "ans", "mois", "emprisonnement"};

int digest_count_word(const struct tok *t, size_t nt, size_t k)
{
    if (k > 0 && t[k - 1].intitle == t[k].intitle && t[k].fn == 5 &&
        memcmp(t[k].fw, "ferme", 5) == 0 && word_in(&t[k - 1], terms, sizeof terms / sizeof *terms))
        return 1;
    return k + 1 < nt && t[k + 1].intitle == t[k].intitle &&
           word_in(&t[k + 1], spans, sizeof spans / sizeof *spans) &&
           word_in(&t[k], ordinals, sizeof ordinals / sizeof *ordinals);
}
