/*
 * The interview quoted on two stories (eval/README.md, hundred-and-sixth
 * round, precision): a station known by its shape and the words around an
 * interview (digest_onair.c). Short invented posts, French and English. The module's private header is included to read a
 * post's keys.
 */
#include "tap.h"

#include <stdint.h>
#include <string.h>

#include "digest.h"
#include "digest_int.h"

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

int main(void)
{
    digest_tables_init();
    test_station_shape();
    return done_testing();
}
