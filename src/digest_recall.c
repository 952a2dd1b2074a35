/*
 * digest_recall (TRIED, NOT KEPT: eval/README.md, hundred-and-eighth round):
 * a weak link whose two posts share a name of their own, a word of what
 * happened and RECALL_HALVES halves though one title is not met (a
 * follow-up whose title takes another angle) is read by digest_attach()
 * as an edge of a lone post.
 */
#include "digest_int.h"
#include "digest_recall.h"

#ifndef RECALL_HALVES
#define RECALL_HALVES 8
#endif

float digest_weak_w(uint32_t eventn, int titles, int own, uint32_t halves)
{
    if (!eventn)
        return WEAK_NAMES_ONLY;
    return !titles && own && halves >= RECALL_HALVES ? WEAK_RECALLS : 0.0f;
}
