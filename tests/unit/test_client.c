/* client: the CLI's incremental SSE parser. Every split of a tricky stream
 * must give the same events as feeding it whole; lines and data are capped. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli/client.h"
#include "tap.h"

static struct buf got;

static int on_ev(void *arg, const struct client_sse_event *ev)
{
    (void)arg;
    buf_printf(&got, "[%s|%s|", ev->id, ev->type);
    buf_append(&got, ev->data, ev->data_len);
    buf_appends(&got, "]");
    return 0;
}

static const char *run(const char *s, size_t len, const size_t *cuts, size_t ncuts, size_t maxl,
                       int *rcp)
{
    struct client_sse_parser p;
    size_t prev = 0;
    int rc = 0;

    client_sse_init(&p, maxl, on_ev, NULL);
    buf_reset(&got);
    for (size_t i = 0; i <= ncuts && rc == 0; i++) {
        size_t end = i < ncuts ? cuts[i] : len;
        rc = client_sse_feed(&p, s + prev, end - prev);
        prev = end;
    }
    client_sse_free(&p);
    if (rcp)
        *rcp = rc;
    return got.data ? got.data : "";
}

int main(void)
{
    static const char s[] = "\xEF\xBB\xBF: c\r\nid: 1\r\nevent: post\r\ndata: {\"a\":1}\r\n\r\n"
                            "id:2\revent:edit\rdata:x\rdata: y\r\r"
                            "data\n\n"     /* data with no value */
                            "event: e\n\n" /* no data: not dispatched */
                            "id: 3\ndata:  two spaces\nretry: 5\nfoo: bar\n\n"
                            "id\ndata: z\n\n"      /* id reset to empty */
                            "data: tail-no-blank"; /* never dispatched */
    static const char want[] = "[1|post|{\"a\":1}][2|edit|x\ny][2|message|][3|message| two "
                               "spaces][|message|z]";
    size_t len = sizeof s - 1;
    int rc, bad = 0;

    buf_init(&got, 1 << 20);
    is_str(run(s, len, NULL, 0, 1 << 20, &rc), want, "whole stream: BOM, CR/CRLF/LF, id rules");
    is_int(rc, 0, "no error");
    for (size_t a = 0; a <= len; a++)
        for (size_t b = a; b <= len; b++) {
            size_t cuts[2] = {a, b};
            bad += strcmp(run(s, len, cuts, 2, 1 << 20, NULL), want) != 0;
        }
    is_int(bad, 0, "every two-way split gives the same events");
    size_t cuts[sizeof s];
    for (size_t i = 0; i < len; i++)
        cuts[i] = i + 1;
    is_str(run(s, len, cuts, len - 1, 1 << 20, NULL), want, "byte at a time");
    is_str(run("\xEF\xBBx: y\ndata: q\n\n", 16, (size_t[]){1}, 1, 100, NULL), "[|message|q]",
           "a partial BOM is not a BOM");
    is_str(run("data: a\r\n\r\ndata: b\r\n\r\n", 22, (size_t[]){8, 11}, 2, 100, NULL),
           "[|message|a][|message|b]", "CR at the end of one read, LF at the start of the next");
    char big[300];
    memset(big, 'x', sizeof big);
    memcpy(big, "data: ", 6);
    big[299] = '\n';
    run(big, sizeof big, NULL, 0, 100, &rc);
    is_int(rc, -EMSGSIZE, "a line over the cap fails");
    char many[2000];
    size_t m = 0;
    for (int i = 0; i < 100; i++, m += 17)
        memcpy(many + m, "data: 0123456789\n", 17);
    run(many, m, NULL, 0, 100, &rc);
    is_int(rc, -EMSGSIZE, "data over the cap across lines fails");
    buf_free(&got);
    return done_testing();
}
