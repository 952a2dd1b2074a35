/*
 * net_accept.c: taking connections in, within the node's limits. Each loop
 * accepts on its own descriptor of the listening socket (uv_poll and
 * accept4), a bounded batch per wake-up. Past the connection cap a client
 * gets a short 503; at the file limit, a reserve descriptor is given up to
 * take the pending connection and close it, or accepting pauses for
 * NET_ACCEPT_PAUSE_MS: the loop never spins and never wedges.
 */
#include "net.h"
#include "net_int.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include "log.h"
#include "xmalloc.h"

#define NET_ACCEPT_PAUSE_MS 100 /* accepting paused when out of descriptors */

long net_max_connections(long want)
{
    struct rlimit rl;
    long files = 1024, headroom, max;

    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        files = (long)rl.rlim_cur;
    else if (rl.rlim_cur == RLIM_INFINITY)
        files = 1L << 20;
    /* The store's connections and journal files, worker threads' files, logs,
     * each loop's listener and reserve: a fixed floor plus a share. */
    headroom = files / 20 > NET_FD_HEADROOM_MIN ? files / 20 : NET_FD_HEADROOM_MIN;
    max = files - headroom;
    if (max < 16)
        max = 16;
    if (want > 0)
        max = want; /* the operator's word, even past the file limit (the server warns) */
    return max;
}

/* Past the connection cap: a short answer the client can read, then close.
 * Whatever request bytes already arrived are read first, so that the close
 * is a FIN and not a reset that would discard the answer. */
static void refuse_fd(int fd)
{
    static const char body[] =
        "{\"error\":\"busy\",\"message\":\"the server is at its connection limit\"}";
    char out[256], sink[2048];
    int n = snprintf(out, sizeof out,
                     "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                     "Retry-After: 5\r\nConnection: close\r\nContent-Length: %zu\r\n\r\n%s",
                     sizeof body - 1, body);
    ssize_t r = recv(fd, sink, sizeof sink, MSG_DONTWAIT);
    (void)r;
    r = send(fd, out, (size_t)n, MSG_DONTWAIT | MSG_NOSIGNAL);
    (void)r;
    close(fd);
}

static void accept_resume(uv_timer_t *t);
static void on_listen_readable(uv_poll_t *p, int status, int events);

/* accept() failed with EMFILE or ENFILE. The pending connection would wake
 * the loop again and again: give up the reserve descriptor, take the
 * connection with it and close it at once, then take the reserve back. If
 * that cannot be done, stop accepting for a moment instead of spinning. */
static int shed_without_fds(struct net_loop *nl, int err)
{
    static struct log_limit lim;
    atomic_fetch_add(&nl->limits->fd_exhausted, 1);
    log_limited(&lim, LOG_WARN,
                "net: out of file descriptors (%s): connections refused; "
                "lower --max-connections or raise the file limit",
                strerror(err));
    if (nl->reserve_fd >= 0) {
        close(nl->reserve_fd);
        int fd = accept4(nl->listen_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0)
            refuse_fd(fd);
        nl->reserve_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (fd >= 0 && nl->reserve_fd >= 0)
            return 0;
    }
    uv_poll_stop(&nl->accept_poll);
    uv_timer_start(&nl->accept_retry, accept_resume, NET_ACCEPT_PAUSE_MS, 0);
    return -1;
}

static void accept_resume(uv_timer_t *t)
{
    struct net_loop *nl = t->data;
    if (nl->reserve_fd < 0)
        nl->reserve_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (!atomic_load(&nl->stopping))
        uv_poll_start(&nl->accept_poll, UV_READABLE, on_listen_readable);
}

static void conn_start(struct net_loop *nl, int fd)
{
    struct conn *c = xcalloc(1, sizeof *c);
    c->nl = nl;
    c->refs = 1;
    uv_tcp_init(&nl->loop, &c->tcp);
    c->tcp.data = c;
    if (uv_tcp_open(&c->tcp, fd) < 0) {
        close(fd);
        uv_close((uv_handle_t *)&c->tcp, (uv_close_cb)free);
        atomic_fetch_sub(&nl->limits->conns, 1);
        return;
    }
    nl->stats.connections++;
    nl->stats.accepted++;
    c->started_ms = uv_now(&nl->loop);
    uv_tcp_nodelay(&c->tcp, 1);
    net_conn_read_start(c);
}

/* The listening socket is readable: accept a bounded batch, so that one
 * loop iteration never turns into an accept loop. Connections past the cap
 * are answered 503 and closed; existing ones go on being served. */
static void on_listen_readable(uv_poll_t *p, int status, int events)
{
    static struct log_limit lim_cap, lim_err;
    struct net_loop *nl = p->data;
    struct net_limits *l = nl->limits;
    (void)events;

    if (status < 0) {
        log_limited(&lim_err, LOG_WARN, "net: listener: %s", uv_strerror(status));
        return;
    }
    for (int i = 0; i < NET_ACCEPT_BATCH; i++) {
        int fd = accept4(nl->listen_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            int e = errno;
            if (e == EAGAIN || e == EWOULDBLOCK)
                return;
            if (e == EINTR || e == ECONNABORTED || e == EPROTO)
                continue;
            if (e == EMFILE || e == ENFILE) {
                if (shed_without_fds(nl, e) < 0)
                    return;
                continue;
            }
            log_limited(&lim_err, LOG_WARN, "net: accept failed: %s", strerror(e));
            return;
        }
        if (atomic_fetch_add(&l->conns, 1) >= l->max_conns) {
            atomic_fetch_sub(&l->conns, 1);
            atomic_fetch_add(&l->refused, 1);
            log_limited(&lim_cap, LOG_WARN,
                        "net: connection limit reached (%ld): new connections refused",
                        l->max_conns);
            refuse_fd(fd);
            continue;
        }
        conn_start(nl, fd);
    }
}

int net_accept_init(struct net_loop *nl)
{
    int rc;
    nl->reserve_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if ((rc = uv_poll_init_socket(&nl->loop, &nl->accept_poll, nl->listen_fd)) < 0 ||
        (rc = uv_poll_start(&nl->accept_poll, UV_READABLE, on_listen_readable)) < 0) {
        log_error("net: listen failed: %s", uv_strerror(rc));
        return rc;
    }
    nl->accept_poll.data = nl;
    uv_timer_init(&nl->loop, &nl->accept_retry);
    nl->accept_retry.data = nl;
    return 0;
}
