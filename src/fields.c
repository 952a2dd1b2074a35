#include "fields.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

int field_refuse(struct field_error *e, int status, const char *code, const char *fmt, ...)
{
    va_list ap;
    e->status = status;
    e->code = code;
    va_start(ap, fmt);
    vsnprintf(e->message, sizeof e->message, fmt, ap);
    va_end(ap);
    return -EINVAL;
}

int fields_only(json_t *obj, const char *const *allowed, struct field_error *e)
{
    const char *key;
    json_t *v;
    json_object_foreach(obj, key, v)
    {
        int ok = 0;
        for (const char *const *a = allowed; *a; a++)
            ok |= strcmp(key, *a) == 0;
        if (!ok)
            return field_refuse(e, 400, "invalid", "unknown field \"%s\"", key);
    }
    return 0;
}

int field_clean(const char *s, size_t n, int multiline)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0x7f || (c < 0x20 && !(multiline && (c == '\n' || c == '\r' || c == '\t'))))
            return 0;
    }
    return 1;
}

int field_str(json_t *obj, const char *name, size_t max, int multiline, int too_big_status,
              const char **out, struct field_error *e)
{
    json_t *v = json_object_get(obj, name);
    if (!v)
        return 0;
    if (!json_is_string(v))
        return field_refuse(e, 400, "invalid", "%s must be a string", name);
    size_t n = json_string_length(v);
    if (n > max)
        return field_refuse(e, too_big_status, too_big_status == 413 ? "too_large" : "invalid",
                            "%s is %zu bytes; the limit is %zu", name, n, max);
    if (!field_clean(json_string_value(v), n, multiline))
        return field_refuse(e, 400, "invalid", "%s contains control characters", name);
    *out = json_string_value(v);
    return 1;
}

int field_url_ok(const char *u, size_t max)
{
    size_t n = strlen(u);
    if (n > max)
        return 0;
    if (strncasecmp(u, "https://", 8) != 0 && strncasecmp(u, "http://", 7) != 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)u[i] <= 0x20 || u[i] == '"' || u[i] == '<' || u[i] == '>')
            return 0;
    return strchr(u, ':')[3] != '\0';
}
