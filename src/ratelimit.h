/*
 * ratelimit: per-key token buckets in a table of fixed size, for limits per
 * client address (view reports, joins that create readers and memberships).
 *
 * A limiter refills each key's bucket at `per_minute` tokens a minute up to
 * `burst`; a request takes one token, or is refused with the time until one
 * is there. Memory is fixed at creation whatever the number of keys: keys
 * hash (with a per-limiter random seed) into sets of RATELIMIT_WAYS slots,
 * and a new key takes the set's least recently used slot. An evicted key
 * only comes back with a full bucket, which is what an idle key would have
 * anyway, so eviction loosens the limit only for someone who holds many
 * addresses (and IPv6 addresses are keyed by their /64 for that reason, see
 * ratelimit_addr_key). Thread-safe: one mutex per limiter, held for a few
 * dozen instructions.
 */
#ifndef CRIER_RATELIMIT_H
#define CRIER_RATELIMIT_H

#include <stddef.h>
#include <stdint.h>

#define RATELIMIT_WAYS 8        /* slots per set */
#define RATELIMIT_KEY_MAX 64    /* longest key that ratelimit_addr_key writes, NUL included */
#define RATELIMIT_SITE_SHARES 2 /* an IPv6 /48 may take this many addresses' rate and burst */

struct ratelimit;

/*
 * A limiter of at least `slots` keys (rounded up to whole sets) refilling at
 * per_minute tokens a minute up to burst (burst < 1 is taken as 1).
 * per_minute <= 0 makes a limiter that allows everything. Free with
 * ratelimit_free(). Any thread.
 */
struct ratelimit *ratelimit_new(size_t slots, double per_minute, double burst);
void ratelimit_free(struct ratelimit *rl);

/*
 * Takes one token from key's bucket at time now_ms (any monotonic clock in
 * ms, the same for every call on rl). 0 when allowed; -EAGAIN when the bucket
 * is empty, with *retry_ms (may be NULL) the wait until a token is back (at
 * least 1). A NULL limiter, a limiter that is off and an empty key ("": the
 * address is unknown) always allow. Any thread.
 */
int ratelimit_take(struct ratelimit *rl, const char *key, int64_t now_ms, int64_t *retry_ms);

/*
 * ratelimit_take() for a client address as net writes it (http_request.peer),
 * keyed by ratelimit_addr_key(); an IPv6 one is then also limited by its /48,
 * which may take RATELIMIT_SITE_SHARES times one key's rate and burst, so
 * that a holder of a /48 (65,536 /64s) gets no more than that. A request the
 * /48 refuses has spent its /64's token. Any thread.
 */
int ratelimit_take_addr(struct ratelimit *rl, const char *peer, int64_t now_ms, int64_t *retry_ms);

/* The number of keys the table holds (its fixed capacity). */
size_t ratelimit_capacity(const struct ratelimit *rl);

/*
 * The limit key of a client address as net writes it (http_request.peer):
 * an IPv4 address as is (also when mapped into IPv6, "::ffff:192.0.2.1"),
 * an IPv6 address as its /64 prefix ("2001:db8:1:2::/64"), since one
 * subscriber usually holds a whole /64. Anything else is copied (truncated
 * to fit). out holds RATELIMIT_KEY_MAX bytes.
 */
void ratelimit_addr_key(const char *peer, char out[RATELIMIT_KEY_MAX]);

/* Milliseconds of a monotonic clock, for now_ms. Any thread. */
int64_t ratelimit_now_ms(void);

#endif
