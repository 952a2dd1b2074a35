/*
 * notify_rule: the reader's notification choices applied to one item. See
 * notify_rule.h for the rules; this file only orders them:
 *   1. who may ring at all (level, silent, importance, selection);
 *   2. when: breaking news at once; a selection at the reader's own hour when
 *      they chose one (that hour is theirs, so quiet hours do not apply);
 *   3. whatever is left rings now, unless now is inside the quiet hours, in
 *      which case it waits for their end.
 * All clock reading goes through tz.c (never the process TZ), at minute
 * resolution for the window and tz_next_slot()'s gap and fold rules for the
 * instants.
 */
#include "notify_rule.h"

#include <errno.h>

#define MINUTES_PER_DAY (24 * 60)

static int valid_minute(int m)
{
    return m >= 0 && m < MINUTES_PER_DAY;
}

/* Whole seconds at or before ms (floor, also for instants before 1970). */
static int64_t floor_secs(int64_t ms)
{
    return ms / 1000 - (ms % 1000 < 0);
}

int notify_in_window(int from, int to, int m)
{
    if (!valid_minute(from) || !valid_minute(to) || from == to)
        return 0;
    if (from < to)
        return m >= from && m < to;
    return m >= from || m < to; /* crosses midnight: 22:00-07:00 */
}

int notify_parse_hhmm(const char *s)
{
    int h, m;

    if (!s)
        return -1;
    for (int i = 0; i < 5; i++) {
        int want_colon = i == 2;
        if (want_colon ? s[i] != ':' : (s[i] < '0' || s[i] > '9'))
            return -1;
    }
    if (s[5] != '\0')
        return -1;
    h = (s[0] - '0') * 10 + (s[1] - '0');
    m = (s[3] - '0') * 10 + (s[4] - '0');
    if (h > 23 || m > 59)
        return -1;
    return h * 60 + m;
}

const char *notify_urgency(const struct notify_item *it)
{
    return !it->selection && it->importance >= 3 ? "high" : "normal";
}

/* Whether it may ring at all for this level, ignoring time. */
static int rings(const struct notify_prefs *p, const struct notify_item *it)
{
    if (p->level <= NOTIFY_NONE || it->silent)
        return 0;
    if (it->selection || it->importance >= 3)
        return 1;
    if (it->importance == 2)
        return p->level >= NOTIFY_IMPORTANT;
    return p->level >= NOTIFY_ALL;
}

/* 1 with *end_s = the end of the quiet hours when now_ms falls inside them,
 * 0 when it does not (or the reader has none), or a negative error. */
static int quiet_end(const struct notify_prefs *p, int64_t now_ms, int64_t *end_s)
{
    int64_t now_s = floor_secs(now_ms);
    struct tz_civil local;
    int rc;

    if (!valid_minute(p->quiet_from) || !valid_minute(p->quiet_to) || p->quiet_from == p->quiet_to)
        return 0;
    if (!p->tz)
        return -EINVAL;
    rc = tz_to_local(p->tz, now_s, &local, NULL, NULL);
    if (rc < 0)
        return rc;
    if (!notify_in_window(p->quiet_from, p->quiet_to, local.hour * 60 + local.minute))
        return 0;
    /* The first instant at or after now at which the clock reads quiet_to
     * (tz_next_slot is "strictly after": start a second earlier). */
    rc = tz_next_slot(p->tz, now_s - 1, p->quiet_to / 60, p->quiet_to % 60, end_s, NULL);
    if (rc < 0)
        return rc;
    /* A window whose end a DST gap swallowed can end at this very second:
     * nothing is left to wait for. */
    return *end_s * 1000 > now_ms;
}

int notify_decide(const struct notify_prefs *p, const struct notify_item *it, int64_t now_ms,
                  int64_t *due_ms)
{
    int64_t at_s;
    int rc;

    if (!rings(p, it))
        return NOTIFY_NEVER;
    if (!it->selection && it->importance >= 3) {
        *due_ms = now_ms; /* breaking news: quiet hours or not */
        return NOTIFY_NOW;
    }
    if (it->selection && (it->slot == NOTIFY_SLOT_MORNING || it->slot == NOTIFY_SLOT_EVENING) &&
        valid_minute(p->sel_at[it->slot])) {
        int m = p->sel_at[it->slot];
        if (!p->tz)
            return -EINVAL;
        rc = tz_next_slot(p->tz, floor_secs(now_ms), m / 60, m % 60, &at_s, NULL);
        if (rc < 0)
            return rc;
        *due_ms = at_s * 1000;
        return NOTIFY_MYHOUR;
    }
    rc = quiet_end(p, now_ms, &at_s);
    if (rc < 0)
        return rc;
    if (rc == 1) {
        *due_ms = at_s * 1000;
        return NOTIFY_HELD;
    }
    *due_ms = now_ms;
    return NOTIFY_NOW;
}
