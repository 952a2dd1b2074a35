/*
 * selection: the morning and evening digests. It reads a channel's selection
 * settings, works out when its slots fall in the channel's own time zone
 * (tz.c, never the process TZ), which window of posts a slot covers (since
 * the previous selection, or the last 12 hours for the first), ranks and
 * groups them (digest.c), writes the selection post in the channel's language
 * and publishes it exactly once: the store keys it by (channel, local date,
 * slot), so kill -9, restarts, several nodes and clock jumps cannot publish a
 * slot twice. All calls block: worker threads or the CLI, never a loop.
 */
#ifndef CRIER_SELECTION_H
#define CRIER_SELECTION_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "digest.h"
#include "store/store.h"

#define SELECTION_SLOTS_MAX 8
#define SELECTION_LATE_MS (2 * 3600 * 1000) /* a missed slot later than this is skipped */
#define SELECTION_FIRST_WINDOW_MS (12 * 3600 * 1000)

struct selection_slot {
    char name[24]; /* "morning", "evening", or an editor's name ([a-z0-9-]) */
    int hour, minute;
};

/* A channel's settings, stored as JSON in store_channel.selection:
 * {"enabled":true,"slots":[{"name":"morning","time":"07:00"},...],
 *  "max_items":7,"tag_cap":2,"weights":{"importance":..,"engagement":..,
 *  "coverage":..,"freshness":..,"group_threshold":..}}. Missing keys take the
 * defaults: enabled, morning 07:00 and evening 19:00, digest's weights. */
struct selection_config {
    int enabled;
    size_t nslots;
    struct selection_slot slots[SELECTION_SLOTS_MAX];
    struct digest_weights weights;
};

/* Parses (and validates) settings JSON; NULL or "{}" gives the defaults.
 * Returns 0, or -EINVAL with a reason in err. */
int selection_config_parse(const char *json, struct selection_config *cfg, char *err, size_t errsz);
/* Merges a JSON patch into the settings text old and returns the new text
 * (malloc'd) in *out, validated. -EINVAL with a reason in err. */
int selection_config_patch(const char *old, json_t *patch, char **out, char *err, size_t errsz);
json_t *selection_config_json(const struct selection_config *cfg);

/* What a slot would publish: its key, its window and the ranked items. */
struct selection_result {
    char local_date[11];
    char slot[32];
    int64_t slot_ms;
    int64_t window_start, window_end;
    size_t candidates;
    int64_t audience;
    struct digest_item *items;
    size_t nitems;
};

/*
 * Ranks the posts of the window ending at at_ms for slot (a configured slot
 * name, or "manual"). The window starts at the previous selection's end, or
 * 12 hours before. Fills *out (free with selection_result_free). 0 or < 0.
 */
int selection_preview(struct store *st, const struct store_channel *ch, const char *slot,
                      int64_t at_ms, struct selection_result *out);
void selection_result_free(struct selection_result *r);
/* The result with every item's score broken down, for the CLI and the API. */
json_t *selection_result_json(const struct selection_result *r, const char *slug);

/* The title, e.g. "Sélection du matin — jeudi 26 novembre" or
 * "Evening selection — Thursday 26 November" (channel language; English when
 * the language has no table). */
void selection_title(const char *lang, const char *slot, const char *local_date, char *out,
                     size_t outsz);

/*
 * Publishes r as a selection post, exactly once for its key. Returns 0 with
 * *ev filled, -EEXIST when that slot was already published, -ENODATA when r
 * has no item (the slot is skipped, never filled with an empty post).
 */
int selection_post(struct store *st, const struct store_channel *ch,
                   const struct selection_result *r, struct store_event *ev);

/*
 * The scheduler's step: for every channel with selections on, finds each
 * slot's latest occurrence at or before now_ms (after the channel was
 * created) and, if it is unpublished and less than SELECTION_LATE_MS old,
 * publishes it; an older unpublished slot is skipped with one log line.
 * Returns the number published, or < 0.
 */
int selection_run_due(struct store *st, int64_t now_ms);

/*
 * The scheduler's other step: reads ahead for grouping (digest_prepare())
 * the posts of every channel with selections on whose preview was asked
 * in the last hour (selection_preview(); an editor has the studio open on
 * it) that were published after since_ms (INT64_MIN: the whole window of
 * its next selection) and by now_ms, so that the next preview finds them
 * read. Returns the number of posts looked at, or < 0.
 */
int selection_warm(struct store *st, int64_t since_ms, int64_t now_ms);

/* The latest instant <= now_ms at which slot falls in zone tz, with its
 * local date ("YYYY-MM-DD"). 0, or < 0 (bad zone). Exposed for tests. */
int selection_slot_at_or_before(const char *tz, int hour, int minute, int64_t now_ms,
                                int64_t *slot_ms, char local_date[11]);

#endif
