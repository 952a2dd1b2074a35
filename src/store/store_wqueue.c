/*
 * store_wqueue: the writer's queue and its leaders (store_wqueue.h). What a
 * batch does is the backend's (store_sqlite_writer.c, store_pg_writer.c).
 */
#include "store/store_wqueue.h"

#include <assert.h>
#include <errno.h>

#include "crier.h"

void store_wqueue_init(struct store_wqueue *q, int batch_max, store_wqueue_run_fn run, void *arg)
{
    pthread_mutex_init(&q->mu, NULL);
    pthread_cond_init(&q->idle, NULL);
    q->head = q->tail = NULL;
    q->leading = 0;
    q->stopping = 0;
    q->batch_max = batch_max > 0 ? batch_max : 1;
    q->run = run;
    q->arg = arg;
    q->hook = NULL;
    q->hook_arg = NULL;
}

void store_wqueue_destroy(struct store_wqueue *q)
{
    assert(!q->head && !q->leading);
    pthread_mutex_destroy(&q->mu);
    pthread_cond_destroy(&q->idle);
}

void store_wqueue_stop(struct store_wqueue *q)
{
    pthread_mutex_lock(&q->mu);
    q->stopping = 1;
    while (q->head || q->leading)
        pthread_cond_wait(&q->idle, &q->mu);
    pthread_mutex_unlock(&q->mu);
}

/* With mu held, by the leader: takes the batch (w first) off the queue. */
static struct store_wreq *take_batch(struct store_wqueue *q)
{
    struct store_wreq *batch = q->head, *last = batch;
    for (int n = 1; n < q->batch_max && last->next; n++)
        last = last->next;
    q->head = last->next;
    if (!q->head)
        q->tail = NULL;
    last->next = NULL;
    return batch;
}

int store_wqueue_submit(struct store_wqueue *q, struct store_wreq *w)
{
    w->done = 0;
    w->next = NULL;
    pthread_cond_init(&w->cv, NULL);

    pthread_mutex_lock(&q->mu);
    if (q->stopping) {
        pthread_mutex_unlock(&q->mu);
        pthread_cond_destroy(&w->cv);
        return -ESHUTDOWN;
    }
    assert(!q->head == !q->tail);
    if (q->tail)
        q->tail->next = w;
    else
        q->head = w;
    q->tail = w;
    /* Wait to be run by a leader, or to lead: at the front with no batch
     * running. A leader that finishes wakes the new front. */
    while (!w->done && (q->head != w || q->leading))
        pthread_cond_wait(&w->cv, &q->mu);
    if (!w->done) {
        struct store_wreq *batch = take_batch(q);
        q->leading = 1;
        pthread_mutex_unlock(&q->mu);

        q->run(q->arg, batch);

        pthread_mutex_lock(&q->mu);
        q->leading = 0;
        for (struct store_wreq *r = batch, *next; r; r = next) {
            next = r->next; /* r belongs to its caller once done is set */
            r->done = 1;
            if (r != w)
                pthread_cond_signal(&r->cv);
        }
        if (q->head)
            pthread_cond_signal(&q->head->cv);
        else
            pthread_cond_broadcast(&q->idle);
    }
    pthread_mutex_unlock(&q->mu);
    pthread_cond_destroy(&w->cv);
    return 0;
}

void store_wqueue_set_hook(struct store_wqueue *q, store_commit_fn fn, void *arg)
{
    pthread_mutex_lock(&q->mu);
    q->hook = fn;
    q->hook_arg = arg;
    pthread_mutex_unlock(&q->mu);
}

store_commit_fn store_wqueue_hook(struct store_wqueue *q, void **arg)
{
    pthread_mutex_lock(&q->mu);
    store_commit_fn fn = q->hook;
    *arg = q->hook_arg;
    pthread_mutex_unlock(&q->mu);
    return fn;
}
