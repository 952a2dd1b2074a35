/*
 * svgchart.c: the line chart of svgchart.h. Coordinates are computed in
 * tenths of a viewBox unit as integers and written with one decimal, so
 * that the output does not depend on the C locale.
 */
#include "svgchart.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "utf8.h"

#define W 640
#define H 240
#define TOP 12           /* the highest tick's line */
#define RIGHT (W - 16)   /* the plot's right edge */
#define BOTTOM (H - 28)  /* the lowest tick's line */
#define XLABEL_Y (H - 8) /* the baseline of the x labels */
#define CHAR_W 7         /* a digit's width at font-size 12, about */
#define VMAX ((int64_t)SVGCHART_VALUE_MAX)
#define NBSP_NARROW "\xe2\x80\xaf" /* U+202F, French thousands */

static int is_fr(const char *lang)
{
    return lang && (lang[0] == 'f' || lang[0] == 'F') && (lang[1] == 'r' || lang[1] == 'R') &&
           (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_');
}

char *svgchart_number(int64_t v, const char *lang, char out[SVGCHART_NUMBER_SIZE])
{
    const char *sep = is_fr(lang) ? NBSP_NARROW : ",";
    size_t seplen = strlen(sep);
    char digits[24];
    /* the magnitude as unsigned: INT64_MIN has no positive int64 */
    unsigned long long m = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    int nd = snprintf(digits, sizeof digits, "%llu", m);
    size_t o = 0;
    if (v < 0)
        out[o++] = '-';
    for (int i = 0; i < nd; i++) {
        if (i > 0 && (nd - i) % 3 == 0) {
            memcpy(out + o, sep, seplen);
            o += seplen;
        }
        out[o++] = digits[i];
    }
    out[o] = '\0'; /* at most 1 + 19 digits + 6 separators of 3 bytes + NUL = 39 */
    return out;
}

static int64_t clamp(int64_t v)
{
    return v > VMAX ? VMAX : v < -VMAX ? -VMAX : v;
}

/* floor(a / b) for b > 0 */
static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return q * b > a ? q - 1 : q;
}

size_t svgchart_ticks(int64_t lo, int64_t hi, int64_t ticks[SVGCHART_TICKS_MAX])
{
    lo = clamp(lo);
    hi = clamp(hi);
    if (lo > 0)
        lo = 0; /* the axis always shows 0: a count's rise is read from there */
    if (hi < 0)
        hi = 0;
    static const int64_t mult[] = {1, 2, 5};
    int64_t step = 1, first = 0, steps = 0;
    for (int64_t pow = 1;; pow *= 10) {
        int found = 0;
        for (int k = 0; k < 3 && !found; k++) {
            step = mult[k] * pow;
            first = floor_div(lo, step) * step;
            steps = (hi - first + step - 1) / step;
            found = steps <= SVGCHART_TICKS_MAX - 1;
        }
        if (found)
            break; /* reached by 5e15 at the latest: 2e15 / 5e15 < 4 */
    }
    if (steps < 3)
        steps = 3;
    for (int64_t i = 0; i <= steps; i++)
        ticks[i] = first + i * step;
    return (size_t)steps + 1;
}

size_t svgchart_label_indexes(size_t n, size_t idx[SVGCHART_LABELS_MAX])
{
    size_t m = n < SVGCHART_LABELS_MAX ? n : SVGCHART_LABELS_MAX;
    if (m == 1)
        idx[0] = 0;
    for (size_t k = 0; m > 1 && k < m; k++)
        idx[k] = (k * (n - 1) + (m - 1) / 2) / (m - 1); /* rounded: first and last kept */
    return m;
}

char *svgchart_day_label(const char *day, const char *lang, char out[16])
{
    static const char *const fr[] = {"janv.", "févr.", "mars",  "avr.", "mai",  "juin",
                                     "juil.", "août",  "sept.", "oct.", "nov.", "déc."};
    static const char *const en[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (!day)
        day = "";
    int ok = strlen(day) == 10 && day[4] == '-' && day[7] == '-';
    for (int i = 0; ok && i < 10; i++)
        ok = i == 4 || i == 7 || (day[i] >= '0' && day[i] <= '9');
    int mon = ok ? (day[5] - '0') * 10 + day[6] - '0' : 0;
    int mday = ok ? (day[8] - '0') * 10 + day[9] - '0' : 0;
    if (!ok || mon < 1 || mon > 12 || mday < 1 || mday > 31) {
        snprintf(out, 16, "%s", day);
        return out;
    }
    if (is_fr(lang))
        snprintf(out, 16, "%d %s", mday, fr[mon - 1]);
    else
        snprintf(out, 16, "%s %d", en[mon - 1], mday);
    return out;
}

/* The length of the UTF-8 character at p (1..4), or 0 when it is not one. */
static size_t char_len(const unsigned char *p, size_t left)
{
    size_t len = p[0] < 0x80 ? 1 : (p[0] & 0xE0) == 0xC0 ? 2 : (p[0] & 0xF0) == 0xE0 ? 3 : 4;
    if (len > left || p[0] >= 0xF8 || (p[0] & 0xC0) == 0x80 || !utf8_valid(p, len))
        return 0;
    return len;
}

/* 1 when XML 1.0 may hold the character (Char, less U+FFFE and U+FFFF). */
static int xml_char(const unsigned char *p, size_t len)
{
    if (len == 1)
        return p[0] >= 0x20 || p[0] == '\t' || p[0] == '\n' || p[0] == '\r';
    return !(len == 3 && p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF));
}

/* Appends s escaped for XML text and attributes, at most max bytes of it
 * (cut at a character boundary); invalid bytes are dropped. */
static int esc(struct buf *b, const char *s, size_t max)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    size_t left = strlen((const char *)p), used = 0;
    int rc = 0;
    while (left > 0 && rc == 0) {
        size_t len = char_len(p, left);
        if (len == 0) {
            p++, left--;
            continue;
        }
        if (used + len > max)
            break;
        used += len;
        switch (*p) {
        case '&': rc = buf_appends(b, "&amp;"); break;
        case '<': rc = buf_appends(b, "&lt;"); break;
        case '>': rc = buf_appends(b, "&gt;"); break;
        case '"': rc = buf_appends(b, "&quot;"); break;
        case '\'': rc = buf_appends(b, "&#39;"); break;
        default: rc = xml_char(p, len) ? buf_append(b, p, len) : 0;
        }
        p += len;
        left -= len;
    }
    return rc;
}

/* Tenths of a unit as "12.3". */
static int coord(struct buf *b, const char *before, int64_t tenths)
{
    return buf_printf(b, "%s%lld.%lld", before, (long long)(tenths / 10),
                      (long long)(tenths % 10 < 0 ? -(tenths % 10) : tenths % 10));
}

/* Characters (not bytes) of UTF-8 text. */
static size_t text_width(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

struct plot {
    int64_t x0;     /* the plot's left edge, tenths */
    int64_t lo, hi; /* the y axis' first and last tick */
    int64_t ticks[SVGCHART_TICKS_MAX];
    size_t nticks;
};

static int64_t y_of(const struct plot *pl, int64_t v)
{
    v = clamp(v);
    /* in double: hi - lo reaches 3e15, times the height would overflow */
    double f = (double)(v - pl->lo) / (double)(pl->hi - pl->lo);
    return (int64_t)(BOTTOM * 10 - f * (BOTTOM - TOP) * 10 + 0.5);
}

static int64_t x_of(const struct plot *pl, size_t i, size_t n)
{
    if (n < 2)
        return (pl->x0 + RIGHT * 10) / 2;
    return pl->x0 + (int64_t)i * (RIGHT * 10 - pl->x0) / (int64_t)(n - 1);
}

static int draw_y_axis(struct buf *b, const struct svgchart *c, const struct plot *pl)
{
    char num[SVGCHART_NUMBER_SIZE];
    int rc = buf_appends(b, "<g class=\"svgchart-y\" text-anchor=\"end\">");
    for (size_t i = 0; i < pl->nticks && rc == 0; i++) {
        int64_t y = y_of(pl, pl->ticks[i]);
        if ((rc = coord(b, "<line x1=\"", pl->x0)) == 0 &&
            (rc = coord(b, "\" x2=\"", RIGHT * 10)) == 0 && (rc = coord(b, "\" y1=\"", y)) == 0 &&
            (rc = coord(b, "\" y2=\"", y)) == 0 &&
            (rc = buf_appends(b, "\" stroke=\"currentColor\" stroke-opacity=\"0.15\"/>")) == 0 &&
            (rc = coord(b, "<text x=\"", pl->x0 - 60)) == 0 &&
            (rc = coord(b, "\" y=\"", y + 40)) == 0)
            rc = buf_printf(b, "\">%s</text>", svgchart_number(pl->ticks[i], c->lang, num));
    }
    return rc ? rc : buf_appends(b, "</g>");
}

static int draw_x_labels(struct buf *b, const struct svgchart *c, const struct plot *pl)
{
    size_t idx[SVGCHART_LABELS_MAX], m = c->labels ? svgchart_label_indexes(c->n, idx) : 0;
    int rc = buf_appends(b, "<g class=\"svgchart-x\">");
    for (size_t k = 0; k < m && rc == 0; k++) {
        const char *anchor = m == 1 ? "middle" : k == 0 ? "start" : k == m - 1 ? "end" : "middle";
        if ((rc = coord(b, "<text x=\"", x_of(pl, idx[k], c->n))) == 0 &&
            (rc = buf_printf(b, "\" y=\"%d\" text-anchor=\"%s\">", XLABEL_Y, anchor)) == 0 &&
            (rc = esc(b, c->labels[idx[k]], SVGCHART_LABEL_MAX)) == 0)
            rc = buf_appends(b, "</text>");
    }
    return rc ? rc : buf_appends(b, "</g>");
}

static int draw_line(struct buf *b, const struct svgchart *c, const struct plot *pl)
{
    char num[SVGCHART_NUMBER_SIZE];
    int rc =
        buf_appends(b, "<polyline class=\"svgchart-line\" fill=\"none\" stroke=\"currentColor\""
                       " stroke-width=\"2\" stroke-linejoin=\"round\" points=\"");
    for (size_t i = 0; i < c->n && rc == 0; i++)
        if ((rc = coord(b, i ? " " : "", x_of(pl, i, c->n))) == 0)
            rc = coord(b, ",", y_of(pl, c->values[i]));
    if (rc == 0)
        rc = buf_appends(b, "\"/><g class=\"svgchart-dots\" fill=\"currentColor\">");
    for (size_t i = 0; i < c->n && rc == 0; i++) {
        if ((rc = coord(b, "<circle cx=\"", x_of(pl, i, c->n))) == 0 &&
            (rc = coord(b, "\" cy=\"", y_of(pl, c->values[i]))) == 0 &&
            (rc = buf_appends(b, c->n > 60 ? "\" r=\"2\"><title>" : "\" r=\"3\"><title>")) == 0 &&
            c->labels && (rc = esc(b, c->labels[i], SVGCHART_LABEL_MAX)) == 0)
            rc = buf_appends(b, ": ");
        if (rc == 0)
            rc = buf_printf(b, "%s</title></circle>", svgchart_number(c->values[i], c->lang, num));
    }
    return rc ? rc : buf_appends(b, "</g>");
}

static int draw(struct buf *b, const struct svgchart *c)
{
    int rc = buf_printf(b,
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                        " class=\"svgchart\" role=\"img\" font-family=\"sans-serif\""
                        " font-size=\"12\" fill=\"currentColor\"><title>",
                        W, H);
    if (rc == 0)
        rc = esc(b, c->title, SVGCHART_TITLE_MAX);
    if (rc == 0)
        rc = buf_appends(b, "</title>");
    if (rc == 0 && c->n == 0) {
        if ((rc = buf_printf(b,
                             "<text class=\"svgchart-empty\" x=\"%d\" y=\"%d\""
                             " text-anchor=\"middle\">",
                             W / 2, H / 2)) == 0 &&
            (rc = esc(b, c->empty, SVGCHART_TITLE_MAX)) == 0)
            rc = buf_appends(b, "</text>");
        return rc ? rc : buf_appends(b, "</svg>");
    }

    struct plot pl;
    int64_t lo = c->values[0], hi = c->values[0];
    for (size_t i = 1; i < c->n; i++) {
        lo = c->values[i] < lo ? c->values[i] : lo;
        hi = c->values[i] > hi ? c->values[i] : hi;
    }
    pl.nticks = svgchart_ticks(lo, hi, pl.ticks);
    pl.lo = pl.ticks[0];
    pl.hi = pl.ticks[pl.nticks - 1];
    size_t wide = 0;
    for (size_t i = 0; i < pl.nticks; i++) {
        char num[SVGCHART_NUMBER_SIZE];
        size_t w = text_width(svgchart_number(pl.ticks[i], c->lang, num));
        wide = w > wide ? w : wide;
    }
    pl.x0 = (int64_t)(12 + wide * CHAR_W) * 10; /* room for the widest tick label */
    if (rc == 0)
        rc = draw_y_axis(b, c, &pl);
    if (rc == 0)
        rc = draw_x_labels(b, c, &pl);
    if (rc == 0)
        rc = draw_line(b, c, &pl);
    return rc ? rc : buf_appends(b, "</svg>");
}

int svgchart_line(struct buf *out, const struct svgchart *c)
{
    if (!c || !c->title || c->n > SVGCHART_POINTS_MAX || (c->n && !c->values))
        return -EINVAL;
    /* the bound is the caller's max or SVGCHART_OUT_MAX more, whichever
     * comes first; on failure nothing stays */
    size_t start = out->len, max = out->max;
    if (max - start > SVGCHART_OUT_MAX)
        out->max = start + SVGCHART_OUT_MAX;
    int rc = draw(out, c);
    out->max = max;
    if (rc < 0) {
        out->len = start;
        if (out->data)
            out->data[start] = '\0';
    }
    return rc;
}
