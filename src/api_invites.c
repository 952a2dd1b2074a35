/* api_invites: invite links (create, list, revoke). */
#include "api_int.h"

#include <errno.h>
#include <string.h>

#include "auth.h"
#include "crier.h"
#include "invite.h"

#define API_INVITE_EXPIRES_MAX (10LL * 365 * 24 * 3600) /* seconds */
#define API_INVITE_USES_MAX 1000000000LL
#define API_INVITE_LABEL_MAX 127

static int invite_from_json(json_t *in, struct store_invite *inv, struct response *res)
{
    static const char *const allowed[] = {"expires_in", "max_uses", "approval", "label", NULL};
    const char *label = NULL;
    int64_t secs = 0;
    json_t *v;

    if (api_only_fields(in, allowed, res) < 0 ||
        api_get_int(in, "expires_in", 1, API_INVITE_EXPIRES_MAX, &secs, res) < 0 ||
        api_get_int(in, "max_uses", 1, API_INVITE_USES_MAX, &inv->max_uses, res) < 0 ||
        api_get_str(in, "label", API_INVITE_LABEL_MAX, 0, 400, &label, res) < 0)
        return -EINVAL;
    if ((v = json_object_get(in, "approval")) && !json_is_null(v)) {
        if (!json_is_boolean(v)) {
            response_error(res, 400, "invalid", "approval must be true or false");
            return -EINVAL;
        }
        inv->approval = json_is_true(v);
    }
    if (secs)
        inv->expires_at = crier_now_ms() + secs * 1000;
    if (label)
        snprintf(inv->label, sizeof inv->label, "%s", label);
    return 0;
}

/* GET and POST /api/v1/channels/{slug}/invites (admin or publish token). */
void api_h_invites(struct api *api, const struct route_match *m, const struct http_request *req,
                   const struct caller *who, struct response *res)
{
    struct store_channel ch;
    int err;

    if (req->method != HTTP_GET && req->method != HTTP_POST) {
        api_method_not_allowed(res, "GET, POST");
        return;
    }
    if (api_channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    if (req->method == HTTP_GET) {
        struct store_invite *invs = NULL;
        size_t n = 0;
        if ((err = store_invite_list(api->st, ch.id, &invs, &n)) < 0) {
            api_store_failure(res, err);
        } else {
            json_t *arr = json_array();
            for (size_t i = 0; i < n; i++)
                json_array_append_new(arr, invite_json(&invs[i]));
            api_reply(res, 200, json_pack("{s:o}", "invites", arr));
        }
        free(invs);
        store_channel_clear(&ch);
        return;
    }
    json_t *in = req->body_len ? api_body_json(req, res) : json_object();
    struct store_invite inv = {.channel_id = ch.id};
    char tok[TOKEN_LEN + 1], url[TOKEN_LEN + 4];
    if (in && invite_from_json(in, &inv, res) == 0) {
        if ((err = invite_create(api->st, &inv, tok)) < 0) {
            api_store_failure(res, err);
        } else {
            snprintf(url, sizeof url, "/+%s", tok);
            json_t *o = invite_json(&inv);
            json_object_set_new(o, "token", json_string(tok));
            json_object_set_new(o, "url", json_string(url));
            json_object_set_new(o, "link", api_absolute_link(req, url));
            api_reply(res, 201, o);
            explicit_bzero(tok, sizeof tok);
        }
    }
    json_decref(in);
    store_channel_clear(&ch);
}

/* DELETE /api/v1/channels/{slug}/invites/{id-or-token}: revokes it. */
void api_h_invite(struct api *api, const struct route_match *m, const struct http_request *req,
                  const struct caller *who, struct response *res)
{
    struct store_channel ch;
    unsigned char hash[32];
    int err;

    (void)req; /* DELETE only: the dispatcher checked */
    if (api_channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    /* Ids are short numbers; tokens are 16 or more characters. */
    if (m->num > 0 && strlen(m->token) < ROUTE_TOKEN_MIN) {
        err = store_invite_revoke(api->st, ch.id, m->num, NULL);
    } else {
        auth_hash(m->token, strlen(m->token), hash);
        err = store_invite_revoke(api->st, ch.id, 0, hash);
    }
    if (err == -ENOENT)
        response_error(res, 404, "not_found", "no such invite in %s", ch.slug);
    else if (err < 0)
        api_store_failure(res, err);
    else
        res->status = 204;
    store_channel_clear(&ch);
}

/* GET /api/v1/channels/{slug}/members?state=pending|member|all. */
