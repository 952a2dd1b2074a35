/*
 * feed_out: the Atom (RFC 4287) writer behind /{slug}/atom.xml (a channel's
 * last posts) and /{slug}/selections/atom.xml (its selections).
 *
 * The caller reads the posts from the store (feed_out_entry_from_json() turns
 * a stored post record into an entry) and hands them over newest first; this
 * module only writes XML. Every piece of text goes through one escaper that
 * escapes & < > " ', drops what XML 1.0 cannot carry (C0 controls other than
 * tab, LF and CR, U+FFFE, U+FFFF, surrogates and any ill-formed UTF-8) and
 * keeps every other character as UTF-8. A post's HTML is always sent as
 * <content type="html"> escaped text, never as raw markup.
 *
 * Ids. The feed id is base_url + feed_path. An entry id is a tag URI
 * (RFC 4151), "tag:<host>,<date>:<slug>/<seq>", where host is base_url's host,
 * date the channel's creation day (UTC) or FEED_OUT_TAG_DATE when unknown, and
 * seq the seq of the post's creation event: edits keep the id, so readers
 * update the entry in place rather than showing it twice.
 *
 * Deleted posts. A deleted post keeps its entry (same id) with the title
 * "[deleted]" ("[supprimé]" for a French channel), empty content, no link,
 * author, categories or enclosure, and updated = the deletion time. Readers
 * that already hold the entry then replace its text instead of keeping the
 * deleted article forever, which a silently dropped entry would cause.
 *
 * Pure apart from allocation; any thread.
 */
#ifndef CRIER_FEED_OUT_H
#define CRIER_FEED_OUT_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* The tag URI date used when the channel's creation time is not given. */
#define FEED_OUT_TAG_DATE "2026-01-01"
/* At most this many tags of an entry become atom:category elements. */
#define FEED_OUT_TAGS_MAX 64

struct feed_out_channel {
    const char *slug;        /* required */
    const char *title;       /* NULL: the slug */
    const char *description; /* NULL or "": no atom:subtitle */
    const char *lang;        /* BCP 47, becomes xml:lang; NULL or "": none */
    const char *base_url;    /* "http://127.0.0.1:8080", no trailing slash; required */
    int64_t updated_ms;      /* the feed's updated when there are no entries */
    int64_t created_ms;      /* channel creation, for the entry ids' tag date; 0: FEED_OUT_TAG_DATE.
                              * Whatever the caller picks must stay the same for the channel's
                              * life, or every entry id changes. */
};

struct feed_out_entry {
    int64_t seq;              /* the seq of the post's creation event */
    const char *title, *html; /* html: the sanitised cmark output stored with the post */
    const char *author;       /* NULL or "": none (the feed's author, the channel, applies) */
    int64_t published_ms, updated_ms; /* updated: edited_at, deleted time, or 0 for published */
    const char *link;                 /* permalink; NULL: base_url + "/" + slug + "/" + seq */
    const char *media_url, *media_caption, *media_credit; /* NULL or "": none */
    const char *media_alt;  /* an uploaded photo's alt text; NULL or "": the caption */
    const char *source_url; /* the original story (rel="via"); NULL or "": none */
    const char *lang;       /* the post's language; NULL, "" or the channel's: the feed's */
    const char *const *tags;
    size_t ntags;
    int deleted;
    void *owned_; /* internal: storage of feed_out_entry_from_json() */
};

/*
 * Appends a complete Atom document (XML declaration included) to out.
 * ch: the channel; feed_path: the feed's own path ("/monde/atom.xml"), used
 * for the feed id and the rel="self" link; entries[0..n): newest first.
 * The feed's updated is the newest entry's updated, or ch->updated_ms when
 * n == 0. An entry's updated is max(published_ms, updated_ms).
 * Returns 0; -EINVAL on a missing required argument; -ENOBUFS when the
 * document would pass out->max, in which case out is left as it was.
 */
int feed_out_atom(struct buf *out, const struct feed_out_channel *ch, const char *feed_path,
                  const struct feed_out_entry *entries, size_t n);

/*
 * Fills *e from a stored post record (docs/api.md "The stored post record"):
 * seq, title, html, author, published_at, edited_at, media {url, caption,
 * credit} and tags; "deleted": true (or "state": "deleted") marks it deleted,
 * and the caller may also set e->deleted itself. Strings borrow from post,
 * which must outlive the entry. The link (base_url + "/" + slug + "/" + seq)
 * and the tag pointer array are allocated: release them with
 * feed_out_entry_clear(). Fields of the wrong type are treated as absent.
 * Returns 0; -EINVAL when post is not an object, seq is not a positive
 * integer, or a live post has no numeric published_at (e is then cleared and
 * holds nothing to release).
 */
int feed_out_entry_from_json(json_t *post, const char *base_url, const char *slug,
                             struct feed_out_entry *e);

/* Releases what feed_out_entry_from_json() allocated and zeroes *e. */
void feed_out_entry_clear(struct feed_out_entry *e);

#endif
