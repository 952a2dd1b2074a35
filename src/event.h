/*
 * event: a committed event in its wire forms. Built once per event from the
 * store's record, then shared, by reference, by every hub and subscriber on
 * every loop: the JSON text (for catch-up), one WebSocket text frame and one
 * SSE block. The reference count is atomic because the loops of several I/O
 * threads hold the same event.
 */
#ifndef CRIER_EVENT_H
#define CRIER_EVENT_H

#include <stdatomic.h>
#include <stdint.h>

#include "buf.h"
#include "rcbuf.h"
#include "store/store.h"

/* Not a committed event but a signal that shares the events' path, so that it
 * stays in order with them: access to channel_id (0: every channel) changed
 * (a member removed, a token revoked, a channel made private or deleted). It
 * has no seq and no wire forms. */
#define EVENT_ACCESS (-1)

struct event {
    atomic_uint refs;
    int64_t channel_id;
    char channel[STORE_SLUG_MAX + 1];
    int64_t seq;
    int kind;
    struct rcbuf *ws;  /* whole WebSocket frame */
    struct rcbuf *sse; /* whole SSE block, "id: seq" included */
    /* The WebSocket frame compressed (permessage-deflate), built on first
     * use by event_wsz(); NULL until then. */
    struct rcbuf *_Atomic wsz;
};

/* "post", "edit", "delete", "selection", "pin". */
const char *event_kind_name(int kind);
/* Wire protocol v1.1: an event carries one rendering of a post's body, its
 * "html". The record's Markdown source ("body") stays in the store, and
 * goes out only where asked for (catch-up with ?include=source); the post
 * endpoint has it too. */
#define EVENT_PROTOCOL "1.1"

/* Appends the event JSON {"type","channel","seq","id","at","post"} to out
 * ("id" is null for an unpin), its post record without "body", as sent to
 * subscribers. 0 or -ENOBUFS. Any thread. */
int event_json(struct buf *out, const struct store_event *sev);
/* The same, with the record's "body" kept when source is nonzero. */
int event_json_opt(struct buf *out, const struct store_event *sev, int source);
/* Appends the post record text d[0..n) to out without its top-level "body"
 * member (the whole text when it has none, or is not an object). 0 or
 * -ENOBUFS. */
int event_record_trim(struct buf *out, const char *d, size_t n);
/* A new event with one reference, encoded in both wire forms (trimmed as
 * event_json does: once per event, whatever the number of subscribers). */
struct event *event_new(const struct store_event *sev);
/* An EVENT_ACCESS signal for channel_id (0: all), with one reference. */
struct event *event_new_access(int64_t channel_id);
/* ev's compressed WebSocket frame, built once (the first caller on any
 * loop compresses, a racing one drops its copy); the plain frame, which a
 * permessage-deflate connection may receive too, if zlib failed. */
struct rcbuf *event_wsz(struct event *ev);
struct event *event_ref(struct event *ev);
void event_unref(struct event *ev);

#endif
