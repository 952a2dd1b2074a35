/* wsmsg: the messages a WebSocket subscriber may send. */
#include <stdint.h>
#include <string.h>

#include "tap.h"
#include "wsmsg.h"

static int parse(const char *s, int64_t *after)
{
    return wsmsg_parse((const uint8_t *)s, strlen(s), after);
}

int main(void)
{
    int64_t a = -1;
    is_int(parse("{\"type\":\"ping\"}", &a), WSMSG_PING, "ping");
    is_int(parse("{\"type\":\"resume\",\"after\":12}", &a), WSMSG_RESUME, "resume");
    is_int(a, 12, "its position");
    is_int(parse("{\"type\":\"resume\",\"after\":9223372036854775807}", &a), WSMSG_RESUME,
           "the largest position is a position");
    is_int(a, INT64_MAX, "taken as it is");
    is_int(parse("{\"type\":\"resume\",\"after\":0}", &a), WSMSG_RESUME, "after 0");
    is_int(parse("{\"type\":\"resume\",\"after\":-1}", &a), WSMSG_INVALID, "negative");
    is_int(parse("{\"type\":\"resume\",\"after\":1e3}", &a), WSMSG_INVALID, "a real");
    is_int(parse("{\"type\":\"resume\",\"after\":\"5\"}", &a), WSMSG_INVALID, "a string");
    is_int(parse("{\"type\":\"resume\"}", &a), WSMSG_INVALID, "no after");
    is_int(parse("{\"type\":\"resume\",\"after\":99999999999999999999}", &a), WSMSG_BAD_JSON,
           "past int64: jansson refuses it");
    is_int(parse("{\"type\":\"hello\"}", &a), WSMSG_INVALID, "unknown type");
    is_int(parse("{\"type\":5}", &a), WSMSG_BAD_JSON, "type not a string");
    is_int(parse("[\"ping\"]", &a), WSMSG_BAD_JSON, "not an object");
    is_int(parse("{\"type\":\"ping\",\"type\":\"ping\"}", &a), WSMSG_BAD_JSON, "duplicate keys");
    is_int(parse("ping", &a), WSMSG_BAD_JSON, "not JSON");
    return done_testing();
}
