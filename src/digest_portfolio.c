/*
 * digest_portfolio: a minister's portfolio. English copy gives an official
 * the office before the name ("Finance Minister Farai Dube", "Health
 * Minister Dr Nyasha Gumbo"), and the portfolio is then a word of the
 * person, as the words inside a name are: it says who speaks, not what
 * happened. A budget's post writes "finance minister" in its title; the
 * minister heard on the radio on the doctors' pay writes "Finance Minister
 * Farai Dube" in its copy: the two meet through the guest and the guest's
 * office, an interview's edge (pair_interview(), digest_group.c), not
 * through a word of the budget. Only the copy is read so (a title that
 * writes "Finance Minister quits" gives its story), and only a capitalised
 * word right before a capitalised "Minister". (eval/README.md,
 * seventy-second round.)
 */
#include "digest_int.h"

#include <string.h>

int digest_portfolio_word(const struct tok *t, size_t nt, size_t k)
{
    return t[k].cap && !t[k].intitle && k + 1 < nt && t[k + 1].cap && t[k + 1].fn == 8 &&
           memcmp(t[k + 1].fw, "minister", 8) == 0;
}
