/*
 * mail: Internet messages (RFC 5322 with MIME) for the email editions and
 * the opt-in confirmation. Output is 7-bit clean with CRLF line ends, lines
 * under 78 characters: bodies in quoted-printable UTF-8, non-ASCII header
 * words as RFC 2047 encoded-words, a multipart/alternative of a text/plain
 * and a text/html part. With an unsubscribe URL it adds List-Unsubscribe
 * and the one-click List-Unsubscribe-Post of RFC 8058.
 *
 * Pure functions over the caller's buffers; any thread.
 */
#ifndef CRIER_MAIL_H
#define CRIER_MAIL_H

#include <stdint.h>

#include "buf.h"

#define MAIL_ADDRESS_MAX 254

struct mail_msg {
    const char *from_name;        /* display name (UTF-8), may be NULL */
    const char *from;             /* addr-spec, checked by mail_address_check */
    const char *to;               /* addr-spec */
    const char *subject;          /* UTF-8, one line */
    const char *text;             /* UTF-8 plain text, "\n" line ends */
    const char *html;             /* UTF-8 HTML document; NULL: a text/plain message alone */
    const char *lang;             /* Content-Language, may be NULL */
    const char *list_unsubscribe; /* an https URL (http: no one-click), may be NULL */
    const char *list_id;          /* "<slug.host>" form without brackets, may be NULL */
    int64_t date_s;               /* the Date header */
    const char *msgid_right;      /* the part after '@' in Message-ID (a host name) */
};

/* Appends the whole message to out. 0, -EINVAL (a header field would carry
 * CR or LF, or an address fails mail_address_check), -ENOBUFS (out's max).
 * Also -EINVAL: a string that is not UTF-8, no subject or text, a lang that
 * fails lang_tag_check, a msgid_right other than a host name, a list_id
 * without a dot or with spaces or brackets, a list_unsubscribe that is not
 * an http(s) URL of printable ASCII without spaces, "<", ">", "," or '"'
 * (the one-click List-Unsubscribe-Post goes with an https URL only); -EIO
 * when the system has no randomness (Message-ID, boundary). On an error out
 * is left as it was. An IDN domain goes out in its A-labels ("xn--").
 * Every message says Auto-Submitted: auto-generated (RFC 3834). */
int mail_build(const struct mail_msg *m, struct buf *out);

/* 0 when addr is an addr-spec crier will mail: local@domain, at most
 * MAIL_ADDRESS_MAX bytes, a dot-atom local part (no quoted strings), a
 * domain of letters, digits, hyphens and dots with at least one dot (or an
 * IDN in UTF-8), no spaces, controls, brackets or commas. Else -EINVAL. */
int mail_address_check(const char *addr);

#endif
