/*
 * notify_rule: whether, and when, one post or selection rings one push
 * subscription, from the reader's choices (docs/readers.md "Notifications"):
 *   - level none: nothing rings, breaking news included;
 *   - a silent post never rings;
 *   - breaking news (importance 3) rings for every other level, at once,
 *     quiet hours or not;
 *   - importance 2 rings for "important" and "all"; 0 and 1 for "all" only;
 *   - a selection rings for every level but none: at once, or at the
 *     reader's own hour for that slot ("my selection hour": the next time
 *     the reader's clock reads it, in the reader's zone);
 *   - anything else that would ring in the quiet hours (reader's zone; the
 *     window may cross midnight) is held until they end.
 * Pure: the zone is given loaded. Any thread.
 */
#ifndef CRIER_NOTIFY_RULE_H
#define CRIER_NOTIFY_RULE_H

#include <stdint.h>

#include "tz.h"

enum notify_level {
    NOTIFY_NONE = 0,
    NOTIFY_SELECTIONS = 1, /* the default on Join */
    NOTIFY_IMPORTANT = 2,
    NOTIFY_ALL = 3
};

enum notify_slot { NOTIFY_SLOT_NONE = -1, NOTIFY_SLOT_MORNING = 0, NOTIFY_SLOT_EVENING = 1 };

struct notify_prefs {
    int level;                /* enum notify_level */
    const struct tz *tz;      /* the reader's zone (the channel's when the reader gave none) */
    int quiet_from, quiet_to; /* minutes after local midnight; -1: no quiet hours */
    int sel_at[2];            /* per slot, minutes after local midnight; -1: the channel's */
};

struct notify_item {
    int selection;  /* 1 for a selection, 0 for a post */
    int slot;       /* enum notify_slot, for a selection */
    int importance; /* 0..3 */
    int silent;
};

enum notify_when {
    NOTIFY_NEVER = 0,
    NOTIFY_NOW = 1,    /* *due_ms = now_ms */
    NOTIFY_HELD = 2,   /* quiet hours: *due_ms = their end */
    NOTIFY_MYHOUR = 3, /* the reader's selection hour: *due_ms = that instant */
};

/* The decision for it under p at now_ms (ms since the epoch). Sets *due_ms
 * unless NOTIFY_NEVER. A silent selection never rings either. Quiet hours
 * count at minute resolution and end at the first instant >= now at which
 * the reader's clock reads quiet_to (a DST gap moves it to the transition
 * instant); "my selection hour" is the first instant strictly after now at
 * which it reads sel_at[slot] (tz_next_slot's rules). A selection of slot
 * NOTIFY_SLOT_NONE (a manual one), or with sel_at -1, rings at once. Returns
 * a negative errno instead when the zone is needed but p->tz is NULL
 * (-EINVAL) or now_ms is out of tz.c's range (-ERANGE). */
int notify_decide(const struct notify_prefs *p, const struct notify_item *it, int64_t now_ms,
                  int64_t *due_ms);

/* Whether local minute-of-day m is inside [from, to) (crossing midnight when
 * from > to; empty when from == to). */
int notify_in_window(int from, int to, int m);

/* "HH:MM" (00:00..23:59) -> minutes after midnight; -1 for anything else. */
int notify_parse_hhmm(const char *s);

/* The urgency of a push (RFC 8030 5.3) for it: "high" for breaking news,
 * "normal" otherwise. */
const char *notify_urgency(const struct notify_item *it);

#endif
