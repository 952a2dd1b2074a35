/*
 * store_wqueue: the single writer's queue, the same for both backends.
 * A caller queues a request and blocks until it has been run. There is no
 * writer thread: the caller at the front of the queue is the leader. It
 * takes what has queued up behind it, at most batch_max requests, hands
 * them to the backend's run function as one batch (one group commit) on
 * its own thread, marks them done, and leaves the front to the next
 * caller in line. Only one leader runs at a time, so the backend's writer
 * connection is used by one thread at a time. An uncontended write costs
 * no thread switch; under load the batches are as large as with a
 * dedicated thread, since callers queue while a leader commits.
 *
 * A backend's request embeds a struct store_wreq as its first member. The
 * leader owns the requests of its batch from its submit until it sets
 * done; after that it never touches them, so a request may live on its
 * caller's stack.
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
 * of it has its result. Called by one leader at a time. */
typedef void (*store_wqueue_run_fn)(void *arg, struct store_wreq *batch);

struct store_wqueue {
    pthread_mutex_t mu;             /* guards the queue, leading, stopping and the hook */
    pthread_cond_t idle;            /* stop waits on it for the queue to drain */
    struct store_wreq *head, *tail; /* waiting, not yet taken into a batch */
    int leading;                    /* a leader is running a batch */
    int stopping;
    int batch_max;
    store_wqueue_run_fn run;
    void *arg;
    store_commit_fn hook;
    void *hook_arg;
};

void store_wqueue_init(struct store_wqueue *q, int batch_max, store_wqueue_run_fn run, void *arg);
/* Refuses new requests, and returns once those queued before have run. */
void store_wqueue_stop(struct store_wqueue *q);
void store_wqueue_destroy(struct store_wqueue *q);

/* Queues w and returns once it has run, on this thread or another's: 0, or
 * -ESHUTDOWN when the queue is stopping (w was not run). */
int store_wqueue_submit(struct store_wqueue *q, struct store_wreq *w);

/* The commit hook, set by the node (bus_store) and called by the leader
 * after each commit. */
void store_wqueue_set_hook(struct store_wqueue *q, store_commit_fn fn, void *arg);
store_commit_fn store_wqueue_hook(struct store_wqueue *q, void **arg);

#endif
