/* api_channels: the channel resource (list, create, read, update, delete, prune, pin). */
#include "api_int.h"

#include <errno.h>
#include <string.h>

#include "channel.h"
#include "crier.h"
#include "selection.h"
#include "xmalloc.h"

/* The channel as JSON, with its selection settings (defaults filled in). */
static json_t *channel_json(const struct store_channel *ch)
{
    struct selection_config cfg;
    char err[128];
    json_t *o = channel_to_json(ch);
    if (selection_config_parse(ch->selection, &cfg, err, sizeof err) == 0)
        json_object_set_new(o, "selection", selection_config_json(&cfg));
    return o;
}

static int channel_from_json(json_t *in, struct store_channel *ch, int create, struct response *res)
{
    static const char *const allowed[] = {"slug", "title",      "description", "lang",
                                          "tz",   "visibility", "selection",   NULL};
    const char *s;
    int rc;

    if (api_only_fields(in, allowed, res) < 0)
        return -EINVAL;
    if (create) {
        s = NULL;
        if (api_get_str(in, "slug", STORE_SLUG_MAX + 1, 0, 400, &s, res) < 0)
            return -EINVAL;
        if (!s) {
            response_error(res, 400, "invalid", "slug is required");
            return -EINVAL;
        }
        snprintf(ch->slug, sizeof ch->slug, "%s", s);
        if (strlen(s) > STORE_SLUG_MAX)
            ch->slug[0] = '\0';
    } else if (json_object_get(in, "slug")) {
        response_error(res, 400, "invalid", "a channel's slug cannot change");
        return -EINVAL;
    }
    s = NULL;
    if ((rc = api_get_str(in, "title", CHANNEL_TITLE_MAX, 0, 400, &s, res)) < 0)
        return rc;
    if (s) {
        free(ch->title);
        ch->title = xstrdup(s);
    } else if (create) {
        response_error(res, 400, "invalid", "title is required");
        return -EINVAL;
    }
    s = NULL;
    if ((rc = api_get_str(in, "description", CHANNEL_DESC_MAX, 1, 400, &s, res)) < 0)
        return rc;
    if (s) {
        free(ch->description);
        ch->description = xstrdup(s);
    }
    s = NULL;
    if ((rc = api_get_str(in, "lang", STORE_LANG_MAX, 0, 400, &s, res)) < 0)
        return rc;
    if (s)
        snprintf(ch->lang, sizeof ch->lang, "%s", s);
    s = NULL;
    if ((rc = api_get_str(in, "tz", STORE_TZ_MAX, 0, 400, &s, res)) < 0)
        return rc;
    if (s)
        snprintf(ch->tz, sizeof ch->tz, "%s", s);
    s = NULL;
    if ((rc = api_get_str(in, "visibility", 16, 0, 400, &s, res)) < 0)
        return rc;
    if (s) {
        ch->visibility = channel_visibility_parse(s);
        if (ch->visibility < 0) {
            response_error(res, 400, "invalid", "visibility must be public or private");
            return -EINVAL;
        }
    }
    json_t *sel = json_object_get(in, "selection");
    if (sel) {
        char err[160], *text = NULL;
        if (selection_config_patch(ch->selection, sel, &text, err, sizeof err) < 0) {
            response_error(res, 400, "invalid", "selection: %s", err);
            return -EINVAL;
        }
        free(ch->selection);
        ch->selection = text;
    }
    const char *field = "";
    rc = channel_validate(ch, &field);
    if (rc == CRIER_ERESERVED) {
        response_error(res, 400, "invalid", "the slug \"%s\" is reserved", ch->slug);
        return rc;
    }
    if (rc < 0) {
        response_error(res, 400, "invalid", "bad %s", field);
        return rc;
    }
    return 0;
}

void api_h_channels(struct api *api, const struct route_match *m, const struct http_request *req,
                    const struct caller *who, struct response *res)
{
    (void)m;
    if (req->method == HTTP_GET) {
        struct store_channel *chs = NULL;
        size_t n = 0;
        int rc = store_channel_list(api->st, &chs, &n);
        if (rc < 0) {
            api_store_failure(res, rc);
            return;
        }
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++)
            if (api_may_read(who, &chs[i]))
                json_array_append_new(arr, channel_json(&chs[i]));
        store_channels_free(chs, n);
        if (who->has_token)
            api_private(res); /* may list private channels */
        api_reply(res, 200, json_pack("{s:o}", "channels", arr));
    } else if (req->method == HTTP_POST) {
        if (api_require_admin(who, res) < 0)
            return;
        json_t *in = api_body_json(req, res);
        if (!in)
            return;
        struct store_channel ch = {0};
        ch.title = NULL;
        ch.description = xstrdup("");
        snprintf(ch.lang, sizeof ch.lang, "en");
        snprintf(ch.tz, sizeof ch.tz, "UTC");
        if (channel_from_json(in, &ch, 1, res) == 0) {
            int rc = store_channel_create(api->st, &ch);
            if (rc == -EEXIST)
                response_error(res, 409, "conflict", "a channel named %s exists", ch.slug);
            else if (rc < 0)
                api_store_failure(res, rc);
            else
                api_reply(res, 201, channel_json(&ch));
        }
        store_channel_clear(&ch);
        json_decref(in);
    } else {
        api_method_not_allowed(res, "GET, POST");
    }
}

void api_h_channel(struct api *api, const struct route_match *m, const struct http_request *req,
                   const struct caller *who, struct response *res)
{
    struct store_channel ch;
    int rc;

    if (req->method == HTTP_GET) {
        int64_t members = 0;
        if (api_channel_load(api, m->slug, who, &ch, res) < 0)
            return;
        json_t *o = channel_json(&ch);
        if (store_member_count(api->st, ch.id, &members) == 0)
            json_object_set_new(o, "members", json_integer(members));
        api_cors(res, &ch);
        api_reply(res, 200, o);
        store_channel_clear(&ch);
        return;
    }
    if (req->method != HTTP_PATCH && req->method != HTTP_DELETE) {
        api_method_not_allowed(res, "GET, PATCH, DELETE");
        return;
    }
    if (api_require_admin(who, res) < 0)
        return;
    if (req->method == HTTP_DELETE) {
        rc = store_channel_delete(api->st, m->slug);
        if (rc < 0)
            api_store_failure(res, rc);
        else
            res->status = 204;
        return;
    }
    json_t *in = api_body_json(req, res);
    if (!in)
        return;
    if ((rc = store_channel_get(api->st, m->slug, &ch)) < 0) {
        api_store_failure(res, rc);
    } else {
        if (channel_from_json(in, &ch, 0, res) == 0) {
            rc = store_channel_update(api->st, &ch);
            if (rc < 0)
                api_store_failure(res, rc);
            else
                api_reply(res, 200, channel_json(&ch));
        }
        store_channel_clear(&ch);
    }
    json_decref(in);
}

void api_h_prune(struct api *api, const struct route_match *m, const struct http_request *req,
                 const struct caller *who, struct response *res)
{
    struct store_channel ch;
    json_int_t before = 0;
    json_error_t err;

    if (api_require_admin(who, res) < 0)
        return;
    json_t *in = api_body_json(req, res);
    if (!in)
        return;
    if (json_unpack_ex(in, &err, JSON_STRICT, "{s:I}", "before_seq", &before) < 0 || before < 1) {
        response_error(res, 400, "invalid", "expected {\"before_seq\": N} with N >= 1");
    } else if (api_channel_load(api, m->slug, who, &ch, res) == 0) {
        if (before > ch.last_seq + 1)
            before = ch.last_seq + 1;
        int rc = store_prune(api->st, ch.id, before);
        if (rc < 0)
            api_store_failure(res, rc);
        else
            api_reply(res, 200, json_pack("{s:I}", "oldest_seq", (json_int_t)before));
        store_channel_clear(&ch);
    }
    json_decref(in);
}

/*
 * PUT .../pin {"post_id": N} pins a live post of the channel to the top of
 * its page; DELETE .../pin unpins. Either is an event ("pin") that every
 * open page applies live. For a token that may publish to the channel, or
 * an editor or owner who may publish there.
 */
void api_h_pin(struct api *api, const struct route_match *m, const struct http_request *req,
               const struct caller *who, struct response *res)
{
    struct store_channel ch;
    struct store_event ev;
    json_int_t post_id = 0;
    json_error_t err;
    json_t *in = NULL;

    if (api_channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    if (who->has_user && !who->has_token && api_require_publisher(who, ch.id, res) < 0) {
        store_channel_clear(&ch);
        return;
    }
    if (req->method == HTTP_PUT) {
        if (!(in = api_body_json(req, res))) {
            store_channel_clear(&ch);
            return;
        }
        if (json_unpack_ex(in, &err, JSON_STRICT, "{s:I}", "post_id", &post_id) < 0 ||
            post_id < 1) {
            response_error(res, 400, "invalid", "expected {\"post_id\": N} with N >= 1");
            json_decref(in);
            store_channel_clear(&ch);
            return;
        }
        json_decref(in);
    }
    int rc = store_channel_pin(api->st, ch.id, post_id, &ev);
    if (rc == -ENOENT) {
        response_error(res, 404, "not_found", "no live post %lld in this channel",
                       (long long)post_id);
    } else if (rc < 0) {
        api_store_failure(res, rc);
    } else {
        api_audit(api, who, ch.id, post_id ? "pin_top" : "unpin_top",
                  post_id ? post_id : ch.pinned_post_id, NULL);
        api_reply(res, 200,
                  json_pack("{s:s, s:I, s:o}", "channel", ch.slug, "seq", (json_int_t)ev.seq,
                            "pinned_post_id", post_id ? json_integer(post_id) : json_null()));
    }
    store_event_clear(&ev);
    store_channel_clear(&ch);
}
