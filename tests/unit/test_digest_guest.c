/*
 * One broadcast interview, two stories (eval/README.md, hundred-and-tenth
 * round, precision): two posts that name one broadcaster and whose titles
 * open on two subjects neither post writes are two stories of one
 * interview, whatever their cosine (digest_guest.c, digest_rubric_thin()).
 * Short invented posts, French and English. The module's private header is
 * included to read the posts' keys and rubrics.
 */
#include "tap.h"

#include <stdint.h>
#include <string.h>

#include "digest.h"
#include "digest_guest.h"
#include "digest_int.h"

#define DF_CAP 10

/* digest_rubric_thin() of posts 0 and 1 at cosine cos (a name and one word of what
 * happened shared), and in *aired digest_guest_aired(); -1 on an error. */
static int thin_of(const struct digest_post *ps, double cos, int *aired)
{
    size_t cand[] = {0, 1};
    struct keyset ks;
    struct postings pl;
    int thin = -1;

    if (digest_read_posts(ps, cand, 2, &ks) == 0) {
        digest_build_index(&ks, 2, &pl);
        struct rubrics rb = digest_rubrics(&ks, &pl, 2, DF_CAP);
        thin = digest_rubric_thin(&rb, &ks, &pl, 0, 1, cos, DF_CAP, 1, 1);
        *aired = digest_guest_aired(&ks, &pl, 0, 1);
        digest_rubrics_free(&rb);
        digest_postings_free(&pl);
    }
    digest_keyset_free(&ks);
    return thin;
}

/* Day 119's shape: the burgomaster heard once on one station, about the
 * bus strike and about a fire's smoke, quoted word for word in both. */
static void test_guest_fr(void)
{
    struct digest_post fr[] = {
        {.lang = "fr",
         .title = "Grève des bus : la bourgmestre de Vireux réclame un médiateur",
         .body = "Invitée de Radio Sambre FM mardi soir, la bourgmestre de Vireux, Odile Marchand, "
                 "a demandé un médiateur dans le conflit des chauffeurs. « Ma priorité, c'est que "
                 "les Vireusiens puissent se déplacer et respirer », a-t-elle déclaré."},
        {.lang = "fr",
         .title = "Fumées d'Aubrives : la bourgmestre demande aux habitants de rester chez eux",
         .body = "La bourgmestre de Vireux, Odile Marchand, a demandé mardi soir sur Radio Sambre "
                 "FM aux habitants de garder leurs fenêtres fermées. « Ma priorité, c'est que les "
                 "Vireusiens puissent se déplacer et respirer », a-t-elle ajouté."},
    };
    int aired = -1;
    is_int(thin_of(fr, 0.30, &aired), 1,
           "one station, two rubrics neither post writes: two stories, a thin edge");
    is_int(aired, 1, "both posts name the station");
    fr[1].body = "La bourgmestre de Vireux, Odile Marchand, a demandé mardi soir aux habitants de "
                 "garder leurs fenêtres fermées. « Ma priorité, c'est que les Vireusiens puissent "
                 "se déplacer et respirer », a-t-elle ajouté.";
    is_int(thin_of(fr, 0.30, &aired), 0, "no station both name: the rubric rule's cosine holds");
    is_int(aired, 0, "and no broadcaster is shared");
    fr[1].body = "La bourgmestre de Vireux, Odile Marchand, a demandé mardi soir sur Radio Sambre "
                 "FM un médiateur et la fin de la grève des bus, avant de parler des fumées.";
    is_int(thin_of(fr, 0.30, &aired), 0,
           "the other post writes the strike: one subject met, no thinning");
}

static void test_guest_en(void)
{
    struct digest_post en[] = {
        {.lang = "en",
         .title = "Bin strike: mayor promises talks before the weekend",
         .body = "Mayor Ruth Calloway told Harbour Radio FM on Tuesday night that she would "
                 "bring the refuse collectors and the council round one table. \"This city is "
                 "not run by threats,\" she said."},
        {.lang = "en",
         .title = "Clean air zone: Calloway promises exemptions for low earners",
         .body = "Speaking on Harbour Radio FM on Tuesday night, Mayor Ruth Calloway promised "
                 "exemptions from the clean air zone charge. \"This city is not run by threats,\" "
                 "she said."},
    };
    int aired = -1;
    is_int(thin_of(en, 0.30, &aired), 1,
           "one station, the bin strike and the clean air zone: thin");
    is_int(aired, 1, "both posts name the station");
    is_int(thin_of(en, 0.10, &aired), 1, "under the rubric rule's cosine, thin as before");
}

int main(void)
{
    digest_tables_init();
    test_guest_fr();
    test_guest_en();
    return done_testing();
}
