/*
 * timefmt: times as the API and the feeds write and read them, once: ISO
 * 8601 in UTC out, and a client's time in (ms, or ISO 8601 with a zone, or
 * local to a channel's zone).
 */
#ifndef CRIER_TIMEFMT_H
#define CRIER_TIMEFMT_H

#include <jansson.h>
#include <stdint.h>

/* Formats ms since the epoch as "2026-11-26T20:22:32.123Z" into out. */
void timefmt_iso(int64_t ms, char out[32]);
/* A time from a client: ms since the epoch (an integer), or ISO 8601
 * ("2026-12-05T07:00:00Z", "...+01:00", fractions; seconds optional), from
 * 1970 to the end of 9999 (what dates and time zones are computed for).
 * Without a zone the time is local to zone (the channel's: an embargo is
 * written in the newsroom's time); a NULL zone refuses it. 0, or -EINVAL. */
int timefmt_json(const json_t *v, const char *zone, int64_t *ms);

#endif
