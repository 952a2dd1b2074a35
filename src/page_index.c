/*
 * page_index: the home page, "My channels" (with unread counts) for a
 * reader known by cookie, then the public channels.
 */
#include "page_int.h"

#include <stdio.h>

#define PAGE_PUBLIC_MAX 200 /* public channels listed on the index */

void page_index(struct pg *p)
{
    struct store *st = p->st;
    struct store_membership *ms = NULL;
    struct store_channel *chs = NULL;
    size_t nms = 0, nchs = 0, i;
    struct buf *b = p->b;
    int rc;

    if (p->rc.reader_id && (rc = store_reader_memberships(st, p->rc.reader_id, &ms, &nms)) < 0) {
        pg_error(p, rc);
        return;
    }
    if ((rc = store_channel_list(st, &chs, &nchs)) < 0) {
        store_memberships_free(ms, nms);
        pg_error(p, rc);
        return;
    }
    pg_head_begin(p, "Crier");
    pg_social_meta(p, "website", "Crier", p->tx->public_channels, "/", NULL);
    pg_body_begin(p, "index", NULL);
    buf_appends(b, "<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\n<h1>Crier</h1>\n"
                   "<section aria-labelledby=\"mine-h\">\n<h2 id=\"mine-h\">");
    page_esc(b, p->tx->my_channels);
    buf_appends(b, "</h2>\n");
    if (!nms) {
        buf_appends(b, "<p class=\"empty\">");
        page_esc(b, p->tx->no_channels);
        buf_appends(b, "</p>\n");
    } else {
        buf_appends(b, "<ul class=\"chlist\" id=\"my-channels\">\n");
        for (i = 0; i < nms; i++) {
            const struct store_membership *x = &ms[i];
            buf_appends(b, "<li><a");
            char href[80];
            snprintf(href, sizeof href, "/%s", x->ch.slug);
            page_attr(b, "href", href);
            page_attr(b, "data-joined-slug", x->ch.slug);
            buf_appends(b, ">");
            page_esc(b, x->ch.title);
            buf_appends(b, "</a>");
            if (x->state == STORE_MEMBER_PENDING) {
                buf_appends(b, "<span class=\"count\">");
                page_esc(b, p->tx->pending_badge);
                buf_appends(b, "</span>");
            } else if (x->unread > 0) {
                char num[24];
                snprintf(num, sizeof num, "%lld%s", (long long)x->unread,
                         x->unread >= 1000 ? "+" : "");
                buf_printf(b, "<span class=\"unread-count\" data-unread=\"%lld\">",
                           (long long)x->unread);
                page_count(
                    b, page_text_one(p->tx, x->unread) ? p->tx->unread_one : p->tx->unread_other,
                    num);
                buf_appends(b, "</span>");
            }
            buf_appends(b, "</li>\n");
        }
        buf_appends(b, "</ul>\n");
    }
    buf_appends(b, "</section>\n<section aria-labelledby=\"public-h\">\n<h2 id=\"public-h\">");
    page_esc(b, p->tx->public_channels);
    buf_appends(b, "</h2>\n");
    size_t shown = 0;
    for (i = 0; i < nchs && shown < PAGE_PUBLIC_MAX; i++) {
        if (chs[i].visibility != STORE_PUBLIC)
            continue;
        if (!shown++)
            buf_appends(b, "<ul class=\"chlist\" id=\"public-channels\">\n");
        buf_printf(b, "<li><a href=\"/%s\">", chs[i].slug);
        page_esc(b, chs[i].title);
        buf_appends(b, "</a>");
        if (chs[i].description[0]) {
            buf_appends(b, "<span class=\"count\">");
            page_excerpt(b, chs[i].description, 120);
            buf_appends(b, "</span>");
        }
        buf_appends(b, "</li>\n");
    }
    if (shown)
        buf_appends(b, "</ul>\n");
    else {
        buf_appends(b, "<p class=\"empty\">");
        page_esc(b, p->tx->no_public);
        buf_appends(b, "</p>\n");
    }
    buf_appends(b, "</section>\n</main>\n");
    pg_end(p, NULL);
    page_html_headers(p->res);
    store_memberships_free(ms, nms);
    store_channels_free(chs, nchs);
}
