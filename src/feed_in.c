/* feed_in: RSS, Atom and JSON Feed documents read into items (feed_in.h). */
#include "feed_in.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>

#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RSS1 "http://purl.org/rss/1.0/"
#define NS_RSS090 "http://my.netscape.com/rdf/simple/0.9/"
#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_MEDIA "http://search.yahoo.com/mrss/"
#define NS_XHTML "http://www.w3.org/1999/xhtml"
#define JSONFEED_VERSION "https://jsonfeed.org/version/"

/* One parse: the feed being built, and whether an allocation failed. */
struct st {
    struct feed f;
    size_t cap;
    int oom;
    xmlDocPtr doc;
    const char *base; /* the caller's, for JSON Feed links */
};

/* ---- strings ---- */

#define is_space(c) ((c) == ' ' || ((c) >= '\t' && (c) <= '\r'))

/* The length of the well-formed UTF-8 sequence at s (n bytes left), or 0. */
static size_t u8_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0], cp, min;
    size_t k;

    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        k = 2, cp = c & 0x1F, min = 0x80;
    else if ((c & 0xF0) == 0xE0)
        k = 3, cp = c & 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        k = 4, cp = c & 0x07, min = 0x10000;
    else
        return 0;
    if (n < k)
        return 0;
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return k;
}

/* A copy of s (trimmed when trim) as valid UTF-8 of at most max bytes: an
 * ill-formed byte becomes U+FFFD, and the copy stops before the character
 * that would pass max. NULL when s is NULL or blank (oom set on failure). */
static char *keep(struct st *st, const char *s, size_t max, int trim)
{
    size_t n, i = 0, o = 0;
    char *out;

    if (!s)
        return NULL;
    n = strlen(s);
    while (i < n && is_space((unsigned char)s[i]))
        i++;
    if (i == n)
        return NULL;
    if (trim) {
        s += i, n -= i, i = 0;
        while (n && is_space((unsigned char)s[n - 1]))
            n--;
    } else {
        i = 0;
    }
    out = malloc((n < max / 3 ? n * 3 : max) + 1);
    if (!out) {
        st->oom = 1;
        return NULL;
    }
    while (i < n) {
        size_t k = u8_len((const unsigned char *)s + i, n - i);
        const char *from = k ? s + i : "\xEF\xBF\xBD";
        size_t w = k ? k : 3;
        if (o + w > max)
            break;
        memcpy(out + o, from, w);
        o += w;
        i += k ? k : 1;
    }
    out[o] = '\0';
    return out;
}

/* *dst = v unless *dst is already set (the first one found wins). */
static void set(char **dst, char *v)
{
    if (*dst)
        free(v);
    else
        *dst = v;
}

/* s resolved against base, when the result is an absolute http(s) URL of at
 * most FEED_SHORT_MAX bytes (its scheme in lower case), else NULL. */
static char *keep_url(struct st *st, const char *s, const char *base)
{
    char *t = keep(st, s, FEED_SHORT_MAX, 1), *r = NULL;
    xmlChar *u;

    if (!t)
        return NULL;
    u = xmlBuildURI((const xmlChar *)t, (const xmlChar *)base);
    free(t);
    if (!u)
        return NULL;
    const char *c = (const char *)u;
    size_t skip = !strncasecmp(c, "http://", 7) ? 7 : !strncasecmp(c, "https://", 8) ? 8 : 0;
    if (skip && c[skip] && strlen(c) <= FEED_SHORT_MAX) {
        r = keep(st, c, FEED_SHORT_MAX, 0);
        if (r && strlen(r) == strlen(c) && !strpbrk(r, " \t\r\n")) {
            for (size_t i = 0; i < skip - 3; i++)
                r[i] = (char)(r[i] | 0x20);
        } else {
            free(r);
            r = NULL;
        }
    }
    xmlFree(u);
    return r;
}

/* ---- dates ---- */

static int digits(const char **p, int min, int max, int *out)
{
    int n = 0, v = 0;
    while (n < max && **p >= '0' && **p <= '9') {
        v = v * 10 + (**p - '0');
        (*p)++, n++;
    }
    *out = v;
    return n >= min;
}

static int64_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int64_t)era * 146097 + doe - 719468;
}

/* The instant, or 0 when a field is out of range. off: the zone in minutes. */
static int64_t instant(int y, int mo, int d, int h, int mi, int s, int ms, int off)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

    if (y < 1900 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] ||
        (mo == 2 && d == 29 && !leap) || h > 23 || mi > 59 || s > 60)
        return 0;
    int64_t secs = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - off * 60;
    return secs * 1000 + ms;
}

/* A numeric zone "+hhmm", "+hh:mm" or "-hh", in minutes; 0 when not one. */
static int zone_num(const char **p, int *off)
{
    int sign = **p == '-' ? -1 : 1, h, m = 0;

    if (**p != '+' && **p != '-')
        return 0;
    (*p)++;
    if (!digits(p, 2, 2, &h))
        return 0;
    if (**p == ':')
        (*p)++;
    if (**p >= '0' && **p <= '9' && !digits(p, 2, 2, &m))
        return 0;
    if (h > 23 || m > 59)
        return 0;
    *off = sign * (h * 60 + m);
    return 1;
}

static int64_t time_3339(const char *p)
{
    int y, mo, d, h = 0, mi = 0, s = 0, ms = 0, off = 0;

    if (!digits(&p, 4, 4, &y) || *p++ != '-' || !digits(&p, 2, 2, &mo) || *p++ != '-' ||
        !digits(&p, 2, 2, &d))
        return 0;
    if (*p == 'T' || *p == 't' || *p == ' ') {
        p++;
        if (!digits(&p, 2, 2, &h) || *p++ != ':' || !digits(&p, 2, 2, &mi))
            return 0;
        if (*p == ':' && (p++, !digits(&p, 2, 2, &s)))
            return 0;
        if (*p == '.' || *p == ',') {
            int k = 0;
            if (*++p < '0' || *p > '9')
                return 0;
            for (; *p >= '0' && *p <= '9'; p++)
                if (k < 3)
                    ms = ms * 10 + (*p - '0'), k++;
            for (; k < 3; k++)
                ms *= 10;
        }
        if (*p == 'Z' || *p == 'z')
            p++;
        else if ((*p == '+' || *p == '-') && !zone_num(&p, &off))
            return 0;
    }
    while (is_space((unsigned char)*p))
        p++;
    return *p ? 0 : instant(y, mo, d, h, mi, s, ms, off);
}

static int word(const char **p, char *w, size_t cap)
{
    size_t n = 0;
    while ((**p >= 'A' && **p <= 'Z') || (**p >= 'a' && **p <= 'z')) {
        if (n + 1 < cap)
            w[n++] = (char)(**p | 0x20);
        (*p)++;
    }
    w[n] = '\0';
    return n > 0;
}

static void skip_sep(const char **p)
{
    while (is_space((unsigned char)**p) || **p == '-' || **p == ',')
        (*p)++;
}

static int64_t time_822(const char *p)
{
    static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    static const struct {
        const char *name;
        int off;
    } zones[] = {{"gmt", 0},       {"ut", 0},        {"utc", 0},       {"z", 0},
                 {"est", -5 * 60}, {"edt", -4 * 60}, {"cst", -6 * 60}, {"cdt", -5 * 60},
                 {"mst", -7 * 60}, {"mdt", -6 * 60}, {"pst", -8 * 60}, {"pdt", -7 * 60},
                 {"cet", 60},      {"cest", 120},    {"bst", 60},      {"wet", 0},
                 {"west", 60}};
    int d, y, h, mi, s = 0, off = 0, mo = 0;
    char w[16];
    const char *y0;

    while (is_space((unsigned char)*p))
        p++;
    if (word(&p, w, sizeof w))
        skip_sep(&p); /* the weekday, unchecked */
    if (!digits(&p, 1, 2, &d))
        return 0;
    skip_sep(&p);
    if (!word(&p, w, sizeof w) || strlen(w) < 3)
        return 0;
    for (int i = 0; i < 12 && !mo; i++)
        if (!strncmp(w, months + i * 3, 3))
            mo = i + 1;
    skip_sep(&p);
    y0 = p;
    if (!mo || !digits(&p, 2, 4, &y))
        return 0;
    if (p - y0 == 2)
        y += y < 50 ? 2000 : 1900;
    else if (p - y0 == 3)
        y += 1900;
    while (is_space((unsigned char)*p))
        p++;
    if (!digits(&p, 1, 2, &h) || *p++ != ':' || !digits(&p, 2, 2, &mi))
        return 0;
    if (*p == ':' && (p++, !digits(&p, 2, 2, &s)))
        return 0;
    while (is_space((unsigned char)*p))
        p++;
    if ((*p == '+' || *p == '-') && !zone_num(&p, &off))
        return 0;
    if (word(&p, w, sizeof w)) {
        for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++)
            if (!strcmp(w, zones[i].name))
                off = zones[i].off; /* an unknown name is UTC (RFC 2822 4.3) */
    }
    return instant(y, mo, d, h, mi, s, 0, off);
}

int64_t feed_time(const char *s)
{
    int64_t t;

    if (!s)
        return 0;
    while (is_space((unsigned char)*s))
        s++;
    t = time_3339(s);
    return t ? t : time_822(s);
}

/* ---- items ---- */

static void item_free(struct feed_item *it)
{
    free(it->id);
    free(it->link);
    free(it->title);
    free(it->content);
    free(it->summary);
    free(it->image);
    free(it->author);
    free(it->lang);
}

void feed_free(struct feed *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->nitems; i++)
        item_free(&f->items[i]);
    free(f->items);
    free(f->title);
    free(f->link);
    free(f->lang);
    memset(f, 0, sizeof *f);
}

/* Adds it (taking its strings) unless it has nothing to show or the list
 * is full. Returns 1 when the list is full. */
static int push(struct st *st, struct feed_item *it)
{
    if (st->f.nitems >= FEED_ITEMS_MAX || (!it->id && !it->link && !it->title && !it->content)) {
        item_free(it);
        return st->f.nitems >= FEED_ITEMS_MAX;
    }
    if (st->f.nitems == st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 16;
        if (cap > FEED_ITEMS_MAX)
            cap = FEED_ITEMS_MAX;
        struct feed_item *n = realloc(st->f.items, cap * sizeof *n);
        if (!n) {
            st->oom = 1;
            item_free(it);
            return 1;
        }
        st->f.items = n;
        st->cap = cap;
    }
    st->f.items[st->f.nitems++] = *it;
    return st->f.nitems >= FEED_ITEMS_MAX;
}

/* ---- XML ---- */

static int is(xmlNodePtr n, const char *ns, const char *name)
{
    if (!n || n->type != XML_ELEMENT_NODE || !xmlStrEqual(n->name, (const xmlChar *)name))
        return 0;
    if (!ns)
        return n->ns == NULL;
    return n->ns && xmlStrEqual(n->ns->href, (const xmlChar *)ns);
}

/* An RSS element: no namespace (0.9x, 2.0) or RSS 1.0's or 0.90's. */
static int is_rss(xmlNodePtr n, const char *name)
{
    return is(n, NULL, name) || is(n, NS_RSS1, name) || is(n, NS_RSS090, name);
}

static xmlNodePtr child(xmlNodePtr n, const char *ns, const char *name)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
        if (ns ? is(c, ns, name) : is_rss(c, name))
            return c;
    return NULL;
}

/* The text of n's descendants (text and CDATA; entity references, which
 * are never declared here, give nothing). */
static void gather(xmlBufferPtr b, xmlNodePtr n)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            xmlBufferCat(b, c->content);
        else if (c->type == XML_ELEMENT_NODE)
            gather(b, c);
    }
}

/* n's children as markup (Atom xhtml: the inner div's), or its text. */
static char *node_str(struct st *st, xmlNodePtr n, size_t max, int trim, int markup)
{
    xmlBufferPtr b = xmlBufferCreate();
    char *r;

    if (!b) {
        st->oom = 1;
        return NULL;
    }
    if (markup) {
        for (xmlNodePtr c = n->children; c; c = c->next)
            xmlNodeDump(b, st->doc, c, 0, 0);
    } else {
        gather(b, n);
    }
    r = keep(st, (const char *)xmlBufferContent(b), max, trim);
    xmlBufferFree(b);
    return r;
}

static char *node_text(struct st *st, xmlNodePtr n, size_t max, int trim)
{
    return n ? node_str(st, n, max, trim, 0) : NULL;
}

static char *attr(struct st *st, xmlNodePtr n, const char *name)
{
    xmlChar *v = xmlGetNoNsProp(n, (const xmlChar *)name);
    char *r = keep(st, (const char *)v, FEED_SHORT_MAX, 1);
    xmlFree(v);
    return r;
}

/* s (a link in node n) resolved against n's base: xml:base up the tree,
 * then the feed's URL (the document's). */
static char *node_url(struct st *st, xmlNodePtr n, const char *s)
{
    xmlChar *base;
    char *r;

    if (!s)
        return NULL;
    base = xmlNodeGetBase(st->doc, n);
    r = keep_url(st, s, (const char *)base);
    xmlFree(base);
    return r;
}

static char *node_link(struct st *st, xmlNodePtr n)
{
    char *t = node_text(st, n, FEED_SHORT_MAX, 1), *r = node_url(st, n, t);
    free(t);
    return r;
}

static char *attr_url(struct st *st, xmlNodePtr n, const char *name)
{
    char *t = attr(st, n, name), *r = node_url(st, n, t);
    free(t);
    return r;
}

static int64_t node_time(struct st *st, xmlNodePtr n)
{
    char *t = node_text(st, n, 64, 1);
    int64_t ms = feed_time(t);
    free(t);
    return ms;
}

static int type_image(struct st *st, xmlNodePtr n)
{
    char *t = attr(st, n, "type");
    int img = t && !strncasecmp(t, "image/", 6);
    free(t);
    return img;
}

/* The image of an enclosure, media:content, media:thumbnail or media:group. */
static char *image_of(struct st *st, xmlNodePtr n)
{
    char *r = NULL;

    if (is(n, NS_MEDIA, "group")) {
        for (xmlNodePtr c = n->children; c && !r; c = c->next)
            if (is(c, NS_MEDIA, "content") || is(c, NS_MEDIA, "thumbnail"))
                r = image_of(st, c);
        return r;
    }
    if (is(n, NS_MEDIA, "content")) {
        char *m = attr(st, n, "medium");
        int img = (m && !strcmp(m, "image")) || type_image(st, n);
        free(m);
        if (!img)
            return NULL;
    } else if (!is(n, NS_MEDIA, "thumbnail") && !type_image(st, n)) {
        return NULL;
    }
    return attr_url(st, n, "url");
}

static char *node_lang(struct st *st, xmlNodePtr n)
{
    xmlChar *l = xmlNodeGetLang(n);
    char *r = keep(st, (const char *)l, 64, 1);
    xmlFree(l);
    return r;
}

/* One RSS item (2.0, 0.9x or 1.0). */
static int rss_item(struct st *st, xmlNodePtr n)
{
    struct feed_item it = {0};
    char *desc = NULL, *encoded = NULL, *guid_link = NULL;

    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (is_rss(c, "title")) {
            set(&it.title, node_text(st, c, FEED_SHORT_MAX, 1));
        } else if (is_rss(c, "link")) {
            set(&it.link, node_link(st, c));
        } else if (is_rss(c, "guid")) {
            char *perma = attr(st, c, "isPermaLink");
            set(&it.id, node_text(st, c, FEED_SHORT_MAX, 1));
            if (!perma || !strcasecmp(perma, "true")) /* only an absolute URL */
                set(&guid_link, keep_url(st, it.id, NULL));
            free(perma);
        } else if (is_rss(c, "description")) {
            set(&desc, node_text(st, c, FEED_FIELD_MAX, 0));
        } else if (is(c, NS_CONTENT, "encoded")) {
            set(&encoded, node_text(st, c, FEED_FIELD_MAX, 0));
        } else if (is(c, NS_DC, "creator") || is_rss(c, "author")) {
            set(&it.author, node_text(st, c, FEED_SHORT_MAX, 1));
        } else if (is_rss(c, "pubDate") || is(c, NS_DC, "date")) {
            if (!it.published_ms)
                it.published_ms = node_time(st, c);
        } else if (is(c, NS_DC, "language")) {
            set(&it.lang, node_text(st, c, 64, 1));
        } else if (is_rss(c, "enclosure") || is(c, NS_MEDIA, "content") ||
                   is(c, NS_MEDIA, "thumbnail") || is(c, NS_MEDIA, "group")) {
            set(&it.image, image_of(st, c));
        }
    }
    if (!it.id && is(n, NS_RSS1, "item")) {
        xmlChar *about = xmlGetNsProp(n, BAD_CAST "about", BAD_CAST NS_RDF);
        it.id = keep(st, (const char *)about, FEED_SHORT_MAX, 1);
        xmlFree(about);
    }
    set(&it.link, guid_link);
    it.title_html = 1;
    it.content_html = 1;
    it.content = encoded ? encoded : desc; /* the description is then a summary */
    it.summary = encoded ? desc : NULL;
    set(&it.lang, node_lang(st, n));
    if (!it.lang && st->f.lang)
        it.lang = keep(st, st->f.lang, 64, 1);
    return push(st, &it);
}

static int parse_rss(struct st *st, xmlNodePtr root)
{
    xmlNodePtr ch = child(root, NULL, "channel");

    st->f.kind = FEED_RSS;
    if (ch) {
        st->f.title = node_text(st, child(ch, NULL, "title"), FEED_SHORT_MAX, 1);
        xmlNodePtr l = child(ch, NULL, "link");
        st->f.link = l ? node_link(st, l) : NULL;
        st->f.lang = node_text(st, child(ch, NULL, "language"), 64, 1);
        if (!st->f.lang)
            st->f.lang = node_text(st, child(ch, NS_DC, "language"), 64, 1);
        if (!st->f.lang)
            st->f.lang = node_lang(st, ch);
    }
    /* RSS 2.0 items sit in the channel; RSS 1.0's beside it. */
    for (xmlNodePtr c = ch ? ch->children : NULL; c && !st->oom; c = c->next)
        if (is_rss(c, "item") && rss_item(st, c))
            return 0;
    for (xmlNodePtr c = root->children; c && !st->oom; c = c->next)
        if (is_rss(c, "item") && rss_item(st, c))
            return 0;
    return 0;
}

/* ---- Atom ---- */

/* An Atom text construct (title, summary, content), its kind in *html:
 * text, html, or xhtml (the inner div's children serialised). Content
 * given by src= or of another media type is left out. */
static char *atom_text(struct st *st, xmlNodePtr n, size_t max, int *html)
{
    char *type = attr(st, n, "type"), *src = attr(st, n, "src"), *r = NULL;
    int trim = max == FEED_SHORT_MAX;

    *html = 0;
    if (src) {
        /* out of line: nothing to read here */
    } else if (!type || !strcasecmp(type, "text") || !strncasecmp(type, "text/plain", 10)) {
        r = node_text(st, n, max, trim);
    } else if (!strcasecmp(type, "html") || !strncasecmp(type, "text/html", 9)) {
        *html = 1;
        r = node_text(st, n, max, trim);
    } else if (!strcasecmp(type, "xhtml") || !strcasecmp(type, "application/xhtml+xml")) {
        xmlNodePtr div = child(n, NS_XHTML, "div");
        *html = 1;
        r = node_str(st, div ? div : n, max, trim, 1);
    } else if (!strncasecmp(type, "text/", 5)) {
        r = node_text(st, n, max, trim);
    }
    free(type);
    free(src);
    return r;
}

/* The href of an Atom link when its rel is rel ("alternate" also matches
 * no rel) and, for an enclosure, its type an image's. */
static char *atom_link(struct st *st, xmlNodePtr n, const char *rel)
{
    char *r = attr(st, n, "rel"), *u = NULL;
    int alt = !strcmp(rel, "alternate");

    if (r ? !strcmp(r, rel) && (alt || type_image(st, n)) : alt)
        u = attr_url(st, n, "href");
    free(r);
    return u;
}

static char *atom_author(struct st *st, xmlNodePtr n)
{
    return node_text(st, child(child(n, NS_ATOM, "author"), NS_ATOM, "name"), FEED_SHORT_MAX, 1);
}

static int atom_entry(struct st *st, xmlNodePtr n, const char *feed_author)
{
    struct feed_item it = {0};
    char *summary = NULL;
    int summary_html = 0;

    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (is(c, NS_ATOM, "id")) {
            set(&it.id, node_text(st, c, FEED_SHORT_MAX, 1));
        } else if (is(c, NS_ATOM, "title") && !it.title) {
            it.title = atom_text(st, c, FEED_SHORT_MAX, &it.title_html);
        } else if (is(c, NS_ATOM, "link")) {
            set(&it.link, atom_link(st, c, "alternate"));
            set(&it.image, atom_link(st, c, "enclosure"));
        } else if (is(c, NS_ATOM, "content") && !it.content) {
            it.content = atom_text(st, c, FEED_FIELD_MAX, &it.content_html);
        } else if (is(c, NS_ATOM, "summary") && !summary) {
            summary = atom_text(st, c, FEED_FIELD_MAX, &summary_html);
        } else if (is(c, NS_ATOM, "published")) {
            it.published_ms = node_time(st, c);
        } else if (is(c, NS_ATOM, "updated")) {
            it.updated_ms = node_time(st, c);
        } else if (is(c, NS_MEDIA, "content") || is(c, NS_MEDIA, "thumbnail") ||
                   is(c, NS_MEDIA, "group")) {
            set(&it.image, image_of(st, c));
        }
    }
    it.author = atom_author(st, n);
    if (!it.author)
        it.author = keep(st, feed_author, FEED_SHORT_MAX, 1);
    if (it.content) {
        it.summary = summary;
    } else {
        it.content = summary;
        it.content_html = summary_html;
    }
    it.lang = node_lang(st, n);
    return push(st, &it);
}

static int parse_atom(struct st *st, xmlNodePtr root)
{
    char *author = atom_author(st, root);

    st->f.kind = FEED_ATOM;
    st->f.title = node_text(st, child(root, NS_ATOM, "title"), FEED_SHORT_MAX, 1);
    st->f.lang = node_lang(st, root);
    for (xmlNodePtr c = root->children; c && !st->oom; c = c->next) {
        if (is(c, NS_ATOM, "link"))
            set(&st->f.link, atom_link(st, c, "alternate"));
        else if (is(c, NS_ATOM, "entry") && atom_entry(st, c, author))
            break;
    }
    free(author);
    return 0;
}

/* ---- XML documents ---- */

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void xml_init(void)
{
    xmlInitParser();
}

#if LIBXML_VERSION >= 21200
static void xml_quiet(void *ctx, const xmlError *e)
#else
static void xml_quiet(void *ctx, xmlErrorPtr e)
#endif
{
    (void)ctx;
    (void)e;
}

/* Any entity declaration stops the parse: the document is refused. */
static void xml_entity(void *ctx, const xmlChar *name, int type, const xmlChar *pub,
                       const xmlChar *sys, xmlChar *content)
{
    xmlParserCtxtPtr c = ctx;
    (void)name, (void)type, (void)pub, (void)sys, (void)content;
    *(int *)c->_private = 1;
    xmlStopParser(c);
}

static void xml_unparsed(void *ctx, const xmlChar *name, const xmlChar *pub, const xmlChar *sys,
                         const xmlChar *notation)
{
    xml_entity(ctx, name, 0, pub, sys, (xmlChar *)notation);
}

static int parse_xml(struct st *st, const char *body, size_t len, const char **why)
{
    const int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
    int refused = 0, rc = 0;
    xmlParserCtxtPtr ctxt;
    xmlNodePtr root;

    if (len > INT_MAX) {
        *why = "document too large";
        return -EINVAL;
    }
    pthread_once(&xml_once, xml_init);
    if (!(ctxt = xmlNewParserCtxt()))
        return -ENOMEM;
    ctxt->_private = &refused;
    ctxt->sax->serror = xml_quiet;
    ctxt->sax->entityDecl = xml_entity;
    ctxt->sax->unparsedEntityDecl = xml_unparsed;
    ctxt->sax->externalSubset = NULL; /* never read an external DTD */
    st->doc = xmlCtxtReadMemory(ctxt, body, (int)len, st->base, NULL, opts);
    if (st->doc && st->doc->intSubset && st->doc->intSubset->entities)
        refused = 1;
    xmlFreeParserCtxt(ctxt);
    root = st->doc ? xmlDocGetRootElement(st->doc) : NULL;
    if (refused) {
        *why = "entity declarations refused";
        rc = -EINVAL;
    } else if (!st->doc) {
        *why = "malformed XML";
        rc = -EINVAL;
    } else if (is(root, NULL, "rss") || is(root, NS_RDF, "RDF")) {
        rc = parse_rss(st, root);
    } else if (is(root, NS_ATOM, "feed")) {
        rc = parse_atom(st, root);
    } else {
        *why = "not RSS, Atom or JSON Feed";
        rc = -EINVAL;
    }
    xmlFreeDoc(st->doc);
    st->doc = NULL;
    return rc;
}

/* ---- JSON Feed ---- */

static const char *jstr(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* authors[0].name (1.1) or author.name (1.0). */
static const char *json_author(json_t *o)
{
    json_t *a = json_object_get(o, "authors");
    a = json_is_array(a) ? json_array_get(a, 0) : json_object_get(o, "author");
    return json_is_object(a) ? jstr(a, "name") : NULL;
}

static int json_item(struct st *st, json_t *o, const char *feed_author)
{
    struct feed_item it = {0};
    json_t *id = json_object_get(o, "id");
    char num[40];
    char *sum;

    if (json_is_integer(id))
        snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
    else if (json_is_real(id))
        snprintf(num, sizeof num, "%.17g", json_real_value(id));
    it.id = keep(st, json_is_number(id) ? num : jstr(o, "id"), FEED_SHORT_MAX, 1);
    it.link = keep_url(st, jstr(o, "url"), st->base);
    if (!it.link)
        it.link = keep_url(st, jstr(o, "external_url"), st->base);
    it.title = keep(st, jstr(o, "title"), FEED_SHORT_MAX, 1);
    if ((it.content = keep(st, jstr(o, "content_html"), FEED_FIELD_MAX, 0)))
        it.content_html = 1;
    else
        it.content = keep(st, jstr(o, "content_text"), FEED_FIELD_MAX, 0);
    sum = keep(st, jstr(o, "summary"), FEED_FIELD_MAX, 0);
    if (it.content)
        it.summary = sum;
    else
        it.content = sum;
    it.image = keep_url(st, jstr(o, "image"), st->base);
    if (!it.image)
        it.image = keep_url(st, jstr(o, "banner_image"), st->base);
    it.author = keep(st, json_author(o) ? json_author(o) : feed_author, FEED_SHORT_MAX, 1);
    it.lang = keep(st, jstr(o, "language"), 64, 1);
    if (!it.lang)
        it.lang = keep(st, st->f.lang, 64, 1);
    it.published_ms = feed_time(jstr(o, "date_published"));
    it.updated_ms = feed_time(jstr(o, "date_modified"));
    return push(st, &it);
}

static int parse_json(struct st *st, const char *body, size_t len, const char **why)
{
    json_error_t err;
    json_t *root = json_loadb(body, len, 0, &err), *items;
    const char *v = jstr(root, "version");

    if (!root) {
        *why = "malformed JSON";
        return -EINVAL;
    }
    if (!v || strncmp(v, JSONFEED_VERSION, strlen(JSONFEED_VERSION)) != 0) {
        json_decref(root);
        *why = "not RSS, Atom or JSON Feed";
        return -EINVAL;
    }
    st->f.kind = FEED_JSON;
    st->f.title = keep(st, jstr(root, "title"), FEED_SHORT_MAX, 1);
    st->f.link = keep_url(st, jstr(root, "home_page_url"), st->base);
    st->f.lang = keep(st, jstr(root, "language"), 64, 1);
    items = json_object_get(root, "items");
    for (size_t i = 0; i < json_array_size(items) && !st->oom; i++) {
        json_t *o = json_array_get(items, i);
        if (json_is_object(o) && json_item(st, o, json_author(root)))
            break;
    }
    json_decref(root);
    return 0;
}

int feed_parse(const char *body, size_t len, const char *content_type, const char *base,
               struct feed *out, const char **why)
{
    struct st st = {0};
    const char *unused;
    size_t i = 0;
    int rc;

    if (!why)
        why = &unused;
    *why = NULL;
    if (body && len >= 3 && !memcmp(body, "\xEF\xBB\xBF", 3))
        i = 3;
    while (body && i < len && is_space((unsigned char)body[i]))
        i++;
    if (!body || i >= len) {
        *why = "empty document";
        return -EINVAL;
    }
    st.base = base;
    if (body[i] == '{' || (body[i] != '<' && content_type && strcasestr(content_type, "json")))
        rc = parse_json(&st, body + i, len - i, why);
    else
        rc = parse_xml(&st, body, len, why);
    if (rc == 0 && st.oom) {
        *why = "out of memory";
        rc = -ENOMEM;
    }
    if (rc) {
        feed_free(&st.f);
        return rc;
    }
    *out = st.f;
    return 0;
}
