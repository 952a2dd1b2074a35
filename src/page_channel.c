/*
 * page_channel: a channel's page (its latest posts, or an older stretch of
 * them with ?before=) and a post's permalink page, with the rendering of a
 * post that both share; also what decides who sees a channel.
 */
#include "page_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "baseurl.h"
#include "markdown.h"

#define PAGE_POSTS 100 /* posts on a channel page: what the offline copy holds */
/* the width an uploaded photo takes: the page column is 700px at most */
#define PAGE_MEDIA_SIZES "(max-width: 700px) 100vw, 700px"

/* ---- posts ---- */

/* s, or NULL when empty: an empty field shows as no field. */
static const char *nz(const char *s)
{
    return s && *s ? s : NULL;
}

/*
 * A post's markup. This is the source: renderPost in web/app.js builds the
 * same card for the posts that arrive live (the same elements, classes and
 * order, in the same four parts), so edit both together. The text of the
 * date differs until app.js runs: it rewrites every date with Intl.
 */

/* The kicker (the badges: "Pinned" first on the channel's pinned post), the
 * title (a link to the permalink but on the permalink page itself, where
 * heading is "h1") and the byline. */
static void post_head(struct buf *b, const struct page_text *tx, const char *slug, const char *tz,
                      const struct post *post, const char *heading, int64_t imp, int sel,
                      int pinned)
{
    int64_t seq = post->seq, published = post->published_at;
    const char *author = nz(post->author);
    char when[40];

    buf_appends(b, "<header class=\"post-head\">\n");
    if (pinned || sel || imp >= 2) {
        buf_appends(b, "<p class=\"kicker\">");
        if (pinned) {
            buf_appends(b, "<span class=\"badge pinned\">");
            page_esc(b, tx->pinned);
            buf_appends(b, "</span>");
        }
        if (sel || imp >= 2) {
            buf_appends(b, sel        ? "<span class=\"badge\">"
                           : imp == 3 ? "<span class=\"badge breaking\">"
                                      : "<span class=\"badge\">");
            page_esc(b, sel ? tx->selection : imp == 3 ? tx->breaking : tx->important);
            buf_appends(b, "</span>");
        }
        buf_appends(b, "</p>\n");
    }
    buf_printf(b, "<%s class=\"post-title\" id=\"t-%lld\">", heading, (long long)seq);
    if (strcmp(heading, "h1") != 0)
        buf_printf(b, "<a href=\"/%s/%lld\">", slug, (long long)seq);
    char *title = markdown_typography(post->title ? post->title : "");
    page_esc(b, title);
    free(title);
    if (strcmp(heading, "h1") != 0)
        buf_appends(b, "</a>");
    buf_printf(b, "</%s>\n<p class=\"byline\">", heading);
    if (published > 0) {
        page_iso_time(published, when, sizeof when);
        buf_printf(b, "<time datetime=\"%s\"", when);
        page_attr(b, "data-tz", tz);
        buf_appends(b, ">");
        page_plain_time(published, page_zone_of(tz), tx == &page_text_fr, when, sizeof when);
        page_esc(b, when);
        buf_appends(b, "</time>");
    }
    if (author) {
        buf_appends(b, "<span class=\"sep\" aria-hidden=\"true\">·</span>"
                       "<span class=\"author\">");
        page_esc(b, author);
        buf_appends(b, "</span>");
    }
    if (post->edited_at > 0) {
        buf_appends(b, "<span class=\"sep\" aria-hidden=\"true\">·</span>"
                       "<span class=\"edited\">");
        page_esc(b, tx->edited);
        buf_appends(b, "</span>");
    }
    buf_appends(b, "</p>\n</header>\n");
}

/* The media: an image the CSP allows, else a link; caption and credit. An
 * uploaded photo has its sizes (srcset), its alt text and its dimensions. */
static void post_media(struct buf *b, const struct page_text *tx, const struct post_media *media)
{
    const char *murl = nz(media->url);
    if (!murl)
        return;
    const char *cap = nz(media->caption), *credit = nz(media->credit);
    buf_appends(b, "<figure class=\"media\">");
    if (page_url_is_image(murl)) {
        buf_appends(b, "<img");
        page_attr(b, "src", murl);
        if (media->srcset && strncmp(media->srcset, "/media/", 7) == 0) { /* uploaded here */
            page_attr(b, "srcset", media->srcset);
            page_attr(b, "sizes", PAGE_MEDIA_SIZES);
        }
        page_attr(b, "alt", media->alt ? media->alt : cap ? cap : "");
        if (media->width && media->height) {
            page_attr_i(b, "width", media->width);
            page_attr_i(b, "height", media->height);
        }
        buf_appends(b, " loading=\"lazy\" decoding=\"async\">");
    } else if (page_url_is_http(murl)) {
        buf_appends(b, "<a");
        page_attr(b, "href", murl);
        buf_appends(b, " rel=\"noopener noreferrer nofollow\">");
        page_esc(b, cap ? cap : murl);
        buf_appends(b, "</a>");
    }
    if (cap || credit) {
        buf_appends(b, "<figcaption>");
        page_esc(b, cap);
        if (cap && credit)
            buf_appends(b, " ");
        if (credit) {
            buf_appends(b, "<span class=\"credit\">");
            page_esc(b, tx->credit);
            buf_appends(b, " ");
            page_esc(b, credit);
            buf_appends(b, "</span>");
        }
        buf_appends(b, "</figcaption>");
    }
    buf_appends(b, "</figure>\n");
}

/* The body, the source link and the tags. */
static void post_foot(struct buf *b, const struct page_text *tx, const struct post *post)
{
    const char *html = nz(post->html), *source = nz(post->source_url);

    /* The one unescaped insertion: cmark's sanitised HTML, stored with the post. */
    buf_appends(b, "<div class=\"body\">");
    if (html)
        buf_appends(b, html);
    buf_appends(b, "</div>\n");
    if (page_url_is_http(source)) {
        buf_appends(b, "<p class=\"source\"><a");
        page_attr(b, "href", source);
        buf_appends(b, " rel=\"noopener noreferrer nofollow\">");
        page_esc(b, tx->source);
        buf_appends(b, "</a></p>\n");
    }
    if (post->ntags) {
        buf_appends(b, "<ul class=\"tags\">");
        for (size_t i = 0; i < post->ntags; i++) {
            buf_appends(b, "<li>");
            page_esc(b, post->tags[i]);
            buf_appends(b, "</li>");
        }
        buf_appends(b, "</ul>\n");
    }
}

/* One post: the <article> and its three parts; pinned: the channel's
 * pinned post, at the top of its page. */
static void post_render(struct buf *b, const struct page_text *tx, const char *slug, const char *tz,
                        const struct post *post, const char *heading, int pinned)
{
    int64_t seq = post->seq, id = post->id, imp = post->importance;
    const char *lang = nz(post->lang);
    int sel = post->kind == POST_SELECTION;

    if (imp < 0 || imp > 3)
        imp = 1;
    buf_printf(b,
               "<article class=\"post imp-%lld%s%s\" id=\"p-%lld\" data-seq=\"%lld\" "
               "data-id=\"%lld\" aria-labelledby=\"t-%lld\"",
               (long long)imp, sel ? " selection" : "", pinned ? " pinned" : "", (long long)seq,
               (long long)seq, (long long)id, (long long)seq);
    if (lang && page_lang_tag_ok(lang))
        page_attr(b, "lang", lang);
    buf_appends(b, ">\n");
    post_head(b, tx, slug, tz, post, heading, imp, sel, pinned);
    post_media(b, tx, &post->media);
    post_foot(b, tx, post);
    buf_appends(b, "</article>\n");
}

/* heading is "h3" in lists, "h1" on a permalink page. */
void page_post_render(struct buf *b, const struct page_text *tx, const char *slug, const char *tz,
                      const struct post *post, const char *heading)
{
    post_render(b, tx, slug, tz, post, heading, 0);
}

/* The channel's pinned post, when it has one that is live: 1 with *out
 * filled (post_clear it), else 0 (a store error only costs the pin). */
static int pinned_post(struct store *st, const struct store_channel *ch, struct post *out)
{
    int state = -1;
    post_init(out);
    if (!ch->pinned_post_id)
        return 0;
    if (store_post_get(st, ch->id, ch->pinned_post_id, out, &state) == 0 &&
        state == STORE_POST_LIVE)
        return 1;
    post_clear(out);
    post_init(out);
    return 0;
}

/* ---- channel access ---- */

enum access { ACCESS_OK, ACCESS_DENIED, ACCESS_PENDING };

/* Loads the channel, identifies the reader and decides. Returns 0 with ch
 * filled (clear it) and *acc (ACCESS_OK or ACCESS_PENDING), or fills the
 * page (404: unknown, or private and closed to this reader; 500) and
 * returns < 0. */
static int open_channel(struct pg *p, const char *slug, struct store_channel *ch,
                        struct store_member *mem, enum access *acc)
{
    struct store *st = p->st;
    int rc = store_channel_get(st, slug, ch);
    if (rc == -ENOENT) {
        pg_not_found(p, p->tx->nf_channel);
        return rc;
    }
    if (rc < 0) {
        pg_error(p, rc);
        return rc;
    }
    memset(mem, 0, sizeof *mem);
    if (p->rc.reader_id) {
        rc = store_member_get(st, ch->id, p->rc.reader_id, mem);
        if (rc < 0 && rc != -ENOENT) {
            store_channel_clear(ch);
            pg_error(p, rc);
            return rc;
        }
        if (rc == -ENOENT)
            memset(mem, 0, sizeof *mem);
    }
    rc = reader_channel_access(st, ch, p->req, &p->rc);
    if (rc == 0)
        *acc = ACCESS_OK;
    else if (rc == -EACCES)
        *acc = mem->state == STORE_MEMBER_PENDING ? ACCESS_PENDING : ACCESS_DENIED;
    else {
        store_channel_clear(ch);
        pg_error(p, rc);
        return rc;
    }
    if (*acc == ACCESS_DENIED) {
        /* A private channel is not revealed to strangers: the very page of
         * an unknown channel (in the request's language, not the
         * channel's). */
        store_channel_clear(ch);
        pg_not_found(p, p->tx->nf_channel);
        return -ENOENT;
    }
    pg_set_lang(p, ch->lang);
    return 0;
}

/* A reader waiting for approval (strangers get not_found in open_channel). */
static void pending_page(struct pg *p, const struct store_channel *ch)
{
    struct buf attrs;
    buf_init(&attrs, 4096);
    page_attr(&attrs, "data-slug", ch->slug);
    page_attr(&attrs, "data-tz", ch->tz);
    pg_message(p, 403, "pending", attrs.data, p->tx->pend_title, p->tx->pend_text, NULL, NULL,
               NULL);
    buf_free(&attrs);
}

/* The feed link for this reader: the secret per-member URL on a private
 * channel, the public one otherwise. */
static void feed_url(struct pg *p, const struct store_channel *ch, const struct store_member *mem,
                     char *out, size_t outsz)
{
    if (member_feed_url(p->st, ch, mem, p->rc.token, out, outsz) < 0)
        snprintf(out, outsz, "/%s/atom.xml", ch->slug);
}

/* The channel's two feeds, for feed readers and browsers that find them in
 * the page: the posts, and the selections (the same key for a member). */
static void feed_links(struct pg *p, const struct store_channel *ch, const char *feed)
{
    char title[400], sel[600];
    const char *at = strstr(feed, "/atom.xml");

    buf_appends(p->b, "<link rel=\"alternate\" type=\"application/atom+xml\"");
    page_attr(p->b, "title", ch->title);
    page_attr(p->b, "href", feed);
    buf_appends(p->b, ">\n");
    if (!at)
        return;
    snprintf(sel, sizeof sel, "%.*s/selections%s", (int)(at - feed), feed, at);
    snprintf(title, sizeof title, "%s — %s", ch->title,
             strncmp(ch->lang, "fr", 2) == 0 ? "Sélections" : "Selections");
    buf_appends(p->b, "<link rel=\"alternate\" type=\"application/atom+xml\"");
    page_attr(p->b, "title", title);
    page_attr(p->b, "href", sel);
    buf_appends(p->b, ">\n");
}

/* ---- pages ---- */

static int64_t query_int(const struct http_request *req, const char *key)
{
    char v[24];
    if (http_query_get(req->query, key, v, sizeof v) <= 0)
        return 0;
    char *end;
    long long n = strtoll(v, &end, 10);
    return *end == '\0' && n > 0 ? (int64_t)n : 0;
}

/* The channel of a page that shows its posts: 0 with ch filled (clear it),
 * or the page is answered (not found, error, or waiting for approval). */
static int open_readable(struct pg *p, const char *slug, struct store_channel *ch,
                         struct store_member *mem)
{
    enum access acc;
    if (open_channel(p, slug, ch, mem, &acc) < 0)
        return -ENOENT;
    if (acc != ACCESS_OK) {
        pending_page(p, ch);
        store_channel_clear(ch);
        return -EACCES;
    }
    return 0;
}

/* The stream of a channel page: the pinned post (the newest stretch only),
 * the posts, the empty notice and the links to older and newer ones. */
static void channel_stream(struct pg *p, const struct store_channel *ch, const struct post *posts,
                           size_t n, int64_t before)
{
    struct buf *b = p->b;
    /* The pinned post heads the channel's page, and is not in the stream
     * below it again; an older stretch (?before=) shows it in its place. */
    struct post pin;
    int has_pin = !before && pinned_post(p->st, ch, &pin);
    if (!before) {
        buf_appends(b, "<div id=\"pinned\" class=\"pinned-slot\">");
        if (has_pin)
            post_render(b, p->tx, ch->slug, ch->tz, &pin, "h3", 1);
        buf_appends(b, "</div>\n");
    }
    buf_appends(b, "<div id=\"posts\" class=\"posts\">\n");
    int64_t oldest = 0;
    for (size_t i = 0; i < n; i++) {
        if (!has_pin || posts[i].id != pin.id)
            page_post_render(b, p->tx, ch->slug, ch->tz, &posts[i], "h3");
        oldest = posts[i].seq;
    }
    buf_appends(b, "</div>\n<p id=\"empty\" class=\"empty\"");
    if (n || has_pin)
        buf_appends(b, " hidden");
    buf_appends(b, ">");
    page_esc(b, p->tx->no_posts);
    buf_appends(b, "</p>\n");
    if (n == PAGE_POSTS && oldest > 1) {
        buf_printf(b, "<p><a class=\"btn\" href=\"/%s?before=%lld\">", ch->slug, (long long)oldest);
        page_esc(b, p->tx->older);
        buf_appends(b, "</a></p>\n");
    }
    if (before) {
        buf_printf(b, "<p><a href=\"/%s\">", ch->slug);
        page_esc(b, p->tx->newest);
        buf_appends(b, "</a></p>\n");
    }
    if (has_pin)
        post_clear(&pin);
}

void page_channel(struct pg *p, const struct route_match *m)
{
    struct store *st = p->st;
    struct store_channel ch;
    struct store_member mem;
    struct post *posts = NULL;
    size_t n = 0;
    int64_t nmembers = 0;
    char feed[200], path[100];
    struct buf *b = p->b;
    int rc;

    if (open_readable(p, m->slug, &ch, &mem) < 0)
        return;
    int64_t before = query_int(p->req, "before");
    if ((rc = store_posts_recent(st, ch.id, before, PAGE_POSTS, &posts, &n)) < 0 ||
        (rc = store_member_count(st, ch.id, &nmembers)) < 0) {
        store_posts_free(posts, n);
        store_channel_clear(&ch);
        pg_error(p, rc);
        return;
    }
    feed_url(p, &ch, &mem, feed, sizeof feed);
    snprintf(path, sizeof path, "/%s", ch.slug);
    int member = mem.state == STORE_MEMBER_ACTIVE;

    pg_head_begin(p, ch.title);
    pg_social_meta(p, "website", ch.title, ch.description[0] ? ch.description : ch.title, path,
                   NULL);
    feed_links(p, &ch, feed);
    if (before)
        buf_appends(b, "<meta name=\"robots\" content=\"noindex\">\n");

    struct buf da;
    buf_init(&da, 4096);
    page_attr(&da, "data-slug", ch.slug);
    page_attr(&da, "data-tz", ch.tz);
    page_attr(&da, "data-title", ch.title);
    page_attr_i(&da, "data-last-seq", (long long)ch.last_seq);
    if (member)
        page_attr_i(&da, "data-read-seq", (long long)mem.read_seq);
    page_attr(&da, "data-state",
              member                              ? "member"
              : mem.state == STORE_MEMBER_PENDING ? "pending"
                                                  : "none");
    page_attr(&da, "data-visibility", ch.visibility == STORE_PRIVATE ? "private" : "public");
    pg_body_begin(p, before ? "archive" : "channel", da.data);
    buf_free(&da);

    buf_appends(b, "<div class=\"layout\">\n<section class=\"channel-head wrap\" "
                   "aria-labelledby=\"ch-title\">\n");
    pg_channel_intro(p, &ch, nmembers, "<h1 id=\"ch-title\">");
    buf_appends(b, "<span class=\"sep\" aria-hidden=\"true\">·</span><a class=\"feed\"");
    page_attr(b, "href", feed);
    buf_appends(b, ">");
    page_esc(b, p->tx->atom);
    buf_appends(b, "</a></p>\n<div class=\"actions\">\n");
    {
        char action[100];
        if (ch.visibility == STORE_PUBLIC) {
            snprintf(action, sizeof action, "/%s/join", ch.slug);
            pg_post_form(p, "join", action, p->tx->join, 1, member);
        }
        snprintf(action, sizeof action, "/%s/leave", ch.slug);
        pg_post_form(p, "leave", action, p->tx->leave, 0, !member);
    }
    buf_appends(b, "</div>\n");
    if (mem.state == STORE_MEMBER_PENDING) {
        buf_appends(b, "<p class=\"notice\">");
        page_esc(b, p->tx->pend_title);
        buf_appends(b, "</p>\n");
    }
    buf_appends(b, "<p id=\"status\" class=\"status\" role=\"status\"></p>\n</section>\n");

    buf_appends(b, "<main id=\"main\" class=\"wrap\" tabindex=\"-1\" aria-labelledby=\"posts-h\">\n"
                   "<h2 id=\"posts-h\" class=\"visually-hidden\">");
    page_esc(b, p->tx->latest);
    buf_appends(b, "</h2>\n<div id=\"unread-bar\" class=\"unread-bar\" hidden><span "
                   "class=\"unread-text\">");
    page_esc(b, p->tx->new_posts);
    buf_appends(b, "</span><button type=\"button\" id=\"mark-read\" class=\"btn\">");
    page_esc(b, p->tx->mark_read);
    buf_appends(b, "</button></div>\n");
    channel_stream(p, &ch, posts, n, before);
    buf_appends(b, "</main>\n</div>\n");
    pg_end(p, feed);
    page_html_headers(p->res);
    store_posts_free(posts, n);
    store_channel_clear(&ch);
}

/* The width a social card's picture is chosen for: the narrowest size at
 * least this wide, else the largest (OpenGraph consumers ask for 1200). */
#define PAGE_CARD_WIDTH 1200

/*
 * The picture of a post's social card, into *img (url in url): for an
 * uploaded photo, its size nearest above PAGE_CARD_WIDTH (else its largest)
 * made absolute, with its width, height and alt text; an https photo as it
 * is. Only on a public channel: a private channel's page is for its members,
 * and a card would carry its photo to wherever the link is pasted (the
 * photo's URL answers 404 to the card's crawler anyway). 1 with *img
 * filled, 0 none.
 */
static int card_image(const struct pg *p, const struct store_channel *ch, const struct post *post,
                      struct page_image *img, char *url, size_t urlsz)
{
    const struct post_media *md = &post->media;
    const char *murl = nz(md->url), *alt = nz(md->alt) ? md->alt : nz(md->caption);
    const char *best = NULL, *c = md->srcset;
    size_t best_len = 0;
    long best_w = 0;

    memset(img, 0, sizeof *img);
    if (ch->visibility != STORE_PUBLIC || !murl)
        return 0;
    if (strncasecmp(murl, "https://", 8) == 0 && page_url_is_image(murl)) {
        img->url = murl;
        img->alt = alt;
        return 1;
    }
    if (!md->id || !c || strncmp(c, "/media/", 7) != 0 || !p->base[0] || !md->width || !md->height)
        return 0;
    /* "/media/<name> 320w, /media/<name> 640w, ...", narrowest first */
    while (*c) {
        const char *sp = strchr(c, ' ');
        char *end;
        if (!sp || strncmp(c, "/media/", 7) != 0)
            return 0;
        long w = strtol(sp + 1, &end, 10);
        if (w <= 0 || *end != 'w')
            return 0;
        if (!best || best_w < PAGE_CARD_WIDTH) {
            best = c;
            best_len = (size_t)(sp - c);
            best_w = w;
        }
        c = end + 1;
        while (*c == ',' || *c == ' ')
            c++;
    }
    if (!best || snprintf(url, urlsz, "%s%.*s", p->base, (int)best_len, best) >= (int)urlsz)
        return 0;
    img->url = url;
    img->width = (unsigned)best_w;
    /* the sizes keep the upload's proportions (libvips rounds the same way) */
    img->height =
        (unsigned)(((unsigned long long)md->height * (unsigned long long)best_w + md->width / 2) /
                   md->width);
    img->alt = alt;
    return 1;
}

void page_permalink(struct pg *p, const struct route_match *m)
{
    struct store *st = p->st;
    struct store_channel ch;
    struct store_member mem;
    struct post *posts = NULL;
    size_t n = 0;
    char feed[200], path[100], back[100];
    struct buf *b = p->b;
    int rc;

    if (open_readable(p, m->slug, &ch, &mem) < 0)
        return;
    rc = store_posts_recent(st, ch.id, m->num + 1, 1, &posts, &n);
    if (rc < 0) {
        store_channel_clear(&ch);
        pg_error(p, rc);
        return;
    }
    const struct post *post = n ? &posts[0] : NULL;
    snprintf(back, sizeof back, "/%s", ch.slug);
    if (!post || post->seq != m->num) {
        pg_message(p, 404, "error", NULL, p->tx->nf_title, p->tx->nf_post, NULL, back, ch.title);
        store_posts_free(posts, n);
        store_channel_clear(&ch);
        return;
    }
    feed_url(p, &ch, &mem, feed, sizeof feed);
    snprintf(path, sizeof path, "/%s/%lld", ch.slug, (long long)m->num);
    const char *body = nz(post->body), *title = nz(post->title);
    struct page_image card;
    char card_url[BASEURL_MAX + 160];
    int has_card = card_image(p, &ch, post, &card, card_url, sizeof card_url);

    /* The description is the body's text, not its Markdown. */
    char *summary = body && *body ? markdown_to_text(body, strlen(body)) : NULL;
    pg_head_begin(p, title ? title : ch.title);
    pg_social_meta(p, "article", title ? title : ch.title,
                   summary && *summary ? summary : ch.description, path, has_card ? &card : NULL);
    free(summary);
    buf_appends(b, "<link rel=\"alternate\" type=\"application/atom+xml\"");
    page_attr(b, "title", ch.title);
    page_attr(b, "href", feed);
    buf_appends(b, ">\n");
    struct buf da;
    buf_init(&da, 4096);
    page_attr(&da, "data-slug", ch.slug);
    page_attr(&da, "data-tz", ch.tz);
    page_attr_i(&da, "data-seq", (long long)m->num);
    pg_body_begin(p, "permalink", da.data);
    buf_free(&da);
    buf_appends(b, "<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\n<p><a");
    page_attr(b, "href", back);
    buf_appends(b, ">← ");
    page_esc(b, p->tx->back_to);
    buf_appends(b, " ");
    page_esc(b, ch.title);
    buf_appends(b, "</a></p>\n");
    page_post_render(b, p->tx, ch.slug, ch.tz, post, "h1");
    buf_appends(b, "</main>\n");
    pg_end(p, feed);
    page_html_headers(p->res);
    store_posts_free(posts, n);
    store_channel_clear(&ch);
}
