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
/* "public"/"private" -> STORE_PUBLIC/STORE_PRIVATE; -EINVAL otherwise. */
int channel_visibility_parse(const char *s);
const char *channel_visibility_name(int v);
/* Checks every field of ch (slug, title, description, lang, tz). On error
 * returns -EINVAL or CRIER_ERESERVED and points *field at the bad field's name. */
int channel_validate(const struct store_channel *ch, const char **field);
/* A new JSON object for the channel (times as ISO 8601 UTC). */
json_t *channel_to_json(const struct store_channel *ch);

#endif
