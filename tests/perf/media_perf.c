/*
 * media_perf: one 12-megapixel photo (4000 x 3000, made here by libvips:
 * noise over a gradient, a JPEG at quality 90, about what a phone sends)
 * through media_process(): the checks, the decode, the turn upright and
 * every size re-encoded. Prints the median of 3 runs in ms and in ms per
 * megapixel, and the peak RSS (getrusage ru_maxrss) before and after, for
 * `make bench`. Never fails on figures.
 *   build/rel/perf/media_perf [width height runs]
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include <vips/vips.h>

#include "media.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static long peak_rss_kib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static int dbl_cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* A w x h photo-like JPEG: a gradient with noise on it. */
static void *make_photo(int w, int h, size_t *len)
{
    VipsImage *noise, *xyz, *grad, *sum, *u8, *rgb, *srgb;
    VipsImage *b[3];
    void *buf = NULL;

    if (vips_gaussnoise(&noise, w, h, "mean", 0.0, "sigma", 18.0, NULL) ||
        vips_xyz(&xyz, w, h, NULL) || vips_extract_band(xyz, &grad, 0, NULL))
        return NULL;
    VipsImage *scaled;
    vips_linear1(grad, &scaled, 200.0 / w, 28.0, NULL);
    vips_add(scaled, noise, &sum, NULL);
    vips_cast(sum, &u8, VIPS_FORMAT_UCHAR, NULL);
    b[0] = b[1] = b[2] = u8;
    vips_bandjoin(b, &rgb, 3, NULL);
    vips_copy(rgb, &srgb, "interpretation", VIPS_INTERPRETATION_sRGB, NULL);
    vips_jpegsave_buffer(srgb, &buf, len, "Q", 90, NULL);
    VipsImage *all[] = {noise, xyz, grad, scaled, sum, u8, rgb, srgb};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        g_object_unref(all[i]);
    return buf;
}

int main(int argc, char **argv)
{
    int w = argc > 2 ? atoi(argv[1]) : 4000, h = argc > 2 ? atoi(argv[2]) : 3000;
    int runs = argc > 3 ? atoi(argv[3]) : 3;
    double ms[16];
    size_t len, out_bytes = 0;
    struct media_result r;
    struct media_error e;

    if (runs < 1 || runs > 16 || w < 1 || h < 1 || media_init() < 0) {
        fprintf(stderr, "media_perf: bad arguments or libvips does not start\n");
        return 1;
    }
    void *photo = make_photo(w, h, &len);
    if (!photo) {
        fprintf(stderr, "media_perf: cannot make the photo\n");
        return 1;
    }
    long rss_before = peak_rss_kib();
    for (int i = 0; i < runs; i++) {
        double t0 = now_ms();
        if (media_process(photo, len, MEDIA_JPEG, 0, &r, &e) < 0) {
            fprintf(stderr, "media_perf: refused: %s %s\n", e.code, e.message);
            return 1;
        }
        ms[i] = now_ms() - t0;
        out_bytes = 0;
        for (size_t k = 0; k < r.nsizes; k++)
            out_bytes += r.sizes[k].len;
        if (i + 1 < runs)
            media_result_free(&r);
    }
    qsort(ms, (size_t)runs, sizeof ms[0], dbl_cmp);
    double mp = (double)w * h / 1e6, med = ms[runs / 2];
    printf("media_perf: %dx%d (%.1f MP) JPEG of %zu KiB -> %zu sizes (%zu KiB), vips threads %d\n",
           w, h, mp, len >> 10, r.nsizes, out_bytes >> 10, vips_concurrency_get());
    printf("media_perf: median of %d: %.0f ms, %.1f ms/MP (min %.0f, max %.0f ms)\n", runs, med,
           med / mp, ms[0], ms[runs - 1]);
    printf("media_perf: peak RSS %ld MiB (%ld MiB before processing; the upload itself %zu KiB)\n",
           peak_rss_kib() >> 10, rss_before >> 10, len >> 10);
    media_result_free(&r);
    g_free(photo);
    return 0;
}
