/*
 * embed: turns the web app's files (everything in web/) into a C source
 * file that holds their bytes, names, content types and ETags, so that crier
 * serves them from the binary with no files at run time. The Makefile runs it:
 *
 *   embed OUT.c web/app.js web/app.css ...
 *
 * Names are the files' base names (the router serves one level,
 * /static/{name}). The ETag is a 64-bit FNV-1a of the bytes. In service
 * worker scripts (sw.js) the placeholder __CRIER_VERSION__ is replaced with
 * a hash of every other asset, so any change to the app makes browsers
 * install a new worker and drop the old caches. OUT is written atomically.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define EMBED_FILE_MAX (8u << 20)
#define VERSION_MARK "__CRIER_VERSION__"

struct asset {
    const char *name;
    const char *type;
    unsigned char *data;
    size_t len;
};

static uint64_t fnv1a(uint64_t h, const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static const char *content_type(const char *name)
{
    static const struct {
        const char *ext, *type;
    } types[] = {
        {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".webmanifest", "application/manifest+json"},
        {".json", "application/json"},
        {".html", "text/html; charset=utf-8"},
        {".txt", "text/plain; charset=utf-8"},
        {".woff2", "font/woff2"},
    };
    const char *dot = strrchr(name, '.');
    if (dot)
        for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
            if (strcmp(dot, types[i].ext) == 0)
                return types[i].type;
    return "application/octet-stream";
}

/* Same rule as the router's static names: [A-Za-z0-9._-], no leading '.'. */
static int name_ok(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 63 || s[0] == '.')
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-'))
            return 0;
    }
    return strstr(s, "..") == NULL;
}

static int read_file(const char *path, unsigned char **data, size_t *len)
{
    FILE *f = fopen(path, "rb");
    struct stat st;
    if (!f)
        return -errno;
    if (fstat(fileno(f), &st) < 0 || st.st_size < 0 || (size_t)st.st_size > EMBED_FILE_MAX) {
        fclose(f);
        return -EFBIG;
    }
    *len = (size_t)st.st_size;
    *data = malloc(*len + 1);
    if (!*data) {
        fclose(f);
        return -ENOMEM;
    }
    if (*len && fread(*data, 1, *len, f) != *len) {
        free(*data);
        fclose(f);
        return -EIO;
    }
    fclose(f);
    return 0;
}

/* Replaces every VERSION_MARK in a with the 16 hex digits of version. */
static void stamp_version(struct asset *a, uint64_t version)
{
    char hex[17];
    size_t mlen = strlen(VERSION_MARK);
    snprintf(hex, sizeof hex, "%016llx", (unsigned long long)version);
    for (size_t i = 0; i + mlen <= a->len; i++) {
        if (memcmp(a->data + i, VERSION_MARK, mlen) != 0)
            continue;
        /* The mark is 17 bytes and the version 16: shift the tail by one. */
        memcpy(a->data + i, hex, 16);
        memmove(a->data + i + 16, a->data + i + mlen, a->len - i - mlen);
        a->len -= mlen - 16;
    }
}

int main(int argc, char **argv)
{
    struct asset *as;
    size_t n = 0;
    uint64_t version = 0xcbf29ce484222325ULL;
    char tmp[4096];
    FILE *out;

    if (argc < 2) {
        fprintf(stderr, "usage: embed OUT.c FILE...\n");
        return 2;
    }
    as = calloc((size_t)argc, sizeof *as);
    if (!as)
        return 1;
    for (int i = 2; i < argc; i++) {
        struct stat st;
        const char *base = strrchr(argv[i], '/');
        base = base ? base + 1 : argv[i];
        if (stat(argv[i], &st) < 0 || !S_ISREG(st.st_mode) || !name_ok(base))
            continue; /* directories, dot files, odd names: not served */
        int rc = read_file(argv[i], &as[n].data, &as[n].len);
        if (rc < 0) {
            fprintf(stderr, "embed: %s: %s\n", argv[i], strerror(-rc));
            return 1;
        }
        as[n].name = base;
        as[n].type = content_type(base);
        if (strcmp(base, "sw.js") != 0) {
            version = fnv1a(version, (const unsigned char *)base, strlen(base) + 1);
            version = fnv1a(version, as[n].data, as[n].len);
        }
        n++;
    }
    for (size_t i = 0; i < n; i++)
        if (strcmp(as[i].name, "sw.js") == 0)
            stamp_version(&as[i], version);

    snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]);
    out = fopen(tmp, "w");
    if (!out) {
        fprintf(stderr, "embed: %s: %s\n", tmp, strerror(errno));
        return 1;
    }
    fprintf(out, "/* Generated by tools/embed from web/: do not edit. */\n"
                 "#include <stddef.h>\n\n"
                 "struct page_asset {\n"
                 "    const char *name, *type, *etag;\n"
                 "    const unsigned char *data;\n"
                 "    size_t len;\n"
                 "};\n"
                 "extern const struct page_asset page_assets[];\n"
                 "extern const size_t page_assets_count;\n\n");
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "static const unsigned char asset%zu[%zu] = {", i, as[i].len + 1);
        for (size_t k = 0; k < as[i].len; k++)
            fprintf(out, "%s%u,", k % 24 ? "" : "\n", as[i].data[k]);
        fprintf(out, "0};\n"); /* NUL after the bytes: text assets are usable as strings */
    }
    fprintf(out, "\nconst struct page_asset page_assets[%zu] = {\n", n ? n : 1);
    for (size_t i = 0; i < n; i++) {
        uint64_t h = fnv1a(0xcbf29ce484222325ULL, as[i].data, as[i].len);
        fprintf(out, "    {\"%s\", \"%s\", \"\\\"%016llx\\\"\", asset%zu, %zu},\n", as[i].name,
                as[i].type, (unsigned long long)h, i, as[i].len);
    }
    if (!n)
        fprintf(out, "    {0},\n");
    fprintf(out, "};\nconst size_t page_assets_count = %zu;\n", n);
    if (fclose(out) != 0 || rename(tmp, argv[1]) != 0) {
        fprintf(stderr, "embed: %s: %s\n", argv[1], strerror(errno));
        remove(tmp);
        return 1;
    }
    for (size_t i = 0; i < n; i++)
        free(as[i].data);
    free(as);
    return 0;
}
