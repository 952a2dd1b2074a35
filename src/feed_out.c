/*
 * feed_out: Atom writer. See feed_out.h for the contract and the choices
 * (ids, deleted posts); this file holds the XML escaper, RFC 3339 times and
 * the document layout.
 */
#include "feed_out.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tz.h"
#include "xmalloc.h"

/* 9999-12-31T23:59:59.999Z: the last instant RFC 3339 can write. */
#define FEED_OUT_MS_MAX INT64_C(253402300799999)

/* ---- escaping ---- */

/* Length of the well-formed UTF-8 sequence at s[0..n) (RFC 3629: no
 * overlongs, no surrogates, nothing past U+10FFFF) and its code point, or 0
 * when ill-formed. */
static size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned char c = s[0];
    size_t len, i;
    uint32_t v, min;

    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF)
        len = 2, v = c & 0x1F, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        len = 3, v = c & 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        len = 4, v = c & 0x07, min = 0x10000;
    else
        return 0;
    if (n < len)
        return 0;
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}

/*
 * Appends s[0..n) escaped for XML character data (attr == 0) or a quoted
 * attribute value (attr == 1). Characters XML 1.0 cannot hold are dropped.
 * CR is written as a reference so a parser's line-end normalisation does not
 * turn it into LF; in attributes tab and LF are too, as attribute-value
 * normalisation would turn them into spaces.
 */
static int xml_escape(struct buf *b, const char *s, size_t n, int attr)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, start = 0;
    int rc = 0;

    while (i < n && rc == 0) {
        uint32_t cp = 0;
        size_t len = utf8_decode(p + i, n - i, &cp);
        const char *rep = NULL;
        int drop = 0;

        if (len == 0) {
            drop = 1, len = 1;
        } else if (cp < 0x20) {
            if (cp == '\r')
                rep = "&#xD;";
            else if (cp == '\t')
                rep = attr ? "&#x9;" : NULL;
            else if (cp == '\n')
                rep = attr ? "&#xA;" : NULL;
            else
                drop = 1;
        } else if (cp == 0xFFFE || cp == 0xFFFF) {
            drop = 1;
        } else {
            switch (cp) {
            case '&': rep = "&amp;"; break;
            case '<': rep = "&lt;"; break;
            case '>': rep = "&gt;"; break;
            case '"': rep = "&quot;"; break;
            case '\'': rep = "&apos;"; break;
            default: break;
            }
        }
        if (drop || rep) {
            rc = buf_append(b, s + start, i - start);
            if (rc == 0 && rep)
                rc = buf_appends(b, rep);
            start = i + len;
        }
        i += len;
    }
    if (rc == 0)
        rc = buf_append(b, s + start, n - start);
    return rc;
}

static int esc(struct buf *b, const char *s)
{
    return s ? xml_escape(b, s, strlen(s), 0) : 0;
}

static int esc_attr(struct buf *b, const char *s)
{
    return s ? xml_escape(b, s, strlen(s), 1) : 0;
}

static int nonempty(const char *s)
{
    return s && *s;
}

/* ---- times and ids ---- */

static int64_t clamp_ms(int64_t ms)
{
    return ms < 0 ? 0 : ms > FEED_OUT_MS_MAX ? FEED_OUT_MS_MAX : ms;
}

static void put_digits(char *p, int v, int width)
{
    for (int i = width - 1; i >= 0; i--) {
        p[i] = (char)('0' + v % 10);
        v /= 10;
    }
}

/* "2026-11-26T07:00:00Z" (20 characters and a NUL) for ms since the epoch,
 * clamped to 1970..9999; the milliseconds are dropped. */
static void rfc3339(char out[21], int64_t ms)
{
    int64_t s = clamp_ms(ms) / 1000;
    int64_t days = s / 86400, rem = s % 86400;
    struct tz_civil c;

    tz_civil_from_days(days, &c);
    memcpy(out, "0000-00-00T00:00:00Z", 21);
    put_digits(out, c.year, 4);
    put_digits(out + 5, c.month, 2);
    put_digits(out + 8, c.day, 2);
    put_digits(out + 11, (int)(rem / 3600), 2);
    put_digits(out + 14, (int)(rem / 60 % 60), 2);
    put_digits(out + 17, (int)(rem % 60), 2);
}

static int is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A DNSname as RFC 4151 has it: dot-separated components of letters, digits
 * and inner hyphens. */
static int dns_name_ok(const char *h, size_t n)
{
    size_t comp = 0;

    if (n == 0)
        return 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || h[i] == '.') {
            if (comp == 0 || h[i - 1] == '-')
                return 0;
            comp = 0;
        } else if (is_alnum((unsigned char)h[i]) || (h[i] == '-' && comp > 0)) {
            comp++;
        } else {
            return 0;
        }
    }
    return 1;
}

/* Appends the tag URI authority: base_url's host, lowercased, without
 * userinfo or port; "localhost" when it is not a DNS name (an IPv6 literal). */
static int put_tag_host(struct buf *b, const char *base_url)
{
    const char *p = strstr(base_url, "://");
    const char *end, *at, *colon;
    size_t start;
    int rc;

    p = p ? p + 3 : base_url;
    end = p + strcspn(p, "/?#");
    at = memchr(p, '@', (size_t)(end - p));
    while (at) {
        p = at + 1;
        at = memchr(p, '@', (size_t)(end - p));
    }
    colon = memchr(p, ':', (size_t)(end - p));
    if (colon)
        end = colon;
    if (!dns_name_ok(p, (size_t)(end - p)))
        return buf_appends(b, "localhost");
    start = b->len;
    rc = buf_append(b, p, (size_t)(end - p));
    for (size_t i = start; rc == 0 && i < b->len; i++)
        if (b->data[i] >= 'A' && b->data[i] <= 'Z')
            b->data[i] = (char)(b->data[i] - 'A' + 'a');
    return rc;
}

static int put_entry_id(struct buf *b, const struct feed_out_channel *ch, int64_t seq)
{
    char date[21];
    int rc = buf_appends(b, "tag:");

    if (rc == 0)
        rc = put_tag_host(b, ch->base_url);
    if (rc == 0 && ch->created_ms > 0) {
        rfc3339(date, ch->created_ms);
        rc = buf_printf(b, ",%.10s:", date);
    } else if (rc == 0) {
        rc = buf_appends(b, "," FEED_OUT_TAG_DATE ":");
    }
    if (rc == 0)
        rc = esc(b, ch->slug);
    if (rc == 0)
        rc = buf_printf(b, "/%lld", (long long)seq);
    return rc;
}

/* ---- the document ---- */

static int lang_is_fr(const char *lang)
{
    return lang && (lang[0] == 'f' || lang[0] == 'F') && (lang[1] == 'r' || lang[1] == 'R') &&
           (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_');
}

static int has_prefix_ci(const char *s, const char *prefix)
{
    for (; *prefix; s++, prefix++) {
        char c = *s;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != *prefix)
            return 0;
    }
    return 1;
}

static int web_url(const char *u)
{
    return u && (has_prefix_ci(u, "http://") || has_prefix_ci(u, "https://"));
}

/* A photo a feed can carry: on the web, or uploaded here ("/media/NAME",
 * relative to the channel's base URL). */
static int feed_media(const char *u)
{
    return web_url(u) || (u && strncmp(u, "/media/", 7) == 0);
}

/* u as an absolute URL: an uploaded photo's path after the base URL. */
static int put_abs_url(struct buf *b, const char *base, const char *u)
{
    int rc = 0;

    if (!web_url(u)) {
        size_t n = strlen(base);
        while (n && base[n - 1] == '/')
            n--;
        char *host = strndup(base, n);
        if (!host)
            return -ENOMEM;
        rc = esc_attr(b, host);
        free(host);
    }
    return rc == 0 ? esc_attr(b, u) : rc;
}

/* An image MIME type from the URL path's extension, or NULL. */
static const char *media_type(const char *url)
{
    static const char *const map[][2] = {
        {".jpg", "image/jpeg"},    {".jpeg", "image/jpeg"}, {".png", "image/png"},
        {".gif", "image/gif"},     {".webp", "image/webp"}, {".avif", "image/avif"},
        {".svg", "image/svg+xml"},
    };
    size_t end = strcspn(url, "?#");
    const char *slash = NULL;

    for (size_t i = 0; i < end; i++)
        if (url[i] == '/')
            slash = url + i;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
        size_t el = strlen(map[i][0]);
        const char *ext = url + end - el;
        if (end >= el && (!slash || ext > slash) && has_prefix_ci(ext, map[i][0]))
            return map[i][1];
    }
    return NULL;
}

static int64_t entry_updated(const struct feed_out_entry *e)
{
    return e->updated_ms > e->published_ms ? e->updated_ms : e->published_ms;
}

static int put_time(struct buf *b, const char *indent, const char *name, int64_t ms)
{
    char t[21];

    rfc3339(t, ms);
    return buf_printf(b, "%s<%s>%s</%s>\n", indent, name, t, name);
}

/* The entry's HTML: a figure for the media (image, caption and credit), then
 * the post's own HTML. Escaped for HTML here, and once more for XML by the
 * caller. */
static int build_html(struct buf *h, const struct feed_out_entry *e)
{
    int rc = 0;

    if (feed_media(e->media_url)) {
        int cap = nonempty(e->media_caption), cred = nonempty(e->media_credit);
        /* An uploaded photo's path stays relative: the content's xml:base
         * is the channel's base URL. Its alt text is its own. */
        rc = buf_appends(h, "<figure><img src=\"");
        if (rc == 0)
            rc = esc_attr(h, e->media_url);
        if (rc == 0)
            rc = buf_appends(h, "\" alt=\"");
        if (rc == 0)
            rc = esc_attr(h, nonempty(e->media_alt) ? e->media_alt : cap ? e->media_caption : "");
        if (rc == 0)
            rc = buf_appends(h, "\">");
        if (rc == 0 && (cap || cred)) {
            rc = buf_appends(h, "<figcaption>");
            if (rc == 0 && cap)
                rc = esc(h, e->media_caption);
            if (rc == 0 && cap && cred)
                rc = buf_appends(h, " — "); /* em dash */
            if (rc == 0 && cred)
                rc = esc(h, e->media_credit);
            if (rc == 0)
                rc = buf_appends(h, "</figcaption>");
        }
        if (rc == 0)
            rc = buf_appends(h, "</figure>\n");
    }
    if (rc == 0 && e->html)
        rc = buf_appends(h, e->html);
    return rc;
}

static int put_link(struct buf *b, const struct feed_out_channel *ch,
                    const struct feed_out_entry *e)
{
    int rc = buf_appends(b, "    <link rel=\"alternate\" type=\"text/html\" href=\"");

    if (rc == 0 && e->link) {
        rc = esc_attr(b, e->link);
    } else if (rc == 0) {
        rc = esc_attr(b, ch->base_url);
        if (rc == 0)
            rc = buf_appends(b, "/");
        if (rc == 0)
            rc = esc_attr(b, ch->slug);
        if (rc == 0)
            rc = buf_printf(b, "/%lld", (long long)e->seq);
    }
    if (rc == 0)
        rc = buf_appends(b, "\"/>\n");
    return rc;
}

static int put_entry(struct buf *b, const struct feed_out_channel *ch,
                     const struct feed_out_entry *e)
{
    struct buf h;
    int rc;

    /* A post in another language than its channel's says so (an English
     * dispatch on a French channel), for readers that hyphenate or speak. */
    if (nonempty(e->lang) && !(nonempty(ch->lang) && strcasecmp(e->lang, ch->lang) == 0)) {
        rc = buf_appends(b, "  <entry xml:lang=\"");
        if (rc == 0)
            rc = esc_attr(b, e->lang);
        if (rc == 0)
            rc = buf_appends(b, "\">\n    <id>");
    } else {
        rc = buf_appends(b, "  <entry>\n    <id>");
    }

    if (rc == 0)
        rc = put_entry_id(b, ch, e->seq);
    if (rc == 0)
        rc = buf_appends(b, "</id>\n    <title type=\"text\">");
    if (rc == 0)
        rc = esc(b, e->deleted ? (lang_is_fr(ch->lang) ? "[supprimé]" : "[deleted]") : e->title);
    if (rc == 0)
        rc = buf_appends(b, "</title>\n");
    /* A deleted entry keeps its permalink (readers that had it can tell which
     * story went), and a story's source goes as rel="via". */
    if (rc == 0)
        rc = put_link(b, ch, e);
    if (rc == 0 && !e->deleted && web_url(e->source_url)) {
        rc = buf_appends(b, "    <link rel=\"via\" href=\"");
        if (rc == 0)
            rc = esc_attr(b, e->source_url);
        if (rc == 0)
            rc = buf_appends(b, "\"/>\n");
    }
    if (rc == 0 && !e->deleted && feed_media(e->media_url)) {
        const char *type = media_type(e->media_url);
        rc = buf_appends(b, "    <link rel=\"enclosure\" href=\"");
        if (rc == 0)
            rc = put_abs_url(b, ch->base_url, e->media_url);
        if (rc == 0 && type)
            rc = buf_printf(b, "\" type=\"%s", type);
        if (rc == 0 && nonempty(e->media_caption)) {
            rc = buf_appends(b, "\" title=\"");
            if (rc == 0)
                rc = esc_attr(b, e->media_caption);
        }
        if (rc == 0)
            rc = buf_appends(b, "\"/>\n");
    }
    if (rc == 0 && e->published_ms > 0)
        rc = put_time(b, "    ", "published", e->published_ms);
    if (rc == 0)
        rc = put_time(b, "    ", "updated", entry_updated(e));
    if (rc == 0 && !e->deleted && nonempty(e->author)) {
        rc = buf_appends(b, "    <author><name>");
        if (rc == 0)
            rc = esc(b, e->author);
        if (rc == 0)
            rc = buf_appends(b, "</name></author>\n");
    }
    for (size_t i = 0; rc == 0 && !e->deleted && e->tags && i < e->ntags; i++) {
        if (!nonempty(e->tags[i]))
            continue;
        rc = buf_appends(b, "    <category term=\"");
        if (rc == 0)
            rc = esc_attr(b, e->tags[i]);
        if (rc == 0)
            rc = buf_appends(b, "\"/>\n");
    }
    if (rc == 0 && e->deleted)
        rc = buf_appends(b, "    <content type=\"html\"></content>\n");
    if (rc == 0 && !e->deleted) {
        /* xml:base: relative links in the content (a selection's "/monde/15")
         * resolve against the site, not the feed's URL. */
        rc = buf_appends(b, "    <content type=\"html\" xml:base=\"");
        if (rc == 0)
            rc = esc_attr(b, ch->base_url);
        if (rc == 0)
            rc = buf_appends(b, "/\">");
        buf_init(&h, b->max);
        if (rc == 0)
            rc = build_html(&h, e);
        if (rc == 0)
            rc = xml_escape(b, h.data ? h.data : "", h.len, 0);
        buf_free(&h);
        if (rc == 0)
            rc = buf_appends(b, "</content>\n");
    }
    if (rc == 0)
        rc = buf_appends(b, "  </entry>\n");
    return rc;
}

static int put_feed_link(struct buf *b, const char *rel, const char *type, const char *base,
                         const char *path1, const char *path2)
{
    int rc = buf_printf(b, "  <link rel=\"%s\" type=\"%s\" href=\"", rel, type);

    if (rc == 0)
        rc = esc_attr(b, base);
    if (rc == 0)
        rc = esc_attr(b, path1);
    if (rc == 0)
        rc = esc_attr(b, path2);
    if (rc == 0)
        rc = buf_appends(b, "\"/>\n");
    return rc;
}

static int put_feed(struct buf *b, const struct feed_out_channel *ch, const char *feed_path,
                    const struct feed_out_entry *entries, size_t n)
{
    const char *title = nonempty(ch->title) ? ch->title : ch->slug;
    int64_t updated = ch->updated_ms;
    int rc;

    if (n > 0) {
        updated = entry_updated(&entries[0]);
        for (size_t i = 1; i < n; i++)
            if (entry_updated(&entries[i]) > updated)
                updated = entry_updated(&entries[i]);
    }
    rc = buf_appends(b, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                        "<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    if (rc == 0 && nonempty(ch->lang)) {
        rc = buf_appends(b, " xml:lang=\"");
        if (rc == 0)
            rc = esc_attr(b, ch->lang);
        if (rc == 0)
            rc = buf_appends(b, "\"");
    }
    if (rc == 0)
        rc = buf_appends(b, ">\n  <id>");
    if (rc == 0)
        rc = esc(b, ch->base_url);
    if (rc == 0)
        rc = esc(b, feed_path);
    if (rc == 0)
        rc = buf_appends(b, "</id>\n  <title type=\"text\">");
    if (rc == 0)
        rc = esc(b, title);
    if (rc == 0)
        rc = buf_appends(b, "</title>\n");
    if (rc == 0 && nonempty(ch->description)) {
        rc = buf_appends(b, "  <subtitle type=\"text\">");
        if (rc == 0)
            rc = esc(b, ch->description);
        if (rc == 0)
            rc = buf_appends(b, "</subtitle>\n");
    }
    if (rc == 0)
        rc = put_time(b, "  ", "updated", updated);
    if (rc == 0)
        rc = put_feed_link(b, "self", "application/atom+xml", ch->base_url, feed_path, "");
    if (rc == 0)
        rc = put_feed_link(b, "alternate", "text/html", ch->base_url, "/", ch->slug);
    if (rc == 0)
        rc = buf_appends(b, "  <icon>");
    if (rc == 0)
        rc = esc(b, ch->base_url);
    if (rc == 0)
        rc = buf_appends(b, "/static/icon-192.png</icon>\n  <logo>");
    if (rc == 0)
        rc = esc(b, ch->base_url);
    if (rc == 0)
        rc = buf_appends(b, "/static/icon-512.png</logo>\n");
    /* A feed-level author makes every entry valid without one of its own. */
    if (rc == 0)
        rc = buf_appends(b, "  <author><name>");
    if (rc == 0)
        rc = esc(b, title);
    if (rc == 0)
        rc = buf_appends(b, "</name></author>\n  <generator>Crier</generator>\n");
    for (size_t i = 0; rc == 0 && i < n; i++)
        rc = put_entry(b, ch, &entries[i]);
    if (rc == 0)
        rc = buf_appends(b, "</feed>\n");
    return rc;
}

int feed_out_atom(struct buf *out, const struct feed_out_channel *ch, const char *feed_path,
                  const struct feed_out_entry *entries, size_t n)
{
    size_t mark;
    int rc;

    if (!out || !ch || !nonempty(ch->slug) || !ch->base_url || !feed_path || (n && !entries))
        return -EINVAL;
    mark = out->len;
    rc = put_feed(out, ch, feed_path, entries, n);
    if (rc < 0) {
        out->len = mark;
        if (out->data)
            out->data[mark] = '\0';
    }
    return rc;
}

/* ---- from a stored post record ---- */

static const char *str_field(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static int num_field(json_t *o, const char *key, int64_t *out)
{
    json_t *v = json_object_get(o, key);

    if (json_is_integer(v))
        *out = (int64_t)json_integer_value(v);
    else if (json_is_real(v) && json_real_value(v) > -9e18 && json_real_value(v) < 9e18)
        *out = (int64_t)json_real_value(v);
    else
        return 0;
    return 1;
}

int feed_out_entry_from_json(json_t *post, const char *base_url, const char *slug,
                             struct feed_out_entry *e)
{
    json_t *v, *tags, *media;
    size_t ntags = 0, link_len;
    char *link;

    memset(e, 0, sizeof *e);
    if (!json_is_object(post) || !base_url || !slug)
        return -EINVAL;
    v = json_object_get(post, "seq");
    if (!json_is_integer(v) || json_integer_value(v) <= 0)
        return -EINVAL;
    e->seq = (int64_t)json_integer_value(v);
    e->deleted = json_is_true(json_object_get(post, "deleted"));
    if (str_field(post, "state") && strcmp(str_field(post, "state"), "deleted") == 0)
        e->deleted = 1;
    if (!num_field(post, "published_at", &e->published_ms) && !e->deleted)
        return -EINVAL;
    num_field(post, "edited_at", &e->updated_ms);
    e->title = str_field(post, "title");
    e->html = str_field(post, "html");
    e->author = str_field(post, "author");
    e->source_url = str_field(post, "source_url");
    e->lang = str_field(post, "lang");
    media = json_object_get(post, "media");
    if (json_is_object(media)) {
        e->media_url = str_field(media, "url");
        e->media_caption = str_field(media, "caption");
        e->media_credit = str_field(media, "credit");
        e->media_alt = str_field(media, "alt");
    }
    tags = json_object_get(post, "tags");
    if (json_is_array(tags)) {
        for (size_t i = 0; i < json_array_size(tags); i++)
            ntags += json_is_string(json_array_get(tags, i));
        if (ntags > FEED_OUT_TAGS_MAX)
            ntags = FEED_OUT_TAGS_MAX;
    }

    /* One allocation: the tag pointers, then the link. */
    link_len = strlen(base_url) + strlen(slug) + 24;
    e->owned_ = xmalloc(ntags * sizeof(const char *) + link_len);
    const char **tv = e->owned_;
    link = (char *)(tv + ntags);
    snprintf(link, link_len, "%s/%s/%lld", base_url, slug, (long long)e->seq);
    e->link = link;
    for (size_t i = 0, k = 0; k < ntags; i++) {
        json_t *t = json_array_get(tags, i);
        if (json_is_string(t))
            tv[k++] = json_string_value(t);
    }
    e->tags = ntags ? tv : NULL;
    e->ntags = ntags;
    return 0;
}

void feed_out_entry_clear(struct feed_out_entry *e)
{
    if (!e)
        return;
    free(e->owned_);
    memset(e, 0, sizeof *e);
}
