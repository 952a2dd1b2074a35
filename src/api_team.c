/*
 * api_team: a channel's team (accounts and roles) and its audit log. The
 * team is the owners' (or an admin token's); the audit log is for editors
 * and owners (and tokens that may publish there).
 */
#include "api_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "team.h"
#include "timefmt.h"

/* An owner of ch (a session), or an admin token. 0, or res filled. */
static int require_owner(const struct caller *who, const struct store_channel *ch,
                         struct response *res)
{
    if (who->has_token)
        return api_require_admin(who, res);
    if (team_role_in(&who->user, ch->id) == STORE_ROLE_OWNER)
        return 0;
    response_error(res, 403, "forbidden", "the team is for the channel's owners");
    return -EACCES;
}

static json_t *role_json(const struct store_role_row *r)
{
    return json_pack("{s:I, s:s, s:s, s:b}", "user_id", (json_int_t)r->user_id, "email", r->email,
                     "role", team_role_name(r->role), "may_publish", r->may_publish);
}

/* POST .../team {email, role, may_publish, name}: the account (made when
 * new) gets the role; a new account's one-time sign-in link is answered. */
static void team_add(struct api *api, const struct caller *who, const struct store_channel *ch,
                     const struct http_request *req, struct response *res)
{
    static const char *const allowed[] = {"email", "role", "may_publish", "name", NULL};
    const char *email_in = NULL, *role_s = NULL, *name = NULL;
    char email[STORE_EMAIL_MAX + 1], tok[TOKEN_LEN + 1], link[TOKEN_LEN + 16] = "";
    struct store_user u;
    int role, err;

    json_t *in = api_body_json(req, res);
    if (!in || api_only_fields(in, allowed, res) < 0 ||
        api_get_str(in, "email", STORE_EMAIL_MAX, 0, 400, &email_in, res) < 0 ||
        api_get_str(in, "role", 16, 0, 400, &role_s, res) < 0 ||
        api_get_str(in, "name", sizeof u.name - 1, 0, 400, &name, res) < 0)
        goto out;
    if (team_email_norm(email_in, email) < 0) {
        response_error(res, 400, "invalid", "email: an address like name@example.org");
        goto out;
    }
    if (team_role_parse(role_s, &role) < 0) {
        response_error(res, 400, "invalid", "role: owner, editor or author");
        goto out;
    }
    err = store_user_by_email(api->st, email, &u);
    if (err == -ENOENT) {
        memset(&u, 0, sizeof u);
        snprintf(u.email, sizeof u.email, "%s", email);
        snprintf(u.name, sizeof u.name, "%s", name ? name : "");
        err = store_user_create(api->st, &u);
    }
    struct store_role_row r = {.user_id = u.id,
                               .channel_id = ch->id,
                               .role = role,
                               .may_publish = json_is_true(json_object_get(in, "may_publish"))};
    if (err == 0)
        err = store_role_set(api->st, &r);
    if (err == 0 && !u.pass[0] && (err = team_link_new(api->st, u.id, tok)) == 0) {
        snprintf(link, sizeof link, "/studio/link/%s", tok);
        explicit_bzero(tok, sizeof tok);
    }
    explicit_bzero(u.pass, sizeof u.pass);
    if (err < 0) {
        api_store_failure(res, err);
        goto out;
    }
    snprintf(r.email, sizeof r.email, "%s", email);
    json_t *o = role_json(&r);
    if (link[0]) {
        json_object_set_new(o, "link", json_string(link));
        json_object_set_new(o, "link_url", api_absolute_link(req, link));
    }
    api_reply(res, 201, o);
    api_audit(api, who, ch->id, "member_add", 0, email);
out:
    explicit_bzero(link, sizeof link);
    json_decref(in);
}

/* GET, POST /api/v1/channels/{slug}/team; DELETE .../team/{user_id}. */
void api_h_team(struct api *api, const struct route_match *m, const struct http_request *req,
                const struct caller *who, struct response *res)
{
    struct store_channel ch;
    if (api_channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    if (req->method == HTTP_GET) {
        struct store_role_row *v = NULL;
        size_t n = 0;
        int err = store_roles_of(api->st, 0, ch.id, &v, &n);
        if (err < 0) {
            api_store_failure(res, err);
        } else {
            json_t *arr = json_array();
            for (size_t i = 0; i < n; i++)
                json_array_append_new(arr, role_json(&v[i]));
            api_reply(res, 200, json_pack("{s:o}", "team", arr));
        }
        free(v);
    } else if (require_owner(who, &ch, res) == 0) {
        if (req->method == HTTP_POST) {
            team_add(api, who, &ch, req, res);
        } else {
            int err = store_role_remove(api->st, m->num, ch.id);
            if (err == -ENOENT) {
                response_error(res, 404, "not_found", "no such member of %s", ch.slug);
            } else if (err < 0) {
                api_store_failure(res, err);
            } else {
                char what[32];
                snprintf(what, sizeof what, "account %lld", (long long)m->num);
                res->status = 204;
                api_audit(api, who, ch.id, "member_remove", 0, what);
            }
        }
    }
    store_channel_clear(&ch);
}

json_t *api_audit_json(const struct store_audit *a)
{
    char when[32];
    timefmt_iso(a->at, when);
    json_t *o = json_pack("{s:I, s:s, s:s, s:s}", "id", (json_int_t)a->id, "at", when, "actor",
                          a->actor, "action", a->action);
    json_object_set_new(o, "post_id", a->post_id ? json_integer(a->post_id) : json_null());
    json_object_set_new(o, "detail", a->detail[0] ? json_string(a->detail) : json_null());
    return o;
}

/* GET /api/v1/channels/{slug}/audit?before=ID&limit=N: newest first. */
void api_h_audit(struct api *api, const struct route_match *m, const struct http_request *req,
                 const struct caller *who, struct response *res)
{
    struct store_channel ch;
    struct store_audit *v = NULL;
    size_t n = 0;
    int64_t before, limit;

    if (api_query_int(req, "before", 0, 0, INT64_MAX / 2, &before, res) < 0 ||
        api_query_int(req, "limit", 50, 1, STORE_AUDIT_PAGE_MAX, &limit, res) < 0 ||
        api_channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    int err = store_audit_list(api->st, ch.id, before, (size_t)limit, &v, &n);
    if (err < 0) {
        api_store_failure(res, err);
    } else {
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++)
            json_array_append_new(arr, api_audit_json(&v[i]));
        json_t *next = n == (size_t)limit ? json_integer(v[n - 1].id) : json_null();
        api_reply(res, 200, json_pack("{s:o, s:o}", "entries", arr, "next_before", next));
    }
    free(v);
    store_channel_clear(&ch);
}
