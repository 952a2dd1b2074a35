/*
 * post_records.h: the store speaks struct post (src/post.h); these tests
 * were written against records (the JSON readers receive). Each rec_*
 * function is the store call of the same name, with the post going through
 * post_from_json / post_to_json: the tests keep asserting on records, and
 * the conversion itself is under test too.
 */
#ifndef CRIER_TEST_POST_RECORDS_H
#define CRIER_TEST_POST_RECORDS_H

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "post.h"
#include "store/store.h"

/* The post as a record (new reference), with publish_at (ms) when with_at
 * and the post has one. */
static inline json_t *rec_of(const struct post *p, int with_at)
{
    json_t *rec = post_to_json(p);
    if (rec && with_at && p->publish_at)
        json_object_set_new(rec, "publish_at", json_integer(p->publish_at));
    return rec;
}

/* The store sets id (and seq, published_at when live) in post: the caller's
 * record becomes the record the store made. */
static inline void rec_take_ids(json_t *rec, const struct post *p)
{
    json_t *made = rec_of(p, 0);
    json_object_clear(rec);
    json_object_update(rec, made);
    json_decref(made);
}

/* A record for the store. One jansson cannot serialise (a test's cycle)
 * becomes a post the store cannot serialise either (a title that is not
 * UTF-8): the store still fails inside its writer, after taking a seq. */
static inline int rec_to_post(json_t *rec, struct post *p)
{
    if (post_from_json(rec, p) < 0)
        return -EINVAL;
    char *text = json_dumps(rec, JSON_COMPACT);
    if (!text) {
        free(p->title);
        p->title = strdup("\xff");
    }
    free(text);
    return 0;
}

static inline int rec_post_create(struct store *st, int64_t channel_id, json_t *rec,
                                  int64_t publish_at, struct store_event *ev)
{
    struct post p;
    if (rec_to_post(rec, &p) < 0)
        return -EINVAL;
    int rc = store_post_create(st, channel_id, &p, publish_at, ev, NULL);
    if (rc == 0)
        rec_take_ids(rec, &p);
    post_clear(&p);
    return rc;
}

/* Publishes {"title": title} now; returns the event's seq, or the error;
 * *id (when not NULL) gets the post's id. */
static inline int64_t rec_post_title(struct store *st, int64_t channel_id, const char *title,
                                     int64_t *id)
{
    json_t *p = json_pack("{ss}", "title", title);
    struct store_event ev;
    int rc = rec_post_create(st, channel_id, p, 0, &ev);
    if (id)
        *id = json_integer_value(json_object_get(p, "id"));
    json_decref(p);
    int64_t seq = rc == 0 ? ev.seq : rc;
    store_event_clear(&ev);
    return seq;
}

static inline int rec_post_edit(struct store *st, int64_t channel_id, int64_t post_id, json_t *rec,
                                struct store_event *ev)
{
    struct post p;
    if (rec_to_post(rec, &p) < 0)
        return -EINVAL;
    int rc = store_post_edit(st, channel_id, post_id, &p, ev, NULL);
    post_clear(&p);
    return rc;
}

static inline int rec_selection_publish(struct store *st, const struct store_selection *key,
                                        json_t *rec, struct store_event *ev)
{
    struct post p;
    if (!rec)
        return store_selection_publish(st, key, NULL, ev);
    /* what the store publishes here is a selection, items and all */
    json_object_set_new(rec, "kind", json_string("selection"));
    if (rec_to_post(rec, &p) < 0)
        return -EINVAL;
    int rc = store_selection_publish(st, key, &p, ev);
    if (rc == 0)
        rec_take_ids(rec, &p);
    post_clear(&p);
    return rc;
}

static inline int rec_post_get(struct store *st, int64_t channel_id, int64_t post_id, json_t **out,
                               int *state)
{
    struct post p;
    int rc = store_post_get(st, channel_id, post_id, &p, state);
    *out = rc == 0 ? rec_of(&p, 0) : NULL;
    post_clear(&p);
    return rc;
}

static inline int rec_post_by_external(struct store *st, int64_t channel_id, const char *ext,
                                       json_t **out, int *state)
{
    struct post p;
    int rc = store_post_by_external(st, channel_id, ext, &p, state);
    *out = rc == 0 ? rec_of(&p, 1) : NULL;
    post_clear(&p);
    return rc;
}

/* posts_recent / posts_scheduled as a JSON array (new reference). */
static inline json_t *recs_of(struct post *ps, size_t n, int with_at)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(arr, rec_of(&ps[i], with_at));
    store_posts_free(ps, n);
    return arr;
}

static inline int rec_posts_recent(struct store *st, int64_t channel_id, int64_t before_seq,
                                   size_t limit, json_t **out)
{
    struct post *ps = NULL;
    size_t n = 0;
    int rc = store_posts_recent(st, channel_id, before_seq, limit, &ps, &n);
    *out = rc == 0 ? recs_of(ps, n, 0) : NULL;
    return rc;
}

static inline int rec_posts_scheduled(struct store *st, int64_t channel_id, size_t limit,
                                      json_t **out)
{
    struct post *ps = NULL;
    size_t n = 0;
    int rc = store_posts_scheduled(st, channel_id, limit, &ps, &n);
    *out = rc == 0 ? recs_of(ps, n, 1) : NULL;
    return rc;
}

#endif
