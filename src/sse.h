/*
 * sse: Server-Sent Events encoding (WHATWG HTML "server-sent events"). An event
 * is encoded once into a refcounted buffer shared by every SSE subscriber.
 * Pure, any thread.
 */
#ifndef CRIER_SSE_H
#define CRIER_SSE_H

#include <stddef.h>
#include <stdint.h>

#include "rcbuf.h"

/* The response head that opens a stream (status line and headers, ending in
 * the blank line), and a retry hint in ms. */
extern const char SSE_RESPONSE_HEAD[];
/* A comment line used as heartbeat: ":\n\n". */
extern const char SSE_HEARTBEAT[];

/*
 * "id: <id>\nevent: <event>\ndata: <line>\n...\n\n". data is split on "\r\n",
 * "\r" and "\n" into several data: lines; id is omitted when < 0 and event when
 * NULL. Returns a new buffer with one reference.
 */
struct rcbuf *sse_encode(int64_t id, const char *event, const char *data, size_t len);
/* Same, into a caller buffer; returns the length needed (may exceed outsz, in
 * which case nothing useful was written). */
size_t sse_encode_into(char *out, size_t outsz, int64_t id, const char *event, const char *data,
                       size_t len);

#endif
