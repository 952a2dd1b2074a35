#include "markdown.h"

#include <cmark.h>
#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

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
    }
    if (pending)
        html_to_text(pending);
    cmark_iter_free(it);
    char *html = cmark_render_html(doc, opts);
    cmark_node_free(doc);
    return html;
}
