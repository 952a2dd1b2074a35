/*
 * stream: subscriber connections, SSE and WebSocket. A stream request is
 * checked (channel, access, WebSocket handshake and Origin), answered with its
 * head, registered with the loop's hub, replayed from the store after the
 * client's last seq (on worker threads, page by page, each page written before
 * the next is read), and then made live; events the hub collected meanwhile
 * are deduplicated by seq. When access to its channel changes, a stream is
 * held (nothing more is sent to it) until its access has been checked again.
 * Every byte written to a stream counts against the subscriber's budget.
 * Loop thread only.
 */
#ifndef CRIER_STREAM_H
#define CRIER_STREAM_H

#include <stddef.h>

#include "hub.h"
#include "net.h"
#include "router.h"

#define STREAM_REPLAY_PAGE_MAX 1000 /* events read from the store per replay step, at most */
#define STREAM_REPLAY_PAGE_MIN 8
#define STREAM_REPLAY_PAGE_FIRST 32  /* the first step; later ones adapt to the events' size */
#define STREAM_STALL_MS 5000         /* a catch-up write that makes no progress this long is slow */
#define STREAM_WS_MAX_MESSAGE 4096   /* largest client message */
#define STREAM_WS_RESUMES_PER_MIN 60 /* resume messages a minute; past them close 1008 */

/* The table net calls into (each function below). */
extern const struct net_stream_ops stream_ops;

/* Starts a stream for the request in c->http (route SSE or WS). */
void stream_start(struct conn *c, const struct route_match *m);
/* Bytes read from a stream connection. */
void stream_on_read(struct conn *c, const char *data, size_t len);
/* The hub's close callback (slow or write error). */
void stream_on_hub_close(struct hub *hub, struct hub_sub *sub, int reason);
/* Called about once a second per stream connection: closes one whose
 * catch-up write has made no progress for STREAM_STALL_MS. */
void stream_check_stall(struct conn *c, uint64_t now_ms);
/* The hub held sub because access to its channel changed: its access is
 * checked again on a worker (batched per loop); it goes on if still allowed,
 * and is closed with reason "revoked" or "deleted" if not. */
void stream_on_hub_recheck(struct hub *hub, struct hub_sub *sub);
/* Runs the checks queued on nl since the last loop iteration. */
void stream_run_deferred(struct net_loop *nl);
/* The node stops: a WebSocket gets close 1001, an SSE stream a "close"
 * event with reason "shutdown"; both then close. */
void stream_on_shutdown(struct conn *c);
/* The connection is closing: leave the hub. (The WebSocket decoder is freed
 * with the connection, since this may run inside its callback.) */
void stream_on_close(struct conn *c);

#endif
