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
