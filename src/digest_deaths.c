/*
 * digest_deaths: the death toll a title gives, and two titles whose tolls
 * tell two events. A story's toll only rises: "Two killed as bus and truck
 * collide", then "Death toll ... rises to three", then "kills 3, injures
 * 14"; a later report never gives fewer dead than an earlier one. A title
 * posted later that gives fewer dead than another title is another event
 * of the kind: day 77's "One dead, seven hurt in Tasmania fruit-picker van
 * crash", an hour and a half after "Bus-truck crash on Australian bridge
 * kills 3" and two after « trois morts dans une collision ... à Hobart »,
 * shares with them the kind's word, the toll's and the state, and is the
 * minibus's rollover, not the bridge. Such an edge weighs nothing and is
 * no link (digest.c, group_candidates()), as the toll alone.
 *
 * A count is read only right next to a word of death, in the title, and
 * not across a comma or a colon ("One dead, seven hurt": one): "Two
 * killed", "two dead", "kills 3", "trois morts", "four deaths". A number
 * word after "et" or "and" is a compound's last word ("trente et un
 * morts"), and an ordinal is no count ("un cinquième décès"): neither is
 * read. Nor is the count of a title that revises the toll down and says
 * so ("revised", « revu »). Over 77 days, 209 pairs of posts give two tolls the later lower,
 * all of two stories.
 */
#include "digest_int.h"
#include "digest_trace_int.h"
#include "digest_linked.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "digest.h"
#include "xmalloc.h"

/* The words of death a count stands next to, folded to ASCII lower case
 * for their first letter only (the rest as written). */
static const char *const death_words[] = {
    "kill", "kills", "killed", "killing", "dead", "death", "deaths", "die",   "dies",  "died",
    "mort", "morts", "morte",  "mortes",  "tué",  "tués",  "tuée",   "tuées", "décès",
};
/* French copy writes a toll in words past ten too ("quatorze morts",
 * "seize morts", day 78); the teens and "twenty" / « vingt » are read. */
/* clang-format off */
static const char *const count_words[] = {
    "one", "two",  "three", "four",   "five", "six", "seven", "eight", "nine", "ten",
    "un",  "deux", "trois", "quatre", "cinq", "six", "sept",  "huit",  "neuf", "dix",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt",
};
/* clang-format on */
/* The words of a title that corrects its toll downwards. */
static const char *const revision_words[] = {
    "revised", "revises", "revise", "lowered", "lowers",  "corrected", "corrects",
    "revu",    "revue",   "révisé", "révisée", "corrigé", "corrige",   "ramené",
};
/* clang-format off */
static const int count_values[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
                                   11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 11, 12, 13, 14, 15, 16, 20};
/* clang-format on */

/* A title's token: [s, e), or a stop (a comma, a colon, a dash) that no
 * count is read across. */
struct dtok {
    const char *s;
    size_t n;
    int stop;
};

#define DEATH_TOKENS 64

static int word_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80 || c == '-' || c == '\'';
}

static size_t title_tokens(const char *t, struct dtok *v)
{
    size_t n = 0;

    for (size_t i = 0; t[i] && n < DEATH_TOKENS;) {
        unsigned char c = (unsigned char)t[i];
        /* an em or en dash (U+2014, U+2013) is a stop, as punctuation */
        if (c == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
            ((unsigned char)t[i + 2] == 0x94 || (unsigned char)t[i + 2] == 0x93)) {
            v[n++] = (struct dtok){t + i, 3, 1};
            i += 3;
        } else if (word_char(c)) {
            size_t j = i;
            /* a figure keeps its separators: "1,200", "3.400" */
            while (t[j] && (word_char((unsigned char)t[j]) ||
                            ((t[j] == ',' || t[j] == '.') && j > i && t[j - 1] >= '0' &&
                             t[j - 1] <= '9' && t[j + 1] >= '0' && t[j + 1] <= '9')))
                j++;
            v[n++] = (struct dtok){t + i, j - i, 0};
            i = j;
        } else {
            if (c == ',' || c == ':' || c == ';' || c == '.' || c == '!' || c == '?')
                v[n++] = (struct dtok){t + i, 1, 1};
            i++;
        }
    }
    return n;
}

/* Each title's every token meets every word of the lists here: the first
 * letter turns most away, so no strlen() of the word comes before it. A
 * token's bytes are never NUL, so w's end is a mismatch in the loop. */
static int tok_is(const struct dtok *x, const char *w)
{
    if (x->stop)
        return 0;
    char c = x->s[0] >= 'A' && x->s[0] <= 'Z' ? (char)(x->s[0] - 'A' + 'a') : x->s[0];
    if (c != w[0])
        return 0;
    size_t i = 1;
    while (i < x->n && x->s[i] == w[i])
        i++;
    return i == x->n && w[i] == '\0';
}

/* The lower-case ASCII first letters of words w[0..n), as bits: a sieve
 * that turns a token away before it meets each word (tok_is()). */
static uint32_t word_initials(const char *const *w, size_t n)
{
    uint32_t m = 0;
    for (size_t i = 0; i < n; i++)
        m |= w[i][0] >= 'a' && w[i][0] <= 'z' ? 1u << (w[i][0] - 'a') : 1u << 26;
    return m;
}

/* Whether token x may be one of the words of initials m. */
static int tok_may(const struct dtok *x, uint32_t m)
{
    char c = x->s[0] >= 'A' && x->s[0] <= 'Z' ? (char)(x->s[0] - 'A' + 'a') : x->s[0];
    return !x->stop && (c >= 'a' && c <= 'z' ? m >> (c - 'a') & 1 : m >> 26 & 1);
}

/* The count token v[j] gives (v[j - 1] before it), or -1. */
static int tok_count(const struct dtok *v, size_t j)
{
    const struct dtok *x = &v[j];
    if (x->stop || (j > 0 && (tok_is(&v[j - 1], "et") || tok_is(&v[j - 1], "and"))))
        return -1;
    if (x->s[0] >= '0' && x->s[0] <= '9') {
        long n = 0;
        for (size_t i = 0; i < x->n; i++) {
            if (x->s[i] >= '0' && x->s[i] <= '9')
                n = n * 10 + (x->s[i] - '0');
            else if (x->s[i] != ',' && x->s[i] != '.')
                return -1; /* "3-year-old", "2e" */
            if (n > 100000)
                return -1;
        }
        return n >= 1900 && n <= 2100 ? -1 : (int)n; /* a year */
    }
    for (size_t i = 0; i < sizeof count_words / sizeof *count_words; i++)
        if (tok_is(x, count_words[i]))
            return count_values[i];
    return -1;
}

/* The toll a title gives (digest_title_deaths()); *least set when it is
 * read after "at least" / « au moins ». */
static int title_deaths(const char *title, int *least)
{
    struct dtok v[DEATH_TOKENS];
    size_t n = title ? title_tokens(title, v) : 0;

    /* A title that revises the toll ("Toll revised down to eight", « le
     * bilan revu à la baisse ») gives its story a lower count on purpose:
     * no count of its is read against the earlier ones. */
    uint32_t rev = word_initials(revision_words, sizeof revision_words / sizeof *revision_words);
    uint32_t dw = word_initials(death_words, sizeof death_words / sizeof *death_words);
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < sizeof revision_words / sizeof *revision_words; k++)
            if (tok_may(&v[i], rev) && tok_is(&v[i], revision_words[k]))
                return -1;
    for (size_t i = 0; i < n; i++) {
        int death = 0;
        if (!tok_may(&v[i], dw))
            continue;
        for (size_t k = 0; k < sizeof death_words / sizeof *death_words && !death; k++)
            death = tok_is(&v[i], death_words[k]);
        if (!death)
            continue;
        int before = i > 0 ? tok_count(v, i - 1) : -1;
        /* The count after the toll's qualifier, "at least" or « au moins »:
         * "Bus crash kills at least 11 in western Algeria", day 80, and two
         * hours later "One dead as tram slams into minibus in Oran", the
         * same city's other crash. A floor of the dead is a count a later
         * report of the story never goes below. */
        size_t a = i + 1 +
                   2 * (i + 3 < n && ((tok_is(&v[i + 1], "at") && tok_is(&v[i + 2], "least")) ||
                                      (tok_is(&v[i + 1], "au") && tok_is(&v[i + 2], "moins"))));
        int after = a < n ? tok_count(v, a) : -1;
        if (before >= 0 || after >= 0) {
            *least = before < 0 && a > i + 1;
            return before >= 0 ? before : after;
        }
    }
    /* The toll's update: "Death toll ... rises to three", « le bilan passe
     * à 21 morts »: the count after "to" or « à » in a title that names the
     * toll. */
    int toll = 0;
    for (size_t i = 0; i < n && !toll; i++)
        toll = tok_is(&v[i], "toll") || tok_is(&v[i], "bilan");
    for (size_t i = 0; toll && i + 1 < n; i++)
        if ((tok_is(&v[i], "to") || tok_is(&v[i], "à")) && tok_count(v, i + 1) >= 0)
            return tok_count(v, i + 1);
    return -1;
}

int digest_title_deaths(const char *title)
{
    int least = 0;
    return title_deaths(title, &least);
}

/* Whether two posts are of one language (their first two letters). */
static int one_lang(const char *a, const char *b)
{
    return a && b && strncasecmp(a, b, 2) == 0;
}

void digest_deaths_apart(const struct digest_post *posts, const size_t *cand, size_t nc,
                         struct digest_edges *e)
{
    int *dead = xmalloc((nc ? nc : 1) * sizeof *dead);
    uint8_t *least = xcalloc(nc ? nc : 1, 1);
    for (size_t c = 0; c < nc; c++) {
        int f = 0;
        dead[c] = title_deaths(posts[cand[c]].title, &f);
        least[c] = (uint8_t)f;
    }
    for (size_t i = 0; i < e->n; i++) {
        uint32_t a = e->v[i].a, b = e->v[i].b;
        if (dead[a] < 0 || dead[b] < 0)
            continue;
        /* A floor ("kills at least 27") is the first flash's formula, and
         * the other language's service re-files that flash hours late with
         * its count as it was: Romandie's (2026-09-16) English "Crowd crush ... kills at
         * least 27", an hour after the French « le bilan s'alourdit à 34
         * morts », one story. A floor is read against its own language's
         * titles only. */
        if ((least[a] || least[b]) && !one_lang(posts[cand[a]].lang, posts[cand[b]].lang))
            continue;
        int64_t ta = posts[cand[a]].published_at, tb = posts[cand[b]].published_at;
        if ((ta < tb && dead[b] < dead[a]) || (tb < ta && dead[a] < dead[b])) {
            e->v[i].cos = 0.0f; /* thin: it weighs nothing (digest_weigh()) */
            if (e->named)
                e->named[i] = 2; /* and no link, as the toll alone (digest_attach()) */
        }
    }
    free(dead);
    free(least);
}

/* Whether posts a and b, of one language, give title tolls that tell two
 * events: the later one gives fewer dead (dead[], at[]: -1, no toll). */
static int tolls_apart(const struct digest_post *posts, const size_t *cand, const int *dead,
                       size_t a, size_t b)
{
    if (dead[a] < 0 || dead[b] < 0 || !one_lang(posts[cand[a]].lang, posts[cand[b]].lang))
        return 0;
    int64_t ta = posts[cand[a]].published_at, tb = posts[cand[b]].published_at;
    return (ta < tb && dead[b] < dead[a]) || (tb < ta && dead[a] < dead[b]);
}

void digest_centroid_tolled(const struct digest_post *posts, const size_t *cand,
                            const struct keyset *ks, const struct postings *pl, size_t nc,
                            size_t df_cap, const uint8_t *filler, struct groups *g,
                            const struct digest_edges *e, uint32_t *via)
{
    size_t m = nc ? nc : 1;
    size_t *pre = xmalloc(m * sizeof *pre);
    uint32_t *linked = e ? xmalloc(m * sizeof *linked) : NULL;
    if (linked)
        digest_linked_story(e, g, nc, linked);
    memcpy(pre, g->parent, nc * sizeof *pre);
    digest_centroid(ks, pl, nc, df_cap, filler, g, linked, via);
    free(linked);
    int *dead = NULL;
    for (size_t r = 0; r < nc; r++) {
        if (pre[r] != r || g->parent[r] == r || g->pin[r])
            continue; /* not a lone post the centroid moved */
        if (!dead) {
            dead = xmalloc(m * sizeof *dead);
            for (size_t c = 0; c < nc; c++)
                dead[c] = digest_title_deaths(posts[cand[c]].title);
        }
        if (dead[r] < 0)
            continue;
        size_t root = uf_find(g->parent, r);
        for (size_t c = 0; c < nc; c++)
            if (c != r && uf_find(g->parent, c) == root && tolls_apart(posts, cand, dead, r, c)) {
                g->parent[r] = r; /* a toll only rises: another event of the kind */
                if (via)
                    via[r] = UINT32_MAX;
                break;
            }
    }
    free(dead);
    free(pre);
    DIGEST_TRACE(digest_trace_stage("centroid", g, nc));
}
