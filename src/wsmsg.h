/*
 * wsmsg: the messages a WebSocket subscriber may send, as JSON text frames:
 * {"type":"ping"} and {"type":"resume","after":N}. Parsing is kept apart from
 * the connection so that it can be fuzzed on its own; it allocates nothing
 * that outlives the call. Any thread.
 */
#ifndef CRIER_WSMSG_H
#define CRIER_WSMSG_H

#include <stddef.h>
#include <stdint.h>

enum wsmsg_type {
    WSMSG_BAD_JSON = 0, /* not a JSON object with a string "type" */
    WSMSG_PING = 1,
    WSMSG_RESUME = 2,  /* *after is set, 0 <= *after <= INT64_MAX */
    WSMSG_INVALID = 3, /* an unknown type, or a resume without a valid after */
};

/* Parses one client text message of len bytes (valid UTF-8, as the frame
 * decoder guarantees). Returns an enum wsmsg_type. */
int wsmsg_parse(const uint8_t *data, size_t len, int64_t *after);

#endif
