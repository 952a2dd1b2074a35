/* tz: calendar arithmetic (exhaustive over +-2000 years), the scheduling
 * rules at DST gaps and folds, a differential run against zdump(8) over every
 * zone in /usr/share/zoneinfo and over hand-written footer TZ strings, and
 * hostile TZif images (every truncation, field-by-field corruption, random
 * byte flips). Run it under ASan/UBSan too: make SANITIZE=address,undefined.
 *
 * Knobs: CRIER_TZ_YEARS="1970,2060" narrows the zdump range (default
 * 1900,2100); CRIER_TZ_JOBS sets how many zdump processes run at once
 * (default: online CPUs). */
#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tap.h"
#include "tz.h"

#define ZI "/usr/share/zoneinfo"

static char tmpdir[256];

static int64_t utc(int y, int mo, int d, int h, int mi, int s)
{
    return tz_days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
}

static struct tz_civil civ(int y, int mo, int d, int h, int mi, int s)
{
    struct tz_civil c = {y, mo, d, h, mi, s, 0};
    return c;
}

static const char *fmt_civil(const struct tz_civil *c, char *buf, size_t n)
{
    snprintf(buf, n, "%04d-%02d-%02d %02d:%02d:%02d", c->year, c->month, c->day, c->hour, c->minute,
             c->second);
    return buf;
}

static const char *fmt_utc(int64_t t, char *buf, size_t n)
{
    struct tz_civil c;
    tz_civil_from_days(t >= 0 ? t / 86400 : -((-t + 86399) / 86400), &c);
    int64_t rem = t - tz_days_from_civil(c.year, c.month, c.day) * 86400;
    c.hour = (int)(rem / 3600), c.minute = (int)(rem / 60 % 60), c.second = (int)(rem % 60);
    fmt_civil(&c, buf, n);
    return buf;
}

static int same_civil(const struct tz_civil *a, const struct tz_civil *b)
{
    return a->year == b->year && a->month == b->month && a->day == b->day && a->hour == b->hour &&
           a->minute == b->minute && a->second == b->second;
}

static struct tz *must_load(const char *name)
{
    struct tz *z = NULL;
    int rc = tz_load(name, &z);
    if (rc != 0)
        printf("# tz_load(%s) = %d\n", name, rc);
    return z;
}

static int has_zdump(void)
{
    return system("command -v zdump >/dev/null 2>&1") == 0;
}

/* ---- calendar ------------------------------------------------------------ */

static void test_calendar(void)
{
    int y = -2000, m = 1, d = 1, wday = 6; /* -2000-01-01 was a Saturday */
    int64_t first = tz_days_from_civil(-2000, 1, 1), bad = 0;
    struct tz_civil c;

    is_int(tz_days_from_civil(1970, 1, 1), 0, "1970-01-01 is day 0");
    is_int(tz_days_from_civil(2000, 3, 1), 11017, "2000-03-01");
    is_int(tz_days_from_civil(1900, 1, 1), -25567, "1900-01-01");
    is_int(tz_days_from_civil(2100, 1, 1), 47482, "2100-01-01");
    is_int(tz_days_from_civil(1969, 12, 31), -1, "1969-12-31");
    tz_civil_from_days(-1, &c);
    ok(c.year == 1969 && c.month == 12 && c.day == 31 && c.wday == 3, "day -1 is Wed 1969-12-31");
    tz_civil_from_days(20574, &c);
    ok(c.year == 2026 && c.month == 5 && c.day == 1 && c.wday == 5, "2026-05-01 is a Friday");

    /* Walk day by day over 4000 years against a naive calendar. */
    for (int64_t n = first; y <= 2000; n++) {
        int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        tz_civil_from_days(n, &c);
        if (tz_days_from_civil(y, m, d) != n || c.year != y || c.month != m || c.day != d ||
            c.wday != wday) {
            if (bad++ < 5)
                printf("# day %lld: %d-%d-%d wday %d\n", (long long)n, c.year, c.month, c.day,
                       c.wday);
        }
        wday = (wday + 1) % 7;
        if (++d > len[m - 1] + (m == 2 && leap)) {
            d = 1;
            if (++m > 12)
                m = 1, y++;
        }
    }
    is_int(bad, 0, "calendar matches a naive day counter from -2000 to 2000");
    tz_civil_from_days(tz_days_from_civil(1000000, 2, 29), &c);
    ok(c.year == 1000000 && c.month == 2 && c.day == 29, "year 1000000 round trip");
    tz_civil_from_days(tz_days_from_civil(-1000001, 3, 1), &c);
    ok(c.year == -1000001 && c.month == 3 && c.day == 1, "year -1000001 round trip");
}

/* ---- known cases ---------------------------------------------------------- */

static void check_from(struct tz *z, const char *zone, struct tz_civil l, int64_t want,
                       const char *what)
{
    int64_t got = 0;
    char b1[32], b2[32];
    int rc = tz_from_local(z, &l, &got);
    ok(rc == 0 && got == want, "%s %s: %s -> %sZ", zone, what, fmt_civil(&l, b1, sizeof b1),
       fmt_utc(want, b2, sizeof b2));
    if (got != want)
        printf("#   got %sZ (rc %d)\n", fmt_utc(got, b1, sizeof b1), rc);
}

static void check_to(struct tz *z, const char *zone, int64_t t, struct tz_civil want, int32_t off,
                     int dst)
{
    struct tz_civil c;
    int32_t o = 0;
    int d = -1;
    char b1[32], b2[32];
    int rc = tz_to_local(z, t, &c, &o, &d);
    ok(rc == 0 && same_civil(&c, &want) && o == off && d == dst, "%s %sZ -> %s off %d dst %d", zone,
       fmt_utc(t, b1, sizeof b1), fmt_civil(&want, b2, sizeof b2), (int)off, dst);
    if (!same_civil(&c, &want) || o != off || d != dst)
        printf("#   got %s off %d dst %d\n", fmt_civil(&c, b1, sizeof b1), (int)o, d);
}

static void test_known(void)
{
    struct tz *paris = must_load("Europe/Paris"), *ny = must_load("America/New_York");
    struct tz *kol = must_load("Asia/Kolkata"), *u = must_load("UTC"), *eu = must_load("Etc/UTC");

    ok(paris && ny && kol && u && eu, "Paris, New York, Kolkata, UTC, Etc/UTC load");
    if (!paris || !ny || !kol || !u || !eu)
        return;
    check_from(paris, "Paris", civ(2026, 3, 29, 2, 30, 0), utc(2026, 3, 29, 1, 0, 0),
               "gap -> transition instant");
    check_to(paris, "Paris", utc(2026, 3, 29, 1, 0, 0), civ(2026, 3, 29, 3, 0, 0), 7200, 1);
    check_to(paris, "Paris", utc(2026, 3, 29, 0, 59, 59), civ(2026, 3, 29, 1, 59, 59), 3600, 0);
    check_from(paris, "Paris", civ(2026, 3, 29, 1, 59, 59), utc(2026, 3, 29, 0, 59, 59),
               "just before the gap");
    check_from(paris, "Paris", civ(2026, 3, 29, 3, 0, 0), utc(2026, 3, 29, 1, 0, 0),
               "end of the gap");
    check_from(paris, "Paris", civ(2026, 10, 25, 2, 30, 0), utc(2026, 10, 25, 0, 30, 0),
               "fold -> first occurrence");
    check_from(paris, "Paris", civ(2026, 10, 25, 3, 0, 0), utc(2026, 10, 25, 2, 0, 0),
               "after the fold");
    check_from(paris, "Paris", civ(2026, 7, 14, 12, 0, 0), utc(2026, 7, 14, 10, 0, 0), "summer");
    check_from(ny, "New York", civ(2026, 3, 8, 2, 30, 0), utc(2026, 3, 8, 7, 0, 0),
               "gap -> transition instant");
    check_from(ny, "New York", civ(2026, 11, 1, 1, 30, 0), utc(2026, 11, 1, 5, 30, 0),
               "fold -> first occurrence");
    check_to(ny, "New York", utc(2026, 11, 1, 6, 30, 0), civ(2026, 11, 1, 1, 30, 0), -18000, 0);
    check_from(kol, "Kolkata", civ(2026, 5, 9, 7, 0, 0), utc(2026, 5, 9, 1, 30, 0), "+05:30");
    check_to(kol, "Kolkata", utc(2026, 5, 9, 1, 30, 0), civ(2026, 5, 9, 7, 0, 0), 19800, 0);
    check_to(u, "UTC", utc(2026, 5, 9, 1, 30, 0), civ(2026, 5, 9, 1, 30, 0), 0, 0);
    check_to(eu, "Etc/UTC", utc(2090, 1, 1, 0, 0, 0), civ(2090, 1, 1, 0, 0, 0), 0, 0);
    check_from(u, "UTC", civ(1969, 12, 31, 23, 59, 59), -1, "before the epoch");
    /* The far future: Debian's "fat" files stop listing transitions in 2037,
     * so these come from the footer rule. */
    check_to(paris, "Paris", utc(2090, 3, 26, 1, 0, 0), civ(2090, 3, 26, 3, 0, 0), 7200, 1);
    check_to(paris, "Paris", utc(2090, 3, 26, 0, 59, 59), civ(2090, 3, 26, 1, 59, 59), 3600, 0);
    check_to(ny, "New York", utc(2090, 11, 5, 6, 0, 0), civ(2090, 11, 5, 1, 0, 0), -18000, 0);
    check_from(ny, "New York", civ(2090, 11, 5, 1, 30, 0), utc(2090, 11, 5, 5, 30, 0), "2090 fold");

    /* Argument checks. */
    struct tz_civil bad[] = {civ(2026, 2, 29, 0, 0, 0), civ(2026, 13, 1, 0, 0, 0),
                             civ(2026, 1, 1, 24, 0, 0), civ(2026, 1, 1, 0, 60, 0),
                             civ(2026, 1, 1, 0, 0, 60), civ(2026, 0, 1, 0, 0, 0)};
    int64_t t;
    int nbad = 0;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        nbad += tz_from_local(paris, &bad[i], &t) == -EINVAL;
    is_int(nbad, 6, "tz_from_local rejects out-of-range fields");
    struct tz_civil leap = civ(2024, 2, 29, 0, 0, 0), far = civ(3000000, 1, 1, 0, 0, 0);
    is_int(tz_from_local(paris, &leap, &t), 0, "2024-02-29 is a date");
    is_int(tz_from_local(paris, &far, &t), -ERANGE, "year 3000000 is out of range");
    is_int(tz_to_local(paris, TZ_TIME_MAX + 1, NULL, NULL, NULL), -ERANGE, "tz_to_local range");
    is_int(tz_to_local(paris, -TZ_TIME_MAX, NULL, NULL, NULL), 0, "tz_to_local at -TZ_TIME_MAX");
    is_int(tz_next_slot(paris, 0, 24, 0, &t, NULL), -EINVAL, "tz_next_slot hour 24");
    is_int(tz_next_slot(paris, 0, 7, -1, &t, NULL), -EINVAL, "tz_next_slot minute -1");

    tz_free(paris), tz_free(ny), tz_free(kol), tz_free(u), tz_free(eu);
}

/* ---- tz_next_slot ---------------------------------------------------------- */

struct slot_want {
    int y, m, d;
    int64_t utc;
};

static void check_slots(const char *zone, int64_t after, int hour, int minute,
                        const struct slot_want *want, int n)
{
    struct tz *z = must_load(zone);
    int good = 1;
    char b1[32], b2[32];

    if (!z) {
        ok(0, "%s loads", zone);
        return;
    }
    for (int i = 0; i < n; i++) {
        int64_t s = 0;
        struct tz_civil d;
        int rc = tz_next_slot(z, after, hour, minute, &s, &d);
        if (rc != 0 || s != want[i].utc || d.year != want[i].y || d.month != want[i].m ||
            d.day != want[i].d || d.hour != hour || d.minute != minute) {
            printf("# %s %02d:%02d slot %d: got %sZ for %04d-%02d-%02d, want %sZ\n", zone, hour,
                   minute, i, fmt_utc(s, b1, sizeof b1), d.year, d.month, d.day,
                   fmt_utc(want[i].utc, b2, sizeof b2));
            good = 0;
        }
        after = s;
    }
    ok(good, "%s %02d:%02d slots over the DST day fire once per local date", zone, hour, minute);
    tz_free(z);
}

/* Property: over years of slots, each local date gets exactly one slot, in
 * order, and the slot's wall time is hour:minute, unless hour:minute was in
 * a gap, in which case the slot is the gap's end. */
static void slot_walk(const char *zone, int y0, int y1, int hour, int minute)
{
    struct tz *z = must_load(zone);
    int64_t t = utc(y0, 1, 1, 0, 0, 0) - 3 * 86400, end = utc(y1, 1, 1, 0, 0, 0);
    int64_t prev_day = 0, prev_slot = 0, bad = 0, n = 0, gaps = 0, shared = 0;
    int have_prev = 0;

    if (!z) {
        ok(0, "%s loads", zone);
        return;
    }
    while (t < end) {
        int64_t s;
        struct tz_civil d, w;
        if (tz_next_slot(z, t, hour, minute, &s, &d) != 0 || s <= t) {
            bad++;
            break;
        }
        int64_t day = tz_days_from_civil(d.year, d.month, d.day);
        tz_to_local(z, s, &w, NULL, NULL);
        int exact = w.year == d.year && w.month == d.month && w.day == d.day && w.hour == hour &&
                    w.minute == minute && w.second == 0;
        if (!exact) {
            /* Must be a gap: one second earlier the wall clock was short of
             * the slot time, and the slot instant is where it jumps past. */
            struct tz_civil p;
            tz_to_local(z, s - 1, &p, NULL, NULL);
            int64_t before = tz_days_from_civil(p.year, p.month, p.day) * 86400 + p.hour * 3600 +
                             p.minute * 60 + p.second;
            int64_t nominal = day * 86400 + hour * 3600 + minute * 60;
            int64_t after_ = tz_days_from_civil(w.year, w.month, w.day) * 86400 + w.hour * 3600 +
                             w.minute * 60 + w.second;
            if (!(before < nominal && after_ > nominal)) {
                if (bad++ < 5)
                    printf("# %s slot for %04d-%02d-%02d is not in a gap\n", zone, d.year, d.month,
                           d.day);
            }
            gaps++;
        }
        /* A date may only be missing when a gap of more than a day gave it
         * the same instant as the date before (Samoa, 2011-12-30). */
        for (int64_t skip = prev_day + 1; have_prev && skip < day; skip++) {
            struct tz_civil sd;
            int64_t r = 0;
            tz_civil_from_days(skip, &sd);
            sd.hour = hour, sd.minute = minute;
            if (tz_from_local(z, &sd, &r) == 0 && r == prev_slot)
                prev_day = skip, shared++;
        }
        if (have_prev && day != prev_day + 1) {
            if (bad++ < 5)
                printf("# %s: slot dates jump from day %lld to %04d-%02d-%02d\n", zone,
                       (long long)prev_day, d.year, d.month, d.day);
        }
        prev_day = day, prev_slot = s, have_prev = 1, n++;
        t = s;
    }
    ok(bad == 0, "%s %02d:%02d: %lld daily slots %d..%d, one per date (%lld in gaps, %lld shared)",
       zone, hour, minute, (long long)n, y0, y1 - 1, (long long)gaps, (long long)shared);
    tz_free(z);
}

static void test_slots(void)
{
    /* Paris 02:30 around spring forward (2026-03-29 02:00 -> 03:00). */
    struct slot_want paris_spring[] = {
        {2026, 3, 27, utc(2026, 3, 27, 1, 30, 0)}, {2026, 3, 28, utc(2026, 3, 28, 1, 30, 0)},
        {2026, 3, 29, utc(2026, 3, 29, 1, 0, 0)},  {2026, 3, 30, utc(2026, 3, 30, 0, 30, 0)},
        {2026, 3, 31, utc(2026, 3, 31, 0, 30, 0)},
    };
    check_slots("Europe/Paris", utc(2026, 3, 26, 12, 0, 0), 2, 30, paris_spring, 5);
    /* Paris 02:30 around fall back (2026-10-25 03:00 -> 02:00): once, first. */
    struct slot_want paris_fall[] = {
        {2026, 10, 24, utc(2026, 10, 24, 0, 30, 0)},
        {2026, 10, 25, utc(2026, 10, 25, 0, 30, 0)},
        {2026, 10, 26, utc(2026, 10, 26, 1, 30, 0)},
    };
    check_slots("Europe/Paris", utc(2026, 10, 23, 12, 0, 0), 2, 30, paris_fall, 3);
    /* New York 02:30 on 2026-03-08 (gap 02:00-03:00) and 01:30 on 2026-11-01. */
    struct slot_want ny_spring[] = {
        {2026, 3, 7, utc(2026, 3, 7, 7, 30, 0)},
        {2026, 3, 8, utc(2026, 3, 8, 7, 0, 0)},
        {2026, 3, 9, utc(2026, 3, 9, 6, 30, 0)},
    };
    check_slots("America/New_York", utc(2026, 3, 7, 0, 0, 0), 2, 30, ny_spring, 3);
    struct slot_want ny_fall[] = {
        {2026, 10, 31, utc(2026, 10, 31, 5, 30, 0)},
        {2026, 11, 1, utc(2026, 11, 1, 5, 30, 0)},
        {2026, 11, 2, utc(2026, 11, 2, 6, 30, 0)},
    };
    check_slots("America/New_York", utc(2026, 10, 31, 0, 0, 0), 1, 30, ny_fall, 3);
    /* Starting inside the fold, after the first 01:30: no second firing. */
    struct slot_want ny_in_fold[] = {{2026, 11, 2, utc(2026, 11, 2, 6, 30, 0)}};
    check_slots("America/New_York", utc(2026, 11, 1, 5, 30, 0), 1, 30, ny_in_fold, 1);
    /* Samoa skipped 2011-12-30 entirely: its slot is the end of the gap. */
    struct slot_want apia[] = {
        {2011, 12, 29, utc(2011, 12, 29, 18, 0, 0)},
        {2011, 12, 30, utc(2011, 12, 30, 10, 0, 0)},
        {2011, 12, 31, utc(2011, 12, 30, 18, 0, 0)},
    };
    check_slots("Pacific/Apia", utc(2011, 12, 29, 0, 0, 0), 8, 0, apia, 3);

    static const char *zones[] = {"Europe/Paris",     "America/New_York",  "America/Nuuk",
                                  "Australia/Sydney", "Europe/Dublin",     "Australia/Lord_Howe",
                                  "Pacific/Chatham",  "Africa/Casablanca", "America/Havana",
                                  "America/Santiago", "Asia/Kolkata"};
    static const int hm[][2] = {{0, 0}, {0, 30}, {1, 30}, {2, 30}, {3, 0}, {7, 0}, {23, 59}};
    for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++)
        for (size_t j = 0; j < sizeof hm / sizeof hm[0]; j++)
            slot_walk(zones[i], 2018, 2032, hm[j][0], hm[j][1]);
    slot_walk("Pacific/Apia", 2010, 2013, 0, 0);
    slot_walk("Pacific/Apia", 2010, 2013, 8, 0);
}

/* ---- zdump differential ---------------------------------------------------- */

static int month_num(const char *s)
{
    static const char *names = "JanFebMarAprMayJunJulAugSepOctNovDec";
    for (int i = 0; i < 12; i++)
        if (strncmp(names + 3 * i, s, 3) == 0)
            return i + 1;
    return 0;
}

struct zline {
    char zone[256];
    int64_t t;
    struct tz_civil local;
    int isdst;
    long gmtoff;
};

/* "Europe/Paris  Sun Mar 30 00:59:59 2025 UT = Sun Mar 30 01:59:59 2025 CET
 *  isdst=0 gmtoff=3600"; 1 when parsed, 0 for the "= NULL" and other lines. */
static int parse_zdump_line(const char *line, struct zline *zl)
{
    char um[4], lm[4], abbr[64];
    int ud, uh, umi, us, uy, ld, lh, lmi, ls, ly;

    if (sscanf(line,
               "%255s %*s %3s %d %d:%d:%d %d UT = %*s %3s %d %d:%d:%d %d %63s isdst=%d gmtoff=%ld",
               zl->zone, um, &ud, &uh, &umi, &us, &uy, lm, &ld, &lh, &lmi, &ls, &ly, abbr,
               &zl->isdst, &zl->gmtoff) != 16)
        return 0;
    if (!month_num(um) || !month_num(lm))
        return 0;
    zl->t = utc(uy, month_num(um), ud, uh, umi, us);
    zl->local = civ(ly, month_num(lm), ld, lh, lmi, ls);
    return 1;
}

struct diff_stats {
    long zones, static_zones, lines, transitions, mismatches, from_bad, gap_checks, fold_checks;
};

/* Compares one zdump line with tz_to_local, and checks tz_from_local on the
 * same wall time: it must map back to a time with that wall time, no later
 * than the zdump instant. prev is the previous line of the same zone (or
 * NULL); prev_trans the zone's transition before that. */
static void diff_line(struct tz *z, const struct zline *zl, const struct zline *prev,
                      int64_t prev_trans, struct diff_stats *st)
{
    struct tz_civil c, back;
    int32_t off;
    int dst;
    int64_t r;
    char b1[32], b2[32];

    st->lines++;
    tz_to_local(z, zl->t, &c, &off, &dst);
    if (!same_civil(&c, &zl->local) || off != zl->gmtoff || dst != zl->isdst) {
        if (st->mismatches++ < 20)
            printf("# %s %sZ: zdump %s off %ld dst %d, tz %s off %d dst %d\n", zl->zone,
                   fmt_utc(zl->t, b1, sizeof b1), fmt_civil(&zl->local, b2, sizeof b2), zl->gmtoff,
                   zl->isdst, fmt_civil(&c, b1, sizeof b1), (int)off, dst);
        return;
    }
    if (tz_from_local(z, &c, &r) != 0 || r > zl->t || tz_to_local(z, r, &back, NULL, NULL) != 0 ||
        !same_civil(&back, &c)) {
        if (st->from_bad++ < 20)
            printf("# %s: tz_from_local(%s) = %sZ does not map back\n", zl->zone,
                   fmt_civil(&c, b1, sizeof b1), fmt_utc(r, b2, sizeof b2));
    }
    if (!prev || prev->t + 1 != zl->t)
        return;
    /* prev/zl straddle a transition at zl->t. */
    st->transitions++;
    long jump = zl->gmtoff - prev->gmtoff;
    struct tz_civil l;
    if (jump > 0) {
        /* Gap: the first skipped wall time maps to the transition. */
        int64_t lsec = prev->t + prev->gmtoff + 1;
        struct tz_civil d;
        tz_civil_from_days(lsec >= 0 ? lsec / 86400 : -((-lsec + 86399) / 86400), &d);
        int64_t rem = lsec - tz_days_from_civil(d.year, d.month, d.day) * 86400;
        l = civ(d.year, d.month, d.day, (int)(rem / 3600), (int)(rem / 60 % 60), (int)(rem % 60));
        st->gap_checks++;
        if (tz_from_local(z, &l, &r) != 0 || r != zl->t) {
            if (st->from_bad++ < 20)
                printf("# %s gap: tz_from_local(%s) = %sZ, want %sZ\n", zl->zone,
                       fmt_civil(&l, b1, sizeof b1), fmt_utc(r, b2, sizeof b2),
                       fmt_utc(zl->t, b1, sizeof b1));
        }
    } else if (jump < 0 && zl->t + jump > prev_trans) {
        /* Fold: the wall time right after the transition first occurred
         * |jump| seconds earlier. */
        st->fold_checks++;
        if (tz_from_local(z, &zl->local, &r) != 0 || r != zl->t + jump) {
            if (st->from_bad++ < 20)
                printf("# %s fold: tz_from_local(%s) = %sZ, want %sZ\n", zl->zone,
                       fmt_civil(&zl->local, b1, sizeof b1), fmt_utc(r, b2, sizeof b2),
                       fmt_utc(zl->t + jump, b1, sizeof b1));
        }
    }
}

static int oracle(const char *zone, int64_t t, struct tz_civil *c, long *off);

/* End of one zone's lines. A zone without transitions in the range
 * (Etc/GMT+5, UTC) gets only zdump's "= NULL" lines, so glibc is asked
 * through date(1) instead, at two instants. */
static void zone_done(const char *zone, struct tz *z, long lines, struct diff_stats *st)
{
    const int64_t probes[2] = {utc(1950, 6, 1, 12, 0, 0), utc(2050, 6, 1, 12, 0, 0)};
    char b1[32], b2[32];

    if (!zone[0] || !z)
        return;
    if (lines > 0)
        return;
    st->static_zones++;
    for (int i = 0; i < 2; i++) {
        struct tz_civil want, got;
        long woff = 0;
        int32_t off = 0;
        if (oracle(zone, probes[i], &want, &woff) != 0 ||
            tz_to_local(z, probes[i], &got, &off, NULL) != 0 || !same_civil(&got, &want) ||
            off != woff) {
            if (st->mismatches++ < 20)
                printf("# %s %sZ: date(1) %s %+ld, tz %s %+d\n", zone,
                       fmt_utc(probes[i], b1, sizeof b1), fmt_civil(&want, b2, sizeof b2), woff,
                       fmt_civil(&got, b1, sizeof b1), (int)off);
        }
    }
}

/* Reads zdump -v output. Lines of one zone are contiguous; each zone is
 * loaded through tz_load (so CRIER_ZONEINFO decides), unless z_only is
 * given, which then serves every line. */
static void diff_file(const char *path, struct tz *z_only, struct diff_stats *st)
{
    FILE *f = fopen(path, "r");
    char line[512], zone[256] = "", name[256];
    struct zline cur, prev;
    int have_prev = 0;
    long zone_lines = 0;
    struct tz *z = z_only;
    int64_t prev_trans = INT64_MIN;

    if (!f) {
        st->mismatches++;
        printf("# cannot read %s\n", path);
        return;
    }
    while (fgets(line, sizeof line, f)) {
        if (sscanf(line, "%255s", name) != 1)
            continue;
        if (strcmp(name, zone) != 0) {
            if (!z_only) {
                zone_done(zone, z, zone_lines, st);
                tz_free(z);
                z = must_load(name);
                st->zones++;
                st->mismatches += z == NULL;
            }
            snprintf(zone, sizeof zone, "%s", name);
            zone_lines = 0;
            have_prev = 0;
            prev_trans = INT64_MIN;
        }
        if (!parse_zdump_line(line, &cur) || !z)
            continue;
        diff_line(z, &cur, have_prev ? &prev : NULL, prev_trans, st);
        if (have_prev && prev.t + 1 == cur.t && cur.gmtoff != prev.gmtoff)
            prev_trans = cur.t;
        prev = cur;
        have_prev = 1;
        zone_lines++;
    }
    if (!z_only) {
        zone_done(zone, z, zone_lines, st);
        tz_free(z);
    }
    fclose(f);
}

struct names {
    char **v;
    size_t n, cap;
};

static void names_add(struct names *ns, const char *s)
{
    if (ns->n == ns->cap) {
        ns->cap = ns->cap ? 2 * ns->cap : 64;
        ns->v = realloc(ns->v, ns->cap * sizeof *ns->v);
    }
    ns->v[ns->n++] = strdup(s);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every TZif zone under ZI, links included, except posix/ and right/ (copies
 * of the same data, and leap-second variants) and localtime/posixrules
 * (host configuration, not zones). */
static void walk_zones(const char *rel, struct names *ns)
{
    char dirpath[1024];
    DIR *d;
    struct dirent *e;

    snprintf(dirpath, sizeof dirpath, "%s%s%s", ZI, *rel ? "/" : "", rel);
    if (!(d = opendir(dirpath)))
        return;
    while ((e = readdir(d))) {
        char sub[768], full[2048];
        struct stat st, lst;
        if (e->d_name[0] == '.')
            continue;
        snprintf(sub, sizeof sub, "%s%s%s", rel, *rel ? "/" : "", e->d_name);
        if (!*rel && (!strcmp(sub, "posix") || !strcmp(sub, "right") || !strcmp(sub, "localtime") ||
                      !strcmp(sub, "posixrules")))
            continue;
        snprintf(full, sizeof full, "%s/%s", ZI, sub);
        if (lstat(full, &lst) != 0 || stat(full, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            if (!S_ISLNK(lst.st_mode))
                walk_zones(sub, ns);
            continue;
        }
        FILE *f = fopen(full, "rb");
        char magic[4] = {0};
        if (!f)
            continue;
        if (fread(magic, 1, 4, f) == 4 && memcmp(magic, "TZif", 4) == 0 &&
            strspn(sub, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/_+-") ==
                strlen(sub))
            names_add(ns, sub);
        fclose(f);
    }
    closedir(d);
}

/* Runs zdump -v over all zones in `jobs` parallel processes, each writing a
 * file; then compares every line. */
static void test_zdump_all(void)
{
    struct names ns = {0};
    const char *years = getenv("CRIER_TZ_YEARS");
    const char *jobs_env = getenv("CRIER_TZ_JOBS");
    long jobs = jobs_env ? strtol(jobs_env, NULL, 10) : sysconf(_SC_NPROCESSORS_ONLN);
    struct diff_stats st = {0};
    FILE *procs[16];
    int launched = 0, failed = 0;

    if (!years || !*years || strspn(years, "0123456789,") != strlen(years))
        years = "1900,2100";
    if (jobs < 1)
        jobs = 1;
    if (jobs > 16)
        jobs = 16;
    walk_zones("", &ns);
    qsort(ns.v, ns.n, sizeof *ns.v, cmp_str);
    ok(ns.n > 400, "found %zu TZif zones under " ZI, ns.n);
    setenv("CRIER_ZONEINFO", ZI, 1);

    /* Zones interleave across jobs so each gets a similar share. */
    for (long j = 0; j < jobs; j++) {
        size_t cap = 256, len;
        char *cmd = malloc(cap);
        len = (size_t)snprintf(cmd, cap, "TZDIR=" ZI " exec zdump -v -c %s", years);
        for (size_t i = (size_t)j; i < ns.n; i += (size_t)jobs) {
            size_t need = len + strlen(ns.v[i]) + 2;
            if (need + 600 > cap) {
                cap = 2 * (need + 600);
                cmd = realloc(cmd, cap);
            }
            len += (size_t)snprintf(cmd + len, cap - len, " %s", ns.v[i]);
        }
        snprintf(cmd + len, cap - len, " > %s/zdump.%ld", tmpdir, j);
        procs[launched] = popen(cmd, "r");
        if (procs[launched])
            launched++;
        else
            failed++;
        free(cmd);
    }
    for (int j = 0; j < launched; j++)
        failed += pclose(procs[j]) != 0;
    ok(failed == 0, "%ld zdump -v -c %s processes ran", jobs, years);
    for (long j = 0; j < jobs; j++) {
        char path[512];
        snprintf(path, sizeof path, "%s/zdump.%ld", tmpdir, j);
        diff_file(path, NULL, &st);
        unlink(path);
    }
    printf("# zdump differential, years %s: %ld zones, %ld instants, %ld transitions "
           "(%ld gaps, %ld folds also checked through tz_from_local); %ld zones without "
           "transitions in range checked through date(1)\n",
           years, st.zones, st.lines, st.transitions, st.gap_checks, st.fold_checks,
           st.static_zones);
    ok(st.zones == (long)ns.n, "zdump reported all %zu zones (%ld)", ns.n, st.zones);
    ok(st.transitions > 50000, "compared %ld transitions", st.transitions);
    is_int(st.mismatches, 0, "tz_to_local matches zdump at every transition and 1 s before");
    is_int(st.from_bad, 0, "tz_from_local: round trips, gaps -> transition, folds -> first");
    for (size_t i = 0; i < ns.n; i++)
        free(ns.v[i]);
    free(ns.v);
}

/* ---- footer rules against zdump ------------------------------------------ */

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24), p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8), p[3] = (unsigned char)v;
}

static void put64(unsigned char *p, int64_t v)
{
    put32(p, (uint32_t)((uint64_t)v >> 32));
    put32(p + 4, (uint32_t)v);
}

struct tzif_spec {
    char version;
    int timecnt, typecnt;
    const int64_t *trans;
    const unsigned char *idx;
    const int32_t *utoff;
    const unsigned char *isdst;
    const char *footer; /* NULL: version 1 file */
};

/* Builds a TZif image: a minimal v1 block (when version >= 2) then the data
 * block with 64-bit times, every type named "ZZZ", and the footer. */
static size_t build_tzif(unsigned char *out, size_t cap, const struct tzif_spec *s)
{
    size_t n = 0;
    int v1 = s->footer == NULL;
    int tsize = v1 ? 4 : 8;

    memset(out, 0, cap);
    if (!v1) {
        memcpy(out, "TZif", 4);
        out[4] = (unsigned char)s->version;
        put32(out + 36, 1); /* typecnt */
        put32(out + 40, 4); /* charcnt */
        n = 44;
        memcpy(out + n + 6, "UTC", 4);
        n += 10;
    }
    memcpy(out + n, "TZif", 4);
    out[n + 4] = (unsigned char)(v1 ? 0 : s->version);
    put32(out + n + 32, (uint32_t)s->timecnt);
    put32(out + n + 36, (uint32_t)s->typecnt);
    put32(out + n + 40, 4);
    n += 44;
    for (int i = 0; i < s->timecnt; i++, n += (size_t)tsize)
        tsize == 8 ? put64(out + n, s->trans[i]) : put32(out + n, (uint32_t)s->trans[i]);
    for (int i = 0; i < s->timecnt; i++)
        out[n++] = s->idx[i];
    for (int i = 0; i < s->typecnt; i++, n += 6) {
        put32(out + n, (uint32_t)s->utoff[i]);
        out[n + 4] = s->isdst[i];
        out[n + 5] = 0;
    }
    memcpy(out + n, "ZZZ", 4);
    n += 4;
    if (!v1)
        n += (size_t)snprintf((char *)out + n, cap - n, "\n%s\n", s->footer);
    return n;
}

static int write_file(const char *rel, const void *p, size_t n)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, rel);
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    fwrite(p, 1, n, f);
    return fclose(f);
}

static struct tz *footer_zone(const char *footer, int32_t std_utoff)
{
    unsigned char buf[512];
    int32_t utoff[1] = {std_utoff};
    unsigned char isdst[1] = {0};
    struct tzif_spec s = {'3', 0, 1, NULL, NULL, utoff, isdst, footer};
    struct tz *z = NULL;
    size_t n = build_tzif(buf, sizeof buf, &s);
    int rc = tz_parse(buf, n, &z);
    if (rc != 0)
        printf("# footer %s: tz_parse = %d\n", footer, rc);
    return z;
}

/* glibc takes these as TZ strings directly (no such file exists), so zdump
 * lists their transitions; a zone with no transition table and the string as
 * its footer must agree. */
static void test_footers(void)
{
    static const struct {
        const char *tz;
        int32_t std;
    } cases[] = {
        {"<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", -10800}, /* Nuuk 2023 style, negative hours */
        {"<-02>2<-01>,M3.5.0/-1,M10.5.0/0", -7200},   /* Nuuk today */
        {"XXX3YYY,J60/2,J300/2", -10800},             /* Julian, Feb 29 not counted */
        {"XXX3YYY,59/2,299/2", -10800},               /* zero-based, Feb 29 counted */
        {"AEST-10AEDT,M10.1.0,M4.1.0/3", 36000},      /* southern hemisphere */
        {"IST-1GMT0,M10.5.0,M3.5.0/1", 3600},         /* Dublin: negative DST */
        {"<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45", 45900},
        {"EET-2EEST,M3.4.4/50,M10.4.4/50", 7200}, /* 50 h: Thursday -> Saturday */
        {"CST6CDT,M3.2.0/0,M11.1.0/1", -21600},
        {"XXX5YYY4,M3.2.0/-25,M11.1.0/30:30", -18000},
        {"<+0330>-3:30<+0430>,J79/24,J263/24", 12600}, /* Iran 2016 style */
        {"ZZZ0YYY-2,J2/0,J365/24", 0},                 /* DST nearly all year */
        {"WET0WEST,M3.5.0/1,M10.5.0", 0},
    };
    struct diff_stats st = {0};
    long per_case_lines[sizeof cases / sizeof cases[0]];
    int all_loaded = 1;

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct tz *z = footer_zone(cases[i].tz, cases[i].std);
        char cmd[512], path[300];
        long before = st.lines;
        if (!z) {
            all_loaded = 0;
            continue;
        }
        snprintf(path, sizeof path, "%s/footer.out", tmpdir);
        snprintf(cmd, sizeof cmd, "TZDIR=" ZI " zdump -v -c 1990,2110 '%s' > %s", cases[i].tz,
                 path);
        if (system(cmd) != 0)
            st.mismatches++;
        diff_file(path, z, &st);
        unlink(path);
        per_case_lines[i] = st.lines - before;
        if (per_case_lines[i] < 400) {
            printf("# %s: only %ld zdump lines\n", cases[i].tz, per_case_lines[i]);
            st.mismatches++;
        }
        tz_free(z);
    }
    ok(all_loaded, "every footer string parses");
    printf("# footer strings vs zdump 1990-2110: %zu strings, %ld instants, %ld transitions\n",
           sizeof cases / sizeof cases[0], st.lines, st.transitions);
    is_int(st.mismatches, 0, "footer rules match zdump at every transition and 1 s before");
    is_int(st.from_bad, 0, "footer rules: tz_from_local gaps and folds");

    /* DST all year: "EST5EDT,0/0,J365/25" (RFC 8536 3.3.1). zdump sees no
     * transitions, so check instants by hand. */
    struct tz *z = footer_zone("EST5EDT,0/0,J365/25", -18000);
    int32_t off = 0;
    int dst = 0, good = z != NULL;
    for (int y = 2020; z && y < 2030; y++) {
        int64_t probes[] = {utc(y, 1, 1, 0, 0, 0), utc(y, 1, 1, 5, 0, 0), utc(y, 6, 1, 0, 0, 0),
                            utc(y, 12, 31, 23, 59, 59)};
        for (size_t k = 0; k < 4; k++) {
            tz_to_local(z, probes[k], NULL, &off, &dst);
            good &= off == -14400 && dst == 1;
        }
    }
    ok(good, "EST5EDT,0/0,J365/25 is EDT all year");
    tz_free(z);
    /* zdump -v samples every 12 hours, so it misses the 2-hour standard-time
     * window of this rule (Dec 31 22:00Z to Jan 1 00:00Z); date(1) does not. */
    z = footer_zone("ZZZ0YYY-2,J1/0,J365/24", 0);
    const int64_t probes[] = {utc(2021, 12, 31, 21, 59, 59), utc(2021, 12, 31, 22, 0, 0),
                              utc(2021, 12, 31, 23, 59, 59), utc(2022, 1, 1, 0, 0, 0)};
    good = z != NULL;
    for (size_t k = 0; z && k < sizeof probes / sizeof probes[0]; k++) {
        struct tz_civil want, got;
        long woff = 0;
        good &= oracle("ZZZ0YYY-2,J1/0,J365/24", probes[k], &want, &woff) == 0 &&
                tz_to_local(z, probes[k], &got, &off, NULL) == 0 && same_civil(&got, &want) &&
                off == woff;
    }
    ok(good, "ZZZ0YYY-2,J1/0,J365/24: a 2-hour standard window, as glibc has it");
    tz_free(z);
    z = footer_zone("GMT0", 0);
    good = z != NULL;
    if (z) {
        tz_to_local(z, utc(2090, 7, 1, 0, 0, 0), NULL, &off, &dst);
        good = off == 0 && dst == 0;
    }
    ok(good, "a footer without DST");
    tz_free(z);
}

/* ---- America/Nuuk and the far future: check against glibc via date(1) ---- */

/* The wall time and offset glibc gives for zone at t (TZ set in a child). */
static int oracle(const char *zone, int64_t t, struct tz_civil *c, long *off)
{
    char cmd[512], out[128];
    int sign_h, m;
    snprintf(cmd, sizeof cmd,
             "TZDIR=" ZI " TZ=':%s' date -d @%lld '+%%Y %%m %%d %%H %%M %%S %%z' 2>/dev/null", zone,
             (long long)t);
    FILE *f = popen(cmd, "r");
    if (!f)
        return -1;
    char *got = fgets(out, sizeof out, f);
    pclose(f);
    if (!got || sscanf(out, "%d %d %d %d %d %d %3d%2d", &c->year, &c->month, &c->day, &c->hour,
                       &c->minute, &c->second, &sign_h, &m) != 8)
        return -1;
    *off = (out[strlen(out) - 6] == '-' ? -1 : 1) *
           ((sign_h < 0 ? -sign_h : sign_h) * 3600L + m * 60L);
    return 0;
}

static void check_oracle(const char *zone, int64_t t)
{
    struct tz *z = must_load(zone);
    struct tz_civil want, got;
    long woff = 0;
    int32_t off = 0;
    char b1[32], b2[32];

    if (!z || oracle(zone, t, &want, &woff) != 0) {
        ok(0, "%s: load and date(1) oracle", zone);
        tz_free(z);
        return;
    }
    tz_to_local(z, t, &got, &off, NULL);
    ok(same_civil(&got, &want) && off == woff, "%s at %sZ: %s %+ld (glibc)", zone,
       fmt_utc(t, b1, sizeof b1), fmt_civil(&want, b2, sizeof b2), woff);
    if (!same_civil(&got, &want) || off != woff)
        printf("#   got %s %+d\n", fmt_civil(&got, b1, sizeof b1), (int)off);
    tz_free(z);
}

static void test_nuuk_and_future(void)
{
    struct tz *z = must_load("America/Nuuk");
    int32_t off = 0;
    int dst = -1;

    ok(z != NULL, "America/Nuuk loads");
    if (z) {
        /* tzdata 2023a+: -02 standard, DST (-01) from 2024 on. */
        tz_to_local(z, utc(2026, 1, 15, 12, 0, 0), NULL, &off, &dst);
        ok(off == -7200 && dst == 0, "Nuuk January 2026: -02 standard (%d, %d)", (int)off, dst);
        tz_to_local(z, utc(2030, 7, 15, 12, 0, 0), NULL, &off, &dst);
        ok(off == -3600 && dst == 1, "Nuuk July 2030: -01 DST (%d, %d)", (int)off, dst);
        tz_free(z);
    }
    const int64_t nuuk[] = {utc(2026, 1, 15, 12, 0, 0), utc(2026, 3, 29, 0, 59, 59),
                            utc(2026, 3, 29, 1, 0, 0),  utc(2026, 7, 15, 12, 0, 0),
                            utc(2030, 1, 15, 12, 0, 0), utc(2030, 3, 31, 1, 0, 0),
                            utc(2030, 7, 15, 12, 0, 0), utc(2030, 10, 27, 1, 0, 0)};
    for (size_t i = 0; i < sizeof nuuk / sizeof nuuk[0]; i++)
        check_oracle("America/Nuuk", nuuk[i]);
    static const char *zones[] = {"Europe/Paris", "America/New_York", "Australia/Sydney",
                                  "America/Nuuk", "Europe/Dublin",    "America/Santiago"};
    for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++) {
        check_oracle(zones[i], utc(2090, 1, 10, 12, 0, 0));
        check_oracle(zones[i], utc(2090, 7, 10, 12, 0, 0));
    }
    check_oracle("Europe/Paris", utc(2090, 3, 26, 1, 0, 0));
    check_oracle("Europe/Paris", utc(2090, 3, 26, 0, 59, 59));
}

/* ---- hostile input --------------------------------------------------------- */

static unsigned char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    unsigned char *buf = malloc(1 << 16);
    *n = f ? fread(buf, 1, 1 << 16, f) : 0;
    if (f)
        fclose(f);
    return buf;
}

static int parse_copy(const unsigned char *p, size_t n)
{
    /* An exact-size heap copy, so ASan flags any read past the end. */
    unsigned char *copy = malloc(n ? n : 1);
    struct tz *z = NULL;
    memcpy(copy, p, n);
    int rc = tz_parse(copy, n, &z);
    free(copy);
    if (rc == 0) {
        /* Whatever was accepted must be usable. */
        struct tz_civil c = civ(2026, 3, 29, 2, 30, 0);
        int64_t t;
        for (int64_t s = -4000000000LL; s < 5000000000LL; s += 123456789)
            tz_to_local(z, s, &c, NULL, NULL);
        tz_from_local(z, &c, &t);
        tz_next_slot(z, 1700000000, 2, 30, &t, &c);
        tz_free(z);
    } else if (z) {
        rc = 1000; /* *out must be NULL on error */
    }
    return rc;
}

static int be32_at(const unsigned char *p)
{
    return (int)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]);
}

static void test_hostile(void)
{
    size_t n;
    unsigned char *paris = slurp(ZI "/Europe/Paris", &n);
    unsigned char buf[4096];
    int bad;

    is_int(parse_copy(paris, n), 0, "Europe/Paris image parses");

    bad = 0;
    for (size_t k = 0; k < n; k++) {
        int rc = parse_copy(paris, k);
        if (rc != -EINVAL && bad++ < 3)
            printf("# prefix %zu: %d\n", k, rc);
    }
    is_int(bad, 0, "every one of the %zu truncations gives -EINVAL", n);

    /* Offsets into the image: v1 header at 0, v2 header after the v1 block. */
    size_t v1len = 44 + (size_t)be32_at(paris + 32) * 5 + (size_t)be32_at(paris + 36) * 6 +
                   (size_t)be32_at(paris + 40) + (size_t)be32_at(paris + 28) * 8 +
                   (size_t)be32_at(paris + 24) + (size_t)be32_at(paris + 20);
    unsigned char *h2 = NULL;
    memcpy(buf, paris, n);
    h2 = buf + v1len;
    ok(memcmp(h2, "TZif", 4) == 0, "second header found at %zu", v1len);
    int tc = be32_at(h2 + 32), ty = be32_at(h2 + 36);
    unsigned char *trans = h2 + 44, *idx = trans + 8 * tc, *ttinfo = idx + tc;
    struct {
        const char *what;
        unsigned char *at;
        size_t len;
        const char *bytes;
    } muts[] = {
        {"wrong magic", buf, 4, "TZiF"},
        {"version '1'", buf + 4, 1, "1"},
        {"second header wrong magic", h2, 4, "XZif"},
        {"second header version 0", h2 + 4, 1, "\0"},
        {"huge v1 timecnt", buf + 32, 4, "\xff\xff\xff\xff"},
        {"huge v2 timecnt", h2 + 32, 4, "\xff\xff\xff\xff"},
        {"huge v2 charcnt", h2 + 40, 4, "\x7f\xff\xff\xff"},
        {"huge leapcnt", h2 + 28, 4, "\x40\x00\x00\x00"},
        {"typecnt 0", h2 + 36, 4, "\0\0\0\0"},
        {"typecnt 257", h2 + 36, 4, "\0\0\x01\x01"},
        {"charcnt 0", h2 + 40, 4, "\0\0\0\0"},
        {"isstdcnt != typecnt", h2 + 24, 4, "\0\0\0\x01"},
        {"transition type out of range", idx + 3, 1, "\x7f"},
        {"transitions out of order", trans + 8, 8, "\x80\0\0\0\0\0\0\0"},
        {"utoff INT32_MIN", ttinfo, 4, "\x80\0\0\0"},
        {"utoff +26 h", ttinfo, 4, "\0\x01\x6d\xa0"},
        {"isdst 2", ttinfo + 4, 1, "\x02"},
        {"designation index out of range", ttinfo + 5, 1, "\xf0"},
        {"footer without leading newline", buf + n - 28, 1, "X"},
        {"footer without final newline", buf + n - 1, 1, "X"},
        {"footer with a NUL", buf + n - 10, 1, "\0"},
    };
    (void)ty;
    for (size_t i = 0; i < sizeof muts / sizeof muts[0]; i++) {
        memcpy(buf, paris, n);
        memcpy(muts[i].at, muts[i].bytes, muts[i].len);
        is_int(parse_copy(buf, n), -EINVAL, "%s -> -EINVAL", muts[i].what);
    }
    /* Chars array without its final NUL, in a hand-built file. */
    {
        int32_t utoff[1] = {3600};
        unsigned char isdst[1] = {0};
        struct tzif_spec s = {'2', 0, 1, NULL, NULL, utoff, isdst, "CET-1"};
        size_t m = build_tzif(buf, sizeof buf, &s);
        is_int(parse_copy(buf, m), 0, "hand-built v2 file with footer CET-1");
        put32(buf + 36, 0); /* v1 block: typecnt 0, its 10 bytes all "chars" */
        put32(buf + 40, 10);
        is_int(parse_copy(buf, m), 0, "the skipped v1 block only needs a consistent size");
        put32(buf + 40, 11);
        is_int(parse_copy(buf, m), -EINVAL, "a v1 block size that is off -> -EINVAL");
        m = build_tzif(buf, sizeof buf, &s);
        buf[m - 8] = 'X'; /* the NUL after "ZZZ" */
        is_int(parse_copy(buf, m), -EINVAL, "designation without NUL -> -EINVAL");
        s.footer = NULL;
        m = build_tzif(buf, sizeof buf, &s);
        is_int(parse_copy(buf, m), 0, "hand-built v1 file");
        struct tz *z = NULL;
        int32_t off = 0;
        tz_parse(buf, m, &z);
        if (z)
            tz_to_local(z, utc(2090, 1, 1, 0, 0, 0), NULL, &off, NULL);
        is_int(off, 3600, "v1 file: its one type applies");
        tz_free(z);
        s.footer = "CET-1";
        m = build_tzif(buf, sizeof buf, &s);
        put32(buf + 44 + 10 + 28, 1); /* leapcnt = 1, no room for it */
        is_int(parse_copy(buf, m), -EINVAL, "leapcnt past the end -> -EINVAL");
    }
    /* Transitions and isut/isstd, hand-built: isut set without isstd. */
    {
        int64_t tr[2] = {0, 100};
        unsigned char ix[2] = {1, 0};
        int32_t utoff[2] = {0, 3600};
        unsigned char isdst[2] = {0, 1};
        struct tzif_spec s = {'3', 2, 2, tr, ix, utoff, isdst, ""};
        size_t m = build_tzif(buf, sizeof buf, &s);
        is_int(parse_copy(buf, m), 0, "hand-built file with an empty footer");
        struct tz *z = NULL;
        int32_t off = -1;
        int dst = -1;
        tz_parse(buf, m, &z);
        if (z) {
            tz_to_local(z, 50, NULL, &off, &dst);
            ok(off == 3600 && dst == 1, "between transitions: the table's type");
            tz_to_local(z, -50, NULL, &off, &dst);
            ok(off == 0 && dst == 0, "before the first transition: type 0");
            tz_to_local(z, 1000000000, NULL, &off, &dst);
            ok(off == 0 && dst == 0, "after the last, empty footer: the last type");
        }
        tz_free(z);
        tr[1] = 0;
        m = build_tzif(buf, sizeof buf, &s);
        is_int(parse_copy(buf, m), -EINVAL, "equal transition times -> -EINVAL");
        /* Before the first transition type 0 applies (RFC 8536 3.2), even
         * when it is DST and a standard type follows. */
        tr[1] = 100;
        ix[0] = 0, ix[1] = 1;
        isdst[0] = 1, isdst[1] = 0;
        m = build_tzif(buf, sizeof buf, &s);
        z = NULL;
        tz_parse(buf, m, &z);
        off = -1;
        if (z)
            tz_to_local(z, -50, NULL, &off, &dst);
        ok(off == 0 && dst == 1, "type 0 is DST: type 0 still applies before the first");
        tz_free(z);
    }

    static const char *bad_footers[] = {
        "CET",
        "CET-",
        "CET-1CEST",                     /* DST without a rule */
        "CET-1CEST,M3.5.0",              /* one date */
        "CET-1CEST,M3.5.0,M10.5.0,",     /* trailing comma */
        "CET-1CEST,M13.5.0,M10.5.0",     /* month 13 */
        "CET-1CEST,M3.6.0,M10.5.0",      /* week 6 */
        "CET-1CEST,M3.5.7,M10.5.0",      /* weekday 7 */
        "CET-1CEST,M3.5.0/168,M10.5.0",  /* hour 168 */
        "CET-1CEST,M3.5.0/-168,M10.5.0", /* hour -168 */
        "CET-1CEST,M3.5.0/1:60,M10.5.0", /* minute 60 */
        "CET-1CEST,J0,M10.5.0",          /* Julian 0 */
        "CET-1CEST,J366,M10.5.0",        /* Julian 366 */
        "CET-1CEST,366,M10.5.0",         /* day 366 */
        "CET-25",                        /* offset over 24 h */
        "CE-1",                          /* 2-letter designation */
        "<CE>-1",                        /* 2-character quoted designation */
        "<CET-1",                        /* unterminated < */
        "<C T>-1",                       /* space in a designation */
        "CET-1:",                        /* minutes missing */
        "CET-1CEST-2-3,M3.5.0,M10.5.0",  /* two offsets */
        "CET-1 ",
        " CET-1",
        "CET+-1",
        "CET-1CEST,M3.5.0/,M10.5.0",
        "CET-1CEST,M3..0,M10.5.0",
        "CET-1CEST,M3.5.0,M10.5.0/3x",
        "CET-99999999999999999999",
        "\xff\xfe",
    };
    bad = 0;
    for (size_t i = 0; i < sizeof bad_footers / sizeof bad_footers[0]; i++) {
        int32_t utoff[1] = {3600};
        unsigned char isdst[1] = {0};
        struct tzif_spec s = {'3', 0, 1, NULL, NULL, utoff, isdst, bad_footers[i]};
        size_t m = build_tzif(buf, sizeof buf, &s);
        int rc = parse_copy(buf, m);
        if (rc != -EINVAL) {
            printf("# footer \"%s\": %d\n", bad_footers[i], rc);
            bad++;
        }
    }
    is_int(bad, 0, "%zu garbage footers -> -EINVAL", sizeof bad_footers / sizeof bad_footers[0]);

    /* Random byte flips over three real images: only 0, -EINVAL or -ENOTSUP
     * (a leap count that happens to fit), never a crash or an overread. */
    static const char *seeds[] = {ZI "/Europe/Paris", ZI "/America/Nuuk", ZI "/Pacific/Apia"};
    uint64_t rng = 0x9E3779B97F4A7C15ULL;
    int odd = 0, accepted = 0, runs = 0;
    for (size_t s = 0; s < 3; s++) {
        size_t m;
        unsigned char *img = slurp(seeds[s], &m);
        for (int it = 0; it < 4000; it++, runs++) {
            memcpy(buf, img, m);
            int flips = 1 + it % 4;
            for (int f = 0; f < flips; f++) {
                rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
                size_t pos = (size_t)(rng >> 33) % m;
                /* Half the flips hit the headers, where counts live. */
                if (it & 1)
                    pos = (size_t)(rng >> 33) % 44 + ((rng >> 20) & 1 ? v1len : 0);
                if (pos >= m)
                    pos = m - 1;
                buf[pos] = (unsigned char)(rng >> 56);
            }
            int rc = parse_copy(buf, m);
            accepted += rc == 0;
            if (rc != 0 && rc != -EINVAL && rc != -ENOTSUP && odd++ < 3)
                printf("# mutation %d of %s: %d\n", it, seeds[s], rc);
        }
        free(img);
    }
    ok(odd == 0, "%d random corruptions: 0, -EINVAL or -ENOTSUP (%d still valid)", runs, accepted);

    /* The same through tz_load with CRIER_ZONEINFO pointing at our files. */
    char sub[400];
    snprintf(sub, sizeof sub, "%s/Hostile", tmpdir);
    mkdir(sub, 0700);
    setenv("CRIER_ZONEINFO", tmpdir, 1);
    write_file("Hostile/Empty", "", 0);
    write_file("Hostile/Short", paris, 30);
    write_file("Hostile/Half", paris, n / 2);
    write_file("Hostile/NoFooterEnd", paris, n - 1);
    write_file("Hostile/Text", "# not a zone\n", 13);
    memcpy(buf, paris, n);
    put32(buf + v1len + 32, 0xFFFFFFFFu);
    write_file("Hostile/HugeCount", buf, n);
    write_file("Hostile/Good", paris, n);
    struct tz *z = NULL;
    static const char *inval[] = {
        "Hostile/Empty", "Hostile/Short",     "Hostile/Half", "Hostile/NoFooterEnd",
        "Hostile/Text",  "Hostile/HugeCount", "Hostile"};
    bad = 0;
    for (size_t i = 0; i < sizeof inval / sizeof inval[0]; i++) {
        int rc = tz_load(inval[i], &z);
        if (rc != -EINVAL || z) {
            printf("# tz_load(%s) = %d\n", inval[i], rc);
            bad++;
        }
    }
    is_int(bad, 0, "corrupt files under CRIER_ZONEINFO -> -EINVAL");
    is_int(tz_load("Hostile/Good", &z), 0, "a good copy under CRIER_ZONEINFO loads");
    tz_free(z);
    is_int(tz_load("Hostile/Missing", &z), -ENOENT, "missing zone -> -ENOENT");
    char longname[300];
    memset(longname, 'a', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    static const char *names[] = {"../etc/passwd",    "/etc/passwd",    "Europe/../Paris",
                                  "Europe//Paris",    "Europe/",        "",
                                  "Europe/Paris ",    "Europe/Paris\n", "Europe\\Paris",
                                  "Europe/Paris.tab", "Hostile/Good;rm"};
    bad = 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        bad += tz_load(names[i], &z) != -EINVAL;
    bad += tz_load(longname, &z) != -EINVAL;
    is_int(bad, 0, "bad zone names -> -EINVAL");
    unsetenv("CRIER_ZONEINFO");
    is_int(tz_load("right/UTC", &z), -ENOTSUP, "right/UTC (leap seconds) -> -ENOTSUP");
    tz_free(z);
    free(paris);
}

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb, (void)flag, (void)ftw;
    return remove(path);
}

int main(void)
{
    const char *base = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/crier-tz-XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(tmpdir)) {
        printf("Bail out! mkdtemp\n");
        return 1;
    }
    unsetenv("CRIER_ZONEINFO");
    test_calendar();
    test_known();
    test_slots();
    test_hostile();
    if (has_zdump()) {
        test_nuuk_and_future();
        test_footers();
        test_zdump_all();
    } else {
        ok(1, "# SKIP zdump not installed (Debian libc-bin)");
    }
    nftw(tmpdir, rm_entry, 8, FTW_DEPTH | FTW_PHYS);
    return done_testing();
}
