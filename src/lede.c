/*
 * lede: first real sentence of a post, and folding for story similarity.
 *
 * The pipeline, one Markdown block at a time so that a long post stops being
 * read as soon as its lede is found:
 *   1. a line scanner finds the blocks (paragraphs, list items, headings,
 *      quotes) and skips code, tables and link definitions;
 *   2. an inline stripper removes emphasis, code ticks, links, images, HTML
 *      tags and entities, keeping one output line per source line;
 *   3. each line is classified, and credits, captions, bylines, "read also"
 *      lines and promotional footers are dropped;
 *   4. a leading dateline ("PARIS (AFP) -") is cut off;
 *   5. ICU's sentence iterator splits the text, then our rules move or undo
 *      the breaks it gets wrong (abbreviations, initials, French-spaced
 *      closing quotes, "?" or "!" followed by lower case) and add the two it
 *      misses ("…" or ". 40 %" before a new sentence);
 *   6. the first sentence that is long enough and not a credit-like line wins,
 *      whitespace-normalised, cut to LEDE_MAX_CHARS, NFC.
 * Headings are taken only when no paragraph has a sentence: a post's body
 * heading is a section title, not its lede.
 */
#include "lede.h"

#include "buf.h"
#include "utf8.h"
#include "xmalloc.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

/* Bytes of one block's source kept; the rest of a huge paragraph is ignored. */
#define BLK_MAX 16384
/* Break iterators cached per thread (one per locale in use). */
#define BI_CACHE 4

/* ------------------------------------------------------------------------ */
/* Per-thread cache of ICU sentence break iterators. An iterator holds its
 * text and position, so it must never be shared between threads, and opening
 * one (loading and instantiating the rules) costs more than a whole
 * extraction. The key's destructor closes them when a thread exits. */

struct bi_slot {
    char loc[32];
    UBreakIterator *bi;
};

struct bi_cache {
    struct bi_slot slot[BI_CACHE];
    unsigned next;
};

static pthread_key_t bi_key;
static pthread_once_t bi_once = PTHREAD_ONCE_INIT;
static int bi_key_ok;

static void bi_cache_free(void *p)
{
    struct bi_cache *c = p;

    for (int i = 0; i < BI_CACHE; i++)
        if (c->slot[i].bi)
            ubrk_close(c->slot[i].bi);
    free(c);
}

static void bi_key_init(void)
{
    bi_key_ok = pthread_key_create(&bi_key, bi_cache_free) == 0;
}

/* Returns an iterator for loc, or NULL if ICU cannot open one. *owned is set
 * when the caller must close it (only if thread-specific storage failed). */
static UBreakIterator *bi_get(const char *loc, int *owned)
{
    struct bi_cache *c = NULL;
    UErrorCode e = U_ZERO_ERROR;
    UBreakIterator *bi;

    *owned = 0;
    pthread_once(&bi_once, bi_key_init);
    if (bi_key_ok) {
        c = pthread_getspecific(bi_key);
        if (!c) {
            c = xcalloc(1, sizeof *c);
            if (pthread_setspecific(bi_key, c) != 0) {
                free(c);
                c = NULL;
            }
        }
    }
    if (c)
        for (int i = 0; i < BI_CACHE; i++)
            if (c->slot[i].bi && strcmp(c->slot[i].loc, loc) == 0)
                return c->slot[i].bi;
    bi = ubrk_open(UBRK_SENTENCE, loc, NULL, 0, &e);
    if (U_FAILURE(e))
        return NULL;
    if (!c) {
        *owned = 1;
        return bi;
    }
    struct bi_slot *s = &c->slot[c->next++ % BI_CACHE];
    if (s->bi)
        ubrk_close(s->bi);
    snprintf(s->loc, sizeof s->loc, "%s", loc);
    s->bi = bi;
    return bi;
}

/* ------------------------------------------------------------------------ */
/* Abbreviations. The token is what precedes the final '.', matched exactly
 * (case matters: "M." is Monsieur, "m." is metres). */

enum abbr_kind {
    AB_TITLE = 1, /* always followed by a name: never a sentence end */
    AB_NAME,      /* may end a sentence: a break stays only before a word
                     that typically starts one ("The", "Il", ...) */
    AB_NUM,       /* usually before a number: break undone before a digit */
};

struct abbr {
    const char *tok;
    enum abbr_kind kind;
};

static const struct abbr abbr_any[] = {
    {"Mr", AB_TITLE},  {"Mrs", AB_TITLE},  {"Ms", AB_TITLE},  {"Mx", AB_TITLE},  {"Dr", AB_TITLE},
    {"Drs", AB_TITLE}, {"Prof", AB_TITLE}, {"St", AB_TITLE},  {"Ste", AB_TITLE}, {"Mt", AB_TITLE},
    {"cf", AB_TITLE},  {"vs", AB_TITLE},   {"e.g", AB_TITLE}, {"i.e", AB_TITLE}, {"Jr", AB_NAME},
    {"Sr", AB_NAME},   {"etc", AB_NUM},    {"No", AB_NUM},    {"Nos", AB_NUM},   {"Nr", AB_NUM},
    {"p", AB_NUM},     {"pp", AB_NUM},     {"fig", AB_NUM},   {"vol", AB_NUM},   {"ch", AB_NUM},
};

static const struct abbr abbr_fr[] = {
    {"M", AB_TITLE},      {"MM", AB_TITLE},    {"Mme", AB_TITLE}, {"Mmes", AB_TITLE},
    {"Mlle", AB_TITLE},   {"Mlles", AB_TITLE}, {"Me", AB_TITLE},  {"Mgr", AB_TITLE},
    {"Pr", AB_TITLE},     {"Sts", AB_TITLE},   {"Gal", AB_TITLE}, {"Cdt", AB_TITLE},
    {"Lt", AB_TITLE},     {"Col", AB_TITLE},   {"av", AB_TITLE},  {"apr", AB_TITLE},
    {"c.-à-d", AB_TITLE}, {"J.-C", AB_NAME},   {"Cie", AB_NAME},  {"S.A", AB_NAME},
    {"art", AB_NUM},      {"chap", AB_NUM},    {"n", AB_NUM},     {"env", AB_NUM},
    {"ex", AB_NUM},       {"éd", AB_NUM},      {"réf", AB_NUM},   {"tél", AB_NUM},
    {"hab", AB_NUM},      {"janv", AB_NUM},    {"févr", AB_NUM},  {"fév", AB_NUM},
    {"avr", AB_NUM},      {"juil", AB_NUM},    {"sept", AB_NUM},  {"oct", AB_NUM},
    {"nov", AB_NUM},      {"déc", AB_NUM},     {"bd", AB_NUM},
};

static const struct abbr abbr_en[] = {
    {"Sen", AB_TITLE},  {"Rep", AB_TITLE},  {"Gov", AB_TITLE},  {"Gen", AB_TITLE},
    {"Lt", AB_TITLE},   {"Col", AB_TITLE},  {"Maj", AB_TITLE},  {"Capt", AB_TITLE},
    {"Cmdr", AB_TITLE}, {"Sgt", AB_TITLE},  {"Adm", AB_TITLE},  {"Rev", AB_TITLE},
    {"Hon", AB_TITLE},  {"Pres", AB_TITLE}, {"Supt", AB_TITLE}, {"Det", AB_TITLE},
    {"Insp", AB_TITLE}, {"Amb", AB_TITLE},  {"Ft", AB_TITLE},   {"v", AB_TITLE},
    {"U.S", AB_NAME},   {"U.K", AB_NAME},   {"U.N", AB_NAME},   {"E.U", AB_NAME},
    {"U.S.A", AB_NAME}, {"D.C", AB_NAME},   {"Inc", AB_NAME},   {"Corp", AB_NAME},
    {"Co", AB_NAME},    {"Ltd", AB_NAME},   {"Bros", AB_NAME},  {"Ave", AB_NAME},
    {"Blvd", AB_NAME},  {"Rd", AB_NAME},    {"a.m", AB_NAME},   {"p.m", AB_NAME},
    {"al", AB_NUM},     {"approx", AB_NUM}, {"Jan", AB_NUM},    {"Feb", AB_NUM},
    {"Mar", AB_NUM},    {"Apr", AB_NUM},    {"Jun", AB_NUM},    {"Jul", AB_NUM},
    {"Aug", AB_NUM},    {"Sep", AB_NUM},    {"Sept", AB_NUM},   {"Oct", AB_NUM},
    {"Nov", AB_NUM},    {"Dec", AB_NUM},
};

/* Words that typically open a sentence, so a break after "U.S." or "Inc."
 * before them is kept. */
static const char *const starters[] = {
    "The",       "A",     "An",      "It",    "Its",   "He",     "She",      "They",      "We",
    "I",         "You",   "This",    "That",  "These", "Those",  "There",    "But",       "And",
    "In",        "On",    "At",      "As",    "After", "Before", "His",      "Her",       "Their",
    "Our",       "When",  "While",   "If",    "Yet",   "So",     "Now",      "Then",      "However",
    "Meanwhile", "Still", "Also",    "For",   "Some",  "Many",   "Most",     "One",       "Le",
    "La",        "Les",   "L",       "Un",    "Une",   "Des",    "Il",       "Elle",      "Ils",
    "Elles",     "On",    "Nous",    "Vous",  "Je",    "Ce",     "Cette",    "Ces",       "Cet",
    "C",         "Mais",  "Et",      "En",    "Au",    "Aux",    "Dans",     "Pour",      "Selon",
    "Depuis",    "Puis",  "Ensuite", "Alors", "Car",   "Donc",   "Si",       "Lors",      "Cela",
    "Ça",        "Sa",    "Son",     "Ses",   "Leur",  "Leurs",  "Pourtant", "Toutefois",
};

struct rules {
    const struct abbr *list;
    size_t n;
};

/* ------------------------------------------------------------------------ */
/* UTF-8 / UTF-16 helpers. Inputs are validated UTF-8 and blocks are capped,
 * so lengths fit in int32_t. */

static UChar *u16_from(const char *s, size_t n, int32_t *outn)
{
    UErrorCode e = U_ZERO_ERROR;
    UChar *d = xmalloc((n + 1) * sizeof(UChar));

    u_strFromUTF8(d, (int32_t)(n + 1), outn, s, (int32_t)n, &e);
    if (U_FAILURE(e)) {
        free(d);
        return NULL;
    }
    return d;
}

static char *u8_from(const UChar *s, int32_t n, size_t *outn)
{
    UErrorCode e = U_ZERO_ERROR;
    int32_t cap = n * 3 + 1, m = 0;
    char *d = xmalloc((size_t)cap);

    u_strToUTF8(d, cap, &m, s, n, &e);
    if (U_FAILURE(e)) {
        free(d);
        return NULL;
    }
    if (outn)
        *outn = (size_t)m;
    return d;
}

static UChar *u16_normalize(const UNormalizer2 *nz, const UChar *s, int32_t n, int32_t *outn)
{
    int32_t cap = n + n / 2 + 16;

    for (;;) {
        UErrorCode e = U_ZERO_ERROR;
        UChar *d = xmalloc((size_t)cap * sizeof(UChar));
        int32_t m = unorm2_normalize(nz, s, n, d, cap, &e);
        if (e == U_BUFFER_OVERFLOW_ERROR && m >= cap) {
            free(d);
            cap = m + 1;
            continue;
        }
        if (U_FAILURE(e)) {
            free(d);
            return NULL;
        }
        *outn = m;
        return d;
    }
}

static UChar *u16_nfc(const UChar *s, int32_t n, int32_t *outn)
{
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&e);

    if (U_FAILURE(e))
        return NULL;
    return u16_normalize(nfc, s, n, outn);
}

/* Marks after letters of these scripts are accents to drop when folding;
 * elsewhere (Devanagari vowel signs, ...) they are part of the letter. */
static int marks_are_accents(UScriptCode sc)
{
    return sc == USCRIPT_LATIN || sc == USCRIPT_GREEK || sc == USCRIPT_CYRILLIC ||
           sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED || sc == USCRIPT_ARABIC ||
           sc == USCRIPT_HEBREW;
}

/* Letters with no decomposition that readers still type without their
 * stroke or as two letters. Returns the replacement (ASCII) or NULL. */
static const char *fold_letter(UChar32 c)
{
    switch (c) {
    case 0x0153: return "oe"; /* œ */
    case 0x00E6: return "ae"; /* æ */
    case 0x00F8: return "o";  /* ø */
    case 0x0142: return "l";  /* ł */
    case 0x0111: return "d";  /* đ */
    case 0x00F0: return "d";  /* ð */
    case 0x00FE: return "th"; /* þ */
    case 0x0131: return "i";  /* dotless ı */
    default: return NULL;
    }
}

/* NFKC_Casefold, then NFD with accents dropped, then NFC. With punct set,
 * punctuation and symbols become spaces; otherwise curly apostrophes become
 * '. Whitespace is collapsed and trimmed either way. */
static UChar *u16_fold(const UChar *s, int32_t n, int punct, int32_t *outn)
{
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *cf = unorm2_getNFKCCasefoldInstance(&e);
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&e);
    int32_t an, bn, cn = 0, i = 0;
    UChar *a, *b, *c, *r;
    UScriptCode base = USCRIPT_COMMON;
    int space = 0;

    if (U_FAILURE(e))
        return NULL;
    a = u16_normalize(cf, s, n, &an);
    if (!a)
        return NULL;
    b = u16_normalize(nfd, a, an, &bn);
    free(a);
    if (!b)
        return NULL;
    c = xmalloc(((size_t)bn * 2 + 1) * sizeof(UChar));
    while (i < bn) {
        UChar32 ch;
        U16_NEXT(b, i, bn, ch);
        uint32_t gc = U_GET_GC_MASK(ch);
        if (gc & (U_GC_MN_MASK | U_GC_ME_MASK)) {
            if (marks_are_accents(base))
                continue;
        } else {
            UErrorCode se = U_ZERO_ERROR;
            base = uscript_getScript(ch, &se);
        }
        if (u_isUWhiteSpace(ch) || (gc & U_GC_CC_MASK) ||
            (punct && (gc & (U_GC_P_MASK | U_GC_S_MASK)))) {
            space = 1;
            continue;
        }
        if (gc & U_GC_CF_MASK)
            continue;
        if (space && cn > 0)
            c[cn++] = ' ';
        space = 0;
        const char *rep = fold_letter(ch);
        if (rep) {
            while (*rep)
                c[cn++] = (UChar)*rep++;
        } else if (!punct && (ch == 0x2019 || ch == 0x2018 || ch == 0x02BC)) {
            c[cn++] = '\'';
        } else {
            U16_APPEND_UNSAFE(c, cn, ch);
        }
    }
    free(b);
    r = u16_nfc(c, cn, outn);
    free(c);
    return r;
}

static char *u8_fold(const char *s, size_t n, int punct, size_t *outn)
{
    int32_t un, fn;
    UChar *u = u16_from(s, n, &un), *f;
    char *r;

    if (!u)
        return NULL;
    f = u16_fold(u, un, punct, &fn);
    free(u);
    if (!f)
        return NULL;
    r = u8_from(f, fn, outn);
    free(f);
    return r;
}

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

/* ------------------------------------------------------------------------ */
/* Inline Markdown stripping, on UTF-8 bytes. Every '\n' of the input comes
 * out again, so output line k is input line k. */

static int is_sp(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int is_ascii_alnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static int is_ascii_punct(char c)
{
    return c && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) != NULL;
}

static void put_c(struct buf *o, char c)
{
    buf_append(o, &c, 1);
}

static void put_newlines(struct buf *o, const char *s, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (s[i] == '\n')
            put_c(o, '\n');
}

static void put_cp(struct buf *o, UChar32 c)
{
    uint8_t tmp[4];
    int32_t k = 0;

    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
        put_c(o, ' ');
        return;
    }
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = 0xFFFD;
    U8_APPEND_UNSAFE(tmp, k, c);
    buf_append(o, tmp, (size_t)k);
}

/* Index of the ']' matching the '[' at i, or 0. */
static size_t match_bracket(const char *s, size_t i, size_t n)
{
    int depth = 0;
    size_t lim = n - i > 4096 ? i + 4096 : n;

    for (size_t j = i; j < lim; j++) {
        if (s[j] == '\\' && j + 1 < lim) {
            j++;
        } else if (s[j] == '[') {
            depth++;
        } else if (s[j] == ']') {
            if (--depth == 0)
                return j;
        }
    }
    return 0;
}

/* After "]" at k: the end of "(destination "title")" or "[label]", or 0. */
static size_t link_tail(const char *s, size_t k, size_t n)
{
    size_t lim = n - k > 4096 ? k + 4096 : n;

    if (k < n && s[k] == '(') {
        int depth = 0;
        for (size_t j = k; j < lim; j++) {
            if (s[j] == '\\' && j + 1 < lim)
                j++;
            else if (s[j] == '(')
                depth++;
            else if (s[j] == ')' && --depth == 0)
                return j + 1;
        }
    } else if (k < n && s[k] == '[') {
        for (size_t j = k + 1; j < lim; j++) {
            if (s[j] == '[')
                return 0;
            if (s[j] == ']')
                return j + 1;
        }
    }
    return 0;
}

/* "<scheme:...>" or "<user@host>" at i: the end of the autolink, or 0. */
static size_t autolink(const char *s, size_t i, size_t n)
{
    size_t j = i + 1, scheme = 0;
    int at = 0, colon = 0;

    while (j < n && s[j] != '>') {
        if (is_sp(s[j]) || s[j] == '<')
            return 0;
        if (s[j] == ':' && !colon && scheme >= 2)
            colon = 1;
        else if (!colon && (is_ascii_alnum(s[j]) || s[j] == '+' || s[j] == '.' || s[j] == '-'))
            scheme++;
        if (s[j] == '@')
            at = 1;
        j++;
    }
    if (j >= n || j == i + 1 || (!colon && !at))
        return 0;
    return j + 1;
}

/* An HTML tag, comment or declaration at i: its end (after '>'), or 0. The
 * lower-cased tag name goes to name, and *closing says "</...>". */
static size_t html_tag(const char *s, size_t i, size_t n, char *name, size_t cap, int *closing)
{
    size_t j = i + 1, lim = n - i > 2048 ? i + 2048 : n, k = 0;
    char q = 0;

    name[0] = 0;
    *closing = 0;
    if (j + 2 < n && s[j] == '!' && s[j + 1] == '-' && s[j + 2] == '-') {
        const char *end = memmem(s + j + 3, n - j - 3, "-->", 3);
        return end ? (size_t)(end - s) + 3 : 0;
    }
    if (j < n && (s[j] == '!' || s[j] == '?')) {
        const char *end = memchr(s + j, '>', lim - j);
        return end ? (size_t)(end - s) + 1 : 0;
    }
    if (j < n && s[j] == '/') {
        *closing = 1;
        j++;
    }
    if (j >= n || !((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z')))
        return 0;
    while (j < n && (is_ascii_alnum(s[j]) || s[j] == '-')) {
        if (k + 1 < cap)
            name[k++] = (char)(s[j] | 0x20);
        j++;
    }
    name[k] = 0;
    if (j < n && !is_sp(s[j]) && s[j] != '/' && s[j] != '>')
        return 0;
    for (; j < lim; j++) {
        if (q) {
            if (s[j] == q)
                q = 0;
        } else if (s[j] == '"' || s[j] == '\'') {
            q = s[j];
        } else if (s[j] == '<') {
            return 0;
        } else if (s[j] == '>') {
            return j + 1;
        }
    }
    return 0;
}

/* Elements whose content is never prose of the post. */
static int skip_element(const char *name)
{
    static const char *const names[] = {"script",   "style", "figcaption", "iframe", "noscript",
                                        "template", "svg",   "video",      "audio"};

    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0)
            return 1;
    return 0;
}

/* "&name;" or "&#...;" at i: decodes into o and returns the end, or 0. */
static size_t entity(const char *s, size_t i, size_t n, struct buf *o)
{
    static const struct {
        const char *name;
        UChar32 cp;
    } ents[] = {
        {"amp", '&'},      {"lt", '<'},       {"gt", '>'},        {"quot", '"'},
        {"apos", '\''},    {"nbsp", 0xA0},    {"hellip", 0x2026}, {"mdash", 0x2014},
        {"ndash", 0x2013}, {"laquo", 0xAB},   {"raquo", 0xBB},    {"lsquo", 0x2018},
        {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},  {"eacute", 0xE9},
        {"egrave", 0xE8},  {"ecirc", 0xEA},   {"agrave", 0xE0},   {"acirc", 0xE2},
        {"ccedil", 0xE7},  {"ocirc", 0xF4},   {"ucirc", 0xFB},    {"icirc", 0xEE},
        {"euro", 0x20AC},  {"copy", 0xA9},    {"thinsp", 0x2009}, {"Eacute", 0xC9},
    };
    size_t j = i + 1;
    UChar32 cp = 0;

    if (j < n && s[j] == '#') {
        int hex = 0, digits = 0;
        j++;
        if (j < n && (s[j] == 'x' || s[j] == 'X')) {
            hex = 1;
            j++;
        }
        for (; j < n && digits < 7; j++, digits++) {
            char c = s[j];
            int v;
            if (c >= '0' && c <= '9')
                v = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                v = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                v = c - 'A' + 10;
            else
                break;
            cp = cp * (hex ? 16 : 10) + v;
        }
        if (digits == 0 || j >= n || s[j] != ';')
            return 0;
        put_cp(o, cp == 0 ? 0xFFFD : cp);
        return j + 1;
    }
    while (j < n && j - i <= 8 && is_ascii_alnum(s[j]))
        j++;
    if (j >= n || s[j] != ';' || j == i + 1)
        return 0;
    if (j - i - 1 == 3 && memcmp(s + i + 1, "shy", 3) == 0)
        return j + 1;
    for (size_t k = 0; k < sizeof ents / sizeof ents[0]; k++) {
        if (strlen(ents[k].name) == j - i - 1 && memcmp(ents[k].name, s + i + 1, j - i - 1) == 0) {
            put_cp(o, ents[k].cp);
            return j + 1;
        }
    }
    return 0;
}

static void strip_inline(const char *s, size_t n, struct buf *o, int depth)
{
    size_t i = 0;

    while (i < n) {
        char c = s[i];
        size_t k, t;

        if (c == '\\' && i + 1 < n && is_ascii_punct(s[i + 1])) {
            put_c(o, s[i + 1]);
            i += 2;
        } else if (c == '`') {
            size_t run = 1, j;
            while (i + run < n && s[i + run] == '`')
                run++;
            for (j = i + run; j < n;) {
                size_t r = 0;
                while (j + r < n && s[j + r] == '`')
                    r++;
                if (r == run)
                    break;
                j += r ? r : 1;
            }
            if (j >= n) {
                buf_append(o, s + i, run);
                i += run;
                continue;
            }
            size_t a = i + run, b = j;
            if (b - a >= 2 && s[a] == ' ' && s[b - 1] == ' ') {
                size_t x = a;
                while (x < b && s[x] == ' ')
                    x++;
                if (x < b) {
                    a++;
                    b--;
                }
            }
            buf_append(o, s + a, b - a);
            i = j + run;
        } else if (c == '!' && i + 1 < n && s[i + 1] == '[' &&
                   (k = match_bracket(s, i + 1, n)) != 0) {
            t = link_tail(s, k + 1, n);
            if (!t)
                t = k + 1;
            put_newlines(o, s, i, t); /* images are dropped, alt text too */
            i = t;
        } else if (c == '[' && (k = match_bracket(s, i, n)) != 0 &&
                   (t = link_tail(s, k + 1, n)) != 0 && depth < 4) {
            strip_inline(s + i + 1, k - i - 1, o, depth + 1);
            put_newlines(o, s, k, t);
            i = t;
        } else if (c == '[' && i + 1 < n && s[i + 1] == '^' && (k = match_bracket(s, i, n)) != 0) {
            put_newlines(o, s, i, k + 1); /* footnote reference */
            i = k + 1;
        } else if (c == '<') {
            char name[16];
            int closing;
            if ((t = autolink(s, i, n)) != 0) {
                buf_append(o, s + i + 1, t - i - 2);
                i = t;
            } else if ((t = html_tag(s, i, n, name, sizeof name, &closing)) != 0) {
                size_t end = t;
                if (!closing && name[0] && skip_element(name) && s[t - 2] != '/') {
                    size_t nl = strlen(name);
                    for (size_t j = t; j + 2 + nl < n; j++) {
                        if (s[j] == '<' && s[j + 1] == '/' &&
                            strncasecmp(s + j + 2, name, nl) == 0) {
                            const char *gt = memchr(s + j, '>', n - j);
                            if (gt)
                                end = (size_t)(gt - s) + 1;
                            break;
                        }
                    }
                }
                if (strcmp(name, "br") == 0)
                    put_c(o, ' ');
                put_newlines(o, s, i, end);
                i = end;
            } else {
                put_c(o, c);
                i++;
            }
        } else if (c == '&' && (t = entity(s, i, n, o)) != 0) {
            i = t;
        } else if (c == '*' || c == '_' || c == '~') {
            size_t j = i;
            while (j < n && s[j] == c)
                j++;
            char prev = i > 0 ? s[i - 1] : ' ', next = j < n ? s[j] : ' ';
            int left = !is_sp(next), right = !is_sp(prev);
            int alnum_prev = is_ascii_alnum(prev) || (unsigned char)prev >= 0x80;
            int alnum_next = is_ascii_alnum(next) || (unsigned char)next >= 0x80;
            int drop;
            if (c == '~')
                drop = j - i >= 2 && (left || right);
            else if (c == '_')
                drop = (left || right) && !(alnum_prev && alnum_next);
            else
                drop = left || right;
            if (!drop)
                buf_append(o, s + i, j - i);
            i = j;
        } else {
            put_c(o, c);
            i++;
        }
    }
}

/* ------------------------------------------------------------------------ */
/* Lines that are never a lede. r is one stripped line, trimmed. */

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

static int in_list(const char *w, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(w, list[i]) == 0)
            return 1;
    return 0;
}

#define IN(w, list) in_list((w), (list), sizeof(list) / sizeof((list)[0]))

static size_t count_words(const char *s, size_t n)
{
    size_t words = 0;
    int in = 0, alnum = 0;
    int32_t i = 0;

    while ((size_t)i < n) {
        UChar32 c;
        U8_NEXT(s, i, (int32_t)n, c);
        if (c == ' ' || u_isUWhiteSpace(c)) {
            words += in && alnum;
            in = alnum = 0;
        } else {
            in = 1;
            alnum |= u_isalnum(c);
        }
    }
    return words + (in && alnum);
}

/* A byline, judged on the raw words: "Par Marie Martin", "By John Smith,
 * Reuters", "Avec AFP", "— Reuters". */
static int is_byline(const char *r, size_t n)
{
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
    for (size_t k = 1; k < nt; k++) {
        char *w = tok[k];
        size_t l;
        if (*w == '(')
            w++;
        l = strlen(w);
        while (l && strchr(",;:.)", w[l - 1]))
            w[--l] = 0;
        if (!l)
            continue;
        if ((w[0] == 'l' || w[0] == 'd') && (w[1] == '\'' || !strncmp(w + 1, "\xe2\x80\x99", 3)))
            w += w[1] == '\'' ? 2 : 4;
        UChar32 c = u8_first(w, strlen(w));
        if (c > 0 && u_isupper(c)) {
            caps++;
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

/* The checks on the folded line f (lower case, no accents, punctuation
 * kept). r is the raw line. */
static int classify_folded(const char *r, size_t rn, const char *f, size_t fn)
{
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
    static const char *const byline_lead[] = {"par notre", "de notre", "par nos", "de nos",
                                              "from our"};
    static const char *const byline_next[] = {
        "envoye",         "envoyee",       "envoyes",        "envoyees",       "special",
        "speciale",       "correspondant", "correspondante", "correspondants", "correspondent",
        "correspondents", "reporter",      "bureau",         "redaction",      "staff",
    };
    static const char *const credit_lines[] = {
        "reporting by", "additional reporting", "with reporting", "editing by",
        "writing by",   "avec la redaction",    "copyright",
    };
    const char *lead = f, *p;
    char w1[24], w2[24];
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

    /* credits and captions */
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

    /* "read also" */
    for (size_t i = 0; i < sizeof read_also / sizeof read_also[0]; i++) {
        if (!starts_phrase(lead, read_also[i].pat))
            continue;
        p = lead + strlen(read_also[i].pat);
        p += strspn(p, " ");
        if (!read_also[i].colon || *p == ':' || *p == 0)
            return 1;
    }

    /* promotional footers */
    for (size_t i = 0; i < sizeof promo / sizeof promo[0]; i++)
        if (strstr(f, promo[i]))
            return 1;

    /* "Publié le 3 mars à 10 h" */
    if (words <= 12)
        for (size_t i = 0; i < sizeof dated / sizeof dated[0]; i++)
            if (starts_phrase(lead, dated[i]))
                return 1;

    /* bylines */
    for (size_t i = 0; i < sizeof byline_lead / sizeof byline_lead[0]; i++) {
        if (!starts_phrase(lead, byline_lead[i]))
            continue;
        p = lead + strlen(byline_lead[i]);
        ascii_word(p + strspn(p, " "), w2, sizeof w2);
        if (IN(w2, byline_next))
            return 1;
    }
    return is_byline(r, rn);
}

static int never_lede(const char *r, size_t n)
{
    size_t fn;
    char *f;
    int res;

    if (memmem(r, n, "\xc2\xa9", 2)) /* © */
        return 1;
    f = u8_fold(r, n, 0, &fn);
    if (!f)
        return 0;
    res = classify_folded(r, n, f, fn);
    free(f);
    return res;
}

/* ------------------------------------------------------------------------ */
/* Datelines: "PARIS (AFP) -", "NEW YORK —", "KYIV, March 3 (Reuters) -",
 * "Washington (AFP) -". Returns the length to cut from the start of s. */

static int is_dash_at(const char *s, size_t i, size_t n, size_t *len)
{
    if (i + 1 < n && s[i] == '-' && s[i + 1] == '-') {
        *len = 2;
        return 1;
    }
    if (i < n && s[i] == '-') {
        *len = 1;
        return 1;
    }
    if (i + 2 < n && (!strncmp(s + i, "\xe2\x80\x94", 3) || !strncmp(s + i, "\xe2\x80\x93", 3))) {
        *len = 3;
        return 2; /* an em or en dash may touch the next word */
    }
    return 0;
}

static size_t dateline_len(const char *s, size_t n)
{
    size_t i = 0, words = 0, letters = 0, parens = 0, dl;
    int allcaps = 1, kind;

    while (words < 6 && i < n) {
        int32_t k = (int32_t)i;
        UChar32 c;
        U8_NEXT(s, k, (int32_t)n, c);
        if (c < 0 || !u_isupper(c))
            break;
        while (i < n) {
            k = (int32_t)i;
            U8_NEXT(s, k, (int32_t)n, c);
            if (c < 0)
                return 0;
            if (u_isalpha(c)) {
                letters++;
                if (u_islower(c))
                    allcaps = 0;
            } else if (c != '-' && c != '\'' && c != 0x2019 && c != '.') {
                break;
            }
            i = (size_t)k;
        }
        words++;
        if (i + 1 < n && s[i] == ' ' && s[i + 1] != '(' && s[i + 1] != '-') {
            k = (int32_t)i + 1;
            U8_NEXT(s, k, (int32_t)n, c);
            if (c > 0 && u_isupper(c)) {
                i++;
                continue;
            }
        }
        break;
    }
    if (words > 0 && i < n && s[i] == ',') {
        size_t j = i + 1;
        while (j < n && j - i < 40 && s[j] != '(' && !is_dash_at(s, j, n, &dl) && s[j] != '.' &&
               s[j] != ':' && s[j] != '\n')
            j++;
        if (j >= n || (s[j] != '(' && !is_dash_at(s, j, n, &dl)))
            return 0;
        i = j;
    }
    while (i < n && s[i] == ' ')
        i++;
    while (parens < 2 && i < n && s[i] == '(') {
        const char *close = memchr(s + i, ')', n - i < 40 ? n - i : 40);
        int upper = 0;
        int32_t k = (int32_t)i + 1;
        if (!close)
            return 0;
        while (k < close - s) {
            UChar32 c;
            U8_NEXT(s, k, (int32_t)n, c);
            upper |= c > 0 && u_isupper(c);
        }
        if (!upper)
            return 0;
        i = (size_t)(close - s) + 1;
        parens++;
        while (i < n && s[i] == ' ')
            i++;
    }
    kind = is_dash_at(s, i, n, &dl);
    if (!kind)
        return 0;
    i += dl;
    if (i < n && !is_sp(s[i]) && kind != 2)
        return 0;
    if (parens == 0 && !(words > 0 && allcaps && letters >= 2))
        return 0;
    while (i < n && is_sp(s[i]))
        i++;
    return i;
}

/* ------------------------------------------------------------------------ */
/* Sentence splitting on UTF-16 text. */

static int is_hard16(UChar c)
{
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

static int is_ws16(UChar c)
{
    return u_isUWhiteSpace(c) || c == '\t';
}

static int is_close16(UChar c)
{
    return c == 0xBB || c == 0x201D || c == 0x2019 || c == ')' || c == ']' || c == 0x203A;
}

static int is_open16(UChar c)
{
    return c == 0xAB || c == 0x201C || c == 0x2018 || c == '(' || c == '[' || c == '"' ||
           c == '\'' || c == 0x2039;
}

static UChar32 cp_at(const UChar *t, int32_t i, int32_t n)
{
    UChar32 c;

    U16_NEXT(t, i, n, c);
    return c;
}

static enum abbr_kind abbr_lookup(const struct rules *r, const char *tok)
{
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(r->list[i].tok, tok) == 0)
            return r->list[i].kind;
    for (size_t i = 0; i < sizeof abbr_any / sizeof abbr_any[0]; i++)
        if (strcmp(abbr_any[i].tok, tok) == 0)
            return abbr_any[i].kind;
    return 0;
}

/* Initials: "J", "J.K", "J.-P": single capital letters joined by '.' or '-'. */
static int is_initials(const UChar *t, int32_t a, int32_t b)
{
    int letters = 0, prev_letter = 0;

    for (int32_t i = a; i < b;) {
        UChar32 c;
        U16_NEXT(t, i, b, c);
        if (u_isupper(c) || u_istitle(c)) {
            if (prev_letter)
                return 0;
            prev_letter = 1;
            letters++;
        } else if (c == '.' || c == '-') {
            prev_letter = 0;
        } else {
            return 0;
        }
    }
    return letters > 0;
}

static int is_starter(const UChar *t, int32_t s, int32_t n)
{
    int32_t e = s;
    char w[32];
    size_t wl;

    while (e < n && e - s < 12) {
        UChar32 c = cp_at(t, e, n);
        if (!u_isalpha(c))
            break;
        e += U16_LENGTH(c);
    }
    if (e == s)
        return 0;
    UErrorCode err = U_ZERO_ERROR;
    int32_t m = 0;
    u_strToUTF8(w, sizeof w, &m, t + s, e - s, &err);
    if (U_FAILURE(err) || (size_t)m >= sizeof w)
        return 0;
    wl = (size_t)m;
    w[wl] = 0;
    return IN(w, starters);
}

/* Whether the word at s is followed by a lower-case word ("Le reste",
 * "L'enquête", "The study"). */
static int lower_after_word(const UChar *t, int32_t s, int32_t n)
{
    int32_t e = s;

    while (e < n && u_isalpha(cp_at(t, e, n)))
        e += U16_LENGTH(cp_at(t, e, n));
    if (e < n && (t[e] == '\'' || t[e] == 0x2019)) {
        e++;
    } else {
        if (e >= n || !is_ws16(t[e]))
            return 0;
        while (e < n && is_ws16(t[e]))
            e++;
    }
    return e < n && u_islower(cp_at(t, e, n));
}

/* Whether the break at b (start of the next segment) is false and the two
 * segments are one sentence. */
static int false_break(const UChar *t, int32_t b, int32_t n, const struct rules *r)
{
    int32_t e = b, s = b, ts;
    UChar32 next;
    char tok[40];
    int32_t m = 0;
    UErrorCode err = U_ZERO_ERROR;
    enum abbr_kind kind;

    while (e > 0 && is_ws16(t[e - 1])) {
        if (is_hard16(t[e - 1]))
            return 0;
        e--;
    }
    while (s < n && is_ws16(t[s]))
        s++;
    if (s >= n || e == 0)
        return 0;
    next = cp_at(t, s, n);
    if (u_islower(next))
        return 1; /* "« Est-ce la fin ? » s'interroge", "“Why?” she asked" */
    if (t[e - 1] != '.')
        return 0;
    ts = e - 1;
    while (ts > 0 && !is_ws16(t[ts - 1]))
        ts--;
    while (ts < e - 1 && is_open16(t[ts]))
        ts++;
    if (ts >= e - 1 || t[e - 2] == '.' || e - 1 - ts > 12)
        return 0;
    u_strToUTF8(tok, sizeof tok, &m, t + ts, e - 1 - ts, &err);
    if (U_FAILURE(err) || (size_t)m >= sizeof tok)
        return 0;
    tok[m] = 0;
    kind = abbr_lookup(r, tok);
    if (kind == AB_TITLE)
        return 1;
    if (kind == AB_NAME)
        return !is_starter(t, s, n);
    if (kind == AB_NUM)
        return u_isdigit(next);
    if (!is_initials(t, ts, e - 1))
        return 0;
    /* An initial is followed by a name ("J. K. Rowling", "J. Le Pen"), but
     * "le plan B. Le reste" and "vitamin C. The study" end a sentence. */
    return !(is_starter(t, s, n) && lower_after_word(t, s, n));
}

/* Marks sentence starts in mk[1..n-1]: ICU's breaks, fixed up. */
static int mark_breaks(UBreakIterator *bi, const UChar *t, int32_t n, uint8_t *mk)
{
    UErrorCode e = U_ZERO_ERROR;

    ubrk_setText(bi, t, n, &e);
    if (U_FAILURE(e))
        return -EIO;
    for (int32_t p = ubrk_first(bi); p != UBRK_DONE; p = ubrk_next(bi))
        if (p > 0 && p < n)
            mk[p] = 1;
    ubrk_setText(bi, NULL, 0, &e); /* drop the pointer to our buffer */

    for (int32_t i = 0; i < n; i++) {
        /* "Il hésite… Puis il part." and "« Je pars… » Puis": ICU does not
         * break after U+2026, though it does after "...". */
        if (t[i] == 0x2026 && !(i > 0 && (t[i - 1] == '[' || t[i - 1] == '('))) {
            int32_t j = i + 1;
            while (j < n && ((is_ws16(t[j]) && !is_hard16(t[j])) || is_close16(t[j])))
                j++;
            if (j > i + 1 && j < n && is_ws16(t[j - 1])) {
                UChar32 c = cp_at(t, j, n);
                int32_t k = j;
                if (t[k] == 0xAB || t[k] == 0x201C) {
                    k++;
                    while (k < n && is_ws16(t[k]))
                        k++;
                    c = k < n ? cp_at(t, k, n) : 0;
                }
                if (u_isupper(c))
                    mk[j] = 1;
            }
        }
        /* "en 2023. 40 % des chômeurs": ICU looks ahead to the lower-case
         * "des" and keeps one sentence. */
        if (t[i] == '.' && i > 0 && i + 1 < n && u_isalnum(t[i - 1]) && t[i + 1] == ' ') {
            int32_t j = i + 1;
            while (j < n && t[j] == ' ')
                j++;
            if (j < n && u_isdigit(t[j]))
                mk[j] = 1;
        }
    }
    /* "« C'est fini. » Puis": with French spacing ICU breaks before the
     * closing quote. Move such breaks past the closing marks. */
    for (int32_t p = 1; p < n; p++) {
        if (!mk[p] || !is_close16(t[p]))
            continue;
        int32_t q = p;
        while (q < n && (is_close16(t[q]) || (is_ws16(t[q]) && !is_hard16(t[q]))))
            q++;
        mk[p] = 0;
        if (q < n)
            mk[q] = 1;
        p = q;
    }
    return 0;
}

/* ------------------------------------------------------------------------ */
/* Candidate sentences. */

/* Collapses whitespace runs to one space (or to the no-break space the run
 * held, to keep French typography), trims. */
static UChar *clean_ws(const UChar *t, int32_t n, int32_t *outn)
{
    UChar *d = xmalloc(((size_t)n + 1) * sizeof(UChar));
    int32_t m = 0;
    UChar pend = 0;

    for (int32_t i = 0; i < n; i++) {
        UChar c = t[i];
        if (is_ws16(c) || (c < 0x20)) {
            if (c == 0xA0 || c == 0x202F || c == 0x2007)
                pend = c;
            else if (!pend)
                pend = ' ';
            continue;
        }
        if (pend && m > 0)
            d[m++] = pend;
        pend = 0;
        d[m++] = c;
    }
    *outn = m;
    return d;
}

/* Cuts t to at most LEDE_MAX_CHARS code points, the closing "…" included,
 * at the last space that fits. Returns the new length in UTF-16 units;
 * t must have room for one more unit. */
static int32_t cut_long(UChar *t, int32_t n)
{
    int32_t i = 0, cps = 0, last_sp = -1, hard = 0;

    while (i < n) {
        UChar32 c;
        int32_t at = i;
        if (cps == LEDE_MAX_CHARS - 1 && hard == 0)
            hard = at;
        U16_NEXT(t, i, n, c);
        if (cps < LEDE_MAX_CHARS && c == ' ')
            last_sp = at; /* never at a no-break space */
        cps++;
    }
    if (cps <= LEDE_MAX_CHARS)
        return n;
    int32_t end = last_sp > 0 ? last_sp : hard;
    /* no dangling comma, dash or opening quote before the "…" */
    while (end > 0 && (is_ws16(t[end - 1]) || is_open16(t[end - 1]) || t[end - 1] == ',' ||
                       t[end - 1] == ';' || t[end - 1] == ':' || t[end - 1] == '-' ||
                       t[end - 1] == 0x2013 || t[end - 1] == 0x2014))
        end--;
    if (end == 0)
        end = hard;
    while (end > 0 && (U16_IS_TRAIL(t[end]) && U16_IS_LEAD(t[end - 1])))
        end--;
    while (end > 0 && (U_GET_GC_MASK(cp_at(t, end, n)) & U_GC_M_MASK))
        end--;
    t[end] = 0x2026;
    return end + 1;
}

static int word_count16(const UChar *t, int32_t n)
{
    int words = 0, in = 0, alnum = 0;

    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U16_NEXT(t, i, n, c);
        if (u_isUWhiteSpace(c)) {
            words += in && alnum;
            in = alnum = 0;
        } else {
            in = 1;
            alnum |= u_isalnum(c);
        }
    }
    return words + (in && alnum);
}

/* A lede for t[0..n) if it qualifies, else NULL. */
static char *candidate(const UChar *t, int32_t n)
{
    int32_t cn, fn;
    UChar *c = clean_ws(t, n, &cn), *f;
    char *u8;
    size_t un;

    if (u_countChar32(c, cn) < 20 || word_count16(c, cn) < 4) {
        free(c);
        return NULL;
    }
    u8 = u8_from(c, cn, &un);
    if (!u8 || never_lede(u8, un)) {
        free(u8);
        free(c);
        return NULL;
    }
    free(u8);
    c = xrealloc(c, ((size_t)cn + 1) * sizeof(UChar));
    cn = cut_long(c, cn);
    f = u16_nfc(c, cn, &fn);
    free(c);
    if (!f)
        return NULL;
    u8 = u8_from(f, fn, NULL);
    free(f);
    return u8;
}

/* ------------------------------------------------------------------------ */
/* Blocks. */

enum { LF_HARD = 1, LF_CAPTION = 2 };

struct blk {
    struct buf text;  /* source lines, block markers removed, '\n'-joined */
    struct buf flags; /* one LF_* byte per line */
    int nlines;
    int heading;
    int quote;
    int last_image; /* the last line added held an image */
    int any_image;
};

struct ctx {
    const struct rules *rules;
    UBreakIterator *bi;
    char *result;
    char *heading; /* first heading sentence, used only if nothing else */
    int prev_images_only;
    int err;
};

static void blk_init(struct blk *b)
{
    memset(b, 0, sizeof *b);
    buf_init(&b->text, BLK_MAX + 8);
    buf_init(&b->flags, BLK_MAX + 8);
}

static void blk_reset(struct blk *b)
{
    buf_reset(&b->text);
    buf_reset(&b->flags);
    b->nlines = b->heading = b->quote = b->last_image = b->any_image = 0;
}

static void blk_free(struct blk *b)
{
    buf_free(&b->text);
    buf_free(&b->flags);
}

static int has_image(const char *s, size_t n)
{
    if (memmem(s, n, "![", 2))
        return 1;
    for (size_t i = 0; i + 4 <= n; i++)
        if (s[i] == '<' && strncasecmp(s + i + 1, "img", 3) == 0)
            return 1;
    return 0;
}

static void blk_add(struct blk *b, const char *s, size_t n, int flags)
{
    size_t room;

    if (b->text.len + 1 >= BLK_MAX)
        return;
    if (b->nlines)
        put_c(&b->text, '\n');
    room = BLK_MAX - b->text.len;
    if (n > room) {
        n = room;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    for (size_t i = 0; i < n;) {
        const char *z = memchr(s + i, 0, n - i);
        size_t run = z ? (size_t)(z - s) - i : n - i;
        buf_append(&b->text, s + i, run);
        i += run;
        if (i < n) {
            put_c(&b->text, ' ');
            i++;
        }
    }
    put_c(&b->flags, (char)flags);
    b->nlines++;
    b->last_image = has_image(s, n);
    b->any_image |= b->last_image;
}

/* Splits the paragraph text into sentences and keeps the first that
 * qualifies. */
static void consider(struct ctx *c, const char *s, size_t n, int heading)
{
    size_t off = dateline_len(s, n);
    int32_t un, tn;
    UChar *u, *t;
    uint8_t *mk;
    int32_t a = 0;

    if (heading && c->heading)
        return;
    u = u16_from(s + off, n - off, &un);
    if (!u) {
        c->err = -EILSEQ;
        return;
    }
    t = u16_nfc(u, un, &tn);
    free(u);
    if (!t) {
        c->err = -EIO;
        return;
    }
    mk = xcalloc((size_t)tn + 1, 1);
    c->err = mark_breaks(c->bi, t, tn, mk);
    for (int32_t p = 1; !c->err && p <= tn; p++) {
        if (p < tn && (!mk[p] || false_break(t, p, tn, c->rules)))
            continue;
        char *lede = candidate(t + a, p - a);
        a = p;
        if (lede) {
            if (heading)
                c->heading = lede;
            else
                c->result = lede;
            break;
        }
    }
    free(mk);
    free(t);
}

static void flush(struct ctx *c, struct blk *b)
{
    struct buf st, para;
    const char *flags = b->flags.data;
    int kept = 0, pending_hard = 0, any_text = 0, line = 0;
    size_t i = 0;

    if (b->nlines == 0 || c->result || c->err)
        goto out;
    buf_init(&st, 2 * BLK_MAX);
    buf_init(&para, 2 * BLK_MAX);
    strip_inline(b->text.data, b->text.len, &st, 0);
    if (!st.data)
        buf_append(&st, "", 0);
    while (i <= st.len) {
        const char *ls = st.data + i;
        const char *nl = memchr(ls, '\n', st.len - i);
        size_t ll = nl ? (size_t)(nl - ls) : st.len - i;
        int fl = line < b->nlines ? flags[line] : 0;
        i += ll + 1;
        line++;
        while (ll && is_sp(*ls)) {
            ls++;
            ll--;
        }
        while (ll && is_sp(ls[ll - 1]))
            ll--;
        if (ll == 0) {
            pending_hard = 1;
            continue;
        }
        any_text = 1;
        if ((fl & LF_CAPTION) || never_lede(ls, ll)) {
            pending_hard = 1;
            continue;
        }
        if (kept)
            put_c(&para, pending_hard ? '\n' : ' ');
        buf_append(&para, ls, ll);
        kept++;
        pending_hard = fl & LF_HARD;
    }
    c->prev_images_only = !any_text && b->any_image;
    if (kept)
        consider(c, para.data, para.len, b->heading);
    buf_free(&st);
    buf_free(&para);
out:
    blk_reset(b);
}

/* ------------------------------------------------------------------------ */
/* Block-level line scanner. */

struct scanner {
    int in_fence;
    char fence_ch;
    size_t fence_len;
    int in_list;
};

static size_t run_of(const char *s, size_t n, char ch)
{
    size_t k = 0;

    while (k < n && s[k] == ch)
        k++;
    return k;
}

static int only_spaces(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return 0;
    return 1;
}

/* "***", "- - -", "___" */
static int is_thematic(const char *s, size_t n)
{
    char ch = s[0];
    size_t k = 0;

    if (ch != '-' && ch != '*' && ch != '_')
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ch)
            k++;
        else if (s[i] != ' ' && s[i] != '\t')
            return 0;
    }
    return k >= 3;
}

static size_t list_marker(const char *s, size_t n, int para_open)
{
    size_t i = 0;

    if (s[0] == '-' || s[0] == '*' || s[0] == '+') {
        i = 1;
    } else {
        while (i < n && i < 9 && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == 0 || i >= n || (s[i] != '.' && s[i] != ')'))
            return 0;
        if (para_open && !(i == 1 && s[0] == '1'))
            return 0;
        i++;
    }
    if (i < n && s[i] != ' ' && s[i] != '\t')
        return 0;
    if (para_open && only_spaces(s + i, n - i))
        return 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

/* "[label]: destination" and footnote definitions "[^1]: text" */
static int is_linkdef(const char *s, size_t n)
{
    size_t k;

    if (s[0] != '[')
        return 0;
    for (k = 1; k < n && k < 1000 && s[k] != ']'; k++)
        if (s[k] == '[')
            return 0;
    return k + 1 < n && s[k] == ']' && s[k + 1] == ':' && k > 1;
}

static void scan_line(struct ctx *c, struct scanner *sc, struct blk *b, const char *s, size_t n)
{
    size_t i = 0, indent = 0, m;
    int q = 0, hard = 0, fl;

    while (i < n && (s[i] == ' ' || s[i] == '\t')) {
        indent += s[i] == '\t' ? 4 - indent % 4 : 1;
        i++;
    }
    if (sc->in_fence) {
        m = run_of(s + i, n - i, sc->fence_ch);
        if (indent < 4 && m >= sc->fence_len && only_spaces(s + i + m, n - i - m))
            sc->in_fence = 0;
        return;
    }
    if (i == n) {
        flush(c, b);
        return;
    }
    if (indent >= 4 && b->nlines == 0 && !sc->in_list)
        return; /* indented code */
    while (i < n && s[i] == '>') {
        q++;
        i++;
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
    }
    if (b->nlines && q != b->quote)
        flush(c, b);
    if (i == n) {
        flush(c, b);
        return;
    }
    s += i;
    n -= i;
    m = run_of(s, n, s[0]);
    if ((s[0] == '`' || s[0] == '~') && m >= 3 && !(s[0] == '`' && memchr(s + m, '`', n - m))) {
        flush(c, b);
        sc->in_fence = 1;
        sc->fence_ch = s[0];
        sc->fence_len = m;
        return;
    }
    if (b->nlines && !b->heading && (s[0] == '=' || s[0] == '-') && only_spaces(s + m, n - m)) {
        b->heading = 1; /* setext underline */
        flush(c, b);
        return;
    }
    if (is_thematic(s, n)) {
        flush(c, b);
        return;
    }
    m = run_of(s, n, '#');
    if (m >= 1 && m <= 6 && (m == n || s[m] == ' ' || s[m] == '\t')) {
        size_t e = n;
        flush(c, b);
        while (e > m && (s[e - 1] == ' ' || s[e - 1] == '\t'))
            e--;
        size_t h = e;
        while (h > m && s[h - 1] == '#')
            h--;
        if (h == m || s[h - 1] == ' ' || s[h - 1] == '\t')
            e = h;
        b->heading = 1;
        b->quote = q;
        blk_add(b, s + m, e - m, 0);
        flush(c, b);
        return;
    }
    if (s[0] == '|') {
        flush(c, b); /* tables */
        return;
    }
    if (b->nlines == 0 && is_linkdef(s, n))
        return;
    m = list_marker(s, n, b->nlines > 0);
    if (m) {
        flush(c, b);
        sc->in_list = 1;
        s += m;
        n -= m;
        if (n == 0)
            return;
    } else if (b->nlines == 0 && indent == 0) {
        sc->in_list = 0;
    }
    if (b->nlines == 0)
        b->quote = q;
    if (n >= 2 && s[n - 1] == ' ' && s[n - 2] == ' ')
        hard = 1;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n && s[n - 1] == '\\' && !(n >= 2 && s[n - 2] == '\\')) {
        hard = 1;
        n--;
    }
    fl = hard ? LF_HARD : 0;
    if (n >= 3 && (s[0] == '*' || s[0] == '_') && (s[n - 1] == '*' || s[n - 1] == '_') &&
        (b->nlines ? b->last_image : c->prev_images_only))
        fl |= LF_CAPTION; /* an italic line under a photo */
    blk_add(b, s, n, fl);
}

/* ------------------------------------------------------------------------ */

static const struct rules *rules_for(const char *lang, char *loc, size_t cap)
{
    static const struct rules fr = {abbr_fr, sizeof abbr_fr / sizeof abbr_fr[0]};
    static const struct rules en = {abbr_en, sizeof abbr_en / sizeof abbr_en[0]};
    static const struct rules none = {NULL, 0};
    char sub[9];
    size_t k = 0;

    while (lang && k < 8 &&
           ((lang[k] >= 'a' && lang[k] <= 'z') || (lang[k] >= 'A' && lang[k] <= 'Z'))) {
        sub[k] = (char)(lang[k] | 0x20);
        k++;
    }
    sub[k] = 0;
    if (k < 2 || k > 3 || (lang[k] && lang[k] != '-' && lang[k] != '_'))
        sub[0] = 0;
    /* No "@ss=standard": ICU 72's French suppressions match inside words
     * and swallow real breaks ("pour travaux. Des bus" stays one sentence),
     * and its German ones drop the break after "Dr. Müller.". Our lists do
     * that job instead. */
    snprintf(loc, cap, "%s", sub);
    if (strcmp(sub, "fr") == 0)
        return &fr;
    if (strcmp(sub, "en") == 0)
        return &en;
    return &none;
}

int lede_extract(const char *markdown, size_t len, const char *lang, char **out)
{
    struct ctx c;
    struct scanner sc = {0};
    struct blk b;
    char loc[32];
    int owned;
    size_t pos = 0;

    if (!out || (!markdown && len))
        return -EINVAL;
    *out = NULL;
    if (len == 0)
        return -ENOENT;
    if (!utf8_valid(markdown, len))
        return -EILSEQ;
    memset(&c, 0, sizeof c);
    c.rules = rules_for(lang, loc, sizeof loc);
    c.bi = bi_get(loc, &owned);
    if (!c.bi)
        return -EIO;
    blk_init(&b);
    while (pos < len && !c.result && !c.err) {
        const char *ls = markdown + pos;
        const char *nl = memchr(ls, '\n', len - pos);
        size_t ll = nl ? (size_t)(nl - ls) : len - pos;
        pos += ll + 1;
        if (ll && ls[ll - 1] == '\r')
            ll--;
        scan_line(&c, &sc, &b, ls, ll);
    }
    flush(&c, &b);
    blk_free(&b);
    if (owned)
        ubrk_close(c.bi);
    if (c.err) {
        free(c.result);
        free(c.heading);
        return c.err;
    }
    if (c.result) {
        free(c.heading);
        *out = c.result;
        return 0;
    }
    if (c.heading) {
        *out = c.heading;
        return 0;
    }
    return -ENOENT;
}

int lede_normalize(const char *text, size_t len, char **out)
{
    int32_t un, fn;
    UChar *u, *f;

    if (!out || (!text && len))
        return -EINVAL;
    *out = NULL;
    if (len > LEDE_NORMALIZE_MAX)
        return -E2BIG;
    if (len == 0) {
        *out = xstrdup("");
        return 0;
    }
    if (!utf8_valid(text, len))
        return -EILSEQ;
    u = u16_from(text, len, &un);
    if (!u)
        return -EILSEQ;
    f = u16_fold(u, un, 1, &fn);
    free(u);
    if (!f)
        return -EIO;
    *out = u8_from(f, fn, NULL);
    free(f);
    return *out ? 0 : -EIO;
}
