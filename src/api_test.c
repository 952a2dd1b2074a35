/*
 * api_test.c: POST /api/v1/test/clock, the test-only clock control of
 * `crier serve --test-clock`. It moves the node's clock (crier_clock_set),
 * so that a browser test can bring a scheduled post's time without waiting
 * for it. Without the flag the route does not exist (api.c answers 404
 * before it gets here).
 */
#include "api_int.h"

#include "crier.h"
#include "log.h"

#define API_TEST_CLOCK_MIN INT64_C(1)                               /* 1970, just after the epoch */
#define API_TEST_CLOCK_MAX INT64_C(253402300799999)                 /* the end of 9999 */
#define API_TEST_ADVANCE_MAX (INT64_C(10) * 366 * 24 * 3600 * 1000) /* ten years either way */

/* {"now": ms} sets the clock, {"advance_ms": N} moves it by N ms (negative:
 * back), {} reads it; the answer is {"now": ms}. An admin token only. */
void api_h_test_clock(struct api *api, const struct route_match *m, const struct http_request *req,
                      const struct caller *who, struct response *res)
{
    static const char *const allowed[] = {"now", "advance_ms", NULL};
    int64_t now = 0, advance = 0;
    int has_now, has_advance;

    (void)api;
    (void)m;
    if (api_require_admin(who, res) < 0)
        return;
    json_t *in = req->body_len ? api_body_json(req, res) : json_object();
    if (!in || api_only_fields(in, allowed, res) < 0)
        goto out;
    if ((has_now = api_get_int(in, "now", API_TEST_CLOCK_MIN, API_TEST_CLOCK_MAX, &now, res)) < 0 ||
        (has_advance = api_get_int(in, "advance_ms", -API_TEST_ADVANCE_MAX, API_TEST_ADVANCE_MAX,
                                   &advance, res)) < 0)
        goto out;
    if (has_now && has_advance) {
        response_error(res, 400, "invalid", "now or advance_ms, not both");
        goto out;
    }
    if (has_advance) {
        now = crier_now_ms() + advance;
        if (now < API_TEST_CLOCK_MIN || now > API_TEST_CLOCK_MAX) {
            response_error(res, 400, "invalid", "advance_ms takes the clock out of 1970..9999");
            goto out;
        }
    }
    if (has_now || has_advance) {
        crier_clock_set(now);
        log_warn("test clock: the node's clock now reads %lld ms", (long long)now);
    }
    api_reply(res, 200, json_pack("{s:I}", "now", (json_int_t)crier_now_ms()));
out:
    json_decref(in);
}
