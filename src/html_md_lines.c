/* html_md_lines: an HTML fragment (a post's "html", cmark's rendering) as
 * plain text in lines, for a terminal (html_md.h). A walk of libxml2's tree
 * of its own: the Markdown walk of html_md.c judges furniture and escapes,
 * which a reader's terminal needs neither of. */
#include "html_md_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

#include "buf.h"

#define LINES_OUT_MAX (4 * HTML_MD_IN_MAX) /* more text is cut */
#define LINES_PARSE_OPTS                                                                           \
    (HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC |        \
     HTML_PARSE_NODEFDTD)

enum { L_INLINE, L_DROP, L_BLOCK, L_LI, L_PRE, L_BR, L_CELL };

/* clang-format off */
static const struct {
    const char *name;
    unsigned char t;
} tags[] = {
    {"script", L_DROP}, {"style", L_DROP}, {"noscript", L_DROP}, {"iframe", L_DROP},
    {"object", L_DROP}, {"embed", L_DROP}, {"template", L_DROP}, {"head", L_DROP},
    {"title", L_DROP}, {"svg", L_DROP}, {"math", L_DROP},
    {"p", L_BLOCK}, {"div", L_BLOCK}, {"section", L_BLOCK}, {"article", L_BLOCK},
    {"h1", L_BLOCK}, {"h2", L_BLOCK}, {"h3", L_BLOCK}, {"h4", L_BLOCK}, {"h5", L_BLOCK},
    {"h6", L_BLOCK}, {"ul", L_BLOCK}, {"ol", L_BLOCK}, {"blockquote", L_BLOCK},
    {"hr", L_BLOCK}, {"table", L_BLOCK}, {"tr", L_BLOCK}, {"figure", L_BLOCK},
    {"figcaption", L_BLOCK}, {"dl", L_BLOCK}, {"dt", L_BLOCK}, {"dd", L_BLOCK},
    {"li", L_LI}, {"pre", L_PRE}, {"br", L_BR}, {"td", L_CELL}, {"th", L_CELL},
};
/* clang-format on */

static int tag(const xmlNode *n)
{
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
        if (!strcasecmp((const char *)n->name, tags[i].name))
            return tags[i].t;
    return L_INLINE;
}

static char last(const struct buf *b)
{
    return b->len ? b->data[b->len - 1] : '\n';
}

/* Ends the line being written, if any: no trailing space, no blank line. */
static void line_end(struct buf *b)
{
    while (b->len && b->data[b->len - 1] == ' ')
        b->data[--b->len] = '\0';
    if (last(b) != '\n')
        buf_append(b, "\n", 1);
}

/* An item's mark: "N. " in an ordered list (from its start), else "- ". */
static void li_mark(const xmlNode *li, struct buf *b)
{
    const xmlNode *list = li->parent;
    if (!list || list->type != XML_ELEMENT_NODE || strcasecmp((const char *)list->name, "ol")) {
        buf_append(b, "- ", 2);
        return;
    }
    long k = 1;
    for (const xmlAttr *a = list->properties; a; a = a->next)
        if (!strcasecmp((const char *)a->name, "start") && a->children && a->children->content)
            k = strtol((const char *)a->children->content, NULL, 10);
    for (const xmlNode *n = list->children; n && n != li; n = n->next)
        if (n->type == XML_ELEMENT_NODE && tag(n) == L_LI)
            k++;
    buf_printf(b, "%ld. ", k);
}

static void enter(const xmlNode *n, struct buf *b, int *pre)
{
    int t = tag(n);
    if (t != L_INLINE && t != L_CELL)
        line_end(b);
    if (t == L_LI)
        li_mark(n, b);
    else if (t == L_CELL && last(b) != ' ' && last(b) != '\n')
        buf_append(b, " ", 1);
    else if (t == L_PRE)
        ++*pre;
}

static void leave(const xmlNode *n, struct buf *b, int *pre)
{
    if (n->type != XML_ELEMENT_NODE)
        return;
    int t = tag(n);
    if (t == L_PRE)
        --*pre;
    if (t == L_BLOCK || t == L_LI || t == L_PRE)
        line_end(b);
}

static void text(const char *s, struct buf *b, int pre)
{
    for (; *s; s++) {
        if (pre && *s == '\n')
            line_end(b);
        else if (pre || !html_md_ws((unsigned char)*s))
            buf_append(b, s, 1);
        else if (last(b) != ' ' && last(b) != '\n')
            buf_append(b, " ", 1);
    }
}

char *html_md_lines(const char *html, size_t len)
{
    size_t n;
    struct buf b;
    int pre = 0;
    char *in = html_md_clean(html ? html : "", html ? len : 0, &n);
    if (!in)
        return NULL;
    htmlDocPtr doc =
        html_md_blank(in, n) ? NULL : htmlReadMemory(in, (int)n, NULL, "UTF-8", LINES_PARSE_OPTS);
    free(in);
    buf_init(&b, LINES_OUT_MAX);
    xmlNode *top = (xmlNode *)doc, *x = doc ? top->children : NULL;
    while (x) { /* without recursion: libxml2 nests up to 256 levels */
        int down = 0;
        if ((x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) && x->content) {
            text((const char *)x->content, &b, pre);
        } else if (x->type == XML_ELEMENT_NODE && tag(x) != L_DROP) {
            enter(x, &b, &pre);
            down = x->children != NULL;
            if (!down)
                leave(x, &b, &pre);
        }
        if (down) {
            x = x->children;
            continue;
        }
        while (x != top && !x->next) {
            x = x->parent;
            if (x != top)
                leave(x, &b, &pre);
        }
        x = x == top ? NULL : x->next;
    }
    xmlFreeDoc(doc);
    while (b.len && (b.data[b.len - 1] == '\n' || b.data[b.len - 1] == ' '))
        b.data[--b.len] = '\0';
    return buf_steal(&b, NULL);
}
