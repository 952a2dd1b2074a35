/*
 * wsz: the permessage-deflate extension of WebSocket (RFC 7692), server
 * side, in the one form that lets a compressed event be shared: no context
 * takeover either way. Each message is compressed from a fresh state, so an
 * event's compressed frame is the same bytes for every subscriber that
 * negotiated the extension, and is built once per event (ws_encode_z(),
 * hub.c); each client message is inflated on its own, to a bounded size
 * (ws.c's decoder).
 *
 * Negotiation takes the first offer it can honour and answers
 * "permessage-deflate; server_no_context_takeover; client_no_context_takeover"
 * (both parameters may be answered unoffered: RFC 7692 7.1.1.1 and 7.1.1.2).
 * An offer that limits the server's window below 15 bits, repeats a
 * parameter, or holds one this module does not know is declined; with no
 * offer left the connection speaks plain frames.
 */
#ifndef CRIER_WSZ_H
#define CRIER_WSZ_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* The response header for an accepted offer, CRLF included. */
#define WSZ_RESPONSE_HEADER                                                                        \
    "Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover; "                   \
    "client_no_context_takeover\r\n"

/* Whether the Sec-WebSocket-Extensions value offers (NULL: no header)
 * hold a permessage-deflate offer this server accepts. */
int wsz_accepts(const char *offers);

/* payload[0..len) compressed as one message (raw deflate from a fresh
 * state, ended by a sync flush whose empty block is left off) into out,
 * which it empties first. 0, -ENOBUFS past out's limit, or -ENOMEM /
 * -EINVAL if zlib fails. Any thread. */
int wsz_deflate(const void *payload, size_t len, struct buf *out);

/* Inflates one client message in[0..n) (its frames' payloads, joined)
 * into out, which it empties first. 0; -E2BIG past max bytes (the
 * connection's message limit: what a small message may expand to is
 * bounded before it is held); -EINVAL when it is no valid deflate data. */
int wsz_inflate(const uint8_t *in, size_t n, size_t max, struct buf *out);

#endif
