/*
 * store_cases_common.h: the fixtures the shared store cases of
 * store_members_cases.h, store_sel_cases.h, store_sources_cases.h and
 * store_stats_cases.h use (a channel, a post),
 * defined once so that one test file may include both headers.
 * store_notify_cases.h has its own make_channel (in UTC, without a lang)
 * and is not to be included with these.
 */
#ifndef CRIER_TEST_STORE_CASES_COMMON_H
#define CRIER_TEST_STORE_CASES_COMMON_H

#include <stdio.h>

#include "crier.h"
#include "post_records.h"
#include "store/store.h"

static inline int64_t make_channel(struct store *st, const char *slug)
{
    struct store_channel ch = {0};
    snprintf(ch.slug, sizeof ch.slug, "%s", slug);
    ch.title = (char *)"Title";
    ch.description = (char *)"";
    snprintf(ch.lang, sizeof ch.lang, "fr");
    snprintf(ch.tz, sizeof ch.tz, "Europe/Paris");
    int rc = store_channel_create(st, &ch);
    return rc == 0 ? ch.id : rc;
}

/* Publishes {"title": title} now; returns the event's seq, or the error. */
static inline int64_t post(struct store *st, int64_t ch, const char *title, int64_t *id)
{
    return rec_post_title(st, ch, title, id);
}

/* Publishes {"title": title} now; returns the post's id, or the error. */
static inline int64_t post_id(struct store *st, int64_t ch, const char *title)
{
    int64_t id = 0, seq = post(st, ch, title, &id);
    return seq < 0 ? seq : id;
}

#endif
