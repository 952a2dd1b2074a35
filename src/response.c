#include "response.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void response_init(struct response *res)
{
    res->status = 200;
    res->content_type = "application/json";
    buf_init(&res->body, RESPONSE_BODY_MAX);
    res->extra[0] = '\0';
    res->last_modified_ms = 0;
}

void response_free(struct response *res)
{
    buf_free(&res->body);
}

void response_error(struct response *res, int status, const char *code, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    res->status = status;
    res->content_type = "application/json";
    buf_reset(&res->body);
    buf_appends(&res->body, "{\"error\":");
    buf_append_json_str(&res->body, code, strlen(code));
    buf_appends(&res->body, ",\"message\":");
    buf_append_json_str(&res->body, msg, strlen(msg));
    buf_appends(&res->body, "}");
}
