#include "jsonw.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

#define JSONW_DUMPS_MAX ((size_t)1 << 31) /* jsonw_dumps' buffer: far past any record */
#define ONES 0x0101010101010101ULL        /* one in each byte of a word */

size_t jsonw_plain_run(const unsigned char *s, size_t i, size_t n)
{
    /* none below 0x20, none with the high bit, no '"' and no '\\': the
     * classic "has a zero byte" test, eight bytes at a time */
    while (n - i >= 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t q = w ^ (ONES * '"'), bs = w ^ (ONES * '\\');
        if (((w - ONES * 0x20) | (q - ONES) | (bs - ONES) | w) & (ONES * 0x80))
            break;
        i += 8;
    }
    while (i < n && s[i] >= 0x20 && s[i] < 0x80 && s[i] != '"' && s[i] != '\\')
        i++;
    return i;
}

/* s[0..n) as a JSON string literal, escaped as jansson escapes it. */
static int put_string(struct buf *b, const char *str, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0, run = 0;
    int rc = buf_append(b, "\"", 1);

    while (rc == 0 && i < n) {
        i = jsonw_plain_run(s, i, n);
        if (i >= n)
            break;
        unsigned char c = s[i];
        if (c >= 0x80) {
            size_t len = utf8_char_len(s + i, n - i);
            if (!len)
                return -EINVAL;
            i += len;
            continue;
        }
        char esc[6] = {'\\', (char)c};
        size_t elen = 2;
        switch (c) {
        case '"':
        case '\\': break;
        case '\b': esc[1] = 'b'; break;
        case '\f': esc[1] = 'f'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default:
            memcpy(esc + 1, "u00", 3);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            elen = 6;
        }
        rc = buf_append(b, str + run, i - run);
        if (rc == 0)
            rc = buf_append(b, esc, elen);
        run = ++i;
    }
    if (rc == 0)
        rc = buf_append(b, str + run, n - run);
    return rc == 0 ? buf_append(b, "\"", 1) : rc;
}

static int put_integer(struct buf *b, json_int_t v)
{
    char tmp[24], *p = tmp + sizeof tmp;
    /* through unsigned: INT64_MIN has no positive counterpart */
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    return buf_append(b, p, (size_t)(tmp + sizeof tmp - p));
}

/* A real, in jansson's own digits. */
static int put_real(struct buf *b, const json_t *v)
{
    char *text = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
    if (!text)
        return -EINVAL;
    int rc = buf_appends(b, text);
    free(text);
    return rc;
}

static int put_value(struct buf *b, const json_t *v, int depth);

static int put_object(struct buf *b, const json_t *v, int depth)
{
    int rc = buf_append(b, "{", 1), first = 1;
    for (void *it = json_object_iter((json_t *)v); it && rc == 0;
         it = json_object_iter_next((json_t *)v, it), first = 0) {
        if (!first)
            rc = buf_append(b, ",", 1);
        if (rc == 0)
            rc = put_string(b, json_object_iter_key(it), json_object_iter_key_len(it));
        if (rc == 0)
            rc = buf_append(b, ":", 1);
        if (rc == 0)
            rc = put_value(b, json_object_iter_value(it), depth + 1);
    }
    return rc == 0 ? buf_append(b, "}", 1) : rc;
}

static int put_array(struct buf *b, const json_t *v, int depth)
{
    size_t n = json_array_size(v);
    int rc = buf_append(b, "[", 1);
    for (size_t i = 0; i < n && rc == 0; i++) {
        if (i)
            rc = buf_append(b, ",", 1);
        if (rc == 0)
            rc = put_value(b, json_array_get(v, i), depth + 1);
    }
    return rc == 0 ? buf_append(b, "]", 1) : rc;
}

static int put_value(struct buf *b, const json_t *v, int depth)
{
    if (!v)
        return -EINVAL;
    switch (json_typeof(v)) {
    case JSON_OBJECT: return depth < JSONW_DEPTH_MAX ? put_object(b, v, depth) : -EINVAL;
    case JSON_ARRAY: return depth < JSONW_DEPTH_MAX ? put_array(b, v, depth) : -EINVAL;
    case JSON_STRING: return put_string(b, json_string_value(v), json_string_length(v));
    case JSON_INTEGER: return put_integer(b, json_integer_value(v));
    case JSON_REAL: return put_real(b, v);
    case JSON_TRUE: return buf_append(b, "true", 4);
    case JSON_FALSE: return buf_append(b, "false", 5);
    case JSON_NULL: return buf_append(b, "null", 4);
    }
    return -EINVAL;
}

int jsonw_append(struct buf *b, const json_t *v)
{
    size_t mark = b->len;
    int rc = v && (json_is_object(v) || json_is_array(v)) ? put_value(b, v, 0) : -EINVAL;
    if (rc < 0 && b->data) {
        b->len = mark;
        b->data[mark] = '\0';
    }
    return rc;
}

char *jsonw_dumps(const json_t *v)
{
    struct buf b;
    buf_init(&b, JSONW_DUMPS_MAX);
    if (jsonw_append(&b, v) < 0) {
        buf_free(&b);
        return NULL;
    }
    return buf_steal(&b, NULL);
}
