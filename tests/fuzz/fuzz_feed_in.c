// FUZZ_SOURCES: src/feed_in.c
/*
 * fuzz_feed_in: a followed feed's document, which anyone on the web writes.
 * The input is any bytes; its first byte picks the content type and the base
 * URL given with the rest (the document is not read incrementally, so it is
 * not split). Checks: nothing is read outside the input (ASan: the input is
 * copied to a buffer of its exact size); a success has a known kind and at
 * most FEED_ITEMS_MAX items, each with something to show; every string is
 * valid UTF-8 within its limit (short fields FEED_SHORT_MAX, bodies
 * FEED_FIELD_MAX); links and images start with http:// or https://; a failure
 * says why and leaves out untouched. feed_time reads the input as a string.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "feed_in.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_utf8(const char *s, size_t max)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n;

    if (!s)
        return;
    n = strlen(s);
    if (n == 0 || n > max)
        abort();
    for (size_t i = 0; i < n;) {
        unsigned c = p[i], cp;
        size_t k = c < 0x80                 ? 1
                   : c >= 0xC2 && c <= 0xDF ? 2
                   : (c & 0xF0) == 0xE0     ? 3
                   : c >= 0xF0 && c <= 0xF4 ? 4
                                            : 0;
        if (!k || i + k > n)
            abort();
        cp = k == 1 ? c : c & (0x7F >> k);
        for (size_t j = 1; j < k; j++) {
            if ((p[i + j] & 0xC0) != 0x80)
                abort();
            cp = cp << 6 | (p[i + j] & 0x3F);
        }
        if ((k == 3 && cp < 0x800) || (k == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            abort();
        i += k;
    }
}

static void check_url(const char *s)
{
    check_utf8(s, FEED_SHORT_MAX);
    if (s && strncmp(s, "http://", 7) != 0 && strncmp(s, "https://", 8) != 0)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const types[] = {NULL, "application/rss+xml", "application/feed+json",
                                        "text/html"};
    static const char *const bases[] = {"https://example.org/news/feed.xml", NULL,
                                        "http://h.example/a/b/?q=1#f", "ftp://x.example/"};
    struct feed f = {.kind = 99};
    const char *why = NULL;
    unsigned pick = size ? data[0] : 0;
    char *s;

    if (size)
        data++, size--;
    s = malloc(size ? size : 1);
    memcpy(s, data, size);
    int rc = feed_parse(s, size, types[pick & 3], bases[(pick >> 2) & 3], &f, &why);
    if (rc == 0) {
        if (why || f.kind < FEED_RSS || f.kind > FEED_JSON || f.nitems > FEED_ITEMS_MAX ||
            (f.nitems && !f.items))
            abort();
        check_utf8(f.title, FEED_SHORT_MAX);
        check_url(f.link);
        check_utf8(f.lang, FEED_SHORT_MAX);
        for (size_t i = 0; i < f.nitems; i++) {
            const struct feed_item *it = &f.items[i];
            if (!it->id && !it->link && !it->title && !it->content)
                abort();
            check_utf8(it->id, FEED_SHORT_MAX);
            check_url(it->link);
            check_utf8(it->title, FEED_SHORT_MAX);
            check_utf8(it->content, FEED_FIELD_MAX);
            check_utf8(it->summary, FEED_FIELD_MAX);
            check_url(it->image);
            check_utf8(it->author, FEED_SHORT_MAX);
            check_utf8(it->lang, FEED_SHORT_MAX);
            if ((it->title_html | it->content_html) & ~1)
                abort();
        }
        feed_free(&f);
    } else if ((rc != -EINVAL && rc != -ENOMEM) || !why || f.kind != 99 || f.items) {
        abort();
    }
    free(s);

    s = malloc(size + 1);
    memcpy(s, data, size);
    s[size] = '\0';
    (void)feed_time(s);
    free(s);
    return 0;
}
