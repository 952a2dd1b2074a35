#include "ws.h"

#include <assert.h>
#include <errno.h>
#include <string.h>

#include <openssl/evp.h>

#include "crier.h"
#include "utf8.h"
#include "wsz.h"

static const char WS_GUID[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

static int is_b64(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/';
}

int ws_accept_key(const char *key, char out[29])
{
    unsigned char in[24 + sizeof WS_GUID - 1];
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;

    /* 16 bytes encode as 22 base64 characters and "==". */
    if (strnlen(key, 25) != 24 || key[22] != '=' || key[23] != '=')
        return -EINVAL;
    for (int i = 0; i < 22; i++)
        if (!is_b64(key[i]))
            return -EINVAL;
    memcpy(in, key, 24);
    memcpy(in + 24, WS_GUID, sizeof WS_GUID - 1);
    if (!EVP_Digest(in, sizeof in, md, &mdlen, EVP_sha1(), NULL) || mdlen != 20)
        return -EINVAL;
    EVP_EncodeBlock((unsigned char *)out, md, 20); /* 28 characters and a NUL */
    return 0;
}

size_t ws_frame_header(uint8_t out[10], int opcode, uint64_t payload_len)
{
    out[0] = (uint8_t)(0x80 | (opcode & 0x0F));
    if (payload_len <= 125) {
        out[1] = (uint8_t)payload_len;
        return 2;
    }
    if (payload_len <= 0xFFFF) {
        out[1] = 126;
        out[2] = (uint8_t)(payload_len >> 8);
        out[3] = (uint8_t)payload_len;
        return 4;
    }
    out[1] = 127;
    for (int i = 0; i < 8; i++)
        out[2 + i] = (uint8_t)(payload_len >> (56 - 8 * i));
    return 10;
}

struct rcbuf *ws_encode(int opcode, const void *payload, size_t len)
{
    uint8_t hdr[10];
    size_t hlen = ws_frame_header(hdr, opcode, len);
    struct rcbuf *b = rcbuf_new(hlen + len);

    memcpy(b->data, hdr, hlen);
    if (len)
        memcpy(b->data + hlen, payload, len);
    return b;
}

const uint8_t *ws_frame_payload(const struct rcbuf *f, size_t *len)
{
    uint8_t l7 = (uint8_t)f->data[1] & 0x7F;
    size_t hlen = l7 < 126 ? 2 : l7 == 126 ? 4 : 10;

    *len = f->len - hlen;
    return (const uint8_t *)f->data + hlen;
}

struct rcbuf *ws_encode_z(const void *payload, size_t len)
{
    struct buf z;
    uint8_t hdr[10];
    struct rcbuf *b = NULL;

    buf_init(&z, (size_t)1 << 30);
    if (wsz_deflate(payload, len, &z) == 0) {
        size_t hlen = ws_frame_header(hdr, WS_OP_TEXT, z.len);
        hdr[0] |= 0x40; /* RSV1: compressed */
        b = rcbuf_new(hlen + z.len);
        memcpy(b->data, hdr, hlen);
        memcpy(b->data + hlen, z.data, z.len);
    }
    buf_free(&z);
    return b;
}

size_t ws_close_frame(uint8_t out[129], uint16_t code, const char *reason)
{
    size_t rlen = reason ? strnlen(reason, 124) : 0;

    if (code == 0)
        return ws_frame_header(out, WS_OP_CLOSE, 0);
    if (rlen > 123) {
        /* Cut on a character boundary so the reason stays valid UTF-8. */
        rlen = 123;
        while (rlen > 0 && ((uint8_t)reason[rlen] & 0xC0) == 0x80)
            rlen--;
    }
    size_t h = ws_frame_header(out, WS_OP_CLOSE, 2 + rlen);
    out[h] = (uint8_t)(code >> 8);
    out[h + 1] = (uint8_t)code;
    if (rlen)
        memcpy(out + h + 2, reason, rlen);
    return h + 2 + rlen;
}

/* Decoder states. */
enum { ST_HEADER, ST_PAYLOAD, ST_CLOSED, ST_ERROR };

#define CTL_MAX 125

void ws_decoder_init(struct ws_decoder *d, size_t max_message)
{
    memset(d, 0, sizeof *d);
    d->max_message = max_message;
    d->utf8 = UTF8_ACCEPT;
    d->state = ST_HEADER;
    buf_init(&d->msg, max_message);
    buf_init(&d->ctl, CTL_MAX);
}

void ws_decoder_free(struct ws_decoder *d)
{
    buf_free(&d->msg);
    buf_free(&d->ctl);
}

static int is_control(int op)
{
    return op >= 0x8;
}

/* Sticky failure: buffers are released at once; `need` keeps the code. */
static int fail(struct ws_decoder *d, uint16_t code, uint16_t *close_code)
{
    ws_decoder_free(d);
    d->state = ST_ERROR;
    d->need = code;
    *close_code = code;
    return CRIER_EPROTO;
}

/* Checks that depend only on the first header byte; 0 or a close code. */
static uint16_t check_byte0(const struct ws_decoder *d, uint8_t b0)
{
    int op = b0 & 0x0F;

    if (b0 & 0x30)
        return WS_CLOSE_PROTOCOL; /* no extension negotiated RSV2 or RSV3 */
    /* RSV1 (permessage-deflate) only when negotiated, and only on a data
     * message's first frame (RFC 7692 6). */
    if ((b0 & 0x40) && (!d->deflate || (op != WS_OP_TEXT && op != WS_OP_BINARY)))
        return WS_CLOSE_PROTOCOL;
    switch (op) {
    case WS_OP_CONT: return d->msg_opcode ? 0 : WS_CLOSE_PROTOCOL;
    case WS_OP_TEXT:
    case WS_OP_BINARY: return d->msg_opcode ? WS_CLOSE_PROTOCOL : 0;
    case WS_OP_CLOSE:
    case WS_OP_PING:
    case WS_OP_PONG: return (b0 & 0x80) ? 0 : WS_CLOSE_PROTOCOL;
    default: return WS_CLOSE_PROTOCOL;
    }
}

/* The payload length is known: check it against the limits. */
static uint16_t check_length(const struct ws_decoder *d, uint64_t len)
{
    if (len >> 63)
        return WS_CLOSE_PROTOCOL;
    if (is_control(d->hdr[0] & 0x0F))
        return 0; /* already capped at 125 by the 7-bit check */
    if (len > d->max_message || d->msg.len > d->max_message - len)
        return WS_CLOSE_TOO_BIG;
    return 0;
}

static size_t header_size(uint8_t b1)
{
    uint8_t l7 = b1 & 0x7F;
    return 2 + (l7 == 126 ? 2 : l7 == 127 ? 8 : 0) + 4;
}

/* The payload length of a header whose length bytes have all arrived. */
static uint64_t frame_len(const uint8_t *h)
{
    uint8_t l7 = h[1] & 0x7F;
    uint64_t n = 0;

    if (l7 < 126)
        return l7;
    for (int i = 2; i < (l7 == 126 ? 4 : 10); i++)
        n = n << 8 | h[i];
    return n;
}

/* Reads header bytes from p; returns how many were used or, on error, fails
 * the decoder (state becomes ST_ERROR). Every check runs as soon as the
 * byte it needs has arrived, so an error never waits for more input. */
static size_t feed_header(struct ws_decoder *d, const uint8_t *p, size_t len, uint16_t *close_code)
{
    size_t used = 0;
    uint16_t err = 0;

    while (used < len) {
        d->hdr[d->hdr_len++] = p[used++];
        if (d->hdr_len == 1) {
            err = check_byte0(d, d->hdr[0]);
        } else if (d->hdr_len == 2) {
            uint8_t l7 = d->hdr[1] & 0x7F;
            if (!(d->hdr[1] & 0x80))
                err = WS_CLOSE_PROTOCOL; /* clients must mask */
            else if (is_control(d->hdr[0] & 0x0F) && l7 > CTL_MAX)
                err = WS_CLOSE_PROTOCOL;
            else if (l7 < 126)
                err = check_length(d, l7);
        } else if (((d->hdr[1] & 0x7F) == 126 && d->hdr_len == 4) ||
                   ((d->hdr[1] & 0x7F) == 127 && d->hdr_len == 10)) {
            err = check_length(d, frame_len(d->hdr));
        }
        if (err) {
            fail(d, err, close_code);
            return used;
        }
        if (d->hdr_len >= 2 && d->hdr_len == header_size(d->hdr[1]))
            break;
    }
    if (d->hdr_len < 2 || d->hdr_len < header_size(d->hdr[1]))
        return used;

    /* Header complete. */
    memcpy(d->mask, d->hdr + d->hdr_len - 4, 4);
    d->mask_pos = 0;
    d->need = frame_len(d->hdr);
    d->fin = d->hdr[0] >> 7;
    d->opcode = d->hdr[0] & 0x0F;
    d->hdr_len = 0;
    if (d->opcode == WS_OP_TEXT || d->opcode == WS_OP_BINARY) {
        d->msg_opcode = d->opcode;
        d->msg_z = (d->hdr[0] & 0x40) != 0;
        d->utf8 = UTF8_ACCEPT;
    }
    d->state = ST_PAYLOAD;
    return used;
}

static void unmask(struct ws_decoder *d, uint8_t *p, size_t n)
{
    uint8_t k = d->mask_pos;

    for (size_t i = 0; i < n; i++, k = (k + 1) & 3)
        p[i] ^= d->mask[k];
    d->mask_pos = k;
}

/*
 * Close payload bytes [at, ctl.len) have just arrived: check the code as soon
 * as its two bytes are in, then the reason's UTF-8 incrementally, like text.
 * The reason reuses d->utf8: a close ends the stream, so the state of a text
 * message it interrupts is never needed again. Returns 0 or a close code.
 */
static uint16_t close_progress(struct ws_decoder *d, size_t at)
{
    const uint8_t *p = (const uint8_t *)d->ctl.data;
    size_t len = d->ctl.len;

    if (len < 2)
        return 0;
    if (at < 2) {
        unsigned code = (unsigned)p[0] << 8 | p[1];
        if (!((code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) ||
              (code >= 3000 && code <= 4999)))
            return WS_CLOSE_PROTOCOL;
        d->utf8 = UTF8_ACCEPT;
        at = 2;
    }
    d->utf8 = utf8_step(d->utf8, p + at, len - at);
    return d->utf8 == UTF8_REJECT ? WS_CLOSE_BAD_DATA : 0;
}

/* A whole close payload (its code and reason already checked as they came). */
static uint16_t close_final(const struct ws_decoder *d)
{
    if (d->ctl.len == 1)
        return WS_CLOSE_PROTOCOL; /* a body starts with a 2-byte code */
    if (d->ctl.len >= 2 && d->utf8 != UTF8_ACCEPT)
        return WS_CLOSE_BAD_DATA; /* reason ends inside a character */
    return 0;
}

/* A compressed message is whole: inflate it (to max_message at most),
 * check its text, deliver it. Returns 0, the callback's value, or
 * CRIER_EPROTO (decoder failed). */
static int end_message_z(struct ws_decoder *d, ws_message_cb cb, void *arg, uint16_t *close_code)
{
    static const uint8_t empty[1];
    struct buf plain;
    int rc, op = d->msg_opcode;

    buf_init(&plain, d->max_message);
    rc = wsz_inflate((const uint8_t *)d->msg.data, d->msg.len, d->max_message, &plain);
    buf_free(&d->msg);
    d->msg_opcode = 0;
    d->msg_z = 0;
    d->utf8 = UTF8_ACCEPT;
    if (rc == 0 && op == WS_OP_TEXT && !utf8_valid((const uint8_t *)plain.data, plain.len))
        rc = -EILSEQ;
    if (rc < 0) {
        buf_free(&plain);
        return fail(d, rc == -E2BIG ? WS_CLOSE_TOO_BIG : WS_CLOSE_BAD_DATA, close_code);
    }
    rc = cb(arg, op, plain.len ? (const uint8_t *)plain.data : empty, plain.len);
    buf_free(&plain);
    return rc;
}

/* The current frame's payload is complete: deliver what is due. Returns 0,
 * the callback's value, or CRIER_EPROTO (decoder failed). */
static int end_frame(struct ws_decoder *d, ws_message_cb cb, void *arg, uint16_t *close_code)
{
    static const uint8_t empty[1];
    int rc;

    d->state = ST_HEADER;
    if (is_control(d->opcode)) {
        const uint8_t *p = d->ctl.len ? (const uint8_t *)d->ctl.data : empty;
        size_t n = d->ctl.len;
        if (d->opcode == WS_OP_CLOSE) {
            uint16_t err = close_final(d);
            if (err)
                return fail(d, err, close_code);
            d->state = ST_CLOSED;
        }
        rc = cb(arg, d->opcode, p, n);
        buf_free(&d->ctl);
        return rc;
    }
    if (!d->fin)
        return 0;
    if (d->msg_z)
        return end_message_z(d, cb, arg, close_code);
    if (d->msg_opcode == WS_OP_TEXT && d->utf8 != UTF8_ACCEPT)
        return fail(d, WS_CLOSE_BAD_DATA, close_code);
    rc = cb(arg, d->msg_opcode, d->msg.len ? (const uint8_t *)d->msg.data : empty, d->msg.len);
    buf_free(&d->msg);
    d->msg_opcode = 0;
    d->utf8 = UTF8_ACCEPT;
    return rc;
}

int ws_decoder_feed(struct ws_decoder *d, const uint8_t *data, size_t len, ws_message_cb cb,
                    void *arg, uint16_t *close_code)
{
    size_t i = 0;
    int rc;

    if (d->state == ST_ERROR) {
        *close_code = (uint16_t)d->need;
        return CRIER_EPROTO;
    }
    while (i < len && d->state != ST_CLOSED) {
        if (d->state == ST_HEADER) {
            i += feed_header(d, data + i, len - i, close_code);
            if (d->state == ST_ERROR)
                return CRIER_EPROTO;
            if (d->state == ST_HEADER)
                continue; /* only possible when input ran out */
        } else {
            size_t n = len - i;
            if (n > d->need)
                n = (size_t)d->need;
            struct buf *b = is_control(d->opcode) ? &d->ctl : &d->msg;
            size_t at = b->len;
            rc = buf_append(b, data + i, n);
            assert(rc == 0); /* lengths were checked against max in the header */
            (void)rc;
            unmask(d, (uint8_t *)b->data + at, n);
            if (b == &d->msg && d->msg_opcode == WS_OP_TEXT && !d->msg_z) {
                d->utf8 = utf8_step(d->utf8, (const uint8_t *)b->data + at, n);
                if (d->utf8 == UTF8_REJECT)
                    return fail(d, WS_CLOSE_BAD_DATA, close_code);
            } else if (d->opcode == WS_OP_CLOSE) {
                uint16_t err = close_progress(d, at);
                if (err)
                    return fail(d, err, close_code);
            }
            i += n;
            d->need -= n;
        }
        if (d->state == ST_PAYLOAD && d->need == 0) {
            rc = end_frame(d, cb, arg, close_code);
            if (rc)
                return rc;
        }
    }
    return 0;
}
