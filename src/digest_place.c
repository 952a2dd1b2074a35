/*
 * digest_place: a facility that both titles name. Two posts whose titles
 * each meet the other post through a name they share whole (tnamed 3),
 * that share two names (the facility, by its name or its acronym, and its
 * town) and a facility's word, and at most one whole word of what happened,
 * met in one title only (the other post writes it in its copy), tell two
 * stories at one place: day 76's families waiting "Au CHN" for the
 * collision's injured and the first angioplasties "au Centre hospitalier
 * national" share "CHN", "Nouakchott", "Centre" and "national", the last a
 * word of the hospital's own name that the families' copy writes in full.
 * A title that names the facility says where, not what happened; one word
 * of one title found in the other's copy does not make it one story. A thin
 * edge (pair_thin(), digest_group.c), as the twenty-fourth round's facility
 * edge with no word of what happened at all. Two words of what happened
 * (eventn 2), or one in both titles, or a country shared as well, keep the
 * edge: day 73's two posts of the Caraquet emergency room's protest share
 * the town, the ward and two such words (eval/README.md, forty-ninth
 * round).
 */
#include "digest_int.h"

int digest_place_titled(int place, int event, int eventn, int world, int names, int tnamed)
{
    return place && event != 3 && eventn < 2 && !world && names >= 2 && tnamed == 3;
}

/*
 * A country, its city and the word that glosses the city for readers
 * abroad: the wire writes its dateline town with its role, "the Solomon
 * Islands capital", "Gabon's capital", « la capitale malienne », in every
 * story it files from there. Two posts that share the country, one more
 * name (the city) and such a word (digest_noevent_word(): "capital", or a
 * round count), and nothing that says what happened, share the place
 * their service writes from, not a story: day 62's AP posts of the
 * police patrols before the confidence vote ("HONIARA (AP) — Police in
 * the Solomon Islands capital ...") and of the dengue outbreak ("at the
 * main hospital in Honiara, the Solomon Islands capital") share nothing
 * else, with a cosine of 0.16, above the country's bound
 * (PAIR_COUNTRY_COS, digest_group.c) that keeps a pair of a country and
 * one name that has much else in common: here the much else is the
 * gloss. A thin edge, as pair_country() of the same pair below that
 * bound is no pair at all (eval/README.md, seventieth round).
 */
int digest_place_capital(const struct keyset *ks, size_t c, size_t o, int names, int whole,
                         int world, int what)
{
    if (names != 2 || whole != 3 || !world || what)
        return 0;
    for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
        if (ks->kind[k] != K_WORD || !digest_noevent_word(ks->h[k]))
            continue;
        for (size_t q = ks->off[o]; q < ks->off[o + 1]; q++)
            if (ks->kid[q] == ks->kid[k] && ks->kind[q] == K_WORD)
                return 1;
    }
    return 0;
}
