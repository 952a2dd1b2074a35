#include "post.h"

#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fields.h"
#include "lang.h"
#include "markdown.h"
#include "media.h"
#include "timefmt.h"
#include "xmalloc.h"

void post_init(struct post *p)
{
    memset(p, 0, sizeof *p);
    p->importance = POST_IMPORTANCE_DEFAULT;
}

static void items_free(struct post_selection *s)
{
    for (size_t i = 0; i < s->nitems; i++) {
        free(s->items[i].title);
        free(s->items[i].lede);
        free(s->items[i].url);
        free(s->items[i].merged);
    }
    free(s->items);
}

static void media_clear(struct post_media *m)
{
    free(m->url);
    free(m->caption);
    free(m->credit);
    free(m->id);
    free(m->alt);
    free(m->srcset);
    memset(m, 0, sizeof *m);
}

static void tags_clear(struct post *p)
{
    for (size_t i = 0; i < p->ntags; i++)
        free(p->tags[i]);
    free(p->tags);
    p->tags = NULL;
    p->ntags = 0;
}

void post_clear(struct post *p)
{
    free(p->title);
    free(p->body);
    free(p->html);
    free(p->lang);
    free(p->author);
    free(p->source_url);
    free(p->external_id);
    tags_clear(p);
    media_clear(&p->media);
    if (p->sel) {
        items_free(p->sel);
        free(p->sel);
    }
    post_init(p);
}

/* Replaces *slot with a copy of s (NULL clears it). */
static void set_str(char **slot, const char *s)
{
    char *copy = s ? xstrdup(s) : NULL;
    free(*slot);
    *slot = copy;
}

int post_set_body(struct post *p, const char *markdown)
{
    char *html = markdown_to_html(markdown, strlen(markdown));
    if (!html)
        return -ENOMEM;
    set_str(&p->body, markdown);
    free(p->html);
    p->html = html;
    return 0;
}

/* ---- the newsroom's fields (post_apply_json) ---- */

/* title and body: the body's HTML is rendered once, here. */
static int apply_text(struct post *p, json_t *in, const struct post_context *ctx,
                      struct field_error *err)
{
    const char *s = NULL;
    int rc;

    if ((rc = field_str(in, "title", POST_TITLE_MAX, 0, 400, &s, err)) < 0)
        return rc;
    if (rc == 1 && !*s)
        return field_refuse(err, 400, "invalid", "title must not be empty");
    if (rc == 1)
        set_str(&p->title, s);
    else if (ctx->create)
        return field_refuse(err, 400, "invalid", "title is required");
    s = NULL;
    if ((rc = field_str(in, "body", POST_BODY_MAX, 1, 413, &s, err)) < 0)
        return rc;
    if ((rc == 1 || ctx->create) && post_set_body(p, s ? s : "") < 0)
        return field_refuse(err, 500, "internal", "out of memory rendering the body");
    return 0;
}

/* lang and author: who wrote it, in which language. */
static int apply_byline(struct post *p, json_t *in, const struct post_context *ctx,
                        struct field_error *err)
{
    const char *s = NULL;
    int rc;

    if ((rc = field_str(in, "lang", POST_LANG_MAX, 0, 400, &s, err)) < 0)
        return rc;
    if (rc == 1 && lang_tag_check(s) < 0)
        return field_refuse(err, 400, "invalid", "lang must be a language tag such as fr or en-GB");
    if (rc == 1 || ctx->create)
        set_str(&p->lang, s ? s : ctx->lang);
    s = NULL;
    if ((rc = field_str(in, "author", POST_AUTHOR_MAX, 0, 400, &s, err)) < 0)
        return rc;
    if (rc == 1 || ctx->create)
        set_str(&p->author, s);
    return 0;
}

/* importance, silent and tags. */
static int apply_flags(struct post *p, json_t *in, const struct post_context *ctx,
                       struct field_error *err)
{
    json_t *v, *t;
    size_t i;

    if ((v = json_object_get(in, "importance"))) {
        if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > 3)
            return field_refuse(err, 400, "invalid", "importance must be 0, 1, 2 or 3");
        p->importance = (int)json_integer_value(v);
    } else if (ctx->create) {
        p->importance = POST_IMPORTANCE_DEFAULT;
    }
    if ((v = json_object_get(in, "silent"))) {
        if (!json_is_boolean(v))
            return field_refuse(err, 400, "invalid", "silent must be true or false");
        p->silent = json_is_true(v);
    } else if (ctx->create) {
        p->silent = 0;
    }
    if (!(v = json_object_get(in, "tags")))
        return 0;
    if (!json_is_array(v) || json_array_size(v) > POST_TAGS_MAX)
        return field_refuse(err, 400, "invalid", "tags must be an array of at most %d strings",
                            POST_TAGS_MAX);
    json_array_foreach(v, i, t)
    {
        if (!json_is_string(t) || json_string_length(t) == 0 ||
            json_string_length(t) > POST_TAG_MAX ||
            !field_clean(json_string_value(t), json_string_length(t), 0))
            return field_refuse(err, 400, "invalid", "each tag is a string of 1 to %d bytes",
                                POST_TAG_MAX);
    }
    tags_clear(p);
    p->tags = xcalloc(json_array_size(v) + 1, sizeof *p->tags);
    json_array_foreach(v, i, t) p->tags[p->ntags++] = xstrdup(json_string_value(t));
    return 0;
}

/* A photo's url: https, or "/media/<name>" (one uploaded here, same origin). */
static int media_url_ok(const char *url)
{
    if (strncmp(url, "/media/", 7) == 0)
        return media_name_ok(url + 7);
    /* Pages are served over https: an http image would never be shown. */
    return strncasecmp(url, "https://", 8) == 0 && field_url_ok(url, POST_URL_MAX);
}

/* media.id: an uploaded photo, looked up in ctx->media into m. */
static int media_by_id(const char *id, const struct post_context *ctx, struct post_media *m,
                       struct field_error *err)
{
    struct media_meta meta;
    int rc;

    if (!media_id_ok(id))
        return field_refuse(err, 400, "invalid",
                            "media.id must be the id of an uploaded photo (64 hex digits)");
    if (!ctx->media || (rc = media_meta_read(ctx->media, id, &meta)) == -ENOENT)
        return field_refuse(err, 400, "invalid", "media.id %s: no such photo", id);
    if (rc < 0)
        return field_refuse(err, 500, "internal", "media.id %s: the photo cannot be read", id);
    if (meta.channel && meta.channel_id != ctx->channel_id) {
        /* Another channel's photo is not this one's to show: to its
         * publisher, the same answer as no photo at all. */
        media_meta_free(&meta);
        return field_refuse(err, 400, "invalid", "media.id %s: no such photo", id);
    }
    free(meta.channel);
    m->id = xstrdup(id);
    m->url = meta.url;
    m->alt = meta.alt;
    m->srcset = meta.srcset;
    m->width = meta.width;
    m->height = meta.height;
    return 0;
}

/* media: the photo (by url or by id), its caption and credit. */
static int apply_media(struct post *p, json_t *v, const struct post_context *ctx,
                       struct field_error *err)
{
    static const char *const mfields[] = {"url", "id", "caption", "credit", "alt", NULL};
    /* An edit that leaves a field out keeps it (a new caption needs no URL). */
    const char *url = NULL, *id = NULL, *alt = NULL,
               *caption = p->media.caption ? p->media.caption : "",
               *credit = p->media.credit ? p->media.credit : "";
    struct post_media m = {0};

    if (!json_is_object(v))
        return field_refuse(err, 400, "invalid",
                            "media must be an object {url or id, caption, credit}");
    if (fields_only(v, mfields, err) < 0 ||
        field_str(v, "url", POST_URL_MAX, 0, 400, &url, err) < 0 ||
        field_str(v, "id", 64, 0, 400, &id, err) < 0 ||
        field_str(v, "caption", POST_CAPTION_MAX, 0, 400, &caption, err) < 0 ||
        field_str(v, "credit", POST_AUTHOR_MAX, 0, 400, &credit, err) < 0 ||
        field_str(v, "alt", POST_CAPTION_MAX, 0, 400, &alt, err) < 0)
        return -EINVAL;
    if (alt && !url)
        return field_refuse(err, 400, "invalid",
                            "media.alt goes with media.url (an uploaded photo has its own)");
    if (url && id)
        return field_refuse(err, 400, "invalid", "media takes a url or an id, not both");
    if (id) {
        if (media_by_id(id, ctx, &m, err) < 0)
            return -EINVAL;
    } else if (url) {
        if (!media_url_ok(url))
            return field_refuse(err, 400, "invalid",
                                "media.url must be an https URL (an http image is blocked on "
                                "https pages) or /media/<name> of an uploaded photo");
        m.url = xstrdup(url);
        m.alt = alt && alt[0] ? xstrdup(alt) : NULL;
    } else if (!p->media.url) {
        return field_refuse(err, 400, "invalid",
                            "media.url or media.id is required (the post has no image yet)");
    }
    /* copied first: caption and credit may be p's own */
    char *cap = xstrdup(caption), *cred = xstrdup(credit);
    if (!m.url) { /* the same photo, a new caption or credit */
        m = p->media;
        free(m.caption);
        free(m.credit);
        memset(&p->media, 0, sizeof p->media);
    }
    m.caption = cap;
    m.credit = cred;
    media_clear(&p->media);
    p->media = m;
    return 0;
}

/* source_url and media: null removes one; a create without them has none. */
static int apply_links(struct post *p, json_t *in, const struct post_context *ctx,
                       struct field_error *err)
{
    json_t *v;

    if ((v = json_object_get(in, "source_url")) && !json_is_null(v)) {
        if (!json_is_string(v) || !field_url_ok(json_string_value(v), POST_URL_MAX))
            return field_refuse(err, 400, "invalid", "source_url must be an http or https URL");
        set_str(&p->source_url, json_string_value(v));
    } else if (v || ctx->create) {
        set_str(&p->source_url, NULL);
    }
    if ((v = json_object_get(in, "media")) && !json_is_null(v)) {
        if (apply_media(p, v, ctx, err) < 0)
            return -EINVAL;
    } else if (v || ctx->create) {
        media_clear(&p->media);
    }
    return 0;
}

/* external_id: the newsroom's own name for a new post (its retry key). */
static int apply_external(struct post *p, json_t *in, const struct post_context *ctx,
                          struct field_error *err)
{
    json_t *v = json_object_get(in, "external_id");
    if (!v)
        return 0;
    size_t n = json_is_string(v) ? json_string_length(v) : 0;
    if (!ctx->create)
        return field_refuse(err, 400, "invalid",
                            "external_id can only be set when creating a post");
    if (n < 1 || n > POST_EXTERNAL_ID_MAX || !field_clean(json_string_value(v), n, 0))
        return field_refuse(err, 400, "invalid",
                            "external_id must be 1 to %d bytes of text on one line",
                            POST_EXTERNAL_ID_MAX);
    set_str(&p->external_id, json_string_value(v));
    return 0;
}

/* publish_at and force: the embargo of a new post. */
static int apply_schedule(struct post *p, json_t *in, const struct post_context *ctx,
                          struct field_error *err)
{
    json_t *v = json_object_get(in, "publish_at"), *force = json_object_get(in, "force");
    json_t *draft = json_object_get(in, "draft");

    if (draft && !json_is_null(draft)) {
        if (!json_is_boolean(draft))
            return field_refuse(err, 400, "invalid", "draft must be true or false");
        if (!ctx->create)
            return field_refuse(err, 400, "invalid",
                                "draft is for a new post (a draft is published through "
                                "POST .../posts/{id}/publish)");
        if (json_is_true(draft) && ((v && !json_is_null(v)) || force))
            return field_refuse(err, 400, "invalid", "a draft has no publish_at nor force");
        if (json_is_true(draft)) {
            p->publish_at = POST_DRAFT_AT;
            return 0;
        }
    }
    if (!v || json_is_null(v)) {
        if (force && ctx->create)
            return field_refuse(err, 400, "invalid", "force goes with publish_at");
        return 0;
    }
    if (!ctx->create)
        return field_refuse(err, 400, "invalid", "publish_at can only be set when creating a post");
    if (timefmt_json(v, ctx->tz, &p->publish_at) < 0)
        return field_refuse(err, 400, "invalid",
                            "publish_at must be an ISO 8601 time (with a zone, or local to the "
                            "channel's zone %s), or ms since the epoch, from 1970 to 9999",
                            ctx->tz);
    /* A typo must never release an embargoed story: a time already past
     * (beyond a minute of clock skew) needs "force": true. */
    if (force && !json_is_boolean(force))
        return field_refuse(err, 400, "invalid", "force must be true or false");
    if (p->publish_at < ctx->now_ms - POST_SKEW_MS && !json_is_true(force)) {
        char when[32];
        timefmt_iso(p->publish_at, when);
        return field_refuse(err, 400, "invalid",
                            "publish_at %s is in the past; leave it out to publish now, or send "
                            "\"force\": true to publish at once",
                            when);
    }
    return 0;
}

int post_apply_json(struct post *p, json_t *in, const struct post_context *ctx,
                    struct field_error *err)
{
    static const char *const allowed[] = {
        "title", "body",   "importance", "silent", "tags",        "source_url", "media",
        "lang",  "author", "publish_at", "force",  "external_id", "draft",      NULL};

    /* in the order the fields are documented: the first fault is reported */
    if (fields_only(in, allowed, err) < 0 || apply_text(p, in, ctx, err) < 0 ||
        apply_flags(p, in, ctx, err) < 0 || apply_links(p, in, ctx, err) < 0 ||
        apply_byline(p, in, ctx, err) < 0 || apply_external(p, in, ctx, err) < 0 ||
        apply_schedule(p, in, ctx, err) < 0)
        return -EINVAL;
    return 0;
}

/* ---- the record ---- */

/* A string for the record; a string that is not UTF-8 (which jansson
 * refuses) makes the whole record fail (*bad). */
static json_t *text(const char *s, int *bad)
{
    json_t *v = json_string(s ? s : "");
    if (!v) {
        *bad = 1;
        return json_null();
    }
    return v;
}

static json_t *text_or_null(const char *s, int *bad)
{
    return s ? text(s, bad) : json_null();
}

static json_t *selection_json(const struct post_selection *s, int *bad)
{
    json_t *items = json_array();
    for (size_t i = 0; i < s->nitems; i++) {
        const struct post_item *it = &s->items[i];
        json_t *merged = json_array(), *o = json_object();
        for (size_t k = 0; k < it->nmerged; k++)
            json_array_append_new(merged, json_integer(it->merged[k]));
        json_object_set_new(o, "rank", json_integer((json_int_t)i + 1));
        json_object_set_new(o, "post_id", json_integer(it->post_id));
        json_object_set_new(o, "seq", json_integer(it->seq));
        json_object_set_new(o, "title", text(it->title, bad));
        json_object_set_new(o, "lede", text(it->lede, bad));
        json_object_set_new(o, "url", text(it->url, bad));
        json_object_set_new(o, "score", json_real(it->score));
        json_object_set_new(o, "merged", merged);
        json_array_append_new(items, o);
    }
    return items;
}

json_t *post_to_json(const struct post *p)
{
    json_t *o = json_object(), *tags = json_array(), *media = json_null();
    int bad = 0;

    if (p->kind == POST_SELECTION)
        json_object_set_new(o, "kind", json_string("selection"));
    json_object_set_new(o, "title", text(p->title, &bad));
    json_object_set_new(o, "body", text(p->body, &bad));
    json_object_set_new(o, "html", text(p->html, &bad));
    json_object_set_new(o, "importance", json_integer(p->importance));
    json_object_set_new(o, "silent", json_boolean(p->silent));
    for (size_t i = 0; i < p->ntags; i++)
        json_array_append_new(tags, text(p->tags[i], &bad));
    json_object_set_new(o, "tags", tags);
    json_object_set_new(o, "source_url", text_or_null(p->source_url, &bad));
    if (p->media.url) {
        media = json_object();
        json_object_set_new(media, "url", text(p->media.url, &bad));
        json_object_set_new(media, "caption", text(p->media.caption, &bad));
        json_object_set_new(media, "credit", text(p->media.credit, &bad));
        if (p->media.id) {
            json_object_set_new(media, "id", text(p->media.id, &bad));
            json_object_set_new(media, "alt", text(p->media.alt, &bad));
            json_object_set_new(media, "srcset", text(p->media.srcset, &bad));
            json_object_set_new(media, "width", json_integer(p->media.width));
            json_object_set_new(media, "height", json_integer(p->media.height));
        } else if (p->media.alt) {
            json_object_set_new(media, "alt", text(p->media.alt, &bad));
        }
    }
    json_object_set_new(o, "media", media);
    json_object_set_new(o, "lang", text(p->lang, &bad));
    json_object_set_new(o, "author", text_or_null(p->author, &bad));
    if (p->kind == POST_SELECTION && p->sel) {
        json_object_set_new(o, "slot", text(p->sel->slot, &bad));
        json_object_set_new(o, "local_date", text(p->sel->local_date, &bad));
        json_object_set_new(o, "window_start", json_integer(p->sel->window_start));
        json_object_set_new(o, "window_end", json_integer(p->sel->window_end));
        json_object_set_new(o, "items", selection_json(p->sel, &bad));
    }
    if (p->id)
        json_object_set_new(o, "id", json_integer(p->id));
    if (p->seq)
        json_object_set_new(o, "seq", json_integer(p->seq));
    if (p->published_at)
        json_object_set_new(o, "published_at", json_integer(p->published_at));
    if (p->edited_at)
        json_object_set_new(o, "edited_at", json_integer(p->edited_at));
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* ---- reading a record back ---- */

static char *jdup(const json_t *o, const char *key)
{
    const json_t *v = json_object_get(o, key);
    return json_is_string(v) ? xstrdup(json_string_value(v)) : NULL;
}

static int64_t jint(const json_t *o, const char *key, int64_t def)
{
    const json_t *v = json_object_get(o, key);
    return json_is_integer(v) ? (int64_t)json_integer_value(v) : def;
}

static void selection_from_json(const json_t *rec, struct post_selection *s)
{
    const json_t *items = json_object_get(rec, "items"), *it;
    size_t i;

    snprintf(s->slot, sizeof s->slot, "%s", json_string_value(json_object_get(rec, "slot")) ?: "");
    snprintf(s->local_date, sizeof s->local_date, "%s",
             json_string_value(json_object_get(rec, "local_date")) ?: "");
    s->window_start = jint(rec, "window_start", 0);
    s->window_end = jint(rec, "window_end", 0);
    if (!json_is_array(items) || !json_array_size(items))
        return;
    s->items = xcalloc(json_array_size(items), sizeof *s->items);
    json_array_foreach(items, i, it)
    {
        struct post_item *pi = &s->items[s->nitems++];
        const json_t *merged = json_object_get(it, "merged"), *m;
        size_t k;
        pi->post_id = jint(it, "post_id", 0);
        pi->seq = jint(it, "seq", 0);
        pi->title = jdup(it, "title");
        pi->lede = jdup(it, "lede");
        pi->url = jdup(it, "url");
        pi->score = json_number_value(json_object_get(it, "score"));
        if (json_is_array(merged) && json_array_size(merged)) {
            pi->merged = xcalloc(json_array_size(merged), sizeof *pi->merged);
            json_array_foreach(merged, k, m) pi->merged[pi->nmerged++] = json_integer_value(m);
        }
    }
}

int post_from_json(const json_t *rec, struct post *p)
{
    const json_t *v, *t;
    size_t i;

    post_init(p);
    if (!json_is_object(rec))
        return -EINVAL;
    p->kind = (v = json_object_get(rec, "kind")) && json_is_string(v) &&
                      strcmp(json_string_value(v), "selection") == 0
                  ? POST_SELECTION
                  : POST_NEWS;
    p->id = jint(rec, "id", 0);
    p->seq = jint(rec, "seq", 0);
    p->published_at = jint(rec, "published_at", 0);
    p->edited_at = jint(rec, "edited_at", 0);
    p->publish_at = jint(rec, "publish_at", 0);
    p->title = jdup(rec, "title");
    p->body = jdup(rec, "body");
    p->html = jdup(rec, "html");
    p->lang = jdup(rec, "lang");
    p->author = jdup(rec, "author");
    p->source_url = jdup(rec, "source_url");
    p->external_id = jdup(rec, "external_id");
    p->importance = (int)jint(rec, "importance", POST_IMPORTANCE_DEFAULT);
    p->silent = json_is_true(json_object_get(rec, "silent"));
    if (json_is_array(v = json_object_get(rec, "tags")) && json_array_size(v)) {
        p->tags = xcalloc(json_array_size(v) + 1, sizeof *p->tags);
        json_array_foreach(v, i, t) if (json_is_string(t)) p->tags[p->ntags++] =
            xstrdup(json_string_value(t));
    }
    if (json_is_object(v = json_object_get(rec, "media")) && json_object_get(v, "url")) {
        p->media.url = jdup(v, "url");
        p->media.caption = jdup(v, "caption");
        p->media.credit = jdup(v, "credit");
        p->media.id = jdup(v, "id"); /* an uploaded photo; older posts have none */
        p->media.alt = jdup(v, "alt");
        p->media.srcset = jdup(v, "srcset");
        p->media.width = (unsigned)jint(v, "width", 0);
        p->media.height = (unsigned)jint(v, "height", 0);
    }
    if (p->kind == POST_SELECTION) {
        p->sel = xcalloc(1, sizeof *p->sel);
        selection_from_json(rec, p->sel);
    }
    return 0;
}
