/*
 * test_store_wqueue: the writer's queue without a writer thread. Callers
 * that meet at the queue are run by one leader at a time, in submit order,
 * each once, batched; an uncontended call is run on its caller's thread;
 * stop refuses new calls and lets the queued ones run.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

#include "store/store_wqueue.h"
#include "tap.h"

#define THREADS 8
#define PER_THREAD 200

struct req {
    struct store_wreq w; /* first, as a backend's request has it */
    int thread, index;
    int runs; /* times a batch ran it */
    pthread_t ran_on;
};

struct state {
    struct store_wqueue q;
    atomic_int inside;       /* leaders inside run at once */
    int overlap;             /* a run started while another was inside */
    int batches, batched;    /* batches run, and requests in batches of more than one */
    int last_index[THREADS]; /* each thread's last index run: the order check */
    int out_of_order;
    int slow_us; /* how long a batch "commits" */
};

static void run(void *arg, struct store_wreq *batch)
{
    struct state *s = arg;
    int n = 0;

    if (atomic_fetch_add(&s->inside, 1) != 0)
        s->overlap = 1;
    for (struct store_wreq *w = batch; w; w = w->next) {
        struct req *r = (struct req *)w;
        r->runs++;
        r->ran_on = pthread_self();
        if (r->index != s->last_index[r->thread] + 1)
            s->out_of_order = 1;
        s->last_index[r->thread] = r->index;
        n++;
    }
    s->batches++;
    if (n > 1)
        s->batched += n;
    if (s->slow_us) {
        struct timespec ts = {0, s->slow_us * 1000L};
        nanosleep(&ts, NULL);
    }
    atomic_fetch_sub(&s->inside, 1);
}

struct worker {
    struct state *s;
    int thread;
    struct req reqs[PER_THREAD];
    int refused;
};

static void *submitter(void *arg)
{
    struct worker *wk = arg;
    for (int i = 0; i < PER_THREAD; i++) {
        struct req *r = &wk->reqs[i];
        r->thread = wk->thread;
        r->index = i;
        if (store_wqueue_submit(&wk->s->q, &r->w) < 0)
            wk->refused++;
    }
    return NULL;
}

static void test_alone(void)
{
    struct state s = {.slow_us = 0};
    struct req r = {.thread = 0, .index = 0};

    for (int t = 0; t < THREADS; t++)
        s.last_index[t] = -1;
    store_wqueue_init(&s.q, 64, run, &s);
    is_int(store_wqueue_submit(&s.q, &r.w), 0, "an uncontended submit returns 0");
    is_int(r.runs, 1, "and its request ran once");
    ok(pthread_equal(r.ran_on, pthread_self()), "on the caller's own thread");
    ok(r.w.done, "and is marked done");
    store_wqueue_stop(&s.q);
    struct req late = {.thread = 0, .index = 1};
    is_int(store_wqueue_submit(&s.q, &late.w), -ESHUTDOWN, "after stop a submit is refused");
    is_int(late.runs, 0, "and the refused request never runs");
    store_wqueue_destroy(&s.q);
}

static void test_contended(void)
{
    static struct worker wk[THREADS];
    pthread_t th[THREADS];
    struct state s = {.slow_us = 200};
    int runs_wrong = 0, refused = 0;

    for (int t = 0; t < THREADS; t++)
        s.last_index[t] = -1;
    store_wqueue_init(&s.q, 16, run, &s);
    for (int t = 0; t < THREADS; t++) {
        wk[t] = (struct worker){.s = &s, .thread = t};
        pthread_create(&th[t], NULL, submitter, &wk[t]);
    }
    for (int t = 0; t < THREADS; t++)
        pthread_join(th[t], NULL);
    for (int t = 0; t < THREADS; t++) {
        refused += wk[t].refused;
        for (int i = 0; i < PER_THREAD; i++)
            runs_wrong += wk[t].reqs[i].runs != 1;
    }
    is_int(refused, 0, "no submit refused while running");
    is_int(runs_wrong, 0, "each of %d requests ran exactly once", THREADS * PER_THREAD);
    ok(!s.overlap, "never two leaders inside run at once");
    ok(!s.out_of_order, "each thread's requests ran in its submit order");
    ok(s.batched > 0, "callers that met at the queue shared batches (%d of %d requests)", s.batched,
       THREADS * PER_THREAD);
    ok(s.batches < THREADS * PER_THREAD, "fewer batches (%d) than requests", s.batches);
    store_wqueue_stop(&s.q);
    store_wqueue_destroy(&s.q);
}

int main(void)
{
    test_alone();
    test_contended();
    return done_testing();
}
