/*
 * api_sources: the feeds a channel follows (list, add, remove), and the
 * publishing of a draft (a post from a source in draft mode, or one written
 * as a draft). Fetching is the node's fetcher's (source_run.c), never a
 * request's: a slow feed must not hold a worker thread.
 */
#include "api_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "source.h"
#include "timefmt.h"

/* GET and POST /api/v1/channels/{slug}/sources (admin or the channel's
 * publish token). POST takes {url, mode, importance, interval}. */
void api_h_sources(struct api *api, const struct route_match *m, const struct http_request *req,
                   const struct caller *who, struct response *res)
{
    static const char *const allowed[] = {"url", "mode", "importance", "interval", NULL};
    struct store_channel ch;
    int err;

    if (api_channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    if (req->method == HTTP_GET) {
        struct store_source *v = NULL;
        size_t n = 0;
        if ((err = store_source_list(api->st, ch.id, &v, &n)) < 0) {
            api_store_failure(res, err);
        } else {
            json_t *arr = json_array();
            for (size_t i = 0; i < n; i++)
                json_array_append_new(arr, source_json(&v[i]));
            api_private(res);
            api_reply(res, 200, json_pack("{s:o}", "sources", arr));
        }
        free(v);
        store_channel_clear(&ch);
        return;
    }
    json_t *in = api_body_json(req, res);
    const char *url = NULL, *mode = NULL, *why = NULL;
    int64_t imp = 1, every = SOURCE_INTERVAL_DEFAULT;
    struct store_source s = {.channel_id = ch.id};
    /* the getters: 0 absent, 1 given, < 0 refused (res filled) */
    if (in && api_only_fields(in, allowed, res) == 0 &&
        api_get_str(in, "url", STORE_SOURCE_URL_MAX, 0, 400, &url, res) >= 0 &&
        api_get_str(in, "mode", 16, 0, 400, &mode, res) >= 0 &&
        api_get_int(in, "importance", 0, 3, &imp, res) >= 0 &&
        api_get_int(in, "interval", SOURCE_INTERVAL_MIN, 86400, &every, res) >= 0) {
        if (!url)
            response_error(res, 400, "invalid", "url is required");
        else if (source_check(NULL, url, mode, (int)imp, (int)every, &s, &why) < 0)
            response_error(res, 400, "invalid", "%s", why);
        else if ((err = store_source_add(api->st, &s)) == -EEXIST)
            response_error(res, 409, "exists", "%s already follows %s", ch.slug, s.url);
        else if (err == -ENOSPC)
            response_error(res, 409, "too_many", "%s already follows %d sources", ch.slug,
                           STORE_SOURCES_MAX);
        else if (err < 0)
            api_store_failure(res, err);
        else {
            api_reply(res, 201, source_json(&s));
            api_audit(api, who, ch.id, "source_add", 0, s.url);
        }
    }
    json_decref(in);
    store_channel_clear(&ch);
}

/* DELETE /api/v1/channels/{slug}/sources/{id}: stop following it. */
void api_h_source(struct api *api, const struct route_match *m, const struct http_request *req,
                  const struct caller *who, struct response *res)
{
    struct store_channel ch;
    (void)req; /* DELETE only: the dispatcher checked */
    if (api_channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    int err = store_source_remove(api->st, ch.id, m->num);
    if (err == -ENOENT)
        response_error(res, 404, "not_found", "%s has no source %lld", ch.slug, (long long)m->num);
    else if (err < 0)
        api_store_failure(res, err);
    else {
        res->status = 204;
        char what[32];
        snprintf(what, sizeof what, "source %lld", (long long)m->num);
        api_audit(api, who, ch.id, "source_remove", 0, what);
    }
    store_channel_clear(&ch);
}

/* POST /api/v1/channels/{slug}/posts/{id}/publish: a draft (or a scheduled
 * post) goes out now, or at {"publish_at": TIME} (ISO 8601, or local to the
 * channel's zone), or back to draft with {"draft": true}. */
void api_h_post_publish(struct api *api, const struct route_match *m,
                        const struct http_request *req, const struct caller *who,
                        struct response *res)
{
    static const char *const allowed[] = {"publish_at", "draft", NULL};
    struct store_channel ch;
    struct store_event ev = {0};
    json_t *when;
    int64_t at = 0;

    if (api_channel_load(api, m->slug, who, &ch, res) < 0)
        return;
    if (api_require_publisher(who, ch.id, res) < 0) {
        store_channel_clear(&ch);
        return;
    }
    json_t *in = req->body_len ? api_body_json(req, res) : json_object();
    if (!in || api_only_fields(in, allowed, res) < 0)
        goto out;
    when = json_object_get(in, "publish_at");
    if (json_is_true(json_object_get(in, "draft"))) {
        at = STORE_DRAFT_AT;
    } else if (when && !json_is_null(when) && timefmt_json(when, ch.tz, &at) < 0) {
        response_error(res, 400, "invalid",
                       "publish_at: an ISO 8601 time, or a local time in %s (2026-12-05 07:00)",
                       ch.tz);
        goto out;
    }
    struct store_audit audit; /* written with the change, none when it is refused */
    api_audit_fill(&audit, who, ch.id,
                   at == STORE_DRAFT_AT  ? "draft"
                   : at > crier_now_ms() ? "schedule"
                                         : "publish",
                   m->num, NULL);
    int err = store_post_schedule(api->st, ch.id, m->num, at, &ev, &audit);
    if (err == -ENOENT)
        response_error(res, 404, "not_found", "no draft or scheduled post %lld in %s",
                       (long long)m->num, ch.slug);
    else if (err == -EALREADY)
        response_error(res, 409, "published", "post %lld is already published", (long long)m->num);
    else if (err < 0)
        api_store_failure(res, err);
    else if (ev.seq)
        api_reply(res, 200,
                  json_pack("{s:I, s:I, s:s}", "id", (json_int_t)m->num, "seq", (json_int_t)ev.seq,
                            "state", "live"));
    else
        api_reply(res, 200,
                  json_pack("{s:I, s:s}", "id", (json_int_t)m->num, "state",
                            at == STORE_DRAFT_AT ? "draft" : "scheduled"));
    store_event_clear(&ev);
out:
    json_decref(in);
    store_channel_clear(&ch);
}
