/*
 * listener: one loop's door onto the node's listening socket. Each I/O
 * loop accepts on its own descriptor of that socket (uv_poll and accept4),
 * a bounded batch per wake-up, and hands each new connection to its owner.
 * The door keeps the node up under a flood:
 *  - past the node's connection cap a client gets a short 503 and is closed;
 *  - past the per-address cap (addrcount.h) a client gets a short 429 and is
 *    closed, so that one address cannot hold the whole node: the machine
 *    itself (127.0.0.1, ::1) and the trusted proxies are not counted;
 *  - at the file limit, a reserve descriptor is given up to take the pending
 *    connection and close it, or accepting pauses for LISTENER_PAUSE_MS:
 *    the loop never spins and never wedges.
 * It knows nothing of HTTP connections beyond the descriptor it hands on.
 * Loop thread only, but for the shared counts (atomics).
 */
#ifndef CRIER_LISTENER_H
#define CRIER_LISTENER_H

#include <stdatomic.h>
#include <sys/socket.h>
#include <uv.h>

#define LISTENER_BATCH 32        /* connections accepted per wake-up, at most */
#define LISTENER_PAUSE_MS 100    /* accepting paused when out of descriptors */
#define LISTENER_HEADROOM_MIN 64 /* descriptors kept for the store, logs, listeners */
#define LISTENER_EXEMPT_MAX 16   /* networks not counted per address (the trusted proxies) */
#define LISTENER_SITE_SHARES 2   /* an IPv6 /48 holds at most this many addresses' shares */

struct addrcount;

/* A network, as netaddr_net_parse() reads it. */
struct listener_net {
    unsigned char net[16];
    int bits;
};

/* The node's connection count and caps, shared by every loop's listener. */
struct listener_counts {
    long max_conns;             /* client connections open at once, all loops */
    atomic_long conns;          /* open now: +1 at accept, -1 at listener_release() */
    atomic_ullong refused;      /* answered 503 at accept (over max_conns) */
    atomic_ullong fd_exhausted; /* accept() failures for want of descriptors */
    /* The per-address cap: NULL when off. Set before the loops start. An
     * IPv6 client is counted by its /64 (per_addr) and by its /48
     * (per_site, whose share is LISTENER_SITE_SHARES of per_addr_max): one
     * holder of a /48 has 65,536 /64s. */
    struct addrcount *per_addr;
    struct addrcount *per_site;
    unsigned per_addr_max;                           /* connections one address may hold */
    struct listener_net exempt[LISTENER_EXEMPT_MAX]; /* not counted: the trusted proxies */
    size_t nexempt;
    atomic_ullong refused_addr; /* answered 429 at accept (the address held per_addr_max) */
    atomic_ullong refused_site; /* answered 429 at accept (the /48 held its share) */
};

/* What a connection holds of the counts: given at accept, returned with
 * listener_release() when it closes. */
struct listener_slot {
    unsigned char key[16]; /* the client's key (netaddr_client_key()) */
    unsigned char counted; /* LISTENER_COUNTED_ADDR, _SITE: counted under key, its /48 */
};

#define LISTENER_COUNTED_ADDR 1
#define LISTENER_COUNTED_SITE 2

struct listener;
/* A new connection's descriptor, now the owner's, counted in conns (and
 * per address, as *slot says): the owner keeps a copy of *slot and gives
 * it back with listener_release() when the connection closes. */
typedef void (*listener_fn)(struct listener *l, int fd, const struct listener_slot *slot);

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
/* Counts a new connection from ss against its address and, for IPv6, its
 * /48, unless that is the machine itself or a trusted proxy, or the cap is
 * off; *slot says what was counted. 0; -EAGAIN when the address already
 * holds its share, -EBUSY when its /48 does (nothing is counted then, and
 * key_text, of ksz >= NETADDR_TEXT_MAX + 4 bytes, names the one full). */
int listener_admit(struct listener_counts *n, const struct sockaddr_storage *ss, socklen_t len,
                   struct listener_slot *slot, char *key_text, size_t ksz);
/* A connection counted at accept closed: its place in n's counts is free. */
void listener_release(struct listener_counts *n, const struct listener_slot *slot);
/* 1 when h is one of l's handles. */
int listener_owns(const struct listener *l, const uv_handle_t *h);
/* Connections the node may hold: the file limit less headroom for the
 * store, logs and listeners; or want, when > 0 (an operator's explicit
 * setting, even past that: accepting sheds connections without spinning when
 * descriptors run out). */
long listener_max_connections(long want);

#endif
