/*
 * api_kit: the request kit every API handler shares: replies and errors,
 * who may read or publish, loading a channel, the JSON body and its fields,
 * query integers, links made whole with the base URL.
 */
#include "api_int.h"

#include <ctype.h>
#include <errno.h>
#include <string.h>
#include <time.h>

#include "auth.h"
#include "baseurl.h"
#include "crier.h"
#include "fields.h"
#include "jsonr.h"
#include "jsonw.h"
#include "member.h"
#include "reader.h"
#include "tz.h"

void api_reply(struct response *res, int status, json_t *obj)
{
    buf_reset(&res->body);
    int rc = obj ? jsonw_append(&res->body, obj) : -EINVAL;
    json_decref(obj);
    if (rc < 0) {
        /* an answer that could not be made (a record not UTF-8, or past
         * RESPONSE_BODY_MAX) */
        response_error(res, 500, "internal", "the answer could not be serialised");
        return;
    }
    res->status = status;
}

/* 401 with the challenge RFC 6750 asks for: Bearer, and for a token that was
 * sent but is unknown or revoked, error="invalid_token". */
static void unauthorized(struct response *res, int bad_token, const char *msg)
{
    response_error(res, 401, "unauthorized", "%s", msg);
    reader_header_add(res, "WWW-Authenticate: Bearer realm=\"crier\"%s",
                      bad_token ? ", error=\"invalid_token\"" : "");
}

void api_store_failure(struct response *res, int rc)
{
    if (rc == -ENOENT)
        response_error(res, 404, "not_found", "no such resource");
    else if (rc == -EEXIST)
        response_error(res, 409, "conflict", "already exists");
    else if (rc == CRIER_EREVOKED) /* revoked between the token's lookup and the write */
        unauthorized(res, 1, "unknown or revoked token");
    else if (rc == CRIER_EUNAVAIL) /* the database is away or locked: nothing was acknowledged */
        response_error(res, 503, "unavailable",
                       "the store cannot be reached or is busy; retry later");
    else
        response_error(res, 500, "internal", "%s", crier_strerror(rc));
}

/* Without a bearer token, a studio session cookie. A change made with it
 * needs the CSRF token (header X-CSRF-Token, from the crier_csrf cookie)
 * and a same-origin Origin: a cookie is sent by any page that posts here. */
static int identify_session(struct api *api, const struct http_request *req, struct caller *who,
                            struct response *res)
{
    struct reader_ctx rc;
    int err = team_identify(api->st, req, &who->user);
    if (err == -ENOENT)
        return 0;
    if (err < 0) {
        api_store_failure(res, err);
        return err;
    }
    if (req->method != HTTP_GET && req->method != HTTP_HEAD) {
        if ((err = reader_identify(api->st, req, &rc)) < 0) {
            api_store_failure(res, err);
            return err;
        }
        if (reader_csrf_check(req, &rc, NULL) < 0) {
            response_error(res, 403, "csrf",
                           "a change with a studio session needs X-CSRF-Token and a same-origin "
                           "Origin");
            return -EACCES;
        }
    }
    who->has_user = 1;
    return 0;
}

int api_signed_in(const struct caller *who)
{
    return who->has_token || who->has_user;
}

static int identify(struct api *api, const struct http_request *req, struct caller *who,
                    struct response *res, int cached)
{
    const char *h = http_header_get(req, "authorization");
    memset(who, 0, sizeof *who);
    who->req = req;
    if (!h)
        return identify_session(api, req, who, res);
    if (strncasecmp(h, "Bearer ", 7) != 0) {
        unauthorized(res, 0, "use Authorization: Bearer <token>");
        return -EACCES;
    }
    const char *t = h + 7;
    while (*t == ' ')
        t++;
    int rc = cached ? auth_check_cached(api->st, t, &who->tok) : auth_check(api->st, t, &who->tok);
    if (rc == -ENOENT || rc == -EINVAL) {
        unauthorized(res, 1, "unknown or revoked token");
        return -EACCES;
    }
    if (rc < 0) {
        api_store_failure(res, rc);
        return rc;
    }
    who->has_token = 1;
    who->tok_cached = cached;
    return 0;
}

int api_identify(struct api *api, const struct http_request *req, struct caller *who,
                 struct response *res)
{
    return identify(api, req, who, res, 0);
}

int api_identify_cached(struct api *api, const struct http_request *req, struct caller *who,
                        struct response *res)
{
    return identify(api, req, who, res, 1);
}

int api_token_confirm(struct api *api, const struct caller *who, struct response *res)
{
    struct caller again;
    if (!who->has_token || !who->tok_cached)
        return 0;
    return identify(api, who->req, &again, res, 0);
}

int api_require_admin(const struct caller *who, struct response *res)
{
    if (!who->has_token) {
        unauthorized(res, 0, "this needs a token");
        return -EACCES;
    }
    if (who->tok.scope != STORE_SCOPE_ADMIN) {
        response_error(res, 403, "forbidden", "this needs an admin token");
        return -EACCES;
    }
    return 0;
}

int api_require_publisher(const struct caller *who, int64_t channel_id, struct response *res)
{
    if (who->has_user && !who->has_token) {
        if (team_may_publish(&who->user, channel_id))
            return 0;
        response_error(res, 403, "forbidden",
                       team_role_in(&who->user, channel_id)
                           ? "your role in this channel does not let you publish"
                           : "you have no role in this channel");
        return -EACCES;
    }
    if (!who->has_token) {
        unauthorized(res, 0, "publishing needs a token");
        return -EACCES;
    }
    if (!auth_can_publish(&who->tok, channel_id)) {
        response_error(res, 403, "forbidden", "this token may not publish to this channel");
        return -EACCES;
    }
    return 0;
}

int api_may_read(const struct caller *who, const struct store_channel *ch)
{
    return ch->visibility == STORE_PUBLIC ||
           (who->has_token && auth_can_publish(&who->tok, ch->id)) ||
           (who->has_user && team_role_in(&who->user, ch->id));
}

int api_may_change_post(const struct caller *who, int64_t channel_id, const struct post *p,
                        int state, struct response *res)
{
    if (!who->has_user || who->has_token)
        return api_require_publisher(who, channel_id, res);
    const char *why = team_may_change(&who->user, channel_id, p->user_id, state);
    if (!why)
        return 0;
    response_error(res, 403, "forbidden", "%s", why);
    return -EACCES;
}

static const char *audit_actor(const struct caller *who, char actor[64])
{
    if (!who->has_token)
        return who->user.email;
    snprintf(actor, 64, "token %lld", (long long)who->tok.id);
    return actor;
}

void api_audit(struct api *api, const struct caller *who, int64_t channel_id, const char *action,
               int64_t post_id, const char *detail)
{
    char actor[64];
    team_audit(api->st, channel_id, audit_actor(who, actor), action, post_id, detail);
}

void api_audit_fill(struct store_audit *a, const struct caller *who, int64_t channel_id,
                    const char *action, int64_t post_id, const char *detail)
{
    char actor[64];
    team_audit_fill(a, channel_id, audit_actor(who, actor), action, post_id, detail);
    if (who->has_token)
        a->token_id = who->tok.id;
}

/*
 * A private channel is also open to its active members (the reader cookie)
 * and, for its feeds, to a member's secret feed key. 1 yes, 0 no, or a store
 * error. The cookie is looked at only here, so public reads cost nothing.
 */
static int cookie_may_read(struct api *api, const struct caller *who,
                           const struct store_channel *ch, const char *feed_key)
{
    struct reader_ctx rc;
    int err;

    if (feed_key && (err = member_feed_key_check(api->st, ch->id, feed_key)) != -EACCES)
        return err == 0 ? 1 : err;
    if (!who->req || !http_header_get(who->req, "cookie"))
        return 0;
    if ((err = reader_identify(api->st, who->req, &rc)) < 0)
        return err;
    err = member_may_read(api->st, ch, rc.reader_id);
    return err == 0 ? 1 : err == -EACCES ? 0 : err;
}

int api_cookie_may_read(struct api *api, const struct caller *who, const struct store_channel *ch)
{
    return cookie_may_read(api, who, ch, NULL);
}

/* Marks an answer only this caller may see (a private channel's data, or
 * what only a token holder may read): no shared cache may keep it, and a
 * browser's cache must tell callers apart. Public answers stay as they are. */
void api_private(struct response *res)
{
    if (!strstr(res->extra, "Cache-Control:"))
        reader_header_add(res, "Cache-Control: private");
    if (!strstr(res->extra, "Vary:"))
        reader_header_add(res, "Vary: Cookie, Authorization");
}

/* A public channel's read answers (catch-up, feeds, the channel) may be read
 * by a page of any origin: they hold nothing a stranger could not fetch.
 * Private ones get no CORS header, so browsers keep them from other origins. */
void api_cors(struct response *res, const struct store_channel *ch)
{
    if (ch->visibility == STORE_PUBLIC && !strstr(res->extra, "Access-Control-Allow-Origin:"))
        reader_header_add(res, "Access-Control-Allow-Origin: *\r\n"
                               "Access-Control-Expose-Headers: ETag, X-Crier-Protocol");
}

/* The answer for a channel the caller may not know about: an unknown one,
 * or a private one the caller may not read (the same answer, so that
 * private slugs cannot be found by trying them). */
void api_no_such_channel(struct response *res, const char *slug)
{
    response_error(res, 404, "not_found", "no channel named %s", slug);
}

/* Loads slug for reading: 0, or res filled (404: unknown, or private and
 * not readable by this caller) and < 0. feed_key (may be NULL) is a ?key=
 * from a private feed URL. */
static int channel_load(struct api *api, const char *slug, const struct caller *who,
                        const char *feed_key, int cached, struct store_channel *ch,
                        struct response *res)
{
    int rc =
        cached ? store_channel_get_cached(api->st, slug, ch) : store_channel_get(api->st, slug, ch);
    if (rc == 0 && !api_may_read(who, ch)) {
        int r = cookie_may_read(api, who, ch, feed_key);
        if (r == 1) {
            api_private(res);
            return 0;
        }
        if (r < 0) {
            store_channel_clear(ch);
            api_store_failure(res, r);
            return r;
        }
    }
    if (rc == -ENOENT || (rc == 0 && !api_may_read(who, ch))) {
        /* A private channel is not revealed to strangers, whether they hold
         * a token (of another channel) or not. */
        api_no_such_channel(res, slug);
        if (rc == 0)
            store_channel_clear(ch);
        return -ENOENT;
    }
    if (rc < 0)
        api_store_failure(res, rc);
    else if (ch->visibility == STORE_PRIVATE)
        api_private(res); /* a token that may publish to it */
    return rc;
}

int api_channel_load_key(struct api *api, const char *slug, const struct caller *who,
                         const char *feed_key, struct store_channel *ch, struct response *res)
{
    return channel_load(api, slug, who, feed_key, 0, ch, res);
}

int api_channel_load(struct api *api, const char *slug, const struct caller *who,
                     struct store_channel *ch, struct response *res)
{
    return channel_load(api, slug, who, NULL, 0, ch, res);
}

int api_channel_load_cached(struct api *api, const char *slug, const struct caller *who,
                            struct store_channel *ch, struct response *res)
{
    return channel_load(api, slug, who, NULL, 1, ch, res);
}

json_t *api_body_json(const struct http_request *req, struct response *res)
{
    const char *ct = http_header_get(req, "content-type");
    json_error_t err;

    /* The body is read as JSON whatever it is labelled (curl -d says
     * x-www-form-urlencoded); only a multipart upload is refused. */
    if (ct && strncasecmp(ct, "multipart/", 10) == 0) {
        response_error(res, 415, "unsupported_media_type", "send application/json");
        return NULL;
    }
    if (!req->body_len) {
        response_error(res, 400, "bad_json", "a JSON body is required");
        return NULL;
    }
    json_t *j = jsonr_loadb(req->body, req->body_len, JSON_REJECT_DUPLICATES, &err);
    if (!j) {
        response_error(res, 400, "bad_json", "line %d column %d: %s", err.line, err.column,
                       err.text);
        return NULL;
    }
    if (!json_is_object(j)) {
        json_decref(j);
        response_error(res, 400, "bad_json", "the body must be a JSON object");
        return NULL;
    }
    return j;
}

/* A refusal of fields.h as the answer: its status, code and sentence. */
static int field_answer(int rc, const struct field_error *e, struct response *res)
{
    if (rc < 0)
        response_error(res, e->status, e->code, "%s", e->message);
    return rc;
}

int api_only_fields(json_t *obj, const char *const *allowed, struct response *res)
{
    struct field_error e;
    return field_answer(fields_only(obj, allowed, &e), &e, res);
}

int api_get_str(json_t *obj, const char *name, size_t max, int multiline, int too_big_status,
                const char **out, struct response *res)
{
    struct field_error e;
    return field_answer(field_str(obj, name, max, multiline, too_big_status, out, &e), &e, res);
}

void api_method_not_allowed(struct response *res, const char *allow)
{
    response_error(res, 405, "method_not_allowed", "use %s", allow);
    snprintf(res->extra, sizeof res->extra, "Allow: %s\r\n", allow);
}

int api_query_int(const struct http_request *req, const char *key, int64_t def, int64_t min,
                  int64_t max, int64_t *out, struct response *res)
{
    if (http_query_int(req->query, key, def, min, max, out) < 0) {
        response_error(res, 400, "invalid", "%s must be an integer from %lld to %lld", key,
                       (long long)min, (long long)max);
        return -EINVAL;
    }
    return 0;
}

int api_channel_for_editor(struct api *api, const struct route_match *m, const struct caller *who,
                           struct store_channel *ch, struct response *res)
{
    if (who->has_user && !who->has_token) {
        if (api_channel_load(api, m->slug, who, ch, res) < 0)
            return -EACCES;
        api_private(res);
        if (team_role_in(&who->user, ch->id) >= STORE_ROLE_EDITOR)
            return 0;
        response_error(res, 403, "forbidden", "this needs an editor or owner of the channel");
        store_channel_clear(ch);
        return -EACCES;
    }
    if (!who->has_token) {
        /* before the channel is looked at: the same for every slug */
        unauthorized(res, 0, "this needs a token");
        return -EACCES;
    }
    if (api_channel_load(api, m->slug, who, ch, res) < 0)
        return -EACCES;
    api_private(res); /* invites, members, previews: for the channel's editors only */
    if (api_require_publisher(who, ch->id, res) < 0) {
        store_channel_clear(ch);
        return -EACCES;
    }
    return 0;
}

/* Optional integer field in [min, max] (null: absent). 0 absent, 1 set, < 0
 * res filled. */
int api_get_int(json_t *obj, const char *name, int64_t min, int64_t max, int64_t *out,
                struct response *res)
{
    json_t *v = json_object_get(obj, name);
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_integer(v) || json_integer_value(v) < min || json_integer_value(v) > max) {
        response_error(res, 400, "invalid", "%s must be an integer from %lld to %lld", name,
                       (long long)min, (long long)max);
        return -EINVAL;
    }
    *out = json_integer_value(v);
    return 1;
}

/* path made whole with the base URL (the configured one, else this
 * request's Host), or null when there is none. */
json_t *api_absolute_link(const struct http_request *req, const char *path)
{
    char base[BASEURL_MAX], whole[BASEURL_MAX + 128];
    if (baseurl_of(req, base, sizeof base) == 0)
        return json_null();
    snprintf(whole, sizeof whole, "%s%s", base, path);
    return json_string(whole);
}

void api_base_url(const struct http_request *req, char *out, size_t outsz)
{
    if (baseurl_of(req, out, outsz) == 0)
        snprintf(out, outsz, "http://localhost");
}

/* ---- the reader routes' door ---- */

/* Reads the reader cookies; 0 or res filled (500). The CSRF cookie, when
 * the browser had none, goes out with whatever answer follows. */
int api_reader_begin(struct api *api, const struct http_request *req, struct reader_ctx *rc,
                     struct response *res)
{
    int err = reader_identify(api->st, req, rc);
    if (err < 0) {
        api_store_failure(res, err);
        return err;
    }
    reader_csrf_cookie(rc, res);
    return 0;
}

/* reader_begin for a state change: also the Origin and CSRF token checks
 * (403 {"error":"csrf"}). */
int api_reader_change(struct api *api, const struct http_request *req, struct reader_ctx *rc,
                      struct response *res)
{
    char form[READER_CSRF_LEN + 2];
    if (api_reader_begin(api, req, rc, res) < 0)
        return -EACCES;
    if (reader_form_field(req, "csrf", form, sizeof form) < 0)
        form[0] = '\0';
    if (reader_csrf_check(req, rc, form[0] ? form : NULL) < 0) {
        response_error(res, 403, "csrf",
                       "a change needs a same-origin request with the crier_csrf cookie's token in "
                       "X-CSRF-Token (or the form field csrf)");
        return -EACCES;
    }
    return 0;
}

/* The channel a reader acts on: 0, or 404 and < 0. */
int api_reader_channel(struct api *api, const char *slug, struct store_channel *ch,
                       struct response *res)
{
    int err = store_channel_get(api->st, slug, ch);
    if (err == -ENOENT)
        response_error(res, 404, "not_found", "no channel named %s", slug);
    else if (err < 0)
        api_store_failure(res, err);
    return err;
}
