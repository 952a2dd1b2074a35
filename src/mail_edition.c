#include "mail_edition.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "markdown.h"
#include "router.h"
#include "xmalloc.h"

#define NBSP "\u00a0"
#define URL_MAX 2048

/* The words, one row per language. %s in a row is filled by the code that
 * uses it, in the order its comment gives. */
struct words {
    const char *html_lang;
    const char *breaking;     /* subject prefix at importance 3 */
    const char *selection;    /* a selection without a title */
    const char *read_more;    /* link to the post on the channel */
    const char *open_channel; /* link to the channel */
    const char *why;          /* footer: %s the channel */
    const char *unsubscribe;  /* the footer's link text */
    const char *c_subject;    /* %s the channel */
    const char *c_hello;
    const char *c_asked;  /* %s the channel */
    const char *c_follow; /* text: before the link */
    const char *c_button; /* HTML: the link's text */
    const char *c_nothing;
    const char *c_expires;
    const char *c_ignore;
};

static const struct words words_en = {
    .html_lang = "en",
    .breaking = "Breaking: ",
    .selection = "Selection",
    .read_more = "Read on the channel",
    .open_channel = "Open the channel",
    .why = "You receive this email because you subscribed to %s by email.",
    .unsubscribe = "Unsubscribe",
    .c_subject = "Confirm your subscription to %s",
    .c_hello = "Hello,",
    .c_asked = "Someone, probably you, asked to receive the editions of %s by email.",
    .c_follow = "To confirm, open this link:",
    .c_button = "Confirm my subscription",
    .c_nothing = "Nothing will be sent to you before you click it.",
    .c_expires = "The link expires in 48 hours.",
    .c_ignore = "If you did not ask for this, ignore this email: you will receive nothing.",
};

/* French typography: the no-break spaces are written in the rows; the
 * newsroom's text gets them from fr_spaces. */
static const struct words words_fr = {
    .html_lang = "fr",
    .breaking = "Urgent" NBSP ": ",
    .selection = "Sélection",
    .read_more = "Lire sur la chaîne",
    .open_channel = "Ouvrir la chaîne",
    .why =
        "Vous recevez ce courriel parce que vous êtes abonné à «" NBSP "%s" NBSP "» par courriel.",
    .unsubscribe = "Se désabonner",
    .c_subject = "Confirmez votre abonnement à «" NBSP "%s" NBSP "»",
    .c_hello = "Bonjour,",
    .c_asked = "Quelqu’un, sans doute vous, a demandé à recevoir par courriel les éditions de "
               "«" NBSP "%s" NBSP "».",
    .c_follow = "Pour confirmer, ouvrez ce lien" NBSP ":",
    .c_button = "Confirmer mon abonnement",
    .c_nothing = "Rien ne vous sera envoyé avant ce clic.",
    .c_expires = "Le lien expire dans 48" NBSP "heures.",
    .c_ignore = "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message" NBSP
                ": vous ne recevrez rien.",
};

static int is_french(const char *lang)
{
    return lang && (lang[0] == 'f' || lang[0] == 'F') && (lang[1] == 'r' || lang[1] == 'R') &&
           (lang[2] == '\0' || lang[2] == '-');
}

/* The three buffers, written with one sticky error; on an error they are
 * cut back to where they started. */
struct ed {
    struct buf *subject, *text, *html;
    size_t len0[3];
    const struct words *w;
    int fr, err;
};

static void ed_start(struct ed *e, struct buf *s, struct buf *t, struct buf *h, const char *lang)
{
    e->subject = s, e->text = t, e->html = h;
    e->len0[0] = s->len, e->len0[1] = t->len, e->len0[2] = h->len;
    e->fr = is_french(lang);
    e->w = e->fr ? &words_fr : &words_en;
    e->err = 0;
}

static int ed_finish(struct ed *e)
{
    struct buf *b[3] = {e->subject, e->text, e->html};
    if (e->err == 0)
        return 0;
    for (int i = 0; i < 3; i++) {
        b[i]->len = e->len0[i];
        if (b[i]->data)
            b[i]->data[b[i]->len] = '\0';
    }
    return e->err;
}

static void put(struct ed *e, struct buf *b, const char *s, size_t n)
{
    if (e->err == 0 && buf_append(b, s, n) != 0)
        e->err = -ENOBUFS;
}

static void puts_(struct ed *e, struct buf *b, const char *s)
{
    put(e, b, s, strlen(s));
}

/* A row with its one "%s" filled by arg (the rows are ours, the argument
 * is text: no format of a newsroom's string ever reaches printf). */
static void put_row(struct ed *e, struct buf *b, const char *row, const char *arg,
                    void (*text)(struct ed *, struct buf *, const char *))
{
    const char *p = strstr(row, "%s");
    if (!p) {
        text(e, b, row);
        return;
    }
    char *head = xstrndup(row, (size_t)(p - row));
    text(e, b, head);
    free(head);
    text(e, b, arg);
    text(e, b, p + 2);
}

enum put_mode { AS_TEXT, AS_LINE, AS_HTML };

/* Newsroom text out: with the French spaces (a plain space before : ; ? !
 * or » and after « made a no-break space), the controls that have no place
 * made spaces (AS_LINE: line ends and tabs too, for the subject), and for
 * AS_HTML escaped for text and quoted attribute values. */
static void put_as(struct ed *e, struct buf *b, const char *s, int mode)
{
    s = s ? s : "";
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        int nb = c == ' ' && e->fr &&
                 ((p[1] && strchr(":;?!", p[1])) || strncmp(p + 1, "»", 2) == 0 ||
                  (p - s >= 2 && strncmp(p - 2, "«", 2) == 0));
        if (nb)
            puts_(e, b, NBSP);
        else if ((c < ' ' && (mode == AS_LINE || (c != '\n' && c != '\t'))) || c == 0x7f)
            put(e, b, " ", 1);
        else if (mode == AS_HTML && strchr("&<>\"'", c))
            puts_(e, b,
                  c == '&'   ? "&amp;"
                  : c == '<' ? "&lt;"
                  : c == '>' ? "&gt;"
                  : c == '"' ? "&quot;"
                             : "&#39;");
        else
            put(e, b, p, 1);
    }
}

static void put_text(struct ed *e, struct buf *b, const char *s)
{
    put_as(e, b, s, AS_TEXT);
}

static void put_line(struct ed *e, struct buf *b, const char *s)
{
    put_as(e, b, s, AS_LINE);
}

static void put_html(struct ed *e, struct buf *b, const char *s)
{
    put_as(e, b, s, AS_HTML);
}

/* A URL into href="...": checked by url_ok, so only & needs escaping. */
static void put_href(struct ed *e, struct buf *b, const char *url)
{
    for (const char *p = url; *p; p++) {
        if (*p == '&')
            puts_(e, b, "&amp;");
        else
            put(e, b, p, 1);
    }
}

/* An absolute http(s) URL of printable ASCII, nothing that could end an
 * attribute or a line. */
static int url_ok(const char *u)
{
    size_t n;
    if (!u || (strncmp(u, "https://", 8) != 0 && strncmp(u, "http://", 7) != 0))
        return 0;
    n = strnlen(u, URL_MAX + 1);
    if (n > URL_MAX)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (u[i] <= ' ' || u[i] > '~' || strchr("\"'<>\\`", u[i]))
            return 0;
    return 1;
}

/* ---- the HTML frame ---- */

/* Inline styles only: many mail clients drop <style> and classes. One
 * column of at most 600px, system fonts, no image. */
#define ST_BODY "margin:0;padding:0;background-color:#f3f3f0;"
#define ST_WRAP                                                                                    \
    "max-width:600px;margin:0 auto;padding:24px 20px;background-color:#ffffff;"                    \
    "font-family:Georgia,serif;font-size:16px;line-height:1.5;color:#1d1d1b;"
#define ST_SANS "font-family:Arial,Helvetica,sans-serif;"
#define ST_KICKER                                                                                  \
    "margin:0 0 4px;" ST_SANS "font-size:13px;letter-spacing:0.04em;text-transform:uppercase;"     \
    "color:#6b6b66;"
#define ST_H1 "margin:0 0 24px;font-size:26px;line-height:1.2;font-weight:bold;"
#define ST_OL "margin:0 0 24px;padding:0 0 0 24px;"
#define ST_LI "margin:0 0 18px;"
#define ST_ITEM "font-size:18px;font-weight:bold;color:#1d1d1b;text-decoration:none;"
#define ST_LEDE "margin:4px 0 0;color:#3d3d3a;"
#define ST_P "margin:0 0 16px;"
#define ST_LINK "color:#0b5cad;"
#define ST_BUTTON                                                                                  \
    "display:inline-block;padding:12px 20px;background-color:#0b5cad;color:#ffffff;" ST_SANS       \
    "font-weight:bold;text-decoration:none;border-radius:4px;"
#define ST_SMALL "margin:0 0 16px;" ST_SANS "font-size:12px;color:#6b6b66;word-break:break-all;"
#define ST_FOOT                                                                                    \
    "margin:32px 0 0;padding:16px 0 0;border-top:1px solid #dddddd;" ST_SANS "font-size:12px;"     \
    "line-height:1.5;color:#6b6b66;"

static void html_open(struct ed *e, const char *kicker, const char *title)
{
    struct buf *h = e->html;
    puts_(e, h, "<!DOCTYPE html>\n<html lang=\"");
    puts_(e, h, e->w->html_lang);
    puts_(e, h,
          "\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<title>");
    put_html(e, h, title);
    puts_(e, h, "</title>\n</head>\n<body style=\"" ST_BODY "\">\n<div style=\"" ST_WRAP "\">\n");
    if (kicker) {
        puts_(e, h, "<p style=\"" ST_KICKER "\">");
        put_html(e, h, kicker);
        puts_(e, h, "</p>\n");
    }
    puts_(e, h, "<h1 style=\"" ST_H1 "\">");
    put_html(e, h, title);
    puts_(e, h, "</h1>\n");
}

/* A link on a line of its own: "label: url" in the text, a paragraph with
 * the link in the HTML. */
static void put_link(struct ed *e, const char *label, const char *url)
{
    put_text(e, e->text, label);
    put_text(e, e->text, e->fr ? " : " : ": ");
    puts_(e, e->text, url);
    puts_(e, e->text, "\n");
    puts_(e, e->html, "<p style=\"" ST_P "\"><a href=\"");
    put_href(e, e->html, url);
    puts_(e, e->html, "\" style=\"" ST_LINK "\">");
    put_html(e, e->html, label);
    puts_(e, e->html, "</a></p>\n");
}

/* Why the reader gets this, and the way out, in both parts; closes the
 * HTML. The text's footer starts with the usual "-- " separator. */
static void footer(struct ed *e, const char *channel, const char *unsub)
{
    puts_(e, e->text, "\n-- \n");
    put_row(e, e->text, e->w->why, channel, put_text);
    puts_(e, e->text, "\n");
    put_text(e, e->text, e->w->unsubscribe);
    put_text(e, e->text, e->fr ? " : " : ": ");
    puts_(e, e->text, unsub);
    puts_(e, e->text, "\n");

    puts_(e, e->html, "<p style=\"" ST_FOOT "\">");
    put_row(e, e->html, e->w->why, channel, put_html);
    puts_(e, e->html, "<br>\n<a href=\"");
    put_href(e, e->html, unsub);
    puts_(e, e->html, "\" style=\"color:#6b6b66;\">");
    put_html(e, e->html, e->w->unsubscribe);
    puts_(e, e->html, "</a></p>\n</div>\n</body>\n</html>\n");
}

/* ---- editions ---- */

struct links {
    char base[URL_MAX + 1]; /* base_url without its trailing "/" */
    const char *slug;
};

static void permalink(const struct links *l, int64_t seq, char *out, size_t outsz)
{
    if (seq > 0)
        snprintf(out, outsz, "%s/%s/%lld", l->base, l->slug, (long long)seq);
    else
        snprintf(out, outsz, "%s/%s", l->base, l->slug);
}

static void selection_body(struct ed *e, const struct links *l, const struct post *p)
{
    char url[URL_MAX + 128], num[24];

    puts_(e, e->html, "<ol style=\"" ST_OL "\">\n");
    for (size_t i = 0; i < p->sel->nitems; i++) {
        const struct post_item *it = &p->sel->items[i];
        permalink(l, it->seq, url, sizeof url);
        snprintf(num, sizeof num, "%zu. ", i + 1);
        puts_(e, e->text, num);
        put_line(e, e->text, it->title);
        puts_(e, e->text, "\n");
        if (it->lede && *it->lede) {
            puts_(e, e->text, "   ");
            put_line(e, e->text, it->lede);
            puts_(e, e->text, "\n");
        }
        puts_(e, e->text, "   ");
        puts_(e, e->text, url);
        puts_(e, e->text, "\n\n");

        puts_(e, e->html, "<li style=\"" ST_LI "\"><a href=\"");
        put_href(e, e->html, url);
        puts_(e, e->html, "\" style=\"" ST_ITEM "\">");
        put_html(e, e->html, it->title);
        puts_(e, e->html, "</a>");
        if (it->lede && *it->lede) {
            puts_(e, e->html, "\n<p style=\"" ST_LEDE "\">");
            put_html(e, e->html, it->lede);
            puts_(e, e->html, "</p>");
        }
        puts_(e, e->html, "</li>\n");
    }
    puts_(e, e->html, "</ol>\n");
}

/* The body's paragraphs (split at blank lines) as text without markup: a
 * mail carries no remote image, and the post's page has the rest. */
static void news_body(struct ed *e, const char *md)
{
    const char *p = md ? md : "";
    while (*p) {
        const char *end = p;
        /* up to a blank line, or the end */
        for (;;) {
            const char *nl = strchr(end, '\n');
            if (!nl) {
                end += strlen(end);
                break;
            }
            end = nl + 1;
            if (end[strspn(end, " \t\r")] == '\n' || end[strspn(end, " \t\r")] == '\0')
                break;
        }
        char *t = markdown_to_text(p, (size_t)(end - p));
        if (*t) {
            put_text(e, e->text, t);
            puts_(e, e->text, "\n\n");
            puts_(e, e->html, "<p style=\"" ST_P "\">");
            put_html(e, e->html, t);
            puts_(e, e->html, "</p>\n");
        }
        free(t);
        p = end + strspn(end, " \t\r\n");
    }
}

static int edition_check(const struct mail_edition_in *in)
{
    const struct post *p = in->post;
    if (!in->channel_title || !in->slug || router_slug_check(in->slug) == -EINVAL ||
        !url_ok(in->base_url) || !url_ok(in->unsubscribe_url) || !p)
        return -EINVAL;
    if (p->kind == POST_SELECTION)
        return p->sel && p->sel->nitems > 0 ? 0 : -EINVAL;
    return p->title ? 0 : -EINVAL;
}

int mail_edition(const struct mail_edition_in *in, struct buf *subject, struct buf *text,
                 struct buf *html)
{
    const struct post *p = in->post;
    struct links l;
    struct ed e;
    char url[URL_MAX + 128];
    int rc = edition_check(in);

    if (rc != 0)
        return rc;
    ed_start(&e, subject, text, html, in->lang ? in->lang : p->lang);
    snprintf(l.base, sizeof l.base, "%s", in->base_url);
    for (size_t n = strlen(l.base); n > 0 && l.base[n - 1] == '/'; n--)
        l.base[n - 1] = '\0';
    l.slug = in->slug;

    const char *title = p->title && *p->title ? p->title : e.w->selection;
    if (p->kind != POST_SELECTION && p->importance >= 3)
        puts_(&e, subject, e.w->breaking);
    put_line(&e, subject, title);

    put_line(&e, text, in->channel_title);
    puts_(&e, text, "\n");
    put_line(&e, text, title);
    puts_(&e, text, "\n\n");
    html_open(&e, in->channel_title, title);
    if (p->kind == POST_SELECTION)
        selection_body(&e, &l, p);
    else
        news_body(&e, p->body);
    permalink(&l, p->seq, url, sizeof url);
    put_link(&e, p->seq > 0 ? e.w->read_more : e.w->open_channel, url);
    footer(&e, in->channel_title, in->unsubscribe_url);
    return ed_finish(&e);
}

/* ---- the confirmation ---- */

int mail_confirm(const char *channel_title, const char *lang, const char *confirm_url,
                 struct buf *subject, struct buf *text, struct buf *html)
{
    struct ed e;

    if (!channel_title || !url_ok(confirm_url))
        return -EINVAL;
    ed_start(&e, subject, text, html, lang);
    put_row(&e, subject, e.w->c_subject, channel_title, put_line);

    put_text(&e, text, e.w->c_hello);
    puts_(&e, text, "\n\n");
    put_row(&e, text, e.w->c_asked, channel_title, put_text);
    puts_(&e, text, "\n\n");
    put_text(&e, text, e.w->c_follow);
    puts_(&e, text, "\n");
    puts_(&e, text, confirm_url);
    puts_(&e, text, "\n\n");
    put_text(&e, text, e.w->c_nothing);
    puts_(&e, text, " ");
    put_text(&e, text, e.w->c_expires);
    puts_(&e, text, "\n\n");
    put_text(&e, text, e.w->c_ignore);
    puts_(&e, text, "\n");

    /* The subject is the HTML's title; the channel is its kicker. */
    html_open(&e, channel_title, subject->data ? subject->data + e.len0[0] : "");
    puts_(&e, html, "<p style=\"" ST_P "\">");
    put_html(&e, html, e.w->c_hello);
    puts_(&e, html, "</p>\n<p style=\"" ST_P "\">");
    put_row(&e, html, e.w->c_asked, channel_title, put_html);
    puts_(&e, html, "</p>\n<p style=\"margin:24px 0;\"><a href=\"");
    put_href(&e, html, confirm_url);
    puts_(&e, html, "\" style=\"" ST_BUTTON "\">");
    put_html(&e, html, e.w->c_button);
    puts_(&e, html, "</a></p>\n<p style=\"" ST_SMALL "\">");
    put_html(&e, html, confirm_url);
    puts_(&e, html, "</p>\n<p style=\"" ST_P "\"><strong>");
    put_html(&e, html, e.w->c_nothing);
    puts_(&e, html, "</strong> ");
    put_html(&e, html, e.w->c_expires);
    puts_(&e, html, "</p>\n<p style=\"" ST_P "color:#6b6b66;\">");
    put_html(&e, html, e.w->c_ignore);
    puts_(&e, html, "</p>\n</div>\n</body>\n</html>\n");
    return ed_finish(&e);
}
