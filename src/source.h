/*
 * source: the feeds a channel follows (RSS 2.0, Atom, JSON Feed) become its
 * posts.
 *
 * One pass over a set of sources: fetch them all at once (fetch.c: a
 * conditional GET, bounded), parse each answer (feed_in.c), and turn each
 * item into a post (html_md.c makes its body safe CommonMark and finds its
 * photo), published or held as a draft as the source says. An item is met
 * once: it is looked up in the channel by its id (guid), then its link, then
 * a hash of its normalised title and text; a known item whose content
 * changed becomes an edit of its post; one whose post the newsroom deleted
 * is left alone. The post's external id is derived from the item, so two
 * fetchers racing on one item make one post.
 *
 * The first fetch of a source takes only its SOURCE_FIRST_ITEMS newest
 * items (the rest are marked seen): following a feed must not flood the
 * channel with its archive. Each source's outcome (its last fetch, status,
 * error, failures in a row, item count, validators) goes back to the store;
 * an error moves its next fetch back exponentially (up to a day), with
 * jitter. One source failing never stops another.
 *
 * Blocking (network and store): worker or CLI threads only.
 */
#ifndef CRIER_SOURCE_H
#define CRIER_SOURCE_H

#include <stddef.h>
#include <stdint.h>

#include "netguard.h"
#include "store/store.h"

#define SOURCE_FIRST_ITEMS 10     /* items a new source's first fetch turns into posts */
#define SOURCE_ITEMS_PER_PASS 100 /* new posts one source makes in one pass */
#define SOURCE_INTERVAL_MIN 60    /* seconds between two fetches of a source, at least */
#define SOURCE_INTERVAL_DEFAULT 900
#define SOURCE_BACKOFF_MAX_S (24 * 3600)

struct media_store;

struct source_env {
    struct store *st;
    const struct netguard *guard; /* which hosts may be fetched (http too: http_ok) */
    unsigned timeout_ms;          /* a fetch's whole time; 0: fetch.h's default */
    size_t max_bytes;             /* a feed's largest body; 0: fetch.h's default */
    const volatile int *stop;     /* set: no new item is handled (shutdown); may be NULL */
};

enum source_action {
    SOURCE_CREATED = 1, /* a new post, published */
    SOURCE_DRAFTED,     /* a new post, held as a draft */
    SOURCE_EDITED,      /* its post was updated */
    SOURCE_UNCHANGED,   /* met before, same content */
    SOURCE_DUPLICATE,   /* the same item as another already met (by link or content) */
    SOURCE_SEEN,        /* an old item of a new source: marked seen, no post */
    SOURCE_SKIPPED,     /* not made a post (why says) */
};

struct source_item_report {
    int action; /* enum source_action */
    int64_t post_id;
    int64_t seq;     /* a published post's number, else 0 */
    char title[160]; /* cut */
    char why[160];   /* SKIPPED: the reason; DUPLICATE: what matched */
};

#define SOURCE_REPORT_ITEMS 128 /* item lines a report keeps (the counts count them all) */

struct source_report {
    struct store_source src; /* the source as stored after this fetch */
    int err;                 /* 0, or why the fetch failed (the items are then empty) */
    int not_modified;        /* a 304 */
    struct source_item_report items[SOURCE_REPORT_ITEMS];
    size_t nitems;
    size_t created, drafted, edited, unchanged, duplicates, seen, skipped;
};

/* Fetches srcs[0..n) (claimed or listed by the caller) and handles their
 * items. report(arg, r) is called once per source, in order, after its
 * outcome is stored (r lives until it returns). 0, or a negative code when
 * nothing could be tried. */
int source_pass(const struct source_env *env, struct store_source *srcs, size_t n,
                void (*report)(void *arg, const struct source_report *r), void *arg);

/* The pieces of a pass, for a fetcher that starts each source as it falls
 * due and settles each as soon as its answer is in (source_run.c): the
 * fetch options of env, the request for src (borrowing its strings), and
 * one answered source handled as a pass handles it (its items, its outcome
 * stored, then report). */
struct fetch_options;
struct fetch_req;
void source_fetch_setup(const struct source_env *env, struct fetch_options *fo);
void source_fetch_req(const struct store_source *src, struct fetch_req *q);
void source_settle(const struct source_env *env, struct store_source *src, struct fetch_req *q,
                   void (*report)(void *arg, const struct source_report *r), void *arg);

/* The word for an action ("created", "drafted", ...). */
const char *source_action_name(int action);

struct json_t;
/* A source as the API and `crier source list --json` show it (new reference):
 * id, url, mode, importance, interval, name, last_fetch, last_ok, status,
 * error, failures, items, next_fetch (ISO 8601 UTC times, null for never). */
struct json_t *source_json(const struct store_source *s);
/* A pass's report of one source (new reference): {"source": source_json,
 * "result": "ok"|"not_modified"|"error", "error", counts, "items": [...]}. */
struct json_t *source_report_json(const struct source_report *r);
/* Checks a source the newsroom asks for: url (netguard's form rules; http
 * allowed), mode "publish"|"draft", importance 0..3, interval_s
 * SOURCE_INTERVAL_MIN..86400. Fills s's url, mode, importance, interval_s.
 * 0 or -EINVAL with *why (static). */
int source_check(const struct netguard *g, const char *url, const char *mode, int importance,
                 int interval_s, struct store_source *s, const char **why);

#endif
