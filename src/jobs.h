/*
 * jobs: the node's periodic jobs in one table (DESIGN.md's "sched", a name
 * the system's <sched.h> already has): publishing due scheduled posts, the
 * selection slots, the access and bus polls, the reader cleanup.
 * Each job has a period and a step that runs on a worker thread; a step
 * never overlaps the job's previous one (a slow step delays the next, it
 * does not pile up). One timer on one loop, armed for the soonest job.
 * Loop thread only (the one given to jobs_start).
 */
#ifndef CRIER_JOBS_H
#define CRIER_JOBS_H

#include <stdint.h>
#include <uv.h>

struct job {
    const char *name;        /* for the log */
    unsigned period_ms;      /* between two starts */
    unsigned first_ms;       /* from jobs_start to the first start */
    void (*step)(void *arg); /* worker thread */
    void *arg;
    /* private */
    uint64_t due; /* loop time of the next start */
    int busy;
    uv_work_t work;
    struct jobs *jobs;
};

struct jobs {
    uv_loop_t *loop;
    uv_timer_t timer;
    struct job *jobs; /* the caller's table, kept for the scheduler's life */
    size_t njobs;
    int stopped;
};

/* Starts the jobs on loop: each first runs first_ms from now, then every
 * period_ms. 0 or a libuv error. */
int jobs_start(struct jobs *s, uv_loop_t *loop, struct job *jobs, size_t njobs);
/* Starts nothing more; steps already running finish. Closes the timer. */
void jobs_stop(struct jobs *s);

#endif
