#include "utf8.h"

#include <string.h>

/*
 * States beyond ACCEPT/REJECT say how many continuation bytes are still due
 * and which range the next one must fall in. The narrowed first-continuation
 * ranges are what exclude overlongs (E0, F0), surrogates (ED) and code points
 * past U+10FFFF (F4), per the table in RFC 3629 section 4.
 */
enum {
    S_NEED1 = 2, /* one more, 80..BF */
    S_NEED2 = 3, /* two more, 80..BF first */
    S_E0 = 4,    /* two more, A0..BF first */
    S_ED = 5,    /* two more, 80..9F first */
    S_NEED3 = 6, /* three more, 80..BF first */
    S_F0 = 7,    /* three more, 90..BF first */
    S_F4 = 8,    /* three more, 80..8F first */
};

static uint32_t lead(uint8_t c)
{
    if (c < 0x80)
        return UTF8_ACCEPT;
    if (c < 0xC2)
        return UTF8_REJECT; /* stray continuation, or overlong C0/C1 */
    if (c < 0xE0)
        return S_NEED1;
    if (c == 0xE0)
        return S_E0;
    if (c == 0xED)
        return S_ED;
    if (c < 0xF0)
        return S_NEED2;
    if (c == 0xF0)
        return S_F0;
    if (c < 0xF4)
        return S_NEED3;
    if (c == 0xF4)
        return S_F4;
    return UTF8_REJECT;
}

static uint32_t cont(uint32_t state, uint8_t c)
{
    uint8_t lo = 0x80, hi = 0xBF;
    uint32_t next;

    switch (state) {
    case S_NEED1: next = UTF8_ACCEPT; break;
    case S_NEED2: next = S_NEED1; break;
    case S_E0:
        lo = 0xA0;
        next = S_NEED1;
        break;
    case S_ED:
        hi = 0x9F;
        next = S_NEED1;
        break;
    case S_NEED3: next = S_NEED2; break;
    case S_F0:
        lo = 0x90;
        next = S_NEED2;
        break;
    case S_F4:
        hi = 0x8F;
        next = S_NEED2;
        break;
    default: return UTF8_REJECT;
    }
    return c >= lo && c <= hi ? next : UTF8_REJECT;
}

uint32_t utf8_step(uint32_t state, const uint8_t *p, size_t len)
{
    size_t i = 0;

    while (i < len) {
        if (state == UTF8_REJECT)
            return UTF8_REJECT;
        if (state == UTF8_ACCEPT) {
            /* ASCII runs, eight bytes at a time. */
            while (len - i >= 8) {
                uint64_t w;
                memcpy(&w, p + i, 8);
                if (w & UINT64_C(0x8080808080808080))
                    break;
                i += 8;
            }
            if (i == len)
                break;
            state = lead(p[i++]);
        } else {
            state = cont(state, p[i++]);
        }
    }
    return state;
}

int utf8_valid(const void *p, size_t len)
{
    return utf8_step(UTF8_ACCEPT, p, len) == UTF8_ACCEPT;
}

size_t utf8_char_len(const uint8_t *s, size_t left)
{
    uint32_t state = s[0] < 0x80 ? UTF8_REJECT : lead(s[0]);
    size_t i = 1;
    while (state != UTF8_ACCEPT && state != UTF8_REJECT && i < left)
        state = cont(state, s[i++]);
    return state == UTF8_ACCEPT ? i : 0;
}

size_t utf8_encode(uint32_t cp, char *b)
{
    if (cp < 0x80) {
        b[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        b[0] = (char)(0xC0 | cp >> 6);
        b[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        b[0] = (char)(0xE0 | cp >> 12);
        b[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    b[0] = (char)(0xF0 | cp >> 18);
    b[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    b[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    b[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}
