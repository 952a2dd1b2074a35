/*
 * store_wqueue: the writer thread and its queue (store_wqueue.h). What a
 * batch does is the backend's (store_sqlite_writer.c, store_pg_writer.c).
 */
#include "store/store_wqueue.h"

#include <assert.h>
#include <errno.h>

#include "crier.h"
#include "log.h"

void store_wqueue_init(struct store_wqueue *q, int batch_max, store_wqueue_run_fn run, void *arg)
{
    pthread_mutex_init(&q->mu, NULL);
    pthread_cond_init(&q->cv, NULL);
    q->head = q->tail = NULL;
    q->stopping = 0;
    q->batch_max = batch_max > 0 ? batch_max : 1;
    q->run = run;
    q->arg = arg;
    q->hook = NULL;
    q->hook_arg = NULL;
}

void store_wqueue_destroy(struct store_wqueue *q)
{
    pthread_mutex_destroy(&q->mu);
    pthread_cond_destroy(&q->cv);
}

static void *writer_main(void *arg)
{
    struct store_wqueue *q = arg;

    pthread_mutex_lock(&q->mu);
    for (;;) {
        while (!q->head && !q->stopping)
            pthread_cond_wait(&q->cv, &q->mu);
        if (!q->head)
            break; /* stopping, and the queue is drained */
        struct store_wreq *batch = q->head, *last = batch;
        for (int n = 1; n < q->batch_max && last->next; n++)
            last = last->next;
        q->head = last->next;
        if (!q->head)
            q->tail = NULL;
        last->next = NULL;
        pthread_mutex_unlock(&q->mu);

        q->run(q->arg, batch);

        pthread_mutex_lock(&q->mu);
        for (struct store_wreq *w = batch, *next; w; w = next) {
            next = w->next; /* w belongs to its caller once done is set */
            w->done = 1;
            pthread_cond_signal(&w->cv);
        }
    }
    pthread_mutex_unlock(&q->mu);
    return NULL;
}

int store_wqueue_start(struct store_wqueue *q)
{
    if (pthread_create(&q->thread, NULL, writer_main, q) != 0) {
        log_error("store: cannot start the writer thread");
        return CRIER_ESTORE;
    }
    return 0;
}

void store_wqueue_stop(struct store_wqueue *q)
{
    pthread_mutex_lock(&q->mu);
    q->stopping = 1;
    pthread_cond_signal(&q->cv);
    pthread_mutex_unlock(&q->mu);
    pthread_join(q->thread, NULL);
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
    pthread_cond_signal(&q->cv);
    while (!w->done)
        pthread_cond_wait(&w->cv, &q->mu);
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
