#include "sse.h"

#include <string.h>

const char SSE_RESPONSE_HEAD[] = "HTTP/1.1 200 OK\r\n"
                                 "Content-Type: text/event-stream; charset=utf-8\r\n"
                                 "Cache-Control: no-cache\r\n"
                                 "Connection: keep-alive\r\n"
                                 "X-Accel-Buffering: no\r\n"
                                 "X-Crier-Protocol: 1.1\r\n"
                                 "\r\n"
                                 "retry: 2000\n\n";

const char SSE_HEARTBEAT[] = ":\n\n";

/* A bounded writer: counts every byte, stores only those that fit. */
struct out {
    char *p;
    size_t size;
    size_t len;
};

static void put(struct out *o, const void *s, size_t n)
{
    if (n && o->len < o->size) {
        size_t room = o->size - o->len;
        memcpy(o->p + o->len, s, n < room ? n : room);
    }
    o->len += n;
}

static void put_int(struct out *o, int64_t v)
{
    char tmp[20];
    size_t n = 0;
    uint64_t u = (uint64_t)v;

    do {
        tmp[sizeof tmp - ++n] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    put(o, tmp + sizeof tmp - n, n);
}

size_t sse_encode_into(char *out, size_t outsz, int64_t id, const char *event, const char *data,
                       size_t len)
{
    struct out o = {out, out ? outsz : 0, 0};
    size_t i = 0, start = 0;

    if (id >= 0) {
        put(&o, "id: ", 4);
        put_int(&o, id);
        put(&o, "\n", 1);
    }
    if (event) {
        /* A line break would end the field and let the rest inject lines:
         * drop CR and LF (event names are ours, so this never fires). */
        put(&o, "event: ", 7);
        for (const char *e = event; *e; e++)
            if (*e != '\r' && *e != '\n')
                put(&o, e, 1);
        put(&o, "\n", 1);
    }
    /* One data: line per line of data; "\r\n", "\r" and "\n" all end a line,
     * so the client rebuilds data with "\n" between lines. */
    for (;;) {
        while (i < len && data[i] != '\r' && data[i] != '\n')
            i++;
        put(&o, "data: ", 6);
        put(&o, data + start, i - start);
        put(&o, "\n", 1);
        if (i == len)
            break;
        if (data[i] == '\r' && i + 1 < len && data[i + 1] == '\n')
            i++;
        start = ++i;
    }
    put(&o, "\n", 1);
    return o.len;
}

struct rcbuf *sse_encode(int64_t id, const char *event, const char *data, size_t len)
{
    size_t n = sse_encode_into(NULL, 0, id, event, data, len);
    struct rcbuf *b = rcbuf_new(n);

    sse_encode_into(b->data, n, id, event, data, len);
    return b;
}
