/*
 * test_svgchart: the server-drawn line chart. Round y ticks for the ranges
 * that matter (0..7, 0..1234, a flat 5, all zeros, 10^9, negatives, the
 * clamp), the SVG's structure (one element per tick, per label, per point;
 * a viewBox and no pixel size, no style attribute), label thinning, XML
 * escaping and cutting, French and English numbers, the empty state, the
 * bounds, and that every output parses as XML (libxml2).
 */
#include "svgchart.h"

#include <errno.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"

#define NNBSP "\xe2\x80\xaf"

static size_t count(const char *s, const char *needle)
{
    size_t n = 0;
    for (const char *p = s; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

/* The ticks as "0 2 4 6 8". */
static const char *ticks_of(int64_t lo, int64_t hi)
{
    static char out[200];
    int64_t t[SVGCHART_TICKS_MAX];
    size_t n = svgchart_ticks(lo, hi, t), o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < n; i++)
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%lld", i ? " " : "", (long long)t[i]);
    return out;
}

/* 1 when the text parses as one XML document whose root is <svg>. */
static int parses(const char *text, size_t len)
{
    xmlDocPtr doc = xmlReadMemory(text, (int)len, "chart.svg", "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    int good = doc && xmlDocGetRootElement(doc) &&
               strcmp((const char *)xmlDocGetRootElement(doc)->name, "svg") == 0;
    xmlFreeDoc(doc);
    return good;
}

/* Draws values (and labels "L0".. when labelled) into b. */
static int chart(struct buf *b, const int64_t *v, size_t n, const char *lang, int labelled)
{
    static char names[SVGCHART_POINTS_MAX][8];
    static const char *labels[SVGCHART_POINTS_MAX];
    for (size_t i = 0; i < n && i < SVGCHART_POINTS_MAX; i++) {
        snprintf(names[i], sizeof names[i], "L%zu", i);
        labels[i] = names[i];
    }
    struct svgchart c = {.title = "Membres",
                         .lang = lang,
                         .empty = "Rien",
                         .labels = labelled ? labels : NULL,
                         .values = v,
                         .n = n};
    buf_reset(b);
    return svgchart_line(b, &c);
}

/* The text between the start of the group of class cls and its </g>. */
static const char *group(const char *svg, const char *cls)
{
    static char out[8192];
    char open[64];
    snprintf(open, sizeof open, "<g class=\"%s\"", cls);
    const char *p = strstr(svg, open), *e = p ? strstr(p, "</g>") : NULL;
    size_t n = e ? (size_t)(e - p) : 0;
    if (n >= sizeof out)
        n = sizeof out - 1;
    memcpy(out, p ? p : "", n);
    out[n] = '\0';
    return out;
}

static void test_ticks(void)
{
    is_str(ticks_of(0, 7), "0 2 4 6 8", "0..7");
    is_str(ticks_of(0, 1234), "0 500 1000 1500", "0..1234");
    is_str(ticks_of(5, 5), "0 2 4 6", "a flat 5 (the axis starts at 0)");
    is_str(ticks_of(0, 0), "0 1 2 3", "all zeros");
    is_str(ticks_of(0, 1000000000), "0 500000000 1000000000 1500000000", "0..10^9");
    is_str(ticks_of(1000000000, 1000000000), "0 500000000 1000000000 1500000000", "a flat 10^9");
    is_str(ticks_of(0, 10), "0 5 10 15", "0..10");
    is_str(ticks_of(0, 100), "0 50 100 150", "0..100");
    is_str(ticks_of(0, 80), "0 20 40 60 80", "0..80");
    is_str(ticks_of(-3, 7), "-5 0 5 10", "-3..7");
    is_str(ticks_of(-7, -3), "-8 -6 -4 -2 0", "all negative: up to 0");
    is_str(ticks_of(0, INT64_MAX), "0 500000000000000 1000000000000000 1500000000000000",
           "clamped to 10^15");
    is_str(ticks_of(INT64_MIN, INT64_MAX),
           "-1000000000000000 -500000000000000 0 500000000000000 1000000000000000",
           "both ends clamped");

    /* every range: 4 or 5 ticks, a round step, covering it */
    int bad = 0;
    for (int64_t hi = 0; hi < 3000; hi += 7) {
        for (int64_t lo = -40; lo <= hi; lo += 13) {
            int64_t t[SVGCHART_TICKS_MAX];
            size_t n = svgchart_ticks(lo, hi, t);
            int64_t step = t[1] - t[0], m = step;
            while (m % 10 == 0)
                m /= 10;
            if (n < 4 || n > 5 || (m != 1 && m != 2 && m != 5) || t[0] > (lo < 0 ? lo : 0) ||
                t[n - 1] < hi || t[0] % step != 0)
                bad++;
            for (size_t i = 1; i < n; i++)
                bad += t[i] - t[i - 1] != step;
        }
    }
    is_int(bad, 0, "4-5 ticks, steps of 1, 2 or 5 x 10^k, covering, on multiples of the step");
}

static void test_numbers(void)
{
    char n[SVGCHART_NUMBER_SIZE];
    is_str(svgchart_number(0, "fr", n), "0", "fr 0");
    is_str(svgchart_number(999, "fr", n), "999", "fr 999");
    is_str(svgchart_number(1234, "fr", n), "1" NNBSP "234", "fr 1 234 (narrow no-break space)");
    is_str(svgchart_number(1234567, "fr-CA", n), "1" NNBSP "234" NNBSP "567", "fr-CA");
    is_str(svgchart_number(-1234, "FR", n), "-1" NNBSP "234", "FR, negative");
    is_str(svgchart_number(1234, "en", n), "1,234", "en 1,234");
    is_str(svgchart_number(1234567, NULL, n), "1,234,567", "no lang: English");
    is_str(svgchart_number(100000, "fra", n), "100,000", "'fra' is not a French tag here");
    is_str(svgchart_number(INT64_MIN, "fr", n),
           "-9" NNBSP "223" NNBSP "372" NNBSP "036" NNBSP "854" NNBSP "775" NNBSP "808",
           "INT64_MIN fits");
    is_str(svgchart_number(INT64_MAX, "en", n), "9,223,372,036,854,775,807", "INT64_MAX");
}

static void test_labels(void)
{
    size_t idx[SVGCHART_LABELS_MAX];
    is_int(svgchart_label_indexes(0, idx), 0, "no points, no labels");
    is_int(svgchart_label_indexes(1, idx), 1, "one point, one label");
    is_int(svgchart_label_indexes(5, idx), 5, "five points, five labels");
    is_int(svgchart_label_indexes(30, idx), 7, "thirty points: seven labels");
    ok(idx[0] == 0 && idx[1] == 5 && idx[2] == 10 && idx[3] == 15 && idx[4] == 19 && idx[5] == 24 &&
           idx[6] == 29,
       "evenly: 0 5 10 15 19 24 29");
    svgchart_label_indexes(8, idx);
    ok(idx[0] == 0 && idx[6] == 7, "eight points: the first and the last");
    int bad = 0;
    for (size_t n = 2; n <= SVGCHART_POINTS_MAX; n++) {
        size_t m = svgchart_label_indexes(n, idx);
        bad += idx[0] != 0 || idx[m - 1] != n - 1;
        for (size_t k = 1; k < m; k++)
            bad += idx[k] <= idx[k - 1];
    }
    is_int(bad, 0, "2..400 points: increasing, first and last always");

    char d[16];
    is_str(svgchart_day_label("2026-12-05", "fr", d), "5 déc.", "fr day");
    is_str(svgchart_day_label("2026-02-01", "fr", d), "1 févr.", "fr February");
    is_str(svgchart_day_label("2026-12-05", "en", d), "Dec 5", "en day");
    is_str(svgchart_day_label("2026-13-05", "en", d), "2026-13-05", "not a day: as it is");
    is_str(svgchart_day_label("a very long label indeed", "en", d), "a very long lab",
           "cut to fit");
}

static void test_structure(void)
{
    struct buf b;
    buf_init(&b, 1 << 20);
    int64_t v[30];
    for (int i = 0; i < 8; i++)
        v[i] = i;
    is_int(chart(&b, v, 8, "en", 1), 0, "0..7 chart");
    ok(strncmp(b.data, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 240\"", 61) ==
           0,
       "an svg element with a viewBox");
    ok(strstr(b.data, "\"><title>Membres</title>") != NULL, "the title comes first");
    ok(!strstr(b.data, " width=") && !strstr(b.data, " height="), "no pixel size");
    ok(!strstr(b.data, "style"), "no style attribute or element (CSP)");
    ok(!strstr(b.data, "<script") && !strstr(b.data, " on"), "no script, no handler");
    const char *y = group(b.data, "svgchart-y");
    is_int(count(y, "<line "), 5, "five grid lines");
    ok(strstr(y, ">0</text>") && strstr(y, ">2</text>") && strstr(y, ">4</text>") &&
           strstr(y, ">6</text>") && strstr(y, ">8</text>"),
       "ticks 0 2 4 6 8");
    ok(strstr(y, ">0</text>") < strstr(y, ">8</text>"), "in order");
    ok(strstr(y, "y1=\"212.0\"") && strstr(y, "y1=\"12.0\""), "from the bottom line to the top");
    is_int(count(b.data, "<polyline "), 1, "one polyline");
    is_int(count(b.data, "<circle "), 8, "one dot per point");
    ok(strstr(b.data, "<title>L7: 7</title></circle>") != NULL, "a dot's title: label: value");
    is_int(count(group(b.data, "svgchart-x"), "<text "), 7, "eight points, seven labels");
    ok(parses(b.data, b.len), "parses as XML");

    v[0] = 0, v[1] = 1234;
    chart(&b, v, 2, "fr", 0);
    y = group(b.data, "svgchart-y");
    ok(strstr(y, ">1" NNBSP "500</text>") && strstr(y, ">500</text>") && count(y, "<line ") == 4,
       "0..1234 in French: 0 500 1 000 1 500");
    is_int(count(group(b.data, "svgchart-x"), "<text "), 0, "no labels given, none drawn");
    ok(strstr(b.data, "<title>1" NNBSP "234</title>") != NULL, "a dot without a label");
    ok(parses(b.data, b.len), "parses");

    v[0] = 5;
    chart(&b, v, 1, "en", 1);
    y = group(b.data, "svgchart-y");
    ok(count(y, "<line ") == 4 && strstr(y, ">6</text>"), "a single 5: ticks 0 2 4 6");
    ok(strstr(b.data, "<circle cx=\"") && count(b.data, "<circle ") == 1, "one dot");
    is_int(count(group(b.data, "svgchart-x"), "text-anchor=\"middle\""), 1, "its label centred");
    v[0] = v[1] = v[2] = 0;
    chart(&b, v, 3, "en", 1);
    ok(strstr(group(b.data, "svgchart-y"), ">3</text>") != NULL, "zeros: ticks up to 3");
    ok(strstr(b.data, ",212.0") != NULL, "zeros drawn on the bottom line");
    v[0] = 1000000000;
    chart(&b, v, 1, "en", 0);
    ok(strstr(group(b.data, "svgchart-y"), ">1,500,000,000</text>") != NULL, "10^9");
    ok(strstr(b.data, "cy=\"78.7\"") != NULL, "10^9 at two thirds of the height");

    for (int i = 0; i < 30; i++)
        v[i] = i * 3;
    chart(&b, v, 30, "en", 1);
    const char *x = group(b.data, "svgchart-x");
    ok(count(x, "<text ") == 7 && strstr(x, ">L0<") && strstr(x, ">L5<") && strstr(x, ">L15<") &&
           strstr(x, ">L19<") && strstr(x, ">L29<") && !strstr(x, ">L1<"),
       "30 points: labels L0 L5 L10 L15 L19 L24 L29");
    ok(strstr(x, "text-anchor=\"start\">L0<") && strstr(x, "text-anchor=\"end\">L29<"),
       "the ends anchored inside");
    buf_free(&b);
}

static void test_escaping(void)
{
    struct buf b;
    buf_init(&b, 1 << 20);
    int64_t v[] = {1, 2};
    const char *labels[] = {"a<b", "\"q\" & 'r'"};
    struct svgchart c = {.title = "« Membres » & <script>alert(1)</script> \"x\"",
                         .lang = "fr",
                         .labels = labels,
                         .values = v,
                         .n = 2};
    is_int(svgchart_line(&b, &c), 0, "draws");
    ok(strstr(b.data, "<title>« Membres » &amp; &lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot;"
                      "</title>") != NULL,
       "the title escaped, « » kept");
    ok(strstr(b.data, ">a&lt;b</text>") && strstr(b.data, ">&quot;q&quot; &amp; &#39;r&#39;<"),
       "labels escaped");
    ok(!strstr(b.data, "<script"), "no element comes through");
    ok(parses(b.data, b.len), "parses");

    c.title = "bell\a, nul\x01, tab\t, bad \xff\xfe, half \xc3, \xef\xbf\xbe; ok é";
    buf_reset(&b);
    svgchart_line(&b, &c);
    ok(strstr(b.data, "<title>bell, nul, tab\t, bad , half , ; ok é</title>") != NULL,
       "controls, invalid bytes and U+FFFE dropped");
    ok(parses(b.data, b.len), "parses");

    char long_title[400] = "";
    for (int i = 0; i < 150; i++)
        strcat(long_title, "é");
    c.title = long_title;
    buf_reset(&b);
    svgchart_line(&b, &c);
    char want[260] = "<title>";
    for (int i = 0; i < SVGCHART_TITLE_MAX / 2; i++)
        strcat(want, "é");
    strcat(want, "</title>");
    ok(strstr(b.data, want) != NULL, "a long title cut at 200 bytes, on a character");
    buf_free(&b);
}

static void test_empty_and_bounds(void)
{
    struct buf b;
    buf_init(&b, 1 << 20);
    struct svgchart c = {.title = "Membres", .lang = "fr", .empty = "Pas encore de <données>"};
    is_int(svgchart_line(&b, &c), 0, "no points");
    ok(strstr(b.data, "class=\"svgchart-empty\"") &&
           strstr(b.data, ">Pas encore de &lt;données&gt;</text></svg>"),
       "the empty text, escaped");
    ok(!strstr(b.data, "<polyline") && !strstr(b.data, "<circle"), "no line, no dots");
    ok(parses(b.data, b.len), "parses");
    c.empty = NULL;
    buf_reset(&b);
    is_int(svgchart_line(&b, &c), 0, "no points, no empty text");
    ok(parses(b.data, b.len), "parses");

    int64_t v[SVGCHART_POINTS_MAX + 1];
    c.values = v;
    c.n = SVGCHART_POINTS_MAX + 1;
    is_int(svgchart_line(&b, &c), -EINVAL, "401 points");
    c.n = 1;
    c.values = NULL;
    is_int(svgchart_line(&b, &c), -EINVAL, "points without values");
    c.values = v;
    c.title = NULL;
    is_int(svgchart_line(&b, &c), -EINVAL, "no title");

    /* the worst case: 400 points, every text at its longest and all quotes */
    static char title[1000], label[100];
    static const char *labels[SVGCHART_POINTS_MAX];
    memset(title, '"', 999);
    memset(label, '"', 99);
    for (int i = 0; i < SVGCHART_POINTS_MAX; i++) {
        labels[i] = label;
        v[i] = i % 2 ? INT64_MIN : INT64_MAX;
    }
    c = (struct svgchart){.title = title, .lang = "fr", .labels = labels, .values = v, .n = 400};
    buf_reset(&b);
    is_int(svgchart_line(&b, &c), 0, "the worst case draws");
    printf("# worst case: %zu bytes\n", b.len);
    ok(b.len <= SVGCHART_OUT_MAX, "within SVGCHART_OUT_MAX");
    ok(parses(b.data, b.len), "parses");
    buf_free(&b);

    buf_init(&b, 300);
    buf_appends(&b, "abc");
    c = (struct svgchart){.title = "t", .values = v, .n = 10};
    is_int(svgchart_line(&b, &c), -ENOBUFS, "past the buffer's max");
    is_str(b.data, "abc", "the buffer as it was");
    is_int(b.len, 3, "its length too");
    buf_free(&b);
}

int main(void)
{
    test_ticks();
    test_numbers();
    test_labels();
    test_structure();
    test_escaping();
    test_empty_and_bounds();
    return done_testing();
}
