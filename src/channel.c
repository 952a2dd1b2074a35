#include "channel.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "crier.h"
#include "router.h"
#include "tz.h"
#include "utf8.h"

static const char *zoneinfo_dir(void)
{
    const char *d = getenv("CRIER_ZONEINFO");
    return d && *d ? d : "/usr/share/zoneinfo";
}

int channel_tz_check(const char *tz)
{
    char path[512];
    struct stat sb;
    size_t n = strlen(tz);

    if (n == 0 || n > STORE_TZ_MAX || tz[0] == '/' || strstr(tz, ".."))
        return -EINVAL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)tz[i];
        if (!isalnum(c) && c != '/' && c != '_' && c != '-' && c != '+')
            return -EINVAL;
    }
    if ((size_t)snprintf(path, sizeof path, "%s/%s", zoneinfo_dir(), tz) >= sizeof path)
        return -EINVAL;
    if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
        return -EINVAL;
    /* A TZif file starts with the magic "TZif"; rejects stray files such as
     * zone1970.tab or leap-seconds.list. */
    FILE *f = fopen(path, "rb");
    char magic[4];
    int ok = f && fread(magic, 1, 4, f) == 4 && memcmp(magic, "TZif", 4) == 0;
    if (f)
        fclose(f);
    return ok ? 0 : -EINVAL;
}

int channel_lang_check(const char *lang)
{
    /* language (2-3 letters) then subtags of 2-8 alphanumerics. */
    size_t n = strlen(lang), i = 0, seg = 0;
    int first = 1;

    if (n == 0 || n > STORE_LANG_MAX)
        return -EINVAL;
    while (i <= n) {
        if (i == n || lang[i] == '-') {
            if (first ? (seg < 2 || seg > 3) : (seg < 2 || seg > 8))
                return -EINVAL;
            first = 0;
            seg = 0;
        } else {
            unsigned char c = (unsigned char)lang[i];
            if (first ? !isalpha(c) : !isalnum(c))
                return -EINVAL;
            seg++;
        }
        i++;
    }
    return 0;
}

int channel_visibility_parse(const char *s)
{
    if (strcmp(s, "public") == 0)
        return STORE_PUBLIC;
    if (strcmp(s, "private") == 0)
        return STORE_PRIVATE;
    return -EINVAL;
}

const char *channel_visibility_name(int v)
{
    return v == STORE_PRIVATE ? "private" : "public";
}

static int text_ok(const char *s, size_t min, size_t max)
{
    size_t n = s ? strlen(s) : 0;
    if (n < min || n > max || (s && !utf8_valid(s, n)))
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
            return 0;
    }
    return 1;
}

int channel_validate(const struct store_channel *ch, const char **field)
{
    int rc = router_slug_check(ch->slug);
    if (rc < 0) {
        *field = "slug";
        return rc;
    }
    if (!text_ok(ch->title, 1, CHANNEL_TITLE_MAX) || strchr(ch->title, '\n')) {
        *field = "title";
        return -EINVAL;
    }
    if (!text_ok(ch->description, 0, CHANNEL_DESC_MAX)) {
        *field = "description";
        return -EINVAL;
    }
    if (channel_lang_check(ch->lang) < 0) {
        *field = "lang";
        return -EINVAL;
    }
    if (channel_tz_check(ch->tz) < 0) {
        *field = "tz";
        return -EINVAL;
    }
    if (ch->visibility != STORE_PUBLIC && ch->visibility != STORE_PRIVATE) {
        *field = "visibility";
        return -EINVAL;
    }
    return 0;
}

void channel_iso_time(int64_t ms, char out[32])
{
    time_t s = (time_t)(ms / 1000);
    struct tm tm;
    gmtime_r(&s, &tm);
    size_t n = strftime(out, 32, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(out + n, 32 - n, ".%03dZ", (int)(ms % 1000));
}

json_t *channel_to_json(const struct store_channel *ch)
{
    char created[32], updated[32];
    channel_iso_time(ch->created_at, created);
    channel_iso_time(ch->updated_at ? ch->updated_at : ch->created_at, updated);
    return json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:I, s:I, s:s, s:s}", "slug", ch->slug,
                     "title", ch->title ? ch->title : "", "description",
                     ch->description ? ch->description : "", "lang", ch->lang, "tz", ch->tz,
                     "visibility", channel_visibility_name(ch->visibility), "last_seq",
                     (json_int_t)ch->last_seq, "oldest_seq", (json_int_t)ch->oldest_seq,
                     "created_at", created, "updated_at", updated);
}

#define CHANNEL_TIME_MAX INT64_C(253402300799999) /* 9999-12-31T23:59:59.999Z, in ms */

int channel_time_json(const json_t *v, const char *zone, int64_t *ms)
{
    if (json_is_integer(v)) {
        *ms = json_integer_value(v);
        return *ms >= 0 && *ms <= CHANNEL_TIME_MAX ? 0 : -EINVAL;
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
        return *ms >= 0 && *ms <= CHANNEL_TIME_MAX ? 0 : -EINVAL;
    } else {
        return -EINVAL; /* a time without a zone, where none applies */
    }
    if (*p)
        return -EINVAL;
    time_t t = timegm(&tm);
    *ms = ((int64_t)t - off) * 1000 + frac;
    return *ms >= 0 && *ms <= CHANNEL_TIME_MAX ? 0 : -EINVAL;
}
