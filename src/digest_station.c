/*
 * digest_station: a broadcaster's call sign and frequency are the source,
 * not a name and a figure of the story. North American stations go by call
 * letters and a frequency ("KAZR 91.5", "WQRS 1050"), British and African
 * ones by a name and a frequency ("Derwent FM 96.1", "97.3 FM"). The
 * station word of "Radio Horizon" makes its run a broadcaster (K_MEDIA,
 * is_media_run(), digest_keys.c), which counts nothing; the call letters
 * have no such word, and the frequency beside either was keyed as a figure
 * of the post's own. A regional day's radio interview quoted in two stories
 * (a county executive on the tax vote and on the state's transit bill)
 * then shared the station's two keys besides the speaker, and the linkage
 * joined the two posts at the weight's cap (day 116, eval/README.md,
 * hundred-and-fifth round; the same two keys made the edge between the
 * two stories' interview posts on days 57, 67 and 99). Read here: call
 * letters (four capitals, the first K, W or C, as the United States and
 * Canada assign them) right before a frequency, and a frequency right
 * after a broadcaster's run or right before "FM" or "AM". A frequency is
 * an FM one (87.5 to 108.0, one decimal at most) or an AM one (530 to
 * 1710, no decimal): "KLM 747" (three letters), "Flight 1050" and "WQRS
 * 2027" stay what they were.
 */
#include "digest_int.h"

#include <string.h>

/* Whether raw bytes s[a..e) spell a broadcast frequency. */
static int frequency(const char *s, uint32_t a, uint32_t e)
{
    unsigned whole = 0, dec = 0, ndec = 0, nwhole = 0;
    uint32_t k = a;

    for (; k < e && s[k] >= '0' && s[k] <= '9' && nwhole < 5; k++, nwhole++)
        whole = whole * 10 + (unsigned)(s[k] - '0');
    if (k < e && s[k] == '.')
        for (k++; k < e && s[k] >= '0' && s[k] <= '9' && ndec < 2; k++, ndec++)
            dec = dec * 10 + (unsigned)(s[k] - '0');
    if (k != e || !nwhole || ndec > 1)
        return 0;
    unsigned tenths = whole * 10 + dec;
    if (tenths >= 875 && tenths <= 1080)
        return 1;
    return ndec == 0 && whole >= 530 && whole <= 1710;
}

/* The end of the number that starts at t[i] in raw text s: its digits and
 * one decimal point, as written ("91.5" is two tokens). */
static uint32_t number_end(const char *s, const struct tok *t, size_t i, size_t nt)
{
    uint32_t e = t[i].e;

    if (i + 1 < nt && t[i + 1].digits && t[i + 1].s == e + 1 && s[e] == '.')
        e = t[i + 1].e;
    return e;
}

static int word_is(const struct tok *t, const char *w)
{
    return t->fn == strlen(w) && memcmp(t->fw, w, t->fn) == 0;
}

int digest_station_call(const char *s, const struct tok *t, size_t i, size_t last, size_t nt)
{
    const struct tok *c = &t[i];

    if (last != i || !c->allcaps || c->fn != 4 || c->digits)
        return 0;
    if (c->fw[0] != 'k' && c->fw[0] != 'w' && c->fw[0] != 'c')
        return 0;
    if (i + 1 >= nt || !t[i + 1].digits || !t[i + 1].join)
        return 0;
    return frequency(s, t[i + 1].s, number_end(s, t, i + 1, nt));
}

int digest_station_freq(const char *s, const struct tok *t, size_t i, size_t nt, int after_media)
{
    if (!t[i].digits)
        return 0;
    uint32_t e = number_end(s, t, i, nt);
    if (!frequency(s, t[i].s, e))
        return 0;
    if (after_media && t[i].join)
        return 1;
    size_t nx = e == t[i].e ? i + 1 : i + 2;
    return nx < nt && t[nx].join && (word_is(&t[nx], "fm") || word_is(&t[nx], "am"));
}
