/*
 * lede_junk: the lines that are never a lede, judged on one stripped,
 * trimmed line: photo credits and captions, bylines, "Lire aussi" / "Read
 * also", promotional footers, "Publié le" lines. (The dateline that opens
 * a wire story is cut off, not dropped: lede_dateline.c.)
 * Most checks read the line folded by lede_u8_fold() (lower case, no
 * accents, punctuation kept); bylines are judged on the raw words.
 */
#include "lede_int.h"

#include <stdlib.h>

#include <unicode/utf8.h>

/* Words of the folded line checks. */
static const char *const credit_words[] = {
    "photo", "photos", "credit",      "credits", "illustration", "image",   "images",
    "video", "videos", "infographie", "source",  "sources",      "legende", "caption",
};
static const char *const credit_strong[] = {"by",     "credit",   "credits", "photo",
                                            "photos", "courtesy", "via"};
static const char *const credit_weak[] = {"de", "d", "du", "afp", "reuters", "ap", "getty"};
static const struct {
    const char *pat;
    int colon; /* must be followed by ':' or end the line */
} read_also[] = {
    {"lire aussi", 0},
    {"a lire aussi", 0},
    {"lire egalement", 0},
    {"a lire egalement", 0},
    {"lire la suite", 0},
    {"voir aussi", 0},
    {"a voir aussi", 0},
    {"voir egalement", 0},
    {"a voir egalement", 0},
    {"sur le meme sujet", 0},
    {"lisez aussi", 0},
    {"read also", 0},
    {"read more", 0},
    {"also read", 0},
    {"see also", 0},
    {"more on this", 0},
    {"related", 1},
    {"a lire", 1},
    {"a voir", 1},
    {"read", 1},
    {"more", 1},
    {"en savoir plus", 1},
    {"pour aller plus loin", 1},
    {"a decouvrir", 1},
};
static const char *const promo[] = {
    "follow us on",
    "follow us:",
    "suivez-nous",
    "suivez nous",
    "subscribe to our",
    "sign up for our",
    "sign up to our",
    "abonnez-vous",
    "abonnez vous",
    "inscrivez-vous a",
    "inscrivez vous a",
    "download our app",
    "download the app",
    "telechargez notre appli",
    "telechargez l'appli",
    "retrouvez-nous sur",
    "retrouvez nous sur",
    "rejoignez-nous sur",
    "join us on",
    "like us on",
    "recevez notre newsletter",
    "get our newsletter",
};
static const char *const dated[] = {
    "publie le", "publie a", "publie aujourd", "mis a jour", "mise a jour",
    "published", "updated",  "last updated",   "modifie le",
};
static const char *const byline_lead[] = {"par notre", "de notre", "par nos", "de nos", "from our"};
static const char *const byline_next[] = {
    "envoye",         "envoyee",       "envoyes",        "envoyees",       "special",
    "speciale",       "correspondant", "correspondante", "correspondants", "correspondent",
    "correspondents", "reporter",      "bureau",         "redaction",      "staff",
};
static const char *const credit_lines[] = {
    "reporting by", "additional reporting", "with reporting", "editing by",
    "writing by",   "avec la redaction",    "copyright",
};

/* Lower-case words a byline may hold between its names. */
static const char *const connectors[] = {
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "van",
    "von",
    "der",
    "den",
    "da",
    "di",
    "dos",
    "del",
    "el",
    "al",
    "bin",
    "ben",
    "y",
    "et",
    "and",
    "&",
    "à",
    "a",
    "au",
    "aux",
    "en",
    "in",
    "at",
    "avec",
    "with",
    "notre",
    "nos",
    "our",
    "the",
    "for",
    "pour",
    "from",
    "envoyé",
    "envoyée",
    "envoyés",
    "spécial",
    "spéciale",
    "correspondant",
    "correspondante",
    "correspondent",
    "staff",
    "reporter",
    "writer",
    "editor",
};

/* First code point of s (n > 0), or -1. */
static UChar32 u8_first(const char *s, size_t n)
{
    int32_t i = 0;
    UChar32 c;

    if (n == 0)
        return -1;
    U8_NEXT(s, i, (int32_t)(n > 8 ? 8 : n), c);
    return c;
}

static size_t u8_count(const char *s, size_t n)
{
    size_t k = 0;

    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}
/* s starts with the phrase pat, ending at a word boundary. */
static int starts_phrase(const char *s, const char *pat)
{
    size_t k = strlen(pat);

    return strncmp(s, pat, k) == 0 && !is_ascii_alnum(s[k]) && (unsigned char)s[k] < 0x80;
}

/* Copies the ASCII letters at s into w; returns the end of the word. */
static const char *ascii_word(const char *s, char *w, size_t cap)
{
    size_t k = 0;

    while ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')) {
        if (k + 1 < cap)
            w[k++] = *s;
        s++;
    }
    w[k] = 0;
    return s;
}

static size_t count_words(const char *s, size_t n)
{
    struct lede_words w = {0};
    for (int32_t i = 0; (size_t)i < n;) {
        UChar32 c;
        U8_NEXT(s, i, (int32_t)n, c);
        lede_words_add(&w, c);
    }
    return (size_t)lede_words_total(&w);
}

/* A byline, judged on the raw words: "Par Marie Martin", "By John Smith,
 * Reuters", "Avec AFP", "— Reuters". */
static int is_byline(const char *r, size_t n)
{
    char tok[12][48];
    size_t nt = 0, i = 0;

    while (i < n && nt < 12) {
        while (i < n && r[i] == ' ')
            i++;
        size_t a = i;
        while (i < n && r[i] != ' ')
            i++;
        if (i > a) {
            size_t l = i - a < sizeof tok[0] ? i - a : sizeof tok[0] - 1;
            memcpy(tok[nt], r + a, l);
            tok[nt][l] = 0;
            nt++;
        }
    }
    if (nt == 0)
        return 0;
    if (strncmp(r, "\xe2\x80\x94", 3) == 0 || strncmp(r, "\xe2\x80\x93", 3) == 0 ||
        strncmp(r, "--", 2) == 0)
        return nt <= 4 && i >= n;
    if (!strcmp(tok[0], "With") || !strcmp(tok[0], "Avec") || !strcmp(tok[0], "(With") ||
        !strcmp(tok[0], "(Avec") || !strcmp(tok[0], "(with") || !strcmp(tok[0], "(avec")) {
        if (nt > 4 || i < n || u8_count(r, n) > 40)
            return 0;
        for (size_t k = 1; k < nt; k++) {
            const char *w = tok[k] + (tok[k][0] == 'l' && tok[k][1] == '\'' ? 2 : 0);
            UChar32 c = u8_first(w, strlen(w));
            if ((c > 0 && u_isupper(c)) || !strncmp(w, "agenc", 5))
                return 1;
        }
        return 0;
    }
    if (strcmp(tok[0], "Par") && strcmp(tok[0], "By") && strcmp(tok[0], "PAR") &&
        strcmp(tok[0], "BY"))
        return 0;
    if (nt < 2 || nt > 8 || i < n)
        return 0;
    size_t caps = 0;
    int outlet = 0; /* past "Par Name Name,": the outlet, "La Gazette internationale" */
    for (size_t k = 1; k < nt; k++) {
        char *w = tok[k];
        size_t l;
        if (*w == '(')
            w++;
        l = strlen(w);
        int comma = l && w[l - 1] == ',';
        while (l && strchr(",;:.)", w[l - 1]))
            w[--l] = 0;
        if (!l)
            continue;
        if (outlet) {
            caps += outlet == 1; /* its first word was checked capitalised */
            outlet = 2;
            continue;
        }
        if ((w[0] == 'l' || w[0] == 'd') && (w[1] == '\'' || !strncmp(w + 1, "\xe2\x80\x99", 3)))
            w += w[1] == '\'' ? 2 : 4;
        UChar32 c = u8_first(w, strlen(w));
        if (c > 0 && u_isupper(c)) {
            caps++;
            if (comma && caps >= 2 && k + 1 < nt) {
                /* The outlet after the name starts with a capital, or is
                 * its site's name ("Par Awa Sawadogo, lefaso-matin.bf"). */
                UChar32 d = u8_first(tok[k + 1], strlen(tok[k + 1]));
                outlet = (d > 0 && u_isupper(d)) || lede_is_domain(tok[k + 1]) ? 1 : 0;
            }
        } else {
            char low[48];
            size_t m = 0;
            for (; w[m] && m + 1 < sizeof low; m++)
                low[m] = (char)(w[m] >= 'A' && w[m] <= 'Z' ? w[m] | 0x20 : w[m]);
            low[m] = 0;
            if (!IN(low, connectors))
                return 0;
        }
    }
    return caps > 0;
}

/* Credits and captions: "(Photo AFP)", "Photo : X", "Crédit photo X",
 * "Reporting by X". lead is f past its leading punctuation. */
static int is_credit(const char *f, const char *lead, size_t words)
{
    char w1[24], w2[24];
    const char *p;

    if (f[0] == '(') {
        ascii_word(f + 1 + strspn(f + 1, " "), w1, sizeof w1);
        if (IN(w1, credit_words))
            return 1;
    }
    if (strstr(f, "(photo") || strstr(f, "(credit") || strstr(f, "(illustration"))
        return 1;
    p = ascii_word(lead, w1, sizeof w1);
    if (IN(w1, credit_words)) {
        p += strspn(p, " ");
        if (*p == ':' || *p == '/')
            return 1;
        ascii_word(p, w2, sizeof w2);
        if ((IN(w2, credit_strong) && words <= 10) || (IN(w2, credit_weak) && words <= 5))
            return 1;
    }
    for (size_t i = 0; i < sizeof credit_lines / sizeof credit_lines[0]; i++)
        if (starts_phrase(lead, credit_lines[i]))
            return 1;
    return 0;
}

/* "Lire aussi", "Read more", "Related:" */
static int is_read_also(const char *lead)
{
    for (size_t i = 0; i < sizeof read_also / sizeof read_also[0]; i++) {
        if (!starts_phrase(lead, read_also[i].pat))
            continue;
        const char *p = lead + strlen(read_also[i].pat);
        p += strspn(p, " ");
        if (!read_also[i].colon || *p == ':' || *p == 0)
            return 1;
    }
    return 0;
}

/* Promotional footers, anywhere in the line. */
static int is_promo(const char *f)
{
    for (size_t i = 0; i < sizeof promo / sizeof promo[0]; i++)
        if (strstr(f, promo[i]))
            return 1;
    return 0;
}

/* "Publié le 3 mars à 10 h" */
static int is_dated(const char *lead, size_t words)
{
    if (words > 12)
        return 0;
    for (size_t i = 0; i < sizeof dated / sizeof dated[0]; i++)
        if (starts_phrase(lead, dated[i]))
            return 1;
    return 0;
}

/* "De notre envoyé spécial", "From our correspondent" */
static int is_byline_lead(const char *lead)
{
    char w2[24];

    for (size_t i = 0; i < sizeof byline_lead / sizeof byline_lead[0]; i++) {
        if (!starts_phrase(lead, byline_lead[i]))
            continue;
        const char *p = lead + strlen(byline_lead[i]);
        ascii_word(p + strspn(p, " "), w2, sizeof w2);
        if (IN(w2, byline_next))
            return 1;
    }
    return 0;
}

/* The checks on the folded line f (lower case, no accents, punctuation
 * kept). r is the raw line. */
static int classify_folded(const char *r, size_t rn, const char *f, size_t fn)
{
    const char *lead = f;
    size_t words = count_words(f, fn);

    while (*lead) {
        int32_t k = 0;
        UChar32 c;
        U8_NEXT(lead, k, 8, c);
        if (c < 0 || u_isalnum(c))
            break;
        lead += k;
    }
    if (!*lead)
        return 0;
    if (is_credit(f, lead, words) || is_read_also(lead) || is_dated(lead, words) ||
        is_byline_lead(lead) || is_byline(r, rn) || lede_wire_never(r, rn, f, lead, words))
        return LEDE_JUNK;
    return is_promo(f) ? LEDE_PROMO : 0;
}

int lede_never(const char *r, size_t n)
{
    size_t fn;
    char *f;
    int res;

    if (memmem(r, n, "\xc2\xa9", 2)) /* © */
        return LEDE_JUNK;
    f = lede_u8_fold(r, n, 0, &fn);
    if (!f)
        return 0;
    res = classify_folded(r, n, f, fn);
    free(f);
    return res;
}
