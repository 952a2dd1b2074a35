/* jsonpick: named members of a JSON object's text, in one pass (jsonpick.h). */
#include "jsonpick.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "utf8.h"

static size_t skip_ws(const char *s, size_t i, size_t n)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

/* The end of the string opening at s[i] == '"', or 0 when unterminated:
 * the next quote not escaped (an even number of backslashes before it). */
static size_t skip_string(const char *s, size_t i, size_t n)
{
    const char *q;

    for (i++; i < n && (q = memchr(s + i, '"', n - i)); i = (size_t)(q - s) + 1) {
        size_t k = (size_t)(q - s), bs = 0;
        while (k - bs > i && s[k - bs - 1] == '\\')
            bs++;
        if (bs % 2 == 0)
            return (size_t)(q - s) + 1;
    }
    return 0;
}

/* The end of the value starting at s[i], or 0 when it does not end. */
static size_t skip_value(const char *s, size_t i, size_t n)
{
    if (i >= n)
        return 0;
    if (s[i] == '"')
        return skip_string(s, i, n);
    if (s[i] == '{' || s[i] == '[') {
        size_t depth = 0;
        while (i < n) {
            char c = s[i];
            if (c == '"') {
                if (!(i = skip_string(s, i, n)))
                    return 0;
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
            i++;
        }
        return 0;
    }
    size_t b = i; /* a number, true, false or null */
    while (i < n && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\t' &&
           s[i] != '\n' && s[i] != '\r')
        i++;
    return i > b ? i : 0;
}

/* Calls each(key span, value span, arg) for each top-level member of the
 * object text s[0..n) until it returns nonzero; stops at the first member
 * that is not whole. Returns -EINVAL when s is not an object, else 0. */
static int members(const char *s, size_t n,
                   int (*each)(const char *s, struct jspan key, struct jspan val, void *arg),
                   void *arg)
{
    size_t i = skip_ws(s, 0, n);

    if (i >= n || s[i] != '{')
        return -EINVAL;
    i = skip_ws(s, i + 1, n);
    while (i < n && s[i] == '"') {
        size_t ke = skip_string(s, i, n);
        if (!ke)
            break;
        size_t vs = skip_ws(s, ke, n);
        if (vs >= n || s[vs] != ':')
            break;
        vs = skip_ws(s, vs + 1, n);
        size_t ve = skip_value(s, vs, n);
        if (!ve)
            break;
        if (each(s, (struct jspan){i, ke}, (struct jspan){vs, ve}, arg))
            break;
        i = skip_ws(s, ve, n);
        if (i >= n || s[i] != ',')
            break;
        i = skip_ws(s, i + 1, n);
    }
    return 0;
}

/* Whether key (a span with its quotes) is name, as written. */
static int key_is(const char *s, struct jspan key, const char *name)
{
    size_t kn = key.to - key.from - 2;
    return strlen(name) == kn && memcmp(s + key.from + 1, name, kn) == 0;
}

struct pick {
    const char *const *names;
    size_t nnames;
    struct jspan *out;
};

static int pick_one(const char *s, struct jspan key, struct jspan val, void *arg)
{
    struct pick *p = arg;
    for (size_t j = 0; j < p->nnames; j++)
        if (p->out[j].to == 0 && key_is(s, key, p->names[j]))
            p->out[j] = val;
    return 0;
}

int jsonpick(const char *s, size_t n, const char *const *names, size_t nnames, struct jspan *out)
{
    struct pick p = {names, nnames, out};

    for (size_t j = 0; j < nnames; j++)
        out[j] = (struct jspan){0, 0};
    return members(s, n, pick_one, &p);
}

struct find {
    const char *name;
    struct jspan *member;
};

static int find_one(const char *s, struct jspan key, struct jspan val, void *arg)
{
    struct find *f = arg;
    if (!key_is(s, key, f->name))
        return 0;
    *f->member = (struct jspan){key.from, val.to};
    return 1;
}

int jsonpick_member(const char *s, size_t n, const char *name, struct jspan *member)
{
    struct find f = {name, member};

    *member = (struct jspan){0, 0};
    int rc = members(s, n, find_one, &f);
    if (rc < 0)
        return rc;
    return member->to ? 0 : -ENOENT;
}

int jsonpick_is_string(const char *s, struct jspan v)
{
    return v.to > v.from + 1 && s[v.from] == '"' && s[v.to - 1] == '"';
}

int jsonpick_hex4(const char *s, size_t i, size_t end, unsigned *out)
{
    unsigned v = 0;

    if (i + 4 > end)
        return -1;
    for (size_t k = i; k < i + 4; k++) {
        char c = s[k];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

/* The next character of the string body s[i..end): its bytes into b,
 * their count into *bn; returns the index after it. */
static size_t next_char(const char *s, size_t i, size_t end, char *b, size_t *bn)
{
    if (s[i] != '\\') {
        unsigned char c = (unsigned char)s[i];
        size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (i + len > end)
            len = end - i;
        memcpy(b, s + i, len);
        *bn = len;
        return i + len;
    }
    if (i + 1 >= end) {
        *bn = 0;
        return end;
    }
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    char e = s[i + 1];
    const char *simple = e ? strchr(from, e) : NULL;
    if (simple) {
        b[0] = to[simple - from];
        *bn = 1;
        return i + 2;
    }
    unsigned u, lo;
    if (e != 'u' || jsonpick_hex4(s, i + 2, end, &u) < 0) {
        *bn = 0; /* an escape JSON does not have: dropped */
        return i + 2;
    }
    i += 6;
    uint32_t cp = u;
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < end && s[i] == '\\' && s[i + 1] == 'u' &&
        jsonpick_hex4(s, i + 2, end, &lo) == 0 && lo >= 0xDC00 && lo <= 0xDFFF) {
        cp = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
        i += 6;
    } else if (u >= 0xD800 && u <= 0xDFFF) {
        cp = 0xFFFD; /* a lone surrogate */
    }
    *bn = utf8_encode(cp, b);
    return i;
}

/* Drops a character that out[floor..m) ends in the middle of; returns the
 * new length. Bytes before floor are whole characters. */
static size_t utf8_trim(const char *out, size_t m, size_t floor)
{
    size_t k = m;

    while (k > floor && ((unsigned char)out[k - 1] & 0xC0) == 0x80)
        k--;
    if (k == floor)
        return m;
    unsigned char lead = (unsigned char)out[k - 1];
    size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return m - (k - 1) < need ? k - 1 : m;
}

/* The string at span v unescaped into out (at most cap - 1 bytes, whole
 * characters, NUL-terminated), or only measured, uncut, when out is NULL.
 * Runs without an escape are copied whole. */
static size_t unescape(const char *s, struct jspan v, char *out, size_t cap)
{
    size_t m = 0, end = v.to - 1, i;
    char b[4];

    for (i = v.from + 1; i < end;) {
        const char *bs = memchr(s + i, '\\', end - i);
        size_t run = (bs ? (size_t)(bs - s) : end) - i;
        if (out && m + run >= cap) {
            size_t room = cap - 1 - m;
            memcpy(out + m, s + i, room);
            m = utf8_trim(out, m + room, m);
            break;
        }
        if (out)
            memcpy(out + m, s + i, run);
        m += run;
        i += run;
        if (!bs)
            break;
        size_t bn;
        i = next_char(s, i, end, b, &bn);
        if (out && m + bn >= cap)
            break; /* whole characters only */
        if (out)
            memcpy(out + m, b, bn);
        m += bn;
    }
    if (out)
        out[m] = '\0';
    return m;
}

long jsonpick_string(const char *s, struct jspan v, char *out, size_t cap)
{
    return jsonpick_is_string(s, v) ? (long)unescape(s, v, out, cap) : -1;
}

long jsonpick_string_len(const char *s, struct jspan v)
{
    return jsonpick_is_string(s, v) ? (long)unescape(s, v, NULL, 0) : -1;
}

long jsonpick_array(const char *s, struct jspan v, void (*each)(struct jspan elem, void *arg),
                    void *arg)
{
    long count = 0;

    if (v.to <= v.from || s[v.from] != '[')
        return -1;
    size_t i = skip_ws(s, v.from + 1, v.to);
    while (i < v.to && s[i] != ']') {
        size_t e = skip_value(s, i, v.to);
        if (!e)
            break;
        each((struct jspan){i, e}, arg);
        count++;
        i = skip_ws(s, e, v.to);
        if (i >= v.to || s[i] != ',')
            break;
        i = skip_ws(s, i + 1, v.to);
    }
    return count;
}
