#include "api.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "auth.h"
#include "baseurl.h"
#include "channel.h"
#include "crier.h"
#include "event.h"
#include "feed_out.h"
#include "invite.h"
#include "log.h"
#include "markdown.h"
#include "page.h"
#include "ratelimit.h"
#include "reader.h"
#include "tz.h"
#include "selection.h"
#include "utf8.h"
#include "xmalloc.h"

#define API_EVENTS_LIMIT_MAX 1000
#define API_EXTERNAL_ID_MAX 200 /* bytes of a post's external id */
/* event data per catch-up page; past it final:false */
#define API_EVENTS_BYTES_MAX (2 * 1024 * 1024)
#define API_TAGS_MAX 16
#define API_TAG_LEN_MAX 64
#define API_URL_MAX 2048
#define API_CAPTION_MAX 1024
#define API_AUTHOR_MAX 256

static void reply_json(struct response *res, int status, json_t *obj)
{
    char *text = json_dumps(obj, JSON_COMPACT);
    res->status = status;
    buf_reset(&res->body);
    buf_appends(&res->body, text);
    free(text);
    json_decref(obj);
}

static void store_failure(struct response *res, int rc)
{
    if (rc == -ENOENT)
        response_error(res, 404, "not_found", "no such resource");
    else if (rc == -EEXIST)
        response_error(res, 409, "conflict", "already exists");
    else
        response_error(res, 500, "internal", "%s", crier_strerror(rc));
}

/* ---- request helpers ---- */

struct caller {
    int has_token;
    struct store_token tok;
    const struct http_request *req; /* for the reader cookie, looked at lazily */
};

/* Resolves the bearer token, if any. Returns 0, or fills res (401). */
static int identify(struct api *api, const struct http_request *req, struct caller *who,
                    struct response *res)
{
    const char *h = http_header_get(req, "authorization");
    memset(who, 0, sizeof *who);
    who->req = req;
    if (!h)
        return 0;
    if (strncasecmp(h, "Bearer ", 7) != 0) {
        response_error(res, 401, "unauthorized", "use Authorization: Bearer <token>");
        return -EACCES;
    }
    const char *t = h + 7;
    while (*t == ' ')
        t++;
    int rc = auth_check(api->st, t, &who->tok);
    if (rc == -ENOENT || rc == -EINVAL) {
        response_error(res, 401, "unauthorized", "unknown or revoked token");
        return -EACCES;
    }
    if (rc < 0) {
        store_failure(res, rc);
        return rc;
    }
    who->has_token = 1;
    return 0;
}

static int require_admin(const struct caller *who, struct response *res)
{
    if (!who->has_token) {
        response_error(res, 401, "unauthorized", "this needs a token");
        return -EACCES;
    }
    if (who->tok.scope != STORE_SCOPE_ADMIN) {
        response_error(res, 403, "forbidden", "this needs an admin token");
        return -EACCES;
    }
    return 0;
}

static int require_publisher(const struct caller *who, int64_t channel_id, struct response *res)
{
    if (!who->has_token) {
        response_error(res, 401, "unauthorized", "publishing needs a token");
        return -EACCES;
    }
    if (!auth_can_publish(&who->tok, channel_id)) {
        response_error(res, 403, "forbidden", "this token may not publish to this channel");
        return -EACCES;
    }
    return 0;
}

static int may_read(const struct caller *who, const struct store_channel *ch)
{
    return ch->visibility == STORE_PUBLIC ||
           (who->has_token && auth_can_publish(&who->tok, ch->id));
}

/*
 * A private channel is also open to its active members (the reader cookie)
 * and, for its feeds, to a member's secret feed key. 1 yes, 0 no, or a store
 * error. The cookie is looked at only here, so public reads cost nothing.
 */
static int member_may_read(struct api *api, const struct caller *who,
                           const struct store_channel *ch, const char *feed_key)
{
    struct reader_ctx rc;
    int err;

    if (feed_key && (err = reader_feed_key_check(api->st, ch->id, feed_key)) != -EACCES)
        return err == 0 ? 1 : err;
    if (!who->req || !http_header_get(who->req, "cookie"))
        return 0;
    if ((err = reader_identify(api->st, who->req, &rc)) < 0)
        return err;
    err = reader_channel_access(api->st, ch, NULL, &rc);
    return err == 0 ? 1 : err == -EACCES ? 0 : err;
}

/* Marks an answer only this caller may see (a private channel's data, or
 * what only a token holder may read): no shared cache may keep it, and a
 * browser's cache must tell callers apart. Public answers stay as they are. */
static void private_answer(struct response *res)
{
    if (!strstr(res->extra, "Cache-Control:"))
        reader_header_add(res, "Cache-Control: private");
    if (!strstr(res->extra, "Vary:"))
        reader_header_add(res, "Vary: Cookie, Authorization");
}

/* A public channel's read answers (catch-up, feeds, the channel) may be read
 * by a page of any origin: they hold nothing a stranger could not fetch.
 * Private ones get no CORS header, so browsers keep them from other origins. */
static void cors_answer(struct response *res, const struct store_channel *ch)
{
    if (ch->visibility == STORE_PUBLIC && !strstr(res->extra, "Access-Control-Allow-Origin:"))
        reader_header_add(res, "Access-Control-Allow-Origin: *");
}

/* The answer for a channel the caller may not know about: an unknown one,
 * or a private one the caller may not read (the same answer, so that
 * private slugs cannot be found by trying them). */
static void no_such_channel(struct response *res, const char *slug)
{
    response_error(res, 404, "not_found", "no channel named %s", slug);
}

/* Loads slug for reading: 0, or res filled (404: unknown, or private and
 * not readable by this caller) and < 0. feed_key (may be NULL) is a ?key=
 * from a private feed URL. */
static int load_channel_key(struct api *api, const char *slug, const struct caller *who,
                            const char *feed_key, struct store_channel *ch, struct response *res)
{
    int rc = store_channel_get(api->st, slug, ch);
    if (rc == 0 && !may_read(who, ch)) {
        int r = member_may_read(api, who, ch, feed_key);
        if (r == 1) {
            private_answer(res);
            return 0;
        }
        if (r < 0) {
            store_channel_clear(ch);
            store_failure(res, r);
            return r;
        }
    }
    if (rc == -ENOENT || (rc == 0 && !may_read(who, ch))) {
        /* A private channel is not revealed to strangers, whether they hold
         * a token (of another channel) or not. */
        no_such_channel(res, slug);
        if (rc == 0)
            store_channel_clear(ch);
        return -ENOENT;
    }
    if (rc < 0)
        store_failure(res, rc);
    else if (ch->visibility == STORE_PRIVATE)
        private_answer(res); /* a token that may publish to it */
    return rc;
}

static int load_channel(struct api *api, const char *slug, const struct caller *who,
                        struct store_channel *ch, struct response *res)
{
    return load_channel_key(api, slug, who, NULL, ch, res);
}

static json_t *body_json(const struct http_request *req, struct response *res)
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
    json_t *j = json_loadb(req->body, req->body_len, JSON_REJECT_DUPLICATES, &err);
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

static int only_fields(json_t *obj, const char *const *allowed, struct response *res)
{
    const char *key;
    json_t *v;
    json_object_foreach(obj, key, v)
    {
        int ok = 0;
        for (const char *const *a = allowed; *a; a++)
            ok |= strcmp(key, *a) == 0;
        if (!ok) {
            response_error(res, 400, "invalid", "unknown field \"%s\"", key);
            return -EINVAL;
        }
    }
    return 0;
}

static int clean_text(const char *s, size_t n, int multiline)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0x7f || (c < 0x20 && !(multiline && (c == '\n' || c == '\r' || c == '\t'))))
            return 0;
    }
    return 1;
}

/* Optional string field: 0 (absent: *out untouched), 1 (set), < 0 (res filled). */
static int get_str(json_t *obj, const char *name, size_t max, int multiline, int too_big_status,
                   const char **out, struct response *res)
{
    json_t *v = json_object_get(obj, name);
    if (!v)
        return 0;
    if (!json_is_string(v)) {
        response_error(res, 400, "invalid", "%s must be a string", name);
        return -EINVAL;
    }
    size_t n = json_string_length(v);
    if (n > max) {
        response_error(res, too_big_status, too_big_status == 413 ? "too_large" : "invalid",
                       "%s is %zu bytes; the limit is %zu", name, n, max);
        return -EINVAL;
    }
    if (!clean_text(json_string_value(v), n, multiline)) {
        response_error(res, 400, "invalid", "%s contains control characters", name);
        return -EINVAL;
    }
    *out = json_string_value(v);
    return 1;
}

static int url_ok(const char *u)
{
    size_t n = strlen(u);
    if (n > API_URL_MAX)
        return 0;
    if (strncasecmp(u, "https://", 8) != 0 && strncasecmp(u, "http://", 7) != 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)u[i] <= 0x20 || u[i] == '"' || u[i] == '<' || u[i] == '>')
            return 0;
    return strchr(u, ':')[3] != '\0';
}

#define API_TIME_MAX INT64_C(253402300799999) /* 9999-12-31T23:59:59.999Z, in ms */

/* ISO 8601 ("2026-11-26T07:00:00Z", "...+01:00", fractions) or ms integer,
 * from 1970 to the end of 9999 (what dates and time zones are computed
 * for); -EINVAL otherwise. */
/* A time as ms since the epoch, or ISO 8601 ("2026-12-05T07:00:00Z",
 * "...+01:00"; seconds optional). Without a zone the time is local to zone
 * (the channel's: an embargo is written in the newsroom's time); NULL refuses
 * it. 0, or -EINVAL. */
static int parse_time(json_t *v, int64_t *ms, const char *zone)
{
    if (json_is_integer(v)) {
        *ms = json_integer_value(v);
        return *ms >= 0 && *ms <= API_TIME_MAX ? 0 : -EINVAL;
    }
    if (!json_is_string(v))
        return -EINVAL;
    const char *s = json_string_value(v);
    struct tm tm = {0};
    int frac = 0, fdigits = 0;
    static const char *const forms[] = {"%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M",
                                        "%Y-%m-%d %H:%M"};
    const char *p = NULL;
    for (size_t i = 0; !p && i < sizeof forms / sizeof forms[0]; i++) {
        memset(&tm, 0, sizeof tm);
        p = strptime(s, forms[i], &tm);
        /* "07:00:30" must not stop at "07:00" with ":30" left over */
        if (p && i >= 2 && *p == ':')
            p = NULL;
    }
    if (!p)
        return -EINVAL;
    if (*p == '.') {
        for (p++; isdigit((unsigned char)*p); p++)
            if (fdigits < 3) {
                frac = frac * 10 + (*p - '0');
                fdigits++;
            }
        while (fdigits && fdigits < 3) {
            frac *= 10;
            fdigits++;
        }
    }
    long off = 0;
    if (*p == 'Z' || *p == 'z') {
        p++;
    } else if (*p == '+' || *p == '-') {
        int sign = *p == '-' ? -1 : 1, hh, mm;
        if (!isdigit((unsigned char)p[1]) || !isdigit((unsigned char)p[2]) || p[3] != ':' ||
            !isdigit((unsigned char)p[4]) || !isdigit((unsigned char)p[5]))
            return -EINVAL;
        hh = (p[1] - '0') * 10 + (p[2] - '0');
        mm = (p[4] - '0') * 10 + (p[5] - '0');
        off = sign * (hh * 3600L + mm * 60L);
        p += 6;
    } else if (*p == '\0' && zone) {
        /* Local time in zone: a time that occurs twice is the first; one in
         * a spring-forward gap is the end of the gap. */
        struct tz *z = NULL;
        struct tz_civil lc = {.year = tm.tm_year + 1900,
                              .month = tm.tm_mon + 1,
                              .day = tm.tm_mday,
                              .hour = tm.tm_hour,
                              .minute = tm.tm_min,
                              .second = tm.tm_sec};
        int64_t utc = 0;
        int rc = tz_load(zone, &z);
        if (rc == 0)
            rc = tz_from_local(z, &lc, &utc);
        tz_free(z);
        if (rc < 0)
            return -EINVAL;
        *ms = utc * 1000 + frac;
        return *ms >= 0 && *ms <= API_TIME_MAX ? 0 : -EINVAL;
    } else {
        return -EINVAL; /* a time without a zone, where none applies */
    }
    if (*p)
        return -EINVAL;
    time_t t = timegm(&tm);
    *ms = ((int64_t)t - off) * 1000 + frac;
    return *ms >= 0 && *ms <= API_TIME_MAX ? 0 : -EINVAL;
}

static char *render_markdown(const char *md, size_t len)
{
    return markdown_to_html(md, len);
}

/*
 * Validates post fields from in and writes them into rec (a post record).
 * On create, title is required and defaults are filled in.
 */
static int post_fields(json_t *in, json_t *rec, int create, const struct store_channel *ch,
                       int64_t *publish_at, struct response *res)
{
    static const char *const allowed[] = {
        "title", "body",   "importance", "silent", "tags",        "source_url", "media",
        "lang",  "author", "publish_at", "force",  "external_id", NULL};
    const char *s = NULL;
    json_t *v;
    int rc;

    if (only_fields(in, allowed, res) < 0)
        return -EINVAL;
    if ((rc = get_str(in, "title", API_TITLE_MAX, 0, 400, &s, res)) < 0)
        return rc;
    if (rc == 1) {
        if (!*s) {
            response_error(res, 400, "invalid", "title must not be empty");
            return -EINVAL;
        }
        json_object_set_new(rec, "title", json_string(s));
    } else if (create) {
        response_error(res, 400, "invalid", "title is required");
        return -EINVAL;
    }
    s = NULL;
    if ((rc = get_str(in, "body", API_BODY_MAX, 1, 413, &s, res)) < 0)
        return rc;
    if (rc == 1 || create) {
        if (!s)
            s = "";
        char *html = render_markdown(s, strlen(s));
        json_object_set_new(rec, "body", json_string(s));
        json_object_set_new(rec, "html", json_string(html));
        free(html);
    }
    if ((v = json_object_get(in, "importance"))) {
        if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > 3) {
            response_error(res, 400, "invalid", "importance must be 0, 1, 2 or 3");
            return -EINVAL;
        }
        json_object_set(rec, "importance", v);
    } else if (create) {
        json_object_set_new(rec, "importance", json_integer(1));
    }
    if ((v = json_object_get(in, "silent"))) {
        if (!json_is_boolean(v)) {
            response_error(res, 400, "invalid", "silent must be true or false");
            return -EINVAL;
        }
        json_object_set(rec, "silent", v);
    } else if (create) {
        json_object_set_new(rec, "silent", json_false());
    }
    if ((v = json_object_get(in, "tags"))) {
        size_t i;
        json_t *t;
        if (!json_is_array(v) || json_array_size(v) > API_TAGS_MAX) {
            response_error(res, 400, "invalid", "tags must be an array of at most %d strings",
                           API_TAGS_MAX);
            return -EINVAL;
        }
        json_array_foreach(v, i, t)
        {
            if (!json_is_string(t) || json_string_length(t) == 0 ||
                json_string_length(t) > API_TAG_LEN_MAX ||
                !clean_text(json_string_value(t), json_string_length(t), 0)) {
                response_error(res, 400, "invalid", "each tag is a string of 1 to %d bytes",
                               API_TAG_LEN_MAX);
                return -EINVAL;
            }
        }
        json_object_set(rec, "tags", v);
    } else if (create) {
        json_object_set_new(rec, "tags", json_array());
    }
    if ((v = json_object_get(in, "source_url")) && !json_is_null(v)) {
        if (!json_is_string(v) || !url_ok(json_string_value(v))) {
            response_error(res, 400, "invalid", "source_url must be an http or https URL");
            return -EINVAL;
        }
        json_object_set(rec, "source_url", v);
    } else if (v || create) {
        json_object_set_new(rec, "source_url", json_null());
    }
    if ((v = json_object_get(in, "media")) && !json_is_null(v)) {
        static const char *const mfields[] = {"url", "caption", "credit", NULL};
        const char *url = NULL, *caption = "", *credit = "";
        if (!json_is_object(v) || only_fields(v, mfields, res) < 0) {
            if (!json_is_object(v))
                response_error(res, 400, "invalid",
                               "media must be an object {url, caption, credit}");
            return -EINVAL;
        }
        /* An edit that leaves a field out keeps it (a new caption needs no URL). */
        json_t *old = create ? NULL : json_object_get(rec, "media");
        if (json_is_object(old)) {
            url = json_string_value(json_object_get(old, "url"));
            caption = json_string_value(json_object_get(old, "caption"));
            credit = json_string_value(json_object_get(old, "credit"));
            caption = caption ? caption : "";
            credit = credit ? credit : "";
        }
        if (get_str(v, "url", API_URL_MAX, 0, 400, &url, res) < 0 ||
            get_str(v, "caption", API_CAPTION_MAX, 0, 400, &caption, res) < 0 ||
            get_str(v, "credit", API_AUTHOR_MAX, 0, 400, &credit, res) < 0)
            return -EINVAL;
        if (!url) {
            response_error(res, 400, "invalid",
                           "media.url is required (the post has no image yet)");
            return -EINVAL;
        }
        /* Pages are served over https: an http image would never be shown. */
        if (strncasecmp(url, "https://", 8) != 0 || !url_ok(url)) {
            response_error(
                res, 400, "invalid",
                "media.url must be an https URL (an http image is blocked on https pages)");
            return -EINVAL;
        }
        json_object_set_new(
            rec, "media",
            json_pack("{s:s, s:s, s:s}", "url", url, "caption", caption, "credit", credit));
    } else if (v || create) {
        json_object_set_new(rec, "media", json_null());
    }
    s = NULL;
    if ((rc = get_str(in, "lang", STORE_LANG_MAX, 0, 400, &s, res)) < 0)
        return rc;
    if (rc == 1 && channel_lang_check(s) < 0) {
        response_error(res, 400, "invalid", "lang must be a language tag such as fr or en-GB");
        return -EINVAL;
    }
    if (rc == 1 || create)
        json_object_set_new(rec, "lang", json_string(s ? s : ch->lang));
    s = NULL;
    if ((rc = get_str(in, "author", API_AUTHOR_MAX, 0, 400, &s, res)) < 0)
        return rc;
    if (rc == 1 || create)
        json_object_set_new(rec, "author", s ? json_string(s) : json_null());
    if ((v = json_object_get(in, "external_id"))) {
        size_t n = json_is_string(v) ? json_string_length(v) : 0;
        if (!create) {
            response_error(res, 400, "invalid", "external_id can only be set when creating a post");
            return -EINVAL;
        }
        if (n < 1 || n > API_EXTERNAL_ID_MAX || !clean_text(json_string_value(v), n, 0)) {
            response_error(res, 400, "invalid",
                           "external_id must be 1 to %d bytes of text on one line",
                           API_EXTERNAL_ID_MAX);
            return -EINVAL;
        }
        json_object_set(rec, "external_id", v);
    }
    *publish_at = 0;
    if ((v = json_object_get(in, "publish_at")) && !json_is_null(v)) {
        if (!create) {
            response_error(res, 400, "invalid", "publish_at can only be set when creating a post");
            return -EINVAL;
        }
        if (parse_time(v, publish_at, ch->tz) < 0) {
            response_error(res, 400, "invalid",
                           "publish_at must be an ISO 8601 time (with a zone, or local to the "
                           "channel's zone %s), or ms since the epoch, from 1970 to 9999",
                           ch->tz);
            return -EINVAL;
        }
        /* A typo must never release an embargoed story: a time already past
         * (beyond a minute of clock skew) needs "force": true. */
        json_t *force = json_object_get(in, "force");
        if (force && !json_is_boolean(force)) {
            response_error(res, 400, "invalid", "force must be true or false");
            return -EINVAL;
        }
        if (*publish_at < crier_now_ms() - 60000 && !json_is_true(force)) {
            char when[32];
            channel_iso_time(*publish_at, when);
            response_error(res, 400, "invalid",
                           "publish_at %s is in the past; leave it out to publish now, or send "
                           "\"force\": true to publish at once",
                           when);
            return -EINVAL;
        }
    } else if (json_object_get(in, "force") && create) {
        response_error(res, 400, "invalid", "force goes with publish_at");
        return -EINVAL;
    }
    return 0;
}

/* ---- handlers ---- */

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

static void method_not_allowed(struct response *res, const char *allow)
{
    response_error(res, 405, "method_not_allowed", "use %s", allow);
    snprintf(res->extra, sizeof res->extra, "Allow: %s\r\n", allow);
}

static int channel_from_json(json_t *in, struct store_channel *ch, int create, struct response *res)
{
    static const char *const allowed[] = {"slug", "title",      "description", "lang",
                                          "tz",   "visibility", "selection",   NULL};
    const char *s;
    int rc;

    if (only_fields(in, allowed, res) < 0)
        return -EINVAL;
    if (create) {
        s = NULL;
        if (get_str(in, "slug", STORE_SLUG_MAX + 1, 0, 400, &s, res) < 0)
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
    if ((rc = get_str(in, "title", CHANNEL_TITLE_MAX, 0, 400, &s, res)) < 0)
        return rc;
    if (s) {
        free(ch->title);
        ch->title = xstrdup(s);
    } else if (create) {
        response_error(res, 400, "invalid", "title is required");
        return -EINVAL;
    }
    s = NULL;
    if ((rc = get_str(in, "description", CHANNEL_DESC_MAX, 1, 400, &s, res)) < 0)
        return rc;
    if (s) {
        free(ch->description);
        ch->description = xstrdup(s);
    }
    s = NULL;
    if ((rc = get_str(in, "lang", STORE_LANG_MAX, 0, 400, &s, res)) < 0)
        return rc;
    if (s)
        snprintf(ch->lang, sizeof ch->lang, "%s", s);
    s = NULL;
    if ((rc = get_str(in, "tz", STORE_TZ_MAX, 0, 400, &s, res)) < 0)
        return rc;
    if (s)
        snprintf(ch->tz, sizeof ch->tz, "%s", s);
    s = NULL;
    if ((rc = get_str(in, "visibility", 16, 0, 400, &s, res)) < 0)
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

static void h_channels(struct api *api, const struct route_match *m, const struct http_request *req,
                       const struct caller *who, struct response *res)
{
    (void)m;
    if (req->method == HTTP_GET) {
        struct store_channel *chs = NULL;
        size_t n = 0;
        int rc = store_channel_list(api->st, &chs, &n);
        if (rc < 0) {
            store_failure(res, rc);
            return;
        }
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++)
            if (may_read(who, &chs[i]))
                json_array_append_new(arr, channel_json(&chs[i]));
        store_channels_free(chs, n);
        if (who->has_token)
            private_answer(res); /* may list private channels */
        reply_json(res, 200, json_pack("{s:o}", "channels", arr));
    } else if (req->method == HTTP_POST) {
        if (require_admin(who, res) < 0)
            return;
        json_t *in = body_json(req, res);
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
                store_failure(res, rc);
            else
                reply_json(res, 201, channel_json(&ch));
        }
        store_channel_clear(&ch);
        json_decref(in);
    } else {
        method_not_allowed(res, "GET, POST");
    }
}

static void h_channel(struct api *api, const struct route_match *m, const struct http_request *req,
                      const struct caller *who, struct response *res)
{
    struct store_channel ch;
    int rc;

    if (req->method == HTTP_GET) {
        int64_t members = 0;
        if (load_channel(api, m->slug, who, &ch, res) < 0)
            return;
        json_t *o = channel_json(&ch);
        if (store_member_count(api->st, ch.id, &members) == 0)
            json_object_set_new(o, "members", json_integer(members));
        cors_answer(res, &ch);
        reply_json(res, 200, o);
        store_channel_clear(&ch);
        return;
    }
    if (req->method != HTTP_PATCH && req->method != HTTP_DELETE) {
        method_not_allowed(res, "GET, PATCH, DELETE");
        return;
    }
    if (require_admin(who, res) < 0)
        return;
    if (req->method == HTTP_DELETE) {
        rc = store_channel_delete(api->st, m->slug);
        if (rc < 0)
            store_failure(res, rc);
        else
            res->status = 204;
        return;
    }
    json_t *in = body_json(req, res);
    if (!in)
        return;
    if ((rc = store_channel_get(api->st, m->slug, &ch)) < 0) {
        store_failure(res, rc);
    } else {
        if (channel_from_json(in, &ch, 0, res) == 0) {
            rc = store_channel_update(api->st, &ch);
            if (rc < 0)
                store_failure(res, rc);
            else
                reply_json(res, 200, channel_json(&ch));
        }
        store_channel_clear(&ch);
    }
    json_decref(in);
}

static void h_prune(struct api *api, const struct route_match *m, const struct http_request *req,
                    const struct caller *who, struct response *res)
{
    struct store_channel ch;
    json_int_t before = 0;
    json_error_t err;

    if (require_admin(who, res) < 0)
        return;
    json_t *in = body_json(req, res);
    if (!in)
        return;
    if (json_unpack_ex(in, &err, JSON_STRICT, "{s:I}", "before_seq", &before) < 0 || before < 1) {
        response_error(res, 400, "invalid", "expected {\"before_seq\": N} with N >= 1");
    } else if (load_channel(api, m->slug, who, &ch, res) == 0) {
        if (before > ch.last_seq + 1)
            before = ch.last_seq + 1;
        int rc = store_prune(api->st, ch.id, before);
        if (rc < 0)
            store_failure(res, rc);
        else
            reply_json(res, 200, json_pack("{s:I}", "oldest_seq", (json_int_t)before));
        store_channel_clear(&ch);
    }
    json_decref(in);
}

static void post_reply(struct response *res, int status, const struct store_channel *ch,
                       const struct store_event *ev, json_t *post)
{
    json_t *o = json_pack("{s:s, s:I}", "channel", ch->slug, "id", (json_int_t)ev->post_id);
    if (ev->seq)
        json_object_set_new(o, "seq", json_integer(ev->seq));
    if (post) {
        json_t *pa = json_object_get(post, "published_at");
        if (pa)
            json_object_set(o, "published_at", pa);
        json_object_set(o, "post", post);
    }
    reply_json(res, status, o);
}

/* The answer a create with external_id ext got the first time, if there was
 * one (a retry from a bridge or a CMS hook): 1 when res holds it, 0 when no
 * post has that id, < 0 on a store failure (res filled). */
static int replay_external(struct api *api, const struct store_channel *ch, const char *ext,
                           struct response *res)
{
    json_t *rec = NULL;
    int state = 0;
    int rc = store_post_by_external(api->st, ch->id, ext, &rec, &state);

    if (rc == -ENOENT)
        return 0;
    if (rc < 0) {
        store_failure(res, rc);
        return rc;
    }
    if (state == STORE_POST_SCHEDULED) {
        char when[32];
        channel_iso_time(json_integer_value(json_object_get(rec, "publish_at")), when);
        json_object_del(rec, "publish_at");
        reply_json(res, 202,
                   json_pack("{s:s, s:O, s:s, s:O}", "channel", ch->slug, "id",
                             json_object_get(rec, "id"), "publish_at", when, "post", rec));
    } else {
        struct store_event ev = {.post_id = json_integer_value(json_object_get(rec, "id")),
                                 .seq = json_integer_value(json_object_get(rec, "seq"))};
        post_reply(res, 201, ch, &ev, rec);
    }
    reader_header_add(res, "Idempotent-Replayed: true");
    json_decref(rec);
    return 1;
}

#define API_LIST_LIMIT_MAX 100
#define API_LIST_SCHEDULED_MAX 100

static int query_int(const struct http_request *req, const char *key, int64_t def, int64_t min,
                     int64_t max, int64_t *out, struct response *res);
static int channel_for_editor(struct api *api, const struct route_match *m,
                              const struct caller *who, struct store_channel *ch,
                              struct response *res);

/* GET .../posts: the publisher's view of a channel, its scheduled posts
 * (soonest first) and its published ones (newest first, a page at a time:
 * ?before=N&limit=L). Deleted posts are not listed. */
static void list_posts(struct api *api, const struct route_match *m, const struct http_request *req,
                       const struct caller *who, struct response *res)
{
    struct store_channel ch;
    json_t *live = NULL, *scheduled = NULL;
    int64_t before, limit;

    if (query_int(req, "before", 0, 0, INT64_MAX / 2, &before, res) < 0 ||
        query_int(req, "limit", 20, 1, API_LIST_LIMIT_MAX, &limit, res) < 0 ||
        channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    int rc = store_posts_recent(api->st, ch.id, before, (size_t)limit + 1, &live);
    if (rc == 0)
        rc = store_posts_scheduled(api->st, ch.id, API_LIST_SCHEDULED_MAX, &scheduled);
    if (rc < 0) {
        store_failure(res, rc);
    } else {
        /* One more than asked tells whether there is a next page. */
        json_t *next = json_null();
        if (json_array_size(live) > (size_t)limit) {
            json_array_remove(live, (size_t)limit);
            next = json_object_get(json_array_get(live, (size_t)limit - 1), "seq");
            next = next ? json_incref(next) : json_null();
        }
        size_t i;
        json_t *p;
        json_array_foreach(scheduled, i, p)
        {
            char when[32];
            channel_iso_time(json_integer_value(json_object_get(p, "publish_at")), when);
            json_object_set_new(p, "publish_at", json_string(when));
        }
        reply_json(res, 200,
                   json_pack("{s:s, s:O, s:O, s:o}", "channel", ch.slug, "scheduled", scheduled,
                             "posts", live, "next_before", next));
    }
    json_decref(live);
    json_decref(scheduled);
    store_channel_clear(&ch);
}

static void h_posts(struct api *api, const struct route_match *m, const struct http_request *req,
                    const struct caller *who, struct response *res)
{
    struct store_channel ch;
    struct store_event ev = {0};
    int64_t publish_at = 0;

    if (req->method == HTTP_GET) {
        list_posts(api, m, req, who, res);
        return;
    }
    if (req->method != HTTP_POST) {
        method_not_allowed(res, "GET, POST");
        return;
    }
    if (!who->has_token) {
        /* before the channel is looked at: the same for every slug */
        response_error(res, 401, "unauthorized", "publishing needs a token");
        return;
    }
    if (load_channel(api, m->slug, who, &ch, res) < 0)
        return;
    if (require_publisher(who, ch.id, res) < 0) {
        store_channel_clear(&ch);
        return;
    }
    json_t *in = body_json(req, res);
    if (in) {
        json_t *rec = json_object();
        /* A copy: the store takes the external id out of rec. */
        char extbuf[API_EXTERNAL_ID_MAX + 1];
        const char *ext = NULL;
        int ok = post_fields(in, rec, 1, &ch, &publish_at, res) == 0;
        if (ok && json_is_string(json_object_get(rec, "external_id"))) {
            snprintf(extbuf, sizeof extbuf, "%s",
                     json_string_value(json_object_get(rec, "external_id")));
            ext = extbuf;
        }
        if (ok && (!ext || replay_external(api, &ch, ext, res) == 0)) {
            int64_t now = crier_now_ms();
            int rc = store_post_create(api->st, ch.id, rec, publish_at > now ? publish_at : 0, &ev);
            if (rc == -EEXIST && ext && replay_external(api, &ch, ext, res) == 1) {
                /* a retry raced the first: its answer went out above */
            } else if (rc < 0) {
                store_failure(res, rc);
            } else if (ev.seq == 0) {
                char when[32];
                channel_iso_time(publish_at, when);
                json_t *o = json_pack("{s:s, s:O, s:s, s:O}", "channel", ch.slug, "id",
                                      json_object_get(rec, "id"), "publish_at", when, "post", rec);
                reply_json(res, 202, o);
            } else {
                post_reply(res, 201, &ch, &ev, rec);
            }
            store_event_clear(&ev);
        }
        json_decref(rec);
        json_decref(in);
    }
    store_channel_clear(&ch);
}

static void h_post(struct api *api, const struct route_match *m, const struct http_request *req,
                   const struct caller *who, struct response *res)
{
    struct store_channel ch;
    struct store_event ev = {0};
    int rc, state = 0;
    json_t *rec = NULL;

    if (req->method != HTTP_GET && req->method != HTTP_PATCH && req->method != HTTP_DELETE) {
        method_not_allowed(res, "GET, PATCH, DELETE");
        return;
    }
    if (load_channel(api, m->slug, who, &ch, res) < 0)
        return;
    if (req->method == HTTP_GET) {
        rc = store_post_get(api->st, ch.id, m->num, &rec, &state);
        if (rc == 0 && state == STORE_POST_LIVE)
            reply_json(res, 200, rec);
        else if (rc == 0 && state == STORE_POST_SCHEDULED && who->has_token &&
                 auth_can_publish(&who->tok, ch.id)) {
            private_answer(res); /* not published yet */
            reply_json(res, 200, rec);
        } else if (rc == 0 || rc == -ENOENT) {
            json_decref(rec);
            response_error(res, state == STORE_POST_DELETED ? 410 : 404,
                           state == STORE_POST_DELETED ? "gone" : "not_found",
                           state == STORE_POST_DELETED ? "this post was deleted" : "no such post");
        } else
            store_failure(res, rc);
        store_channel_clear(&ch);
        return;
    }
    if (require_publisher(who, ch.id, res) < 0) {
        store_channel_clear(&ch);
        return;
    }
    if (req->method == HTTP_DELETE) {
        rc = store_post_delete(api->st, ch.id, m->num, &ev);
        if (rc < 0)
            store_failure(res, rc);
        else
            post_reply(res, 200, &ch, &ev, NULL);
        store_event_clear(&ev);
        store_channel_clear(&ch);
        return;
    }
    json_t *in = body_json(req, res);
    if (!in) {
        store_channel_clear(&ch);
        return;
    }
    if (json_object_size(in) == 0) {
        /* An edit takes a seq and reaches every reader: not for nothing. */
        response_error(res, 400, "invalid", "nothing to change");
        json_decref(in);
        store_channel_clear(&ch);
        return;
    }
    rc = store_post_get(api->st, ch.id, m->num, &rec, &state);
    if (rc < 0 || state == STORE_POST_DELETED) {
        store_failure(res, rc < 0 ? rc : -ENOENT);
    } else {
        int64_t publish_at;
        if (post_fields(in, rec, 0, &ch, &publish_at, res) == 0) {
            rc = store_post_edit(api->st, ch.id, m->num, rec, &ev);
            if (rc < 0)
                store_failure(res, rc);
            else {
                ev.post_id = m->num;
                post_reply(res, 200, &ch, &ev, rec);
            }
            store_event_clear(&ev);
        }
    }
    json_decref(rec);
    json_decref(in);
    store_channel_clear(&ch);
}

static int query_int(const struct http_request *req, const char *key, int64_t def, int64_t min,
                     int64_t max, int64_t *out, struct response *res)
{
    if (http_query_int(req->query, key, def, min, max, out) < 0) {
        response_error(res, 400, "invalid", "%s must be an integer from %lld to %lld", key,
                       (long long)min, (long long)max);
        return -EINVAL;
    }
    return 0;
}

static void h_events(struct api *api, const struct route_match *m, const struct http_request *req,
                     const struct caller *who, struct response *res)
{
    struct store_channel ch;
    struct store_event *evs = NULL;
    size_t n = 0;
    int64_t after, limit, oldest = 0, last = 0;

    if (query_int(req, "after", 0, 0, INT64_MAX / 2, &after, res) < 0 ||
        query_int(req, "limit", 100, 1, API_EVENTS_LIMIT_MAX, &limit, res) < 0)
        return;
    if (load_channel(api, m->slug, who, &ch, res) < 0)
        return;
    int rc = store_events_page(api->st, ch.id, after, (size_t)limit, API_EVENTS_BYTES_MAX, &evs, &n,
                               &oldest, &last);
    cors_answer(res, &ch);
    store_channel_clear(&ch);
    if (rc == CRIER_EPRUNED) {
        res->status = 410;
        buf_reset(&res->body);
        buf_printf(&res->body,
                   "{\"error\":\"gone\",\"message\":\"events up to %lld were pruned; "
                   "reload from oldest_seq\",\"oldest_seq\":%lld}",
                   (long long)oldest - 1, (long long)oldest);
        return;
    }
    if (rc < 0) {
        store_failure(res, rc);
        return;
    }
    /* The page stops early at a byte budget (final:false, the client asks
     * again from the last seq it got). An answer is never cut short: if it
     * cannot be built whole, it is an error. */
    struct buf *b = &res->body;
    buf_reset(b);
    rc = buf_appends(b, "{\"events\":[");
    for (size_t i = 0; i < n && rc == 0; i++) {
        if (i)
            rc = buf_append(b, ",", 1);
        if (rc == 0)
            rc = event_json(b, &evs[i]);
    }
    int final = n == 0 || evs[n - 1].seq >= last;
    if (rc == 0)
        rc = buf_printf(b, "],\"final\":%s,\"oldest_seq\":%lld,\"last_seq\":%lld}",
                        final ? "true" : "false", (long long)oldest, (long long)last);
    store_events_free(evs, n);
    if (rc < 0) {
        buf_reset(b);
        response_error(res, 500, "too_large", "the events do not fit in one answer");
        return;
    }
    res->status = 200;
}

static void h_tokens(struct api *api, const struct route_match *m, const struct http_request *req,
                     const struct caller *who, struct response *res)
{
    int rc;

    if (require_admin(who, res) < 0)
        return;
    private_answer(res);
    if (m->id == ROUTE_API_TOKEN) {
        if (req->method != HTTP_DELETE) {
            method_not_allowed(res, "DELETE");
            return;
        }
        rc = store_token_revoke(api->st, m->num);
        if (rc < 0)
            store_failure(res, rc);
        else
            res->status = 204;
        return;
    }
    if (req->method == HTTP_GET) {
        struct store_token *toks = NULL;
        size_t n = 0;
        if ((rc = store_token_list(api->st, &toks, &n)) < 0) {
            store_failure(res, rc);
            return;
        }
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++) {
            struct store_channel ch;
            char created[32], used[32];
            channel_iso_time(toks[i].created_at, created);
            channel_iso_time(toks[i].last_used_at, used);
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
        reply_json(res, 200, json_pack("{s:o}", "tokens", arr));
        return;
    }
    if (req->method != HTTP_POST) {
        method_not_allowed(res, "GET, POST");
        return;
    }
    json_t *in = body_json(req, res);
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
            store_failure(res, rc);
    } else if (auth_token_new(token, t.hash) < 0) {
        response_error(res, 500, "internal", "no randomness");
    } else {
        t.channel_id = t.scope == STORE_SCOPE_PUBLISH ? ch.id : 0;
        snprintf(t.label, sizeof t.label, "%s", label);
        if ((rc = store_token_create(api->st, &t)) < 0)
            store_failure(res, rc);
        else
            reply_json(res, 201,
                       json_pack("{s:I, s:s, s:s, s:s?, s:s}", "id", (json_int_t)t.id, "token",
                                 token, "scope", scope, "channel", t.channel_id ? ch.slug : NULL,
                                 "label", t.label));
    }
    store_channel_clear(&ch);
    json_decref(in);
}

/* ---- selections ---- */

static int channel_for_editor(struct api *api, const struct route_match *m,
                              const struct caller *who, struct store_channel *ch,
                              struct response *res)
{
    if (!who->has_token) {
        /* before the channel is looked at: the same for every slug */
        response_error(res, 401, "unauthorized", "this needs a token");
        return -EACCES;
    }
    if (load_channel(api, m->slug, who, ch, res) < 0)
        return -EACCES;
    private_answer(res); /* invites, members, previews: for the channel's editors only */
    if (require_publisher(who, ch->id, res) < 0) {
        store_channel_clear(ch);
        return -EACCES;
    }
    return 0;
}

static void h_selections(struct api *api, const struct route_match *m,
                         const struct http_request *req, const struct caller *who,
                         struct response *res)
{
    struct store_channel ch;
    int rc;

    if (req->method == HTTP_GET) {
        struct store_selection *sels = NULL;
        size_t n = 0;
        int64_t limit;
        if (query_int(req, "limit", 20, 1, 100, &limit, res) < 0)
            return;
        if (load_channel(api, m->slug, who, &ch, res) < 0)
            return;
        if ((rc = store_selection_list(api->st, ch.id, (size_t)limit, &sels, &n)) < 0) {
            store_failure(res, rc);
            store_channel_clear(&ch);
            return;
        }
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++) {
            json_t *rec = NULL, *title;
            int state = 0;
            json_t *o = json_pack("{s:s, s:s, s:I, s:I, s:I, s:I}", "local_date",
                                  sels[i].local_date, "slot", sels[i].slot, "seq",
                                  (json_int_t)sels[i].seq, "id", (json_int_t)sels[i].post_id,
                                  "window_start", (json_int_t)sels[i].window_start, "window_end",
                                  (json_int_t)sels[i].window_end);
            if (store_post_get(api->st, ch.id, sels[i].post_id, &rec, &state) == 0 &&
                (title = json_object_get(rec, "title")))
                json_object_set(o, "title", title);
            json_decref(rec);
            json_array_append_new(arr, o);
        }
        free(sels);
        store_channel_clear(&ch);
        reply_json(res, 200, json_pack("{s:o}", "selections", arr));
        return;
    }
    if (req->method != HTTP_POST) {
        method_not_allowed(res, "GET, POST");
        return;
    }
    if (channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    /* Run now: a manual selection over the window up to this moment. */
    struct selection_result r;
    struct store_event ev = {0};
    int64_t now = crier_now_ms();
    if ((rc = selection_preview(api->st, &ch, "manual", now, &r)) < 0) {
        store_failure(res, rc);
        store_channel_clear(&ch);
        return;
    }
    snprintf(r.slot, sizeof r.slot, "manual-%lld", (long long)(now / 1000));
    rc = selection_post(api->st, &ch, &r, &ev);
    if (rc == -ENODATA) {
        response_error(res, 422, "empty", "no post qualifies for a selection since the last one");
    } else if (rc == -EEXIST) {
        response_error(res, 409, "conflict", "a selection was published this second; try again");
    } else if (rc < 0) {
        store_failure(res, rc);
    } else {
        json_t *o =
            json_pack("{s:s, s:I, s:I, s:o}", "channel", ch.slug, "seq", (json_int_t)ev.seq, "id",
                      (json_int_t)ev.post_id, "selection", selection_result_json(&r, ch.slug));
        reply_json(res, 201, o);
    }
    store_event_clear(&ev);
    selection_result_free(&r);
    store_channel_clear(&ch);
}

static void h_selection_preview(struct api *api, const struct route_match *m,
                                const struct http_request *req, const struct caller *who,
                                struct response *res)
{
    struct store_channel ch;
    struct selection_result r;
    char slot[32], at[40];
    int64_t at_ms = crier_now_ms();
    int rc;

    ssize_t sn = http_query_get(req->query, "slot", slot, sizeof slot);
    if (sn == -ENOENT) {
        snprintf(slot, sizeof slot, "manual");
    } else if (sn <= 0) {
        response_error(res, 400, "invalid", "slot must be a name of at most 31 bytes");
        return;
    }
    ssize_t n = http_query_get(req->query, "at", at, sizeof at);
    if (n != -ENOENT) {
        /* digits are ms (out of range when strtoll overflows); else ISO 8601.
         * Empty, too long or badly escaped (n <= 0) is refused as it is. */
        json_t *v = NULL;
        if (n > 0) {
            char *end;
            errno = 0;
            long long ms = strtoll(at, &end, 10);
            int digits = at[0] != '-' && at[0] != '+' && *end == '\0';
            v = digits ? json_integer(errno == ERANGE ? -1 : ms) : json_string(at);
        }
        rc = v ? parse_time(v, &at_ms, NULL) : -EINVAL;
        json_decref(v);
        if (rc < 0) {
            response_error(res, 400, "invalid",
                           "at must be an ISO 8601 time with a zone, or ms since the epoch, from "
                           "1970 to 9999");
            return;
        }
    }
    if (channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    rc = selection_preview(api->st, &ch, slot, at_ms, &r);
    if (rc == -ENOENT)
        response_error(res, 404, "not_found", "no slot named %s", slot);
    else if (rc < 0)
        store_failure(res, rc);
    else {
        reply_json(res, 200, selection_result_json(&r, ch.slug));
        selection_result_free(&r);
    }
    store_channel_clear(&ch);
}

static void h_post_mark(struct api *api, const struct route_match *m,
                        const struct http_request *req, const struct caller *who,
                        struct response *res)
{
    struct store_channel ch;
    const char *mark = NULL;
    json_error_t err;
    int v;

    if (req->method != HTTP_PUT && req->method != HTTP_POST) {
        method_not_allowed(res, "PUT");
        return;
    }
    if (channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    json_t *in = body_json(req, res);
    if (!in) {
        store_channel_clear(&ch);
        return;
    }
    if (json_unpack_ex(in, &err, JSON_STRICT, "{s:s}", "mark", &mark) < 0 ||
        ((v = strcmp(mark, "pin") == 0       ? STORE_MARK_PIN
              : strcmp(mark, "exclude") == 0 ? STORE_MARK_EXCLUDE
              : strcmp(mark, "none") == 0    ? STORE_MARK_NONE
                                             : 2) == 2)) {
        response_error(res, 400, "invalid",
                       "expected {\"mark\": \"pin\" | \"exclude\" | \"none\"}");
    } else {
        int rc = store_post_mark(api->st, ch.id, m->num, v);
        if (rc < 0) {
            store_failure(res, rc);
        } else {
            json_t *o = json_pack("{s:I, s:s}", "id", (json_int_t)m->num, "mark", mark);
            /* A pin on a post an earlier selection's window already held does
             * nothing: the next window starts after it. Say so. */
            json_t *rec = NULL;
            int state = 0;
            struct store_selection last;
            if (v == STORE_MARK_PIN && store_post_get(api->st, ch.id, m->num, &rec, &state) == 0 &&
                store_selection_last(api->st, ch.id, INT64_MAX, &last) == 0 &&
                json_integer_value(json_object_get(rec, "published_at")) < last.window_end) {
                json_object_set_new(o, "covered_by",
                                    json_pack("{s:s, s:s, s:I}", "local_date", last.local_date,
                                              "slot", last.slot, "seq", (json_int_t)last.seq));
                json_object_set_new(o, "note",
                                    json_string("an earlier selection already covered "
                                                "this post: no later one will take it"));
            }
            json_decref(rec);
            reply_json(res, 200, o);
        }
    }
    json_decref(in);
    store_channel_clear(&ch);
}

#define API_VIEWS_POSTS_MAX 500
#define API_VIEWS_PER_POST_MAX 100

/* ---- client addresses and per-address limits ---- */

/* An address as 16 bytes (IPv4 mapped into IPv6): 0 or -EINVAL. */
static int addr_parse(const char *s, size_t n, unsigned char out[16])
{
    char text[INET6_ADDRSTRLEN + 1];
    struct in_addr a4;

    if (n == 0 || n >= sizeof text)
        return -EINVAL;
    memcpy(text, s, n);
    text[n] = '\0';
    if (inet_pton(AF_INET6, text, out) == 1)
        return 0;
    if (inet_pton(AF_INET, text, &a4) != 1)
        return -EINVAL;
    memset(out, 0, 10);
    out[10] = out[11] = 0xff;
    memcpy(out + 12, &a4, 4);
    return 0;
}

/* Parses "ADDR" or "ADDR/LEN" into a 16-byte network and a prefix length
 * counted in the IPv6 form (an IPv4 /24 is /120). */
static int proxy_parse(const char *spec, unsigned char net[16], int *bits)
{
    const char *slash = strchr(spec, '/');
    size_t n = slash ? (size_t)(slash - spec) : strlen(spec);
    if (addr_parse(spec, n, net) < 0)
        return -EINVAL;
    int v4 = !memchr(spec, ':', n), max = v4 ? 32 : 128;
    long len = max;
    if (slash) {
        char *end;
        len = strtol(slash + 1, &end, 10);
        if (end == slash + 1 || *end || len < 0 || len > max)
            return -EINVAL;
    }
    *bits = (int)len + (v4 ? 96 : 0);
    return 0;
}

int api_proxy_check(const char *s)
{
    unsigned char net[16];
    int bits;
    return proxy_parse(s, net, &bits);
}

/* 1 when the address s[0..n) is one of the trusted proxies. */
static int proxy_trusted(const struct api *api, const char *s, size_t n)
{
    unsigned char a[16], net[16];
    int bits;
    if (!api->n_proxies || addr_parse(s, n, a) < 0)
        return 0;
    for (size_t i = 0; i < api->n_proxies; i++) {
        if (proxy_parse(api->proxies[i], net, &bits) < 0)
            continue;
        int full = bits / 8, rest = bits % 8;
        if (memcmp(a, net, (size_t)full) != 0)
            continue;
        if (rest && ((a[full] ^ net[full]) & (0xff00 >> rest)) != 0)
            continue;
        return 1;
    }
    return 0;
}

void api_client_address(const struct api *api, const struct http_request *req, char *out,
                        size_t outsz)
{
    snprintf(out, outsz, "%s", req->peer);
    if (!proxy_trusted(api, req->peer, strlen(req->peer)))
        return;
    /* Each proxy appends the address it saw; several X-Forwarded-For
     * headers make one list. Walk it from the right, past the proxies we
     * trust: the first other entry is the client. */
    for (size_t h = req->nheaders; h-- > 0;) {
        if (strcmp(req->headers[h].name, "x-forwarded-for") != 0)
            continue;
        const char *v = req->headers[h].value, *end = v + strlen(v);
        while (end > v) {
            const char *start = end;
            while (start > v && start[-1] != ',')
                start--;
            const char *a = start, *b = end;
            while (a < b && (*a == ' ' || *a == '\t'))
                a++;
            while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
                b--;
            unsigned char bin[16];
            if (b > a && !proxy_trusted(api, a, (size_t)(b - a))) {
                if (addr_parse(a, (size_t)(b - a), bin) == 0)
                    snprintf(out, outsz, "%.*s", (int)(b - a), a);
                return; /* not an address: keep the proxy's own */
            }
            end = start > v ? start - 1 : v;
        }
    }
}

/* Takes one token from limiter rl for the request's client address (see
 * api_client_address and docs/operating.md). 0 when allowed, else -EAGAIN
 * with *retry_s the seconds to wait. */
static int limited(const struct api *api, struct ratelimit *rl, const struct http_request *req,
                   long long *retry_s)
{
    char addr[sizeof req->peer], key[RATELIMIT_KEY_MAX];
    int64_t retry = 0;

    api_client_address(api, req, addr, sizeof addr);
    ratelimit_addr_key(addr, key);
    if (ratelimit_take(rl, key, ratelimit_now_ms(), &retry) == 0)
        return 0;
    *retry_s = (retry + 999) / 1000;
    return -EAGAIN;
}

/* limited(), answered with a JSON 429 and Retry-After. */
static int over_limit(const struct api *api, struct ratelimit *rl, const struct http_request *req,
                      const char *what, struct response *res)
{
    long long secs = 0;
    if (limited(api, rl, req, &secs) == 0)
        return 0;
    response_error(res, 429, "too_many_requests",
                   "too many %s from this address; try again in %lld s", what, secs);
    reader_header_add(res, "Retry-After: %lld", secs);
    return -EAGAIN;
}

/*
 * Who is counted for a view: the reader (a hash of the cookie's secret
 * token, so the record cannot be tied to the readers table), else the
 * client address. Either way a one-way hash.
 */
static int viewer_key(struct api *api, const struct http_request *req, unsigned char key[32])
{
    char text[READER_TOKEN_LEN + RATELIMIT_KEY_MAX + 16];
    struct reader_ctx rc;
    int n, err;

    if ((err = reader_identify(api->st, req, &rc)) < 0)
        return err;
    if (rc.reader_id) {
        n = snprintf(text, sizeof text, "crier-view:r:%s", rc.token);
    } else {
        char addr[sizeof req->peer], akey[RATELIMIT_KEY_MAX];
        api_client_address(api, req, addr, sizeof addr);
        ratelimit_addr_key(addr, akey);
        n = snprintf(text, sizeof text, "crier-view:a:%s", akey);
    }
    auth_hash(text, (size_t)n, key);
    explicit_bzero(text, sizeof text);
    explicit_bzero(&rc, sizeof rc);
    return 0;
}

/* Readers report views in batches: {"views": {"<post id>": n, ...}}. A
 * viewer (reader, else address) counts once per post whatever n says, and
 * a report is one transaction. */
static void h_views(struct api *api, const struct route_match *m, const struct http_request *req,
                    const struct caller *who, struct response *res)
{
    struct store_channel ch;
    const char *key;
    json_t *views, *v;
    int64_t ids[API_VIEWS_POSTS_MAX];
    size_t n = 0;

    if (over_limit(api, api->views_limit, req, "view reports", res) < 0)
        return;
    json_t *in = body_json(req, res);
    if (!in)
        return;
    views = json_object_get(in, "views");
    if (json_object_size(in) != 1 || !json_is_object(views) ||
        json_object_size(views) > API_VIEWS_POSTS_MAX) {
        response_error(res, 400, "invalid",
                       "expected {\"views\": {\"<post id>\": n}} with at most %d posts",
                       API_VIEWS_POSTS_MAX);
        json_decref(in);
        return;
    }
    json_object_foreach(views, key, v)
    {
        char *end;
        long long id = strtoll(key, &end, 10);
        if (*end || id <= 0 || !json_is_integer(v) || json_integer_value(v) < 1 ||
            json_integer_value(v) > API_VIEWS_PER_POST_MAX) {
            response_error(res, 400, "invalid", "each entry is \"<post id>\": 1..%d",
                           API_VIEWS_PER_POST_MAX);
            json_decref(in);
            return;
        }
        ids[n++] = id;
    }
    json_decref(in);
    if (load_channel(api, m->slug, who, &ch, res) < 0)
        return;
    unsigned char viewer[32];
    size_t counted = 0;
    int rc = viewer_key(api, req, viewer);
    if (rc == 0 && n)
        rc = store_views_record(api->st, ch.id, ids, n, viewer, crier_now_ms(), &counted);
    if (rc < 0)
        store_failure(res, rc);
    else
        res->status = 204;
    store_channel_clear(&ch);
}

/* ---- Atom ---- */

/* path made whole with the base URL (the configured one, else this
 * request's Host), or null when there is none. */
static json_t *absolute_link(const struct http_request *req, const char *path)
{
    char base[BASEURL_MAX], whole[BASEURL_MAX + 128];
    if (baseurl_of(req, base, sizeof base) == 0)
        return json_null();
    snprintf(whole, sizeof whole, "%s%s", base, path);
    return json_string(whole);
}

static void base_url(const struct http_request *req, char *out, size_t outsz)
{
    if (baseurl_of(req, out, outsz) == 0)
        snprintf(out, outsz, "http://localhost");
}

#define API_FEED_ENTRIES 50
#define API_FEED_SCAN 1000 /* recent events read to rebuild the last posts */
#define API_FEED_PAGE 64   /* events read from the store at a time */
#define API_FEED_PAGE_BYTES (2 * 1024 * 1024)

struct feed_post {
    int64_t post_id;
    json_t *rec;
    int deleted;
    int64_t deleted_at;
};

static int feed_seq_cmp(const void *a, const void *b)
{
    const struct feed_post *x = a, *y = b;
    int64_t sx = json_integer_value(json_object_get(x->rec, "seq"));
    int64_t sy = json_integer_value(json_object_get(y->rec, "seq"));
    return sx < sy ? 1 : sx > sy ? -1 : 0;
}

static int64_t feed_rank(const struct feed_post *p)
{
    return json_integer_value(json_object_get(p->rec, "seq"));
}

/* Folds one event into the feed's posts (at most API_FEED_ENTRIES + 1 of
 * them): a post or an edit replaces the post's record, a delete marks it; the
 * post of lowest rank goes once there are more than API_FEED_ENTRIES. */
static void feed_take_event(struct feed_post *fp, size_t *nfp, const struct store_event *ev)
{
    size_t k;

    if (ev->kind == STORE_EV_SELECTION)
        return;
    for (k = 0; k < *nfp && fp[k].post_id != ev->post_id; k++)
        ;
    json_t *rec = json_loadb(ev->data, ev->data_len, 0, NULL);
    if (!rec)
        return;
    if (k == *nfp) {
        fp[k].post_id = ev->post_id;
        fp[k].rec = rec;
        fp[k].deleted = 0;
        fp[k].deleted_at = 0;
        (*nfp)++;
    } else if (ev->kind == STORE_EV_DELETE) {
        json_decref(rec); /* the record as it stood stays, marked deleted */
    } else {
        json_decref(fp[k].rec);
        fp[k].rec = rec;
    }
    if (ev->kind == STORE_EV_DELETE) {
        fp[k].deleted = 1;
        fp[k].deleted_at = ev->created_at;
    }
    if (*nfp > API_FEED_ENTRIES) {
        size_t low = 0;
        for (size_t i = 1; i < *nfp; i++)
            if (feed_rank(&fp[i]) < feed_rank(&fp[low]))
                low = i;
        json_decref(fp[low].rec);
        fp[low] = fp[--*nfp];
    }
}

/* GET /{slug}/atom.xml and /{slug}/selections/atom.xml: a token, the
 * feed key (?key=) or a public channel. */
static void h_atom(struct api *api, const struct route_match *m, const struct http_request *req,
                   const struct caller *who, struct response *res)
{
    int selections = m->id == ROUTE_SELECTIONS_ATOM;
    struct store_channel ch;
    struct feed_post *fp = NULL;
    size_t nfp = 0;
    char base[300], path[128];
    int rc;

    char key[READER_TOKEN_LEN + 2];
    if (http_query_get(req->query, "key", key, sizeof key) < 0)
        key[0] = '\0';
    if (load_channel_key(api, m->slug, who, key[0] ? key : NULL, &ch, res) < 0)
        return;
    cors_answer(res, &ch);
    base_url(req, base, sizeof base);
    snprintf(path, sizeof path, selections ? "/%s/selections/atom.xml" : "/%s/atom.xml", ch.slug);
    if (selections) {
        struct store_selection *sels = NULL;
        size_t n = 0;
        if ((rc = store_selection_list(api->st, ch.id, API_FEED_ENTRIES, &sels, &n)) < 0) {
            store_failure(res, rc);
            store_channel_clear(&ch);
            return;
        }
        fp = xcalloc(n ? n : 1, sizeof *fp);
        for (size_t i = 0; i < n; i++) {
            int state = 0;
            json_t *rec = NULL;
            if (store_post_get(api->st, ch.id, sels[i].post_id, &rec, &state) < 0)
                continue;
            fp[nfp].post_id = sels[i].post_id;
            fp[nfp].rec = rec;
            fp[nfp].deleted = state == STORE_POST_DELETED;
            nfp++;
        }
        free(sels);
    } else {
        /* The last posts, as they stand now, rebuilt from recent events,
         * read a page at a time. Only the API_FEED_ENTRIES newest posts are
         * kept: the rank is the post's own seq, which later edits and
         * deletes never raise, so a post pushed out never comes back. */
        int64_t after = ch.last_seq > API_FEED_SCAN ? ch.last_seq - API_FEED_SCAN : 0;
        if (after < ch.oldest_seq - 1)
            after = ch.oldest_seq - 1;
        fp = xcalloc(API_FEED_ENTRIES + 1, sizeof *fp);
        for (;;) {
            struct store_event *evs = NULL;
            size_t n = 0;
            int64_t oldest = 0, last = 0;
            rc = store_events_page(api->st, ch.id, after, API_FEED_PAGE, API_FEED_PAGE_BYTES, &evs,
                                   &n, &oldest, &last);
            if (rc < 0) {
                for (size_t i = 0; i < nfp; i++)
                    json_decref(fp[i].rec);
                free(fp);
                store_failure(res, rc);
                store_channel_clear(&ch);
                return;
            }
            for (size_t i = 0; i < n; i++)
                feed_take_event(fp, &nfp, &evs[i]);
            if (n)
                after = evs[n - 1].seq;
            store_events_free(evs, n);
            if (n == 0 || after >= last)
                break;
        }
        qsort(fp, nfp, sizeof *fp, feed_seq_cmp);
    }
    size_t nent = nfp < API_FEED_ENTRIES ? nfp : API_FEED_ENTRIES, ne = 0;
    struct feed_out_entry *ents = xcalloc(nent ? nent : 1, sizeof *ents);
    for (size_t i = 0; i < nent; i++) {
        if (fp[i].deleted) {
            json_object_set_new(fp[i].rec, "deleted", json_true());
            if (fp[i].deleted_at)
                json_object_set_new(fp[i].rec, "edited_at", json_integer(fp[i].deleted_at));
        }
        if (feed_out_entry_from_json(fp[i].rec, base, ch.slug, &ents[ne]) == 0)
            ne++;
    }
    /* The two feeds of a channel have titles a reader can tell apart. */
    char sel_title[400];
    snprintf(sel_title, sizeof sel_title, "%s — %s", ch.title,
             strncmp(ch.lang, "fr", 2) == 0 ? "Sélections" : "Selections");
    struct feed_out_channel fc = {.slug = ch.slug,
                                  .title = selections ? sel_title : ch.title,
                                  .description = ch.description,
                                  .lang = ch.lang,
                                  .base_url = base,
                                  .updated_ms = ch.updated_at,
                                  .created_ms = ch.created_at};
    buf_reset(&res->body);
    res->last_modified_ms = ch.updated_at;
    for (size_t i = 0; i < ne; i++) {
        int64_t u =
            ents[i].updated_ms > ents[i].published_ms ? ents[i].updated_ms : ents[i].published_ms;
        if (u > res->last_modified_ms)
            res->last_modified_ms = u;
    }
    rc = feed_out_atom(&res->body, &fc, path, ents, ne);
    if (rc < 0)
        response_error(res, 500, "internal", "feed: %s", crier_strerror(rc));
    else
        res->content_type = "application/atom+xml; charset=utf-8";
    for (size_t i = 0; i < ne; i++)
        feed_out_entry_clear(&ents[i]);
    free(ents);
    for (size_t i = 0; i < nfp; i++)
        json_decref(fp[i].rec);
    free(fp);
    store_channel_clear(&ch);
}

/* ---- readers (docs/readers.md) ---- */

#define API_INVITE_EXPIRES_MAX (10LL * 365 * 24 * 3600) /* seconds */
#define API_INVITE_USES_MAX 1000000000LL
#define API_INVITE_LABEL_MAX 127

static const char *member_state_name(int state)
{
    return state == STORE_MEMBER_ACTIVE    ? "member"
           : state == STORE_MEMBER_PENDING ? "pending"
                                           : "none";
}

/* Reads the reader cookies; 0 or res filled (500). The CSRF cookie, when
 * the browser had none, goes out with whatever answer follows. */
static int reader_begin(struct api *api, const struct http_request *req, struct reader_ctx *rc,
                        struct response *res)
{
    int err = reader_identify(api->st, req, rc);
    if (err < 0) {
        store_failure(res, err);
        return err;
    }
    reader_csrf_cookie(rc, res);
    return 0;
}

/* reader_begin for a state change: also the Origin and CSRF token checks
 * (403 {"error":"csrf"}). */
static int reader_change(struct api *api, const struct http_request *req, struct reader_ctx *rc,
                         struct response *res)
{
    char form[READER_CSRF_LEN + 2];
    if (reader_begin(api, req, rc, res) < 0)
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
static int reader_channel(struct api *api, const char *slug, struct store_channel *ch,
                          struct response *res)
{
    int err = store_channel_get(api->st, slug, ch);
    if (err == -ENOENT)
        response_error(res, 404, "not_found", "no channel named %s", slug);
    else if (err < 0)
        store_failure(res, err);
    return err;
}

static void reply_member(struct response *res, int form, const char *where, const char *slug,
                         int state)
{
    if (form) {
        reader_redirect(res, where);
        return;
    }
    reply_json(res, 200,
               json_pack("{s:s, s:s}", "channel", slug, "state", member_state_name(state)));
}

/*
 * POST /api/v1/channels/{slug}/join (JSON) and /{slug}/join (the page's
 * form, answered 303 back to the page). A public channel takes anyone; a
 * private one only through an invite, so here it just reports an existing
 * membership.
 */
static void h_join(struct api *api, const struct route_match *m, const struct http_request *req,
                   const struct caller *who, struct response *res)
{
    struct reader_ctx rc;
    struct store_channel ch;
    struct store_member mem;
    int form = m->id == ROUTE_JOIN || reader_is_form(req), state, err;
    char where[STORE_SLUG_MAX + 2];

    (void)who; /* a reader: the cookie, not a token */
    if (reader_change(api, req, &rc, res) < 0 || reader_channel(api, m->slug, &ch, res) < 0)
        return;
    snprintf(where, sizeof where, "/%s", ch.slug);
    if ((err = reader_member_state(api->st, ch.id, rc.reader_id, &state)) < 0) {
        store_failure(res, err);
    } else if (ch.visibility == STORE_PRIVATE && state == STORE_MEMBER_NONE) {
        /* joined only through an invite; and not revealed to strangers */
        no_such_channel(res, m->slug);
    } else if (ch.visibility == STORE_PRIVATE || state == STORE_MEMBER_ACTIVE) {
        reply_member(res, form, where, ch.slug, state);
    } else if (over_limit(api, api->joins_limit, req, "joins", res) < 0) {
        /* 429: nothing made */
    } else if ((err = reader_ensure(api->st, req, &rc, res)) < 0 ||
               (err = store_member_join(api->st, ch.id, rc.reader_id, &mem)) < 0) {
        reader_abandon(api->st, &rc, res);
        store_failure(res, err);
    } else {
        reply_member(res, form, where, ch.slug, mem.state);
    }
    store_channel_clear(&ch);
}

/* POST .../leave and /{slug}/leave: ends the membership (or the pending
 * request). Leaving what one is not in is not an error. */
static void h_leave(struct api *api, const struct route_match *m, const struct http_request *req,
                    const struct caller *who, struct response *res)
{
    struct reader_ctx rc;
    struct store_channel ch;
    int form = m->id == ROUTE_LEAVE || reader_is_form(req), err = 0;
    char where[STORE_SLUG_MAX + 2];

    (void)who; /* a reader: the cookie, not a token */
    if (reader_change(api, req, &rc, res) < 0 || reader_channel(api, m->slug, &ch, res) < 0)
        return;
    err = rc.reader_id ? store_member_leave(api->st, ch.id, rc.reader_id) : -ENOENT;
    if (err == -ENOENT && ch.visibility == STORE_PRIVATE) {
        no_such_channel(res, m->slug); /* not in it: a stranger */
    } else if (err < 0 && err != -ENOENT) {
        store_failure(res, err);
    } else {
        /* A private channel's page is closed to the reader now. */
        snprintf(where, sizeof where, "/%s", ch.visibility == STORE_PRIVATE ? "" : ch.slug);
        reply_member(res, form, where, ch.slug, STORE_MEMBER_NONE);
    }
    store_channel_clear(&ch);
}

/* POST /api/v1/channels/{slug}/read {"seq": N}: the reader has seen up to N. */
static void h_read(struct api *api, const struct route_match *m, const struct http_request *req,
                   const struct caller *who, struct response *res)
{
    (void)who; /* a reader: the cookie, not a token */
    struct reader_ctx rc;
    struct store_channel ch;
    json_int_t seq = -1;
    json_error_t jerr;

    if (reader_change(api, req, &rc, res) < 0)
        return;
    json_t *in = body_json(req, res);
    if (!in)
        return;
    if (json_unpack_ex(in, &jerr, JSON_STRICT, "{s:I}", "seq", &seq) < 0 || seq < 0) {
        response_error(res, 400, "invalid", "expected {\"seq\": N} with N >= 0");
    } else if (reader_channel(api, m->slug, &ch, res) == 0) {
        int err = rc.reader_id ? store_member_set_read(api->st, ch.id, rc.reader_id, seq) : -ENOENT,
            state = STORE_MEMBER_NONE;
        if (err == -ENOENT && ch.visibility == STORE_PRIVATE &&
            (reader_member_state(api->st, ch.id, rc.reader_id, &state) < 0 ||
             state != STORE_MEMBER_PENDING))
            no_such_channel(res, m->slug); /* a stranger to a private channel */
        else if (err == -ENOENT)
            response_error(res, 403, "forbidden", "only a member keeps a read marker");
        else if (err < 0)
            store_failure(res, err);
        else
            res->status = 204;
        store_channel_clear(&ch);
    }
    json_decref(in);
}

/* GET /api/v1/me: the channels this browser joined, with unread counts. */
static void h_me(struct api *api, const struct route_match *m, const struct http_request *req,
                 const struct caller *who, struct response *res)
{
    (void)m;
    (void)who;
    struct reader_ctx rc;
    struct store_membership *ms = NULL;
    size_t n = 0;

    if (reader_begin(api, req, &rc, res) < 0)
        return;
    if (rc.reader_id) {
        int err = store_reader_memberships(api->st, rc.reader_id, &ms, &n);
        if (err < 0) {
            store_failure(res, err);
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
    reply_json(res, 200, json_pack("{s:o}", "channels", arr));
}

/* POST /api/v1/me/transfer: a one-time link that moves this reader to
 * another device. */
static void h_transfer(struct api *api, const struct route_match *m, const struct http_request *req,
                       const struct caller *who, struct response *res)
{
    (void)m;
    (void)who;
    struct reader_ctx rc;
    char url[READER_TOKEN_LEN + 16], when[32];
    int64_t expires = 0;

    if (reader_change(api, req, &rc, res) < 0)
        return;
    int err = reader_transfer_create(api->st, &rc, url, sizeof url, &expires);
    if (err == -ENOENT) {
        response_error(res, 404, "not_found",
                       "this browser is no reader yet: join a channel first");
        return;
    }
    if (err < 0) {
        store_failure(res, err);
        return;
    }
    channel_iso_time(expires, when);
    reader_header_add(res, "Cache-Control: no-store");
    reply_json(res, 201,
               json_pack("{s:s, s:o, s:s}", "url", url, "link", absolute_link(req, url),
                         "expires_at", when));
}

/* GET /api/v1/channels/{slug}/feed-url: a private channel's feed URL with
 * the member's secret key; a public channel's plain one. */
static void h_feed_url(struct api *api, const struct route_match *m, const struct http_request *req,
                       const struct caller *who, struct response *res)
{
    struct reader_ctx rc;
    struct store_channel ch;
    struct store_member mem;
    char url[STORE_SLUG_MAX + READER_TOKEN_LEN + 32], key[READER_TOKEN_LEN + 1];
    int err;

    (void)who;
    if (reader_begin(api, req, &rc, res) < 0 || reader_channel(api, m->slug, &ch, res) < 0)
        return;
    if (ch.visibility == STORE_PUBLIC) {
        snprintf(url, sizeof url, "/%s/atom.xml", ch.slug);
        reply_json(res, 200, json_pack("{s:s}", "url", url));
    } else if (!rc.reader_id ||
               (err = store_member_get(api->st, ch.id, rc.reader_id, &mem)) == -ENOENT) {
        no_such_channel(res, m->slug); /* a stranger to a private channel */
    } else if (err == 0 && mem.state != STORE_MEMBER_ACTIVE) {
        response_error(res, 403, "forbidden", "only a member of this channel has a feed URL");
    } else if (err < 0 || (err = reader_feed_key(api->st, &rc, &mem, key)) < 0) {
        store_failure(res, err);
    } else {
        snprintf(url, sizeof url, "/%s/atom.xml?key=%s", ch.slug, key);
        reader_header_add(res, "Cache-Control: no-store");
        reply_json(res, 200, json_pack("{s:s}", "url", url));
    }
    store_channel_clear(&ch);
}

/* Optional integer field in [min, max] (null: absent). 0 absent, 1 set, < 0
 * res filled. */
static int get_int(json_t *obj, const char *name, int64_t min, int64_t max, int64_t *out,
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

static int invite_from_json(json_t *in, struct store_invite *inv, struct response *res)
{
    static const char *const allowed[] = {"expires_in", "max_uses", "approval", "label", NULL};
    const char *label = NULL;
    int64_t secs = 0;
    json_t *v;

    if (only_fields(in, allowed, res) < 0 ||
        get_int(in, "expires_in", 1, API_INVITE_EXPIRES_MAX, &secs, res) < 0 ||
        get_int(in, "max_uses", 1, API_INVITE_USES_MAX, &inv->max_uses, res) < 0 ||
        get_str(in, "label", API_INVITE_LABEL_MAX, 0, 400, &label, res) < 0)
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
static void h_invites(struct api *api, const struct route_match *m, const struct http_request *req,
                      const struct caller *who, struct response *res)
{
    struct store_channel ch;
    int err;

    if (req->method != HTTP_GET && req->method != HTTP_POST) {
        method_not_allowed(res, "GET, POST");
        return;
    }
    if (channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    if (req->method == HTTP_GET) {
        struct store_invite *invs = NULL;
        size_t n = 0;
        if ((err = store_invite_list(api->st, ch.id, &invs, &n)) < 0) {
            store_failure(res, err);
        } else {
            json_t *arr = json_array();
            for (size_t i = 0; i < n; i++)
                json_array_append_new(arr, invite_json(&invs[i]));
            reply_json(res, 200, json_pack("{s:o}", "invites", arr));
        }
        free(invs);
        store_channel_clear(&ch);
        return;
    }
    json_t *in = req->body_len ? body_json(req, res) : json_object();
    struct store_invite inv = {.channel_id = ch.id};
    char tok[READER_TOKEN_LEN + 1], url[READER_TOKEN_LEN + 4];
    if (in && invite_from_json(in, &inv, res) == 0) {
        if ((err = invite_create(api->st, &inv, tok)) < 0) {
            store_failure(res, err);
        } else {
            snprintf(url, sizeof url, "/+%s", tok);
            json_t *o = invite_json(&inv);
            json_object_set_new(o, "token", json_string(tok));
            json_object_set_new(o, "url", json_string(url));
            json_object_set_new(o, "link", absolute_link(req, url));
            reply_json(res, 201, o);
            explicit_bzero(tok, sizeof tok);
        }
    }
    json_decref(in);
    store_channel_clear(&ch);
}

/* DELETE /api/v1/channels/{slug}/invites/{id-or-token}: revokes it. */
static void h_invite(struct api *api, const struct route_match *m, const struct http_request *req,
                     const struct caller *who, struct response *res)
{
    struct store_channel ch;
    unsigned char hash[32];
    int err;

    (void)req; /* DELETE only: the dispatcher checked */
    if (channel_for_editor(api, m, who, &ch, res) < 0)
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
        store_failure(res, err);
    else
        res->status = 204;
    store_channel_clear(&ch);
}

/* GET /api/v1/channels/{slug}/members?state=pending|member|all. */
static void h_members(struct api *api, const struct route_match *m, const struct http_request *req,
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
    if (channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    int err = store_member_list(api->st, ch.id, state, &ms, &n);
    if (err < 0) {
        store_failure(res, err);
    } else {
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++) {
            char joined[32];
            channel_iso_time(ms[i].joined_at, joined);
            json_array_append_new(
                arr,
                json_pack("{s:I, s:s, s:s, s:o}", "reader", (json_int_t)ms[i].reader_id, "state",
                          member_state_name(ms[i].state), "joined_at", joined, "invite",
                          ms[i].invite_id ? json_integer(ms[i].invite_id) : json_null()));
        }
        reply_json(res, 200, json_pack("{s:o}", "members", arr));
    }
    free(ms);
    store_channel_clear(&ch);
}

/* POST /api/v1/channels/{slug}/members/{reader}/approve|reject. */
static void h_member_action(struct api *api, const struct route_match *m,
                            const struct http_request *req, const struct caller *who,
                            struct response *res)
{
    struct store_channel ch;
    int approve = strcmp(m->action, "approve") == 0, err;

    (void)req; /* POST only: the dispatcher checked */
    if (channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    err = approve ? store_member_approve(api->st, ch.id, m->num)
                  : store_member_reject(api->st, ch.id, m->num);
    if (err == -ENOENT)
        response_error(res, 404, "not_found", "reader %lld has no request or membership in %s",
                       (long long)m->num, ch.slug);
    else if (err < 0)
        store_failure(res, err);
    else
        reply_json(res, 200,
                   json_pack("{s:I, s:s}", "reader", (json_int_t)m->num, "state",
                             approve ? "member" : "none"));
    store_channel_clear(&ch);
}

/* ---- the route table ---- */

enum { M_GET = 1, M_POST = 2, M_PUT = 4, M_PATCH = 8, M_DELETE = 16 };
/* Who a route serves: TOKEN routes read the bearer token first (a bad one
 * is 401 whatever the route); READER routes know the browser by its cookie;
 * what else a route needs (admin, the channel's publisher, a member) depends
 * on the channel, and its handler checks it. */
enum { WHO_TOKEN = 0, WHO_READER = 1 };

typedef void (*api_handler)(struct api *api, const struct route_match *m,
                            const struct http_request *req, const struct caller *who,
                            struct response *res);

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
    {ROUTE_API_CHANNELS, M_GET | M_POST, "GET, POST", WHO_TOKEN, h_channels},
    {ROUTE_API_CHANNEL, M_GET | M_PATCH | M_DELETE, "GET, PATCH, DELETE", WHO_TOKEN, h_channel},
    {ROUTE_API_POSTS, M_GET | M_POST, "GET, POST", WHO_TOKEN, h_posts},
    {ROUTE_API_POST, M_GET | M_PATCH | M_DELETE, "GET, PATCH, DELETE", WHO_TOKEN, h_post},
    {ROUTE_API_EVENTS, M_GET, "GET", WHO_TOKEN, h_events},
    {ROUTE_API_PRUNE, M_POST, "POST", WHO_TOKEN, h_prune},
    {ROUTE_API_VIEWS, M_POST, "POST", WHO_TOKEN, h_views},
    {ROUTE_API_SELECTIONS, M_GET | M_POST, "GET, POST", WHO_TOKEN, h_selections},
    {ROUTE_API_SELECTION_PREVIEW, M_GET, "GET", WHO_TOKEN, h_selection_preview},
    {ROUTE_API_POST_MARK, M_PUT | M_POST, "PUT", WHO_TOKEN, h_post_mark},
    {ROUTE_API_TOKENS, M_GET | M_POST, "GET, POST", WHO_TOKEN, h_tokens},
    {ROUTE_API_TOKEN, M_DELETE, "DELETE", WHO_TOKEN, h_tokens},
    {ROUTE_API_FEED_URL, M_GET, "GET", WHO_TOKEN, h_feed_url},
    {ROUTE_API_INVITES, M_GET | M_POST, "GET, POST", WHO_TOKEN, h_invites},
    {ROUTE_API_INVITE, M_DELETE, "DELETE", WHO_TOKEN, h_invite},
    {ROUTE_API_MEMBERS, M_GET, "GET", WHO_TOKEN, h_members},
    {ROUTE_API_MEMBER_ACTION, M_POST, "POST", WHO_TOKEN, h_member_action},
    {ROUTE_ATOM, M_GET, "GET", WHO_TOKEN, h_atom},
    {ROUTE_SELECTIONS_ATOM, M_GET, "GET", WHO_TOKEN, h_atom},
    {ROUTE_JOIN, M_POST, "POST", WHO_READER, h_join},
    {ROUTE_LEAVE, M_POST, "POST", WHO_READER, h_leave},
    {ROUTE_API_ME, M_GET, "GET", WHO_READER, h_me},
    {ROUTE_API_TRANSFER, M_POST, "POST", WHO_READER, h_transfer},
    {ROUTE_API_JOIN, M_POST, "POST", WHO_READER, h_join},
    {ROUTE_API_LEAVE, M_POST, "POST", WHO_READER, h_leave},
    {ROUTE_API_READ, M_POST, "POST", WHO_READER, h_read},
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
            (identify(api, req, &who, res) < 0 || require_admin(&who, res) < 0))
            return;
        res->content_type = "text/plain; version=0.0.4";
        if (api->metrics)
            api->metrics(api->metrics_arg, &res->body);
        return;
    case ROUTE_INVITE:
        if (req->method == HTTP_POST) {
            /* Joining through an invite makes a reader and a membership. */
            long long secs = 0;
            if (limited(api, api->joins_limit, req, &secs) < 0) {
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
    default: break;
    }
    for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++) {
        const struct api_route *r = &routes[i];
        if (r->id != m->id)
            continue;
        /* A bad token is 401 whatever the method; then the method. */
        memset(&who, 0, sizeof who);
        who.req = req;
        if (r->who == WHO_TOKEN && identify(api, req, &who, res) < 0)
            return;
        if (!(method_bit(req->method) & r->methods)) {
            method_not_allowed(res, r->allow);
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
    if (identify(api, req, &who, res) < 0)
        return -EACCES;
    if (load_channel(api, slug, &who, &ch, res) < 0)
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
            store_failure(res, err);
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
    if (a->reader_id) {
        struct store_member m;
        rc = store_member_get(st, a->channel_id, a->reader_id, &m);
        if (rc == -ENOENT)
            return -EACCES;
        if (rc < 0)
            return rc;
        return m.state == STORE_MEMBER_ACTIVE ? 0 : -EACCES;
    }
    return -EACCES;
}
