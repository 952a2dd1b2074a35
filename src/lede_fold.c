/*
 * lede_fold: UTF-8 / UTF-16 conversion and normalisation for the lede
 * module, and the folding that lede_normalize() exports and the line
 * checks of lede_junk.c compare: NFKC_Casefold, accents dropped from Latin,
 * Greek and Cyrillic letters, a few letters with no decomposition spelled
 * out (œ -> oe), NFC.
 */
#include "lede.h"

#include <assert.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include "lede_int.h"
#include "utf8.h"
#include "xmalloc.h"

UChar *lede_u16_from(const char *s, size_t n, int32_t *outn)
{
    UErrorCode e = U_ZERO_ERROR;
    UChar *d;

    assert(n < INT32_MAX); /* validated and capped: see lede_int.h */
    d = xmalloc((n + 1) * sizeof(UChar));

    u_strFromUTF8(d, (int32_t)(n + 1), outn, s, (int32_t)n, &e);
    if (U_FAILURE(e)) {
        free(d);
        return NULL;
    }
    return d;
}

char *lede_u8_from(const UChar *s, int32_t n, size_t *outn)
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

UChar *lede_u16_nfc(const UChar *s, int32_t n, int32_t *outn)
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
    r = lede_u16_nfc(c, cn, outn);
    free(c);
    return r;
}

char *lede_u8_fold(const char *s, size_t n, int punct, size_t *outn)
{
    int32_t un, fn;
    UChar *u = lede_u16_from(s, n, &un), *f;
    char *r;

    if (!u)
        return NULL;
    f = u16_fold(u, un, punct, &fn);
    free(u);
    if (!f)
        return NULL;
    r = lede_u8_from(f, fn, outn);
    free(f);
    return r;
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
    u = lede_u16_from(text, len, &un);
    if (!u)
        return -EILSEQ;
    f = u16_fold(u, un, 1, &fn);
    free(u);
    if (!f)
        return -EIO;
    *out = lede_u8_from(f, fn, NULL);
    free(f);
    return *out ? 0 : -EIO;
}
