// FUZZ_SOURCES: src/ws.c src/wsz.c src/utf8.c src/buf.c src/rcbuf.c src/xmalloc.c src/crier.c
// FUZZ_LIBS: -lz
/*
 * fuzz_ws: the WebSocket frame decoder. The first four input bytes choose the
 * message limit, where the callback stops, and a seed for random fragment
 * sizes; the rest is fed once whole and once in those fragments, and the two
 * runs must agree exactly (messages delivered, return value, close code).
 * Also checks that an idle decoder holds no heap memory, that every
 * delivered text message and close reason is valid UTF-8, and, with
 * permessage-deflate negotiated (the seed's high bit), that no inflated
 * message passes the limit.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "crier.h"
#include "utf8.h"
#include "ws.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct result {
    size_t max;
    struct buf log;
    int count;
    int stop_after;
    int rc;
    uint16_t code;
};

static int on_message(void *arg, int opcode, const uint8_t *p, size_t len)
{
    struct result *r = arg;
    uint8_t h[9];

    if (opcode == WS_OP_TEXT && !utf8_valid(p, len))
        abort();
    if (opcode == WS_OP_CLOSE && (len == 1 || (len > 2 && !utf8_valid(p + 2, len - 2))))
        abort();
    if ((opcode == WS_OP_CLOSE || opcode == WS_OP_PING || opcode == WS_OP_PONG) && len > 125)
        abort();
    if ((opcode == WS_OP_TEXT || opcode == WS_OP_BINARY) && len > r->max)
        abort();
    h[0] = (uint8_t)opcode;
    for (int i = 0; i < 8; i++)
        h[1 + i] = (uint8_t)((uint64_t)len >> (8 * i));
    if (buf_append(&r->log, h, 9) || buf_append(&r->log, p, len))
        abort();
    r->count++;
    return r->stop_after && r->count == r->stop_after ? 7 : 0;
}

static uint32_t next(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

/* Feeds in fragments drawn from seed (seed 0: all at once). */
static void run(struct result *r, const uint8_t *in, size_t len, size_t max, int deflate,
                int stop_after, uint32_t seed, unsigned max_frag)
{
    struct ws_decoder d;
    size_t i = 0;

    buf_init(&r->log, (size_t)1 << 30);
    r->count = 0;
    r->stop_after = stop_after;
    r->rc = 0;
    r->code = 0;
    r->max = max;
    ws_decoder_init(&d, max);
    d.deflate = (uint8_t)deflate;
    while (i < len && r->rc == 0) {
        size_t n = seed ? 1 + next(&seed) % max_frag : len;
        if (n > len - i)
            n = len - i;
        r->rc = ws_decoder_feed(&d, in + i, n, on_message, r, &r->code);
        i += n;
        /* Between messages (no partial header, no message in progress), no heap. */
        if (r->rc == 0 && d.state == 0 && d.hdr_len == 0 && d.msg_opcode == 0 &&
            (d.msg.data || d.ctl.data))
            abort();
        if (d.ctl.data && d.ctl.cap > 126)
            abort();
    }
    if (r->rc != 0 && r->rc != 7 && r->rc != CRIER_EPROTO)
        abort();
    if (r->rc == CRIER_EPROTO && r->code != 1002 && r->code != 1007 && r->code != 1009)
        abort();
    ws_decoder_free(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct result whole, parts;

    if (size < 4)
        return 0;
    /* Small limits reach the 1009 paths; 0 means a generous one. */
    size_t max = data[0] ? (size_t)data[0] * 16 : (size_t)1 << 20;
    int stop_after = data[1] & 7;
    int deflate = data[2] >> 7;
    uint32_t seed = (uint32_t)data[2] << 8 | data[3] | 0x10000;
    unsigned max_frag = 1 + (data[1] >> 3) * 4;
    data += 4;
    size -= 4;

    run(&whole, data, size, max, deflate, stop_after, 0, 0);
    run(&parts, data, size, max, deflate, stop_after, seed, max_frag);
    if (whole.rc != parts.rc || whole.code != parts.code || whole.count != parts.count ||
        whole.log.len != parts.log.len ||
        (whole.log.len && memcmp(whole.log.data, parts.log.data, whole.log.len) != 0))
        abort();
    buf_free(&whole.log);
    buf_free(&parts.log);
    return 0;
}
