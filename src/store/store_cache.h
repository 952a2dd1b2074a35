/*
 * store_cache.h: the store's cache of channel rows (store_cache.c), for
 * store.c. The lookup through it is in store.h (store_channel_get_cached).
 */
#ifndef CRIER_STORE_CACHE_H
#define CRIER_STORE_CACHE_H

#include <stdint.h>

#include "store/store.h"

#define STORE_CACHE_SLOTS 256   /* rows kept at most */
#define STORE_CACHE_TTL_MS 1000 /* the longest a row is used */
/* The longest a token's row is used: the writes it serves check the token in
 * their own transaction, so this only bounds how long a row is kept. */
#define STORE_CACHE_TOKEN_TTL_MS 10000

struct store_cache *store_cache_new(void);
void store_cache_free(struct store_cache *c);
/* Forgets every row (a channel or access changed). */
void store_cache_forget(struct store_cache *c);
/* This process set a token's last use (store_token_touch): its cached row
 * says so too. */
void store_cache_token_touched(struct store_cache *c, int64_t id, int64_t now_ms);

#endif
