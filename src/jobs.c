#include "jobs.h"

#include <assert.h>

#include "log.h"

static void arm(struct jobs *s);

static void step_work(uv_work_t *w)
{
    struct job *j = w->data;
    j->step(j->arg);
}

static void step_done(uv_work_t *w, int status)
{
    struct job *j = w->data;
    (void)status;
    j->busy = 0;
}

static void on_timer(uv_timer_t *t)
{
    struct jobs *s = t->data;
    uint64_t now = uv_now(s->loop);

    for (size_t i = 0; i < s->njobs && !s->stopped; i++) {
        struct job *j = &s->jobs[i];
        if (now < j->due)
            continue;
        /* The next start keeps the period's phase, whatever the lateness. */
        while (j->due <= now)
            j->due += j->period_ms;
        if (j->busy)
            continue; /* the previous step still runs: this one is skipped */
        j->busy = 1;
        j->work.data = j;
        if (uv_queue_work(s->loop, &j->work, step_work, step_done) < 0) {
            j->busy = 0;
            log_warn("jobs: cannot start %s", j->name);
        }
    }
    arm(s);
}

static void arm(struct jobs *s)
{
    uint64_t now = uv_now(s->loop), next = UINT64_MAX;

    if (s->stopped)
        return;
    for (size_t i = 0; i < s->njobs; i++)
        if (s->jobs[i].due < next)
            next = s->jobs[i].due;
    if (next != UINT64_MAX)
        uv_timer_start(&s->timer, on_timer, next > now ? next - now : 0, 0);
}

int jobs_start(struct jobs *s, uv_loop_t *loop, struct job *jobs, size_t njobs)
{
    int rc;

    s->loop = loop;
    s->jobs = jobs;
    s->njobs = njobs;
    s->stopped = 0;
    if ((rc = uv_timer_init(loop, &s->timer)) < 0)
        return rc;
    s->timer.data = s;
    uint64_t now = uv_now(loop);
    for (size_t i = 0; i < njobs; i++) {
        assert(jobs[i].period_ms > 0 && jobs[i].step);
        jobs[i].due = now + jobs[i].first_ms;
        jobs[i].busy = 0;
        jobs[i].jobs = s;
    }
    arm(s);
    return 0;
}

void jobs_stop(struct jobs *s)
{
    s->stopped = 1;
    uv_close((uv_handle_t *)&s->timer, NULL);
}
