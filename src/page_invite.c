/*
 * page_invite: the invite page (/+token: see the channel, join it; or why
 * the invite cannot be used) and the device page (/+device/token: take
 * over another device's reading). Both post a form with a CSRF field.
 */
#include "page_int.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* The page for an invite that cannot be used (or is unknown). */
static void invite_error(struct pg *p, int rc)
{
    const char *title;
    int status = 410;
    switch (rc) {
    case -EKEYREVOKED: title = p->tx->inv_revoked; break;
    case -EKEYEXPIRED: title = p->tx->inv_expired; break;
    case -EDQUOT: title = p->tx->inv_used; break;
    case -ENOENT:
        title = p->tx->inv_unknown;
        status = 404;
        break;
    default: pg_error(p, rc); return;
    }
    pg_message(p, status, "invite-error", NULL, title, p->tx->inv_hint, NULL, NULL, NULL);
}

static void csrf_page(struct pg *p)
{
    pg_message(p, 403, "error", NULL, p->tx->csrf_title, p->tx->csrf_text, NULL, NULL, NULL);
}

void page_invite(struct pg *p, const struct route_match *m)
{
    struct store *st = p->st;
    struct store_invite inv;
    struct store_channel ch;
    struct store_member mem;
    int64_t nmembers = 0;
    struct buf *b = p->b;
    char href[100], action[100];
    int have_ch = 0;

    memset(&inv, 0, sizeof inv);
    memset(&mem, 0, sizeof mem);
    int state = member_invite_state(st, m->token, &inv);
    if (state < 0 && state != -EKEYREVOKED && state != -EKEYEXPIRED && state != -EDQUOT &&
        state != -ENOENT) {
        pg_error(p, state);
        return;
    }
    if (inv.channel_id && store_channel_get_by_id(st, inv.channel_id, &ch) == 0) {
        have_ch = 1;
        pg_set_lang(p, ch.lang);
    }

    if (p->req->method == HTTP_POST) {
        int rc = reader_join_invite(st, m->token, p->req, &p->rc, p->res, &mem, &inv);
        if (rc == 0) {
            /* res is the 303 to the channel, cookies included. */
            buf_reset(p->b);
            if (have_ch)
                store_channel_clear(&ch);
            return;
        }
        if (rc == -EACCES)
            csrf_page(p);
        else
            invite_error(p, rc);
        if (have_ch)
            store_channel_clear(&ch);
        return;
    }

    if (state == 0 && !have_ch)
        state = -ENOENT; /* the channel went away */
    if (have_ch && p->rc.reader_id) {
        int rc = store_member_get(st, ch.id, p->rc.reader_id, &mem);
        if (rc < 0 && rc != -ENOENT) {
            store_channel_clear(&ch);
            pg_error(p, rc);
            return;
        }
        if (rc == -ENOENT)
            memset(&mem, 0, sizeof mem);
    }
    if (have_ch) {
        snprintf(href, sizeof href, "/%s", ch.slug);
        if (mem.state == STORE_MEMBER_ACTIVE) {
            /* Whatever the invite's state, a member just goes in. */
            pg_message(p, 200, "invite-member", NULL, ch.title, p->tx->inv_member, NULL, href,
                       p->tx->open_channel);
            store_channel_clear(&ch);
            return;
        }
        if (mem.state == STORE_MEMBER_PENDING) {
            struct buf da;
            buf_init(&da, 4096);
            page_attr(&da, "data-slug", ch.slug);
            page_attr(&da, "data-tz", ch.tz);
            page_attr(&da, "data-tz", ch.tz);
            pg_message(p, 200, "pending", da.data, p->tx->pend_title, p->tx->pend_text, NULL, NULL,
                       NULL);
            buf_free(&da);
            store_channel_clear(&ch);
            return;
        }
    }
    if (state < 0) {
        invite_error(p, state);
        if (have_ch)
            store_channel_clear(&ch);
        return;
    }
    int rc = store_member_count(st, ch.id, &nmembers);
    if (rc < 0) {
        store_channel_clear(&ch);
        pg_error(p, rc);
        return;
    }
    pg_head_begin(p, ch.title);
    pg_social_meta(p, "website", ch.title, ch.description[0] ? ch.description : ch.title, NULL,
                   NULL);
    buf_appends(b, "<meta name=\"robots\" content=\"noindex\">\n");
    struct buf da;
    buf_init(&da, 4096);
    page_attr(&da, "data-slug", ch.slug);
    page_attr(&da, "data-tz", ch.tz);
    pg_body_begin(p, "invite", da.data);
    buf_free(&da);
    buf_appends(b, "<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\n<div class=\"card\">\n"
                   "<p class=\"kicker-text\">");
    page_esc(b, p->tx->inv_kicker);
    buf_appends(b, "</p>\n");
    pg_channel_intro(p, &ch, nmembers, "<h1>");
    buf_appends(b, "</p>\n");
    if (inv.approval) {
        buf_appends(b, "<p>");
        page_esc(b, p->tx->inv_approval);
        buf_appends(b, "</p>\n");
    }
    snprintf(action, sizeof action, "/+%s", m->token);
    pg_post_form(p, "invite-join", action, p->tx->join, 1, 0);
    buf_appends(b, "</div>\n</main>\n");
    pg_end(p, NULL);
    page_html_headers(p->res);
    store_channel_clear(&ch);
}

void page_device(struct pg *p, const struct route_match *m)
{
    struct buf *b = p->b;
    char action[100];

    if (p->req->method == HTTP_POST) {
        int rc = reader_device_take(p->st, m->token, p->req, &p->rc, p->res);
        if (rc == 0) {
            buf_reset(p->b);
            return;
        }
        switch (rc) {
        case -EACCES: csrf_page(p); break;
        case -ENOENT:
            pg_message(p, 404, "device-error", NULL, p->tx->dev_unknown, p->tx->dev_hint, NULL,
                       NULL, NULL);
            break;
        case -EALREADY:
            pg_message(p, 410, "device-error", NULL, p->tx->dev_used, p->tx->dev_hint, NULL, NULL,
                       NULL);
            break;
        case -EKEYEXPIRED:
            pg_message(p, 410, "device-error", NULL, p->tx->dev_expired, p->tx->dev_hint, NULL,
                       NULL, NULL);
            break;
        default: pg_error(p, rc); break;
        }
        return;
    }
    pg_head_begin(p, p->tx->dev_title);
    buf_appends(b, "<meta name=\"robots\" content=\"noindex\">\n");
    pg_body_begin(p, "device", NULL);
    buf_appends(b, "<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\n<div class=\"card\">\n<h1>");
    page_esc(b, p->tx->dev_title);
    buf_appends(b, "</h1>\n<p>");
    page_esc(b, p->tx->dev_text);
    buf_appends(b, "</p>\n");
    snprintf(action, sizeof action, "/+device/%s", m->token);
    pg_post_form(p, "device-take", action, p->tx->dev_button, 1, 0);
    buf_appends(b, "</div>\n</main>\n");
    pg_end(p, NULL);
    page_html_headers(p->res);
}
