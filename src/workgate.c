/*
 * workgate.c: a bounded share of the worker pool (see workgate.h).
 */
#include "workgate.h"

void workgate_init(struct workgate *g, uv_loop_t *loop, unsigned max)
{
    *g = (struct workgate){.loop = loop, .max = max ? max : 1};
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

void workgate_queue(struct workgate *g, struct workgate_job *j, uv_work_cb run,
                    uv_after_work_cb after, int (*live)(void *arg), void *arg)
{
    j->run = run;
    j->after = after;
    j->live = live;
    j->arg = arg;
    j->gate = g;
    j->next = NULL;
    if (g->running >= g->max || g->head)
        g->waited++;
    if (g->tail)
        g->tail->next = j;
    else
        g->head = j;
    g->tail = j;
    g->waiting++;
    pump(g);
}
