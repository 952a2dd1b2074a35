/*
 * store_sources: the part of the store contract about the feeds a channel
 * follows (sources in; see source.h) and about drafts. It is part of store.h,
 * which includes it at its end; include store.h, not this file.
 */
#ifndef CRIER_STORE_SOURCES_H
#define CRIER_STORE_SOURCES_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

/* A feed the channel follows (sources in; see source.h). */
#define STORE_SOURCE_URL_MAX 1024
#define STORE_SOURCES_MAX 200 /* per channel */
enum store_source_mode { STORE_SOURCE_PUBLISH = 0, STORE_SOURCE_DRAFT = 1 };
struct store_source {
    int64_t id, channel_id;
    char url[STORE_SOURCE_URL_MAX + 1];
    int mode;                          /* enum store_source_mode */
    int importance;                    /* of the posts it makes, 0..3 */
    int interval_s;                    /* between two fetches */
    char name[256];                    /* the feed's own title, "" until its first fetch */
    char etag[256], last_modified[64]; /* validators of the last 200, "" when none */
    int64_t next_at;                   /* ms: due for a fetch (or leased until) */
    int64_t last_fetch_at, last_ok_at; /* ms, 0: never */
    int last_status;                   /* HTTP status of the last fetch, 0: none */
    char last_error[256];              /* "" when the last fetch went well */
    int failures;                      /* in a row */
    int64_t items;                     /* items that became posts, all time */
    int64_t created_at;
};
/* One feed item already met, so it becomes a post once and an edit when it
 * changes. Deduplicated in the channel by guid, then link, then key. */
struct store_source_item {
    int64_t id; /* 0: not stored yet */
    int64_t source_id, channel_id;
    char guid[512], link[1024]; /* "" when the item has none */
    unsigned char key[32];      /* SHA-256 of the item's normalised title and text */
    unsigned char version[32];  /* SHA-256 of everything the post is made of */
    int64_t post_id;            /* 0: none (an item left alone) */
    int64_t seen_at;            /* ms */
};
enum { STORE_ITEM_BY_GUID = 1, STORE_ITEM_BY_LINK = 2, STORE_ITEM_BY_KEY = 3 };

/*
 * Drafts. post_create with publish_at STORE_DRAFT_AT stores a draft (no seq,
 * no event); post_get reports it as STORE_POST_DRAFT.
 * post_schedule: a draft or scheduled post gets a new publish_at: a time to
 *   come schedules it, 0 or a past time publishes it now (a STORE_EV_POST
 *   into *ev), STORE_DRAFT_AT holds it as a draft. -ENOENT when the post is
 *   absent or deleted, -EALREADY when it is live. audit, when not NULL, is
 *   written in the same transaction, and only when the change is made.
 * posts_drafts: the channel's drafts, newest first, at most limit (1..1000).
 */
int store_post_schedule(struct store *st, int64_t channel_id, int64_t post_id, int64_t publish_at,
                        struct store_event *ev, const struct store_audit *audit);
int store_posts_drafts(struct store *st, int64_t channel_id, size_t limit, struct post **out,
                       size_t *n);

/*
 * Sources: the feeds a channel follows. Pooled connections, no seq.
 * source_add: fills id, created_at, next_at (now: due at once); -EEXIST for
 *   a URL the channel already follows, -ENOENT for no such channel, -ENOSPC
 *   past STORE_SOURCES_MAX sources in the channel.
 * source_list: a channel's sources (0: every channel's) in id order.
 * source_remove: -ENOENT when it is not the channel's. Its items go too;
 *   the posts they made stay.
 * sources_claim: the sources due (next_at <= now), of one channel (0: all),
 *   soonest first, at most limit; each is leased (next_at = now + lease_ms)
 *   in the same statement, so two fetchers never take the same one.
 * source_done: the fetch's outcome: name, etag, last_modified, next_at,
 *   last_fetch_at, last_ok_at, last_status, last_error, failures, items;
 *   forgets items not seen for 30 days. -ENOENT when removed meanwhile.
 * source_item_find: the channel's item with that guid, else that link, else
 *   that key (guid and link "" skip their test); *by says which matched.
 *   -ENOENT when none.
 * source_item_put: it->id 0 inserts it (filling nothing back), else
 *   updates that row's guid, link, key, version, post_id and seen_at.
 */
int store_source_add(struct store *st, struct store_source *s);
int store_source_list(struct store *st, int64_t channel_id, struct store_source **out, size_t *n);
int store_source_get(struct store *st, int64_t id, struct store_source *out);
int store_source_remove(struct store *st, int64_t channel_id, int64_t id);
int store_sources_claim(struct store *st, int64_t channel_id, int64_t now_ms, int64_t lease_ms,
                        size_t limit, struct store_source **out, size_t *n);
int store_source_done(struct store *st, const struct store_source *s);
int store_source_item_find(struct store *st, int64_t channel_id, const char *guid, const char *link,
                           const unsigned char key[32], struct store_source_item *out, int *by);
int store_source_item_put(struct store *st, const struct store_source_item *it);

#endif
