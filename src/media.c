/*
 * media: the upload checks and the re-encoding with libvips (see media.h).
 * Each step refuses what it cannot vouch for, in order: the signature, the
 * header's pixel count, the whole decode; only then are pixels re-encoded,
 * without any of the upload's metadata.
 */
#include "media.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <openssl/evp.h>
#include <vips/vips.h>

#include "log.h"

#define MEDIA_JPEG_Q 82

static pthread_once_t media_once = PTHREAD_ONCE_INIT;
static int media_init_rc = -EIO;

/* libvips' warnings (a truncated file, a bad chunk) are about one upload,
 * whose refusal already says why: they go to the debug log, in its format,
 * rather than to stderr in glib's. */
static void media_vips_log(const gchar *domain, GLogLevelFlags level, const gchar *message,
                           gpointer arg)
{
    (void)domain;
    (void)level;
    (void)arg;
    log_debug("media: libvips: %s", message);
}

static void media_start(void)
{
    g_log_set_handler("VIPS", G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO,
                      media_vips_log, NULL);
    if (VIPS_INIT("crier") != 0)
        return;
    /* Only the three loaders named below ever see an upload, but a loader
     * vips finds on its own must not be one of the untrusted ones either. */
    vips_block_untrusted_set(TRUE);
    /* Uploads are never read twice: caching operations only holds memory. */
    vips_cache_set_max(0);
    vips_cache_set_max_mem(0);
    media_init_rc = 0;
}

int media_init(void)
{
    pthread_once(&media_once, media_start);
    return media_init_rc;
}

enum media_type media_type_of(const char *content_type)
{
    static const struct {
        const char *name;
        enum media_type t;
    } types[] = {{"image/jpeg", MEDIA_JPEG}, {"image/png", MEDIA_PNG}, {"image/webp", MEDIA_WEBP}};
    size_t n;

    if (!content_type)
        return 0;
    while (*content_type == ' ' || *content_type == '\t')
        content_type++;
    n = strcspn(content_type, "; \t");
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (strlen(types[i].name) == n && strncasecmp(content_type, types[i].name, n) == 0)
            return types[i].t;
    return 0;
}

/* The type the first bytes say, or 0. */
static enum media_type sniff(const unsigned char *p, size_t len)
{
    static const unsigned char png[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (len >= 3 && p[0] == 0xff && p[1] == 0xd8 && p[2] == 0xff)
        return MEDIA_JPEG;
    if (len >= 8 && memcmp(p, png, 8) == 0)
        return MEDIA_PNG;
    if (len >= 12 && memcmp(p, "RIFF", 4) == 0 && memcmp(p + 8, "WEBP", 4) == 0)
        return MEDIA_WEBP;
    return 0;
}

static int refuse(struct media_error *err, int status, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static int refuse(struct media_error *err, int status, const char *code, const char *fmt, ...)
{
    va_list ap;
    err->status = status;
    err->code = code;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return -EINVAL;
}

/* The first line of what libvips said went wrong (its buffer is cleared). */
static void vips_reason(char *out, size_t outsz)
{
    const char *e = vips_error_buffer();
    size_t n = strcspn(e, "\n");
    if (n >= outsz)
        n = outsz - 1;
    memcpy(out, e, n);
    out[n] = '\0';
    vips_error_clear();
}

/* A PNG's size, from its IHDR (which must come first): libspng will not
 * even read a header that nothing follows, and a bomb need not carry more.
 * 0, or -1 when the IHDR is not there. */
static int png_size(const unsigned char *p, size_t len, uint64_t *w, uint64_t *h)
{
    if (len < 33 || memcmp(p + 12, "IHDR", 4) != 0)
        return -1;
    *w = (uint64_t)p[16] << 24 | (uint64_t)p[17] << 16 | (uint64_t)p[18] << 8 | p[19];
    *h = (uint64_t)p[20] << 24 | (uint64_t)p[21] << 16 | (uint64_t)p[22] << 8 | p[23];
    return 0;
}

static int too_many(struct media_error *err, uint64_t w, uint64_t h, uint64_t max_pixels)
{
    return refuse(err, 400, "too_many_pixels", "%llu x %llu pixels is more than the %llu allowed",
                  (unsigned long long)w, (unsigned long long)h, (unsigned long long)max_pixels);
}

/* The header only: the loader named by the type, failing on any error or
 * truncation once pixels are read. NULL when even the header is bad. */
static VipsImage *load_header(const void *data, size_t len, enum media_type t)
{
    VipsImage *img = NULL;
    void *buf = (void *)(uintptr_t)data; /* the loaders do not write to it */
    int rc;

    switch (t) {
    case MEDIA_JPEG:
        rc = vips_jpegload_buffer(buf, len, &img, "access", VIPS_ACCESS_SEQUENTIAL, "fail_on",
                                  VIPS_FAIL_ON_ERROR, NULL);
        break;
    case MEDIA_PNG:
        rc = vips_pngload_buffer(buf, len, &img, "access", VIPS_ACCESS_SEQUENTIAL, "fail_on",
                                 VIPS_FAIL_ON_ERROR, NULL);
        break;
    default:
        rc = vips_webpload_buffer(buf, len, &img, "access", VIPS_ACCESS_SEQUENTIAL, "fail_on",
                                  VIPS_FAIL_ON_ERROR, NULL);
        break;
    }
    return rc == 0 ? img : NULL;
}

/* Replaces *img by *next (taking it), or fails when the step failed. next
 * is passed by address: it is read after the step's call has run. */
static int step(VipsImage **img, int rc, VipsImage **next)
{
    if (rc != 0 || !*next)
        return -EIO;
    g_object_unref(*img);
    *img = *next;
    *next = NULL;
    return 0;
}

/* Decoded whole into memory, turned upright, as 8-bit sRGB (or grey), its
 * ICC profile applied. */
static int decode(VipsImage **img)
{
    VipsImage *next = NULL;

    next = vips_image_copy_memory(*img);
    if (step(img, 0, &next) < 0)
        return -EIO;
    if (step(img, vips_autorot(*img, &next, NULL), &next) < 0)
        return -EIO;
    /* The profile goes with the metadata: its colours are turned into sRGB
     * first (a phone's Display P3 would look dull otherwise). A profile
     * libvips cannot use is ignored, as a browser would. */
    if (vips_image_get_typeof(*img, VIPS_META_ICC_NAME) &&
        step(img, vips_icc_transform(*img, &next, "srgb", "embedded", TRUE, NULL), &next) < 0)
        vips_error_clear();
    if (vips_image_get_interpretation(*img) != VIPS_INTERPRETATION_B_W &&
        vips_image_get_interpretation(*img) != VIPS_INTERPRETATION_sRGB &&
        step(img, vips_colourspace(*img, &next, VIPS_INTERPRETATION_sRGB, NULL), &next) < 0)
        return -EIO;
    if (vips_image_get_format(*img) != VIPS_FORMAT_UCHAR &&
        step(img, vips_cast(*img, &next, VIPS_FORMAT_UCHAR, NULL), &next) < 0)
        return -EIO;
    return 0;
}

static void hex_sha256(const void *data, size_t len, char out[65])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned mdlen = 0;
    static const char hex[] = "0123456789abcdef";

    EVP_Digest(data, len, md, &mdlen, EVP_sha256(), NULL);
    for (unsigned i = 0; i < 32; i++) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 15];
    }
    out[64] = '\0';
}

/* One output: img scaled to width w (never up), stripped, encoded. */
static int encode_size(VipsImage *img, unsigned w, struct media_size *sz)
{
    VipsImage *scaled = img;
    void *buf = NULL;
    size_t len = 0;
    int rc, alpha = vips_image_hasalpha(img);
    char hash[65];

    if (w < (unsigned)vips_image_get_width(img)) {
        double scale = (double)w / vips_image_get_width(img);
        if (vips_resize(img, &scaled, scale, NULL) != 0)
            return -EIO;
    } else {
        g_object_ref(img);
    }
    if (alpha)
        rc = vips_pngsave_buffer(scaled, &buf, &len, "strip", TRUE, "compression", 6, NULL);
    else
        rc = vips_jpegsave_buffer(scaled, &buf, &len, "strip", TRUE, "Q", MEDIA_JPEG_Q,
                                  "optimize_coding", TRUE, NULL);
    sz->width = (unsigned)vips_image_get_width(scaled);
    sz->height = (unsigned)vips_image_get_height(scaled);
    g_object_unref(scaled);
    if (rc != 0)
        return -EIO;
    sz->type = alpha ? MEDIA_PNG : MEDIA_JPEG;
    sz->data = buf;
    sz->len = len;
    hex_sha256(buf, len, hash);
    snprintf(sz->name, sizeof sz->name, "%s.%s", hash, alpha ? "png" : "jpg");
    return 0;
}

/* The widths to make for an image w wide, narrowest first. */
static size_t plan_widths(unsigned w, unsigned out[MEDIA_MAX_SIZES])
{
    static const unsigned widths[] = MEDIA_WIDTHS;
    size_t n = 0, nw = sizeof widths / sizeof widths[0];

    for (size_t i = 0; i + 1 < nw && n + 1 < MEDIA_MAX_SIZES; i++)
        if (widths[i] < w)
            out[n++] = widths[i];
    out[n++] = w < widths[nw - 1] ? w : widths[nw - 1]; /* the largest, never enlarged */
    return n;
}

int media_process(const void *data, size_t len, enum media_type declared, uint64_t max_pixels,
                  struct media_result *out, struct media_error *err)
{
    unsigned widths[MEDIA_MAX_SIZES];
    char why[120];
    enum media_type found = sniff(data, len);
    VipsImage *img;

    memset(out, 0, sizeof *out);
    memset(err, 0, sizeof *err);
    if (!max_pixels)
        max_pixels = MEDIA_DEFAULT_MAX_PIXELS;
    if (declared != MEDIA_JPEG && declared != MEDIA_PNG && declared != MEDIA_WEBP)
        return refuse(err, 415, "unsupported_media_type",
                      "send image/jpeg, image/png or image/webp");
    if (found != declared)
        return refuse(err, 400, "not_an_image",
                      found ? "the bytes are an image of another type than the Content-Type says"
                            : "the bytes are not a JPEG, PNG or WebP image");
    if (media_init() < 0)
        return refuse(err, 500, "internal", "the image library could not start");
    uint64_t w, h;
    if (declared == MEDIA_PNG && png_size(data, len, &w, &h) == 0 && w * h > max_pixels)
        return too_many(err, w, h, max_pixels);
    if (!(img = load_header(data, len, declared))) {
        vips_reason(why, sizeof why);
        return refuse(err, 400, "corrupt_image", "the image header cannot be read: %s", why);
    }
    w = (uint64_t)vips_image_get_width(img);
    h = (uint64_t)vips_image_get_height(img);
    if (w == 0 || h == 0 || w * h > max_pixels) {
        g_object_unref(img);
        return too_many(err, w, h, max_pixels);
    }
    if (decode(&img) < 0) {
        g_object_unref(img);
        vips_reason(why, sizeof why);
        return refuse(err, 400, "corrupt_image", "the image is truncated or corrupt: %s", why);
    }
    out->width = (unsigned)vips_image_get_width(img); /* upright */
    out->height = (unsigned)vips_image_get_height(img);
    size_t n = plan_widths(out->width, widths);
    for (size_t i = 0; i < n; i++) {
        if (encode_size(img, widths[i], &out->sizes[i]) < 0) {
            g_object_unref(img);
            media_result_free(out);
            vips_reason(why, sizeof why);
            return refuse(err, 400, "corrupt_image", "the image cannot be re-encoded: %s", why);
        }
        out->nsizes = i + 1;
    }
    g_object_unref(img);
    memcpy(out->id, out->sizes[n - 1].name, 64);
    out->id[64] = '\0';
    return 0;
}

void media_result_free(struct media_result *r)
{
    for (size_t i = 0; i < r->nsizes; i++)
        g_free(r->sizes[i].data);
    memset(r, 0, sizeof *r);
}
