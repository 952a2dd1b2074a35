/*
 * html_md: a feed item's HTML content as a post's Markdown body. The HTML
 * comes from a publisher's CMS through RSS, Atom or JSON Feed: hostile and
 * messy. It is parsed with libxml2's HTML parser (never fetching anything),
 * walked to a bounded depth (deeper content is flattened to text) and
 * written as CommonMark whose text cannot turn into markup: Markdown's
 * special characters are escaped, links keep only absolute http(s) and
 * mailto targets, raw HTML never passes. cmark renders it later with
 * unsafe HTML off.
 *
 * Publisher furniture is removed: scripts, forms, share rows, "Lire aussi"
 * / "Read more" blocks with the links under them, newsletter and "follow
 * us" footers, donation appeals, WordPress' "The post X appeared first on
 * Y", copyright lines (French and English, matched accent- and
 * case-insensitively at a block's start). The first content image is taken
 * out of the body with its alt text, caption and credit.
 *
 * Input past HTML_MD_IN_MAX bytes is ignored; invalid UTF-8 bytes become
 * U+FFFD. The Markdown is cut at a block boundary to HTML_MD_OUT_MAX bytes.
 * Pure apart from libxml2's allocator; any thread, once libxml2 is set up:
 * its first use calls xmlInitParser(), which libxml2 2.9 does not guard,
 * so a server calls xmlInitParser() on its main thread before the first.
 * libxml2 stops at 256 levels of nesting: content deeper than that is lost.
 */
#ifndef CRIER_HTML_MD_H
#define CRIER_HTML_MD_H

#include <stddef.h>

#define HTML_MD_IN_MAX (1024 * 1024) /* bytes of HTML read; more is cut */
#define HTML_MD_OUT_MAX (64 * 1024)  /* bytes of Markdown at most; cut at a block boundary */

struct html_md {
    char *md;        /* the body, CommonMark, NUL-terminated, never NULL on success ("" possible) */
    char *image;     /* the first content image's absolute http(s) URL, or NULL */
    char *image_alt; /* its alt text (plain), or NULL */
    char *credit;    /* its credit line, e.g. "AFP / Jean Dupont" (plain), or NULL */
    char *caption;   /* its caption (figcaption text without the credit), or NULL */
};

/* Converts len bytes of html into *out (owned by the caller, released with
 * html_md_free). base: the item's URL, to make relative links and images
 * absolute (may be NULL: relative ones are dropped). Returns 0, -ENOMEM,
 * or -EINVAL (not parseable at all); on error *out holds nothing. Frees
 * nothing of the caller's. */
int html_md_convert(const char *html, size_t len, const char *base, struct html_md *out);

/* Frees and zeroes m's members. */
void html_md_free(struct html_md *m);

/* Plain text of an HTML fragment (a feed title may hold entities/tags):
 * tags dropped, entities decoded, whitespace collapsed. Newly allocated
 * (free()), NULL on -ENOMEM. */
char *html_md_text(const char *html, size_t len);

/* Plain text of an HTML fragment laid out in lines, for a terminal: each
 * block (paragraph, heading, list item, quote, table row) and each <br>
 * starts a line, a list item starts with "- " ("N. " in an ordered list),
 * <pre> keeps its line breaks; otherwise as html_md_text (a post's "html"
 * as crier tail prints it). No blank lines, no trailing newline. Newly
 * allocated (free()), NULL on -ENOMEM. */
char *html_md_lines(const char *html, size_t len);

#endif
