/* api_push: Web Push for readers: the node's public key, and each reader's
 * push subscriptions with what rings and when (docs/api.md "Notifications").
 * The subscription's endpoint is untrusted: netguard checks its form and
 * where its name resolves before anything is stored. */
#include "api_int.h"

#include <errno.h>
#include <stdatomic.h>
#include <string.h>

#include "ece.h"
#include "member.h"
#include "netguard.h"
#include "notify.h"
#include "notify_rule.h"
#include "token.h"
#include "tz.h"

/* Endpoint names resolved at once, over the process. A lookup blocks its
 * worker for as long as the name's DNS takes (seconds, for a zone that
 * never answers), and the pool also runs every publish: past this many the
 * request is turned away rather than let a few readers hold the pool. */
#define PUSH_LOOKUPS_MAX 4

static atomic_int push_lookups;

static int push_on(struct api *api, struct response *res)
{
    if (api->notify)
        return 0;
    response_error(res, 404, "not_found", "this node does not send notifications");
    return -ENOENT;
}

/* GET /api/v1/push/key: what a browser subscribes with. */
void api_h_push_key(struct api *api, const struct route_match *m, const struct http_request *req,
                    const struct caller *who, struct response *res)
{
    (void)m, (void)req, (void)who;
    if (push_on(api, res) < 0)
        return;
    api_reply(res, 200,
              json_pack("{s:s, s:b}", "key", notify_push_key(api->notify), "email",
                        notify_email_on(api->notify)));
}

static json_t *hhmm(int minutes)
{
    char s[16];
    if (minutes < 0)
        return json_null();
    snprintf(s, sizeof s, "%02d:%02d", minutes / 60, minutes % 60);
    return json_string(s);
}

static json_t *sub_json(const struct store_push_sub *s, const char *slug)
{
    json_t *quiet = s->quiet_from < 0 ? json_null()
                                      : json_pack("{s:o, s:o}", "from", hhmm(s->quiet_from), "to",
                                                  hhmm(s->quiet_to));
    return json_pack("{s:s, s:s, s:s, s:s?, s:o, s:{s:o, s:o}}", "channel", slug, "endpoint",
                     s->endpoint, "notify", notify_level_name(s->notify), "tz",
                     s->tz[0] ? s->tz : NULL, "quiet", quiet, "selection_at", "morning",
                     hhmm(s->sel_morning), "evening", hhmm(s->sel_evening));
}

/* An "HH:MM" field of obj (absent or null: -1). 0 or 400. */
static int get_hhmm(json_t *obj, const char *name, int *out, struct response *res)
{
    json_t *v = json_object_get(obj, name);
    *out = -1;
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_string(v) || (*out = notify_parse_hhmm(json_string_value(v))) < 0) {
        response_error(res, 400, "invalid", "%s must be a time \"HH:MM\" (00:00 to 23:59)", name);
        return -EINVAL;
    }
    return 0;
}

static int read_keys(json_t *body, struct store_push_sub *s, struct response *res)
{
    json_t *keys = json_object_get(body, "keys");
    json_t *p = json_object_get(keys, "p256dh"), *a = json_object_get(keys, "auth");
    if (!json_is_object(keys) || !json_is_string(p) || !json_is_string(a)) {
        response_error(res, 400, "invalid",
                       "keys must be {\"p256dh\": base64url, \"auth\": base64url}, as the "
                       "browser's PushSubscription.toJSON() gives them");
        return -EINVAL;
    }
    if (token_decode_n(json_string_value(p), s->p256dh, sizeof s->p256dh) < 0 ||
        ece_check_public(s->p256dh) < 0) {
        response_error(res, 400, "invalid",
                       "keys.p256dh must be a P-256 public key (65 bytes, "
                       "uncompressed, base64url)");
        return -EINVAL;
    }
    if (token_decode_n(json_string_value(a), s->auth, sizeof s->auth) < 0) {
        response_error(res, 400, "invalid", "keys.auth must be 16 bytes in base64url");
        return -EINVAL;
    }
    return 0;
}

/* The endpoint: its form, then where it resolves (blocking DNS: this runs
 * on a worker thread). */
static int read_endpoint(struct api *api, const char *url, struct store_push_sub *s,
                         struct response *res)
{
    struct netguard_url u;
    const char *why = NULL;
    int rc;

    if (strlen(url) > NETGUARD_URL_MAX) {
        response_error(res, 400, "invalid_endpoint", "endpoint must be at most %d bytes",
                       NETGUARD_URL_MAX);
        return -EINVAL;
    }
    if (netguard_check_url(notify_guard(api->notify), url, &u, &why) < 0) {
        response_error(res, 400, "invalid_endpoint", "endpoint: %s", why ? why : "not usable");
        return -EINVAL;
    }
    if (atomic_fetch_add(&push_lookups, 1) >= PUSH_LOOKUPS_MAX) {
        atomic_fetch_sub(&push_lookups, 1);
        response_error(res, 503, "busy", "too many endpoints are being checked; try again shortly");
        reader_header_add(res, "Retry-After: 2");
        return -EBUSY;
    }
    rc = netguard_resolve(notify_guard(api->notify), &u, &why);
    atomic_fetch_sub(&push_lookups, 1);
    if (rc == -ENOENT) {
        response_error(res, 400, "invalid_endpoint", "endpoint: the host %s does not resolve",
                       u.host);
        return rc;
    }
    if (rc < 0) {
        response_error(res, 400, "endpoint_refused",
                       "endpoint: %s resolves to %s, which this server never connects to", u.host,
                       why ? why : "an address");
        return rc;
    }
    snprintf(s->endpoint, sizeof s->endpoint, "%s", url);
    return 0;
}

/* The reader's choices: notify, tz, quiet, selection_at. */
static int read_prefs(json_t *body, struct store_push_sub *s, struct response *res)
{
    const char *lvl = NULL, *tzname = NULL;
    json_t *quiet = json_object_get(body, "quiet"), *sel = json_object_get(body, "selection_at");

    if (api_get_str(body, "notify", 16, 0, 400, &lvl, res) < 0 ||
        api_get_str(body, "tz", STORE_TZ_MAX, 0, 400, &tzname, res) < 0)
        return -EINVAL;
    s->notify = lvl ? notify_level_parse(lvl) : NOTIFY_SELECTIONS;
    if (s->notify < 0) {
        response_error(res, 400, "invalid",
                       "notify must be \"selections\", \"important\", \"all\" or \"none\"");
        return -EINVAL;
    }
    if (tzname && *tzname) {
        struct tz *z = NULL;
        if (tz_load(tzname, &z) < 0) {
            response_error(res, 400, "invalid", "tz: no time zone named %s", tzname);
            return -EINVAL;
        }
        tz_free(z);
        snprintf(s->tz, sizeof s->tz, "%s", tzname);
    }
    s->quiet_from = s->quiet_to = -1;
    if (quiet && !json_is_null(quiet)) {
        if (!json_is_object(quiet)) {
            response_error(res, 400, "invalid",
                           "quiet must be {\"from\": \"HH:MM\", \"to\": \"HH:MM\"} or null");
            return -EINVAL;
        }
        if (get_hhmm(quiet, "from", &s->quiet_from, res) < 0 ||
            get_hhmm(quiet, "to", &s->quiet_to, res) < 0)
            return -EINVAL;
        if (s->quiet_from < 0 || s->quiet_to < 0 || s->quiet_from == s->quiet_to) {
            response_error(res, 400, "invalid",
                           "quiet needs both from and to, and they must differ");
            return -EINVAL;
        }
    }
    s->sel_morning = s->sel_evening = -1;
    if (sel && !json_is_null(sel)) {
        static const char *const allowed[] = {"morning", "evening", NULL};
        if (!json_is_object(sel)) {
            response_error(res, 400, "invalid",
                           "selection_at must be {\"morning\": \"HH:MM\", \"evening\": \"HH:MM\"}");
            return -EINVAL;
        }
        if (api_only_fields(sel, allowed, res) < 0 ||
            get_hhmm(sel, "morning", &s->sel_morning, res) < 0 ||
            get_hhmm(sel, "evening", &s->sel_evening, res) < 0)
            return -EINVAL;
    }
    return 0;
}

static void subs_list(struct api *api, const struct reader_ctx *rc, struct response *res)
{
    struct store_push_sub *subs = NULL;
    size_t n = 0;
    json_t *arr = json_array();
    int err = rc->reader_id ? store_push_subs_of_reader(api->st, rc->reader_id, &subs, &n) : 0;

    if (err < 0) {
        json_decref(arr);
        api_store_failure(res, err);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        struct store_channel ch;
        if (store_channel_get_by_id(api->st, subs[i].channel_id, &ch) < 0)
            continue;
        json_array_append_new(arr, sub_json(&subs[i], ch.slug));
        store_channel_clear(&ch);
    }
    free(subs);
    api_reply(res, 200, json_pack("{s:o}", "subscriptions", arr));
}

/* 0 when the reader may put this subscription: it has room for one more,
 * or already has this one (a renewal). Else 409, before any DNS is asked. */
static int subs_room(struct api *api, const struct reader_ctx *rc, int64_t channel_id,
                     const char *endpoint, struct response *res)
{
    struct store_push_sub *subs = NULL;
    size_t n = 0;
    int err = store_push_subs_of_reader(api->st, rc->reader_id, &subs, &n);
    if (err < 0) {
        api_store_failure(res, err);
        return err;
    }
    int known = 0;
    for (size_t i = 0; i < n && !known; i++)
        known = subs[i].channel_id == channel_id && strcmp(subs[i].endpoint, endpoint) == 0;
    free(subs);
    if (known || n < STORE_PUSH_PER_READER)
        return 0;
    response_error(res, 409, "too_many",
                   "this browser already has %d push subscriptions; remove one first",
                   STORE_PUSH_PER_READER);
    return -EDQUOT;
}

static void subs_put(struct api *api, const struct reader_ctx *rc, json_t *body,
                     struct response *res)
{
    static const char *const allowed[] = {"channel", "endpoint", "keys",         "notify",
                                          "tz",      "quiet",    "selection_at", NULL};
    struct store_push_sub s;
    struct store_channel ch;
    const char *slug = NULL, *endpoint = NULL;
    int err;

    memset(&s, 0, sizeof s);
    if (api_only_fields(body, allowed, res) < 0 ||
        api_get_str(body, "channel", STORE_SLUG_MAX, 0, 400, &slug, res) < 0 ||
        api_get_str(body, "endpoint", 8 * NETGUARD_URL_MAX, 0, 400, &endpoint, res) < 0)
        return;
    if (!slug || !endpoint) {
        response_error(res, 400, "invalid", "channel and endpoint are required");
        return;
    }
    if (api_reader_channel(api, slug, &ch, res) < 0)
        return;
    if (!rc->reader_id || (err = member_is_active(api->st, ch.id, rc->reader_id)) == -EACCES) {
        response_error(res, 403, "not_member", "join %s before asking for its notifications",
                       ch.slug);
    } else if (err < 0) {
        api_store_failure(res, err);
    } else if (read_keys(body, &s, res) == 0 && read_prefs(body, &s, res) == 0 &&
               subs_room(api, rc, ch.id, endpoint, res) == 0 &&
               read_endpoint(api, endpoint, &s, res) == 0) {
        s.channel_id = ch.id;
        s.reader_id = rc->reader_id;
        err = store_push_sub_put(api->st, &s);
        if (err == -EDQUOT)
            response_error(res, 409, "too_many",
                           "this browser already has %d push subscriptions; remove one first",
                           STORE_PUSH_PER_READER);
        else if (err < 0)
            api_store_failure(res, err);
        else
            api_reply(res, 201, json_pack("{s:o}", "subscription", sub_json(&s, ch.slug)));
    }
    store_channel_clear(&ch);
}

static void subs_delete(struct api *api, const struct reader_ctx *rc, json_t *body,
                        struct response *res)
{
    static const char *const allowed[] = {"channel", "endpoint", NULL};
    const char *slug = NULL, *endpoint = NULL;
    struct store_channel ch;
    int64_t channel_id = 0;
    size_t n = 0;
    int err;

    if (api_only_fields(body, allowed, res) < 0 ||
        api_get_str(body, "channel", STORE_SLUG_MAX, 0, 400, &slug, res) < 0 ||
        api_get_str(body, "endpoint", NETGUARD_URL_MAX, 0, 400, &endpoint, res) < 0)
        return;
    if (!endpoint) {
        response_error(res, 400, "invalid", "endpoint is required");
        return;
    }
    if (slug) {
        if (api_reader_channel(api, slug, &ch, res) < 0)
            return;
        channel_id = ch.id;
        store_channel_clear(&ch);
    }
    if (rc->reader_id &&
        (err = store_push_sub_remove(api->st, rc->reader_id, channel_id, endpoint, &n)) < 0) {
        api_store_failure(res, err);
        return;
    }
    res->status = 204; /* removing what is not there is no error */
}

/* GET, POST, DELETE /api/v1/push/subscriptions: the reader's own. */
void api_h_push_subs(struct api *api, const struct route_match *m, const struct http_request *req,
                     const struct caller *who, struct response *res)
{
    struct reader_ctx rc;
    json_t *body;

    (void)m, (void)who;
    if (push_on(api, res) < 0)
        return;
    if (req->method == HTTP_GET || req->method == HTTP_HEAD) {
        if (api_reader_begin(api, req, &rc, res) == 0)
            subs_list(api, &rc, res);
        return;
    }
    if (api_reader_change(api, req, &rc, res) < 0)
        return;
    if (req->method == HTTP_POST &&
        api_over_limit(api, api->devices_limit, req, "push subscriptions", res) < 0)
        return;
    if (!(body = api_body_json(req, res)))
        return;
    if (req->method == HTTP_POST)
        subs_put(api, &rc, body, res);
    else
        subs_delete(api, &rc, body, res);
    json_decref(body);
}
