/*
 * listener.c: accepting within the node's limits (see listener.h).
 */
#include "listener.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include "addrcount.h"
#include "log.h"
#include "netaddr.h"

long listener_max_connections(long want)
{
    struct rlimit rl;
    long files = 1024, headroom, max;

    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        files = (long)rl.rlim_cur;
    else if (rl.rlim_cur == RLIM_INFINITY)
        files = 1L << 20;
    /* The store's connections and journal files, worker threads' files, logs,
     * each loop's listener and reserve: a fixed floor plus a share. */
    headroom = files / 20 > LISTENER_HEADROOM_MIN ? files / 20 : LISTENER_HEADROOM_MIN;
    max = files - headroom;
    if (max < 16)
        max = 16;
    if (want > 0)
        max = want; /* the operator's word, even past the file limit (the server warns) */
    return max;
}

/* Past a connection cap: a short answer the client can read, then close.
 * Whatever request bytes already arrived are read first, so that the close
 * is a FIN and not a reset that would discard the answer. */
static void refuse_fd(int fd, const char *status, const char *body, int retry_s)
{
    char out[384], sink[2048];
    int n = snprintf(out, sizeof out,
                     "HTTP/1.1 %s\r\nContent-Type: application/json\r\n"
                     "Retry-After: %d\r\nConnection: close\r\nContent-Length: %zu\r\n\r\n%s",
                     status, retry_s, strlen(body), body);
    ssize_t r = recv(fd, sink, sizeof sink, MSG_DONTWAIT);
    (void)r;
    r = send(fd, out, (size_t)n, MSG_DONTWAIT | MSG_NOSIGNAL);
    (void)r;
    close(fd);
}

static void refuse_busy(int fd)
{
    refuse_fd(fd, "503 Service Unavailable",
              "{\"error\":\"busy\",\"message\":\"the server is at its connection limit\"}", 5);
}

int listener_admit(struct listener_counts *n, const struct sockaddr_storage *ss, socklen_t len,
                   struct listener_slot *slot, char *key_text, size_t ksz)
{
    unsigned char a[16], site[16];
    memset(slot, 0, sizeof *slot);
    if (!n->per_addr || netaddr_of_sockaddr((const struct sockaddr *)ss, len, a) < 0 ||
        netaddr_is_self(a))
        return 0;
    for (size_t i = 0; i < n->nexempt; i++)
        if (netaddr_in_net(a, n->exempt[i].net, n->exempt[i].bits))
            return 0;
    netaddr_client_key(a, slot->key);
    if (addrcount_take(n->per_addr, slot->key, NULL) < 0) {
        netaddr_format(slot->key, 64, key_text, ksz);
        return -EAGAIN;
    }
    slot->counted = LISTENER_COUNTED_ADDR;
    if (!n->per_site || !netaddr_site_key(a, site))
        return 0;
    if (addrcount_take(n->per_site, site, NULL) < 0) {
        addrcount_put(n->per_addr, slot->key);
        slot->counted = 0;
        netaddr_format(site, 48, key_text, ksz);
        return -EBUSY;
    }
    slot->counted |= LISTENER_COUNTED_SITE;
    return 0;
}

void listener_release(struct listener_counts *n, const struct listener_slot *slot)
{
    unsigned char site[16];
    if (slot && (slot->counted & LISTENER_COUNTED_ADDR))
        addrcount_put(n->per_addr, slot->key);
    if (slot && (slot->counted & LISTENER_COUNTED_SITE) && netaddr_site_key(slot->key, site))
        addrcount_put(n->per_site, site);
    atomic_fetch_sub(&n->conns, 1);
}

/* A new connection fd past its address's share (rc -EAGAIN) or its /48's
 * (-EBUSY): a short 429, closed; logged at most once every 10 s. */
static void refuse_address(struct listener_counts *n, int fd, int rc, const char *who)
{
    static struct log_limit lim;
    int site = rc == -EBUSY;
    atomic_fetch_sub(&n->conns, 1);
    atomic_fetch_add(site ? &n->refused_site : &n->refused_addr, 1);
    log_limited(&lim, LOG_WARN,
                "net: %s holds %u connections (%s): new ones refused; "
                "if it is a proxy, name it with --trust-proxy",
                who, site ? n->per_addr_max * LISTENER_SITE_SHARES : n->per_addr_max,
                site ? "a /48's share: twice --max-conns-per-addr" : "--max-conns-per-addr");
    refuse_fd(fd, "429 Too Many Requests",
              "{\"error\":\"too_many_connections\",\"message\":\"this address holds "
              "as many connections as one client may\"}",
              10);
}

static void accept_resume(uv_timer_t *t);
static void on_listen_readable(uv_poll_t *p, int status, int events);

/* accept() failed with EMFILE or ENFILE. The pending connection would wake
 * the loop again and again: give up the reserve descriptor, take the
 * connection with it and close it at once, then take the reserve back. If
 * that cannot be done, stop accepting for a moment instead of spinning. */
static int shed_without_fds(struct listener *l, int err)
{
    static struct log_limit lim;
    atomic_fetch_add(&l->counts->fd_exhausted, 1);
    log_limited(&lim, LOG_WARN,
                "net: out of file descriptors (%s): connections refused; "
                "lower --max-connections or raise the file limit",
                strerror(err));
    if (l->reserve_fd >= 0) {
        close(l->reserve_fd);
        int fd = accept4(l->fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0)
            refuse_busy(fd);
        l->reserve_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (fd >= 0 && l->reserve_fd >= 0)
            return 0;
    }
    uv_poll_stop(&l->poll);
    uv_timer_start(&l->retry, accept_resume, LISTENER_PAUSE_MS, 0);
    return -1;
}

static void accept_resume(uv_timer_t *t)
{
    struct listener *l = t->data;
    if (l->reserve_fd < 0)
        l->reserve_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (!l->closed)
        uv_poll_start(&l->poll, UV_READABLE, on_listen_readable);
}

/* The listening socket is readable: accept a bounded batch, so that one
 * loop iteration never turns into an accept loop. Connections past the cap
 * are answered 503 and closed, past their address's share 429; existing
 * ones go on being served. */
static void on_listen_readable(uv_poll_t *p, int status, int events)
{
    static struct log_limit lim_cap, lim_err;
    struct listener *l = p->data;
    struct listener_counts *n = l->counts;
    (void)events;

    if (status < 0) {
        log_limited(&lim_err, LOG_WARN, "net: listener: %s", uv_strerror(status));
        return;
    }
    for (int i = 0; i < LISTENER_BATCH; i++) {
        struct sockaddr_storage ss;
        socklen_t len = sizeof ss;
        int fd = accept4(l->fd, (struct sockaddr *)&ss, &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            int e = errno;
            if (e == EAGAIN || e == EWOULDBLOCK)
                return;
            if (e == EINTR || e == ECONNABORTED || e == EPROTO)
                continue;
            if (e == EMFILE || e == ENFILE) {
                if (shed_without_fds(l, e) < 0)
                    return;
                continue;
            }
            log_limited(&lim_err, LOG_WARN, "net: accept failed: %s", strerror(e));
            return;
        }
        if (atomic_fetch_add(&n->conns, 1) >= n->max_conns) {
            atomic_fetch_sub(&n->conns, 1);
            atomic_fetch_add(&n->refused, 1);
            log_limited(&lim_cap, LOG_WARN,
                        "net: connection limit reached (%ld): new connections refused",
                        n->max_conns);
            refuse_busy(fd);
            continue;
        }
        struct listener_slot slot;
        char who[NETADDR_TEXT_MAX + 4];
        int rc = listener_admit(n, &ss, len, &slot, who, sizeof who);
        if (rc < 0) {
            refuse_address(n, fd, rc, who);
            continue;
        }
        l->on_conn(l, fd, &slot);
    }
}

int listener_start(struct listener *l, uv_loop_t *loop, int fd, struct listener_counts *counts,
                   listener_fn on_conn, void *data)
{
    int rc;
    memset(l, 0, sizeof *l);
    l->fd = fd;
    l->counts = counts;
    l->on_conn = on_conn;
    l->data = data;
    l->reserve_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    uv_timer_init(loop, &l->retry);
    l->retry.data = l;
    if ((rc = uv_poll_init_socket(loop, &l->poll, fd)) < 0)
        return rc;
    l->poll.data = l;
    return uv_poll_start(&l->poll, UV_READABLE, on_listen_readable);
}

void listener_close(struct listener *l)
{
    l->closed = 1;
    if (!uv_is_closing((uv_handle_t *)&l->poll))
        uv_close((uv_handle_t *)&l->poll, NULL);
    if (!uv_is_closing((uv_handle_t *)&l->retry))
        uv_close((uv_handle_t *)&l->retry, NULL);
}

int listener_owns(const struct listener *l, const uv_handle_t *h)
{
    return h == (const uv_handle_t *)&l->poll || h == (const uv_handle_t *)&l->retry;
}

void listener_free(struct listener *l)
{
    if (l->fd >= 0)
        close(l->fd);
    if (l->reserve_fd >= 0)
        close(l->reserve_fd);
    l->fd = l->reserve_fd = -1;
}
