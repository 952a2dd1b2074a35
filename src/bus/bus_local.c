/*
 * The local bus: a committed batch is encoded once per event and handed to
 * the sink (the server's dispatcher to its loops) in commit order.
 */
#include <stdlib.h>

#include "bus/bus.h"
#include "xmalloc.h"

static void local_publish(struct bus *b, const struct store_event *evs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        b->sink(b->sink_arg, event_new(&evs[i]));
}

static void local_close(struct bus *b)
{
    free(b);
}

static const struct bus_ops local_ops = {
    .name = "local",
    .publish = local_publish,
    .close = local_close,
};

struct bus *bus_local_new(bus_sink_fn sink, void *arg)
{
    struct bus *b = xcalloc(1, sizeof *b);
    b->ops = &local_ops;
    b->sink = sink;
    b->sink_arg = arg;
    return b;
}
