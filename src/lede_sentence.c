/*
 * lede_sentence: sentence splitting on UTF-16 text. ICU's plain sentence
 * rules for the post's language give the breaks; ICU alone cuts at "Mme.",
 * "Dr.", "U.S. Army", "J. K. Rowling" and before "» s'interroge", so per
 * language abbreviation lists and a few quote, ellipsis and number rules
 * undo or add breaks on top. Break iterators are cached per thread.
 */
#include "lede_int.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include <unicode/ustring.h>

#include "xmalloc.h"

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

UBreakIterator *lede_bi_get(const char *loc, int *owned)
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
    AB_TIME,      /* "a.m.", "p.m.": ends the sentence unless a day, a month
                     or a time zone follows ("3 a.m. Tuesday", "9 p.m. EST") */
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
    {"Blvd", AB_NAME},  {"Rd", AB_NAME},    {"a.m", AB_TIME},   {"p.m", AB_TIME},
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

/* What follows "a.m." or "p.m." inside the sentence: a day, a month, a
 * time zone. */
static const char *const time_after[] = {
    "Monday",   "Tuesday",  "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March",    "April",     "May",      "June",   "July",     "August", "September",
    "October",  "November", "December",  "Jan",      "Feb",    "Mar",      "Apr",    "Jun",
    "Jul",      "Aug",      "Sep",       "Sept",     "Oct",    "Nov",      "Dec",    "EST",
    "EDT",      "CST",      "CDT",       "MST",      "MDT",    "PST",      "PDT",    "AKST",
    "AKDT",     "HST",      "AST",       "ADT",      "NST",    "NDT",      "ET",     "CT",
    "MT",       "PT",       "GMT",       "UTC",      "BST",    "IST",      "CET",    "CEST",
    "EAT",      "WAT",      "CAT",       "SAST",     "AEST",   "AEDT",     "AWST",   "NZST",
    "NZDT",     "JST",      "HKT",       "SGT",      "PHT",
};

struct rules {
    const struct abbr *list;
    size_t n;
};

/* ------------------------------------------------------------------------ */
/* Sentence splitting on UTF-16 text. */

static int is_hard16(UChar c)
{
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

static int is_close16(UChar c)
{
    return c == 0xBB || c == 0x201D || c == 0x2019 || c == ')' || c == ']' || c == 0x203A;
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

/* The word of letters at t[s..n) as UTF-8 into w (size wsize): its length,
 * or 0 when there is none or it does not fit. */
static size_t word_at(const UChar *t, int32_t s, int32_t n, char *w, size_t wsize)
{
    int32_t e = s, m = 0;
    UErrorCode err = U_ZERO_ERROR;

    while (e < n && e - s < 12) {
        UChar32 c = cp_at(t, e, n);
        if (!u_isalpha(c))
            break;
        e += U16_LENGTH(c);
    }
    if (e == s)
        return 0;
    u_strToUTF8(w, (int32_t)wsize, &m, t + s, e - s, &err);
    if (U_FAILURE(err) || (size_t)m >= wsize)
        return 0;
    w[m] = 0;
    return (size_t)m;
}

static int is_starter(const UChar *t, int32_t s, int32_t n)
{
    char w[32];
    return word_at(t, s, n, w, sizeof w) && IN(w, starters);
}

/* Whether a day, a month or a time zone opens t[s..n) ("Tuesday", "EST"). */
static int is_time_after(const UChar *t, int32_t s, int32_t n)
{
    char w[32];
    return word_at(t, s, n, w, sizeof w) && IN(w, time_after);
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

int lede_false_break(const UChar *t, int32_t b, int32_t n, const struct rules *r)
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
    if (u_islower(next) || next == ',' || next == ';')
        return 1; /* "« Est-ce la fin ? » s'interroge", "“Why?” she asked", "« … ? », dit" */
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
    if (kind == AB_TIME)
        return is_time_after(t, s, n);
    if (kind == AB_NUM)
        return u_isdigit(next);
    if (!is_initials(t, ts, e - 1))
        return 0;
    /* An initial is followed by a name ("J. K. Rowling", "J. Le Pen"), but
     * "le plan B. Le reste" and "vitamin C. The study" end a sentence. */
    return !(is_starter(t, s, n) && lower_after_word(t, s, n));
}

int lede_mark_breaks(UBreakIterator *bi, const UChar *t, int32_t n, uint8_t *mk)
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

const struct rules *lede_rules_for(const char *lang, char *loc, size_t cap)
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
