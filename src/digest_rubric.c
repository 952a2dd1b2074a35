/*
 * digest_rubric: a title's rubric, the words before its colon ("Oignon :
 * chute des cours dans la région de Tahoua"), is the subject its story
 * opens on (digest_keys.c marks its words, digest_rubric_mark()). Two
 * posts of one story write each other's subject; two posts whose titles
 * open on two subjects neither writes tell two stories, whatever else
 * their region gives them in common (digest_pairs()). Day 65's "Bandrélé :
 * les habitants de Dapani ont donné l'alerte" and "Karthala : les villages
 * des flancs inquiets mais calmes" share "habitants", "village" and "eau".
 *
 * A rubric's word of where is no subject, when the two posts share no word
 * of what happened, only places: a town that several stories name (a name
 * half of df_cap posts or more hold, as digest_aside.c reads it), a kind
 * of place (« province », « îles », digest_noevent_word()). A local desk
 * opens its titles on its towns and provinces ("Lac :", "Grève au Cap :",
 * "Arsenal du Cap :", "Vaccination dans les îles :"), and the other post
 * writes that place because its own story happened there too: day 72's
 * fishermen kept ashore around Kindoula (« Lac : les pêcheurs privés de
 * sortie autour de Kindoula ») and the polio campaign of the same province
 * (« Polio : une campagne de vaccination lancée dans la province du Lac »,
 * « Vaccination dans les îles : ... ») share the province, the town of Bol,
 * the island and the words « province » and « îles », nothing else; day
 * 40's strike, stranded ship and arms seizure of Cap-Haïtien share the
 * town. A name fewer posts hold is a story's own (a defendant, a storm, a
 * company, « Procès Marcoux », « Affaire Marcoux »): it still meets the
 * rubric. (eval/README.md, ninety-second round.)
 *
 * The rule reads the cosine only to leave alone two posts that share much:
 * under 0.20 their rubrics decide. Two posts that share no name at all
 * are two stories at any cosine too: day 102's nurseries' strike renewed
 * (« Crèches : la grève reconduite jeudi, une réunion fixée à vendredi »)
 * and the rail controllers' (« Transports : la grève des contrôleurs de
 * Ferrovia Sud reconduite jusqu'à vendredi ») share « grève »,
 * « reconduite » and « réunion », a cosine of 0.24, and nothing that names
 * anyone: what one story's posts share besides words,
 * its people, places, bodies, figures, is what a second story of the same
 * kind lacks. (eval/README.md, hundred-and-twelfth round.)
 */
#include "digest_int.h"

#include <stdlib.h>

#include "digest_guest.h"
#include "xmalloc.h"

/* Below this cosine, two titles that open on two rubrics neither post
 * writes the other's tell two subjects (digest_rubric_thin()); at any
 * cosine when the two posts share no name or name one broadcaster
 * (digest_guest.c). */
#define RUBRIC_COS 0.20

struct rubrics digest_rubrics(const struct keyset *ks, const struct postings *pl, size_t nc,
                              size_t df_cap)
{
    uint64_t *mark = xmalloc((ks->n ? ks->n : 1) * sizeof *mark);
    struct rubrics rb = {.off = xmalloc((nc + 1) * sizeof *rb.off),
                         .kid = xmalloc((ks->n ? ks->n : 1) * sizeof *rb.kid)};
    struct rubrics *r = &rb;
    size_t n = 0;
    for (size_t c = 0; c < nc; c++) {
        size_t nm = 0;
        for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++)
            if (ks->kind[k] == K_WORDQ && ks->w[k] == 0.0f)
                mark[nm++] = ks->h[k];
        qsort(mark, nm, sizeof *mark, digest_u64_cmp);
        r->off[c] = n;
        for (size_t k = ks->off[c]; k < ks->off[c + 1] && nm; k++) {
            uint64_t m = digest_rubric_mark(ks->h[k]);
            if (ks->w[k] > 0 && pl->off[ks->kid[k] + 1] - pl->off[ks->kid[k]] <= df_cap &&
                bsearch(&m, mark, nm, sizeof m, digest_u64_cmp))
                r->kid[n++] = ks->kid[k];
        }
    }
    r->off[nc] = n;
    free(mark);
    digest_asides(r, ks, nc);
    digest_event_kinds(r, ks, nc);
    return rb;
}

/* Whether rubric word kid of post c says where: c holds it as a name's
 * word that half of df_cap posts or more hold, or as a kind of place. */
static int rubric_where(const struct keyset *ks, const struct postings *pl, size_t df_cap, size_t c,
                        uint32_t kid)
{
    size_t df = pl->off[kid + 1] - pl->off[kid];
    for (size_t k = ks->off[c]; k < ks->off[c + 1]; k++) {
        if (ks->kid[k] != kid || ks->w[k] == 0.0f)
            continue;
        uint8_t kd = ks->kind[k];
        if (kd == K_NAME || kd == K_HALF || kd == K_WORDN || kd == K_ALIAS || kd == K_WORDA)
            return 2 * df >= df_cap;
        return kd == K_WORD && digest_noevent_word(ks->h[k]);
    }
    return 0;
}

/* Whether post o holds one of post c's rubric words (postings are in
 * post order), of where too unless where (rubric_where()). */
static int rubric_met(const struct rubrics *r, const struct keyset *ks, const struct postings *pl,
                      size_t df_cap, int where, size_t c, size_t o)
{
    for (size_t i = r->off[c]; i < r->off[c + 1]; i++)
        if (digest_holds(pl, r->kid[i], o) &&
            !(where && rubric_where(ks, pl, df_cap, c, r->kid[i])))
            return 1;
    return 0;
}

/* At any cosine when the two posts share no name: named is digest_pairs()'s
 * pair_acc.named (key_named(), digest_group.c), 0 when no key the pairs
 * walk (held by 2 to df_cap posts, of weight in the earlier post) is of a
 * name's kind in both posts: a name (K_NAME), a longer name's last word
 * (K_HALF), an alias-table name (K_ALIAS: a country, a region), a figure
 * (K_NUMBER), a word inside a name or an alias-table name (K_WORDN,
 * K_WORDA); `eval -s` prints these kinds as name, half, alias, figure,
 * wordN and wordA. A key both posts hold as a last word (half in both) or
 * as a word inside a name (wordN in both) does not count: "Air" of "Tasman
 * Air" and "Outback Air" is the kind's word. Nor does a name more than
 * df_cap posts hold (the channel's own town), a broadcaster (K_MEDIA,
 * digest_guest.c's case), a quoted word, or a word of what happened. */
int digest_rubric_thin(const struct rubrics *r, const struct keyset *ks, const struct postings *pl,
                       size_t c, size_t o, double cos, size_t df_cap, unsigned eventn,
                       unsigned named)
{
    if (ks->lang[c] != ks->lang[o] || r->off[c] == r->off[c + 1] || r->off[o] == r->off[o + 1])
        return 0;
    int where = eventn == 0; /* they share only places */
    if (rubric_met(r, ks, pl, df_cap, where, c, o) || rubric_met(r, ks, pl, df_cap, where, o, c))
        return 0;
    return cos < RUBRIC_COS || !named || digest_guest_aired(ks, pl, c, o);
}

void digest_rubrics_free(struct rubrics *r)
{
    free(r->off);
    free(r->kid);
    free(r->aoff);
    free(r->akid);
    free(r->soff);
    free(r->skid);
    free(r->kinds);
    free(r->sites);
}
