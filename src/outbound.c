#include "outbound.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "xmalloc.h"

/* Idle transfers kept for reuse: enough for a steady stream of requests to
 * find a ready handle, few enough that a burst leaves little behind. */
#define FREE_MAX 32
/* A header line longer than this is not one we read (Retry-After is short). */
#define HEADER_LINE_MAX 256

/* One transfer: an easy handle and what its callbacks need. Reused from the
 * free list, so a hundred thousand requests make a few dozen of these. */
struct xfer {
    CURL *easy;
    struct outbound *ob;
    struct outbound_req *req; /* NULL while on the free list */
    struct xfer *prev, *next; /* in flight: ob->active; idle: ob->idle (next only) */
    struct curl_slist *headers, *rcpt;
    struct netguard_url nu;
    const char *refused; /* netguard's reason, when it refused a socket */
    size_t reply_len;
    char errbuf[CURL_ERROR_SIZE];
};

struct outbound {
    CURLM *multi;
    struct outbound_options o;
    struct netguard noguard; /* stands in for a NULL guard: no exception */
    struct xfer *active, *idle;
    size_t inflight, nidle;
    _Atomic uint64_t started, finished, errors, connections;
};

static pthread_once_t global_once = PTHREAD_ONCE_INIT;
static CURLcode global_rc = CURLE_FAILED_INIT;

static void global_init(void)
{
    global_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

int outbound_new(struct outbound **out, const struct outbound_options *o)
{
    pthread_once(&global_once, global_init);
    if (global_rc != CURLE_OK)
        return -EIO;
    struct outbound *ob = xcalloc(1, sizeof *ob);
    if (o)
        ob->o = *o;
    if (!ob->o.max_inflight)
        ob->o.max_inflight = 256;
    if (!ob->o.max_host_conn)
        ob->o.max_host_conn = 4;
    if (!ob->o.timeout_ms)
        ob->o.timeout_ms = 30000;
    if (!ob->o.connect_ms)
        ob->o.connect_ms = 10000;
    if (!ob->o.guard)
        ob->o.guard = &ob->noguard;
    ob->multi = curl_multi_init();
    if (!ob->multi) {
        free(ob);
        return -ENOMEM;
    }
    /* h2 streams share a connection; PIPEWAIT on each request makes a burst
     * to one push service wait for the first connection's ALPN answer
     * instead of opening max_host_conn connections at once. */
    curl_multi_setopt(ob->multi, CURLMOPT_PIPELINING, (long)CURLPIPE_MULTIPLEX);
    curl_multi_setopt(ob->multi, CURLMOPT_MAX_HOST_CONNECTIONS, (long)ob->o.max_host_conn);
    curl_multi_setopt(ob->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long)ob->o.max_inflight);
    curl_multi_setopt(ob->multi, CURLMOPT_MAXCONNECTS, (long)ob->o.max_inflight);
    *out = ob;
    return 0;
}

static void xfer_clear(struct xfer *x)
{
    curl_slist_free_all(x->headers);
    curl_slist_free_all(x->rcpt);
    x->headers = x->rcpt = NULL;
    x->req = NULL;
    x->refused = NULL;
    x->reply_len = 0;
    x->errbuf[0] = '\0';
}

static void xfer_destroy(struct xfer *x)
{
    xfer_clear(x);
    curl_easy_cleanup(x->easy);
    free(x);
}

void outbound_free(struct outbound *ob)
{
    if (!ob)
        return;
    while (ob->active) {
        struct xfer *x = ob->active;
        ob->active = x->next;
        curl_multi_remove_handle(ob->multi, x->easy);
        x->req->easy = NULL;
        xfer_destroy(x);
    }
    while (ob->idle) {
        struct xfer *x = ob->idle;
        ob->idle = x->next;
        xfer_destroy(x);
    }
    curl_multi_cleanup(ob->multi);
    free(ob);
}

/* A reused handle forgets every option (curl_easy_reset) but the multi
 * handle keeps the connections and the DNS cache, so reuse costs nothing. */
static struct xfer *xfer_get(struct outbound *ob)
{
    struct xfer *x = ob->idle;
    if (x) {
        ob->idle = x->next;
        ob->nidle--;
        curl_easy_reset(x->easy);
    } else {
        x = xcalloc(1, sizeof *x);
        x->easy = curl_easy_init();
        if (!x->easy) {
            free(x);
            return NULL;
        }
        x->ob = ob;
    }
    x->prev = x->next = NULL;
    return x;
}

static void xfer_put(struct outbound *ob, struct xfer *x)
{
    xfer_clear(x);
    if (ob->nidle >= FREE_MAX) {
        xfer_destroy(x);
        return;
    }
    x->next = ob->idle;
    ob->idle = x;
    ob->nidle++;
}

/* The connect-time check: curl asks us for each socket it is about to
 * connect, with the address it resolved, so a name that resolves to a
 * private address now (even if it did not when the subscription was stored)
 * is refused here. */
static curl_socket_t open_socket(void *clientp, curlsocktype purpose, struct curl_sockaddr *addr)
{
    struct xfer *x = clientp;
    (void)purpose;
    int fd = netguard_socket(x->ob->o.guard, &x->nu, addr->family, addr->socktype, addr->protocol,
                             &addr->addr, addr->addrlen, &x->refused);
    return fd < 0 ? CURL_SOCKET_BAD : fd;
}

/* Retry-After is delta-seconds or an HTTP date (RFC 9110 10.2.3). A value
 * that is neither is ignored; a date in the past means "now". */
static long parse_retry_after(const char *v)
{
    while (*v == ' ' || *v == '\t')
        v++;
    if (*v >= '0' && *v <= '9') {
        long s = 0;
        for (; *v >= '0' && *v <= '9'; v++)
            s = s < 100000000L ? s * 10 + (*v - '0') : 1000000000L;
        while (*v == ' ' || *v == '\t' || *v == '\r' || *v == '\n')
            v++;
        return *v ? -1 : s;
    }
    time_t t = curl_getdate(v, NULL);
    if (t == (time_t)-1)
        return -1;
    time_t now = time(NULL);
    return t > now ? (long)(t - now) : 0;
}

static size_t on_header(char *data, size_t size, size_t n, void *userp)
{
    struct xfer *x = userp;
    size_t len = size * n;
    char line[HEADER_LINE_MAX];
    if (len >= sizeof line)
        return len;
    memcpy(line, data, len);
    line[len] = '\0';
    /* A new status line starts a new response (after a 1xx): forget the
     * previous one's Retry-After. */
    if (strncmp(line, "HTTP/", 5) == 0)
        x->req->retry_after_s = -1;
    else if (strncasecmp(line, "retry-after:", 12) == 0)
        x->req->retry_after_s = parse_retry_after(line + 12);
    return len;
}

/* Keeps the body's first bytes for the log, and drops the rest. */
static size_t on_body(char *data, size_t size, size_t n, void *userp)
{
    struct xfer *x = userp;
    size_t len = size * n, room = sizeof x->req->reply - 1 - x->reply_len;
    size_t take = len < room ? len : room;
    memcpy(x->req->reply + x->reply_len, data, take);
    x->reply_len += take;
    x->req->reply[x->reply_len] = '\0';
    return len;
}

static size_t on_read(char *buf, size_t size, size_t n, void *userp)
{
    struct outbound_req *r = ((struct xfer *)userp)->req;
    size_t left = r->body_len - r->body_sent, take = size * n < left ? size * n : left;
    memcpy(buf, (const char *)r->body + r->body_sent, take);
    r->body_sent += take;
    return take;
}

static void set_common(struct outbound *ob, struct xfer *x)
{
    CURL *e = x->easy;
    curl_easy_setopt(e, CURLOPT_PRIVATE, x);
    curl_easy_setopt(e, CURLOPT_URL, x->req->url);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, x->errbuf);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, (long)ob->o.timeout_ms);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, (long)ob->o.connect_ms);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPIDLE, 60L);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPINTVL, 30L);
    /* A proxy from the environment would put its own address under the
     * netguard check instead of the endpoint's. */
    curl_easy_setopt(e, CURLOPT_PROXY, "");
}

static int header_ok(const char *h)
{
    return h[strcspn(h, "\r\n")] == '\0' && strchr(h, ':') != NULL;
}

static int setup_http(struct outbound *ob, struct xfer *x)
{
    struct outbound_req *r = x->req;
    CURL *e = x->easy;
    if (netguard_check_url(ob->o.guard, r->url, &x->nu, NULL) < 0 || (!r->body && r->body_len))
        return -EINVAL;
    int has_type = 0;
    for (size_t i = 0; i < OUTBOUND_HEADERS_MAX && r->headers[i]; i++) {
        if (!header_ok(r->headers[i]))
            return -EINVAL;
        has_type |= strncasecmp(r->headers[i], "content-type:", 13) == 0;
        x->headers = curl_slist_append(x->headers, r->headers[i]);
    }
    /* Without these, curl adds a form Content-Type to every POST and may
     * wait for a 100-continue the push service never sends. */
    if (!has_type)
        x->headers = curl_slist_append(x->headers, "Content-Type:");
    x->headers = curl_slist_append(x->headers, "Expect:");
    if (!x->headers)
        return -ENOMEM;
    set_common(ob, x);
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, x->headers);
    curl_easy_setopt(e, CURLOPT_POST, 1L);
    curl_easy_setopt(e, CURLOPT_POSTFIELDS, r->body ? r->body : "");
    curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)r->body_len);
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
    /* Waiting for multiplexing only makes sense where ALPN can offer it:
     * over plain http (the test exception) curl cannot tell an HTTP/1.1
     * connection from a future h2 one until a response arrives, so a
     * request stuck on it would hold every other one behind it. */
    curl_easy_setopt(e, CURLOPT_PIPEWAIT, x->nu.https ? 1L : 0L);
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, x->nu.excepted ? "http,https" : "https");
    curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, open_socket);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, x);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, x);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, x);
    if (x->nu.excepted) {
        /* Only the test exception (--push-insecure-host) gets here: the
         * end-to-end tests run a push service with a self-signed
         * certificate on loopback. Real endpoints are always verified. */
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    return 0;
}

/* A relay on this machine is the operator's own and may lack a certificate
 * for "localhost"; anything else must speak TLS. */
static int smtp_local(const char *url)
{
    CURLU *h = curl_url();
    char *host = NULL;
    int local = 0;
    if (h && curl_url_set(h, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_get(h, CURLUPART_HOST, &host, 0) == CURLUE_OK) {
        struct in_addr a4;
        size_t n = strlen(host);
        if (strcasecmp(host, "localhost") == 0 || strcmp(host, "[::1]") == 0)
            local = 1;
        else if (n && host[n - 1] != ']' && inet_pton(AF_INET, host, &a4) == 1)
            local = (ntohl(a4.s_addr) >> 24) == 127;
    }
    curl_free(host);
    curl_url_cleanup(h);
    return local;
}

static int setup_smtp(struct outbound *ob, struct xfer *x)
{
    struct outbound_req *r = x->req;
    CURL *e = x->easy;
    if (!r->mail_from || !r->rcpt || (!r->body && r->body_len))
        return -EINVAL;
    int smtps = strncasecmp(r->url, "smtps://", 8) == 0;
    if (!smtps && strncasecmp(r->url, "smtp://", 7) != 0)
        return -EINVAL;
    x->rcpt = curl_slist_append(NULL, r->rcpt);
    if (!x->rcpt)
        return -ENOMEM;
    set_common(ob, x);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(e, CURLOPT_MAIL_FROM, r->mail_from);
    curl_easy_setopt(e, CURLOPT_MAIL_RCPT, x->rcpt);
    curl_easy_setopt(e, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(e, CURLOPT_READFUNCTION, on_read);
    curl_easy_setopt(e, CURLOPT_READDATA, x);
    curl_easy_setopt(e, CURLOPT_INFILESIZE_LARGE, (curl_off_t)r->body_len);
    curl_easy_setopt(e, CURLOPT_USE_SSL,
                     (long)(!smtps && smtp_local(r->url) ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    return 0;
}

int outbound_add(struct outbound *ob, struct outbound_req *r)
{
    if (!r || !r->url || (r->kind != OUTBOUND_HTTP_POST && r->kind != OUTBOUND_SMTP))
        return -EINVAL;
    if (ob->inflight >= ob->o.max_inflight)
        return -EAGAIN;
    struct xfer *x = xfer_get(ob);
    if (!x)
        return -ENOMEM;
    x->req = r;
    r->status = 0;
    r->retry_after_s = -1;
    r->err = 0;
    r->errmsg[0] = '\0';
    r->reply[0] = '\0';
    r->body_sent = 0;
    int rc = r->kind == OUTBOUND_HTTP_POST ? setup_http(ob, x) : setup_smtp(ob, x);
    if (rc == 0 && curl_multi_add_handle(ob->multi, x->easy) != CURLM_OK)
        rc = -ENOMEM;
    if (rc < 0) {
        xfer_put(ob, x);
        return rc;
    }
    r->easy = x;
    x->next = ob->active;
    if (ob->active)
        ob->active->prev = x;
    ob->active = x;
    ob->inflight++;
    atomic_fetch_add_explicit(&ob->started, 1, memory_order_relaxed);
    return 0;
}

static int map_error(const struct xfer *x, CURLcode c)
{
    switch (c) {
    case CURLE_OK: return 0;
    case CURLE_OPERATION_TIMEDOUT: return -ETIMEDOUT;
    case CURLE_COULDNT_CONNECT: return x->refused ? -EACCES : -ECONNREFUSED;
    case CURLE_COULDNT_RESOLVE_HOST: return -EHOSTUNREACH;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_GOT_NOTHING:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_USE_SSL_FAILED: return -EPROTO;
    default: return -EIO;
    }
}

/* Fills r's results, takes the handle off the multi and back to the free
 * list, and only then calls done(), which may add the next request. */
static void finish(struct outbound *ob, struct xfer *x, CURLcode c,
                   void (*done)(void *, struct outbound_req *), void *arg)
{
    struct outbound_req *r = x->req;
    long n = 0;
    curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &r->status);
    if (curl_easy_getinfo(x->easy, CURLINFO_NUM_CONNECTS, &n) == CURLE_OK && n > 0)
        atomic_fetch_add_explicit(&ob->connections, (uint64_t)n, memory_order_relaxed);
    r->err = map_error(x, c);
    if (r->err == -EACCES)
        snprintf(r->errmsg, sizeof r->errmsg, "netguard refused the address: %s", x->refused);
    else if (r->err)
        snprintf(r->errmsg, sizeof r->errmsg, "%.*s", (int)sizeof r->errmsg - 1,
                 x->errbuf[0] ? x->errbuf : curl_easy_strerror(c));
    curl_multi_remove_handle(ob->multi, x->easy);
    if (x->prev)
        x->prev->next = x->next;
    else
        ob->active = x->next;
    if (x->next)
        x->next->prev = x->prev;
    xfer_put(ob, x);
    r->easy = NULL;
    ob->inflight--;
    atomic_fetch_add_explicit(&ob->finished, 1, memory_order_relaxed);
    if (r->err)
        atomic_fetch_add_explicit(&ob->errors, 1, memory_order_relaxed);
    if (done)
        done(arg, r);
}

static int drain(struct outbound *ob, void (*done)(void *, struct outbound_req *), void *arg)
{
    CURLMsg *m;
    int left, n = 0;
    while ((m = curl_multi_info_read(ob->multi, &left))) {
        if (m->msg != CURLMSG_DONE)
            continue;
        struct xfer *x = NULL;
        curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **)&x);
        finish(ob, x, m->data.result, done, arg);
        n++;
    }
    return n;
}

int outbound_run(struct outbound *ob, int wait_ms, void (*done)(void *arg, struct outbound_req *r),
                 void *arg)
{
    int running;
    if (curl_multi_perform(ob->multi, &running) != CURLM_OK)
        return -EIO;
    /* When something just finished, return at once: the caller may have
     * more to send. Otherwise wait for the network (or a wakeup). */
    if (drain(ob, done, arg) == 0 && wait_ms > 0) {
        if (curl_multi_poll(ob->multi, NULL, 0, wait_ms, NULL) != CURLM_OK)
            return -EIO;
        if (curl_multi_perform(ob->multi, &running) != CURLM_OK)
            return -EIO;
        drain(ob, done, arg);
    }
    return (int)ob->inflight;
}

void outbound_wakeup(struct outbound *ob)
{
    curl_multi_wakeup(ob->multi);
}

size_t outbound_inflight(const struct outbound *ob)
{
    return ob->inflight;
}

void outbound_stats(const struct outbound *ob, struct outbound_stats *out)
{
    out->started = atomic_load_explicit(&ob->started, memory_order_relaxed);
    out->finished = atomic_load_explicit(&ob->finished, memory_order_relaxed);
    out->errors = atomic_load_explicit(&ob->errors, memory_order_relaxed);
    out->connections = atomic_load_explicit(&ob->connections, memory_order_relaxed);
}
