// FUZZ_SOURCES: src/html_md.c src/html_md_junk.c src/html_md_lines.c src/utf8.c
// src/buf.c src/xmalloc.c
/*
 * fuzz_html_md: a feed item's HTML content (any bytes: a hostile or broken
 * publisher) converted to Markdown. The first byte picks the base URL (none,
 * a page, a directory). Checks: no crash or leak; on success the md is
 * valid UTF-8 of at most HTML_MD_OUT_MAX bytes, has no trailing space on a
 * line and ends with one "\n" (or is empty); the image, when there is one,
 * is an http(s) URL and its alt, caption and credit are valid UTF-8; a
 * title's plain text is valid UTF-8 too.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "html_md.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const bases[] = {NULL, "https://www.example.fr/a/b/item.html?x=1",
                                    "http://example.com/dir/"};

static void check_text(const char *s)
{
    if (s && !utf8_valid(s, strlen(s)))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *base = size ? bases[data[0] % 3] : NULL;
    char *s = malloc(size ? size : 1);
    struct html_md m;

    memcpy(s, data, size);
    int rc = html_md_convert(s, size, base, &m);
    if (rc == 0) {
        size_t n = strlen(m.md);
        if (n > HTML_MD_OUT_MAX || !utf8_valid(m.md, n))
            abort();
        if (n && (m.md[n - 1] != '\n' || (n > 1 && m.md[n - 2] == '\n')))
            abort();
        if (strstr(m.md, " \n"))
            abort();
        if (m.image && strncmp(m.image, "http://", 7) && strncmp(m.image, "https://", 8))
            abort();
        check_text(m.image);
        check_text(m.image_alt);
        check_text(m.caption);
        check_text(m.credit);
        html_md_free(&m);
    } else if (rc != -EINVAL && rc != -ENOMEM) {
        abort();
    }
    /* The same bytes as a post's html for crier tail: valid UTF-8, no
     * blank line, no space before a line break, no line break at the end. */
    char *l = html_md_lines(s, size);
    if (l) {
        size_t n = strlen(l);
        if (!utf8_valid(l, n) || strstr(l, "\n\n") || strstr(l, " \n") ||
            (n && (l[n - 1] == '\n' || l[n - 1] == ' ')))
            abort();
        free(l);
    }
    char *t = html_md_text(s, size);
    check_text(t);
    free(t);
    free(s);
    return 0;
}
