#include "wsmsg.h"

#include <jansson.h>
#include <string.h>

int wsmsg_parse(const uint8_t *data, size_t len, int64_t *after)
{
    json_t *msg = json_loadb((const char *)data, len, JSON_REJECT_DUPLICATES, NULL);
    json_t *type = msg && json_is_object(msg) ? json_object_get(msg, "type") : NULL;
    int kind;

    if (!json_is_string(type)) {
        kind = WSMSG_BAD_JSON;
    } else if (strcmp(json_string_value(type), "ping") == 0) {
        kind = WSMSG_PING;
    } else if (strcmp(json_string_value(type), "resume") == 0) {
        /* after must be a whole number >= 0; a real, a string or a negative
         * number is refused, never rounded or wrapped. */
        json_t *a = json_object_get(msg, "after");
        kind = json_is_integer(a) && json_integer_value(a) >= 0 ? WSMSG_RESUME : WSMSG_INVALID;
        if (kind == WSMSG_RESUME)
            *after = (int64_t)json_integer_value(a);
    } else {
        kind = WSMSG_INVALID;
    }
    json_decref(msg);
    return kind;
}
