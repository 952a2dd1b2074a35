/*
 * lede_strip: inline Markdown stripping, on UTF-8 bytes, with no parser:
 * emphasis, code ticks, links (their text kept), images, footnote
 * references, HTML tags (and the content of script, style, figcaption and
 * the like) and entities are removed or decoded. Every '\n' of the input
 * comes out again, so output line k is input line k.
 */
#include "lede_int.h"

#include <strings.h>

#include <unicode/utf8.h>

static int is_ascii_punct(char c)
{
    return c && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) != NULL;
}

static void put_newlines(struct buf *o, const char *s, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (s[i] == '\n')
            put_c(o, '\n');
}

static void put_cp(struct buf *o, UChar32 c)
{
    uint8_t tmp[4];
    int32_t k = 0;

    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
        put_c(o, ' ');
        return;
    }
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = 0xFFFD;
    U8_APPEND_UNSAFE(tmp, k, c);
    buf_append(o, tmp, (size_t)k);
}

/* Index of the ']' matching the '[' at i, or 0. */
static size_t match_bracket(const char *s, size_t i, size_t n)
{
    int depth = 0;
    size_t lim = n - i > 4096 ? i + 4096 : n;

    for (size_t j = i; j < lim; j++) {
        if (s[j] == '\\' && j + 1 < lim) {
            j++;
        } else if (s[j] == '[') {
            depth++;
        } else if (s[j] == ']') {
            if (--depth == 0)
                return j;
        }
    }
    return 0;
}

/* After "]" at k: the end of "(destination "title")" or "[label]", or 0. */
static size_t link_tail(const char *s, size_t k, size_t n)
{
    size_t lim = n - k > 4096 ? k + 4096 : n;

    if (k < n && s[k] == '(') {
        int depth = 0;
        for (size_t j = k; j < lim; j++) {
            if (s[j] == '\\' && j + 1 < lim)
                j++;
            else if (s[j] == '(')
                depth++;
            else if (s[j] == ')' && --depth == 0)
                return j + 1;
        }
    } else if (k < n && s[k] == '[') {
        for (size_t j = k + 1; j < lim; j++) {
            if (s[j] == '[')
                return 0;
            if (s[j] == ']')
                return j + 1;
        }
    }
    return 0;
}

/* "<scheme:...>" or "<user@host>" at i: the end of the autolink, or 0. */
static size_t autolink(const char *s, size_t i, size_t n)
{
    size_t j = i + 1, scheme = 0;
    int at = 0, colon = 0;

    while (j < n && s[j] != '>') {
        if (is_sp(s[j]) || s[j] == '<')
            return 0;
        if (s[j] == ':' && !colon && scheme >= 2)
            colon = 1;
        else if (!colon && (is_ascii_alnum(s[j]) || s[j] == '+' || s[j] == '.' || s[j] == '-'))
            scheme++;
        if (s[j] == '@')
            at = 1;
        j++;
    }
    if (j >= n || j == i + 1 || (!colon && !at))
        return 0;
    return j + 1;
}

/* An HTML tag, comment or declaration at i: its end (after '>'), or 0. The
 * lower-cased tag name goes to name, and *closing says "</...>". */
static size_t html_tag(const char *s, size_t i, size_t n, char *name, size_t cap, int *closing)
{
    size_t j = i + 1, lim = n - i > 2048 ? i + 2048 : n, k = 0;
    char q = 0;

    name[0] = 0;
    *closing = 0;
    if (j + 2 < n && s[j] == '!' && s[j + 1] == '-' && s[j + 2] == '-') {
        const char *end = memmem(s + j + 3, n - j - 3, "-->", 3);
        return end ? (size_t)(end - s) + 3 : 0;
    }
    if (j < n && (s[j] == '!' || s[j] == '?')) {
        const char *end = memchr(s + j, '>', lim - j);
        return end ? (size_t)(end - s) + 1 : 0;
    }
    if (j < n && s[j] == '/') {
        *closing = 1;
        j++;
    }
    if (j >= n || !((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z')))
        return 0;
    while (j < n && (is_ascii_alnum(s[j]) || s[j] == '-')) {
        if (k + 1 < cap)
            name[k++] = (char)(s[j] | 0x20);
        j++;
    }
    name[k] = 0;
    if (j < n && !is_sp(s[j]) && s[j] != '/' && s[j] != '>')
        return 0;
    for (; j < lim; j++) {
        if (q) {
            if (s[j] == q)
                q = 0;
        } else if (s[j] == '"' || s[j] == '\'') {
            q = s[j];
        } else if (s[j] == '<') {
            return 0;
        } else if (s[j] == '>') {
            return j + 1;
        }
    }
    return 0;
}

/* Elements whose content is never prose of the post. */
static int skip_element(const char *name)
{
    static const char *const names[] = {"script",   "style", "figcaption", "iframe", "noscript",
                                        "template", "svg",   "video",      "audio"};

    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i]) == 0)
            return 1;
    return 0;
}

/* "&name;" or "&#...;" at i: decodes into o and returns the end, or 0. */
static size_t entity(const char *s, size_t i, size_t n, struct buf *o)
{
    static const struct {
        const char *name;
        UChar32 cp;
    } ents[] = {
        {"amp", '&'},      {"lt", '<'},       {"gt", '>'},        {"quot", '"'},
        {"apos", '\''},    {"nbsp", 0xA0},    {"hellip", 0x2026}, {"mdash", 0x2014},
        {"ndash", 0x2013}, {"laquo", 0xAB},   {"raquo", 0xBB},    {"lsquo", 0x2018},
        {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},  {"eacute", 0xE9},
        {"egrave", 0xE8},  {"ecirc", 0xEA},   {"agrave", 0xE0},   {"acirc", 0xE2},
        {"ccedil", 0xE7},  {"ocirc", 0xF4},   {"ucirc", 0xFB},    {"icirc", 0xEE},
        {"euro", 0x20AC},  {"copy", 0xA9},    {"thinsp", 0x2009}, {"Eacute", 0xC9},
    };
    size_t j = i + 1;
    UChar32 cp = 0;

    if (j < n && s[j] == '#') {
        int hex = 0, digits = 0;
        j++;
        if (j < n && (s[j] == 'x' || s[j] == 'X')) {
            hex = 1;
            j++;
        }
        for (; j < n && digits < 7; j++, digits++) {
            char c = s[j];
            int v;
            if (c >= '0' && c <= '9')
                v = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                v = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                v = c - 'A' + 10;
            else
                break;
            cp = cp * (hex ? 16 : 10) + v;
        }
        if (digits == 0 || j >= n || s[j] != ';')
            return 0;
        put_cp(o, cp == 0 ? 0xFFFD : cp);
        return j + 1;
    }
    while (j < n && j - i <= 8 && is_ascii_alnum(s[j]))
        j++;
    if (j >= n || s[j] != ';' || j == i + 1)
        return 0;
    if (j - i - 1 == 3 && memcmp(s + i + 1, "shy", 3) == 0)
        return j + 1;
    for (size_t k = 0; k < sizeof ents / sizeof ents[0]; k++) {
        if (strlen(ents[k].name) == j - i - 1 && memcmp(ents[k].name, s + i + 1, j - i - 1) == 0) {
            put_cp(o, ents[k].cp);
            return j + 1;
        }
    }
    return 0;
}

void lede_strip_inline(const char *s, size_t n, struct buf *o, int depth)
{
    size_t i = 0;

    while (i < n) {
        char c = s[i];
        size_t k, t;

        if (c == '\\' && i + 1 < n && is_ascii_punct(s[i + 1])) {
            put_c(o, s[i + 1]);
            i += 2;
        } else if (c == '`') {
            size_t run = 1, j;
            while (i + run < n && s[i + run] == '`')
                run++;
            for (j = i + run; j < n;) {
                size_t r = 0;
                while (j + r < n && s[j + r] == '`')
                    r++;
                if (r == run)
                    break;
                j += r ? r : 1;
            }
            if (j >= n) {
                buf_append(o, s + i, run);
                i += run;
                continue;
            }
            size_t a = i + run, b = j;
            if (b - a >= 2 && s[a] == ' ' && s[b - 1] == ' ') {
                size_t x = a;
                while (x < b && s[x] == ' ')
                    x++;
                if (x < b) {
                    a++;
                    b--;
                }
            }
            buf_append(o, s + a, b - a);
            i = j + run;
        } else if (c == '!' && i + 1 < n && s[i + 1] == '[' &&
                   (k = match_bracket(s, i + 1, n)) != 0) {
            t = link_tail(s, k + 1, n);
            if (!t)
                t = k + 1;
            put_newlines(o, s, i, t); /* images are dropped, alt text too */
            i = t;
        } else if (c == '[' && (k = match_bracket(s, i, n)) != 0 &&
                   (t = link_tail(s, k + 1, n)) != 0 && depth < 4) {
            lede_strip_inline(s + i + 1, k - i - 1, o, depth + 1);
            put_newlines(o, s, k, t);
            i = t;
        } else if (c == '[' && i + 1 < n && s[i + 1] == '^' && (k = match_bracket(s, i, n)) != 0) {
            put_newlines(o, s, i, k + 1); /* footnote reference */
            i = k + 1;
        } else if (c == '<') {
            char name[16];
            int closing;
            if ((t = autolink(s, i, n)) != 0) {
                buf_append(o, s + i + 1, t - i - 2);
                i = t;
            } else if ((t = html_tag(s, i, n, name, sizeof name, &closing)) != 0) {
                size_t end = t;
                if (!closing && name[0] && skip_element(name) && s[t - 2] != '/') {
                    size_t nl = strlen(name);
                    for (size_t j = t; j + 2 + nl < n; j++) {
                        if (s[j] == '<' && s[j + 1] == '/' &&
                            strncasecmp(s + j + 2, name, nl) == 0) {
                            const char *gt = memchr(s + j, '>', n - j);
                            if (gt)
                                end = (size_t)(gt - s) + 1;
                            break;
                        }
                    }
                }
                if (strcmp(name, "br") == 0)
                    put_c(o, ' ');
                put_newlines(o, s, i, end);
                i = end;
            } else {
                put_c(o, c);
                i++;
            }
        } else if (c == '&' && (t = entity(s, i, n, o)) != 0) {
            i = t;
        } else if (c == '*' || c == '_' || c == '~') {
            size_t j = i;
            while (j < n && s[j] == c)
                j++;
            char prev = i > 0 ? s[i - 1] : ' ', next = j < n ? s[j] : ' ';
            int left = !is_sp(next), right = !is_sp(prev);
            int alnum_prev = is_ascii_alnum(prev) || (unsigned char)prev >= 0x80;
            int alnum_next = is_ascii_alnum(next) || (unsigned char)next >= 0x80;
            int drop;
            if (c == '~')
                drop = j - i >= 2 && (left || right);
            else if (c == '_')
                drop = (left || right) && !(alnum_prev && alnum_next);
            else
                drop = left || right;
            if (!drop)
                buf_append(o, s + i, j - i);
            i = j;
        } else {
            put_c(o, c);
            i++;
        }
    }
}
