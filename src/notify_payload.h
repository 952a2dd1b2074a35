/*
 * notify_payload: what one Web Push carries, and the header values it is
 * sent with. The text is the JSON object web/sw.js reads in its "push"
 * handler; it always fits one aes128gcm record (ECE_PLAIN_MAX bytes, after
 * JSON escaping), so long text is cut at a UTF-8 character boundary and ends
 * with "…".
 *
 * The shape (stable: the service worker is written against these names):
 *   {"v":1,                     version of this shape
 *    "channel":"monde",         the channel's slug
 *    "name":"Le monde",         the channel's title
 *    "kind":"post",             "post" | "selection" | "summary"
 *    "title":"…",               a post's or selection's title; for a summary,
 *                               the count in words ("4 articles pendant vos
 *                               heures calmes", "1 post while you were away")
 *    "body":"…",                a post: ~180 characters of its text without
 *                               Markdown; a selection: its first 3 items'
 *                               titles (or ledes), one per line ("\n"); a
 *                               summary: the newest held post's title
 *    "url":"/monde/12",         relative: "/{slug}/{seq}", or "/{slug}" for a
 *                               summary
 *    "tag":"post:monde:42",     the notification tag: "post:{slug}:{id}",
 *                               "sel:{slug}" (a newer selection replaces the
 *                               older one on screen), "sum:{slug}"
 *    "icon":"/static/icon-192.png",
 *    "seq":12,                  the post's seq (a summary: the newest held)
 *    "importance":1,            0..3 (a summary: the highest held)
 *    "count":4}                 a summary only: how many posts were held
 *
 * Pure apart from malloc (aborting on OOM); any thread.
 */
#ifndef CRIER_NOTIFY_PAYLOAD_H
#define CRIER_NOTIFY_PAYLOAD_H

#include <stddef.h>
#include <stdint.h>

#include "ece.h"

struct post;

#define NOTIFY_PAYLOAD_VERSION 1
#define NOTIFY_PAYLOAD_EXCERPT 180  /* code points of a post's body excerpt */
#define NOTIFY_PAYLOAD_SEL_ITEMS 3  /* lines of a selection's body */
#define NOTIFY_PAYLOAD_TOPIC_LEN 32 /* RFC 8030 5.4: at most 32 characters */

#define NOTIFY_TTL_POST (24 * 3600)
#define NOTIFY_TTL_BREAKING (6 * 3600)
#define NOTIFY_TTL_SELECTION (12 * 3600)
#define NOTIFY_TTL_SUMMARY (12 * 3600)

/* The channel a push speaks for. Borrowed strings, UTF-8. */
struct notify_payload_channel {
    const char *slug; /* 1..STORE_SLUG_MAX bytes */
    const char *name; /* the channel's title */
    const char *lang; /* BCP 47; picks the summary's wording ("fr*", else English) */
};

/* One push, ready to encrypt and send. Caller-allocated; holds no pointer to
 * anything it must free. */
struct notify_payload {
    char json[ECE_PLAIN_MAX + 1];             /* NUL-terminated; len bytes without the NUL */
    size_t len;                               /* <= ECE_PLAIN_MAX */
    int ttl;                                  /* the TTL header, seconds */
    const char *urgency;                      /* the Urgency header (static string) */
    char topic[NOTIFY_PAYLOAD_TOPIC_LEN + 1]; /* the Topic header; "" for none */
};

/* The push for a published post or selection p (p->kind, p->sel) of channel
 * ch: TTL 24 h for a post, 6 h for breaking news, 12 h for a selection;
 * Urgency from notify_urgency(); Topic only for a selection (see
 * notify_payload_topic), so an undelivered older one is replaced.
 * Returns 0; -EINVAL when p is not published (seq 0), lacks its title, or a
 * slug is empty or too long; -EILSEQ when a string is not UTF-8. out is
 * untouched on error. */
int notify_payload_post(const struct notify_payload_channel *ch, const struct post *p,
                        struct notify_payload *out);

/* The push that stands for count (>= 1) posts held by quiet hours: newest is
 * the newest of them (its title is the body, its seq the seq); importance is
 * the highest among them. TTL 12 h, Urgency "normal", no Topic. Returns 0,
 * -EINVAL or -EILSEQ as notify_payload_post. */
int notify_payload_summary(const struct notify_payload_channel *ch, long long count,
                           const struct post *newest, int importance, struct notify_payload *out);

/* The Topic of every selection of channel slug: the first 24 bytes of
 * SHA-256("crier-sel:" slug), base64url, so exactly 32 characters of the
 * URL-safe alphabet whatever the slug's length or characters; the same slug
 * always gives the same topic. */
void notify_payload_topic(const char *slug, char out[NOTIFY_PAYLOAD_TOPIC_LEN + 1]);

/* The summary's title in lang ("4 articles pendant vos heures calmes",
 * "1 post while you were away") into out (NUL-terminated, cut to outsz). */
void notify_payload_summary_title(const char *lang, long long count, char *out, size_t outsz);

#endif
