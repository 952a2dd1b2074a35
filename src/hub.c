#include "hub.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"
#include "sse.h"
#include "ws.h"
#include "xmalloc.h"

#define HUB_WRITEV_MAX 64 /* events coalesced into one writev */
#define HUB_BUCKETS 256   /* channel hash buckets (power of two) */
#define HUB_BATCH_MAX 256 /* events taken into rings before one flush */
#define HUB_BURST 128     /* subscribers written back to back (burst_write()) */

struct ring_ent {
    struct event *ev;
    uint64_t cum[HUB_NFORMATS]; /* bytes of each format up to and including this event */
};

struct hub_chan {
    int64_t id;
    struct hub_chan *hnext;
    struct hub_sub *subs;
    size_t nsubs;
    size_t nwsz; /* subscribers of HUB_WSZ: the ring's events get their compressed frame */
    struct ring_ent *ring; /* cap entries, allocated on the first event */
    size_t cap, start, count;
    int64_t first_seq; /* seq of ring[start] when count > 0 */
    uint64_t evicted_cum[HUB_NFORMATS];
};

struct hub {
    uv_loop_t *loop;
    struct hub_options opt;
    hub_close_fn on_close;
    hub_recheck_fn on_recheck;
    struct hub_chan *buckets[HUB_BUCKETS];
    struct hub_stats stats;
};

/* One uv_write: references the events it carries (or owns a copy of static
 * bytes) until libuv is done with them. */
struct hub_wreq {
    uv_write_t req;
    struct hub *hub;
    struct hub_sub *sub;
    unsigned nev;
    struct event *evs[HUB_WRITEV_MAX];
    char *copy;
    uint8_t *pending; /* cleared when this write completes (hub_sub_write_flag) */
};

static size_t bucket_of(int64_t id)
{
    return (size_t)((uint64_t)id * 0x9E3779B97F4A7C15ull >> 56) & (HUB_BUCKETS - 1);
}

static struct hub_chan *chan_find(struct hub *hub, int64_t id)
{
    for (struct hub_chan *c = hub->buckets[bucket_of(id)]; c; c = c->hnext)
        if (c->id == id)
            return c;
    return NULL;
}

static struct hub_chan *chan_get(struct hub *hub, int64_t id)
{
    struct hub_chan *c = chan_find(hub, id);
    if (!c) {
        size_t b = bucket_of(id);
        c = xcalloc(1, sizeof *c);
        c->id = id;
        c->cap = hub->opt.ring_events;
        c->hnext = hub->buckets[b];
        hub->buckets[b] = c;
    }
    return c;
}

static void ring_clear(struct hub_chan *c)
{
    for (size_t i = 0; i < c->count; i++)
        event_unref(c->ring[(c->start + i) % c->cap].ev);
    c->start = c->count = 0;
    c->first_seq = 0;
    c->evicted_cum[0] = c->evicted_cum[1] = 0;
}

static void chan_free(struct hub *hub, struct hub_chan *c)
{
    struct hub_chan **pp = &hub->buckets[bucket_of(c->id)];
    while (*pp != c)
        pp = &(*pp)->hnext;
    *pp = c->hnext;
    ring_clear(c);
    free(c->ring);
    free(c);
}

static int64_t ring_last(const struct hub_chan *c)
{
    return c->count ? c->first_seq + (int64_t)c->count - 1 : 0;
}

static struct ring_ent *ring_at(struct hub_chan *c, int64_t seq)
{
    return &c->ring[(c->start + (size_t)(seq - c->first_seq)) % c->cap];
}

/* Bytes of format fmt in the ring after seq `after` (which must be >=
 * first_seq - 1). */
static uint64_t ring_bytes_after(struct hub_chan *c, int fmt, int64_t after)
{
    uint64_t before = after < c->first_seq ? c->evicted_cum[fmt] : ring_at(c, after)->cum[fmt];
    return ring_at(c, ring_last(c))->cum[fmt] - before;
}

static void ring_push(struct hub_chan *c, struct event *ev)
{
    if (!c->ring)
        c->ring = xcalloc(c->cap, sizeof *c->ring);
    uint64_t prev[HUB_NFORMATS];
    memcpy(prev, c->evicted_cum, sizeof prev);
    if (c->count)
        memcpy(prev, ring_at(c, ring_last(c))->cum, sizeof prev);
    else {
        c->first_seq = ev->seq;
    }
    if (c->count == c->cap) {
        struct ring_ent *old = &c->ring[c->start];
        memcpy(c->evicted_cum, old->cum, sizeof c->evicted_cum);
        event_unref(old->ev);
        c->start = (c->start + 1) % c->cap;
        c->count--;
        c->first_seq++;
    }
    struct ring_ent *e = &c->ring[(c->start + c->count) % c->cap];
    e->ev = ev;
    e->cum[HUB_SSE] = prev[HUB_SSE] + ev->sse->len;
    e->cum[HUB_WS] = prev[HUB_WS] + ev->ws->len;
    /* Compressed once here, on the loop, when a subscriber will want it;
     * a later one's budget counts the plain frame until then. */
    e->cum[HUB_WSZ] = prev[HUB_WSZ] + (c->nwsz ? event_wsz(ev) : ev->ws)->len;
    c->count++;
}

static struct rcbuf *frame_of(struct event *ev, int fmt)
{
    return fmt == HUB_WS ? ev->ws : fmt == HUB_SSE ? ev->sse : event_wsz(ev);
}

struct hub *hub_new(uv_loop_t *loop, const struct hub_options *opt, hub_close_fn on_close,
                    hub_recheck_fn on_recheck)
{
    struct hub *hub = xcalloc(1, sizeof *hub);
    hub->loop = loop;
    hub->opt = *opt;
    if (hub->opt.ring_events < 16)
        hub->opt.ring_events = 16;
    hub->on_close = on_close;
    hub->on_recheck = on_recheck;
    return hub;
}

void hub_free(struct hub *hub)
{
    for (size_t b = 0; b < HUB_BUCKETS; b++)
        while (hub->buckets[b])
            chan_free(hub, hub->buckets[b]);
    free(hub);
}

const struct hub_stats *hub_stats(const struct hub *hub)
{
    return &hub->stats;
}

void hub_sub_init(struct hub_sub *sub, uv_stream_t *stream, int fmt)
{
    memset(sub, 0, sizeof *sub);
    sub->stream = stream;
    sub->fmt = (uint8_t)fmt;
}

void hub_sub_register(struct hub *hub, struct hub_sub *sub, int64_t channel_id)
{
    struct hub_chan *c = chan_get(hub, channel_id);
    sub->chan = c;
    sub->live = 0;
    sub->prev = NULL;
    sub->next = c->subs;
    if (c->subs)
        c->subs->prev = sub;
    c->subs = sub;
    c->nsubs++;
    c->nwsz += sub->fmt == HUB_WSZ;
    hub->stats.subscribers++;
}

void hub_sub_detach(struct hub *hub, struct hub_sub *sub)
{
    struct hub_chan *c = sub->chan;
    if (!c)
        return;
    if (sub->prev)
        sub->prev->next = sub->next;
    else
        c->subs = sub->next;
    if (sub->next)
        sub->next->prev = sub->prev;
    sub->prev = sub->next = NULL;
    sub->chan = NULL;
    sub->live = 0;
    hub->stats.subscribers--;
    c->nsubs--; /* an empty channel is freed later, never under a caller's feet */
    c->nwsz -= sub->fmt == HUB_WSZ;
}

void hub_sub_close_slow(struct hub *hub, struct hub_sub *sub)
{
    if (!sub->chan)
        return;
    hub->stats.dropped_slow++;
    hub_sub_detach(hub, sub);
    hub->on_close(hub, sub, HUB_CLOSE_SLOW);
}

static void flush_pending(struct hub *hub, struct hub_sub *sub);

static uint32_t now_s(const struct hub *hub)
{
    return (uint32_t)(uv_now(hub->loop) / 1000);
}

/* Closes sub after a failed write. */
static void close_error(struct hub *hub, struct hub_sub *sub)
{
    hub_sub_detach(hub, sub);
    hub->on_close(hub, sub, HUB_CLOSE_ERROR);
}

static void on_write(uv_write_t *req, int status)
{
    struct hub_wreq *w = (struct hub_wreq *)req;
    struct hub_sub *sub = w->sub;
    struct hub *hub = w->hub;

    for (unsigned i = 0; i < w->nev; i++)
        event_unref(w->evs[i]);
    if (w->pending)
        *w->pending = 0;
    free(w->copy);
    free(w);
    sub->writes--;
    if (status < 0) {
        if (status != UV_ECANCELED && sub->chan)
            close_error(hub, sub);
        return;
    }
    if (sub->writes == 0 && sub->live && sub->chan)
        flush_pending(hub, sub);
}

static int write_events(struct hub *hub, struct hub_sub *sub, struct hub_chan *c, int64_t from,
                        size_t skip)
{
    struct hub_wreq *w = xmalloc(sizeof *w);
    uv_buf_t bufs[HUB_WRITEV_MAX];
    int64_t last = ring_last(c);
    unsigned n = 0;

    w->hub = hub;
    w->sub = sub;
    w->copy = NULL;
    w->pending = NULL;
    for (int64_t s = from; s <= last && n < HUB_WRITEV_MAX; s++, n++) {
        struct event *ev = ring_at(c, s)->ev;
        struct rcbuf *f = frame_of(ev, sub->fmt);
        size_t off = n == 0 ? skip : 0;
        bufs[n] = uv_buf_init(f->data + off, (unsigned)(f->len - off));
        w->evs[n] = event_ref(ev);
    }
    w->nev = n;
    int rc = uv_write(&w->req, sub->stream, bufs, n, on_write);
    if (rc < 0) {
        for (unsigned i = 0; i < n; i++)
            event_unref(w->evs[i]);
        free(w);
        return rc;
    }
    sub->writes++;
    sub->last_write_s = now_s(hub);
    sub->cursor = from + (int64_t)n - 1;
    hub->stats.delivered += n - (skip ? 1 : 0);
    if (n > 1)
        hub->stats.coalesced++;
    return 0;
}

/* What a write of the ring's newest event (at last) to sub left to do,
 * wrote of its len bytes having gone out (negative: none): all written, the
 * cursor moves; a part or none (a full socket buffer), the rest is queued
 * with uv_write; failed, sub is closed. Shared by flush_pending() and
 * burst_write(). */
static void settle_newest(struct hub *hub, struct hub_sub *sub, struct hub_chan *c, int64_t last,
                          ssize_t wrote, size_t len, int failed)
{
    if (failed) {
        close_error(hub, sub);
        return;
    }
    hub->stats.delivered++;
    if (wrote == (ssize_t)len)
        sub->cursor = last;
    else if (write_events(hub, sub, c, last, wrote > 0 ? (size_t)wrote : 0) < 0)
        close_error(hub, sub);
}

/* Writes everything after sub->cursor that the ring holds. */
static void flush_pending(struct hub *hub, struct hub_sub *sub)
{
    struct hub_chan *c = sub->chan;
    int64_t last = ring_last(c);

    if (c->count == 0 || sub->cursor >= last)
        return;
    if (sub->cursor < c->first_seq - 1) {
        hub_sub_close_slow(hub, sub);
        return;
    }
    if (sub->writes == 0 && last - 1 == sub->cursor) {
        /* The common case: one new event and an idle socket. */
        struct rcbuf *f = frame_of(ring_at(c, last)->ev, sub->fmt);
        uv_buf_t b = uv_buf_init(f->data, (unsigned)f->len);
        int n = uv_try_write(sub->stream, &b, 1);
        sub->last_write_s = now_s(hub);
        settle_newest(hub, sub, c, last, n, f->len, n < 0 && n != UV_EAGAIN);
        return;
    }
    if (write_events(hub, sub, c, sub->cursor + 1, 0) < 0)
        close_error(hub, sub);
}

/* Takes ev into its channel's ring; NULL (ev released) when nobody here
 * follows the channel or ev is a duplicate. */
static struct hub_chan *ring_accept(struct hub *hub, struct event *ev)
{
    struct hub_chan *c = chan_find(hub, ev->channel_id);

    if (!c || c->nsubs == 0) {
        if (c)
            chan_free(hub, c);
        event_unref(ev);
        return NULL;
    }
    if (c->count && ev->seq <= ring_last(c)) {
        event_unref(ev);
        return NULL;
    }
    if (c->count && ev->seq != ring_last(c) + 1) {
        /* A gap (only possible with a lossy bus): restart the ring and let
         * live subscribers that now miss events resume from the store. */
        log_warn("hub: channel=%lld gap after seq=%lld got seq=%lld", (long long)c->id,
                 (long long)ring_last(c), (long long)ev->seq);
        ring_clear(c);
    }
    ring_push(c, ev);
    return c;
}

/* Asks for the memory that flushing sub will touch: sub itself and the two
 * lines of its stream that the write checks read (the write queue's size
 * and, past it, the fd). A hint only: nothing is read here. */
static void sub_prefetch(const struct hub_sub *sub)
{
    const char *q = (const char *)&sub->stream->write_queue_size;
    __builtin_prefetch(sub);
    __builtin_prefetch(q);
    __builtin_prefetch(q + 64);
}

/* One subscriber of a burst: its socket, the frame it is owed, and what
 * write() said. */
struct burst_ent {
    struct hub_sub *sub;
    const struct rcbuf *f;
    ssize_t n;
    int fd;
    int err;
};

/* Whether sub, owed only the ring's newest event (at last), can have it
 * written straight to its socket: nothing queued on the stream (ours or
 * another writer's), which is open and writable. Fills *b. What
 * uv_try_write() checks, read once here rather than between two writes. */
static int burst_take(struct hub_sub *sub, struct hub_chan *c, int64_t last, struct burst_ent *b)
{
    uv_os_fd_t fd;
    if (sub->cursor != last - 1 || sub->stream->write_queue_size != 0 ||
        !uv_is_writable(sub->stream) || uv_fileno((const uv_handle_t *)sub->stream, &fd) != 0)
        return 0;
    b->sub = sub;
    b->f = frame_of(ring_at(c, last)->ev, sub->fmt);
    b->fd = fd;
    return 1;
}

/*
 * Writes b[0..n) back to back, then settles each (settle_newest()). The
 * writes go out with nothing between them but the next one's arguments,
 * as the bare broadcaster's do (bench/bare.c): each subscriber's checks
 * are made before the burst and its bookkeeping after it.
 */
static void burst_write(struct hub *hub, struct hub_chan *c, struct burst_ent *b, size_t n)
{
    int64_t last = ring_last(c);
    uint32_t now = now_s(hub);

    for (size_t i = 0; i < n; i++) {
        b[i].n = write(b[i].fd, b[i].f->data, b[i].f->len);
        b[i].err = b[i].n < 0 ? errno : 0;
    }
    for (size_t i = 0; i < n; i++) {
        int e = b[i].err;
        b[i].sub->last_write_s = now;
        settle_newest(hub, b[i].sub, c, last, b[i].n, b[i].f->len,
                      b[i].n < 0 && e != EAGAIN && e != EWOULDBLOCK && e != EINTR);
    }
}

/* Hands every live subscriber of c what the ring holds past its cursor:
 * one write (or writev) each. Those owed only the newest event, the common
 * case, are gathered HUB_BURST at a time and written back to back
 * (burst_write()); the others go through flush_pending(). With thousands of
 * subscribers, each one's memory has left the caches since the last post:
 * while one is looked at, the next one's lines are fetched (its hub_sub
 * was asked for one round earlier, so reading its stream pointer does not
 * wait). A subscriber closed on the way is one already looked at, never
 * next, so the walk goes on. */
static void chan_flush(struct hub *hub, struct hub_chan *c)
{
    struct hub_sub *sub = c->subs, *next;
    int64_t last = ring_last(c);
    struct burst_ent burst[HUB_BURST];
    size_t nb = 0;

    if (sub)
        __builtin_prefetch(sub->next);
    for (; sub; sub = next) {
        next = sub->next;
        if (next) {
            sub_prefetch(next);
            __builtin_prefetch(next->next);
        }
        if (!sub->live || sub->cursor >= last)
            continue;
        if (sub->cursor < c->first_seq - 1) {
            hub_sub_close_slow(hub, sub);
            continue;
        }
        if (sub->writes) {
            uint64_t pending =
                sub->stream->write_queue_size + ring_bytes_after(c, sub->fmt, sub->cursor);
            if (pending > hub->opt.sub_max_bytes)
                hub_sub_close_slow(hub, sub);
            continue;
        }
        if (burst_take(sub, c, last, &burst[nb])) {
            if (++nb == HUB_BURST) {
                burst_write(hub, c, burst, nb);
                nb = 0;
            }
            continue;
        }
        flush_pending(hub, sub);
    }
    if (nb)
        burst_write(hub, c, burst, nb);
}

void hub_publish(struct hub *hub, struct event *ev)
{
    struct hub_chan *c = ring_accept(hub, ev);
    if (c)
        chan_flush(hub, c);
}

void hub_publish_batch(struct hub *hub, struct event **evs, size_t n)
{
    struct hub_chan *touched[HUB_BATCH_MAX];
    size_t nt = 0;

    while (n) {
        size_t take = n < HUB_BATCH_MAX ? n : HUB_BATCH_MAX;
        nt = 0;
        for (size_t i = 0; i < take; i++) {
            struct hub_chan *c = ring_accept(hub, evs[i]);
            size_t k;
            if (!c)
                continue;
            for (k = 0; k < nt && touched[k] != c; k++)
                ;
            if (k == nt)
                touched[nt++] = c;
        }
        for (size_t k = 0; k < nt; k++)
            chan_flush(hub, touched[k]);
        evs += take;
        n -= take;
    }
}

int hub_sub_go_live(struct hub *hub, struct hub_sub *sub, int64_t cursor)
{
    struct hub_chan *c = sub->chan;

    if (!c)
        return -EINVAL;
    if (c->count && cursor < c->first_seq - 1)
        return -ERANGE;
    sub->cursor = cursor;
    sub->live = 1;
    if (sub->writes == 0)
        flush_pending(hub, sub);
    return 0;
}

void hub_sub_ring_span(const struct hub_sub *sub, int64_t *first, int64_t *last)
{
    const struct hub_chan *c = sub->chan;
    *first = c && c->count ? c->first_seq : 0;
    *last = c ? ring_last(c) : 0;
}

int hub_sub_write(struct hub *hub, struct hub_sub *sub, const void *data, size_t len)
{
    return hub_sub_write_flag(hub, sub, data, len, NULL);
}

int hub_sub_write_flag(struct hub *hub, struct hub_sub *sub, const void *data, size_t len,
                       uint8_t *pending)
{
    uv_buf_t b = uv_buf_init((char *)data, (unsigned)len);
    int n = 0;

    sub->last_write_s = now_s(hub);
    if (sub->writes == 0 && sub->stream->write_queue_size == 0) {
        n = uv_try_write(sub->stream, &b, 1);
        if (n == (int)len)
            return 0;
        if (n < 0 && n != UV_EAGAIN)
            return n;
        if (n < 0)
            n = 0;
    }
    struct hub_wreq *w = xmalloc(sizeof *w);
    w->hub = hub;
    w->sub = sub;
    w->nev = 0;
    w->pending = pending;
    w->copy = xmalloc(len - (size_t)n);
    memcpy(w->copy, (const char *)data + n, len - (size_t)n);
    b = uv_buf_init(w->copy, (unsigned)(len - (size_t)n));
    int rc = uv_write(&w->req, sub->stream, &b, 1, on_write);
    if (rc < 0) {
        free(w->copy);
        free(w);
        return rc;
    }
    if (pending)
        *pending = 1;
    sub->writes++;
    return 0;
}

static void chan_hold(struct hub *hub, struct hub_chan *c)
{
    struct hub_sub *sub = c->subs, *next;
    for (; sub; sub = next) {
        next = sub->next; /* the callback may detach sub */
        sub->live = 0;
        hub->on_recheck(hub, sub);
    }
}

void hub_access_changed(struct hub *hub, int64_t channel_id)
{
    if (channel_id) {
        struct hub_chan *c = chan_find(hub, channel_id);
        if (c)
            chan_hold(hub, c);
        return;
    }
    for (size_t b = 0; b < HUB_BUCKETS; b++)
        for (struct hub_chan *c = hub->buckets[b]; c; c = c->hnext)
            chan_hold(hub, c);
}

void hub_forget(struct hub *hub, int64_t channel_id)
{
    struct hub_chan *c = chan_find(hub, channel_id);
    if (!c)
        return;
    ring_clear(c);
    for (struct hub_sub *sub = c->subs; sub; sub = sub->next)
        sub->live = 0;
}

void hub_heartbeat(struct hub *hub, unsigned period_ms)
{
    static const uint8_t ws_ping[2] = {0x80 | WS_OP_PING, 0};
    uint32_t now = now_s(hub), period = period_ms / 1000 ? period_ms / 1000 : 1;

    for (size_t b = 0; b < HUB_BUCKETS; b++) {
        struct hub_chan *c = hub->buckets[b], *cnext;
        for (; c; c = cnext) {
            cnext = c->hnext;
            if (c->nsubs == 0) {
                chan_free(hub, c);
                continue;
            }
            for (struct hub_sub *s = c->subs; s; s = s->next) {
                if (!s->live || s->writes || now - s->last_write_s < period)
                    continue;
                if (s->fmt != HUB_SSE)
                    hub_sub_write(hub, s, ws_ping, sizeof ws_ping);
                else
                    hub_sub_write(hub, s, SSE_HEARTBEAT, strlen(SSE_HEARTBEAT));
            }
        }
    }
}
