/*
 * channel: the rules for channel fields shared by the CLI and the API
 * (language tags, IANA time zones, visibility names, length limits) and the
 * channel's JSON form. Any thread.
 */
#ifndef CRIER_CHANNEL_H
#define CRIER_CHANNEL_H

#include <jansson.h>

#include "store/store.h"

#define CHANNEL_TITLE_MAX 256
#define CHANNEL_DESC_MAX 2048

/* 0 when tz names a zone file under the zoneinfo directory (e.g.
 * "Europe/Paris", "UTC"), else -EINVAL. */
int channel_tz_check(const char *tz);
/* 0 for a plausible BCP 47 tag ("fr", "en-GB", "pt-BR", "zh-Hant"), else -EINVAL. */
int channel_lang_check(const char *lang);
/* "public"/"private" -> STORE_PUBLIC/STORE_PRIVATE; -EINVAL otherwise. */
int channel_visibility_parse(const char *s);
const char *channel_visibility_name(int v);
/* Checks every field of ch (slug, title, description, lang, tz). On error
 * returns -EINVAL or CRIER_ERESERVED and points *field at the bad field's name. */
int channel_validate(const struct store_channel *ch, const char **field);
/* A new JSON object for the channel (times as ISO 8601 UTC). */
json_t *channel_to_json(const struct store_channel *ch);
/* A time from a client: ms since the epoch (an integer), or ISO 8601
 * ("2026-12-05T07:00:00Z", "...+01:00", fractions; seconds optional), from
 * 1970 to the end of 9999 (what dates and time zones are computed for).
 * Without a zone the time is local to zone (the channel's: an embargo is
 * written in the newsroom's time); a NULL zone refuses it. 0, or -EINVAL. */
int channel_time_json(const json_t *v, const char *zone, int64_t *ms);
/* Formats ms since the epoch as "2026-11-26T20:22:32.123Z" into out (32 bytes). */
void channel_iso_time(int64_t ms, char out[32]);

#endif
