/*
 * api_int.h: what the API's files share, and nothing outside them includes:
 * the caller of a request, the request kit (api_kit.c, api_client.c) and
 * the handlers the route table in api.c points at. One file per resource:
 * api_channels.c, api_posts.c, api_tokens.c, api_selections.c, api_feeds.c,
 * api_members.c, api_invites.c.
 *
 * Conventions of the kit: a function that can refuse a request fills res
 * (status and JSON error body) and returns < 0; the handler then returns
 * without writing anything more.
 */
#ifndef CRIER_API_INT_H
#define CRIER_API_INT_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "api.h"
#include "ratelimit.h"
#include "reader.h"
#include "team.h"

/* Who made a request: the bearer token when there is one. The reader cookie
 * is looked at lazily (only private reads need it), through req. */
struct caller {
    int has_token;
    /* tok came from the cache of token rows: a write checks it in its own
     * transaction (api_audit_fill names it); anything else it would let the
     * caller read needs api_token_confirm first */
    int tok_cached;
    struct store_token tok;
    const struct http_request *req;
    /* a studio session (the crier_studio cookie), when there is no bearer
     * token: the account and its roles */
    int has_user;
    struct team_who user;
};

/* A handler of the route table: the dispatcher has checked the method and,
 * for token routes, the token (who). */
typedef void (*api_handler)(struct api *api, const struct route_match *m,
                            const struct http_request *req, const struct caller *who,
                            struct response *res);

/* ---- api_kit.c ---- */

/* res = status with obj as compact JSON (obj's reference is taken). */
void api_reply(struct response *res, int status, json_t *obj);
/* A store error as an answer: -ENOENT 404, -EEXIST 409, CRIER_EREVOKED 401,
 * CRIER_EUNAVAIL 503, else 500. */
void api_store_failure(struct response *res, int rc);
/* Resolves the bearer token, if any, into who. 0, or 401 and < 0. */
int api_identify(struct api *api, const struct http_request *req, struct caller *who,
                 struct response *res);
/* The same from the cache of token rows (who->tok_cached), for a route whose
 * work is a write that checks the token in its transaction. */
int api_identify_cached(struct api *api, const struct http_request *req, struct caller *who,
                        struct response *res);
/* Before a read that a cached token would allow: the token's row read from
 * the store again. 0, or 401 and < 0. */
int api_token_confirm(struct api *api, const struct caller *who, struct response *res);
int api_require_admin(const struct caller *who, struct response *res);
/* A token that may publish to the channel, or an account that may publish
 * there (owner, editor, or an author the owner allows). */
int api_require_publisher(const struct caller *who, int64_t channel_id, struct response *res);
/* 1 when the caller is a token or a signed-in account (not yet whether it
 * may do anything in a given channel). */
int api_signed_in(const struct caller *who);
/* Whether who may edit or delete post p (in state, of channel_id): a token
 * that may publish there; an owner or editor; an author only their own
 * post, and a published one only where they may publish. 0, or 403 and
 * -EACCES. */
int api_may_change_post(const struct caller *who, int64_t channel_id, const struct post *p,
                        int state, struct response *res);
/* The audit row of an action on channel_id by who ("publish", "edit",
 * "delete", "pin", ...). */
void api_audit(struct api *api, const struct caller *who, int64_t channel_id, const char *action,
               int64_t post_id, const char *detail);
/* The same row filled for a post write to carry (store_post_create and the
 * like): it is then written in the write's own transaction. */
void api_audit_fill(struct store_audit *a, const struct caller *who, int64_t channel_id,
                    const char *action, int64_t post_id, const char *detail);
/* An audit row as the API shows it (api_team.c): new reference. */
json_t *api_audit_json(const struct store_audit *a);
/* 1 when the caller may read ch without a cookie or key: public, or a token
 * that may publish to it. */
int api_may_read(const struct caller *who, const struct store_channel *ch);
/* 1 when the caller's reader cookie is an active member's of ch (what
 * opens a private channel beyond api_may_read), 0 no, or a store error.
 * Reads the store only when the request has a cookie. */
int api_cookie_may_read(struct api *api, const struct caller *who, const struct store_channel *ch);
void api_private(struct response *res);
void api_cors(struct response *res, const struct store_channel *ch);
void api_no_such_channel(struct response *res, const char *slug);
int api_channel_load_key(struct api *api, const char *slug, const struct caller *who,
                         const char *feed_key, struct store_channel *ch, struct response *res);
int api_channel_load(struct api *api, const char *slug, const struct caller *who,
                     struct store_channel *ch, struct response *res);
/* The same from the store's cache of channel rows (store_channel_get_cached):
 * for the publish, which needs no current last_seq. */
int api_channel_load_cached(struct api *api, const char *slug, const struct caller *who,
                            struct store_channel *ch, struct response *res);
/* The channel of m for its editors (a token that may publish to it). */
int api_channel_for_editor(struct api *api, const struct route_match *m, const struct caller *who,
                           struct store_channel *ch, struct response *res);
/* The body as a JSON object (new reference), or NULL with res filled. */
json_t *api_body_json(const struct http_request *req, struct response *res);
/* fields.h's rules, a refusal filling res. */
int api_only_fields(json_t *obj, const char *const *allowed, struct response *res);
int api_get_str(json_t *obj, const char *name, size_t max, int multiline, int too_big_status,
                const char **out, struct response *res);
int api_get_int(json_t *obj, const char *name, int64_t min, int64_t max, int64_t *out,
                struct response *res);
void api_method_not_allowed(struct response *res, const char *allow);
int api_query_int(const struct http_request *req, const char *key, int64_t def, int64_t min,
                  int64_t max, int64_t *out, struct response *res);
json_t *api_absolute_link(const struct http_request *req, const char *path);
void api_base_url(const struct http_request *req, char *out, size_t outsz);

/* ---- api_client.c ---- */

int api_limited(const struct api *api, struct ratelimit *rl, const struct http_request *req,
                long long *retry_s);
int api_over_limit(const struct api *api, struct ratelimit *rl, const struct http_request *req,
                   const char *what, struct response *res);
int api_viewer_key(struct api *api, const struct http_request *req, unsigned char key[32]);

/* ---- the handlers, one file per resource ---- */

#define API_HANDLER(name)                                                                          \
    void name(struct api *api, const struct route_match *m, const struct http_request *req,        \
              const struct caller *who, struct response *res)
API_HANDLER(api_h_channels);
API_HANDLER(api_h_channel);
API_HANDLER(api_h_prune);
API_HANDLER(api_h_pin);
API_HANDLER(api_h_posts);
API_HANDLER(api_h_post);
API_HANDLER(api_h_events);
API_HANDLER(api_h_views);
API_HANDLER(api_h_tokens);
API_HANDLER(api_h_selections);
API_HANDLER(api_h_selection_preview);
API_HANDLER(api_h_post_mark);
API_HANDLER(api_h_atom);
API_HANDLER(api_h_join);
API_HANDLER(api_h_leave);
API_HANDLER(api_h_read);
API_HANDLER(api_h_me);
API_HANDLER(api_h_transfer);
API_HANDLER(api_h_feed_url);
API_HANDLER(api_h_members);
API_HANDLER(api_h_member_action);
API_HANDLER(api_h_team);
API_HANDLER(api_h_audit);
API_HANDLER(api_h_sources);
API_HANDLER(api_h_source);
API_HANDLER(api_h_post_publish);
API_HANDLER(api_h_invites);
API_HANDLER(api_h_invite);
API_HANDLER(api_h_push_key); /* api_push.c */
API_HANDLER(api_h_push_subs);
API_HANDLER(api_h_email); /* api_email.c */
API_HANDLER(api_h_email_link);
API_HANDLER(api_h_media);      /* api_media.c */
API_HANDLER(api_h_test_clock); /* api_test.c */
#undef API_HANDLER

/* GET /media/{name}: a stored photo, for who may read its channel
 * (api_media.c). */
void api_media_file(struct api *api, const struct route_match *m, const struct http_request *req,
                    struct response *res);

/* The reader routes (docs/readers.md): the reader's cookies (the CSRF
 * cookie goes out with whatever answer follows); 0 or res filled (500). */
int api_reader_begin(struct api *api, const struct http_request *req, struct reader_ctx *rc,
                     struct response *res);
/* api_reader_begin for a state change: also the Origin and CSRF checks
 * (403 {"error":"csrf"}). */
int api_reader_change(struct api *api, const struct http_request *req, struct reader_ctx *rc,
                      struct response *res);
/* The channel a reader acts on: 0, or 404 and < 0. */
int api_reader_channel(struct api *api, const char *slug, struct store_channel *ch,
                       struct response *res);

#endif
