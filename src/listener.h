/*
 * listener: one loop's door onto the node's listening socket. Each I/O
 * loop accepts on its own descriptor of that socket (uv_poll and accept4),
 * a bounded batch per wake-up, and hands each new connection to its owner.
 * The door keeps the node up under a flood:
 *  - past the node's connection cap a client gets a short 503 and is closed;
 *  - at the file limit, a reserve descriptor is given up to take the pending
 *    connection and close it, or accepting pauses for LISTENER_PAUSE_MS:
 *    the loop never spins and never wedges.
 * It knows nothing of HTTP connections beyond the descriptor it hands on.
 * Loop thread only, but for the shared counts (atomics).
 */
#ifndef CRIER_LISTENER_H
#define CRIER_LISTENER_H

#include <stdatomic.h>
#include <uv.h>

#define LISTENER_BATCH 32        /* connections accepted per wake-up, at most */
#define LISTENER_PAUSE_MS 100    /* accepting paused when out of descriptors */
#define LISTENER_HEADROOM_MIN 64 /* descriptors kept for the store, logs, listeners */

/* The node's connection count and cap, shared by every loop's listener. */
struct listener_counts {
    long max_conns;             /* client connections open at once, all loops */
    atomic_long conns;          /* open now: +1 at accept, -1 by the owner at close */
    atomic_ullong refused;      /* answered 503 at accept (over max_conns) */
    atomic_ullong fd_exhausted; /* accept() failures for want of descriptors */
};

struct listener;
/* A new connection's descriptor, now the owner's (and counted in conns). */
typedef void (*listener_fn)(struct listener *l, int fd);

struct listener {
    uv_poll_t poll;   /* the listening socket is readable */
    uv_timer_t retry; /* accepting paused: out of descriptors */
    int fd;           /* this loop's descriptor of the listening socket (owned) */
    int reserve_fd;   /* closed to shed a connection when out of descriptors */
    int closed;       /* listener_close was called: no resuming */
    struct listener_counts *counts;
    listener_fn on_conn;
    void *data; /* the owner's */
};

/* Starts accepting on fd (taken over) in loop. 0, or a libuv error. */
int listener_start(struct listener *l, uv_loop_t *loop, int fd, struct listener_counts *counts,
                   listener_fn on_conn, void *data);
/* Stops accepting: closes the two handles (the loop must run once more). */
void listener_close(struct listener *l);
/* Closes the descriptors, once the loop is closed. */
void listener_free(struct listener *l);
/* 1 when h is one of l's handles. */
int listener_owns(const struct listener *l, const uv_handle_t *h);
/* Connections the node may hold: the file limit less headroom for the
 * store, logs and listeners; or want, when > 0 (an operator's explicit
 * setting, even past that: accepting sheds connections without spinning when
 * descriptors run out). */
long listener_max_connections(long want);

#endif
