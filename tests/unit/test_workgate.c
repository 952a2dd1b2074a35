/* Unit tests for src/workgate.c on a real libuv loop and worker pool: at
 * most max jobs of a gate in the pool at once, every job answered once,
 * in the order queued, a waiting job whose client has gone never run (its
 * after callback gets UV_ECANCELED), a job queued from an after callback
 * run too, and a job outside the gate not held back by the gate's queue. */
#include <errno.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <uv.h>

#include "tap.h"
#include "workgate.h"

#define NJOBS 12

struct job {
    struct workgate_job gj;
    int id, dead;
    int ran, after_status, afters;
};

static atomic_int in_pool, most_in_pool, started;
static int start_order[2 * NJOBS], nafter, after_order[2 * NJOBS];
static struct workgate gate;
static struct job jobs[NJOBS + 1];
static uv_loop_t loop;

static void run(uv_work_t *w)
{
    struct job *j = w->data;
    int now = atomic_fetch_add(&in_pool, 1) + 1, most = atomic_load(&most_in_pool);
    while (now > most && !atomic_compare_exchange_weak(&most_in_pool, &most, now))
        ;
    start_order[atomic_fetch_add(&started, 1)] = j->id;
    usleep(20000);
    j->ran++;
    atomic_fetch_sub(&in_pool, 1);
}

static int live(void *arg)
{
    return !((struct job *)arg)->dead;
}

static void after(uv_work_t *w, int status)
{
    struct job *j = w->data;
    j->after_status = status;
    j->afters++;
    after_order[nafter++] = j->id;
    /* The first job's answer queues one more, as a replay's next step does. */
    if (j->id == 0) {
        struct job *x = &jobs[NJOBS];
        x->id = NJOBS;
        x->gj.work.data = x;
        workgate_queue(&gate, &x->gj, run, after, live, x, NULL);
    }
}

/* A job outside the gate: it is in the pool while the gate's queue waits. */
static atomic_int outside_ran;
static int outside_before_last;
static void outside_run(uv_work_t *w)
{
    (void)w;
    atomic_store(&outside_ran, 1);
}
static void outside_after(uv_work_t *w, int status)
{
    (void)w;
    (void)status;
    outside_before_last = nafter < NJOBS - 2;
}

/* A gate with a cap of 3 waiting jobs per key: one client's fourth waiting
 * job is refused (-EAGAIN, nothing queued), another client's is not, a job
 * that goes straight in is not counted, and a key's place comes back when
 * one of its jobs leaves the line. */
static struct job kj[10];
static void test_per_key(void)
{
    static const unsigned char ka[16] = {1}, kb[16] = {2};
    struct workgate g;
    workgate_init(&g, &loop, 1, 3, 16);
    nafter = 0;
    atomic_store(&started, 0);
    int rc[10];
    for (int i = 0; i < 10; i++) {
        kj[i].id = 100 + i;
        kj[i].gj.work.data = &kj[i];
    }
    /* The first goes straight in (uncounted); three wait; the fifth is refused. */
    for (int i = 0; i < 5; i++)
        rc[i] = workgate_queue(&g, &kj[i].gj, run, after, NULL, NULL, ka);
    ok(!rc[0] && !rc[1] && !rc[2] && !rc[3], "one in the pool and three waiting for one key");
    is_int(rc[4], -EAGAIN, "the key's fourth waiting job is refused");
    is_int((int)g.waiting, 3, "nothing was queued for it");
    is_int(workgate_queue(&g, &kj[5].gj, run, after, NULL, NULL, kb), 0,
           "another key waits in line as before");
    is_int(workgate_queue(&g, &kj[6].gj, run, after, NULL, NULL, NULL), 0,
           "a job without a key is never refused");
    uv_run(&loop, UV_RUN_DEFAULT);
    is_int((int)g.refused, 1, "one refused");
    int ran = 0;
    for (int i = 0; i < 7; i++)
        ran += kj[i].ran;
    is_int(ran, 6, "every job taken ran");
    is_int(workgate_queue(&g, &kj[7].gj, run, after, NULL, NULL, ka), 0,
           "once its jobs have left the line, the key may queue again");
    uv_run(&loop, UV_RUN_DEFAULT);
    workgate_free(&g);
}

int main(void)
{
    uv_work_t outside;
    uv_loop_init(&loop);
    workgate_init(&gate, &loop, 2, 0, 0);
    for (int i = 0; i < NJOBS; i++) {
        jobs[i].id = i;
        jobs[i].gj.work.data = &jobs[i];
        workgate_queue(&gate, &jobs[i].gj, run, after, live, &jobs[i], NULL);
    }
    is_int(gate.running, 2, "two jobs in the pool");
    is_int(gate.waiting, NJOBS - 2, "the others wait at the gate");
    jobs[5].dead = 1; /* their clients go away while they wait */
    jobs[9].dead = 1;
    uv_queue_work(&loop, &outside, outside_run, outside_after);
    uv_run(&loop, UV_RUN_DEFAULT);

    is_int(atomic_load(&most_in_pool), 2, "never more than max in the pool at once");
    int once = 1, order = 1;
    for (int i = 0; i <= NJOBS; i++) {
        int want_ran = !(i == 5 || i == 9);
        once &= jobs[i].afters == 1 && jobs[i].ran == want_ran;
    }
    ok(once, "every job answered once; run only when its client was still there");
    is_int(jobs[5].after_status, UV_ECANCELED, "a gone client's job: UV_ECANCELED");
    is_int(jobs[9].after_status, UV_ECANCELED, "the other one too");
    is_int(jobs[4].after_status, 0, "a job that ran: status 0");
    is_int(jobs[NJOBS].ran, 1, "a job queued from an after callback ran");
    is_int((int)gate.skipped, 2, "two skipped");
    is_int((int)gate.waited, NJOBS - 2 + 1, "ten waited, and the one queued from a callback");
    /* The pool starts them in the order queued: two at a time, so each
     * start is at most one place from its turn. */
    int expect[NJOBS + 1], ne = 0;
    for (int i = 0; i < NJOBS; i++)
        if (i != 5 && i != 9)
            expect[ne++] = i;
    for (int i = 0; i < ne; i++)
        order &= abs(start_order[i] - expect[i]) <= 2 || start_order[i] == NJOBS;
    ok(order, "started in the order queued");
    ok(atomic_load(&outside_ran) && outside_before_last,
       "a job outside the gate does not wait for the gate's queue");
    is_int(gate.running, 0, "nothing left running");
    is_int((int)gate.waiting, 0, "nor waiting");
    workgate_free(&gate);
    test_per_key();
    uv_loop_close(&loop);
    return done_testing();
}
