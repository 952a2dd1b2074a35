/*
 * addrcount: how many connections each client address holds, so that one
 * address cannot take the whole node (the listener's per-address cap,
 * `--max-conns-per-addr`).
 *
 * Counts are exact, never estimated: a key is in the table while it holds a
 * connection and leaves when its last one closes. The table is sized at
 * creation for the node's connection cap (at most that many keys can hold a
 * connection at once, since a connection is counted here only after the
 * node's cap let it in): it grows, doubling, to twice that many slots at
 * most, so that it is never more than half full and its memory follows the
 * addresses connected (20 bytes a slot, 256 slots at first) up to that
 * bound. Open addressing with linear probing,
 * a removed key's run closed up behind it (no tombstones), and a hash seeded
 * at random so that no client can choose addresses that collide.
 *
 * Keys are 16 bytes (netaddr_client_key()). Thread-safe: one mutex, held for
 * a probe.
 */
#ifndef CRIER_ADDRCOUNT_H
#define CRIER_ADDRCOUNT_H

#include <stddef.h>

struct addrcount;

/* A table for up to max_held connections at once, each key holding at most
 * per_key of them (per_key >= 1). Free with addrcount_free(). */
struct addrcount *addrcount_new(size_t max_held, unsigned per_key);
void addrcount_free(struct addrcount *ac);

/* Counts one more connection for key. 0, with *held (may be NULL) the
 * key's count now; -EAGAIN when the key already holds per_key (nothing
 * counted, *held is per_key); -ENOSPC if max_held keys are already in the
 * table (which the caller's own cap should make impossible). */
int addrcount_take(struct addrcount *ac, const unsigned char key[16], unsigned *held);

/* One of key's connections closed. A key that holds none is ignored. */
void addrcount_put(struct addrcount *ac, const unsigned char key[16]);

/* The key's count now (0: absent), and the keys in the table (for tests
 * and /metrics). */
unsigned addrcount_held(struct addrcount *ac, const unsigned char key[16]);
size_t addrcount_keys(struct addrcount *ac);

#endif
