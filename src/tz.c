/*
 * tz: TZif (RFC 8536) reader and local-time arithmetic for per-channel
 * schedules. See tz.h for why glibc's localtime and ICU are not used.
 *
 * A zone is: a sorted table of transition instants, each naming a local time
 * type (UT offset, isdst), plus the footer's POSIX TZ rule for instants from
 * the last transition on. Every other question (local -> UTC, the next daily
 * slot) is answered by walking the constant-offset segments of that timeline.
 */
#include "tz.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xmalloc.h"

#define TZ_DEFAULT_DIR "/usr/share/zoneinfo"
#define TZ_FILE_MAX (1 << 20) /* real files are < 4 KiB */
#define TZ_HEADER_LEN 44
#define TZ_MAX_TYPES 256      /* transition type indices are one byte */
#define TZ_UTOFF_MIN (-89999) /* RFC 8536 3.2: -24:59:59 .. +25:59:59 */
#define TZ_UTOFF_MAX 93599
#define TZ_YEAR_MAX 2000000

/* A footer rule date: Jn (1-365, Feb 29 never counted), n (0-365, counted),
 * or Mm.w.d (day d of week w of month m, w = 5 meaning the last). */
struct tz_rdate {
    char kind; /* 'J', 'N' or 'M' */
    int n, m, w, d;
    int32_t secs; /* local time of day of the change, -167h..167h */
};

/* The footer: std (and dst, if any) as UT offsets, east positive. */
struct tz_rule {
    int32_t std_off, dst_off;
    int has_dst;
    struct tz_rdate start, end; /* start: into DST, in std time; end: out, in dst time */
};

struct tz_type {
    int32_t utoff;
    int isdst;
};

struct tz {
    uint32_t timecnt, typecnt;
    int64_t *trans;            /* timecnt instants, strictly ascending */
    unsigned char *trans_type; /* timecnt indices into types */
    struct tz_type *types;     /* typecnt */
    int has_rule;              /* footer present and non-empty */
    struct tz_rule rule;
    int32_t min_off, max_off; /* bounds of every offset the zone can give */
};

/* ---- calendar ------------------------------------------------------------ */

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* 0 = Sunday; 1970-01-01 was a Thursday. */
static int weekday(int64_t days)
{
    return (int)(days + 4 - floor_div(days + 4, 7) * 7);
}

static int is_leap(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int64_t y, int m)
{
    static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : len[m - 1];
}

/* Years are counted from March, so that February's odd length falls at the
 * end of the year; 400 Gregorian years are exactly 146097 days. Day 0 of the
 * March-based year 0 is 0000-03-01, which is 719468 days before 1970-01-01. */
int64_t tz_days_from_civil(int y, int m, int d)
{
    int64_t yy = (int64_t)y - (m <= 2);
    int64_t cycle = floor_div(yy, 400);
    int64_t year_in_cycle = yy - cycle * 400; /* 0..399 */
    int64_t month_from_march = (m + 9) % 12;  /* Mar = 0 .. Feb = 11 */
    int64_t day_in_year = (153 * month_from_march + 2) / 5 + d - 1;
    int64_t day_in_cycle =
        year_in_cycle * 365 + year_in_cycle / 4 - year_in_cycle / 100 + day_in_year;
    return cycle * 146097 + day_in_cycle - 719468;
}

void tz_civil_from_days(int64_t days, struct tz_civil *out)
{
    int64_t z = days + 719468;
    int64_t cycle = floor_div(z, 146097);
    int64_t day_in_cycle = z - cycle * 146097; /* 0..146096 */
    /* Leap days before this day of the cycle: one per 1461 days, except per
     * 36524, plus the last day of the cycle. */
    int64_t year_in_cycle =
        (day_in_cycle - day_in_cycle / 1460 + day_in_cycle / 36524 - day_in_cycle / 146096) / 365;
    int64_t day_in_year =
        day_in_cycle - (365 * year_in_cycle + year_in_cycle / 4 - year_in_cycle / 100);
    int64_t month_from_march = (5 * day_in_year + 2) / 153;
    int month = (int)(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);

    out->year = (int)(cycle * 400 + year_in_cycle + (month <= 2));
    out->month = month;
    out->day = (int)(day_in_year - (153 * month_from_march + 2) / 5 + 1);
    out->hour = out->minute = out->second = 0;
    out->wday = weekday(days);
}

static void civil_from_secs(int64_t s, struct tz_civil *out)
{
    int64_t days = floor_div(s, 86400);
    int64_t rem = s - days * 86400;

    tz_civil_from_days(days, out);
    out->hour = (int)(rem / 3600);
    out->minute = (int)(rem / 60 % 60);
    out->second = (int)(rem % 60);
}

/* ---- footer rule ---------------------------------------------------------- */

static int64_t rdate_days(const struct tz_rdate *r, int y)
{
    int64_t jan1 = tz_days_from_civil(y, 1, 1);

    switch (r->kind) {
    case 'J': return jan1 + r->n - 1 + (is_leap(y) && r->n >= 60);
    case 'N': return jan1 + r->n;
    default: {
        int64_t first = tz_days_from_civil(y, r->m, 1);
        int wday_first = weekday(first);
        int day = 1 + (r->d - wday_first + 7) % 7 + (r->w - 1) * 7;
        while (day > month_days(y, r->m))
            day -= 7;
        return first + day - 1;
    }
    }
}

struct tz_event {
    int64_t at;
    int into_dst;
};

/* The rule's changes in years y-2 .. y+2, in time order (ties keep the order
 * of generation, so a change of year y+1 wins over one of year y at the same
 * instant: "0/0,J365/25" is DST all year). y is the standard-time year of the
 * instant asked about, so the years either side always hold a change on
 * each side of it, whatever extended hours do. */
static void rule_events(const struct tz_rule *r, int y, struct tz_event ev[10])
{
    int n = 0;

    for (int yy = y - 2; yy <= y + 2; yy++) {
        struct tz_event e[2] = {
            {rdate_days(&r->start, yy) * 86400 + r->start.secs - r->std_off, 1},
            {rdate_days(&r->end, yy) * 86400 + r->end.secs - r->dst_off, 0},
        };
        for (int k = 0; k < 2; k++) {
            int i = n++;
            while (i > 0 && ev[i - 1].at > e[k].at) {
                ev[i] = ev[i - 1];
                i--;
            }
            ev[i] = e[k];
        }
    }
}

static int rule_year(const struct tz_rule *r, int64_t t)
{
    struct tz_civil c;
    tz_civil_from_days(floor_div(t + r->std_off, 86400), &c);
    return c.year;
}

static void rule_at(const struct tz_rule *r, int64_t t, int32_t *off, int *isdst)
{
    struct tz_event ev[10];
    int dst = 0;

    if (r->has_dst) {
        rule_events(r, rule_year(r, t), ev);
        for (int i = 0; i < 10 && ev[i].at <= t; i++)
            dst = ev[i].into_dst;
    }
    *off = dst ? r->dst_off : r->std_off;
    *isdst = dst;
}

/* First change of the rule strictly after t; 0 when there is none. */
static int rule_next(const struct tz_rule *r, int64_t t, int64_t *next)
{
    struct tz_event ev[10];

    if (!r->has_dst)
        return 0;
    rule_events(r, rule_year(r, t), ev);
    for (int i = 0; i < 10; i++) {
        if (ev[i].at > t) {
            *next = ev[i].at;
            return 1;
        }
    }
    return 0; /* not reached: year y+2's changes are after t */
}

/* ---- footer parser: std offset [dst [offset] ,start[/time],end[/time]] ---- */

struct tz_cursor {
    const char *p, *end;
};

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_alpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static int at(const struct tz_cursor *c, char ch)
{
    return c->p < c->end && *c->p == ch;
}

/* A designation: 3+ letters, or <3+ of [A-Za-z0-9+-]> (RFC 8536 3.3). */
static int parse_abbr(struct tz_cursor *c)
{
    size_t n = 0;

    if (at(c, '<')) {
        c->p++;
        while (c->p < c->end && *c->p != '>') {
            char ch = *c->p;
            if (!is_alpha(ch) && !is_digit(ch) && ch != '+' && ch != '-')
                return -EINVAL;
            c->p++, n++;
        }
        if (!at(c, '>'))
            return -EINVAL;
        c->p++;
    } else {
        while (c->p < c->end && is_alpha(*c->p))
            c->p++, n++;
    }
    return n >= 3 ? 0 : -EINVAL;
}

static int parse_uint(struct tz_cursor *c, int max_digits, int *v)
{
    int n = 0, x = 0;

    while (c->p < c->end && is_digit(*c->p) && n < max_digits) {
        x = x * 10 + (*c->p - '0');
        c->p++, n++;
    }
    if (n == 0 || (c->p < c->end && is_digit(*c->p)))
        return -EINVAL;
    *v = x;
    return 0;
}

/* [+-]hh[:mm[:ss]] with hh <= max_h; returns seconds with the sign applied. */
static int parse_hms(struct tz_cursor *c, int max_h, int32_t *secs)
{
    int neg = 0, h, m = 0, s = 0;

    if (at(c, '+') || at(c, '-'))
        neg = *c->p++ == '-';
    if (parse_uint(c, 3, &h) < 0 || h > max_h)
        return -EINVAL;
    if (at(c, ':')) {
        c->p++;
        if (parse_uint(c, 2, &m) < 0 || m > 59)
            return -EINVAL;
        if (at(c, ':')) {
            c->p++;
            if (parse_uint(c, 2, &s) < 0 || s > 59)
                return -EINVAL;
        }
    }
    *secs = (neg ? -1 : 1) * (h * 3600 + m * 60 + s);
    return 0;
}

static int parse_rdate(struct tz_cursor *c, struct tz_rdate *r)
{
    if (at(c, 'J')) {
        c->p++;
        r->kind = 'J';
        if (parse_uint(c, 3, &r->n) < 0 || r->n < 1 || r->n > 365)
            return -EINVAL;
    } else if (at(c, 'M')) {
        c->p++;
        r->kind = 'M';
        if (parse_uint(c, 2, &r->m) < 0 || r->m < 1 || r->m > 12 || !at(c, '.'))
            return -EINVAL;
        c->p++;
        if (parse_uint(c, 1, &r->w) < 0 || r->w < 1 || r->w > 5 || !at(c, '.'))
            return -EINVAL;
        c->p++;
        if (parse_uint(c, 1, &r->d) < 0 || r->d > 6)
            return -EINVAL;
    } else {
        r->kind = 'N';
        if (parse_uint(c, 3, &r->n) < 0 || r->n > 365)
            return -EINVAL;
    }
    r->secs = 2 * 3600;
    if (at(c, '/')) {
        c->p++;
        /* POSIX allows 0..24 hours; RFC 8536 v3 extends to -167..167. */
        if (parse_hms(c, 167, &r->secs) < 0)
            return -EINVAL;
    }
    return 0;
}

static int parse_posix_tz(const char *s, size_t len, struct tz_rule *r)
{
    struct tz_cursor c = {s, s + len};
    int32_t posix_off;

    memset(r, 0, sizeof *r);
    if (parse_abbr(&c) < 0 || parse_hms(&c, 24, &posix_off) < 0)
        return -EINVAL;
    r->std_off = -posix_off; /* POSIX offsets count west */
    if (c.p == c.end)
        return 0;
    if (parse_abbr(&c) < 0)
        return -EINVAL;
    r->has_dst = 1;
    r->dst_off = r->std_off + 3600;
    if (!at(&c, ',')) {
        if (parse_hms(&c, 24, &posix_off) < 0)
            return -EINVAL;
        r->dst_off = -posix_off;
    }
    /* A TZif footer must spell the rule out: the POSIX default is
     * implementation-defined. */
    if (!at(&c, ','))
        return -EINVAL;
    c.p++;
    if (parse_rdate(&c, &r->start) < 0 || !at(&c, ','))
        return -EINVAL;
    c.p++;
    if (parse_rdate(&c, &r->end) < 0 || c.p != c.end)
        return -EINVAL;
    return 0;
}

/* ---- TZif parser ---------------------------------------------------------- */

struct tz_header {
    char version;
    uint32_t isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt;
    uint64_t body_len; /* bytes after the header */
};

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int64_t be64(const unsigned char *p)
{
    return (int64_t)((uint64_t)be32(p) << 32 | be32(p + 4));
}

/* Reads the header at buf+off and checks that its whole block fits in len.
 * The counts are checked further only when the block will be used (strict):
 * a v2+ file's v1 block is skipped, so only its size matters. */
static int read_header(const unsigned char *buf, size_t len, size_t off, int tsize, int strict,
                       struct tz_header *h)
{
    const unsigned char *p = buf + off;

    if (len - off < TZ_HEADER_LEN || memcmp(p, "TZif", 4) != 0)
        return -EINVAL;
    h->version = (char)p[4];
    if (h->version != 0 && (h->version < '2' || h->version > '9'))
        return -EINVAL;
    h->isutcnt = be32(p + 20);
    h->isstdcnt = be32(p + 24);
    h->leapcnt = be32(p + 28);
    h->timecnt = be32(p + 32);
    h->typecnt = be32(p + 36);
    h->charcnt = be32(p + 40);
    if (strict && (h->typecnt == 0 || h->typecnt > TZ_MAX_TYPES || h->charcnt == 0 ||
                   (h->isutcnt != 0 && h->isutcnt != h->typecnt) ||
                   (h->isstdcnt != 0 && h->isstdcnt != h->typecnt)))
        return -EINVAL;
    /* Each count is < 2^32, so this sum cannot overflow 64 bits. */
    h->body_len = (uint64_t)h->timecnt * (uint64_t)(tsize + 1) + (uint64_t)h->typecnt * 6 +
                  h->charcnt + (uint64_t)h->leapcnt * (uint64_t)(tsize + 4) + h->isstdcnt +
                  h->isutcnt;
    if (h->body_len > len - off - TZ_HEADER_LEN)
        return -EINVAL;
    return 0;
}

/* Reads and checks the data block that follows header h at buf+off. */
static int read_body(const unsigned char *p, const struct tz_header *h, int tsize, struct tz *z)
{
    const unsigned char *idx = p + (size_t)h->timecnt * (size_t)tsize;
    const unsigned char *ttinfo = idx + h->timecnt;
    const unsigned char *chars = ttinfo + (size_t)h->typecnt * 6;
    const unsigned char *isstd = chars + h->charcnt + (size_t)h->leapcnt * (size_t)(tsize + 4);
    const unsigned char *isut = isstd + h->isstdcnt;

    if (h->leapcnt != 0)
        return -ENOTSUP; /* right/ zones count leap seconds; our clock does not */
    z->timecnt = h->timecnt;
    z->typecnt = h->typecnt;
    z->trans = xmalloc(((size_t)h->timecnt + 1) * sizeof *z->trans);
    z->trans_type = xmalloc((size_t)h->timecnt + 1);
    z->types = xmalloc((size_t)h->typecnt * sizeof *z->types);
    for (uint32_t i = 0; i < h->timecnt; i++) {
        const unsigned char *q = p + (size_t)i * (size_t)tsize;
        z->trans[i] = tsize == 8 ? be64(q) : (int64_t)(int32_t)be32(q);
        if (i > 0 && z->trans[i] <= z->trans[i - 1])
            return -EINVAL;
        if (idx[i] >= h->typecnt)
            return -EINVAL;
        z->trans_type[i] = idx[i];
    }
    for (uint32_t i = 0; i < h->typecnt; i++) {
        const unsigned char *q = ttinfo + (size_t)i * 6;
        int32_t utoff = (int32_t)be32(q);
        if (utoff < TZ_UTOFF_MIN || utoff > TZ_UTOFF_MAX || q[4] > 1 || q[5] >= h->charcnt ||
            !memchr(chars + q[5], '\0', h->charcnt - q[5]))
            return -EINVAL;
        z->types[i].utoff = utoff;
        z->types[i].isdst = q[4];
    }
    for (uint32_t i = 0; i < h->isstdcnt; i++)
        if (isstd[i] > 1)
            return -EINVAL;
    for (uint32_t i = 0; i < h->isutcnt; i++)
        if (isut[i] > 1 || (isut[i] && (h->isstdcnt == 0 || !isstd[i])))
            return -EINVAL;
    return 0;
}

int tz_parse(const void *data, size_t len, struct tz **out)
{
    const unsigned char *buf = data;
    struct tz_header h;
    struct tz *z;
    size_t off = 0;
    int tsize = 4, rc;

    *out = NULL;
    if (!buf)
        return -EINVAL;
    rc = read_header(buf, len, 0, 4, 0, &h);
    if (rc < 0)
        return rc;
    if (h.version == 0) {
        rc = read_header(buf, len, 0, 4, 1, &h);
        if (rc < 0)
            return rc;
    } else {
        /* The v1 block only serves 32-bit readers: skip it, use the 64-bit one. */
        off = TZ_HEADER_LEN + (size_t)h.body_len;
        tsize = 8;
        rc = read_header(buf, len, off, 8, 1, &h);
        if (rc < 0)
            return rc;
        if (h.version < '2')
            return -EINVAL;
    }
    z = xcalloc(1, sizeof *z);
    rc = read_body(buf + off + TZ_HEADER_LEN, &h, tsize, z);
    off += TZ_HEADER_LEN + (size_t)h.body_len;
    if (rc == 0 && tsize == 8) {
        /* Footer: '\n' TZ-string '\n'; an empty string means "no rule". */
        const unsigned char *nl = NULL;
        if (off >= len || buf[off] != '\n' || !(nl = memchr(buf + off + 1, '\n', len - off - 1)))
            rc = -EINVAL;
        else if (nl > buf + off + 1) {
            z->has_rule = 1;
            rc =
                parse_posix_tz((const char *)buf + off + 1, (size_t)(nl - buf - off - 1), &z->rule);
        }
    }
    if (rc < 0) {
        tz_free(z);
        return rc;
    }
    z->min_off = z->max_off = z->types[0].utoff;
    for (uint32_t i = 0; i < z->typecnt; i++) {
        z->min_off = z->types[i].utoff < z->min_off ? z->types[i].utoff : z->min_off;
        z->max_off = z->types[i].utoff > z->max_off ? z->types[i].utoff : z->max_off;
    }
    if (z->has_rule) {
        int32_t o[2] = {z->rule.std_off, z->rule.has_dst ? z->rule.dst_off : z->rule.std_off};
        for (int i = 0; i < 2; i++) {
            z->min_off = o[i] < z->min_off ? o[i] : z->min_off;
            z->max_off = o[i] > z->max_off ? o[i] : z->max_off;
        }
    }
    *out = z;
    return 0;
}

void tz_free(struct tz *z)
{
    if (!z)
        return;
    free(z->trans);
    free(z->trans_type);
    free(z->types);
    free(z);
}

static int valid_name(const char *name)
{
    size_t n = 0;

    if (!name || !*name || *name == '/')
        return 0;
    for (const char *p = name; *p; p++, n++) {
        char ch = *p;
        if (n >= TZ_NAME_MAX)
            return 0;
        if (!is_alpha(ch) && !is_digit(ch) && ch != '/' && ch != '_' && ch != '+' && ch != '-')
            return 0;
        if (ch == '/' && (p[1] == '/' || p[1] == '\0'))
            return 0; /* empty component */
    }
    return 1; /* no '.' is allowed at all, so no ".." either */
}

int tz_load(const char *name, struct tz **out)
{
    const char *dir = getenv("CRIER_ZONEINFO");
    char path[4096];
    struct stat st;
    unsigned char *buf;
    size_t got = 0;
    int fd, n, rc;

    *out = NULL;
    if (!valid_name(name))
        return -EINVAL;
    if (!dir || !*dir)
        dir = TZ_DEFAULT_DIR;
    n = snprintf(path, sizeof path, "%s/%s", dir, name);
    if (n < 0 || (size_t)n >= sizeof path)
        return -ENAMETOOLONG;
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    if (fstat(fd, &st) < 0) {
        rc = -errno;
        close(fd);
        return rc;
    }
    if (!S_ISREG(st.st_mode) || st.st_size > TZ_FILE_MAX) {
        close(fd);
        return -EINVAL;
    }
    buf = xmalloc((size_t)st.st_size + 1);
    while (got < (size_t)st.st_size) {
        ssize_t r = read(fd, buf + got, (size_t)st.st_size - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            rc = -errno;
            close(fd);
            free(buf);
            return rc;
        }
        if (r == 0)
            break; /* the file shrank: parse what is there */
        got += (size_t)r;
    }
    close(fd);
    rc = tz_parse(buf, got, out);
    free(buf);
    return rc;
}

/* ---- conversions ---------------------------------------------------------- */

/* The local time type in effect at t. */
static void lookup(const struct tz *z, int64_t t, int32_t *off, int *isdst)
{
    uint32_t lo, hi;

    if (z->timecnt == 0 && z->has_rule) {
        rule_at(&z->rule, t, off, isdst);
        return;
    }
    if (z->timecnt == 0 || t < z->trans[0]) {
        /* RFC 8536 3.2: type 0. (glibc 2.36 takes the first standard type
         * instead; zic writes a standard type 0, so the two agree on every
         * tzdata file.) */
        *off = z->types[0].utoff;
        *isdst = z->types[0].isdst;
        return;
    }
    if (t >= z->trans[z->timecnt - 1] && z->has_rule) {
        rule_at(&z->rule, t, off, isdst);
        return;
    }
    lo = 0, hi = z->timecnt; /* trans[lo] <= t < trans[hi] (or hi = end) */
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (z->trans[mid] <= t)
            lo = mid;
        else
            hi = mid;
    }
    *off = z->types[z->trans_type[lo]].utoff;
    *isdst = z->types[z->trans_type[lo]].isdst;
}

/* The first instant after t at which the zone may change type; 0 if none. */
static int next_change(const struct tz *z, int64_t t, int64_t *next)
{
    if (z->timecnt > 0 && t < z->trans[z->timecnt - 1]) {
        uint32_t lo = 0, hi = z->timecnt - 1; /* first i with trans[i] > t */
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (z->trans[mid] > t)
                hi = mid;
            else
                lo = mid + 1;
        }
        *next = z->trans[lo];
        return 1;
    }
    if (!z->has_rule)
        return 0;
    return rule_next(&z->rule, t, next);
}

/* The least instant whose local time is >= lsec (local seconds since the
 * epoch). No instant before lsec - max_off can qualify, and lsec - min_off
 * always does, so walk the constant-offset segments between the two: within
 * one, local time runs with UTC, so the answer there is max(start, lsec-off). */
static int64_t first_local_at_or_after(const struct tz *z, int64_t lsec)
{
    int64_t t = lsec - z->max_off;

    for (;;) {
        int32_t off;
        int dst;
        int64_t next, cand;

        lookup(z, t, &off, &dst);
        cand = lsec - off > t ? lsec - off : t;
        if (!next_change(z, t, &next) || cand < next)
            return cand;
        t = next;
    }
}

int tz_to_local(const struct tz *z, int64_t utc_s, struct tz_civil *out, int32_t *utoff, int *isdst)
{
    int32_t off;
    int dst;

    if (utc_s < -TZ_TIME_MAX || utc_s > TZ_TIME_MAX)
        return -ERANGE;
    lookup(z, utc_s, &off, &dst);
    if (out)
        civil_from_secs(utc_s + off, out);
    if (utoff)
        *utoff = off;
    if (isdst)
        *isdst = dst;
    return 0;
}

int tz_from_local(const struct tz *z, const struct tz_civil *local, int64_t *utc_s)
{
    const struct tz_civil *l = local;
    int64_t lsec;

    if (l->year < -TZ_YEAR_MAX || l->year > TZ_YEAR_MAX)
        return -ERANGE;
    if (l->month < 1 || l->month > 12 || l->day < 1 || l->day > month_days(l->year, l->month) ||
        l->hour < 0 || l->hour > 23 || l->minute < 0 || l->minute > 59 || l->second < 0 ||
        l->second > 59)
        return -EINVAL;
    lsec = tz_days_from_civil(l->year, l->month, l->day) * 86400 + l->hour * 3600 + l->minute * 60 +
           l->second;
    *utc_s = first_local_at_or_after(z, lsec);
    return 0;
}

int tz_next_slot(const struct tz *z, int64_t after_utc_s, int hour, int minute, int64_t *slot_utc_s,
                 struct tz_civil *slot_local_date)
{
    int32_t off;
    int dst;
    int64_t day;

    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return -EINVAL;
    if (after_utc_s < -TZ_TIME_MAX || after_utc_s > TZ_TIME_MAX)
        return -ERANGE;
    /* The slot of date D is the least instant whose local time is >= D
     * hour:minute, which never decreases with D. Dates before today's local
     * date are already past (local time now is beyond them); and since
     * offsets span under 2.2 days, one within the next few dates is ahead. */
    lookup(z, after_utc_s, &off, &dst);
    day = floor_div(after_utc_s + off, 86400);
    for (int64_t d = day; d <= day + 5; d++) {
        int64_t s = first_local_at_or_after(z, d * 86400 + hour * 3600 + minute * 60);
        if (s > after_utc_s) {
            *slot_utc_s = s;
            if (slot_local_date) {
                tz_civil_from_days(d, slot_local_date);
                slot_local_date->hour = hour;
                slot_local_date->minute = minute;
            }
            return 0;
        }
    }
    return -ERANGE; /* not reached for offsets within the RFC 8536 bounds */
}
