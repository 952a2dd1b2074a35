/* html_md: feed HTML to safe CommonMark, without publisher furniture (html_md.h).
 *
 * The tree is walked into a list of blocks (paragraph, heading, list item,
 * code, table row), each with its Markdown and its plain text. Furniture is
 * judged on the plain text once the whole list is known (a "Lire aussi"
 * heading takes the links under it; weak patterns go only at the end), and
 * the kept blocks are joined, cut at a block boundary. */
#include "html_md_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/uri.h>

#define MAX_DEPTH 64    /* deeper elements are flattened to their text */
#define CAPTION_MAX 200 /* a plain paragraph after the photo is its caption when shorter */
#define PARSE_OPTS                                                                                 \
    (HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC |        \
     HTML_PARSE_NODEFDTD)

struct sb {
    char *p;
    size_t n, cap;
    int oom;
};

static void sb_ins(struct sb *b, size_t at, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->oom = 1;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memmove(b->p + at + n, b->p + at, b->n - at);
    if (n)
        memcpy(b->p + at, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void sb_put(struct sb *b, const char *s, size_t n)
{
    sb_ins(b, b->n, s, n);
}

static void sb_cut(struct sb *b, size_t n)
{
    if (b->p && n < b->n)
        b->p[b->n = n] = '\0';
}

/* ---- the tree's elements ------------------------------------------------ */

/* clang-format off */
enum {
    T_INLINE, T_DROP, T_ROOT, T_BLOCK, T_HEAD, T_LIST, T_LI, T_QUOTE, T_PRE, T_CODE, T_BR,
    T_HR, T_STRONG, T_EM, T_A, T_IMG, T_FIG, T_FIGCAP, T_TR, T_CELL
};

static const struct {
    const char *name;
    unsigned char t;
} tags[] = {
    /* dropped with their content: code, forms, embeds and page furniture */
    {"script", T_DROP}, {"style", T_DROP}, {"noscript", T_DROP}, {"iframe", T_DROP},
    {"object", T_DROP}, {"embed", T_DROP}, {"form", T_DROP}, {"input", T_DROP},
    {"button", T_DROP}, {"select", T_DROP}, {"textarea", T_DROP}, {"svg", T_DROP},
    {"math", T_DROP}, {"template", T_DROP}, {"nav", T_DROP}, {"aside", T_DROP},
    {"header", T_DROP}, {"footer", T_DROP}, {"head", T_DROP}, {"title", T_DROP},
    {"meta", T_DROP}, {"link", T_DROP}, {"video", T_DROP}, {"audio", T_DROP},
    {"canvas", T_DROP}, {"source", T_DROP}, {"map", T_DROP}, {"dialog", T_DROP},
    /* the content's frame: never dropped for its class */
    {"html", T_ROOT}, {"body", T_ROOT}, {"article", T_ROOT}, {"main", T_ROOT},
    {"p", T_BLOCK}, {"div", T_BLOCK}, {"section", T_BLOCK}, {"center", T_BLOCK},
    {"dl", T_BLOCK}, {"dt", T_BLOCK}, {"dd", T_BLOCK}, {"address", T_BLOCK},
    {"details", T_BLOCK}, {"summary", T_BLOCK}, {"table", T_BLOCK}, {"thead", T_BLOCK},
    {"tbody", T_BLOCK}, {"tfoot", T_BLOCK}, {"caption", T_BLOCK}, {"h1", T_HEAD},
    {"h2", T_HEAD}, {"h3", T_HEAD}, {"h4", T_HEAD}, {"h5", T_HEAD}, {"h6", T_HEAD},
    {"ul", T_LIST}, {"ol", T_LIST}, {"li", T_LI}, {"blockquote", T_QUOTE},
    {"pre", T_PRE}, {"code", T_CODE}, {"kbd", T_CODE}, {"samp", T_CODE}, {"tt", T_CODE},
    {"br", T_BR}, {"hr", T_HR}, {"strong", T_STRONG}, {"b", T_STRONG}, {"em", T_EM},
    {"i", T_EM}, {"a", T_A}, {"img", T_IMG}, {"figure", T_FIG}, {"figcaption", T_FIGCAP},
    {"tr", T_TR}, {"td", T_CELL}, {"th", T_CELL},
};

/* Words of a class or id that mark a box of furniture, and a caption. */
static const char *const junk_words[] = {
    "share", "sharing", "sharer", "social", "newsletter", "related", "promo", "ad", "ads",
    "advert", "advertisement", "sponsor", "sponsored", "outbrain", "taboola", NULL};
static const char *const caption_words[] = {
    "caption", "legende", "legend", "credit", "credits", NULL};
/* clang-format on */

static int tag(const xmlNode *n)
{
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
        if (!strcasecmp((const char *)n->name, tags[i].name))
            return tags[i].t;
    return T_INLINE;
}

static const char *attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (!strcasecmp((const char *)a->name, name))
            return a->children && a->children->content ? (const char *)a->children->content : "";
    return NULL;
}

/* Whether a word of the element's class or id is in list. */
static int class_says(const xmlNode *n, const char *const *list)
{
    static const char *const which[] = {"class", "id"};
    for (int w = 0; w < 2; w++) {
        const char *v = attr(n, which[w]);
        while (v && *v) {
            size_t k = strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
            for (size_t i = 0; k && list[i]; i++)
                if (strlen(list[i]) == k && !strncasecmp(v, list[i], k))
                    return 1;
            v += k ? k : 1;
        }
    }
    return 0;
}

static int is_text(const xmlNode *n)
{
    return n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE;
}

/* Appends the text under top to b without recursion: collapsed (a space
 * between blocks) or raw (line breaks kept, for code). */
static void collect(xmlNode *top, struct sb *b, int raw)
{
    xmlNode *n = top->children;
    while (n) {
        int down = 0;
        if (is_text(n) && n->content) {
            for (const char *s = (const char *)n->content; *s; s++)
                if (raw || !html_md_ws((unsigned char)*s))
                    sb_put(b, s, 1);
                else if (b->n && b->p[b->n - 1] != ' ')
                    sb_put(b, " ", 1);
        } else if (n->type == XML_ELEMENT_NODE && tag(n) != T_DROP) {
            int t = tag(n);
            if (t == T_BR && raw)
                sb_put(b, "\n", 1);
            else if (t != T_INLINE && t != T_STRONG && t != T_EM && t != T_A && t != T_CODE &&
                     !raw && b->n && b->p[b->n - 1] != ' ')
                sb_put(b, " ", 1);
            down = n->children != NULL;
        }
        if (down) {
            n = n->children;
            continue;
        }
        while (n != top && !n->next)
            n = n->parent;
        n = n == top ? NULL : n->next;
    }
}

/* ---- the walk ----------------------------------------------------------- */

enum { IN_ITEM = 1, IN_ALL }; /* inside an item: paragraphs inline; in a heading or cell: all */

struct conv {
    const char *base;
    struct html_md *out;
    struct sb md, plain; /* the block being built */
    int kind, pend, capcls, oom, inl, in_link, emph;
    unsigned gen; /* flushes so far: a span that saw one is not wrapped */
    struct block *b;
    size_t nb, capb;
    int quote, qid, nq;                               /* blockquotes */
    int ldepth, group, nlists, ordered, num, pindent; /* lists */
    int it_num, it_ordered, it_indent, it_w;          /* the current item */
    int nimg, cap_wait;
    xmlNode *fig, *figcap, *photo_fig;
};

static void node(struct conv *c, xmlNode *n, int d);

static void children(struct conv *c, xmlNode *n, int d)
{
    for (xmlNode *k = n->children; k; k = k->next)
        node(c, k, d + 1);
}

static int bol(const struct conv *c)
{
    return c->md.n == 0 || c->md.p[c->md.n - 1] == '\n';
}

/* Writes the pending space before content, unless at a line's start. */
static void lead(struct conv *c)
{
    if (c->pend && !bol(c) && c->md.p[c->md.n - 1] != ' ') {
        sb_put(&c->md, " ", 1);
        if (c->plain.n && c->plain.p[c->plain.n - 1] != ' ')
            sb_put(&c->plain, " ", 1);
    }
    c->pend = 0;
}

/* One word of text, escaped so that it cannot become markup. */
static void word(struct conv *c, const char *s, size_t n)
{
    size_t i = 0;
    sb_put(&c->plain, s, n);
    if (bol(c)) {
        while (i < n && i < 9 && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i && i < n && (s[i] == '.' || s[i] == ')')) {
            sb_put(&c->md, s, i); /* "1. " would open a list */
            sb_put(&c->md, "\\", 1);
        } else {
            i = 0;
            if (strchr("#+-=~", s[0]))
                sb_put(&c->md, "\\", 1);
        }
    }
    for (; i < n; i++) {
        if (strchr("\\`*_[]<>", s[i]))
            sb_put(&c->md, "\\", 1);
        else if (s[i] == '&') { /* "&amp;" would be read as an entity */
            size_t k = i + 1 + (i + 1 < n && s[i + 1] == '#');
            size_t e = k + strspn(s + k, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                         "0123456789");
            if (e > k && e < n && s[e] == ';')
                sb_put(&c->md, "\\", 1);
        }
        sb_put(&c->md, s + i, 1);
    }
}

static void text(struct conv *c, const char *s, size_t n)
{
    for (size_t i = 0, j; i < n; i = j) {
        if (html_md_ws((unsigned char)s[i])) {
            c->pend = 1;
            j = i + 1;
            continue;
        }
        for (j = i; j < n && !html_md_ws((unsigned char)s[j]);)
            j++;
        lead(c);
        word(c, s + i, j - i);
    }
}

static int ends_with(const struct sb *b, const char *s)
{
    size_t k = strlen(s);
    return b->n >= k && !memcmp(b->p + b->n - k, s, k);
}

/* Ends the block being built: kept when it holds anything, unless it is
 * the caption the photo waits for. */
static void flush(struct conv *c)
{
    while (c->md.n && (ends_with(&c->md, " ") || ends_with(&c->md, "\\\n")))
        sb_cut(&c->md, c->md.n - (c->md.p[c->md.n - 1] == ' ' ? 1 : 2));
    c->oom |= c->md.oom | c->plain.oom;
    if (c->md.n && c->cap_wait) {
        c->cap_wait = 0;
        size_t a, b, e;
        const char *t = c->plain.p ? c->plain.p : "";
        if (c->capcls ||
            (c->plain.n < CAPTION_MAX && html_md_split_credit(t, c->plain.n, &e, &a, &b))) {
            html_md_set_caption(c->out, t, c->plain.n);
            sb_cut(&c->md, 0);
        }
    }
    if (c->md.n && c->nb == c->capb) {
        size_t cap = c->capb ? c->capb * 2 : 32;
        struct block *nbk = realloc(c->b, cap * sizeof *nbk);
        if (!nbk)
            c->oom = 1;
        else
            c->b = nbk, c->capb = cap;
    }
    if (c->md.n && c->nb < c->capb) {
        struct block *k = &c->b[c->nb++];
        *k = (struct block){.md = c->md.p,
                            .plain = c->plain.p ? c->plain.p : strdup(""),
                            .kind = c->kind,
                            .quote = c->quote,
                            .qid = c->qid};
        c->oom |= !k->plain;
        if (c->kind == B_ITEM)
            k->group = c->group, k->num = c->it_num, k->ordered = c->it_ordered,
            k->indent = c->it_indent;
        c->md = (struct sb){0};
        c->plain = (struct sb){0};
    }
    sb_cut(&c->md, 0);
    sb_cut(&c->plain, 0);
    c->kind = B_PARA;
    c->pend = c->capcls = 0;
    c->gen++;
}

/* **x** or *x* around the children's text when there is any. */
static void emphasis(struct conv *c, xmlNode *n, int d, const char *mark)
{
    int bit = mark[1] ? 1 : 2, outer = !(c->emph & bit); /* <b><b>x</b></b>: one ** */
    lead(c);
    size_t at = c->md.n;
    unsigned gen = c->gen;
    c->emph |= bit;
    children(c, n, d);
    c->emph &= outer ? ~bit : ~0;
    if (gen != c->gen || !outer)
        return;
    while (at < c->md.n && (c->md.p[at] == ' ' || c->md.p[at] == '\n'))
        at++;
    if (at == c->md.n || ends_with(&c->md, "\\\n"))
        return;
    sb_ins(&c->md, at, mark, strlen(mark));
    sb_put(&c->md, mark, strlen(mark));
}

/* href resolved against base, when it is http(s) (or mailto: when
 * mailto); newly allocated or NULL. */
static char *resolve(const char *base, const char *href, int mailto)
{
    struct sb u = {0};
    char *r = NULL;
    while (href && html_md_ws((unsigned char)*href))
        href++;
    for (const char *s = href; s && *s; s++) { /* xmlBuildURI rejects spaces */
        char hex[4];
        if ((unsigned char)*s <= ' ' || *s == 0x7f) {
            snprintf(hex, sizeof hex, "%%%02X", (unsigned char)*s);
            sb_put(&u, hex, 3);
        } else {
            sb_put(&u, s, 1);
        }
    }
    while (u.n >= 3 && !strcmp(u.p + u.n - 3, "%20"))
        sb_cut(&u, u.n - 3);
    if (!u.n || u.oom) {
        free(u.p);
        return NULL;
    }
    xmlChar *x = base ? xmlBuildURI((const xmlChar *)u.p, (const xmlChar *)base) : NULL;
    const char *v = base ? (const char *)x : u.p;
    if (v && ((!strncasecmp(v, "http://", 7) && v[7] && v[7] != '/') ||
              (!strncasecmp(v, "https://", 8) && v[8] && v[8] != '/') ||
              (mailto && !strncasecmp(v, "mailto:", 7) && v[7])))
        r = strdup(v);
    for (char *k = r; k && *k != ':'; k++) /* "HTTPS:" as "https:" */
        *k = (char)(*k >= 'A' && *k <= 'Z' ? *k + 32 : *k);
    xmlFree(x);
    free(u.p);
    return r;
}

static void link(struct conv *c, xmlNode *n, int d)
{
    if (c->in_link) {
        children(c, n, d);
        return;
    }
    char *url = resolve(c->base, attr(n, "href"), 1);
    lead(c);
    size_t at = c->md.n, pat = c->plain.n;
    unsigned gen = c->gen;
    c->in_link = 1;
    children(c, n, d);
    c->in_link = 0;
    if (gen != c->gen) { /* blocks inside: their text stays, without the link */
        free(url);
        return;
    }
    const char *t = c->plain.p ? c->plain.p + pat : "";
    size_t tn = c->plain.n - pat;
    while (tn && *t == ' ')
        t++, tn--;
    if (!tn || html_md_teaser(t, tn)) {
        sb_cut(&c->md, at);
        sb_cut(&c->plain, pat);
    } else if (url) {
        while (at < c->md.n && c->md.p[at] == ' ')
            at++;
        sb_ins(&c->md, at, "[", 1);
        sb_put(&c->md, "](", 2);
        for (const char *s = url; *s; s++) {
            char hex[4];
            if (strchr("()<>\\", *s)) {
                snprintf(hex, sizeof hex, "%%%02X", (unsigned char)*s);
                sb_put(&c->md, hex, 3);
            } else {
                sb_put(&c->md, s, 1);
            }
        }
        sb_put(&c->md, ")", 1);
    }
    free(url);
}

/* Whether the image is a tracking pixel or spacer, not a photo. */
static int tracker(const xmlNode *n, const char *url)
{
    static const char *const dims[] = {"width", "height"};
    for (int i = 0; i < 2; i++) {
        const char *v = attr(n, dims[i]);
        char *end;
        long x = v ? strtol(v, &end, 10) : 100;
        if (v && end != v && x <= 2)
            return 1;
    }
    return strcasestr(url, "pixel") || strcasestr(url, "tracker") || strcasestr(url, "spacer") ||
           strcasestr(url, ".gif");
}

/* The largest candidate of a srcset ("a.jpg 480w, b.jpg 1024w"). */
static char *srcset_best(const char *s)
{
    const char *best = NULL;
    size_t bn = 0;
    double bv = -1;
    while (s && *s) {
        while (html_md_ws((unsigned char)*s) || *s == ',')
            s++;
        const char *u = s;
        while (*s && !html_md_ws((unsigned char)*s) && *s != ',')
            s++;
        size_t un = (size_t)(s - u);
        double v = 1;
        while (html_md_ws((unsigned char)*s))
            s++;
        if (*s && *s != ',') {
            v = strtod(s, NULL);
            while (*s && *s != ',')
                s++;
        }
        if (un && v > bv)
            best = u, bn = un, bv = v;
    }
    return best ? strndup(best, bn) : NULL;
}

/* The first real photo becomes the post's image; every image leaves the body. */
static void image(struct conv *c, xmlNode *n)
{
    static const char *const srcs[] = {"src", "data-src", "data-lazy-src", "srcset"};
    char *url = NULL;
    c->nimg++;
    for (int i = 0; i < 4 && !url && !c->out->image; i++) {
        char *set = i == 3 ? srcset_best(attr(n, "srcset")) : NULL;
        url = resolve(c->base, i == 3 ? set : attr(n, srcs[i]), 0);
        free(set);
        if (url && tracker(n, url)) {
            free(url);
            return;
        }
    }
    if (!url)
        return;
    c->out->image = url;
    struct sb alt = {0};
    const char *a = attr(n, "alt");
    for (; a && *a; a++)
        if (!html_md_ws((unsigned char)*a))
            sb_put(&alt, a, 1);
        else if (alt.n && alt.p[alt.n - 1] != ' ')
            sb_put(&alt, " ", 1);
    c->out->image_alt = alt.p ? html_md_dup_trim(alt.p, alt.n) : NULL;
    c->oom |= alt.oom;
    free(alt.p);
    c->photo_fig = c->fig;
    c->cap_wait = !(c->fig && c->figcap);
}

static void code_inline(struct conv *c, xmlNode *n)
{
    struct sb raw = {0};
    size_t run = 0, longest = 0, s = 0, e;
    collect(n, &raw, 1);
    for (size_t i = 0; i < raw.n; i++) {
        if (html_md_ws((unsigned char)raw.p[i]))
            raw.p[i] = ' ';
        run = raw.p[i] == '`' ? run + 1 : 0;
        longest = run > longest ? run : longest;
    }
    for (e = raw.n; e > 0 && raw.p[e - 1] == ' ';)
        e--;
    while (s < e && raw.p[s] == ' ')
        s++;
    if (s < e) {
        char ticks[16];
        size_t k = longest + 1 < sizeof ticks ? longest + 1 : sizeof ticks - 1;
        int pad = raw.p[s] == '`' || raw.p[e - 1] == '`';
        memset(ticks, '`', k);
        lead(c);
        sb_put(&c->md, ticks, k);
        sb_put(&c->md, " ", (size_t)pad);
        sb_put(&c->md, raw.p + s, e - s);
        sb_put(&c->md, " ", (size_t)pad);
        sb_put(&c->md, ticks, k);
        sb_put(&c->plain, raw.p + s, e - s);
    }
    c->oom |= raw.oom;
    free(raw.p);
}

/* A fenced code block, with a fence longer than any run of backticks in it. */
static void code_block(struct conv *c, xmlNode *n)
{
    struct sb raw = {0};
    size_t run = 0, longest = 2, s = 0, e;
    collect(n, &raw, 1);
    for (size_t i = 0; i < raw.n; i++) {
        run = raw.p[i] == '`' ? run + 1 : 0;
        longest = run > longest ? run : longest;
    }
    while (s < raw.n && (raw.p[s] == '\n' || raw.p[s] == '\r'))
        s++;
    for (e = raw.n; e > s && html_md_ws((unsigned char)raw.p[e - 1]);)
        e--;
    if (s < e && longest < 4096) {
        flush(c);
        for (size_t i = 0; i <= longest; i++)
            sb_put(&c->md, "`", 1);
        for (size_t i = s, j; i <= e; i = j + 1) { /* lines, without trailing spaces */
            for (j = i; j < e && raw.p[j] != '\n';)
                j++;
            size_t k = j;
            while (k > i && html_md_ws((unsigned char)raw.p[k - 1]))
                k--;
            sb_put(&c->md, "\n", 1);
            sb_put(&c->md, raw.p + i, k - i);
        }
        sb_put(&c->md, "\n", 1);
        for (size_t i = 0; i <= longest; i++)
            sb_put(&c->md, "`", 1);
        sb_put(&c->plain, raw.p + s, e - s);
        c->kind = B_CODE;
        flush(c);
    }
    c->oom |= raw.oom;
    free(raw.p);
}

static void block(struct conv *c, xmlNode *n, int d, int kind)
{
    if (c->inl) {
        c->pend = 1;
        children(c, n, d);
        c->pend = 1;
        return;
    }
    flush(c);
    c->kind = kind;
    c->capcls = class_says(n, caption_words);
    children(c, n, d);
    flush(c);
}

static void list(struct conv *c, xmlNode *n, int d)
{
    if (c->inl == IN_ALL) {
        block(c, n, d, B_PARA);
        return;
    }
    int sd = c->ldepth, so = c->ordered, sn = c->num, sg = c->group, sp = c->pindent, si = c->inl;
    flush(c);
    if (c->ldepth == 0)
        c->group = ++c->nlists;
    else if (c->ldepth == 1)
        c->pindent = c->it_w;
    c->ldepth++;
    c->ordered = !strcasecmp((const char *)n->name, "ol");
    c->num = 0;
    c->inl = 0;
    children(c, n, d);
    flush(c);
    c->ldepth = sd, c->ordered = so, c->num = sn, c->group = sg, c->pindent = sp, c->inl = si;
}

static void item(struct conv *c, xmlNode *n, int d)
{
    if (c->inl || !c->ldepth) {
        block(c, n, d, B_PARA);
        return;
    }
    flush(c);
    c->kind = B_ITEM;
    c->it_num = ++c->num;
    c->it_ordered = c->ordered;
    c->it_indent = c->ldepth > 1 ? c->pindent : 0;
    c->it_w = c->ordered ? snprintf(NULL, 0, "%d. ", c->it_num) : 2;
    c->inl = IN_ITEM;
    children(c, n, d);
    flush(c);
    c->inl = 0;
}

/* A table row: one paragraph of its cells joined by " · ". */
static void row(struct conv *c, xmlNode *n, int d)
{
    if (c->inl) {
        block(c, n, d, B_PARA);
        return;
    }
    flush(c);
    c->kind = B_ROW;
    c->inl = IN_ALL;
    for (xmlNode *k = n->children; k; k = k->next) {
        if (k->type != XML_ELEMENT_NODE || tag(k) != T_CELL) {
            node(c, k, d + 1);
            continue;
        }
        size_t at = c->md.n, pat = c->plain.n;
        if (at) {
            sb_put(&c->md, " · ", strlen(" · "));
            sb_put(&c->plain, " · ", strlen(" · "));
        }
        size_t sep = c->md.n;
        c->pend = 0;
        children(c, k, d + 1);
        if (c->md.n == sep)
            sb_cut(&c->md, at), sb_cut(&c->plain, pat);
    }
    c->inl = 0;
    flush(c);
}

static void figure(struct conv *c, xmlNode *n, int d)
{
    xmlNode *sf = c->fig, *sc = c->figcap, *cap = NULL;
    int nimg = c->nimg, had = c->out->image != NULL;
    for (xmlNode *k = n->children; k && !cap; k = k->next)
        if (k->type == XML_ELEMENT_NODE && tag(k) == T_FIGCAP)
            cap = k;
    c->fig = n;
    c->figcap = cap;
    block(c, n, d, B_PARA);
    if (cap && !had && c->out->image && c->photo_fig == n) {
        struct sb t = {0};
        collect(cap, &t, 0);
        if (t.n)
            html_md_set_caption(c->out, t.p, t.n);
        c->oom |= t.oom;
        free(t.p);
    } else if (cap && c->nimg == nimg) {
        block(c, cap, d, B_PARA); /* a figure of a quote or a chart: its caption is text */
    }
    c->fig = sf;
    c->figcap = sc;
}

static void node(struct conv *c, xmlNode *n, int d)
{
    if (is_text(n)) {
        if (n->content)
            text(c, (const char *)n->content, strlen((const char *)n->content));
        return;
    }
    if (n->type != XML_ELEMENT_NODE)
        return;
    int t = tag(n);
    if (t == T_DROP || (t != T_ROOT && class_says(n, junk_words)))
        return;
    if (d >= MAX_DEPTH) { /* flattened: its text, never a deeper stack */
        struct sb tx = {0};
        collect(n, &tx, 0);
        c->pend = 1;
        text(c, tx.p ? tx.p : "", tx.n);
        c->pend = 1;
        c->oom |= tx.oom;
        free(tx.p);
        return;
    }
    switch (t) {
    case T_ROOT:
    case T_BLOCK: block(c, n, d, B_PARA); break;
    case T_HEAD:
        if (c->inl) {
            block(c, n, d, B_PARA);
        } else {
            int si = c->inl;
            flush(c);
            c->inl = IN_ALL;
            c->kind = n->name[1] <= '2' ? B_HEAD2 : B_HEAD3;
            children(c, n, d);
            flush(c);
            c->inl = si;
        }
        break;
    case T_LIST: list(c, n, d); break;
    case T_LI: item(c, n, d); break;
    case T_QUOTE:
        if (c->inl) {
            block(c, n, d, B_PARA);
        } else {
            int sq = c->quote, sid = c->qid;
            flush(c);
            c->quote++;
            c->qid = sq ? c->qid : ++c->nq;
            block(c, n, d, B_PARA);
            c->quote = sq, c->qid = sid;
        }
        break;
    case T_PRE:
        if (c->inl)
            code_inline(c, n);
        else
            code_block(c, n);
        break;
    case T_CODE: code_inline(c, n); break;
    case T_BR:
        if (c->inl == IN_ALL || bol(c)) {
            c->pend = 1;
        } else {
            sb_put(&c->md, "\\\n", 2);
            if (c->plain.n && c->plain.p[c->plain.n - 1] != ' ')
                sb_put(&c->plain, " ", 1);
            c->pend = 0;
        }
        break;
    case T_HR:
        if (!c->inl)
            flush(c);
        break;
    case T_STRONG: emphasis(c, n, d, "**"); break;
    case T_EM: emphasis(c, n, d, "*"); break;
    case T_A: link(c, n, d); break;
    case T_IMG: image(c, n); break;
    case T_FIG: figure(c, n, d); break;
    case T_FIGCAP:
        if (n != c->figcap)
            block(c, n, d, B_PARA);
        break;
    case T_TR: row(c, n, d); break;
    default:
        if (class_says(n, caption_words))
            c->capcls = 1;
        if (t == T_CELL)
            c->pend = 1;
        children(c, n, d);
        if (t == T_CELL)
            c->pend = 1;
    }
}

/* ---- output ------------------------------------------------------------- */

/* A block as Markdown: quote marks, list markers, heading marks. */
static void render(struct sb *o, const struct block *b)
{
    char mark[24] = "";
    int q = b->quote > 3 ? 3 : b->quote;
    size_t w = 0;
    if (b->kind == B_ITEM) {
        snprintf(mark, sizeof mark, "%*s%s", b->indent, "", b->ordered ? "" : "- ");
        if (b->ordered)
            snprintf(mark + b->indent, sizeof mark - (size_t)b->indent, "%d. ", b->num);
        w = strlen(mark);
    } else if (b->kind == B_HEAD2 || b->kind == B_HEAD3) {
        snprintf(mark, sizeof mark, "%s", b->kind == B_HEAD2 ? "## " : "### ");
    }
    for (const char *s = b->md, *e; s; s = *e ? e + 1 : NULL) {
        e = s + strcspn(s, "\n");
        for (int i = 0; i < q; i++)
            sb_put(o, i + 1 < q || e > s ? "> " : ">", i + 1 < q || e > s ? 2 : 1);
        if (s == b->md)
            sb_put(o, mark, strlen(mark));
        else if (w)
            sb_put(o, "                        ", w < 24 ? w : 24);
        sb_put(o, s, (size_t)(e - s));
        if (*e)
            sb_put(o, "\n", 1);
    }
}

/* The kept blocks joined, cut at a block boundary to HTML_MD_OUT_MAX. */
static char *join(struct conv *c)
{
    struct sb o = {0}, t = {0};
    const struct block *p = NULL;
    for (size_t i = 0; i < c->nb; i++) {
        const struct block *b = &c->b[i];
        if (b->drop)
            continue;
        const char *sep = !p                                                               ? ""
                          : p->kind == B_ITEM && b->kind == B_ITEM && p->group == b->group ? "\n"
                          : p->quote && b->quote && p->qid == b->qid                       ? "\n>\n"
                                                                                           : "\n\n";
        sb_cut(&t, 0);
        render(&t, b);
        if (o.n + strlen(sep) + t.n + 1 > HTML_MD_OUT_MAX) {
            if (o.n == 0 && t.n) { /* one huge block: cut at a space */
                size_t n = HTML_MD_OUT_MAX - 1, k;
                while (n && (t.p[n] & 0xc0) == 0x80)
                    n--;
                for (k = n; k > n - n / 4 && t.p[k] != ' ' && t.p[k] != '\n';)
                    k--;
                n = k > n - n / 4 ? k : n;
                while (n && (t.p[n - 1] == '\\' || t.p[n - 1] == ' ' || t.p[n - 1] == '\n'))
                    n--;
                sb_put(&o, t.p, n);
            }
            break;
        }
        sb_put(&o, sep, strlen(sep));
        sb_put(&o, t.p, t.n);
        p = b;
    }
    if (o.n)
        sb_put(&o, "\n", 1);
    c->oom |= o.oom | t.oom;
    free(t.p);
    if (!o.p && !o.oom)
        o.p = strdup("");
    return o.p;
}

int html_md_convert(const char *html, size_t len, const char *base, struct html_md *out)
{
    struct conv c = {.base = base, .out = out};
    size_t n;
    int rc = 0;

    memset(out, 0, sizeof *out);
    char *in = html_md_clean(html ? html : "", html ? len : 0, &n);
    if (!in)
        return -ENOMEM;
    if (!html_md_blank(in, n)) {
        htmlDocPtr doc = htmlReadMemory(in, (int)n, NULL, "UTF-8", PARSE_OPTS);
        if (!doc)
            rc = -EINVAL;
        for (xmlNode *k = doc ? doc->children : NULL; k; k = k->next)
            node(&c, k, 0);
        flush(&c);
        xmlFreeDoc(doc);
    }
    free(in);
    html_md_drop_furniture(c.b, c.nb);
    out->md = rc ? NULL : join(&c);
    for (size_t i = 0; i < c.nb; i++)
        free(c.b[i].md), free(c.b[i].plain);
    free(c.b);
    free(c.md.p);
    free(c.plain.p);
    if (!rc && (c.oom || !out->md))
        rc = -ENOMEM;
    if (rc)
        html_md_free(out);
    return rc;
}

void html_md_free(struct html_md *m)
{
    free(m->md);
    free(m->image);
    free(m->image_alt);
    free(m->credit);
    free(m->caption);
    memset(m, 0, sizeof *m);
}

char *html_md_text(const char *html, size_t len)
{
    size_t n;
    struct sb b = {0};
    char *in = html_md_clean(html ? html : "", html ? len : 0, &n), *r;
    if (!in)
        return NULL;
    htmlDocPtr doc =
        html_md_blank(in, n) ? NULL : htmlReadMemory(in, (int)n, NULL, "UTF-8", PARSE_OPTS);
    if (doc)
        collect((xmlNode *)doc, &b, 0);
    free(in);
    xmlFreeDoc(doc);
    r = b.oom ? NULL : html_md_dup_trim(b.p ? b.p : "", b.n);
    if (!r && !b.oom)
        r = strdup("");
    free(b.p);
    return r;
}
