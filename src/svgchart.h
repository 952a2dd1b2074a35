/*
 * svgchart: a line chart drawn on the server as an SVG string, for the
 * studio's stats (members over time). The page inlines it: no script, and
 * nothing a strict Content-Security-Policy refuses (no style attribute, no
 * <style>; presentation attributes such as stroke and fill, and classes the
 * page's stylesheet may colour). It scales with its box (a viewBox, no
 * width or height) and draws in currentColor.
 *
 * What it draws: a <title> (its accessible name), a y axis of 4 or 5 round
 * ticks (1, 2 or 5 times a power of ten) with grid lines, at most
 * SVGCHART_LABELS_MAX x labels (the first, the last and evenly between),
 * the line (a polyline) and a dot per point (smaller past 60 points), each
 * dot with its own <title> ("label: value"). With no points: the empty text
 * instead. Numbers are written for the reader's language: "1 234" in French
 * (U+202F narrow no-break space), "1,234" otherwise. Every text is escaped for XML, cut to
 * a bounded length at a character boundary, and stripped of what XML 1.0
 * cannot hold.
 *
 * Pure: no allocation beyond the caller's buffer, any thread.
 */
#ifndef CRIER_SVGCHART_H
#define CRIER_SVGCHART_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define SVGCHART_POINTS_MAX 400
#define SVGCHART_LABELS_MAX 7   /* x labels drawn */
#define SVGCHART_TICKS_MAX 5    /* y ticks drawn (at least 4) */
#define SVGCHART_TITLE_MAX 200  /* bytes of the title and the empty text kept */
#define SVGCHART_LABEL_MAX 24   /* bytes of an x label kept */
#define SVGCHART_VALUE_MAX 1e15 /* |values| beyond are drawn as this */
#define SVGCHART_OUT_MAX 131072 /* bytes one chart appends at most */
#define SVGCHART_NUMBER_SIZE 48 /* room for any number svgchart_number writes (39 at most) */

struct svgchart {
    const char *title;         /* required: the chart's accessible name */
    const char *lang;          /* "fr..." for French numbers, anything else (NULL) English */
    const char *empty;         /* shown without points; NULL: nothing but the frame */
    const char *const *labels; /* n x labels (dates as the page words them); NULL: none */
    const int64_t *values;     /* n values */
    size_t n;                  /* 0..SVGCHART_POINTS_MAX */
};

/*
 * Appends the chart's <svg> element to out. Returns 0; -EINVAL for no
 * title, n over SVGCHART_POINTS_MAX or points without values; -ENOBUFS
 * when out's max is reached (out then holds what it held before). Never
 * appends more than SVGCHART_OUT_MAX bytes.
 */
int svgchart_line(struct buf *out, const struct svgchart *c);

/*
 * The y ticks for values from lo to hi: the axis spans min(lo, 0) to
 * max(hi, 0) and steps by 1, 2 or 5 times a power of ten, the smallest step that covers hi
 * in at most 4 steps; fewer than 3 steps are padded to 3 at the top. Writes
 * 4 or 5 ticks into ticks (room for SVGCHART_TICKS_MAX) and returns how
 * many. lo and hi are clamped to +-SVGCHART_VALUE_MAX.
 */
size_t svgchart_ticks(int64_t lo, int64_t hi, int64_t ticks[SVGCHART_TICKS_MAX]);

/* Writes v with thousands grouped for lang (see above) into out, which
 * holds SVGCHART_NUMBER_SIZE bytes. Returns out. */
char *svgchart_number(int64_t v, const char *lang, char out[SVGCHART_NUMBER_SIZE]);

/* Which of n labels are drawn: writes their indexes, in order, into idx
 * (room for SVGCHART_LABELS_MAX) and returns how many (min(n, 7)). */
size_t svgchart_label_indexes(size_t n, size_t idx[SVGCHART_LABELS_MAX]);

/* A UTC day "2026-12-05" as a short x label: "5 déc." in French, "Dec 5"
 * otherwise, into out (16 bytes); anything that is not such a day is
 * copied as it is (cut to fit). Returns out. */
char *svgchart_day_label(const char *day, const char *lang, char out[16]);

#endif
