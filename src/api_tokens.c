/* api_tokens: API tokens (list, create, revoke). */
#include "api_int.h"

#include <errno.h>
#include <string.h>

#include "auth.h"
#include "channel.h"
#include "timefmt.h"

void api_h_tokens(struct api *api, const struct route_match *m, const struct http_request *req,
                  const struct caller *who, struct response *res)
{
    int rc;

    if (api_require_admin(who, res) < 0)
        return;
    api_private(res);
    if (m->id == ROUTE_API_TOKEN) {
        if (req->method != HTTP_DELETE) {
            api_method_not_allowed(res, "DELETE");
            return;
        }
        rc = store_token_revoke(api->st, m->num);
        if (rc < 0)
            api_store_failure(res, rc);
        else
            res->status = 204;
        return;
    }
    if (req->method == HTTP_GET) {
        struct store_token *toks = NULL;
        size_t n = 0;
        if ((rc = store_token_list(api->st, &toks, &n)) < 0) {
            api_store_failure(res, rc);
            return;
        }
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++) {
            struct store_channel ch;
            char created[32], used[32];
            timefmt_iso(toks[i].created_at, created);
            timefmt_iso(toks[i].last_used_at, used);
            json_t *t =
                json_pack("{s:I, s:s, s:s, s:s, s:s?, s:b}", "id", (json_int_t)toks[i].id, "scope",
                          auth_scope_name(toks[i].scope), "label", toks[i].label, "created_at",
                          created, "last_used_at", toks[i].last_used_at ? used : NULL, "revoked",
                          toks[i].revoked_at != 0);
            if (toks[i].channel_id &&
                store_channel_get_by_id(api->st, toks[i].channel_id, &ch) == 0) {
                json_object_set_new(t, "channel", json_string(ch.slug));
                store_channel_clear(&ch);
            }
            json_array_append_new(arr, t);
        }
        free(toks);
        api_reply(res, 200, json_pack("{s:o}", "tokens", arr));
        return;
    }
    if (req->method != HTTP_POST) {
        api_method_not_allowed(res, "GET, POST");
        return;
    }
    json_t *in = api_body_json(req, res);
    if (!in)
        return;
    const char *scope = NULL, *chan = NULL, *label = "";
    json_error_t err;
    struct store_token t = {0};
    struct store_channel ch = {0};
    char token[AUTH_TOKEN_LEN + 1];

    if (json_unpack_ex(in, &err, JSON_STRICT, "{s:s, s?s, s?s}", "scope", &scope, "channel", &chan,
                       "label", &label) < 0) {
        response_error(res, 400, "invalid", "%s", err.text);
    } else if (strlen(label) >= sizeof t.label) {
        response_error(res, 400, "invalid", "label is too long");
    } else if (auth_scope_parse(scope, &t.scope) < 0) {
        response_error(res, 400, "invalid", "scope must be admin or publish");
    } else if (t.scope == STORE_SCOPE_PUBLISH && !chan) {
        response_error(res, 400, "invalid", "a publish token needs a channel");
    } else if (t.scope == STORE_SCOPE_ADMIN && chan) {
        response_error(res, 400, "invalid", "an admin token is not tied to a channel");
    } else if (chan && (rc = store_channel_get(api->st, chan, &ch)) < 0) {
        if (rc == -ENOENT)
            response_error(res, 404, "not_found", "no channel named %s", chan);
        else
            api_store_failure(res, rc);
    } else if (auth_token_new(token, t.hash) < 0) {
        response_error(res, 500, "internal", "no randomness");
    } else {
        t.channel_id = t.scope == STORE_SCOPE_PUBLISH ? ch.id : 0;
        snprintf(t.label, sizeof t.label, "%s", label);
        if ((rc = store_token_create(api->st, &t)) < 0)
            api_store_failure(res, rc);
        else
            api_reply(res, 201,
                      json_pack("{s:I, s:s, s:s, s:s?, s:s}", "id", (json_int_t)t.id, "token",
                                token, "scope", scope, "channel", t.channel_id ? ch.slug : NULL,
                                "label", t.label));
    }
    store_channel_clear(&ch);
    json_decref(in);
}
