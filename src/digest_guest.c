/*
 * digest_guest: one broadcast interview, two stories. A local guest (a
 * mayor, a minister) is heard on one programme about several files, and
 * the desk writes one post per file, each quoting the same lines of the
 * interview and naming the guest, the office, the station and the
 * programme: day 107's burgomaster on « Face au Perron » (TéléMeuse) about
 * the bus strike and the low-emission zone, day 119's on Radio Haine FM
 * about the bus strike and the tyre fire. The shared quote and names lift
 * the cosine above the rubric rule's bound (digest_rubric_thin()), and
 * the guest's office and verbs of saying meet the titles, so the
 * interview rule (pair_interview(), digest_group.c) does not apply. What
 * says which file a post is about is its title's rubric ("Grève à la SLTU
 * :", "ZBE :"): two posts that name one broadcaster and whose titles open
 * on two subjects neither post writes are two stories of one interview,
 * whatever their cosine: a thin edge. (eval/README.md, hundred-and-tenth
 * round, precision.)
 */
#include "digest_guest.h"

#include "digest_int.h"

int digest_guest_aired(const struct keyset *ks, const struct postings *pl, size_t c, size_t o)
{
    for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++)
        if (ks->kind[k] == K_MEDIA && digest_holds(pl, ks->kid[k], o))
            return 1;
    return 0;
}
