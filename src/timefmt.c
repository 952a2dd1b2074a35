#include "timefmt.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "tz.h"

void timefmt_iso(int64_t ms, char out[32])
{
    time_t s = (time_t)(ms / 1000);
    struct tm tm;
    gmtime_r(&s, &tm);
    size_t n = strftime(out, 32, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(out + n, 32 - n, ".%03dZ", (int)(ms % 1000));
}

#define TIMEFMT_MAX INT64_C(253402300799999) /* 9999-12-31T23:59:59.999Z, in ms */

int timefmt_json(const json_t *v, const char *zone, int64_t *ms)
{
    if (json_is_integer(v)) {
        *ms = json_integer_value(v);
        return *ms >= 0 && *ms <= TIMEFMT_MAX ? 0 : -EINVAL;
    }
    if (!json_is_string(v))
        return -EINVAL;
    const char *s = json_string_value(v);
    struct tm tm = {0};
    int frac = 0, fdigits = 0;
    static const char *const forms[] = {"%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M",
                                        "%Y-%m-%d %H:%M"};
    const char *p = NULL;
    for (size_t i = 0; !p && i < sizeof forms / sizeof forms[0]; i++) {
        memset(&tm, 0, sizeof tm);
        p = strptime(s, forms[i], &tm);
        /* "07:00:30" must not stop at "07:00" with ":30" left over */
        if (p && i >= 2 && *p == ':')
            p = NULL;
    }
    if (!p)
        return -EINVAL;
    if (*p == '.') {
        for (p++; isdigit((unsigned char)*p); p++)
            if (fdigits < 3) {
                frac = frac * 10 + (*p - '0');
                fdigits++;
            }
        while (fdigits && fdigits < 3) {
            frac *= 10;
            fdigits++;
        }
    }
    long off = 0;
    if (*p == 'Z' || *p == 'z') {
        p++;
    } else if (*p == '+' || *p == '-') {
        int sign = *p == '-' ? -1 : 1, hh, mm;
        if (!isdigit((unsigned char)p[1]) || !isdigit((unsigned char)p[2]) || p[3] != ':' ||
            !isdigit((unsigned char)p[4]) || !isdigit((unsigned char)p[5]))
            return -EINVAL;
        hh = (p[1] - '0') * 10 + (p[2] - '0');
        mm = (p[4] - '0') * 10 + (p[5] - '0');
        off = sign * (hh * 3600L + mm * 60L);
        p += 6;
    } else if (*p == '\0' && zone) {
        /* Local time in zone: a time that occurs twice is the first; one in
         * a spring-forward gap is the end of the gap. */
        struct tz *z = NULL;
        struct tz_civil lc = {.year = tm.tm_year + 1900,
                              .month = tm.tm_mon + 1,
                              .day = tm.tm_mday,
                              .hour = tm.tm_hour,
                              .minute = tm.tm_min,
                              .second = tm.tm_sec};
        int64_t utc = 0;
        int rc = tz_load(zone, &z);
        if (rc == 0)
            rc = tz_from_local(z, &lc, &utc);
        tz_free(z);
        if (rc < 0)
            return -EINVAL;
        *ms = utc * 1000 + frac;
        return *ms >= 0 && *ms <= TIMEFMT_MAX ? 0 : -EINVAL;
    } else {
        return -EINVAL; /* a time without a zone, where none applies */
    }
    if (*p)
        return -EINVAL;
    time_t t = timegm(&tm);
    *ms = ((int64_t)t - off) * 1000 + frac;
    return *ms >= 0 && *ms <= TIMEFMT_MAX ? 0 : -EINVAL;
}
