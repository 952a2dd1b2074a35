/*
 * The store bus: events this process commits go to the sink at once, in
 * commit order, as with the local bus; events that other processes commit to
 * the same store (a second node on the same SQLite file) are found by
 * bus_poll(), which compares each channel's last_seq with the last seq handed
 * to the sink and reads what is missing from the store. One lock keeps every
 * channel's events in seq order, whichever path finds them, and each is
 * handed out once.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "bus/bus.h"
#include "crier.h"
#include "log.h"
#include "xmalloc.h"

#define BUS_PAGE 256 /* events read at a time */
#define BUS_PAGE_BYTES (2u << 20)
#define BUS_NEW_CHANNEL_BACKLOG 64 /* a channel first seen: its last events go out */

struct seen {
    int64_t channel_id, seq; /* the last seq handed to the sink */
};

struct bus_store {
    struct bus base;
    struct store *st;
    pthread_mutex_t lock;
    struct seen *seen; /* by channel_id */
    size_t n, cap;
};

/* The entry of channel_id, inserted with seq when absent. Lock held. */
static struct seen *seen_get(struct bus_store *b, int64_t channel_id, int64_t seq)
{
    size_t lo = 0, hi = b->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (b->seen[mid].channel_id < channel_id)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < b->n && b->seen[lo].channel_id == channel_id)
        return &b->seen[lo];
    if (b->n == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 64;
        b->seen = xrealloc(b->seen, b->cap * sizeof *b->seen);
    }
    memmove(&b->seen[lo + 1], &b->seen[lo], (b->n - lo) * sizeof *b->seen);
    b->seen[lo].channel_id = channel_id;
    b->seen[lo].seq = seq;
    b->n++;
    return &b->seen[lo];
}

/* Where to start a channel this bus has not seen yet (one made by another
 * process since the last look), whose newest seq is last: its last few
 * events go out, so that a subscriber who joined meanwhile misses none. */
static int64_t backlog_start(int64_t last)
{
    return last > BUS_NEW_CHANNEL_BACKLOG ? last - BUS_NEW_CHANNEL_BACKLOG : 0;
}

/* Hands the sink whatever the store holds for s's channel after s->seq, up
 * to upto. Lock held. */
static int catch_up(struct bus_store *b, struct seen *s, int64_t upto)
{
    while (s->seq < upto) {
        struct store_event *evs = NULL;
        size_t n = 0;
        int64_t oldest = 0, last = 0;
        size_t want = upto - s->seq < BUS_PAGE ? (size_t)(upto - s->seq) : BUS_PAGE;
        int rc = store_events_page(b->st, s->channel_id, s->seq, want, BUS_PAGE_BYTES, &evs, &n,
                                   &oldest, &last);
        if (rc == CRIER_EPRUNED) {
            s->seq = oldest - 1; /* subscribers that need more resume from the store */
            continue;
        }
        if (rc < 0)
            return rc;
        for (size_t i = 0; i < n; i++) {
            b->base.sink(b->base.sink_arg, event_new(&evs[i]));
            s->seq = evs[i].seq;
        }
        store_events_free(evs, n);
        if (n == 0)
            break;
    }
    return 0;
}

static void store_bus_publish(struct bus *base, const struct store_event *evs, size_t n)
{
    struct bus_store *b = (struct bus_store *)base;

    pthread_mutex_lock(&b->lock);
    for (size_t i = 0; i < n; i++) {
        struct seen *s = seen_get(b, evs[i].channel_id, backlog_start(evs[i].seq - 1));
        if (evs[i].seq <= s->seq)
            continue; /* a poll found it first */
        if (evs[i].seq > s->seq + 1 && catch_up(b, s, evs[i].seq - 1) < 0) {
            /* Never hand out an event past a missing one (the hub would see
             * a gap and close every stream of the channel as slow): it is
             * committed, so the next notification or poll reads it from the
             * store, after the ones before it. */
            static struct log_limit lim;
            log_limited(&lim, LOG_WARN,
                        "bus: reading events of channel=%lld before seq=%lld failed; "
                        "they and it are read again later",
                        (long long)evs[i].channel_id, (long long)evs[i].seq);
            continue;
        }
        b->base.sink(b->base.sink_arg, event_new(&evs[i]));
        s->seq = evs[i].seq;
    }
    pthread_mutex_unlock(&b->lock);
}

static int store_bus_poll(struct bus *base)
{
    struct bus_store *b = (struct bus_store *)base;
    struct store_head *heads = NULL;
    size_t n = 0, keep = 0;
    int rc = store_channel_heads(b->st, &heads, &n);

    if (rc < 0)
        return rc;
    pthread_mutex_lock(&b->lock);
    for (size_t i = 0; i < n && rc == 0; i++) {
        struct seen *s = seen_get(b, heads[i].channel_id, backlog_start(heads[i].last_seq));
        if (heads[i].last_seq > s->seq)
            rc = catch_up(b, s, heads[i].last_seq);
    }
    /* Forget deleted channels: both lists are by id. */
    for (size_t i = 0, h = 0; i < b->n; i++) {
        while (h < n && heads[h].channel_id < b->seen[i].channel_id)
            h++;
        if (h < n && heads[h].channel_id == b->seen[i].channel_id)
            b->seen[keep++] = b->seen[i];
    }
    b->n = keep;
    pthread_mutex_unlock(&b->lock);
    free(heads);
    return rc;
}

int bus_store_notified(struct bus *base, int64_t channel_id, int64_t seq)
{
    struct bus_store *b = (struct bus_store *)base;
    int rc = 0;

    pthread_mutex_lock(&b->lock);
    struct seen *s = seen_get(b, channel_id, backlog_start(seq));
    if (seq > s->seq)
        rc = catch_up(b, s, seq);
    pthread_mutex_unlock(&b->lock);
    return rc;
}

static void store_bus_close(struct bus *base)
{
    struct bus_store *b = (struct bus_store *)base;
    pthread_mutex_destroy(&b->lock);
    free(b->seen);
    free(b);
}

static const struct bus_ops store_bus_ops = {
    .name = "store",
    .publish = store_bus_publish,
    .poll = store_bus_poll,
    .close = store_bus_close,
};

int bus_store_new(struct bus **out, struct store *st, bus_sink_fn sink, void *arg)
{
    struct bus_store *b = xcalloc(1, sizeof *b);
    struct store_head *heads = NULL;
    size_t n = 0;
    int rc = store_channel_heads(st, &heads, &n);

    if (rc < 0) {
        free(b);
        return rc;
    }
    b->base.ops = &store_bus_ops;
    b->base.sink = sink;
    b->base.sink_arg = arg;
    b->st = st;
    pthread_mutex_init(&b->lock, NULL);
    /* What is already committed is history, not news. */
    for (size_t i = 0; i < n; i++)
        seen_get(b, heads[i].channel_id, heads[i].last_seq);
    free(heads);
    *out = &b->base;
    return 0;
}
