/*
 * post: what a channel publishes, typed. One home for a post's rules: which
 * fields a newsroom may send and their limits (post_apply_json), the record
 * that readers receive and the store keeps (post_to_json / post_from_json),
 * and its Markdown rendered once, when the body is set.
 *
 * A post is a news post, or a selection (the twice-daily digest, made by
 * selection.c) which carries its slot, window and ranked items.
 *
 * Ownership: a struct post owns every string and array it points to;
 * post_clear frees them. Strings are UTF-8; NULL means "not set" (a news post
 * always has title, body, html and lang once applied or read).
 */
#ifndef CRIER_POST_H
#define CRIER_POST_H

#include <stddef.h>
#include <stdint.h>

struct json_t;
struct field_error; /* fields.h: what a refusal says */
struct media_store; /* media.h: where uploaded photos live */

#define POST_TITLE_MAX 256        /* bytes of a title */
#define POST_BODY_MAX (64 * 1024) /* bytes of a body (Markdown) */
#define POST_TAGS_MAX 16          /* tags on a post */
#define POST_TAG_MAX 64           /* bytes of a tag */
#define POST_URL_MAX 2048         /* bytes of a link (source_url, media.url) */
#define POST_CAPTION_MAX 1024     /* bytes of a photo caption */
#define POST_AUTHOR_MAX 256       /* bytes of an author, or a photo credit */
#define POST_EXTERNAL_ID_MAX 200  /* bytes of an external id */
#define POST_LANG_MAX 35          /* bytes of a language tag (STORE_LANG_MAX) */
#define POST_IMPORTANCE_DEFAULT 1 /* 0 minor .. 3 breaking */
#define POST_SKEW_MS (60 * 1000)  /* a publish_at this far past is still "now" */
#define POST_DRAFT_AT INT64_MAX   /* publish_at of a draft: no time makes it due */

enum post_kind { POST_NEWS = 0, POST_SELECTION = 1 };

struct post_media {
    char *url; /* NULL: no photo; https, or "/media/<name>" for an uploaded one */
    char *caption, *credit;
    /* an uploaded photo (media.id in the API), else all NULL and 0 */
    char *id;               /* its 64 hex digits */
    char *alt;              /* its alt text */
    char *srcset;           /* "/media/<name> 320w, ..." */
    unsigned width, height; /* of the upload */
};

/* One ranked story of a selection. */
struct post_item {
    int64_t post_id, seq;
    char *title, *lede, *url;
    double score;
    int64_t *merged; /* the posts merged into this story */
    size_t nmerged;
};

struct post_selection {
    char slot[32];       /* "morning", "evening" or "manual-<unix s>" */
    char local_date[16]; /* YYYY-MM-DD in the channel's zone */
    int64_t window_start, window_end;
    struct post_item *items;
    size_t nitems;
};

struct post {
    int kind; /* enum post_kind */
    /* set by the store */
    int64_t id, seq;                 /* seq 0: not published */
    int64_t published_at, edited_at; /* ms; 0: never */
    int64_t publish_at;              /* ms; a scheduled post's time, else 0 */
    int64_t user_id;                 /* the studio account that wrote it, 0: a token or the CLI;
                                      * kept by the store, never in the record readers get */
    /* written by the newsroom */
    char *title, *body, *lang, *author, *source_url, *external_id;
    char *html; /* body rendered (post_set_body) */
    char **tags;
    size_t ntags;
    int importance; /* 0..3 */
    int silent;     /* no notification */
    struct post_media media;
    struct post_selection *sel; /* kind == POST_SELECTION */
};

/* A news post with nothing set (importance POST_IMPORTANCE_DEFAULT). */
void post_init(struct post *p);
/* Frees everything p owns and leaves it as post_init did. */
void post_clear(struct post *p);
/* Sets the body (copied) and its rendering. 0 or -ENOMEM. */
int post_set_body(struct post *p, const char *markdown);

/* What post_apply_json needs to know of the channel and the request. */
struct post_context {
    int create;                /* a new post (else an edit of p) */
    const char *lang;          /* the channel's language: a new post's default */
    const char *tz;            /* the channel's zone: publish_at without a zone is local to it */
    int64_t now_ms;            /* for the past-embargo check */
    struct media_store *media; /* resolves media.id; NULL: no photo can be referred to */
    int64_t channel_id;        /* the post's channel: a media.id must be one of its photos (or
                                  one uploaded before photos had channels) */
};

/*
 * Validates the fields of in (a JSON object from the newsroom: title, body,
 * importance, silent, tags, source_url, media, lang, author, external_id,
 * publish_at, force, draft) and applies them to p. On create, title is required and
 * defaults fill the rest; on an edit, an absent field keeps its value (a
 * media object without url or id keeps the photo and changes its caption or
 * credit). media is {url, caption, credit, alt} (url https, or "/media/<name>"),
 * or {id, caption, credit} with the id of an uploaded photo, resolved
 * through ctx->media into its url, alt, srcset, width and height. external_id and publish_at are
 * for a create only; a publish_at already past needs "force": true; "draft": true holds a new
 * post as a draft. Sets p->publish_at (0: now, POST_DRAFT_AT: a draft). 0,
 * or -EINVAL with *err filled and p partly changed (the caller drops it).
 */
int post_apply_json(struct post *p, struct json_t *in, const struct post_context *ctx,
                    struct field_error *err);

/* The record readers receive and the store keeps (new reference), or NULL
 * when a string of p is not UTF-8. The external id and publish_at are left
 * out: they are the store's (a retry key, a schedule), not content. */
struct json_t *post_to_json(const struct post *p);
/* Reads a record back (from the store, an event): lenient, a missing field
 * keeps post_init's value. 0, or -EINVAL when rec is not an object. */
int post_from_json(const struct json_t *rec, struct post *p);

#endif
