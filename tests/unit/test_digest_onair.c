/*
 * The interview quoted on two stories (eval/README.md, hundred-and-sixth
 * round, precision): a station known by its shape and the words around an
 * interview (digest_onair.c), and the guest's name, which two posts of one
 * broadcast share, as no story's own (digest_sole.c). Short invented posts,
 * French and English. The module's private header is included to read a
 * post's keys.
 */
#include "tap.h"

#include <stdint.h>
#include <string.h>

#include "digest.h"
#include "digest_int.h"
#include "digest_sole.h"

/* The kind of the key read from the bytes spelling word in a post of
 * title and body, or -1. */
static int kind_in(const char *lang, const char *title, const char *body, const char *word)
{
    struct scratch sc;
    struct digest_post p = {
        .lang = lang, .title = title, .body = body, .source_url = "https://courier.example/a/1"};
    int kind = -1;

    digest_scratch_init(&sc);
    if (digest_post_keys(&sc, &p) == 0)
        for (size_t k = 0; k < sc.nk && kind < 0; k++)
            if (sc.ksrc[2 * k + 1] - sc.ksrc[2 * k] == strlen(word) &&
                memcmp(sc.raw.data + sc.ksrc[2 * k], word, strlen(word)) == 0)
                kind = sc.kind[k];
    digest_scratch_free(&sc);
    return kind;
}

static int kind_at(const char *text, const char *word)
{
    return kind_in("en", NULL, text, word);
}

static void test_station_shape(void)
{
    is_int(kind_at("The premier told ValleyTalk 880 Metro's The Late Shift that help was coming.",
                   "ValleyTalk"),
           K_MEDIA, "a name told before a dial position and a possessive is a station");
    is_int(kind_at("The premier told ValleyTalk 880 Metro's The Late Shift that help was coming.",
                   "880"),
           K_MEDIA, "and its dial position is the station's, not a figure");
    is_int(kind_at("The premier told ValleyTalk 880 Metro's The Late Shift that help was coming.",
                   "Metro"),
           K_MEDIA, "and so is the name between the number and the possessive");
    is_int(kind_at("The mayor said so, telling Isle Talk 94.8's \"Night Desk\" on Monday.",
                   "Isle Talk"),
           K_MEDIA, "an FM frequency and a possessive after a name of address");
    is_int(kind_at("The mayor said so, telling KXOP 9's \"City Tonight\" on Monday.", "KXOP"),
           K_MEDIA, "call letters before a channel's number and a possessive");
    is_int(kind_at("The minister spoke on Tide 99.1 FM on Monday about the fares.", "Tide"),
           K_MEDIA, "a name before a frequency and its band");
    is_int(kind_at("The crew of Flight 1020's return leg were stranded on Monday.", "1020"),
           K_NUMBER, "no word of address: a flight's number stays a figure");
    is_int(kind_at("The truck overturned on Route 9's northbound lanes near the bridge.", "Route"),
           K_NAME, "a road's word before the number: a road, not a station");
    is_int(kind_at("The union met on Harbour 750 site on Monday to plan the strike.", "Harbour"),
           K_NAME, "no possessive nor band after the number: a name");
    is_int(kind_in("en", "Vance on WKRT: 'Nobody will be left behind'",
                   "County Executive Ann Vance told WKRT 1050's \"Morning Line\" on Tuesday that "
                   "the pools would stay open.",
                   "WKRT"),
           K_MEDIA, "call letters the post reads as a station are one in its title too");
    is_int(kind_in("fr", NULL,
                   "« Il faut tenir », a déclaré mercredi sur Radio Baie FM Lucien Marchal, "
                   "président de l'exécutif.",
                   "Lucien Marchal"),
           K_NAME, "the band ends a station's name: the guest after it is a name of his own");
}

/* Whether lone post 2 of ps[0..3) shares a name of the story of posts 0
 * and 1 with post 1 that no other post holds (digest_sole_name()). */
static int sole_of(const struct digest_post *ps)
{
    size_t cand[] = {0, 1, 2}, parent[] = {0, 0, 2};
    uint8_t pin[3] = {0};
    struct groups g = {.parent = parent, .pin = pin};
    struct keyset ks;
    struct postings pl;
    struct digest_sole *x = NULL;
    int sole = -1;

    if (digest_read_posts(ps, cand, 3, &ks) == 0) {
        digest_build_index(&ks, 3, &pl);
        sole = digest_sole_name(&ks, &g, 3, 2, 1, 0, &x);
        digest_sole_free(x);
        digest_postings_free(&pl);
    }
    digest_keyset_free(&ks);
    return sole;
}

/* Day 53's shape: the premier heard once, quoted on the ferry's grounding
 * (posts 0, 1) and on the flooding (the lone post 2). Her name is held by
 * post 1 and the lone post only, but the two posts name one station: the
 * guest is the interview's, not the ferry's. A post that names her
 * without the broadcast keeps her as a name of the story's own. */
static void test_interview_sole(void)
{
    struct digest_post en[] = {
        {.lang = "en",
         .title = "Ferry runs aground off Nanaimo with 412 aboard",
         .body = "The vessel Coastal Sentinel ran aground on a reef off Departure Bay on Monday "
                 "with 412 passengers and crew on board, the rescue centre said."},
        {.lang = "en",
         .title = "Premier promises answers after ferry grounding",
         .body = "Premier Joan Whitlow said the grounding of the Coastal Sentinel would be "
                 "investigated, speaking on NewsTalk 890 Coast's The Drive Home: \"Nobody "
                 "should have to choose between getting home and getting home safely.\""},
        {.lang = "en",
         .title = "Whitlow on the flooding: 'getting home safely'",
         .body = "\"Nobody should have to choose between getting home and getting home "
                 "safely,\" Premier Joan Whitlow told NewsTalk 890 Coast's The Drive Home, "
                 "urging drivers in the valley to stay off the roads."},
    };
    is_int(sole_of(en), 0, "one premier on one station, two stories: no name of the ferry's own");
    en[2].title = "Whitlow to tour the flooded valley";
    en[2].body = "Premier Joan Whitlow will visit Abbotsford on Tuesday, her office said.";
    is_int(sole_of(en), 1, "her name without the broadcast is the story's own");
    struct digest_post fr[] = {
        {.lang = "fr",
         .title = "Grève des dockers : le port de Port-Louis paralysé",
         .body = "Les 900 dockers de la SMM ont cessé le travail mardi matin au port."},
        {.lang = "fr",
         .title = "Dockers : Anjali Ramdel appelle à la reprise du travail",
         .body = "« L'État ne peut pas tout payer », a déclaré mardi soir sur Radio Lagon FM "
                 "Anjali Ramdel, ministre des Finances, à propos des dockers."},
        {.lang = "fr",
         .title = "Prix à la pompe : Anjali Ramdel défend la hausse",
         .body = "« L'État ne peut pas tout payer », a affirmé mardi soir sur Radio Lagon FM "
                 "Anjali Ramdel, pour justifier la fin du gel des prix de l'essence."},
    };
    is_int(sole_of(fr), 0, "« Radio Lagon FM », one minister, two stories: no name of their own");
}

int main(void)
{
    digest_tables_init();
    test_station_shape();
    test_interview_sole();
    return done_testing();
}
