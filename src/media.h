/*
 * media: a newsroom's photo, from the bytes it uploaded to the files readers
 * get. The upload is untrusted:
 *   - its first bytes must be a JPEG, PNG or WebP signature that matches the
 *     declared type (the extension and the Content-Type are not proof);
 *   - its header is read, and an image of more than max_pixels (width x
 *     height) is refused before any pixel is decoded (a decompression bomb);
 *   - it is decoded whole with libvips (a truncated or corrupt file fails
 *     here, with a clear reason);
 *   - it is re-encoded, so that no metadata survives (EXIF with its GPS
 *     position and camera serial, XMP, IPTC, ICC comments): only pixels;
 *   - it is resized to the MEDIA_WIDTHS narrower than itself, plus its own
 *     width when under the largest, never enlarged.
 * Each output is named by the SHA-256 of its bytes (content-addressed), so
 * a name never changes meaning and can be cached forever.
 *
 * Thread-safe: media_init() once (it starts libvips), then media_process()
 * from any worker at once.
 */
#ifndef CRIER_MEDIA_H
#define CRIER_MEDIA_H

#include <stddef.h>
#include <stdint.h>

#define MEDIA_MAX_SIZES 5
/* The widths produced, narrowest first (srcset candidates). */
#define MEDIA_WIDTHS                                                                               \
    {                                                                                              \
        320, 640, 1024, 1600, 2048                                                                 \
    }
#define MEDIA_DEFAULT_MAX_PIXELS (40u * 1000u * 1000u) /* 40 megapixels */
#define MEDIA_DEFAULT_MAX_BYTES (10u * 1024u * 1024u)  /* 10 MiB uploaded */

enum media_type { MEDIA_JPEG = 1, MEDIA_PNG, MEDIA_WEBP };

/* One produced file. */
struct media_size {
    unsigned width, height;
    enum media_type type; /* JPEG for opaque images, PNG when there is alpha */
    char name[80];        /* "<64 hex>.jpg" */
    unsigned char *data;  /* the encoded bytes (owned) */
    size_t len;
};

struct media_result {
    unsigned width, height; /* of the upload */
    struct media_size sizes[MEDIA_MAX_SIZES];
    size_t nsizes; /* narrowest first */
    char id[65];   /* hex SHA-256 of the largest size's bytes */
};

/* Why an upload was refused, for a 4xx {"error","message"}. */
struct media_error {
    int status;       /* 400, 413 or 415 */
    const char *code; /* "not_an_image", "too_many_pixels", "corrupt_image",
                         "unsupported_media_type", "too_large" */
    char message[160];
};

/* Starts libvips (once; any thread). 0 or -EIO. */
int media_init(void);

/* Parses "image/jpeg", "image/png", "image/webp" (parameters ignored);
 * 0 for anything else. */
enum media_type media_type_of(const char *content_type);

/* Checks, decodes and re-encodes one upload of type declared. Returns 0
 * with *out filled (free with media_result_free), or -EINVAL with *err
 * filled. max_pixels 0 means MEDIA_DEFAULT_MAX_PIXELS. */
int media_process(const void *data, size_t len, enum media_type declared, uint64_t max_pixels,
                  struct media_result *out, struct media_error *err);

void media_result_free(struct media_result *r);

/* Where produced files live. The one built in keeps them in a directory
 * (the data directory's media/ on SQLite); a cluster would fill the same
 * three calls with a shared directory or an object store. */
struct media_store {
    void *impl;
    /* Stores bytes under name, atomically (a reader never sees half a
     * file); storing an existing name again is a no-op (a "<hash>.ref"
     * too: the first photo to claim a size keeps it), except a sidecar
     * "<id>.json", which is replaced (the last upload's alt text wins; a
     * post keeps its own copy). 0 or -errno. */
    int (*put)(struct media_store *s, const char *name, const void *data, size_t len);
    /* Opens name for reading: a file descriptor and its size, or -ENOENT. */
    int (*open)(struct media_store *s, const char *name, int *fd, size_t *len);
    void (*close)(struct media_store *s);
};

/* A store in directory dir (created 0700 if missing). 0 or -errno. */
int media_store_dir(struct media_store *s, const char *dir);

/* Whether name is one media_process() could have made ("<64 hex>.jpg",
 * ".png"): every name a request asks for is checked with this first. Only
 * these are served by GET /media/{name}. */
int media_name_ok(const char *name);

/* Whether name is a photo's metadata sidecar, "<id>.json" (<id> 64 hex):
 * kept in the store with the files, never served. */
int media_meta_name_ok(const char *name);

/* Whether id is a photo's id: 64 lowercase hex digits. */
int media_id_ok(const char *id);

/* Whether name is a size's index entry, "<hash>.ref" (<hash> 64 hex, the
 * hash of a size's name): its photo's id, so that GET /media/{name} finds
 * the sidecar, and with it the channel, of any size. Stored, never served. */
int media_ref_name_ok(const char *name);

/* The sidecar of a processed upload, stored as "<id>.json" next to its
 * files: {"alt","width","height","sizes":[{"width","height","name"}...],
 * "channel","channel_id"}, narrowest first. channel (a slug) and
 * channel_id say whose photo it is; channel NULL leaves them out (a
 * photo of no channel: public, as every sidecar written before they
 * were). A JSON text to free(), or NULL (out of memory, alt not UTF-8). */
char *media_meta_text(const struct media_result *r, const char *alt, const char *channel,
                      int64_t channel_id);

/* A stored photo, as a post refers to it (media_meta_read). */
struct media_meta {
    char *alt;              /* as uploaded */
    unsigned width, height; /* of the upload */
    char *url;              /* "/media/<largest name>" */
    char *srcset;           /* "/media/<name> 320w, /media/<name> 640w, ..." */
    char *channel;          /* the slug of the channel it was uploaded to; NULL: none (public) */
    int64_t channel_id;     /* that channel's id; 0 with channel NULL */
};

/* Reads the sidecar of photo id from s. 0 with *out filled (free with
 * media_meta_free), -ENOENT when there is no such photo, -EINVAL for a bad
 * id or a sidecar that cannot be read, or -errno. */
int media_meta_read(struct media_store *s, const char *id, struct media_meta *out);
void media_meta_free(struct media_meta *m);

/* The id of the photo a served name (media_name_ok) belongs to, into id:
 * its "<hash>.ref" when there is one, else the name's own hash when a
 * sidecar has that id (the largest size is named by the photo's id). 0,
 * -ENOENT when neither is there (a file stored before the index was kept:
 * public), -EINVAL for an entry that cannot be read, or -errno. Two small
 * reads at most, no JSON: GET /media/{name} calls it on every request. */
int media_photo_of(struct media_store *s, const char *name, char id[65]);

#endif
