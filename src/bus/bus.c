#include "bus/bus.h"

void bus_publish(struct bus *b, const struct store_event *evs, size_t n)
{
    b->ops->publish(b, evs, n);
}

int bus_poll(struct bus *b)
{
    return b->ops->poll ? b->ops->poll(b) : 0;
}

void bus_close(struct bus *b)
{
    if (b)
        b->ops->close(b);
}

void bus_commit_hook(void *arg, const struct store_event *evs, size_t n)
{
    bus_publish(arg, evs, n);
}
