/*
 * source.c: a pass over followed feeds (source.h). fetch.c brings the
 * documents, feed_in.c reads them, html_md.c makes the bodies; this file
 * decides what each item becomes and keeps the sources' health.
 */
#include "source.h"

#include <errno.h>
#include <jansson.h>
#include <openssl/sha.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "feed_in.h"
#include "fetch.h"
#include "fields.h"
#include "html_md.h"
#include "log.h"
#include "post.h"
#include "timefmt.h"
#include "xmalloc.h"

#define KEY_TEXT_BYTES 2000 /* of the body that the content key reads */

const char *source_action_name(int action)
{
    switch (action) {
    case SOURCE_CREATED: return "created";
    case SOURCE_DRAFTED: return "drafted";
    case SOURCE_EDITED: return "edited";
    case SOURCE_UNCHANGED: return "unchanged";
    case SOURCE_DUPLICATE: return "duplicate";
    case SOURCE_SEEN: return "seen";
    case SOURCE_SKIPPED: return "skipped";
    default: return "?";
    }
}

/* n bytes of s at most, cut on a character boundary, into dst. */
static void copy_cut(char *dst, size_t size, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (n >= size) {
        n = size - 1;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    if (n)
        memcpy(dst, s, n);
    dst[n] = '\0';
}

/* What an item becomes: its title and body, and its identity. */
struct made {
    char title[POST_TITLE_MAX + 1];
    struct html_md md;
    const char *image; /* md.image, else the feed's own image of the item */
    unsigned char key[32], version[32];
};

/* The content key: letters and digits of the title and the body's start,
 * lower-cased (ASCII), nothing else. Two copies of one item under two ids
 * (a feed that changed its guids, a story syndicated in two feeds) meet. */
static void content_key(const char *title, const char *body, unsigned char key[32])
{
    struct buf b;
    buf_init(&b, 2 * KEY_TEXT_BYTES + 2);
    const char *parts[2] = {title, body};
    for (int k = 0; k < 2; k++) {
        size_t left = KEY_TEXT_BYTES;
        for (const unsigned char *p = (const unsigned char *)parts[k]; p && *p && left;
             p++, left--) {
            unsigned char ch = *p;
            if (ch >= 'A' && ch <= 'Z')
                ch = (unsigned char)(ch + 32);
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch >= 0x80)
                buf_append(&b, &ch, 1);
        }
        buf_append(&b, "\n", 1);
    }
    SHA256((const unsigned char *)b.data, b.len, key);
    buf_free(&b);
}

/* Appends s and a NUL (a field of the version's text). */
static void hash_field(struct buf *b, const char *s)
{
    if (s)
        buf_appends(b, s);
    buf_append(b, "", 1);
}

/* The title: the feed's (as text), else the body's first words. */
static void make_title(const struct feed_item *it, const char *body, char *out, size_t size)
{
    char *t = NULL;
    if (it->title)
        t = it->title_html ? html_md_text(it->title, strlen(it->title)) : xstrdup(it->title);
    if (!t || !t[0]) {
        free(t);
        t = xstrdup(body ? body : "");
        t[strcspn(t, "\n")] = '\0';
    }
    /* whitespace collapsed, control characters out */
    size_t j = 0;
    int space = 1;
    for (size_t i = 0; t[i]; i++) {
        unsigned char ch = (unsigned char)t[i];
        if (ch <= ' ' || ch == 0x7f) {
            if (!space)
                t[j++] = ' ';
            space = 1;
            continue;
        }
        t[j++] = (char)ch;
        space = 0;
    }
    while (j > 0 && t[j - 1] == ' ')
        j--;
    t[j] = '\0';
    if (j < size) {
        memcpy(out, t, j + 1);
    } else { /* too long: cut on a word, with an ellipsis */
        copy_cut(out, size - 3, t);
        char *sp = strrchr(out, ' ');
        if (sp && (size_t)(sp - out) > size / 2)
            *sp = '\0';
        memcpy(out + strlen(out), "\xe2\x80\xa6", 4); /* an ellipsis and the NUL */
    }
    free(t);
}

/* Plain text as HTML paragraphs, so the one converter escapes it. */
static char *text_as_html(const char *text)
{
    struct buf b;
    buf_init(&b, 5 * strlen(text) + 16); /* "&amp;" at worst */
    buf_appends(&b, "<p>");
    for (const char *p = text; *p; p++) {
        if (p[0] == '\n' && p[1] == '\n') {
            buf_appends(&b, "</p><p>");
            while (p[1] == '\n')
                p++;
        } else if (*p == '<')
            buf_appends(&b, "&lt;");
        else if (*p == '>')
            buf_appends(&b, "&gt;");
        else if (*p == '&')
            buf_appends(&b, "&amp;");
        else
            buf_append(&b, p, 1);
    }
    buf_appends(&b, "</p>");
    return buf_steal(&b, NULL);
}

static int make_item(const struct feed_item *it, const char *base, struct made *m)
{
    int rc;
    memset(m, 0, sizeof *m);
    const char *content = it->content ? it->content : it->summary;
    if (content && it->content_html) {
        rc = html_md_convert(content, strlen(content), it->link ? it->link : base, &m->md);
    } else {
        char *html = text_as_html(content ? content : "");
        rc = html_md_convert(html, strlen(html), base, &m->md);
        free(html);
    }
    if (rc < 0)
        return rc;
    make_title(it, m->md.md, m->title, sizeof m->title);
    m->image = m->md.image ? m->md.image : it->image;
    content_key(m->title, m->md.md, m->key);
    struct buf b;
    buf_init(&b, 1u << 20); /* more than the fields can hold (each has its limit) */
    hash_field(&b, m->title);
    hash_field(&b, m->md.md);
    hash_field(&b, m->image);
    hash_field(&b, m->md.caption);
    hash_field(&b, m->md.credit);
    hash_field(&b, it->link);
    SHA256((const unsigned char *)b.data, b.len, m->version);
    buf_free(&b);
    return 0;
}

/* The post's fields as the API would take them. */
static json_t *post_fields(const struct feed *f, const struct feed_item *it,
                           const struct store_source *src, const struct made *m, int create)
{
    json_t *o = json_object();
    json_object_set_new(o, "title", json_string(m->title));
    json_object_set_new(o, "body", json_string(m->md.md));
    json_object_set_new(o, "source_url", it->link ? json_string(it->link) : json_null());
    if (m->image && strncmp(m->image, "https://", 8) == 0 && strlen(m->image) <= POST_URL_MAX) {
        json_t *media = json_object();
        json_object_set_new(media, "url", json_string(m->image));
        if (m->md.caption)
            json_object_set_new(media, "caption", json_string(m->md.caption));
        if (m->md.credit)
            json_object_set_new(media, "credit", json_string(m->md.credit));
        if (m->md.image_alt && m->md.image_alt[0])
            json_object_set_new(media, "alt", json_string(m->md.image_alt));
        json_object_set_new(o, "media", media);
    } else {
        json_object_set_new(o, "media", json_null());
    }
    /* The byline: the item's author, else the source's name. */
    const char *author = it->author && it->author[0] ? it->author : src->name;
    if (author && author[0]) {
        char a[POST_AUTHOR_MAX + 1];
        copy_cut(a, sizeof a, author);
        json_object_set_new(o, "author", json_string(a));
    }
    if (create) {
        const char *lang = it->lang ? it->lang : f->lang;
        char l[3] = "";
        if (lang && ((lang[0] | 32) >= 'a' && (lang[0] | 32) <= 'z') &&
            ((lang[1] | 32) >= 'a' && (lang[1] | 32) <= 'z') &&
            (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_')) {
            l[0] = (char)(lang[0] | 32);
            l[1] = (char)(lang[1] | 32);
            json_object_set_new(o, "lang", json_string(l));
        }
        json_object_set_new(o, "importance", json_integer(src->importance));
    }
    return o;
}

/* The external id of an item's post: stable for the item, whichever
 * fetcher meets it first. */
static void external_id(const struct store_source *src, const struct feed_item *it,
                        const struct made *m, char out[80])
{
    unsigned char h[32];
    const char *id = it->id && it->id[0] ? it->id : it->link;
    if (id && id[0]) {
        SHA256((const unsigned char *)id, strlen(id), h);
    } else {
        memcpy(h, m->key, 32);
    }
    int n = snprintf(out, 80, "feed-%lld-", (long long)src->channel_id);
    for (int i = 0; i < 16; i++)
        n += snprintf(out + n, (size_t)(80 - n), "%02x", h[i]);
}

struct pass {
    const struct source_env *env;
    struct store_channel ch;
    int64_t now;
};

static void report_item(struct source_report *r, int action, int64_t post_id, int64_t seq,
                        const char *title, const char *why)
{
    switch (action) {
    case SOURCE_CREATED: r->created++; break;
    case SOURCE_DRAFTED: r->drafted++; break;
    case SOURCE_EDITED: r->edited++; break;
    case SOURCE_UNCHANGED: r->unchanged++; break;
    case SOURCE_DUPLICATE: r->duplicates++; break;
    case SOURCE_SEEN: r->seen++; break;
    default: r->skipped++; break;
    }
    if (r->nitems >= SOURCE_REPORT_ITEMS || action == SOURCE_UNCHANGED || action == SOURCE_SEEN)
        return;
    struct source_item_report *ir = &r->items[r->nitems++];
    ir->action = action;
    ir->post_id = post_id;
    ir->seq = seq;
    copy_cut(ir->title, sizeof ir->title, title);
    copy_cut(ir->why, sizeof ir->why, why);
}

/* A new item: a post (or a draft). */
static void item_create(struct pass *ps, const struct feed *f, const struct feed_item *it,
                        struct store_source *src, const struct made *m,
                        struct store_source_item *row, struct source_report *r)
{
    struct post p;
    struct field_error fe = {0};
    struct post_context ctx = {
        .create = 1, .lang = ps->ch.lang, .tz = ps->ch.tz, .now_ms = ps->now};
    json_t *in = post_fields(f, it, src, m, 1);
    char ext[80];
    external_id(src, it, m, ext);
    json_object_set_new(in, "external_id", json_string(ext));
    post_init(&p);
    int rc = post_apply_json(&p, in, &ctx, &fe);
    json_decref(in);
    if (rc < 0) {
        report_item(r, SOURCE_SKIPPED, 0, 0, m->title, fe.message);
        post_clear(&p);
        return;
    }
    struct store_event ev = {0};
    int draft = src->mode == STORE_SOURCE_DRAFT;
    rc = store_post_create(ps->env->st, src->channel_id, &p, draft ? STORE_DRAFT_AT : 0, &ev, NULL);
    if (rc == -EEXIST) { /* another fetcher made it a moment ago */
        struct post q;
        int state;
        if (store_post_by_external(ps->env->st, src->channel_id, ext, &q, &state) == 0)
            row->post_id = q.id;
        post_clear(&q);
        report_item(r, SOURCE_DUPLICATE, row->post_id, 0, m->title, "made by another fetch");
    } else if (rc < 0) {
        report_item(r, SOURCE_SKIPPED, 0, 0, m->title, crier_strerror(rc));
        post_clear(&p);
        store_event_clear(&ev);
        return;
    } else {
        row->post_id = p.id;
        src->items++;
        report_item(r, draft ? SOURCE_DRAFTED : SOURCE_CREATED, p.id, ev.seq, m->title, NULL);
    }
    store_event_clear(&ev);
    post_clear(&p);
    store_source_item_put(ps->env->st, row);
}

/* A known item whose content changed: an edit of its post. */
static void item_edit(struct pass *ps, const struct feed *f, const struct feed_item *it,
                      struct store_source *src, const struct made *m, struct store_source_item *row,
                      struct source_report *r)
{
    struct post p;
    int state = 0;
    int rc = store_post_get(ps->env->st, src->channel_id, row->post_id, &p, &state);
    if (rc < 0 || state == STORE_POST_DELETED) {
        report_item(r, SOURCE_SKIPPED, row->post_id, 0, m->title,
                    "its post was deleted: left alone");
    } else {
        struct field_error fe = {0};
        struct post_context ctx = {
            .create = 0, .lang = ps->ch.lang, .tz = ps->ch.tz, .now_ms = ps->now};
        json_t *in = post_fields(f, it, src, m, 0);
        struct store_event ev = {0};
        rc = post_apply_json(&p, in, &ctx, &fe);
        json_decref(in);
        if (rc == 0)
            rc = store_post_edit(ps->env->st, src->channel_id, row->post_id, &p, &ev, NULL);
        if (rc < 0)
            report_item(r, SOURCE_SKIPPED, row->post_id, 0, m->title,
                        fe.message[0] ? fe.message : crier_strerror(rc));
        else
            report_item(r, SOURCE_EDITED, row->post_id, ev.seq, m->title, NULL);
        store_event_clear(&ev);
    }
    post_clear(&p);
    memcpy(row->version, m->version, 32);
    store_source_item_put(ps->env->st, row);
}

/* One item: what it becomes. first: the source's first fetch, past its
 * SOURCE_FIRST_ITEMS newest items (only marked seen). */
static void item_handle(struct pass *ps, const struct feed *f, const struct feed_item *it,
                        struct store_source *src, int seen_only, struct source_report *r)
{
    struct made m;
    if (make_item(it, src->url, &m) < 0) {
        report_item(r, SOURCE_SKIPPED, 0, 0, it->title, "its content cannot be read");
        return;
    }
    if (!m.title[0]) {
        report_item(r, SOURCE_SKIPPED, 0, 0, "", "no title and no text");
        html_md_free(&m.md);
        return;
    }
    struct store_source_item found,
        row = {.source_id = src->id, .channel_id = src->channel_id, .seen_at = ps->now};
    copy_cut(row.guid, sizeof row.guid, it->id);
    copy_cut(row.link, sizeof row.link, it->link);
    memcpy(row.key, m.key, 32);
    memcpy(row.version, m.version, 32);
    int by = 0;
    int rc = store_source_item_find(ps->env->st, src->channel_id, row.guid, row.link, m.key, &found,
                                    &by);
    if (rc == 0 && by == STORE_ITEM_BY_KEY) {
        /* Another item with the same words: this one is that one's copy. */
        row.post_id = found.post_id;
        store_source_item_put(ps->env->st, &row);
        report_item(r, SOURCE_DUPLICATE, found.post_id, 0, m.title,
                    "the same text as another item");
    } else if (rc == 0 && found.source_id != src->id) {
        report_item(r, SOURCE_DUPLICATE, found.post_id, 0, m.title,
                    by == STORE_ITEM_BY_GUID ? "the same id in another source"
                                             : "the same link in another source");
    } else if (rc == 0) {
        row.id = found.id;
        row.post_id = found.post_id;
        if (memcmp(found.version, m.version, 32) == 0 || found.post_id == 0) {
            /* the same, or an old item its source's first fetch passed over */
            memcpy(row.version, found.version, 32);
            store_source_item_put(ps->env->st, &row);
            report_item(r, SOURCE_UNCHANGED, found.post_id, 0, m.title, NULL);
        } else {
            item_edit(ps, f, it, src, &m, &row, r);
        }
    } else if (rc == -ENOENT && seen_only) {
        store_source_item_put(ps->env->st, &row);
        report_item(r, SOURCE_SEEN, 0, 0, m.title, NULL);
    } else if (rc == -ENOENT) {
        item_create(ps, f, it, src, &m, &row, r);
    } else {
        report_item(r, SOURCE_SKIPPED, 0, 0, m.title, crier_strerror(rc));
    }
    html_md_free(&m.md);
}

/* The next fetch: the interval with 10 % jitter, doubled per failure in a
 * row up to a day. */
static int64_t next_fetch(const struct store_source *src, int64_t now)
{
    int64_t s = src->interval_s > 0 ? src->interval_s : SOURCE_INTERVAL_DEFAULT;
    for (int i = 0; i < src->failures && s < SOURCE_BACKOFF_MAX_S; i++)
        s *= 2;
    if (s > SOURCE_BACKOFF_MAX_S)
        s = SOURCE_BACKOFF_MAX_S;
    int64_t ms = s * 1000;
    return now + ms - ms / 10 + (int64_t)((uint64_t)random() % (uint64_t)(ms / 5 + 1));
}

static void fetch_failed(struct store_source *src, struct source_report *r, int err,
                         const char *msg)
{
    r->err = err ? err : -EIO;
    src->failures++;
    copy_cut(src->last_error, sizeof src->last_error, msg);
}

/* One source's answer: its items, then its health. */
static void source_answer(struct pass *ps, struct store_source *src, struct fetch_req *q,
                          struct source_report *r)
{
    src->last_fetch_at = ps->now;
    src->last_status = (int)q->status;
    if (q->err) {
        fetch_failed(src, r, q->err, q->errmsg);
    } else if (q->status == 304) {
        r->not_modified = 1;
    } else if (q->status != 200) {
        char msg[64];
        snprintf(msg, sizeof msg, "HTTP status %ld", q->status);
        fetch_failed(src, r, -EPROTO, msg);
    } else {
        struct feed f;
        const char *why = NULL;
        int rc = feed_parse(q->body.data, q->body.len, q->content_type, q->url_now, &f, &why);
        if (rc < 0) {
            char msg[200];
            snprintf(msg, sizeof msg, "not a feed: %s", why ? why : crier_strerror(rc));
            fetch_failed(src, r, rc, msg);
        } else {
            int first = src->last_ok_at == 0;
            size_t made = 0;
            if (f.title && f.title[0])
                copy_cut(src->name, sizeof src->name, f.title);
            /* oldest first, so the channel's order is the feed's */
            for (size_t i = f.nitems; i-- > 0;) {
                if (ps->env->stop && *ps->env->stop)
                    break;
                int seen_only = (first && i >= SOURCE_FIRST_ITEMS) || made >= SOURCE_ITEMS_PER_PASS;
                size_t before = r->created + r->drafted;
                item_handle(ps, &f, &f.items[i], src, seen_only, r);
                made += r->created + r->drafted - before;
            }
            copy_cut(src->etag, sizeof src->etag, q->etag_out);
            copy_cut(src->last_modified, sizeof src->last_modified, q->last_modified_out);
            feed_free(&f);
        }
    }
    if (!r->err) {
        src->failures = 0;
        src->last_error[0] = '\0';
        src->last_ok_at = ps->now;
    }
    src->next_at = next_fetch(src, ps->now);
    int rc = store_source_done(ps->env->st, src);
    if (rc < 0 && rc != -ENOENT)
        log_warn("sources: source %lld: storing its outcome: %s", (long long)src->id,
                 crier_strerror(rc));
    r->src = *src;
}

void source_fetch_setup(const struct source_env *env, struct fetch_options *fo)
{
    *fo = (struct fetch_options){.timeout_ms = env->timeout_ms,
                                 .max_bytes = env->max_bytes,
                                 .guard = env->guard,
                                 .stop = env->stop,
                                 .user_agent = "crier (feed reader)"};
}

void source_fetch_req(const struct store_source *src, struct fetch_req *q)
{
    *q =
        (struct fetch_req){.url = src->url, .etag = src->etag, .last_modified = src->last_modified};
}

/* One fetched source, in a pass whose channel row (ps->ch) is loaded when
 * *loaded is its channel's id: loads it otherwise. */
static void settle(struct pass *ps, int64_t *loaded, struct store_source *src, struct fetch_req *q,
                   void (*report)(void *arg, const struct source_report *r), void *arg)
{
    if (*loaded != src->channel_id) {
        if (*loaded)
            store_channel_clear(&ps->ch);
        *loaded = 0;
        if (store_channel_get_by_id(ps->env->st, src->channel_id, &ps->ch) < 0)
            return; /* deleted meanwhile: its sources went with it */
        *loaded = src->channel_id;
    }
    if (q->err == -ECANCELED)
        return; /* shutting down: its lease runs out and it is fetched again */
    struct source_report *r = xcalloc(1, sizeof *r);
    ps->now = crier_now_ms();
    source_answer(ps, src, q, r);
    if (report)
        report(arg, r);
    free(r);
}

void source_settle(const struct source_env *env, struct store_source *src, struct fetch_req *q,
                   void (*report)(void *arg, const struct source_report *r), void *arg)
{
    struct pass ps = {.env = env};
    int64_t loaded = 0;
    settle(&ps, &loaded, src, q, report, arg);
    if (loaded)
        store_channel_clear(&ps.ch);
}

int source_pass(const struct source_env *env, struct store_source *srcs, size_t n,
                void (*report)(void *arg, const struct source_report *r), void *arg)
{
    if (n == 0)
        return 0;
    struct fetch_req *q = xcalloc(n, sizeof *q);
    for (size_t i = 0; i < n; i++)
        source_fetch_req(&srcs[i], &q[i]);
    struct fetch_options fo;
    source_fetch_setup(env, &fo);
    int rc = fetch_run(&fo, q, n);
    struct pass ps = {.env = env};
    int64_t loaded = 0;
    for (size_t i = 0; rc == 0 && i < n; i++)
        settle(&ps, &loaded, &srcs[i], &q[i], report, arg);
    if (loaded)
        store_channel_clear(&ps.ch);
    for (size_t i = 0; i < n; i++)
        buf_free(&q[i].body);
    free(q);
    return rc;
}

static json_t *iso_or_null(int64_t ms)
{
    char when[32];
    if (ms <= 0)
        return json_null();
    timefmt_iso(ms, when);
    return json_string(when);
}

json_t *source_json(const struct store_source *s)
{
    json_t *o = json_object();
    json_object_set_new(o, "id", json_integer(s->id));
    json_object_set_new(o, "url", json_string(s->url));
    json_object_set_new(o, "mode",
                        json_string(s->mode == STORE_SOURCE_DRAFT ? "draft" : "publish"));
    json_object_set_new(o, "importance", json_integer(s->importance));
    json_object_set_new(o, "interval", json_integer(s->interval_s));
    json_object_set_new(o, "name", json_string(s->name));
    json_object_set_new(o, "last_fetch", iso_or_null(s->last_fetch_at));
    json_object_set_new(o, "last_ok", iso_or_null(s->last_ok_at));
    json_object_set_new(o, "status", s->last_status ? json_integer(s->last_status) : json_null());
    json_object_set_new(o, "error", s->last_error[0] ? json_string(s->last_error) : json_null());
    json_object_set_new(o, "failures", json_integer(s->failures));
    json_object_set_new(o, "items", json_integer(s->items));
    json_object_set_new(o, "next_fetch", iso_or_null(s->next_at));
    return o;
}

json_t *source_report_json(const struct source_report *r)
{
    json_t *o = json_object(), *items = json_array();
    json_object_set_new(o, "source", source_json(&r->src));
    json_object_set_new(o, "result",
                        json_string(r->err            ? "error"
                                    : r->not_modified ? "not_modified"
                                                      : "ok"));
    json_object_set_new(o, "error", r->err ? json_string(r->src.last_error) : json_null());
    json_object_set_new(o, "created", json_integer((json_int_t)r->created));
    json_object_set_new(o, "drafted", json_integer((json_int_t)r->drafted));
    json_object_set_new(o, "edited", json_integer((json_int_t)r->edited));
    json_object_set_new(o, "unchanged", json_integer((json_int_t)r->unchanged));
    json_object_set_new(o, "duplicates", json_integer((json_int_t)r->duplicates));
    json_object_set_new(o, "seen", json_integer((json_int_t)r->seen));
    json_object_set_new(o, "skipped", json_integer((json_int_t)r->skipped));
    for (size_t i = 0; i < r->nitems; i++) {
        const struct source_item_report *it = &r->items[i];
        json_t *j = json_object();
        json_object_set_new(j, "action", json_string(source_action_name(it->action)));
        json_object_set_new(j, "title", json_string(it->title));
        json_object_set_new(j, "post_id", it->post_id ? json_integer(it->post_id) : json_null());
        json_object_set_new(j, "seq", it->seq ? json_integer(it->seq) : json_null());
        if (it->why[0])
            json_object_set_new(j, "why", json_string(it->why));
        json_array_append_new(items, j);
    }
    json_object_set_new(o, "items", items);
    return o;
}

int source_check(const struct netguard *g, const char *url, const char *mode, int importance,
                 int interval_s, struct store_source *s, const char **why)
{
    struct netguard_url u;
    struct netguard loose = g ? *g : (struct netguard){0};
    loose.http_ok = 1;
    if (!url || strlen(url) > STORE_SOURCE_URL_MAX) {
        *why = "url: an http or https URL of at most 1024 bytes";
        return -EINVAL;
    }
    if (netguard_check_url(&loose, url, &u, why) < 0)
        return -EINVAL;
    if (mode && strcmp(mode, "publish") != 0 && strcmp(mode, "draft") != 0) {
        *why = "mode: publish or draft";
        return -EINVAL;
    }
    if (importance < 0 || importance > 3) {
        *why = "importance: 0 to 3";
        return -EINVAL;
    }
    if (interval_s < SOURCE_INTERVAL_MIN || interval_s > 86400) {
        *why = "interval: 60 to 86400 seconds";
        return -EINVAL;
    }
    snprintf(s->url, sizeof s->url, "%s", url);
    s->mode = mode && strcmp(mode, "draft") == 0 ? STORE_SOURCE_DRAFT : STORE_SOURCE_PUBLISH;
    s->importance = importance;
    s->interval_s = interval_s;
    return 0;
}
