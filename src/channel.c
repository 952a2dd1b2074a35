#include "channel.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "crier.h"
#include "lang.h"
#include "timefmt.h"
#include "router.h"
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
    if (lang_tag_check(ch->lang) < 0) {
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

json_t *channel_to_json(const struct store_channel *ch)
{
    char created[32], updated[32];
    timefmt_iso(ch->created_at, created);
    timefmt_iso(ch->updated_at ? ch->updated_at : ch->created_at, updated);
    return json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:I, s:I, s:s, s:s, s:o}", "slug", ch->slug,
                     "title", ch->title ? ch->title : "", "description",
                     ch->description ? ch->description : "", "lang", ch->lang, "tz", ch->tz,
                     "visibility", channel_visibility_name(ch->visibility), "last_seq",
                     (json_int_t)ch->last_seq, "oldest_seq", (json_int_t)ch->oldest_seq,
                     "created_at", created, "updated_at", updated, "pinned_post_id",
                     ch->pinned_post_id ? json_integer(ch->pinned_post_id) : json_null());
}
