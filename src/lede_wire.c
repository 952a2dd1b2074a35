/*
 * lede_wire: the furniture of syndicated wire copy, which the plain line
 * checks of lede_junk.c miss because it reads like prose: update and
 * correction notes, publisher lines, "<Name>, <Outlet> on <date>" bylines,
 * "Outlet | Updated: <date>" lines, donation appeals, and captions that end
 * with a photo credit. lede_lead_len() cuts what sits in front of the first
 * sentence ("(MENAFN- Gulf Times) DOHA, Oct 19 (KUNA) --"), so the sentence
 * itself is kept and only its furniture goes.
 */
#include "lede.h"
#include "lede_int.h"

#include <stdlib.h>

#include <unicode/utf8.h>

/* Notes that open a line, on the folded text past leading punctuation.
 * Single words and "mise a jour" count only as a whole parenthesised line:
 * "Mise à jour de Windows : ..." is a sentence. */
static const struct {
    const char *pat;
    int paren_only;
} note_lead[] = {
    {"this story has been", 0},
    {"this story was updated", 0},
    {"this article has been", 0},
    {"this article was updated", 0},
    {"an earlier version of this", 0},
    {"a previous version of this", 0},
    {"editor's note", 0},
    {"editors' note", 0},
    {"note de la redaction", 0},
    {"note de l'editeur", 0},
    {"cet article a ete", 0},
    {"une precedente version", 0},
    {"une version precedente", 0},
    {"actualise tout du long", 0},
    {"updates throughout", 0},
    {"updated throughout", 0},
    {"mise a jour", 1},
    {"mis a jour", 1},
    {"actualise", 1},
    {"updated", 1},
    {"update", 1},
    {"updates", 1},
    {"adds", 1},
    {"corrects", 1},
    {"recasts", 1},
    {"refiles", 1},
    {"correctif", 1},
    {"rectificatif", 1},
};
/* Notes that open a line only when followed by ':' ("Correction: ..."). */
static const char *const note_colon[] = {"correction",  "clarification", "erratum",
                                         "precision",   "rectificatif",  "correctif",
                                         "mise a jour", "update",        "note"};
/* Donation appeals and membership pitches, anywhere in the line. */
static const char *const appeal[] = {
    "your support helps",
    "support our journalism",
    "support independent journalism",
    "support quality journal",
    "support local journal",
    "make a donation",
    "donate now",
    "donate today",
    "become a supporter",
    "become a member",
    "soutenez notre journal",
    "soutenez le journalisme",
    "soutenez-nous",
    "soutenez nous",
    "faites un don",
    "votre soutien nous",
    "votre soutien est",
    "without your support",
    "sans votre soutien",
    "chip in",
};
static const char *const agencies[] = {"afp",     "reuters", "ap",    "epa",          "getty",
                                       "anadolu", "xinhua",  "belga", "ats",          "keystone",
                                       "sipa",    "maxppp",  "upi",   "shutterstock", "efe",
                                       "ansa",    "dpa",     "abaca", "hans lucas"};
/* Words a name-and-outlet byline holds besides capitalised words and
 * numbers: "Jane Roe, The Kansas City Star on Oct. 20, 2025 at 6:27 AM". */
static const char *const byline_glue[] = {
    "on",           "at",           "the",   "and",     "&",         "|",       "-",
    "\xe2\x80\x94", "\xe2\x80\x93", "le",    "la",      "les",       "du",      "de",
    "des",          "et",           "à",     "a",       "par",       "updated", "publié",
    "mis",          "jour",         "oct.",  "sept.",   "nov.",      "déc.",    "janv.",
    "févr.",        "avr.",         "juil.", "août",    "mars",      "mai",     "juin",
    "janvier",      "février",      "avril", "juillet", "septembre", "octobre", "novembre",
    "décembre",
};
/* The particles of a name: "Pieter van Wyk", "Amina bint Saleh". */
static const char *const name_particles[] = {"van", "von", "der", "den",  "ter", "da", "di", "dos",
                                             "das", "do",  "bin", "bint", "ibn", "al", "el", "ben"};

static int has_prefix(const char *s, const char *pat)
{
    size_t k = strlen(pat);

    return strncmp(s, pat, k) == 0 && !is_ascii_alnum(s[k]);
}

static int any_digit(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 1;
    return 0;
}

/* Whether f holds one sentence: no ". ", "? " or "! " before its end. A
 * note line that runs on into the story is left to the sentence check,
 * which skips the note and keeps the story. */
static int one_sentence(const char *f)
{
    for (const char *p = f; *p; p++)
        if (strchr(".!?", *p) && p[1] == ' ' && p[2])
            return 0;
    return 1;
}

/* "(Actualisé tout du long)", "This story has been updated to clarify ...",
 * "Correction: ...", "Editor's note: ...". A bare "(Mise à jour)" must be
 * the whole line; a note in words may run on (it is never a lede). */
static int is_note(const char *f, const char *lead)
{
    size_t fn = strlen(f);

    for (size_t i = 0; i < sizeof note_lead / sizeof note_lead[0]; i++) {
        if (!has_prefix(lead, note_lead[i].pat))
            continue;
        if (f[0] == '(') /* a parenthesised note is the whole line */
            return f[fn - 1] == ')' && !memchr(f + 1, '(', fn - 1);
        if (!note_lead[i].paren_only)
            return one_sentence(f);
    }
    for (size_t i = 0; i < sizeof note_colon / sizeof note_colon[0]; i++) {
        const char *p = lead + strlen(note_colon[i]);
        if (has_prefix(lead, note_colon[i]) && *(p += strspn(p, " ")) == ':')
            return one_sentence(f);
    }
    return 0;
}

/* "Publié par <site>, le 20 oct. 2025 à 06:27", "Published by X on ...":
 * short, and it ends with a number (a date or a time). */
static int is_publisher(const char *f, const char *lead, size_t words)
{
    static const char *const pub[] = {"publie par",       "published by", "posted by",
                                      "mis en ligne par", "edite par",    "redige par"};
    size_t fn = strlen(f);

    if (words > 20)
        return 0;
    while (fn && strchr(" .)", f[fn - 1]))
        fn--;
    if (!fn || f[fn - 1] < '0' || f[fn - 1] > '9')
        return 0;
    for (size_t i = 0; i < sizeof pub / sizeof pub[0]; i++)
        if (has_prefix(lead, pub[i]))
            return 1;
    return 0;
}

/* "Reuters | Updated: 19-10-2025 18:30 IST": a short line of fields. */
static int is_field_line(const char *f, size_t words)
{
    return words <= 12 && strstr(f, " | ") && any_digit(f, strlen(f));
}

static int is_appeal(const char *f)
{
    size_t fn = strlen(f);

    for (size_t i = 0; i < sizeof appeal / sizeof appeal[0]; i++)
        if (strstr(f, appeal[i]))
            return 1;
    while (fn && !is_ascii_alnum(f[fn - 1]))
        fn--;
    return fn >= 11 && !strncmp(f + fn - 11, "support now", 11);
}

/* Is the folded text s[0..n) a credit: an agency name, "Photo ...", or
 * "Name/Agency" with a slash? */
static int is_credit_text(const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == ')'))
        n--;
    while (n && (*s == ' ' || *s == '(')) {
        s++;
        n--;
    }
    if (n == 0 || n > 60)
        return 0;
    if (!strncmp(s, "photo", 5) || !strncmp(s, "credit", 6) || !strncmp(s, "\xc2\xa9", 2))
        return 1;
    for (size_t i = 0; i < sizeof agencies / sizeof agencies[0]; i++) {
        size_t k = strlen(agencies[i]);
        for (size_t j = 0; j + k <= n; j++) {
            if (memcmp(s + j, agencies[i], k) != 0)
                continue;
            int before = j == 0 || !is_ascii_alnum(s[j - 1]);
            int after = j + k == n || !is_ascii_alnum(s[j + k]);
            if (before && after && (memchr(s, '/', n) || n == k || strstr(s, "photo")))
                return 1;
        }
    }
    return 0;
}

/* A caption: "(AP Photo/Jane Roe)" anywhere, or a sentence followed by its
 * credit ("... on Monday. REUTERS/Jane Roe", "... lundi. Photo AFP"). */
static int is_caption(const char *f)
{
    size_t fn = strlen(f);
    const char *p = f, *dot = NULL;

    while ((p = strchr(p, '(')) != NULL) {
        const char *q = strchr(p, ')');
        if (!q)
            break;
        if (memmem(p, (size_t)(q - p), "photo", 5) && memchr(p, '/', (size_t)(q - p)))
            return 1;
        p = q;
    }
    if (fn && strchr(".!?\"", f[fn - 1]))
        return 0; /* a credit never ends with a full stop */
    for (size_t i = 0; i + 1 < fn; i++)
        if (strchr(".!?", f[i]) && f[i + 1] == ' ')
            dot = f + i + 1;
    return dot && is_credit_text(dot, fn - (size_t)(dot - f));
}

/* lede_int.h says what a host name is. */
int lede_is_domain(const char *w)
{
    size_t n = strlen(w), last = 0, letters = 0;

    while (n && strchr(",;:.)", w[n - 1]))
        n--;
    if (n < 4 || w[0] == '.' || w[0] == '-')
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)w[i];
        if (ch == '.') {
            if (w[i - 1] == '.' || w[i - 1] == '-')
                return 0;
            last = i;
            letters = 0;
        } else if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') {
            letters++;
        } else if (!((ch >= '0' && ch <= '9') || ch == '-')) {
            return 0;
        }
    }
    /* the last label: letters only, two or more */
    return last > 0 && letters >= 2 && letters == n - last - 1;
}

/* "Jane Roe, The Kansas City Star on Oct. 20, 2025": a name, a comma, then
 * only capitalised words, numbers and glue; no verb, no full stop. The
 * outlet may be its site's host name ("Jane Roe, harbourdaily.com.au on
 * Feb. 10, 2027"). */
static int is_name_outlet(const char *r, size_t n)
{
    size_t i = 0, nt = 0, comma_at = 0;
    char tok[48];

    if (n == 0 || strchr(".!?\"", r[n - 1]) || !memchr(r, ',', n))
        return 0;
    while (i < n) {
        size_t a, l;
        while (i < n && r[i] == ' ')
            i++;
        for (a = i; i < n && r[i] != ' ';)
            i++;
        if (i == a)
            break;
        l = i - a < sizeof tok ? i - a : sizeof tok - 1;
        memcpy(tok, r + a, l);
        tok[l] = 0;
        if (++nt > 18)
            return 0;
        if (!comma_at && l && tok[l - 1] == ',')
            comma_at = nt;
        int32_t k = 0;
        UChar32 c;
        U8_NEXT(tok, k, (int32_t)l, c);
        if (c > 0 && (u_isupper(c) || u_isdigit(c)))
            continue;
        if (comma_at && comma_at < nt && lede_is_domain(tok))
            continue;
        while (l && strchr(",;:", tok[l - 1]))
            tok[--l] = 0;
        if (!IN(tok, byline_glue) && !IN(tok, name_particles))
            return 0;
    }
    /* the name is one to four words, and something follows it */
    return comma_at >= 2 && comma_at <= 4 && nt > comma_at;
}

int lede_byline(const char *s, size_t n)
{
    return is_name_outlet(s, n);
}

int lede_wire_never(const char *r, size_t rn, const char *f, const char *lead, size_t words)
{
    return is_note(f, lead) || is_publisher(f, lead, words) || is_field_line(f, words) ||
           is_appeal(f) || is_caption(f) || is_name_outlet(r, rn);
}

/* ------------------------------------------------------------------------ */
/* What sits in front of the first sentence. */

/* "(MENAFN- Gulf Times) ", "(Actualisé tout du long) ", "(Reuters) ": a
 * short parenthesised tag that opens with a capital and is followed by a
 * capital (the dateline or the sentence). "(Re)découvrir" stays. */
static size_t paren_tag_len(const char *s, size_t n)
{
    const char *close;
    size_t i, words = 1;
    int32_t k = 1;
    UChar32 c;

    if (n < 4 || s[0] != '(' || !(close = memchr(s, ')', n < 80 ? n : 80)))
        return 0;
    U8_NEXT(s, k, (int32_t)n, c);
    if (c < 0 || !u_isupper(c))
        return 0;
    for (const char *p = s + 1; p < close; p++)
        words += *p == ' ';
    i = (size_t)(close - s) + 1;
    if (words > 6 || i >= n || !is_sp(s[i]))
        return 0;
    while (i < n && is_sp(s[i]))
        i++;
    k = (int32_t)i;
    U8_NEXT(s, k, (int32_t)n, c);
    if (c < 0 || !(u_isupper(c) || (c <= 0xFFFF && is_open16((UChar)c))))
        return 0;
    return i;
}

size_t lede_lead_len(const char *s, size_t n)
{
    size_t off = 0;

    for (int round = 0; round < 4 && off < n; round++) {
        size_t k = paren_tag_len(s + off, n - off);
        if (!k)
            k = lede_dateline_len(s + off, n - off);
        if (!k)
            break;
        off += k;
    }
    return off;
}
