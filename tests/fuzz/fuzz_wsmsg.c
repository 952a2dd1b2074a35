// FUZZ_SOURCES: src/wsmsg.c src/ws.c src/wsz.c src/utf8.c src/buf.c src/rcbuf.c src/xmalloc.c
// src/crier.c
// FUZZ_LIBS: -lz
/*
 * fuzz_wsmsg: what a WebSocket subscriber may say, through the same path as
 * on a connection: the frame decoder (input fed in random fragments, the
 * first two bytes seed their sizes) delivers text messages, and each goes to
 * wsmsg_parse. Checks: the result is a known type; a resume position is
 * never negative and survives a round trip through its canonical form (so a
 * position like 9223372036854775807 is taken as it is, never wrapped); and a
 * message that is not a JSON object with a string type is BAD_JSON.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "crier.h"
#include "ws.h"
#include "wsmsg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int on_message(void *arg, int opcode, const uint8_t *p, size_t len)
{
    int64_t after = -1;
    (void)arg;
    if (opcode != WS_OP_TEXT)
        return 0;
    int kind = wsmsg_parse(p, len, &after);
    if (kind < WSMSG_BAD_JSON || kind > WSMSG_INVALID)
        abort();
    if (kind == WSMSG_RESUME) {
        char again[64];
        int64_t back = -1;
        if (after < 0)
            abort();
        int n = snprintf(again, sizeof again, "{\"type\":\"resume\",\"after\":%" PRId64 "}", after);
        if (wsmsg_parse((const uint8_t *)again, (size_t)n, &back) != WSMSG_RESUME || back != after)
            abort();
    }
    /* BAD_JSON exactly when jansson sees no object with a string "type". */
    json_t *j = json_loadb((const char *)p, len, JSON_REJECT_DUPLICATES, NULL);
    int typed = j && json_is_object(j) && json_is_string(json_object_get(j, "type"));
    json_decref(j);
    if (typed != (kind != WSMSG_BAD_JSON))
        abort();
    return 0;
}

static uint32_t next(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct ws_decoder d;
    uint16_t code = 0;
    size_t i = 0;

    if (size < 2)
        return 0;
    uint32_t seed = (uint32_t)data[0] << 8 | data[1] | 0x10000;
    data += 2;
    size -= 2;
    ws_decoder_init(&d, 4096); /* the stream's limit (STREAM_WS_MAX_MESSAGE) */
    int rc = 0;
    while (i < size && rc == 0) {
        size_t n = 1 + next(&seed) % 64;
        if (n > size - i)
            n = size - i;
        rc = ws_decoder_feed(&d, data + i, n, on_message, NULL, &code);
        i += n;
    }
    ws_decoder_free(&d);
    return 0;
}
