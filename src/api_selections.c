/* api_selections: selections (list, publish now, preview) and editors' marks on posts. */
#include "api_int.h"

#include <errno.h>
#include <string.h>

#include "channel.h"
#include "crier.h"
#include "selection.h"
#include "timefmt.h"

void api_h_selections(struct api *api, const struct route_match *m, const struct http_request *req,
                      const struct caller *who, struct response *res)
{
    struct store_channel ch;
    int rc;

    if (req->method == HTTP_GET) {
        struct store_selection *sels = NULL;
        size_t n = 0;
        int64_t limit;
        if (api_query_int(req, "limit", 20, 1, 100, &limit, res) < 0)
            return;
        if (api_channel_load(api, m->slug, who, &ch, res) < 0)
            return;
        if ((rc = store_selection_list(api->st, ch.id, (size_t)limit, &sels, &n)) < 0) {
            api_store_failure(res, rc);
            store_channel_clear(&ch);
            return;
        }
        json_t *arr = json_array();
        for (size_t i = 0; i < n; i++) {
            struct post p;
            int state = 0;
            json_t *o = json_pack("{s:s, s:s, s:I, s:I, s:I, s:I}", "local_date",
                                  sels[i].local_date, "slot", sels[i].slot, "seq",
                                  (json_int_t)sels[i].seq, "id", (json_int_t)sels[i].post_id,
                                  "window_start", (json_int_t)sels[i].window_start, "window_end",
                                  (json_int_t)sels[i].window_end);
            if (store_post_get(api->st, ch.id, sels[i].post_id, &p, &state) == 0 && p.title)
                json_object_set_new(o, "title", json_string(p.title));
            post_clear(&p);
            json_array_append_new(arr, o);
        }
        free(sels);
        store_channel_clear(&ch);
        api_reply(res, 200, json_pack("{s:o}", "selections", arr));
        return;
    }
    if (req->method != HTTP_POST) {
        api_method_not_allowed(res, "GET, POST");
        return;
    }
    if (api_channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    /* Run now: a manual selection over the window up to this moment. */
    struct selection_result r;
    struct store_event ev = {0};
    int64_t now = crier_now_ms();
    if ((rc = selection_preview(api->st, &ch, "manual", now, &r)) < 0) {
        api_store_failure(res, rc);
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
        api_store_failure(res, rc);
    } else {
        json_t *o =
            json_pack("{s:s, s:I, s:I, s:o}", "channel", ch.slug, "seq", (json_int_t)ev.seq, "id",
                      (json_int_t)ev.post_id, "selection", selection_result_json(&r, ch.slug));
        api_reply(res, 201, o);
    }
    store_event_clear(&ev);
    selection_result_free(&r);
    store_channel_clear(&ch);
}

void api_h_selection_preview(struct api *api, const struct route_match *m,
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
        rc = v ? timefmt_json(v, NULL, &at_ms) : -EINVAL;
        json_decref(v);
        if (rc < 0) {
            response_error(res, 400, "invalid",
                           "at must be an ISO 8601 time with a zone, or ms since the epoch, from "
                           "1970 to 9999");
            return;
        }
    }
    if (api_channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    rc = selection_preview(api->st, &ch, slot, at_ms, &r);
    if (rc == -ENOENT)
        response_error(res, 404, "not_found", "no slot named %s", slot);
    else if (rc < 0)
        api_store_failure(res, rc);
    else {
        api_reply(res, 200, selection_result_json(&r, ch.slug));
        selection_result_free(&r);
    }
    store_channel_clear(&ch);
}

void api_h_post_mark(struct api *api, const struct route_match *m, const struct http_request *req,
                     const struct caller *who, struct response *res)
{
    struct store_channel ch;
    const char *mark = NULL;
    json_error_t err;
    int v;

    if (req->method != HTTP_PUT && req->method != HTTP_POST) {
        api_method_not_allowed(res, "PUT");
        return;
    }
    if (api_channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    json_t *in = api_body_json(req, res);
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
            api_store_failure(res, rc);
        } else {
            api_audit(api, who, ch.id,
                      v == STORE_MARK_PIN       ? "pin"
                      : v == STORE_MARK_EXCLUDE ? "exclude"
                                                : "unmark",
                      m->num, NULL);
            json_t *o = json_pack("{s:I, s:s}", "id", (json_int_t)m->num, "mark", mark);
            /* A pin on a post an earlier selection's window already held does
             * nothing: the next window starts after it. Say so. */
            struct post p;
            int state = 0;
            struct store_selection last;
            post_init(&p);
            if (v == STORE_MARK_PIN && store_post_get(api->st, ch.id, m->num, &p, &state) == 0 &&
                store_selection_last(api->st, ch.id, INT64_MAX, &last) == 0 &&
                p.published_at < last.window_end) {
                json_object_set_new(o, "covered_by",
                                    json_pack("{s:s, s:s, s:I}", "local_date", last.local_date,
                                              "slot", last.slot, "seq", (json_int_t)last.seq));
                json_object_set_new(o, "note",
                                    json_string("an earlier selection already covered "
                                                "this post: no later one will take it"));
            }
            post_clear(&p);
            api_reply(res, 200, o);
        }
    }
    json_decref(in);
    store_channel_clear(&ch);
}
