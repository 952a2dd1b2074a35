/*
 * digest_remark: a title that reports a remark. A desk that heads a
 * broadcast interview by what the guest said writes the speaker, the word
 * of address, the audience, a colon and the message: "PM to dockers and
 * teachers: 'Nobody wins by shutting the country down'", "Cadle tells
 * teachers: talk, don't close schools", « Bergeron aux agriculteurs :
 * « Pas de chantage » ». The message is the guest's words, quoted or
 * paraphrased, and every story drawn from the interview writes it; the
 * verb of address ("tells", "urges") is the interview's too. Both are
 * read as quoted words (no topic, no half: key_halves(), key_topic(),
 * digest_group.c); the speaker and the audience keep their words. Only a
 * speaker the copy names (a word it writes capitalised inside a sentence)
 * or an office ("minister", "PM") opens the formula: "Grève aux TPG :",
 * "Fraude aux diplômes :" are a rubric's, "Before you go to A&E:" a
 * service piece's. (eval/README.md, seventy-seventh round.)
 */
#include "digest_int.h"

#include <string.h>

/* The words of address, as folded words; the ones that are a verb of
 * saying (the first four) are marked too ("to" and "aux" are stopwords). */
static const char *const address[] = {"tells", "urges", "warns", "exhorte", "to", "aux"};
#define NVERBS 4

/* The offices a title names its speaker by. */
static const char *const offices[] = {"minister", "pm",      "president", "mayor",
                                      "ministre", "premier", "maire",     "presidente"};

#define REMARK_SPEAKER_MAX 4 /* words before the word of address, at most */

static int is_word(const struct tok *t, const char *w)
{
    return t->fn == strlen(w) && memcmp(t->fw, w, t->fn) == 0;
}

/* Whether a sentence or the title ends between tokens a and b. */
static int sentence_gap(const char *s, const struct tok *a, const struct tok *b)
{
    for (uint32_t x = a->e; x < b->s; x++)
        if (s[x] == '.' || s[x] == '!' || s[x] == '?' || s[x] == '\n' || s[x] == ':')
            return 1;
    return 0;
}

/* Whether title token t[i] is a speaker: an office, or a word the copy
 * writes capitalised inside a sentence (a name). */
static int speaker(const char *s, const struct tok *t, size_t nt, size_t i)
{
    for (size_t o = 0; o < sizeof offices / sizeof *offices; o++)
        if (is_word(&t[i], offices[o]))
            return 1;
    for (size_t k = 1; k < nt; k++)
        if (!t[k].intitle && t[k].h == t[i].h && t[k].cap && !t[k - 1].intitle &&
            !sentence_gap(s, &t[k - 1], &t[k]))
            return 1;
    return 0;
}

/* The word of address of a title of colon tokens before its colon: its
 * index in address[] (*v) and token, 0 when there is none. */
static size_t address_word(const char *s, const struct tok *t, size_t nt, size_t colon, size_t *v)
{
    for (size_t i = 1; i < colon && i <= REMARK_SPEAKER_MAX; i++)
        for (*v = 0; *v < sizeof address / sizeof *address; (*v)++)
            if (is_word(&t[i], address[*v]) && speaker(s, t, nt, i - 1))
                return i;
    return 0;
}

void digest_mark_remark(const char *s, struct tok *t, size_t nt)
{
    size_t colon = 0, v = 0;

    for (size_t i = 0; i + 1 < nt && t[i + 1].intitle && !colon; i++)
        for (uint32_t x = t[i].e; x < t[i + 1].s && !colon; x++)
            colon = s[x] == ':' ? i + 1 : 0;
    size_t verb = address_word(s, t, nt, colon, &v);
    if (!verb)
        return;
    if (v < NVERBS)
        t[verb].quoted = 1;
    for (size_t k = colon; k < nt && t[k].intitle; k++)
        t[k].quoted = 1;
}
