/*
 * hub: the fan-out core of one event loop. It maps a channel to the
 * subscribers on this loop, keeps a ring of the channel's recent encoded
 * events, and writes each new event to every live subscriber: uv_try_write at
 * once, and for a subscriber that cannot take it all, one coalesced writev of
 * everything pending when its previous write completes. A subscriber holds a
 * cursor (the last seq handed to its socket), never copies. One whose unsent
 * bytes pass the limit, or whose cursor falls out of the ring, is detached
 * and handed to the close callback with HUB_CLOSE_SLOW; it resumes from the
 * store.
 *
 * The hub knows no storage: events arrive by hub_publish() from the bus, and
 * replay before going live is the caller's job (see hub_sub_go_live).
 * Everything here runs on the hub's loop thread.
 */
#ifndef CRIER_HUB_H
#define CRIER_HUB_H

#include <stddef.h>
#include <stdint.h>
#include <uv.h>

#include "event.h"

/* HUB_WSZ: WebSocket with permessage-deflate, each event's frame compressed
 * once for every such subscriber (event_wsz()). */
enum hub_format { HUB_SSE = 0, HUB_WS = 1, HUB_WSZ = 2, HUB_NFORMATS };
enum hub_close_reason { HUB_CLOSE_SLOW = 1, HUB_CLOSE_ERROR = 2 };

struct hub;
struct hub_chan;

/* Embedded in the owner's connection; initialise with hub_sub_init(). */
struct hub_sub {
    struct hub_chan *chan;
    struct hub_sub *prev, *next;
    uv_stream_t *stream;
    int64_t cursor;        /* seq of the last event handed to the socket */
    uint16_t writes;       /* uv_write requests in flight */
    uint8_t fmt;           /* enum hub_format */
    uint8_t live;          /* receives live events */
    uint32_t last_write_s; /* loop time (s) of the last write to the socket */
};

struct hub_stats {
    uint64_t delivered;    /* event frames handed to sockets */
    uint64_t dropped_slow; /* subscribers closed as slow */
    uint64_t subscribers;  /* currently registered */
    uint64_t coalesced;    /* writev calls that carried more than one event */
};

typedef void (*hub_close_fn)(struct hub *hub, struct hub_sub *sub, int reason);
/* Access to sub's channel changed: sub was held (see hub_access_changed). */
typedef void (*hub_recheck_fn)(struct hub *hub, struct hub_sub *sub);

struct hub_options {
    size_t ring_events;   /* events kept per channel (>= 16) */
    size_t sub_max_bytes; /* unsent bytes allowed per subscriber */
};

struct hub *hub_new(uv_loop_t *loop, const struct hub_options *opt, hub_close_fn on_close,
                    hub_recheck_fn on_recheck);
/* Frees channels and rings. Every subscriber must be detached first. */
void hub_free(struct hub *hub);
const struct hub_stats *hub_stats(const struct hub *hub);

/* Takes over the caller's reference to ev: appends it to its channel's ring
 * (if anyone here follows that channel) and writes it to live subscribers.
 * Events at or below the ring's last seq are dropped (dedupe); a gap resets
 * the ring and closes subscribers that can no longer be served from it. */
void hub_publish(struct hub *hub, struct event *ev);
/* The same for several events that arrived together: all go into their
 * rings first, then each subscriber gets one write for all of them (a burst
 * of breaking news costs one writev per subscriber, not one write per post).
 * Takes over the references. */
void hub_publish_batch(struct hub *hub, struct event **evs, size_t n);

/*
 * Access to channel_id (0: every channel) changed. Every subscriber of it on
 * this hub stops receiving live events (its cursor is kept, and the ring goes
 * on collecting) and is handed to the recheck callback, one by one. The owner
 * then either resumes it with hub_sub_go_live(sub, sub->cursor) or closes it.
 * Events published after this call never reach a held subscriber before that.
 */
void hub_access_changed(struct hub *hub, int64_t channel_id);
/* Forgets channel_id (deleted): its ring is dropped, so that nothing of it is
 * replayed or compared against later. Subscribers still registered keep
 * their place but receive nothing more; the owner closes them. */
void hub_forget(struct hub *hub, int64_t channel_id);

void hub_sub_init(struct hub_sub *sub, uv_stream_t *stream, int fmt);
/* Registers sub on channel_id, not yet live: the ring starts collecting so
 * that nothing committed after this call is missed. */
void hub_sub_register(struct hub *hub, struct hub_sub *sub, int64_t channel_id);
/*
 * Makes sub live after the caller has replayed the store up to and including
 * cursor. Events in the ring after cursor are written at once. Returns 0, or
 * -ERANGE when the ring no longer reaches back to cursor + 1 (the caller
 * replays again from the store, then retries).
 */
int hub_sub_go_live(struct hub *hub, struct hub_sub *sub, int64_t cursor);
/* Lowest and highest seq in sub's channel ring; 0 and 0 when empty. */
void hub_sub_ring_span(const struct hub_sub *sub, int64_t *first, int64_t *last);
/* Removes sub from its channel. Writes in flight complete or are cancelled
 * by the owner's uv_close. Safe to call twice. */
void hub_sub_detach(struct hub *hub, struct hub_sub *sub);
/* Counts sub as dropped for being slow, detaches it and hands it to the
 * close callback with HUB_CLOSE_SLOW. For owners that detect a stall the hub
 * cannot see (a catch-up write that makes no progress). */
void hub_sub_close_slow(struct hub *hub, struct hub_sub *sub);
/* Queues bytes on sub's stream in order after what is queued (copied).
 * Returns 0 or a libuv error. */
int hub_sub_write(struct hub *hub, struct hub_sub *sub, const void *data, size_t len);
/* The same; when the bytes could not all be written at once, *pending is set
 * to 1 until they are (or the write fails), so that the owner can keep at
 * most one message of a kind queued (a pong). pending must outlive the
 * write: a field of the connection that embeds sub. */
int hub_sub_write_flag(struct hub *hub, struct hub_sub *sub, const void *data, size_t len,
                       uint8_t *pending);
/* Writes the heartbeat (an SSE comment or a WebSocket ping) to every live
 * subscriber that has nothing in flight and has been written nothing for
 * period_ms: each stream's heartbeat follows its own last write. Cheap enough
 * to call every second. */
void hub_heartbeat(struct hub *hub, unsigned period_ms);

#endif
