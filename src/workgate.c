/*
 * workgate.c: a bounded share of the worker pool (see workgate.h).
 */
#include "workgate.h"

#include <errno.h>

#include "addrcount.h"

void workgate_init(struct workgate *g, uv_loop_t *loop, unsigned max, unsigned per_key,
                   size_t max_keys)
{
    *g = (struct workgate){.loop = loop, .max = max ? max : 1};
    if (per_key)
        g->per_key = addrcount_new(max_keys, per_key);
}

void workgate_free(struct workgate *g)
{
    addrcount_free(g->per_key);
    g->per_key = NULL;
}

static void pump(struct workgate *g);

static void gate_after(uv_work_t *w, int status)
{
    struct workgate_job *j = (struct workgate_job *)w;
    struct workgate *g = j->gate;
    uv_after_work_cb after = j->after;

    g->running--;
    after(w, status); /* may free j, and may queue more */
    pump(g);
}

/* Lets waiting jobs in while there is room; one whose client has gone is
 * answered UV_ECANCELED without running. */
static void pump(struct workgate *g)
{
    while (g->running < g->max && g->head) {
        struct workgate_job *j = g->head;
        g->head = j->next;
        if (!g->head)
            g->tail = NULL;
        g->waiting--;
        j->next = NULL;
        if (j->key && g->per_key)
            addrcount_put(g->per_key, j->key);
        if (j->live && !j->live(j->arg)) {
            g->skipped++;
            j->after(&j->work, UV_ECANCELED);
            continue;
        }
        g->running++;
        int rc = uv_queue_work(g->loop, &j->work, j->run, gate_after);
        if (rc < 0) {
            g->running--;
            j->after(&j->work, rc);
        }
    }
}

int workgate_queue(struct workgate *g, struct workgate_job *j, uv_work_cb run,
                   uv_after_work_cb after, int (*live)(void *arg), void *arg,
                   const unsigned char *key)
{
    int waits = g->running >= g->max || g->head;
    j->run = run;
    j->after = after;
    j->live = live;
    j->arg = arg;
    j->key = waits && g->per_key ? key : NULL; /* counted only while it waits */
    j->gate = g;
    j->next = NULL;
    if (j->key && addrcount_take(g->per_key, j->key, NULL) < 0) {
        g->refused++;
        return -EAGAIN;
    }
    if (waits)
        g->waited++;
    if (g->tail)
        g->tail->next = j;
    else
        g->head = j;
    g->tail = j;
    g->waiting++;
    pump(g);
    return 0;
}
