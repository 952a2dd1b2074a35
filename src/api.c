/*
 * api: the route table of every API, feed and reader route, and the
 * dispatcher over it (the token and the method are checked once, here);
 * the stream door (api_stream_open) and its recheck after a change of
 * access. The handlers live one file per resource (see api_int.h).
 */
#include "api.h"
#include "api_int.h"

#include <errno.h>
#include <string.h>

#include "auth.h"
#include "member.h"
#include "notify.h"
#include "page.h"
#include "reader.h"

/* ---- the route table ---- */

enum { M_GET = 1, M_POST = 2, M_PUT = 4, M_PATCH = 8, M_DELETE = 16 };
/* Who a route serves: TOKEN routes read the bearer token first (a bad one
 * is 401 whatever the route); READER routes know the browser by its cookie;
 * what else a route needs (admin, the channel's publisher, a member) depends
 * on the channel, and its handler checks it. TOKEN_POST routes are TOKEN
 * routes whose POST is a write that checks its token in its own transaction
 * (store_audit.token_id): for it the token's row may come from the cache
 * (api_identify_cached), and a read the handler makes on the way is
 * preceded by api_token_confirm. */
enum { WHO_TOKEN = 0, WHO_READER = 1, WHO_TOKEN_POST = 2 };

struct api_route {
    enum route_id id;
    unsigned methods;  /* M_* (HEAD comes as GET) */
    const char *allow; /* the Allow of a 405 */
    int who;
    api_handler fn;
};

/* Every API, feed and reader route: its methods, who it serves, its handler.
 * The dispatcher checks the method, and reads the token, once. */
static const struct api_route routes[] = {
    {ROUTE_API_CHANNELS, M_GET | M_POST, "GET, POST", WHO_TOKEN, api_h_channels},
    {ROUTE_API_CHANNEL, M_GET | M_PATCH | M_DELETE, "GET, PATCH, DELETE", WHO_TOKEN, api_h_channel},
    {ROUTE_API_POSTS, M_GET | M_POST, "GET, POST", WHO_TOKEN_POST, api_h_posts},
    {ROUTE_API_POST, M_GET | M_PATCH | M_DELETE, "GET, PATCH, DELETE", WHO_TOKEN, api_h_post},
    {ROUTE_API_EVENTS, M_GET, "GET", WHO_TOKEN, api_h_events},
    {ROUTE_API_PRUNE, M_POST, "POST", WHO_TOKEN, api_h_prune},
    {ROUTE_API_PIN, M_PUT | M_DELETE, "PUT, DELETE", WHO_TOKEN, api_h_pin},
    {ROUTE_API_VIEWS, M_POST, "POST", WHO_TOKEN, api_h_views},
    {ROUTE_API_SELECTIONS, M_GET | M_POST, "GET, POST", WHO_TOKEN, api_h_selections},
    {ROUTE_API_SELECTION_PREVIEW, M_GET, "GET", WHO_TOKEN, api_h_selection_preview},
    {ROUTE_API_POST_MARK, M_PUT | M_POST, "PUT", WHO_TOKEN, api_h_post_mark},
    {ROUTE_API_TOKENS, M_GET | M_POST, "GET, POST", WHO_TOKEN, api_h_tokens},
    {ROUTE_API_TOKEN, M_DELETE, "DELETE", WHO_TOKEN, api_h_tokens},
    {ROUTE_API_FEED_URL, M_GET, "GET", WHO_TOKEN, api_h_feed_url},
    {ROUTE_API_INVITES, M_GET | M_POST, "GET, POST", WHO_TOKEN, api_h_invites},
    {ROUTE_API_INVITE, M_DELETE, "DELETE", WHO_TOKEN, api_h_invite},
    {ROUTE_API_MEMBERS, M_GET, "GET", WHO_TOKEN, api_h_members},
    {ROUTE_API_MEMBER_ACTION, M_POST, "POST", WHO_TOKEN, api_h_member_action},
    {ROUTE_ATOM, M_GET, "GET", WHO_TOKEN, api_h_atom},
    {ROUTE_SELECTIONS_ATOM, M_GET, "GET", WHO_TOKEN, api_h_atom},
    {ROUTE_JOIN, M_POST, "POST", WHO_READER, api_h_join},
    {ROUTE_LEAVE, M_POST, "POST", WHO_READER, api_h_leave},
    {ROUTE_API_ME, M_GET, "GET", WHO_READER, api_h_me},
    {ROUTE_API_TRANSFER, M_POST, "POST", WHO_READER, api_h_transfer},
    {ROUTE_API_JOIN, M_POST, "POST", WHO_READER, api_h_join},
    {ROUTE_API_LEAVE, M_POST, "POST", WHO_READER, api_h_leave},
    {ROUTE_API_READ, M_POST, "POST", WHO_READER, api_h_read},
    {ROUTE_API_PUSH_KEY, M_GET, "GET", WHO_READER, api_h_push_key},
    {ROUTE_API_PUSH_SUBS, M_GET | M_POST | M_DELETE, "GET, POST, DELETE", WHO_READER,
     api_h_push_subs},
    {ROUTE_API_EMAIL, M_POST, "POST", WHO_READER, api_h_email},
    {ROUTE_EMAIL_CONFIRM, M_GET, "GET", WHO_READER, api_h_email_link},
    {ROUTE_EMAIL_UNSUBSCRIBE, M_GET | M_POST, "GET, POST", WHO_READER, api_h_email_link},
    {ROUTE_API_MEDIA, M_POST, "POST", WHO_TOKEN, api_h_media},
    {ROUTE_API_SOURCES, M_GET | M_POST, "GET, POST", WHO_TOKEN, api_h_sources},
    {ROUTE_API_SOURCE, M_DELETE, "DELETE", WHO_TOKEN, api_h_source},
    {ROUTE_API_POST_PUBLISH, M_POST, "POST", WHO_TOKEN, api_h_post_publish},
    {ROUTE_API_TEAM, M_GET | M_POST | M_DELETE, "GET, POST, DELETE", WHO_TOKEN, api_h_team},
    {ROUTE_API_AUDIT, M_GET, "GET", WHO_TOKEN, api_h_audit},
    {ROUTE_API_TEST_CLOCK, M_POST, "POST", WHO_TOKEN, api_h_test_clock},
};

static unsigned method_bit(int method)
{
    switch (method) {
    case HTTP_GET:
    case HTTP_HEAD: return M_GET;
    case HTTP_POST: return M_POST;
    case HTTP_PUT: return M_PUT;
    case HTTP_PATCH: return M_PATCH;
    case HTTP_DELETE: return M_DELETE;
    default: return 0;
    }
}

void api_handle(struct api *api, const struct route_match *m, const struct http_request *req,
                struct response *res)
{
    struct caller who;

    switch (m->id) {
    case ROUTE_HEALTHZ: buf_appends(&res->body, "{\"status\":\"ok\"}"); return;
    case ROUTE_METRICS:
        /* The counters tell how busy the node is and how many read it:
         * operator information, so an admin token by default. */
        if (api->metrics_access == API_METRICS_OFF) {
            response_error(res, 404, "not_found", "nothing here");
            return;
        }
        if (api->metrics_access != API_METRICS_PUBLIC &&
            (api_identify(api, req, &who, res) < 0 || api_require_admin(&who, res) < 0))
            return;
        res->content_type = "text/plain; version=0.0.4";
        if (api->metrics)
            api->metrics(api->metrics_arg, &res->body);
        return;
    case ROUTE_INVITE:
        if (req->method == HTTP_POST) {
            /* Joining through an invite makes a reader and a membership. */
            long long secs = 0;
            if (api_limited(api, api->joins_limit, req, &secs) < 0) {
                page_too_many(api->st, req, res, secs);
                return;
            }
        }
        page_handle(api->st, m, req, res);
        return;
    case ROUTE_INDEX:
    case ROUTE_PAGE:
    case ROUTE_PERMALINK:
    case ROUTE_STATIC:
    case ROUTE_DEVICE:
    case ROUTE_MANIFEST:
    case ROUTE_SW: page_handle(api->st, m, req, res); return;
    case ROUTE_STUDIO_SIGNIN:
    case ROUTE_STUDIO_LINK:
        if (req->method == HTTP_POST) {
            /* Before the form is read, and before any Argon2. */
            long long secs = 0;
            if (api_limited(api, api->signin_limit, req, &secs) < 0) {
                page_studio_too_many(api->st, req, res, secs);
                return;
            }
        }
        /* fall through */
    case ROUTE_STUDIO:
    case ROUTE_STUDIO_SIGNOUT:
    case ROUTE_STUDIO_CHANNEL:
    case ROUTE_STUDIO_COMPOSE:
    case ROUTE_STUDIO_TEAM:
    case ROUTE_STUDIO_AUDIT:
    case ROUTE_STUDIO_SOURCES:
    case ROUTE_STUDIO_STATS:
    case ROUTE_STUDIO_SELECTION:
    case ROUTE_STUDIO_READERS:
    case ROUTE_STUDIO_POST:
    case ROUTE_STUDIO_OTHER: {
        struct page_studio_env env = {api->media, api->signin_email_limit,
                                      api->notify ? notify_secret(api->notify) : NULL};
        page_studio(api->st, &env, m, req, res);
        return;
    }
    case ROUTE_API_TEST_CLOCK:
        /* For tests only: without serve --test-clock, no such route. */
        if (!api->test_clock) {
            response_error(res, 404, "not_found", "nothing here");
            return;
        }
        break;
    case ROUTE_MEDIA:
        /* Content-addressed names; a private channel's photo also needs
         * what would let the caller read the channel (api_media.c). */
        if (req->method != HTTP_GET)
            api_method_not_allowed(res, "GET");
        else
            api_media_file(api, m, req, res);
        return;
    default: break;
    }
    for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++) {
        const struct api_route *r = &routes[i];
        if (r->id != m->id)
            continue;
        /* A bad token is 401 whatever the method; then the method. */
        memset(&who, 0, sizeof who);
        who.req = req;
        if (r->who == WHO_TOKEN_POST && req->method == HTTP_POST) {
            if (api_identify_cached(api, req, &who, res) < 0)
                return;
        } else if (r->who != WHO_READER && api_identify(api, req, &who, res) < 0) {
            return;
        }
        if (!(method_bit(req->method) & r->methods)) {
            api_method_not_allowed(res, r->allow);
            return;
        }
        r->fn(api, m, req, &who, res);
        return;
    }
    response_error(res, 404, "not_found", "nothing here");
}

int api_stream_open(struct api *api, const char *slug, const struct http_request *req,
                    struct api_stream_access *out, struct response *res)
{
    struct caller who;
    struct store_channel ch;

    memset(out, 0, sizeof *out);
    if (api_identify(api, req, &who, res) < 0)
        return -EACCES;
    if (api_channel_load(api, slug, &who, &ch, res) < 0)
        return -ENOENT;
    out->channel_id = ch.id;
    out->last_seq = ch.last_seq;
    out->public_channel = ch.visibility == STORE_PUBLIC;
    /* Remember what granted access, so that it can be checked again when
     * access changes while the stream is open. */
    if (who.has_token && auth_can_publish(&who.tok, ch.id)) {
        out->token_id = who.tok.id;
    } else if (ch.visibility != STORE_PUBLIC) {
        struct reader_ctx rc;
        int err = reader_identify(api->st, req, &rc);
        if (err < 0) {
            store_channel_clear(&ch);
            api_store_failure(res, err);
            return err;
        }
        out->reader_id = rc.reader_id;
    }
    store_channel_clear(&ch);
    return 0;
}

void api_recheck_init(struct api_recheck *r, struct api *api)
{
    memset(r, 0, sizeof *r);
    r->api = api;
}

void api_recheck_free(struct api_recheck *r)
{
    free(r->tokens);
    r->tokens = NULL;
}

int api_stream_recheck(struct api_recheck *r, const struct api_stream_access *a)
{
    struct store *st = r->api->st;
    int rc;

    if (r->channel_id != a->channel_id) {
        struct store_channel ch;
        rc = store_channel_get_by_id(st, a->channel_id, &ch);
        if (rc < 0)
            return rc;
        r->channel_id = a->channel_id;
        r->public = ch.visibility == STORE_PUBLIC;
        store_channel_clear(&ch);
    }
    if (r->public)
        return 0;
    if (a->token_id) {
        if (!r->tokens_read) {
            if ((rc = store_token_list(st, &r->tokens, &r->ntokens)) < 0)
                return rc;
            r->tokens_read = 1;
        }
        for (size_t i = 0; i < r->ntokens; i++) {
            const struct store_token *t = &r->tokens[i];
            if (t->id == a->token_id)
                return !t->revoked_at && auth_can_publish(t, a->channel_id) ? 0 : -EACCES;
        }
        return -EACCES;
    }
    return a->reader_id ? member_is_active(st, a->channel_id, a->reader_id) : -EACCES;
}
