/*
 * client.c: libcurl easy handles for one-shot JSON requests, and a multi
 * handle for event streams so that a stop fd (the CLI's signal pipe) can wake
 * the wait at once. The SSE parser is plain code over struct buf, so it can be
 * fed any split of the stream.
 */
#include "client.h"

#include <curl/curl.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "crier.h"
#include "xmalloc.h"

#define SSE_TYPE_MAX 256
#define SSE_ID_MAX 256
#define ERROR_BODY_MAX (64u << 10)

static const unsigned char utf8_bom[3] = {0xEF, 0xBB, 0xBF};

/* Error text comes from the network: keep control characters out of the
 * terminal. */
static void set_error(struct client *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void set_error(struct client *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->error, sizeof c->error, fmt, ap);
    va_end(ap);
    for (char *p = c->error; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch < 0x20 || ch == 0x7f)
            *p = ' ';
    }
}

int client_init(struct client *c, const char *server, const char *token)
{
    size_t n;

    c->base = NULL;
    c->auth = NULL;
    c->stop_fd = -1;
    c->error[0] = '\0';
    curl_global_init(CURL_GLOBAL_DEFAULT);
    if (strncasecmp(server, "http://", 7) != 0 && strncasecmp(server, "https://", 8) != 0) {
        set_error(c, "server URL must start with http:// or https://: %s", server);
        return -EINVAL;
    }
    n = strlen(server);
    while (n > 0 && server[n - 1] == '/')
        n--;
    c->base = xstrndup(server, n);
    if (token && *token) {
        for (const char *p = token; *p; p++) {
            unsigned char ch = (unsigned char)*p;
            if (ch <= 0x20 || ch >= 0x7f) {
                set_error(c, "the token holds characters that cannot be sent");
                return -EINVAL;
            }
        }
        size_t len = strlen(token) + sizeof "Authorization: Bearer ";
        c->auth = xmalloc(len);
        snprintf(c->auth, len, "Authorization: Bearer %s", token);
    }
    return 0;
}

void client_free(struct client *c)
{
    free(c->base);
    if (c->auth) {
        /* The header carries the token; do not leave it lying in the heap. */
        volatile char *p = c->auth;
        while (*p)
            *p++ = '\0';
        free(c->auth);
    }
    c->base = NULL;
    c->auth = NULL;
    curl_global_cleanup();
}

/* An easy handle for base + path with the options every request shares. */
static CURL *easy_new(struct client *c, const char *path, char *errbuf, struct curl_slist **headers)
{
    CURL *e = curl_easy_init();
    struct buf url;

    if (!e)
        return NULL;
    buf_init(&url, 1u << 16);
    if (buf_appends(&url, c->base) < 0 || buf_appends(&url, path) < 0) {
        buf_free(&url);
        curl_easy_cleanup(e);
        return NULL;
    }
    errbuf[0] = '\0';
    curl_easy_setopt(e, CURLOPT_URL, url.data);
    buf_free(&url);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_USERAGENT, "crier/" CRIER_VERSION);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    *headers = NULL;
    if (c->auth)
        *headers = curl_slist_append(*headers, c->auth);
    return e;
}

static const char *curl_why(CURLcode res, const char *errbuf)
{
    return errbuf[0] ? errbuf : curl_easy_strerror(res);
}

/* c->error for an answer with status >= 400: the server's message when the
 * body is {"error","message"}, else a generic line. */
static void error_from_answer(struct client *c, long status, json_t *body)
{
    const char *msg = json_string_value(json_object_get(body, "message"));
    const char *code = json_string_value(json_object_get(body, "error"));

    if (msg && *msg)
        set_error(c, "%s", msg);
    else if (code && *code)
        set_error(c, "server answered HTTP %ld (%s)", status, code);
    else
        set_error(c, "server answered HTTP %ld", status);
}

/*
 * Runs one transfer on a multi handle, so that the wait can also watch
 * c->stop_fd. Returns 0 with *res set when the transfer is over, -EINTR when
 * stopped, -EIO (c->error set) when the multi interface fails.
 */
static int perform(struct client *c, CURL *e, CURLcode *res)
{
    CURLM *m = curl_multi_init();
    int rc = 0, running = 0;

    *res = CURLE_OK;
    if (!m) {
        set_error(c, "cannot set up a request to %s", c->base);
        return -EIO;
    }
    curl_multi_add_handle(m, e);
    for (;;) {
        CURLMcode mc = curl_multi_perform(m, &running);
        if (mc == CURLM_OK && running) {
            struct curl_waitfd wfd = {.fd = c->stop_fd, .events = CURL_WAIT_POLLIN, .revents = 0};
            mc = curl_multi_poll(m, c->stop_fd >= 0 ? &wfd : NULL, c->stop_fd >= 0 ? 1 : 0, 1000,
                                 NULL);
            if (mc == CURLM_OK && wfd.revents) {
                rc = -EINTR;
                break;
            }
        }
        if (mc != CURLM_OK) {
            set_error(c, "request to %s: %s", c->base, curl_multi_strerror(mc));
            rc = -EIO;
            break;
        }
        if (!running)
            break;
    }
    if (rc == 0) {
        int left;
        CURLMsg *msg;
        while ((msg = curl_multi_info_read(m, &left)))
            if (msg->msg == CURLMSG_DONE && msg->easy_handle == e)
                *res = msg->data.result;
    }
    curl_multi_remove_handle(m, e);
    curl_multi_cleanup(m);
    return rc;
}

struct body_sink {
    struct buf body;
    int too_big;
};

static size_t on_body(char *ptr, size_t size, size_t nmemb, void *ud)
{
    struct body_sink *s = ud;
    size_t n = size * nmemb;

    if (buf_append(&s->body, ptr, n) < 0) {
        s->too_big = 1;
        return 0;
    }
    return n;
}

int client_request(struct client *c, const char *method, const char *path, json_t *body,
                   long *status, json_t **out)
{
    char errbuf[CURL_ERROR_SIZE];
    struct curl_slist *headers = NULL;
    struct body_sink sink;
    char *payload = NULL;
    CURLcode res;
    int rc = 0;

    *status = 0;
    *out = NULL;
    c->error[0] = '\0';
    CURL *e = easy_new(c, path, errbuf, &headers);
    if (!e) {
        set_error(c, "cannot set up a request to %s", c->base);
        return -EIO;
    }
    buf_init(&sink.body, CLIENT_BODY_MAX);
    sink.too_big = 0;
    headers = curl_slist_append(headers, "Accept: application/json");
    /* No "Expect: 100-continue" round trip for larger bodies. */
    headers = curl_slist_append(headers, "Expect:");
    if (body) {
        payload = json_dumps(body, JSON_COMPACT);
        if (!payload) {
            set_error(c, "cannot encode the request as JSON");
            rc = -EINVAL;
            goto out;
        }
        headers = curl_slist_append(headers, "Content-Type: application/json");
        curl_easy_setopt(e, CURLOPT_POSTFIELDS, payload);
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)strlen(payload));
    }
    if (strcmp(method, "GET") != 0)
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method);
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(e, CURLOPT_TIMEOUT, 60L);

    rc = perform(c, e, &res);
    if (rc < 0)
        goto out;
    if (res == CURLE_WRITE_ERROR && sink.too_big) {
        set_error(c, "the server's answer is larger than %u bytes", CLIENT_BODY_MAX);
        rc = -EMSGSIZE;
        goto out;
    }
    if (res != CURLE_OK) {
        set_error(c, "cannot reach %s: %s", c->base, curl_why(res, errbuf));
        rc = -EIO;
        goto out;
    }
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, status);
    if (sink.body.len > 0)
        *out = json_loadb(sink.body.data, sink.body.len, 0, NULL);
    if (*status >= 400)
        error_from_answer(c, *status, *out);

out:
    free(payload);
    buf_free(&sink.body);
    curl_slist_free_all(headers);
    curl_easy_cleanup(e);
    return rc;
}

/* ---- SSE parser ---- */

void client_sse_init(struct client_sse_parser *p, size_t max_line, client_sse_fn fn, void *arg)
{
    buf_init(&p->line, max_line);
    buf_init(&p->data, max_line);
    buf_init(&p->type, SSE_TYPE_MAX);
    buf_init(&p->id, SSE_ID_MAX);
    p->cr = 0;
    p->has_data = 0;
    p->bom = 0;
    p->fn = fn;
    p->arg = arg;
}

void client_sse_free(struct client_sse_parser *p)
{
    buf_free(&p->line);
    buf_free(&p->data);
    buf_free(&p->type);
    buf_free(&p->id);
}

static int sse_dispatch(struct client_sse_parser *p)
{
    int rc = 0;

    if (p->has_data) {
        struct client_sse_event ev;
        size_t n = p->data.len;
        if (n > 0 && p->data.data[n - 1] == '\n')
            p->data.data[--n] = '\0';
        ev.id = p->id.data ? p->id.data : "";
        ev.type = p->type.len ? p->type.data : "message";
        ev.data = p->data.data ? p->data.data : "";
        ev.data_len = n;
        rc = p->fn(p->arg, &ev);
    }
    buf_reset(&p->data);
    buf_reset(&p->type);
    p->has_data = 0;
    return rc;
}

static int sse_line(struct client_sse_parser *p)
{
    const char *line = p->line.data ? p->line.data : "";
    size_t n = p->line.len, flen, vlen;
    const char *colon, *value;
    int rc = 0;

    if (n == 0)
        return sse_dispatch(p);
    if (line[0] == ':')
        goto done; /* comment, e.g. the heartbeat */
    colon = memchr(line, ':', n);
    if (colon) {
        flen = (size_t)(colon - line);
        value = colon + 1;
        if (value < line + n && *value == ' ')
            value++;
        vlen = n - (size_t)(value - line);
    } else {
        flen = n;
        value = line + n;
        vlen = 0;
    }
    if (flen == 5 && memcmp(line, "event", 5) == 0) {
        buf_reset(&p->type);
        if (buf_append(&p->type, value, vlen) < 0)
            rc = -EMSGSIZE;
    } else if (flen == 4 && memcmp(line, "data", 4) == 0) {
        if (buf_append(&p->data, value, vlen) < 0 || buf_append(&p->data, "\n", 1) < 0)
            rc = -EMSGSIZE;
        p->has_data = 1;
    } else if (flen == 2 && memcmp(line, "id", 2) == 0) {
        if (!memchr(value, '\0', vlen)) {
            buf_reset(&p->id);
            if (buf_append(&p->id, value, vlen) < 0)
                rc = -EMSGSIZE;
        }
    }
    /* "retry" and unknown fields are ignored. */
done:
    buf_reset(&p->line);
    return rc;
}

int client_sse_feed(struct client_sse_parser *p, const char *data, size_t len)
{
    size_t i = 0;
    int rc;

    while (p->bom < 3 && i < len) {
        if ((unsigned char)data[i] == utf8_bom[p->bom]) {
            p->bom++;
            i++;
        } else {
            /* Not a BOM after all: the bytes matched so far are text. */
            if (buf_append(&p->line, utf8_bom, (size_t)p->bom) < 0)
                return -EMSGSIZE;
            p->bom = 3;
        }
    }
    if (p->cr && i < len) {
        if (data[i] == '\n')
            i++;
        p->cr = 0;
    }
    while (i < len) {
        size_t j = i;
        while (j < len && data[j] != '\n' && data[j] != '\r')
            j++;
        if (j > i && buf_append(&p->line, data + i, j - i) < 0)
            return -EMSGSIZE;
        if (j == len)
            break;
        if (data[j] == '\r') {
            if (j + 1 < len) {
                if (data[j + 1] == '\n')
                    j++;
            } else {
                p->cr = 1; /* an LF may open the next feed */
            }
        }
        rc = sse_line(p);
        if (rc != 0)
            return rc;
        i = j + 1;
    }
    return 0;
}

/* ---- event streams ---- */

struct sse_xfer {
    struct client_sse_parser parser;
    const struct client_sse_opts *o;
    CURL *e;
    int decided;        /* the response head was looked at */
    int ok;             /* 200 with text/event-stream */
    int rc;             /* what stopped the transfer from our side */
    struct buf errbody; /* the body of a refused stream */
};

/* Looks at the response head once; notify runs on_open for an accepted
 * stream (not when the transfer is already over). */
static void sse_decide(struct sse_xfer *x, int notify)
{
    long code = 0;
    char *ct = NULL;

    x->decided = 1;
    curl_easy_getinfo(x->e, CURLINFO_RESPONSE_CODE, &code);
    curl_easy_getinfo(x->e, CURLINFO_CONTENT_TYPE, &ct);
    x->ok = code == 200 && ct && strncasecmp(ct, "text/event-stream", 17) == 0;
    if (x->ok && notify && x->o->on_open)
        x->o->on_open(x->o->arg);
}

static size_t on_sse_header(char *ptr, size_t size, size_t nmemb, void *ud)
{
    struct sse_xfer *x = ud;
    size_t n = size * nmemb;

    /* The blank line ends a header block; skip interim 1xx blocks. */
    if ((n == 2 && ptr[0] == '\r' && ptr[1] == '\n') || (n == 1 && ptr[0] == '\n')) {
        long code = 0;
        curl_easy_getinfo(x->e, CURLINFO_RESPONSE_CODE, &code);
        if (code >= 200 && !x->decided)
            sse_decide(x, 1);
    }
    return n;
}

static size_t on_sse_body(char *ptr, size_t size, size_t nmemb, void *ud)
{
    struct sse_xfer *x = ud;
    size_t n = size * nmemb;

    if (!x->decided)
        sse_decide(x, 1);
    if (!x->ok) {
        size_t room = x->errbody.max - x->errbody.len;
        buf_append(&x->errbody, ptr, n < room ? n : room);
        return n;
    }
    int rc = client_sse_feed(&x->parser, ptr, n);
    if (rc != 0) {
        x->rc = rc;
        return CURL_WRITEFUNC_ERROR;
    }
    return n;
}

int client_sse(struct client *c, const struct client_sse_opts *o, long *status)
{
    char errbuf[CURL_ERROR_SIZE];
    struct curl_slist *headers = NULL;
    struct sse_xfer x;
    CURLcode res = CURLE_OK;
    int rc = 0;

    *status = 0;
    c->error[0] = '\0';
    memset(&x, 0, sizeof x);
    x.o = o;
    buf_init(&x.errbody, ERROR_BODY_MAX);
    client_sse_init(&x.parser, CLIENT_SSE_LINE_MAX, o->fn, o->arg);
    x.e = easy_new(c, o->path, errbuf, &headers);
    if (!x.e) {
        set_error(c, "cannot set up a request to %s", c->base);
        rc = -EIO;
        goto out;
    }
    headers = curl_slist_append(headers, "Accept: text/event-stream");
    headers = curl_slist_append(headers, "Cache-Control: no-cache");
    if (o->last_event_id) {
        char h[300];
        snprintf(h, sizeof h, "Last-Event-ID: %s", o->last_event_id);
        headers = curl_slist_append(headers, h);
    }
    curl_easy_setopt(x.e, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(x.e, CURLOPT_HEADERFUNCTION, on_sse_header);
    curl_easy_setopt(x.e, CURLOPT_HEADERDATA, &x);
    curl_easy_setopt(x.e, CURLOPT_WRITEFUNCTION, on_sse_body);
    curl_easy_setopt(x.e, CURLOPT_WRITEDATA, &x);
    if (o->idle_timeout_s > 0) {
        /* The server sends a heartbeat comment every 15 s; a stream that
         * stays silent far longer is dead. */
        curl_easy_setopt(x.e, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(x.e, CURLOPT_LOW_SPEED_TIME, o->idle_timeout_s);
    }
    rc = perform(c, x.e, &res);
    curl_easy_getinfo(x.e, CURLINFO_RESPONSE_CODE, status);
    if (rc < 0)
        goto out;
    if (x.rc != 0) {
        rc = x.rc;
        if (rc == -EMSGSIZE)
            set_error(c, "an event stream line passed %u bytes", CLIENT_SSE_LINE_MAX);
        goto out;
    }
    if (*status != 0 && !x.decided)
        sse_decide(&x, 0);
    if (*status != 0 && !x.ok) {
        json_t *j = x.errbody.len ? json_loadb(x.errbody.data, x.errbody.len, 0, NULL) : NULL;
        if (*status >= 400)
            error_from_answer(c, *status, j);
        else
            set_error(c, "the server answered HTTP %ld without an event stream", *status);
        json_decref(j);
        rc = -EPROTO;
        goto out;
    }
    if (res != CURLE_OK) {
        if (res == CURLE_OPERATION_TIMEDOUT && x.decided)
            set_error(c, "the event stream from %s went silent", c->base);
        else
            set_error(c, "cannot reach %s: %s", c->base, curl_why(res, errbuf));
        rc = -EIO;
    }

out:
    if (x.e)
        curl_easy_cleanup(x.e);
    curl_slist_free_all(headers);
    buf_free(&x.errbody);
    client_sse_free(&x.parser);
    return rc;
}
