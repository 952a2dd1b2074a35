/* ws: accept key, frame encoding, and the incremental client-frame decoder
 * with every RFC 6455 error it must catch and the close code it answers. */
#include "tap.h"

#include <errno.h>
#include <stdlib.h>

#include "crier.h"
#include "utf8.h"
#include "ws.h"
#include "wsz.h"

static const uint8_t MASK[4] = {0x37, 0xfa, 0x21, 0x3d};

/* Appends one client frame: b0 is FIN|RSV|opcode as given, masked with MASK
 * unless masked is 0. Returns the new length of out. */
static size_t frame_raw(uint8_t *out, size_t at, uint8_t b0, int masked, const void *payload,
                        size_t len)
{
    uint8_t *p = out + at;
    const uint8_t *src = payload;
    size_t h = 0;

    p[h++] = b0;
    if (len <= 125) {
        p[h++] = (uint8_t)((masked ? 0x80 : 0) | len);
    } else if (len <= 0xFFFF) {
        p[h++] = (uint8_t)((masked ? 0x80 : 0) | 126);
        p[h++] = (uint8_t)(len >> 8);
        p[h++] = (uint8_t)len;
    } else {
        p[h++] = (uint8_t)((masked ? 0x80 : 0) | 127);
        for (int i = 0; i < 8; i++)
            p[h++] = (uint8_t)((uint64_t)len >> (56 - 8 * i));
    }
    if (masked) {
        memcpy(p + h, MASK, 4);
        h += 4;
    }
    for (size_t i = 0; i < len; i++)
        p[h + i] = (uint8_t)(src[i] ^ (masked ? MASK[i & 3] : 0));
    return at + h + len;
}

static size_t frame(uint8_t *out, size_t at, int fin, int opcode, const void *payload, size_t len)
{
    return frame_raw(out, at, (uint8_t)((fin ? 0x80 : 0) | opcode), 1, payload, len);
}

/* What a decoder run produced: every delivered message in order. */
struct run {
    struct buf log;
    int count;
    int stop_after; /* callback returns 99 after this many messages; 0 never */
    int rc;
    uint16_t code;
};

static int record(void *arg, int opcode, const uint8_t *data, size_t len)
{
    struct run *r = arg;
    uint8_t h[9];

    h[0] = (uint8_t)opcode;
    for (int i = 0; i < 8; i++)
        h[1 + i] = (uint8_t)((uint64_t)len >> (8 * i));
    buf_append(&r->log, h, 9);
    buf_append(&r->log, data, len);
    r->count++;
    return r->stop_after && r->count == r->stop_after ? 99 : 0;
}

/* Whether run()'s decoders have permessage-deflate negotiated. */
static int g_deflate;

/* Feeds in chunks of `chunk` bytes (0: all at once), stopping at the first
 * non-zero return, as a connection would. */
static void run(struct run *r, const uint8_t *in, size_t len, size_t max, size_t chunk)
{
    struct ws_decoder d;
    size_t i = 0;

    buf_init(&r->log, SIZE_MAX / 2);
    r->count = 0;
    r->rc = 0;
    r->code = 0;
    ws_decoder_init(&d, max);
    d.deflate = (uint8_t)g_deflate;
    if (chunk == 0)
        chunk = len ? len : 1;
    while (i < len && r->rc == 0) {
        size_t n = len - i < chunk ? len - i : chunk;
        r->rc = ws_decoder_feed(&d, in + i, n, record, r, &r->code);
        i += n;
    }
    if (len == 0)
        r->rc = ws_decoder_feed(&d, in, 0, record, r, &r->code);
    ws_decoder_free(&d);
}

static void run_free(struct run *r)
{
    buf_free(&r->log);
}

/* The n-th logged message (0-based) as opcode and pointer/length. */
static int msg_at(const struct run *r, int n, const uint8_t **data, size_t *len)
{
    size_t at = 0;
    for (;;) {
        if (at + 9 > r->log.len)
            return -1;
        uint64_t l = 0;
        for (int i = 7; i >= 0; i--)
            l = l << 8 | (uint8_t)r->log.data[at + 1 + i];
        if (n-- == 0) {
            *data = (const uint8_t *)r->log.data + at + 9;
            *len = (size_t)l;
            return (uint8_t)r->log.data[at];
        }
        at += 9 + l;
    }
}

static int same_run(const struct run *a, const struct run *b)
{
    return a->rc == b->rc && a->code == b->code && a->count == b->count &&
           a->log.len == b->log.len &&
           (a->log.len == 0 || memcmp(a->log.data, b->log.data, a->log.len) == 0);
}

/* Runs one-shot, byte at a time and in 3-byte chunks; checks they agree and
 * returns the one-shot result in *r. */
static void run3(struct run *r, const uint8_t *in, size_t len, size_t max, const char *what)
{
    struct run b1 = {0}, b3 = {0};
    b1.stop_after = b3.stop_after = r->stop_after;
    run(r, in, len, max, 0);
    run(&b1, in, len, max, 1);
    run(&b3, in, len, max, 3);
    ok(same_run(r, &b1) && same_run(r, &b3), "%s: byte-at-a-time and 3-byte chunks agree", what);
    run_free(&b1);
    run_free(&b3);
}

/* Expects the input to fail with code after delivering `msgs` messages. */
static void expect_fail(const uint8_t *in, size_t len, size_t max, int msgs, uint16_t code,
                        const char *what)
{
    struct run r = {0};
    run3(&r, in, len, max, what);
    if (!tap_ok(r.rc == CRIER_EPROTO && r.code == code && r.count == msgs, __FILE__, __LINE__,
                "%s: fails with %u", what, code))
        printf("#   rc %d code %u messages %d\n", r.rc, r.code, r.count);
    run_free(&r);
}

static void expect_text(const uint8_t *in, size_t len, size_t max, const char *want,
                        const char *what)
{
    struct run r = {0};
    const uint8_t *d;
    size_t n;
    run3(&r, in, len, max, what);
    int op = msg_at(&r, 0, &d, &n);
    ok(r.rc == 0 && r.count == 1 && op == WS_OP_TEXT && n == strlen(want) &&
           memcmp(d, want, n) == 0,
       "%s: delivers the text", what);
    run_free(&r);
}

static void test_accept_key(void)
{
    char out[29];
    is_int(ws_accept_key("dGhlIHNhbXBsZSBub25jZQ==", out), 0, "RFC 6455 1.3 key accepted");
    /* RFC 6455 section 1.3 prints this value (note "9kYG"). */
    is_str(out, "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", "RFC 6455 1.3 accept value");
    is_int(ws_accept_key("x3JJHMbDL1EzLkh9GBhXDw==", out), 0, "RFC 4.2.2-style key");
    is_str(out, "HSmrc0sMlYUkAGmm5OPpG2HaGWk=", "its accept value");
    is_int(ws_accept_key("", out), -EINVAL, "empty key");
    is_int(ws_accept_key("dGhlIHNhbXBsZSBub25jZQ=", out), -EINVAL, "23 chars");
    is_int(ws_accept_key("dGhlIHNhbXBsZSBub25jZQ===", out), -EINVAL, "25 chars");
    is_int(ws_accept_key("dGhlIHNhbXBsZSBub25jZQAA", out), -EINVAL, "no padding (18 bytes)");
    is_int(ws_accept_key("dGhlIHNhbXBsZSBub25jZ===", out), -EINVAL, "15 bytes");
    is_int(ws_accept_key("dGhlIHNhbXBsZSBub25j!Q==", out), -EINVAL, "bad character");
    is_int(ws_accept_key("dGhlIHNhbXBsZSBub25j Q==", out), -EINVAL, "space inside");
}

static void test_encode(void)
{
    uint8_t h[10];
    static const size_t lens[] = {0, 125, 126, 65535, 65536};
    static const size_t sizes[] = {2, 2, 4, 4, 10};
    for (int i = 0; i < 5; i++)
        is_int(ws_frame_header(h, WS_OP_TEXT, lens[i]), sizes[i], "header size for %zu", lens[i]);

    ws_frame_header(h, WS_OP_TEXT, 125);
    ok(h[0] == 0x81 && h[1] == 125, "125: FIN|text, 7-bit length, no mask bit");
    ws_frame_header(h, WS_OP_BINARY, 126);
    ok(h[0] == 0x82 && h[1] == 126 && h[2] == 0 && h[3] == 126, "126: 16-bit length");
    ws_frame_header(h, WS_OP_TEXT, 65535);
    ok(h[1] == 126 && h[2] == 0xff && h[3] == 0xff, "65535: 16-bit length");
    ws_frame_header(h, WS_OP_TEXT, 65536);
    ok(h[1] == 127 && h[2] == 0 && h[3] == 0 && h[4] == 0 && h[5] == 0 && h[6] == 0 && h[7] == 1 &&
           h[8] == 0 && h[9] == 0,
       "65536: 64-bit length");

    struct rcbuf *b = ws_encode(WS_OP_TEXT, "Hello", 5);
    is_int(b->len, 7, "unmasked Hello is 7 bytes");
    ok(memcmp(b->data, "\x81\x05Hello", 7) == 0, "RFC 5.7 single-frame unmasked text");
    rcbuf_unref(b);
    b = ws_encode(WS_OP_PING, "", 0);
    ok(b->len == 2 && memcmp(b->data, "\x89\x00", 2) == 0, "empty ping");
    rcbuf_unref(b);
    char *big = calloc(1, 70000);
    b = ws_encode(WS_OP_BINARY, big, 70000);
    ok(b->len == 70010 && (uint8_t)b->data[1] == 127, "70000-byte binary frame");
    rcbuf_unref(b);
    free(big);

    uint8_t c[129];
    size_t n = ws_close_frame(c, 1000, "bye");
    ok(n == 7 && memcmp(c,
                        "\x88\x05\x03\xe8"
                        "bye",
                        7) == 0,
       "close 1000 bye");
    n = ws_close_frame(c, WS_CLOSE_POLICY, "slow");
    ok(n == 8 && memcmp(c,
                        "\x88\x06\x03\xf0"
                        "slow",
                        8) == 0,
       "close 1008 slow");
    n = ws_close_frame(c, 1001, NULL);
    ok(n == 4 && memcmp(c, "\x88\x02\x03\xe9", 4) == 0, "close without reason");
    n = ws_close_frame(c, 0, "ignored");
    ok(n == 2 && memcmp(c, "\x88\x00", 2) == 0, "code 0: empty close payload");
    char lng[300];
    memset(lng, 'r', sizeof lng - 1);
    lng[sizeof lng - 1] = '\0';
    n = ws_close_frame(c, 1000, lng);
    ok(n == 127 && c[1] == 125 && c[126] == 'r', "long reason cut to 123 bytes");
    /* 62 two-byte characters = 124 bytes: byte 123 is mid-character, cut before it. */
    char acc[200];
    for (int i = 0; i < 62; i++)
        memcpy(acc + 2 * i, "\xc3\xa9", 3);
    n = ws_close_frame(c, 1000, acc);
    ok(n == 2 + 2 + 122 && utf8_valid(c + 4, n - 4), "reason cut on a character boundary");
}

static void test_decode_ok(void)
{
    /* RFC 6455 5.7: a single-frame masked text message containing "Hello". */
    static const uint8_t hello[] = {0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d,
                                    0x7f, 0x9f, 0x4d, 0x51, 0x58};
    expect_text(hello, sizeof hello, 1024, "Hello", "RFC 5.7 masked Hello");
    expect_text(hello, sizeof hello, 5, "Hello", "message exactly at the limit");

    uint8_t in[80000];
    size_t n;

    /* RFC 5.7 fragmented "Hel" + "lo", masked. */
    n = frame(in, 0, 0, WS_OP_TEXT, "Hel", 3);
    n = frame(in, n, 1, WS_OP_CONT, "lo", 2);
    expect_text(in, n, 1024, "Hello", "fragmented text");

    /* A ping between fragments is delivered first, then the whole text. */
    n = frame(in, 0, 0, WS_OP_TEXT, "Hel", 3);
    n = frame(in, n, 1, WS_OP_PING, "Hello", 5);
    n = frame(in, n, 0, WS_OP_CONT, "l", 1);
    n = frame(in, n, 1, WS_OP_PONG, "", 0);
    n = frame(in, n, 1, WS_OP_CONT, "o", 1);
    struct run r = {0};
    const uint8_t *d;
    size_t len;
    run3(&r, in, n, 1024, "ping between fragments");
    is_int(r.count, 3, "ping, pong, text");
    ok(msg_at(&r, 0, &d, &len) == WS_OP_PING && len == 5 && memcmp(d, "Hello", 5) == 0,
       "ping payload delivered");
    ok(msg_at(&r, 1, &d, &len) == WS_OP_PONG && len == 0, "empty pong delivered");
    ok(msg_at(&r, 2, &d, &len) == WS_OP_TEXT && len == 5 && memcmp(d, "Hello", 5) == 0,
       "text reassembled around control frames");
    run_free(&r);

    /* A code point split across fragments is fine. */
    n = frame(in, 0, 0, WS_OP_TEXT, "\xc3", 1);
    n = frame(in, n, 0, WS_OP_CONT, "", 0);
    n = frame(in, n, 1, WS_OP_CONT, "\xa9t\xc3\xa9", 4);
    expect_text(in, n, 1024, "\xc3\xa9t\xc3\xa9", "code point split across fragments");

    /* Empty messages. */
    n = frame(in, 0, 1, WS_OP_TEXT, "", 0);
    expect_text(in, n, 0, "", "empty text with max_message 0");

    /* 16- and 64-bit lengths, binary with non-UTF-8 bytes. */
    static uint8_t payload[70000];
    for (size_t i = 0; i < sizeof payload; i++)
        payload[i] = (uint8_t)(i * 7 + 0x80);
    n = frame(in, 0, 1, WS_OP_BINARY, payload, 300);
    n = frame(in, n, 1, WS_OP_BINARY, payload, 70000 - 300 - 30);
    run3(&r, in, n, 70000, "binary with 16- and 64-bit lengths");
    ok(r.rc == 0 && r.count == 2, "two binary messages");
    ok(msg_at(&r, 0, &d, &len) == WS_OP_BINARY && len == 300 && memcmp(d, payload, 300) == 0,
       "300-byte binary unmasked");
    ok(msg_at(&r, 1, &d, &len) == WS_OP_BINARY && len == 69670 && memcmp(d, payload, len) == 0,
       "69670-byte binary unmasked");
    run_free(&r);

    /* Non-minimal length encoding is accepted: 5 bytes in a 16-bit length. */
    static const uint8_t nonmin[] = {0x81, 0xfe, 0x00, 0x05, 0, 0, 0, 0, 'H', 'e', 'l', 'l', 'o'};
    expect_text(nonmin, sizeof nonmin, 1024, "Hello", "non-minimal 16-bit length");

    /* Close frames: delivered with payload, and what follows is ignored. */
    n = frame(in, 0, 1, WS_OP_CLOSE,
              "\x03\xe8"
              "bye",
              5);
    n = frame_raw(in, n, 0xff, 0, "junk", 4);
    run3(&r, in, n, 1024, "close then junk");
    ok(r.rc == 0 && r.count == 1 && msg_at(&r, 0, &d, &len) == WS_OP_CLOSE && len == 5 &&
           memcmp(d,
                  "\x03\xe8"
                  "bye",
                  5) == 0,
       "close delivered with its payload; the rest is ignored");
    run_free(&r);
    n = frame(in, 0, 1, WS_OP_CLOSE, "", 0);
    run3(&r, in, n, 1024, "empty close");
    ok(r.rc == 0 && r.count == 1 && msg_at(&r, 0, &d, &len) == WS_OP_CLOSE && len == 0,
       "empty close delivered");
    run_free(&r);

    /* Valid close codes. */
    static const unsigned good[] = {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010,
                                    1011, 1012, 1013, 1014, 3000, 3999, 4000, 4999};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        uint8_t p[2] = {(uint8_t)(good[i] >> 8), (uint8_t)good[i]};
        n = frame(in, 0, 1, WS_OP_CLOSE, p, 2);
        run(&r, in, n, 16, 0);
        ok(r.rc == 0 && r.count == 1, "close code %u accepted", good[i]);
        run_free(&r);
    }
    n = frame(in, 0, 1, WS_OP_CLOSE, "\x03\xe8\xc3\xa9t\xc3\xa9", 7);
    run(&r, in, n, 16, 0);
    ok(r.rc == 0 && r.count == 1, "close with UTF-8 reason accepted");
    run_free(&r);

    /* Callback's non-zero value stops feeding and is returned. */
    n = frame(in, 0, 1, WS_OP_TEXT, "a", 1);
    n = frame(in, n, 1, WS_OP_TEXT, "b", 1);
    n = frame(in, n, 1, WS_OP_TEXT, "c", 1);
    r.stop_after = 2;
    run(&r, in, n, 16, 0);
    ok(r.rc == 99 && r.count == 2, "callback's 99 stops after the second message");
    run_free(&r);
    r.stop_after = 0;
}

static void test_decode_errors(void)
{
    uint8_t in[300];
    size_t n;
    char name[64];

    /* RFC 5.7's unmasked Hello is what a server must refuse from a client. */
    expect_fail((const uint8_t *)"\x81\x05Hello", 7, 1024, 0, 1002, "unmasked client frame");
    for (int rsv = 1; rsv <= 4; rsv <<= 1) {
        n = frame_raw(in, 0, (uint8_t)(0x81 | rsv << 4), 1, "x", 1);
        snprintf(name, sizeof name, "RSV bit 0x%x", rsv << 4);
        expect_fail(in, n, 1024, 0, 1002, name);
    }
    static const int bad_ops[] = {3, 4, 5, 6, 7, 0xB, 0xC, 0xD, 0xE, 0xF};
    for (size_t i = 0; i < sizeof bad_ops / sizeof bad_ops[0]; i++) {
        n = frame(in, 0, 1, bad_ops[i], "x", 1);
        snprintf(name, sizeof name, "opcode 0x%X", bad_ops[i]);
        expect_fail(in, n, 1024, 0, 1002, name);
    }
    n = frame(in, 0, 0, WS_OP_PING, "x", 1);
    expect_fail(in, n, 1024, 0, 1002, "fragmented ping");
    n = frame(in, 0, 0, WS_OP_CLOSE, "", 0);
    expect_fail(in, n, 1024, 0, 1002, "fragmented close");
    static uint8_t p126[126];
    n = frame(in, 0, 1, WS_OP_PING, p126, 126);
    expect_fail(in, n, 1024, 0, 1002, "ping of 126 bytes");
    n = frame(in, 0, 1, WS_OP_PONG, p126, 125);
    {
        struct run r = {0};
        run(&r, in, n, 16, 0);
        ok(r.rc == 0 && r.count == 1, "pong of 125 bytes is fine even over max_message");
        run_free(&r);
    }
    n = frame(in, 0, 1, WS_OP_CONT, "x", 1);
    expect_fail(in, n, 1024, 0, 1002, "continuation without a message");
    n = frame(in, 0, 1, WS_OP_TEXT, "a", 1);
    n = frame(in, n, 1, WS_OP_CONT, "x", 1);
    expect_fail(in, n, 1024, 1, 1002, "continuation after a finished message");
    n = frame(in, 0, 0, WS_OP_TEXT, "a", 1);
    n = frame(in, n, 1, WS_OP_TEXT, "b", 1);
    expect_fail(in, n, 1024, 0, 1002, "new text while a message is fragmented");
    n = frame(in, 0, 0, WS_OP_BINARY, "a", 1);
    n = frame(in, n, 1, WS_OP_BINARY, "b", 1);
    expect_fail(in, n, 1024, 0, 1002, "new binary while a message is fragmented");

    static const uint8_t hibit[] = {0x82, 0xff, 0x80, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0};
    expect_fail(hibit, sizeof hibit, SIZE_MAX, 0, 1002, "64-bit length with the high bit");

    n = frame(in, 0, 1, WS_OP_TEXT, "Hello", 5);
    expect_fail(in, n, 4, 0, 1009, "5-byte text over a 4-byte limit");
    n = frame(in, 0, 0, WS_OP_TEXT, "Hel", 3);
    n = frame(in, n, 1, WS_OP_CONT, "lo", 2);
    expect_fail(in, n, 4, 0, 1009, "fragments summing past the limit");
    n = frame(in, 0, 1, WS_OP_BINARY, p126, 126);
    expect_fail(in, n, 125, 0, 1009, "16-bit length past the limit");

    n = frame(in, 0, 1, WS_OP_TEXT, "caf\xc3", 4);
    expect_fail(in, n, 1024, 0, 1007, "text ending in the middle of a code point");
    n = frame(in, 0, 0, WS_OP_TEXT, "caf\xc3", 4);
    n = frame(in, n, 1, WS_OP_CONT, "", 0);
    expect_fail(in, n, 1024, 0, 1007, "fragmented text ending mid code point fails at FIN");
    n = frame(in, 0, 1, WS_OP_TEXT, "\xed\xa0\x80", 3);
    expect_fail(in, n, 1024, 0, 1007, "surrogate in text");
    n = frame(in, 0, 1, WS_OP_TEXT, "\xc0\xaf", 2);
    expect_fail(in, n, 1024, 0, 1007, "overlong in text");

    /* Invalid UTF-8 in a first, unfinished fragment fails at once. */
    {
        struct ws_decoder d;
        struct run r = {0};
        uint16_t code = 0;
        buf_init(&r.log, 1 << 20);
        ws_decoder_init(&d, 1024);
        n = frame(in, 0, 0, WS_OP_TEXT,
                  "ok\xff"
                  "more",
                  7);
        int rc = ws_decoder_feed(&d, in, 2 + 4 + 3, record, &r, &code);
        ok(rc == CRIER_EPROTO && code == 1007, "bad byte in the first fragment fails at once");
        code = 0;
        rc = ws_decoder_feed(&d, in + 9, n - 9, record, &r, &code);
        ok(rc == CRIER_EPROTO && code == 1007 && r.count == 0, "and stays failed");
        ws_decoder_free(&d);
        run_free(&r);
    }

    /* Close code and reason are checked as they arrive, too. */
    {
        struct ws_decoder d;
        struct run r = {0};
        uint16_t code = 0;
        buf_init(&r.log, 1 << 20);
        ws_decoder_init(&d, 1024);
        n = frame(in, 0, 1, WS_OP_CLOSE,
                  "\x03\xe8"
                  "ab\xff"
                  "cdef",
                  9);
        int rc = ws_decoder_feed(&d, in, 6 + 5, record, &r, &code);
        ok(rc == CRIER_EPROTO && code == 1007, "bad byte in a close reason fails at once");
        ws_decoder_free(&d);
        ws_decoder_init(&d, 1024);
        code = 0;
        n = frame(in, 0, 1, WS_OP_CLOSE,
                  "\x03\xed"
                  "abcdef",
                  8);
        rc = ws_decoder_feed(&d, in, 6 + 2, record, &r, &code);
        ok(rc == CRIER_EPROTO && code == 1002, "bad close code fails once its two bytes are in");
        ws_decoder_free(&d);
        run_free(&r);
    }
    n = frame(in, 0, 0, WS_OP_TEXT, "caf\xc3", 4);
    n = frame(in, n, 1, WS_OP_CLOSE,
              "\x03\xe8"
              "ok",
              4);
    {
        struct run r = {0};
        const uint8_t *dp;
        size_t dl;
        run3(&r, in, n, 1024, "close inside a text message cut mid-character");
        ok(r.rc == 0 && r.count == 1 && msg_at(&r, 0, &dp, &dl) == WS_OP_CLOSE && dl == 4,
           "close accepted; the interrupted text is dropped");
        run_free(&r);
    }

    n = frame(in, 0, 1, WS_OP_CLOSE, "\x03", 1);
    expect_fail(in, n, 1024, 0, 1002, "close payload of one byte");
    static const unsigned bad_codes[] = {0,    999,  1004, 1005, 1006, 1015,
                                         1016, 2000, 2999, 5000, 65535};
    for (size_t i = 0; i < sizeof bad_codes / sizeof bad_codes[0]; i++) {
        uint8_t p[2] = {(uint8_t)(bad_codes[i] >> 8), (uint8_t)bad_codes[i]};
        n = frame(in, 0, 1, WS_OP_CLOSE, p, 2);
        snprintf(name, sizeof name, "close code %u", bad_codes[i]);
        expect_fail(in, n, 1024, 0, 1002, name);
    }
    n = frame(in, 0, 1, WS_OP_CLOSE, "\x03\xe8\xff", 3);
    expect_fail(in, n, 1024, 0, 1007, "close reason not UTF-8");
    n = frame(in, 0, 1, WS_OP_CLOSE,
              "\x03\xe8"
              "ab\xc3",
              5);
    expect_fail(in, n, 1024, 0, 1007, "close reason truncated code point");

    /* Errors after good messages keep the messages. */
    n = frame(in, 0, 1, WS_OP_TEXT, "one", 3);
    n = frame(in, n, 1, WS_OP_PING, "p", 1);
    n = frame_raw(in, n, 0x81, 0, "x", 1);
    expect_fail(in, n, 1024, 2, 1002, "unmasked after two good frames");
}

/* Records whether the decoder held heap memory when each message arrived. */
static int idle_check(void *arg, int opcode, const uint8_t *data, size_t len)
{
    (void)opcode, (void)data, (void)len;
    (*(int *)arg)++;
    return 0;
}

static void test_memory(void)
{
    struct ws_decoder d;
    uint16_t code = 0;
    int count = 0;
    uint8_t in[400];
    size_t n;

    ws_decoder_init(&d, (size_t)1 << 30);
    ok(d.msg.data == NULL && d.ctl.data == NULL, "a new decoder holds no heap memory");

    /* 2^40 declared: refused from the length bytes alone, nothing allocated. */
    static const uint8_t huge[] = {0x82, 0xff, 0, 0, 0, 1, 0, 0, 0, 0};
    int rc = ws_decoder_feed(&d, huge, sizeof huge, idle_check, &count, &code);
    ok(rc == CRIER_EPROTO && code == 1009,
       "2^40-byte frame fails with 1009 after the header alone");
    ok(d.msg.data == NULL && d.ctl.data == NULL, "nothing was allocated for it");
    ws_decoder_free(&d);

    /* A frame in progress allocates; a too-big continuation is refused from its header. */
    ws_decoder_init(&d, 1000);
    static uint8_t big[900];
    n = frame(in, 0, 0, WS_OP_BINARY, big, 200);
    rc = ws_decoder_feed(&d, in, n, idle_check, &count, &code);
    ok(rc == 0 && d.msg.data != NULL && d.msg.len == 200, "in-progress message is buffered");
    static const uint8_t cont[] = {0x00, 0xfe, 0x03, 0x21}; /* 801 bytes: 200 + 801 > 1000 */
    rc = ws_decoder_feed(&d, cont, sizeof cont, idle_check, &count, &code);
    ok(rc == CRIER_EPROTO && code == 1009,
       "continuation pushing the total past max: 1009 from the header");
    ws_decoder_free(&d);

    /* Between messages the decoder holds nothing. */
    ws_decoder_init(&d, 1000);
    n = frame(in, 0, 1, WS_OP_TEXT, "hello", 5);
    n = frame(in, n, 1, WS_OP_PING, "p", 1);
    n = frame(in, n, 0, WS_OP_BINARY, big, 100);
    n = frame(in, n, 1, WS_OP_CONT, big, 100);
    count = 0;
    rc = ws_decoder_feed(&d, in, n, idle_check, &count, &code);
    ok(rc == 0 && count == 3, "three messages delivered");
    ok(d.msg.data == NULL && d.ctl.data == NULL, "idle decoder holds no heap memory");
    ws_decoder_free(&d);
}

static void test_chunking(void)
{
    /* A long mixed stream, split at every point and fed in every chunk size. */
    static uint8_t in[4096];
    static uint8_t payload[600];
    size_t n = 0;
    for (size_t i = 0; i < sizeof payload; i++)
        payload[i] = (uint8_t)('a' + i % 26);
    n = frame(in, n, 1, WS_OP_TEXT,
              "\xc3\x89lys\xc3\xa9"
              "e \xc2\xab M. Dupont \xc2\xbb",
              25);
    n = frame(in, n, 0, WS_OP_TEXT, "\xf0\x9f", 2);
    n = frame(in, n, 1, WS_OP_PING, "ping", 4);
    n = frame(in, n, 1, WS_OP_CONT, "\x93\xb0", 2);
    n = frame(in, n, 1, WS_OP_BINARY, payload, sizeof payload);
    n = frame(in, n, 0, WS_OP_BINARY, payload, 130);
    n = frame(in, n, 0, WS_OP_CONT, "", 0);
    n = frame(in, n, 1, WS_OP_CONT, payload, 7);
    n = frame(in, n, 1, WS_OP_TEXT, "", 0);
    n = frame(in, n, 1, WS_OP_CLOSE,
              "\x03\xe8"
              "done",
              6);

    struct run whole = {0}, part = {0};
    run(&whole, in, n, 1000, 0);
    is_int(whole.count, 7, "mixed stream: seven messages");
    is_int(whole.rc, 0, "mixed stream: no error");

    int bad = 0;
    for (size_t chunk = 1; chunk <= 40; chunk++) {
        run(&part, in, n, 1000, chunk);
        bad += !same_run(&whole, &part);
        run_free(&part);
    }
    is_int(bad, 0, "chunk sizes 1..40 equal one-shot");

    bad = 0;
    for (size_t cut = 0; cut <= n; cut++) {
        struct ws_decoder d;
        buf_init(&part.log, SIZE_MAX / 2);
        part.count = 0;
        part.stop_after = 0;
        part.code = 0;
        ws_decoder_init(&d, 1000);
        part.rc = ws_decoder_feed(&d, in, cut, record, &part, &part.code);
        if (part.rc == 0)
            part.rc = ws_decoder_feed(&d, in + cut, n - cut, record, &part, &part.code);
        bad += !same_run(&whole, &part);
        ws_decoder_free(&d);
        run_free(&part);
    }
    is_int(bad, 0, "every two-way split equals one-shot");

    run_free(&whole);

    /* Same with a stream that ends in an error. */
    n = frame(in, 0, 1, WS_OP_TEXT, "fine", 4);
    n = frame(in, n, 0, WS_OP_TEXT, "ok \xe2\x82", 5);
    n = frame(in, n, 1, WS_OP_CONT, "x", 1);
    run(&whole, in, n, 1000, 0);
    bad = 0;
    for (size_t chunk = 1; chunk <= 20; chunk++) {
        run(&part, in, n, 1000, chunk);
        bad += !same_run(&whole, &part);
        run_free(&part);
    }
    ok(whole.rc == CRIER_EPROTO && whole.code == 1007 && whole.count == 1 && bad == 0,
       "a failing stream fails the same way in every chunk size");
    run_free(&whole);
}

/* RFC 7692 7.2.3.1: "Hello" compressed, without the sync flush's tail. */
static const uint8_t HELLO_Z[] = {0xf2, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00};

/* permessage-deflate negotiated: RSV1 on a data message's first frame
 * marks it compressed; it is inflated whole and its text then checked.
 * RSV1 anywhere else, or without the extension, is a protocol error; what
 * does not inflate, or inflates to bad UTF-8, is 1007; what inflates past
 * the limit, 1009. */
static void test_decode_deflate(void)
{
    uint8_t in[4096];
    size_t n;

    n = frame_raw(in, 0, 0x80 | 0x40 | WS_OP_TEXT, 1, HELLO_Z, sizeof HELLO_Z);
    g_deflate = 0;
    expect_fail(in, n, 1024, 0, WS_CLOSE_PROTOCOL, "RSV1 without the extension");
    g_deflate = 1;
    expect_text(in, n, 1024, "Hello", "a compressed text message");
    /* Fragmented: RSV1 on the first frame only. */
    n = frame_raw(in, 0, 0x40 | WS_OP_TEXT, 1, HELLO_Z, 3);
    n = frame_raw(in, n, 0x80 | WS_OP_CONT, 1, HELLO_Z + 3, sizeof HELLO_Z - 3);
    expect_text(in, n, 1024, "Hello", "a compressed message in two frames");
    n = frame_raw(in, 0, 0x40 | WS_OP_TEXT, 1, HELLO_Z, 3);
    n = frame_raw(in, n, 0x80 | 0x40 | WS_OP_CONT, 1, HELLO_Z + 3, sizeof HELLO_Z - 3);
    expect_fail(in, n, 1024, 0, WS_CLOSE_PROTOCOL, "RSV1 on a continuation");
    n = frame_raw(in, 0, 0x80 | 0x40 | WS_OP_PING, 1, "hi", 2);
    expect_fail(in, n, 1024, 0, WS_CLOSE_PROTOCOL, "RSV1 on a ping");
    n = frame_raw(in, 0, 0x80 | 0x20 | WS_OP_TEXT, 1, "hi", 2);
    expect_fail(in, n, 1024, 0, WS_CLOSE_PROTOCOL, "RSV2 with the extension");
    n = frame(in, 0, 1, WS_OP_TEXT, "plain", 5);
    expect_text(in, n, 1024, "plain", "an uncompressed message with the extension");
    n = frame_raw(in, 0, 0x80 | 0x40 | WS_OP_TEXT, 1, "\xff\xff\xff\xff", 4);
    expect_fail(in, n, 1024, 0, WS_CLOSE_BAD_DATA, "a compressed message that does not inflate");
    /* "\xc3\x28" (bad UTF-8) stored in a deflate block of its own. */
    static const uint8_t bad_utf8[] = {0x00, 0x02, 0x00, 0xfd, 0xff, 0xc3, 0x28};
    n = frame_raw(in, 0, 0x80 | 0x40 | WS_OP_TEXT, 1, bad_utf8, sizeof bad_utf8);
    expect_fail(in, n, 1024, 0, WS_CLOSE_BAD_DATA, "compressed text that is not UTF-8");
    n = frame_raw(in, 0, 0x80 | 0x40 | WS_OP_BINARY, 1, bad_utf8, sizeof bad_utf8);
    struct run r = {0};
    const uint8_t *d;
    size_t len;
    run3(&r, in, n, 1024, "compressed binary");
    ok(r.rc == 0 && r.count == 1 && msg_at(&r, 0, &d, &len) == WS_OP_BINARY && len == 2 &&
           memcmp(d, "\xc3\x28", 2) == 0,
       "the same bytes as a binary message: delivered inflated");
    run_free(&r);
    /* A bomb: 4 KiB of 'a' compressed, against a 1 KiB limit. */
    struct buf big, z;
    buf_init(&big, 8192);
    buf_init(&z, 8192);
    for (int i = 0; i < 4096; i++)
        buf_append(&big, "a", 1);
    wsz_deflate(big.data, big.len, &z);
    n = frame_raw(in, 0, 0x80 | 0x40 | WS_OP_TEXT, 1, z.data, z.len);
    expect_fail(in, n, 1024, 0, WS_CLOSE_TOO_BIG, "a small message that inflates past the limit");
    expect_text(in, n, 4096, big.data, "the same within a 4 KiB limit");
    buf_free(&big);
    buf_free(&z);
    g_deflate = 0;
}

int main(void)
{
    test_accept_key();
    test_encode();
    test_decode_ok();
    test_decode_errors();
    test_memory();
    test_chunking();
    test_decode_deflate();
    return done_testing();
}
