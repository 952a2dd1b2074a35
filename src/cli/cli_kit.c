/*
 * cli_kit.c: the rules the command files share, each in one place: where the
 * data directory is, reading small files, writing for a terminal, times, JSON
 * lines, channel slugs and opening the local store. See cli_int.h.
 */
#include "cli_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "channel.h"
#include "crier.h"
#include "router.h"
#include "store/store.h"
#include "xmalloc.h"
#include "timefmt.h"

/* ---- defaults and files ---- */

const char *cli_env(const char *name, const char *fallback)
{
    const char *v = getenv(name);
    return v && *v ? v : fallback;
}

const char *cli_data_dir(const struct cli_ctx *ctx, const struct args *c)
{
    const char *d = args_opt(c, "data");
    if (d)
        return d;
    return ctx->data ? ctx->data : cli_env("CRIER_DATA", CLI_DEFAULT_DATA);
}

char *cli_path_join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = xmalloc(n);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

int cli_read_small_file(const char *path, size_t max, struct buf *out)
{
    char chunk[8192];
    size_t n;
    int rc = 0;

    buf_init(out, max);
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return -errno;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (buf_append(out, chunk, n) < 0) {
            rc = -EFBIG;
            break;
        }
    }
    if (rc == 0 && ferror(f))
        rc = -EIO;
    if (f != stdin)
        fclose(f);
    if (rc == 0 && !out->data)
        buf_append(out, "", 0);
    return rc;
}

/* ---- output ---- */

/* 1 when s[i] opens a C1 control character (U+0080 to U+009F in UTF-8). */
static int c1_at(const char *s, size_t i, size_t n)
{
    return (unsigned char)s[i] == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
           (unsigned char)s[i + 1] <= 0x9f;
}

void cli_put_clean(FILE *f, const char *s, size_t n, const char *indent)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\n') {
            if (indent) {
                fputc('\n', f);
                fputs(indent, f);
            } else {
                fputc(' ', f);
            }
        } else if (ch == '\r') {
            continue;
        } else if (ch == '\t') {
            fputc(indent ? '\t' : ' ', f);
        } else if (ch < 0x20 || ch == 0x7f) {
            fputc('?', f);
        } else if (c1_at(s, i, n)) {
            fputc('?', f);
            i++;
        } else {
            fputc(ch, f);
        }
    }
}

void cli_puts_clean(FILE *f, const char *s)
{
    if (s)
        cli_put_clean(f, s, strlen(s), NULL);
}

void cli_puts_strict(const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (c1_at(s, i, n)) {
            putchar('?');
            i++;
        } else {
            putchar(ch < 0x20 || ch == 0x7f ? '?' : ch);
        }
    }
}

void cli_local_time(int64_t ms, int full, char out[32])
{
    time_t t = (time_t)(ms / 1000);
    struct tm tm;
    size_t n = 0;

    if (localtime_r(&t, &tm))
        n = full ? strftime(out, 32, "%Y-%m-%d %H:%M", &tm) : strftime(out, 32, "%H:%M", &tm);
    if (n == 0)
        snprintf(out, 32, "?");
}

void cli_local_time_or_dash(int64_t ms, char out[32])
{
    if (ms > 0)
        cli_local_time(ms, 1, out);
    else
        snprintf(out, 32, "-");
}

int64_t cli_iso_utc_ms(const char *s)
{
    struct tm tm;
    int ms = 0, used = 0;

    memset(&tm, 0, sizeof tm);
    if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
               &tm.tm_min, &tm.tm_sec, &used) != 6)
        return -1;
    s += used;
    if (*s == '.') {
        int digits = 0;
        for (s++; *s >= '0' && *s <= '9'; s++, digits++)
            if (digits < 3)
                ms = ms * 10 + (*s - '0');
        for (; digits > 0 && digits < 3; digits++)
            ms *= 10;
    }
    if (strcmp(s, "Z") != 0)
        return -1;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    time_t t = timegm(&tm);
    return t == (time_t)-1 ? -1 : (int64_t)t * 1000 + ms;
}

json_t *cli_iso_or_null(int64_t ms)
{
    char s[32];
    if (ms <= 0)
        return json_null();
    timefmt_iso(ms, s);
    return json_string(s);
}

void cli_print_json(json_t *j)
{
    char *s = json_dumps(j, JSON_COMPACT);
    if (s) {
        puts(s);
        free(s);
    }
}

void cli_print_json_new(json_t *j)
{
    cli_print_json(j);
    json_decref(j);
}

int64_t cli_json_i64(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_integer(v) ? (int64_t)json_integer_value(v) : -1;
}

const char *cli_json_str(json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s ? s : "";
}

double cli_json_num(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_number(v) ? json_number_value(v) : 0;
}

/* ---- channel slugs and the local store ---- */

/* With explain, the message says what a slug is made of. */
static int slug_error(const struct args *c, const char *slug, int rc, int explain)
{
    if (rc == CRIER_ERESERVED)
        return args_usage_error(c, "'%s' is a reserved name", slug);
    if (!explain)
        return args_usage_error(c, "invalid channel slug '%s'", slug);
    return args_usage_error(c,
                            "invalid channel slug '%s': use 1-64 of a-z, 0-9 and '-', starting "
                            "with a letter or digit, without doubled or trailing '-'",
                            slug);
}

int cli_slug_error(const struct args *c, const char *slug, int rc)
{
    return slug_error(c, slug, rc, 1);
}

int cli_parse_slug(struct args *c, int argc, char **argv, const struct args_spec *specs,
                   size_t maxpos)
{
    int rc = args_parse(c, argc, argv, specs, 1, maxpos, "SLUG");
    if (rc != ARGS_GO)
        return rc;
    rc = router_slug_check(c->pos[0]);
    return rc < 0 ? slug_error(c, c->pos[0], rc, 1) : ARGS_GO;
}

int cli_open_store(const struct cli_ctx *ctx, const struct args *c, int create, struct store **st)
{
    const char *uri = args_opt(c, "store");
    char err[512];

    if (!uri) /* as serve reads it: one export for every command on PostgreSQL */
        uri = cli_env("CRIER_STORE", NULL);
    if (!uri)
        uri = cli_data_dir(ctx, c);
    if (store_open_with(st, uri, create ? STORE_OPEN_CREATE : 0, err, sizeof err) < 0)
        return args_fail("%s", err);
    return ARGS_GO;
}

int cli_get_channel(struct store *st, const char *slug, struct store_channel *ch)
{
    memset(ch, 0, sizeof *ch);
    if (strlen(slug) > STORE_SLUG_MAX)
        return args_fail("no channel '%s'", slug);
    int rc = store_channel_get(st, slug, ch);
    if (rc == -ENOENT)
        return args_fail("no channel '%s'", slug);
    if (rc < 0)
        return args_fail("cannot read channel '%s': %s", slug, crier_strerror(rc));
    return ARGS_GO;
}

int cli_load_channel(const struct cli_ctx *ctx, const struct args *c, const char *slug,
                     struct store **st, struct store_channel *ch)
{
    int rc;

    memset(ch, 0, sizeof *ch);
    *st = NULL;
    if ((rc = cli_open_store(ctx, c, 0, st)) != ARGS_GO)
        return rc;
    if ((rc = cli_get_channel(*st, slug, ch)) == ARGS_GO)
        return ARGS_GO;
    store_close(*st);
    *st = NULL;
    return rc;
}

int cli_open_channel(const struct cli_ctx *ctx, const struct args *c, const char *slug,
                     struct store **st, struct store_channel *ch)
{
    int rc = router_slug_check(slug);

    if (rc < 0) {
        memset(ch, 0, sizeof *ch);
        *st = NULL;
        return slug_error(c, slug, rc, 0);
    }
    return cli_load_channel(ctx, c, slug, st, ch);
}
