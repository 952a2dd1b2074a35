#include "args.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int args_fail(const char *fmt, ...)
{
    va_list ap;
    fputs("crier: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return ARGS_EXIT_FAIL;
}

void args_warn(const char *fmt, ...)
{
    va_list ap;
    fputs("crier: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int args_is_help(const char *a)
{
    return strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0;
}

static const struct args_spec *find_opt(const struct args_spec *specs, const char *name,
                                       size_t len)
{
    for (const struct args_spec *s = specs; s->name; s++)
        if (strlen(s->name) == len && memcmp(s->name, name, len) == 0)
            return s;
    return NULL;
}

int args_parse(struct args *c, int argc, char **argv, const struct args_spec *specs,
                 size_t minpos, size_t maxpos, const char *posnames)
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
