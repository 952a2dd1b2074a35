/*
 * digest_onair: a station known by its shape and by the words of the
 * interview around it, not by a station word. A regional station goes by
 * a name and its dial position, and copy that quotes it writes who was
 * told and on which station: "told NewsTalk 890 Coast's The Drive Home",
 * "telling Lanka Talk 94.8's "Evening Round"", "telling KCAT 9's "Tucson
 * Tonight"", "on Wave 97.3 FM's "Morning Brew"". None has a station word
 * ("Radio", "FM": is_media_run(), digest_keys.c) nor call letters right
 * before a frequency (digest_station.c), so the name and the number were
 * keyed as a name and a figure of the post's own, and every story drawn
 * from the one interview shared them besides the guest (day 53's premier
 * on the flooding and on the ferry's grounding, day 66's prime minister on
 * a bus crash and the doctors' strike, day 111's mayor on a fire and the
 * schools' vote: eval/README.md, hundred-and-sixth round, precision).
 * Read here: a name run right after a verb or preposition of address
 * ("told", "telling", "tells", "on", "sur"), followed by a dial position
 * (an FM frequency, an AM one, or a channel of one or two digits), maybe
 * a second name run ("Coast"), then a possessive or the band ("FM",
 * "AM"). digest_onair_end() answers the token after the station: the keys
 * read before it are the broadcaster's (K_MEDIA), which count nothing.
 * "Flight 1020's crew" (no word of address), "on Boeing 747s" (no
 * possessive) and "on Route 9's northbound lanes" (a road's word) stay
 * what they were. The programme after the possessive is
 * left a name: it often holds the city ("Subah Mumbai"), which is the
 * story's too.
 */
#include "digest_onair.h"

#include "digest_int.h"

#include <string.h>

static int word_is(const struct tok *t, const char *w)
{
    return t->fn == strlen(w) && memcmp(t->fw, w, t->fn) == 0;
}

/* The token after a number at t[i] ("94.8" is two tokens), or i. */
static size_t after_number(const char *s, const struct tok *t, size_t i, size_t nt, unsigned *value,
                           int *decimal)
{
    *value = 0;
    *decimal = 0;
    if (i >= nt || !t[i].digits || t[i].dpre != t[i].e - t[i].s || t[i].dpre > 5)
        return i;
    for (uint32_t k = t[i].s; k < t[i].e; k++)
        *value = *value * 10 + (unsigned)(s[k] - '0');
    size_t j = i + 1;
    if (j < nt && t[j].digits && t[j].s == t[i].e + 1 && s[t[i].e] == '.') {
        *decimal = 1;
        j++;
    }
    return j;
}

/* Whether a number is a dial position: an FM frequency (87 to 108, a
 * decimal or not), an AM one (530 to 1710), or a channel (1 to 99, whole). */
static int dial(unsigned v, int decimal)
{
    if (v >= 87 && v <= 108)
        return 1;
    return !decimal && ((v >= 530 && v <= 1710) || (v >= 1 && v <= 99));
}

/* Whether t is a band, "FM" or "AM" in capitals. */
static int band(const struct tok *t)
{
    return t->allcaps && (word_is(t, "fm") || word_is(t, "am"));
}

/* Whether t[j] is a possessive's "s" ("Coast's", "94.8's"). */
static int possessive(const struct tok *t, size_t j, size_t nt)
{
    return j < nt && t[j].fn == 1 && t[j].fw[0] == 's' && t[j].join && !t[j].cap;
}

size_t digest_onair_end(const char *s, const struct tok *t, size_t i, size_t last, size_t nt)
{
    size_t j = last + 1;
    unsigned v;
    int decimal;

    if (i == 0 || !t[i].join || t[i - 1].cap ||
        !(word_is(&t[i - 1], "told") || word_is(&t[i - 1], "telling") ||
          word_is(&t[i - 1], "tells") || word_is(&t[i - 1], "on") || word_is(&t[i - 1], "sur")))
        return 0;
    if (j >= nt || !t[j].join || digest_road_word(&t[last]))
        return 0; /* "on Route 9's northbound lanes": a road (digest_road.c) */
    size_t k = after_number(s, t, j, nt, &v, &decimal);
    if (k == j || !dial(v, decimal))
        return 0;
    while (k < nt && t[k].join && t[k].cap && !t[k].digits && t[k].fn > 1 && !band(&t[k]))
        k++; /* "NewsTalk 890 Coast's" */
    if (k < nt && t[k].join && band(&t[k]))
        return k + 1;
    return possessive(t, k, nt) ? k : 0;
}
