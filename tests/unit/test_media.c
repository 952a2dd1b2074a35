/* media: the upload checks (signature, pixel limit before decoding, corrupt
 * data), the sizes made (never enlarged, alpha kept as PNG, turned upright),
 * no metadata left, and the directory store. The images are made here with
 * libvips itself. */
#include "tap.h"

#include <errno.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <vips/vips.h>
#include <zlib.h>

#include "media.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* A w x h image with noise (so that it does not compress to nothing), of
 * bands bands, encoded as JPEG (orientation set when > 0) or PNG. */
static void *make_image(int w, int h, int bands, int png, int orientation, size_t *len)
{
    VipsImage *noise = NULL, *u8 = NULL, *img = NULL;
    void *buf = NULL;
    VipsImage *b[4];

    if (vips_gaussnoise(&noise, w, h, "mean", 128.0, "sigma", 40.0, NULL) ||
        vips_cast(noise, &u8, VIPS_FORMAT_UCHAR, NULL))
        return NULL;
    for (int i = 0; i < bands; i++)
        b[i] = u8;
    if (vips_bandjoin(b, &img, bands, NULL))
        return NULL;
    VipsImage *srgb = NULL;
    vips_copy(img, &srgb, "interpretation",
              bands >= 3 ? VIPS_INTERPRETATION_sRGB : VIPS_INTERPRETATION_B_W, NULL);
    if (orientation > 0)
        vips_image_set_int(srgb, VIPS_META_ORIENTATION, orientation);
    if (png)
        vips_pngsave_buffer(srgb, &buf, len, NULL);
    else
        vips_jpegsave_buffer(srgb, &buf, len, "Q", 90, NULL);
    g_object_unref(noise);
    g_object_unref(u8);
    g_object_unref(img);
    g_object_unref(srgb);
    return buf;
}

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

/* A PNG signature and an IHDR saying w x h, with its CRC, and nothing else. */
static size_t png_header(unsigned char out[33], uint32_t w, uint32_t h)
{
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    memcpy(out, sig, 8);
    put32(out + 8, 13);
    memcpy(out + 12, "IHDR", 4);
    put32(out + 16, w);
    put32(out + 20, h);
    out[24] = 8; /* depth */
    out[25] = 2; /* truecolour */
    out[26] = out[27] = out[28] = 0;
    put32(out + 29, (uint32_t)crc32(0, out + 12, 17));
    return 33;
}

static void test_types(void)
{
    is_int(media_type_of("image/jpeg"), MEDIA_JPEG, "image/jpeg");
    is_int(media_type_of("Image/PNG; charset=x"), MEDIA_PNG, "parameters ignored, any case");
    is_int(media_type_of("image/webp"), MEDIA_WEBP, "image/webp");
    is_int(media_type_of("image/gif"), 0, "gif is not taken");
    is_int(media_type_of("image/jpegx"), 0, "no prefix match");
    is_int(media_type_of(NULL), 0, "no type");
}

static void test_refusals(void)
{
    struct media_result r;
    struct media_error e;
    const char html[] = "<!doctype html><html><body><script>alert(1)</script></body></html>";
    unsigned char hdr[33];
    size_t len;

    is_int(media_process(html, sizeof html - 1, MEDIA_JPEG, 0, &r, &e), -EINVAL,
           "HTML declared as image/jpeg is refused");
    is_int(e.status, 400, "as a 400");
    is_str(e.code, "not_an_image", "not_an_image");

    void *png = make_image(64, 64, 3, 1, 0, &len);
    is_int(media_process(png, len, MEDIA_JPEG, 0, &r, &e), -EINVAL, "a PNG declared JPEG");
    is_str(e.code, "not_an_image", "is not taken for another type");
    is_int(media_process(png, len, 0, 0, &r, &e), -EINVAL, "no declared type");
    is_int(e.status, 415, "is 415");
    g_free(png);

    len = png_header(hdr, 50000, 50000);
    double t0 = now_ms();
    int rc = media_process(hdr, len, MEDIA_PNG, 0, &r, &e);
    double took = now_ms() - t0;
    is_int(rc, -EINVAL, "a 50,000 x 50,000 PNG header is refused");
    is_str(e.code, "too_many_pixels", "as too_many_pixels");
    ok(took < 200, "before decoding (%.1f ms)", took);
    ok(strstr(e.message, "50000 x 50000") != NULL, "the message says the size: %s", e.message);

    len = png_header(hdr, 300, 200);
    is_int(media_process(hdr, len, MEDIA_PNG, 0, &r, &e), -EINVAL, "a header with no pixels");
    is_str(e.code, "corrupt_image", "is corrupt_image");

    void *jpg = make_image(640, 480, 3, 0, 0, &len);
    is_int(media_process(jpg, len / 2, MEDIA_JPEG, 0, &r, &e), -EINVAL, "a truncated JPEG");
    is_int(e.status, 400, "is a 400");
    is_str(e.code, "corrupt_image", "corrupt_image");
    ok(strstr(e.message, "truncated or corrupt") != NULL, "with a clear message: %s", e.message);
    is_int(media_process(jpg, len, MEDIA_JPEG, 640 * 480 - 1, &r, &e), -EINVAL,
           "one pixel over max_pixels");
    is_str(e.code, "too_many_pixels", "too_many_pixels");
    g_free(jpg);
}

static int no_metadata(const struct media_size *s)
{
    VipsImage *img = vips_image_new_from_buffer(s->data, s->len, "", NULL);
    if (!img)
        return 0;
    int clean = !vips_image_get_typeof(img, VIPS_META_EXIF_NAME) &&
                !vips_image_get_typeof(img, VIPS_META_XMP_NAME) &&
                !vips_image_get_typeof(img, VIPS_META_IPTC_NAME) &&
                !vips_image_get_typeof(img, VIPS_META_ICC_NAME);
    g_object_unref(img);
    return clean;
}

static void check_widths(const struct media_result *r, const unsigned *want, size_t n,
                         const char *what)
{
    is_int(r->nsizes, n, "%s: %zu sizes", what, n);
    for (size_t i = 0; i < n && i < r->nsizes; i++)
        is_int(r->sizes[i].width, want[i], "%s: size %zu is %u wide", what, i, want[i]);
}

static void test_sizes(void)
{
    struct media_result r;
    struct media_error e;
    size_t len;

    void *big = make_image(2500, 1200, 3, 0, 0, &len);
    is_int(media_process(big, len, MEDIA_JPEG, 0, &r, &e), 0, "a 2500-wide JPEG");
    check_widths(&r, (const unsigned[]){320, 640, 1024, 1600, 2048}, 5, "2500 wide");
    is_int(r.sizes[4].height, 983, "the height follows the ratio");
    int all_jpeg = 1, all_clean = 1;
    for (size_t i = 0; i < r.nsizes; i++) {
        all_jpeg &= r.sizes[i].type == MEDIA_JPEG && strstr(r.sizes[i].name, ".jpg") &&
                    media_name_ok(r.sizes[i].name);
        all_clean &= no_metadata(&r.sizes[i]);
    }
    ok(all_jpeg, "opaque: every size a JPEG with a content name");
    ok(all_clean, "no EXIF, XMP, IPTC or ICC left in any size");
    ok(strncmp(r.id, r.sizes[4].name, 64) == 0 && strlen(r.id) == 64, "id: the largest's hash");
    media_result_free(&r);
    g_free(big);

    void *small = make_image(500, 250, 3, 0, 0, &len);
    is_int(media_process(small, len, MEDIA_JPEG, 0, &r, &e), 0, "a 500-wide JPEG");
    check_widths(&r, (const unsigned[]){320, 500}, 2, "500 wide, never enlarged");
    media_result_free(&r);
    g_free(small);

    void *tiny = make_image(100, 80, 3, 0, 0, &len);
    is_int(media_process(tiny, len, MEDIA_JPEG, 0, &r, &e), 0, "a 100-wide JPEG");
    check_widths(&r, (const unsigned[]){100}, 1, "100 wide");
    media_result_free(&r);
    g_free(tiny);

    void *alpha = make_image(700, 300, 4, 1, 0, &len);
    is_int(media_process(alpha, len, MEDIA_PNG, 0, &r, &e), 0, "a PNG with alpha");
    check_widths(&r, (const unsigned[]){320, 640, 700}, 3, "700 wide");
    ok(r.sizes[0].type == MEDIA_PNG && strstr(r.sizes[2].name, ".png"), "alpha stays PNG");
    media_result_free(&r);
    g_free(alpha);

    void *opaque_png = make_image(400, 300, 3, 1, 0, &len);
    is_int(media_process(opaque_png, len, MEDIA_PNG, 0, &r, &e), 0, "an opaque PNG");
    ok(r.sizes[0].type == MEDIA_JPEG, "becomes JPEG");
    media_result_free(&r);
    g_free(opaque_png);

    void *turned = make_image(800, 400, 3, 0, 6, &len);
    is_int(media_process(turned, len, MEDIA_JPEG, 0, &r, &e), 0, "a JPEG with orientation 6");
    is_int(r.width, 400, "is turned upright: 400 wide");
    is_int(r.height, 800, "and 800 high");
    is_int(r.sizes[r.nsizes - 1].height, 800, "the largest size is upright too");
    ok(no_metadata(&r.sizes[0]), "and its orientation tag is gone");
    media_result_free(&r);
    g_free(turned);
}

/* WebP comes in, JPEG goes out; its signature is checked as the others'. */
static void test_webp(void)
{
    VipsImage *black, *img;
    struct media_result r;
    struct media_error e;
    void *buf;
    size_t len;

    vips_black(&black, 700, 400, "bands", 3, NULL);
    vips_copy(black, &img, "interpretation", VIPS_INTERPRETATION_sRGB, NULL);
    vips_webpsave_buffer(img, &buf, &len, NULL);
    is_int(media_process(buf, len, MEDIA_PNG, 0, &r, &e), -EINVAL, "a WebP declared PNG");
    is_str(e.code, "not_an_image", "is not taken");
    is_int(media_process(buf, len, MEDIA_WEBP, 0, &r, &e), 0, "a WebP");
    check_widths(&r, (const unsigned[]){320, 640, 700}, 3, "700-wide WebP");
    ok(r.sizes[0].type == MEDIA_JPEG, "becomes JPEG");
    media_result_free(&r);
    g_free(buf);
    g_object_unref(black);
    g_object_unref(img);
}

/* A flat (200, 100, 50) in Display P3 is turned into sRGB (about 215, 93,
 * 32) before the profile is stripped; read as sRGB it would be duller. */
static void test_icc(void)
{
    VipsImage *black, *lin, *u8, *img, *out;
    VipsBlob *p3 = NULL;
    struct media_result r;
    struct media_error e;
    void *buf;
    size_t len, n;
    double *px;
    int npx;

    if (vips_profile_load("p3", &p3, NULL) != 0) {
        ok(1, "# SKIP libvips has no built-in p3 profile");
        return;
    }
    const void *prof = vips_blob_get(p3, &n);
    vips_black(&black, 64, 64, "bands", 3, NULL);
    vips_linear(black, &lin, (double[]){1, 1, 1}, (double[]){200, 100, 50}, 3, NULL);
    vips_cast(lin, &u8, VIPS_FORMAT_UCHAR, NULL);
    vips_copy(u8, &img, "interpretation", VIPS_INTERPRETATION_sRGB, NULL);
    vips_image_set_blob_copy(img, VIPS_META_ICC_NAME, prof, n);
    vips_jpegsave_buffer(img, &buf, &len, "Q", 95, NULL);
    is_int(media_process(buf, len, MEDIA_JPEG, 0, &r, &e), 0, "a JPEG in Display P3");
    out = vips_image_new_from_buffer(r.sizes[0].data, r.sizes[0].len, "", NULL);
    vips_getpoint(out, &px, &npx, 32, 32, NULL);
    ok(px[0] >= 209 && px[2] <= 40, "its colours are turned into sRGB: %.0f %.0f %.0f", px[0],
       px[1], px[2]);
    ok(no_metadata(&r.sizes[0]), "and the profile is gone");
    g_free(px);
    g_object_unref(out);
    media_result_free(&r);
    g_free(buf);
    VipsImage *all[] = {black, lin, u8, img};
    for (size_t i = 0; i < 4; i++)
        g_object_unref(all[i]);
    vips_area_unref(VIPS_AREA(p3));
}

static void test_store(void)
{
    char dir[] = "/tmp/crier-media-XXXXXX", sub[64];
    struct media_store s;
    struct stat st;
    const char *name = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.jpg";
    char buf[8];
    int fd;
    size_t len;

    ok(mkdtemp(dir) != NULL, "scratch dir");
    snprintf(sub, sizeof sub, "%s/media", dir);
    is_int(media_store_dir(&s, sub), 0, "store opened");
    ok(stat(sub, &st) == 0 && (st.st_mode & 0777) == 0700, "its directory is 0700");
    is_int(s.put(&s, name, "abc", 3), 0, "put");
    is_int(s.put(&s, name, "xyz", 3), 0, "put again is a no-op");
    is_int(s.open(&s, name, &fd, &len), 0, "open");
    is_int(len, 3, "size");
    ok(read(fd, buf, 3) == 3 && memcmp(buf, "abc", 3) == 0, "the first bytes stay");
    ok(fstat(fd, &st) == 0 && (st.st_mode & 0777) == 0600, "the file is 0600");
    close(fd);
    is_int(s.open(&s, "../crier.db", &fd, &len), -ENOENT, "a traversal name is not found");
    is_int(s.put(&s, "x.jpg", "a", 1), -EINVAL, "a bad name is not stored");
    is_int(s.open(&s, "1123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.jpg", &fd,
                  &len),
           -ENOENT, "an unknown name is not found");
    s.close(&s);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ok(system(cmd) == 0, "cleaned");
}

/* Writes text under name in s. */
static int put_text(struct media_store *s, const char *name, const char *text)
{
    return s->put(s, name, text, strlen(text));
}

/* The sidecar with its owner, and the index that leads each size back to
 * it: what GET /media/{name} reads to decide who may have a size. */
static void test_meta(void)
{
    char dir[] = "/tmp/crier-media-XXXXXX", sub[64], name[80], ref[80], got[65];
    struct media_store s;
    struct media_result r;
    struct media_error e;
    struct media_meta m;
    size_t len;
    char *text;

    ok(mkdtemp(dir) != NULL, "scratch dir");
    snprintf(sub, sizeof sub, "%s/media", dir);
    is_int(media_store_dir(&s, sub), 0, "store opened");
    void *img = make_image(1000, 700, 3, 0, 0, &len);
    is_int(media_process(img, len, MEDIA_JPEG, 0, &r, &e), 0, "a 1000-wide JPEG");
    g_free(img);

    /* with an owner */
    text = media_meta_text(&r, "Un quai", "photos", 42);
    ok(text && strstr(text, "\"channel\":\"photos\"") && strstr(text, "\"channel_id\":42"),
       "the sidecar names its channel: %s", text ? text : "(null)");
    ok(text && strstr(text, "\"height\":448"), "and each size's height");
    snprintf(name, sizeof name, "%s.json", r.id);
    is_int(put_text(&s, name, text), 0, "stored");
    free(text);
    is_int(media_meta_read(&s, r.id, &m), 0, "read back");
    is_str(m.channel, "photos", "channel");
    ok(m.channel_id == 42, "channel_id");
    is_str(m.alt, "Un quai", "alt");
    media_meta_free(&m);

    /* without one: a photo of no channel, as every sidecar before */
    text = media_meta_text(&r, "Un quai", NULL, 0);
    ok(text && !strstr(text, "channel"), "no channel: none written");
    is_int(put_text(&s, name, text), 0, "replaced (a sidecar is)");
    free(text);
    is_int(media_meta_read(&s, r.id, &m), 0, "read back");
    ok(m.channel == NULL && m.channel_id == 0, "no owner");
    media_meta_free(&m);
    char buf[512];
    snprintf(buf, sizeof buf,
             "{\"alt\":\"x\",\"width\":100,\"height\":80,\"sizes\":[{\"width\":100,"
             "\"name\":\"%s.jpg\"}]}",
             r.id);
    is_int(put_text(&s, name, buf), 0, "a sidecar written before owners were kept");
    is_int(media_meta_read(&s, r.id, &m), 0, "still reads");
    ok(m.channel == NULL, "and has no owner");
    media_meta_free(&m);
    for (int i = 0; i < 3; i++) {
        static const char *const bad[] = {"\"channel\":\"photos\"", "\"channel_id\":42",
                                          "\"channel\":\"\",\"channel_id\":42"};
        snprintf(buf, sizeof buf,
                 "{\"alt\":\"x\",\"width\":100,\"height\":80,\"sizes\":[{\"width\":100,"
                 "\"name\":\"%s.jpg\"}],%s}",
                 r.id, bad[i]);
        put_text(&s, name, buf);
        is_int(media_meta_read(&s, r.id, &m), -EINVAL, "half an owner is no sidecar: %s", bad[i]);
    }

    /* the index: each size but the largest has "<hash>.ref" with the id */
    ok(media_ref_name_ok("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.ref"),
       "hex.ref is an index name");
    ok(!media_name_ok("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.ref"),
       "never served");
    ok(!media_ref_name_ok("../x.ref") && !media_ref_name_ok(r.sizes[0].name), "nothing else is");
    snprintf(ref, sizeof ref, "%.64s.ref", r.sizes[0].name);
    is_int(s.put(&s, ref, r.id, 64), 0, "the 320 size's entry");
    is_int(s.put(&s, ref, "f123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", 64),
           0, "another photo's claim on the same size...");
    is_int(media_photo_of(&s, r.sizes[0].name, got), 0, "a size leads to its photo");
    is_str(got, r.id, "...and the first claim stays");
    is_int(media_photo_of(&s, r.sizes[r.nsizes - 1].name, got), 0, "the largest, by its sidecar");
    is_str(got, r.id, "its name is the id");
    is_int(media_photo_of(&s, r.sizes[1].name, got), -ENOENT,
           "a size with no entry (stored before the index): not found");
    is_int(media_photo_of(&s, "x.jpg", got), -EINVAL, "a bad name");
    snprintf(ref, sizeof ref, "%.64s.ref", r.sizes[1].name);
    is_int(put_text(&s, ref, "not an id"), 0, "a broken entry");
    is_int(media_photo_of(&s, r.sizes[1].name, got), -EINVAL, "is refused, not guessed");

    media_result_free(&r);
    s.close(&s);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ok(system(cmd) == 0, "cleaned");
}

static void test_names(void)
{
    ok(media_name_ok("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.png"),
       "hex.png");
    ok(!media_name_ok("0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef.png"),
       "no capitals");
    ok(!media_name_ok("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.gif"),
       "no other extension");
    ok(!media_name_ok("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.jpgx"),
       "nothing after");
    ok(!media_name_ok("../crier.db"), "no traversal");
    ok(!media_name_ok(""), "not empty");
    /* The sidecar of a photo is stored, never served. */
    const char *side = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.json";
    ok(media_meta_name_ok(side), "hex.json is a sidecar name");
    ok(!media_name_ok(side), "a sidecar is not a served name");
    ok(!media_meta_name_ok("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.jpg"),
       "a photo is not a sidecar");
    ok(!media_meta_name_ok("../x.json"), "no traversal in a sidecar name");
    ok(media_id_ok("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"),
       "an id is 64 lower-case hex digits");
    ok(!media_id_ok("0123456789abcdef"), "a short id is not one");
}

int main(void)
{
    if (media_init() != 0) {
        printf("Bail out! libvips does not start\n");
        return 1;
    }
    test_types();
    test_names();
    test_refusals();
    test_sizes();
    test_icc();
    test_webp();
    test_store();
    test_meta();
    return done_testing();
}
