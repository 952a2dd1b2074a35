/* api_media: photos. POST /api/v1/channels/{slug}/media?alt=TEXT takes one
 * image as the request body (its Content-Type says which), from a token that
 * may publish to the channel; media.c checks and re-encodes it on this worker
 * thread, and every size is stored under its content name. GET /media/{name}
 * serves a stored size to anyone, cacheable forever. */
#include "api_int.h"

#include <errno.h>
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

static atomic_int media_busy;

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

/* The sidecar "<id>.json" (media_meta_text), after the sizes it names, so
 * that a post can refer to the photo by id. 0 or -errno. */
static int put_meta(struct media_store *s, const struct media_result *r, const char *alt)
{
    char name[80], *text = media_meta_text(r, alt);
    int rc;

    if (!text)
        return -ENOMEM;
    snprintf(name, sizeof name, "%s.json", r->id);
    rc = s->put(s, name, text, strlen(text));
    free(text);
    return rc;
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
    if (api_channel_for_editor(api, m, who, &ch, res) < 0)
        return;
    store_channel_clear(&ch);
    if (alt_text(req, alt, sizeof alt, res) < 0)
        return;
    if (!(t = media_type_of(http_header_get(req, "content-type")))) {
        response_error(res, 415, "unsupported_media_type",
                       "send the image as the body, with Content-Type image/jpeg, image/png or "
                       "image/webp");
        return;
    }
    if (req->body_len > api->media_max_bytes) {
        response_error(res, 413, "too_large", "the image is %zu bytes; the limit is %zu",
                       req->body_len, api->media_max_bytes);
        return;
    }
    if (atomic_fetch_add(&media_busy, 1) >= MEDIA_AT_ONCE) {
        atomic_fetch_sub(&media_busy, 1);
        reader_header_add(res, "Retry-After: 2");
        response_error(res, 503, "busy", "other photos are being processed; try again shortly");
        return;
    }
    rc = media_process(req->body, req->body_len, t, api->media_max_pixels, &r, &e);
    atomic_fetch_sub(&media_busy, 1);
    if (rc < 0) {
        response_error(res, e.status, e.code, "%s", e.message);
        return;
    }
    for (size_t i = 0; i < r.nsizes; i++) {
        if ((rc = api->media->put(api->media, r.sizes[i].name, r.sizes[i].data, r.sizes[i].len)) <
            0) {
            media_result_free(&r);
            response_error(res, 500, "internal", "the photo could not be stored: %s",
                           strerror(-rc));
            return;
        }
    }
    if ((rc = put_meta(api->media, &r, alt)) < 0) {
        media_result_free(&r);
        response_error(res, 500, "internal", "the photo's metadata could not be stored: %s",
                       strerror(-rc));
        return;
    }
    api_reply(res, 201, media_json(&r, alt));
    media_result_free(&r);
}

/* GET /media/{name}: the router only lets media names through. */
void api_media_file(struct api *api, const struct route_match *m, struct response *res)
{
    char chunk[65536];
    size_t len = 0;
    int fd = -1;
    ssize_t n;

    if (!api->media || !media_name_ok(m->media) ||
        api->media->open(api->media, m->media, &fd, &len) < 0) {
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
    reader_header_add(res, "Cache-Control: public, max-age=31536000, immutable");
    reader_header_add(res, "X-Content-Type-Options: nosniff");
}
