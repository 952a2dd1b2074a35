/*
 * digest_scan: the words of a post's text, split and folded exactly as
 * lede_normalize() splits and folds them, but without an ICU call for most
 * text (see the table below). tests/unit/test_digest.c checks every code
 * point of the table, and whole texts, against lede_normalize().
 */
#include "digest_int.h"

#include <assert.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

#include "lede.h"
#include "xmalloc.h"

/* Words are split, and folded, exactly as lede_normalize() does: at
 * whitespace, controls, punctuation and symbols. A table built once from
 * lede_normalize() itself holds the class, shape and folded form of the code
 * points of the Latin, Greek, Cyrillic, Hebrew and Arabic blocks, general
 * punctuation and currency signs, so most text is folded with no ICU call; a
 * word holding anything else (combining marks, CJK, ...) is folded by
 * lede_normalize() on its own. */
enum { CC_SEP, CC_SKIP, CC_TOK, CC_MARK };
enum { CI_UPPER = 1, CI_LOWER = 2, CI_ALPHA = 4, CI_DIGIT = 8, CI_SLOW = 16 };

#define CT_FOLD_MAX 6

struct cinfo {
    uint8_t cls, flags, flen;
    char fold[CT_FOLD_MAX];
};

/* The blocks in the table, [from, to), and where each starts in it. */
static const struct {
    UChar32 from, to;
} ct_ranges[] = {
    {0x0000, 0x0250}, /* Basic Latin to Latin Extended-B */
    {0x0370, 0x0530}, /* Greek, Cyrillic, Cyrillic Supplement */
    {0x0590, 0x0700}, /* Hebrew, Arabic */
    {0x1E00, 0x2070}, /* Latin Extended Additional, Greek Extended, General Punctuation */
    {0x20A0, 0x20D0}, /* Currency Symbols */
};
#define CT_NRANGES (sizeof ct_ranges / sizeof ct_ranges[0])

static struct cinfo ctab[CT_SIZE];

/* The ASCII bytes that the table folds to one byte with no ICU call, for
 * digest_scan()'s inner loop: the folded byte (0 for any other byte) and
 * what the byte adds to a word's shape, its letter, upper-case and
 * lower-case counts packed in one word (ASC_* fields of ASC_BITS bits) and
 * a digit flag, both read from ctab[] once it is built, so the loop and the
 * table agree by making. */
#define ASC_BITS 20
#define ASC_UPPER ASC_BITS
#define ASC_LOWER (2 * ASC_BITS)
#define ASC_DIGIT (3 * ASC_BITS)
#define ASC_MASK ((UINT64_C(1) << ASC_BITS) - 1)
#define ASC_RUN_MAX (ASC_MASK - 1) /* bytes per scan_ascii() call: no field overflows */
static char asc_fold[0x100];       /* 0 from 0x80 on: not ASCII */
static uint64_t asc_inc[0x100];

/* The code point at index k of the table, or -1. */
UChar32 digest_ctab_cp(size_t k)
{
    for (size_t r = 0; r < CT_NRANGES; r++) {
        size_t len = (size_t)(ct_ranges[r].to - ct_ranges[r].from);
        if (k < len)
            return ct_ranges[r].from + (UChar32)k;
        k -= len;
    }
    return -1;
}

/* Class and shape of a code point, from ICU. */
static void cinfo_icu(UChar32 c, struct cinfo *ci)
{
    uint32_t gc = U_GET_GC_MASK(c);

    ci->flags = CI_SLOW;
    ci->flen = 0;
    if (u_isUWhiteSpace(c) || (gc & (U_GC_CC_MASK | U_GC_P_MASK | U_GC_S_MASK)))
        ci->cls = CC_SEP;
    else if (gc & U_GC_CF_MASK)
        ci->cls = CC_SKIP;
    else if (gc & (U_GC_MN_MASK | U_GC_ME_MASK))
        ci->cls = CC_MARK;
    else
        ci->cls = CC_TOK;
    if (u_isupper(c) || u_istitle(c))
        ci->flags |= CI_UPPER;
    if (u_islower(c))
        ci->flags |= CI_LOWER;
    if (u_isalpha(c))
        ci->flags |= CI_ALPHA;
    if (c >= '0' && c <= '9')
        ci->flags |= CI_DIGIT;
}

/* What lede_normalize() makes of each code point between two letters:
 * "a b" a separator, "ab" dropped (default ignorables), "aXb" folded to X,
 * anything else ("l·" splits "ŀ") left to lede_normalize() word by word. */
void digest_chars_init(void)
{
    size_t total = 0;

    /* cinfo_of() walks the blocks in order, and CT_SIZE is their sum. */
    for (size_t r = 0; r < CT_NRANGES; r++) {
        assert(ct_ranges[r].from < ct_ranges[r].to);
        assert(r == 0 || ct_ranges[r - 1].to <= ct_ranges[r].from);
        total += (size_t)(ct_ranges[r].to - ct_ranges[r].from);
    }
    assert(total == CT_SIZE);
    (void)total;
    for (size_t k = 1; k < CT_SIZE; k++) {
        UChar32 c = digest_ctab_cp(k);
        struct cinfo *ci = &ctab[k];
        char u8[8], *f = NULL;
        int32_t l = 1;
        UBool err = 0;
        cinfo_icu(c, ci);
        u8[0] = 'a';
        U8_APPEND((uint8_t *)u8, l, 7, c, err);
        u8[l++] = 'b';
        if (err || lede_normalize(u8, (size_t)l, &f) != 0) {
            free(f);
            continue;
        }
        size_t fl = strlen(f);
        if (strcmp(f, "a b") == 0) {
            ci->cls = CC_SEP;
        } else if (strcmp(f, "ab") == 0) {
            ci->cls = CC_SKIP;
        } else if (fl >= 3 && fl - 2 <= CT_FOLD_MAX && f[0] == 'a' && f[fl - 1] == 'b' &&
                   !memchr(f, ' ', fl)) {
            ci->cls = CC_TOK;
            ci->flags &= (uint8_t)~CI_SLOW;
            ci->flen = (uint8_t)(fl - 2);
            memcpy(ci->fold, f + 1, ci->flen);
        }
        free(f);
    }
    ctab[0].cls = CC_SEP;
    for (size_t c = 1; c < 0x80; c++) {
        const struct cinfo *ci = &ctab[c];
        unsigned f = ci->flags;
        if (ci->cls != CC_TOK || (f & CI_SLOW) || ci->flen != 1 || ci->fold[0] == 0)
            continue;
        asc_fold[c] = ci->fold[0];
        if (f & CI_ALPHA)
            asc_inc[c] = 1 | (uint64_t)((f & CI_UPPER) != 0) << ASC_UPPER |
                         (uint64_t)((f & CI_LOWER) != 0) << ASC_LOWER;
        if (f & CI_DIGIT)
            asc_inc[c] |= UINT64_C(1) << ASC_DIGIT;
    }
}

static const struct cinfo *cinfo_of(UChar32 c, struct cinfo *tmp)
{
    size_t base = 0;
    for (size_t r = 0; r < CT_NRANGES; r++) {
        if (c < ct_ranges[r].from)
            break;
        if (c < ct_ranges[r].to)
            return &ctab[base + (size_t)(c - ct_ranges[r].from)];
        base += (size_t)(ct_ranges[r].to - ct_ranges[r].from);
    }
    cinfo_icu(c, tmp);
    return tmp;
}

static void fold_put(struct scratch *sc, const char *p, size_t n)
{
    if (sc->nfold + n > sc->capfold) {
        sc->capfold = (sc->nfold + n) * 2 + 256;
        sc->fold = xrealloc(sc->fold, sc->capfold);
    }
    memcpy(sc->fold + sc->nfold, p, n);
    sc->nfold += n;
}

struct shape {
    size_t letters, upper, lower, digits;
    int first, lead, slow, cap;
    uint8_t dpre;
};

/* Closes the word [s, e): its shape, and its folded form (from the table,
 * or from lede_normalize() when a character is not in it). */
static int tok_close(struct scratch *sc, uint32_t s, uint32_t e, size_t fs, const struct shape *sh)
{
    if (sc->nt == sc->capt) {
        sc->capt = sc->capt ? sc->capt * 2 : 256;
        sc->t = xrealloc(sc->t, sc->capt * sizeof *sc->t);
    }
    if (sh->slow) {
        char *f = NULL;
        int rc = lede_normalize(sc->raw.data + s, e - s, &f);
        sc->nfold = fs;
        if (rc == -EIO || rc == -ENOMEM)
            return rc;
        if (rc == 0)
            fold_put(sc, f, strlen(f));
        free(f);
        if (sc->nfold == fs)
            return 0; /* nothing left of it: not a word */
    }
    struct tok *t = &sc->t[sc->nt++];
    memset(t, 0, sizeof *t);
    t->s = s;
    t->e = e;
    t->fs = (uint32_t)fs;
    t->fn = (uint32_t)(sc->nfold - fs);
    t->alias = -1;
    t->cap = (uint8_t)sh->cap;
    t->digits = sh->digits > 0 && sh->lead; /* nothing but digits */
    t->dpre = sh->dpre;
    t->allcaps = sh->lower == 0 && sh->upper >= 1 && (sh->letters >= 2 || sh->digits >= 1) &&
                 sh->letters <= 6;
    return 0;
}

/* Closes the word [start, last_end) through tok_close() with a copy of
 * its shape, so that the scan's own shape never escapes (and stays in
 * registers: the folded bytes are written through a char pointer). */
static int scan_close(struct scratch *sc, int32_t start, int32_t last_end, size_t fs,
                      struct shape sh)
{
    return tok_close(sc, (uint32_t)start, (uint32_t)last_end, fs, &sh);
}

/* The rest of a word from i while its bytes are ASCII that the table folds
 * to one byte (most of a Latin text): each folded into fold[*nfold..] and
 * counted in the shape exactly as digest_scan()'s loop would, with the
 * counts in locals. Returns where the run stops. */
static inline int32_t scan_ascii(const char *s, int32_t i, int32_t n, char *fold, size_t *nfold,
                                 struct shape *sh)
{
    size_t nf = *nfold, digits = 0;
    uint64_t acc = 0;
    int lead = sh->lead; /* in locals: the folded bytes are stored through a char pointer */
    unsigned dpre = sh->dpre;
    int32_t end = n - i > (int32_t)ASC_RUN_MAX ? i + (int32_t)ASC_RUN_MAX : n;

    while (i < end) {
        unsigned char b = (unsigned char)s[i];
        char f = asc_fold[b];
        if (!f)
            break;
        uint64_t inc = asc_inc[b];
        fold[nf++] = f;
        i++;
        acc += inc;
        if (inc >> ASC_DIGIT) {
            digits++;
            dpre += lead && dpre < 255;
        } else {
            lead = 0;
        }
    }
    *nfold = nf;
    sh->letters += acc & ASC_MASK;
    sh->upper += acc >> ASC_UPPER & ASC_MASK;
    sh->lower += acc >> ASC_LOWER & ASC_MASK;
    sh->digits += digits;
    sh->lead = lead;
    sh->dpre = (uint8_t)dpre;
    return i;
}

/* Splits the post text into words with their folded forms. The folded
 * bytes and their count are kept in locals (fold, nfold) and handed back
 * to sc around each word's close. */
int digest_scan(struct scratch *sc)
{
    const char *s = sc->raw.data;
    int32_t n = (int32_t)sc->raw.len, i = 0, start = -1, last_end = 0;
    size_t fs = 0, nfold = 0;
    char *fold = sc->fold;
    struct shape sh;
    struct cinfo tmp;

    sc->nt = 0;
    sc->nfold = 0;
    memset(&sh, 0, sizeof sh);
    while (i < n) {
        int32_t at = i;
        UChar32 c = (unsigned char)s[i];
        const struct cinfo *ci;
        if (c < 0x80) {
            i++;
            ci = &ctab[c];
        } else {
            U8_NEXT(s, i, n, c);
            ci = c < 0 ? NULL : cinfo_of(c, &tmp);
        }
        int cl = ci ? ci->cls : CC_SEP;
        if (cl == CC_MARK)
            cl = start >= 0 ? CC_TOK : CC_SKIP;
        if (cl == CC_TOK) {
            if (start < 0) {
                start = at;
                fs = nfold;
                memset(&sh, 0, sizeof sh);
                sh.first = sh.lead = 1;
                /* Room for this word folded from the table. */
                size_t room = (size_t)(n - at) * CT_FOLD_MAX + 16;
                if (sc->capfold - nfold < room) {
                    sc->capfold = nfold + room * 2;
                    sc->fold = fold = xrealloc(sc->fold, sc->capfold);
                }
            }
            last_end = i;
            if (sh.first) {
                sh.cap = (ci->flags & CI_UPPER) != 0;
                sh.first = 0;
            }
            if (ci->flags & CI_DIGIT) {
                sh.digits++;
                if (sh.lead && sh.dpre < 255)
                    sh.dpre++;
            } else {
                sh.lead = 0;
            }
            if (ci->flags & CI_ALPHA) {
                sh.letters++;
                sh.upper += (ci->flags & CI_UPPER) != 0;
                sh.lower += (ci->flags & CI_LOWER) != 0;
            }
            if (ci->flags & CI_SLOW) {
                sh.slow = 1;
            } else if (!sh.slow) {
                if (ci->flen == 1)
                    fold[nfold++] = ci->fold[0];
                else
                    memcpy(fold + nfold, ci->fold, ci->flen), nfold += ci->flen;
                i = scan_ascii(s, i, n, fold, &nfold, &sh);
                last_end = i;
            }
        } else if (cl == CC_SEP && start >= 0) {
            sc->nfold = nfold;
            int rc = scan_close(sc, start, last_end, fs, sh);
            if (rc < 0)
                return rc;
            nfold = sc->nfold;
            fold = sc->fold;
            start = -1;
        } else if (cl == CC_SKIP && start >= 0) {
            last_end = i;
        }
    }
    sc->nfold = nfold;
    if (start >= 0) {
        int rc = scan_close(sc, start, last_end, fs, sh);
        if (rc < 0)
            return rc;
    }
    for (size_t k = 0; k < sc->nt; k++)
        sc->t[k].fw = sc->fold ? sc->fold + sc->t[k].fs : "";
    return 0;
}

void digest_scratch_free(struct scratch *sc)
{
    buf_free(&sc->raw);
    free(sc->fold);
    free(sc->t);
    free(sc->keys);
    free(sc->kw);
    free(sc->kind);
    free(sc->ksrc);
    free(sc->seen_epoch);
    free(sc->seen_idx);
    digest_stems_free(&sc->stems);
}

/* Whether a token can be a name's word (digest_keys.c's is_name_word()). */
static int name_word(const struct tok *t)
{
    return t->cap && !(t->wf & WF_NOENT) && !t->digits && t->dpre == 0 && t->fn >= 1;
}

/* Whether tokens a and b are apart by exactly the bytes of sep. */
static int gap_is(const char *s, const struct tok *a, const struct tok *b, const char *sep)
{
    size_t n = strlen(sep);
    return b->s == a->e + n && memcmp(s + a->e, sep, n) == 0;
}

/* Names listed as a schedule lists them: two lists or more of three one-word
 * names or more ("Mamoudzou, Koungou et Dembéni seront coupés le lundi et
 * le mardi, Sada, Chiconi et Ouangani le mardi et le mercredi", day 65's
 * water cuts "commune par commune"). Such a post goes through every town
 * of its region, one as much as the other: a listed name is no story's
 * place. It keeps its key, in a namespace of its own (digest_list_mark()),
 * so that it meets the same name listed in another post (the next day's
 * calendar), not the name a story writes on its own ("Cantines de
 * Dembéni : l'ancien maire devant le tribunal"). One list alone is left as
 * it was: it is most often the story's own places (a flood's "Abbotsford,
 * Chilliwack and Hope", which each of its posts lists). A list that ends on
 * a longer name ("Mbare, Highfield and Glen View") is a list too, its
 * one-word names listed; the longer name is written as it is. A listed
 * name's word is in the namespace too (digest_keys.c): day 89's water rota
 * and power timetable met through the suburbs' and weekdays' words. */
void digest_mark_listed(const char *s, struct tok *t, size_t nt)
{
    size_t i = 0, lists = 0;
    while (i < nt) {
        size_t k = i;
        if (!name_word(&t[i])) {
            i++;
            continue;
        }
        while (k + 1 < nt && name_word(&t[k + 1]) && gap_is(s, &t[k], &t[k + 1], ", "))
            k++;
        size_t n = k - i + 1;
        if (n >= 2 && k + 2 < nt && name_word(&t[k + 2]) && gap_is(s, &t[k], &t[k + 1], " ") &&
            gap_is(s, &t[k + 1], &t[k + 2], " ") &&
            ((t[k + 1].fn == 2 && memcmp(t[k + 1].fw, "et", 2) == 0) ||
             (t[k + 1].fn == 3 && memcmp(t[k + 1].fw, "and", 3) == 0))) {
            for (size_t j = i; j <= k; j++)
                t[j].listed = 1;
            t[k + 2].listed = k + 3 >= nt || !gap_is(s, &t[k + 2], &t[k + 3], " ") || !t[k + 3].cap;
            lists++;
            i = k + 3;
            continue;
        }
        i = k + 1;
    }
    if (lists < 2)
        for (size_t j = 0; j < nt; j++)
            t[j].listed = 0;
}

/* The nouns of a service that runs a route, right before its "from": a
 * fare's, a timetable's, an airline's ("A route from Port of Spain to
 * Chaguanas currently costs TT$12", "service from Denver to Boise",
 * "flights from Nadi to Manila"). A vehicle's trip ("a bus travelling from
 * Windhoek to Oshakati collided", "a boat heading from Ikorodu to Ebute Ero
 * capsized") is the event's own road, and is not read. */
static const char *const service_nouns[] = {"route",  "routes",  "service", "services",
                                            "flight", "flights", "ferry",   "ferries",
                                            "line",   "lines",   "fare",    "fares"};

/* Whether token t is a noun of a service that runs a route. */
static int service_noun(const struct tok *t)
{
    for (size_t j = 0; j < sizeof service_nouns / sizeof *service_nouns; j++)
        if (t->fn == strlen(service_nouns[j]) && memcmp(t->fw, service_nouns[j], t->fn) == 0)
            return 1;
    return 0;
}

/* A service's route: a service noun, "from" a name "to" a one-word name.
 * The post names the towns the service links, every day, whatever the
 * day's news: day 63's maxi-taxi fares (the fuel price rise) priced the
 * route to Chaguanas, the town of the murdered taxi driver's widow. Its
 * one-word ends are marked listed, as a schedule's towns
 * (digest_mark_listed()): they meet the same names in another route or
 * list, not a story's own place (eval/README.md, seventy-third round). */
void digest_mark_route(const char *s, struct tok *t, size_t nt)
{
    for (size_t i = 1; i + 3 < nt; i++) {
        if (!(t[i].fn == 4 && memcmp(t[i].fw, "from", 4) == 0) || !name_word(&t[i + 1]) ||
            !service_noun(&t[i - 1]) || !gap_is(s, &t[i - 1], &t[i], " "))
            continue;
        size_t k = i + 1;
        while (k + 1 < nt && name_word(&t[k + 1]) && gap_is(s, &t[k], &t[k + 1], " "))
            k++;
        /* "Port of Spain": a name's "of" */
        while (k + 2 < nt && t[k + 1].fn == 2 && memcmp(t[k + 1].fw, "of", 2) == 0 &&
               name_word(&t[k + 2]))
            k += 2;
        if (k + 2 >= nt || !(t[k + 1].fn == 2 && memcmp(t[k + 1].fw, "to", 2) == 0) ||
            !name_word(&t[k + 2]) || !gap_is(s, &t[k], &t[k + 1], " ") ||
            !gap_is(s, &t[k + 1], &t[k + 2], " "))
            continue;
        if (k + 3 < nt && name_word(&t[k + 3]) && gap_is(s, &t[k + 2], &t[k + 3], " "))
            continue; /* a longer name: not read */
        if (k == i + 1)
            t[k].listed = 1;
        t[k + 2].listed = 1;
    }
}
