/*
 * A title's lowercase word read as a name's (eval/README.md,
 * hundred-and-sixth round, precision; digest_titleword.c): the juror's
 * "lake house" is not the story of "the Pennsylvania House", the refinery
 * explainer's "lithium" is the story of "Tallis Lithium" whose copy writes
 * "lithium prices" too. Short invented posts, English and French.
 */
#include "tap.h"

#include <stdint.h>

#include "digest.h"
#include "digest_int.h"

/* The story (a post index) that lone post 3's title names (titled[],
 * digest_anchors()) when posts 0-2 are one story, or -1. */
static long title_story(const struct digest_post *ps)
{
    size_t cand[] = {0, 1, 2, 3}, parent[] = {0, 0, 0, 3};
    uint8_t pin[4] = {0}, filler[4] = {0};
    uint32_t anchor[4], titled[4];
    struct groups g = {.parent = parent, .pin = pin};
    struct keyset ks;
    struct postings pl;
    long t = -2;

    if (digest_read_posts(ps, cand, 4, &ks) == 0) {
        digest_build_index(&ks, 4, &pl);
        digest_anchors(&ks, &pl, 4, 100, filler, &g, anchor, titled);
        t = titled[3] == UINT32_MAX ? -1 : (long)titled[3];
        digest_postings_free(&pl);
    }
    digest_keyset_free(&ks);
    return t;
}

static void test_title_lowercase_word(void)
{
    struct digest_post en[] = {
        {.lang = "en",
         .title = "Pennsylvania House passes transit funding bill",
         .body = "The Pennsylvania House voted 107-96 on Tuesday to raise transit funding."},
        {.lang = "en",
         .title = "Senate leader calls House transit bill dead on arrival",
         .body = "The Senate majority leader said the Pennsylvania House bill would not pass."},
        {.lang = "en",
         .title = "Riders rally before Pennsylvania House vote",
         .body = "Bus riders rallied in Harrisburg before the Pennsylvania House vote."},
        {.lang = "en",
         .title = "Juror: the lake house receipts sealed it",
         .body = "One of the jurors said the receipts for a dock at his lake house, paid in cash, "
                 "weighed more than any witness."},
    };
    is_int(title_story(en), -1, "a lowercase \"house\" names no story of \"Pennsylvania House\"");
    en[0].title = "Tallis Lithium to suspend Kwinana refinery";
    en[0].body = "Tallis Lithium said it would suspend its refinery, blaming lithium prices.";
    en[1].title = "Tallis Lithium workers learn of shutdown";
    en[1].body = "Workers at the Tallis Lithium refinery were told on Wednesday.";
    en[2].title = "Union meets Tallis Lithium over refinery closure";
    en[2].body = "The union will meet Tallis Lithium managers on Friday.";
    en[3].title = "Why lithium prices collapsed";
    en[3].body = "Prices have fallen by more than 80% from their peak as new mines opened.";
    is_int(title_story(en), 0, "a word the story's copy writes as a common word too names it");
    en[3].title = "House prices: what the receipts show";
    en[0].title = "Pennsylvania House passes transit funding bill";
    en[0].body = "The Pennsylvania House voted 107-96 on Tuesday to raise transit funding.";
    en[1].title = "Senate leader calls House transit bill dead on arrival";
    en[1].body = "The Senate majority leader said the Pennsylvania House bill would not pass.";
    en[2].title = "Riders rally before Pennsylvania House vote";
    en[2].body = "Bus riders rallied in Harrisburg before the Pennsylvania House vote.";
    is_int(title_story(en), 0, "the title's first word, written with a capital, may be the name");
    struct digest_post fr[] = {
        {.lang = "fr",
         .title = "Transports : l'Assemblée régionale adopte le plan",
         .body = "L'Assemblée régionale a adopté mardi le plan de transports."},
        {.lang = "fr",
         .title = "Plan de transports : l'opposition quitte l'Assemblée régionale",
         .body = "Les élus de l'opposition ont quitté l'Assemblée régionale avant le vote."},
        {.lang = "fr",
         .title = "Vote à l'Assemblée régionale : les usagers déçus",
         .body = "Les usagers attendaient davantage de l'Assemblée régionale."},
        {.lang = "fr",
         .title = "Copropriété : une assemblée houleuse pour les travaux",
         .body = "Les copropriétaires réunis lundi ont refusé de voter les travaux de façade."},
    };
    is_int(title_story(fr), -1, "« assemblée » en minuscules ne nomme pas l'Assemblée régionale");
}

int main(void)
{
    digest_tables_init();
    test_title_lowercase_word();
    return done_testing();
}
