/* digest_recall (digest_recall.c): a follow-up whose title takes another
 * angle while its copy recalls the story. A weak link marked WEAK_RECALLS
 * (digest_weak_w()) joins a lone post to a story after the join when the
 * two share a name only that story holds, no place; a town that another
 * story names too, or a title that names another story, keeps it alone.
 * Short invented posts, read as the grouping reads them; the weak links
 * and the stories are set by hand. */
#include "tap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "digest.h"
#include "digest_int.h"
#include "digest_recall.h"

#define NP 6

/* Reads ps[0..n), sets the stories of parent[] and the one weak link
 * (a, b) marked WEAK_RECALLS, runs digest_recall_attach() and says
 * whether post s ended in the story of post t. */
static int recalled(const struct digest_post *ps, size_t n, const size_t *parent0, uint32_t a,
                    uint32_t b, const uint32_t *titled, size_t s, size_t t)
{
    size_t cand[NP], parent[NP];
    uint8_t pin[NP] = {0};
    struct keyset ks;
    struct postings pl;
    struct digest_edge weak[] = {{a, b, 0.1f, WEAK_RECALLS}};
    struct digest_edges e = {.weak = weak, .nweak = 1, .capweak = 1};
    struct groups g = {.parent = parent, .pin = pin};
    int joined = -1;

    for (size_t i = 0; i < n; i++) {
        cand[i] = i;
        parent[i] = parent0[i];
    }
    if (digest_read_posts(ps, cand, n, &ks) == 0) {
        digest_build_index(&ks, n, &pl);
        digest_recall_attach(&e, &ks, &pl, n, &g, titled);
        joined = uf_find(parent, s) == uf_find(parent, t);
        digest_postings_free(&pl);
    }
    digest_keyset_free(&ks);
    return joined;
}

static void test_weak_w(void)
{
    ok(digest_weak_w(2, 0, 1, 8) == WEAK_RECALLS,
       "a title not met, a name of their own, a word of what happened, 8 halves: a recall");
    ok(digest_weak_w(2, 1, 1, 12) == 0.0f, "both titles met: a plain weak link");
    ok(digest_weak_w(2, 0, 0, 12) == 0.0f, "no name of their own: a plain weak link");
    ok(digest_weak_w(2, 0, 1, 7) == 0.0f, "7 halves: a plain weak link");
    ok(digest_weak_w(0, 0, 1, 12) == WEAK_NAMES_ONLY, "nothing of what happened: names only");
}

/* The fraud verdict (posts 0-1) and the snow in the same city (3-4); post
 * 2, the victims' reaction, recalls the verdict and its convicted adviser
 * in its copy; post 5, a snow follow-up, shares the city with the
 * verdict. */
static const struct digest_post en[] = {
    {.id = 1,
     .lang = "en",
     .title = "Denver jury convicts Garrett Lindqvist of fraud",
     .body = "A federal jury in Denver convicted investment adviser Garrett Lindqvist of "
             "wire fraud on Tuesday."},
    {.id = 2,
     .lang = "en",
     .title = "Lindqvist faces decades in prison after fraud verdict",
     .body = "Garrett Lindqvist, convicted in Denver of fraud, will be sentenced in May."},
    {.id = 3,
     .lang = "en",
     .title = "'He sat at our kitchen table': investors react",
     .body = "Retired teachers who lost savings to Garrett Lindqvist said the Denver jury "
             "that convicted him of fraud got it right."},
    {.id = 4,
     .lang = "en",
     .title = "Snow shuts Denver schools",
     .body = "Heavy snow closed schools across Denver on Tuesday."},
    {.id = 5,
     .lang = "en",
     .title = "Denver plows work through the night",
     .body = "City crews in Denver cleared snow from main roads overnight."},
    {.id = 6,
     .lang = "en",
     .title = "Drivers stranded on ring road",
     .body = "Drivers were stranded in Denver on Tuesday as the jury convicted no one."},
};

static void test_recall_en(void)
{
    const size_t parent[] = {0, 0, 2, 3, 3, 5};
    const uint32_t none[] = {UINT32_MAX, UINT32_MAX, UINT32_MAX,
                             UINT32_MAX, UINT32_MAX, UINT32_MAX};
    const uint32_t snow[] = {UINT32_MAX, UINT32_MAX, 3, UINT32_MAX, UINT32_MAX, UINT32_MAX};

    is_int(recalled(en, NP, parent, 0, 2, none, 2, 0), 1,
           "a follow-up that shares the convicted adviser's name, the story's alone: joins");
    is_int(recalled(en, NP, parent, 0, 5, none, 5, 0), 0,
           "a post that shares only the city, which the snow story names too: alone");
    is_int(recalled(en, NP, parent, 0, 2, snow, 2, 0), 0,
           "a follow-up whose title names another story: alone");
}

/* Two stories of one town, in French: the warehouse fire (posts 0-1) and
 * the earthquake felt (posts 2-3), both naming Bourj Hammoud in full; post
 * 4, an earthquake follow-up, links to the fire through the town. Post 5,
 * a fire follow-up, shares the warehouse's owner. */
static const struct digest_post fr[] = {
    {.id = 1,
     .lang = "fr",
     .title = "Incendie d'un entrepôt à Bourj Hammoud",
     .body = "Un entrepôt de pneus appartenant à Karim Haddad a brûlé à Bourj Hammoud "
             "dans la nuit."},
    {.id = 2,
     .lang = "fr",
     .title = "Bourj Hammoud : l'entrepôt de Karim Haddad en cendres",
     .body = "Les pompiers ont maîtrisé l'incendie de l'entrepôt à Bourj Hammoud."},
    {.id = 3,
     .lang = "fr",
     .title = "Un séisme ressenti à Beyrouth",
     .body = "La secousse a été ressentie à Bourj Hammoud et dans toute la capitale."},
    {.id = 4,
     .lang = "fr",
     .title = "Séisme : les habitants dans la rue",
     .body = "À Bourj Hammoud, les habitants ont passé la nuit dehors après la secousse."},
    {.id = 5,
     .lang = "fr",
     .title = "Les immeubles fissurés recensés",
     .body = "Des fissures ont été relevées à Bourj Hammoud après le séisme et l'incendie."},
    {.id = 6,
     .lang = "fr",
     .title = "L'assureur des commerçants réclame une enquête",
     .body = "Karim Haddad, dont l'entrepôt a brûlé dans l'incendie, demande une enquête."},
};

static void test_recall_fr(void)
{
    const size_t parent[] = {0, 0, 2, 2, 4, 5};
    const uint32_t none[] = {UINT32_MAX, UINT32_MAX, UINT32_MAX,
                             UINT32_MAX, UINT32_MAX, UINT32_MAX};

    is_int(recalled(fr, NP, parent, 0, 4, none, 4, 0), 0,
           "two stories of one town: the town both name in full joins nothing");
    is_int(recalled(fr, NP, parent, 0, 5, none, 5, 0), 1,
           "a fire follow-up that names the warehouse's owner, the fire's alone: joins");
}

int main(void)
{
    /* the word tables digest_select() sets up before it reads posts */
    digest_tables_init();
    test_weak_w();
    test_recall_en();
    test_recall_fr();
    return done_testing();
}
