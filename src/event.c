#include "event.h"

#include <stdlib.h>
#include <string.h>

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

int event_json(struct buf *out, const struct store_event *sev)
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
        rc = sev->data_len ? buf_append(out, sev->data, sev->data_len) : buf_appends(out, "null");
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
        free(ev);
    }
}
