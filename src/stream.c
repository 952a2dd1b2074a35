#include "stream.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "crier.h"
#include "log.h"
#include "origin.h"
#include "sse.h"
#include "wsmsg.h"
#include "wsz.h"
#include "xmalloc.h"

#define REPLAY_BYTES_MAX (256 * 1024) /* one replay step, at most (one event always fits) */

struct open_work {
    struct workgate_job job; /* job.work.data: this */
    struct conn *c;
    char slug[STORE_SLUG_MAX + 1];
    struct api_stream_access acc;
    int rc;
    struct response *res; /* made on the worker: an open waiting its turn holds none */
};

/* Streams of one loop whose access is checked again, in one worker job. */
struct recheck_work {
    uv_work_t work;
    struct api *api;
    size_t n;
    struct conn **conns;
    struct api_stream_access *acc;
    int *verdict;
};

struct replay_work {
    struct workgate_job job; /* job.work.data: this */
    struct conn *c;
    int64_t after;
    struct store_event *evs;
    size_t n;
    int64_t oldest, last;
    int rc;
};

struct replay_write {
    uv_write_t req;
    struct conn *c;
    char *data;
    size_t len; /* counted in the node's buffer budget until written */
    int final;
};

#define CONN_OF_SUB(s) ((struct conn *)((char *)(s)-offsetof(struct conn, sub)))

static void start_replay(struct conn *c);
static void close_denied(struct conn *c, const char *reason);
static int ws_send_json(struct conn *c, const char *json, size_t len, uint8_t *pending);
static void ws_close(struct conn *c, uint16_t code, const char *reason);
static void recheck_one(struct conn *c);

/* ---- request checks ---- */

static int header_has_token(const char *value, const char *token)
{
    size_t tl = strlen(token);
    const char *p = value;
    while (p && *p) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        const char *e = p;
        while (*e && *e != ',')
            e++;
        const char *t = e;
        while (t > p && (t[-1] == ' ' || t[-1] == '\t'))
            t--;
        if ((size_t)(t - p) == tl && strncasecmp(p, token, tl) == 0)
            return 1;
        p = e;
    }
    return 0;
}

static void reply_error(struct conn *c, int status, const char *code, const char *msg,
                        const char *extra)
{
    struct response res;
    response_init(&res);
    response_error(&res, status, code, "%s", msg);
    if (extra)
        snprintf(res.extra, sizeof res.extra, "%s", extra);
    net_respond(c, &res);
    response_free(&res);
}

/* ---- opening ---- */

static void open_work(uv_work_t *w)
{
    struct open_work *ow = w->data;
    struct conn *c = ow->c;
    ow->res = xmalloc(sizeof *ow->res);
    response_init(ow->res);
    ow->rc = api_stream_open(c->nl->api, ow->slug, http_reader_request(c->http), &ow->acc, ow->res);
}

static void write_head(struct conn *c, int cors)
{
    const struct http_request *req = http_reader_request(c->http);
    char head[512];
    int n;
    if (c->kind == CONN_SSE) {
        /* SSE_RESPONSE_HEAD with the Date (and, for a public channel, the
         * CORS header that lets a page of any origin read it) after its
         * status line. */
        static const char status[] = "HTTP/1.1 200 OK\r\n";
        n = snprintf(head, sizeof head, "%sDate: %s\r\n%s%s", status, http_date(),
                     cors ? "Access-Control-Allow-Origin: *\r\n"
                            "Access-Control-Expose-Headers: X-Crier-Protocol\r\n"
                          : "",
                     SSE_RESPONSE_HEAD + sizeof status - 1);
        hub_sub_write(c->nl->hub, &c->sub, head, (size_t)n);
        return;
    }
    char accept[29];
    ws_accept_key(http_header_get(req, "sec-websocket-key"), accept);
    n = snprintf(head, sizeof head,
                 "HTTP/1.1 101 Switching Protocols\r\nDate: %s\r\nUpgrade: websocket\r\n"
                 "Connection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n%s"
                 "X-Crier-Protocol: " EVENT_PROTOCOL "\r\n\r\n",
                 http_date(), accept, c->ws_deflate ? WSZ_RESPONSE_HEADER : "");
    hub_sub_write(c->nl->hub, &c->sub, head, (size_t)n);
}

/* An SSE stream opened without a position: `event: hello`, as on a
 * WebSocket, with the position as its id. An id alone (a block without
 * data) would do for the HTML standard's EventSource, but the parser most
 * npm clients use drops such a block, id and all. */
static void send_sse_hello(struct conn *c, const char *slug, int64_t seq)
{
    char msg[STORE_SLUG_MAX + 160];
    int n = snprintf(msg, sizeof msg,
                     "id: %lld\nevent: hello\ndata: {\"channel\":\"%s\",\"last_seq\":%lld,"
                     "\"protocol\":\"" EVENT_PROTOCOL "\"}\n\n",
                     (long long)seq, slug, (long long)seq);
    hub_sub_write(c->nl->hub, &c->sub, msg, (size_t)n);
}

/* HEAD on a stream: the head a GET would get, no body, then close. */
static void head_only(struct conn *c)
{
    char head[256];
    int n = snprintf(head, sizeof head,
                     "HTTP/1.1 200 OK\r\nDate: %s\r\n"
                     "Content-Type: text/event-stream; charset=utf-8\r\n"
                     "X-Crier-Protocol: " EVENT_PROTOCOL "\r\n"
                     "Cache-Control: no-cache\r\nConnection: close\r\n\r\n",
                     http_date());
    c->kind = CONN_HTTP;
    net_conn_close_after(c, head, (size_t)n);
}

static void after_open(uv_work_t *w, int status)
{
    struct open_work *ow = w->data;
    struct conn *c = ow->c;

    if (c->closing) {
        /* nothing */
    } else if (status < 0 || !ow->res) {
        net_conn_close(c); /* the pool refused the job */
    } else if (ow->rc < 0) {
        c->kind = CONN_HTTP;
        net_respond(c, ow->res);
    } else if (c->nl->draining) {
        c->kind = CONN_HTTP;
        reply_error(c, 503, "shutting_down", "the server is stopping; try again shortly",
                    "Retry-After: 2\r\n");
    } else if (http_reader_request(c->http)->head) {
        head_only(c);
    } else {
        int fmt = c->kind != CONN_WS ? HUB_SSE : c->ws_deflate ? HUB_WSZ : HUB_WS;
        hub_sub_init(&c->sub, (uv_stream_t *)&c->tcp, fmt);
        write_head(c, ow->acc.public_channel);
        log_info("http method=GET path=%s status=%d stream=%s", http_reader_request(c->http)->path,
                 c->kind == CONN_WS ? 101 : 200, c->kind == CONN_WS ? "ws" : "sse");
        http_reader_free(c->http);
        free(c->http);
        c->http = NULL;
        net_charge(c->nl, -(long long)c->held); /* a stream holds no request */
        c->held = 0;
        c->channel_id = ow->acc.channel_id;
        c->token_id = ow->acc.token_id;
        c->reader_id = ow->acc.reader_id;
        c->replay_page = STREAM_REPLAY_PAGE_FIRST;
        hub_sub_register(c->nl->hub, &c->sub, c->channel_id);
        if (c->replay_after < 0) {
            /* Live from last_seq. An SSE client learns that position now,
             * as its last event id: an EventSource that loses the
             * connection before the first post then resumes from it rather
             * than from nothing, and misses no post. */
            c->replay_after = ow->acc.last_seq;
            if (c->kind == CONN_SSE)
                send_sse_hello(c, ow->slug, c->replay_after);
        }
        if (c->kind == CONN_WS) {
            c->ws = xmalloc(sizeof *c->ws);
            ws_decoder_init(c->ws, STREAM_WS_MAX_MESSAGE);
            c->ws->deflate = c->ws_deflate;
            char hello[192];
            int n = snprintf(hello, sizeof hello,
                             "{\"type\":\"hello\",\"channel\":\"%s\",\"last_seq\":%lld,"
                             "\"protocol\":\"" EVENT_PROTOCOL "\"}",
                             ow->slug, (long long)ow->acc.last_seq);
            ws_send_json(c, hello, (size_t)n, NULL);
        }
        start_replay(c);
        /* Access changed while this stream was being let in: the answer
         * above may predate it, so check again before anything is sent. */
        if (c->access_epoch != c->nl->access_epoch)
            recheck_one(c);
        if (c->leftover) {
            char *p = c->leftover;
            size_t n = c->leftover_len;
            c->leftover = NULL;
            c->leftover_len = 0;
            stream_on_read(c, p, n);
            free(p);
        }
        if (!c->closing)
            net_conn_read_start(c);
    }
    if (ow->res)
        response_free(ow->res);
    free(ow->res);
    free(ow);
    net_conn_unref(c);
}

void stream_start(struct conn *c, const struct route_match *m)
{
    const struct http_request *req = http_reader_request(c->http);
    char q[32];
    const char *lei;

    if (req->method != HTTP_GET && req->method != HTTP_HEAD) {
        reply_error(c, 405, "method_not_allowed", "streams are read with GET", "Allow: GET\r\n");
        return;
    }
    /* ?after=N and Last-Event-ID: the header wins. An EventSource that was
     * opened with ?after=N reconnects to the same URL with the Last-Event-ID
     * it reached: taking the query then would replay again what it already
     * has, and after a reset (whose id is below N) would reset it again on
     * every reconnect and lose what came meanwhile. */
    c->replay_after = -1;
    ssize_t ql = http_query_get(req->query, "after", q, sizeof q);
    if (ql >= 0 && http_parse_uint(q, &c->replay_after) < 0) {
        reply_error(c, 400, "invalid", "after must be a non-negative integer", NULL);
        return;
    }
    if (m->id == ROUTE_SSE && (lei = http_header_get(req, "last-event-id")) && *lei) {
        int64_t seen;
        if (http_parse_uint(lei, &seen) < 0) {
            reply_error(c, 400, "invalid", "Last-Event-ID must be a seq", NULL);
            return;
        }
        c->replay_after = seen;
    }
    if (m->id == ROUTE_WS) {
        const char *upgrade = http_header_get(req, "upgrade");
        const char *conn = http_header_get(req, "connection");
        const char *ver = http_header_get(req, "sec-websocket-version");
        const char *key = http_header_get(req, "sec-websocket-key");
        char accept[29];
        if (req->head) {
            reply_error(c, 405, "method_not_allowed", "a WebSocket handshake is a GET",
                        "Allow: GET\r\n");
            return;
        }
        if (req->http_minor == 0) {
            reply_error(c, 400, "bad_request", "a WebSocket handshake needs HTTP/1.1", NULL);
            return;
        }
        if (!req->upgrade || !upgrade || !header_has_token(upgrade, "websocket") || !conn ||
            !header_has_token(conn, "upgrade")) {
            reply_error(c, 426, "upgrade_required", "this endpoint speaks WebSocket",
                        "Upgrade: websocket\r\n");
            return;
        }
        if (!ver || strcmp(ver, "13") != 0) {
            reply_error(c, 426, "upgrade_required", "WebSocket version 13 is required",
                        "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n");
            return;
        }
        if (!key || ws_accept_key(key, accept) < 0) {
            reply_error(c, 400, "bad_request", "bad Sec-WebSocket-Key", NULL);
            return;
        }
        c->ws_deflate = (uint8_t)wsz_accepts(http_header_get(req, "sec-websocket-extensions"));
        /* A browser's Origin must be this node's (or an --allow-origin);
         * clients without one (curl, the CLI, apps) are no browsers. */
        if (!origin_same(req, c->nl->opt->origins, c->nl->opt->n_origins, 0,
                         ORIGIN_ABSENT_ALLOWED)) {
            reply_error(c, 403, "forbidden", "origin not allowed", NULL);
            return;
        }
    }
    struct open_work *ow = xcalloc(1, sizeof *ow);
    ow->c = c;
    c->access_epoch = c->nl->access_epoch;
    memcpy(ow->slug, m->slug, sizeof ow->slug);
    ow->job.work.data = ow;
    c->kind = m->id == ROUTE_WS ? CONN_WS : CONN_SSE;
    net_conn_ref(c);
    if (net_read_queue(c, &ow->job, open_work, after_open) < 0) {
        c->kind = CONN_HTTP;
        free(ow);
        net_reads_refuse(c);
        net_conn_unref(c);
    }
}

/* ---- replay ---- */

static void replay_work(uv_work_t *w)
{
    struct replay_work *rw = w->data;
    struct conn *c = rw->c;
    rw->rc = store_events_page(c->nl->api->st, c->channel_id, rw->after, c->replay_page,
                               REPLAY_BYTES_MAX, &rw->evs, &rw->n, &rw->oldest, &rw->last);
}

static void on_replay_written(uv_write_t *req, int status);

static void encode_into(struct conn *c, struct buf *out, const struct store_event *ev,
                        struct buf *tmp)
{
    buf_reset(tmp);
    event_json(tmp, ev);
    if (c->kind == CONN_WS) {
        uint8_t h[10];
        size_t hl = ws_frame_header(h, WS_OP_TEXT, tmp->len);
        buf_append(out, h, hl);
        buf_append(out, tmp->data, tmp->len);
    } else {
        size_t need =
            sse_encode_into(NULL, 0, ev->seq, event_kind_name(ev->kind), tmp->data, tmp->len);
        size_t at = out->len;
        char *space = xmalloc(need + 1);
        sse_encode_into(space, need + 1, ev->seq, event_kind_name(ev->kind), tmp->data, tmp->len);
        buf_append(out, space, need);
        free(space);
        (void)at;
    }
}

static void write_replay(struct conn *c, char *data, size_t len, int final)
{
    struct replay_write *rw = xmalloc(sizeof *rw);
    uv_buf_t b = uv_buf_init(data, (unsigned)len);
    rw->c = c;
    rw->data = data;
    rw->len = len;
    rw->final = final;
    net_charge(c->nl, (long long)len);
    c->replay_inflight = 1;
    c->stall_queue = UINT32_MAX;
    net_conn_ref(c);
    if (uv_write(&rw->req, (uv_stream_t *)&c->tcp, &b, 1, on_replay_written) < 0) {
        net_charge(c->nl, -(long long)len);
        free(data);
        free(rw);
        net_conn_unref(c);
        net_conn_close(c);
    }
}

static void go_live(struct conn *c)
{
    if (c->rechecking) {
        c->parked = 1; /* goes on once its access is confirmed */
        return;
    }
    if (c->resume_wanted) {
        start_replay(c);
        return;
    }
    if (hub_sub_go_live(c->nl->hub, &c->sub, c->replay_after) == -ERANGE) {
        start_replay(c); /* the ring moved on meanwhile: read the rest from the store */
        return;
    }
    c->replaying = 0;
}

/* A notice about the stream's position, not an event (gap, reset):
 * WebSocket {"type":type,"key":value}; SSE "event: type" with data
 * {"key":value} and, as its id, the seq the stream now stands at, so that
 * an EventSource reconnecting right after it resumes from there. */
static void send_notice(struct conn *c, const char *type, const char *key, int64_t value,
                        int64_t at)
{
    char msg[192];
    int n;
    if (c->kind == CONN_WS) {
        n = snprintf(msg, sizeof msg, "{\"type\":\"%s\",\"%s\":%lld}", type, key, (long long)value);
        ws_send_json(c, msg, (size_t)n, NULL);
    } else {
        n = snprintf(msg, sizeof msg, "id: %lld\nevent: %s\ndata: {\"%s\":%lld}\n\n", (long long)at,
                     type, key, (long long)value);
        hub_sub_write(c->nl->hub, &c->sub, msg, (size_t)n);
    }
}

static void after_replay(uv_work_t *w, int status)
{
    struct replay_work *rw = w->data;
    struct conn *c = rw->c;

    if (c->closing) {
        /* dropped */
    } else if (status < 0) {
        net_conn_close(c); /* the pool refused the job */
    } else if (c->rechecking) {
        /* The access check under way decides, whatever this read found:
         * read again from replay_after, or close with its reason (a
         * channel deleted meanwhile fails this read with -ENOENT). */
        c->parked = 1;
    } else if (rw->rc == -ENOENT) {
        hub_forget(c->nl->hub, c->channel_id);
        close_denied(c, "deleted");
    } else if (rw->rc == CRIER_EPRUNED) {
        c->replay_after = rw->oldest - 1;
        send_notice(c, "gap", "oldest_seq", rw->oldest, rw->oldest - 1);
        start_replay(c);
    } else if (rw->rc == 0 && rw->after > rw->last) {
        /* The client knows of seqs this channel never had (a restored store,
         * a channel made anew): tell it to start over from last_seq rather
         * than wait forever for seqs that will be reused. */
        c->replay_after = rw->last;
        send_notice(c, "reset", "last_seq", rw->last, rw->last);
        if (!c->closing)
            go_live(c);
    } else if (rw->rc < 0) {
        log_warn("stream: replay failed channel=%lld: %s", (long long)c->channel_id,
                 crier_strerror(rw->rc));
        net_conn_close(c);
    } else if (rw->n == 0) {
        go_live(c);
    } else {
        struct buf out, tmp;
        size_t i, budget = c->nl->opt->sub_max_bytes;
        if (budget > REPLAY_BYTES_MAX)
            budget = REPLAY_BYTES_MAX;
        buf_init(&out, (size_t)256 << 20);
        buf_init(&tmp, (size_t)128 << 20);
        for (i = 0; i < rw->n; i++) {
            if (i > 0 && out.len >= budget)
                break;
            encode_into(c, &out, &rw->evs[i], &tmp);
            c->replay_after = rw->evs[i].seq;
        }
        buf_free(&tmp);
        int final = i == rw->n && rw->n < c->replay_page;
        /* Read about as many events next time as fit in one write. */
        if (i < rw->n)
            c->replay_page = i > STREAM_REPLAY_PAGE_MIN ? (uint16_t)i : STREAM_REPLAY_PAGE_MIN;
        else if (out.len < budget / 2 && c->replay_page < STREAM_REPLAY_PAGE_MAX)
            c->replay_page = c->replay_page * 2 > STREAM_REPLAY_PAGE_MAX
                                 ? STREAM_REPLAY_PAGE_MAX
                                 : (uint16_t)(c->replay_page * 2);
        size_t len;
        char *data = buf_steal(&out, &len);
        write_replay(c, data, len, final);
    }
    store_events_free(rw->evs, rw->n);
    free(rw);
    net_conn_unref(c);
}

static void on_replay_written(uv_write_t *req, int status)
{
    struct replay_write *rw = (struct replay_write *)req;
    struct conn *c = rw->c;
    int final = rw->final;

    c->replay_inflight = 0;
    net_charge(c->nl, -(long long)rw->len);
    free(rw->data);
    free(rw);
    if (status >= 0 && !c->closing) {
        if (c->rechecking)
            c->parked = 1;
        else if (final && !c->resume_wanted)
            go_live(c);
        else
            start_replay(c);
    }
    net_conn_unref(c);
}

static void start_replay(struct conn *c)
{
    struct replay_work *rw = xcalloc(1, sizeof *rw);

    if (c->resume_wanted) {
        /* A client resume that arrived mid-replay wins over where the
         * replay had got to. */
        c->replay_after = c->resume_after;
        c->resume_wanted = 0;
    }
    c->replaying = 1;
    rw->c = c;
    rw->after = c->replay_after;
    rw->job.work.data = rw;
    net_conn_ref(c);
    /* A replay step is never refused: a stream has one at a time. */
    workgate_queue(&c->nl->reads, &rw->job, replay_work, after_replay, net_conn_live, c, NULL);
}

/* ---- WebSocket input ---- */

/* 1 when this resume is past STREAM_WS_RESUMES_PER_MIN in the current
 * minute of the loop's clock. */
static int resume_over_limit(struct conn *c)
{
    uint16_t minute = (uint16_t)(uv_now(&c->nl->loop) / 60000);
    if (minute != c->resume_minute) {
        c->resume_minute = minute;
        c->resumes = 0;
    }
    return ++c->resumes > STREAM_WS_RESUMES_PER_MIN;
}

/* Every write to a stream counts against the subscriber's budget, not only
 * events: a client that sends pings and never reads its replies is closed
 * as slow like one that never reads its events. 0, or -ENOBUFS (closing). */
static int budget_check(struct conn *c, size_t len)
{
    if (c->tcp.write_queue_size + len <= c->nl->opt->sub_max_bytes)
        return 0;
    hub_sub_close_slow(c->nl->hub, &c->sub);
    if (!c->closing) /* not registered with the hub yet */
        ws_close(c, WS_CLOSE_POLICY, "slow");
    return -ENOBUFS;
}

static int ws_send_json(struct conn *c, const char *json, size_t len, uint8_t *pending)
{
    uint8_t h[10];
    size_t hl = ws_frame_header(h, WS_OP_TEXT, len);
    if (budget_check(c, hl + len) < 0)
        return -ENOBUFS;
    char *frame = xmalloc(hl + len);
    memcpy(frame, h, hl);
    memcpy(frame + hl, json, len);
    hub_sub_write_flag(c->nl->hub, &c->sub, frame, hl + len, pending);
    free(frame);
    return 0;
}

static void ws_close(struct conn *c, uint16_t code, const char *reason)
{
    uint8_t frame[129];
    size_t n = ws_close_frame(frame, code, reason);
    net_conn_close_after(c, frame, n);
}

static void ws_client_text(struct conn *c, const uint8_t *data, size_t len)
{
    static const char bad[] = "{\"type\":\"error\",\"error\":\"bad_json\","
                              "\"message\":\"expected {\\\"type\\\":...}\"}";
    static const char invalid[] = "{\"type\":\"error\",\"error\":\"invalid\","
                                  "\"message\":\"unknown message type or bad after\"}";
    static const char pong[] = "{\"type\":\"pong\"}";
    int64_t after = 0;

    switch (wsmsg_parse(data, len, &after)) {
    case WSMSG_PING:
        /* At most one pong queued: a client that does not read gets no
         * more until it has read that one. */
        if (!c->jpong_pending)
            ws_send_json(c, pong, sizeof pong - 1, &c->jpong_pending);
        break;
    case WSMSG_RESUME:
        /* Each resume is a store read: a client may ask for a few a minute
         * (a real one resumes after a gap), not one per reply. */
        if (resume_over_limit(c)) {
            ws_close(c, WS_CLOSE_POLICY, "too many resumes");
            break;
        }
        /* Any after is taken: one past the channel's last seq is answered
         * with a reset once the store has been read (see after_replay). */
        c->resume_after = after;
        c->resume_wanted = 1;
        if (!c->replaying) {
            c->sub.live = 0;
            start_replay(c);
        } /* else the replay restarts from there once its current step is written */
        break;
    case WSMSG_BAD_JSON: ws_send_json(c, bad, sizeof bad - 1, NULL); break;
    default: ws_send_json(c, invalid, sizeof invalid - 1, NULL); break;
    }
}

static int on_ws_message(void *arg, int opcode, const uint8_t *data, size_t len)
{
    struct conn *c = arg;
    if (c->closing)
        return 1; /* closed by an earlier message of this read */
    switch (opcode) {
    case WS_OP_TEXT: ws_client_text(c, data, len); return 0;
    case WS_OP_BINARY:
        ws_close(c, WS_CLOSE_UNSUPPORTED, "binary messages are not accepted");
        return 1;
    case WS_OP_PING: {
        /* RFC 6455 5.5.3 lets a pong answer only the latest ping: keep at
         * most one queued. */
        uint8_t frame[10 + 125];
        size_t hl = ws_frame_header(frame, WS_OP_PONG, len);
        if (c->pong_pending)
            return 0;
        if (budget_check(c, hl + len) < 0)
            return 1;
        memcpy(frame + hl, data, len);
        hub_sub_write_flag(c->nl->hub, &c->sub, frame, hl + len, &c->pong_pending);
        return 0;
    }
    case WS_OP_CLOSE: {
        uint16_t code = len >= 2 ? (uint16_t)(data[0] << 8 | data[1]) : WS_CLOSE_NORMAL;
        ws_close(c, code, "");
        return 1;
    }
    default: return 0; /* pong */
    }
}

void stream_on_read(struct conn *c, const char *data, size_t len)
{
    uint16_t code = 0;

    if (c->kind != CONN_WS || !c->ws || c->closing)
        return; /* an SSE client has nothing to say; ignore it */
    int rc = ws_decoder_feed(c->ws, (const uint8_t *)data, len, on_ws_message, c, &code);
    if (rc == CRIER_EPROTO)
        ws_close(c, code,
                 code == WS_CLOSE_TOO_BIG    ? "message too big"
                 : code == WS_CLOSE_BAD_DATA ? "invalid UTF-8"
                                             : "protocol error");
}

/* ---- access checked again ---- */

static void close_denied(struct conn *c, const char *reason)
{
    char msg[96];
    log_info("stream: closing channel=%lld reason=%s", (long long)c->channel_id, reason);
    hub_sub_detach(c->nl->hub, &c->sub);
    if (c->kind == CONN_WS) {
        ws_close(c, strcmp(reason, "unavailable") ? WS_CLOSE_POLICY : WS_CLOSE_TRY_AGAIN, reason);
        return;
    }
    int n = snprintf(msg, sizeof msg, "event: close\ndata: {\"reason\":\"%s\"}\n\n", reason);
    net_conn_close_after(c, msg, (size_t)n);
}

/* Puts c on its loop's list of streams to check; the check runs on a worker
 * after this loop iteration, one job for every stream listed meanwhile. */
static void recheck_one(struct conn *c)
{
    struct net_loop *nl = c->nl;

    if (c->closing)
        return;
    if (c->rechecking) {
        c->recheck_again = 1;
        return;
    }
    c->rechecking = 1;
    if (!c->replaying) {
        /* Live until now: held by the hub at its cursor. */
        c->replay_after = c->sub.cursor;
        c->parked = 1;
    }
    net_conn_ref(c);
    c->recheck_next = nl->recheck;
    nl->recheck = c;
    net_loop_defer(nl);
}

void stream_on_hub_recheck(struct hub *hub, struct hub_sub *sub)
{
    (void)hub;
    recheck_one(CONN_OF_SUB(sub));
}

static void recheck_work(uv_work_t *w)
{
    struct recheck_work *rw = w->data;
    struct api_recheck r;

    api_recheck_init(&r, rw->api);
    for (size_t i = 0; i < rw->n; i++)
        rw->verdict[i] = api_stream_recheck(&r, &rw->acc[i]);
    api_recheck_free(&r);
}

static void after_recheck(uv_work_t *w, int status)
{
    struct recheck_work *rw = w->data;
    (void)status;

    for (size_t i = 0; i < rw->n; i++) {
        struct conn *c = rw->conns[i];
        int v = rw->verdict[i];
        c->rechecking = 0;
        if (c->closing) {
            /* gone meanwhile */
        } else if (c->recheck_again) {
            c->recheck_again = 0;
            recheck_one(c);
        } else if (v == 0) {
            if (c->parked) {
                c->parked = 0;
                if (c->replaying)
                    start_replay(c);
                else
                    go_live(c);
            }
        } else if (v == -ENOENT) {
            hub_forget(c->nl->hub, c->channel_id);
            close_denied(c, "deleted");
        } else if (v == -EACCES) {
            close_denied(c, "revoked");
        } else {
            /* The store could not say (a database outage): the stream ends,
             * since access is no longer known, but not as revoked: the
             * client resumes with its last seq and is checked again. */
            log_warn("stream: access check failed channel=%lld: %s", (long long)c->channel_id,
                     crier_strerror(v));
            close_denied(c, "unavailable");
        }
        net_conn_unref(c);
    }
    free(rw->conns);
    free(rw->acc);
    free(rw->verdict);
    free(rw);
}

void stream_run_deferred(struct net_loop *nl)
{
    size_t n = 0, i = 0;
    struct conn *c;

    for (c = nl->recheck; c; c = c->recheck_next)
        n++;
    if (n == 0)
        return;
    struct recheck_work *rw = xcalloc(1, sizeof *rw);
    rw->work.data = rw;
    rw->api = nl->api;
    rw->n = n;
    rw->conns = xcalloc(n, sizeof *rw->conns);
    rw->acc = xcalloc(n, sizeof *rw->acc);
    rw->verdict = xcalloc(n, sizeof *rw->verdict);
    for (c = nl->recheck; c; c = c->recheck_next, i++) {
        rw->conns[i] = c;
        rw->acc[i].channel_id = c->channel_id;
        rw->acc[i].token_id = c->token_id;
        rw->acc[i].reader_id = c->reader_id;
    }
    nl->recheck = NULL;
    if (uv_queue_work(&nl->loop, &rw->work, recheck_work, after_recheck) < 0) {
        for (i = 0; i < n; i++) {
            rw->verdict[i] = CRIER_ESTORE;
        }
        after_recheck(&rw->work, 0);
    }
}

/* ---- closing ---- */

void stream_on_shutdown(struct conn *c)
{
    static const char bye[] = "event: close\ndata: {\"reason\":\"shutdown\"}\n\n";
    hub_sub_detach(c->nl->hub, &c->sub);
    if (c->kind == CONN_WS)
        ws_close(c, WS_CLOSE_GOING_AWAY, "server shutting down");
    else
        net_conn_close_after(c, bye, sizeof bye - 1);
}

void stream_on_hub_close(struct hub *hub, struct hub_sub *sub, int reason)
{
    struct conn *c = CONN_OF_SUB(sub);
    (void)hub;

    if (reason != HUB_CLOSE_SLOW) {
        net_conn_close(c);
        return;
    }
    log_info("stream: closing slow subscriber channel=%lld cursor=%lld", (long long)c->channel_id,
             (long long)sub->cursor);
    if (c->kind == CONN_WS) {
        ws_close(c, WS_CLOSE_POLICY, "slow");
    } else {
        static const char msg[] = "event: close\ndata: {\"reason\":\"slow\"}\n\n";
        net_conn_close_after(c, msg, sizeof msg - 1);
    }
}

void stream_check_stall(struct conn *c, uint64_t now_ms)
{
    if (!c->replay_inflight || !c->sub.chan)
        return;
    size_t q = c->tcp.write_queue_size;
    if (q == 0 || q != c->stall_queue) {
        c->stall_queue = (uint32_t)q;
        c->stall_since = now_ms;
        return;
    }
    if (now_ms - c->stall_since >= STREAM_STALL_MS)
        hub_sub_close_slow(c->nl->hub, &c->sub);
}

void stream_on_close(struct conn *c)
{
    /* The decoder may be running (a close frame is answered from inside its
     * callback), so it is freed with the connection, not here. */
    hub_sub_detach(c->nl->hub, &c->sub);
}

const struct net_stream_ops stream_ops = {
    .start = stream_start,
    .on_read = stream_on_read,
    .on_close = stream_on_close,
    .check_stall = stream_check_stall,
    .on_hub_close = stream_on_hub_close,
    .on_hub_recheck = stream_on_hub_recheck,
    .run_deferred = stream_run_deferred,
    .on_shutdown = stream_on_shutdown,
};
