/*
 * markdown: a post's CommonMark body to HTML, with cmark. Raw HTML in the
 * source is shown as the text it is ("Le mot <Paris>" stays readable), never
 * passed through and never dropped; links and images with unsafe schemes
 * (javascript:, data: other than images) are removed as cmark's safe mode
 * does. Any thread.
 */
#ifndef CRIER_MARKDOWN_H
#define CRIER_MARKDOWN_H

#include <stddef.h>

/* The HTML of md (len bytes of UTF-8; invalid bytes are replaced), in a
 * string the caller frees with free(). */
char *markdown_to_html(const char *md, size_t len);

/* s with the space inside « » made a no-break space ("« oui »" keeps its
 * guillemets on the line of their word): a new string to free(). Any
 * language: without such spaces nothing changes. markdown_to_html does it
 * to every text. */
char *markdown_typography(const char *s);

/* The text of md without its markup, on one line: what a description or a
 * summary shows ("**M. Dupont** a dit" -> "M. Dupont a dit"). Free with
 * free(). */
char *markdown_to_text(const char *md, size_t len);

#endif
