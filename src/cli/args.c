#include "args.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int args_usage_error(const struct args *c, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "crier %s: ", c->name);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'crier %s --help'.\n", c->name);
    return ARGS_EXIT_USAGE;
}

/* "crier: <message>" on stderr, for args_fail() and args_warn(). */
static void say(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));
static void say(const char *fmt, va_list ap)
{
    fputs("crier: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

int args_fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say(fmt, ap);
    va_end(ap);
    return ARGS_EXIT_FAIL;
}

void args_warn(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say(fmt, ap);
    va_end(ap);
}

int args_is_help(const char *a)
{
    return strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0;
}

static const struct args_spec *find_opt(const struct args_spec *specs, const char *name, size_t len)
{
    for (const struct args_spec *s = specs; s->name; s++)
        if (strlen(s->name) == len && memcmp(s->name, name, len) == 0)
            return s;
    return NULL;
}

int args_parse(struct args *c, int argc, char **argv, const struct args_spec *specs, size_t minpos,
               size_t maxpos, const char *posnames)
{
    int dashdash = 0;

    c->npos = 0;
    c->ngot = 0;
    for (int i = 0; i < argc && strcmp(argv[i], "--") != 0; i++) {
        if (args_is_help(argv[i])) {
            fputs(c->usage, stdout);
            return ARGS_EXIT_OK;
        }
    }
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!dashdash && strcmp(a, "--") == 0) {
            dashdash = 1;
            continue;
        }
        /* Options are long (--name); a longer word with one dash is an
         * argument, such as a token that starts with '-' (base64url). */
        if (dashdash || a[0] != '-' || a[1] == '\0' || (a[1] != '-' && a[2] != '\0')) {
            if (c->npos >= maxpos || c->npos >= ARGS_MAX_POS)
                return args_usage_error(c, "unexpected argument '%s'", a);
            c->pos[c->npos++] = a;
            continue;
        }
        if (a[1] != '-')
            return args_usage_error(c, "unknown option '%s'", a);
        const char *name = a + 2, *eq = strchr(name, '='), *val;
        size_t len = eq ? (size_t)(eq - name) : strlen(name);
        const struct args_spec *s = find_opt(specs, name, len);
        if (!s)
            return args_usage_error(c, "unknown option '--%.*s'", (int)len, name);
        if (s->kind == ARGS_FLAG) {
            if (eq)
                return args_usage_error(c, "option '--%s' takes no value", s->name);
            val = "";
        } else if (eq) {
            val = eq + 1;
        } else if (i + 1 < argc) {
            val = argv[++i];
        } else {
            return args_usage_error(c, "option '--%s' needs a value", s->name);
        }
        if (s->kind != ARGS_MULTI) {
            for (size_t k = 0; k < c->ngot; k++)
                if (c->got[k].name == s->name)
                    return args_usage_error(c, "option '--%s' is given twice", s->name);
        }
        if (c->ngot >= ARGS_MAX_OPTS)
            return args_usage_error(c, "too many options");
        c->got[c->ngot].name = s->name;
        c->got[c->ngot].val = val;
        c->ngot++;
    }
    if (c->npos < minpos)
        return args_usage_error(c, "missing %s", posnames);
    return ARGS_GO;
}

#define ARGS_FILL_MAX (16 * 1024) /* bytes of values taken from the environment and the file */

static char fill_mem[ARGS_FILL_MAX]; /* values args_fill keeps: the process's lifetime */
static size_t fill_used;

static const char *fill_keep(const char *p, size_t n)
{
    if (n + 1 > sizeof fill_mem - fill_used)
        return NULL;
    char *out = fill_mem + fill_used;
    memcpy(out, p, n);
    out[n] = '\0';
    fill_used += n + 1;
    return out;
}

static int given(const struct args *c, const char *name)
{
    for (size_t k = 0; k < c->ngot; k++)
        if (c->got[k].name == name)
            return 1;
    return 0;
}

/* Adds value (n bytes, trimmed) for s; 0, or -1 when full. */
static int fill_add(struct args *c, const struct args_spec *s, const char *v, size_t n)
{
    while (n && (*v == ' ' || *v == '\t')) {
        v++;
        n--;
    }
    while (n && (v[n - 1] == ' ' || v[n - 1] == '\t' || v[n - 1] == '\r'))
        n--;
    if (s->kind == ARGS_FLAG) {
        int on = (n == 1 && *v == '1') || (n == 4 && strncasecmp(v, "true", 4) == 0) ||
                 (n == 3 && strncasecmp(v, "yes", 3) == 0);
        if (!on)
            return 0;
        n = 0;
    }
    const char *kept = fill_keep(v, n);
    if (!kept || c->ngot >= ARGS_MAX_OPTS)
        return -1;
    c->got[c->ngot].name = s->name;
    c->got[c->ngot].val = kept;
    c->ngot++;
    return 0;
}

static int fill_env(struct args *c, const struct args_spec *s)
{
    char var[80] = "CRIER_";
    size_t k = 6;
    for (const char *p = s->name; *p && k < sizeof var - 1; p++)
        var[k++] = *p == '-' ? '_' : (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
    var[k] = '\0';
    const char *v = getenv(var);
    if (!v || !*v)
        return 0;
    if (s->kind != ARGS_MULTI)
        return fill_add(c, s, v, strlen(v));
    for (const char *p = v;;) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        if (fill_add(c, s, p, n) < 0)
            return -1;
        if (!comma)
            return 0;
        p = comma + 1;
    }
}

void args_set_default(struct args *c, const struct args_spec *specs, const char *name,
                      const char *val)
{
    for (const struct args_spec *s = specs; s->name; s++) {
        if (strcmp(s->name, name) == 0) {
            if (!given(c, s->name) && c->ngot < ARGS_MAX_OPTS) {
                c->got[c->ngot].name = s->name;
                c->got[c->ngot].val = val;
                c->ngot++;
            }
            return;
        }
    }
}

int args_fill(struct args *c, const struct args_spec *specs, const char *path)
{
    const struct args_spec *s;
    unsigned char from_file[ARGS_MAX_OPTS] = {0}; /* by spec index: not given before the file */
    size_t i = 0;

    for (s = specs; s->name; s++, i++) {
        if (given(c, s->name))
            continue;
        if (fill_env(c, s) < 0)
            return args_fail("too many settings in the environment");
        if (i < ARGS_MAX_OPTS && !given(c, s->name))
            from_file[i] = 1;
    }
    if (!path)
        return ARGS_GO;
    FILE *f = fopen(path, "r");
    if (!f)
        return args_fail("cannot read the config file %s: %s", path, strerror(errno));
    char line[1024];
    int lineno = 0, rc = ARGS_GO;
    while (rc == ARGS_GO && fgets(line, sizeof line, f)) {
        lineno++;
        size_t len = strlen(line);
        if (len == sizeof line - 1 && line[len - 1] != '\n') {
            rc = args_fail("%s:%d: line too long", path, lineno);
            break;
        }
        char *p = line;
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == '#' || *p == '\n' || *p == '\r' || *p == '\0')
            continue;
        char *eq = strchr(p, '=');
        if (!eq) {
            rc = args_fail("%s:%d: expected name = value", path, lineno);
            break;
        }
        char *end = eq;
        while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
            end--;
        size_t nlen = (size_t)(end - p), k = 0;
        for (s = specs; s->name; s++, k++)
            if (strlen(s->name) == nlen && memcmp(s->name, p, nlen) == 0)
                break;
        if (!s->name || strcmp(s->name, "config") == 0) {
            rc = args_fail("%s:%d: unknown setting '%.*s'", path, lineno, (int)nlen, p);
            break;
        }
        if (k >= ARGS_MAX_OPTS || !from_file[k])
            continue; /* given on the command line or in the environment */
        if (s->kind != ARGS_MULTI && given(c, s->name)) {
            rc = args_fail("%s:%d: '%s' is set twice", path, lineno, s->name);
            break;
        }
        size_t vlen = strcspn(eq + 1, "\n");
        if (fill_add(c, s, eq + 1, vlen) < 0)
            rc = args_fail("%s:%d: too many settings", path, lineno);
    }
    if (rc == ARGS_GO && ferror(f))
        rc = args_fail("cannot read the config file %s: %s", path, strerror(errno));
    fclose(f);
    return rc;
}

const char *args_opt(const struct args *c, const char *name)
{
    for (size_t k = 0; k < c->ngot; k++)
        if (strcmp(c->got[k].name, name) == 0)
            return c->got[k].val;
    return NULL;
}

size_t args_opt_all(const struct args *c, const char *name, const char **out, size_t max)
{
    size_t n = 0;
    for (size_t k = 0; k < c->ngot; k++) {
        if (strcmp(c->got[k].name, name) == 0) {
            if (n < max)
                out[n] = c->got[k].val;
            n++;
        }
    }
    return n;
}

int args_parse_i64(const char *s, int64_t min, int64_t max, int64_t *out)
{
    char *end;
    long long v;

    if (!s || !((s[0] >= '0' && s[0] <= '9') || (s[0] == '-' && s[1] >= '0' && s[1] <= '9')))
        return -EINVAL;
    errno = 0;
    v = strtoll(s, &end, 10);
    if (errno != 0 || *end != '\0' || v < min || v > max)
        return -EINVAL;
    *out = (int64_t)v;
    return 0;
}
