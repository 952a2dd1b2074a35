/* sse: event encoding, line splitting, field omission, bounded output. */
#include "tap.h"

#include <stdlib.h>

#include "sse.h"

/* Encodes through both entry points, checks they agree, returns a string
 * owned by a static buffer. */
static const char *enc(int64_t id, const char *event, const char *data, size_t len)
{
    static char out[512];
    size_t n = sse_encode_into(out, sizeof out - 1, id, event, data, len);
    struct rcbuf *b = sse_encode(id, event, data, len);

    if (n >= sizeof out || b->len != n || memcmp(b->data, out, n) != 0) {
        rcbuf_unref(b);
        return "(encoders disagree)";
    }
    rcbuf_unref(b);
    out[n] = '\0';
    return out;
}

#define ENC(id, ev, s) enc(id, ev, s, sizeof s - 1)

int main(void)
{
    is_str(SSE_RESPONSE_HEAD,
           "HTTP/1.1 200 OK\r\n"
           "Content-Type: text/event-stream; charset=utf-8\r\n"
           "Cache-Control: no-cache\r\n"
           "Connection: keep-alive\r\n"
           "X-Accel-Buffering: no\r\n"
           "X-Crier-Protocol: 1.1\r\n"
           "\r\n"
           "retry: 2000\n\n",
           "response head");
    ok(strstr(SSE_RESPONSE_HEAD, "Content-Length") == NULL, "no Content-Length");
    is_str(SSE_HEARTBEAT, ":\n\n", "heartbeat");

    is_str(ENC(42, "post", "{\"a\":1}"), "id: 42\nevent: post\ndata: {\"a\":1}\n\n", "full event");
    is_str(ENC(0, "edit", "x"), "id: 0\nevent: edit\ndata: x\n\n", "id 0 is kept");
    is_str(ENC(-1, "post", "x"), "event: post\ndata: x\n\n", "id omitted when < 0");
    is_str(ENC(7, NULL, "x"), "id: 7\ndata: x\n\n", "event omitted when NULL");
    is_str(ENC(-1, NULL, "x"), "data: x\n\n", "both omitted");
    is_str(ENC(INT64_MAX, NULL, ""), "id: 9223372036854775807\ndata: \n\n",
           "largest id, empty data");

    is_str(ENC(1, NULL, "a\nb"), "id: 1\ndata: a\ndata: b\n\n", "split on LF");
    is_str(ENC(1, NULL, "a\r\nb"), "id: 1\ndata: a\ndata: b\n\n", "split on CRLF");
    is_str(ENC(1, NULL, "a\rb"), "id: 1\ndata: a\ndata: b\n\n", "split on CR");
    is_str(ENC(-1, NULL, "a\r\rb"), "data: a\ndata: \ndata: b\n\n", "CR CR is two breaks");
    is_str(ENC(-1, NULL, "a\n\r\nb"), "data: a\ndata: \ndata: b\n\n", "LF CRLF is two breaks");
    is_str(ENC(-1, NULL, "a\n"), "data: a\ndata: \n\n", "trailing LF keeps an empty line");
    is_str(ENC(-1, NULL, "a\r"), "data: a\ndata: \n\n", "trailing CR keeps an empty line");
    is_str(ENC(-1, NULL, "\r\n"), "data: \ndata: \n\n", "lone CRLF");
    is_str(ENC(-1, NULL, "one\ntwo\r\nthree\rfour"),
           "data: one\ndata: two\ndata: three\ndata: four\n\n", "mixed breaks");
    is_str(ENC(-1, "po\nst", "x"), "event: post\ndata: x\n\n", "line break in event dropped");
    is_str(enc(-1, NULL, NULL, 0), "data: \n\n", "NULL data of length 0");
    is_str(enc(-1, NULL, "a\0b", 3) + 6, "a", "embedded NUL is data, not an end");

    /* Length-only call and a short buffer. */
    const char *want = "id: 5\nevent: post\ndata: hello\n\n";
    size_t n = sse_encode_into(NULL, 0, 5, "post", "hello", 5);
    is_int(n, strlen(want), "NULL buffer returns the size");
    char small[8];
    memset(small, '#', sizeof small);
    n = sse_encode_into(small, 4, 5, "post", "hello", 5);
    is_int(n, strlen(want), "short buffer returns the full size");
    ok(small[4] == '#', "short buffer not overrun");
    ok(memcmp(small, want, 4) == 0, "short buffer holds a prefix");

    struct rcbuf *b = sse_encode(5, "post", "hello", 5);
    is_int(b->len, strlen(want), "rcbuf length");
    is_str(b->data, want, "rcbuf contents, NUL-terminated");
    rcbuf_unref(b);

    /* A large payload with many lines. */
    size_t big = 100000;
    char *data = malloc(big);
    for (size_t i = 0; i < big; i++)
        data[i] = i % 10 == 9 ? '\n' : 'x';
    b = sse_encode(1, "post", data, big);
    size_t lines = 0;
    for (size_t i = 0; i + 6 <= b->len; i++)
        if (memcmp(b->data + i, "data: ", 6) == 0)
            lines++;
    is_int(lines, big / 10 + 1, "one data: line per line, plus the one after the last LF");
    ok(b->len >= 2 && b->data[b->len - 1] == '\n' && b->data[b->len - 2] == '\n',
       "ends with a blank line");
    rcbuf_unref(b);
    free(data);

    return done_testing();
}
