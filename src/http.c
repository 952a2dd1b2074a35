/*
 * http: incremental request reader. http-parser does the parsing; in front of
 * it runs a small framing scanner of our own that sees every byte first and
 * owns the limits and the checks http-parser 2.9.4 leaves out (it accepts
 * "Name :", obs-folded lines, and any two bytes in place of the CRLF that ends
 * a chunk). The parser is only ever given the bytes the scanner accepted, so
 * an error is always the one at the earliest byte, whatever the fragmenting.
 */
#include "http.h"

#include <assert.h>
#include <errno.h>
#include <string.h>
#include <time.h>
#include <strings.h>

#include "crier.h"

/* Head storage: url, names and values with their NULs. Every stored header
 * line also has a ':' and a line end that are not stored, so this fits. */
#define HEAD_BUF_MAX (HTTP_MAX_HEADER_BYTES + 64)

/* r->flags */
enum {
    RF_HEAD_DONE = 1u << 0, /* on_headers_complete ran */
    RF_MSG_DONE = 1u << 1,  /* on_message_complete ran */
    RF_CHUNKED = 1u << 2,   /* body is Transfer-Encoding: chunked */
    RF_TRAILER = 1u << 3,   /* scanner is in the chunked trailer section */
};

/* r->cur: which string the header callbacks are appending to */
enum { CUR_NONE, CUR_URL, CUR_NAME, CUR_VALUE };

/* r->state: the framing scanner */
enum {
    S_START,    /* before the request line: CR/LF are skipped */
    S_RL,       /* request line */
    S_RL_LF,    /* CR seen in the request line */
    S_LINE,     /* start of a field line, or of the blank line */
    S_NAME,     /* field name */
    S_VALUE,    /* field value */
    S_VALUE_LF, /* CR seen after a value */
    S_END_LF,   /* CR seen on the blank line */
    S_BODY,     /* head done; body framing left to http-parser */
    C_SIZE0,    /* first hex digit of a chunk size */
    C_SIZE,     /* chunk size digits */
    C_WS,       /* whitespace after the size */
    C_EXT,      /* chunk extension, ignored */
    C_SIZE_LF,  /* CR seen after the size line */
    C_DATA,     /* chunk data */
    C_DATA_CR,  /* CR expected after the data */
    C_DATA_LF,  /* LF expected after the data */
    S_DONE,     /* message complete */
};

/* Chunk sizes saturate here; anything this big is over any max_body. */
#define CHUNK_SAT ((uint64_t)1 << 60)

static const char empty[] = "";

/* RFC 9110 tchar */
static int is_tchar(unsigned char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return 1;
    return c != 0 && strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

/* field-value bytes: HTAB, SP, VCHAR, obs-text */
static int is_value_char(unsigned char c)
{
    return c == '\t' || (c >= 0x20 && c != 0x7f);
}

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* What one byte did to the framing scanner. */
enum step {
    STEP_NEXT,        /* go on */
    STEP_BAD,         /* malformed */
    STEP_HEAD_BIG,    /* too many header bytes or fields */
    STEP_BODY_BIG,    /* the chunks add up past max_body */
    STEP_SECTION_END, /* the blank line ending the head or the trailer */
};

/* One byte of the request head or of a chunked body's trailer. */
static enum step head_byte(struct http_reader *r, unsigned char c)
{
    switch (r->state) {
    case S_START:
        if (c != '\r' && c != '\n') {
            r->state = S_RL;
            r->first = c; /* tells an unknown method from garbage (see below) */
        }
        return STEP_NEXT;
    case S_RL:
        if (c == '\r')
            r->state = S_RL_LF;
        else if (c == '\n')
            r->state = S_LINE;
        return STEP_NEXT;
    case S_RL_LF:
    case S_VALUE_LF:
        if (c != '\n')
            return STEP_BAD;
        r->state = S_LINE;
        return STEP_NEXT;
    case S_LINE:
        if (c == '\r') {
            r->state = S_END_LF;
            return STEP_NEXT;
        }
        if (c == '\n')
            return STEP_SECTION_END;
        if (c == ' ' || c == '\t' || !is_tchar(c))
            return STEP_BAD; /* obs-fold, or not a field name */
        if (r->scan_fields >= HTTP_MAX_HEADERS)
            return STEP_HEAD_BIG;
        r->scan_fields++;
        r->state = S_NAME;
        return STEP_NEXT;
    case S_NAME:
        if (c == ':')
            r->state = S_VALUE;
        else if (!is_tchar(c))
            return STEP_BAD; /* whitespace or a control before the colon */
        return STEP_NEXT;
    case S_VALUE:
        if (c == '\r')
            r->state = S_VALUE_LF;
        else if (c == '\n')
            r->state = S_LINE;
        else if (!is_value_char(c))
            return STEP_BAD;
        return STEP_NEXT;
    default: /* S_END_LF */
        assert(r->state == S_END_LF);
        return c == '\n' ? STEP_SECTION_END : STEP_BAD;
    }
}

/* The end of a chunk-size line: the last chunk opens the trailer. */
static enum step chunk_size_end(struct http_reader *r)
{
    if (r->chunk_left == 0) {
        r->flags |= RF_TRAILER;
        r->header_bytes = 0;
        r->scan_fields = 0;
        r->state = S_LINE;
        return STEP_NEXT;
    }
    if (r->chunk_total + r->chunk_left > r->max_body)
        return STEP_BODY_BIG;
    r->chunk_total += r->chunk_left;
    r->state = C_DATA;
    return STEP_NEXT;
}

/* One byte of a chunked body's framing (not of its data). */
static enum step chunk_byte(struct http_reader *r, unsigned char c)
{
    switch (r->state) {
    case C_SIZE0:
        if (hexval(c) < 0)
            return STEP_BAD;
        r->chunk_left = (uint64_t)hexval(c);
        r->state = C_SIZE;
        return STEP_NEXT;
    case C_SIZE:
        if (hexval(c) >= 0) {
            r->chunk_left = r->chunk_left * 16 + (uint64_t)hexval(c);
            if (r->chunk_left > CHUNK_SAT)
                r->chunk_left = CHUNK_SAT;
            return STEP_NEXT;
        }
        /* fall through */
    case C_WS:
        if (c == ' ' || c == '\t')
            r->state = C_WS;
        else if (c == ';')
            r->state = C_EXT;
        else if (c == '\r')
            r->state = C_SIZE_LF;
        else
            return STEP_BAD;
        return STEP_NEXT;
    case C_EXT:
        if (c == '\r')
            r->state = C_SIZE_LF;
        else if (!is_value_char(c))
            return STEP_BAD;
        return STEP_NEXT;
    case C_SIZE_LF: return c == '\n' ? chunk_size_end(r) : STEP_BAD;
    case C_DATA_CR:
        if (c != '\r')
            return STEP_BAD;
        r->state = C_DATA_LF;
        return STEP_NEXT;
    default: /* C_DATA_LF */
        assert(r->state == C_DATA_LF);
        if (c != '\n')
            return STEP_BAD;
        r->state = C_SIZE0;
        return STEP_NEXT;
    }
}

/*
 * Runs the framing scanner over data. Returns how many bytes are good; when it
 * stops short of len it either hit the end of the head (a point where the
 * parser must catch up and tell the body framing) or the end of the message,
 * or it stored an error in *err for the byte at the returned offset.
 */
static size_t scan(struct http_reader *r, const char *data, size_t len, int *err)
{
    *err = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)data[i];
        enum step s;

        if (r->state <= S_END_LF) {
            if (r->header_bytes >= HTTP_MAX_HEADER_BYTES) {
                *err = CRIER_EHDRTOOBIG;
                return i;
            }
            r->header_bytes++;
            s = head_byte(r, c);
        } else if (r->state == C_DATA) {
            /* chunk data: skipped whole, up to the end of the chunk */
            size_t n = len - i;
            if (n > r->chunk_left)
                n = (size_t)r->chunk_left;
            r->chunk_left -= n;
            i += n - 1;
            if (r->chunk_left == 0)
                r->state = C_DATA_CR;
            continue;
        } else if (r->state > S_BODY && r->state < S_DONE) {
            s = chunk_byte(r, c);
        } else {
            return len; /* S_BODY, S_DONE: nothing to check */
        }
        switch (s) {
        case STEP_NEXT: break;
        case STEP_BAD: *err = CRIER_EBADREQ; return i;
        case STEP_HEAD_BIG: *err = CRIER_EHDRTOOBIG; return i;
        case STEP_BODY_BIG: *err = CRIER_ETOOBIG; return i;
        case STEP_SECTION_END:
            /* End of the head: stop so the parser can decide the body framing.
             * End of the trailer: the message is complete. */
            r->state = (r->flags & RF_TRAILER) ? S_DONE : S_BODY;
            return i + 1;
        }
    }
    return len;
}

static struct http_reader *reader_of(http_parser *p)
{
    return p->data;
}

/* Starts a new string in the head buf, closing the previous one. */
static int head_switch(struct http_reader *r, int cur, size_t *off)
{
    if (r->cur == cur)
        return 0;
    if (r->cur != CUR_NONE && buf_append(&r->head, "", 1) < 0)
        return -1;
    r->cur = cur;
    *off = r->head.len;
    return 0;
}

static int fail(struct http_reader *r, int err)
{
    if (!r->err)
        r->err = err;
    return -1;
}

static int on_url(http_parser *p, const char *at, size_t n)
{
    struct http_reader *r = reader_of(p);
    if (head_switch(r, CUR_URL, &r->url_off) < 0 || buf_append(&r->head, at, n) < 0)
        return fail(r, CRIER_EHDRTOOBIG);
    return 0;
}

static int on_header_field(http_parser *p, const char *at, size_t n)
{
    struct http_reader *r = reader_of(p);
    size_t i, start;

    if (r->flags & RF_HEAD_DONE)
        return 0; /* trailer fields are checked by the scanner, then dropped */
    if (r->cur != CUR_NAME) {
        if (r->req.nheaders >= HTTP_MAX_HEADERS)
            return fail(r, CRIER_EHDRTOOBIG);
        if (head_switch(r, CUR_NAME, &r->name_off[r->req.nheaders]) < 0)
            return fail(r, CRIER_EHDRTOOBIG);
        r->value_off[r->req.nheaders] = SIZE_MAX;
        r->req.nheaders++;
    }
    start = r->head.len;
    if (buf_append(&r->head, at, n) < 0)
        return fail(r, CRIER_EHDRTOOBIG);
    for (i = start; i < r->head.len; i++) {
        char c = r->head.data[i];
        if (c >= 'A' && c <= 'Z')
            r->head.data[i] = (char)(c - 'A' + 'a');
    }
    return 0;
}

static int on_header_value(http_parser *p, const char *at, size_t n)
{
    struct http_reader *r = reader_of(p);

    if (r->flags & RF_HEAD_DONE)
        return 0;
    if (r->req.nheaders == 0)
        return fail(r, CRIER_EBADREQ);
    if (head_switch(r, CUR_VALUE, &r->value_off[r->req.nheaders - 1]) < 0 ||
        buf_append(&r->head, at, n) < 0)
        return fail(r, CRIER_EHDRTOOBIG);
    return 0;
}

/* Points req at the copied url and headers, trimming values in place. */
static void head_finish(struct http_reader *r)
{
    struct http_request *q = &r->req;
    char *url = r->head.data + r->url_off;
    char *s;
    size_t i;

    for (i = 0; i < q->nheaders; i++) {
        q->headers[i].name = r->head.data + r->name_off[i];
        if (r->value_off[i] == SIZE_MAX) {
            q->headers[i].value = empty;
            continue;
        }
        char *v = r->head.data + r->value_off[i];
        size_t vlen = strlen(v);
        while (*v == ' ' || *v == '\t') {
            v++;
            vlen--;
        }
        while (vlen && (v[vlen - 1] == ' ' || v[vlen - 1] == '\t'))
            v[--vlen] = '\0';
        q->headers[i].value = v;
    }

    /* absolute-form (RFC 9112 3.2.2): keep only the path */
    if (strncasecmp(url, "http://", 7) == 0 || strncasecmp(url, "https://", 8) == 0) {
        url = strpbrk(strstr(url, "//") + 2, "/?#");
        if (url && *url != '/')
            url = NULL; /* no path: "/", and the query is dropped */
    }
    if (!url) {
        q->path = "/";
        q->query = empty;
        return;
    }
    if ((s = strchr(url, '#')) != NULL)
        *s = '\0';
    q->path = url;
    q->query = empty;
    if ((s = strchr(url, '?')) != NULL) {
        *s = '\0';
        q->query = s + 1;
    }
}

/* The whole head is known: the smuggling and size decisions happen here,
 * before any body byte is read. */
static int on_headers_complete(http_parser *p)
{
    struct http_reader *r = reader_of(p);
    struct http_request *q = &r->req;
    const char *te = NULL;
    int ncl = 0, nte = 0, nhost = 0;
    size_t i;

    if (r->cur == CUR_NONE || buf_append(&r->head, "", 1) < 0)
        return fail(r, r->cur == CUR_NONE ? CRIER_EBADREQ : CRIER_EHDRTOOBIG);
    r->cur = CUR_NONE;
    r->flags |= RF_HEAD_DONE;
    head_finish(r);

    q->method = p->method;
    q->http_major = p->http_major;
    q->http_minor = p->http_minor;
    q->upgrade = p->upgrade;
    if (p->http_major != 1 || p->method == HTTP_CONNECT)
        return fail(r, CRIER_EBADREQ);
    if (r->body_limit) {
        r->max_body = r->body_limit(q, r->max_body, r->body_limit_arg);
        r->body.max = r->max_body;
    }

    for (i = 0; i < q->nheaders; i++) {
        const char *n = q->headers[i].name;
        if (strcmp(n, "content-length") == 0) {
            ncl++;
        } else if (strcmp(n, "transfer-encoding") == 0) {
            nte++;
            te = q->headers[i].value;
        } else if (strcmp(n, "host") == 0) {
            nhost++;
        }
    }
    if (ncl > 1 || nte > 1 || (ncl && nte) || nhost > 1)
        return fail(r, CRIER_EBADREQ);
    /* RFC 9112: an HTTP/1.1 request without Host is faulty (3.2), and so is
     * Transfer-Encoding in an HTTP/1.0 request (6.1). */
    if ((p->http_minor >= 1 && nhost == 0) || (te && p->http_minor == 0))
        return fail(r, CRIER_EBADREQ);
    if (te) {
        if (strcasecmp(te, "chunked") != 0 || !(p->flags & F_CHUNKED))
            return fail(r, CRIER_EBADREQ);
        r->flags |= RF_CHUNKED;
        r->state = C_SIZE0;
    } else if (ncl && p->content_length > r->max_body) {
        return fail(r, CRIER_ETOOBIG);
    }
    return 0;
}

static int on_body(http_parser *p, const char *at, size_t n)
{
    struct http_reader *r = reader_of(p);
    if (buf_append(&r->body, at, n) < 0)
        return fail(r, CRIER_ETOOBIG);
    return 0;
}

static int on_message_complete(http_parser *p)
{
    struct http_reader *r = reader_of(p);

    r->flags |= RF_MSG_DONE;
    r->req.keep_alive = http_should_keep_alive(p);
    r->req.upgrade = p->upgrade;
    r->req.body = r->body.data ? r->body.data : empty;
    r->req.body_len = r->body.len;
    http_parser_pause(p, 1);
    return 0;
}

static const http_parser_settings settings = {
    .on_url = on_url,
    .on_header_field = on_header_field,
    .on_header_value = on_header_value,
    .on_headers_complete = on_headers_complete,
    .on_body = on_body,
    .on_message_complete = on_message_complete,
};

void http_reader_init(struct http_reader *r, size_t max_body)
{
    memset(r, 0, sizeof *r);
    http_parser_init(&r->parser, HTTP_REQUEST);
    r->parser.data = r;
    r->max_body = max_body;
    buf_init(&r->head, HEAD_BUF_MAX);
    buf_init(&r->body, max_body);
    r->state = S_START;
    r->cur = CUR_NONE;
    r->req.path = empty;
    r->req.query = empty;
    r->req.body = empty;
}

void http_reader_free(struct http_reader *r)
{
    buf_free(&r->head);
    buf_free(&r->body);
}

ssize_t http_reader_feed(struct http_reader *r, const char *data, size_t len, int *done)
{
    size_t off = 0;

    *done = 0;
    if (r->err)
        return r->err;
    if (r->flags & RF_MSG_DONE) {
        *done = 1;
        return 0;
    }
    while (off < len) {
        int serr, pre = r->state;
        size_t good = scan(r, data + off, len - off, &serr);
        int at_end = r->state == S_BODY || r->state == S_DONE;

        if (good > 0) {
            size_t n = http_parser_execute(&r->parser, &settings, data + off, good);
            enum http_errno e = HTTP_PARSER_ERRNO(&r->parser);

            off += n;
            if (r->err)
                return r->err;
            if (e == HPE_PAUSED) {
                /* The parser and the scanner must agree on where it ends. */
                if ((pre != S_BODY && n != good) || (r->flags & RF_CHUNKED && r->state != S_DONE)) {
                    r->err = CRIER_EBADREQ;
                    return r->err;
                }
                *done = 1;
                return (ssize_t)off;
            }
            if (e != HPE_OK || n != good) {
                /* A method we do not know is 501 when the request starts like a
                 * method (an upper-case letter), 400 when it is garbage (a TLS
                 * hello, lower case). The first byte decides, whatever the
                 * fragments: the whole and a split request answer alike. */
                r->err = e == HPE_INVALID_METHOD && r->first >= 'A' && r->first <= 'Z'
                             ? CRIER_ENOTIMPL
                             : CRIER_EBADREQ;
                return r->err;
            }
            /* The scanner saw the head or the message end; so must the parser. */
            if (at_end && !(r->flags & RF_HEAD_DONE)) {
                r->err = CRIER_EBADREQ;
                return r->err;
            }
            if (r->state == S_DONE) {
                r->err = CRIER_EBADREQ;
                return r->err;
            }
        }
        if (serr) {
            r->err = serr;
            return r->err;
        }
    }
    return (ssize_t)off;
}

int http_reader_head_done(const struct http_reader *r)
{
    return (r->flags & RF_HEAD_DONE) && !r->err;
}

const struct http_request *http_reader_request(const struct http_reader *r)
{
    return &r->req;
}

const char *http_header_get(const struct http_request *req, const char *name)
{
    size_t i;
    for (i = 0; i < req->nheaders; i++)
        if (strcasecmp(req->headers[i].name, name) == 0)
            return req->headers[i].value;
    return NULL;
}

const char *http_date(void)
{
    static _Thread_local time_t cached = -1;
    static _Thread_local char text[40];
    time_t now = time(NULL);
    struct tm tm;

    if (now != cached) {
        gmtime_r(&now, &tm);
        strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &tm);
        cached = now;
    }
    return text;
}

int http_status_for(int err)
{
    switch (err) {
    case CRIER_ENOTIMPL: return 501;
    case CRIER_EHDRTOOBIG: return 431;
    case CRIER_ETOOBIG: return 413;
    default: return 400;
    }
}

const char *http_status_text(int status)
{
    switch (status) {
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 426: return "Upgrade Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Unknown";
    }
}

/*
 * Decodes src[0..n) into out (room for outsz bytes, NUL included). plus turns
 * '+' into a space (query strings). Returns the decoded length, -EINVAL on a
 * bad escape or %00, -ENOBUFS when out is too small.
 */
static ssize_t decode(const char *src, size_t n, char *out, size_t outsz, int plus)
{
    size_t i, o = 0;

    for (i = 0; i < n; i++) {
        char c = src[i];
        if (c == '%') {
            if (n - i < 3)
                return -EINVAL;
            int h = hexval((unsigned char)src[i + 1]), l = hexval((unsigned char)src[i + 2]);
            if (h < 0 || l < 0 || (h | l) == 0)
                return -EINVAL;
            c = (char)(h * 16 + l);
            i += 2;
        } else if (c == '+' && plus) {
            c = ' ';
        } else if (c == '\0') {
            return -EINVAL;
        }
        if (o + 1 >= outsz)
            return -ENOBUFS;
        out[o++] = c;
    }
    if (outsz == 0)
        return -ENOBUFS;
    out[o] = '\0';
    return (ssize_t)o;
}

ssize_t http_query_get(const char *query, const char *key, char *out, size_t outsz)
{
    const char *p = query;
    size_t klen = strlen(key);

    while (p && *p) {
        const char *amp = strchr(p, '&');
        size_t plen = amp ? (size_t)(amp - p) : strlen(p);
        const char *eq = memchr(p, '=', plen);
        size_t nlen = eq ? (size_t)(eq - p) : plen;
        char name[256];
        ssize_t dn = nlen < sizeof name ? decode(p, nlen, name, sizeof name, 1) : -ENOBUFS;

        if (dn >= 0 && (size_t)dn == klen && memcmp(name, key, klen) == 0) {
            ssize_t n =
                eq ? decode(eq + 1, plen - nlen - 1, out, outsz, 1) : decode("", 0, out, outsz, 1);
            if (n < 0 && outsz)
                out[0] = '\0'; /* never a half-decoded, unterminated value */
            return n;
        }
        p = amp ? amp + 1 : NULL;
    }
    return -ENOENT;
}

int http_parse_uint(const char *s, int64_t *out)
{
    int64_t v = 0;
    size_t n = 0;

    for (; s[n]; n++) {
        if (s[n] < '0' || s[n] > '9' || n == 18)
            return -EINVAL;
        v = v * 10 + (s[n] - '0');
    }
    if (n == 0)
        return -EINVAL;
    *out = v;
    return 0;
}

int http_query_int(const char *query, const char *key, int64_t def, int64_t min, int64_t max,
                   int64_t *out)
{
    char v[32];
    int64_t x;
    ssize_t n = http_query_get(query, key, v, sizeof v);

    if (n == -ENOENT) {
        *out = def;
        return 0;
    }
    if (n <= 0 || http_parse_uint(v, &x) < 0 || x < min || x > max)
        return -EINVAL;
    *out = x;
    return 0;
}

ssize_t http_url_decode(char *s, size_t len)
{
    size_t i, o = 0;

    for (i = 0; i < len; i++) {
        char c = s[i];
        if (c == '%') {
            if (len - i < 3)
                return -EINVAL;
            int h = hexval((unsigned char)s[i + 1]), l = hexval((unsigned char)s[i + 2]);
            if (h < 0 || l < 0 || (h | l) == 0)
                return -EINVAL;
            c = (char)(h * 16 + l);
            i += 2;
        } else if (c == '\0') {
            return -EINVAL;
        }
        s[o++] = c;
    }
    if (o < len)
        s[o] = '\0';
    return (ssize_t)o;
}
