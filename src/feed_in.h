/*
 * feed_in: the reader of the feeds a channel follows. One document (RSS 2.0,
 * RSS 0.9x/1.0 RDF, Atom 1.0 or JSON Feed 1.0/1.1) fetched from somewhere
 * else, so hostile, becomes a list of items with their text, links, image,
 * author, language and dates.
 *
 * XML goes through libxml2's tree parser without entity substitution, DTD
 * loading, network or XInclude, and a document whose DOCTYPE declares any
 * entity is refused outright (XXE and billion laughs fail at the first
 * declaration). libxml2 keeps its own limits: 256 levels of nesting and
 * 10 MB per text node. JSON goes through jansson (2048 levels at most).
 * The caller caps the body's size before calling.
 *
 * Every string handed out is valid UTF-8 (ill-formed bytes become U+FFFD),
 * within its limit (cut on a character boundary), and links and images are
 * absolute http(s) URLs. The caller owns the struct feed and frees it with
 * feed_free(). Any thread: libxml2 is initialised once, and its errors go
 * to a no-op handler set on each parser context, never to stderr.
 */
#ifndef CRIER_FEED_IN_H
#define CRIER_FEED_IN_H

#include <stddef.h>
#include <stdint.h>

/* Items read from one document; the rest ignored (feeds list newest first). */
#define FEED_ITEMS_MAX 500
/* Bytes of any one field kept (content); longer is cut at a UTF-8 boundary. */
#define FEED_FIELD_MAX (256 * 1024)
/* Bytes of a title, id, link, author, image url. */
#define FEED_SHORT_MAX 2048

enum feed_kind { FEED_RSS = 1, FEED_ATOM = 2, FEED_JSON = 3 };

struct feed_item {
    char *id;    /* RSS guid, Atom id, JSON id; NULL when absent */
    char *link;  /* absolute http(s) URL (resolved against the feed's base), or NULL */
    char *title; /* as found: may hold HTML entities/markup (RSS) — the caller turns it to text */
    int title_html;   /* 1: title is HTML (RSS title, Atom type="html"/"xhtml"); 0: plain text */
    char *content;    /* the fullest body: content:encoded, Atom content, JSON content_html; else
                       * description/summary/content_text. NULL when none */
    int content_html; /* 1: content is HTML; 0: plain text (Atom type="text", JSON content_text) */
    char *summary; /* description/summary/JSON summary when content came from elsewhere, or NULL */
    char *image;   /* enclosure/media:content/media:thumbnail of an image type, JSON
                    * image/banner_image, absolute http(s), or NULL */
    char *author;  /* dc:creator, author, Atom author/name, JSON authors[0].name, or NULL */
    char *lang;    /* item or feed language ("fr", "en-US"...), or NULL */
    int64_t published_ms, updated_ms; /* Unix ms, 0 when absent or unreadable */
};

struct feed {
    int kind;    /* enum feed_kind */
    char *title; /* the feed's title (plain text), or NULL */
    char *link;  /* its site link, or NULL */
    char *lang;  /* its language, or NULL */
    struct feed_item *items;
    size_t nitems;
};

/* Parses body (len bytes; not NUL-terminated necessarily). content_type (may be NULL) and the first
 * non-space byte decide JSON ('{') vs XML. base: the feed's URL, for relative links. 0 on success
 * (a feed with 0 items is a success), -EINVAL when it is not a feed (with *why, a static string:
 * "malformed XML", "not RSS, Atom or JSON Feed", "entity declarations refused", "malformed JSON",
 * ...), -ENOMEM. out is filled only on success; free with feed_free. */
int feed_parse(const char *body, size_t len, const char *content_type, const char *base,
               struct feed *out, const char **why);

/* Frees what feed_parse put in f and zeroes it. f may be NULL. */
void feed_free(struct feed *f);

/* RFC 822 (RSS, with the usual variants: "Mon, 20 Oct 2025 06:27:00 +0200", "GMT", "EST", no
 * weekday, 2-digit year, missing seconds) and RFC 3339 (Atom/JSON: "2025-10-20T06:27:00Z", offsets,
 * fractions) → ms, or 0 when unreadable. Exposed for tests. */
int64_t feed_time(const char *s);

#endif
