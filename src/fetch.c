/*
 * fetch.c: bounded GETs of feeds over one libcurl multi handle (fetch.h).
 *
 * Each request is one easy handle at a time. A redirect ends that handle's
 * transfer; the next hop is a fresh transfer of the same request, after the
 * new URL has passed netguard's form check. The request's deadline is set
 * when it starts and every hop gets what is left of it.
 */
#include "fetch.h"

#include <curl/curl.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <stdlib.h>

#include "xmalloc.h"

struct hop {
    struct fetch_req *r;
    const struct fetch_options *o;
    CURL *easy;
    struct curl_slist *headers;
    struct netguard_url nu;
    const char *refused; /* netguard's reason, when it refused the address */
    int too_big;
    unsigned redirects;
    uint64_t deadline_ms;
    char errbuf[CURL_ERROR_SIZE];
};

static pthread_once_t global_once = PTHREAD_ONCE_INIT;
static CURLcode global_rc = CURLE_FAILED_INIT;

static void global_init(void)
{
    global_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

static uint64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

/* err, with errmsg "what: detail" (detail may be NULL), cut to fit. */
static void fail(struct fetch_req *r, int err, const char *what, const char *detail)
{
    r->err = err;
    snprintf(r->errmsg, sizeof r->errmsg, "%.120s%s%.70s", what, detail ? ": " : "",
             detail ? detail : "");
}

/* The address curl is about to connect to, checked after DNS. */
static curl_socket_t open_socket(void *clientp, curlsocktype purpose, struct curl_sockaddr *addr)
{
    struct hop *h = clientp;
    (void)purpose;
    int fd = netguard_socket(h->o->guard, &h->nu, addr->family, addr->socktype, addr->protocol,
                             &addr->addr, addr->addrlen, &h->refused);
    return fd < 0 ? CURL_SOCKET_BAD : fd;
}

static size_t on_body(char *data, size_t size, size_t n, void *userp)
{
    struct hop *h = userp;
    size_t len = size * n;
    if (h->r->body.len + len > h->o->max_bytes || buf_append(&h->r->body, data, len) < 0) {
        h->too_big = 1;
        return 0; /* curl stops with CURLE_WRITE_ERROR */
    }
    return len;
}

/* Copies the last answer's header name into dst ("" when absent or too long
 * to be a validator). */
static void header_copy(CURL *e, const char *name, char *dst, size_t size)
{
    struct curl_header *hd;
    dst[0] = '\0';
    if (curl_easy_header(e, name, 0, CURLH_HEADER, -1, &hd) == CURLHE_OK && hd->value &&
        strlen(hd->value) < size)
        snprintf(dst, size, "%s", hd->value);
}

/* Sets up h's easy handle for its request's current URL (r->url_now). */
static int hop_start(CURLM *multi, struct hop *h)
{
    struct fetch_req *r = h->r;
    const struct fetch_options *o = h->o;
    const char *why = NULL;
    uint64_t now = now_ms();

    if (netguard_check_url(o->guard, r->url_now, &h->nu, &why) < 0) {
        fail(r, -EINVAL, "refused URL", why);
        return -1;
    }
    if (now >= h->deadline_ms) {
        fail(r, -ETIMEDOUT, "timed out", NULL);
        return -1;
    }
    if (!h->easy && !(h->easy = curl_easy_init())) {
        fail(r, -ENOMEM, "out of memory", NULL);
        return -1;
    }
    CURL *e = h->easy;
    curl_easy_reset(e);
    buf_reset(&r->body);
    h->refused = NULL;
    h->too_big = 0;
    h->errbuf[0] = '\0';
    long left = (long)(h->deadline_ms - now);
    curl_easy_setopt(e, CURLOPT_PRIVATE, h);
    curl_easy_setopt(e, CURLOPT_URL, r->url_now);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, h->errbuf);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, left);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
                     (long)(o->connect_ms < (unsigned)left ? o->connect_ms : (unsigned)left));
    curl_easy_setopt(e, CURLOPT_PROXY, "");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, open_socket);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, h);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, h);
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)o->max_bytes);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); /* what curl can decode; capped after */
    curl_easy_setopt(e, CURLOPT_USERAGENT, o->user_agent ? o->user_agent : "crier");
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, h->headers);
    if (h->nu.excepted) {
        /* The test host: loopback, and a certificate nobody signed. */
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (curl_multi_add_handle(multi, e) != CURLM_OK) {
        fail(r, -EIO, "cannot start the request", NULL);
        return -1;
    }
    return 0;
}

static int map_error(const struct hop *h, CURLcode c)
{
    switch (c) {
    case CURLE_OK: return 0;
    case CURLE_OPERATION_TIMEDOUT: return -ETIMEDOUT;
    case CURLE_COULDNT_CONNECT: return h->refused ? -EACCES : -ECONNREFUSED;
    case CURLE_COULDNT_RESOLVE_HOST: return -EHOSTUNREACH;
    case CURLE_FILESIZE_EXCEEDED: return -EFBIG;
    case CURLE_WRITE_ERROR: return h->too_big ? -EFBIG : -EIO;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_GOT_NOTHING:
    case CURLE_BAD_CONTENT_ENCODING:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION: return -EPROTO;
    default: return -EIO;
    }
}

/* A hop is over: 1 when the request goes on to another hop (started), 0
 * when it is finished (its results filled). */
static int hop_done(CURLM *multi, struct hop *h, CURLcode c)
{
    struct fetch_req *r = h->r;
    CURL *e = h->easy;
    long status = 0;
    curl_multi_remove_handle(multi, e);
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
    r->status = status;
    if (c != CURLE_OK) {
        r->err = map_error(h, c);
        if (r->err == -EACCES)
            fail(r, r->err, "address refused", h->refused);
        else if (r->err == -EFBIG)
            snprintf(r->errmsg, sizeof r->errmsg, "the body is larger than %zu bytes",
                     h->o->max_bytes);
        else if (r->err == -ETIMEDOUT)
            snprintf(r->errmsg, sizeof r->errmsg, "no whole answer within %u ms", h->o->timeout_ms);
        else
            fail(r, r->err, h->errbuf[0] ? h->errbuf : curl_easy_strerror(c), NULL);
        buf_reset(&r->body);
        return 0;
    }
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        char *loc = NULL;
        curl_easy_getinfo(e, CURLINFO_REDIRECT_URL, &loc);
        if (!loc || !loc[0]) {
            fail(r, -EPROTO, "a redirect without a Location", NULL);
            return 0;
        }
        if (++h->redirects > h->o->max_redirects) {
            snprintf(r->errmsg, sizeof r->errmsg, "more than %u redirects", h->o->max_redirects);
            r->err = -ELOOP;
            return 0;
        }
        if (status != 301 && status != 308)
            r->moved = 0;
        if (strlen(loc) > NETGUARD_URL_MAX) {
            fail(r, -EINVAL, "refused URL", "redirect URL too long");
            return 0;
        }
        snprintf(r->url_now, sizeof r->url_now, "%s", loc);
        return hop_start(multi, h) == 0;
    }
    if (h->redirects == 0)
        r->moved = 0;
    header_copy(e, "ETag", r->etag_out, sizeof r->etag_out);
    header_copy(e, "Last-Modified", r->last_modified_out, sizeof r->last_modified_out);
    char *ct = NULL;
    curl_easy_getinfo(e, CURLINFO_CONTENT_TYPE, &ct);
    snprintf(r->content_type, sizeof r->content_type, "%s", ct ? ct : "");
    if (status != 200)
        buf_reset(&r->body);
    return 0;
}

static void options_fill(struct fetch_options *d, const struct fetch_options *o)
{
    *d = *o;
    if (!d->max_bytes)
        d->max_bytes = FETCH_MAX_BYTES_DEFAULT;
    if (!d->timeout_ms)
        d->timeout_ms = FETCH_TIMEOUT_MS_DEFAULT;
    if (!d->connect_ms)
        d->connect_ms = 10000;
    if (!d->max_redirects)
        d->max_redirects = FETCH_REDIRECTS_DEFAULT;
    if (!d->parallel)
        d->parallel = FETCH_PARALLEL_DEFAULT;
}

/* A request's headers: what it takes and its validators. */
static struct curl_slist *headers_of(const struct fetch_req *r)
{
    char line[320];
    struct curl_slist *l = curl_slist_append(
        NULL, "Accept: application/atom+xml, application/rss+xml, application/feed+json,"
              " application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
    if (r->etag && r->etag[0] && strlen(r->etag) < 256) {
        snprintf(line, sizeof line, "If-None-Match: %s", r->etag);
        l = curl_slist_append(l, line);
    }
    if (r->last_modified && r->last_modified[0] && strlen(r->last_modified) < 64) {
        snprintf(line, sizeof line, "If-Modified-Since: %s", r->last_modified);
        l = curl_slist_append(l, line);
    }
    return l;
}

/* ------------------------------------------------------------ the pool */

enum { SLOT_FREE, SLOT_RUNNING, SLOT_DONE };

struct fetch_pool {
    struct fetch_options o;
    CURLM *multi;
    struct hop *slot; /* o.parallel of them; a slot keeps its easy handle */
    uint8_t *state;
    size_t busy; /* slots not free: running, or done and not yet handed back */
};

struct fetch_pool *fetch_pool_new(const struct fetch_options *opts)
{
    pthread_once(&global_once, global_init);
    if (global_rc != CURLE_OK)
        return NULL;
    struct fetch_pool *p = xcalloc(1, sizeof *p);
    options_fill(&p->o, opts);
    if (!(p->multi = curl_multi_init())) {
        free(p);
        return NULL;
    }
    p->slot = xcalloc(p->o.parallel, sizeof *p->slot);
    p->state = xcalloc(p->o.parallel, sizeof *p->state);
    return p;
}

size_t fetch_pool_busy(const struct fetch_pool *p)
{
    return p->busy;
}

static int stopped(const struct fetch_pool *p)
{
    return p->o.stop && *p->o.stop;
}

int fetch_pool_add(struct fetch_pool *p, struct fetch_req *r)
{
    size_t i = 0;
    while (i < p->o.parallel && p->state[i] != SLOT_FREE)
        i++;
    if (i == p->o.parallel)
        return -EBUSY;
    struct hop *h = &p->slot[i];
    CURL *easy = h->easy;
    *h = (struct hop){.r = r, .o = &p->o, .easy = easy};
    r->err = 0;
    r->errmsg[0] = r->etag_out[0] = r->last_modified_out[0] = r->content_type[0] = '\0';
    r->status = 0;
    r->moved = 1;
    buf_init(&r->body, p->o.max_bytes + 1);
    p->busy++;
    p->state[i] = SLOT_DONE;
    if (!r->url || strlen(r->url) > NETGUARD_URL_MAX) {
        fail(r, -EINVAL, "refused URL", "missing or too long");
        return 0;
    }
    if (stopped(p)) {
        fail(r, -ECANCELED, "stopped", NULL);
        return 0;
    }
    snprintf(r->url_now, sizeof r->url_now, "%s", r->url);
    h->deadline_ms = now_ms() + p->o.timeout_ms;
    h->headers = headers_of(r);
    if (hop_start(p->multi, h) == 0)
        p->state[i] = SLOT_RUNNING;
    return 0;
}

/* Hands back slot i's request, which is done, and frees the slot. */
static struct fetch_req *slot_release(struct fetch_pool *p, size_t i)
{
    struct hop *h = &p->slot[i];
    curl_slist_free_all(h->headers);
    h->headers = NULL;
    p->state[i] = SLOT_FREE;
    p->busy--;
    return h->r;
}

struct fetch_req *fetch_pool_next(struct fetch_pool *p, unsigned wait_ms)
{
    uint64_t until = now_ms() + wait_ms;

    for (;;) {
        int running = 0;
        for (size_t i = 0; i < p->o.parallel; i++) {
            if (p->state[i] == SLOT_DONE)
                return slot_release(p, i);
            running |= p->state[i] == SLOT_RUNNING;
        }
        if (!running)
            return NULL;
        if (stopped(p)) {
            /* Shutting down: what still runs ends here. */
            for (size_t i = 0; i < p->o.parallel; i++) {
                if (p->state[i] != SLOT_RUNNING)
                    continue;
                curl_multi_remove_handle(p->multi, p->slot[i].easy);
                buf_reset(&p->slot[i].r->body);
                fail(p->slot[i].r, -ECANCELED, "stopped", NULL);
                p->state[i] = SLOT_DONE;
            }
            continue;
        }
        int still = 0, numfds = 0, left, done = 0;
        curl_multi_perform(p->multi, &still);
        CURLMsg *m;
        while ((m = curl_multi_info_read(p->multi, &left))) {
            if (m->msg != CURLMSG_DONE)
                continue;
            struct hop *h = NULL;
            curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **)&h);
            if (!hop_done(p->multi, h, m->data.result)) {
                p->state[h - p->slot] = SLOT_DONE;
                done = 1;
            }
        }
        uint64_t now = now_ms();
        if (done)
            continue;
        if (now >= until)
            return NULL;
        uint64_t nap = until - now < 200 ? until - now : 200;
        curl_multi_poll(p->multi, NULL, 0, (int)nap, &numfds);
    }
}

void fetch_pool_free(struct fetch_pool *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->o.parallel; i++) {
        struct hop *h = &p->slot[i];
        if (p->state[i] == SLOT_RUNNING) {
            buf_reset(&h->r->body);
            fail(h->r, -ECANCELED, "stopped", NULL);
        }
        if (h->easy) {
            curl_multi_remove_handle(p->multi, h->easy);
            curl_easy_cleanup(h->easy);
        }
        curl_slist_free_all(h->headers);
    }
    curl_multi_cleanup(p->multi);
    free(p->slot);
    free(p->state);
    free(p);
}

int fetch_run(const struct fetch_options *opts, struct fetch_req *reqs, size_t n)
{
    struct fetch_pool *p = fetch_pool_new(opts);
    size_t next = 0, back = 0;

    if (!p)
        return global_rc != CURLE_OK ? -EIO : -ENOMEM;
    while (back < n) {
        while (next < n && fetch_pool_add(p, &reqs[next]) == 0)
            next++;
        if (fetch_pool_next(p, 200))
            back++;
    }
    fetch_pool_free(p);
    return 0;
}
