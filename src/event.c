#include "event.h"

#include <stdlib.h>
#include <string.h>

#include "jsonpick.h"
#include "sse.h"
#include "ws.h"
#include "xmalloc.h"

const char *event_kind_name(int kind)
{
    switch (kind) {
    case STORE_EV_POST: return "post";
    case STORE_EV_EDIT: return "edit";
    case STORE_EV_DELETE: return "delete";
    case STORE_EV_SELECTION: return "selection";
    case STORE_EV_PIN: return "pin";
    default: return "unknown";
    }
}

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int event_record_trim(struct buf *out, const char *d, size_t n)
{
    struct jspan m = {0, 0};

    if (jsonpick_member(d, n, "body", &m) < 0)
        return buf_append(out, d, n);
    /* Take the member out with one of its commas: the one after it, else
     * the one before it (it was last), else none (it was alone). */
    size_t from = m.from, to = m.to;
    size_t j = to;
    while (j < n && is_ws(d[j]))
        j++;
    if (j < n && d[j] == ',') {
        to = j + 1;
        while (to < n && is_ws(d[to]))
            to++;
    } else {
        size_t k = from;
        while (k > 0 && is_ws(d[k - 1]))
            k--;
        if (k > 0 && d[k - 1] == ',')
            from = k - 1;
    }
    int rc = buf_append(out, d, from);
    return rc == 0 ? buf_append(out, d + to, n - to) : rc;
}

int event_json(struct buf *out, const struct store_event *sev)
{
    return event_json_opt(out, sev, 0);
}

int event_json_opt(struct buf *out, const struct store_event *sev, int source)
{
    int rc = buf_printf(out, "{\"type\":\"%s\",\"channel\":", event_kind_name(sev->kind));
    if (rc == 0)
        rc = buf_append_json_str(out, sev->channel, strlen(sev->channel));
    /* An unpin has no post: its id is null, as in its data. */
    if (rc == 0 && sev->kind == STORE_EV_PIN && sev->post_id == 0)
        rc = buf_printf(out, ",\"seq\":%lld,\"id\":null,\"at\":%lld,\"post\":", (long long)sev->seq,
                        (long long)sev->created_at);
    else if (rc == 0)
        rc = buf_printf(out, ",\"seq\":%lld,\"id\":%lld,\"at\":%lld,\"post\":", (long long)sev->seq,
                        (long long)sev->post_id, (long long)sev->created_at);
    if (rc == 0)
        rc = !sev->data_len ? buf_appends(out, "null")
             : source       ? buf_append(out, sev->data, sev->data_len)
                            : event_record_trim(out, sev->data, sev->data_len);
    if (rc == 0)
        rc = buf_append(out, "}", 1);
    return rc;
}

struct event *event_new(const struct store_event *sev)
{
    struct event *ev = xcalloc(1, sizeof *ev);
    struct buf json;

    atomic_init(&ev->refs, 1);
    ev->channel_id = sev->channel_id;
    memcpy(ev->channel, sev->channel, sizeof ev->channel);
    ev->seq = sev->seq;
    ev->kind = sev->kind;
    buf_init(&json, (size_t)1 << 30);
    if (event_json(&json, sev) < 0)
        abort(); /* only past 1 GiB, which the API limits make impossible */
    ev->ws = ws_encode(WS_OP_TEXT, json.data, json.len);
    ev->sse = sse_encode(sev->seq, event_kind_name(sev->kind), json.data, json.len);
    buf_free(&json);
    return ev;
}

struct event *event_new_access(int64_t channel_id)
{
    struct event *ev = xcalloc(1, sizeof *ev);
    atomic_init(&ev->refs, 1);
    ev->channel_id = channel_id;
    ev->kind = EVENT_ACCESS;
    return ev;
}

struct rcbuf *event_wsz(struct event *ev)
{
    struct rcbuf *z = atomic_load_explicit(&ev->wsz, memory_order_acquire);
    if (z)
        return z;
    size_t len;
    const uint8_t *json = ws_frame_payload(ev->ws, &len);
    struct rcbuf *made = ws_encode_z(json, len);
    if (!made)
        made = rcbuf_ref(ev->ws);
    struct rcbuf *expected = NULL;
    if (atomic_compare_exchange_strong_explicit(&ev->wsz, &expected, made, memory_order_acq_rel,
                                                memory_order_acquire))
        return made;
    rcbuf_unref(made); /* another loop built it first */
    return expected;
}

struct event *event_ref(struct event *ev)
{
    atomic_fetch_add_explicit(&ev->refs, 1, memory_order_relaxed);
    return ev;
}

void event_unref(struct event *ev)
{
    if (ev && atomic_fetch_sub_explicit(&ev->refs, 1, memory_order_acq_rel) == 1) {
        rcbuf_unref(ev->ws);
        rcbuf_unref(ev->sse);
        rcbuf_unref(atomic_load_explicit(&ev->wsz, memory_order_relaxed));
        free(ev);
    }
}
