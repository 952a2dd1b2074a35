/*
 * workgate: a loop's bounded share of libuv's worker pool for one class of
 * work. The pool is one FIFO queue for every job of the process: without a
 * gate, a client that keeps hundreds of reads in flight (catch-up pages,
 * stream opens and their replays) queues them ahead of a newsroom's publish,
 * which then waits for all of them. Through a gate, at most `max` jobs of
 * the class are in the pool at once; the others wait here, in order, and go
 * in as those finish. A waiting job whose client has gone (live() says no)
 * is never run: its after callback gets UV_ECANCELED at its turn.
 *
 * A job may carry its client's key (addrcount.h): a gate made with a
 * per_key cap lets no key have more than that many jobs waiting, so that
 * one client's reads cannot fill the line ahead of everyone else's; past
 * it workgate_queue() says -EAGAIN and the caller answers 429 at once.
 *
 * A caller embeds a struct workgate_job where it had a uv_work_t; the
 * job's work.data stays the caller's, and its callbacks are the usual
 * uv_work_cb and uv_after_work_cb (the after callback may free the job).
 *
 * Loop thread only.
 */
#ifndef CRIER_WORKGATE_H
#define CRIER_WORKGATE_H

#include <stddef.h>
#include <stdint.h>
#include <uv.h>

struct addrcount;
struct workgate;

struct workgate_job {
    uv_work_t work; /* first: the pool's request; work.data is the caller's */
    uv_work_cb run;
    uv_after_work_cb after;
    int (*live)(void *arg); /* NULL: always run */
    void *arg;
    const unsigned char *key; /* the client's, counted while waiting; NULL: none */
    struct workgate *gate;
    struct workgate_job *next;
};

struct workgate {
    uv_loop_t *loop;
    unsigned max, running;
    size_t waiting;
    struct workgate_job *head, *tail;
    uint64_t waited;           /* jobs that had to wait, since the start */
    uint64_t skipped;          /* waiting jobs dropped because their client had gone */
    uint64_t refused;          /* jobs refused: their key had per_key waiting */
    struct addrcount *per_key; /* jobs waiting per key; NULL: no cap */
};

/* A gate of loop letting max jobs (at least 1) into the pool at once, and,
 * when per_key > 0, at most per_key waiting jobs per key (for up to
 * max_keys keys at once: the loop's connections). Free with
 * workgate_free() once nothing waits. */
void workgate_init(struct workgate *g, uv_loop_t *loop, unsigned max, unsigned per_key,
                   size_t max_keys);
void workgate_free(struct workgate *g);

/* Runs j (run on a worker, then after on the loop) now or once the gate
 * has room. live(arg), when given, is asked when a waiting job's turn
 * comes. key (16 bytes, kept by the caller until the after callback;
 * NULL: none) is the client's. 0; or -EAGAIN, nothing queued, when the gate
 * is full and key already has per_key jobs waiting. A job the pool refuses
 * gets its after callback with the error. */
int workgate_queue(struct workgate *g, struct workgate_job *j, uv_work_cb run,
                   uv_after_work_cb after, int (*live)(void *arg), void *arg,
                   const unsigned char *key);

#endif
