/*
 * html_md_int: what the files of the html_md module share, and nothing
 * else includes:
 *
 *   html_md.c        the walk of libxml2's tree into blocks, and the output;
 *   html_md_junk.c   UTF-8 cleaning and accent folding, photo credits, and
 *                    the table of publisher furniture judged on the blocks;
 *   html_md_lines.c  plain text in lines, for a terminal (crier tail).
 */
#ifndef CRIER_HTML_MD_INT_H
#define CRIER_HTML_MD_INT_H

#include <stddef.h>

#include "html_md.h"

enum { B_PARA, B_HEAD2, B_HEAD3, B_ITEM, B_CODE, B_ROW };

/* One block of the body: its Markdown (without quote or list marks) and
 * its plain text (collapsed, no escapes), both owned. */
struct block {
    char *md, *plain;
    int kind, quote, qid;            /* quote depth, and which blockquote */
    int group, num, ordered, indent; /* an item's outermost list, number, nested indent */
    int drop;
};

static inline int html_md_ws(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Whether s[0..n) is only white space. */
static inline int html_md_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!html_md_ws((unsigned char)s[i]))
            return 0;
    return 1;
}

/* The first HTML_MD_IN_MAX bytes of s as valid UTF-8, NUL-terminated,
 * its length in *outn; NULL on -ENOMEM. */
char *html_md_clean(const char *s, size_t n, size_t *outn);
/* s[0..n) without spaces around, newly allocated; NULL when empty or -ENOMEM. */
char *html_md_dup_trim(const char *s, size_t n);
/* Splits the credit off caption text t: the caption ends at *cap_end and
 * the credit is t[*cr, *cr_end). 0 when t holds no credit. */
int html_md_split_credit(const char *t, size_t n, size_t *cap_end, size_t *cr, size_t *cr_end);
/* Sets out's caption and credit from caption text t, unless already set. */
void html_md_set_caption(struct html_md *out, const char *t, size_t n);
/* Whether a link's text t (NUL-terminated at t[n]) only says "read the rest". */
int html_md_teaser(const char *t, size_t n);
/* Marks the furniture among b[0..nb) dropped, and strips a teaser ending
 * ("Lire la suite", "[…]") off the last kept block. */
void html_md_drop_furniture(struct block *b, size_t nb);

#endif
