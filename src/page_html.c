/*
 * page_html: the kit every page is written with. The UI language from the
 * channel and Accept-Language; HTML escaping (the only markup not escaped on
 * any page is a post's "html", cmark's sanitised rendering stored with the
 * post); dates in the channel's zone; the security headers; and the parts
 * every page has: <head>, the top bar, the footer, the social meta tags,
 * the one-message pages (404, 500, ...), forms with their CSRF field.
 */
#include "page_int.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "baseurl.h"
#include "crier.h"
#include "log.h"
#include "lang.h"

/* ---- language ---- */

/* 1 when tag is lang or lang-<subtags> (case-insensitive). */
static int lang_is(const char *tag, size_t n, const char *lang)
{
    size_t l = strlen(lang);
    return n >= l && strncasecmp(tag, lang, l) == 0 && (n == l || tag[l] == '-' || tag[l] == '_');
}

/* The q of one Accept-Language item's parameters (";q=0.8"), 1 by default. */
static double accept_q(const char *p, const char *end)
{
    while (p < end) {
        while (p < end && (*p == ';' || *p == ' ' || *p == '\t'))
            p++;
        if (end - p >= 2 && (p[0] == 'q' || p[0] == 'Q') && p[1] == '=') {
            double q = 0, scale = 1;
            int seen_dot = 0;
            for (p += 2; p < end && (isdigit((unsigned char)*p) || *p == '.'); p++) {
                if (*p == '.') {
                    if (seen_dot)
                        break;
                    seen_dot = 1;
                } else if (!seen_dot) {
                    q = q * 10 + (*p - '0');
                } else {
                    scale /= 10;
                    q += (*p - '0') * scale;
                }
            }
            return q > 1 ? 1 : q;
        }
        while (p < end && *p != ';')
            p++;
    }
    return 1;
}

/* "fr" or "en" from an Accept-Language value: the acceptable one with the
 * highest q, the first listed on a tie; NULL when neither is acceptable. */
static const char *accept_lang(const char *h)
{
    const char *best = NULL;
    double best_q = 0;
    while (h && *h) {
        const char *end = strchr(h, ',');
        if (!end)
            end = h + strlen(h);
        const char *tag = h;
        while (tag < end && (*tag == ' ' || *tag == '\t'))
            tag++;
        const char *tag_end = tag;
        while (tag_end < end && *tag_end != ';' && *tag_end != ' ' && *tag_end != '\t')
            tag_end++;
        size_t n = (size_t)(tag_end - tag);
        const char *which = lang_is(tag, n, "fr") ? "fr" : lang_is(tag, n, "en") ? "en" : NULL;
        if (which) {
            double q = accept_q(tag_end, end);
            if (q > 0 && q > best_q) {
                best = which;
                best_q = q;
            }
        }
        h = *end ? end + 1 : end;
    }
    return best;
}

const char *page_lang(const struct http_request *req, const char *channel_lang)
{
    if (channel_lang && lang_is(channel_lang, strlen(channel_lang), "fr"))
        return "fr";
    if (channel_lang && lang_is(channel_lang, strlen(channel_lang), "en"))
        return "en";
    const char *best = accept_lang(req ? http_header_get(req, "accept-language") : NULL);
    return best ? best : "en";
}

/* ---- escaping ---- */

/* Appends s (n bytes) escaped for HTML text and quoted attribute values. */
static void page_esc_n(struct buf *b, const char *s, size_t n)
{
    size_t i, from = 0;
    for (i = 0; i < n; i++) {
        const char *rep;
        switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        default: continue;
        }
        buf_append(b, s + from, i - from);
        buf_appends(b, rep);
        from = i + 1;
    }
    buf_append(b, s + from, n - from);
}

void page_esc(struct buf *b, const char *s)
{
    if (s)
        page_esc_n(b, s, strlen(s));
}

/* At most max bytes of s, cut at a UTF-8 boundary, whitespace runs folded
 * to one space, escaped; an ellipsis when cut. */
void page_excerpt(struct buf *b, const char *s, size_t max)
{
    char tmp[PAGE_DESC_MAX + 8] = {0};
    size_t n = 0, i;
    int space = 0;
    if (max > PAGE_DESC_MAX)
        max = PAGE_DESC_MAX;
    for (i = 0; s && s[i] && n < max; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            space = n > 0;
            continue;
        }
        if (space && n < max)
            tmp[n++] = ' ';
        space = 0;
        if (n < max)
            tmp[n++] = (char)c;
    }
    int cut = s && s[i] != '\0';
    if (cut)
        while (n > 0 && ((unsigned char)tmp[n - 1] & 0xC0) == 0x80)
            n--; /* drop a partial character... */
    if (cut && n > 0 && ((unsigned char)tmp[n - 1] & 0xC0) == 0xC0)
        n--; /* ...and its lead byte */
    page_esc_n(b, tmp, n);
    if (cut)
        buf_appends(b, "…");
}

/* URL checks for attributes: http(s) links, and images the CSP allows
 * (https, or a path on this host). */
int page_url_is_http(const char *u)
{
    return u && (strncasecmp(u, "https://", 8) == 0 || strncasecmp(u, "http://", 7) == 0) &&
           !strpbrk(u, " \t\r\n");
}

int page_url_is_image(const char *u)
{
    if (!u || strpbrk(u, " \t\r\n"))
        return 0;
    return strncasecmp(u, "https://", 8) == 0 || (u[0] == '/' && u[1] != '/' && u[1] != '\\');
}

/* 1 for a BCP 47-looking tag, safe as a lang attribute. */
int page_lang_tag_ok(const char *s)
{
    return s && lang_tag_check(s) == 0;
}

/* ---- dates ---- */

void page_iso_time(int64_t ms, char *out, size_t outsz)
{
    time_t t = (time_t)(ms / 1000);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, outsz, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Zones of the channels the pages show, loaded once and kept: a TZif file
 * is not read again for every page. Beyond PAGE_ZONES_MAX zones, dates are
 * shown in UTC. */
#define PAGE_ZONES_MAX 64
static struct {
    char name[STORE_TZ_MAX + 1];
    struct tz *zone;
} zones[PAGE_ZONES_MAX];
static size_t nzones;
static pthread_mutex_t zones_lock = PTHREAD_MUTEX_INITIALIZER;

const struct tz *page_zone_of(const char *name)
{
    const struct tz *z = NULL;
    if (!name || !*name)
        return NULL;
    pthread_mutex_lock(&zones_lock);
    for (size_t i = 0; i < nzones && !z; i++)
        if (strcmp(zones[i].name, name) == 0)
            z = zones[i].zone;
    if (!z && nzones < PAGE_ZONES_MAX && tz_load(name, &zones[nzones].zone) == 0) {
        snprintf(zones[nzones].name, sizeof zones[nzones].name, "%s", name);
        z = zones[nzones++].zone;
    }
    pthread_mutex_unlock(&zones_lock);
    return z;
}

/* A date as a reader of the page reads it, in the channel's zone: "4 déc.
 * 2026 à 19:11" in French, "Dec 4, 2026, 7:11 PM" in English (as the web
 * app's Intl formats it, so that nothing moves once it runs). */
void page_plain_time(int64_t ms, const struct tz *zone, int fr, char *out, size_t outsz)
{
    static const char *const fr_months[] = {"janv.", "févr.", "mars",  "avr.", "mai",  "juin",
                                            "juil.", "août",  "sept.", "oct.", "nov.", "déc."};
    static const char *const en_months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    struct tz_civil c;
    int utc = !zone || tz_to_local(zone, ms / 1000, &c, NULL, NULL) < 0;
    if (utc) {
        tz_civil_from_days(ms / 1000 / 86400, &c);
        int64_t sod = ms / 1000 % 86400;
        c.hour = (int)(sod / 3600);
        c.minute = (int)(sod / 60 % 60);
    }
    if (c.month < 1 || c.month > 12)
        c.month = 1;
    if (fr)
        snprintf(out, outsz, "%d %s %d à %02d:%02d%s", c.day, fr_months[c.month - 1], c.year,
                 c.hour, c.minute, utc ? " UTC" : "");
    else
        snprintf(out, outsz, "%s %d, %d, %d:%02d %s%s", en_months[c.month - 1], c.day, c.year,
                 c.hour % 12 ? c.hour % 12 : 12, c.minute, c.hour < 12 ? "AM" : "PM",
                 utc ? " UTC" : "");
}

/* ---- headers, and the parts of every page ---- */

/* Appends one header line; silently dropped when res->extra is full (the
 * security headers go first, so they always fit). */
void page_header_add(struct response *res, const char *name, const char *value)
{
    size_t len = strlen(res->extra);
    size_t need = strlen(name) + 2 + strlen(value) + 2;
    if (len + need + 1 > sizeof res->extra)
        return;
    snprintf(res->extra + len, sizeof res->extra - len, "%s: %s\r\n", name, value);
}

/* The headers of every HTML response, before any cookie. */
void page_html_headers(struct response *res)
{
    char keep[sizeof res->extra];
    /* Security headers first; whatever was there (cookies) after them. */
    snprintf(keep, sizeof keep, "%s", res->extra);
    res->extra[0] = '\0';
    page_header_add(res, "Content-Security-Policy", PAGE_CSP);
    page_header_add(res, "X-Content-Type-Options", "nosniff");
    page_header_add(res, "Referrer-Policy", "same-origin");
    page_header_add(res, "X-Frame-Options", "DENY");
    page_header_add(res, "Cache-Control", "private, no-cache");
    page_header_add(res, "Vary", "Cookie, Accept-Language");
    size_t len = strlen(res->extra);
    if (len + strlen(keep) < sizeof res->extra)
        memcpy(res->extra + len, keep, strlen(keep) + 1);
    res->content_type = "text/html; charset=utf-8";
}

void pg_init(struct pg *p, struct store *st, const struct http_request *req, struct response *res)
{
    memset(p, 0, sizeof *p);
    p->st = st;
    p->req = req;
    p->res = res;
    p->b = &res->body;
    baseurl_of(req, p->base, sizeof p->base);
    p->lang = page_lang(req, NULL);
    p->tx = page_text_for(p->lang);
}

void pg_set_lang(struct pg *p, const char *channel_lang)
{
    p->lang = page_lang(p->req, channel_lang);
    p->tx = page_text_for(p->lang);
}

/* An attribute: name="escaped value". */
void page_attr(struct buf *b, const char *name, const char *value)
{
    buf_printf(b, " %s=\"", name);
    page_esc(b, value);
    buf_appends(b, "\"");
}

void page_attr_i(struct buf *b, const char *name, long long v)
{
    buf_printf(b, " %s=\"%lld\"", name, v);
}

/* <!doctype> to the end of the common <head> part; the caller adds meta
 * tags, then calls body_begin. */
void pg_head_begin(struct pg *p, const char *title)
{
    struct buf *b = p->b;
    buf_reset(b);
    buf_printf(b, "<!doctype html>\n<html lang=\"%s\" dir=\"ltr\">\n<head>\n", p->tx->code);
    buf_appends(b, "<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    buf_appends(b, "<title>");
    page_esc(b, title);
    if (strcmp(title, "Crier") != 0)
        buf_appends(b, " · Crier");
    buf_appends(b, "</title>\n"
                   "<link rel=\"stylesheet\" href=\"/static/app.css\">\n"
                   "<script type=\"module\" src=\"/static/app.js\"></script>\n"
                   "<link rel=\"manifest\" href=\"/manifest.webmanifest\">\n"
                   "<link rel=\"icon\" href=\"/static/icon.svg\" type=\"image/svg+xml\">\n"
                   "<link rel=\"apple-touch-icon\" href=\"/static/icon-192.png\">\n"
                   "<meta name=\"theme-color\" content=\"#0b57d0\" "
                   "media=\"(prefers-color-scheme: light)\">\n"
                   "<meta name=\"theme-color\" content=\"#111317\" "
                   "media=\"(prefers-color-scheme: dark)\">\n");
    if (p->rc.csrf[0]) {
        buf_appends(b, "<meta name=\"csrf-token\"");
        page_attr(b, "content", p->rc.csrf);
        buf_appends(b, ">\n");
    }
}

/* Closes <head>, opens <body> with data attributes (pre-built, escaped),
 * and writes the top bar. */
void pg_body_begin(struct pg *p, const char *page, const char *data_attrs)
{
    struct buf *b = p->b;
    buf_printf(b, "</head>\n<body data-page=\"%s\"%s%s>\n", page, data_attrs ? data_attrs : "",
               p->rc.reader_id ? " data-reader=\"1\"" : "");
    buf_appends(b, "<a class=\"skip\" href=\"#main\">");
    page_esc(b, p->tx->skip);
    buf_appends(b, "</a>\n<header class=\"bar\">\n<a class=\"brand\" href=\"/\">"
                   "<img src=\"/static/icon.svg\" alt=\"\" width=\"28\" height=\"28\">"
                   "Crier</a>\n<nav");
    page_attr(b, "aria-label", p->tx->nav_label);
    buf_appends(b, "><a href=\"/\">");
    page_esc(b, p->tx->my_channels);
    buf_appends(b, "</a></nav>\n</header>\n");
}

void pg_end(struct pg *p, const char *feed_url)
{
    struct buf *b = p->b;
    buf_appends(b, "<footer class=\"foot\">\n<button type=\"button\" id=\"transfer\" "
                   "class=\"linkish\"");
    if (!p->rc.reader_id)
        buf_appends(b, " hidden");
    buf_appends(b, ">");
    page_esc(b, p->tx->transfer);
    buf_appends(b, "</button>\n");
    if (feed_url) {
        buf_appends(b, "<a");
        page_attr(b, "href", feed_url);
        buf_appends(b, ">");
        page_esc(b, p->tx->atom);
        buf_appends(b, "</a>\n");
    }
    buf_appends(b, "</footer>\n<p id=\"announce\" class=\"visually-hidden\" role=\"status\" "
                   "aria-live=\"polite\"></p>\n</body>\n</html>\n");
}

static void meta_tag(struct buf *b, const char *kind, const char *key, const char *value)
{
    buf_printf(b, "<meta %s=\"%s\" content=\"", kind, key);
    page_esc(b, value);
    buf_appends(b, "\">\n");
}

/* OpenGraph and Twitter card tags. description is raw text (cut and
 * escaped here); image NULL for the app icon. */
void pg_social_meta(struct pg *p, const char *type, const char *title, const char *description,
                    const char *path, const struct page_image *image)
{
    struct buf *b = p->b;
    char url[600], icon[400], num[24];
    const char *img = image ? image->url : NULL;
    meta_tag(b, "property", "og:type", type);
    meta_tag(b, "property", "og:site_name", "Crier");
    meta_tag(b, "property", "og:title", title);
    meta_tag(b, "property", "og:locale", p->tx->locale);
    buf_appends(b, "<meta name=\"description\" content=\"");
    page_excerpt(b, description, PAGE_DESC_MAX);
    buf_appends(b, "\">\n<meta property=\"og:description\" content=\"");
    page_excerpt(b, description, PAGE_DESC_MAX);
    buf_appends(b, "\">\n");
    if (p->base[0] && path) {
        snprintf(url, sizeof url, "%s%s", p->base, path);
        meta_tag(b, "property", "og:url", url);
        buf_appends(b, "<link rel=\"canonical\"");
        page_attr(b, "href", url);
        buf_appends(b, ">\n");
    }
    if (!img && p->base[0]) {
        snprintf(icon, sizeof icon, "%s/static/icon-512.png", p->base);
        img = icon;
    }
    if (img)
        meta_tag(b, "property", "og:image", img);
    if (img && img != icon && image->width && image->height) {
        snprintf(num, sizeof num, "%u", image->width);
        meta_tag(b, "property", "og:image:width", num);
        snprintf(num, sizeof num, "%u", image->height);
        meta_tag(b, "property", "og:image:height", num);
    }
    if (img && img != icon && image->alt && *image->alt)
        meta_tag(b, "property", "og:image:alt", image->alt);
    meta_tag(b, "name", "twitter:card", img && img != icon ? "summary_large_image" : "summary");
    meta_tag(b, "name", "twitter:title", title);
    buf_appends(b, "<meta name=\"twitter:description\" content=\"");
    page_excerpt(b, description, PAGE_DESC_MAX);
    buf_appends(b, "\">\n");
    if (img)
        meta_tag(b, "name", "twitter:image", img);
    if (img && img != icon && image->alt && *image->alt)
        meta_tag(b, "name", "twitter:image:alt", image->alt);
}

/* A whole page that says one thing: title, text and an optional link. */
void pg_message(struct pg *p, int status, const char *page, const char *data_attrs,
                const char *title, const char *text, const char *hint, const char *link_href,
                const char *link_text)
{
    struct buf *b = p->b;
    p->res->status = status;
    pg_head_begin(p, title);
    buf_appends(b, "<meta name=\"robots\" content=\"noindex\">\n");
    pg_body_begin(p, page, data_attrs);
    buf_appends(b, "<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\n<div class=\"card\">\n<h1>");
    page_esc(b, title);
    buf_appends(b, "</h1>\n");
    if (text) {
        buf_appends(b, "<p class=\"message\">");
        page_esc(b, text);
        buf_appends(b, "</p>\n");
    }
    if (hint) {
        buf_appends(b, "<p>");
        page_esc(b, hint);
        buf_appends(b, "</p>\n");
    }
    if (link_href) {
        buf_appends(b, "<p><a class=\"btn\"");
        page_attr(b, "href", link_href);
        buf_appends(b, ">");
        page_esc(b, link_text);
        buf_appends(b, "</a></p>\n");
    }
    buf_appends(b, "</div>\n</main>\n");
    pg_end(p, NULL);
    page_html_headers(p->res);
}

void pg_error(struct pg *p, int rc)
{
    log_error("page: %s", crier_strerror(rc));
    pg_message(p, 500, "error", NULL, p->tx->err_title, p->tx->err_text, NULL, "/", "Crier");
}

void pg_not_found(struct pg *p, const char *text)
{
    pg_message(p, 404, "error", NULL, p->tx->nf_title, text, NULL, "/", p->tx->my_channels);
}

void page_count(struct buf *b, const char *form, const char *num)
{
    const char *at;
    while ((at = strstr(form, "{n}")) != NULL) {
        page_esc_n(b, form, (size_t)(at - form));
        page_esc(b, num);
        form = at + 3;
    }
    page_esc(b, form);
}

/* The member count, which app.js updates on Join and Leave. */
static void members_line(struct buf *b, const struct page_text *tx, int64_t n)
{
    char num[24];
    snprintf(num, sizeof num, "%lld", (long long)n);
    buf_printf(b, "<span id=\"members\" data-count=\"%lld\">", (long long)n);
    page_count(b, page_text_one(tx, n) ? tx->members_one : tx->members_other, num);
    buf_appends(b, "</span>");
}

/* A channel's title, description and the start of its meta line (member
 * count, private badge). The caller may add to the line, then closes it. */
void pg_channel_intro(struct pg *p, const struct store_channel *ch, int64_t nmembers,
                      const char *h1_open)
{
    struct buf *b = p->b;
    buf_appends(b, h1_open);
    page_esc(b, ch->title);
    buf_appends(b, "</h1>\n");
    if (ch->description[0]) {
        buf_appends(b, "<p class=\"desc\">");
        page_esc(b, ch->description);
        buf_appends(b, "</p>\n");
    }
    buf_appends(b, "<p class=\"meta\">");
    members_line(b, p->tx, nmembers);
    if (ch->visibility == STORE_PRIVATE) {
        buf_appends(b, "<span class=\"sep\" aria-hidden=\"true\">·</span>"
                       "<span class=\"private-badge\">");
        page_esc(b, p->tx->private_badge);
        buf_appends(b, "</span>");
    }
}

/* A form that posts to action with the CSRF token; hidden when asked. */
void pg_post_form(struct pg *p, const char *cls, const char *action, const char *label, int primary,
                  int hidden)
{
    struct buf *b = p->b;
    buf_appends(b, "<form method=\"post\"");
    page_attr(b, "class", cls);
    page_attr(b, "action", action);
    if (hidden)
        buf_appends(b, " hidden");
    buf_appends(b, "><input type=\"hidden\" name=\"csrf\"");
    page_attr(b, "value", p->rc.csrf);
    buf_printf(b, "><button type=\"submit\" class=\"btn%s\">", primary ? " primary" : "");
    page_esc(b, label);
    buf_appends(b, "</button></form>\n");
}
