#include "markdown.h"

#include <cmark.h>
#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

#define NBSP "\xc2\xa0"

char *markdown_typography(const char *s)
{
    size_t n = strlen(s);
    /* "« " and " »" are 3 bytes, their no-break forms 4: at most n + n/3. */
    char *out = xmalloc(n + n / 3 + 2);
    size_t o = 0;

    for (size_t i = 0; i < n;) {
        if (strncmp(s + i, "\xc2\xab ", 3) == 0) { /* "« " */
            memcpy(out + o, "\xc2\xab" NBSP, 4);
            o += 4;
            i += 3;
        } else if (strncmp(s + i, " \xc2\xbb", 3) == 0) { /* " »" */
            memcpy(out + o, NBSP "\xc2\xbb", 4);
            o += 4;
            i += 3;
        } else {
            out[o++] = s[i++];
        }
    }
    out[o] = '\0';
    return out;
}

/* Replaces node (raw HTML) with text holding its source, so that the
 * renderer escapes it. A block becomes a paragraph of that text. */
static void html_to_text(cmark_node *node)
{
    const char *lit = cmark_node_get_literal(node);
    cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node *repl = text;
    char *copy = xstrdup(lit ? lit : "");
    size_t n = strlen(copy);

    while (n && (copy[n - 1] == '\n' || copy[n - 1] == '\r'))
        copy[--n] = '\0'; /* a block's literal ends with its line break */
    cmark_node_set_literal(text, copy);
    free(copy);
    if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
        repl = cmark_node_new(CMARK_NODE_PARAGRAPH);
        cmark_node_append_child(repl, text);
    }
    cmark_node_replace(node, repl);
    cmark_node_free(node);
}

char *markdown_to_html(const char *md, size_t len)
{
    const int opts = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;
    cmark_node *doc = cmark_parse_document(md, len, opts);
    cmark_iter *it = cmark_iter_new(doc);
    cmark_node *pending = NULL; /* replaced once the iterator has left it */
    cmark_event_type ev;

    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        if (pending) {
            html_to_text(pending);
            pending = NULL;
        }
        cmark_node *node = cmark_iter_get_node(it);
        cmark_node_type t = cmark_node_get_type(node);
        if (ev == CMARK_EVENT_ENTER && (t == CMARK_NODE_HTML_INLINE || t == CMARK_NODE_HTML_BLOCK))
            pending = node;
        else if (ev == CMARK_EVENT_ENTER && t == CMARK_NODE_TEXT) {
            char *fixed = markdown_typography(cmark_node_get_literal(node));
            cmark_node_set_literal(node, fixed);
            free(fixed);
        }
    }
    if (pending)
        html_to_text(pending);
    cmark_iter_free(it);
    char *html = cmark_render_html(doc, opts);
    cmark_node_free(doc);
    return html;
}

char *markdown_to_text(const char *md, size_t len)
{
    cmark_node *doc = cmark_parse_document(md, len, CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8);
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    size_t cap = len + 1, n = 0;
    char *out = xmalloc(cap);
    int space = 0; /* a space is owed before the next text */

    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(it);
        cmark_node_type t = cmark_node_get_type(node);
        const char *lit = NULL;
        if (ev == CMARK_EVENT_ENTER &&
            (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE || t == CMARK_NODE_HTML_INLINE ||
             t == CMARK_NODE_CODE_BLOCK || t == CMARK_NODE_HTML_BLOCK))
            lit = cmark_node_get_literal(node);
        else if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK ||
                 (ev == CMARK_EVENT_EXIT && cmark_node_first_child(node) &&
                  (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING || t == CMARK_NODE_ITEM)))
            space = n > 0;
        for (; lit && *lit; lit++) {
            char c = *lit == '\n' || *lit == '\t' || *lit == '\r' ? ' ' : *lit;
            if (n + 3 > cap) {
                cap *= 2;
                out = xrealloc(out, cap);
            }
            if (space && c != ' ')
                out[n++] = ' ';
            space = 0;
            if (c == ' ' && (n == 0 || out[n - 1] == ' '))
                continue;
            out[n++] = c;
        }
    }
    while (n && out[n - 1] == ' ')
        n--;
    out[n] = '\0';
    cmark_iter_free(it);
    cmark_node_free(doc);
    return out;
}
