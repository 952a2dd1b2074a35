/*
 * page_studio_kit: what every studio page uses (page_int.h's ps_*): the
 * page frame, the channel's head and tabs, buttons and forms with the CSRF
 * field, the CSRF check, a form field, a role's name, a time, a table's
 * head. The door (page_studio.c) and the tabs (page_studio_*.c) use it; it
 * uses none of them.
 */
#include "page_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "log.h"

const char *ps_role_name(const struct page_text *tx, int role)
{
    return role == STORE_ROLE_OWNER    ? tx->st_role_owner
           : role == STORE_ROLE_EDITOR ? tx->st_role_editor
                                       : tx->st_role_author;
}

void ps_csrf_input(struct studio *s)
{
    buf_appends(s->p.b, "<input type=\"hidden\" name=\"csrf\"");
    page_attr(s->p.b, "value", s->p.rc.csrf);
    buf_appends(s->p.b, ">");
}

void ps_button(struct studio *s, const char *action, const char *label, const char *name,
               const char *value, const char *cls)
{
    struct buf *b = s->p.b;
    buf_appends(b, "<form method=\"post\" class=\"inline\"");
    page_attr(b, "action", action);
    buf_appends(b, ">");
    ps_csrf_input(s);
    if (name) {
        buf_appends(b, "<input type=\"hidden\"");
        page_attr(b, "name", name);
        page_attr(b, "value", value);
        buf_appends(b, ">");
    }
    buf_appends(b, "<button type=\"submit\"");
    page_attr(b, "class", cls ? cls : "btn");
    buf_appends(b, ">");
    page_esc(b, label);
    buf_appends(b, "</button></form>\n");
}

void ps_time(struct studio *s, int64_t ms, const char *tz)
{
    char when[48];
    page_iso_time(ms, when, sizeof when);
    buf_printf(s->p.b, "<time datetime=\"%s\">", when);
    page_plain_time(ms, page_zone_of(tz), s->p.tx == &page_text_fr, when, sizeof when);
    page_esc(s->p.b, when);
    buf_appends(s->p.b, "</time>");
}

void ps_table_begin(struct studio *s, const char *cls, const char *id, const char *const *heads,
                    size_t n, size_t first_num)
{
    struct buf *b = s->p.b;
    buf_appends(b, "<div class=\"table-wrap\"><table");
    page_attr(b, "class", cls);
    if (id)
        page_attr(b, "id", id);
    buf_appends(b, "><thead><tr>");
    for (size_t i = 0; i < n; i++) {
        buf_appends(b, i >= first_num ? "<th class=\"num\">" : "<th>");
        page_esc(b, heads[i]);
        buf_appends(b, "</th>");
    }
    buf_appends(b, "</tr></thead><tbody>\n");
}

void ps_begin(struct studio *s, const char *title, const char *page)
{
    struct buf *b = s->p.b;
    buf_reset(b);
    buf_printf(b, "<!doctype html>\n<html lang=\"%s\" dir=\"ltr\">\n<head>\n", s->p.tx->code);
    buf_appends(b, "<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<meta name=\"robots\" content=\"noindex\">\n<title>");
    page_esc(b, title);
    buf_appends(b, " · Crier Studio</title>\n"
                   "<link rel=\"stylesheet\" href=\"/static/app.css\">\n"
                   "<link rel=\"stylesheet\" href=\"/static/studio.css\">\n"
                   "<script type=\"module\" src=\"/static/studio.js\"></script>\n"
                   "<link rel=\"icon\" href=\"/static/icon.svg\" type=\"image/svg+xml\">\n"
                   "<meta name=\"csrf-token\"");
    page_attr(b, "content", s->p.rc.csrf);
    buf_printf(b, ">\n</head>\n<body class=\"studio\" data-page=\"%s\">\n", page);
    buf_appends(b, "<a class=\"skip\" href=\"#main\">");
    page_esc(b, s->p.tx->skip);
    buf_appends(b, "</a>\n<header class=\"bar\">\n<a class=\"brand\" href=\"/studio\">"
                   "<img src=\"/static/icon.svg\" alt=\"\" width=\"28\" height=\"28\">Crier ");
    page_esc(b, s->p.tx->st_title);
    buf_appends(b, "</a>\n");
    if (s->who.user_id) {
        buf_appends(b, "<nav class=\"who\"");
        page_attr(b, "aria-label", s->p.tx->nav_label);
        buf_appends(b, "><span class=\"email\">");
        page_esc(b, s->who.email);
        buf_appends(b, "</span>");
        ps_button(s, "/studio/signout", s->p.tx->st_signout, NULL, NULL, "linkish");
        buf_appends(b, "</nav>\n");
    }
    buf_appends(b, "</header>\n<main id=\"main\" class=\"wrap studio-main\" tabindex=\"-1\">\n");
}

void ps_end(struct studio *s)
{
    buf_appends(s->p.b, "</main>\n</body>\n</html>\n");
    page_html_headers(s->p.res);
}

void ps_message(struct studio *s, int status, const char *title, const char *text, const char *href,
                const char *link_text)
{
    struct buf *b = s->p.b;
    ps_begin(s, title, "studio-message");
    s->p.res->status = status;
    buf_appends(b, "<div class=\"card\">\n<h1>");
    page_esc(b, title);
    buf_appends(b, "</h1>\n");
    if (text) {
        buf_appends(b, "<p class=\"message\">");
        page_esc(b, text);
        buf_appends(b, "</p>\n");
    }
    if (href) {
        buf_appends(b, "<p><a class=\"btn\"");
        page_attr(b, "href", href);
        buf_appends(b, ">");
        page_esc(b, link_text);
        buf_appends(b, "</a></p>\n");
    }
    buf_appends(b, "</div>\n");
    ps_end(s);
}

void ps_forbidden(struct studio *s)
{
    ps_message(s, 403, s->p.tx->st_title, s->p.tx->st_forbidden, "/studio", s->p.tx->st_title);
}

int ps_field(struct studio *s, const char *name, char *out, size_t outsz)
{
    int n = reader_form_field(s->p.req, name, out, outsz);
    if (n >= 0)
        return 0;
    out[0] = '\0';
    return n == -ENOBUFS ? -ENOBUFS : 0;
}

int ps_csrf(struct studio *s)
{
    char tok[READER_CSRF_LEN + 2];
    if (reader_form_field(s->p.req, "csrf", tok, sizeof tok) < 0)
        tok[0] = '\0';
    if (reader_csrf_check(s->p.req, &s->p.rc, tok[0] ? tok : NULL) == 0)
        return 0;
    ps_message(s, 403, s->p.tx->csrf_title, s->p.tx->csrf_text, NULL, NULL);
    return -EACCES;
}

int ps_channel(struct studio *s, const char *slug, struct store_channel *ch, int *role)
{
    int rc = store_channel_get(s->p.st, slug, ch);
    if (rc == 0 && (*role = team_role_in(&s->who, ch->id)) != 0)
        return 0;
    if (rc == 0)
        store_channel_clear(ch);
    if (rc < 0 && rc != -ENOENT) {
        log_error("studio: %s", crier_strerror(rc));
        ps_message(s, 500, s->p.tx->err_title, s->p.tx->err_text, NULL, NULL);
        return rc;
    }
    ps_message(s, 404, s->p.tx->nf_title, s->p.tx->st_no_channel, "/studio", s->p.tx->st_title);
    return -ENOENT;
}

void ps_channel_head(struct studio *s, const struct store_channel *ch, int role, const char *here)
{
    struct buf *b = s->p.b;
    const struct page_text *tx = s->p.tx;
    struct {
        const char *key, *label, *path;
        int min_role;
    } tabs[] = {{"compose", tx->st_compose, "", STORE_ROLE_AUTHOR},
                {"team", tx->st_team, "/team", STORE_ROLE_AUTHOR},
                {"stats", tx->st_stats, "/stats", STORE_ROLE_AUTHOR},
                {"selection", tx->st_selection, "/selection", STORE_ROLE_EDITOR},
                {"readers", tx->st_readers, "/readers", STORE_ROLE_EDITOR},
                {"audit", tx->st_audit, "/audit", STORE_ROLE_EDITOR},
                {"sources", tx->st_sources, "/sources", STORE_ROLE_EDITOR}};
    buf_appends(b, "<div class=\"studio-head\">\n<h1>");
    page_esc(b, ch->title);
    buf_appends(b, "</h1>\n<p class=\"meta\"><a");
    buf_printf(b, " href=\"/%s\">/%s</a><span class=\"sep\" aria-hidden=\"true\">·</span>",
               ch->slug, ch->slug);
    page_esc(b, ps_role_name(tx, role));
    buf_appends(b, "</p>\n<nav class=\"tabs\"");
    page_attr(b, "aria-label", tx->st_title);
    buf_appends(b, ">");
    for (size_t i = 0; i < sizeof tabs / sizeof tabs[0]; i++) {
        if (role < tabs[i].min_role)
            continue;
        buf_printf(b, "<a href=\"/studio/%s%s\"", ch->slug, tabs[i].path);
        if (strcmp(here, tabs[i].key) == 0)
            buf_appends(b, " aria-current=\"page\"");
        buf_appends(b, ">");
        page_esc(b, tabs[i].label);
        buf_appends(b, "</a>");
    }
    buf_appends(b, "</nav>\n</div>\n");
}
