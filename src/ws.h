/*
 * ws: RFC 6455 WebSocket framing, server side. Server frames are unmasked, so
 * one encoded frame serves every subscriber. The decoder reads client frames
 * incrementally and enforces the RFC: client frames must be masked, reserved
 * bits and opcodes are errors, control frames are <= 125 bytes and never
 * fragmented, continuation order is checked, text must be valid UTF-8
 * (checked incrementally), and a message longer than the limit fails as soon
 * as its length is read, before anything is allocated. With permessage-
 * deflate negotiated (wsz.h), a data message may be compressed (RSV1 on its
 * first frame): it is inflated whole, to the same limit, and its text then
 * checked. An idle decoder holds no heap memory. Loop-thread only per
 * decoder; the encoders are pure.
 */
#ifndef CRIER_WS_H
#define CRIER_WS_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "rcbuf.h"

enum ws_opcode {
    WS_OP_CONT = 0x0,
    WS_OP_TEXT = 0x1,
    WS_OP_BINARY = 0x2,
    WS_OP_CLOSE = 0x8,
    WS_OP_PING = 0x9,
    WS_OP_PONG = 0xA,
};

enum ws_close_code {
    WS_CLOSE_NORMAL = 1000,
    WS_CLOSE_GOING_AWAY = 1001,
    WS_CLOSE_PROTOCOL = 1002,
    WS_CLOSE_UNSUPPORTED = 1003,
    WS_CLOSE_BAD_DATA = 1007, /* invalid UTF-8 */
    WS_CLOSE_POLICY = 1008,   /* also used with reason "slow" */
    WS_CLOSE_TOO_BIG = 1009,
    WS_CLOSE_INTERNAL = 1011,
    WS_CLOSE_TRY_AGAIN = 1013, /* reason "unavailable": access could not be checked */
};

/* base64(SHA-1(key + GUID)) into out (29 bytes incl. NUL). Returns 0, or
 * -EINVAL when key is not a base64 encoding of 16 bytes (24 chars). */
int ws_accept_key(const char *key, char out[29]);

/* Writes a FIN, unmasked frame header for payload_len into out; returns its
 * size (2, 4 or 10). */
size_t ws_frame_header(uint8_t out[10], int opcode, uint64_t payload_len);
/* One whole unmasked frame (header + payload) in a new refcounted buffer. */
struct rcbuf *ws_encode(int opcode, const void *payload, size_t len);
/* The payload of a whole unmasked frame f (one ws_encode() built), and
 * its length in *len. */
const uint8_t *ws_frame_payload(const struct rcbuf *f, size_t *len);
/* The same text frame compressed for permessage-deflate (wsz.h): RSV1 set,
 * the same bytes for every connection that negotiated it. NULL if zlib
 * fails (the caller sends the plain frame instead). */
struct rcbuf *ws_encode_z(const void *payload, size_t len);
/* A close frame with code and reason (reason cut to fit 123 bytes) into out,
 * which must hold 129 bytes; returns the frame size. */
size_t ws_close_frame(uint8_t out[129], uint16_t code, const char *reason);

struct ws_decoder {
    size_t max_message; /* limit on one (reassembled) message payload */
    uint64_t need;      /* private: payload bytes left in the current frame */
    uint32_t utf8;      /* private: incremental UTF-8 state of the current text message */
    uint8_t hdr[14];    /* private: partial frame header */
    uint8_t hdr_len;    /* private */
    uint8_t mask[4];    /* private */
    uint8_t mask_pos;   /* private */
    uint8_t opcode;     /* private: opcode of the current frame */
    uint8_t msg_opcode; /* private: opcode of the message being reassembled, 0 none */
    uint8_t fin;        /* private */
    uint8_t state;      /* private */
    uint8_t deflate;    /* permessage-deflate negotiated: RSV1 marks a compressed message */
    uint8_t msg_z;      /* private: the message being reassembled is compressed */
    struct buf msg;     /* private: data message being reassembled */
    struct buf ctl;     /* private: control frame payload (<= 125) */
};

/* A complete message or control frame. For WS_OP_CLOSE data is the raw close
 * payload. Return 0 to go on, or non-zero to stop feeding (that value is then
 * returned by ws_decoder_feed). */
typedef int (*ws_message_cb)(void *arg, int opcode, const uint8_t *data, size_t len);

void ws_decoder_init(struct ws_decoder *d, size_t max_message);
void ws_decoder_free(struct ws_decoder *d);
/*
 * Consumes all len bytes (unmasking into private buffers; data is not
 * modified) and calls cb per message. Returns 0, the callback's non-zero
 * value, or CRIER_EPROTO with *close_code set to 1002 (protocol), 1007 (bad
 * UTF-8, or a compressed message that does not inflate) or 1009 (too big,
 * before or after inflating). After an error the decoder must not be fed
 * again.
 */
int ws_decoder_feed(struct ws_decoder *d, const uint8_t *data, size_t len, ws_message_cb cb,
                    void *arg, uint16_t *close_code);

#endif
