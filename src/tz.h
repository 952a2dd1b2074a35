/*
 * tz: time zones read from the system's TZif files (RFC 8536) under
 * /usr/share/zoneinfo (Debian tzdata), so that the scheduler can fire each
 * channel's morning and evening selection at that channel's local hours.
 *
 * Why our own reader: glibc's TZ/localtime state is process-global (one zone
 * per process, and tzset() races with every other thread), and ICU 72 in
 * bookworm embeds tz 2022e, which is wrong today for America/Nuuk,
 * Asia/Almaty and America/Ciudad_Juarez. The tzdata package is kept current
 * by Debian, so reading its files gives today's rules without a rebuild.
 *
 * All times are POSIX seconds (UTC, no leap seconds). A loaded struct tz is
 * immutable: once tz_load() has returned, any thread may use it at once.
 * Nothing here touches TZ, tzset() or localtime().
 */
#ifndef CRIER_TZ_H
#define CRIER_TZ_H

#include <stddef.h>
#include <stdint.h>

/* Instants accepted by the conversions: about +-2.2 million years. */
#define TZ_TIME_MAX ((int64_t)1 << 46)
/* Longest zone name tz_load() accepts. */
#define TZ_NAME_MAX 255

struct tz;

/* A local (or UTC) calendar time, proleptic Gregorian. */
struct tz_civil {
    int year, month, day;     /* month 1-12, day 1-31 */
    int hour, minute, second; /* 0-23, 0-59, 0-59 */
    int wday;                 /* 0 = Sunday; filled on output, ignored on input */
};

/* Loads zone `name` ("Europe/Paris", "UTC", "Etc/GMT+5") from $CRIER_ZONEINFO
 * when set and non-empty, else from /usr/share/zoneinfo. The name must be
 * 1..TZ_NAME_MAX characters of [A-Za-z0-9/_+-], not start with '/', and have
 * no empty component. On success *out owns a zone to release with tz_free().
 * Returns 0; -EINVAL for a bad name or a file that is not valid TZif (any
 * size or value the file gets wrong, including the footer TZ string);
 * -ENOTSUP for files with leap-second records (the right/ tree); or the
 * negative errno of open/read (-ENOENT for an unknown zone). *out is NULL on
 * error. Reads the environment: do not call while another thread setenv()s. */
int tz_load(const char *name, struct tz **out);

/* Same as tz_load() for a TZif image in memory (tests and fuzzing). The
 * buffer is only read, never kept. */
int tz_parse(const void *data, size_t len, struct tz **out);

/* Releases a zone from tz_load()/tz_parse(). NULL is a no-op. */
void tz_free(struct tz *z);

/* UTC -> local wall time. Uses the transition table; from the last
 * transition on (or always, when the file has no transitions) the footer's
 * POSIX TZ rule, so far-future years follow the current rules; before the
 * first transition time type 0 (RFC 8536 3.2). out, utoff (seconds east of
 * UTC) and isdst may each be NULL. Returns 0, or -ERANGE when
 * |utc_s| > TZ_TIME_MAX. */
int tz_to_local(const struct tz *z, int64_t utc_s, struct tz_civil *out, int32_t *utoff,
                int *isdst);

/* Local wall time -> UTC, with the scheduling rules: a time that occurs twice
 * (fall-back fold) gives its FIRST occurrence; a time that does not occur
 * (spring-forward gap) gives the first instant after the gap, i.e. the
 * transition instant itself. Formally: the least instant whose local time is
 * >= `local`. local->wday is ignored. Returns 0 (also for gaps and folds),
 * -EINVAL for a field out of range (month 1-12, day within the month, hour
 * 0-23, minute and second 0-59), -ERANGE for a year beyond +-2 million. */
int tz_from_local(const struct tz *z, const struct tz_civil *local, int64_t *utc_s);

/* For the scheduler: the first instant strictly after after_utc_s at which
 * the local wall clock reads hour:minute:00 on some local date D, with the
 * tz_from_local() rules (gap -> the transition instant, fold -> only the
 * first occurrence: a daily slot fires exactly once per local date). Stores
 * that instant in *slot_utc_s and, if slot_local_date is not NULL, the
 * nominal local time D hour:minute:00 (with D's wday) there; D is the date
 * the slot belongs to even when a gap moved the instant to a later wall-clock
 * time. Two dates can share one instant only when a gap swallows more than a
 * day (Pacific/Apia, 2011-12-30): the earlier date is reported. Returns 0,
 * -EINVAL for hour/minute out of range, -ERANGE for |after_utc_s| >
 * TZ_TIME_MAX. */
int tz_next_slot(const struct tz *z, int64_t after_utc_s, int hour, int minute, int64_t *slot_utc_s,
                 struct tz_civil *slot_local_date);

/* Days since 1970-01-01 of a proleptic Gregorian date (m 1-12, d 1-31; d may
 * run past the month, it simply counts on). Pure, any thread. */
int64_t tz_days_from_civil(int y, int m, int d);

/* Inverse of tz_days_from_civil(): sets year, month, day and wday of *out,
 * and zeroes hour, minute and second. |days| must be below 7e11 (the year
 * must fit an int). Pure, any thread. */
void tz_civil_from_days(int64_t days, struct tz_civil *out);

#endif
