#include "mail.h"

#include <errno.h>
#include <openssl/rand.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unicode/uidna.h>

#include "lang.h"
#include "utf8.h"

/* RFC 5322 2.1.1: a line SHOULD be at most 78 characters (CRLF apart). */
#define LINE_MAX_COLS 78
/* RFC 2045 6.7 (5): an encoded line is at most 76 characters. */
#define QP_COLS 76
/* RFC 2047 2: an encoded-word is at most 75 characters. */
#define EW_MAX 75
#define EW_OPEN "=?UTF-8?Q?"
#define EW_OVERHEAD 12 /* "=?UTF-8?Q?" and "?=" */
/* An ASCII header word longer than this is sent as encoded-words, which may
 * be cut anywhere, so that no header line passes LINE_MAX_COLS. */
#define RAW_WORD_MAX 60
#define URL_MAX 900     /* a List-Unsubscribe URL: one header line of <= 998 */
#define LIST_ID_MAX 200 /* RFC 2919 5: a list-id is at most 255 */
#define HOST_MAX 253

/* The message goes out through one sticky error: the writers below need not
 * check each append, and mail_build looks once at the end. */
struct out {
    struct buf *b;
    int err;
};

static void put(struct out *o, const char *s, size_t n)
{
    if (o->err == 0 && buf_append(o->b, s, n) != 0)
        o->err = -ENOBUFS;
}

static void puts_(struct out *o, const char *s)
{
    put(o, s, strlen(s));
}

__attribute__((format(printf, 2, 3))) static void putf(struct out *o, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof tmp) {
        o->err = o->err ? o->err : -EINVAL; /* our own formats are short */
        return;
    }
    put(o, tmp, (size_t)n);
}

/* ---- addresses ---- */

static int is_atext(unsigned char c)
{
    /* RFC 5322 3.2.3 atext: letters, digits and these. */
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c && strchr("!#$%&'*+-/=?^_`{|}~", c) != NULL);
}

static int local_part_check(const char *s, size_t n)
{
    /* RFC 5321 4.5.3.1.1: a local part is at most 64 octets. */
    if (n == 0 || n > 64 || s[0] == '.' || s[n - 1] == '.')
        return -EINVAL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '.' ? s[i + 1] == '.' : !is_atext(c))
            return -EINVAL;
    }
    return 0;
}

static int domain_check(const char *s, size_t n)
{
    size_t label = 0, labels = 0;

    if (n == 0 || !utf8_valid(s, n))
        return -EINVAL;
    for (size_t i = 0; i <= n; i++) {
        unsigned char c = i < n ? (unsigned char)s[i] : '.';
        if (c == '.') {
            /* A label is 1 to 63 octets and neither starts nor ends with a
             * hyphen (RFC 1123 2.1). */
            if (label == 0 || label > 63 || s[i - label] == '-' || s[i - 1] == '-')
                return -EINVAL;
            labels++;
            label = 0;
            continue;
        }
        int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c >= 0x80;
        if (!ok)
            return -EINVAL;
        label++;
    }
    return labels >= 2 ? 0 : -EINVAL;
}

int mail_address_check(const char *addr)
{
    size_t n;
    const char *at;

    if (!addr)
        return -EINVAL;
    n = strnlen(addr, MAIL_ADDRESS_MAX + 1);
    if (n > MAIL_ADDRESS_MAX)
        return -EINVAL;
    at = memchr(addr, '@', n);
    if (!at || memchr(at + 1, '@', n - (size_t)(at + 1 - addr)))
        return -EINVAL;
    if (local_part_check(addr, (size_t)(at - addr)) != 0)
        return -EINVAL;
    return domain_check(at + 1, n - (size_t)(at + 1 - addr));
}

/* addr (checked) with an IDN domain turned into its A-labels (UTS #46,
 * "xn--..."): the message is 7-bit, so a header cannot carry the UTF-8 form.
 * 0, or -EINVAL when ICU refuses the name or the result is too long. */
static int address_ascii(const char *addr, char out[MAIL_ADDRESS_MAX + 1])
{
    const char *at = strchr(addr, '@');
    size_t local = (size_t)(at - addr) + 1;
    const char *dom = at + 1;
    int nonascii = 0;

    for (const char *p = dom; *p; p++)
        nonascii |= (unsigned char)*p >= 0x80;
    if (!nonascii) {
        snprintf(out, MAIL_ADDRESS_MAX + 1, "%s", addr);
        return 0;
    }
    UErrorCode uerr = U_ZERO_ERROR;
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    UIDNA *idna = uidna_openUTS46(UIDNA_NONTRANSITIONAL_TO_ASCII | UIDNA_CHECK_BIDI |
                                      UIDNA_CHECK_CONTEXTJ | UIDNA_USE_STD3_RULES,
                                  &uerr);
    if (U_FAILURE(uerr))
        return -EINVAL;
    memcpy(out, addr, local);
    int32_t n = uidna_nameToASCII_UTF8(idna, dom, -1, out + local,
                                       (int32_t)(MAIL_ADDRESS_MAX + 1 - local), &info, &uerr);
    uidna_close(idna);
    if (U_FAILURE(uerr) || info.errors != 0 || n <= 0 || local + (size_t)n > MAIL_ADDRESS_MAX)
        return -EINVAL;
    out[local + (size_t)n] = '\0';
    return 0;
}

/* ---- header text ---- */

/* A header's own value: it may not break the line it sits on. */
static int one_line(const char *s)
{
    return !s || strpbrk(s, "\r\n") == NULL;
}

/* Printable ASCII, no spaces: a token header value (URL, list id, host). */
static int token_text(const char *s, size_t max, const char *forbid)
{
    size_t n = strnlen(s, max + 1);
    if (n == 0 || n > max)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] <= ' ' || s[i] > '~' || strchr(forbid, s[i]))
            return 0;
    return 1;
}

/* Whether an unstructured value can go out as it is: printable ASCII that no
 * reader would take for an encoded-word, no space at either end (a parser
 * trims those), and words short enough to fold between. */
static int plain_text(const char *s)
{
    size_t word = 0, n = strlen(s);
    if (n == 0 || s[0] == ' ' || s[n - 1] == ' ' || strstr(s, "=?"))
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < ' ' || s[i] > '~')
            return 0;
        word = s[i] == ' ' ? 0 : word + 1;
        if (word > RAW_WORD_MAX)
            return 0;
    }
    return 1;
}

/* Folds plain text at its spaces (RFC 5322 2.2.3: the fold is CRLF put in
 * front of a space, so unfolding gives the text back). Returns the column. */
static int fold_plain(struct out *o, int col, const char *s)
{
    for (;;) {
        size_t w = strcspn(s, " ");
        put(o, s, w);
        col += (int)w;
        s += w;
        if (!*s)
            return col;
        s++; /* the space */
        w = strcspn(s, " ");
        if (col + 1 + (int)w > LINE_MAX_COLS) {
            puts_(o, "\r\n");
            col = 0;
        }
        put(o, " ", 1);
        col++;
    }
}

/* In an encoded-word of a phrase (the From display name) the Q encoding may
 * leave only these as they are (RFC 2047 5 (3)); the same set is used for
 * the Subject, where it is also valid. */
static int q_plain(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c && strchr("!*+-/", c) != NULL);
}

static size_t q_len(unsigned char c)
{
    return q_plain(c) || c == ' ' ? 1 : 3;
}

static size_t utf8_seq_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/*
 * s (valid UTF-8) as "=?UTF-8?Q?...?=" words, folded between words. A
 * character is never cut across two words (RFC 2047 5: each word must be
 * decodable on its own), and each word is at most EW_MAX characters and
 * ends by LINE_MAX_COLS. The white space between two encoded-words is not
 * part of the text, so spaces are encoded inside the words ("_").
 * Returns the column.
 */
static int encode_words(struct out *o, int col, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    char word[EW_MAX + 1];
    size_t wl = 0;

    while (*s) {
        size_t cl = utf8_seq_len((unsigned char)*s), el = 0;
        for (size_t k = 0; k < cl; k++)
            el += q_len((unsigned char)s[k]);
        if (wl > 0 && (wl + el + 2 > EW_MAX || col + (int)(wl + el + 2) > LINE_MAX_COLS)) {
            put(o, word, wl);
            puts_(o, "?=\r\n ");
            col = 1;
            wl = 0;
        }
        if (wl == 0) {
            memcpy(word, EW_OPEN, sizeof EW_OPEN - 1);
            wl = sizeof EW_OPEN - 1;
        }
        for (size_t k = 0; k < cl; k++) {
            unsigned char c = (unsigned char)s[k];
            if (c == ' ')
                word[wl++] = '_';
            else if (q_plain(c))
                word[wl++] = (char)c;
            else {
                word[wl++] = '=';
                word[wl++] = hex[c >> 4];
                word[wl++] = hex[c & 15];
            }
        }
        s += cl;
    }
    if (wl > 0) {
        put(o, word, wl);
        puts_(o, "?=");
        col += (int)wl + 2;
    }
    return col;
}

/* "Subject: ..." with its CRLF. */
static void header_unstructured(struct out *o, const char *name, const char *value)
{
    int col = (int)strlen(name) + 2;
    puts_(o, name);
    puts_(o, ": ");
    if (plain_text(value))
        fold_plain(o, col, value);
    else
        encode_words(o, col, value);
    puts_(o, "\r\n");
}

/* "From: name <addr>": the name as a quoted-string when it is plain ASCII
 * and fits, else as encoded-words; the address moves to a folded line of
 * its own when it would pass the column limit. */
static void header_from(struct out *o, const char *name, const char *addr)
{
    int col = 6;
    size_t alen = strlen(addr);

    puts_(o, "From: ");
    if (!name || !*name) {
        puts_(o, addr);
        puts_(o, "\r\n");
        return;
    }
    size_t qlen = 2 + strlen(name);
    for (const char *p = name; *p; p++)
        qlen += *p == '"' || *p == '\\';
    if (plain_text(name) && col + (int)qlen <= LINE_MAX_COLS - 2) {
        put(o, "\"", 1);
        for (const char *p = name; *p; p++) {
            if (*p == '"' || *p == '\\')
                put(o, "\\", 1);
            put(o, p, 1);
        }
        put(o, "\"", 1);
        col += (int)qlen;
    } else {
        col = encode_words(o, col, name);
    }
    puts_(o, col + 3 + (int)alen > LINE_MAX_COLS ? "\r\n <" : " <");
    puts_(o, addr);
    puts_(o, ">\r\n");
}

/* ---- dates and random names ---- */

/* RFC 5322 3.3, in UTC. The names are spelled here rather than by
 * strftime, whose %a and %b follow the process locale. */
static void header_date(struct out *o, int64_t date_s)
{
    static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    time_t t = (time_t)date_s;
    struct tm tm;

    if (!gmtime_r(&t, &tm)) {
        o->err = o->err ? o->err : -EINVAL;
        return;
    }
    putf(o, "Date: %s, %02d %s %04d %02d:%02d:%02d +0000\r\n", days[tm.tm_wday], tm.tm_mday,
         months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

/* 16 random bytes as 32 hex digits. 0, or -EIO without randomness. */
static int random_hex(char out[33])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char raw[16];
    if (RAND_bytes(raw, sizeof raw) != 1)
        return -EIO;
    for (size_t i = 0; i < sizeof raw; i++) {
        out[2 * i] = hex[raw[i] >> 4];
        out[2 * i + 1] = hex[raw[i] & 15];
    }
    out[32] = '\0';
    return 0;
}

/* ---- bodies ---- */

/* One line of text (no line end) in quoted-printable, with soft line breaks
 * so that no encoded line passes QP_COLS, "=" included. An escape is never
 * cut, white space at the line's end is escaped (transports strip it), and
 * "From " at a line's start is escaped too, as mbox writers mangle it. */
static void qp_line(struct out *o, const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    int col = 0;

    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int last = i + 1 == n;
        int literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
        size_t tl = literal ? 1 : 3;
        /* A line may end at QP_COLS; a line that goes on needs room for its
         * "=" soft break. */
        if (col + (int)tl > (last ? QP_COLS : QP_COLS - 1)) {
            puts_(o, "=\r\n");
            col = 0;
        }
        if (col == 0 && c == 'F' && n - i >= 5 && memcmp(s + i, "From ", 5) == 0)
            literal = 0, tl = 3;
        if (literal) {
            put(o, (const char *)&s[i], 1);
        } else {
            char esc[3] = {'=', hex[c >> 4], hex[c & 15]};
            put(o, esc, 3);
        }
        col += (int)tl;
    }
}

/* s with "\n" (or "\r\n") line ends, each line out with CRLF. A text that
 * ends with a line end does not get an empty line more. */
static void qp_body(struct out *o, const char *s)
{
    while (*s) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        qp_line(o, s, nl && n > 0 && s[n - 1] == '\r' ? n - 1 : n);
        puts_(o, "\r\n");
        s += n + (nl ? 1 : 0);
    }
}

static void part_headers(struct out *o, const char *type)
{
    putf(o, "Content-Type: %s; charset=utf-8\r\n", type);
    puts_(o, "Content-Transfer-Encoding: quoted-printable\r\n");
}

/* ---- the message ---- */

static int msg_check(const struct mail_msg *m)
{
    const char *hdr[] = {m->from_name, m->from,    m->to,          m->subject,
                         m->lang,      m->list_id, m->msgid_right, m->list_unsubscribe};

    for (size_t i = 0; i < sizeof hdr / sizeof *hdr; i++)
        if (!one_line(hdr[i]) || (hdr[i] && !utf8_valid(hdr[i], strlen(hdr[i]))))
            return -EINVAL;
    if (!m->subject || !m->text || !utf8_valid(m->text, strlen(m->text)) ||
        (m->html && !utf8_valid(m->html, strlen(m->html))))
        return -EINVAL;
    if (mail_address_check(m->from) != 0 || mail_address_check(m->to) != 0)
        return -EINVAL;
    if (m->lang && lang_tag_check(m->lang) != 0)
        return -EINVAL;
    if (!m->msgid_right || !*m->msgid_right || strlen(m->msgid_right) > HOST_MAX ||
        m->msgid_right[strspn(m->msgid_right,
                              "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")])
        return -EINVAL;
    if (m->list_id &&
        (!token_text(m->list_id, LIST_ID_MAX, "()<>[]:;@\\,\"") || !strchr(m->list_id, '.')))
        return -EINVAL;
    /* RFC 2369 2: angle brackets, commas and spaces have no place in the
     * URL; RFC 8058 3.1: one-click needs HTTPS. */
    if (m->list_unsubscribe && (!token_text(m->list_unsubscribe, URL_MAX, "<>,\"") ||
                                (strncmp(m->list_unsubscribe, "https://", 8) != 0 &&
                                 strncmp(m->list_unsubscribe, "http://", 7) != 0)))
        return -EINVAL;
    return 0;
}

static void msg_headers(struct out *o, const struct mail_msg *m, const char *from, const char *to,
                        const char *msgid)
{
    header_date(o, m->date_s);
    header_from(o, m->from_name, from);
    putf(o, "To: %s\r\n", to);
    header_unstructured(o, "Subject", m->subject);
    putf(o, "Message-ID: <%s@%s>\r\n", msgid, m->msgid_right);
    puts_(o, "MIME-Version: 1.0\r\n");
    if (m->lang)
        putf(o, "Content-Language: %s\r\n", m->lang);
    if (m->list_id)
        putf(o, "List-Id: <%s>\r\n", m->list_id);
    if (m->list_unsubscribe) {
        /* Folded before "<" when the line would pass LINE_MAX_COLS: RFC
         * 2369 2 reads the field after any leading white space. A URL is
         * never folded inside (URL_MAX keeps the line under 998). */
        size_t n = strlen(m->list_unsubscribe);
        puts_(o, n + 20 > LINE_MAX_COLS ? "List-Unsubscribe:\r\n <" : "List-Unsubscribe: <");
        puts_(o, m->list_unsubscribe);
        puts_(o, ">\r\n");
        /* RFC 8058 3.1: the one-click POST is offered for an HTTPS URL
         * only (a plain http one still works as a link to a page). */
        if (strncmp(m->list_unsubscribe, "https://", 8) == 0)
            puts_(o, "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n");
    }
    /* Auto-Submitted (RFC 3834) marks the message as made by a program, so
     * that vacation responders and other robots do not answer it. There is
     * no "Precedence: bulk": it is not a standard field (RFC 2076 calls its
     * use discouraged), List-Id and List-Unsubscribe already say "list
     * mail" in the standard way, and some filters count Precedence against
     * a sender. */
    puts_(o, "Auto-Submitted: auto-generated\r\n");
}

int mail_build(const struct mail_msg *m, struct buf *out)
{
    char from[MAIL_ADDRESS_MAX + 1], to[MAIL_ADDRESS_MAX + 1], msgid[33], bnd[33];
    struct out o = {.b = out, .err = 0};
    size_t start = out->len;
    int rc = msg_check(m);

    if (rc == 0)
        rc = address_ascii(m->from, from);
    if (rc == 0)
        rc = address_ascii(m->to, to);
    if (rc == 0)
        rc = random_hex(msgid);
    if (rc == 0)
        rc = random_hex(bnd);
    if (rc != 0)
        return rc;

    msg_headers(&o, m, from, to, msgid);
    if (!m->html) {
        part_headers(&o, "text/plain");
        puts_(&o, "\r\n");
        qp_body(&o, m->text);
    } else {
        /* "=_" cannot occur in quoted-printable text ("=" is always followed
         * by two hex digits or a line end there), so the boundary cannot
         * appear in the parts whatever they say (RFC 2046 5.1.1). */
        putf(&o, "Content-Type: multipart/alternative;\r\n boundary=\"=_%s\"\r\n", bnd);
        puts_(&o, "\r\n");
        putf(&o, "--=_%s\r\n", bnd);
        part_headers(&o, "text/plain");
        puts_(&o, "\r\n");
        qp_body(&o, m->text);
        putf(&o, "\r\n--=_%s\r\n", bnd);
        part_headers(&o, "text/html");
        puts_(&o, "\r\n");
        qp_body(&o, m->html);
        putf(&o, "\r\n--=_%s--\r\n", bnd);
    }
    if (o.err != 0) {
        out->len = start;
        if (out->data)
            out->data[start] = '\0';
    }
    return o.err;
}
