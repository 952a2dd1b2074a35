/* api_posts: posts (create, read, edit, delete, list), catch-up events, view counts. */
#include "api_int.h"

#include <errno.h>
#include <string.h>

#include "auth.h"
#include "channel.h"
#include "crier.h"
#include "event.h"
#include "fields.h"
#include "post.h"
#include "reader.h"
#include "timefmt.h"

#define API_EVENTS_LIMIT_MAX 1000
/* event data per catch-up page; past it final:false */
#define API_EVENTS_BYTES_MAX (2 * 1024 * 1024)
/* Applies the newsroom's fields in to p (see post_apply_json): 0, or res
 * filled (400, 413) and < 0. */
static int post_fields(struct api *api, json_t *in, struct post *p, int create,
                       const struct store_channel *ch, struct response *res)
{
    struct post_context ctx = {create, ch->lang, ch->tz, crier_now_ms(), api->media, ch->id};
    struct field_error err;
    if (post_apply_json(p, in, &ctx, &err) == 0)
        return 0;
    response_error(res, err.status, err.code, "%s", err.message);
    return -EINVAL;
}

/* The answer to a create, an edit or a delete (post NULL). A create's or an
 * edit's event carries the post's record as the store wrote it, which is
 * post_to_json(post) in compact JSON: the answer takes that text as its
 * "post" rather than building and writing the record a second time. */
static void post_reply(struct response *res, int status, const struct store_channel *ch,
                       const struct store_event *ev, const struct post *post)
{
    json_t *o = json_pack("{s:s, s:I}", "channel", ch->slug, "id", (json_int_t)ev->post_id);
    if (ev->seq)
        json_object_set_new(o, "seq", json_integer(ev->seq));
    if (post && post->published_at)
        json_object_set_new(o, "published_at", json_integer(post->published_at));
    int spliced = post && ev->data && ev->data_len &&
                  (ev->kind == STORE_EV_POST || ev->kind == STORE_EV_EDIT);
    if (post && !spliced)
        json_object_set_new(o, "post", post_to_json(post));
    api_reply(res, status, o);
    if (!spliced || res->status != status)
        return;
    /* {...} becomes {...,"post":<record>} */
    struct buf *b = &res->body;
    b->data[--b->len] = '\0';
    if (buf_append(b, ",\"post\":", 8) < 0 || buf_append(b, ev->data, ev->data_len) < 0 ||
        buf_append(b, "}", 1) < 0)
        response_error(res, 500, "internal", "the answer could not be serialised");
}

/* The answer to a create that waits for its time: 202 with the post. */
static void scheduled_reply(struct response *res, const struct store_channel *ch,
                            const struct post *post)
{
    char when[32];
    if (post->publish_at == POST_DRAFT_AT || post->publish_at == 0) { /* a draft */
        api_reply(res, 202,
                  json_pack("{s:s, s:I, s:s, s:o}", "channel", ch->slug, "id", (json_int_t)post->id,
                            "state", "draft", "post", post_to_json(post)));
        return;
    }
    timefmt_iso(post->publish_at, when);
    api_reply(res, 202,
              json_pack("{s:s, s:I, s:s, s:s, s:o}", "channel", ch->slug, "id",
                        (json_int_t)post->id, "state", "scheduled", "publish_at", when, "post",
                        post_to_json(post)));
}

/* The answer a create with external_id ext got the first time, if there was
 * one (a retry from a bridge or a CMS hook): 1 when res holds it, 0 when no
 * post has that id, < 0 on a store failure (res filled). */
static int replay_external(struct api *api, const struct store_channel *ch, const char *ext,
                           struct response *res)
{
    struct post p;
    int state = 0;
    int rc = store_post_by_external(api->st, ch->id, ext, &p, &state);

    if (rc == -ENOENT)
        return 0;
    if (rc < 0) {
        api_store_failure(res, rc);
        return rc;
    }
    if (state == STORE_POST_SCHEDULED || state == STORE_POST_DRAFT) {
        scheduled_reply(res, ch, &p);
    } else {
        struct store_event ev = {.post_id = p.id, .seq = p.seq};
        post_reply(res, 201, ch, &ev, &p);
    }
    reader_header_add(res, "Idempotent-Replayed: true");
    post_clear(&p);
    return 1;
}

#define API_LIST_LIMIT_MAX 100
#define API_LIST_SCHEDULED_MAX 100

/* GET .../posts: the publisher's view of a channel, its drafts (newest
 * first, at most 100), its scheduled posts (soonest first) and its published ones (newest first, a
 * page at a time: ?before=N&limit=L). Deleted posts are not listed. */
static void list_posts(struct api *api, const struct route_match *m, const struct http_request *req,
                       const struct caller *who, struct response *res)
{
    struct store_channel ch;
    struct post *live = NULL, *sched = NULL, *drafts = NULL;
    size_t nlive = 0, nsched = 0, ndrafts = 0;
    int64_t before, limit;

    if (api_query_int(req, "before", 0, 0, INT64_MAX / 2, &before, res) < 0 ||
        api_query_int(req, "limit", 20, 1, API_LIST_LIMIT_MAX, &limit, res) < 0 ||
        api_channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    int rc = store_posts_recent(api->st, ch.id, before, (size_t)limit + 1, &live, &nlive);
    if (rc == 0)
        rc = store_posts_scheduled(api->st, ch.id, API_LIST_SCHEDULED_MAX, &sched, &nsched);
    if (rc == 0)
        rc = store_posts_drafts(api->st, ch.id, API_LIST_SCHEDULED_MAX, &drafts, &ndrafts);
    if (rc < 0) {
        api_store_failure(res, rc);
    } else {
        json_t *posts = json_array(), *scheduled = json_array(), *next = json_null();
        json_t *held = json_array();
        for (size_t i = 0; i < ndrafts; i++)
            json_array_append_new(held, post_to_json(&drafts[i]));
        /* One more than asked tells whether there is a next page. */
        if (nlive > (size_t)limit)
            next = json_integer(live[limit - 1].seq);
        for (size_t i = 0; i < nlive && i < (size_t)limit; i++)
            json_array_append_new(posts, post_to_json(&live[i]));
        for (size_t i = 0; i < nsched; i++) {
            char when[32];
            json_t *o = post_to_json(&sched[i]);
            timefmt_iso(sched[i].publish_at, when);
            json_object_set_new(o, "publish_at", json_string(when));
            json_array_append_new(scheduled, o);
        }
        api_reply(res, 200,
                  json_pack("{s:s, s:o, s:o, s:o, s:o}", "channel", ch.slug, "drafts", held,
                            "scheduled", scheduled, "posts", posts, "next_before", next));
    }
    store_posts_free(drafts, ndrafts);
    store_posts_free(live, nlive);
    store_posts_free(sched, nsched);
    store_channel_clear(&ch);
}

void api_h_posts(struct api *api, const struct route_match *m, const struct http_request *req,
                 const struct caller *who, struct response *res)
{
    struct store_channel ch;
    struct store_event ev = {0};

    if (req->method == HTTP_GET) {
        list_posts(api, m, req, who, res);
        return;
    }
    if (req->method != HTTP_POST) {
        api_method_not_allowed(res, "GET, POST");
        return;
    }
    if (!api_signed_in(who)) {
        /* before the channel is looked at: the same for every slug */
        response_error(res, 401, "unauthorized", "publishing needs a token");
        return;
    }
    if (api_channel_load_cached(api, m->slug, who, &ch, res) < 0)
        return;
    /* An author who may not publish here still writes drafts. */
    int drafts_only = who->has_user && !who->has_token && !team_may_publish(&who->user, ch.id) &&
                      team_role_in(&who->user, ch.id) == STORE_ROLE_AUTHOR;
    if (!drafts_only && api_require_publisher(who, ch.id, res) < 0) {
        store_channel_clear(&ch);
        return;
    }
    json_t *in = api_body_json(req, res);
    if (in) {
        struct post p;
        post_init(&p);
        int ok = post_fields(api, in, &p, 1, &ch, res) == 0;
        if (ok && drafts_only && p.publish_at != POST_DRAFT_AT) {
            response_error(res, 403, "forbidden",
                           "an author writes drafts in this channel: send \"draft\": true");
            ok = 0;
        }
        p.user_id = who->has_user ? who->user.user_id : 0;
        const char *ext = ok ? p.external_id : NULL;
        /* A replay reads a stored post: a token from the cache is read again
         * first. The create checks its token in its own transaction. */
        if (ext && api_token_confirm(api, who, res) < 0) {
            ok = 0;
            ext = NULL;
        }
        if (ok && (!ext || replay_external(api, &ch, ext, res) == 0)) {
            int64_t now = crier_now_ms(), publish_at = p.publish_at > now ? p.publish_at : 0;
            struct store_audit audit;
            api_audit_fill(&audit, who, ch.id,
                           !publish_at                   ? "publish"
                           : publish_at == POST_DRAFT_AT ? "draft"
                                                         : "schedule",
                           0, p.title);
            int rc = store_post_create(api->st, ch.id, &p, publish_at, &ev, &audit);
            if (rc == -EEXIST && ext && replay_external(api, &ch, ext, res) == 1) {
                /* a retry raced the first: its answer went out above */
            } else if (rc < 0) {
                api_store_failure(res, rc);
            } else if (ev.seq == 0) {
                scheduled_reply(res, &ch, &p);
            } else {
                post_reply(res, 201, &ch, &ev, &p);
            }
            store_event_clear(&ev);
        }
        post_clear(&p);
        json_decref(in);
    }
    store_channel_clear(&ch);
}

void api_h_post(struct api *api, const struct route_match *m, const struct http_request *req,
                const struct caller *who, struct response *res)
{
    struct store_channel ch;
    struct store_event ev = {0};
    int rc, state = 0;
    struct post p;

    if (req->method != HTTP_GET && req->method != HTTP_PATCH && req->method != HTTP_DELETE) {
        api_method_not_allowed(res, "GET, PATCH, DELETE");
        return;
    }
    if (api_channel_load(api, m->slug, who, &ch, res) < 0)
        return;
    if (req->method == HTTP_GET) {
        rc = store_post_get(api->st, ch.id, m->num, &p, &state);
        if (rc == 0 && state == STORE_POST_LIVE)
            api_reply(res, 200, post_to_json(&p));
        else if (rc == 0 && (state == STORE_POST_SCHEDULED || state == STORE_POST_DRAFT) &&
                 ((who->has_token && auth_can_publish(&who->tok, ch.id)) ||
                  (who->has_user && team_role_in(&who->user, ch.id)))) {
            api_private(res); /* not published yet */
            api_reply(res, 200, post_to_json(&p));
        } else if (rc == 0 || rc == -ENOENT)
            response_error(res, state == STORE_POST_DELETED ? 410 : 404,
                           state == STORE_POST_DELETED ? "gone" : "not_found",
                           state == STORE_POST_DELETED ? "this post was deleted" : "no such post");
        else
            api_store_failure(res, rc);
        post_clear(&p);
        store_channel_clear(&ch);
        return;
    }
    int user = who->has_user && !who->has_token;
    if (!user && api_require_publisher(who, ch.id, res) < 0) {
        store_channel_clear(&ch);
        return;
    }
    /* An account: who may change it depends on whose it is and whether it
     * is out. A stranger to the channel learns nothing of which posts exist. */
    rc = store_post_get(api->st, ch.id, m->num, &p, &state);
    if (rc == 0 && state == STORE_POST_DELETED)
        rc = -ENOENT;
    if (user && ((rc == 0 && api_may_change_post(who, ch.id, &p, state, res) < 0) ||
                 (rc < 0 && !team_role_in(&who->user, ch.id) &&
                  api_require_publisher(who, ch.id, res) < 0))) {
        post_clear(&p);
        store_channel_clear(&ch);
        return;
    }
    if (req->method == HTTP_DELETE) {
        char title[POST_TITLE_MAX + 1];
        snprintf(title, sizeof title, "%s", rc == 0 && p.title ? p.title : "");
        post_clear(&p);
        struct store_audit audit;
        api_audit_fill(&audit, who, ch.id, "delete", m->num, title);
        if (rc == 0)
            rc = store_post_delete(api->st, ch.id, m->num, &ev, &audit);
        if (rc < 0)
            api_store_failure(res, rc);
        else
            post_reply(res, 200, &ch, &ev, NULL);
        store_event_clear(&ev);
        store_channel_clear(&ch);
        return;
    }
    post_clear(&p);
    json_t *in = api_body_json(req, res);
    if (!in) {
        store_channel_clear(&ch);
        return;
    }
    if (json_object_size(in) == 0) {
        /* An edit takes a seq and reaches every reader: not for nothing. */
        response_error(res, 400, "invalid", "nothing to change");
        json_decref(in);
        store_channel_clear(&ch);
        return;
    }
    rc = store_post_get(api->st, ch.id, m->num, &p, &state);
    if (rc < 0 || state == STORE_POST_DELETED) {
        api_store_failure(res, rc < 0 ? rc : -ENOENT);
    } else if (post_fields(api, in, &p, 0, &ch, res) == 0) {
        struct store_audit audit;
        api_audit_fill(&audit, who, ch.id, "edit", m->num, p.title);
        rc = store_post_edit(api->st, ch.id, m->num, &p, &ev, &audit);
        if (rc < 0) {
            api_store_failure(res, rc);
        } else {
            ev.post_id = m->num;
            post_reply(res, 200, &ch, &ev, &p);
        }
        store_event_clear(&ev);
    }
    post_clear(&p);
    json_decref(in);
    store_channel_clear(&ch);
}

/* ?include=source (wire protocol v1.1): the events carry the post's
 * Markdown "body" as well as its "html". 1 with it, 0 without, or -EINVAL
 * with a 400 reply for any other include. */
static int api_include_source(const struct http_request *req, struct response *res)
{
    char v[32];
    ssize_t n = http_query_get(req->query, "include", v, sizeof v);
    if (n == -ENOENT)
        return 0;
    if (n >= 0 && strcmp(v, "source") == 0)
        return 1;
    response_error(res, 400, "invalid", "include must be \"source\"");
    return -EINVAL;
}

void api_h_events(struct api *api, const struct route_match *m, const struct http_request *req,
                  const struct caller *who, struct response *res)
{
    struct store_channel ch;
    struct store_event *evs = NULL;
    size_t n = 0;
    int64_t after, limit, oldest = 0, last = 0;

    if (api_query_int(req, "after", 0, 0, INT64_MAX / 2, &after, res) < 0 ||
        api_query_int(req, "limit", 100, 1, API_EVENTS_LIMIT_MAX, &limit, res) < 0)
        return;
    int source = api_include_source(req, res);
    if (source < 0)
        return;
    if (api_channel_load(api, m->slug, who, &ch, res) < 0)
        return;
    int rc = store_events_page(api->st, ch.id, after, (size_t)limit, API_EVENTS_BYTES_MAX, &evs, &n,
                               &oldest, &last);
    api_cors(res, &ch);
    reader_header_add(res, "X-Crier-Protocol: " EVENT_PROTOCOL);
    store_channel_clear(&ch);
    if (rc == CRIER_EPRUNED) {
        res->status = 410;
        buf_reset(&res->body);
        buf_printf(&res->body,
                   "{\"error\":\"gone\",\"message\":\"events up to %lld were pruned; "
                   "reload from oldest_seq\",\"oldest_seq\":%lld}",
                   (long long)oldest - 1, (long long)oldest);
        return;
    }
    if (rc < 0) {
        api_store_failure(res, rc);
        return;
    }
    /* The page stops early at a byte budget (final:false, the client asks
     * again from the last seq it got). An answer is never cut short: if it
     * cannot be built whole, it is an error. */
    struct buf *b = &res->body;
    buf_reset(b);
    rc = buf_appends(b, "{\"events\":[");
    for (size_t i = 0; i < n && rc == 0; i++) {
        if (i)
            rc = buf_append(b, ",", 1);
        if (rc == 0)
            rc = event_json_opt(b, &evs[i], source);
    }
    int final = n == 0 || evs[n - 1].seq >= last;
    if (rc == 0)
        rc = buf_printf(b, "],\"final\":%s,\"oldest_seq\":%lld,\"last_seq\":%lld}",
                        final ? "true" : "false", (long long)oldest, (long long)last);
    store_events_free(evs, n);
    if (rc < 0) {
        buf_reset(b);
        response_error(res, 500, "too_large", "the events do not fit in one answer");
        return;
    }
    res->status = 200;
}

#define API_VIEWS_POSTS_MAX 500
#define API_VIEWS_PER_POST_MAX 100

void api_h_views(struct api *api, const struct route_match *m, const struct http_request *req,
                 const struct caller *who, struct response *res)
{
    struct store_channel ch;
    const char *key;
    json_t *views, *v;
    int64_t ids[API_VIEWS_POSTS_MAX];
    size_t n = 0;

    if (api_over_limit(api, api->views_limit, req, "view reports", res) < 0)
        return;
    json_t *in = api_body_json(req, res);
    if (!in)
        return;
    views = json_object_get(in, "views");
    if (json_object_size(in) != 1 || !json_is_object(views) ||
        json_object_size(views) > API_VIEWS_POSTS_MAX) {
        response_error(res, 400, "invalid",
                       "expected {\"views\": {\"<post id>\": n}} with at most %d posts",
                       API_VIEWS_POSTS_MAX);
        json_decref(in);
        return;
    }
    json_object_foreach(views, key, v)
    {
        char *end;
        long long id = strtoll(key, &end, 10);
        if (*end || id <= 0 || !json_is_integer(v) || json_integer_value(v) < 1 ||
            json_integer_value(v) > API_VIEWS_PER_POST_MAX) {
            response_error(res, 400, "invalid", "each entry is \"<post id>\": 1..%d",
                           API_VIEWS_PER_POST_MAX);
            json_decref(in);
            return;
        }
        ids[n++] = id;
    }
    json_decref(in);
    if (api_channel_load(api, m->slug, who, &ch, res) < 0)
        return;
    unsigned char viewer[32];
    size_t counted = 0;
    int rc = api_viewer_key(api, req, viewer);
    if (rc == 0 && n)
        rc = store_views_record(api->st, ch.id, ids, n, viewer, crier_now_ms(), &counted);
    if (rc < 0)
        api_store_failure(res, rc);
    else
        res->status = 204;
    store_channel_clear(&ch);
}
