/* html_md_junk: UTF-8 cleaning and folding, photo credits, and the
 * publisher furniture of a feed item's blocks (html_md_int.h). Patterns are
 * matched on a block's plain text folded (lower case, no accents, ’ as '),
 * anchored at its start, so that a word in the middle of a real sentence
 * never removes it. */
#include "html_md_int.h"

#include <stdlib.h>
#include <string.h>

/* ---- UTF-8 and folding -------------------------------------------------- */

/* The code point at s[0..n), n >= 1, its length in *len; -1 (length 1) when invalid. */
static long u8dec(const unsigned char *s, size_t n, size_t *len)
{
    unsigned c = s[0];
    long cp, min;
    size_t k;

    *len = 1;
    if (c < 0x80)
        return c;
    if (c >= 0xc2 && c <= 0xdf)
        k = 1, cp = c & 0x1f, min = 0x80;
    else if (c >= 0xe0 && c <= 0xef)
        k = 2, cp = c & 0x0f, min = 0x800;
    else if (c >= 0xf0 && c <= 0xf4)
        k = 3, cp = c & 0x07, min = 0x10000;
    else
        return -1;
    if (k >= n)
        return -1;
    for (size_t i = 1; i <= k; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return -1;
        cp = cp << 6 | (s[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return -1;
    *len = k + 1;
    return cp;
}

/* U+00C0..U+00FF without accents ('.': kept as is). */
static const char latin[] = "aaaaaaaceeeeiiiidnooooo.ouuuuy.saaaaaaaceeeeiiiidnooooo.ouuuuy.y";

/* The character at s[0..n) folded (lower case, no accent, ’ as ', dashes
 * as -, no-break spaces as ' '), its length in *len; 0 at the end. */
static long fold(const char *s, size_t n, size_t *len)
{
    if (!n) {
        *len = 0;
        return 0;
    }
    long c = u8dec((const unsigned char *)s, n, len);
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if (c >= 0xc0 && c <= 0xff && latin[c - 0xc0] != '.')
        return latin[c - 0xc0];
    if (c == 0x2019 || c == 0x2018)
        return '\'';
    if (c == 0xa0 || c == 0x202f || c == 0x2009)
        return ' ';
    if (c == 0x2013 || c == 0x2014)
        return '-';
    return c;
}

static int is_wordc(long c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           (c >= 0xc0 && !(c >= 0x2000 && c <= 0x2bff) && c != 0xfffd);
}

/* When s[0..n) starts with pat (both folded; '~' in pat matches any run of
 * spaces, or none), the bytes of s it spans; else 0. A pattern ending in a
 * letter must end at a word's end. */
static size_t fold_at(const char *s, size_t n, const char *pat)
{
    size_t i = 0, j = 0, pn = strlen(pat), a, b;
    long pc = 0, sc;

    while (j < pn) {
        if (pat[j] == '~') {
            while (i < n && fold(s + i, n - i, &a) == ' ')
                i += a;
            j++;
            continue;
        }
        pc = fold(pat + j, pn - j, &b);
        sc = fold(s + i, n - i, &a);
        if (sc != pc)
            return 0;
        i += a;
        j += b;
    }
    if (is_wordc(pc) && is_wordc(fold(s + i, n - i, &a)))
        return 0;
    return i;
}

/* Whether pat occurs in s[0..n) at a word's start. */
static int fold_find(const char *s, size_t n, const char *pat)
{
    size_t a;
    long prev = ' ';
    for (size_t i = 0; i < n; i += a) {
        if (!is_wordc(prev) && fold_at(s + i, n - i, pat))
            return 1;
        prev = fold(s + i, n - i, &a);
    }
    return 0;
}

/* Whether s[0..n) holds nothing but spaces and punctuation. */
static int bare(const char *s, size_t n)
{
    size_t a;
    for (size_t i = 0; i < n; i += a)
        if (is_wordc(fold(s + i, n - i, &a)))
            return 0;
    return 1;
}

static size_t words(const char *s)
{
    size_t w = 0;
    for (int in = 0; *s; s++) {
        if (*s == ' ')
            in = 0;
        else if (!in && (in = 1))
            w++;
    }
    return w;
}

/* The first HTML_MD_IN_MAX bytes of s, with invalid UTF-8 as U+FFFD and
 * control characters as spaces (libxml2 would switch to Latin-1 or stop). */
char *html_md_clean(const char *s, size_t n, size_t *outn)
{
    size_t i = 0, o = 0, len;
    if (n > HTML_MD_IN_MAX)
        n = HTML_MD_IN_MAX;
    char *p = malloc(n * 3 + 1);
    if (!p)
        return NULL;
    while (i < n) {
        long cp = u8dec((const unsigned char *)s + i, n - i, &len);
        if (cp < 0)
            memcpy(p + o, "\xef\xbf\xbd", 3), o += 3;
        else if (cp < 0x20 && !html_md_ws((int)cp))
            p[o++] = ' ';
        else
            memcpy(p + o, s + i, len), o += len;
        i += len;
    }
    p[o] = '\0';
    *outn = o;
    return p;
}

char *html_md_dup_trim(const char *s, size_t n)
{
    while (n && *s == ' ')
        s++, n--;
    while (n && (s[n - 1] == ' '))
        n--;
    return n ? strndup(s, n) : NULL;
}

/* ---- photo credits ------------------------------------------------------ */

/* Words that open a credit (dropped from it), longest first. */
/* clang-format off */
static const char *const credit_pre[] = {
    "photo d'archive", "photographie~:", "photos~:", "photo~:", "photo by", "credit photo~:",
    "credits~:", "credit~:", "©", "(c)", "image~:", "images~:", "illustration~:", "photo", NULL};
/* Agencies that make "X / AFP" or "(AP Photo/X)" a credit. */
static const char *const agencies[] = {
    "afp", "ap", "reuters", "getty", "epa", "sipa", "maxppp", "abaca", "bloomberg",
    "shutterstock", "dpa", "anadolu", "xinhua", "ansa", "belga", NULL};
/* clang-format on */

/* The length of the credit opener at s, spaces and colons after it
 * included; 0 when there is none. upper: a bare "Photo" must be followed
 * by a capital (a name). */
static size_t credit_opener(const char *s, size_t n, int upper)
{
    for (int i = 0; credit_pre[i]; i++) {
        size_t k = fold_at(s, n, credit_pre[i]);
        if (!k)
            continue;
        while (k < n && (s[k] == ' ' || s[k] == ':'))
            k++;
        if (k >= n || (upper && !strcmp(credit_pre[i], "photo") && !(s[k] >= 'A' && s[k] <= 'Z')))
            return 0;
        return k;
    }
    return 0;
}

static int has_agency(const char *s, size_t n)
{
    for (int i = 0; agencies[i]; i++)
        if (fold_find(s, n, agencies[i]))
            return 1;
    return 0;
}

/* Splits the credit off caption text t: *cap_end ends the caption, and
 * the credit is t[*cr, *cr_end). 0 when t holds no credit. */
int html_md_split_credit(const char *t, size_t n, size_t *cap_end, size_t *cr, size_t *cr_end)
{
    const char *open = n && t[n - 1] == ')' ? memrchr(t, '(', n) : NULL;
    if (open) { /* "... (Photo AFP / Jean Dupont)", "(AP Photo/John Smith)" */
        size_t o = (size_t)(open - t) + 1, k = credit_opener(t + o, n - 1 - o, 0);
        if (k || has_agency(t + o, n - 1 - o)) {
            *cap_end = o - 1, *cr = o + k, *cr_end = n - 1;
            return 1;
        }
    }
    size_t best = n, bk = 0; /* "... Photo : AFP", "... © Reuters", "Crédit : X" */
    for (size_t i = 0; i < n; i++) {
        int at = i == 0 || (t[i - 1] == ' ' &&
                            (t[i] == '\xc2' || i < 2 || strchr(".!?|:)-\x93\x94", t[i - 2])));
        size_t k = at ? credit_opener(t + i, n - i, 1) : 0;
        if (k && n - i - k <= 80)
            best = i, bk = k;
    }
    if (best < n) {
        *cap_end = best, *cr = best + bk, *cr_end = n;
        return 1;
    }
    size_t s = 0; /* "... Jean Dupont / AFP" */
    for (size_t i = 0; i + 1 < n; i++)
        if (t[i] == '.' && t[i + 1] == ' ')
            s = i + 2;
    if (n - s <= 80 && memchr(t + s, '/', n - s) && has_agency(t + s, n - s)) {
        *cap_end = s, *cr = s, *cr_end = n;
        return 1;
    }
    return 0;
}

/* Sets the photo's caption and credit from caption text t. */
void html_md_set_caption(struct html_md *out, const char *t, size_t n)
{
    size_t ce = n, a = 0, b = 0;
    if (out->caption || out->credit)
        return;
    if (html_md_split_credit(t, n, &ce, &a, &b)) {
        while (b > a && (t[b - 1] == '.' || t[b - 1] == ' '))
            b--;
        out->credit = html_md_dup_trim(t + a, b - a);
    }
    while (ce && strchr(" -|/", t[ce - 1]))
        ce--;
    if (ce >= 3 && !memcmp(t + ce - 3, "\xe2\x80", 2) && strchr("\x93\x94", t[ce - 1]))
        ce -= 3;
    out->caption = html_md_dup_trim(t, ce);
}

/* A link's text that only says "read the rest". */
static const char *const teaser_links[] = {"lire la suite", "continue reading",
                                           "suite de l'article", "keep reading", NULL};
static const char *const teaser_whole[] = {"read more", "la suite", "(…)", "[…]",
                                           "(...)",     "[...]",    "…",   NULL};

int html_md_teaser(const char *t, size_t n)
{
    for (int i = 0; teaser_links[i]; i++)
        if (fold_at(t, n, teaser_links[i]) && words(t) < 16)
            return 1;
    for (int i = 0; teaser_whole[i]; i++) {
        size_t k = fold_at(t, n, teaser_whole[i]);
        if (k && bare(t + k, n - k))
            return 1;
    }
    return 0;
}

/* ---- furniture ---------------------------------------------------------- */

enum { F_ALSO = 1, F_ANY, F_TAIL };

/* Publisher furniture, matched folded at a block's start. whole: nothing
 * but punctuation after the words; colon: ':' or nothing after; maxw: at
 * most so many words in the block (F_TAIL: not in the trailing run). */
/* clang-format off */
static const struct {
    const char *pat, *mid; /* mid: also needed further on */
    unsigned char cls, whole, colon, maxw;
} furniture[] = {
    /* "Lire aussi": the block, and the links under it when it is a title */
    {"lire aussi", 0, F_ALSO, 0, 0, 40},         {"a lire aussi", 0, F_ALSO, 0, 0, 40},
    {"a lire egalement", 0, F_ALSO, 0, 0, 40},   {"lire egalement", 0, F_ALSO, 0, 0, 40},
    {"voir aussi", 0, F_ALSO, 0, 0, 40},         {"a voir aussi", 0, F_ALSO, 0, 0, 40},
    {"read also", 0, F_ALSO, 0, 0, 40},          {"read more", 0, F_ALSO, 0, 1, 40},
    {"also read", 0, F_ALSO, 0, 0, 40},          {"see also", 0, F_ALSO, 0, 1, 40},
    {"related", 0, F_ALSO, 0, 1, 40},            {"related articles", 0, F_ALSO, 0, 0, 40},
    {"related stories", 0, F_ALSO, 0, 0, 40},    {"more on this story", 0, F_ALSO, 0, 0, 40},
    {"sur le meme sujet", 0, F_ALSO, 0, 0, 40},  {"dans la meme rubrique", 0, F_ALSO, 0, 0, 40},
    {"nos articles sur", 0, F_ALSO, 0, 0, 40},
    /* share prompts, wherever they are */
    {"partager", 0, F_ANY, 1, 0, 0},             {"partager sur", 0, F_ANY, 0, 0, 8},
    {"partagez cet article", 0, F_ANY, 0, 0, 12}, {"share this article", 0, F_ANY, 0, 0, 12},
    {"share this story", 0, F_ANY, 0, 0, 12},    {"share on", 0, F_ANY, 0, 0, 8},
    {"share", 0, F_ANY, 1, 0, 0},                {"tweet", 0, F_ANY, 1, 0, 0},
    {"click to share", 0, F_ANY, 0, 0, 12},      {"envoyer par e-mail", 0, F_ANY, 0, 0, 8},
    {"envoyer par email", 0, F_ANY, 0, 0, 8},    {"copier le lien", 0, F_ANY, 0, 0, 8},
    {"facebook", 0, F_ANY, 1, 0, 0},             {"twitter", 0, F_ANY, 1, 0, 0},
    /* ads, embeds that did not come through, CMS footers, copyright lines */
    {"advertisement", 0, F_ANY, 1, 0, 0},        {"publicite", 0, F_ANY, 1, 0, 0},
    {"sponsored", 0, F_ANY, 1, 0, 0},            {"contenu sponsorise", 0, F_ANY, 0, 0, 10},
    {"ce contenu est bloque", 0, F_ANY, 0, 0, 80},
    {"the post ", "appeared first on", F_ANY, 0, 0, 0},
    {"", "tous droits reserves", F_ANY, 0, 0, 24}, {"", "all rights reserved", F_ANY, 0, 0, 24},
    {"©", 0, F_ANY, 0, 0, 12},                   {"copyright ©", 0, F_ANY, 0, 0, 24},
    /* promotion and donation appeals: in the trailing run, or short */
    {"suivez-nous", 0, F_TAIL, 0, 0, 24},        {"suivez nous", 0, F_TAIL, 0, 0, 24},
    {"retrouvez-nous", 0, F_TAIL, 0, 0, 24},     {"follow us", 0, F_TAIL, 0, 0, 24},
    {"like us on facebook", 0, F_TAIL, 0, 0, 24}, {"abonnez-vous", 0, F_TAIL, 0, 0, 24},
    {"inscrivez-vous a", 0, F_TAIL, 0, 0, 24},   {"sign up for", 0, F_TAIL, 0, 0, 24},
    {"subscribe to", 0, F_TAIL, 0, 0, 24},       {"get the app", 0, F_TAIL, 0, 0, 24},
    {"telechargez l'application", 0, F_TAIL, 0, 0, 24},
    {"cet article vous a plu", 0, F_TAIL, 0, 0, 24},
    {"did you enjoy this article", 0, F_TAIL, 0, 0, 24},
    {"your support helps", 0, F_TAIL, 0, 0, 24}, {"support now", 0, F_TAIL, 0, 0, 24},
    {"soutenez notre journalisme", 0, F_TAIL, 0, 0, 24},
    {"soutenez-nous", 0, F_TAIL, 0, 0, 24},      {"faites un don", 0, F_TAIL, 0, 0, 24},
    {"this article was originally published", 0, F_TAIL, 0, 0, 24},
    {"this story was originally published", 0, F_TAIL, 0, 0, 24},
    {"cet article est paru dans", 0, F_TAIL, 0, 0, 24},
    /* "the rest is on the site" */
    {"continue reading", 0, F_TAIL, 0, 0, 24},   {"lire la suite", 0, F_TAIL, 0, 0, 24},
    {"(…) lire la suite", 0, F_TAIL, 0, 0, 24},  {"(...) lire la suite", 0, F_TAIL, 0, 0, 24},
    {"[…]", 0, F_TAIL, 1, 0, 0},                 {"[...]", 0, F_TAIL, 1, 0, 0},
};
/* clang-format on */

/* The furniture class of a block, 0 for the story; *isbare: nothing after the words. */
static int furniture_of(const struct block *b, int trailing, int *isbare)
{
    const char *s = b->plain;
    size_t n = strlen(s), w = words(s);
    for (size_t i = 0; i < sizeof furniture / sizeof furniture[0]; i++) {
        size_t k = fold_at(s, n, furniture[i].pat);
        if (furniture[i].pat[0] && !k)
            continue;
        int br = bare(s + k, n - k);
        const char *r = s + k + strspn(s + k, " ");
        if ((furniture[i].whole && !br) || (furniture[i].colon && !br && *r != ':') ||
            (furniture[i].mid && !fold_find(s + k, n - k, furniture[i].mid)) ||
            (furniture[i].maxw && w > furniture[i].maxw &&
             !(trailing && furniture[i].cls == F_TAIL)))
            continue;
        *isbare = br;
        return furniture[i].cls;
    }
    return 0;
}

/* Endings of the last block that only say "the rest is on the site". */
static const char *const teaser_tails[] = {"Lire la suite »",
                                           "Lire la suite",
                                           "Continue reading →",
                                           "Continue reading",
                                           "Read more »",
                                           "Read more",
                                           "\\[…\\]",
                                           "\\[...\\]",
                                           "(…)",
                                           "(...)",
                                           NULL};

void html_md_drop_furniture(struct block *b, size_t nb)
{
    int isbare;
    for (size_t i = 0; i < nb; i++) {
        int f = furniture_of(&b[i], 0, &isbare);
        b[i].drop |= f != 0;
        if (f != F_ALSO || !(isbare || b[i].kind == B_HEAD2 || b[i].kind == B_HEAD3))
            continue;
        for (size_t j = i + 1; j < nb && (b[j].kind == B_ITEM || b[j].kind == B_PARA); j++) {
            if (b[j].kind == B_PARA && (words(b[j].plain) >= 20 || !strstr(b[j].md, "](")))
                break; /* the story goes on */
            b[j].drop = 1;
        }
    }
    size_t last = nb;
    while (last-- > 0)
        if (!b[last].drop && !furniture_of(&b[last], 1, &isbare))
            break;
        else
            b[last].drop = 1;
    if (last >= nb)
        return;
    char *m = b[last].md;
    size_t n = strlen(m);
    for (int i = 0, again = 1; again;) {
        again = 0;
        while (n && m[n - 1] == ' ')
            n--;
        for (i = 0; teaser_tails[i] && b[last].kind != B_CODE; i++) {
            size_t k = strlen(teaser_tails[i]);
            if (n >= k && !memcmp(m + n - k, teaser_tails[i], k)) {
                n -= k;
                again = 1;
                break;
            }
        }
    }
    while (n >= 2 && !memcmp(m + n - 2, "\\\n", 2))
        n -= 2;
    m[n] = '\0';
    b[last].drop |= n == 0;
}
