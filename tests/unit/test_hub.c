/* hub: fan-out order, dedupe by seq, ring coverage, coalescing and the
 * per-subscriber limit, over a real socketpair driven by a real uv loop. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "hub.h"
#include "tap.h"

static int closed_reason;
static struct hub_sub *closed_sub;

static void on_close(struct hub *hub, struct hub_sub *sub, int reason)
{
    (void)hub;
    closed_reason = reason;
    closed_sub = sub;
}

static struct event *mk_event_on(int64_t channel_id, int64_t seq, size_t body)
{
    struct store_event se = {0};
    char *data = malloc(body + 32);
    int n = snprintf(data, body + 32, "{\"id\":%lld,\"t\":\"", (long long)seq);
    memset(data + n, 'x', body);
    memcpy(data + n + body, "\"}", 3);
    se.channel_id = channel_id;
    snprintf(se.channel, sizeof se.channel, "c");
    se.seq = seq;
    se.kind = STORE_EV_POST;
    se.post_id = seq;
    se.data = data;
    se.data_len = strlen(data);
    struct event *ev = event_new(&se);
    free(data);
    return ev;
}

static struct event *mk_event(int64_t seq, size_t body)
{
    return mk_event_on(7, seq, body);
}

/* Counts the frames "id: N\n" in s[0..n) and whether they are 1..want in
 * order, once each. */
static int ids_in_order(const char *s, size_t n, int want)
{
    int next = 1;
    for (size_t i = 0; i + 4 < n; i++)
        if (memcmp(s + i, "id: ", 4) == 0 && (i == 0 || s[i - 1] == '\n')) {
            if (atoi(s + i + 4) != next)
                return 0;
            next++;
        }
    return next == want + 1;
}

/* Reads whatever is available on fd into out (appending). */
static size_t drain(int fd, char *out, size_t cap, size_t have)
{
    for (;;) {
        ssize_t n = read(fd, out + have, cap - have);
        if (n <= 0)
            return have;
        have += (size_t)n;
    }
}

static void run_loop(uv_loop_t *loop)
{
    for (int i = 0; i < 50; i++)
        uv_run(loop, UV_RUN_NOWAIT);
}

struct pair {
    int fds[2];
    uv_pipe_t pipe;
    struct hub_sub sub;
};

static struct hub_sub *held[8];
static int nheld;
static void on_recheck(struct hub *hub, struct hub_sub *sub)
{
    (void)hub;
    if (nheld < 8)
        held[nheld++] = sub;
}

static void pair_open(uv_loop_t *loop, struct pair *p, int sndbuf)
{
    socketpair(AF_UNIX, SOCK_STREAM, 0, p->fds);
    if (sndbuf) {
        setsockopt(p->fds[0], SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof sndbuf);
        setsockopt(p->fds[1], SOL_SOCKET, SO_RCVBUF, &sndbuf, sizeof sndbuf);
    }
    fcntl(p->fds[1], F_SETFL, O_NONBLOCK);
    uv_pipe_init(loop, &p->pipe, 0);
    uv_pipe_open(&p->pipe, p->fds[0]);
    hub_sub_init(&p->sub, (uv_stream_t *)&p->pipe, HUB_SSE);
}

/*
 * Many subscribers owed one new event are written back to back, HUB_BURST
 * at a time (chan_flush()): every one gets every event once, in order,
 * across several bursts; one whose socket takes only part of a frame gets
 * the rest queued; one whose peer is gone is closed, and the others of its
 * burst are not.
 */
#define NBURST 300
static void test_bursts(uv_loop_t *loop, struct hub *hub)
{
    static struct pair p[NBURST];
    static char got[1 << 16];
    const int64_t ch = 11;

    for (int i = 0; i < NBURST; i++) {
        pair_open(loop, &p[i], i == 5 ? 4096 : 0);
        hub_sub_register(hub, &p[i].sub, ch);
        hub_sub_go_live(hub, &p[i].sub, 0);
    }
    uint64_t dl = hub_stats(hub)->delivered;
    for (int64_t s = 1; s <= 3; s++) {
        hub_publish(hub, mk_event_on(ch, s, 100));
        run_loop(loop);
    }
    is_int(hub_stats(hub)->delivered - dl, 3 * NBURST, "300 subscribers, 3 events: 900 deliveries");
    int all = 1;
    for (int i = 0; i < NBURST; i++) {
        size_t have = drain(p[i].fds[1], got, sizeof got - 1, 0);
        all &= ids_in_order(got, have, 3) && p[i].sub.cursor == 3;
    }
    ok(all, "each got events 1, 2, 3 once, in order, and its cursor is 3");

    /* p[5]'s buffer is 4 KiB: a 20,000-byte frame goes out in part, the
     * rest queued behind it. p[9]'s reader is gone. */
    close(p[9].fds[1]);
    p[9].fds[1] = -1;
    closed_sub = NULL;
    hub_publish(hub, mk_event_on(ch, 4, 20000));
    ok(p[5].sub.writes == 1, "a frame the socket took in part: the rest is queued");
    ok(closed_sub == &p[9].sub && closed_reason == HUB_CLOSE_ERROR,
       "a subscriber whose reader is gone is closed (error)");
    ok(p[9].sub.chan == NULL, "and detached");
    size_t have = 0;
    for (int i = 0; i < 200 && (p[5].sub.writes || have == 0); i++) {
        have = drain(p[5].fds[1], got, sizeof got - 1, have);
        uv_run(loop, UV_RUN_NOWAIT);
    }
    have = drain(p[5].fds[1], got, sizeof got - 1, have);
    got[have] = '\0';
    ok(p[5].sub.cursor == 4 && have > 20000 && strstr(got, "id: 4\n") == got &&
           !strstr(got + 1, "id: ") && memcmp(got + have - 2, "\n\n", 2) == 0,
       "and the whole frame arrives, once");
    int others = 1;
    for (int i = 0; i < NBURST; i++)
        if (i != 5 && i != 9)
            others &= p[i].sub.cursor == 4 && drain(p[i].fds[1], got, sizeof got, 0) > 20000;
    ok(others, "the others of those bursts got the event");

    for (int i = 0; i < NBURST; i++) {
        hub_sub_detach(hub, &p[i].sub);
        uv_close((uv_handle_t *)&p[i].pipe, NULL);
    }
    run_loop(loop);
    for (int i = 0; i < NBURST; i++)
        if (p[i].fds[1] >= 0)
            close(p[i].fds[1]);
}

int main(void)
{
    signal(SIGPIPE, SIG_IGN); /* as crier serve: a gone reader is EPIPE */
    uv_loop_t loop;
    uv_loop_init(&loop);
    struct hub_options opt = {.ring_events = 16, .sub_max_bytes = 64 * 1024};
    struct hub *hub = hub_new(&loop, &opt, on_close, on_recheck);
    static char got[1 << 22];
    size_t have = 0;

    /* In-order delivery and dedupe. */
    struct pair a;
    pair_open(&loop, &a, 0);
    hub_sub_register(hub, &a.sub, 7);
    is_int(hub_stats(hub)->subscribers, 1, "registered");
    hub_publish(hub, mk_event(1, 10)); /* not live yet: ring only */
    have = drain(a.fds[1], got, sizeof got, 0);
    is_int(have, 0, "nothing is written before the subscriber goes live");
    is_int(hub_sub_go_live(hub, &a.sub, 0), 0, "go live at 0");
    run_loop(&loop);
    hub_publish(hub, mk_event(2, 10));
    hub_publish(hub, mk_event(2, 10)); /* duplicate */
    hub_publish(hub, mk_event(3, 10));
    run_loop(&loop);
    have = drain(a.fds[1], got, sizeof got, 0);
    got[have] = '\0';
    const char *p1 = strstr(got, "id: 1\n"), *p2 = strstr(got, "id: 2\n"),
               *p3 = strstr(got, "id: 3\n");
    ok(p1 && p2 && p3 && p1 < p2 && p2 < p3, "events 1, 2, 3 arrive in order");
    ok(p2 && !strstr(p2 + 1, "id: 2\n"), "a duplicate seq is dropped");
    is_int(hub_stats(hub)->delivered, 3, "three deliveries counted");

    /* A subscriber whose cursor is older than the ring must replay first. */
    struct pair b;
    pair_open(&loop, &b, 0);
    for (int64_t s = 4; s <= 30; s++)
        hub_publish(hub, mk_event(s, 10));
    run_loop(&loop);
    hub_sub_register(hub, &b.sub, 7);
    int64_t first, last;
    hub_sub_ring_span(&b.sub, &first, &last);
    is_int(last, 30, "ring ends at the newest seq");
    is_int(first, 15, "ring holds the last 16 events");
    is_int(hub_sub_go_live(hub, &b.sub, 5), -ERANGE, "a cursor behind the ring is refused");
    is_int(hub_sub_go_live(hub, &b.sub, 20), 0, "a cursor inside the ring is accepted");
    run_loop(&loop);
    have = drain(b.fds[1], got, sizeof got, 0);
    got[have] = '\0';
    ok(strstr(got, "id: 21\n") && strstr(got, "id: 30\n") && !strstr(got, "id: 20\n"),
       "going live sends exactly the ring events after the cursor");
    drain(a.fds[1], got, sizeof got, 0);

    /* Slow subscriber: a tiny socket buffer, nobody reading. */
    struct pair c;
    pair_open(&loop, &c, 4096);
    hub_sub_register(hub, &c.sub, 7);
    hub_sub_go_live(hub, &c.sub, 30);
    closed_sub = NULL;
    int64_t seq = 31;
    for (int i = 0; i < 200 && !closed_sub; i++, seq++) {
        hub_publish(hub, mk_event(seq, 2000));
        run_loop(&loop);
        drain(a.fds[1], got, sizeof got, 0); /* a and b keep reading */
        drain(b.fds[1], got, sizeof got, 0);
    }
    ok(closed_sub == &c.sub, "the stalled subscriber is closed");
    is_int(closed_reason, HUB_CLOSE_SLOW, "with reason slow");
    is_int(hub_stats(hub)->dropped_slow, 1, "dropped_slow counted once");
    ok(a.sub.live && b.sub.live, "the reading subscribers stay live");
    is_int(a.sub.cursor, seq - 1, "a reading subscriber got every event");
    ok(c.sub.chan == NULL, "the slow subscriber is detached");

    /* Coalescing: events arriving while a write is in flight go out in one
     * writev when it completes. */
    uint64_t before = hub_stats(hub)->coalesced;
    struct pair d;
    pair_open(&loop, &d, 4096);
    hub_sub_register(hub, &d.sub, 7);
    hub_sub_go_live(hub, &d.sub, seq - 1);
    for (int i = 0; i < 8; i++, seq++)
        hub_publish(hub, mk_event(seq, 3000)); /* fills the buffer: writes queue up */
    for (int i = 0; i < 200; i++) {
        drain(d.fds[1], got, sizeof got, 0);
        drain(a.fds[1], got, sizeof got, 0);
        drain(b.fds[1], got, sizeof got, 0);
        uv_run(&loop, UV_RUN_NOWAIT);
    }
    is_int(d.sub.cursor, seq - 1, "the lagging subscriber caught up");
    ok(hub_stats(hub)->coalesced > before, "its backlog went out coalesced");

    /* A burst that arrives together goes out as one writev per subscriber. */
    drain(a.fds[1], got, sizeof got, 0);
    drain(b.fds[1], got, sizeof got, 0);
    drain(d.fds[1], got, sizeof got, 0);
    run_loop(&loop);
    uint64_t co = hub_stats(hub)->coalesced, dl = hub_stats(hub)->delivered;
    struct event *burst[10];
    int64_t first_burst = seq;
    for (int i = 0; i < 10; i++, seq++)
        burst[i] = mk_event(seq, 100);
    hub_publish_batch(hub, burst, 10);
    run_loop(&loop);
    is_int(hub_stats(hub)->coalesced - co, 3, "a burst of 10: one coalesced write per subscriber");
    is_int(hub_stats(hub)->delivered - dl, 30, "and all 10 events delivered to each of 3");
    have = drain(a.fds[1], got, sizeof got, 0);
    got[have] = '\0';
    char want_first[32], want_last[32];
    snprintf(want_first, sizeof want_first, "id: %lld\n", (long long)first_burst);
    snprintf(want_last, sizeof want_last, "id: %lld\n", (long long)seq - 1);
    ok(strstr(got, want_first) && strstr(got, want_last) &&
           strstr(got, want_first) < strstr(got, want_last),
       "in order");

    /* Access changed: the channel's subscribers are held (nothing more is
     * written to them) and handed over for a check; resuming at the cursor
     * sends what came meanwhile, once. */
    drain(a.fds[1], got, sizeof got, 0);
    drain(b.fds[1], got, sizeof got, 0);
    drain(d.fds[1], got, sizeof got, 0);
    struct pair e;
    pair_open(&loop, &e, 0);
    hub_sub_register(hub, &e.sub, 8); /* another channel: not held */
    hub_sub_go_live(hub, &e.sub, 0);
    nheld = 0;
    hub_access_changed(hub, 7);
    is_int(nheld, 3, "the three subscribers of channel 7 are handed over");
    ok(!a.sub.live && !b.sub.live && !d.sub.live && e.sub.live, "held; channel 8 untouched");
    int64_t at = a.sub.cursor;
    hub_publish(hub, mk_event(seq++, 100));
    run_loop(&loop);
    is_int(drain(a.fds[1], got, sizeof got, 0), 0, "a held subscriber gets nothing");
    is_int(a.sub.cursor, at, "and keeps its cursor");
    is_int(hub_sub_go_live(hub, &a.sub, a.sub.cursor), 0, "resumed at its cursor");
    run_loop(&loop);
    have = drain(a.fds[1], got, sizeof got, 0);
    got[have] = '\0';
    snprintf(want_last, sizeof want_last, "id: %lld\n", (long long)seq - 1);
    ok(strstr(got, want_last) != NULL, "what was published meanwhile arrives on resume");
    nheld = 0;
    hub_access_changed(hub, 0);
    is_int(nheld, 4, "0 holds every channel's subscribers (b and d still held count again)");
    hub_sub_go_live(hub, &b.sub, b.sub.cursor);
    hub_sub_go_live(hub, &d.sub, d.sub.cursor);
    hub_sub_go_live(hub, &e.sub, e.sub.cursor);

    /* A cursor at INT64_MAX (a client-given position) never wraps. */
    struct pair f;
    pair_open(&loop, &f, 0);
    hub_sub_register(hub, &f.sub, 7);
    is_int(hub_sub_go_live(hub, &f.sub, INT64_MAX), 0, "a cursor past the ring goes live");
    hub_publish(hub, mk_event(seq++, 100));
    run_loop(&loop);
    is_int(drain(f.fds[1], got, sizeof got, 0), 0, "and is sent nothing, without looping");

    /* Forgetting a deleted channel drops its ring. */
    hub_forget(hub, 7);
    hub_sub_ring_span(&b.sub, &first, &last);
    is_int(last, 0, "a forgotten channel's ring is empty");

    /* The pending flag of a queued write clears once written. */
    uint8_t pending = 0;
    struct pair g;
    pair_open(&loop, &g, 4096);
    hub_sub_register(hub, &g.sub, 9);
    static char big[64 * 1024];
    memset(big, 'p', sizeof big);
    is_int(hub_sub_write_flag(hub, &g.sub, big, sizeof big, &pending), 0,
           "a write too big for the socket");
    is_int(pending, 1, "is pending");
    for (int i = 0; i < 100 && pending; i++) {
        drain(g.fds[1], got, sizeof got, 0);
        uv_run(&loop, UV_RUN_NOWAIT);
    }
    is_int(pending, 0, "and clears once written");

    /* Heartbeats follow each stream's own last write: a stream just written
     * to gets none; one silent for the period does. */
    struct pair h;
    pair_open(&loop, &h, 0);
    hub_sub_register(hub, &h.sub, 10);
    hub_sub_go_live(hub, &h.sub, 0);
    hub_sub_write(hub, &h.sub, "x", 1);
    drain(h.fds[1], got, sizeof got, 0);
    hub_heartbeat(hub, 1000);
    run_loop(&loop);
    is_int(drain(h.fds[1], got, sizeof got, 0), 0, "no heartbeat right after a write");
    usleep(1100 * 1000);
    uv_update_time(&loop);
    hub_heartbeat(hub, 1000);
    run_loop(&loop);
    have = drain(h.fds[1], got, sizeof got, 0);
    ok(have == 3 && memcmp(got, ":\n\n", 3) == 0, "a heartbeat once the stream was silent");
    hub_sub_detach(hub, &h.sub);
    uv_close((uv_handle_t *)&h.pipe, NULL);

    test_bursts(&loop, hub);

    hub_sub_detach(hub, &e.sub);
    hub_sub_detach(hub, &f.sub);
    hub_sub_detach(hub, &g.sub);
    uv_close((uv_handle_t *)&e.pipe, NULL);
    uv_close((uv_handle_t *)&f.pipe, NULL);
    uv_close((uv_handle_t *)&g.pipe, NULL);
    hub_sub_detach(hub, &a.sub);
    hub_sub_detach(hub, &b.sub);
    hub_sub_detach(hub, &d.sub);
    hub_sub_detach(hub, &d.sub); /* twice is harmless */
    is_int(hub_stats(hub)->subscribers, 0, "all detached");
    uv_close((uv_handle_t *)&a.pipe, NULL);
    uv_close((uv_handle_t *)&b.pipe, NULL);
    uv_close((uv_handle_t *)&c.pipe, NULL);
    uv_close((uv_handle_t *)&d.pipe, NULL);
    uv_run(&loop, UV_RUN_DEFAULT);
    hub_free(hub);
    uv_loop_close(&loop);
    close(a.fds[1]);
    close(b.fds[1]);
    close(c.fds[1]);
    close(d.fds[1]);
    return done_testing();
}
