/*
 * page_int: the private kit shared by the page modules (page.c dispatches;
 * page_html.c escapes, negotiates the language, formats dates and writes
 * the parts every page has; page_channel.c, page_index.c, page_invite.c and
 * page_static.c write one kind of answer each). Not for use outside page*.c.
 *
 * Functions named pg_* write into the page being built (struct pg); those
 * named page_* take a plain buffer or response.
 */
#ifndef CRIER_PAGE_INT_H
#define CRIER_PAGE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "page.h"
#include "page_text.h"
#include "member.h"
#include "post.h"
#include "reader.h"
#include "team.h"
#include "tz.h"

#define PAGE_DESC_MAX 200 /* bytes of description in meta tags */

#define PAGE_CSP                                                                                   \
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "       \
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "             \
    "form-action 'self'"

/* The page being built: the request, the response it fills (p->b is the
 * response body), the reader, and the UI language. */
struct pg {
    struct store *st;
    const struct http_request *req;
    struct response *res;
    struct buf *b;
    struct reader_ctx rc;
    const struct page_text *tx;
    const char *lang;
    char base[300]; /* scheme://host, "" when the Host header is unusable */
};

/* ---- page_html.c: escaping and checks ---- */

/* Appends s escaped for HTML text and quoted attribute values (s may be NULL). */
void page_esc(struct buf *b, const char *s);
/* At most max bytes of s, cut at a UTF-8 boundary, whitespace runs folded
 * to one space, escaped; an ellipsis when cut. */
void page_excerpt(struct buf *b, const char *s, size_t max);
/* A count in words: form (a _one or _other string of page_text.h, as
 * page_text_one chooses) with "{n}" replaced by num, escaped. */
void page_count(struct buf *b, const char *form, const char *num);
/* An attribute: name="escaped value", or name="v". */
void page_attr(struct buf *b, const char *name, const char *value);
void page_attr_i(struct buf *b, const char *name, long long v);
/* URL checks for attributes: http(s) links, and images the CSP allows
 * (https, or a path on this host). */
int page_url_is_http(const char *u);
int page_url_is_image(const char *u);
/* 1 for a BCP 47-looking tag, safe as a lang attribute. */
int page_lang_tag_ok(const char *s);

/* ---- page_html.c: dates ---- */

/* ms since the epoch as "YYYY-MM-DDTHH:MM:SSZ". */
void page_iso_time(int64_t ms, char *out, size_t outsz);
/* The zone called name, loaded once and kept; NULL when unknown. */
const struct tz *page_zone_of(const char *name);
/* A date as a reader reads it, in zone (UTC when NULL), French when fr. */
void page_plain_time(int64_t ms, const struct tz *zone, int fr, char *out, size_t outsz);

/* ---- page_html.c: headers and the parts of every page ---- */

/* Appends one header line; dropped when res->extra is full. */
void page_header_add(struct response *res, const char *name, const char *value);
/* The CSP and the other headers of every HTML response, before any cookie. */
void page_html_headers(struct response *res);

void pg_init(struct pg *p, struct store *st, const struct http_request *req, struct response *res);
/* The UI language of a page about a channel of language channel_lang. */
void pg_set_lang(struct pg *p, const char *channel_lang);
/* <!doctype> to the end of the common <head> part; the caller adds meta
 * tags, then calls pg_body_begin. */
void pg_head_begin(struct pg *p, const char *title);
/* Closes <head>, opens <body> with data attributes (pre-built, escaped),
 * and writes the top bar. */
void pg_body_begin(struct pg *p, const char *page, const char *data_attrs);
/* The footer (with the feed link when feed_url is not NULL) and the end. */
void pg_end(struct pg *p, const char *feed_url);
/* The picture of a page's social card: an absolute https (or this node's)
 * URL, with its size and alt text when known (0 and NULL when not). */
struct page_image {
    const char *url;
    unsigned width, height;
    const char *alt;
};
/* OpenGraph and Twitter card tags. description is raw text (cut and
 * escaped here); image NULL for the app icon. */
void pg_social_meta(struct pg *p, const char *type, const char *title, const char *description,
                    const char *path, const struct page_image *image);
/* A whole page that says one thing: title, text and an optional link. */
void pg_message(struct pg *p, int status, const char *page, const char *data_attrs,
                const char *title, const char *text, const char *hint, const char *link_href,
                const char *link_text);
/* The 500 page (rc is logged), and the 404 page saying text. */
void pg_error(struct pg *p, int rc);
void pg_not_found(struct pg *p, const char *text);
/* A channel's title, description and the start of its meta line (member
 * count, private badge). The caller may add to the line, then closes it. */
void pg_channel_intro(struct pg *p, const struct store_channel *ch, int64_t nmembers,
                      const char *h1_open);
/* A form that posts to action with the CSRF token; hidden when asked. */
void pg_post_form(struct pg *p, const char *cls, const char *action, const char *label, int primary,
                  int hidden);

/* ---- page_channel.c: a post as readers see it ---- */

/* A post's <article>, exactly as the channel page renders it (web/app.js
 * builds the same for live posts): heading "h3" in lists, "h1" alone. The
 * studio's preview shows a post through it. */
void page_post_render(struct buf *b, const struct page_text *tx, const char *slug, const char *tz,
                      const struct post *post, const char *heading);

/* ---- the studio (page_studio.c: the door and the kit; page_studio_post.c:
 * compose, the stream, a post's actions; page_studio_team.c: the team, the
 * audit log, the sources; page_studio_stats.c: the stats, the next
 * selection; page_studio_readers.c: invites, pending members) ---- */

/* A studio request: the page, and the signed-in account. */
struct studio {
    struct pg p;
    const struct page_studio_env *env;
    struct team_who who;
};

/* The studio's <head> and top bar; the caller writes <main>, then ps_end. */
void ps_begin(struct studio *s, const char *title, const char *page);
void ps_end(struct studio *s);
/* A page that says one thing, with a link back (href NULL: none). */
void ps_message(struct studio *s, int status, const char *title, const char *text, const char *href,
                const char *link_text);
/* A form field into out ("" when absent): 0, or -ENOBUFS when too long. */
int ps_field(struct studio *s, const char *name, char *out, size_t outsz);
/* The CSRF field and a same-origin Origin of a form post: 0, or the 403
 * page written and -EACCES. */
int ps_csrf(struct studio *s);
/* The hidden CSRF input of a form. */
void ps_csrf_input(struct studio *s);
/* The channel slug where the account has a role: 0 with ch (clear it) and
 * *role, or the 404 page written (also when it has no role there). */
int ps_channel(struct studio *s, const char *slug, struct store_channel *ch, int *role);
/* The channel's heading and its tabs (here: "compose", "team", "stats",
 * "selection", "readers", "audit", "sources"). */
void ps_channel_head(struct studio *s, const struct store_channel *ch, int role, const char *here);
/* The 403 page: the role does not allow it. */
void ps_forbidden(struct studio *s);
/* A role's name in the page's language. */
const char *ps_role_name(const struct page_text *tx, int role);
/* A one-button form posting to action (with the CSRF field and, when
 * name is not NULL, a hidden name=value). */
void ps_button(struct studio *s, const char *action, const char *label, const char *name,
               const char *value, const char *cls);
/* A date in zone tz as the pages write it. */
void ps_time(struct studio *s, int64_t ms, const char *tz);
/* Opens a table in its scrolling wrapper: <table class="cls" id="id"> (id
 * may be NULL) and its head row of n escaped headings, those from
 * first_num on right-aligned (class "num"), then <tbody>. */
void ps_table_begin(struct studio *s, const char *cls, const char *id, const char *const *heads,
                    size_t n, size_t first_num);

void page_studio_channel(struct studio *s, const struct route_match *m);
void page_studio_compose(struct studio *s, const struct route_match *m);
void page_studio_post(struct studio *s, const struct route_match *m);
void page_studio_team(struct studio *s, const struct route_match *m);
void page_studio_audit(struct studio *s, const struct route_match *m);
void page_studio_sources(struct studio *s, const struct route_match *m);
/* page_studio_stats.c: members over time and the posts' reach (every
 * role); the next selection's preview with pin and exclude (editors). */
void page_studio_stats(struct studio *s, const struct route_match *m);
void page_studio_selection(struct studio *s, const struct route_match *m);
/* page_studio_readers.c: invites and the approval queue (editors). */
void page_studio_readers(struct studio *s, const struct route_match *m);

/* ---- the pages (GET and HEAD; the invite and device pages take POST) ---- */

void page_channel(struct pg *p, const struct route_match *m);   /* page_channel.c */
void page_permalink(struct pg *p, const struct route_match *m); /* page_channel.c */
void page_index(struct pg *p);                                  /* page_index.c */
void page_invite(struct pg *p, const struct route_match *m);    /* page_invite.c */
void page_device(struct pg *p, const struct route_match *m);    /* page_invite.c */
/* An embedded web/ file by name, with its ETag (304 when it matches). */
void page_serve_asset(struct pg *p, const char *name,
                      const char *cache_control); /* page_static.c */

#endif
