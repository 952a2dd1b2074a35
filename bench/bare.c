/* bare: the reference broadcaster for `make bench`.
 *
 * One thread, one epoll set.  Subscribers connect with GET: a request with
 * "Upgrade: websocket" gets a 101 and WebSocket text frames, any other GET gets
 * a text/event-stream head and SSE blocks.  A publisher sends POST /publish with
 * a body on the same port; the body is framed ONCE per wire format and written
 * to every subscriber with one non-blocking write() each.  A write that returns
 * EAGAIN is counted as a drop (nothing queued, stream intact); a short write is
 * counted as a drop and the subscriber is closed, since its stream now holds a
 * partial frame.  There is no queue, no ring, no heartbeat: this is the floor
 * that Crier's CPU and memory are compared against.
 *
 * With --durable FILE it also appends each published body to FILE and calls
 * fdatasync() before broadcasting and answering: the least a broadcaster that
 * keeps what it acknowledged must do. `make bench` runs it as "bared", so that
 * Crier's fixed cost per post can be read against a durable floor as well.
 *
 *   bare [--host 127.0.0.1] [--port 18701] [--durable FILE]
 *
 * POST /stats answers a one-line JSON summary.  SIGINT/SIGTERM print it to
 * stderr and exit.
 *
 * Build: cc -O2 -Wall -o bench/build/bare bench/bare.c -lcrypto
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#define HEAD_MAX (16 * 1024)
#define BODY_MAX (1024 * 1024)
#define WS_GUID "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

enum kind { K_HTTP, K_WS, K_SSE };

struct conn {
    int fd;
    int kind;
    int sub_index; /* index in subs[] when kind is K_WS or K_SSE */
    int dead;      /* closed during this epoll batch; freed after it */
    struct conn *next_dead;
    char *in; /* request bytes; only while kind == K_HTTP */
    size_t in_len, in_cap;
};

static struct conn *graveyard;

static struct conn **subs;
static size_t nsubs, subs_cap;
static int epfd;
static volatile sig_atomic_t stop_flag;

static unsigned long long st_publishes, st_writes, st_eagain, st_short, st_closed, st_accepted;
static unsigned long long seq;
static int durable_fd = -1; /* --durable: the file each body is appended to */

/* One buffer per wire format, reused for every publish. */
static char *ws_frame, *sse_block;
static size_t ws_cap, sse_cap;

static void on_signal(int sig)
{
    (void)sig;
    stop_flag = 1;
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q) {
        perror("bare: realloc");
        abort();
    }
    return q;
}

static void sub_add(struct conn *c)
{
    if (nsubs == subs_cap) {
        subs_cap = subs_cap ? subs_cap * 2 : 1024;
        subs = xrealloc(subs, subs_cap * sizeof *subs);
    }
    c->sub_index = (int)nsubs;
    subs[nsubs++] = c;
}

static void sub_remove(struct conn *c)
{
    size_t i = (size_t)c->sub_index;
    if (c->sub_index < 0 || i >= nsubs || subs[i] != c)
        return;
    subs[i] = subs[--nsubs];
    subs[i]->sub_index = (int)i;
    c->sub_index = -1;
}

/* Never free inside the batch: a later event in the same epoll_wait batch may
 * still point at c. */
static void conn_close(struct conn *c)
{
    if (c->dead)
        return;
    if (c->kind != K_HTTP)
        sub_remove(c);
    epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
    close(c->fd);
    free(c->in);
    c->in = NULL;
    c->dead = 1;
    c->next_dead = graveyard;
    graveyard = c;
    st_closed++;
}

static void reap(void)
{
    while (graveyard) {
        struct conn *c = graveyard;
        graveyard = c->next_dead;
        free(c);
    }
}

/* Blocking-free best effort: heads and small answers fit in an empty socket
 * buffer.  A connection that cannot take them is closed. */
static int write_all(int fd, const char *p, size_t n)
{
    ssize_t w = write(fd, p, n);
    return w == (ssize_t)n ? 0 : -1;
}

/* Case-insensitive search for header `name` in the head [h, h+n); returns the
 * value start and sets *vlen, or NULL. */
static const char *header_value(const char *h, size_t n, const char *name, size_t *vlen)
{
    size_t nl = strlen(name);
    const char *end = h + n;
    const char *line = memchr(h, '\n', n); /* skip the request line */
    while (line && line + 1 < end) {
        line++;
        const char *eol = memchr(line, '\n', (size_t)(end - line));
        if (!eol)
            break;
        if ((size_t)(eol - line) > nl && strncasecmp(line, name, nl) == 0 && line[nl] == ':') {
            const char *v = line + nl + 1;
            while (v < eol && (*v == ' ' || *v == '\t'))
                v++;
            const char *ve = eol;
            while (ve > v && (ve[-1] == '\r' || ve[-1] == ' ' || ve[-1] == '\t'))
                ve--;
            *vlen = (size_t)(ve - v);
            return v;
        }
        line = eol;
    }
    return NULL;
}

static int has_token(const char *v, size_t vlen, const char *tok)
{
    size_t tl = strlen(tok);
    for (size_t i = 0; i + tl <= vlen; i++)
        if (strncasecmp(v + i, tok, tl) == 0)
            return 1;
    return 0;
}

static void ensure(char **buf, size_t *cap, size_t need)
{
    if (*cap < need) {
        *cap = need + 4096;
        *buf = xrealloc(*buf, *cap);
    }
}

/* --durable: the body's length, then the body, appended and on disk before
 * the publish is broadcast or acknowledged. 0 or -1. */
static int keep(const char *body, size_t len)
{
    char head[32];
    int hl = snprintf(head, sizeof head, "%zu\n", len);
    struct iovec iov[2] = {{head, (size_t)hl}, {(void *)body, len}};
    if (writev(durable_fd, iov, 2) != (ssize_t)((size_t)hl + len))
        return -1;
    return fdatasync(durable_fd);
}

/* Frame the body once per format, then one write() per subscriber. */
static void broadcast(const char *body, size_t len)
{
    seq++;
    st_publishes++;

    size_t hl = len < 126 ? 2 : len <= 0xffff ? 4 : 10;
    ensure(&ws_frame, &ws_cap, hl + len);
    ws_frame[0] = (char)0x81;
    if (hl == 2) {
        ws_frame[1] = (char)len;
    } else if (hl == 4) {
        ws_frame[1] = 126;
        ws_frame[2] = (char)(len >> 8);
        ws_frame[3] = (char)len;
    } else {
        ws_frame[1] = 127;
        for (int i = 0; i < 8; i++)
            ws_frame[2 + i] = (char)((uint64_t)len >> (56 - 8 * i));
    }
    memcpy(ws_frame + hl, body, len);
    size_t ws_len = hl + len;

    ensure(&sse_block, &sse_cap, len + 64);
    int pre = snprintf(sse_block, sse_cap, "id: %llu\nevent: post\ndata: ", seq);
    char *d = sse_block + pre;
    for (size_t i = 0; i < len; i++)
        d[i] = (body[i] == '\n' || body[i] == '\r') ? ' ' : body[i];
    d[len] = '\n';
    d[len + 1] = '\n';
    size_t sse_len = (size_t)pre + len + 2;

    size_t i = 0;
    while (i < nsubs) {
        struct conn *c = subs[i];
        const char *p = c->kind == K_WS ? ws_frame : sse_block;
        size_t n = c->kind == K_WS ? ws_len : sse_len;
        ssize_t w = write(c->fd, p, n);
        st_writes++;
        if (w == (ssize_t)n) {
            i++;
            continue;
        }
        if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            st_eagain++;
            i++;
            continue;
        }
        /* short write or error: the stream is broken; subs[i] gets refilled */
        if (w >= 0)
            st_short++;
        conn_close(c);
    }
}

static int stats_json(char *out, size_t cap)
{
    return snprintf(out, cap,
                    "{\"subscribers\":%zu,\"publishes\":%llu,\"writes\":%llu,\"drops_eagain\":%llu,"
                    "\"drops_short\":%llu,\"accepted\":%llu,\"closed\":%llu}",
                    nsubs, st_publishes, st_writes, st_eagain, st_short, st_accepted, st_closed);
}

/* Handle complete requests in c->in.  Returns -1 when the connection must go. */
static int http_process(struct conn *c)
{
    for (;;) {
        char *end = memmem(c->in, c->in_len, "\r\n\r\n", 4);
        if (!end)
            return c->in_len > HEAD_MAX ? -1 : 0;
        size_t head_len = (size_t)(end - c->in) + 4;
        const char *sp = memchr(c->in, ' ', head_len);
        if (!sp)
            return -1;
        size_t mlen = (size_t)(sp - c->in);
        const char *path = sp + 1;
        const char *pe = memchr(path, ' ', head_len - (size_t)(path - c->in));
        if (!pe)
            return -1;
        size_t plen = (size_t)(pe - path);

        if (mlen == 3 && memcmp(c->in, "GET", 3) == 0) {
            size_t ul = 0, kl = 0;
            const char *up = header_value(c->in, head_len, "Upgrade", &ul);
            const char *key = header_value(c->in, head_len, "Sec-WebSocket-Key", &kl);
            char resp[512];
            int rl;
            if (up && has_token(up, ul, "websocket") && key && kl > 0 && kl < 100) {
                unsigned char cat[160], md[SHA_DIGEST_LENGTH];
                char acc[64];
                memcpy(cat, key, kl);
                memcpy(cat + kl, WS_GUID, sizeof WS_GUID - 1);
                SHA1(cat, kl + sizeof WS_GUID - 1, md);
                EVP_EncodeBlock((unsigned char *)acc, md, SHA_DIGEST_LENGTH);
                rl = snprintf(resp, sizeof resp,
                              "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                              "Connection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n\r\n",
                              acc);
                c->kind = K_WS;
            } else {
                rl = snprintf(resp, sizeof resp,
                              "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                              "Cache-Control: no-cache\r\nConnection: keep-alive\r\n\r\n");
                c->kind = K_SSE;
            }
            if (write_all(c->fd, resp, (size_t)rl) < 0) {
                c->kind = K_HTTP;
                return -1;
            }
            /* A subscriber keeps no request buffer. */
            free(c->in);
            c->in = NULL;
            c->in_len = c->in_cap = 0;
            sub_add(c);
            return 0;
        }

        if (mlen == 4 && memcmp(c->in, "POST", 4) == 0) {
            size_t vl = 0;
            const char *cl = header_value(c->in, head_len, "Content-Length", &vl);
            size_t body_len = 0;
            if (cl) {
                char tmp[24];
                if (vl == 0 || vl >= sizeof tmp)
                    return -1;
                memcpy(tmp, cl, vl);
                tmp[vl] = 0;
                char *e;
                unsigned long long v = strtoull(tmp, &e, 10);
                if (*e || v > BODY_MAX)
                    return -1;
                body_len = (size_t)v;
            }
            if (c->in_len < head_len + body_len)
                return 0; /* wait for the body */
            const char *body = c->in + head_len;
            if (plen == 8 && memcmp(path, "/publish", 8) == 0) {
                if (durable_fd >= 0 && keep(body, body_len) < 0) {
                    static const char na[] =
                        "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n";
                    (void)write_all(c->fd, na, sizeof na - 1);
                    return -1; /* nothing kept: close, as on any error */
                }
                broadcast(body, body_len);
                static const char ok[] = "HTTP/1.1 204 No Content\r\n\r\n";
                if (write_all(c->fd, ok, sizeof ok - 1) < 0)
                    return -1;
            } else if (plen == 6 && memcmp(path, "/stats", 6) == 0) {
                char js[512], resp[640];
                int jl = stats_json(js, sizeof js);
                int rl = snprintf(resp, sizeof resp,
                                  "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: %d\r\n\r\n%s",
                                  jl, js);
                if (write_all(c->fd, resp, (size_t)rl) < 0)
                    return -1;
            } else {
                static const char nf[] = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n";
                if (write_all(c->fd, nf, sizeof nf - 1) < 0)
                    return -1;
            }
            size_t used = head_len + body_len;
            memmove(c->in, c->in + used, c->in_len - used);
            c->in_len -= used;
            continue;
        }

        static const char na[] = "HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n"
                                 "Connection: close\r\n\r\n";
        write_all(c->fd, na, sizeof na - 1);
        return -1;
    }
}

static void on_readable(struct conn *c)
{
    if (c->kind != K_HTTP) {
        /* Subscribers have nothing to say that we need: discard, watch for EOF. */
        char sink[4096];
        ssize_t r = read(c->fd, sink, sizeof sink);
        if (r == 0 || (r < 0 && errno != EAGAIN && errno != EINTR))
            conn_close(c);
        return;
    }
    for (int rounds = 0; rounds < 64; rounds++) {
        if (c->in_cap - c->in_len < 4096) {
            if (c->in_cap >= HEAD_MAX + BODY_MAX + 8192) {
                conn_close(c);
                return;
            }
            c->in_cap = c->in_cap ? c->in_cap * 2 : 8192;
            c->in = xrealloc(c->in, c->in_cap);
        }
        ssize_t r = read(c->fd, c->in + c->in_len, c->in_cap - c->in_len);
        if (r == 0) {
            conn_close(c);
            return;
        }
        if (r < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN)
                conn_close(c);
            return;
        }
        c->in_len += (size_t)r;
        if (http_process(c) < 0) {
            conn_close(c);
            return;
        }
        if (c->kind != K_HTTP)
            return;
    }
}

int main(int argc, char **argv)
{
    const char *host = "127.0.0.1";
    int port = 18701;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--host") == 0 && i + 1 < argc)
            host = argv[++i];
        else if (strcmp(argv[i], "--port") == 0 && i + 1 < argc)
            port = (int)strtol(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--durable") == 0 && i + 1 < argc) {
            durable_fd = open(argv[++i], O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
            if (durable_fd < 0) {
                perror("bare: --durable");
                return 1;
            }
        } else {
            fprintf(stderr, "usage: bare [--host 127.0.0.1] [--port 18701] [--durable FILE]\n");
            return 2;
        }
    }

    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    signal(SIGPIPE, SIG_IGN);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    int lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    int one = 1;
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in sin;
    memset(&sin, 0, sizeof sin);
    sin.sin_family = AF_INET;
    sin.sin_port = htons((uint16_t)port);
    if (inet_pton(AF_INET, host, &sin.sin_addr) != 1) {
        fprintf(stderr, "bare: bad host %s\n", host);
        return 2;
    }
    if (bind(lfd, (struct sockaddr *)&sin, sizeof sin) < 0 || listen(lfd, 4096) < 0) {
        perror("bare: bind/listen");
        return 1;
    }

    epfd = epoll_create1(EPOLL_CLOEXEC);
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = NULL};
    epoll_ctl(epfd, EPOLL_CTL_ADD, lfd, &ev);
    fprintf(stderr, "bare: listening on %s:%d (pid %d, nofile %llu)\n", host, port, (int)getpid(),
            (unsigned long long)rl.rlim_cur);

    struct epoll_event evs[512];
    while (!stop_flag) {
        int n = epoll_wait(epfd, evs, 512, 500);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            perror("bare: epoll_wait");
            break;
        }
        for (int i = 0; i < n; i++) {
            struct conn *c = evs[i].data.ptr;
            if (c == NULL) {
                for (int k = 0; k < 1024; k++) {
                    int fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
                    if (fd < 0)
                        break;
                    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    c = calloc(1, sizeof *c);
                    if (!c)
                        abort();
                    c->fd = fd;
                    c->kind = K_HTTP;
                    c->sub_index = -1;
                    struct epoll_event cev = {.events = EPOLLIN | EPOLLRDHUP, .data.ptr = c};
                    epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &cev);
                    st_accepted++;
                }
                continue;
            }
            if (!c->dead)
                on_readable(c);
        }
        reap();
    }
    char js[512];
    stats_json(js, sizeof js);
    fprintf(stderr, "bare: %s\n", js);
    return 0;
}
