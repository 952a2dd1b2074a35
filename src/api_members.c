/* api_members: readers join, leave, read; their memberships, device transfer,
 * feed URL; editors list members and approve or reject them. */
#include "api_int.h"

#include <errno.h>
#include <string.h>

#include "channel.h"
#include "member.h"
#include "reader.h"
#include "timefmt.h"

/* The reader routes follow docs/readers.md. */

static void reply_member(struct response *res, int form, const char *where, const char *slug,
                         int state)
{
    if (form) {
        reader_redirect(res, where);
        return;
    }
    api_reply(res, 200,
              json_pack("{s:s, s:s}", "channel", slug, "state", member_state_name(state)));
}

/*
 * POST /api/v1/channels/{slug}/join (JSON) and /{slug}/join (the page's
 * form, answered 303 back to the page). A public channel takes anyone; a
 * private one only through an invite, so here it just reports an existing
 * membership.
 */
void api_h_join(struct api *api, const struct route_match *m, const struct http_request *req,
                const struct caller *who, struct response *res)
{
    struct reader_ctx rc;
    struct store_channel ch;
    struct store_member mem;
    int form = m->id == ROUTE_JOIN || reader_is_form(req), state, err;
    char where[STORE_SLUG_MAX + 2];

    (void)who; /* a reader: the cookie, not a token */
    if (api_reader_change(api, req, &rc, res) < 0 || api_reader_channel(api, m->slug, &ch, res) < 0)
        return;
    snprintf(where, sizeof where, "/%s", ch.slug);
    if ((err = member_join_check(api->st, &ch, rc.reader_id, &state)) == -ENOENT) {
        api_no_such_channel(res, m->slug);
    } else if (err < 0) {
        api_store_failure(res, err);
    } else if (err == 0) {
        reply_member(res, form, where, ch.slug, state);
    } else if (api_over_limit(api, api->joins_limit, req, "joins", res) < 0) {
        /* 429: nothing made */
    } else if ((err = reader_ensure(api->st, req, &rc, res)) < 0 ||
               (err = member_join(api->st, &ch, rc.reader_id, &mem)) < 0) {
        reader_abandon(api->st, &rc, res);
        api_store_failure(res, err);
    } else {
        reply_member(res, form, where, ch.slug, mem.state);
    }
    store_channel_clear(&ch);
}

/* POST .../leave and /{slug}/leave: ends the membership (or the pending
 * request). Leaving what one is not in is not an error. */
void api_h_leave(struct api *api, const struct route_match *m, const struct http_request *req,
                 const struct caller *who, struct response *res)
{
    struct reader_ctx rc;
    struct store_channel ch;
    int form = m->id == ROUTE_LEAVE || reader_is_form(req), err = 0;
    char where[STORE_SLUG_MAX + 2];

    (void)who; /* a reader: the cookie, not a token */
    if (api_reader_change(api, req, &rc, res) < 0 || api_reader_channel(api, m->slug, &ch, res) < 0)
        return;
    err = member_leave(api->st, &ch, rc.reader_id);
    if (err == -ENOENT) {
        api_no_such_channel(res, m->slug); /* not in it: a stranger */
    } else if (err < 0) {
        api_store_failure(res, err);
    } else {
        /* A private channel's page is closed to the reader now. */
        snprintf(where, sizeof where, "/%s", ch.visibility == STORE_PRIVATE ? "" : ch.slug);
        reply_member(res, form, where, ch.slug, STORE_MEMBER_NONE);
    }
    store_channel_clear(&ch);
}

/* POST /api/v1/channels/{slug}/read {"seq": N}: the reader has seen up to N. */
void api_h_read(struct api *api, const struct route_match *m, const struct http_request *req,
                const struct caller *who, struct response *res)
{
    (void)who; /* a reader: the cookie, not a token */
    struct reader_ctx rc;
    struct store_channel ch;
    json_int_t seq = -1;
    json_error_t jerr;

    if (api_reader_change(api, req, &rc, res) < 0)
        return;
    json_t *in = api_body_json(req, res);
    if (!in)
        return;
    if (json_unpack_ex(in, &jerr, JSON_STRICT, "{s:I}", "seq", &seq) < 0 || seq < 0) {
        response_error(res, 400, "invalid", "expected {\"seq\": N} with N >= 0");
    } else if (api_reader_channel(api, m->slug, &ch, res) == 0) {
        int err = member_read(api->st, &ch, rc.reader_id, seq);
        if (err == -ENOENT)
            api_no_such_channel(res, m->slug); /* a stranger to a private channel */
        else if (err == -EACCES)
            response_error(res, 403, "forbidden", "only a member keeps a read marker");
        else if (err < 0)
            api_store_failure(res, err);
        else
            res->status = 204;
        store_channel_clear(&ch);
    }
    json_decref(in);
}

/* GET /api/v1/me: the channels this browser joined, with unread counts. */
void api_h_me(struct api *api, const struct route_match *m, const struct http_request *req,
              const struct caller *who, struct response *res)
{
    (void)m;
    (void)who;
    struct reader_ctx rc;
    struct store_membership *ms = NULL;
    size_t n = 0;

    if (api_reader_begin(api, req, &rc, res) < 0)
        return;
    if (rc.reader_id) {
        int err = store_reader_memberships(api->st, rc.reader_id, &ms, &n);
        if (err < 0) {
            api_store_failure(res, err);
            return;
        }
    }
    json_t *arr = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:s, s:I, s:I, s:I}", "slug",
                                             ms[i].ch.slug, "title", ms[i].ch.title, "lang",
                                             ms[i].ch.lang, "state", member_state_name(ms[i].state),
                                             "last_seq", (json_int_t)ms[i].ch.last_seq, "read_seq",
                                             (json_int_t)ms[i].read_seq, "unread",
                                             (json_int_t)ms[i].unread));
    store_memberships_free(ms, n);
    reader_header_add(res, "Cache-Control: no-store");
    api_reply(res, 200, json_pack("{s:o}", "channels", arr));
}

/* POST /api/v1/me/transfer: a one-time link that moves this reader to
 * another device. */
void api_h_transfer(struct api *api, const struct route_match *m, const struct http_request *req,
                    const struct caller *who, struct response *res)
{
    (void)m;
    (void)who;
    struct reader_ctx rc;
    char url[READER_TOKEN_LEN + 16], when[32];
    int64_t expires = 0;

    if (api_reader_change(api, req, &rc, res) < 0 ||
        api_over_limit(api, api->devices_limit, req, "transfer links", res) < 0)
        return;
    int err = member_transfer_create(api->st, rc.reader_id, rc.token, url, sizeof url, &expires);
    if (err == -ENOENT) {
        response_error(res, 404, "not_found",
                       "this browser is no reader yet: join a channel first");
        return;
    }
    if (err < 0) {
        api_store_failure(res, err);
        return;
    }
    timefmt_iso(expires, when);
    reader_header_add(res, "Cache-Control: no-store");
    api_reply(res, 201,
              json_pack("{s:s, s:o, s:s}", "url", url, "link", api_absolute_link(req, url),
                        "expires_at", when));
}

/* GET /api/v1/channels/{slug}/feed-url: a private channel's feed URL with
 * the member's secret key; a public channel's plain one. */
void api_h_feed_url(struct api *api, const struct route_match *m, const struct http_request *req,
                    const struct caller *who, struct response *res)
{
    struct reader_ctx rc;
    struct store_channel ch;
    struct store_member mem;
    char url[STORE_SLUG_MAX + TOKEN_LEN + 32];
    int err = 0;

    (void)who;
    if (api_reader_begin(api, req, &rc, res) < 0 || api_reader_channel(api, m->slug, &ch, res) < 0)
        return;
    memset(&mem, 0, sizeof mem);
    if (ch.visibility == STORE_PRIVATE)
        err = rc.reader_id ? store_member_get(api->st, ch.id, rc.reader_id, &mem) : -ENOENT;
    if (err == -ENOENT) {
        api_no_such_channel(res, m->slug); /* a stranger to a private channel */
    } else if (err == 0 &&
               (err = member_feed_url(api->st, &ch, &mem, rc.token, url, sizeof url)) == -EACCES) {
        response_error(res, 403, "forbidden", "only a member of this channel has a feed URL");
    } else if (err < 0) {
        api_store_failure(res, err);
    } else {
        if (ch.visibility == STORE_PRIVATE)
            reader_header_add(res, "Cache-Control: no-store");
        api_reply(res, 200, json_pack("{s:s}", "url", url));
    }
    store_channel_clear(&ch);
}

void api_h_members(struct api *api, const struct route_match *m, const struct http_request *req,
                   const struct caller *who, struct response *res)
{
    struct store_channel ch;
    struct store_member *ms = NULL;
    size_t n = 0;
    char st[16] = "all";
    int state;

    http_query_get(req->query, "state", st, sizeof st);
    state = strcmp(st, "pending") == 0  ? STORE_MEMBER_PENDING
            : strcmp(st, "member") == 0 ? STORE_MEMBER_ACTIVE
            : strcmp(st, "all") == 0    ? STORE_MEMBER_NONE
                                        : -1;
    if (state < 0) {
        response_error(res, 400, "invalid", "state must be pending, member or all");
        return;
    }
    if (api_channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    int err = store_member_list(api->st, ch.id, state, &ms, &n);
    if (err < 0) {
        api_store_failure(res, err);
    } else {
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++) {
            char joined[32];
            timefmt_iso(ms[i].joined_at, joined);
            json_array_append_new(
                arr,
                json_pack("{s:I, s:s, s:s, s:o}", "reader", (json_int_t)ms[i].reader_id, "state",
                          member_state_name(ms[i].state), "joined_at", joined, "invite",
                          ms[i].invite_id ? json_integer(ms[i].invite_id) : json_null()));
        }
        api_reply(res, 200, json_pack("{s:o}", "members", arr));
    }
    free(ms);
    store_channel_clear(&ch);
}

/* POST /api/v1/channels/{slug}/members/{reader}/approve|reject. */
void api_h_member_action(struct api *api, const struct route_match *m,
                         const struct http_request *req, const struct caller *who,
                         struct response *res)
{
    struct store_channel ch;
    int approve = strcmp(m->action, "approve") == 0, err;

    (void)req; /* POST only: the dispatcher checked */
    if (api_channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    err = approve ? store_member_approve(api->st, ch.id, m->num)
                  : store_member_reject(api->st, ch.id, m->num);
    if (err == -ENOENT)
        response_error(res, 404, "not_found", "reader %lld has no request or membership in %s",
                       (long long)m->num, ch.slug);
    else if (err < 0)
        api_store_failure(res, err);
    else
        api_reply(res, 200,
                  json_pack("{s:I, s:s}", "reader", (json_int_t)m->num, "state",
                            approve ? "member" : "none"));
    store_channel_clear(&ch);
}
