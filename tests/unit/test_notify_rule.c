/* Unit tests for src/notify_rule.c: every rule line of notify_rule.h (level
 * none, silent, breaking, importance 2, 0 and 1, selections at once or at
 * the reader's hour, quiet hours), quiet windows crossing midnight or not,
 * a quiet end inside a DST gap or a fold, and "my selection hour" 08:15
 * across the 2026 DST changes of America/Montreal and Europe/Paris. Each
 * expected instant is written out by hand in UTC, and read back with
 * tz_to_local to be 08:15 on the local clock. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "notify_rule.h"
#include "tap.h"
#include "tz.h"

static struct tz *montreal, *paris, *utc;

/* ms of a UTC calendar time. */
static int64_t utc_ms(int y, int mo, int d, int h, int mi)
{
    return (tz_days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60) * 1000;
}

static struct tz *load(const char *name)
{
    struct tz *z = NULL;
    int rc = tz_load(name, &z);
    if (rc < 0) {
        printf("Bail out! tz_load(%s) = %d\n", name, rc);
        exit(1);
    }
    return z;
}

static struct notify_prefs prefs(int level, const struct tz *z)
{
    struct notify_prefs p = {.level = level, .tz = z, .quiet_from = -1, .quiet_to = -1};
    p.sel_at[0] = p.sel_at[1] = -1;
    return p;
}

static const struct notify_item post0 = {0, NOTIFY_SLOT_NONE, 0, 0};
static const struct notify_item post1 = {0, NOTIFY_SLOT_NONE, 1, 0};
static const struct notify_item post2 = {0, NOTIFY_SLOT_NONE, 2, 0};
static const struct notify_item breaking = {0, NOTIFY_SLOT_NONE, 3, 0};
static const struct notify_item morning = {1, NOTIFY_SLOT_MORNING, 1, 0};
static const struct notify_item evening = {1, NOTIFY_SLOT_EVENING, 1, 0};

/* Checks that ms reads hh:mm on z's clock, with the DST flag want_dst. */
static void local_is(const struct tz *z, int64_t ms, int hh, int mm, int want_dst, const char *what)
{
    struct tz_civil c;
    int dst = -1;

    tz_to_local(z, ms / 1000, &c, NULL, &dst);
    ok(c.hour == hh && c.minute == mm && c.second == 0 && ms % 1000 == 0, "%s: local %02d:%02d",
       what, hh, mm);
    if (c.hour != hh || c.minute != mm)
        printf("#   got %04d-%02d-%02d %02d:%02d:%02d\n", c.year, c.month, c.day, c.hour, c.minute,
               c.second);
    is_int(dst, want_dst, "%s: DST flag", what);
}

static void test_parse_hhmm(void)
{
    is_int(notify_parse_hhmm("00:00"), 0, "00:00");
    is_int(notify_parse_hhmm("07:30"), 450, "07:30");
    is_int(notify_parse_hhmm("23:59"), 1439, "23:59");
    is_int(notify_parse_hhmm("24:00"), -1, "24:00 refused");
    is_int(notify_parse_hhmm("12:60"), -1, "12:60 refused");
    is_int(notify_parse_hhmm("7:30"), -1, "one-digit hour refused");
    is_int(notify_parse_hhmm("07:300"), -1, "trailing digit refused");
    is_int(notify_parse_hhmm("07-30"), -1, "no colon refused");
    is_int(notify_parse_hhmm("ab:cd"), -1, "letters refused");
    is_int(notify_parse_hhmm(" 7:30"), -1, "a space refused");
    is_int(notify_parse_hhmm(""), -1, "empty refused");
    is_int(notify_parse_hhmm("07:"), -1, "cut short refused");
    is_int(notify_parse_hhmm(NULL), -1, "NULL refused");
}

static void test_window(void)
{
    /* 09:00-17:00, not crossing midnight */
    is_int(notify_in_window(540, 1020, 539), 0, "08:59 before a day window");
    is_int(notify_in_window(540, 1020, 540), 1, "09:00 is its start, inside");
    is_int(notify_in_window(540, 1020, 1019), 1, "16:59 inside");
    is_int(notify_in_window(540, 1020, 1020), 0, "17:00 is its end, outside");
    /* 22:00-07:00, crossing midnight */
    is_int(notify_in_window(1320, 420, 1319), 0, "21:59 before a night window");
    is_int(notify_in_window(1320, 420, 1320), 1, "22:00 inside");
    is_int(notify_in_window(1320, 420, 0), 1, "00:00 inside");
    is_int(notify_in_window(1320, 420, 419), 1, "06:59 inside");
    is_int(notify_in_window(1320, 420, 420), 0, "07:00 outside");
    is_int(notify_in_window(1320, 420, 720), 0, "noon outside");
    /* from == to: no window */
    int any = 0;
    for (int m = 0; m < 1440; m++)
        any |= notify_in_window(600, 600, m);
    is_int(any, 0, "from == to: no minute is inside");
    is_int(notify_in_window(-1, -1, 0), 0, "-1: no quiet hours");
}

static void test_levels(void)
{
    int64_t now = utc_ms(2026, 5, 4, 12, 0) + 345, due = -1;
    const struct notify_item silent_breaking = {0, NOTIFY_SLOT_NONE, 3, 1};
    const struct notify_item silent_sel = {1, NOTIFY_SLOT_MORNING, 1, 1};
    struct notify_prefs p = prefs(NOTIFY_NONE, utc);

    is_int(notify_decide(&p, &breaking, now, &due), NOTIFY_NEVER, "none: breaking never rings");
    is_int(notify_decide(&p, &morning, now, &due), NOTIFY_NEVER, "none: a selection never rings");
    is_int(notify_decide(&p, &post2, now, &due), NOTIFY_NEVER, "none: importance 2 never rings");

    p = prefs(NOTIFY_ALL, utc);
    is_int(notify_decide(&p, &silent_breaking, now, &due), NOTIFY_NEVER,
           "all: a silent post never rings, breaking or not");
    is_int(notify_decide(&p, &silent_sel, now, &due), NOTIFY_NEVER, "a silent selection neither");

    for (int level = NOTIFY_SELECTIONS; level <= NOTIFY_ALL; level++) {
        p = prefs(level, utc);
        due = -1;
        is_int(notify_decide(&p, &breaking, now, &due), NOTIFY_NOW, "level %d: breaking rings",
               level);
        is_int(due, now, "level %d: at once", level);
        due = -1;
        is_int(notify_decide(&p, &morning, now, &due), NOTIFY_NOW, "level %d: a selection rings",
               level);
        is_int(due, now, "level %d: at once (no hour of the reader's)", level);
        is_int(notify_decide(&p, &post2, now, &due), level >= NOTIFY_IMPORTANT ? NOTIFY_NOW : 0,
               "level %d: importance 2 rings for important and all only", level);
        is_int(notify_decide(&p, &post1, now, &due), level == NOTIFY_ALL ? NOTIFY_NOW : 0,
               "level %d: importance 1 rings for all only", level);
        is_int(notify_decide(&p, &post0, now, &due), level == NOTIFY_ALL ? NOTIFY_NOW : 0,
               "level %d: importance 0 rings for all only", level);
    }

    const struct notify_item manual = {1, NOTIFY_SLOT_NONE, 1, 0};
    p = prefs(NOTIFY_SELECTIONS, utc);
    p.sel_at[0] = p.sel_at[1] = 8 * 60;
    is_int(notify_decide(&p, &manual, now, &due), NOTIFY_NOW,
           "a manual selection (no slot) rings at once even with reader hours");
    is_int(due, now, "at now");

    is_str(notify_urgency(&breaking), "high", "breaking: urgency high");
    is_str(notify_urgency(&post2), "normal", "importance 2: normal");
    is_str(notify_urgency(&post0), "normal", "importance 0: normal");
    is_str(notify_urgency(&morning), "normal", "a selection: normal");
}

/* 22:00-07:00 in Paris, in May (CEST, UTC+2). */
static void test_quiet_crossing(void)
{
    struct notify_prefs p = prefs(NOTIFY_ALL, paris);
    int64_t due;

    p.quiet_from = 22 * 60;
    p.quiet_to = 7 * 60;

    /* 23:30 CEST on 4 May = 21:30Z: held until 07:00 CEST on 5 May = 05:00Z */
    due = 0;
    is_int(notify_decide(&p, &post1, utc_ms(2026, 5, 4, 21, 30) + 17, &due), NOTIFY_HELD,
           "23:30: held");
    is_int(due, utc_ms(2026, 5, 5, 5, 0), "until 07:00 the next morning (05:00Z)");
    local_is(paris, due, 7, 0, 1, "quiet end");

    /* 03:00 CEST on 5 May = 01:00Z: held until 07:00 the same day */
    is_int(notify_decide(&p, &post2, utc_ms(2026, 5, 5, 1, 0), &due), NOTIFY_HELD, "03:00: held");
    is_int(due, utc_ms(2026, 5, 5, 5, 0), "until 07:00 the same day");

    is_int(notify_decide(&p, &post1, utc_ms(2026, 5, 4, 20, 0), &due), NOTIFY_HELD,
           "22:00 sharp: held");
    is_int(notify_decide(&p, &post1, utc_ms(2026, 5, 4, 19, 59), &due), NOTIFY_NOW, "21:59: rings");
    is_int(notify_decide(&p, &post1, utc_ms(2026, 5, 5, 5, 0), &due), NOTIFY_NOW,
           "07:00 sharp: rings");
    is_int(due, utc_ms(2026, 5, 5, 5, 0), "at now");
    is_int(notify_decide(&p, &post1, utc_ms(2026, 5, 5, 4, 59) + 999, &due), NOTIFY_HELD,
           "06:59:59.999: held");
    is_int(due, utc_ms(2026, 5, 5, 5, 0), "for one millisecond");

    /* What quiet hours do not hold */
    int64_t night = utc_ms(2026, 5, 4, 23, 0);
    is_int(notify_decide(&p, &breaking, night, &due), NOTIFY_NOW, "breaking: at once at 01:00");
    is_int(due, night, "now");
    is_int(notify_decide(&p, &morning, night, &due), NOTIFY_HELD,
           "a selection at the channel's hour is held");
    is_int(due, utc_ms(2026, 5, 5, 5, 0), "until 07:00");
    p.sel_at[NOTIFY_SLOT_MORNING] = 6 * 60 + 30;
    is_int(notify_decide(&p, &morning, night, &due), NOTIFY_MYHOUR,
           "a selection at the reader's own hour is not held");
    is_int(due, utc_ms(2026, 5, 5, 4, 30), "06:30 CEST, inside the quiet hours");
    is_int(notify_decide(&p, &evening, night, &due), NOTIFY_HELD,
           "the evening slot has no reader hour: held");

    p.quiet_from = p.quiet_to = 600;
    is_int(notify_decide(&p, &post1, night, &due), NOTIFY_NOW, "from == to: nothing is held");

    p.quiet_from = 22 * 60;
    p.quiet_to = 7 * 60;
    p.tz = NULL;
    is_int(notify_decide(&p, &post1, night, &due), -EINVAL, "quiet hours without a zone");
}

/* 12:00-14:00 in Montreal, in July (EDT, UTC-4). */
static void test_quiet_day(void)
{
    struct notify_prefs p = prefs(NOTIFY_IMPORTANT, montreal);
    int64_t due;

    p.quiet_from = 12 * 60;
    p.quiet_to = 14 * 60;
    is_int(notify_decide(&p, &post2, utc_ms(2026, 7, 1, 17, 0), &due), NOTIFY_HELD,
           "13:00 EDT: held");
    is_int(due, utc_ms(2026, 7, 1, 18, 0), "until 14:00 EDT (18:00Z)");
    local_is(montreal, due, 14, 0, 1, "day window end");
    is_int(notify_decide(&p, &post2, utc_ms(2026, 7, 1, 15, 59), &due), NOTIFY_NOW, "11:59: rings");
    is_int(notify_decide(&p, &post2, utc_ms(2026, 7, 1, 18, 0), &due), NOTIFY_NOW, "14:00: rings");
    is_int(notify_decide(&p, &post2, utc_ms(2026, 7, 2, 3, 0), &due), NOTIFY_NOW,
           "23:00: outside a window that does not cross midnight");
    is_int(notify_decide(&p, &post1, utc_ms(2026, 7, 1, 17, 0), &due), NOTIFY_NEVER,
           "what does not ring is not held either");
}

/* Quiet ends that fall in a spring-forward gap or a fall-back fold. */
static void test_quiet_dst(void)
{
    struct notify_prefs p = prefs(NOTIFY_ALL, montreal);
    int64_t due;

    /* Montreal, 8 March 2026: 02:00 EST -> 03:00 EDT at 07:00Z; 02:30 never
     * happens, so 23:00-02:30 ends at the transition instant. */
    p.quiet_from = 23 * 60;
    p.quiet_to = 2 * 60 + 30;
    is_int(notify_decide(&p, &post1, utc_ms(2026, 3, 8, 6, 30), &due), NOTIFY_HELD,
           "Montreal 01:30 EST: held");
    is_int(due, utc_ms(2026, 3, 8, 7, 0), "until the transition, 07:00Z");
    local_is(montreal, due, 3, 0, 1, "a quiet end in the gap");

    /* Paris, 29 March 2026: 02:00 CET -> 03:00 CEST at 01:00Z. */
    p.tz = paris;
    p.quiet_from = 0;
    is_int(notify_decide(&p, &post1, utc_ms(2026, 3, 29, 0, 30), &due), NOTIFY_HELD,
           "Paris 01:30 CET: held");
    is_int(due, utc_ms(2026, 3, 29, 1, 0), "until the transition, 01:00Z");
    local_is(paris, due, 3, 0, 1, "a quiet end in the Paris gap");

    /* Montreal, 1 November 2026: 01:30 happens twice (05:30Z EDT, 06:30Z
     * EST); the quiet hours end at the first. */
    p.tz = montreal;
    p.quiet_from = 22 * 60;
    p.quiet_to = 90;
    is_int(notify_decide(&p, &post1, utc_ms(2026, 11, 1, 4, 0), &due), NOTIFY_HELD,
           "Montreal 00:00 EDT on 1 November: held");
    is_int(due, utc_ms(2026, 11, 1, 5, 30), "until the first 01:30 (05:30Z)");
    local_is(montreal, due, 1, 30, 1, "a quiet end in the fold");
}

struct hour_case {
    struct tz **z;
    int64_t now, want;
    int dst;
    const char *what;
};

/* "My selection hour" 08:15 across the 2026 DST changes. */
static void test_my_hour(void)
{
    const struct hour_case cases[] = {
        /* Montreal: EDT from 2026-03-08 07:00Z to 2026-11-01 06:00Z */
        {&montreal, utc_ms(2026, 3, 7, 12, 0), utc_ms(2026, 3, 7, 13, 15), 0,
         "Montreal 07:00 EST on 7 March -> 08:15 EST = 13:15Z"},
        {&montreal, utc_ms(2026, 3, 7, 14, 0), utc_ms(2026, 3, 8, 12, 15), 1,
         "Montreal 09:00 EST on 7 March -> 08:15 EDT on 8 March = 12:15Z"},
        {&montreal, utc_ms(2026, 3, 8, 6, 0), utc_ms(2026, 3, 8, 12, 15), 1,
         "Montreal 01:00 EST on 8 March, before the change -> 12:15Z"},
        {&montreal, utc_ms(2026, 10, 31, 11, 0), utc_ms(2026, 10, 31, 12, 15), 1,
         "Montreal 07:00 EDT on 31 October -> 08:15 EDT = 12:15Z"},
        {&montreal, utc_ms(2026, 10, 31, 13, 0), utc_ms(2026, 11, 1, 13, 15), 0,
         "Montreal 09:00 EDT on 31 October -> 08:15 EST on 1 November = 13:15Z"},
        /* Paris: CEST from 2026-03-29 01:00Z to 2026-10-25 01:00Z */
        {&paris, utc_ms(2026, 3, 28, 6, 0), utc_ms(2026, 3, 28, 7, 15), 0,
         "Paris 07:00 CET on 28 March -> 08:15 CET = 07:15Z"},
        {&paris, utc_ms(2026, 3, 28, 9, 0), utc_ms(2026, 3, 29, 6, 15), 1,
         "Paris 10:00 CET on 28 March -> 08:15 CEST on 29 March = 06:15Z"},
        {&paris, utc_ms(2026, 10, 24, 5, 0), utc_ms(2026, 10, 24, 6, 15), 1,
         "Paris 07:00 CEST on 24 October -> 08:15 CEST = 06:15Z"},
        {&paris, utc_ms(2026, 10, 24, 8, 0), utc_ms(2026, 10, 25, 7, 15), 0,
         "Paris 10:00 CEST on 24 October -> 08:15 CET on 25 October = 07:15Z"},
    };
    struct notify_prefs p;
    int64_t due;

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const struct hour_case *c = &cases[i];
        p = prefs(NOTIFY_SELECTIONS, *c->z);
        p.sel_at[NOTIFY_SLOT_MORNING] = notify_parse_hhmm("08:15");
        due = 0;
        is_int(notify_decide(&p, &morning, c->now, &due), NOTIFY_MYHOUR, "%s: my hour", c->what);
        is_int(due, c->want, "%s", c->what);
        local_is(*c->z, due, 8, 15, c->dst, c->what);
    }

    /* Hand-checked epoch values, independent of tz_days_from_civil. */
    is_int(utc_ms(2026, 3, 7, 13, 15), 1772889300000LL, "13:15Z on 7 March 2026");
    is_int(utc_ms(2026, 3, 8, 12, 15), 1772972100000LL, "12:15Z on 8 March 2026");

    /* Strictly after now: at 08:15 sharp, the next day's. */
    p = prefs(NOTIFY_ALL, paris);
    p.sel_at[NOTIFY_SLOT_EVENING] = 8 * 60 + 15;
    is_int(notify_decide(&p, &evening, utc_ms(2026, 6, 10, 6, 15), &due), NOTIFY_MYHOUR,
           "the evening slot takes its own hour");
    is_int(due, utc_ms(2026, 6, 11, 6, 15), "08:15 sharp: the next day's 08:15");
    is_int(notify_decide(&p, &morning, utc_ms(2026, 6, 10, 6, 15), &due), NOTIFY_NOW,
           "the morning slot, without a reader hour, rings at once");
    p.tz = NULL;
    is_int(notify_decide(&p, &evening, utc_ms(2026, 6, 10, 6, 15), &due), -EINVAL,
           "a reader hour without a zone");
}

int main(void)
{
    montreal = load("America/Montreal");
    paris = load("Europe/Paris");
    utc = load("UTC");
    test_parse_hhmm();
    test_window();
    test_levels();
    test_quiet_crossing();
    test_quiet_day();
    test_quiet_dst();
    test_my_hour();
    tz_free(montreal);
    tz_free(paris);
    tz_free(utc);
    return done_testing();
}
