/*
 * store_wqueue: the single writer's queue, the same for both backends.
 * A caller queues a request and blocks until the writer thread has run it;
 * the writer takes what has queued up, at most batch_max requests, and hands
 * them to the backend's run function as one batch (one group commit).
 *
 * A backend's request embeds a struct store_wreq as its first member. The
 * writer owns a request from its submit until it sets done; after that it
 * never touches it, so the request may live on the caller's stack.
 */
#ifndef CRIER_STORE_WQUEUE_H
#define CRIER_STORE_WQUEUE_H

#include <pthread.h>

#include "store/store.h"

struct store_wreq {
    struct store_wreq *next; /* the next request of the queue, then of the batch */
    pthread_cond_t cv;
    int done;
};

/* Runs a batch (linked by next, in submit order); returns when every request
 * of it has its result. */
typedef void (*store_wqueue_run_fn)(void *arg, struct store_wreq *batch);

struct store_wqueue {
    pthread_mutex_t mu; /* guards the queue, stopping and the hook */
    pthread_cond_t cv;  /* the writer waits on it for requests */
    struct store_wreq *head, *tail;
    int stopping;
    int batch_max;
    store_wqueue_run_fn run;
    void *arg;
    store_commit_fn hook;
    void *hook_arg;
    pthread_t thread;
};

void store_wqueue_init(struct store_wqueue *q, int batch_max, store_wqueue_run_fn run, void *arg);
/* Starts the writer thread: 0, or CRIER_ESTORE. */
int store_wqueue_start(struct store_wqueue *q);
/* Lets the writer drain the queue, then joins it. Only after a start. */
void store_wqueue_stop(struct store_wqueue *q);
void store_wqueue_destroy(struct store_wqueue *q);

/* Queues w and waits until the writer has run it: 0, or -ESHUTDOWN when the
 * writer is stopping (w was not run). */
int store_wqueue_submit(struct store_wqueue *q, struct store_wreq *w);

/* The commit hook, set by the node (bus_store) and read by the writer after
 * each commit. */
void store_wqueue_set_hook(struct store_wqueue *q, store_commit_fn fn, void *arg);
store_commit_fn store_wqueue_hook(struct store_wqueue *q, void **arg);

#endif
