/* digest_half (digest_half.c): two stories that are one story's two
 * halves. After the join, two stories of two posts or more join when a
 * name is theirs alone and in a title of each, a title of each names one
 * kind of event, and an edge that reaches the threshold ties them; two
 * look-alikes (two fires of one town, which a third story names too) or a
 * fire and a strike that share their street stay apart. Short invented
 * posts, read as the grouping reads them; the stories and the edge are set
 * by hand. */
#include "tap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "digest_half.h"
#include "digest_int.h"

#define NP 6
#define THR 0.5

/* Reads ps[0..n), sets the stories of parent[] and one edge (a, b) of
 * weight w, runs digest_halves() and says whether posts s and t ended in
 * one story. */
static int halves(const struct digest_post *ps, size_t n, const size_t *parent0, uint32_t a,
                  uint32_t b, float w, size_t s, size_t t)
{
    size_t cand[NP], parent[NP];
    uint8_t pin[NP] = {0}, filler[NP] = {0};
    struct keyset ks;
    struct postings pl;
    struct digest_edge v[] = {{a, b, 0.3f, w}};
    struct digest_edges e = {.v = v, .n = 1, .cap = 1};
    struct groups g = {.parent = parent, .pin = pin};
    int joined = -1;

    for (size_t i = 0; i < n; i++) {
        cand[i] = i;
        parent[i] = parent0[i];
    }
    if (digest_read_posts(ps, cand, n, &ks) == 0) {
        digest_build_index(&ks, n, &pl);
        digest_halves(&e, &ks, &pl, n, 8, THR, filler, &g);
        joined = uf_find(parent, s) == uf_find(parent, t);
        digest_postings_free(&pl);
    }
    digest_keyset_free(&ks);
    return joined;
}

/* A trawler's sinking told in two halves (posts 0-1, the first reports;
 * 2-3, the search), both naming the boat in their titles; posts 4-5, a
 * harbour's strike. */
static const struct digest_post en[] = {
    {.id = 1,
     .lang = "en",
     .title = "Trawler Marnie Jo capsized off Kodiak, two missing",
     .body = "The trawler Marnie Jo capsized in heavy seas on Tuesday night."},
    {.id = 2,
     .lang = "en",
     .title = "Marnie Jo capsized in a squall, skipper says",
     .body = "The skipper of the Marnie Jo said a squall hit the boat before dawn."},
    {.id = 3,
     .lang = "en",
     .title = "Divers reach the Marnie Jo shipwreck",
     .body = "Navy divers reached the shipwreck of the Marnie Jo on Wednesday."},
    {.id = 4,
     .lang = "en",
     .title = "Marnie Jo shipwreck: families wait at the dock",
     .body = "Relatives of the Marnie Jo crew waited at the dock for news."},
    {.id = 5,
     .lang = "en",
     .title = "Cannery workers strike in Kodiak",
     .body = "Workers at the Kodiak cannery walked out over pay on Tuesday."},
    {.id = 6,
     .lang = "en",
     .title = "Kodiak strike: cannery talks stall",
     .body = "Talks between the cannery and its workers stalled in Kodiak."},
};

static void test_halves_en(void)
{
    const size_t parent[] = {0, 0, 2, 2, 4, 4};

    is_int(halves(en, NP, parent, 1, 2, 0.8f, 0, 2), 1,
           "two halves whose titles name the boat and a shipwreck, one edge: one story");
    is_int(halves(en, NP, parent, 1, 2, 0.3f, 0, 2), 0,
           "the same halves tied by no edge of the threshold: apart");
    is_int(halves(en, NP, parent, 3, 4, 0.8f, 2, 4), 0,
           "the wreck and the cannery strike, which share only the town: apart");
}

/* Two fires of one street (posts 0-1 and 2-3), both titles naming the
 * street, which a third story (4-5) names too: look-alikes; and a fire and
 * a strike on a quay no other story names (the second list). */
static const struct digest_post fr[] = {
    {.id = 1,
     .lang = "fr",
     .title = "Incendie rue Vautrin : un immeuble évacué",
     .body = "Un incendie a ravagé un immeuble de la rue Vautrin dans la nuit."},
    {.id = 2,
     .lang = "fr",
     .title = "Rue Vautrin : l'incendie maîtrisé à l'aube",
     .body = "Les pompiers ont maîtrisé l'incendie de la rue Vautrin à l'aube."},
    {.id = 3,
     .lang = "fr",
     .title = "Rue Vautrin : un second incendie dans une boulangerie",
     .body = "Un incendie s'est déclaré dans une boulangerie de la rue Vautrin."},
    {.id = 4,
     .lang = "fr",
     .title = "Incendie de la boulangerie de la rue Vautrin : le four en cause",
     .body = "Le four de la boulangerie de la rue Vautrin serait à l'origine du feu."},
    {.id = 5,
     .lang = "fr",
     .title = "Travaux rue Vautrin : la circulation déviée",
     .body = "La circulation sera déviée rue Vautrin pendant trois semaines."},
    {.id = 6,
     .lang = "fr",
     .title = "Rue Vautrin : les commerçants inquiets des travaux",
     .body = "Les commerçants de la rue Vautrin redoutent les travaux."},
};

/* The flood of one river in two halves (0-1, 2-3), both naming the
 * river in their titles; a strike at its town's port (4-5). */
static const struct digest_post fr2[] = {
    {.id = 1,
     .lang = "fr",
     .title = "Crue de la Sélune : Ducey en vigilance orange",
     .body = "La Sélune a débordé dans la nuit à Ducey, où des maisons sont évacuées."},
    {.id = 2,
     .lang = "fr",
     .title = "Crue de la Sélune : le pic attendu ce matin",
     .body = "Le pic de la crue de la Sélune est attendu dans la matinée."},
    {.id = 3,
     .lang = "fr",
     .title = "Inondations : les quais de la Sélune sous l'eau",
     .body = "Les quais de la Sélune sont inondés, deux cents habitants évacués."},
    {.id = 4,
     .lang = "fr",
     .title = "Sélune : les inondations coupent la route de Pontorson",
     .body = "Les inondations de la Sélune ont coupé la route de Pontorson."},
    {.id = 5,
     .lang = "fr",
     .title = "Grève des dockers au port de Granville",
     .body = "Les dockers de Granville sont en grève depuis mardi."},
    {.id = 6,
     .lang = "fr",
     .title = "Granville : la grève des dockers reconduite",
     .body = "La grève des dockers du port de Granville a été reconduite."},
};

/* The river's flood (0-1) and a strike of its dam's keepers (2-3), both
 * titles naming the river, theirs alone: two kinds of event. */
static const struct digest_post fr3[] = {
    {.id = 1,
     .lang = "fr",
     .title = "Crue de la Sélune : Ducey en vigilance orange",
     .body = "La Sélune a débordé dans la nuit à Ducey, où des maisons sont évacuées."},
    {.id = 2,
     .lang = "fr",
     .title = "Crue de la Sélune : le pic attendu ce matin",
     .body = "Le pic de la crue de la Sélune est attendu dans la matinée."},
    {.id = 3,
     .lang = "fr",
     .title = "Grève des agents du barrage de la Sélune",
     .body = "Les agents du barrage de la Sélune sont en grève depuis mardi."},
    {.id = 4,
     .lang = "fr",
     .title = "Sélune : la grève des agents du barrage reconduite",
     .body = "La grève des agents du barrage de la Sélune a été reconduite."},
    {.id = 5,
     .lang = "fr",
     .title = "Grève des dockers au port de Granville",
     .body = "Les dockers de Granville sont en grève depuis mardi."},
    {.id = 6,
     .lang = "fr",
     .title = "Granville : la grève des dockers reconduite",
     .body = "La grève des dockers du port de Granville a été reconduite."},
};

static void test_halves_fr(void)
{
    const size_t parent[] = {0, 0, 2, 2, 4, 4};

    is_int(halves(fr2, NP, parent, 1, 2, 0.8f, 0, 2), 1,
           "two halves whose titles name the river and a flood, one edge: one story");
    is_int(halves(fr, NP, parent, 1, 2, 0.8f, 0, 2), 0,
           "two fires of one street that a third story names too: apart");
    is_int(halves(fr2, NP, parent, 3, 4, 0.8f, 2, 4), 0,
           "the flood and the dockers' strike, no name of their own in common: apart");
    is_int(halves(fr3, NP, parent, 1, 2, 0.8f, 0, 2), 0,
           "the flood and the dam's strike, the river in titles of both: two kinds, apart");
}

int main(void)
{
    /* the word tables digest_select() sets up before it reads posts */
    digest_tables_init();
    test_halves_en();
    test_halves_fr();
    return done_testing();
}
