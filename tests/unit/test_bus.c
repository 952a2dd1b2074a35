/*
 * bus_store: two store handles on one SQLite file stand for two nodes. The
 * bus of node A must hand its sink every event of a channel exactly once and
 * in seq order, whether A committed it (the commit hook) or B did (found by
 * bus_poll), however the two interleave.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bus/bus.h"
#include "crier.h"
#include "event.h"
#include "store/store.h"
#include "post_records.h"
#include "tap.h"

static char tmpdir[] = "/tmp/crier-test-bus-XXXXXX";

struct got {
    int64_t seq[256];
    int64_t chan[256];
    size_t n;
};

static void sink(void *arg, struct event *ev)
{
    struct got *g = arg;
    if (g->n < 256) {
        g->seq[g->n] = ev->seq;
        g->chan[g->n] = ev->channel_id;
        g->n++;
    }
    event_unref(ev);
}

static int64_t publish(struct store *st, int64_t ch, const char *title)
{
    json_t *p = json_pack("{ss}", "title", title);
    struct store_event ev;
    int rc = rec_post_create(st, ch, p, 0, &ev);
    json_decref(p);
    int64_t seq = rc == 0 ? ev.seq : rc;
    if (rc == 0)
        store_event_clear(&ev);
    return seq;
}

/* The seqs the sink got for channel ch, in order: 1..want, once each? */
static int in_order(const struct got *g, int64_t ch, int64_t from, int64_t want)
{
    int64_t next = from;
    for (size_t i = 0; i < g->n; i++) {
        if (g->chan[i] != ch)
            continue;
        if (g->seq[i] != next)
            return 0;
        next++;
    }
    return next == want + 1;
}

/* Node A's reads of events can be made to fail, as when its database server
 * is away (CRIER_EUNAVAIL); its commits still go through. */
static struct store_ops failing_ops;
static int (*real_events_after)(struct store *, int64_t, int64_t, size_t, size_t,
                                struct store_event **, size_t *, int64_t *, int64_t *);
static int reads_fail;

static int events_after_or_fail(struct store *st, int64_t channel_id, int64_t after, size_t limit,
                                size_t max_bytes, struct store_event **out, size_t *n,
                                int64_t *oldest, int64_t *last)
{
    if (reads_fail)
        return CRIER_EUNAVAIL;
    return real_events_after(st, channel_id, after, limit, max_bytes, out, n, oldest, last);
}

int main(void)
{
    struct store *a = NULL, *b = NULL;
    struct bus *bus = NULL;
    struct got g = {0};

    if (!mkdtemp(tmpdir))
        return 1;
    is_int(store_open(&a, tmpdir), 0, "node A's store");
    is_int(store_open(&b, tmpdir), 0, "node B's store, the same file");

    struct store_channel ch = {0};
    snprintf(ch.slug, sizeof ch.slug, "shared");
    ch.title = (char *)"T";
    ch.description = (char *)"";
    snprintf(ch.tz, sizeof ch.tz, "UTC");
    is_int(store_channel_create(a, &ch), 0, "a channel");
    ok(publish(a, ch.id, "history") == 1, "one post before the bus starts");

    is_int(bus_store_new(&bus, a, sink, &g), 0, "A's bus");
    store_set_commit_hook(a, bus_commit_hook, bus);
    is_int(bus_poll(bus), 0, "a first look");
    is_int(g.n, 0, "what was committed before is history, not news");

    /* Interleaved: A, B, B, A, then a look; B, A (A's commit finds B's gap). */
    publish(a, ch.id, "a2");
    publish(b, ch.id, "b3");
    publish(b, ch.id, "b4");
    publish(a, ch.id, "a5");
    is_int(bus_poll(bus), 0, "a look");
    publish(b, ch.id, "b6");
    publish(a, ch.id, "a7");
    is_int(bus_poll(bus), 0, "another look");
    ok(in_order(&g, ch.id, 2, 7), "2..7 once each, in order, whichever node committed them");

    /* A channel B makes after A's bus started: its posts reach A too. */
    struct store_channel ch2 = {0};
    snprintf(ch2.slug, sizeof ch2.slug, "made-by-b");
    ch2.title = (char *)"T";
    ch2.description = (char *)"";
    snprintf(ch2.tz, sizeof ch2.tz, "UTC");
    is_int(store_channel_create(b, &ch2), 0, "B makes a channel");
    publish(b, ch2.id, "first");
    publish(a, ch2.id, "second, through A before A looked");
    is_int(bus_poll(bus), 0, "a look");
    ok(in_order(&g, ch2.id, 1, 2), "its 1 and 2, in order");

    /* A's commit finds B's gap but cannot read it (the store is away): the
     * commit must not go out past the missing event; a later look hands out
     * both, in order. */
    failing_ops = *a->ops;
    real_events_after = failing_ops.events_after;
    failing_ops.events_after = events_after_or_fail;
    a->ops = &failing_ops;
    size_t had = g.n;
    publish(b, ch.id, "b8");
    reads_fail = 1;
    ok(publish(a, ch.id, "a9, while A cannot read") == 9, "A commits 9");
    is_int(g.n, had, "9 is not handed out past the 8 A could not read");
    reads_fail = 0;
    is_int(bus_poll(bus), 0, "a look once A can read again");
    ok(in_order(&g, ch.id, 2, 9), "8 then 9: 2..9 once each, in order");

    /* Nothing twice. */
    size_t before = g.n;
    is_int(bus_poll(bus), 0, "a look with nothing new");
    is_int(g.n, before, "nothing handed out again");

    store_set_commit_hook(a, NULL, NULL);
    bus_close(bus);
    store_close(a);
    store_close(b);
    return done_testing_in(tmpdir);
}
