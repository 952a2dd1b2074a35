/* event: the wire form of a committed event (protocol v1.1) carries the
 * post's "html" and not its Markdown "body"; catch-up with include=source
 * keeps it. The trim agrees with jansson (parse, delete "body", compare)
 * on records jansson writes in any member order, and on hand-written text
 * with spaces (as PostgreSQL's jsonb prints it), escapes and nested
 * "body" members, which stay. */
#include "tap.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "event.h"

static char *trim(const char *s)
{
    struct buf b;
    buf_init(&b, 1 << 20);
    is_int(event_record_trim(&b, s, strlen(s)), 0, "trim %s", s);
    char *r = strdup(b.data ? b.data : "");
    buf_free(&b);
    return r;
}

static void check(const char *in, const char *want, const char *what)
{
    char *got = trim(in);
    is_str(got, want, "%s", what);
    free(got);
}

static void test_positions(void)
{
    check("{\"body\":\"b\",\"html\":\"<p>b</p>\\n\",\"id\":1}",
          "{\"html\":\"<p>b</p>\\n\",\"id\":1}", "first member: it goes with the comma after it");
    check("{\"title\":\"t\",\"body\":\"b\",\"html\":\"h\"}", "{\"title\":\"t\",\"html\":\"h\"}",
          "a middle member (the store's order)");
    check("{\"title\":\"t\",\"body\":\"b\"}", "{\"title\":\"t\"}",
          "last member: with the comma before it");
    check("{\"body\":\"b\"}", "{}", "alone");
    check("{ \"body\" : \"b\" , \"html\": \"h\" }", "{ \"html\": \"h\" }",
          "spaces around it (jsonb)");
    check("{\"html\": \"h\", \"body\": \"b\"}", "{\"html\": \"h\"}", "spaces, last");
    check("{\"id\":3}", "{\"id\":3}", "no body (a delete or a pin): unchanged");
    check("{\"id\":null}", "{\"id\":null}", "an unpin: unchanged");
    check("[\"body\",1]", "[\"body\",1]", "not an object: unchanged");
    check("{\"title\":\"\\\"body\\\":\\\"x\\\"\",\"body\":\"\\\"q\\\" \\\\\",\"html\":\"h\"}",
          "{\"title\":\"\\\"body\\\":\\\"x\\\"\",\"html\":\"h\"}",
          "a title that looks like a body member stays; an escaped body goes whole");
    check("{\"items\":[{\"body\":\"in\"}],\"meta\":{\"body\":1},\"body\":\"out\"}",
          "{\"items\":[{\"body\":\"in\"}],\"meta\":{\"body\":1}}", "only the top-level body goes");
    check("{\"bodyx\":1,\"xbody\":2}", "{\"bodyx\":1,\"xbody\":2}", "names that contain body stay");
    check("{\"body\":\"a\",\"body\":\"b\"}", "{\"body\":\"b\"}",
          "repeated: the first goes (jansson keeps none)");
    check("{\"title\":\"t\",\"body\":\"unterminated", "{\"title\":\"t\",\"body\":\"unterminated",
          "malformed: not cut");
}

/* Records as the store writes them (json_dumps, compact), with "body" at
 * every position: the trim equals jansson's own deletion. */
static void test_against_jansson(void)
{
    static const char *const keys[] = {"title", "html", "importance", "tags", "media", "id", "seq"};
    int agree = 1;
    srand(13);
    for (int d = 0; d < 300; d++) {
        json_t *o = json_object();
        int at = rand() % 8;
        char body[64];
        snprintf(body, sizeof body, "**b%d** \"q\" \\ <x> é\n%c", d, 'a' + d % 26);
        for (int k = 0; k <= 7; k++) {
            if (k == at)
                json_object_set_new(o, "body", json_string(body));
            if (k < 7) {
                const char *key = keys[(k + d) % 7];
                json_object_set_new(o, key,
                                    k % 2 ? json_integer(d) : json_pack("{s:s}", "body", "nested"));
            }
        }
        char *text = json_dumps(o, JSON_COMPACT);
        char *got = trim(text);
        json_t *back = json_loads(got, JSON_REJECT_DUPLICATES, NULL);
        json_object_del(o, "body");
        agree &= back != NULL && json_equal(back, o) && !strstr(got, "**b");
        agree &= strlen(got) < strlen(text);
        if (!agree)
            printf("# disagree on %s -> %s\n", text, got);
        json_decref(back);
        free(got);
        free(text);
        json_decref(o);
    }
    ok(agree, "300 records: the trimmed text parses and equals the record without body");
}

static const char REC[] = "{\"title\":\"Séisme\",\"body\":\"Une *secousse*.\",\"html\":\"<p>Une "
                          "<em>secousse</em>.</p>\\n\",\"importance\":2,\"id\":5,\"seq\":9}";

static void fill(struct store_event *se)
{
    memset(se, 0, sizeof *se);
    se->channel_id = 1;
    snprintf(se->channel, sizeof se->channel, "monde");
    se->seq = 9;
    se->kind = STORE_EV_POST;
    se->post_id = 5;
    se->created_at = 1700000000000;
    se->data = (char *)REC;
    se->data_len = sizeof REC - 1;
}

static void test_event_json(void)
{
    struct store_event se;
    struct buf b;
    fill(&se);

    buf_init(&b, 1 << 20);
    is_int(event_json(&b, &se), 0, "event_json");
    size_t wire_len = b.len;
    is_str(
        b.data,
        "{\"type\":\"post\",\"channel\":\"monde\",\"seq\":9,\"id\":5,\"at\":1700000000000,\"post\":"
        "{\"title\":\"Séisme\",\"html\":\"<p>Une <em>secousse</em>.</p>\\n\",\"importance\":2,"
        "\"id\":5,\"seq\":9}}",
        "the wire form: html, no body");
    buf_reset(&b);
    is_int(event_json_opt(&b, &se, 1), 0, "event_json_opt source");
    ok(strstr(b.data, "\"body\":\"Une *secousse*.\"") && strstr(b.data, "\"html\":"),
       "with source: body and html");
    buf_reset(&b);
    is_int(event_json_opt(&b, &se, 0), 0, "event_json_opt without source");
    ok(!strstr(b.data, "\"body\""), "without source: no body");
    buf_free(&b);

    /* The shared frames are built once, trimmed. */
    struct event *ev = event_new(&se);
    const char *ws = ev->ws->data, *sse = ev->sse->data;
    size_t wl = ev->ws->len, sl = ev->sse->len;
    ok(memmem(ws, wl, "\"html\":", 7) && !memmem(ws, wl, "\"body\"", 6),
       "the WebSocket frame: html, no body");
    ok(memmem(sse, sl, "\"html\":", 7) && !memmem(sse, sl, "\"body\"", 6),
       "the SSE block: html, no body");
    ok(memmem(sse, sl, "id: 9\nevent: post\ndata: {", 25) != NULL, "the SSE block's head");
    /* 4 bytes of WebSocket header for a payload of 126 to 65535 bytes. */
    ok(wire_len >= 126 && wire_len < 65536, "a mid-sized event");
    is_int((long long)wl, (long long)(4 + wire_len), "the frame: the trimmed JSON and its header");
    event_unref(ev);
}

int main(void)
{
    test_positions();
    test_against_jansson();
    test_event_json();
    return done_testing();
}
