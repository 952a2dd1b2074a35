/* api_media: photos. POST /api/v1/channels/{slug}/media?alt=TEXT takes one
 * image as the request body (its Content-Type says which), from a token that
 * may publish to the channel; media.c checks and re-encodes it on this worker
 * thread, and every size is stored under its content name. The photo belongs
 * to that channel (its sidecar says so, and each size's "<hash>.ref" leads
 * to the sidecar). GET /media/{name} serves a size: a public channel's to
 * anyone, cacheable forever; a private channel's only to who may read the
 * channel (an active member's cookie, a token that may publish there), and
 * 404 to anyone else, as for a name that does not exist. */
#include "api_int.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fields.h"
#include "utf8.h"

#define MEDIA_ALT_MAX 300 /* characters */
/* Uploads decoded at once: each may hold up to about 4 bytes a pixel of its
 * --media-max-pixels, so the workers must not all do it at the same time. */
#define MEDIA_AT_ONCE 2
/* How long a browser may keep a private channel's photo (seconds): what a
 * member removed may still see from their own cache. */
#define MEDIA_PRIVATE_MAX_AGE "600"

static atomic_int media_busy;
/* Who owns a photo is decided once, by the first upload: the look at its
 * sidecar and the writing of a new one are one step, so that two uploads
 * of the same bytes to two channels cannot both think they came first.
 * (One node's directory store; a shared store would need a put-if-absent.) */
static pthread_mutex_t owner_lock = PTHREAD_MUTEX_INITIALIZER;

/* The alt text from the query: 1..300 characters of UTF-8 and no control
 * character. 0, or 400 and < 0. */
static int alt_text(const struct http_request *req, char *out, size_t outsz, struct response *res)
{
    ssize_t n = http_query_get(req->query, "alt", out, outsz);
    size_t chars = 0;

    if (n == -ENOENT || n == 0) {
        response_error(res, 400, "alt_required",
                       "alt is required: ?alt= a description of the photo for who cannot see it");
        return -EINVAL;
    }
    if (n < 0 || !utf8_valid(out, (size_t)n) || !field_clean(out, (size_t)n, 0)) {
        response_error(res, 400, "invalid",
                       "alt must be UTF-8 text without control characters, percent-encoded");
        return -EINVAL;
    }
    for (ssize_t i = 0; i < n; i++)
        chars += ((unsigned char)out[i] & 0xc0) != 0x80;
    if (chars > MEDIA_ALT_MAX) {
        response_error(res, 400, "invalid", "alt is %zu characters; the limit is %d", chars,
                       MEDIA_ALT_MAX);
        return -EINVAL;
    }
    return 0;
}

static json_t *media_json(const struct media_result *r, const char *alt)
{
    char url[96];
    json_t *sizes = json_array();

    for (size_t i = 0; i < r->nsizes; i++) {
        snprintf(url, sizeof url, "/media/%s", r->sizes[i].name);
        json_array_append_new(
            sizes, json_pack("{s:I,s:s}", "width", (json_int_t)r->sizes[i].width, "url", url));
    }
    snprintf(url, sizeof url, "/media/%s", r->sizes[r->nsizes - 1].name);
    return json_pack("{s:s,s:s,s:s,s:I,s:I,s:o}", "id", r->id, "url", url, "alt", alt, "width",
                     (json_int_t)r->width, "height", (json_int_t)r->height, "sizes", sizes);
}

/* The sidecar "<id>.json" (media_meta_text). 0 or -errno. */
static int put_meta(struct media_store *s, const struct media_result *r, const char *alt,
                    const char *channel, int64_t channel_id)
{
    char name[80], *text = media_meta_text(r, alt, channel, channel_id);
    int rc;

    if (!text)
        return -ENOMEM;
    snprintf(name, sizeof name, "%s.json", r->id);
    rc = s->put(s, name, text, strlen(text));
    free(text);
    return rc;
}

/*
 * Who the photo r belongs to, in owner (a slug, "" for none: a photo whose
 * sidecar predates owners stays public) and *owner_id. The first channel to
 * upload a photo owns it; the same bytes uploaded to another channel are
 * refused (409), so that a private channel's photo never becomes readable
 * through a public one, nor a public one's private. A channel that is gone
 * (deleted, or its id reused by another slug) owns nothing: the upload takes
 * the photo over. Called under owner_lock. 0, or res filled and < 0.
 */
static int photo_owner(struct api *api, const struct media_result *r,
                       const struct store_channel *ch, char *owner, size_t ownersz,
                       int64_t *owner_id, struct response *res)
{
    struct media_meta old;
    struct store_channel och;
    int rc = media_meta_read(api->media, r->id, &old);

    snprintf(owner, ownersz, "%s", ch->slug);
    *owner_id = ch->id;
    if (rc == -ENOENT)
        return 0;
    if (rc < 0) {
        response_error(res, 500, "internal", "the photo's metadata cannot be read: %s",
                       strerror(-rc));
        return rc;
    }
    if (!old.channel) {
        owner[0] = '\0'; /* stored before photos had owners: public, and stays so */
        *owner_id = 0;
    } else if (old.channel_id != ch->id || strcmp(old.channel, ch->slug) != 0) {
        rc = store_channel_get(api->st, old.channel, &och);
        if (rc == 0 && och.id == old.channel_id)
            rc = -EEXIST;
        else if (rc == 0 || rc == -ENOENT)
            rc = 0; /* its channel is gone */
        if (rc == 0)
            store_channel_clear(&och);
    }
    media_meta_free(&old);
    if (rc == -EEXIST)
        response_error(res, 409, "conflict",
                       "this photo was uploaded to another channel, and stays that channel's; "
                       "a photo (the same bytes once re-encoded) belongs to one channel");
    else if (rc < 0)
        api_store_failure(res, rc);
    return rc;
}

/*
 * Stores r for the channel: the sidecar first (who owns the photo), then
 * for each size but the largest (which is named by the photo's id) its
 * "<hash>.ref", then the size itself. A size file is never on disk before
 * what says whose it is, so a crash cannot leave a private photo's size
 * readable as one stored before owners were kept. 0, or res filled.
 */
static int store_photo(struct api *api, const struct media_result *r, const char *alt,
                       const struct store_channel *ch, struct response *res)
{
    char owner[STORE_SLUG_MAX + 1], ref[80];
    int64_t owner_id;
    int rc;

    pthread_mutex_lock(&owner_lock);
    rc = photo_owner(api, r, ch, owner, sizeof owner, &owner_id, res);
    if (rc == 0 && (rc = put_meta(api->media, r, alt, owner[0] ? owner : NULL, owner_id)) < 0)
        response_error(res, 500, "internal", "the photo's metadata could not be stored: %s",
                       strerror(-rc));
    pthread_mutex_unlock(&owner_lock);
    for (size_t i = 0; rc == 0 && i < r->nsizes; i++) {
        const struct media_size *sz = &r->sizes[i];
        if (strncmp(sz->name, r->id, 64) != 0) {
            snprintf(ref, sizeof ref, "%.64s.ref", sz->name);
            rc = api->media->put(api->media, ref, r->id, 64);
        }
        if (rc == 0)
            rc = api->media->put(api->media, sz->name, sz->data, sz->len);
        if (rc < 0)
            response_error(res, 500, "internal", "the photo could not be stored: %s",
                           strerror(-rc));
    }
    return rc;
}

/* The channel of an upload, for who may upload to it: a token that may
 * publish there, or a studio session with any role in it. An author writes
 * drafts with photos (the studio's compose form uploads through here); a
 * photo publishes nothing by itself. 0, or res filled and < 0. */
static int uploader_channel(struct api *api, const struct route_match *m, const struct caller *who,
                            struct store_channel *ch, struct response *res)
{
    if (!who->has_user || who->has_token)
        return api_channel_for_editor(api, m, who, ch, res);
    if (api_channel_load(api, m->slug, who, ch, res) < 0)
        return -EACCES;
    api_private(res);
    if (team_role_in(&who->user, ch->id) >= STORE_ROLE_AUTHOR)
        return 0;
    response_error(res, 403, "forbidden", "you have no role in this channel");
    store_channel_clear(ch);
    return -EACCES;
}

/* POST /api/v1/channels/{slug}/media?alt=TEXT */
void api_h_media(struct api *api, const struct route_match *m, const struct http_request *req,
                 const struct caller *who, struct response *res)
{
    char alt[MEDIA_ALT_MAX * 4 + 1];
    struct store_channel ch;
    struct media_result r;
    struct media_error e;
    enum media_type t;
    int rc;

    if (!api->media) {
        response_error(res, 404, "not_found", "this node keeps no media");
        return;
    }
    if (uploader_channel(api, m, who, &ch, res) < 0)
        return;
    if (alt_text(req, alt, sizeof alt, res) < 0)
        goto out;
    if (!(t = media_type_of(http_header_get(req, "content-type")))) {
        response_error(res, 415, "unsupported_media_type",
                       "send the image as the body, with Content-Type image/jpeg, image/png or "
                       "image/webp");
        goto out;
    }
    if (req->body_len > api->media_max_bytes) {
        response_error(res, 413, "too_large", "the image is %zu bytes; the limit is %zu",
                       req->body_len, api->media_max_bytes);
        goto out;
    }
    if (atomic_fetch_add(&media_busy, 1) >= MEDIA_AT_ONCE) {
        atomic_fetch_sub(&media_busy, 1);
        reader_header_add(res, "Retry-After: 2");
        response_error(res, 503, "busy", "other photos are being processed; try again shortly");
        goto out;
    }
    rc = media_process(req->body, req->body_len, t, api->media_max_pixels, &r, &e);
    atomic_fetch_sub(&media_busy, 1);
    if (rc < 0) {
        response_error(res, e.status, e.code, "%s", e.message);
        goto out;
    }
    if (store_photo(api, &r, alt, &ch, res) == 0)
        api_reply(res, 201, media_json(&r, alt));
    media_result_free(&r);
out:
    store_channel_clear(&ch);
}

/*
 * May this request have the photo that name belongs to? 1 yes (publicly:
 * a public channel's, or one stored before owners were kept), 2 yes (a
 * private channel's, to this caller), 0 no, < 0 a store error. One or two
 * small reads (the index entry, the sidecar), then, for a private channel
 * only, the channel and the caller's token or reader cookie.
 */
static int may_have(struct api *api, const char *name, const struct http_request *req)
{
    char id[65];
    struct media_meta meta;
    struct store_channel ch;
    struct caller who;
    struct response scratch;
    int rc = media_photo_of(api->media, name, id);

    if (rc == -ENOENT)
        return 1; /* no index entry: stored before owners were kept */
    if (rc < 0 || (rc = media_meta_read(api->media, id, &meta)) < 0)
        return 0; /* an entry without its sidecar: refuse, never guess */
    if (!meta.channel) {
        media_meta_free(&meta);
        return 1;
    }
    rc = store_channel_get(api->st, meta.channel, &ch);
    if (rc == 0 && ch.id != meta.channel_id) {
        store_channel_clear(&ch);
        rc = -ENOENT; /* the slug is another channel's now */
    }
    media_meta_free(&meta);
    if (rc < 0)
        return rc == -ENOENT ? 0 : rc;
    if (ch.visibility == STORE_PUBLIC) {
        store_channel_clear(&ch);
        return 1;
    }
    /* A bad token reads as none: the answer is the same 404 as for a
     * stranger, not a 401 that would say the name exists. */
    response_init(&scratch);
    if (api_identify(api, req, &who, &scratch) < 0) {
        memset(&who, 0, sizeof who);
        who.req = req;
    }
    response_free(&scratch);
    rc = api_may_read(&who, &ch) ? 1 : api_cookie_may_read(api, &who, &ch);
    store_channel_clear(&ch);
    return rc == 1 ? 2 : rc;
}

/* GET /media/{name}: the router only lets media names through. */
void api_media_file(struct api *api, const struct route_match *m, const struct http_request *req,
                    struct response *res)
{
    char chunk[65536];
    size_t len = 0;
    int fd = -1, may = 0;
    ssize_t n;

    if (api->media && media_name_ok(m->media) &&
        api->media->open(api->media, m->media, &fd, &len) == 0 &&
        (may = may_have(api, m->media, req)) <= 0) {
        close(fd);
        fd = -1;
    }
    if (may < 0) {
        api_store_failure(res, may);
        return;
    }
    if (fd < 0) {
        /* unknown, or a private channel's and not this caller's: the same */
        response_error(res, 404, "not_found", "no such media");
        return;
    }
    while ((n = read(fd, chunk, sizeof chunk)) > 0)
        if (buf_append(&res->body, chunk, (size_t)n) < 0)
            break;
    close(fd);
    if (n != 0 || res->body.len != len) {
        buf_reset(&res->body);
        response_error(res, 500, "internal", "the media file cannot be read");
        return;
    }
    res->content_type = strstr(m->media, ".png") ? "image/png" : "image/jpeg";
    if (may == 2) {
        /* a browser may keep it a while; no shared cache may, and a member
         * removed stops getting it from here at once */
        reader_header_add(res, "Cache-Control: private, max-age=" MEDIA_PRIVATE_MAX_AGE);
        reader_header_add(res, "Vary: Cookie, Authorization");
    } else {
        reader_header_add(res, "Cache-Control: public, max-age=31536000, immutable");
    }
    reader_header_add(res, "X-Content-Type-Options: nosniff");
}
