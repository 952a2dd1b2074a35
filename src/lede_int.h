/*
 * lede_int: what the files of the lede module share, and nothing else
 * includes. One file per stage of lede_extract() (see lede.c for the
 * pipeline):
 *
 *   lede_fold.c      UTF-8 / UTF-16 conversion, NFC, and the folding that
 *                    lede_normalize() and the line checks compare;
 *   lede_strip.c     the inline Markdown stripper;
 *   lede_junk.c      the lines that are never a lede (credits, bylines,
 *                    "read also", promotion);
 *   lede_dateline.c  the dateline at the start of a paragraph;
 *   lede_wire.c      wire furniture that reads like prose (update notes,
 *                    publisher lines, appeals, captions with a credit) and
 *                    the tags and datelines in front of a first sentence;
 *   lede_sentence.c  ICU's sentence breaks, per-thread iterators, and our
 *                    abbreviation, initial, quote and ellipsis rules;
 *   lede.c           blocks, candidate sentences, and the API.
 *
 * Each file includes only this header (and public ones); this header
 * includes no private one, so there is no include circle.
 */
#ifndef CRIER_LEDE_INT_H
#define CRIER_LEDE_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include "buf.h"

/* Words, counted one code point at a time: a word is a run of anything but
 * white space, holding at least one letter or digit ("—" alone is none). */
struct lede_words {
    int n, in, alnum;
};

static inline void lede_words_add(struct lede_words *w, UChar32 c)
{
    if (u_isUWhiteSpace(c)) {
        w->n += w->in && w->alnum;
        w->in = w->alnum = 0;
    } else {
        w->in = 1;
        w->alnum |= u_isalnum(c);
    }
}

static inline int lede_words_total(const struct lede_words *w)
{
    return w->n + (w->in && w->alnum);
}

/* ------------------------------------------------------------ bytes */

static inline int is_sp(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static inline int is_ascii_alnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static inline void put_c(struct buf *o, char c)
{
    buf_append(o, &c, 1);
}

/* Is w one of list[0..n)? IN() takes the size of a static array. */
static inline int in_list(const char *w, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++) /* most entries differ at the first byte: no call */
        if (w[0] == list[i][0] && strcmp(w, list[i]) == 0)
            return 1;
    return 0;
}

#define IN(w, list) in_list((w), (list), sizeof(list) / sizeof((list)[0]))

/* ------------------------------------------------------------ UTF-16 */

static inline int is_ws16(UChar c)
{
    return u_isUWhiteSpace(c) || c == '\t';
}

static inline int is_open16(UChar c)
{
    return c == 0xAB || c == 0x201C || c == 0x2018 || c == '(' || c == '[' || c == '"' ||
           c == '\'' || c == 0x2039;
}

static inline UChar32 cp_at(const UChar *t, int32_t i, int32_t n)
{
    UChar32 c;

    U16_NEXT(t, i, n, c);
    return c;
}

/* --------------------------------------------------------- lede_fold.c */

/* Conversions and normalisation. Inputs are validated UTF-8 and blocks are
 * capped, so lengths fit in int32_t. NULL when ICU fails. */
UChar *lede_u16_from(const char *s, size_t n, int32_t *outn);
char *lede_u8_from(const UChar *s, int32_t n, size_t *outn);
UChar *lede_u16_nfc(const UChar *s, int32_t n, int32_t *outn);

/* NFKC_Casefold, accents dropped, NFC. With punct set, punctuation and
 * symbols become spaces; otherwise curly apostrophes become '. Whitespace
 * is collapsed and trimmed either way. */
char *lede_u8_fold(const char *s, size_t n, int punct, size_t *outn);

/* -------------------------------------------------------- lede_strip.c */

/* Appends s[0..n) to o without emphasis, code ticks, links, images, HTML
 * tags and entities. Every '\n' of the input comes out again, so output
 * line k is input line k. depth bounds the recursion into link texts. */
void lede_strip_inline(const char *s, size_t n, struct buf *o, int depth);

/* --------------------------------------------------------- lede_junk.c */

/* Whether the stripped, trimmed line r[0..n) is never a lede: a credit, a
 * caption, a byline, "read also", a date line, wire furniture (LEDE_JUNK);
 * a promotional line (LEDE_PROMO), the lede only of a post that holds
 * nothing else; or 0. */
enum { LEDE_JUNK = 1, LEDE_PROMO = 2 };
int lede_never(const char *r, size_t n);

/* ----------------------------------------------------- lede_dateline.c */

/* The length of the leading dateline of s ("PARIS (AFP) -", "Oct. 20
 * (UPI) --", "HONG KONG:", "LA PAZ, Bolivia" glued to the next word), or 0. */
size_t lede_dateline_len(const char *s, size_t n);

/* ---------------------------------------------------------- lede_wire.c */

/* Whether a line is wire furniture that reads like prose: an update or
 * correction note, a publisher line, a "<Name>, <Outlet> on <date>" byline,
 * a "X | Updated: <date>" line, a donation appeal, a caption ending with
 * its credit. r is the raw line, f the folded one, lead f past its leading
 * punctuation, words the word count. */
int lede_wire_never(const char *r, size_t rn, const char *f, const char *lead, size_t words);

/* Whether w, trailing punctuation aside, is a host name: labels of ASCII
 * letters, digits and hyphens joined by dots, the last of two letters or
 * more ("quotidien-du-faso.bf", "tamarcourier.com.au"). */
int lede_is_domain(const char *w);

/* ----------------------------------------------------- lede_sentence.c */

struct rules; /* a language's abbreviations */

/* The rules for a BCP 47 tag, and the ICU locale to break with in loc. */
const struct rules *lede_rules_for(const char *lang, char *loc, size_t cap);

/* A sentence break iterator for loc from this thread's cache, or NULL if
 * ICU cannot open one. *owned is set when the caller must close it (only
 * if thread-specific storage failed). */
UBreakIterator *lede_bi_get(const char *loc, int *owned);

/* Marks sentence starts in mk[1..n-1]: ICU's breaks, fixed up. 0 or -EIO. */
int lede_mark_breaks(UBreakIterator *bi, const UChar *t, int32_t n, uint8_t *mk);

/* Whether the break at b (start of the next segment) is false and the two
 * segments are one sentence. */
int lede_false_break(const UChar *t, int32_t b, int32_t n, const struct rules *r);

#endif
