/* Unit tests for src/outbound.c against servers the test runs itself: a
 * scripted HTTP/1.1 server thread (statuses, Retry-After as seconds and as a
 * date, a bounded reply, a request that never gets an answer, a redirect),
 * a scripted SMTP responder thread, and, when node is installed, a node
 * HTTP/2-only server with a throwaway self-signed certificate. Checks what
 * each request reports, that connections and easy handles are reused, that
 * max_inflight holds, and that netguard keeps the requests off loopback
 * unless the one exception names it. Includes the module for its statics. */
#include "../../src/outbound.c"

#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>

#include "tap.h"

static char tmpdir[] = "/tmp/crier-test-outbound-XXXXXX";

/* ---- a scripted HTTP/1.1 server ---- */

#define CONN_MAX 32
#define CONN_BUF 16384

struct hconn {
    int fd;
    size_t len;
    int hung; /* got /hang: never answered */
    char buf[CONN_BUF];
};

static struct hsrv {
    int lfd, port;
    pthread_t th;
    atomic_int stop, accepts, requests;
    pthread_mutex_t mu; /* guards what follows */
    char head[4096];    /* the last request's head and body */
    char body[4096];
    size_t body_len;
    struct hconn conns[CONN_MAX];
} hs = {.mu = PTHREAD_MUTEX_INITIALIZER};

static int listen_on_loopback(int *port)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof a;
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) < 0 || listen(fd, 64) < 0 ||
        getsockname(fd, (struct sockaddr *)&a, &len) < 0)
        return -1;
    *port = ntohs(a.sin_port);
    return fd;
}

static void write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w <= 0)
            return;
        p += w;
        n -= (size_t)w;
    }
}

static void http_date(time_t t, char *out, size_t n)
{
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, n, "%a, %d %b %Y %H:%M:%S GMT", &tm);
}

static void answer(struct hconn *c, const char *path)
{
    char r[512], date[64];
    static char big[100000];
    if (strcmp(path, "/hang") == 0) {
        c->hung = 1;
        return;
    }
    if (strcmp(path, "/201") == 0) {
        snprintf(r, sizeof r,
                 "HTTP/1.1 201 Created\r\nLocation: /m/1\r\nContent-Length: 0\r\n\r\n");
    } else if (strcmp(path, "/410") == 0) {
        snprintf(r, sizeof r,
                 "HTTP/1.1 410 Gone\r\nContent-Length: 21\r\n\r\n"
                 "{\"reason\":\"NotFound\"}");
    } else if (strcmp(path, "/429") == 0) {
        snprintf(r, sizeof r,
                 "HTTP/1.1 429 Too Many\r\nRetry-After: 7\r\nContent-Length: 0\r\n\r\n");
    } else if (strcmp(path, "/503") == 0) {
        http_date(time(NULL) + 120, date, sizeof date);
        snprintf(r, sizeof r, "HTTP/1.1 503 Busy\r\nRetry-After: %s\r\nContent-Length: 0\r\n\r\n",
                 date);
    } else if (strcmp(path, "/redirect") == 0) {
        snprintf(r, sizeof r, "HTTP/1.1 301 Moved\r\nLocation: /201\r\nContent-Length: 0\r\n\r\n");
    } else if (strcmp(path, "/big") == 0) {
        memset(big, 'b', sizeof big);
        snprintf(r, sizeof r, "HTTP/1.1 200 OK\r\nContent-Length: %zu\r\n\r\n", sizeof big);
        write_all(c->fd, r, strlen(r));
        write_all(c->fd, big, sizeof big);
        return;
    } else {
        snprintf(r, sizeof r, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    }
    write_all(c->fd, r, strlen(r));
}

/* Answers every complete request in c's buffer. */
static void serve_buffer(struct hconn *c)
{
    for (;;) {
        char *end = memmem(c->buf, c->len, "\r\n\r\n", 4);
        if (!end || c->hung)
            return;
        size_t head = (size_t)(end - c->buf) + 4, clen = 0;
        *end = '\0';
        const char *cl = strcasestr(c->buf, "\r\ncontent-length:");
        if (cl)
            clen = strtoul(cl + 17, NULL, 10);
        if (c->len < head + clen) {
            *end = '\r';
            return;
        }
        char path[64] = "";
        sscanf(c->buf, "POST %63s ", path);
        pthread_mutex_lock(&hs.mu);
        snprintf(hs.head, sizeof hs.head, "%s", c->buf);
        hs.body_len = clen < sizeof hs.body ? clen : sizeof hs.body;
        memcpy(hs.body, c->buf + head, hs.body_len);
        pthread_mutex_unlock(&hs.mu);
        atomic_fetch_add(&hs.requests, 1);
        answer(c, path);
        memmove(c->buf, c->buf + head + clen, c->len - head - clen);
        c->len -= head + clen;
    }
}

static void *http_thread(void *unused)
{
    (void)unused;
    while (!atomic_load(&hs.stop)) {
        struct pollfd p[CONN_MAX + 1] = {{.fd = hs.lfd, .events = POLLIN}};
        for (int i = 0; i < CONN_MAX; i++)
            p[i + 1] = (struct pollfd){.fd = hs.conns[i].fd, .events = POLLIN};
        if (poll(p, CONN_MAX + 1, 20) <= 0)
            continue;
        if (p[0].revents & POLLIN) {
            int fd = accept4(hs.lfd, NULL, NULL, SOCK_CLOEXEC);
            for (int i = 0; fd >= 0 && i < CONN_MAX; i++)
                if (hs.conns[i].fd < 0) {
                    hs.conns[i].fd = fd, hs.conns[i].len = 0, hs.conns[i].hung = 0;
                    atomic_fetch_add(&hs.accepts, 1);
                    fd = -1;
                }
            if (fd >= 0)
                close(fd);
        }
        for (int i = 0; i < CONN_MAX; i++) {
            struct hconn *c = &hs.conns[i];
            if (c->fd < 0 || !(p[i + 1].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            ssize_t r = read(c->fd, c->buf + c->len, CONN_BUF - c->len);
            if (r <= 0) {
                close(c->fd);
                c->fd = -1;
                continue;
            }
            c->len += (size_t)r;
            serve_buffer(c);
        }
    }
    return NULL;
}

/* ---- driving outbound ---- */

static void count_done(void *arg, struct outbound_req *r)
{
    (void)r;
    (*(int *)arg)++;
}

/* Runs ob until nothing is in flight (10 s at most). The number done. */
static int run_all(struct outbound *ob)
{
    int done = 0;
    for (int i = 0; i < 1000 && outbound_inflight(ob) > 0; i++)
        if (outbound_run(ob, 10, count_done, &done) < 0)
            break;
    return done;
}

static struct outbound_req post(const char *url)
{
    struct outbound_req r = {.kind = OUTBOUND_HTTP_POST, .url = url};
    return r;
}

static struct netguard guard; /* 127.0.0.1:<the HTTP server's port> */
static char base[64];         /* http://127.0.0.1:<port> */

static const char *url_for(char *out, size_t n, const char *scheme_host, const char *path)
{
    snprintf(out, n, "%s:%d%s", scheme_host, hs.port, path);
    return out;
}

static void test_statuses(void)
{
    struct outbound *ob;
    struct outbound_options o = {.guard = &guard};
    char u[5][96];
    static const char *const paths[] = {"/201", "/410", "/429", "/503", "/big"};
    static const unsigned char body[] = {0x00, 0x01, 0xff, '\r', '\n', 'x', 0x00, 0x7f};
    struct outbound_req r[5];
    is_int(outbound_new(&ob, &o), 0, "outbound_new");
    for (int i = 0; i < 5; i++) {
        r[i] = post(url_for(u[i], sizeof u[i], "http://127.0.0.1", paths[i]));
        r[i].headers[0] = "TTL: 60";
        r[i].headers[1] = "Content-Encoding: aes128gcm";
        r[i].body = body;
        r[i].body_len = sizeof body;
        r[i].status = 99, r[i].retry_after_s = 99, r[i].err = 99;
    }
    for (int i = 0; i < 5; i++)
        is_int(outbound_add(ob, &r[i]), 0, "add %s", paths[i]);
    is_int(outbound_inflight(ob), 5, "5 in flight");
    is_int(run_all(ob), 5, "done() called 5 times");
    is_int(outbound_inflight(ob), 0, "none in flight");

    is_int(r[0].status, 201, "201");
    is_int(r[0].err, 0, "  no error");
    is_int(r[0].retry_after_s, -1, "  no Retry-After: -1");
    ok(r[0].easy == NULL, "  the request no longer holds a handle");
    is_int(r[1].status, 410, "410");
    is_int(r[1].err, 0, "  an HTTP status is not an error");
    is_str(r[1].reply, "{\"reason\":\"NotFound\"}", "  the reply body is kept for the log");
    is_int(r[2].status, 429, "429");
    is_int(r[2].retry_after_s, 7, "  Retry-After: 7");
    is_int(r[3].status, 503, "503");
    ok(r[3].retry_after_s >= 115 && r[3].retry_after_s <= 121,
       "  Retry-After as an HTTP date two minutes ahead: %ld s", r[3].retry_after_s);
    is_int(r[4].status, 200, "200 with a 100 kB body");
    is_int(r[4].err, 0, "  no error");
    is_int(strlen(r[4].reply), sizeof r[4].reply - 1, "  the reply is cut at its buffer");

    /* What the server saw of the last request: our headers and the body's
     * exact bytes, and none of curl's POST defaults. */
    pthread_mutex_lock(&hs.mu);
    ok(strstr(hs.head, "\r\nTTL: 60") != NULL, "the server got the TTL header");
    ok(strstr(hs.head, "\r\nContent-Encoding: aes128gcm") != NULL, "and Content-Encoding");
    ok(strcasestr(hs.head, "content-type") == NULL, "no form Content-Type added");
    ok(strcasestr(hs.head, "expect:") == NULL, "no Expect: 100-continue");
    is_int(hs.body_len, sizeof body, "the body's length");
    ok(memcmp(hs.body, body, sizeof body) == 0, "the body's bytes, NULs included");
    pthread_mutex_unlock(&hs.mu);

    struct outbound_stats st;
    outbound_stats(ob, &st);
    is_int(st.started, 5, "stats: 5 started");
    is_int(st.finished, 5, "stats: 5 finished");
    is_int(st.errors, 0, "stats: no errors");
    outbound_free(ob);
}

static void test_timeout_and_redirect(void)
{
    struct outbound *ob;
    struct outbound_options o = {.guard = &guard, .timeout_ms = 300};
    char u1[96], u2[96];
    struct outbound_req hang = post(url_for(u1, sizeof u1, "http://127.0.0.1", "/hang"));
    struct outbound_req moved = post(url_for(u2, sizeof u2, "http://127.0.0.1", "/redirect"));
    is_int(outbound_new(&ob, &o), 0, "an outbound with a 300 ms timeout");
    int before = atomic_load(&hs.requests);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    is_int(outbound_add(ob, &hang), 0, "a request that gets no answer");
    is_int(outbound_add(ob, &moved), 0, "a request answered with a redirect");
    is_int(run_all(ob), 2, "both done");
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
    is_int(hang.err, -ETIMEDOUT, "-ETIMEDOUT");
    is_int(hang.status, 0, "  no status");
    ok(hang.errmsg[0] != '\0', "  a message for the log: %s", hang.errmsg);
    ok(ms >= 250 && ms < 3000, "  after about 300 ms (%ld ms)", ms);
    is_int(moved.status, 301, "the redirect is reported, not followed");
    is_int(moved.err, 0, "  no error");
    is_int(atomic_load(&hs.requests) - before, 2, "the server saw two requests, no third");
    struct outbound_stats st;
    outbound_stats(ob, &st);
    is_int(st.errors, 1, "stats: one error");
    outbound_free(ob);
}

static void test_reuse(void)
{
    struct outbound *ob;
    struct outbound_options o = {.guard = &guard, .max_host_conn = 2};
    char u[96];
    struct outbound_req r[40];
    is_int(outbound_new(&ob, &o), 0, "outbound_new, 2 connections per host");
    url_for(u, sizeof u, "http://127.0.0.1", "/201");
    int accepts = atomic_load(&hs.accepts), good = 0;
    for (int i = 0; i < 100; i++) {
        r[0] = post(u);
        if (outbound_add(ob, &r[0]) == 0 && run_all(ob) == 1 && r[0].status == 201)
            good++;
    }
    is_int(good, 100, "100 requests one after another, all 201");
    is_int(atomic_load(&hs.accepts) - accepts, 1, "over one connection");
    is_int(ob->nidle, 1, "and one easy handle, reused");
    struct outbound_stats st;
    outbound_stats(ob, &st);
    is_int(st.connections, 1, "stats: one connection made");

    accepts = atomic_load(&hs.accepts);
    good = 0;
    for (int i = 0; i < 40; i++) {
        r[i] = post(u);
        outbound_add(ob, &r[i]);
    }
    run_all(ob);
    for (int i = 0; i < 40; i++)
        good += r[i].status == 201 && r[i].err == 0;
    is_int(good, 40, "40 at once, all 201");
    int made = atomic_load(&hs.accepts) - accepts;
    ok(made <= 2, "over at most 2 connections: %d new", made);
    ok(ob->nidle <= FREE_MAX, "the free list stays bounded (%zu)", ob->nidle);
    outbound_stats(ob, &st);
    is_int(st.connections, 1 + made, "stats count the new connections");
    outbound_free(ob);
}

static void test_inflight_cap(void)
{
    struct outbound *ob;
    struct outbound_options o = {.guard = &guard, .max_inflight = 2};
    char u[96];
    url_for(u, sizeof u, "http://127.0.0.1", "/201");
    struct outbound_req a = post(u), b = post(u), c = post(u);
    is_int(outbound_new(&ob, &o), 0, "outbound_new, max_inflight 2");
    is_int(outbound_add(ob, &a), 0, "first");
    is_int(outbound_add(ob, &b), 0, "second");
    is_int(outbound_add(ob, &c), -EAGAIN, "the third: -EAGAIN");
    is_int(outbound_inflight(ob), 2, "2 in flight");
    is_int(run_all(ob), 2, "the two finish");
    is_int(outbound_add(ob, &c), 0, "then the third goes");
    is_int(run_all(ob), 1, "and finishes");
    is_int(c.status, 201, "  201");

    struct outbound_req bad = post(u);
    bad.kind = 0;
    is_int(outbound_add(ob, &bad), -EINVAL, "an unknown kind");
    bad = post(u);
    bad.headers[0] = "X-Evil: a\r\nHost: b";
    is_int(outbound_add(ob, &bad), -EINVAL, "a header with a line break");
    bad = post("https://user:pw@push.example/x");
    is_int(outbound_add(ob, &bad), -EINVAL, "a URL netguard refuses");
    is_int(outbound_inflight(ob), 0, "nothing refused is in flight");
    outbound_free(ob);

    /* Freeing with requests in flight abandons them without done(). */
    is_int(outbound_new(&ob, &o), 0, "outbound_new");
    url_for(u, sizeof u, "http://127.0.0.1", "/hang");
    a = post(u);
    is_int(outbound_add(ob, &a), 0, "a request that will hang");
    int done = 0;
    int seen = atomic_load(&hs.requests);
    for (int i = 0; i < 200 && atomic_load(&hs.requests) == seen; i++)
        outbound_run(ob, 10, count_done, &done); /* until the server has it */
    outbound_free(ob);
    is_int(done, 0, "freed in flight: no done()");
}

static void test_netguard(void)
{
    struct outbound *ob;
    struct outbound_options o = {0}; /* no guard: no exception at all */
    char u1[96], u2[96], u3[96];
    is_int(outbound_new(&ob, &o), 0, "outbound_new without a guard");
    int accepts = atomic_load(&hs.accepts);
    struct outbound_req lo = post(url_for(u1, sizeof u1, "https://127.0.0.1", "/201"));
    struct outbound_req name = post(url_for(u2, sizeof u2, "https://localhost", "/201"));
    struct outbound_req plain = post(url_for(u3, sizeof u3, "http://127.0.0.1", "/201"));
    is_int(outbound_add(ob, &plain), -EINVAL, "http:// without the exception: -EINVAL");
    is_int(outbound_add(ob, &lo), 0, "https://127.0.0.1 is a well-formed URL");
    is_int(outbound_add(ob, &name), 0, "so is https://localhost");
    is_int(run_all(ob), 2, "both done");
    is_int(lo.err, -EACCES, "127.0.0.1: -EACCES at connect time");
    is_int(lo.status, 0, "  no status");
    ok(strstr(lo.errmsg, "loopback") != NULL, "  the message says why: %s", lo.errmsg);
    is_int(name.err, -EACCES, "localhost: -EACCES");
    usleep(50000);
    is_int(atomic_load(&hs.accepts) - accepts, 0, "the server saw no connection");
    outbound_free(ob);

    /* An exception for another port does not open this one. */
    struct netguard other = {0};
    char hp[64];
    snprintf(hp, sizeof hp, "127.0.0.1:%d", hs.port == 65535 ? 1 : hs.port + 1);
    netguard_allow(&other, hp);
    o.guard = &other;
    is_int(outbound_new(&ob, &o), 0, "outbound_new with an exception for another port");
    lo = post(url_for(u1, sizeof u1, "https://127.0.0.1", "/201"));
    is_int(outbound_add(ob, &lo), 0, "https://127.0.0.1:<port>");
    run_all(ob);
    is_int(lo.err, -EACCES, "  -EACCES");
    is_int(atomic_load(&hs.accepts) - accepts, 0, "  no connection");
    outbound_free(ob);

    o.guard = &guard;
    is_int(outbound_new(&ob, &o), 0, "outbound_new with the exception for the server");
    plain = post(url_for(u3, sizeof u3, "http://127.0.0.1", "/201"));
    is_int(outbound_add(ob, &plain), 0, "http:// on the exception");
    run_all(ob);
    is_int(plain.status, 201, "  goes through: 201");
    is_int(atomic_load(&hs.accepts) - accepts, 1, "  over a connection");
    outbound_free(ob);
}

/* ---- a scripted SMTP responder ---- */

static struct smtp {
    int lfd, port;
    pthread_t th;
    const char *rcpt_reply; /* "250 OK" or a refusal */
    char data[4096];        /* what came after DATA, up to the "." line */
    size_t data_len;
    char from[128], rcpt[128];
} sm;

/* One line (CRLF kept) from fd through buf; the line's length, 0 at EOF. */
static size_t read_line(int fd, char *buf, size_t *have, char *line, size_t max)
{
    for (;;) {
        char *nl = memchr(buf, '\n', *have);
        if (nl) {
            size_t n = (size_t)(nl - buf) + 1, take = n < max - 1 ? n : max - 1;
            memcpy(line, buf, take);
            line[take] = '\0';
            memmove(buf, buf + n, *have - n);
            *have -= n;
            return take;
        }
        ssize_t r = *have < 4096 ? read(fd, buf + *have, 4096 - *have) : 0;
        if (r <= 0)
            return 0;
        *have += (size_t)r;
    }
}

static void say(int fd, const char *s)
{
    write_all(fd, s, strlen(s));
}

static void *smtp_thread(void *unused)
{
    (void)unused;
    char buf[4096], line[1024];
    size_t have = 0;
    int fd = accept4(sm.lfd, NULL, NULL, SOCK_CLOEXEC);
    if (fd < 0)
        return NULL;
    say(fd, "220 test ESMTP\r\n");
    while (read_line(fd, buf, &have, line, sizeof line) > 0) {
        if (strncasecmp(line, "EHLO", 4) == 0) {
            say(fd, "250-test\r\n250 SIZE 100000\r\n");
        } else if (strncasecmp(line, "MAIL", 4) == 0) {
            snprintf(sm.from, sizeof sm.from, "%.127s", line);
            say(fd, "250 OK\r\n");
        } else if (strncasecmp(line, "RCPT", 4) == 0) {
            snprintf(sm.rcpt, sizeof sm.rcpt, "%.127s", line);
            say(fd, sm.rcpt_reply);
            say(fd, "\r\n");
        } else if (strncasecmp(line, "DATA", 4) == 0) {
            say(fd, "354 go ahead\r\n");
            size_t n;
            while ((n = read_line(fd, buf, &have, line, sizeof line)) > 0 &&
                   strcmp(line, ".\r\n") != 0)
                if (sm.data_len + n < sizeof sm.data) {
                    memcpy(sm.data + sm.data_len, line, n);
                    sm.data_len += n;
                }
            say(fd, "250 queued\r\n");
        } else if (strncasecmp(line, "QUIT", 4) == 0) {
            say(fd, "221 bye\r\n");
            break;
        } else if (strncasecmp(line, "RSET", 4) == 0) {
            say(fd, "250 OK\r\n");
        } else {
            say(fd, "502 no\r\n");
        }
    }
    close(fd);
    return NULL;
}

static int smtp_session(const char *rcpt_reply, struct outbound_req *r)
{
    struct outbound *ob;
    struct outbound_options o = {.timeout_ms = 5000};
    char url[64];
    memset(&sm, 0, sizeof sm);
    sm.rcpt_reply = rcpt_reply;
    sm.lfd = listen_on_loopback(&sm.port);
    if (sm.lfd < 0 || pthread_create(&sm.th, NULL, smtp_thread, NULL) != 0)
        return -1;
    snprintf(url, sizeof url, "smtp://127.0.0.1:%d", sm.port);
    r->url = url;
    int rc = outbound_new(&ob, &o);
    if (rc == 0 && (rc = outbound_add(ob, r)) == 0)
        rc = run_all(ob) == 1 ? 0 : -1;
    outbound_free(ob);
    pthread_join(sm.th, NULL);
    close(sm.lfd);
    r->url = NULL;
    return rc;
}

static void test_smtp(void)
{
    static const char msg[] = "From: Crier <news@crier.example>\r\n"
                              "To: reader@example.org\r\n"
                              "Subject: today\r\n"
                              "\r\n"
                              "first line\r\n"
                              ".a line that starts with a dot\r\n"
                              "..and two\r\n"
                              ".\r\n"
                              "last line\r\n";
    struct outbound_req r = {.kind = OUTBOUND_SMTP,
                             .body = msg,
                             .body_len = sizeof msg - 1,
                             .mail_from = "<news@crier.example>",
                             .rcpt = "<reader@example.org>"};
    is_int(smtp_session("250 OK", &r), 0, "an SMTP submission");
    is_int(r.status, 250, "status 250 (the last reply)");
    is_int(r.err, 0, "no error");
    ok(strstr(sm.from, "MAIL FROM:<news@crier.example>") != NULL, "the envelope sender");
    ok(strstr(sm.rcpt, "RCPT TO:<reader@example.org>") != NULL, "the envelope recipient");
    ok(memmem(sm.data, sm.data_len, "\r\n..a line", 10) != NULL, "dot-stuffed on the wire");
    /* Undo the dot-stuffing as a receiving MTA does (RFC 5321 4.5.2). */
    char got[4096];
    size_t n = 0;
    for (size_t i = 0; i < sm.data_len; i++)
        if (!(sm.data[i] == '.' && (i == 0 || sm.data[i - 1] == '\n')))
            got[n++] = sm.data[i];
    got[n] = '\0';
    is_str(got, msg, "the message arrives intact");

    struct outbound_req refused = r;
    is_int(smtp_session("550 5.1.1 no such user", &refused), 0, "a refused recipient");
    is_int(refused.status, 550, "status 550");
    ok(refused.err < 0, "err is set (%d: %s)", refused.err, refused.errmsg);
    is_int(sm.data_len, 0, "no message was sent");

    struct outbound *ob;
    struct outbound_options o = {0};
    struct outbound_req bad = r;
    is_int(outbound_new(&ob, &o), 0, "outbound_new");
    bad.url = "http://mail.example/";
    is_int(outbound_add(ob, &bad), -EINVAL, "an SMTP request with an http URL");
    bad.url = "smtp://mail.example/";
    bad.rcpt = NULL;
    is_int(outbound_add(ob, &bad), -EINVAL, "no recipient");
    outbound_free(ob);

    is_int(smtp_local("smtp://localhost:25"), 1, "localhost: a local relay (TLS if offered)");
    is_int(smtp_local("smtp://127.0.0.1:2525"), 1, "127.0.0.1 too");
    is_int(smtp_local("smtp://[::1]:25"), 1, "[::1] too");
    is_int(smtp_local("smtp://user:pw@127.0.0.1"), 1, "with credentials too");
    is_int(smtp_local("smtp://mail.example.org:587"), 0, "a remote relay: TLS required");
    is_int(smtp_local("smtp://10.0.0.2"), 0, "a LAN relay: TLS required");
}

/* ---- HTTP/2 against node ---- */

static const char h2_js[] =
    "const http2 = require('http2'), fs = require('fs');\n"
    "const dir = process.argv[2], want = +process.argv[3];\n"
    "let sessions = 0, n = 0, bytes = 0; const versions = {};\n"
    "const srv = http2.createSecureServer({key: fs.readFileSync(dir + '/key.pem'),\n"
    "  cert: fs.readFileSync(dir + '/cert.pem'), allowHTTP1: false});\n"
    "srv.on('session', () => sessions++);\n"
    "srv.on('request', (req, res) => {\n"
    "  req.on('data', (c) => { bytes += c.length; });\n"
    "  req.on('end', () => {\n"
    "    versions[req.httpVersion] = (versions[req.httpVersion] || 0) + 1;\n"
    "    res.writeHead(201, {'retry-after': '3'}); res.end();\n"
    "    if (++n === want) process.stdout.write(`done ${n} sessions ${sessions} bytes ${bytes} "
    "h2 ${versions['2.0'] || 0}\\n`);\n"
    "  });\n"
    "});\n"
    "srv.listen(0, '127.0.0.1', () => process.stdout.write(`port ${srv.address().port}\\n`));\n"
    "setTimeout(() => process.exit(2), 30000);\n";

#define H2_N 50

static void skip(int count, const char *why)
{
    for (int i = 0; i < count; i++) {
        tap_n++;
        printf("ok %d # skip %s\n", tap_n, why);
    }
}

static void test_h2(void)
{
    char cmd[512], js[300], line[256];
    snprintf(js, sizeof js, "%s/h2.js", tmpdir);
    FILE *f = fopen(js, "w");
    if (!f || fputs(h2_js, f) < 0 || fclose(f) != 0 ||
        system("node --version >/dev/null 2>&1") != 0) {
        skip(8, "node is not installed");
        return;
    }
    snprintf(cmd, sizeof cmd,
             "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 "
             "-subj /CN=localhost -keyout %s/key.pem -out %s/cert.pem >/dev/null 2>&1",
             tmpdir, tmpdir);
    if (system(cmd) != 0) {
        skip(8, "openssl could not make a certificate");
        return;
    }
    int out[2];
    if (pipe(out) < 0)
        return;
    pid_t pid = fork();
    if (pid == 0) {
        char n[16];
        snprintf(n, sizeof n, "%d", H2_N);
        dup2(out[1], 1);
        close(out[0]);
        close(out[1]);
        execlp("node", "node", js, tmpdir, n, (char *)NULL);
        _exit(127);
    }
    close(out[1]);
    FILE *from = fdopen(out[0], "r");
    int port = 0;
    if (!from || !fgets(line, sizeof line, from) || sscanf(line, "port %d", &port) != 1) {
        ok(0, "the node server started");
        kill(pid, SIGTERM);
        waitpid(pid, NULL, 0);
        return;
    }
    ok(port > 0, "a node HTTP/2-only server on port %d", port);

    struct netguard g = {0};
    char hp[64], url[96];
    snprintf(hp, sizeof hp, "127.0.0.1:%d", port);
    snprintf(url, sizeof url, "https://127.0.0.1:%d/push/abc", port);
    netguard_allow(&g, hp);
    struct outbound *ob;
    struct outbound_options o = {.guard = &g};
    static struct outbound_req r[H2_N];
    int added = 0, good = 0;
    outbound_new(&ob, &o);
    for (int i = 0; i < H2_N; i++) {
        r[i] = post(url);
        r[i].headers[0] = "TTL: 60";
        r[i].body = "0123456789";
        r[i].body_len = 10;
        added += outbound_add(ob, &r[i]) == 0;
    }
    run_all(ob);
    for (int i = 0; i < H2_N; i++)
        good += r[i].status == 201 && r[i].err == 0 && r[i].retry_after_s == 3;
    is_int(added, H2_N, "%d requests added at once", H2_N);
    is_int(good, H2_N, "all answered 201 with retry-after: 3 (%s)", r[0].errmsg);
    struct outbound_stats st;
    outbound_stats(ob, &st);
    is_int(st.connections, 1, "stats: one connection");
    outbound_free(ob);

    int n = 0, sessions = 0, bytes = 0, h2 = 0;
    if (fgets(line, sizeof line, from))
        sscanf(line, "done %d sessions %d bytes %d h2 %d", &n, &sessions, &bytes, &h2);
    is_int(n, H2_N, "node saw %d requests", H2_N);
    is_int(h2, H2_N, "all over HTTP/2");
    is_int(sessions, 1, "on one session (one connection)");
    is_int(bytes, H2_N * 10, "with their bodies");
    kill(pid, SIGTERM);
    waitpid(pid, NULL, 0);
    fclose(from);
}

int main(void)
{
    signal(SIGPIPE, SIG_IGN);
    if (!mkdtemp(tmpdir))
        return 1;
    for (int i = 0; i < CONN_MAX; i++)
        hs.conns[i].fd = -1;
    hs.lfd = listen_on_loopback(&hs.port);
    if (hs.lfd < 0 || pthread_create(&hs.th, NULL, http_thread, NULL) != 0)
        return 1;
    snprintf(base, sizeof base, "127.0.0.1:%d", hs.port);
    if (netguard_allow(&guard, base) < 0)
        return 1;

    test_statuses();
    test_timeout_and_redirect();
    test_reuse();
    test_inflight_cap();
    test_netguard();
    test_smtp();
    test_h2();

    atomic_store(&hs.stop, 1);
    pthread_join(hs.th, NULL);
    for (int i = 0; i < CONN_MAX; i++)
        if (hs.conns[i].fd >= 0)
            close(hs.conns[i].fd);
    close(hs.lfd);
    return done_testing_in(tmpdir);
}
