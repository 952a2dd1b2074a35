#include "net.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include "crier.h"
#include "encode.h"
#include "log.h"
#include "xmalloc.h"

#define NET_LEFTOVER_MAX (64 * 1024) /* pipelined bytes kept while a request is answered */
#define NET_LINGER_MS 2000           /* grace for a last message before a forced close */
#define NET_TICK_MS 1000

struct net_work {
    struct workgate_job job; /* job.work.data: this */
    struct conn *c;
    struct route_match m;
    struct response *res; /* made on the worker: a read waiting its turn holds none */
};

struct net_wreq {
    uv_write_t req;
    struct conn *c;
    char *head;
    struct response *res; /* owned; NULL for a bare message */
    char *copy;
    int then_close;
    long long charged; /* bytes counted in limits->buffered until written */
};

static void http_input(struct conn *c, const char *data, size_t len);

/* ---- node-wide limits ---- */

int net_charge(struct net_loop *nl, long long len)
{
    struct net_limits *l = nl->limits;
    long long before = atomic_fetch_add(&l->buffered, len);
    return len > 0 && before > l->max_buffered ? -ENOBUFS : 0;
}

/* Releases what the request being read holds against the budget. */
static void release_held(struct conn *c)
{
    if (c->held) {
        net_charge(c->nl, -(long long)c->held);
        c->held = 0;
    }
}

/* ---- connection lifetime ---- */

void net_conn_ref(struct conn *c)
{
    c->refs++;
}

void net_conn_unref(struct conn *c)
{
    if (--c->refs == 0) {
        if (c->http) {
            http_reader_free(c->http);
            free(c->http);
        }
        if (c->ws) {
            ws_decoder_free(c->ws);
            free(c->ws);
        }
        free(c->leftover);
        free(c);
    }
}

static void stop_when_drained(struct net_loop *nl);

static void on_conn_closed(uv_handle_t *h)
{
    struct conn *c = h->data;
    struct net_loop *nl = c->nl;
    nl->stats.connections--;
    listener_release(&nl->limits->door, &c->slot);
    release_held(c);
    net_conn_unref(c);
    if (nl->draining)
        stop_when_drained(nl);
}

static void linger_remove(struct conn *c)
{
    struct conn **pp = &c->nl->lingering;
    while (*pp && *pp != c)
        pp = &(*pp)->close_next;
    if (*pp)
        *pp = c->close_next;
    c->close_next = NULL;
}

void net_conn_close(struct conn *c)
{
    if (c->closing == 2)
        return;
    if (c->closing == 1)
        linger_remove(c);
    c->closing = 2;
    if (c->kind != CONN_HTTP)
        c->nl->streams->on_close(c);
    uv_close((uv_handle_t *)&c->tcp, on_conn_closed);
}

static void on_shutdown(uv_shutdown_t *req, int status)
{
    (void)status;
    free(req);
}

static void on_msg_written(uv_write_t *req, int status);

void net_conn_close_after(struct conn *c, const void *data, size_t len)
{
    if (c->closing)
        return;
    c->closing = 1;
    c->close_deadline = uv_now(&c->nl->loop) + NET_LINGER_MS;
    c->close_next = c->nl->lingering;
    c->nl->lingering = c;
    if (c->kind != CONN_HTTP)
        c->nl->streams->on_close(c);
    if (len) {
        struct net_wreq *w = xcalloc(1, sizeof *w);
        w->c = c;
        w->copy = xmalloc(len);
        memcpy(w->copy, data, len);
        uv_buf_t b = uv_buf_init(w->copy, (unsigned)len);
        net_conn_ref(c);
        if (uv_write(&w->req, (uv_stream_t *)&c->tcp, &b, 1, on_msg_written) < 0) {
            free(w->copy);
            free(w);
            net_conn_unref(c);
        }
    }
    /* FIN once everything queued is written; then read and discard until the
     * peer closes or the grace period ends, so that unread request bytes do
     * not turn our last message into a reset. */
    uv_shutdown_t *sd = xmalloc(sizeof *sd);
    if (uv_shutdown(sd, (uv_stream_t *)&c->tcp, on_shutdown) < 0)
        free(sd);
}

static void on_msg_written(uv_write_t *req, int status)
{
    struct net_wreq *w = (struct net_wreq *)req;
    (void)status;
    free(w->copy);
    net_conn_unref(w->c);
    free(w);
}

/* ---- reading ---- */

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
    struct conn *c = h->data;
    (void)suggested;
    *buf = uv_buf_init(c->nl->slab, NET_READ_SLAB);
}

static void on_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf)
{
    struct conn *c = s->data;

    if (nread == 0)
        return;
    if (nread < 0) {
        net_conn_close(c);
        return;
    }
    if (c->closing)
        return; /* lingering: discard */
    if (c->kind == CONN_HTTP)
        http_input(c, buf->base, (size_t)nread);
    else
        c->nl->streams->on_read(c, buf->base, (size_t)nread);
}

void net_conn_read_start(struct conn *c)
{
    uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read);
}

static void access_log(struct conn *c, int status, size_t bytes)
{
    if (log_get_level() > LOG_INFO)
        return;
    const struct http_request *req = c->http ? http_reader_request(c->http) : NULL;
    log_info("http method=%s path=%s status=%d bytes=%zu ms=%llu",
             !req        ? "-"
             : req->head ? "HEAD"
                         : http_method_str((enum http_method)req->method),
             req && req->path ? req->path : "-", status, bytes,
             (unsigned long long)(uv_now(&c->nl->loop) - c->started_ms));
}

/* Answers with an error and closes (after a linger), for requests that
 * cannot be read to the end. */
static void respond_and_close(struct conn *c, int status, const char *code, const char *msg)
{
    struct response res;
    response_init(&res);
    response_error(&res, status, code, "%s", msg);
    struct buf out;
    buf_init(&out, 1 << 20);
    buf_printf(&out,
               "HTTP/1.1 %d %s\r\nDate: %s\r\nContent-Type: application/json\r\n"
               "Content-Length: %zu\r\nConnection: close\r\n\r\n",
               res.status, http_status_text(res.status), http_date(), res.body.len);
    buf_append(&out, res.body.data, res.body.len);
    access_log(c, status, res.body.len);
    net_conn_close_after(c, out.data, out.len);
    buf_free(&out);
    response_free(&res);
    /* Nothing more of this request is read: its buffers go now, not after
     * the linger. */
    if (c->http) {
        http_reader_free(c->http);
        free(c->http);
        c->http = NULL;
    }
    release_held(c);
}

static void respond_bad_request(struct conn *c, int err)
{
    int status = http_status_for(err);
    respond_and_close(c, status,
                      status == 413   ? "too_large"
                      : status == 431 ? "headers_too_large"
                      : status == 501 ? "not_implemented"
                                      : "bad_request",
                      crier_strerror(err));
}

/* RFC 9110 10.1.1: a client that asked for "100 Continue" gets it once the
 * head is accepted (an over-limit body was already refused with 413). */
static void maybe_continue(struct conn *c)
{
    static char msg[] = "HTTP/1.1 100 Continue\r\n\r\n";
    const char *expect;

    if (c->continued || !http_reader_head_done(c->http))
        return;
    expect = http_header_get(http_reader_request(c->http), "expect");
    if (!expect || strcasecmp(expect, "100-continue") != 0)
        return;
    c->continued = 1;
    struct net_wreq *w = xcalloc(1, sizeof *w);
    w->c = c;
    uv_buf_t b = uv_buf_init(msg, sizeof msg - 1);
    net_conn_ref(c);
    if (uv_write(&w->req, (uv_stream_t *)&c->tcp, &b, 1, on_msg_written) < 0) {
        free(w);
        net_conn_unref(c);
    }
}

int net_conn_live(void *arg)
{
    return !((struct conn *)arg)->closing;
}

int net_read_queue(struct conn *c, struct workgate_job *j, uv_work_cb run, uv_after_work_cb after)
{
    return workgate_queue(&c->nl->reads, j, run, after, net_conn_live, c,
                          c->slot.counted ? c->slot.key : NULL);
}

void net_reads_refuse(struct conn *c)
{
    struct response res;
    response_init(&res);
    response_error(&res, 429, "too_many_requests",
                   "this address has too many requests waiting; try again in 1 s");
    snprintf(res.extra, sizeof res.extra, "Retry-After: 1\r\n");
    net_respond(c, &res);
    response_free(&res);
}

static void on_work(uv_work_t *w)
{
    struct net_work *nw = w->data;
    struct conn *c = nw->c;
    nw->res = xmalloc(sizeof *nw->res);
    response_init(nw->res);
    api_handle(c->nl->api, &nw->m, http_reader_request(c->http), nw->res);
    encode_finish(http_reader_request(c->http), nw->res);
}

static void after_work(uv_work_t *w, int status)
{
    struct net_work *nw = w->data;
    struct conn *c = nw->c;
    if ((status < 0 || !nw->res) && !c->closing)
        net_conn_close(c); /* the pool refused it: no answer to give */
    else if (!c->closing)
        net_respond(c, nw->res);
    if (nw->res)
        response_free(nw->res);
    free(nw->res);
    free(nw);
    net_conn_unref(c);
}

/* A CORS preflight for the read routes a page of another origin may use on
 * a public channel (the stream, catch-up, feeds, the channel): allowed
 * alike for every slug, so it tells nothing; whether the answer itself may be
 * read is up to its Access-Control-Allow-Origin. 1 when answered. */
static int cors_preflight(struct conn *c, const struct route_match *m)
{
    struct response res;

    if (m->id != ROUTE_SSE && m->id != ROUTE_API_EVENTS && m->id != ROUTE_ATOM &&
        m->id != ROUTE_SELECTIONS_ATOM && m->id != ROUTE_API_CHANNEL)
        return 0;
    response_init(&res);
    res.status = 204;
    snprintf(res.extra, sizeof res.extra,
             "Access-Control-Allow-Origin: *\r\nAccess-Control-Allow-Methods: GET, HEAD\r\n"
             "Access-Control-Allow-Headers: Last-Event-ID, Cache-Control, Accept\r\n"
             "Access-Control-Max-Age: 86400\r\nAllow: GET, HEAD, OPTIONS\r\n");
    net_respond(c, &res);
    response_free(&res);
    return 1;
}

static void dispatch(struct conn *c)
{
    const struct http_request *req = http_reader_request(c->http);
    struct route_match m;

    c->nl->stats.requests++;
    c->dispatched = 1;
    if (req->method == HTTP_HEAD) {
        /* HEAD works wherever GET does: handlers see a GET, and only the
         * head of their answer is sent. */
        struct http_request *rq = (struct http_request *)req;
        rq->method = HTTP_GET;
        rq->head = 1;
    }
    router_match(req->path, &m);
    if (req->method == HTTP_OPTIONS && cors_preflight(c, &m))
        return;
    if (m.id != ROUTE_HEALTHZ && m.id != ROUTE_METRICS &&
        atomic_load(&c->nl->limits->buffered) > c->nl->limits->max_buffered) {
        atomic_fetch_add(&c->nl->limits->busy, 1);
        respond_and_close(c, 503, "busy", "the server is short of memory; try again shortly");
        return;
    }
    if (m.id == ROUTE_SSE || m.id == ROUTE_WS) {
        c->nl->streams->start(c, &m);
        return;
    }
    struct net_work *nw = xcalloc(1, sizeof *nw);
    nw->c = c;
    nw->m = m;
    nw->job.work.data = nw;
    net_conn_ref(c);
    if (req->method == HTTP_GET && m.id != ROUTE_HEALTHZ && m.id != ROUTE_METRICS) {
        if (net_read_queue(c, &nw->job, on_work, after_work) < 0) {
            free(nw);
            net_reads_refuse(c);
            net_conn_unref(c);
        }
    } else if (uv_queue_work(&c->nl->loop, &nw->job.work, on_work, after_work) < 0) {
        free(nw);
        net_conn_unref(c);
        net_conn_close(c);
    }
}

/* A media upload may be larger than any other request body. */
static size_t body_limit(const struct http_request *req, size_t max_body, void *arg)
{
    const struct net_options *opt = arg;
    struct route_match m;

    if (req->method == HTTP_POST && opt->media_max_body > max_body &&
        router_match(req->path, &m) == 0 && m.id == ROUTE_API_MEDIA)
        return opt->media_max_body;
    return max_body;
}

/* The client's address as text: what per-address limits key on. */
static void peer_name(struct conn *c, char *out, size_t outsz)
{
    struct sockaddr_storage ss;
    int len = sizeof ss;

    out[0] = '\0';
    if (uv_tcp_getpeername(&c->tcp, (struct sockaddr *)&ss, &len) < 0)
        return;
    if (ss.ss_family == AF_INET)
        uv_ip4_name((struct sockaddr_in *)&ss, out, outsz);
    else if (ss.ss_family == AF_INET6)
        uv_ip6_name((struct sockaddr_in6 *)&ss, out, outsz);
}

static void http_input(struct conn *c, const char *data, size_t len)
{
    int done = 0;
    ssize_t used;

    if (!c->http) {
        c->http = xmalloc(sizeof *c->http);
        http_reader_init(c->http, c->nl->opt->max_body);
        c->http->body_limit = body_limit;
        c->http->body_limit_arg = (void *)c->nl->opt;
        c->started_ms = uv_now(&c->nl->loop);
        peer_name(c, c->http->req.peer, sizeof c->http->req.peer);
    }
    used = http_reader_feed(c->http, data, len, &done);
    if (used < 0) {
        respond_bad_request(c, (int)used);
        return;
    }
    /* What this request holds in memory counts against the node's budget:
     * thousands of half-sent bodies must not add up to gigabytes. */
    size_t held = c->http->head.cap + c->http->body.cap;
    if (held != c->held) {
        int over = net_charge(c->nl, (long long)held - (long long)c->held) < 0;
        c->held = (uint32_t)held;
        if (over && held > 0 && !done) {
            atomic_fetch_add(&c->nl->limits->busy, 1);
            respond_and_close(c, 503, "busy", "the server is short of memory; try again shortly");
            return;
        }
    }
    if (!done) {
        maybe_continue(c);
        return;
    }
    size_t rest = len - (size_t)used;
    if (rest) {
        if (rest > NET_LEFTOVER_MAX) {
            respond_bad_request(c, CRIER_EBADREQ);
            return;
        }
        c->leftover = xmalloc(rest);
        memcpy(c->leftover, data + used, rest);
        c->leftover_len = (uint32_t)rest;
    }
    uv_read_stop((uv_stream_t *)&c->tcp);
    dispatch(c);
}

/* ---- responses ---- */

static void next_request(struct conn *c)
{
    if (c->nl->draining) {
        net_conn_close(c);
        return;
    }
    http_reader_free(c->http);
    free(c->http);
    c->http = NULL;
    release_held(c);
    c->dispatched = 0;
    c->continued = 0;
    c->responding = 0;
    c->started_ms = uv_now(&c->nl->loop); /* idle since */
    if (c->leftover) {
        char *p = c->leftover;
        size_t n = c->leftover_len;
        c->leftover = NULL;
        c->leftover_len = 0;
        http_input(c, p, n);
        free(p);
        if (c->dispatched || c->closing)
            return; /* a whole request is being answered (or it failed) */
        /* else the rest of a request split across reads is still to come */
    }
    uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read);
}

static void on_response_written(uv_write_t *req, int status)
{
    struct net_wreq *w = (struct net_wreq *)req;
    struct conn *c = w->c;

    free(w->head);
    if (w->res) {
        response_free(w->res);
        free(w->res);
    }
    net_charge(c->nl, -w->charged);
    if (status < 0 || w->then_close)
        net_conn_close(c);
    else if (!c->closing)
        next_request(c);
    net_conn_unref(c);
    free(w);
}

void net_respond(struct conn *c, struct response *res)
{
    const struct http_request *req = http_reader_request(c->http);
    int keep = req->keep_alive && res->status != 400 && !c->nl->draining;
    struct buf head;
    struct net_wreq *w = xcalloc(1, sizeof *w);

    buf_init(&head, 4096);
    buf_printf(&head, "HTTP/1.1 %d %s\r\nDate: %s\r\n", res->status, http_status_text(res->status),
               http_date());
    /* 204 and 304 have no body, and no Content-Length (RFC 9110 8.6). */
    if (res->status == 204 || res->status == 304)
        buf_reset(&res->body);
    else
        buf_printf(&head, "Content-Type: %s\r\nContent-Length: %zu\r\n",
                   res->content_type ? res->content_type : "application/json", res->body.len);
    buf_printf(&head, "Connection: %s\r\n%s\r\n", keep ? "keep-alive" : "close", res->extra);
    access_log(c, res->status, res->body.len);
    w->c = c;
    w->then_close = !keep;
    w->charged = (long long)(head.len + res->body.len);
    net_charge(c->nl, w->charged);
    c->responding = 1;
    c->stall_queue = UINT32_MAX;
    c->stall_since = uv_now(&c->nl->loop);
    w->res = xmalloc(sizeof *w->res);
    *w->res = *res; /* take the body over */
    response_init(res);
    size_t hlen;
    w->head = buf_steal(&head, &hlen);
    uv_buf_t bufs[2] = {uv_buf_init(w->head, (unsigned)hlen),
                        uv_buf_init(w->res->body.data, (unsigned)w->res->body.len)};
    net_conn_ref(c);
    /* HEAD gets the head only (with the Content-Length a GET would have). */
    int with_body = w->res->body.len && !req->head && req->method != HTTP_HEAD;
    if (uv_write(&w->req, (uv_stream_t *)&c->tcp, bufs, with_body ? 2 : 1, on_response_written) <
        0) {
        net_charge(c->nl, -w->charged);
        free(w->head);
        response_free(w->res);
        free(w->res);
        free(w);
        net_conn_unref(c);
        net_conn_close(c);
    }
}

/* ---- the loop ---- */

/* A connection the door let in: read it. */
static void conn_start(struct listener *l, int fd, const struct listener_slot *slot)
{
    struct net_loop *nl = l->data;
    struct conn *c = xcalloc(1, sizeof *c);
    c->nl = nl;
    c->refs = 1;
    c->slot = *slot;
    uv_tcp_init(&nl->loop, &c->tcp);
    c->tcp.data = c;
    if (uv_tcp_open(&c->tcp, fd) < 0) {
        close(fd);
        listener_release(&nl->limits->door, slot);
        uv_close((uv_handle_t *)&c->tcp, (uv_close_cb)free);
        return;
    }
    nl->stats.connections++;
    nl->stats.accepted++;
    c->started_ms = uv_now(&nl->loop);
    uv_tcp_nodelay(&c->tcp, 1);
    net_conn_read_start(c);
}

static void close_walk(uv_handle_t *h, void *arg)
{
    struct net_loop *nl = arg;
    if (uv_is_closing(h))
        return;
    if (listener_owns(&nl->door, h) || h == (uv_handle_t *)&nl->wake ||
        h == (uv_handle_t *)&nl->tick || h == (uv_handle_t *)&nl->coalesce ||
        h == (uv_handle_t *)&nl->deferred || h == (uv_handle_t *)&nl->stop_timer) {
        uv_close(h, NULL);
        return;
    }
    if (h->type == UV_TCP && h->data)
        net_conn_close(h->data);
}

/* Hands a batch to the hub in order; an access signal holds the affected
 * subscribers before any event that follows it is published. */
static void publish_in_order(struct net_loop *nl, struct event **batch, size_t n)
{
    size_t from = 0;
    for (size_t i = 0; i < n; i++) {
        if (batch[i]->kind != EVENT_ACCESS)
            continue;
        hub_publish_batch(nl->hub, batch + from, i - from);
        nl->access_epoch++;
        hub_access_changed(nl->hub, batch[i]->channel_id);
        event_unref(batch[i]);
        from = i + 1;
    }
    hub_publish_batch(nl->hub, batch + from, n - from);
}

static void drain_inbox(struct net_loop *nl)
{
    struct event *batch[256];
    size_t n;

    do {
        pthread_mutex_lock(&nl->inbox_lock);
        n = nl->inbox_len < 256 ? nl->inbox_len : 256;
        for (size_t i = 0; i < n; i++) {
            batch[i] = nl->inbox[nl->inbox_head];
            nl->inbox_head = (nl->inbox_head + 1) % NET_INBOX_MAX;
        }
        nl->inbox_len -= n;
        pthread_mutex_unlock(&nl->inbox_lock);
        publish_in_order(nl, batch, n);
    } while (n == 256);
}

/* ---- stopping ---- */

static void stop_walk(uv_handle_t *h, void *arg)
{
    struct net_loop *nl = arg;
    struct conn *c = h->data;

    if (h->type != UV_TCP || !c || uv_is_closing(h) || c->closing)
        return;
    if (c->kind != CONN_HTTP && !c->http)
        nl->streams->on_shutdown(c); /* an open stream */
    else if (!c->dispatched)
        net_conn_close(c); /* idle, or a request still arriving */
    /* else: being answered; the answer says Connection: close */
}

static void stop_now(uv_timer_t *t)
{
    struct net_loop *nl = t->data;
    uv_walk(&nl->loop, close_walk, nl);
}

static void stop_when_drained(struct net_loop *nl)
{
    if (nl->stats.connections == 0 && !uv_is_active((uv_handle_t *)&nl->deferred))
        stop_now(&nl->stop_timer);
}

static void begin_stop(struct net_loop *nl)
{
    if (nl->draining)
        return;
    nl->draining = 1;
    listener_close(&nl->door);
    uv_walk(&nl->loop, stop_walk, nl);
    uv_timer_start(&nl->stop_timer, stop_now, NET_STOP_GRACE_MS, 0);
    stop_when_drained(nl);
}

static void on_coalesced(uv_timer_t *t)
{
    struct net_loop *nl = t->data;
    nl->last_flush = uv_now(&nl->loop);
    drain_inbox(nl);
}

/* New events. An isolated event goes out at once; with --coalesce-ms, events
 * that follow a flush within the window wait for the window's end and then
 * go out together, one writev per subscriber (a breaking-news burst). */
static void on_wake(uv_async_t *a)
{
    struct net_loop *nl = a->data;
    uint64_t now = uv_now(&nl->loop), window = nl->opt->coalesce_ms;

    if (atomic_load(&nl->stopping)) {
        drain_inbox(nl);
        begin_stop(nl);
        return;
    }
    if (window == 0 ||
        (now - nl->last_flush >= window && !uv_is_active((uv_handle_t *)&nl->coalesce))) {
        nl->last_flush = now;
        drain_inbox(nl);
    } else if (!uv_is_active((uv_handle_t *)&nl->coalesce)) {
        uint64_t due = nl->last_flush + window;
        uv_timer_start(&nl->coalesce, on_coalesced, due > now ? due - now : 0, 0);
    }
}

/* Closes connections that take too long to send a request, or sit idle
 * between requests. */
static void timeout_walk(uv_handle_t *h, void *arg)
{
    struct net_loop *nl = arg;
    struct conn *c = h->data;
    uint64_t now = uv_now(&nl->loop);

    if (h->type != UV_TCP || !c || c->closing)
        return;
    if (c->kind != CONN_HTTP) {
        nl->streams->check_stall(c, now);
        return;
    }
    if (c->responding) {
        /* A client that does not read its answer must not pin it forever. */
        size_t q = c->tcp.write_queue_size;
        if (q != c->stall_queue) {
            c->stall_queue = (uint32_t)q;
            c->stall_since = now;
        } else if (q && now - c->stall_since >= nl->opt->write_timeout_ms) {
            atomic_fetch_add(&nl->limits->write_timeouts, 1);
            net_conn_close(c);
        }
        return;
    }
    if (c->dispatched || nl->ticks % 5)
        return;
    if (c->http && now - c->started_ms > NET_REQUEST_TIMEOUT_MS)
        respond_and_close(c, 408, "timeout", "the request took too long to arrive");
    else if (!c->http && now - c->started_ms > NET_IDLE_TIMEOUT_MS)
        net_conn_close(c);
}

static void on_tick(uv_timer_t *t)
{
    struct net_loop *nl = t->data;
    uint64_t now = uv_now(&nl->loop);

    struct conn *c = nl->lingering, *next;
    for (; c; c = next) {
        next = c->close_next;
        if (now >= c->close_deadline)
            net_conn_close(c);
    }
    nl->ticks++;
    uv_walk(&nl->loop, timeout_walk, nl);
    hub_heartbeat(nl->hub, nl->opt->heartbeat_ms);
}

static void on_deferred(uv_timer_t *t)
{
    struct net_loop *nl = t->data;
    nl->streams->run_deferred(nl);
}

void net_loop_defer(struct net_loop *nl)
{
    if (!uv_is_active((uv_handle_t *)&nl->deferred) && !atomic_load(&nl->stopping))
        uv_timer_start(&nl->deferred, on_deferred, 0, 0);
}

int net_loop_init(struct net_loop *nl, int index, int listen_fd, const struct net_options *opt,
                  struct api *api, const struct net_stream_ops *streams, struct net_limits *limits)
{
    int rc;
    struct hub_options ho = {.ring_events = opt->ring_events, .sub_max_bytes = opt->sub_max_bytes};

    memset(nl, 0, sizeof *nl);
    nl->index = index;
    nl->opt = opt;
    nl->api = api;
    nl->streams = streams;
    nl->limits = limits;
    if ((rc = uv_loop_init(&nl->loop)) < 0)
        return rc;
    workgate_init(&nl->reads, &nl->loop, opt->read_jobs, NET_READS_WAITING_PER_ADDR,
                  (size_t)limits->door.max_conns);
    nl->slab = xmalloc(NET_READ_SLAB);
    nl->inbox = xcalloc(NET_INBOX_MAX, sizeof *nl->inbox);
    pthread_mutex_init(&nl->inbox_lock, NULL);
    nl->hub = hub_new(&nl->loop, &ho, streams->on_hub_close, streams->on_hub_recheck);
    if ((rc = listener_start(&nl->door, &nl->loop, listen_fd, &limits->door, conn_start, nl)) < 0) {
        log_error("net: listen failed: %s", uv_strerror(rc));
        return rc;
    }
    uv_timer_init(&nl->loop, &nl->deferred);
    nl->deferred.data = nl;
    uv_timer_init(&nl->loop, &nl->stop_timer);
    nl->stop_timer.data = nl;
    uv_async_init(&nl->loop, &nl->wake, on_wake);
    nl->wake.data = nl;
    uv_timer_init(&nl->loop, &nl->tick);
    nl->tick.data = nl;
    uv_timer_init(&nl->loop, &nl->coalesce);
    nl->coalesce.data = nl;
    uv_timer_start(&nl->tick, on_tick, NET_TICK_MS, NET_TICK_MS);
    return 0;
}

void net_loop_run(struct net_loop *nl)
{
    uv_run(&nl->loop, UV_RUN_DEFAULT);
}

void net_loop_stop(struct net_loop *nl)
{
    atomic_store(&nl->stopping, 1);
    uv_async_send(&nl->wake);
}

void net_loop_post(struct net_loop *nl, struct event *ev)
{
    struct event *dropped = NULL;

    pthread_mutex_lock(&nl->inbox_lock);
    if (nl->inbox_len == NET_INBOX_MAX) {
        /* The loop is far behind: drop the oldest. The hub sees the gap and
         * sends the affected subscribers back to the store. */
        dropped = nl->inbox[nl->inbox_head];
        nl->inbox_head = (nl->inbox_head + 1) % NET_INBOX_MAX;
        nl->inbox_len--;
    }
    nl->inbox[(nl->inbox_head + nl->inbox_len) % NET_INBOX_MAX] = ev;
    nl->inbox_len++;
    pthread_mutex_unlock(&nl->inbox_lock);
    if (dropped) {
        log_warn("net: loop=%d inbox full, dropped seq=%lld", nl->index, (long long)dropped->seq);
        event_unref(dropped);
    }
    uv_async_send(&nl->wake);
}

void net_loop_free(struct net_loop *nl)
{
    /* Close whatever is left, then let the close callbacks run. */
    uv_walk(&nl->loop, close_walk, nl);
    uv_run(&nl->loop, UV_RUN_DEFAULT);
    while (nl->inbox_len) {
        event_unref(nl->inbox[nl->inbox_head]);
        nl->inbox_head = (nl->inbox_head + 1) % NET_INBOX_MAX;
        nl->inbox_len--;
    }
    if (uv_loop_close(&nl->loop) != 0)
        log_warn("net: loop=%d closed with handles still open", nl->index);
    hub_free(nl->hub);
    workgate_free(&nl->reads);
    listener_free(&nl->door);
    pthread_mutex_destroy(&nl->inbox_lock);
    free(nl->inbox);
    free(nl->slab);
}
